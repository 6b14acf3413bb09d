"""Extraction speed and memory.

Builds ~600-word articles by combining the sentences of our own fixture
articles (tests/fixtures/extract), then measures:

* articles/s on one core (parser on, nlp.pipe, n_process=1);
* peak memory while streaming N articles through ``extract_many`` with a
  process pool across 2 cores (RSS of this process sampled as it goes, plus
  the largest child's peak RSS).

Usage: .venv/bin/python benchmarks/extract_speed.py [--speed 200] [--stream 10000] [--processes 2]
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections.abc import Iterator
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "extract"


def sentences() -> list[str]:
    out = []
    for path in sorted(FIXTURES.glob("*.txt")):
        body = path.read_text("utf-8").split("\n\n", 1)[1]
        out.extend(line.strip() for line in body.splitlines() if line.strip())
    return out


def articles(n: int, words: int = 600, seed: int = 7) -> Iterator[tuple[str, str]]:
    pool = sentences()
    rng = random.Random(seed)
    for _ in range(n):
        parts: list[str] = []
        count = 0
        while count < words:
            sentence = rng.choice(pool)
            parts.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(parts[i:i + 3]) for i in range(0, len(parts), 3)]
        yield "\n".join(paragraphs), "2026-11-22"


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed", type=int, default=200, help="articles for the one-core speed run")
    parser.add_argument("--stream", type=int, default=10000, help="articles for the streaming memory run")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()

    from armswatch.extraction.core import extract_many
    from armswatch.model import Document

    def docs(n: int) -> Iterator[Document]:
        for i, (text, published) in enumerate(articles(n)):
            yield Document(id=str(i), text=text, published=published)

    list(extract_many(docs(5)))  # warm up: model load, matchers
    start, cpu = time.perf_counter(), time.process_time()
    claims = sum(len(x.claims) for x in extract_many(docs(args.speed), n_process=1))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    if args.speed:  # CPU time as well: on a shared virtual machine, wall time also counts time the host took
        print(f"speed: {args.speed} articles (~600 words) in {elapsed:.1f}s = {args.speed / elapsed:.1f} "
              f"articles/s on 1 core; CPU time {cpu:.1f}s = {args.speed / cpu:.1f} articles per CPU-second "
              f"({claims} claims)")

    start = time.perf_counter()
    samples = []
    for i, _ in enumerate(extract_many(docs(args.stream), n_process=args.processes, batch_size=32), 1):
        if i % max(1, args.stream // 10) == 0:
            samples.append(round(rss_mb()))
    elapsed = time.perf_counter() - start
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"stream: {args.stream} articles, {args.processes} processes, {elapsed:.1f}s = "
          f"{args.stream / elapsed:.1f} articles/s; main RSS MB per tenth: {samples}; "
          f"largest child peak RSS {child_peak:.0f} MB")


if __name__ == "__main__":
    main()
