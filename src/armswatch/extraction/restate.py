"""Attributed restatements: a new source speaking of an event already told, by a definite noun.

News reports an event once in full and then quotes others on it by reference: 'The ministry said separately
that it had been tracking the shipments', 'Officials identified the weapons as KN-23 missiles'. Under the
annotation conventions the same fact from a different source is a separate claim, so a sentence that

* is attributed to a named source (not the article's own voice),
* gives no claim of its own, and
* speaks of 'the/these/those <shipments|deliveries|transfers|weapons|missiles|drones|...>'

repeats the last transfer told in the article, with its parties and item, under the new source. (Battlefield
use was tried too: 'analysts believe the missiles are KN-23s' is as often left unlogged as logged, so it is
not restated.) A source already logged for that event adds nothing (the same fact restated by the same source is
logged once).
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction.dispatch import BLOCKED
from armswatch.extraction.drafts import Draft
from armswatch.extraction.items import PERSONNEL
from armswatch.extraction.triggers import VERBS

# the nouns that refer back to supplied goods or to the supply itself
TRANSFER_NOUNS = {"shipment", "delivery", "transfer", "supply", "sale", "export", "consignment", "cargo",
                  "transaction", "trade"}
GOODS_NOUNS = {"weapon", "arm", "munition", "ammunition", "missile", "drone", "shell", "rocket", "system",
               "round", "launcher"}
POLICY = BLOCKED | {"urge", "call", "demand", "propose", "want"}
DEFINITE = {"the", "these", "those", "such"}
# verbs of speaking that carry a restatement (a denial keeps its own status rule)
CARRIERS = {"say", "tell", "confirm", "identify", "believe", "accuse", "allege", "report", "estimate", "add",
            "note", "deny", "reject", "dismiss", "describe", "call", "regard", "warn", "assess", "conclude",
            "according", "cite", "show", "indicate"}


def _referring_noun(sent: Any, skip: set[int]) -> Any | None:
    for tok in sent:
        if tok.i in skip or tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        if lemma not in TRANSFER_NOUNS | GOODS_NOUNS or tok.tag_ != "NNS" and lemma not in TRANSFER_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            return tok
    return None


def restatement(sent: Any, attr: Any, last_event: tuple[str, str, str | None, str] | None,
                logged: set[tuple[Any, ...]]) -> list[Draft]:
    """One draft repeating ``last_event`` (type, actor, recipient, item) for a new source, or none; ``logged``
    holds the (type, actor, recipient, source) of the claims kept so far."""
    if attr is None or not attr.source or last_event is None or attr.verb not in CARRIERS:
        return []
    ctype, actor, recipient, item = last_event
    if (ctype, actor, recipient, attr.source) in logged:
        return []
    speaker = attr.token
    skip = {t.i for c in getattr(speaker, "children", []) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if attr.verb in ("according", "cite") and speaker is not None:
        skip |= {t.i for t in speaker.subtree}
    noun = _referring_noun(sent, skip)
    if noun is None or any(t.lemma_ in POLICY for t in noun.ancestors):
        return []  # 'urged governments to ban the sale of weapons': a call for a measure, not the event
    if any(t.pos_ == "VERB" and VERBS.get(t.lemma_, ("", ""))[0] not in ("", ctype) for t in sent):
        return []  # 'the remaining systems are to be handed over': another kind of event, left to its own rule
    return [Draft(ctype, actor, recipient, item, noun, f"{ctype}:restated")]


def fill_parties(claims: list[Any]) -> None:
    """The article's pairs complete a claim whose sentence names one side only (in place):

    * 'Iranian specialists are still believed to be working at the site': a supply or deployment with no
      recipient, by an actor the article shows supplying (or sending people to) one state only, goes there;
    * 'the engines reaching Russia are bought through intermediaries': a supply to a state with no supplier,
      when the article shows one state only supplying it, is that state's.

    An actor (or recipient) seen with two counterparts is left alone."""
    recipients: dict[tuple[str, str], set[str]] = {}
    suppliers: dict[str, set[str]] = {}
    for claim in claims:
        if claim.type in ("transfer", "deployment") and claim.actor and claim.recipient:
            recipients.setdefault((claim.type, claim.actor), set()).add(claim.recipient)
            if claim.type == "transfer" and len(claim.actor) == 2:
                suppliers.setdefault(claim.recipient, set()).add(claim.actor)
    for claim in claims:
        if claim.type == "deployment" and claim.item not in PERSONNEL:
            continue  # battlefield use ('Russia launched the drones at X') has no recipient by convention
        if claim.type in ("transfer", "deployment") and claim.actor and claim.recipient is None:
            only = recipients.get((claim.type, claim.actor), set())
            claim.recipient = next(iter(only)) if len(only) == 1 else None
        elif claim.type == "transfer" and claim.actor is None and claim.recipient:
            only = suppliers.get(claim.recipient, set())
            claim.actor = next(iter(only)) if len(only) == 1 else None
