"""Benchmark: end-to-end ingest (extraction, screening, assessment) with 1 and N worker processes.

Articles are the project's own fixture and example texts, each repeated with a
distinct first line so every copy is stored (as a near-duplicate of the first).

    .venv/bin/python benchmarks/ingest_workers.py --articles 300 --workers 2
"""

from __future__ import annotations

import argparse
import itertools
import resource
import tempfile
import time
from pathlib import Path

from armswatch.ingestion.pipeline import ingest
from armswatch.settings import Settings
from armswatch.store.db import open_store

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["tests/fixtures/heldout_a/articles", "tests/fixtures/heldout_b/articles", "tests/fixtures/extract",
           "examples"]


def corpus(folder: Path, n: int) -> int:
    texts = [p.read_text(encoding="utf-8").split("\n\n", 1)[-1] for src in SOURCES
             for p in sorted((ROOT / src).glob("*.txt"))]
    words = 0
    for i, text in zip(range(n), itertools.cycle(texts)):
        body = f"Bulletin {i}: a summary for monitoring purposes.\n\n{text}"
        (folder / f"a{i:05d}.txt").write_text(body, encoding="utf-8")
        words += len(body.split())
    return words


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        words = corpus(folder, args.articles)
        print(f"{args.articles} articles, {words / args.articles:.0f} words on average")
        for workers in sorted({1, args.workers}):
            url = "sqlite:///" + str(Path(tmp) / f"w{workers}.db")
            store = open_store(url)
            start = time.perf_counter()
            summary = ingest([str(folder)], store, Settings.from_env(env={}, db_url=url), workers=workers)
            elapsed = time.perf_counter() - start
            print(f"workers={workers}: stored {summary.stored} in {elapsed:.1f}s = "
                  f"{summary.stored / elapsed:.1f} articles/s; main-process peak RSS "
                  f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
