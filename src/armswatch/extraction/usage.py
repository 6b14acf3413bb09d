"""Battlefield use of weapons, tests, and goods arriving.

``fire``/``launch`` are a ``test`` only when a developer tries its own system (test-fire, test launch,
trial, or a launch with no target and no foreign origin).  Firing at a target, or firing weapons made
elsewhere, is a ``deployment`` by the user with no recipient.  People sent abroad are read in `sending`, people
present abroad in `presence`.
"""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import INPUTS, TESTABLE, WEAPONISH, Draft, each_item, items_of, object_tokens
from armswatch.extraction.gazetteer import weapon_category
from armswatch.extraction.items import CIVIL_CONTEXT, PERSONNEL
from armswatch.extraction.triggers import VERBS

DRILLS = {"drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers"}
TEST_WORDS = {"test", "testing", "test-fire", "test-firing", "test-launch", "trial", "tests", "drill", "exercise"}
HIT_WORDS = {"attack", "strike", "target", "bomb", "hit", "kill", "barrage", "offensive", "assault",
             "raid", "shell", "crash", "impact", "explode", "destroy", "damage", "wound", "intercept",
             "battlefield", "frontline", "bombardment"}
TARGET_PREPS = {"at", "against", "on", "into", "onto"}
NOT_TARGETS = {"sea", "water", "waters", "ocean", "air", "sky", "space", "orbit", "coast", "range", "site",
               "area", "zone", "basis", "occasion", "day", "time", "morning", "night", "evening", "afternoon",
               "hour", "week", "month", "year", "way", "part", "behalf", "order", "board", "display", "trip"}
NON_WEAPON_OBJECTS = {"strike", "attack", "raid", "offensive", "campaign", "operation", "war", "invasion",
                      "investigation", "probe", "initiative", "programme", "program", "website", "satellite"}


def _foreign_origin(tok: Any, ctx: roles.Context, ents: list[Any], actor: str | None) -> str | None:
    tokens = object_tokens(tok) + ([tok.head, *tok.head.subtree] if tok.dep_ in ("relcl", "acl") else [])
    if tok.dep_ == "acl":  # 'the rounds fired by X come from Y', 'many of the missiles fired by X were made in Y'
        noun = tok.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PRON", "ADJ"):
            noun = noun.head.head
        if noun.dep_ in ("nsubj", "nsubjpass"):
            inside = {t.i for t in noun.subtree}
            tokens += [t for t in noun.head.subtree if t.i not in inside]
    origins = roles.origin_of(tokens, ctx, states_only=True)
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):  # 'rockets supplied by Iran'
        for acl in (c for c in obj.children if c.dep_ == "acl"):
            for pobj in (g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                origins += roles.phrase_parties(pobj, ctx, "recipient")
    if tokens:
        lo, hi = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
        for ent in ents:
            if ent.label == "WEAPON" and lo <= ent.start < hi:
                origin = weapon_category(ent.canonical)[1]
                if origin:
                    origins.append(origin)
    return next((o for o in origins if o and o != actor), None)


def _has_target(tok: Any, sent: Any) -> bool:
    for head in (*tok.subtree, *(t for t in tok.ancestors if t.pos_ == "VERB")):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS):
            if any(p.lemma_.lower() not in NOT_TARGETS and p.ent_type_ not in ("DATE", "TIME")
                   for p in prep.children if p.dep_ == "pobj"):
                return True
    if any(t.lemma_ == "come" and any(c.lower_ == "down" for c in t.children) for t in sent):
        return True  # 'came down in a field near Odesa'
    return any(t.lemma_.lower() in HIT_WORDS for t in sent if t.i != tok.i)


MILITARY_SATELLITE = {"military", "reconnaissance", "spy", "surveillance"}


def military_satellite(tok: Any) -> bool:
    """The verb's object is a military satellite ('launched a military reconnaissance satellite'): a launch the
    conventions log as a test (a civil or commercial satellite is not)."""
    return any(o.lemma_.lower() == "satellite" and any(t.lower_ in MILITARY_SATELLITE for t in o.subtree)
               for o in tok.children if o.dep_ in ("dobj", "nsubjpass"))


def orbit_launch(tok: Any, ctx: roles.Context) -> list[Draft]:
    """'North Korea put its first military reconnaissance satellite into orbit': a launch by the subject."""
    if not (tok.pos_ == "VERB" and tok.lemma_ in ("put", "place") and military_satellite(tok) and any(
            o.lemma_.lower() == "orbit" for o in roles._prep_objects(tok, {"into", "in"}))):
        return []
    actors, _ = roles.find_actor(tok, ctx, "make")
    return [Draft("test", actors[0], None, "military satellites", tok, "test:orbit")] if actors else []


