"""Deployments: sending troops, workers or specialists, and battlefield use of weapons.

``fire``/``launch`` are a ``test`` only when a developer tries its own system (test-fire, test launch,
trial, or a launch with no target and no foreign origin).  Firing at a target, or firing weapons made
elsewhere, is a ``deployment`` by the user with no recipient.  Sending people is a ``deployment`` whose
recipient is the state served (purpose) or hosting them (destination); workers sent abroad are also an
``evasion`` by the sending state (the conventions' overseas-labour rule).
"""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import INPUTS, TESTABLE, WEAPONISH, Draft, items_of, object_tokens
from armswatch.extraction.gazetteer import weapon_category
from armswatch.extraction.items import CIVIL_CONTEXT, PERSONNEL
from armswatch.extraction.triggers import VERBS

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
SERVE_HEADS = {"troops", "soldiers", "forces", "army", "military", "units", "allies", "government", "junta",
               "war", "effort", "efforts"}


def _foreign_origin(tok: Any, ctx: roles.Context, ents: list[Any], actor: str | None) -> str | None:
    tokens = object_tokens(tok) + ([tok.head, *tok.head.subtree] if tok.dep_ in ("relcl", "acl") else [])
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


def fire_or_test(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any], items: list[str]) -> list[Draft]:
    """A launch: the developer's test, or a user's battlefield deployment."""
    weapons = [i for i in items if i in TESTABLE]
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if CIVIL_CONTEXT.search(sent.text) or (not weapons and any(o.lemma_ in NON_WEAPON_OBJECTS for o in objects)):
        return []
    if not weapons or tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return []  # 'a ground-launched version': a kind of weapon, not a launch
    if weapons[0] == "rocket systems" and _commercial_subject(tok):
        return []  # 'the company plans to launch six rockets next year': a launch provider, not arms
    if any(o.lemma_ in NON_WEAPON_OBJECTS for o in objects) and not _foreign_origin(tok, ctx, ents, None):
        return []  # 'launched air and missile strikes on X': an attack with one's own arms is not logged
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in tok.children}
    explicit_test = tok.lemma_.lower() in TEST_WORDS or bool(TEST_WORDS & {c.lower_ for c in tok.children}) or \
        ("test" in words and not _has_target(tok, sent))
    passive = any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
    actors = [] if passive else roles.find_actor(tok, ctx, "make")[0]
    actor = actors[0] if actors else None
    foreign = _foreign_origin(tok, ctx, ents, actor)
    if not explicit_test and (foreign or _has_target(tok, sent)):
        if passive or actor is None:
            actor = ctx.last_user
        if actor is None or actor == foreign:
            return []
        return [Draft("deployment", actor, None, weapons[0], tok, f"deployment:{tok.lemma_}")]
    if passive:
        actors = roles.find_recipients(tok, ctx, {"in", "from"}) or roles.origin_of(object_tokens(tok), ctx)
    if not actors and tok.pos_ != "VERB":
        actors = [ctx.focus_state] if ctx.focus_state else []
    return [Draft("test", actors[0], None, weapons[0], tok, f"test:{tok.lemma_}")] if actors else []


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
    before = [ctx.by_token[t.i] for t in sent if t.idx < at and t.i in ctx.by_token]
    actors = [v for e in before if (v := roles.party(e, "actor"))]
    if not weapons or not actors:
        return []
    return [Draft("test", actors[-1], None, weapons[0], tok, "test:test-fire")]


ARRIVE = {"reach", "arrive", "land", "unload", "offload"}
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
    places = roles._prep_objects(tok, {"in", "at", "into"})
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
    return [Draft("deployment", actors[0], None, weapons[0], tok, "deployment:use")]


def _pronoun_after_transfer(tok: Any) -> bool:
    """'use' conjoined to a supply verb, its object a bare pronoun ('them', 'it')."""
    head = tok.head
    return tok.dep_ == "conj" and VERBS.get(head.lemma_, ("", ""))[0] == "transfer" and head.pos_ == "VERB" and \
        any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ("them", "it", "these", "those")
            for c in tok.children)


COLLECTIVE = {"group", "contingent", "batch", "team", "detachment", "wave", "unit", "number", "company", "column",
              "convoy", "hundreds", "dozens", "thousands"}
PRESENCE = {"fight", "arrive", "land", "serve", "participate", "take", "operate", "train", "station", "help"}
BESIDE = {"alongside", "with", "for", "beside"}


def _armed_groups(tokens: list[Any], ctx: roles.Context) -> list[str]:
    """Armed groups named in a phrase about people: 'Wagner fighters', 'Wagner mercenaries were deployed'."""
    return [v for v in roles.parties_in(tokens, ctx, "actor") if len(v) > 2 and
            (org := roles.gazetteer().org_by_name.get(v)) is not None and org.kind == "armed"]


POSTED = {"deploy", "station", "base", "position", "post"}
BE = {"be", "remain", "stay"}  # 'North Korean soldiers are now in Russia', 'Russian instructors remain in Mali'


