"""What a shipment held and where it went: goods of a supply told in a sentence of their own.

Seizure and interdiction reports name the parties once ('a dhow carrying weapons sent from Iran to the
Houthis') and then list the haul in a sentence of its own: 'The haul included cruise missile parts, drone
engines and radar systems', 'the shipments have also included self-propelled guns', 'the consignment consisted
of Fath-360 missiles'. Under the annotation conventions each item is a claim of that supply. A sentence whose
verb of containing (include, contain, comprise, consist of) has a shipment noun as its subject (or, in
'a package that includes launchers', as the noun its clause modifies; or 'it'/'they' once a supply has been
told: 'It included cruise missile components ...') gives one transfer per weapon item, with
the parties of a transfer told in the same sentence, else of the last supply told in the article. Nothing is
given when the article has told no supply yet, or when the goods are not weapons ('the package lists 22
companies'). When such a sentence ends in a colon ('the seized items included:'), the goods come as a list of
bulleted lines after it: each line naming weapons gives the same supply's transfers (`list_drafts`).

Where goods were going is told the same way: 'the weapons were destined for the Houthis', 'ammunition bound for
Russian forces'. Goods (the subject of 'destined/bound/headed', or the noun it describes) that are weapons,
going to a state, give a transfer to that state from the goods' own origin ('Iranian-made'), else from the
supplier of a transfer in the same sentence, else from the supplier of the last supply told to that state.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft, items_of, object_tokens
from armswatch.extraction.furniture import BULLET
from armswatch.extraction.items import PERSONNEL, items_in_span

CONTENT_VERBS = {"include", "contain", "comprise", "consist"}
# nouns naming a consignment of goods (not a sanctions 'package', which lists firms, not weapons)
SHIPMENT_NOUNS = {"cargo", "haul", "shipment", "consignment", "delivery", "seizure", "load", "batch", "package",
                  "transfer", "supply", "container", "inventory", "manifest", "item"}


# the words either reading starts from, found once per article: most sentences have none
_WORDS = re.compile(r"\b(?:includ|contain|compris|consist|destined|bound|headed|intended)", re.I)


def _may_hold(sent: Any, ctx: roles.Context) -> bool:
    starts = ctx.fact("contents words", lambda: [m.start() for m in _WORDS.finditer(ctx.text)])
    at = bisect.bisect_left(starts, sent.start_char)
    return at < len(starts) and starts[at] < sent.end_char


def _holder(verb: Any) -> Any | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        return verb.head  # 'the seized items included:' read as a participle: the list follows
    if subj is not None and subj.lower_ in ("that", "which") or subj is None and verb.dep_ == "relcl":
        return verb.head if verb.dep_ == "relcl" else None
    return subj


def contents_drafts(sent: Any, ctx: roles.Context, ents: list[Any], drafts: list[Draft]) -> list[Draft]:
    """One transfer draft per weapon item a shipment is said to have held (see the module text)."""
    out: list[Draft] = []
    if not _may_hold(sent, ctx):
        return out
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CONTENT_VERBS:
            continue
        holder = _holder(verb)
        if holder is None or holder.lemma_.lower() not in SHIPMENT_NOUNS and not (
                holder.lower_ in ("it", "they") and ctx.last_event is not None):  # 'It included ...' after a haul
            continue
        told = next((d for d in drafts if d.type == "transfer" and d.actor), None)
        if told is not None:
            actor, recipient = told.actor, told.recipient
        elif ctx.last_event is not None:
            _, actor, recipient, _ = ctx.last_event
        else:
            continue
        if sent.text.rstrip().endswith(":") and actor:
            ctx.open_list = (actor, recipient)  # the goods are listed in the lines that follow
        have = {d.item for d in drafts + out if (d.type, d.actor, d.recipient) == ("transfer", actor, recipient)}
        for item in items_of(verb, sent, ents, ctx):
            if item in WEAPONISH and item not in PERSONNEL and item not in have:
                out.append(Draft("transfer", actor, recipient, item, verb, "transfer:contents"))
                have.add(item)
    return out


def list_drafts(sent: Any, ctx: roles.Context, ents: list[Any], drafts: list[Draft]) -> list[Draft]:
    """A bulleted line of the list a haul's sentence announced ('- dozens of anti-ship cruise missiles;'):
    a transfer of the first weapon item it names, between the parties of that haul. Any other line closes
    the list."""
    if ctx.open_list is None:
        return []
    if not _bulleted(ctx.text, sent.start_char):
        ctx.open_list = None
        return []
    if drafts:
        return []
    actor, recipient = ctx.open_list
    items = [i for i in items_in_span(list(sent), ents) if i in WEAPONISH and i not in PERSONNEL]
    return [Draft("transfer", actor, recipient, item, sent.root, "transfer:listed") for item in items[:1]]  # a line
    # is one entry of the list, however many words for weapons it has ('rifles and machine guns')


def _bulleted(text: str, start: int) -> bool:
    """The sentence opens a bulleted line (the parser may leave the bullet with the sentence before)."""
    line = text.rfind("\n", 0, start) + 1
    return BULLET.match(text, line) is not None and len(text[line:start].strip()) <= 3


GOING = {"destined", "bound", "headed", "intended"}
REFERRING_GOODS = {"weapon", "arm", "output", "part", "cargo", "shipment", "consignment", "haul"}


def destination_drafts(sent: Any, ctx: roles.Context, ents: list[Any], drafts: list[Draft]) -> list[Draft]:
    """One transfer per weapon item said to be going to a state (see the module text)."""
    out: list[Draft] = []
    if not _may_hold(sent, ctx):
        return out
    for word in sent:
        if word.lower_ not in GOING or not (fors := roles._prep_objects(word, {"for"})):
            continue
        dests = [v for o in fors for v in roles.phrase_parties(o, ctx, "recipient")]
        dests = [roles._group_state(v) or v if len(v) > 2 else v for v in dests]
        dest = next((v for v in dests if len(v) == 2), None)
        goods = word.head if word.dep_ in ("acl", "amod") else next(
            (c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if goods is not None and goods.lower_ in ("that", "which") and word.dep_ == "relcl":
            goods = word.head  # 'weapons from Iran that were destined for the Houthis'
        if dest is None or goods is None or goods.pos_ not in ("NOUN", "PROPN"):
            continue
        going = {x.i for x in word.subtree} if word.dep_ in ("acl", "amod") else set()  # 'X bound for Y': not Y
        phrase = [t for t in goods.subtree if t.i not in going]
        items = [i for i in items_in_span(phrase, ents) if i in WEAPONISH and i not in PERSONNEL]
        if not items and ctx.last_item in WEAPONISH and goods.lemma_.lower() in REFERRING_GOODS:
            items = [ctx.last_item]  # 'the weapons were destined for X': the goods named before
        origin = [v for v in roles.origin_of(phrase, ctx) if v != dest] or [  # 'weapons from Iran that were ...'
            v for t in phrase if t.dep_ == "prep" and t.lower_ == "from" for o in t.children if o.dep_ == "pobj"
            for v in roles.phrase_parties(o, ctx, "actor") if len(v) == 2 and v != dest]
        told = next((d.actor for d in drafts if d.type == "transfer" and d.actor and d.actor != dest), None)
        last = ctx.last_event[1] if ctx.last_event is not None and ctx.last_event[2] == dest else None
        actor = (origin[:1] or [told or last])[0]
        have = {d.item for d in drafts if (d.type, d.recipient) == ("transfer", dest)}
        out += [Draft("transfer", actor, dest, i, word, "transfer:destined") for i in items if i not in have]
    return out


CARRY = {"carry", "ferry"}


def carried(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'the Vega-3 carried artillery shells from Rajin to Russia', 'vessels ferried drones from Iranian ports to
    Astrakhan': weapons moved from one state to another. The ship or crew carrying them is no party; nothing is
    given without both ends ('the missile can carry a warhead', 'carried out a test')."""
    if tok.pos_ != "VERB" or any(c.dep_ == "prt" for c in tok.children):
        return []
    dest = [v for v in roles.find_recipients(tok, ctx, {"to", "into"}) if len(v) == 2]
    if not dest:
        return []  # the cheap test first: most carrying goes nowhere named
    items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH and i not in PERSONNEL]
    origin = [v for v in roles.find_recipients(tok, ctx, {"from"}) if len(v) == 2] or roles.origin_of(
        object_tokens(tok), ctx, states_only=True)
    if not items or not origin or origin[0] == dest[0]:
        return []
    return [Draft("transfer", origin[0], dest[0], item, tok, "transfer:carry") for item in items]
