"""Screening speed: real UN + OFAC index (q/s, p50/p95) and a synthetic 1,000,000-name index.

Each query set is timed --runs times (default 3) and the median run is reported: wall-clock q/s and
p50/p95 latency, and the same from process CPU time (what one core costs when other jobs share the machine).

Run: .venv/bin/python benchmarks/screen_speed.py [--synthetic N] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from pathlib import Path

from armswatch.screening.core import screen
from armswatch.screening.index import ScreenIndex
from armswatch.screening.loaders import load_list
from armswatch.screening.model import ListEntry

SHARED = Path(__file__).parents[1] / ".." / "shared" / "data" / "sanctions"


def timed_once(index: ScreenIndex, queries: list[tuple[str, str | None]]) -> dict[str, float]:
    lat, cpu = [], []
    start, start_cpu = time.perf_counter(), time.process_time()
    for name, schema in queries:
        t, c = time.perf_counter(), time.process_time()
        screen(name, schema, index=index)
        lat.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    total, total_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    lat.sort()
    cpu.sort()
    return {"qps": len(queries) / total, "p50_ms": statistics.median(lat), "p95_ms": lat[int(len(lat) * 0.95)],
            "cpu_qps": len(queries) / total_cpu, "cpu_p95_ms": cpu[int(len(cpu) * 0.95)]}


def timed(index: ScreenIndex, queries: list[tuple[str, str | None]], runs: int = 3) -> dict[str, float]:
    """Median over runs of each figure."""
    results = [timed_once(index, queries) for _ in range(runs)]
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def fmt(r: dict[str, float]) -> str:
    return (f"wall {r['qps']:.0f} q/s, p50 {r['p50_ms']:.2f} ms, p95 {r['p95_ms']:.2f} ms; "
            f"CPU {r['cpu_qps']:.0f} q/s, p95 {r['cpu_p95_ms']:.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--synthetic", type=int, default=1_000_000, help="synthetic entries (0 = skip)")
    ap.add_argument("--runs", type=int, default=3)
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
    r = timed(index, queries, args.runs)
    print(f"real: {len(queries)} queries x {args.runs} runs (median), one process: {fmt(r)}", flush=True)
    if args.synthetic:
        syl = [a + b for a in "bcdfghjklmnprstvz" for b in ["a", "e", "i", "o", "u", "ai", "ou"]]
        word = lambda: "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))  # noqa: E731
        synth = [ListEntry(f"s{i}", "Person" if i % 2 else "Organization", f"{word()} {word()} {word()}", "synth",
                           names=[]) for i in range(args.synthetic)]
        t = time.perf_counter()
        big = ScreenIndex(synth)
        build = time.perf_counter() - t
        qs = [(e.caption if i % 2 else e.caption[:-1], None) for i, e in enumerate(rng.sample(synth, 1000))]
        r = timed(big, qs, args.runs)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"synthetic: {len(synth)} entries, {len(big)} names (incl. derived initials), build {build:.1f}s, "
              f"{fmt(r)}, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
