"""Web/API page latency with 100,000 claims: p50/p95 of list, event, entity and dashboard pages.

Synthetic rows are inserted straight into a temp SQLite store with SQLAlchemy (no extraction), then each
page is requested in-process through the real app (routing, queries, Jinja rendering) with FastAPI's
TestClient.  Goal: list and event pages p95 < 300 ms.

    .venv/bin/python benchmarks/serve_pages.py [--claims 100000] [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from armswatch.model import CLAIM_TYPES, STATUSES
from armswatch.settings import Settings
from armswatch.store.db import open_store
from armswatch.store.t_assess import event_claims, events
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims, mentions

PARTIES = ["KP", "RU", "IR", "CN", "BY", "SY", "MM", "UA", "US", "AE", "Lazarus Group", "Rosoboronexport",
           "KOMID", "Wagner Group", "IRGC", "Hezbollah", "Houthis", "VE", "ER", "SD"]
OUTLETS = ["Reuters", "AP", "Yonhap", "NK News", "BBC", "Kyiv Independent", "TASS", "Al Jazeera", "38 North"]
STIX = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
WORDS = ["shells", "missiles", "drones", "rifles", "components", "oil", "shipment", "vessel", "transfer",
         "sanctions", "report", "officials", "said", "according", "intelligence", "artillery", "launchers",
         "ammunition", "engines", "front", "company", "procurement"]


def sentence(rng: random.Random, n: int = 22) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def populate(url: str, n_claims: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    store = open_store(url)
    n_docs, n_events = n_claims // 10, n_claims // 3
    stamp = "2026-11-22T00:00:00+00:00"
    with store.begin() as conn:
        docs = []
        for i in range(n_docs):
            body = " ".join(sentence(rng) for _ in range(12))
            day = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            docs.append({"id": f"{i:016x}", "url": f"https://news.example.org/{i}", "outlet": rng.choice(OUTLETS),
                         "title": sentence(rng, 8), "published": day, "date_precision": "day", "fetched_at": stamp,
                         "language": "en", "content_type": "text/plain", "text": body, "status": "processed"})
        conn.execute(documents.insert(), docs)
        ev_rows = []
        for i in range(n_events):
            a, b = rng.sample(PARTIES, 2)
            day = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            credibility = rng.randint(1, 6)
            ev_rows.append({"id": i + 1, "key": f"k{i}", "type": rng.choice(CLAIM_TYPES), "actor": a, "recipient": b,
                            "item": rng.choice(WORDS), "date_first": day, "date_last": day,
                            "status": rng.choice(STATUSES), "status_counts": "{}", "sources": rng.randint(1, 4),
                            "origins": "[]", "articles": 3, "reliability": rng.choice("ABCF"),
                            "credibility": credibility, "confidence": STIX.get(credibility),
                            "typologies": rng.choice(["", "transshipment", "front-company", ""]),
                            "created_at": stamp, "updated_at": stamp})
        conn.execute(events.insert(), ev_rows)
        rows, links, ments = [], [], []
        for i in range(n_claims):
            ev = ev_rows[i % n_events]
            doc = docs[rng.randrange(n_docs)]
            start = rng.randrange(0, max(1, len(doc["text"]) - 200))
            rows.append({"id": i + 1, "document_id": doc["id"], "type": ev["type"], "actor": ev["actor"],
                         "recipient": ev["recipient"], "item": ev["item"], "status": rng.choice(STATUSES),
                         "date": ev["date_first"], "date_precision": "day", "source": None,
                         "evidence": doc["text"][start:start + 160], "evidence_start": start,
                         "evidence_end": start + 160, "rule": "synthetic", "typologies": ev["typologies"],
                         "review": rng.choice(["pending", "pending", "accepted"])})
            links.append({"claim_id": i + 1, "event_id": ev["id"], "pinned": False, "why": "{}",
                          "origin": doc["outlet"], "origin_name": doc["outlet"]})
            for party in (ev["actor"], ev["recipient"]):
                label = "COUNTRY" if len(party) == 2 else "ORG"
                ments.append({"document_id": doc["id"], "label": label, "text": party, "canonical": party,
                              "start": start, "end": start + 2})
        for chunk in range(0, n_claims, 20000):
            conn.execute(claims.insert(), rows[chunk:chunk + 20000])
            conn.execute(event_claims.insert(), links[chunk:chunk + 20000])
            conn.execute(mentions.insert(), ments[2 * chunk:2 * chunk + 40000])
    store.close()
    return {"documents": n_docs, "events": n_events, "claims": n_claims, "mentions": len(ments)}


def measure(client, path: str, runs: int) -> dict[str, float]:  # noqa: ANN001
    client.get(path)  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, (path, r.status_code, r.text[:200])
    times.sort()
    return {"p50": round(statistics.median(times), 1), "p95": round(times[int(0.95 * (len(times) - 1))], 1)}


PAGES = [
    "/events", "/events?type=transfer&party=RU&sort=-confidence", "/events?offset=20000",
    "/events?q=drones&date_from=2022", "/events/12345",
    "/claims", "/claims?party=KP&sort=date", "/claims?q=front%20company", "/claims?outlet=Reuters&review=accepted",
    "/review", "/api/claims?type=transfer&limit=100", "/api/events?party=IR", "/api/events/777",
    "/entity/country/KP", "/entity/organization/Lazarus%20Group", "/", "/api/network?party=KP&limit=500",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from armswatch.serve.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url = "sqlite:///" + str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        sizes = populate(url, args.claims)
        print(json.dumps({"populated": sizes, "seconds": round(time.perf_counter() - t0, 1)}))
        app = create_app(Settings.from_env(env={}, db_url=url))
        client = TestClient(app, base_url="http://127.0.0.1")
        worst = 0.0
        for path in PAGES:
            result = measure(client, path, args.runs)
            worst = max(worst, result["p95"])
            print(f"{path:<55} p50 {result['p50']:>7.1f} ms   p95 {result['p95']:>7.1f} ms")
        print(f"worst p95: {worst:.1f} ms (goal < 300 ms)")
        app.state.store.close()


if __name__ == "__main__":
    main()
