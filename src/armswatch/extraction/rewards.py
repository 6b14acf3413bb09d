"""A reward offered for information on a network ('the State Department offered up to $5 million for information
on the firms' managers'): a measure against the network, logged as enforcement ('reward offer')."""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft

OFFER_VERBS = {"offer", "announce", "post", "put"}
ABOUT = {"on", "about", "regarding", "concerning", "leading", "that"}


def reward_drafts(sent: Any, ctx: roles.Context) -> list[Draft]:
    """One reward offer per sentence, by the offering state (else the last one seen imposing measures), against
    the state the information is about (else the state of the last party targeted)."""
    info = next((t for t in sent if t.lower_ == "information" and t.dep_ == "pobj" and t.head.lower_ == "for"), None)
    if info is None:
        return []
    verb = next((t for t in (info.head, *info.head.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in OFFER_VERBS:
        return []
    offered = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(t.lemma_.lower() == "reward" for t in sent) and not any(
            t.lower_ == "$" or t.like_num for c in offered for t in c.subtree):
        return []  # 'offered no information for the record': neither a reward nor a sum
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actors = roles.parties_in(list(subj.subtree), ctx, "actor") if subj is not None else []
    actors = [a for a in actors if len(a) == 2][:1] or [a for a in (ctx.last_enforcer,) if a and len(a) == 2]
    if not actors:
        return []
    about = [t for t in info.subtree if t.i > info.i]
    targets = [r for r in roles.parties_in(about, ctx, "recipient") if len(r) == 2 and r != actors[0]]
    target = targets[0] if targets else ctx.last_target
    return [Draft("enforcement", actors[0], target if target != actors[0] else None, "reward offer", verb,
                  "enforcement:reward")]
