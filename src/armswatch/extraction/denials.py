"""Denials the act's own rules cannot read:

* supplies denied to no one named: 'China has never provided lethal weapons to any party in the conflict',
  'Tehran denies arming either side in Sudan's war';
* evasion denied as a charge: 'Pyongyang has denied any involvement in cyber theft', 'called US accusations
  about its IT workers a smear campaign'.

The conventions log a denial as its own claim, with the parties of the accusation it answers. A denial to 'any
party' answers the accusation the article has told: the goods go to the state the article last showed
receiving them; failing that, to the state the article names most, or else to the state whose war it is
('Sudan's conflict').
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft
from armswatch.extraction.status import DENY, NAMING, negated

SIDES = {"party", "side", "group", "faction", "country", "one", "belligerent", "combatant"}
ANY = {"any", "either", "neither", "both", "all"}
TO_ANY = "-denied-to-any"  # the rule suffix of such a denial
WARS = {"conflict", "war", "fighting", "civil war"}


def denied(tok: Any) -> bool:
    """The act is negated ('had never provided', 'does not supply') or what a denial verb governs
    ('denied sending', 'rejects supplying')."""
    if negated(tok):
        return True
    gov = roles.governor(tok)
    return gov is not None and gov.lemma_ in DENY


def _clause(tok: Any) -> Any:
    """The act's clause: the verb itself, or the denial verb when the act was read as an adjective on its goods
    ('denied [supplying] weapons to either side')."""
    gov = roles.governor(tok) if tok.dep_ == "amod" else None  # (governor() reads that misparse)
    return gov if gov is not None and gov.lemma_ in DENY else tok


def to_any_side(tok: Any) -> bool:
    """'... to any party in the conflict', 'arming either side', 'to anyone'."""
    for t in _clause(tok).subtree:
        if t.lower_ in ("anyone", "anybody"):
            return True
        if t.lemma_.lower() in SIDES and any(c.dep_ == "det" and c.lower_ in ANY for c in t.children):
            return True
    return False


def accused_recipient(tok: Any, ctx: roles.Context, actor: str) -> str | None:
    """The state a denial to 'any party' concerns: the last one the article showed receiving goods, else the
    state the article names most, else the last state seen receiving goods, else the state whose war the
    sentence names ('either side in Sudan's conflict'), else the state the article names next most (the
    denier is the article's main state: 'China does not supply weapons to any party' in a story on Russia)."""
    if ctx.deal is not None and len(ctx.deal[1]) == 2 and ctx.deal[1] != actor:
        return ctx.deal[1]
    if ctx.main_state and ctx.main_state != actor:
        return ctx.main_state  # the state the article is about
    if ctx.last_recipient and ctx.last_recipient != actor:
        return ctx.last_recipient
    for t in _clause(tok).subtree:
        if t.lemma_.lower() in WARS:
            for mod in (c for c in t.children if c.dep_ in ("poss", "compound")):
                found = [v for v in roles.phrase_parties(mod, ctx, "recipient") if len(v) == 2 and v != actor]
                if found:
                    return found[0]
    return ctx.runner_up if ctx.runner_up != actor else None  # the state the article names next most


DISMISS = DENY | NAMING | {"acknowledge", "admit"}
CHARGES = {"accusation", "allegation", "claim", "charge", "report", "involvement", "role", "link", "participation"}
EVASION_WORDS = {"theft", "thefts", "hack", "hacks", "hacking", "cybercrime", "cyber-crime", "heist", "heists",
                 "laundering", "evasion", "workers", "hackers"}


def denied_evasion(sent: Any, ctx: roles.Context) -> list[Draft]:
    """'North Korea has repeatedly denied involvement in cybercrime', 'has never acknowledged involvement in crypto
    theft', 'dismissed accusations of cyber theft as a smear': the denier is the evader, its denial a claim."""
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_ in DISMISS):
        if verb.lemma_ in ("acknowledge", "admit") and not negated(verb):
            continue  # 'acknowledged involvement' is an admission, not a denial
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ in ("conj", "advcl", "xcomp"):  # '... and has dismissed such accusations'
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        deniers = [v for v in roles.conj_parties(subj, ctx, "actor") if v] if subj is not None else []
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CHARGES):
            words = {t.lower_ for t in obj.subtree if t.i != obj.i}
            words |= {t.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for t in p.subtree}
            back = any(c.lower_ in ("such", "these", "those", "the") for c in obj.children) and \
                len(list(obj.subtree)) <= 3 and ctx.last_evader in deniers and not (
                    ctx.deal and ctx.last_evader in ctx.deal[:2])  # 'dismissed such accusations' (of evasion,
            if "workers" in words and "it" not in words:  # not of supplies)
                words.discard("workers")  # 'reports of North Korean workers at arms plants': people sent abroad
            if (words & EVASION_WORDS or back) and deniers:
                return [Draft("evasion", d, None, "sanctions evasion", verb, "evasion:denied", "denied")
                        for d in deniers[:2]]
    return []
