"""Transfer drafting: supplier, recipient and item of a give/get trigger."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction import denials, roles
from armswatch.extraction.drafts import WEAPONISH, Draft, object_tokens
from armswatch.extraction.items import items_in_span
from armswatch.extraction.platforms import platform_owner

DESPITE_SANCTIONS = re.compile(r"\b(?:despite|in (?:violation|breach|defiance) of|circumventing)\s+[^.;:]{0,60}?"
                               r"\b(?:sanctions|embargo|export controls)\b", re.I)


def sent_text(tok: Any) -> str:
    return str(tok.sent.text)


FORCE_WORDS = {"army", "military", "force", "forces", "troops", "navy", "militia"}


def _supplies_an_army(tok: Any) -> bool:
    """'Firms were supplying Russia's armed forces': supplying an army is supplying it with military goods."""
    if tok.lemma_ not in ("supply", "equip", "resupply") or any(c.dep_ == "prep" and c.lower_ == "with"
                                                                 for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in FORCE_WORDS and \
        any(c.dep_ in ("poss", "amod", "compound") for c in obj.children)


def _transfer(tok: Any, frame: str, ctx: roles.Context, items: list[str],
              to_words: set[str] | None = None) -> list[Draft]:
    items = [i for i in items if i in WEAPONISH]
    army = not items and _supplies_an_army(tok)  # the army is the recipient, its goods unnamed
    items = items or (["military equipment"] if army else [])
    if not items or _charged_with(tok):
        return []
    if tok.lemma_ == "fly" and not roles.find_recipients(tok, ctx, {"to", "into"}):
        return []  # 'Chad flies the TB2', 'flying drones over the front': flying them, not flying them in
    if frame == "get":
        receivers, _ = roles.find_actor(tok, ctx, frame)
        if _agentless_passive(tok):  # 'the shipment was received in the presence of the minister': who received
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)  # it is not said
            receivers = roles.parties_in([t for t in subj.subtree if t.dep_ == "poss"], ctx, "recipient") \
                if subj is not None else []
        receivers = [r if len(r) == 2 else (roles._group_state(r) or "") for r in receivers]
        beneficiary = {t.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree}
        if set(roles.parties_in([tok.doc[i] for i in sorted(beneficiary)], ctx, "recipient")) <= set(receivers):
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
        if not suppliers and receivers and (back := _counterpart(receivers[0], ctx)):
            suppliers = [back]  # 'Pyongyang is receiving oil and technology' after it supplied Moscow: Moscow
        from_list = [v for v in suppliers if len(v) == 2] if _coordinated_from(tok) else []
        ctx.last_recipient = next((r for r in receivers if r), ctx.last_recipient)
        drafts = [Draft("transfer", a, r, i, tok, f"transfer:{tok.lemma_}<-from") for r in receivers[:2]
                  for a in (from_list[:4] or suppliers[:1] or [None]) if r and r != a for i in items]
        return drafts
    actors, src = roles.find_actor(tok, ctx, frame)
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)  # 'Chinese-made tools were shipped'
        made = roles.origin_of(list(subj.subtree), ctx) if subj is not None else []
        actors = roles.find_recipients(tok, ctx, {"from"}) or made or actors
    elif src is not None and src.conjuncts and src.dep_ == "nsubj":  # 'Germany, Denmark and X pledged to send'
        actors = roles.conj_parties(src, ctx, "actor") or actors
    if tok.pos_ == "NOUN" and (src is None or src.i not in {t.i for t in tok.subtree}) and \
            (named := _noun_suppliers(tok, ctx)):  # 'exports of components from X and Y to Z': X and Y supply,
        actors, src = named, None  # also when a clause above names someone else ('accused them of arranging ...')
    actor = actors[0] if actors else None
    recipients = roles.find_recipients(tok, ctx, to_words or {"to", "into"})
    if not recipients and (army or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
        # 'supplied X's army', 'supplied X with arms'
        recipients = roles.object_parties(tok, ctx)
    if not recipients:  # 'handed Syria several missiles', 'gave Iran the data'
        dative = next((c for c in tok.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN")),
                      None)
        if dative is not None:
            recipients = roles.phrase_parties(dative, ctx, "recipient")
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        first = _leading_name(tok, ctx)
        if not recipients and obj is not None and first is not None and first.head.i == obj.i and \
                first.dep_ in ("compound", "nmod"):  # 'gave Belarus data', 'gave North Korea systems' misparsed
            recipients = [v for v in [roles.party(ctx.by_token[first.i], "recipient")] if v]
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if not recipients and len(objects) > 1:  # 'handed Ukraine 1.1 million rounds' parsed as two objects
            recipients = roles.phrase_parties(objects[0], ctx, "recipient")
    if not recipients and ctx.last_recipient and _same_buyers(tok):
        recipients = [ctx.last_recipient]  # 'shipped navigation modules to the same buyers'
    if not recipients:
        recipients = _taker(tok, ctx, actor)  # 'supplied the chips that Russia imported'
    if not recipients:
        recipients = roles.purpose_recipient(tok, ctx, {actor or ""}) or platform_owner(tok, ctx, {actor or ""})
    if not recipients and tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children):
        recipients = _user_of(tok.head, ctx)  # 'Russia fired missiles supplied by X': who fires them received them
    if actor is None and not army:  # the army supplied is no origin of goods
        tokens = object_tokens(tok)  # nor a clause on them: 'the drones that Russia uses on Ukrainian cities'
        clauses = {d.i for t in tokens if t.dep_ == "relcl" for d in t.subtree}
        origins = roles.origin_of([t for t in tokens if t.i not in clauses], ctx)
        actor = origins[0] if origins else None
    coord = [a for a in actors[1:] if len(a) == 2] if src is not None and src.conjuncts or \
        tok.pos_ == "NOUN" else []
    actors = [actor, *coord, *_followed_by(tok, ctx)] if actor else []
    if not recipients and actor and tok.pos_ == "VERB" and (back := _counterpart(actor, ctx)):
        recipients = [back]  # 'Russia has provided air-defence systems' after it received X's shells: X
    rule = f"transfer:{tok.lemma_}"
    if actor and tok.pos_ == "VERB" and denials.denied(tok) and denials.to_any_side(tok):
        recipients = [r for r in [denials.accused_recipient(tok, ctx, actor)] if r]  # 'never sent arms to any party'
        rule += denials.TO_ANY  # (named apart: an answer to the story told, not a supply the text tells)
    elif recipients:
        ctx.last_recipient = recipients[0]
    elif actor and tok.pos_ == "VERB" and ctx.last_recipient and (_supplier_list(tok, ctx) or _to_unnamed(tok, ctx)):
        recipients = [ctx.last_recipient]  # 'firms in X supplied $5m of arms': the buyer already named
    return [Draft("transfer", a, r, i, tok, rule) for a in (actors or [actor]) for r in recipients
            if r and r != a and len(r) == 2 for i in items]


USE_VERBS = {"use", "rely", "fire", "operate", "deploy", "field", "employ", "launch", "depend", "possess", "receive",
             "get", "acquire", "obtain", "buy", "rush", "move", "bring"}


BUYERS = {"buyer", "customer", "client", "purchaser", "recipient", "end-user", "user", "importer"}


def _same_buyers(tok: Any) -> bool:
    """'to the same buyers', 'to those customers': the receivers of the supply told before."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj"), *([tok.head] if tok.dep_ == "amod" else [])]
    return any(o.lemma_.lower() in BUYERS and any(c.lower_ in ("same", "those", "these") for c in o.children)
               for h in heads for o in roles._prep_objects(h, {"to"}))  # ('shipped' misparsed as a modifier)


def _taker(tok: Any, ctx: roles.Context, actor: str | None) -> list[str]:
    """The state that imports, buys or uses the goods a supply names, in a clause on them: 'X supplied most of the
    chips that Russia imported', 'sold engines Iran uses in its drones'."""
    if tok.pos_ != "VERB":
        return []
    goods = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *roles._prep_objects(c, {"of"}))]
    for clause in (r for g in goods for r in g.children if r.dep_ == "relcl" and r.lemma_ in USE_VERBS | {
            "import", "need", "purchase", "procure"}):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            found = [v for v in roles.phrase_parties(subj, ctx, "recipient") if len(v) == 2 and v != actor]
            if found:
                return found[:1]
    return []


