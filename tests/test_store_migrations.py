"""Migrations on real databases: concurrent first opens, idempotent re-opens."""

from __future__ import annotations

import multiprocessing

from sqlalchemy import select

from armswatch.store.db import open_store
from armswatch.store.migrations import discover, schema_migrations


def _open_after(barrier: object, url: str, queue: object) -> None:
    try:
        barrier.wait()  # type: ignore[attr-defined]
        store = open_store(url)
        store.close()
        queue.put("ok")  # type: ignore[attr-defined]
    except Exception as exc:  # reported to the parent, which fails the test
        queue.put(f"{type(exc).__name__}: {exc}")  # type: ignore[attr-defined]


def test_processes_opening_a_fresh_database_together_migrate_it_once(fresh_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_open_after, args=(barrier, fresh_url, queue)) for _ in range(4)]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    assert results == ["ok"] * 4, results
    store = open_store(fresh_url)
    with store.connect() as conn:
        versions = list(conn.execute(select(schema_migrations.c.version)).scalars())
    store.close()
    assert sorted(versions) == [m.version for m in discover()]  # each applied exactly once


def test_reopening_a_migrated_database_applies_nothing(fresh_url: str) -> None:
    from armswatch.store.migrations import migrate

    store = open_store(fresh_url)
    assert migrate(store.engine) == []
    store.close()
