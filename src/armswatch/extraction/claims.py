"""Sentence-level claim rules: triggers → typed claims with roles, item, status, date and source."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from armswatch.extraction import combat, orders, roles, usage
from armswatch.extraction.attribution import Attribution, attribution, same_party
from armswatch.extraction.dates import event_date
from armswatch.extraction.drafts import TESTABLE, WEAPONISH, Draft, items_of, object_tokens
from armswatch.extraction.enforce import HIT_VERBS, PUBLISH, enforcement, measures_hit, monitoring_report
from armswatch.extraction.gazetteer import weapon_category
from armswatch.extraction.items import CIVIL_CONTEXT, PERSONNEL, items_in_span
from armswatch.extraction.pacts import agreement
from armswatch.extraction.status import status_of
from armswatch.extraction.triggers import EVASION_CUES, NOUNS, VERBS

BLOCKED = {"ban", "prohibit", "restrict", "curb", "halt", "block", "stop", "suspend", "limit", "control", "sanction",
           "prevent", "outlaw", "embargo", "freeze"}


def _verb_drafts(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    found = _rule_drafts(tok, sent, ctx, ents)
    return found or orders.delivery_follow_up(tok, sent, ctx, ents)


def _rule_drafts(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    if tok.pos_ == "VERB" and tok.lemma_ in ("fly", "operate") and (found := combat.flown(tok, sent, ctx, ents)):
        return found
    if tok.pos_ == "VERB" and tok.lemma_ == "credit":
        return combat.credited(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ in HIT_VERBS and (found := measures_hit(tok, ctx)):
        return found
    if tok.pos_ == "VERB" and tok.lemma_ == "order":
        return orders.order_verb(tok, sent, ctx, ents)
    if tok.pos_ == "NOUN" and tok.lemma_ == "order" and tok.i not in ctx.by_token:
        return orders.order_noun(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ == "train" and (found := usage.training(tok, sent, ctx)):
        return found
    if tok.pos_ == "VERB" and tok.lemma_ in usage.PRESENCE and tok.lemma_ not in VERBS:
        return usage.presence(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ in usage.ARRIVE:
        return usage.arrival(tok, sent, ctx, ents)
    if tok.pos_ == "VERB" and tok.lemma_ in PUBLISH:
        return monitoring_report(tok, ctx)
    if tok.pos_ == "VERB" and tok.lemma_ in ("help", "assist", "arm"):
        return _helping(tok, sent, ctx, ents)
    entry = VERBS.get(tok.lemma_) if tok.pos_ in ("VERB", "AUX") else None
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
    if ctype == "transfer" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in ("take", "accept"):
        return _transfer(tok.head, "get", ctx, items)  # 'X took delivery of Y': X receives
    if ctype == "transfer" and tok.pos_ == "NOUN" and tok.head.lemma_ in BLOCKED:
        return []  # 'banned exports of chips', 'to halt deliveries': a measure, not a transfer
    if ctype == "transfer" and tok.lemma_ in ("send", "deploy", "dispatch") and items and items[0] in PERSONNEL:
        goods = [i for i in items if i not in PERSONNEL]  # 'shells and troops': a transfer and a deployment
        return _deployment(tok, sent, ctx, ents, items) + (_transfer(tok, frame, ctx, goods) if goods else [])
    if ctype == "transfer" and tok.lemma_ in ("send", "deploy", "dispatch") and set(items) & PERSONNEL:
        return _transfer(tok, frame, ctx, items) + _deployment(tok, sent, ctx, ents, items)
    if tok.lemma_ in ("deploy", "dispatch", "station", "deployment") and not (set(items) & (PERSONNEL | WEAPONISH)):
        return []
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
    if ctype == "production" and (helper := _helped(tok)) is not None:
        chain = [t for t in (tok, *tok.ancestors) if t.i != helper.i and helper in t.ancestors]
        served = [v for node in (*chain, helper) for c in node.children
                  if (c.dep_ == "nsubj" and node is not helper or c.dep_ == "dobj" and node is helper)
                  for v in roles.phrase_parties(c, ctx, "actor")]
        items = [i for i in items if i in WEAPONISH]
        return [Draft("production", served[0], None, items[0], tok, "production:helped")] if served and items else []
    if ctype in ("production", "test"):
        allowed = TESTABLE if ctype == "test" else WEAPONISH
        items = [i for i in items if i in allowed]
        if not items or CIVIL_CONTEXT.search(sent.text) or _civil_product(tok, sent, ctx):
            return []
        if ctype == "production" and _origin_background(tok, ctx):
            return []
        actors, _ = roles.find_actor(tok, ctx, frame)
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            actors = roles.find_recipients(tok, ctx, {"in"}) or actors
        if not actors and tok.pos_ != "VERB":
            actors = [ctx.focus_state] if ctx.focus_state else []
        return [Draft(ctype, actors[0], None, items[0], tok, f"{ctype}:{tok.lemma_}")] if actors else []
    if ctype == "agreement":
        return agreement(tok, ctx)
    if ctype == "enforcement":
        return enforcement(tok, sent, ctx, ents)
    return []


DESPITE_SANCTIONS = re.compile(r"\b(?:despite|in (?:violation|breach|defiance) of|circumventing)\s+[^.;:]{0,60}?"
                               r"\b(?:sanctions|embargo|export controls)\b", re.I)


def sent_text(tok: Any) -> str:
    return str(tok.sent.text)


SPACE_CONTEXT = re.compile(
    r"\b(?:satellites?(?! ?(?:image|imagery|photo|picture|pictures|data|analysis|footage))|orbit(?:al)?|"
    r"launch (?:services?|vehicles?|provider)|launcher|space ?(?:craft|flight|port|station|agency)|payloads?|"
    r"airlines?|airliners?|software|app)\b", re.I)


def _civil_product(tok: Any, sent: Any, ctx: roles.Context) -> bool:
    """'is developing a larger reusable rocket' in a satellite-launch story, software, airliners: a product that
    is no weapon unless a weapon designation is named with it."""
    if not SPACE_CONTEXT.search(sent.text):
        return False
    return not any((e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON" for t in tok.subtree)


def _origin_background(tok: Any, ctx: roles.Context) -> bool:
    """'Storm Shadow was developed jointly by X and Y': a passive past description of where a named system comes
    from is background, not a production event."""
    if tok.lemma_ not in ("develop", "design", "invent", "create") or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and any((e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON"
                                    for t in subj.subtree)


GET_VERBS = {v for v, (t, f) in VERBS.items() if f == "get"}
MEANS = {"equipment", "tool", "machinery", "machine", "component", "part", "material", "know-how", "technology",
         "input", "capability"}


def _helped(tok: Any) -> Any | None:
    """'helping Russia develop and build drones': the help verb above a production verb (the helped one produces,
    not the helper)."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head is node:
            return None
        node = node.head
        if node.lemma_ in ("help", "assist", "aid"):
            return node
    return None


