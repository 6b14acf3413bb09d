"""Sending people abroad: a ``deployment`` whose recipient is the state served (purpose) or hosting them
(destination); workers sent abroad are also an ``evasion`` by the sending state (the conventions'
overseas-labour rule)."""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft
from armswatch.extraction.items import PERSONNEL

SERVE_HEADS = {"troops", "soldiers", "forces", "army", "military", "units", "allies", "government", "junta",
               "war", "effort", "efforts"}
HOSTILE = {"push", "drive", "repel", "fight", "attack", "defeat", "expel", "oust", "counter", "kill", "repulse",
           "dislodge", "rout", "destroy", "target"}


def _armed_groups(tokens: list[Any], ctx: roles.Context) -> list[str]:
    """Armed groups named in a phrase about people: 'Wagner fighters', 'Wagner mercenaries were deployed'."""
    return [v for v in roles.parties_in(tokens, ctx, "actor") if len(v) > 2 and
            (org := roles.gazetteer().org_by_name.get(v)) is not None and org.kind == "armed"]


def _served(tok: Any, ctx: roles.Context, exclude: set[str]) -> tuple[list[str], list[str]]:
    """'sent to help Russian troops', 'to fight alongside Russian forces in Kursk': the state served, as
    (helped, mentioned). Helped: a state the purpose clause names as the one helped (its forces, its
    possessive, the helped object). Mentioned, weaker than a destination: any other state of the purpose
    clause ('to rebuild what the Ukrainian incursion damaged')."""
    mentioned: list[str] = []
    for purpose in (c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i):
        enemy = {t.i for v in purpose.subtree if v.lemma_ in HOSTILE for c in v.children if c.dep_ == "dobj"
                 for t in c.subtree}  # 'to push back Ukrainian forces': the enemy, never the state served
        for sub in purpose.subtree:
            ent = ctx.by_token.get(sub.i) if sub.i not in enemy else None
            owner = ctx.by_token.get(sub.head.i)
            if owner is not None and owner.label == "ORG" and owner is not ent:
                continue  # "South Korea's National Intelligence Service" trailing the clause: the body's state
            if ent is not None and (sub.dep_ == "poss" and not _relative_aside(sub, purpose)
                                    or sub.head.lower_ in SERVE_HEADS or sub.dep_ == "dobj"):
                value = roles.party(ent, "recipient")
                if value and value not in exclude and len(value) == 2:
                    return [value], []
        if not mentioned:
            places = roles.parties_in([t for t in purpose.subtree if t.i not in enemy
                                       and not _relative_aside(t, purpose)], ctx, "recipient")
            mentioned = [p for p in places if p not in exclude and len(p) == 2][:1]
    return [], mentioned


