"""Battlefield use stated without the verb 'use': 'the army flew the drones in the offensive', 'officials credited
the S-400 with helping to counter attacks'.  The user is the named subject's state, else (for 'the army', 'the
military') the state last seen receiving weapons in the article, which is who holds them now."""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import INPUTS, WEAPONISH, Draft, each_item, items_of
from armswatch.extraction.items import PERSONNEL

COMBAT = {"offensive", "counteroffensive", "counter-offensive", "attack", "attacks", "battle", "fighting", "assault",
          "operation", "operations", "strike", "strikes", "war", "raid", "raids", "clash", "clashes", "campaign"}
FORCES = {"army", "military", "force", "forces", "navy", "troops", "junta", "government", "regime"}
DEFEND = {"help", "counter", "repel", "intercept", "defend", "protect", "shoot", "down", "stop", "thwart", "defeat"}


def _weapons(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[str]:
    return [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH and i not in PERSONNEL
            and not i.endswith("technology") and i not in INPUTS]


def _user(tok: Any, ctx: roles.Context) -> list[str]:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    named = roles.origin_of(list(subj.subtree), ctx, states_only=True) or \
        [v for v in roles.phrase_parties(subj, ctx, "actor") if len(v) == 2]
    if named:
        return named[:1]
    if subj.lemma_.lower() in FORCES and subj.pos_ == "NOUN" and ctx.last_user:
        return [ctx.last_user]  # 'the army flew the drones': the holder of the weapons named before
    return []


def flown(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'X flew/operated the drones in the offensive on Y': a deployment (battlefield use) by X."""
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "during", "against", "for") and any(
            o.lemma_.lower() in COMBAT or o.lower_ in COMBAT for o in c.children) for c in tok.children):
        return []
    weapons = _weapons(tok, sent, ctx, ents)
    users = _user(tok, ctx) if weapons else []
    return [Draft("deployment", users[0], None, w, tok, f"deployment:{tok.lemma_}") for w in each_item(weapons)] \
        if users else []


def credited(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'officials of X credited the S-400 with helping to counter attacks': X used the system."""
    with_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not any(t.lemma_.lower() in DEFEND for w in with_ for t in w.subtree):
        return []
    weapons = _weapons(tok, sent, ctx, ents)
    users = _user(tok, ctx) if weapons else []
    return [Draft("deployment", users[0], None, w, tok, "deployment:credit") for w in each_item(weapons)] \
        if users else []