BUILD_VERBS = {"build", "develop", "produce", "manufacture", "make", "improve", "modernise", "modernize",
               "upgrade", "design", "launch", "expand", "advance"}


def _helping(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'arming Sudan' (weapons); 'helping Iran build drones' (technical assistance to Iran)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:  # 'arming and financing the militia': the shared object sits on the last conjunct
        obj = next((c for conj in tok.conjuncts for c in conj.children if c.dep_ == "dobj"), None)
    if obj is None:  # 'helping Iran build drones' parsed with Iran as the subject of 'build'
        obj = next((s for c in tok.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                    if s.dep_ == "nsubj"), None)
    if obj is None or not (served := roles.phrase_parties(obj, ctx, "recipient")):
        return []
    actors, _ = roles.find_actor(tok, ctx, "give")
    if tok.lemma_ == "arm":
        items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH] or ["weapons"]
    else:
        goal = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in BUILD_VERBS), None)
        goal = goal or next((c for c in obj.head.children if c.dep_ in ("xcomp", "ccomp")
                             and c.lemma_ in BUILD_VERBS), None) if obj.dep_ == "nsubj" else goal
        if goal is None:
            goal = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.lemma_ in BUILD_VERBS), None)
        if goal is None or not [i for i in items_of(goal, sent, ents, ctx) if i in WEAPONISH]:
            return []
        items = ["military technology"]
    return [Draft("transfer", actors[0], served[0], items[0], tok, f"transfer:{tok.lemma_}")] \
        if actors and actors[0] != served[0] and len(served[0]) == 2 else []


