"""Benchmark: ingest throughput (no extraction) and near-duplicate detection quality.

Builds N synthetic articles from a vocabulary of report-like sentences, plus
syndicated copies with small edits (new lead sentence, one dropped sentence,
a changed word), ingests everything into a fresh SQLite store, and reports:

* articles/s stored (one transaction per article, MinHash + LSH lookup);
* near-duplicate precision/recall: a copy must link to its original, an
  original must link to nothing.

    .venv/bin/python benchmarks/ingest_dedup.py --articles 5000 --copies 1000
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from armswatch.ingestion.build import build_document
from armswatch.ingestion.pipeline import store_document
from armswatch.ingestion.raw import RawArticle
from armswatch.store.db import open_store

SUBJECTS = ["The ministry", "A spokesperson", "Customs officials", "Satellite imagery", "A research group",
            "Diplomats", "The coast guard", "Investigators", "An industry source", "Regional officials"]
VERBS = ["reported", "said", "confirmed", "suggested", "denied", "noted", "estimated", "described"]
OBJECTS = ["a shipment of containers", "a convoy of trucks", "the transfer of parts", "new tariffs",
           "a port inspection", "flights to the capital", "a change of route", "payments through banks",
           "the loading of a freighter", "a rail delivery", "an export licence", "a joint exercise"]
PLACES = ["near the border", "at the harbour", "in the northern province", "on the coast", "at an airfield",
          "in the capital", "at a rail yard", "off the peninsula", "in a free-trade zone", "at a depot"]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} "
            f"on day {rng.randint(1, 365)} involving {rng.randint(2, 900)} units.")


def article(rng: random.Random, sentences: int = 30) -> list[str]:
    return [sentence(rng) for _ in range(sentences)]


def syndicate(rng: random.Random, parts: list[str]) -> list[str]:
    copy = list(parts)
    copy.pop(rng.randrange(len(copy)))
    copy.insert(0, "Reprinted with permission from a wire service.")
    i = rng.randrange(len(copy))
    copy[i] = copy[i].replace(" on day ", " early on day ")
    return copy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--copies", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    originals = [article(rng) for _ in range(args.articles)]
    picks = rng.sample(range(args.articles), args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store("sqlite:///" + str(Path(tmp) / "bench.db"))
        ids: list[str] = []
        start = time.perf_counter()
        for i, parts in enumerate(originals):
            doc = build_document(RawArticle(" ".join(parts), f"orig{i}", published=f"2024-01-01T00:00:{i % 60:02d}"))
            out = store_document(doc, store, [])
            ids.append(out.doc_id or "")
        original_links = 0  # originals wrongly linked to another original
        with store.connect() as conn:
            from sqlalchemy import func, select

            from armswatch.store.t_documents import documents

            original_links = conn.execute(
                select(func.count()).select_from(documents).where(documents.c.duplicate_of.is_not(None))
            ).scalar_one()
        tp = fp = fn = 0
        for n, i in enumerate(picks):
            doc = build_document(RawArticle(" ".join(syndicate(rng, originals[i])), f"copy{n}",
                                            published="2024-02-01"))
            out = store_document(doc, store, [])
            if out.duplicate_of == ids[i]:
                tp += 1
            elif out.duplicate_of:
                fp += 1
            else:
                fn += 1
        elapsed = time.perf_counter() - start
    total = args.articles + args.copies
    fp += original_links
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"articles stored: {total} in {elapsed:.1f}s = {total / elapsed:.0f} articles/s (one core, SQLite)")
    print(f"near-duplicates: precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
