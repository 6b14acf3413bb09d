"""End to end through ingest: the dev corpus plus syndicated copies must not inflate source counts.

Copies are made at test time (new headline, a dropped and an added sentence, another outlet's URL).
Claims come from the gold annotations (a stage that reads them — real data, so the assessment is
measured independently of the extractor) and, when it is importable, from the real extractor.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from armswatch.assessment.stage import AssessStage
from armswatch.ingestion.pipeline import ingest
from armswatch.model import Claim, Document, Extraction
from armswatch.settings import Settings
from armswatch.store import events as ev_store
from armswatch.store.db import open_store
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims as claims_table

COPIES = 3  # syndicated copies of each article


def write_corpus(dev_corpus: Path, out: Path, copies: int) -> list[str]:
    """The originals in ``out/orig`` and the copies in ``out/copies``: ingested in that order."""
    (out / "orig").mkdir(parents=True)
    (out / "copies").mkdir()
    for path in sorted((dev_corpus / "articles").glob("dev*.txt")):
        text = path.read_text(encoding="utf-8")
        header, body = text.split("\n\n", 1)
        (out / "orig" / path.name).write_text(text, encoding="utf-8")
        meta = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
        sentences = re.split(r"(?<=[.!?])\s+", body.strip())
        for n in range(copies):
            drop = len(sentences) - 1 - n  # drop one sentence (a different one per copy) if it is short
            kept = [x for i, x in enumerate(sentences) if i != drop or len(x) > len(body) / 5]
            copy = " ".join([f"Partner outlet {n + 1} republishes this story with permission."] + kept)
            (out / "copies" / f"{path.stem}-copy{n}.txt").write_text(
                f"URL: https://mirror{n}.example/{path.stem}\nDATE: {meta['DATE']}\n"
                f"TITLE: Republished: {meta['TITLE']} ({n})\n\n{copy}\n", encoding="utf-8")
    return [str(out / "orig"), str(out / "copies")]


class GoldStage:
    """Claims from the gold annotations whose evidence sentence occurs in the document."""

    name = "extract"

    def __init__(self, gold: list[dict[str, Any]]) -> None:
        self.gold = gold

    def compute(self, doc: Document, context: dict[str, Any]) -> Extraction:
        found = []
        for entry in self.gold:
            for g in entry["claims"]:
                start = doc.text.find(g["evidence"])
                if start < 0:
                    continue
                found.append(Claim(type=g["type"], actor=g["actor"], recipient=g["recipient"], item=g["item"],
                                   status=g["status"], evidence=g["evidence"], evidence_start=start,
                                   evidence_end=start + len(g["evidence"]), date=g["date"], source=g["source"]))
        return Extraction(entities={}, mentions=[], claims=found)

    def write(self, conn: Any, doc: Document, payload: Extraction) -> None:
        for c in payload.claims:
            values = {k: v for k, v in c.to_dict().items() if k != "typologies"}
            conn.execute(claims_table.insert().values(document_id=doc.id, **values))


def _summary(store: Any) -> dict[tuple, tuple[int, int]]:
    with store.connect() as conn:
        rows = ev_store.list_events(conn, limit=None)
    return {(e["type"], e["actor"], e["recipient"], e["item"], e["date_first"]): (e["sources"], e["articles"])
            for e in rows}


def _run(tmp_path: Path, name: str, folders: list[str], stages: list | None) -> Any:
    store = open_store("sqlite:///" + str(tmp_path / f"{name}.db"))
    settings = Settings.from_env(env={}, db_url=store.url)
    for folder in folders:  # originals first, as they appear first in reality
        ingest([folder], store, settings, stages=stages)
    return store


def test_gold_claims_through_ingest_copies_do_not_inflate_sources(dev_corpus: Path, tmp_path: Path) -> None:
    gold = [json.loads(line) for line in (dev_corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    originals = write_corpus(dev_corpus, tmp_path / "orig", copies=0)
    syndicated = write_corpus(dev_corpus, tmp_path / "synd", copies=COPIES)
    plain = _summary(_run(tmp_path, "plain", originals, [GoldStage(gold), AssessStage()]))
    store = _run(tmp_path, "synd", syndicated, [GoldStage(gold), AssessStage()])
    with store.connect() as conn:
        linked = conn.execute(documents.select().where(documents.c.duplicate_of.is_not(None))).all()
    assert len(linked) == 10 * COPIES  # every copy was linked to its original at ingest
    copied = _summary(store)
    assert {k: v[0] for k, v in copied.items()} == {k: v[0] for k, v in plain.items()}  # same sources
    assert sum(v[1] for v in copied.values()) > sum(v[1] for v in plain.values())  # copies did join
    shells = copied[("transfer", "KP", "RU", "artillery shells", None)]
    assert shells[0] == 2 and shells[1] > 4  # the Daily NK story and the Kirby briefing, however often republished


@pytest.mark.slow
def test_extractor_through_ingest_copies_do_not_inflate_sources(dev_corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("armswatch.extraction.stage", reason="the extract stage is not part of this build yet")
    originals = write_corpus(dev_corpus, tmp_path / "orig", copies=0)
    syndicated = write_corpus(dev_corpus, tmp_path / "synd", copies=COPIES)
    plain = _summary(_run(tmp_path, "plain", originals, None))
    copied = _summary(_run(tmp_path, "synd", syndicated, None))
    assert plain, "the extractor found no events in the dev corpus"
    common = set(plain) & set(copied)
    assert len(common) >= 0.8 * len(plain)
    # No inflation: no event, and not the ledger as a whole, gains independent sources from the copies.
    # (Exact equality is asserted with gold claims above; with the real extractor an edited copy can yield a
    # slightly different claim that links a stray false positive to another event, so a count may drop.)
    assert all(copied[k][0] <= plain[k][0] for k in common)
    # Events found only in edited copies (a dropped sentence can leave text the extractor reads differently)
    # still count each original once: fewer independent sources than articles.
    assert all(sources < articles for k, (sources, articles) in copied.items() if k not in plain)