def _transfer(tok: Any, frame: str, ctx: roles.Context, items: list[str],
              to_words: set[str] | None = None) -> list[Draft]:
    items = [i for i in items if i in WEAPONISH]
    if not items:
        return []
    if frame == "get":
        receivers, _ = roles.find_actor(tok, ctx, frame)
        if _agentless_passive(tok):  # 'the shipment was received in the presence of the minister': who received
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)  # it is not said
            receivers = roles.parties_in([t for t in subj.subtree if t.dep_ == "poss"], ctx, "recipient") \
                if subj is not None else []
        receivers = [r if len(r) == 2 else (roles._group_state(r) or "") for r in receivers]
        beneficiary = {t.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree}
        if set(roles.parties_in([t for t in tok.doc if t.i in beneficiary], ctx, "recipient")) <= set(receivers):
            beneficiary = set()  # 'to get equipment for its own war': the buyer is the beneficiary
        named_from = roles.find_recipients(tok, ctx, {"from"})
        if not named_from and DESPITE_SANCTIONS.search(sent_text(tok)):
            return [Draft("evasion", r, None, i, tok, "evasion:obtain-despite") for r in receivers[:1] if r
                    for i in items[:1]]  # 'X has been able to obtain (Western) electronics despite sanctions'
        suppliers = named_from or roles.origin_of(
            [t for t in object_tokens(tok) if t.i not in beneficiary], ctx)  # 'procure kit for X's army': X buys
        if not suppliers:  # 'talks with Iran on buying missiles': the other side of the talks supplies
            up = tok.head if tok.dep_ == "pcomp" and tok.head.lower_ in ("on", "over", "about", "for") else None
            if up is not None:
                suppliers = roles.find_recipients(up.head, ctx, {"with"})
        if not suppliers:  # 'seeking jets and equipment for producing missiles from Moscow'
            suppliers = [v for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "from" and t.head.dep_ != "relcl"
                         for p in t.children if p.dep_ == "pobj" for v in roles.phrase_parties(p, ctx, "recipient")]
        served = [v for o in roles._prep_objects(tok, {"for"}) + [o for c in tok.children if c.dep_ == "dobj"
                                                                  for o in roles._prep_objects(c, {"for"})]
                  for v in roles.phrase_parties(o, ctx, "recipient") if len(v) == 2 and v not in receivers]
        if not suppliers and served:  # 'to procure equipment for X's forces': bought on X's behalf, for X
            return [Draft("transfer", r, served[0], i, tok, f"transfer:{tok.lemma_}-for") for r in receivers[:1]
                    if r for i in items]
        from_list = [v for v in suppliers if len(v) == 2] if _coordinated_from(tok) else []
        ctx.last_recipient = next((r for r in receivers if r), ctx.last_recipient)
        drafts = [Draft("transfer", a, r, i, tok, f"transfer:{tok.lemma_}<-from") for r in receivers[:2]
                  for a in (from_list[:4] or suppliers[:1] or [None]) if r and r != a for i in items]
        return drafts
    actors, src = roles.find_actor(tok, ctx, frame)
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        actors = roles.find_recipients(tok, ctx, {"from"}) or actors
    elif src is not None and src.conjuncts and src.dep_ == "nsubj":  # 'Germany, Denmark and X pledged to send'
        actors = roles.conj_parties(src, ctx, "actor") or actors
    actor = actors[0] if actors else None
    recipients = roles.find_recipients(tok, ctx, to_words or {"to", "into"})
    if not recipients and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        recipients = roles.object_parties(tok, ctx)
    if not recipients:  # 'handed Syria several missiles', 'gave Iran the data'
        dative = next((c for c in tok.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN")),
                      None)
        if dative is not None:
            recipients = roles.phrase_parties(dative, ctx, "recipient")
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        first = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if not recipients and obj is not None and first is not None and first.head.i == obj.i and \
                first.dep_ == "compound" and first.i in ctx.by_token:  # 'gave Belarus battlefield data' misparsed
            recipients = [v for v in [roles.party(ctx.by_token[first.i], "recipient")] if v]
    if not recipients:
        recipients = roles.purpose_recipient(tok, ctx, {actor or ""})
    if actor is None:
        origins = roles.origin_of(object_tokens(tok), ctx)
        actor = origins[0] if origins else None
    coord = [a for a in actors[1:] if len(a) == 2] if src is not None and src.conjuncts else []
    actors = [actor, *coord, *_followed_by(tok, ctx)] if actor else []
    if recipients:
        ctx.last_recipient = recipients[0]
    elif actor and tok.pos_ == "VERB" and ctx.last_recipient and (_supplier_list(tok, ctx) or _to_unnamed(tok, ctx)):
        recipients = [ctx.last_recipient]  # 'firms in X supplied $5m of arms': the buyer already named
    rule = f"transfer:{tok.lemma_}"
    return [Draft("transfer", a, r, i, tok, rule) for a in (actors or [actor]) for r in recipients
            if r and r != a and len(r) == 2 for i in items]


def _to_unnamed(tok: Any, ctx: roles.Context) -> bool:
    """A supply verb with a subject and an object but no destination phrase at all: 'Poland delivered its first
    four tanks on Monday' in a story about one recipient."""
    gov = roles.governor(tok)
    subj = next((c for c in (gov if gov is not None else tok).children if c.dep_ == "nsubj"), None)
    if subj is None:  # 'missiles were delivered by X'
        subj = next((p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
    ent = ctx.by_token.get(subj.i) if subj is not None else None
    has_subj = ent is not None and ent.label == "COUNTRY"  # a state named as supplier, not 'firms in X'
    has_obj = any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    heads = [tok, *[c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]]
    dest = any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "for") for h in heads
               for c in h.children)
    return has_subj and has_obj and not dest and not any(c.dep_ in ("dative", "iobj") for c in tok.children)


def _agentless_passive(tok: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def _coordinated_from(tok: Any) -> bool:
    """'received howitzers from the US, Canada and Australia': a coordinated list of suppliers."""
    heads = [tok, *[c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]]
    return any(p.conjuncts for h in heads for p in roles._prep_objects(h, {"from"}))


def _followed_by(tok: Any, ctx: roles.Context) -> list[str]:
    """'X provided $5m, followed by suppliers in Y and in Z': Y and Z are further suppliers."""
    out: list[str] = []
    for t in tok.subtree:
        if t.lemma_ == "follow" and t.dep_ in ("advcl", "acl", "conj", "prep"):
            for agent in (c for c in t.children if c.dep_ == "agent"):
                out += [v for v in roles.parties_in(list(agent.subtree), ctx, "actor") if len(v) == 2]
    return out


def _supplier_list(tok: Any, ctx: roles.Context) -> bool:
    """A supplier named by place and an amount ('companies in X provided $5 million worth of arms')."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    amount = any(t.lower_ in ("$", "worth", "million", "billion", "value") for t in object_tokens(tok))
    return subj is not None and subj.lemma_.lower() in roles.BODIES and amount


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
    return usage.send_people(tok, sent, ctx, items)


def evasion_drafts(sent: Any, ctx: roles.Context, ents: list[Any], transfers: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for rx, item in EVASION_CUES:
        m = rx.search(sent.text)
        if not m:
            continue
        start = sent.start_char + m.start()
        tok = next((t for t in sent if t.idx >= start), sent.root)
        actors, _ = roles.find_actor(tok, ctx, "make")
        if not actors:
            actors, _ = roles.find_actor(sent.root, ctx, "make")
        blamed = _blamed(tok, sent, ctx)
        if blamed is not None:
            actors = blamed  # 'the FBI tied North Korean hackers to the theft': the hackers, not the FBI
        elif _agentless_passive(tok):
            actors = [ctx.last_evader] if ctx.last_evader else []  # 'the loot had been laundered': the evader
            # named before; never the state last in focus
        attr = attribution(sent, ctx.by_token, ctx.last_person)
        if attr is not None and actors and same_party(attr.source, actors[0]):
            actors = []  # the agency reporting the laundering is not the launderer
        if not actors:
            actors = [a for a in (ctx.last_evader, ctx.focus_group) if a][:1]
        enforcers = _enforcers(sent, ctx, attr) | ctx.enforcers
        if actors and actors[0] in enforcers:  # the sanctioning or reporting government is never the evader
            actors = _perpetrators(sent, ctx, enforcers) or [a for a in (ctx.last_evader, ctx.focus_state)
                                                             if a and a not in enforcers][:1]
        if not actors:
            continue
        recipient = next((d.recipient for d in transfers if d.actor == actors[0]), None)
        if item is None:
            found = items_in_span(list(sent), ents)
            item = next((i for i in found if i in WEAPONISH), None) or "sanctions evasion"
        out.append(Draft("evasion", actors[0], recipient, item, tok, f"evasion:{rx.pattern[:24]}"))
    return out


def _origin_suppliers(sent: Any, ctx: roles.Context, drafts: list[Draft]) -> None:
    """A transfer with no named supplier takes the producing state of the designation named in the sentence
    (or, for 'the missile', the one named before): 'Manila received BrahMos missiles' → IN supplies."""
    origins = [o for t in sent if (e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON"
               and (o := weapon_category(e.canonical)[1])]
    if origins:
        ctx.last_origin = origins[-1]
    origin = origins[0] if origins else ctx.last_origin
    for d in drafts:
        if d.type == "transfer" and d.actor is None and d.recipient and origin and origin != d.recipient \
                and d.item not in PERSONNEL and not any(t.lower_ in ("seized", "seizure") for t in sent):
            d.actor = origin


ENFORCER_VERBS = {"sanction", "blacklist", "designate", "impose", "target", "seize", "charge", "indict",
                  "prosecute", "freeze", "attribute", "blame", "tie", "link", "trace", "accuse", "identify", "pin",
                  "document", "record", "detect", "uncover", "expose", "investigate", "monitor"}


def _enforcers(sent: Any, ctx: roles.Context, attr: Attribution | None) -> set[str]:
    """Parties that sanction, seize, blame or report in the sentence (and the states they belong to)."""
    out: set[str] = set()
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_ not in ENFORCER_VERBS | roles.SPEECH:
            continue
        heads = [c for c in tok.children if c.dep_ in ("nsubj",)]
        heads += [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        heads += [tok.head] if tok.dep_ == "relcl" and tok.lemma_ in ENFORCER_VERBS else []  # 'a mixer X blacklisted'
        for head in heads:
            if head.dep_ == "relcl":
                head = next((c for c in head.children if c.dep_ == "nsubj"), head)
            if head.pos_ == "PRON":
                continue  # 'it said': a pronoun names no one new
            for value in roles.conj_parties(head, ctx, "actor"):
                out.add(value)
                if len(value) > 2 and (state := roles._group_state(value)):
                    out.add(state)
    if attr is not None and attr.source:
        source = roles.gazetteer().org_by_name.get(attr.source)
        if source is not None and source.country:
            out.add(source.country)
    return out


def _perpetrators(sent: Any, ctx: roles.Context, enforcers: set[str]) -> list[str]:
    """Non-state groups named in the sentence (hackers, cartels), else a state named as perpetrator's owner."""
    found = [v for v in roles.parties_in(list(sent), ctx, "actor") if v not in enforcers]
    groups = [v for v in found if len(v) > 2 and (org := roles.gazetteer().org_by_name.get(v)) is not None
              and org.kind == "armed"]
    return groups[:1]


BLAME_VERBS = {"tie", "link", "attribute", "blame", "trace", "connect", "pin"}


def _blamed(tok: Any, sent: Any, ctx: roles.Context) -> list[str] | None:
    """Who an attributing verb names as perpetrator: 'tied X to', 'blamed X for' (the object);
    'attributed the hack to X', 'pinned it on X' (the prepositional object).  None: no such verb."""
    verb = next((t for t in (tok, *tok.ancestors) if t.pos_ == "VERB" and t.lemma_ in BLAME_VERBS), None)
    if verb is None:
        verb = next((t for t in sent if t.pos_ == "VERB" and t.lemma_ in BLAME_VERBS), None)
    if verb is None:
        return None
    if verb.lemma_ in ("attribute", "pin"):
        heads = roles._prep_objects(verb, {"to", "on"})
    else:
        heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    found = [v for h in heads for v in roles.phrase_parties(h, ctx, "actor")]
    return found[:1] or None


def sentence_drafts(sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    drafts: list[Draft] = []
    for tok in sent:
        drafts.extend(_verb_drafts(tok, sent, ctx, ents))
    _origin_suppliers(sent, ctx, drafts)
    transfers = [d for d in drafts if d.type == "transfer"]
    ctx.enforcers |= {d.actor for d in drafts if d.type == "enforcement" and d.actor and len(d.actor) == 2}
    kept = ("evasion:workers", "evasion:obtain-despite")
    drafts = [d for d in drafts if d.type != "evasion" or d.rule in kept] + evasion_drafts(sent, ctx, ents, transfers)
    if not any(d.type == "test" for d in drafts):
        drafts += usage.hyphen_test(sent, ctx, ents)
    measures: set[tuple[Any, ...]] = set()
    out = []
    for d in drafts:  # one sentence's package of measures by one actor on one target is one enforcement claim
        if d.type in ("enforcement", "evasion") and d.rule != "evasion:workers":
            if (d.type, d.actor, d.recipient) in measures:
                continue
            measures.add((d.type, d.actor, d.recipient))
        out.append(d)
    return out


def finish(draft: Draft, sent: Any, attr: Attribution | None, pub: date | None, precision: str) -> dict[str, Any]:
    if attr is not None and attr.token is not None and draft.trigger.head == attr.token and \
            draft.trigger.dep_ == "dobj":
        attr = None  # 'X announced sanctions': the act itself, not a report of it
    if attr is not None and attr.token is not None and attr.verb not in ("according", "cite") and any(
            t.dep_ in ("relcl", "acl") and draft.trigger not in t.subtree for t in (attr.token, *attr.token.ancestors)):
        attr = None  # 'a ship it said had carried the missiles': that 'said' covers only its own clause
    status = status_of(sent, draft.trigger, draft.type, draft.actor, attr)
    when, prec = event_date(sent, draft.trigger, pub, precision)
    return {"type": draft.type, "actor": draft.actor, "recipient": draft.recipient, "item": draft.item,
            "status": status, "date": when, "date_precision": prec,
            "source": attr.source if attr else None, "rule": draft.rule}


__all__ = ["Draft", "attribution", "finish", "sentence_drafts"]
