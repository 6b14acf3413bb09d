"""Incremental event updates give the same events as a full rebuild, and touch only a neighbourhood."""

from __future__ import annotations

import random
from typing import Any

import pytest

from armswatch.assessment.cluster import cluster
from armswatch.assessment.stage import AssessStage
from armswatch.assessment.types import ClaimRef
from armswatch.model import Claim
from armswatch.store import event_actions
from armswatch.store.event_build import recluster
from armswatch.store.t_assess import event_claims
from armswatch.store.t_extract import claims as claims_table
from assess_helpers import claim, doc, store_doc

PARTIES = ["KP", "RU", "IR", "Wagner Group", None]
ITEMS = ["artillery shells", "munitions", "rockets", "drones", "attack drones", "UAVs", "troops", "weapons",
         "mines, drones", None]


def _random_claims(rng: random.Random, n_docs: int) -> list[tuple[str, list[Claim]]]:
    out = []
    for d in range(n_docs):
        items = []
        for _ in range(rng.randint(1, 4)):
            day = f"2024-{rng.randint(1, 8):02d}-{rng.randint(1, 28):02d}"
            when = rng.choice([day, day, day, day[:7], None])
            items.append(claim(rng.choice(["transfer", "transfer", "agreement", "test"]), rng.choice(PARTIES),
                               rng.choice(PARTIES), rng.choice(ITEMS), rng.choice(["reported", "denied"]), when,
                               rng.choice([None, "Daily NK", "US officials"])))
        out.append((f"doc{d}", items))
    return out


def _partition(store: Any) -> tuple[set[frozenset[int]], dict[int, int | None]]:
    with store.connect() as conn:
        rows = conn.execute(event_claims.select()).all()
    groups: dict[int, set[int]] = {}
    for row in rows:
        groups.setdefault(row.event_id, set()).add(row.claim_id)
    return {frozenset(g) for g in groups.values()}, {row.claim_id: row.parent_id for row in rows}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_give_the_same_events_as_one_rebuild(any_store: Any, seed: int) -> None:
    store = any_store
    rng = random.Random(seed)
    docs = _random_claims(rng, 120)  # ~300 claims
    rng.shuffle(docs)  # articles arrive in no particular date order
    i = 0
    while i < len(docs):
        batch = docs[i:i + rng.randint(1, 12)]
        i += len(batch)
        with store.begin() as conn:
            for doc_id, items in batch:
                store_doc(conn, doc(doc_id, f"{doc_id}.example"), *items)
        AssessStage().after_batch(store, [d for d, _ in batch])
    incremental, parents = _partition(store)
    with store.begin() as conn:
        recluster(conn, None)
        rows = conn.execute(claims_table.select()).mappings().all()
    rebuilt, rebuilt_parents = _partition(store)
    assert sum(len(g) for g in incremental) == len(rows) > 250
    assert incremental == rebuilt
    assert parents == rebuilt_parents
    assert sum(1 for g in rebuilt if len(g) > 1) > 10  # the case is not trivial: many claims did merge
    refs = [ClaimRef(r["id"], r["document_id"], Claim(**{k: r[k] for k in (
        "type", "actor", "recipient", "item", "status", "evidence", "evidence_start", "evidence_end", "date",
        "source")})) for r in reversed(rows)]
    pure = {frozenset(m.claim_id for m in e.members) for e in cluster(refs)}
    assert pure == rebuilt  # and the order claims are given in does not matter


def test_one_new_article_rewrites_only_its_neighbourhood(store: Any) -> None:
    rng = random.Random(9)
    docs = _random_claims(rng, 150)
    with store.begin() as conn:
        for doc_id, items in docs:
            store_doc(conn, doc(doc_id, f"{doc_id}.example"), *items)
    AssessStage().after_batch(store, [d for d, _ in docs])
    total = len(_partition(store)[0])
    with store.begin() as conn:
        store_doc(conn, doc("late", "late.example"), claim(date="2024-03-03"), claim(date="2024-03-04"))
    stage = AssessStage()
    stage.after_batch(store, ["late"])
    result = stage.last_result
    assert 1 <= len(result.created) + len(result.updated) < total / 10
    incremental = _partition(store)
    with store.begin() as conn:
        recluster(conn, None)
    assert _partition(store) == incremental


def test_a_split_survives_later_batches(store: Any) -> None:
    with store.begin() as conn:
        a = store_doc(conn, doc("a", "reuters.com"), claim(date="2024-03-01"))
        b = store_doc(conn, doc("b", "apnews.com"), claim(date="2024-03-02"))
    AssessStage().after_batch(store, ["a", "b"])
    with store.begin() as conn:
        (event_id,) = {r.event_id for r in conn.execute(event_claims.select())}
        new = event_actions.split(conn, event_id, b[0], "another shipment", who="ana")
    with store.begin() as conn:
        c = store_doc(conn, doc("c", "nknews.org"), claim(date="2024-03-03"), claim(actor=None, date="2024-03-05"))
    AssessStage().after_batch(store, ["c"])
    with store.connect() as conn:
        where = {r.claim_id: r.event_id for r in conn.execute(event_claims.select())}
    assert where[a[0]] == event_id and where[b[0]] == new["id"]  # the analyst's split holds
    assert where[c[0]] in (event_id, new["id"]) and where[c[1]] in (event_id, new["id"])


def test_a_rejected_claim_leaves_its_event_and_its_children_move(store: Any) -> None:
    with store.begin() as conn:
        (parent,) = store_doc(conn, doc("a", "reuters.com"), claim(date="2024-03-01"))
        (child,) = store_doc(conn, doc("b", "apnews.com"), claim(actor=None, date="2024-03-10"))
        (other,) = store_doc(conn, doc("c", "nknews.org"), claim(date="2024-04-20"))
    AssessStage().after_batch(store, ["a", "b", "c"])
    assert {frozenset({parent, child}), frozenset({other})} == _partition(store)[0]
    with store.begin() as conn:
        conn.execute(claims_table.update().where(claims_table.c.id == parent).values(review="rejected"))
        recluster(conn, {parent})
    incremental = _partition(store)
    assert incremental[0] == {frozenset({child, other})}  # the vague claim now hangs on the other report
    assert incremental[1][child] == other
    with store.begin() as conn:
        recluster(conn, None)
    assert _partition(store) == incremental
    with store.begin() as conn:
        conn.execute(claims_table.update().where(claims_table.c.id == child).values(review="rejected"))
        recluster(conn, {child})
    assert _partition(store)[0] == {frozenset({other})}
