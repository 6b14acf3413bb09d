"""Agreements: treaties, pacts, deals, contracts and signed documents between two parties.

Parties come from the signing verb's (coordinated) subject, 'with X' / 'between X and Y' phrases and a
treaty's own clause ('a treaty committing X and Y to ...').  Cancelling an agreement ('will scrap their air
services agreements with Iran') is an enforcement measure by each canceller against the other party.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft
from armswatch.extraction.items import CIVIL_CONTEXT, items_in_span
from armswatch.extraction.parties import is_company
from armswatch.extraction.triggers import NOUNS

OF_PACT = {"understanding", "intent", "cooperation", "agreement"}  # 'memorandum of understanding'
SIGN_ONLY = {"document", "protocol", "roadmap", "memorandum"}  # agreements only when signed/ratified
SIGN_VERBS = {"sign", "ink", "ratify", "conclude", "exchange", "strike", "seal", "reach", "finalise", "finalize",
              "agree", "approve", "adopt"}
SALE_VERBS = {"sell", "supply", "deliver", "provide", "export", "buy", "purchase", "acquire"}
TRADE_VERBS = SALE_VERBS | {"import", "ship", "trade", "swap", "exchange"}
CANCEL_VERBS = {"cancel", "scrap", "terminate", "suspend", "revoke", "annul", "abandon", "withdraw", "tear",
                "end", "renounce", "denounce"}


def _is_pact(tok: Any) -> bool:
    return tok.lemma_.lower() in NOUNS and NOUNS[tok.lemma_.lower()][0] == "agreement"


def _subject_parties(head: Any, noun: Any, ctx: roles.Context) -> list[str]:
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    up = head
    while subj is None and up.dep_ in ("xcomp", "conj") and up.head.i != up.i:  # 'X is preparing to sign a pact
        # with Y', 'officials met in Moscow and signed a memorandum'
        up = up.head
        subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
    if subj is None or (noun is not None and subj.i == noun.i):
        return []
    if pair := _the_two(subj, ctx):
        return pair
    out = roles.phrase_parties(subj, ctx, "party")
    for conj in subj.conjuncts:
        out += roles.phrase_parties(conj, ctx, "party")
    return out


PAIR_NOUNS = {"country", "side", "nation", "government", "state", "ally", "neighbour", "neighbor", "capital"}


def _the_two(subj: Any, ctx: roles.Context) -> list[str]:
    """'The two countries signed ...', 'officials from both sides': the two states of the last supply or
    deployment the article told (the last two states named are as often a third party and an observer)."""
    pair = next((t for t in subj.subtree if t.lemma_.lower() in PAIR_NOUNS and t.tag_ == "NNS" and any(
        c.lower_ in ("two", "both") for c in t.children)), None)
    if pair is None:
        return []
    for found in (ctx.deal[:2] if ctx.deal else None, ctx.last_host):
        if found and all(len(v) == 2 for v in found):
            return list(found)
    return []


def _parties(noun: Any | None, head: Any | None, ctx: roles.Context) -> list[str]:
    parties: list[str] = []
    signed = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ in SIGN_VERBS] if noun is not None \
        else []
    if head is not None and not signed:  # 'X welcomed the accord signed by Y and Z': X is no party
        parties += _subject_parties(head, noun, ctx)
    of_objects = [o for o in roles._prep_objects(noun, {"of"}) if o.lemma_.lower() in OF_PACT] if noun is not None \
        else []  # 'a memorandum of understanding with X'
    worth = [c for c in noun.children if c.dep_ == "amod"] if noun is not None else []  # 'a deal worth $2bn with X'
    for h in (noun, head, *of_objects, *worth, *signed):  # 'an agreement that Chad signed with Ankara'
        if h is None:
            continue
        for pobj in roles._prep_objects(h, {"with", "between", "by"}):
            parties += roles.phrase_parties(pobj, ctx, "party")
            for conj in pobj.conjuncts:
                parties += roles.phrase_parties(conj, ctx, "party")
    if noun is None and head is not None:  # 'agreed to sell drones to X': the buyer is the other party
        for xcomp in (c for c in head.children if c.dep_ == "xcomp" and c.lemma_ in SALE_VERBS):
            parties += roles.find_recipients(xcomp, ctx, {"to"})
    if noun is not None:  # 'a framework agreement that Poland and South Korea signed'
        for rel in signed:
            parties += _subject_parties(rel, noun, ctx)
            for agent in (a for a in rel.children if a.dep_ == "agent"):  # 'an accord signed by X and Y'
                parties += [v for p in agent.children if p.dep_ == "pobj" for v in roles.conj_parties(p, ctx, "party")]
    if noun is not None:  # 'a treaty committing Russia and Belarus to mutual defence'
        for acl in (c for c in noun.children if c.dep_ == "acl"):
            parties += roles.parties_in([t for c in acl.children if c.dep_ == "dobj" for t in c.subtree], ctx,
                                        "recipient")
    kept = list(dict.fromkeys(p for p in parties if p and (len(p) == 2 or is_company(p))))
    firms_of = {roles._group_state(p) for p in kept if len(p) > 2}
    return [p for p in kept if p not in firms_of]  # 'Turkey's Baykar': the firm stands for its state


def _cancelled(noun: Any, head: Any, ctx: roles.Context, tok: Any) -> list[Draft]:
    actors = list(dict.fromkeys(p for p in _subject_parties(head, noun, ctx) if len(p) == 2))
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if not actors and subj is not None and subj.lower_ in ("they", "we") and head.dep_ == "ccomp":
        actors = [p for p in _subject_parties(head.head, None, ctx) if len(p) == 2]  # 'X and Y said they would
    others = [p for pobj in roles._prep_objects(noun, {"with"}) for p in roles.phrase_parties(pobj, ctx, "recipient")]
    return [Draft("enforcement", a, o, "agreement cancellation", tok, "enforcement:cancel") for a in actors[:3]
            for o in others[:1] if o != a]


def agreement(tok: Any, ctx: roles.Context) -> list[Draft]:
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else next(
        (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and _is_pact(c)), None)
    if noun is None and tok.dep_ in ("relcl", "acl") and _is_pact(tok.head):
        return []  # 'the agreement that X and Y signed': logged once, from the noun
    head = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
    if noun is None and not (tok.lemma_ == "agree" and any(c.dep_ == "xcomp" and _security_content(c)
                                                            for c in tok.children)):
        return []  # 'agreed to expand military cooperation' counts; 'agreed that', 'agreed to double grain
        # shipments' do not
    if noun is not None and noun.lemma_.lower() in SIGN_ONLY and (head is None or head.lemma_ not in SIGN_VERBS):
        return []
    if noun is not None and any(c.dep_ == "acl" and c.lemma_ in TRADE_VERBS and not _security_content(c)
                                for c in noun.children):
        return []  # 'an agreement to import a million tonnes of wheat': what was agreed is civil trade
    if noun is not None and head is not None and head.lemma_ in CANCEL_VERBS:
        return _cancelled(noun, head, ctx, tok) if tok is noun else []
    if tok.pos_ == "VERB" and tok.lemma_ in ("strike", "reach", "seal") and noun is None:
        return []
    parties = _parties(noun, head, ctx)
    if len(parties) == 1 and noun is not None:  # 'X finalised a contract for TB2 drones, which Baykar announced'
        parties += [s for s in _seller(noun, ctx) if s != parties[0]][:1]
    if len(parties) < 2 or CIVIL_CONTEXT.search(tok.sent.text):
        return []  # a deal for crop-spraying drones is trade, not an arms agreement
    lemmas = {t.lemma_.lower() for t in tok.sent}
    if lemmas & ORBIT and not lemmas & SECURITY_WORDS:
        return []  # 'a contract to carry six imaging satellites to orbit on its rocket': a launch service
    if any(t.lemma_ in TRADE_VERBS and t.pos_ == "VERB" for t in tok.sent) and not _security_content(tok.sent):
        return []  # 'signed an agreement under which X will ship wheat to Y': what is traded is civil
    if noun is None:
        item = "agreement"
    else:
        words = [t.text.lower() for t in noun.subtree if (t.i <= noun.i and t.dep_ in ("amod", "compound")
                 or t.i == noun.i) and t.text.replace("-", "").isalpha()]  # not '$367 million
        item = " ".join(words + [w for o in roles._prep_objects(noun, {"of"}) if o.lemma_.lower() in OF_PACT
                                 for w in ("of", o.text.lower())])
    rule = f"agreement:{tok.lemma_}"
    return [Draft("agreement", a, b, item, tok, rule) for a, b in list(combinations(parties[:3], 2))]


ORBIT = {"orbit", "satellite", "spaceport", "payload", "spacecraft"}
SECURITY_WORDS = {"military", "defence", "defense", "security", "arms", "weapon", "nuclear", "missile", "drone",
                  "strategic", "troop", "army", "naval", "navy", "war", "mutual", "sanction", "technical",
                  "attack", "aggression", "aggressor", "alliance", "ally"}


def _security_content(clause: Any) -> bool:
    """Does what the parties agreed to do concern arms or security?"""
    tokens = list(clause.subtree)
    return any(t.lemma_.lower() in SECURITY_WORDS or t.lower_ in SECURITY_WORDS for t in tokens) or \
        bool(set(items_in_span(tokens, [])) & WEAPONISH)


def _seller(noun: Any, ctx: roles.Context) -> list[str]:
    """The other side of a one-party contract 'for <designation>': a company named in the sentence, else the
    designation's producing state."""
    from armswatch.extraction.orders import _firms, _weapon_origin

    goods = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree]
    if not any((e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON" for t in goods):
        return []
    firms = _firms(noun.sent, ctx)
    origin = _weapon_origin(goods, ctx)
    return firms[:1] or ([origin] if origin else [])
