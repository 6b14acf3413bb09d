"""Grouped k-fold cross-validation of the learned fallback over our own held-out sets.

Each fixture set (tests/fixtures/heldout_<name>) is held out whole: the fallback is trained on the other folds'
sets (`armswatch.extraction.training`), and the extractor, rules + that fallback, is scored on the held-out sets
with `armswatch eval`'s matching. Rules alone are scored too. This is the fallback's out-of-sample worth, the
number docs/accuracy.md reports as "grouped 5-fold CV".

Usage: .venv/bin/python benchmarks/fallback_cv.py [--last ah] [--folds 5]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from unittest import mock

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"


def set_names(last: str) -> list[str]:
    """a, b, …, z, aa, …, az, ba, … up to ``last``: the fixture sets in the order they were written."""
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    names = letters + [f"{first}{c}" for first in "ab" for c in letters]
    return [n for n in names[:names.index(last) + 1] if (FIXTURES / f"heldout_{n}").is_dir()]


def parsed(name: str) -> list[tuple[Any, str, str | None, list[dict[str, Any]]]]:
    """(spaCy doc, text, publication date, gold claims) for each article of a set."""
    from armswatch.extraction.evaluate import gold_documents
    from armswatch.extraction.nlp import MAX_CHARS, get_nlp

    folder = FIXTURES / f"heldout_{name}"
    rows = list(gold_documents(folder / "articles", folder / "gold.jsonl"))
    texts = [doc.text[:MAX_CHARS] for doc, _ in rows]
    docs = list(get_nlp().pipe(texts))
    return [(d, t, doc.published, gold.get("claims", []))
            for d, t, (doc, gold) in zip(docs, texts, rows, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--last", default="ah", help="the last set to include (sets a … LAST)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    from armswatch.extraction import fallback, training
    from armswatch.extraction.core import from_parsed
    from armswatch.extraction.evaluate import match_claims

    names = set_names(args.last)
    examples = {n: training.set_examples(FIXTURES / f"heldout_{n}") for n in names}
    articles = {n: parsed(n) for n in names}
    totals = {"rules": [0, 0, 0], "rules + fallback": [0, 0, 0]}
    for k in range(args.folds):
        held = names[k::args.folds]
        weights = training.packed(training.train([x for n in names if n not in held for x in examples[n]]))
        with mock.patch.object(fallback, "model", lambda w=weights: w):
            for name in held:
                for doc, text, published, gold in articles[name]:
                    for label, learned in (("rules", False), ("rules + fallback", True)):
                        pairs, fp, fn = match_claims(from_parsed(doc, published, learned=learned, text=text).claims,
                                                     gold)
                        t = totals[label]
                        t[0], t[1], t[2] = t[0] + len(pairs), t[1] + fp, t[2] + fn
        print(f"fold {k + 1}/{args.folds}: held out {', '.join(held)}", flush=True)
    for label, (tp, fp, fn) in totals.items():
        p, r = tp / (tp + fp), tp / (tp + fn)
        print(f"{label}: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
