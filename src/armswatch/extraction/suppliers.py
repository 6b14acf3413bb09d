"""Agent nouns of supply: 'China is the top supplier of machine tools to Russia', 'Iran's drone exporters'.

The supplier is the copula's subject or the noun's nationality modifier; a possessor is the customer
('Russia's main supplier'), and 'to X' names it too.
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft, items_of

AGENT_NOUNS = {"supplier", "exporter", "provider", "seller", "vendor"}


def agent_noun(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AGENT_NOUNS or tok.i in ctx.by_token:
        return []
    items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH]
    if not items:
        return []
    mods = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]
    actors = roles.parties_in(mods, ctx, "actor")
    if not actors and tok.dep_ == "attr":  # 'China was the top supplier': the copula's subject
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        actors = roles.phrase_parties(subj, ctx, "actor") if subj is not None else []
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    customers = roles.find_recipients(tok, ctx, {"to", "for"}) or [  # 'of tools, chips and X to Russia'
        v for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to" for p in t.children if p.dep_ == "pobj"
        for v in roles.phrase_parties(p, ctx, "recipient")] or (
        roles.phrase_parties(poss, ctx, "recipient") if poss is not None else [])
    actors = [a for a in actors if len(a) == 2]
    return [Draft("transfer", a, r, i, tok, f"transfer:{tok.lemma_.lower()}") for a in actors[:1]
            for r in customers[:2] if r != a for i in items]
