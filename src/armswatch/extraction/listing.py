"""Listing as enforcement: 'added X to its Entity List', 'put the firms on the sanctions list'.

Governments often report a designation as adding names to a list rather than with 'sanction' or 'designate';
the list's name says it is a restrictive measure.
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft
from armswatch.extraction.enforce import MEASURE_NOUNS, _actors, _valid, home_body
from armswatch.extraction.targets import LIST_NOUNS, MAX_TARGETS, targets_of

LIST_VERBS = {"add": {"to"}, "put": {"on"}, "place": {"on"}, "include": {"in", "on"}}
RESTRICTIVE = {"entity", "sanction", "sanctions", "blacklist", "unverified", "military", "end-user", "terrorist",
               "designation", "consolidated", "sdn", "restricted", "export", "control", "freeze", "ban"}


def _list_preps(verb: Any) -> list[Any]:
    """'to its Entity List' on the verb, or misattached to a clause on the object ('added firms based in X to
    its Entity List' is often parsed with 'to' under 'based')."""
    words = LIST_VERBS[verb.lemma_]
    objects = [c for o in verb.children if o.dep_ == "dobj" for c in (o, *o.conjuncts)]
    objects += [p for o in objects for p in roles._prep_objects(o, {"of"})]  # 'dozens of firms on the list'
    hosts = [verb, *objects, *(t for o in objects for a in o.children if a.dep_ == "acl" for t in a.subtree)]
    # ('added X and Y to its list': 'to' often hangs on the last conjunct; 'added firms involved in making
    # engines to its list': on a word deep in the clause on the object; 'placed dozens of firms on the list')
    near = {verb.i, *(o.i for o in objects)}
    return [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in words and (
        h.i in near or any(o.dep_ == "pobj" and o.lemma_.lower() in LIST_NOUNS for o in c.children))]


def _list_nouns(verb: Any) -> list[Any]:
    """The nouns the verb puts things on or adds them to ('its Entity List')."""
    return [c for prep in _list_preps(verb) for c in prep.children if c.dep_ == "pobj"]


def _restrictive_list(verb: Any, ctx: roles.Context) -> bool:
    """The list is a restrictive one by its name, or is 'the list' in a story that has shown measures taken
    (with the verb in a main clause: 'every tanker added to the list' refers back to a listing)."""
    known = ctx.last_enforcer is not None and verb.dep_ not in ("acl", "relcl", "amod")
    for noun in _list_nouns(verb):
        words = {t.lemma_.lower() for t in noun.subtree}
        if noun.lemma_.lower() in LIST_NOUNS and (noun.lemma_.lower() == "blacklist" or words & RESTRICTIVE or (
                known and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their")
                              for c in noun.children))):
            return True
    return False


def _list_state(verb: Any, ctx: roles.Context) -> list[str]:
    """'added five firms to its Russia sanctions list': the regime the list belongs to names the state targeted."""
    for noun in _list_nouns(verb):
        found = [v for v in roles.parties_in([t for t in noun.subtree if t.i < noun.i and t.dep_ in
                                              ("compound", "nmod", "amod")], ctx, "recipient") if len(v) == 2]
        if found:
            return found[:1]
    return []


def listing(tok: Any, ctx: roles.Context) -> list[Draft]:
    """'The Commerce Department added a string of Chinese firms to its Entity List': enforcement on CN."""
    if tok.pos_ != "VERB" or tok.lemma_ not in LIST_VERBS or not _restrictive_list(tok, ctx):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # 'add' is also a speech verb: read its
    actors = [a for a in roles.phrase_parties(subj, ctx, "actor") if _valid(a)] \
        if subj is not None and not home_body(subj, ctx) else []
    if not actors and subj is not None and subj.lemma_.lower() in MEASURE_NOUNS and ctx.last_enforcer:
        actors = [ctx.last_enforcer]  # 'the package also added 117 tankers to the list': the package's author
    if subj is None and ctx.last_enforcer and not any(c.dep_ == "agent" for c in tok.children) and any(
            c.dep_ == "nsubjpass" for c in tok.children):
        actors = [ctx.last_enforcer]  # 'three firms were also added to the list': by who was last seen listing
    actors = actors or _actors(tok, ctx)  # subject directly
    out: list[Draft] = []
    for actor in actors[:MAX_TARGETS]:
        targets = targets_of(tok, ctx, actor) or [s for s in _list_state(tok, ctx) if s != actor]
        out += [Draft("enforcement", actor, t, "sanctions", tok, "enforcement:list") for t in targets or [None]]
    return out


SEATED = {"base", "register", "locate", "headquarter", "incorporate"}
LISTED = {"designate", "sanction", "list", "blacklist", "target", "name"}
LISTED_WORDS = {"designated", "sanctioned", "listed", "blacklisted", "targeted", "named"}  # tagged as adjectives


def seats_of_listed(tok: Any, ctx: roles.Context) -> list[Draft]:
    """'The designated entities are registered in Russia, North Korea and the Marshall Islands', 'Those
    designated are based in China and Turkey': the states of the targets of the measure told last, by its
    author, one claim each."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SEATED or ctx.last_enforcer is None:
        return []
    subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None or not any((t.lemma_.lower() in LISTED or t.lower_ in LISTED_WORDS) and t.tag_ in ("VBN", "JJ")
                               for t in subj.subtree):
        return []
    actor = ctx.last_enforcer
    states = [v for p in roles._prep_objects(tok, {"in"}) for v in roles.conj_parties(p, ctx, "recipient")
              if len(v) == 2 and v != actor]
    return [Draft("enforcement", actor, s, "sanctions", tok, "enforcement:seats") for s in dict.fromkeys(states)]
