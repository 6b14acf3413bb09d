"""Bodies 'placed under' a state's sanctions ('Four companies registered in Kyrgyzstan have been placed under US
sanctions'): an enforcement act by the state the sanctions are named after, against the state of the bodies."""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft
from armswatch.extraction.targets import targets_of

PUT = {"place", "put", "bring", "fall", "come"}


def placed_under(sent: Any, ctx: roles.Context) -> list[Draft]:
    out: list[Draft] = []
    for tok in sent:
        if tok.lower_ not in ("sanctions", "sanction") or tok.dep_ != "pobj" or tok.head.lower_ != "under":
            continue
        verb = tok.head.head
        if verb.lemma_.lower() not in PUT or any(c.dep_ == "neg" for c in verb.children):
            continue
        owners = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        actors = [v for c in owners for v in roles.phrase_parties(c, ctx, "actor") if len(v) == 2]
        if not actors:
            continue  # 'placed under sanctions' with no one named: whose, the sentence does not say
        targets = targets_of(verb, ctx, actors[0]) or [None]
        out += [Draft("enforcement", actors[0], t, "sanctions", verb, "enforcement:placed-under") for t in targets]
    return out
