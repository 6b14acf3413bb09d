"""People present abroad ('North Korean soldiers are in Kursk', 'Chadian troops are fighting alongside X',
'Russian instructors landed in Niger') and foreign trainers: deployments and training told without a sending
verb."""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft
from armswatch.extraction.items import PERSONNEL
from armswatch.extraction.sending import HOSTILE, _armed_groups, _destinations, _smaller_groups
from armswatch.extraction.usage import ARRIVE, arrival

COLLECTIVE = {"group", "contingent", "batch", "team", "detachment", "wave", "unit", "number", "company", "column",
              "convoy", "hundreds", "dozens", "thousands", "hundred", "dozen", "thousand", "most", "many", "some",
              "majority", "half", "all"}
PRESENCE = {"fight", "arrive", "land", "serve", "participate", "take", "operate", "train", "station", "help", "man",
            "work", "travel", "visit"}
BESIDE = {"alongside", "with", "for", "beside"}
POSTED = {"deploy", "station", "base", "position", "post"}
BE = {"be", "remain", "stay"}  # 'North Korean soldiers are now in Russia', 'Russian instructors remain in Mali'


def presence(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'Chadian troops are fighting alongside Sudanese forces', 'Russian instructors landed in Niger'."""
    from armswatch.extraction.items import items_in_span

    if tok.lemma_ == "take" and not any(c.lower_ == "part" for c in tok.children):
        return []
    holder = next((c for c in tok.children if c.dep_ in ("acomp", "xcomp") and (c.lemma_ in POSTED or c.lemma_ ==
                   "present" and any(p.dep_ == "prep" for p in c.children))), tok) if tok.lemma_ in BE else tok
    # ('troops remain deployed in Kursk', 'engineers were present at Alabuga': the place hangs on the complement)
    at_site = holder.lemma_ == "present" or tok.lemma_ in ARRIVE  # 'arrived at Alabuga', 'were present at X'
    if tok.lemma_ in BE and not any(c.dep_ == "prep" and (c.lower_ == "in" or at_site and c.lower_ == "at")
                                    for c in holder.children):
        return []  # only a place: 'the troops are ready', 'soldiers are with their units' say nothing of a host
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_ in ("learn", "study") for c in tok.children):
        return []  # 'servicemen travelled to Iran to learn how to operate the system': trainees, not a deployment
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    clause: set[int] = set()
    if tok.dep_ in ("relcl", "acl") and (subj is None and tok.dep_ == "acl" or subj is not None and subj.lower_ in
                                         ("who", "that")):
        subj, clause = tok.head, {t.i for t in tok.subtree}  # 'the workers, who operated from China': the workers
    if subj is None:
        return []
    own = [t for t in subj.subtree if t.i not in clause]  # (not the clause the verb heads)
    words = [t for t in own if t.i <= subj.i]
    if subj.lemma_.lower() in COLLECTIVE:  # 'a fresh group of fighters': the people are the 'of' object
        words += [t for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree
                  if t.i not in clause]
    people = [i for i in items_in_span(sorted(words, key=lambda t: t.i), ents) if i in PERSONNEL]
    if not people and subj.lemma_.lower() in ("unit", "formation", "detachment") and tok.lemma_ in ("fight", "take"):
        people = ["troops"]  # 'North Korean units fought alongside Russian forces'
    if not people:
        return []
    heads = roles._prep_objects(subj, {"from", "of"} if subj.lemma_.lower() in COLLECTIVE else {"from"})
    heads += [f for h in heads for f in roles._prep_objects(h, {"from"})]
    groups = [v for o in heads for v in roles.phrase_parties(o, ctx, "actor")
              if len(v) > 2]  # 'fighters from Russia's Wagner Group', 'a contingent of Wagner men': the group
    actors = groups or _armed_groups(own, ctx) or roles.origin_of(own, ctx) or [
        v for v in roles.phrase_parties(subj, ctx, "actor") if len(v) > 2 and not clause] or _owner(subj, ctx) or [
        v for o in roles._prep_objects(subj, {"of"}) for v in roles.phrase_parties(o, ctx, "actor") if len(v) == 2] \
        or _told_before(subj, ctx)
    if not actors:
        return []
    actor = actors[0]
    home = roles._group_state(actor) if len(actor) > 2 else actor
    served = [v for p in roles._prep_objects(tok, BESIDE) for v in roles.phrase_parties(p, ctx, "recipient")
              ] if tok.lemma_ not in BE else []
    places = _destinations(holder, ctx) if tok.lemma_ != "train" else []
    if not places and at_site:  # 'arrived at Alabuga', 'landed at Bamako airport': where that is
        named = [v for o in roles._prep_objects(holder, {"at"}) for v in roles.phrase_parties(o, ctx, "recipient")]
        places = [v if len(v) == 2 else roles._group_state(v) or "" for v in named]
    if not places and tok.lemma_ in ("operate", "work"):  # 'IT workers operating from China, Laos and Russia'
        froms = roles._prep_objects(holder, {"from"}) + [o for out in holder.children if out.dep_ == "prep" and
                                                         out.lower_ == "out" for o in roles._prep_objects(out, {"of"})]
        places = [v for p in froms for v in roles.conj_parties(p, ctx, "recipient")]
    if not served and not places and tok.lemma_ not in BE | ARRIVE:
        places = _battle_place(tok, ctx, {home or ""})  # 'took part in expelling Ukrainian forces from Kursk'
    out = [r for r in (*served, *places) if r and len(r) == 2 and r != home]
    if out and people[0] == "workers":  # 'IT workers remain in China, with smaller numbers in Laos and Russia'
        out = list(dict.fromkeys(out + [r for r in _smaller_groups(holder, ctx) if r != home]))[:4]
    goods = arrival(tok, sent, ctx, ents) if tok.lemma_ in ARRIVE else []  # 'arrived along with a radar'
    hosts = out if people[0] == "workers" else out[:1]
    return [Draft("deployment", actor, r, people[0], tok, f"deployment:{tok.lemma_}") for r in hosts] + goods


def _told_before(subj: Any, ctx: roles.Context) -> list[str]:
    """'The workers operated from China and Russia' after 'North Korean IT workers used false identities': the
    people told of before, whose state is the last one seen sending people or using workers to evade."""
    nouns = [subj, *(o for o in roles._prep_objects(subj, {"of"}) if subj.lemma_.lower() in COLLECTIVE)]
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for n in nouns for c in n.children):
        return []
    if ctx.last_host:
        return [ctx.last_host[0]]
    return [ctx.last_evader] if ctx.last_evader and len(ctx.last_evader) == 2 else []


def _owner(subj: Any, ctx: roles.Context) -> list[str]:
    """'North Korea's media confirmed that its soldiers fought ...': the state named before the possessive."""
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    return roles.named_before(poss, ctx, "actor", labels=("COUNTRY",)) if poss is not None else []


FIGHTING = {"fighting", "fight", "battle", "offensive", "counteroffensive", "counter-offensive", "combat", "operation",
            "operations", "war", "assault", "campaign"}


RECLAIM = {"retake", "recapture", "liberate", "reclaim", "regain", "defend", "recover"}  # its object is the ground


def _battle_place(tok: Any, ctx: roles.Context, exclude: set[str]) -> list[str]:
    """Where foreign troops fight when the parser hangs the place inside the action ('helped drive Ukrainian
    forces out of Russia's Kursk region', 'took part in expelling them from Kursk'): a state in a place phrase of
    the action, never the enemy the action is done to."""
    actions = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
        if p.dep_ in ("pcomp", "pobj")]  # 'took part in expelling forces from X' ('expelling' may modify 'forces')
    for action in actions:
        if action.lemma_.lower() in RECLAIM:  # 'took part in operations to retake the Kursk region': the ground
            found = [v for o in action.children if o.dep_ == "dobj"
                     for v in roles.parties_in(list(o.subtree), ctx, "recipient") if len(v) == 2 and v not in exclude]
            if found:
                return found[:1]
        if action.lemma_.lower() in FIGHTING:  # 'took part in the Kursk fighting': where the fighting is
            around = {t.i for p in action.children if p.dep_ == "prep" and p.lower_ in ("against", "with")
                      for t in p.subtree}  # ('the fighting against Ukraine': the enemy)
            found = [v for v in roles.parties_in([t for t in action.subtree if t.i not in around], ctx, "recipient")
                     if len(v) == 2 and v not in exclude]
            if found:
                return found[:1]
        hostile = [v for v in action.subtree if v.lemma_ in HOSTILE and v.pos_ == "VERB"]
        if not hostile:
            continue
        # the enemy: what the hostile verb is done to, without the place phrases hung on it
        victims = [c for v in hostile for c in v.children if c.dep_ == "dobj"] + [
            v.head for v in hostile if v.dep_ == "amod"]
        enemy = {t.i for c in victims for t in c.subtree if not any(
            a.dep_ == "prep" and a.i != c.i and a in c.subtree and t in a.subtree for a in c.subtree)}
        places = [t for p in action.subtree if p.dep_ == "prep" and p.lower_ in ("from", "in", "of", "out")
                  and p.i != action.head.i for t in p.subtree if t.i not in enemy]
        found = [v for v in roles.parties_in(places, ctx, "recipient") if len(v) == 2 and v not in exclude]
        if found:
            return found[:1]
    return []


