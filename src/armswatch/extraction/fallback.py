"""The learned fallback: claims the hand-written rules miss, from classifiers trained on labelled articles.

The rules are precise but narrow: a sentence reported in words no rule knows gives nothing. For every sentence
the rules could claim from, the fallback scores each claim type the rules did *not* produce there (logistic
regression over the sentence's lemmas and dependency pairs, `sentfeats`). Above the threshold it picks the
actor and the recipient among the parties the sentence names and those the article's context holds (focus
state, last seller and buyer, target, ...) with two more classifiers per type, and drafts a claim whose rule
reads ``learned:<type>`` so an analyst can tell it from a rule's. Status, date and source are then finished
like any other claim.

Weights: ``armswatch/data/fallback.json``, written by ``python -m armswatch.extraction.training``.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft
from armswatch.extraction.items import items_in_span
from armswatch.extraction.sentfeats import Candidate, candidates, context_slots, sentence_features

THRESHOLD = 0.55  # a type is drafted when its probability reaches this (grouped 5-fold CV over A-AX, session 20:
# F1 0.727-0.729 for 0.45-0.70; 0.55 keeps precision near 0.77 and adds recall, which unseen styles need most)
ROLE_THRESHOLD = 0.5  # a candidate takes a role when its probability reaches this
MAX_COORDINATED = 6
# A measure, an evasion scheme, a pact or a supply can be told without naming goods ('designated six firms',
# 'used front companies', 'signed a deal', 'supplied Moscow'): their claim stands with this item. A production,
# test or deployment without anything named stays too weak (grouped 5-fold CV over A-AT: +13 right, +1 wrong).
UNNAMED_ITEM = {"enforcement": "sanctions", "evasion": "sanctions evasion", "agreement": "agreement",
                "transfer": "unspecified"}


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    path = resources.files("armswatch.data").joinpath("fallback.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _prob(weights: dict[str, float], feats: list[str]) -> float:
    return _sigmoid(sum(weights.get(f, 0.0) for f in feats))


def type_probs(types: dict[str, Any], feats: list[str]) -> dict[str, float]:
    """Every type's probability in one pass over the packed table (feature → a weight per type)."""
    order, table = types["order"], types["weights"]
    rows = [row for row in map(table.get, feats) if row is not None]
    z = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(order)
    return {kind: _sigmoid(v) for kind, v in zip(order, z, strict=True)}


def _best(weights: dict[str, float], cands: list[Candidate], skip: str | None) -> str | None:
    scored = [(_prob(weights, c.features), c.value) for c in cands if c.value != skip]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= ROLE_THRESHOLD else None


VIOLATIONS = {"evasion", "violation", "breach", "circumvention", "smuggling", "theft", "hack", "attack"}


def _violator(cand: Candidate, sent: Any) -> bool:
    """'violations of the embargo and evasion by North Korea': the violator never enforces in its sentence."""
    if cand.head is None:
        return False
    tok = sent.doc[cand.head]
    for t in (tok, *tok.conjuncts):
        if t.head.lower_ == "by" and (t.head.head.lemma_.lower() in VIOLATIONS or any(
                c.lemma_.lower() in VIOLATIONS for c in t.head.head.conjuncts)):
            return True
    return False


def _cannot_enforce(value: str) -> bool:
    """Armed groups, hacking groups and companies impose no sanctions (of the gold enforcement claims in sets A-Z,
    one has such an actor: a government-aligned force seizing a weapons cargo)."""
    org = roles.gazetteer().org_by_name.get(value) if len(value) > 2 else None
    return org is not None and org.kind in ("armed", "company")


def _coordinated(value: str | None, cands: list[Candidate], sent: Any, ctx: roles.Context, role: str) -> list[Any]:
    """The chosen party and the states coordinated with it ('in China, Russia and Laos'): one claim each."""
    chosen = next((c for c in cands if c.value == value), None)
    if value is None or len(value) != 2 or chosen is None or chosen.head is None:
        return [value]
    out = [value]
    out += [v for v in dict.fromkeys(roles.coordinated_states(sent.doc[chosen.head], ctx, role))
            if len(v) == 2 and v not in out]
    return out[:MAX_COORDINATED]


def _trigger(sent: Any, types: dict[str, Any], kind: str) -> Any:
    """The word that weighs most for the type (status and date are read around it)."""
    n, table = types["order"].index(kind), types["weights"]

    def weight(tok: Any) -> float:
        row = table.get(f"L:{tok.lemma_.lower()}")
        return row[n] if row is not None and not tok.is_punct else -1e9
    return max(sent, key=weight)


def learned_drafts(sent: Any, ctx: roles.Context, ents: list[Any], drafts: list[Draft]) -> list[Draft]:
    """Drafts for claim types the rules did not find in this sentence (none when no model is installed)."""
    m = model()
    if not m:
        return []
    found = {d.type for d in drafts}
    kinds = [kind for kind, p in type_probs(m["types"], sentence_features(sent, ctx.by_token)).items()
             if kind not in found and p >= THRESHOLD]
    if not kinds:
        return []
    slots = context_slots(ctx)
    actors = candidates(sent, ctx.by_token, "actor", slots)
    recipients = candidates(sent, ctx.by_token, "recipient", slots)
    items = items_in_span(list(sent), ents)
    out: list[Draft] = []
    for kind in kinds:
        pool = [c for c in actors if not _violator(c, sent) and not _cannot_enforce(c.value)] \
            if kind == "enforcement" else actors
        actor = _best(m["actor"][kind], pool, None)
        recipient = _best(m["recipient"][kind], recipients, actor)
        item = items[0] if items else ctx.last_item or UNNAMED_ITEM.get(kind)
        if actor is None and recipient is None or item is None:
            continue  # no party, or nothing named that was made, tested or sent: too weak
        trigger = _trigger(sent, m["types"], kind)
        out += [Draft(kind, actor, r, item, trigger, f"learned:{kind}")
                for r in _coordinated(recipient, recipients, sent, ctx, "recipient") if r != actor]
    return out
