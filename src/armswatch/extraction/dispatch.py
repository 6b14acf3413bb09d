"""Trigger dispatch: one token of a sentence → the claim rule for its word and frame."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from armswatch.extraction import combat, orders, presence, roles, sending, usage
from armswatch.extraction.contents import CARRY, carried
from armswatch.extraction.drafts import TESTABLE, WEAPONISH, Draft, items_of
from armswatch.extraction.enforce import HIT_VERBS, enforcement, measures_hit
from armswatch.extraction.items import CIVIL_CONTEXT, PERSONNEL, items_in_span
from armswatch.extraction.listing import LIST_VERBS, SEATED, listing, seats_of_listed
from armswatch.extraction.pacts import agreement
from armswatch.extraction.production import GET_VERBS, MEANS, _civil_product, _helped, _helping, _origin_background
from armswatch.extraction.suppliers import AGENT_NOUNS, agent_noun
from armswatch.extraction.transfers import _transfer
from armswatch.extraction.triggers import NOUNS, VERBS

# verbs that deploy people only with the people as object and a place: 'moved troops to X', 'keeps forces in X'
OUTPUT_PHRASAL = {"turn", "churn", "crank", "pump"}  # with 'out': production verbs
HOLD = {"move", "redeploy", "relocate", "maintain", "keep", "rotate", "have"}
ROUTE = {"route", "reroute", "forward", "divert"}  # supply verbs only with a destination ('routed the parts to X')
NEWS = {"information", "intelligence", "detail", "details", "view", "concern", "assessment", "finding", "evidence",
        "update", "analysis", "news", "report", "experience", "lesson", "insight"}
BLOCKED = {"ban", "prohibit", "restrict", "curb", "halt", "block", "stop", "suspend", "limit", "control", "sanction",
           "prevent", "outlaw", "embargo", "freeze"}


WORKS = {"factory", "plant", "enterprise", "works", "facility", "complex", "workshop", "shipyard", "arsenal"}


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every word `_rule_drafts` or the delivery follow-up can start from (lemma, lowercased lemma or form).

    A cheap filter: a token whose words are all outside this set cannot start a claim, so it is skipped.
    """
    return frozenset({"fly", "operate", "credit", "order", "train", "help", "assist", "arm", "share", "make", "put",
                      "place", *SEATED}).union(
        HIT_VERBS, presence.PRESENCE, presence.BE, usage.ARRIVE, LIST_VERBS, AGENT_NOUNS, VERBS, NOUNS,
        orders.DELIVER_VERBS, HOLD, OUTPUT_PHRASAL, CARRY)


def is_trigger(tok: Any) -> bool:
    words = trigger_words()
    lemma = tok.lemma_
    return lemma in words or lemma.lower() in words or tok.lower_ in words