def presence(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'Chadian troops are fighting alongside Sudanese forces', 'Russian instructors landed in Niger'."""
    from armswatch.extraction.items import items_in_span

    if tok.lemma_ == "take" and not any(c.lower_ == "part" for c in tok.children):
        return []
    holder = next((c for c in tok.children if c.dep_ in ("acomp", "xcomp") and c.lemma_ in POSTED), tok) \
        if tok.lemma_ in BE else tok  # 'troops remain deployed in Kursk': the place hangs on the participle
    if tok.lemma_ in BE and not any(c.dep_ == "prep" and c.lower_ == "in" for c in holder.children):
        return []  # only a place: 'the troops are ready', 'soldiers are with their units' say nothing of a host
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    words = [t for t in subj.subtree if t.i <= subj.i]
    if subj.lemma_.lower() in COLLECTIVE:  # 'a fresh group of fighters': the people are the 'of' object
        words += [t for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    people = [i for i in items_in_span(sorted(words, key=lambda t: t.i), ents) if i in PERSONNEL]
    if not people:
        return []
    heads = roles._prep_objects(subj, {"from", "of"} if subj.lemma_.lower() in COLLECTIVE else {"from"})
    heads += [f for h in heads for f in roles._prep_objects(h, {"from"})]
    groups = [v for o in heads for v in roles.phrase_parties(o, ctx, "actor")
              if len(v) > 2]  # 'fighters from Russia's Wagner Group', 'a contingent of Wagner men': the group
    actors = groups or _armed_groups(list(subj.subtree), ctx) or roles.origin_of(list(subj.subtree), ctx) or [
        v for v in roles.phrase_parties(subj, ctx, "actor") if len(v) > 2] or _owner(subj, ctx) or [
        v for o in roles._prep_objects(subj, {"of"}) for v in roles.phrase_parties(o, ctx, "actor") if len(v) == 2]
    if not actors:
        return []
    actor = actors[0]
    home = roles._group_state(actor) if len(actor) > 2 else actor
    served = [v for p in roles._prep_objects(tok, BESIDE) for v in roles.phrase_parties(p, ctx, "recipient")
              ] if tok.lemma_ not in BE else []
    places = _destinations(holder, ctx) if tok.lemma_ != "train" else []
    if not served and not places and tok.lemma_ not in BE | ARRIVE:
        places = _battle_place(tok, ctx, {home or ""})  # 'took part in expelling Ukrainian forces from Kursk'
    out = [r for r in (*served, *places) if r and len(r) == 2 and r != home]
    if out and people[0] == "workers":  # 'IT workers remain in China, with smaller numbers in Laos and Russia'
        out = list(dict.fromkeys(out + [r for r in _smaller_groups(holder, ctx) if r != home]))[:4]
    goods = arrival(tok, sent, ctx, ents) if tok.lemma_ in ARRIVE else []  # 'arrived along with a radar'
    hosts = out if people[0] == "workers" else out[:1]
    return [Draft("deployment", actor, r, people[0], tok, f"deployment:{tok.lemma_}") for r in hosts] + goods


HOSTILE = {"push", "drive", "repel", "fight", "attack", "defeat", "expel", "oust", "counter", "kill", "repulse",
           "dislodge", "rout", "destroy", "target"}


def _owner(subj: Any, ctx: roles.Context) -> list[str]:
    """'North Korea's media confirmed that its soldiers fought ...': the state named before the possessive."""
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    return roles.named_before(poss, ctx, "actor", labels=("COUNTRY",)) if poss is not None else []


def _battle_place(tok: Any, ctx: roles.Context, exclude: set[str]) -> list[str]:
    """Where foreign troops fight when the parser hangs the place inside the action ('helped drive Ukrainian
    forces out of Russia's Kursk region', 'took part in expelling them from Kursk'): a state in a place phrase of
    the action, never the enemy the action is done to."""
    actions = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
        if p.dep_ in ("pcomp", "pobj")]  # 'took part in expelling forces from X' ('expelling' may modify 'forces')
    for action in actions:
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
    if not recipients and ctx.last_host and ctx.last_host[0] == actor and (_more_of(tok) or unnamed):
        recipients = [ctx.last_host[1]]  # 'to dispatch a further contingent': where the earlier ones went
    if "workers" in people and recipients:  # '... in China, with smaller groups in Laos and Russia'
        recipients = recipients + [r for r in _smaller_groups(tok, ctx) if r not in recipients]
    hosts = recipients[:4] if "workers" in people else recipients[:2]  # workers are kept in many states at once
    out = [Draft("deployment", actor, r, who, tok, f"deployment:{tok.lemma_}") for r in hosts
           if r != actor and len(r) == 2 for who in people]  # 'deminers and workers': one claim each
    if not out and not recipients and abroad and "workers" in people:  # 'sent IT workers abroad'
        out = [Draft("deployment", actor, None, "workers", tok, f"deployment:{tok.lemma_}")]
    if out and "workers" in people and len(actor) == 2:
        out.append(Draft("evasion", actor, None, "overseas workers", tok, "evasion:workers"))
    return out


def _smaller_groups(tok: Any, ctx: roles.Context) -> list[str]:
    """States in a 'with' phrase that places more of the same people: 'with smaller teams (operating) in X and
    Y'."""
    return [v for w in roles._prep_objects(tok, {"with"}) for p in w.subtree if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" for v in roles.conj_parties(o, ctx, "recipient") if len(v) == 2]


MORE = {"further", "more", "additional", "another", "fresh", "extra"}


def _more_of(tok: Any) -> bool:
    """'sent more troops', 'dispatch a further contingent', 'reinforcements': people added to those sent before."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + roles._prep_objects(tok, {"of"})
    return any(t.lower_ in MORE or t.lower_ == "reinforcements" for o in objects for t in o.subtree)


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
