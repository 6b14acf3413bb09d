"""Screening speed: real UN + OFAC index (q/s, p50/p95) and a synthetic 1,000,000-name index.

Run: .venv/bin/python benchmarks/screen_speed.py [--synthetic N]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from pathlib import Path

from armswatch.screen.core import screen
from armswatch.screen.index import ScreenIndex
from armswatch.screen.loaders import load_list
from armswatch.screen.model import ListEntry

SHARED = Path(__file__).parents[1] / ".." / "shared" / "data" / "sanctions"


def timed(index: ScreenIndex, queries: list[tuple[str, str | None]]) -> dict[str, float]:
    lat = []
    start = time.perf_counter()
    for name, schema in queries:
        t = time.perf_counter()
        screen(name, schema, index=index)
        lat.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - start
    lat.sort()
    return {"qps": len(queries) / total, "p50_ms": statistics.median(lat), "p95_ms": lat[int(len(lat) * 0.95)]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--synthetic", type=int, default=1_000_000)
    args = ap.parse_args()
    entries = load_list(SHARED / "un" / "un_consolidated.xml").entries
    entries += load_list(SHARED / "ofac" / "sdn_2024-05-03" / "sdn.csv").entries
    t = time.perf_counter()
    index = ScreenIndex(entries)
    print(f"real: {len(entries)} entries, {len(index)} names, build {time.perf_counter() - t:.1f}s")
    rng = random.Random(1)
    names = [(n, e.schema if e.schema in ("Person", "Organization") else None)
             for e in rng.sample(entries, 1500) for n in e.names[:1]]
    noisy = [(n[:-1] if len(n) > 6 else n, s) for n, s in names[:500]]
    others = [(f"{rng.choice(['John', 'Maria', 'Ahmed', 'Olga'])} {rng.choice(['Smith', 'Ivanova', 'Kim', 'Lopez'])}",
               "Person") for _ in range(500)]
    queries = names + noisy + others
    for n, s in queries[:200]:  # warm caches the way a long-running stream would
        screen(n + " x", s, index=index)
    r = timed(index, queries)
    print(f"real: {len(queries)} queries, {r['qps']:.0f} q/s on one core, p50 {r['p50_ms']:.2f} ms, "
          f"p95 {r['p95_ms']:.2f} ms")
    if args.synthetic:
        syl = [a + b for a in "bcdfghjklmnprstvz" for b in ["a", "e", "i", "o", "u", "ai", "ou"]]
        word = lambda: "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))  # noqa: E731
        synth = [ListEntry(f"s{i}", "Person" if i % 2 else "Organization", f"{word()} {word()} {word()}", "synth",
                           names=[]) for i in range(args.synthetic)]
        t = time.perf_counter()
        big = ScreenIndex(synth)
        build = time.perf_counter() - t
        qs = [(e.caption if i % 2 else e.caption[:-1], None) for i, e in enumerate(rng.sample(synth, 1000))]
        r = timed(big, qs)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"synthetic: {len(big)} names, build {build:.1f}s, {r['qps']:.0f} q/s, p50 {r['p50_ms']:.2f} ms, "
              f"p95 {r['p95_ms']:.2f} ms, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
