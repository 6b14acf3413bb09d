"""Train the learned fallback from labelled sets (articles/ + gold.jsonl), and write its weights as JSON.

    python -m armswatch.extraction.training OUT.json SET_DIR [SET_DIR ...]

Each set directory holds ``articles/`` and ``gold.jsonl`` in the dev-corpus schema. The extractor runs on each
article as usual; for every sentence it may claim from, the features of the sentence and of its candidate
parties are recorded, and each gold claim is placed on the sentence its evidence overlaps most. Then one
logistic regression per claim type (does the sentence report one?) and per type and role (is this candidate
the actor / the recipient?) is fitted. Pure Python: a few thousand sparse examples train in seconds.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armswatch.extraction.sentfeats import Candidate, candidates, context_slots, sentence_features

TYPES = ("transfer", "production", "test", "evasion", "enforcement", "agreement", "deployment")


@dataclass
class SentenceExample:
    start: int
    end: int
    features: list[str]
    actors: list[Candidate]
    recipients: list[Candidate]
    gold: list[dict[str, Any]] = field(default_factory=list)


def sentence_examples(text: str, published: str | None, gold: list[dict[str, Any]]) -> list[SentenceExample]:
    """The claimable sentences of one article with their features, and the gold claims placed on them."""
    from armswatch.extraction.core import from_parsed
    from armswatch.extraction.nlp import MAX_CHARS, get_nlp

    rows: list[SentenceExample] = []

    def hook(sent: Any, ctx: Any, drafts: list[Any], start: int, end: int) -> None:
        rows.append(SentenceExample(start, end, sentence_features(sent, ctx.by_token),
                                    candidates(sent, ctx.by_token, "actor", context_slots(ctx)),
                                    candidates(sent, ctx.by_token, "recipient", context_slots(ctx))))

    from_parsed(get_nlp()(text[:MAX_CHARS]), published, hook=hook, learned=False)
    for claim in gold:
        at = text.find(claim["evidence"])
        if at < 0 or not rows:
            continue
        span = (at, at + len(claim["evidence"]))
        best = max(rows, key=lambda r: min(r.end, span[1]) - max(r.start, span[0]))
        if min(best.end, span[1]) > max(best.start, span[0]):
            best.gold.append(claim)
    return rows


def set_examples(set_dir: Path) -> list[SentenceExample]:
    from armswatch.extraction.evaluate import gold_documents

    return [row for doc, gold in gold_documents(set_dir / "articles", set_dir / "gold.jsonl")
            for row in sentence_examples(doc.text, doc.published, gold.get("claims", []))]


def fit(examples: list[tuple[list[str], int]], epochs: int = 12, rate: float = 0.3, l2: float = 1e-4,
        seed: int = 13) -> dict[str, float]:
    """Binary logistic regression on sparse string features (AdaGrad, L2)."""
    weights: dict[str, float] = {}
    grads: dict[str, float] = {}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, label = examples[i]
            z = sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - label
            for f in feats:
                w = weights.get(f, 0.0)
                step = g + l2 * w
                grads[f] = grads.get(f, 0.0) + step * step
                weights[f] = w - rate * step / math.sqrt(grads[f] + 1e-8)
    return {f: round(w, 3) for f, w in weights.items() if abs(w) >= 1e-3}


def role_examples(rows: Iterable[SentenceExample], kind: str, role: str) -> list[tuple[list[str], int]]:
    out = []
    for row in rows:
        golds = [g for g in row.gold if g["type"] == kind]
        if not golds:
            continue
        wanted = {g.get(role) for g in golds}
        for cand in (row.actors if role == "actor" else row.recipients):
            out.append((cand.features, int(cand.value in wanted)))
    return out


def train(rows: list[SentenceExample]) -> dict[str, Any]:
    """Weights per claim type (sentence model) and per type and role (candidate models)."""
    model: dict[str, Any] = {"version": 1, "types": {}, "actor": {}, "recipient": {}}
    for kind in TYPES:
        model["types"][kind] = fit([(r.features, int(any(g["type"] == kind for g in r.gold))) for r in rows])
        for role in ("actor", "recipient"):
            model[role][kind] = fit(role_examples(rows, kind, role))
    return model


def packed(model: dict[str, Any]) -> dict[str, Any]:
    """The sentence models as one table, feature → a weight per type (a third of the size on disk)."""
    table: dict[str, list[float]] = {}
    for n, kind in enumerate(TYPES):
        for feat, w in model["types"][kind].items():
            table.setdefault(feat, [0.0] * len(TYPES))[n] = w
    return {**model, "types": {"order": list(TYPES), "weights": table}}


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    rows = [r for d in argv[1:] for r in set_examples(Path(d))]
    model = train(rows)
    Path(argv[0]).write_text(json.dumps(packed(model), sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"{len(rows)} sentences, {sum(len(r.gold) for r in rows)} gold claims placed -> {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
