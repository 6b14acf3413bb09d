"""Sanctions-evasion drafts: cue phrases and the stories they count in (the evader: `evaders.py`)."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.attribution import attribution, same_party
from armswatch.extraction.drafts import WEAPONISH, Draft
from armswatch.extraction.evaders import WORKER_ITEMS, blamed, enforcers_of, perpetrators, victims, workers_state
from armswatch.extraction.items import items_in_span
from armswatch.extraction.seats import BASED
from armswatch.extraction.transfers import _agentless_passive
from armswatch.extraction.triggers import EVASION_CUES

# cues that are evasion only in a story about sanctions (fishing boats also switch off their transponders)
SANCTIONS_ONLY_CUES = {"transponder manipulation"}
SANCTIONS_WORDS = re.compile(r"\bsanction|\bembargo|\bresolutions?\b|\bblacklist|\bdesignat", re.I)
BUNKERING = re.compile(r"\bbunkering\b", re.I)


def _seat_of_front(src: Any) -> bool:
    """The token the actor came from names where a front company sits: '-based'/'-registered', a place name
    modifying it, or an 'in' phrase on it."""
    if any(t.lower_ in BASED for t in src.subtree):
        return True
    if src.pos_ == "PROPN" and src.dep_ in ("compound", "nmod"):
        return True
    return src.dep_ == "pobj" and src.head.lower_ == "in" or src.dep_ == "prep" and src.lower_ == "in"


def evasion_drafts(sent: Any, ctx: roles.Context, ents: list[Any], transfers: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    text = sent.text  # rebuilt from the tokens on each access
    if BUNKERING.search(text):
        return out  # ship-to-ship refuelling of ships with their own fuel is port business, not evasion
    folded = text.casefold()
    for rx, item, words in EVASION_CUES:
        m = rx.search(text) if any(w in folded for w in words) else None
        if not m or item in SANCTIONS_ONLY_CUES and not _sanctions_story(ctx):
            continue  # boats going dark to fish illegally evade no sanctions
        if item == "crypto theft":
            if not _crypto_story(ctx):
                continue  # (a hack of a ministry's e-mail is no revenue)
            item = "cryptocurrency"
        if MARITIME.search(m.group(0)) and _civil_cargo_story(ctx) and not RESTRICTED_CARGO.search(text):
            continue  # grain carriers topping off ship-to-ship or leaving AIS gaps: trade, not evasion
        start = sent.start_char + m.start()
        tok = next((t for t in sent if t.idx >= start), sent.root)
        if _caught_goods(tok):
            continue  # 'seized a shipment declared as farm equipment': whose ruse it was the sentence does not say
        actors, src = roles.find_actor(tok, ctx, "make")
        if item == "front companies" and src is not None and _seat_of_front(src):
            actors = []  # 'a Shenyang-based front company', 'a Hong Kong shell company', 'front companies in
            # Malaysia': a front acts for another; where it sits is no evader (its owner's demonym is: 'North
            # Korean front companies')
        robbed = victims(sent.doc, ctx)
        actors = [a for a in actors if a not in robbed]  # 'the Bybit heist': the exchange robbed
        if not actors:
            actors, _ = roles.find_actor(sent.root, ctx, "make")
            actors = [a for a in actors if a not in robbed]
        named = blamed(tok, sent, ctx)
        if named is not None:
            actors = named  # 'the FBI tied North Korean hackers to the theft': the hackers, not the FBI
        elif _agentless_passive(tok):
            actors = [ctx.last_evader] if ctx.last_evader else []  # 'the loot had been laundered': the evader
            # named before; never the state last in focus
        attr = attribution(sent, ctx.by_token, ctx.last_person)
        if attr is not None and actors and same_party(attr.source, actors[0]):
            actors = []  # the agency reporting the laundering is not the launderer
        if not actors:
            actors = [a for a in (ctx.last_evader, ctx.focus_group) if a and a not in robbed][:1]
        enforcers = enforcers_of(sent, ctx, attr) | ctx.enforcers
        if actors and actors[0] in enforcers:  # the sanctioning or reporting government is never the evader
            actors = perpetrators(sent, ctx, enforcers) or [a for a in (ctx.last_evader, ctx.focus_state)
                                                             if a and a not in enforcers][:1]
        if item in WORKER_ITEMS:
            actors = workers_state(sent, ctx) or actors  # 'North Korean IT workers used stolen identities'
        if not actors:
            continue
        recipient = next((d.recipient for d in transfers if d.actor == actors[0]), None)
        if recipient is None and len(actors[0]) > 2 and ctx.last_event and ctx.last_event[1] == actors[0]:
            recipient = ctx.last_event[2]  # 'X shipped chips to Russia ... The company disguised the goods': for Russia
        if item is None:
            found = items_in_span(list(sent), ents)
            item = next((i for i in found if i in WEAPONISH), None) or "sanctions evasion"
        out.append(Draft("evasion", actors[0], recipient, item, tok, f"evasion:{rx.pattern[:24]}"))
    return out


CATCH_VERBS = {"seize", "impound", "intercept", "detain", "confiscate", "find", "discover", "uncover", "open",
               "stop", "inspect", "catch", "examine", "search"}


def _caught_goods(tok: Any) -> bool:
    """The cue describes goods that authorities caught: a participle on the object of a seizing verb."""
    if tok.dep_ not in ("acl", "relcl", "amod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = tok.head
    up = noun.head.head if noun.dep_ == "pobj" else noun.head
    return up.pos_ == "VERB" and up.lemma_ in CATCH_VERBS and noun.dep_ != "nsubj"


MARITIME = re.compile(r"ship-to-ship|transponder|\bAIS\b|automatic identification|tracking|went dark|spoof", re.I)
CIVIL_CARGO = re.compile(r"\b(?:grain|wheat|corn|maize|barley|soybeans?|fertili[sz]ers?|sugar|rice|flour|"
                         r"sunflower oil)\b", re.I)
RESTRICTED_CARGO = re.compile(r"\b(?:crude|petroleum|diesel|fuel|coal|iron ore|weapons?|arms|munitions|missiles?|"
                              r"shells|drones?|sanctioned)\b", re.I)


def _civil_cargo_story(ctx: roles.Context) -> bool:
    """A story about trade in food or other civil cargo (three or more mentions) and no arms supply told."""
    return ctx.deal is None and bool(ctx.fact("civil cargo story",
                                              lambda: len(CIVIL_CARGO.findall(ctx.text)) >= 3))


CRYPTO = re.compile(r"\b(?:crypto\w*|bitcoin|ether|tokens?|stablecoins?|digital assets|virtual assets|exchanges?|"
                    r"wallets?|blockchain)\b", re.I)


def _crypto_story(ctx: roles.Context) -> bool:
    """A story about stolen or laundered coins (three or more mentions of coins, wallets or exchanges)."""
    return bool(ctx.fact("crypto story", lambda: len(CRYPTO.findall(ctx.text)) >= 3))


def _sanctions_story(ctx: roles.Context) -> bool:
    """A story about sanctions, or one that has told a supply of arms already (a ship going dark with them)."""
    return ctx.deal is not None or bool(ctx.fact("sanctions story",
                                                 lambda: SANCTIONS_WORDS.search(ctx.text) is not None))
