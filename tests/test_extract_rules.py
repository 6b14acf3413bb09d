"""Unit cases for each extraction rule, on sentences written for these tests."""

from __future__ import annotations

import pytest

from armswatch.extraction.core import extract
from armswatch.extraction.dates import parse_pub, resolve
from armswatch.extraction.entities import pattern_weapons
from armswatch.model import Document


@pytest.fixture(scope="module")
def run():
    from armswatch.extraction.nlp import get_nlp

    get_nlp()  # load the model once for the module

    def _run(text: str, published: str = "2026-10-16"):
        return extract(text, published, learned=False)  # the rules alone: test_fallback covers the rest

    return _run


def keys(extraction) -> set[tuple]:
    return {(c.type, c.actor, c.recipient) for c in extraction.claims}


def test_transfer_to_coordinated_recipients_gives_one_claim_each(run) -> None:
    ex = run("Belarus delivered armoured vehicles to Syria and Libya.")
    assert {("transfer", "BY", "SY"), ("transfer", "BY", "LY")} <= keys(ex)


def test_transfer_one_claim_per_item(run) -> None:
    ex = run("Iran sent drones and ballistic missiles to Russia.")
    items = {c.item for c in ex.claims if c.type == "transfer"}
    assert {"drones", "ballistic missiles"} <= items


def test_receive_frame_takes_supplier_from_demonym(run) -> None:
    ex = run("Russia has received large numbers of Iranian drones.")
    assert ("transfer", "IR", "RU") in keys(ex)


def test_accuse_frame_actor_is_the_accused(run) -> None:
    ex = run("Washington accuses North Korea of sending artillery shells to Russia.")
    claim = next(c for c in ex.claims if c.type == "transfer")
    assert (claim.actor, claim.recipient, claim.status) == ("KP", "RU", "reported")


def test_status_planned_and_speculated(run) -> None:
    planned = run("Pyongyang is preparing to export attack drones to Iran.").claims[0]
    hedged = run("Analysts suggest China may have supplied radar to Russia.").claims[0]
    assert planned.status == "planned"
    assert hedged.status == "speculated"


def test_denial_is_its_own_status(run) -> None:
    ex = run("Moscow denied that it had received any weapons from North Korea.")
    assert [c.status for c in ex.claims] == ["denied"]


def test_agreement_parties_from_subject_and_with(run) -> None:
    ex = run("Belarus signed a defence agreement with China on Monday.", "2026-10-16")
    claim = next(c for c in ex.claims if c.type == "agreement")
    assert {claim.actor, claim.recipient} == {"BY", "CN"}
    assert claim.date == "2026-10-12" and claim.date_precision == "day"


def test_enforcement_target_state(run) -> None:
    ex = run("The United States imposed sanctions on two Iranian companies.")
    assert ("enforcement", "US", None) in keys(ex) or ("enforcement", "US", "IR") in keys(ex)


def test_deployment_of_troops(run) -> None:
    ex = run("North Korea has deployed thousands of troops to Russia.")
    assert ("deployment", "KP", "RU") in keys(ex)


def test_evasion_front_companies_and_crypto(run) -> None:
    ex = run("The regime in Pyongyang uses front companies in Hong Kong to hide its purchases.")
    assert any(c.type == "evasion" and c.actor == "KP" for c in ex.claims)
    ex = run("North Korean hackers stole $40 million in cryptocurrency last month, investigators said.")
    claim = next(c for c in ex.claims if c.type == "evasion")
    assert (claim.actor, claim.source, claim.date) == ("KP", "Investigators", "2026-09")


def test_test_launch_needs_a_weapon(run) -> None:
    assert ("test", "KP", None) in keys(run("North Korea launched two ballistic missiles on Thursday."))
    assert not run("The startup launched its new delivery service in Ohio.").claims


def test_source_according_to_and_said(run) -> None:
    ex = run("Iran shipped drones to Russia, according to Reuters.")
    assert ex.claims[0].source == "Reuters"
    ex = run("Iran shipped missiles to Russia, Yonhap reported.")
    assert ex.claims[0].source == "Yonhap"


def test_evidence_span_is_verbatim() -> None:
    text = "Intro line without claims.\nIran sold “Shahed-136” drones to Russia, officials said."
    ex = extract(Document(id="x", text=text, published="2026-01-05"))
    for c in ex.claims:
        assert text[c.evidence_start:c.evidence_end] == c.evidence


def test_hard_negatives_have_no_claims(run) -> None:
    for text in ("Zipline delivered medicines to clinics in Rwanda using its delivery drones.",
                 "Airbus delivered ten A320neo jets to an Indian airline in March.",
                 "NASA launched a space telescope that sent images of Jupiter to Earth.",
                 "Spain beat France to win the tournament, sending fans into the streets of Madrid."):
        assert run(text).claims == [], text


def test_entities_canonical_names_and_furniture(run) -> None:
    text = ("Kim Jong-un inspected Hwasong-11A missiles, KCNA said.\nRead more: Microsoft opens office in Lagos\n"
            "Image source, Getty Images")
    ex = run(text)
    assert "Kim Jong Un" in ex.entities["persons"]
    assert "Korean Central News Agency" in ex.entities["organizations"]
    assert "Hwasong-11A" in ex.entities["weapons"]
    assert "NG" not in ex.entities["countries"] and "Microsoft" not in ex.entities["organizations"]
    assert "Getty Images" not in ex.entities["organizations"] + ex.entities["persons"]


def test_weapon_patterns_and_aliases() -> None:
    names = [e.canonical for e in pattern_weapons("HVASON 11GA and Shahed-136/131, not the A320neo or KN95 masks")]
    assert names == ["Hwasong-11Ga", "Shahed-136", "Shahed-131"]


@pytest.mark.parametrize(("text", "expected"), [
    ("on March 7", ("2026-03-07", "day")),
    ("In November, he said", ("2025-11", "month")),
    ("last week", ("2026-10", "month")),
    ("on Thursday", ("2026-10-15", "day")),
    ("until 30 April 2027", (None, "none")),
    ("in 2024", (None, "none")),
])
def test_dates_resolve_against_publication(text: str, expected: tuple) -> None:
    pub, precision = parse_pub("2026-10-16")
    assert resolve(text, pub, precision) == expected
