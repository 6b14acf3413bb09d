"""Orders and deliveries in the legal arms trade.

'the system it ordered from X' is a transfer from X to the orderer; 'X's order for <weapons> came into force' is
an agreement between the buyer and the seller (a company named in the sentence, else the weapon's producing
state); the deal is remembered (``Context.deal``) so that later sentences about deliveries that name neither
side ('the first squadron arrived in 2021', 'the remaining two are expected in 2026', 'three have been handed
over') give a transfer from the seller to the buyer of the same deal.
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft, items_of
from armswatch.extraction.gazetteer import weapon_category
from armswatch.extraction.items import PERSONNEL

# nouns that count units of an order, and words that stand for such units on their own ('the remaining two')
UNITS = {"squadron", "batch", "tranche", "aircraft", "jet", "fighter", "unit", "system", "battery", "regiment",
         "delivery", "shipment", "consignment", "lot", "helicopter", "frigate", "submarine", "tank", "vehicle"}
STAND_INS = {"first", "second", "third", "remaining", "rest", "last", "final", "others"}
DELIVER_VERBS = {"arrive", "hand", "deliver", "expect", "reach", "transfer", "receive"}
IN_FORCE = {"force", "effect"}


def _firms(sent: Any, ctx: roles.Context) -> list[str]:
    out = []
    for tok in sent:
        ent = ctx.by_token.get(tok.i)
        if ent is not None and ent.label == "ORG" and (org := roles.gazetteer().org_by_name.get(ent.canonical)) \
                is not None and org.kind == "company" and ent.canonical not in out:
            out.append(ent.canonical)
    return out


def _weapon_origin(tokens: list[Any], ctx: roles.Context) -> str | None:
    for tok in tokens:
        ent = ctx.by_token.get(tok.i)
        if ent is not None and ent.label == "WEAPON" and (origin := weapon_category(ent.canonical)[1]):
            return origin
    return None


def order_verb(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'the S-400 system it ordered from Russia', 'India ordered 36 jets from France': a purchase."""
    sellers = roles.find_recipients(tok, ctx, {"from"})
    if not sellers:
        return []
    buyers, _ = roles.find_actor(tok, ctx, "get")
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "relcl":  # 'the system it ordered': the subject
        gov = tok.head  # of the clause that holds the ordered thing
        while gov.dep_ not in ("ROOT",) and gov.pos_ != "VERB" and gov.head.i != gov.i:
            gov = gov.head
        top = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        buyers = roles.phrase_parties(top, ctx, "recipient") if top is not None else buyers
    if tok.dep_ == "acl" and tok.head.head.pos_ == "VERB":  # 'tanks ordered from X were unloaded at a port in Y'
        verb = tok.head.head
        buyers = [v for p in roles._prep_objects(verb, {"in", "at", "to", "into"})
                  for v in roles.parties_in(list(p.subtree), ctx, "recipient")] or buyers
    buyers = [b if len(b) == 2 else (roles._group_state(b) or "") for b in buyers]
    items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH and i not in PERSONNEL]
    if not items and tok.dep_ in ("relcl", "acl"):
        items = [i for i in items_of(tok.head, sent, ents, ctx) if i in WEAPONISH and i not in PERSONNEL]
    items = items or ([ctx.last_item] if ctx.last_item else [])
    return [Draft("transfer", sellers[0], b, i, tok, "transfer:order<-from") for b in buyers[:1]
            if b and b != sellers[0] for i in items[:2]]


def order_noun(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'X's order for Rafale jets came into force', 'the contract for X's order was signed': an agreement between
    the buyer and the seller."""
    if any(c.lower_ in ("no", "any") for c in tok.children):
        return []  # 'no new order has been announced'
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    goods = [t for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree]
    if poss is None or not goods:
        return []
    buyers = [b if len(b) == 2 else (roles._group_state(b) or "") for b in roles.phrase_parties(poss, ctx, "party")]
    items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH and i not in PERSONNEL]
    if not buyers or not buyers[0] or not items:
        return []
    seller = next(iter(_firms(sent, ctx)), None) or _weapon_origin(goods, ctx)
    if seller is None or seller == buyers[0]:
        return []
    ctx.deal = (seller, buyers[0], items[0])
    return [Draft("agreement", seller, buyers[0], f"{items[0]} contract", tok, "agreement:order")]


def _unit_subject(tok: Any) -> Any | None:
    node = tok
    for _ in range(2):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def delivery_follow_up(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'The first squadron arrived in 2021', 'the remaining two are expected in 2026', 'three have been handed
    over': deliveries under the deal named before, when the sentence names no side itself."""
    if ctx.deal is None or tok.lemma_ not in DELIVER_VERBS or tok.pos_ != "VERB":
        return []
    subj = _unit_subject(tok)
    if subj is None or not (subj.lemma_.lower() in UNITS or subj.lower_ in STAND_INS or subj.pos_ == "NUM"):
        return []
    if any(t.i in ctx.by_token and ctx.by_token[t.i].label in ("COUNTRY", "ORG") for t in subj.subtree):
        return []  # the subject names a party: the ordinary rules handle it
    if tok.lemma_ == "expect" and not any(c.dep_ == "prep" and c.lower_ in ("in", "by") for c in tok.children):
        return []  # 'are expected to ...' is handled on the verb it governs
    if any(t.i in ctx.by_token and ctx.by_token[t.i].label == "COUNTRY" for t in sent if t.dep_ != "poss"):
        named = roles.parties_in(list(sent), ctx, "recipient")
        if ctx.deal[1] not in named and ctx.deal[0] not in named:
            return []  # another pair of states is in this sentence
    seller, buyer, item = ctx.deal
    return [Draft("transfer", seller, buyer, item, tok, f"transfer:{tok.lemma_}<-deal")]