def _relative_aside(tok: Any, top: Any) -> bool:
    """'to replace losses, which Seoul's intelligence service puts at 300': a word inside a relative clause
    comments on the purpose, it names no state served."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _destinations(tok: Any, ctx: roles.Context) -> list[str]:
    words = {"to", "into", "in", "across", "throughout"}
    found = roles.find_recipients(tok, ctx, words)
    if found:
        return found
    for pobj in roles._prep_objects(tok, words):  # 'to construction sites across Russia'
        if found := roles.parties_in(list(pobj.subtree), ctx, "recipient"):
            return found
    held = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # 'deploy the missile on Belarusian territory'
    for pobj in (p for h in held for p in roles._prep_objects(h, {"on", "onto"})):  # 'on Russian soil'
        if pobj.lemma_.lower() in ("territory", "soil") and (found := roles.parties_in(list(pobj.subtree), ctx,
                                                                                        "recipient")):
            return found
    return []


FIRMS = {"company", "firm", "entity", "network", "front", "business", "enterprise"}
TARGETING = {"against", "on", "at", "over"}  # what the goods were used on is never whose they are


def send_people(tok: Any, sent: Any, ctx: roles.Context, items: list[str]) -> list[Draft]:
    passive = any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
    actors: list[str] = []
    if passive:  # 'North Korean troops were sent to Russia'; 'Wagner mercenaries were deployed': the group
        subj = [t for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree]
        targets = {t.i for p in subj if p.dep_ == "prep" and p.lower_ in TARGETING for t in p.subtree}
        subj = [t for t in subj if t.i not in targets]  # 'the system, first used against the Ukrainian city'
        actors = _armed_groups(subj, ctx) or roles.origin_of(subj, ctx)
    if passive and not actors and (earlier := more_of_the_same(tok)) is not None:  # '..., and 3,000 more were'
        actors = roles.origin_of([t for c in earlier.children if c.dep_ == "nsubjpass" for t in c.subtree], ctx)
    unnamed = passive and not actors  # 'a further 3,000 troops were sent in January': whose and where, told before
    if unnamed and ctx.last_host:
        actors = [ctx.last_host[0]]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # 'North Korean workers, mostly based in X': the noun described
        actors = roles.origin_of([t for t in tok.head.subtree if t.i < tok.i], ctx)
    if tok.pos_ == "NOUN" and not actors:  # 'the dispatch of 11,000 North Korean troops to X': the people's state
        actors = roles.origin_of([t for o in roles._prep_objects(tok, {"of"}) for t in o.subtree], ctx)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if not actors and subj is not None and subj.lemma_.lower() in FIRMS and \
            any(c.lower_ == "the" for c in subj.children) and ctx.last_target:
        actors = [ctx.last_target]  # 'the company sent workers abroad': the state of the entity designated before
    if not actors:
        actors, _ = roles.find_actor(tok, ctx, "give")
    if not actors and passive and ctx.focus_state:
        actors = [ctx.focus_state]
    if not actors:
        return []
    actor = actors[0]
    people = [i for i in items if i in PERSONNEL] or [i for i in items if i in WEAPONISH][:1] or ["troops"]
    abroad = any(c.lower_ in ("abroad", "overseas") for h in (tok, *[o for o in tok.children if o.dep_ == "dobj"])
                 for c in h.children)
    owner = [roles.party(e, "recipient") for p in roles._prep_objects(tok, {"to", "into"}) for c in p.children
             if c.dep_ == "poss" and (e := ctx.by_token.get(c.i)) is not None and e.label == "COUNTRY"]
    # 'to Russia's Kursk region to help rebuild areas hit in the fighting with Ukraine': the owned destination
    helped, mentioned = _served(tok, ctx, {actor})
    recipients = [o for o in owner if o and o != actor] or helped or _destinations(tok, ctx) or mentioned or \
        roles.purpose_recipient(tok, ctx, {actor})
    if not recipients:  # 'deployed 11,000 troops to Kursk and sent several thousand more early this year'
        recipients = [r for r in _earlier_destination(tok, ctx) if r != actor]
    if not recipients and ctx.last_host and ctx.last_host[0] == actor and (_more_of(tok) or unnamed):
        recipients = [ctx.last_host[1]]  # 'to dispatch a further contingent': where the earlier ones went
    if "workers" in people and recipients:  # '... in China, with smaller groups in Laos and Russia'
        recipients = recipients + [r for r in _smaller_groups(tok, ctx) if r not in recipients]
    hosts = recipients[:4] if "workers" in people else recipients[:2]  # workers are kept in many states at once
    out = [Draft("deployment", actor, r, who, tok, f"deployment:{tok.lemma_}") for r in hosts
           if r != actor and len(r) == 2 for who in people]  # 'deminers and workers': one claim each
    if not out and not recipients and abroad and "workers" in people:  # 'sent IT workers abroad'
        out = [Draft("deployment", actor, None, "workers", tok, f"deployment:{tok.lemma_}")]
    if out and "workers" in people and len(actor) == 2 and not _military_labour(tok):
        out.append(Draft("evasion", actor, None, "overseas workers", tok, "evasion:workers"))
    return out


def _military_labour(tok: Any) -> bool:
    """'5,000 military construction workers and 1,000 deminers': builders sent with an army to a war zone are a
    deployment, not the overseas labour that earns the sender hard currency against the UN ban."""
    people = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    return any(t.lower_ == "military" or t.lemma_.lower() in ("deminer", "sapper") or t.lower_.startswith("mine-")
               for t in people)


SEND = {"send", "deploy", "dispatch", "station", "move", "rotate", "redeploy"}


def _earlier_destination(tok: Any, ctx: roles.Context) -> list[str]:
    """Where the people a verb this one is coordinated with (or completes) went: 'had deployed troops to Kursk
    and sent more in January', 'has dispatched troops to Russia and is preparing to send engineers'."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return []
        node = node.head
        if node.lemma_ in SEND and node.pos_ == "VERB":
            return _destinations(node, ctx)
    return []


def _smaller_groups(tok: Any, ctx: roles.Context) -> list[str]:
    """States in a 'with' phrase that places more of the same people: 'with smaller teams (operating) in X and
    Y'."""
    return [v for w in roles._prep_objects(tok, {"with"}) for p in w.subtree if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" for v in roles.conj_parties(o, ctx, "recipient") if len(v) == 2]


MORE = {"further", "more", "additional", "another", "fresh", "extra"}


def more_of_the_same(tok: Any) -> Any | None:
    """'troops were sent in October, and 3,000 more were sent in January': a send verb coordinated with an
    earlier one whose people are only counted ('3,000 more', 'another 3,000'). The earlier verb, else None."""
    if tok.dep_ != "conj" or tok.head.lemma_ not in SEND or tok.head.pos_ != "VERB":
        return None
    counted = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and (c.like_num or c.lower_ in MORE)]
    return tok.head if counted else None


def _more_of(tok: Any) -> bool:
    """'sent more troops', 'dispatch a further contingent', 'reinforcements': people added to those sent before."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + roles._prep_objects(tok, {"of"})
    return any(t.lower_ in MORE or t.lower_ == "reinforcements" for o in objects for t in o.subtree)
