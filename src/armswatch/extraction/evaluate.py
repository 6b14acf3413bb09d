"""Score the extractor against a gold file (the dev-corpus README's scheme).

Claims match on type + actor + recipient (agreement parties unordered), or
on an actor, recipient, status or date the gold note accepts (goldnotes.py), one
gold claim per prediction; optional gold claims count neither way; on an
article with no gold claims every prediction is a false positive.  Entity
lists are compared as sets after case and alias normalisation.  On matched
pairs, status and date must be equal; source and item agree when equal after
normalisation or, for source, when the names before any parenthesis agree,
and for item when the head nouns agree ('attack drones' ~ 'drones').
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from armswatch.exc import ExtractionError
from armswatch.extraction.gazetteer import alias_index, norm_key
from armswatch.extraction.goldnotes import Alternatives, parse_note
from armswatch.extraction.statebodies import canonical_body
from armswatch.model import ENTITY_LABELS, Claim, Document, Extraction

FIELDS = ("status", "item", "date", "source")


GoldError = ExtractionError  # a missing or malformed gold file / article


def load_gold(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return rows


_ACRONYM = re.compile(r" \([A-Z]{2,6}\)$")


def _canon(value: str) -> str:
    """The comparison key of a name: its alias resolved, then a state body's wording ('Chinese Foreign
    Ministry' = 'Ministry of Foreign Affairs of China') made one, then case, spacing and punctuation dropped."""
    bare = _ACRONYM.sub("", value)  # 'Security Service of Ukraine (SBU)': the acronym is an alias
    aliases = alias_index()
    name = aliases.get(norm_key(value)) or aliases.get(norm_key(bare)) or bare
    return norm_key(_ACRONYM.sub("", canonical_body(name)))


def _key_match(pred: Claim, gold: dict[str, Any], alt: Alternatives | None = None) -> bool:
    """Type, actor and recipient agree, or the parties the gold note accepts (``alt``: its parse, if made)."""
    if pred.type != gold["type"]:
        return False
    alt = alt or parse_note(gold)
    if pred.type == "agreement":
        pair = {pred.actor, pred.recipient}
        return any(pair == {a, r} for a in alt.actors for r in alt.recipients) or any(
            pair in ({gold.get("actor"), p}, {p, gold.get("recipient")}) for p in alt.parties)
    return pred.actor in alt.actors and pred.recipient in alt.recipients


def _agrees(name: str, pred: Claim, gold: dict[str, Any], alt: Alternatives) -> bool:
    """A matched pair's field agrees, counting the alternatives the gold note accepts for status and date."""
    value = getattr(pred, name)
    if name in ("status", "date") and value != gold.get(name):
        return value in (alt.statuses if name == "status" else alt.dates)
    return field_agrees(name, value, gold.get(name))


def _head(item: str | None) -> str:
    words = re.findall(r"[a-z]+", (item or "").lower())
    return words[-1].rstrip("s") if words else ""


def field_agrees(name: str, pred: Any, gold: Any) -> bool:
    if name in ("status", "date"):
        return pred == gold
    if pred is None or gold is None:
        return pred is None and gold is None
    if name == "source":
        a, b = _canon(str(pred).split("(")[0]), _canon(str(gold).split("(")[0])
        return a == b or _canon(str(pred)) == _canon(str(gold))
    return norm_key(str(pred)) == norm_key(str(gold)) or _head(pred) == _head(gold)


def match_claims(preds: list[Claim], golds: list[dict[str, Any]],
                 alts: list[Alternatives] | None = None) -> tuple[list[tuple[Claim, dict]], int, int]:
    """Greedy one-to-one matching; returns (pairs, false positives, false negatives). ``alts``: the golds'
    notes already read (`parse_note`), if the caller has them."""
    pairs: list[tuple[Claim, dict[str, Any]]] = []
    free = list(range(len(golds)))
    if alts is None:
        alts = [parse_note(g) for g in golds]  # each note read once, not once per prediction and field
    fp = 0
    for pred in preds:
        options = [i for i in free if _key_match(pred, golds[i], alts[i])]
        if not options:
            fp += 1
            continue
        best = max(options, key=lambda i: (not golds[i].get("optional"),
                                           sum(_agrees(f, pred, golds[i], alts[i]) for f in FIELDS)))
        free.remove(best)
        if not golds[best].get("optional"):
            pairs.append((pred, golds[best]))
    fn = sum(1 for i in free if not golds[i].get("optional"))
    return pairs, fp, fn


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def _entity_key(label: str, value: str) -> str:
    return value.upper() if label == "countries" else _canon(value)


def score(pairs: list[tuple[Extraction, dict[str, Any]]]) -> dict[str, Any]:
    totals = {"claims": [0, 0, 0], **{label: [0, 0, 0] for label in ENTITY_LABELS}}
    fields = {f: [0, 0] for f in FIELDS}
    docs = []
    for extraction, gold in pairs:
        golds = gold.get("claims", [])
        alts = [parse_note(g) for g in golds]
        alt_of = {id(g): a for g, a in zip(golds, alts, strict=True)}
        matched, fp, fn = match_claims(extraction.claims, golds, alts)
        totals["claims"][0] += len(matched)
        totals["claims"][1] += fp
        totals["claims"][2] += fn
        for pred, g in matched:
            for f in FIELDS:
                fields[f][0] += _agrees(f, pred, g, alt_of[id(g)])
                fields[f][1] += 1
        for label in ENTITY_LABELS:
            want = {_entity_key(label, v) for v in gold.get("entities", {}).get(label, [])}
            got = {_entity_key(label, v) for v in extraction.entities.get(label, [])}
            totals[label][0] += len(want & got)
            totals[label][1] += len(got - want)
            totals[label][2] += len(want - got)
        docs.append({"file": gold.get("file"), "matched": len(matched), "fp": fp, "fn": fn})
    return {
        "claims": _prf(*totals["claims"]),
        "entities": {label: _prf(*totals[label]) for label in ENTITY_LABELS},
        "fields": {f: {"agree": a, "total": t, "accuracy": round(a / t, 3) if t else None}
                   for f, (a, t) in fields.items()},
        "documents": docs,
    }


def gold_documents(corpus_dir: str | Path, gold_path: str | Path,
                   files: set[str] | None = None) -> Iterator[tuple[Document, dict[str, Any]]]:
    """Each gold row of ``gold_path`` (optionally only ``files``) with its article from ``corpus_dir``, ingested."""
    from armswatch.ingestion.build import build_document
    from armswatch.ingestion.text import parse_text

    corpus, gold_file = Path(corpus_dir), Path(gold_path)
    if not gold_file.is_file():
        raise GoldError(f"{gold_file}: no such gold file")
    for gold in load_gold(gold_file):
        if files and gold["file"] not in files:
            continue
        path = corpus / gold["file"]
        if not path.is_file():
            raise GoldError(f"{path}: article named in {gold_file} is missing")
        yield build_document(parse_text(path.read_text("utf-8"), str(path))), gold


def evaluate(corpus_dir: str | Path, gold_path: str | Path, files: set[str] | None = None,
             learned: bool = True) -> dict[str, Any]:
    """Run the extractor on each gold article of ``corpus_dir`` and score it (``learned=False``: rules only)."""
    from armswatch.extraction.core import extract

    pairs = [(extract(doc, learned=learned), gold) for doc, gold in gold_documents(corpus_dir, gold_path, files)]
    result = score(pairs)
    result["articles"] = len(pairs)
    return result