def _names_a_kind(tok: Any) -> bool:
    """A noun trigger that only modifies a later noun: inside a hyphenated modifier ('multiple-launch rocket
    systems', 'a missile-test site'), or a test noun compounded into a noun ('multiple launch rocket systems',
    'a launch vehicle'; not 'a test-fire', which is the event)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("compound", "nmod") or tok.head.i <= tok.i:
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return True
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and NOUNS.get(tok.lemma_.lower(), ("", ""))[0] == \
        "test" and tok.head.lemma_.lower() not in ("fire", "firing", "launch", "launching", "flight", "test")


def _verb_drafts(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    if _names_a_kind(tok):
        return []
    found = _rule_drafts(tok, sent, ctx, ents)
    return found or orders.delivery_follow_up(tok, sent, ctx, ents)


def _rule_drafts(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    if tok.pos_ == "VERB" and tok.lemma_ in ("fly", "operate") and (found := combat.flown(tok, sent, ctx, ents)):
        return found
    if tok.lemma_ in CARRY:
        return carried(tok, sent, ctx, ents)
    if tok.lemma_ in ("put", "place") and (found := usage.orbit_launch(tok, ctx)):
        return found
    if tok.pos_ == "VERB" and tok.lemma_ == "credit":
        return combat.credited(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ in HIT_VERBS and (found := measures_hit(tok, ctx)):
        return found
    if tok.pos_ == "VERB" and tok.lemma_ in SEATED and (found := seats_of_listed(tok, ctx)):
        return found
    if tok.pos_ == "VERB" and tok.lemma_ == "order":
        return orders.order_verb(tok, sent, ctx, ents)
    if tok.pos_ == "NOUN" and tok.lemma_ == "order" and tok.i not in ctx.by_token:
        return orders.order_noun(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ == "train" and (found := presence.training(tok, sent, ctx)):
        return found
    if tok.pos_ == "VERB" and tok.lemma_ in presence.PRESENCE and tok.lemma_ not in VERBS and (
            (found := presence.presence(tok, sent, ctx, ents)) or tok.lemma_ not in usage.ARRIVE | {"help"}):
        return found  # 'instructors arrived in X'; with no people arriving, 'tanks arrived in X' is read below
        # (and 'helped X with its satellites' is help given, below)
    if tok.pos_ in ("AUX", "VERB") and tok.lemma_ in presence.BE:
        return presence.presence(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ in HOLD:
        items = items_of(tok, sent, ents, ctx)
        holders = (tok, *(c for c in tok.children if c.dep_ == "dobj"))  # 'rotated a contingent ... into X'
        if not (set(items) & PERSONNEL and any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in")
                                               for h in holders for c in h.children)):
            return []
        return _deployment(tok, sent, ctx, ents, [i for i in items if i in PERSONNEL])
    if tok.pos_ == "VERB" and tok.lemma_ == "share":  # 'shared drone know-how with Tehran': a transfer to the 'with'
        if any(c.dep_ == "dobj" and c.lemma_.lower() in NEWS for c in tok.children):
            return []  # 'sharing information on the missiles with Japan': news passed on, not goods
        return _transfer(tok, "give", ctx, items_of(tok, sent, ents, ctx), {"with"})
    if tok.pos_ == "VERB" and tok.lemma_ in usage.ARRIVE:
        return usage.arrival(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ in LIST_VERBS and (found := listing(tok, ctx)):
        return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in AGENT_NOUNS:
        return agent_noun(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ in ("help", "assist", "arm"):
        return _helping(tok, sent, ctx, ents)
    entry = VERBS.get(tok.lemma_) if tok.pos_ in ("VERB", "AUX") else None
    if entry is None and tok.pos_ == "VERB" and tok.lemma_ in OUTPUT_PHRASAL and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) and not any(
            c.dep_ == "aux" and c.lower_ in ("can", "could") for c in tok.children):
        entry = ("production", "make")  # 'the plant is turning out 2,700 drones a month'; not what it 'could'
    if entry is None and tok.lemma_ == "make" and tok.dep_ == "relcl" and tok.head.lemma_.lower() in WORKS:
        entry = ("production", "make")  # 'a factory that makes launchers' (not 'a deal that makes sense')
    if entry is None and tok.pos_ in ("NOUN", "PROPN"):
        entry = NOUNS.get(tok.lemma_.lower()) or NOUNS.get(tok.lower_)
    if entry is None:
        return []
    ctype, frame = entry
    if tok.i in ctx.by_token:
        return []  # part of a name ('Sanctions Committee')
    if tok.lemma_ in ("programme", "program") and tok.head.lemma_ not in (
            "accelerate", "expand", "advance", "develop", "boost", "push", "pursue", "intensify", "build"):
        return []
    if tok.lemma_ == "cooperation":
        if not any(t.lower_ in ("military", "technical", "defence", "defense", "military-technical")
                   for t in tok.children):
            return []
        return _transfer(tok, "give", ctx, ["military technology"], {"with"})
    items = items_of(tok, sent, ents, ctx)
    if (earlier := sending.more_of_the_same(tok)) is not None:  # '..., and 3,000 more were sent': the same people
        items = [i for i in items_of(earlier, sent, ents, ctx) if i in PERSONNEL] or items
    if ctype == "transfer" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in ("take", "accept"):
        return _transfer(tok.head, "get", ctx, items)  # 'X took delivery of Y': X receives
    if ctype == "transfer" and (tok.pos_ == "NOUN" and tok.head.lemma_ in BLOCKED or _blocked_act(tok)):
        return []  # 'banned exports of chips', 'to halt deliveries', 'prohibits supplying arms': a measure
    if tok.lemma_ in ROUTE and not roles._prep_objects(tok, {"to", "into"}):
        return []  # 'routed through ports in Hong Kong' tells a path (an evasion cue), not who got the goods
    if ctype == "transfer" and tok.lemma_ in ("send", "deploy", "dispatch") and items and items[0] in PERSONNEL:
        goods = [i for i in items if i not in PERSONNEL]  # 'shells and troops': a transfer and a deployment
        return _deployment(tok, sent, ctx, ents, items) + (_transfer(tok, frame, ctx, goods) if goods else [])
    if ctype == "transfer" and tok.lemma_ in ("send", "deploy", "dispatch") and set(items) & PERSONNEL:
        return _transfer(tok, frame, ctx, items) + _deployment(tok, sent, ctx, ents, items)
    if tok.lemma_ in ("deploy", "dispatch", "station", "deployment") and not (set(items) & (PERSONNEL | WEAPONISH)):
        return []
    if tok.lemma_ in ("base", "locate"):
        if tok.dep_ == "acl":  # 'North Korean workers, based in X'
            items = items_in_span([t for t in tok.head.subtree if t.i < tok.i], ents)
        if not (tok.pos_ == "VERB" and set(items) & PERSONNEL and any(c.dep_ == "prep" and c.lower_ == "in"
                                                                       for c in tok.children)):
            return []  # 'workers based in X' is a presence abroad; 'a Dubai-based firm', 'based on imagery' are not
    if ctype == "deployment":
        return _deployment(tok, sent, ctx, ents, items)
    if ctype == "transfer":
        return _transfer(tok, frame, ctx, items)
    if ctype == "test" and tok.lemma_.lower() in ("fire", "launch"):
        return usage.fire_or_test(tok, sent, ctx, ents, items)
    if ctype == "production" and tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "for" and (
            tok.head.head.pos_ == "NOUN" or tok.head.head.lemma_ in GET_VERBS):
        return []  # 'equipment for producing missiles', 'seeking jets and equipment for producing missiles'
    if ctype == "production" and tok.pos_ == "NOUN" and tok.dep_ == "compound" and \
            tok.head.lemma_.lower() in MEANS:
        return []  # 'ballistic missile production equipment': goods, not a production claim
    if ctype == "production" and tok.tag_ == "VBG" and not any(c.dep_ == "aux" for c in tok.children) and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in MEANS | {"how"} or c.lower_ == "know-how") for c in tok.children):
        return []  # 'manufacturing know-how was supplied': a gerund naming the goods, misparsed as a verb
    if ctype == "production" and (helper := _helped(tok)) is not None:
        chain = [t for t in (tok, *tok.ancestors) if t.i != helper.i and helper in t.ancestors]
        served = [v for node in (*chain, helper) for c in node.children
                  if (c.dep_ == "nsubj" and node is not helper or c.dep_ == "dobj" and node is helper)
                  for v in roles.phrase_parties(c, ctx, "actor")]
        items = [i for i in items if i in WEAPONISH]
        return [Draft("production", served[0], None, items[0], tok, "production:helped")] if served and items else []
    if ctype == "production" and tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return []  # 'Russian-built aircraft', 'Iranian-made drones': an origin label, not a production event
    if ctype in ("production", "test") and _blocked_act(tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj"
                                                      else tok):
        return []  # 'the Council has banned North Korea from conducting missile tests': what a measure forbids
    if ctype in ("production", "test"):
        allowed = TESTABLE if ctype == "test" else WEAPONISH - {"oil"}  # 'oil production' is no arms claim
        items = [i for i in items if i in allowed]
        if not items or CIVIL_CONTEXT.search(sent.text) or _civil_product(tok, sent, ctx):
            return []
        if ctype == "production" and _origin_background(tok, ctx):
            return []
        if items == ["rocket systems"] and (_space_vehicle(sent) or _space_story(sent, ctx)):
            return []  # 'production of the rocket' on a space mission: a launch vehicle, not arms
        actors, _ = roles.find_actor(tok, ctx, frame)
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            actors = roles.find_recipients(tok, ctx, {"in"}) or actors
        works = tok.dep_ == "acl" and tok.head.lemma_.lower() in WORKS  # 'visited a plant building launchers'
        if not actors and (tok.pos_ != "VERB" or works):
            actors = [ctx.focus_state] if ctx.focus_state else []
        return [Draft(ctype, actors[0], None, items[0], tok, f"{ctype}:{tok.lemma_}")] if actors else []
    if ctype == "agreement":
        return agreement(tok, ctx)
    if ctype == "enforcement":
        return enforcement(tok, sent, ctx, ents)
    return []


SPACE_WORDS = {"mission", "orbit", "satellite", "spaceport", "payload", "space", "spacecraft"}


def _space_vehicle(sent: Any) -> bool:
    """One rocket ('the rocket', not 'rockets') in a sentence about a space mission."""
    lemmas = {t.lemma_.lower() for t in sent}
    singular = any(t.lower_ == "rocket" and t.dep_ not in ("compound", "amod") for t in sent)
    return singular and not any(t.lower_ == "rockets" for t in sent) and bool(SPACE_WORDS & lemmas)


MILITARY_WORDS = {"missile", "military", "weapon", "warhead", "army", "ballistic", "artillery", "munition",
                  "launcher", "defence", "defense", "war"}


def _space_story(sent: Any, ctx: roles.Context) -> bool:
    """Rockets in an article about space launches ('how fast companies can build rockets' in a story on
    satellites reaching orbit), in a sentence without a military word."""
    if {t.lemma_.lower() for t in sent} & MILITARY_WORDS:
        return False
    return bool(ctx.fact("space story", lambda: _space_words_lead(sent.doc)))


def _space_words_lead(doc: Any) -> bool:
    lemmas = [t.lemma_.lower() for t in doc]
    space = sum(1 for lemma in lemmas if lemma in SPACE_WORDS)
    return space >= 3 and space > sum(1 for lemma in lemmas if lemma in MILITARY_WORDS)


def _blocked_act(tok: Any) -> bool:
    """A supply verb that is what a measure forbids: 'an embargo prohibits supplying arms', 'barred from selling'."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj", "csubj"):
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ == "for":
        return False  # 'sanctioned X for supplying arms': the reason for the measure, not what it forbids
    head = tok.head.head if tok.dep_ == "pcomp" else tok.head
    return head.lemma_.lower() in BLOCKED | {"bar", "forbid"}


def _deployment(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any], items: list[str]) -> list[Draft]:
    if tok.lemma_ == "use":
        return usage.use(tok, sent, ctx, ents, items)
    if tok.lemma_ == "lead":
        actors, _ = roles.find_actor(tok, ctx, "give")
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if not actors or obj is None or obj.lemma_ not in ("offensive", "assault", "attack", "operation", "fight",
                                                           "battle"):
            return []
        served = roles.parties_in([c for c in obj.subtree if c.dep_ == "poss"], ctx, "recipient")
        item = "mercenaries" if len(actors[0]) > 2 else "troops"
        return [Draft("deployment", actors[0], r, item, tok, "deployment:lead") for r in served[:1]]
    return sending.send_people(tok, sent, ctx, items)
