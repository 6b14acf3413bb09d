"""The pipeline against real stores: idempotency, near-duplicates, failures, atomicity."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from armswatch.ingestion.pipeline import ingest
from armswatch.model import Document
from armswatch.settings import Settings
from armswatch.store import documents
from armswatch.store.db import Store, open_store
from armswatch.store.t_documents import document_bands
from armswatch.store.t_documents import documents as documents_table

ROOT = Path(__file__).resolve().parents[1]
PLAIN = Settings.from_env(env={}, extract=False, screen=False, assess=False)

STORY = (
    "Customs officers in the port city said a cargo ship carrying crates of artillery shells left the harbour "
    "on Monday. The vessel switched off its transponder for two days, according to a maritime tracking firm, "
    "before reappearing near a Russian port. Officials said the crates had been declared as machine parts. "
    "Analysts at a research institute said the route matched at least four earlier voyages observed since "
    "the summer, and that the shipments appeared to be growing in size. The foreign ministry declined to "
    "comment on the report when contacted on Tuesday."
)


def write(path: Path, text: str, url: str | None = None, date: str | None = None) -> Path:
    header = "".join(f"{k}: {v}\n" for k, v in (("URL", url), ("DATE", date)) if v)
    path.write_text((header + "\n" if header else "") + text, encoding="utf-8")
    return path


def test_reingest_is_a_noop(any_store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", STORY, "https://first.example/a", "2024-03-04")
    first = ingest([str(path)], any_store, PLAIN)
    second = ingest([str(path)], any_store, PLAIN)
    assert (first.stored, second.stored, second.duplicate) == (1, 0, 1)
    with any_store.connect() as conn:
        assert documents.count(conn) == 1
        doc = documents.get(conn, first.outcomes[0].doc_id or "")
    assert doc.outlet == "first.example" and doc.published == "2024-03-04T00:00:00+00:00"
    assert doc.raw and doc.raw.startswith("URL:")  # raw source kept for reprocessing


def test_syndicated_copy_links_to_earliest(any_store: Store, tmp_path: Path) -> None:
    original = write(tmp_path / "1.txt", STORY, "https://wire.example/story", "2024-03-04")
    edited = STORY.replace("on Monday", "early on Monday").replace(
        "The foreign ministry declined to comment on the report when contacted on Tuesday.",
        "The ministry did not answer questions sent on Tuesday. Reporting by staff.")
    copy = write(tmp_path / "2.txt", "Reprinted from a wire service. " + edited, "https://paper.example/x",
                 "2024-03-05")
    unrelated = write(tmp_path / "3.txt", "A completely different report about a football match and the "
                      "weather in the capital, with scores and forecasts for the weekend ahead.", None)
    summary = ingest([str(original), str(copy), str(unrelated)], any_store, PLAIN)
    by_origin = {Path(o.origin).name: o for o in summary.outcomes}
    assert by_origin["2.txt"].duplicate_of == by_origin["1.txt"].doc_id
    assert by_origin["3.txt"].duplicate_of is None and by_origin["1.txt"].duplicate_of is None
    assert summary.near_duplicates == 1


def test_bad_items_do_not_stop_the_batch(any_store: Store, tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", STORY)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x01\x02binary")
    summary = ingest([str(tmp_path / "empty.txt"), str(tmp_path / "junk.txt"), str(good)], any_store, PLAIN)
    assert (summary.stored, summary.failed) == (1, 2)
    assert all(str(tmp_path) in str(o.error) for o in summary.outcomes if o.error)


class ExplodingStage:
    """Fails while writing: the document must not be stored at all."""

    name = "explode"

    def compute(self, doc: Document, context: dict[str, Any]) -> None:
        return None

    def write(self, conn: Any, doc: Document, payload: Any) -> None:
        raise RuntimeError("disk on fire")


def test_failure_inside_the_transaction_leaves_nothing(any_store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", STORY)
    with pytest.raises(RuntimeError):
        ingest([str(path)], any_store, PLAIN, stages=[ExplodingStage()])
    with any_store.connect() as conn:
        assert documents.count(conn) == 0
        assert conn.execute(select(func.count()).select_from(document_bands)).scalar_one() == 0
    assert ingest([str(path)], any_store, PLAIN).stored == 1  # re-running completes it


@pytest.mark.slow
def test_kill_9_mid_ingest_leaves_whole_articles_and_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(400):
        write(corpus / f"{i:04d}.txt", f"Report number {i}. " + STORY.replace("Monday", f"day {i}") * 3)
    db = tmp_path / "kill.db"
    env = {**os.environ, "ARMSWATCH_DB": str(db)}
    command = [sys.executable, "-m", "armswatch", "ingest", "--no-extract", str(corpus)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300  # generous: CI machines may be loaded
    while time.time() < deadline:  # wait until some articles are in, then kill hard
        time.sleep(0.2)
        if db.exists():
            with open_store(str(db)).connect() as conn:
                if documents.count(conn) >= 10:
                    break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = open_store(str(db))
    with store.connect() as conn:
        stored = documents.count(conn)
        bands = conn.execute(select(func.count()).select_from(document_bands)).scalar_one()
        statuses = set(conn.execute(select(documents_table.c.status)).scalars())
    assert 10 <= stored < 400
    assert bands == stored * 16  # every stored article has all of its rows
    assert statuses <= {"ingested", "processed"}  # status is written last, in the same transaction
    subprocess.run(command, env=env, check=False, capture_output=True)
    with store.connect() as conn:
        assert documents.count(conn) == 400
