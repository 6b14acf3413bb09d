"""Benchmark: clustering and grading N synthetic claims (pure core), and the incremental store path.

Claims are drawn from realistic blocks (a few actors/recipients, 7 types, item categories with
sub-categories, dates over three years, a share of unstated parties, items and dates, attributed
sources and near-duplicate documents).  Reports wall time and peak memory per N, so near-linear
growth is visible.

    .venv/bin/python benchmarks/assess_cluster.py [--sizes 1000,10000,100000] [--store 20000,100000]
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from datetime import date, timedelta

from armswatch.assessment.core import assess
from armswatch.assessment.types import ClaimRef
from armswatch.model import Claim, Document

PARTIES = ["KP", "RU", "IR", "CN", "BY", "SY", "MM", "Wagner Group", "Lazarus Group", "UA", "US", "AE"]
TYPES = ["transfer", "production", "test", "evasion", "enforcement", "agreement", "deployment"]
ITEMS = ["drones", "attack drones", "artillery shells", "munitions", "ballistic missiles", "missiles", "troops",
         "oil", "cryptocurrency", "drone components", "military technology", "workers", None]
STATUSES = ["reported"] * 5 + ["confirmed"] * 2 + ["speculated", "planned", "denied"]
SOURCES = [None] * 6 + ["Daily NK", "KCNA", "Yonhap", "Reuters", "US officials", "John Kirby (White House)"]


def synthetic(n: int, seed: int = 7) -> tuple[list[ClaimRef], list[Document]]:
    rng = random.Random(seed)
    n_docs = max(n // 3, 1)
    outlets = [f"outlet{i}.example" for i in range(max(n_docs // 20, 5))]
    docs = []
    for i in range(n_docs):
        dup = f"d{rng.randrange(i)}" if i and rng.random() < 0.2 else None
        docs.append(Document(id=f"d{i}", text="", outlet=rng.choice(outlets), duplicate_of=dup))
    start = date(2022, 1, 1)
    refs = []
    for i in range(n):
        kind = rng.choice(TYPES)
        actor = rng.choice(PARTIES) if rng.random() > 0.1 else None
        recipient = rng.choice(PARTIES) if rng.random() > 0.3 else None
        when = start + timedelta(days=rng.randrange(3 * 365))
        day = when.isoformat() if rng.random() > 0.3 else (when.isoformat()[:7] if rng.random() > 0.5 else None)
        claim = Claim(type=kind, actor=actor, recipient=recipient, item=rng.choice(ITEMS),
                      status=rng.choice(STATUSES), evidence="x", evidence_start=0, evidence_end=1, date=day,
                      source=rng.choice(SOURCES), typologies=["none"])
        refs.append(ClaimRef(i, f"d{rng.randrange(n_docs)}", claim))
    return refs, docs


def measure_core(n: int) -> tuple[float, float, int]:
    """Wall time of one run; peak traced memory of a second run (tracing slows Python down)."""
    refs, docs = synthetic(n)
    t0 = time.perf_counter()
    events = assess(refs, docs)
    elapsed = time.perf_counter() - t0
    refs, docs = synthetic(n)
    tracemalloc.start()
    assess(refs, docs)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return elapsed, peak, len(events)


def _fill(store, refs: list[ClaimRef], docs: list[Document]) -> None:  # noqa: ANN001
    from armswatch.ingestion import dedup
    from armswatch.store import documents as doc_store
    from armswatch.store.t_extract import claims

    sig = dedup.signature("benchmark text")
    with store.begin() as conn:
        for d in docs:
            doc_store.insert(conn, Document(id=d.id, text="x", outlet=d.outlet, fetched_at="2024-01-01"), sig)
        rows = [{"document_id": r.document_id, **{k: v for k, v in r.claim.to_dict().items() if k != "typologies"}}
                for r in refs]
        for i in range(0, len(rows), 5000):
            conn.execute(claims.insert(), rows[i:i + 5000])


def measure_store(n: int, articles: int = 10) -> tuple[float, float]:
    """Full rebuild of n stored claims, then ``after_batch`` for `articles` new articles (3 claims each)."""
    import tempfile

    from armswatch.assessment.stage import AssessStage
    from armswatch.store.db import open_store
    from armswatch.store.event_build import recluster

    refs, docs = synthetic(n)
    store = open_store("sqlite:///" + tempfile.mkdtemp() + "/bench.db")
    _fill(store, refs, docs)
    t0 = time.perf_counter()
    with store.begin() as conn:
        recluster(conn, None)
    full = time.perf_counter() - t0
    new_refs, new_docs = synthetic(3 * articles, seed=11)
    new_docs = [Document(id=f"new{d.id}", text="", outlet=d.outlet) for d in new_docs[:articles]]
    for i, r in enumerate(new_refs):
        r.document_id = new_docs[i % articles].id
    _fill(store, new_refs, new_docs)
    t0 = time.perf_counter()
    AssessStage().after_batch(store, [d.id for d in new_docs])
    return full, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--store", default="20000", help="stored claims for the store benchmark, comma-separated "
                        "(empty = skip)")
    args = parser.parse_args()
    print("claims    seconds  µs/claim  peak MiB  events")
    for n in (int(s) for s in args.sizes.split(",")):
        secs, peak, count = measure_core(n)
        print(f"{n:>7}  {secs:8.2f}  {secs / n * 1e6:8.1f}  {peak:8.1f}  {count:>6}")
    for n in (int(s) for s in args.store.split(",") if s):
        full, incremental = measure_store(n)
        print(f"store of {n} claims: full rebuild {full:.2f} s; after_batch for 10 new articles "
              f"(30 claims) {incremental:.3f} s")


if __name__ == "__main__":
    main()
