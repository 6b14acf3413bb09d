"""Claim drafts and the item helpers every claim rule shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.items import GENERIC_HEADS, item_in, items_in_span
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

AID_NOUNS = {"help", "assistance", "support", "aid"}
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


def _listed(head: Any) -> list[Any]:
    """A list's nouns however the parser hung them: conjuncts ('shells, rockets and troops'), a list in
    apposition ('missiles, 170 mm guns and 240 mm launchers'; not a lone renaming one, 'missiles, possibly the
    Kheibar Shekan'), and nouns the parser made conjuncts of a 'for' object ('rockets for launch systems and
    missiles', 'engines for drones, radars and guns'); the 'for' object itself is what the parts are for."""
    out: list[Any] = []
    purposes: set[int] = set()
    todo = [head]
    while todo:
        node = todo.pop(0)
        if node in out or node.i in purposes:
            continue
        out.append(node)
        todo.extend(node.conjuncts)
        todo.extend(c for c in node.children if c.dep_ == "appos" and (c.conjuncts or _for_objects(c)))
        if node is not head:
            for obj in _for_objects(node):
                purposes.add(obj.i)
                todo.extend(obj.conjuncts)
    return out


def _for_objects(node: Any) -> list[Any]:
    return [o for p in node.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
            if o.dep_ == "pobj" and o.conjuncts]


def heads_of(trigger: Any) -> list[Any]:
    """Object heads and their conjuncts ('shells, rockets and troops'); 'of'/'with' objects of those."""
    out: list[Any] = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative") and trigger.pos_ != "NOUN" or (
                child.dep_ == "prep" and child.lower_ in ("of", "with")):
            preps = [child, *child.conjuncts] if child.dep_ == "prep" else []  # 'with shells and with rockets'
            heads = [c for p in preps for c in p.children if c.dep_ == "pobj"] if preps else [child]
            for head in heads:
                out.extend(_listed(head))
    # 'delivered missiles, the report said, along with guns and launchers': items added by 'along with'
    for holder in (trigger, *[c for c in trigger.children if c.dep_ == "parataxis"]):
        alongs = [t for t in holder.subtree if t.dep_ == "prep" and t.lower_ in ("along", "together")
                  and _same_clause(t, holder)]
        for along in alongs:
            for head in (p for w in along.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"):
                out.extend([head, *head.conjuncts])
        # 'sent missiles, in addition to shells'
        for addition in (p for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and p.lower_ == "addition"):
            for head in (p for w in addition.children if w.lower_ == "to" for p in w.children if p.dep_ == "pobj"):
                out.extend([head, *head.conjuncts])
    return out


def _same_clause(tok: Any, verb: Any) -> bool:
    """No verb of another clause stands between ``tok`` and ``verb`` ('..., along with X' on the goods, not in a
    clause on them)."""
    node = tok.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _own_words(mod: Any) -> str:
    """A modifier with the words hung on it before it ('space-launch'), not its conjuncts."""
    left = [t for t in mod.lefts if t.dep_ not in ("cc", "conj", "punct") or t.text == "-"]
    start = min((t.left_edge.i for t in left), default=mod.i)
    return mod.doc[start:mod.i + 1].text


def _shared_head(head: Any) -> list[str]:
    """'space and missile technology', 'cruise and anti-ship missiles': coordinated modifiers of one noun, each
    with the noun an item of its own (when they name different items)."""
    for mod in (c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i):
        words = [w for w in (mod, *mod.conjuncts) if w.i < head.i]
        if len(words) > 1:
            found = [cat for w in words if (cat := item_in(f"{_own_words(w)} {head.text}"))]
            if len(set(found)) > 1:
                return list(dict.fromkeys(found))
    return []


def _the_goods(head: Any) -> bool:
    """'shipped the parts to X': a bare definite plural of goods as the object refers to the goods named before."""
    return head.dep_ == "dobj" and head.tag_ == "NNS" and head.lemma_.lower() in ("part", "component", "good", "item") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in head.children) \
        and not any(c.dep_ in ("prep", "relcl", "acl", "compound", "amod") for c in head.children)


TECH_NOUNS = {"technology", "know-how", "expertise"}


def _tech_domains(head: Any) -> list[str]:
    """'technology related to reconnaissance satellites and nuclear-powered submarines', 'know-how for missiles':
    one technology item per field named (satellite technology, submarine technology)."""
    if head.lemma_.lower() not in TECH_NOUNS:
        return []
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "on")]
    preps += [p for a in head.children if a.dep_ == "acl" and a.lemma_ in ("relate", "link", "tie")
              for p in a.children if p.dep_ == "prep" and p.lower_ == "to"]
    found: list[str] = []
    for pobj in (c for p in preps for c in p.children if c.dep_ == "pobj"):
        for field_ in (pobj, *pobj.conjuncts):
            cat = item_in(f"{field_.lemma_.lower()} technology")
            if cat and cat.endswith("technology") and cat not in found:
                found.append(cat)
    return found


def head_items(head: Any, ents: list[Any], ctx: roles.Context) -> list[str]:
    phrase = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case")] or [head]
    found = _shared_head(head) or _tech_domains(head) or items_in_span(phrase, ents)
    purpose = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
               if o.dep_ == "pobj"]
    if not found and purpose:  # 'engines for long-range drones': what the parts are for names the item
        found = items_in_span(list(head.doc[head.i:purpose[0].i + 1]), ents)
    if not found and head.lemma_.lower() in AID_NOUNS:  # '... and help with its satellite programme'
        found = [i for w in head.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
                 if p.dep_ == "pobj" for i in head_items(p, ents, ctx)]
    if not found:
        for pobj in (c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                     if c.dep_ == "pobj"):  # 'millions of shells, missiles and guns': each conjunct is an item
            for item in (i for h in (pobj, *pobj.conjuncts) for i in head_items(h, ents, ctx)):
                found += [] if item in found else [item]
    referring = head.lemma_.lower() in ("good", "item", "product") and any(  # 'exports of such goods'
        c.dep_ in ("det", "amod") and c.lower_ in ("such", "those", "these") for c in head.children) or \
        _the_goods(head)

    if not found and (referring or head.lower_ in ("them", "it", "these", "those") or head.like_num or
                      head.lemma_.lower() in (
            "batch", "consignment", "shipment", "lot", "quantity", "number", "cargo", "delivery")) and ctx.last_item:
        # 'aims to produce 6,000 a month': a bare number counts the goods last named
        found = [ctx.last_item]
    return found


def _included(trigger: Any) -> list[str]:
    """Items of an 'including' / 'such as' list on the trigger or its object."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    lists = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("including", "like")
             for o in p.children if o.dep_ == "pobj"]
    lists += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" and any(
        a.lower_ == "such" for a in p.children) for o in p.children if o.dep_ == "pobj"]
    found: list[str] = []
    for head in (n for o in lists for n in _listed(o)):
        phrase = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case")]
        found += [i for i in items_in_span(phrase, []) if i not in found]
    return found


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
    if found and set(found) <= GENERIC_HEADS and (named := _included(trigger)):
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