def _user_of(goods: Any, ctx: roles.Context) -> list[str]:
    """The states in the subject of the verb that uses, fires or holds these goods ('units relied on guns and
    launchers supplied by X', 'Russia has fired dozens of missiles supplied by X')."""
    node = goods
    while node.dep_ in ("conj", "appos") or node.dep_ == "pobj" and node.head.lower_ == "of" and \
            node.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        node = node.head if node.dep_ != "pobj" else node.head.head
    verb = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else \
        node.head if node.dep_ == "dobj" else None
    if verb is None or verb.lemma_ not in USE_VERBS:
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    found = roles.phrase_parties(subj, ctx, "recipient") or roles.parties_in(list(subj.subtree), ctx, "recipient")
    return [v for v in found if len(v) == 2][:1]


def _counterpart(party: str, ctx: roles.Context) -> str | None:
    """The other side of the last supply the article told, when this party was on one side of it: the goods
    going back in a two-way trade."""
    if party and ctx.deal is None and ctx.last_host and party in ctx.last_host:
        # 'X sent troops to Y ... X has also shipped missiles': to the same state; 'Y has provided X with air
        # defences' after X's troops went to Y: the host pays the sender
        return ctx.last_host[1] if ctx.last_host[0] == party else ctx.last_host[0]
    if not party or ctx.deal is None:
        return None
    seller, buyer, _ = ctx.deal
    if party == buyer and len(seller) == 2:
        return seller
    if party == seller and len(buyer) == 2:
        return buyer
    return None


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


