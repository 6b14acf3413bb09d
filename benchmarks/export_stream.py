"""Export throughput and peak memory over synthetic events (each format in its own process).

    .venv/bin/python benchmarks/export_stream.py [--events 100000] [--formats stix,ftm,csv,md,html,pdf]

Records are generated lazily (one article per event, two claims each), so the numbers show the
exporters' own memory: flat for stix/ftm/csv (streamed), linear for dossiers (built in memory).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Iterator

from armswatch.export.types import EventRecord, Evidence, ExportEvent, Hit
from armswatch.model import Claim, Document, Mention

PAIRS = [("KP", "RU"), ("IR", "RU"), ("RU", "KP"), ("KP", "IR"), ("BY", "RU")]


def records(n: int) -> Iterator[EventRecord]:
    for i in range(n):
        actor, recipient = PAIRS[i % len(PAIRS)]
        doc_id = f"{i:016x}"
        text = (f"Officials said {actor} shipped item batch {i} to {recipient}. "
                f"A second official said the batch {i} arrived by rail.")
        doc = Document(id=doc_id, text=text, title=f"Report {i}", url=f"https://news.example/{i}",
                       outlet=f"outlet{i % 50}.example", published=f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}",
                       fetched_at="2026-11-22T00:00:00+00:00", language="en")
        quotes = [text.split(". ")[0], text.split(". ")[1].rstrip(".")]
        evidence = []
        for j, q in enumerate(quotes):
            start = text.index(q)
            claim = Claim(type="transfer", actor=actor, recipient=recipient, item=f"item batch {i}",
                          status="reported", evidence=q, evidence_start=start, evidence_end=start + len(q))
            evidence.append(Evidence(2 * i + j, doc_id, claim))
        ev = ExportEvent(type="transfer", actor=actor, recipient=recipient, item=f"item batch {i}",
                         date_first=doc.published[:7], date_last=doc.published[:7], sources=1, articles=1,
                         status_counts={"reported": 2}, reliability="C", credibility=3, confidence=50, id=i + 1,
                         typologies=["transshipment"] if i % 7 == 0 else [], evidence=evidence)
        mentions = [Mention(actor, "COUNTRY", 15, 17, actor), Mention(recipient, "COUNTRY", 40, 42, recipient)]
        yield EventRecord(ev, {doc_id: doc}, {doc_id: mentions})


def hits(n: int) -> Iterator[Hit]:
    for i in range(0, n, 100):
        yield Hit(document_id=f"{i:016x}", name=f"Trading Co {i}", schema="Organization", entity_id=f"un-x{i}",
                  caption=f"Trading Co {i}", list="un", score=0.9, match=True, reference=f"X{i}")


def run_one(fmt: str, n: int) -> None:
    out = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if fmt == "stix":
        from armswatch.export.stix import export_stix, write_bundle

        write_bundle(export_stix(records(n), hits(n)), out)
    elif fmt == "ftm":
        from armswatch.export.ftm import export_ftm, write_jsonl

        write_jsonl(export_ftm(records(n), hits(n)), out)
    elif fmt == "csv":
        from armswatch.export.register import export_csv, write_csv

        write_csv(export_csv(records(n)), out)
    else:
        from armswatch.export.dossier import export_dossier

        result = export_dossier(records(n), hits(n), fmt)
        print(f"output {len(result) / 1e6:.1f} MB", file=sys.stderr)


def measure(fmt: str, n: int) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", fmt, "--events", str(n)])
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS
    elapsed = time.perf_counter() - start
    if status:
        raise SystemExit(f"{fmt} failed")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--formats", default="stix,ftm,csv")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        run_one(args.child, args.events)
        return
    print("| format | events | time (s) | events/s | peak RSS (MiB) |\n|---|---|---|---|---|")
    for fmt in args.formats.split(","):
        elapsed, rss = measure(fmt, args.events)
        print(f"| {fmt} | {args.events:,} | {elapsed:.1f} | {args.events / elapsed:,.0f} | {rss:.0f} |", flush=True)


if __name__ == "__main__":
    main()
