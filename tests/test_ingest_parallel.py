"""`ingest --workers N`: the same store as a serial ingest, duplicates and failures included."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from armswatch.ingestion.pipeline import ingest
from armswatch.settings import Settings
from armswatch.store.db import open_store
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims, mentions

ROOT = Path(__file__).resolve().parents[1]


def rows(result: object) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) for v in row) for row in result)  # type: ignore[attr-defined]


def snapshot(url: str) -> tuple[list, list, list]:
    store = open_store(url)
    with store.connect() as conn:
        docs = rows(conn.execute(select(documents.c.id, documents.c.duplicate_of, documents.c.status)))
        found = rows(conn.execute(select(claims.c.document_id, claims.c.type, claims.c.actor, claims.c.recipient,
                                         claims.c.item, claims.c.status, claims.c.evidence_start)))
        named = rows(conn.execute(select(mentions.c.document_id, mentions.c.label, mentions.c.canonical,
                                         mentions.c.start)))
    store.close()
    return docs, found, named


@pytest.mark.slow
def test_parallel_ingest_stores_what_serial_ingest_stores(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted((ROOT / "tests" / "fixtures" / "heldout_a" / "articles").glob("*.txt"))[:8]:
        (inputs / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "copy.txt").write_text((inputs / "ho01.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    results = {}
    for workers in (1, 2):
        url = "sqlite:///" + str(tmp_path / f"w{workers}.db")
        summary = ingest([str(inputs)], open_store(url), Settings.from_env(env={}, db_url=url), workers=workers)
        assert (summary.stored, summary.duplicate, summary.failed) == (8, 1, 1)
        assert [o.origin for o in summary.outcomes] == sorted(o.origin for o in summary.outcomes)  # input order
        results[workers] = snapshot(url)
    assert results[1] == results[2]
    assert results[2][1], "the articles should yield claims"