def fire_or_test(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any], items: list[str]) -> list[Draft]:
    """A launch: the developer's test, or a user's battlefield deployment."""
    weapons = [i for i in items if i in TESTABLE] or (["military satellites"] if tok.lemma_ == "launch" and
                                                      military_satellite(tok) else [])
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if CIVIL_CONTEXT.search(sent.text) or (not weapons and any(o.lemma_ in NON_WEAPON_OBJECTS for o in objects)):
        return []
    if not weapons or tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return []  # 'a ground-launched version': a kind of weapon, not a launch
    if weapons[0] == "rocket systems" and _commercial_subject(tok):
        return []  # 'the company plans to launch six rockets next year': a launch provider, not arms
    if weapons != ["military satellites"] and any(o.lemma_ in NON_WEAPON_OBJECTS for o in objects) and \
            not _foreign_origin(tok, ctx, ents, None):
        return []  # 'launched air and missile strikes on X': an attack with one's own arms is not logged
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in tok.children}
    explicit_test = tok.lemma_.lower() in TEST_WORDS or bool(TEST_WORDS & {c.lower_ for c in tok.children}) or \
        ("test" in words and not _has_target(tok, sent))
    passive = any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
    actors = [] if passive else roles.find_actor(tok, ctx, "make")[0]
    actor = actors[0] if actors else None
    foreign = _foreign_origin(tok, ctx, ents, actor)
    if tok.dep_ == "acl" and not foreign:
        return []  # 'the missiles fired by X': goods described by their use, no test and no foreign use told
    if not foreign and words & DRILLS:
        explicit_test = True  # 'units fired Hwasong-11s in a joint strike drill': a state exercising its own arms
    if not explicit_test and (foreign or _has_target(tok, sent)):
        if passive or actor is None:
            actor = ctx.last_user
        if actor is None or actor == foreign:
            return []
        return [Draft("deployment", actor, None, w, tok, f"deployment:{tok.lemma_}") for w in each_item(weapons)]
    if passive:
        actors = roles.find_recipients(tok, ctx, {"in", "from"}) or roles.origin_of(object_tokens(tok), ctx)
    if passive and not actors and ctx.focus_state and any(c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards")
                                                          for c in tok.children):
        actors = [ctx.focus_state]  # 'several missiles are fired into the Yellow Sea': by the state in focus
    if not actors and tok.pos_ != "VERB":
        actors = [ctx.focus_state] if ctx.focus_state else []
    return [Draft("test", actors[0], None, w, tok, f"test:{tok.lemma_}") for w in each_item(weapons)] \
        if actors else []


COMMERCIAL = {"company", "firm", "startup", "start-up", "operator", "provider", "business"}


def _commercial_subject(tok: Any) -> bool:
    """The launch's subject (on the verb or the verb it completes: 'plans to launch') is a company noun."""
    for node in (tok, *tok.ancestors):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lemma_.lower() in COMMERCIAL
        if node.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
    return False


TEST_VERB = re.compile(r"\btest[- ](?:fire[sd]?|firing|launch(?:e[sd])?|launching)\b", re.I)


PASSIVE_END = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$")


