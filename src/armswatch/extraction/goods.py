"""The goods a trigger names: its object heads however the parser hung a list, and the item categories each
head gives (one per coordinated noun or modifier, one per technology field, the goods named before for 'them' or
'the parts')."""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.items import item_in, items_in_span

AID_NOUNS = {"help", "assistance", "support", "aid"}


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


def included(trigger: Any) -> list[str]:
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
