"""What a shipment held: 'the cargo included X, Y and Z' lists the goods of a supply already told.

Seizure and interdiction reports name the parties once ('a dhow carrying weapons sent from Iran to the
Houthis') and then list the haul in a sentence of its own: 'The haul included cruise missile parts, drone
engines and radar systems', 'the shipments have also included self-propelled guns', 'the consignment consisted
of Fath-360 missiles'. Under the annotation conventions each item is a claim of that supply. A sentence whose
verb of containing (include, contain, comprise, consist of) has a shipment noun as its subject (or, in
'a package that includes launchers', as the noun its clause modifies) gives one transfer per weapon item, with
the parties of a transfer told in the same sentence, else of the last supply told in the article. Nothing is
given when the article has told no supply yet, or when the goods are not weapons ('the package lists 22
companies').
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft, items_of
from armswatch.extraction.items import PERSONNEL

CONTENT_VERBS = {"include", "contain", "comprise", "consist"}
# nouns naming a consignment of goods (not a sanctions 'package', which lists firms, not weapons)
SHIPMENT_NOUNS = {"cargo", "haul", "shipment", "consignment", "delivery", "seizure", "load", "batch", "package",
                  "transfer", "supply", "container", "inventory", "manifest"}


def _holder(verb: Any) -> Any | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("that", "which") or subj is None and verb.dep_ == "relcl":
        return verb.head if verb.dep_ == "relcl" else None
    return subj


def contents_drafts(sent: Any, ctx: roles.Context, ents: list[Any], drafts: list[Draft]) -> list[Draft]:
    """One transfer draft per weapon item a shipment is said to have held (see the module text)."""
    out: list[Draft] = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CONTENT_VERBS:
            continue
        holder = _holder(verb)
        if holder is None or holder.lemma_.lower() not in SHIPMENT_NOUNS:
            continue
        told = next((d for d in drafts if d.type == "transfer" and d.actor), None)
        if told is not None:
            actor, recipient = told.actor, told.recipient
        elif ctx.last_event is not None:
            _, actor, recipient, _ = ctx.last_event
        else:
            continue
        have = {d.item for d in drafts + out if (d.type, d.actor, d.recipient) == ("transfer", actor, recipient)}
        for item in items_of(verb, sent, ents, ctx):
            if item in WEAPONISH and item not in PERSONNEL and item not in have:
                out.append(Draft("transfer", actor, recipient, item, verb, "transfer:contents"))
                have.add(item)
    return out
