"""The scorer reads the alternatives a gold note accepts (dev-corpus README), and no more than it says."""

from __future__ import annotations

from armswatch.extraction.evaluate import match_claims
from armswatch.extraction.goldnotes import parse_note
from armswatch.model import Claim


def gold(note: str, actor: str | None = "IR", recipient: str | None = "YE", kind: str = "transfer") -> dict:
    return {"type": kind, "actor": actor, "recipient": recipient, "status": "reported", "date": None, "note": note}


def claim(actor: str | None, recipient: str | None, kind: str = "transfer", **kw: str | None) -> Claim:
    fields = {"item": None, "status": "reported", "date": None, "source": None, "evidence": "x",
              "evidence_start": 0, "evidence_end": 1, **kw}
    return Claim(type=kind, actor=actor, recipient=recipient, **fields)  # type: ignore[arg-type]


def test_role_named_in_the_clause() -> None:
    alt = parse_note(gold("Seized off the coast; actor OM acceptable; recipient null acceptable."))
    assert alt.actors == {"IR", "OM"} and alt.recipients == {"YE", None}


def test_role_carried_from_an_earlier_clause() -> None:
    alt = parse_note(gold("Recipient YE stands for a rebel movement; null acceptable. Date is the seizure; "
                          "null acceptable."))
    assert alt.recipients == {"YE", None} and alt.actors == {"IR"} and None in alt.dates


def test_value_before_as_role_and_lists() -> None:
    assert parse_note(gold("KP or RU acceptable as actor.")).actors == {"IR", "KP", "RU"}
    assert parse_note(gold("Background; actors US/KR/JP acceptable.")).actors == {"IR", "US", "KR", "JP"}
    assert parse_note(gold("'Acme Trading Ltd' as actor also acceptable.")).actors == {"IR", "Acme Trading Ltd"}
    alt = parse_note(gold("Ship went dark; actor null or recipient KP acceptable."))
    assert alt.actors == {"IR", None} and alt.recipients == {"YE", "KP"}


def test_aside_in_parentheses_does_not_set_the_role() -> None:
    alt = parse_note(gold("Recipient IR (supplier) or YE (destination) or null acceptable.", "US", None,
                          "enforcement"))
    assert alt.recipients == {None, "IR", "YE"} and alt.actors == {"US"}


def test_unclear_values_are_left_out() -> None:
    alt = parse_note(gold("Companies in the supply chain; null acceptable."))  # which role? unknown
    assert alt.actors == {"IR"} and alt.recipients == {"YE"}
    alt = parse_note(gold("An extra 'evasion' claim is also defensible."))  # a claim type, not a party
    assert alt.actors == {"IR"}
    alt = parse_note(gold("Recipient: armed group; 'Hezbollah' acceptable."))  # a recipient is a state or null
    assert alt.recipients == {"YE"}


def test_state_behind_a_named_actor_and_status_date() -> None:
    alt = parse_note(gold("Background; KP acceptable.", "Lazarus Group", None, "evasion"))
    assert alt.actors == {"Lazarus Group", "KP"}
    alt = parse_note(gold("Hedged; 'speculated' acceptable. '2025-02' acceptable."))
    assert "speculated" in alt.statuses and "2025-02" in alt.dates


def test_matching_uses_the_alternatives() -> None:
    golds = [gold("Recipient is a rebel movement; null acceptable."),
             gold("Pair PL/Hanwha acceptable; 'Hanwha Aerospace' acceptable as party.", "PL", "KR", "agreement")]
    preds = [claim("IR", None), claim("Hanwha Aerospace", "PL", "agreement"), claim("IR", "SA")]
    pairs, fp, fn = match_claims(preds, golds)
    assert len(pairs) == 2 and fp == 1 and fn == 0