def _noun_suppliers(tok: Any, ctx: roles.Context) -> list[str]:
    """States named by 'from' on a transfer noun or on its 'of' object, conjuncts included."""
    holders = [tok, *roles._prep_objects(tok, {"of"})]
    return [v for h in holders for o in roles._prep_objects(h, {"from"}) for p in (o, *o.conjuncts)
            for v in roles.phrase_parties(p, ctx, "actor") if len(v) == 2]


CHARGE_VERBS = {"charge", "indict", "convict", "sentence", "arrest", "prosecute", "jail", "plead", "fine"}


def _charged_with(tok: Any) -> bool:
    """'charged two men with illegally exporting chips to X': the charge's own claim is the enforcement; the
    goods' origin is not the exporter and the defendants are not a state."""
    head = tok.head if tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "for", "of", "to") else None
    return head is not None and head.head.lemma_ in CHARGE_VERBS


def _leading_name(tok: Any, ctx: roles.Context) -> Any:
    """The last token of a name that directly follows the verb ('gave [North Korea] ...'), or None."""
    ent = ctx.by_token.get(tok.i + 1)
    if ent is None:
        return None
    last = tok.i + 1
    while last + 1 < len(tok.doc) and ctx.by_token.get(last + 1) is ent:
        last += 1
    return tok.doc[last]


def _agentless_passive(tok: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def _coordinated_from(tok: Any) -> bool:
    """'received howitzers from the US, Canada and Australia': a coordinated list of suppliers."""
    heads = [tok, *[c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]]
    if any(p.conjuncts for h in heads for p in roles._prep_objects(h, {"from"})):
        return True
    # '$1 billion in weapons from Russia, China and Belarus': the list hangs deeper in the object
    return any(p.conjuncts for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "from" and t.head.dep_ != "relcl"
               and not any(a.dep_ in ("relcl", "acl", "advcl", "ccomp") for a in t.ancestors if a.i != tok.i
                           and tok in a.ancestors)
               for p in t.children if p.dep_ == "pobj")


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


def exchanges(drafts: list[Draft], ents: list[Any]) -> list[Draft]:
    """'X shipped shells to Y in exchange for oil and missile technology': the goods going back are a transfer
    from Y to X."""
    out: list[Draft] = []
    for d in drafts:
        if d.type != "transfer" or not (d.actor and d.recipient and len(d.actor) == 2 and len(d.recipient) == 2):
            continue
        for prep in (c for t in (d.trigger, d.trigger.head) for c in t.children if c.dep_ == "prep"
                     and c.lower_ == "in"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ("exchange", "return")):
                goods = [t for f in noun.children if f.dep_ == "prep" and f.lower_ == "for" for t in f.subtree]
                for item in (i for i in items_in_span(goods, ents) if i in WEAPONISH):
                    out.append(Draft("transfer", d.recipient, d.actor, item, d.trigger, "transfer:in-exchange"))
    return out