def hyphen_test(sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'X test-fired two cruise missiles': the small model often splits 'test-fired' and loses the verb."""
    from armswatch.extraction.items import items_in_span

    m = TEST_VERB.search(sent.text)
    if not m or CIVIL_CONTEXT.search(sent.text):
        return []
    at = sent.start_char + m.start()
    tok = next((t for t in sent if t.idx >= at), None)
    if tok is None:
        return []
    after = [t for t in sent if t.idx >= sent.start_char + m.end()][:8]
    weapons = [i for i in items_in_span(after, ents) if i in TESTABLE]
    earlier = [t for t in sent if t.idx < at]
    if not weapons and PASSIVE_END.search(sent.text[:m.start()]):  # 'the new missile was successfully test-fired'
        weapons = [i for i in items_in_span(earlier[-12:], ents) if i in TESTABLE]
    before = [ctx.by_token[t.i] for t in earlier if t.i in ctx.by_token]
    actors = [v for e in before if (v := roles.party(e, "actor"))]
    if not weapons or not actors:
        return []
    return [Draft("test", actors[-1], None, weapons[0], tok, "test:test-fire")]


FLOW = {"flow", "pour", "stream"}  # goods moving 'to' a place: 'shells began flowing to Russia'
ARRIVE = {"reach", "arrive", "land", "unload", "offload", *FLOW}
BATCHES = {"consignment", "batch", "shipment", "cargo", "convoy", "delivery", "lot", "tranche", "load"}
ALONG = {"along", "together"}


def _origins(subj: Any, ctx: roles.Context, ents: list[Any]) -> list[str]:
    """Where arriving goods or people come from: a demonym, 'ordered from X', a designation's maker."""
    tokens = list(subj.subtree)
    found = roles.origin_of(tokens, ctx, states_only=True)
    found += [v for t in tokens if t.dep_ == "prep" and t.lower_ == "from" for p in t.children if p.dep_ == "pobj"
              for v in roles.phrase_parties(p, ctx, "recipient") if len(v) == 2]
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    found += [o for e in ents if e.label == "WEAPON" and lo <= e.start < hi and (o := weapon_category(e.canonical)[1])]
    return list(dict.fromkeys(found))


def arrival(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'Iranian-made drones are still reaching Russia', 'tanks ordered from X were unloaded at a port in Y',
    'Russian instructors arrived in Niger along with an air defence system': goods of known origin arriving."""
    from armswatch.extraction.items import items_in_span

    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "xcomp":  # 'shells began flowing to Russia'
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or CIVIL_CONTEXT.search(sent.text):
        return []
    phrase = [t for h in (subj, *subj.conjuncts) for t in h.subtree if t.i <= h.i or t.dep_ == "conj"]
    if subj.lemma_.lower() in BATCHES:  # 'a second consignment of BrahMos missiles arrived in X'
        phrase += [t for o in roles._prep_objects(subj, {"of"}) for t in o.subtree]
    along = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ALONG for t in c.subtree]
    goods = [i for i in items_in_span(sorted(phrase, key=lambda t: t.i), ents) + items_in_span(along, ents)
             if i in WEAPONISH and i not in PERSONNEL]
    origin = _origins(subj, ctx, ents)
    dest = roles.object_parties(tok, ctx) if tok.lemma_ == "reach" else []
    places = roles._prep_objects(tok, {"in", "at", "into"} | ({"to"} if tok.lemma_ in FLOW else set()))
    dest = dest or [v for p in places for v in roles.phrase_parties(p, ctx, "recipient")]
    dest = dest or [v for p in places for v in roles.parties_in(list(p.subtree), ctx, "recipient")]
    if not dest and places and any(t.pos_ == "PROPN" for p in places for t in p.subtree) and ctx.home:
        dest = [ctx.home]  # 'unloaded at the port of <town>' in a story filed from that country
    dest = [d for d in dest if len(d) == 2 and origin and d != origin[0]]
    if goods and dest:
        ctx.last_recipient = dest[0]
    return [Draft("transfer", origin[0], dest[0], g, tok, f"transfer:{tok.lemma_}") for g in dict.fromkeys(goods)] \
        if goods and dest else []


def use(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any], items: list[str]) -> list[Draft]:
    """'Russia used North Korean missiles on Kharkiv', 'the drones the army uses to target ...'."""
    weapons = [i for i in items if i in WEAPONISH and i not in INPUTS]
    if any(c.dep_ == "neg" for c in tok.children):
        return []  # 'it will not use the rockets against targets in X': an assurance, not a use
    handed = not weapons and _pronoun_after_transfer(tok)
    if handed:  # 'X has sent drones to Y, and Y has used them': 'them' are the goods just handed over
        weapons = [i for i in items_of(tok.head, sent, ents, ctx) if i in WEAPONISH and i not in INPUTS]
    if not weapons or CIVIL_CONTEXT.search(sent.text):
        return []
    actors, _ = roles.find_actor(tok, ctx, "give")
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        actors = [ctx.last_user] if ctx.last_user else []  # 'has been used against ..., the Treasury said'
    if not actors:
        return []
    if not (handed or _foreign_origin(tok, ctx, ents, actors[0]) or _has_target(tok, sent)):
        return []
    return [Draft("deployment", actors[0], None, w, tok, "deployment:use") for w in each_item(weapons)]


def _pronoun_after_transfer(tok: Any) -> bool:
    """'use' conjoined to a supply verb, its object a bare pronoun ('them', 'it')."""
    head = tok.head
    return tok.dep_ == "conj" and VERBS.get(head.lemma_, ("", ""))[0] == "transfer" and head.pos_ == "VERB" and \
        any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ("them", "it", "these", "those")
            for c in tok.children)
