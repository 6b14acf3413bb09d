"""Claim drafts and the item helpers every claim rule shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.goods import head_items, heads_of, included
from armswatch.extraction.items import GENERIC_HEADS, items_in_span
from armswatch.extraction.triggers import VERBS

WEAPONISH = {"drones", "attack drones", "artillery shells", "ballistic missiles", "cruise missiles",
             "hypersonic missiles", "anti-tank missiles", "air defence systems", "air defence equipment", "missiles",
             "rocket systems", "missile launchers", "munitions", "artillery", "tanks", "combat aircraft",
             "helicopters", "warships", "small arms", "mines", "radar", "bombs", "grenades", "optical sights",
             "nuclear weapons", "wmd", "military technology", "drone technology", "drone components",
             "missile technology", "military equipment", "weapons", "dual-use goods", "space technology",
             "submarine technology", "military training", "oil", "materials", "underwater drones",
             "electronic warfare systems", "infantry fighting vehicles", "technical assistance", "data",
             "electronic components", "machine tools", "explosives", "aircraft parts", "guidance kits"}
INPUTS = {"oil", "materials", "dual-use goods", "electronic components", "machine tools", "explosives",
          "aircraft parts", "guidance kits"}  # not fired
TESTABLE = {"drones", "attack drones", "ballistic missiles", "cruise missiles", "hypersonic missiles",
            "missiles", "rocket systems", "nuclear weapons", "weapons", "anti-tank missiles", "underwater drones",
            "air defence systems", "artillery"}

MAX_ITEMS = 4


def each_item(items: list[str]) -> list[str]:
    """One claim per item ('fired missiles and drones'): the distinct items, in order, at most MAX_ITEMS; a
    generic item also named more precisely is the same goods ('KN-23 missiles': ballistic missiles, not also
    missiles)."""
    kept = list(dict.fromkeys(items))
    return [i for i in kept if not any(o != i and o.endswith(" " + i) for o in kept)
            and not (i in GENERIC_HEADS and len(kept) > 1)][:MAX_ITEMS]


SUPPLY_VERBS = {verb for verb, (ctype, _) in VERBS.items() if ctype == "transfer"}


@dataclass
class Draft:
    type: str
    actor: str | None
    recipient: str | None
    item: str | None
    trigger: Any
    rule: str
    status: str | None = None  # set by a rule that knows it ('X denied involvement in ...'); else worked out


def object_tokens(trigger: Any) -> list[Any]:
    out: list[Any] = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "compound", "amod", "dative", "npadvmod") or (
                child.dep_ == "prep" and child.lower_ in ("of", "with", "for")):
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def items_of(trigger: Any, sent: Any, ents: list[Any], ctx: roles.Context | None = None) -> list[str]:
    ctx = ctx or roles.Context(by_token={})
    found: list[str] = []
    if trigger.pos_ == "NOUN":
        mods = [t for t in trigger.children if t.dep_ in ("compound", "amod", "nmod")]
        found = items_in_span(sorted(t for m in mods for t in m.subtree), ents) if mods else []
    for head in heads_of(trigger):
        for item in head_items(head, ents, ctx):
            if item not in found:
                found.append(item)
    if not found and trigger.dep_ == "amod" and trigger.pos_ == "VERB" and trigger.head.pos_ == "NOUN":
        found = head_items(trigger.head, ents, ctx)  # 'flown weapons' misparsed: the modified noun is the object
    if not found and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "NOUN" and any(
            c.dep_ == "agent" for c in trigger.children) and trigger.lemma_ in SUPPLY_VERBS | {"fire", "launch"}:
        # 'guns and launchers supplied by X': the goods it modifies ('a drone built by X' names a maker only)
        for head in (trigger.head, *trigger.head.conjuncts):
            found += [i for i in head_items(head, ents, ctx) if i not in found]
    if not found and trigger.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which")
                                                         for c in trigger.children):
        for head in (trigger.head, *trigger.head.conjuncts):  # 'the shells and troops that X has sent'
            found += [i for i in head_items(head, ents, ctx) if i not in found]
    if not found and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("that", "which") for c in trigger.children):
        clause = trigger  # 'the weapons that it said Iran had sent': up through the speech verb to the clause
        while clause.dep_ in ("ccomp", "xcomp") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "relcl" and clause is not trigger:
            for head in (clause.head, *clause.head.conjuncts):
                found += [i for i in head_items(head, ents, ctx) if i not in found]
    if found and set(found) <= GENERIC_HEADS and (named := included(trigger)):
        return named  # 'shipped weapons to Russia, including shells and missiles': the goods the list names
    if found:
        return found
    tokens = object_tokens(trigger)
    clauses = {d.i for t in tokens if t.dep_ == "relcl" for d in t.subtree}  # 'the parts it needs for weapons'
    found = items_in_span([t for t in tokens if t.i not in clauses], ents)
    own_goods = any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)  # 'production of X'
    if not found and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "into"):
        verb = trigger.head.head  # 'the missile is in serial production', 'put the launchers into production'
        for holder in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
            found += [i for i in head_items(holder, ents, ctx) if i not in found]
        if found:
            return found
    if not found and trigger.pos_ == "NOUN" and trigger.head is not trigger and not own_goods:
        found = items_in_span([t for t in trigger.head.subtree if sent.start <= t.i < sent.end], ents)[:1]
    return found
