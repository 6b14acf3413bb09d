"""Scoring labelled name pairs: ``name1,name2[,schema][,is_match]`` → scores and P/R/F1 by threshold."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from armswatch.exc import InputError

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
TRUE = {"1", "true", "yes", "y", "match", "t"}


def read_pairs(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read pairs file: {exc}", where=str(path)) from exc
    rows = list(csv.reader(text.splitlines()))
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["name1", "name2"]:
        rows = rows[1:]
    out = []
    for lineno, row in enumerate(rows, 2):
        if not row or not any(c.strip() for c in row) or row[0].startswith("#"):
            continue
        if len(row) < 2:
            raise InputError("expected name1,name2[,schema][,is_match]", where=str(path), line=lineno)
        schema = row[2].strip() if len(row) > 2 and row[2].strip() else None
        label = row[3].strip().lower() in TRUE if len(row) > 3 and row[3].strip() else None
        out.append({"name1": row[0].strip(), "name2": row[1].strip(), "schema": schema, "is_match": label})
    return out


def score_pairs(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from armswatch.screening.core import pair_score

    return [{**p, "score": pair_score(p["name1"], p["name2"], p["schema"])[0]} for p in pairs]


def prf(scored: list[dict[str, Any]], thresholds: tuple[float, ...] = THRESHOLDS) -> list[dict[str, Any]]:
    labelled = [s for s in scored if s["is_match"] is not None]
    out = []
    for t in thresholds:
        tp = sum(1 for s in labelled if s["score"] >= t and s["is_match"])
        fp = sum(1 for s in labelled if s["score"] >= t and not s["is_match"])
        fn = sum(1 for s in labelled if s["score"] < t and s["is_match"])
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out.append({"threshold": t, "tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4),
                    "recall": round(r, 4), "f1": round(f1, 4)})
    return out