TRAINEES = {"soldier", "troop", "pilot", "crew", "officer", "personnel", "force", "cadet", "serviceman", "unit",
            "operator", "gunner", "recruit", "army", "military", "commando", "marine", "sailor", "airman"}


def _people_state(head: Any, ctx: roles.Context) -> list[str]:
    if head.lemma_.lower() not in TRAINEES:
        return []
    return roles.origin_of(list(head.subtree), ctx, states_only=True) or [
        v for v in roles.phrase_parties(head, ctx, "recipient") if len(v) == 2]


def training(tok: Any, sent: Any, ctx: roles.Context) -> list[Draft]:
    """'Russian instructors would train Nigerien soldiers' (trainer → trainee), 'Ukrainian crews were trained
    in Germany', 'Iranian pilots have been training in Russia' (the host state trains): military training."""
    if tok.pos_ != "VERB" or tok.lemma_ != "train":
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "conj":  # 'the instructors landed ... and would train ...'
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if obj is not None and not passive:
        trainees = _people_state(obj, ctx)
        trainers = (roles.origin_of(list(subj.subtree), ctx, states_only=True) or
                    [v for v in roles.phrase_parties(subj, ctx, "actor") if len(v) == 2]) if subj is not None else []
    elif subj is not None:
        trainees = _people_state(subj, ctx)
        agent = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        trainers = [v for p in agent for v in roles.phrase_parties(p, ctx, "actor") if len(v) == 2]
        skip = {t.i for t in subj.subtree}
        places = [p for pr in tok.subtree if pr.dep_ == "prep" and pr.lower_ in ("in", "at") and pr.i not in skip
                  for p in pr.children if p.dep_ == "pobj"]
        trainers = trainers or [v for p in places for v in roles.phrase_parties(p, ctx, "recipient") if len(v) == 2]
    else:
        return []
    if not trainers or not trainees or trainers[0] == trainees[0]:
        return []
    return [Draft("transfer", trainers[0], trainees[0], "military training", tok, "transfer:train")]
