"""Versioned migrations.

Each ``mNNNN_name.py`` module defines ``VERSION`` and ``upgrade(conn)``.
Applied versions are recorded in ``schema_migrations``; :func:`migrate`
applies the missing ones in order, each in its own transaction.

Reserved numbers: 0001 documents (ingest), 0002 extraction, 0003 screening,
0004 assessment, 0005 review/audit (serve), 0006 exports.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Column, Integer, MetaData, String, Table, inspect, select, text
from sqlalchemy.engine import Connection, Engine

_meta = MetaData()
schema_migrations = Table(
    "schema_migrations",
    _meta,
    Column("version", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("applied_at", String(40), nullable=False),
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Connection], None]


def discover() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("m") or not info.name[1:5].isdigit():
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(module.VERSION), info.name, module.upgrade))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(versions) != len(set(versions)):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found


_PG_LOCK_KEY = 0x61726D73  # "arms": one advisory lock for all migrators of a database


def applied(engine: Engine) -> set[int]:
    """Versions already applied; empty when the bookkeeping table is missing (read-only check)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("schema_migrations"):
            return set()
        return set(conn.execute(select(schema_migrations.c.version)).scalars())


def _lock(conn: Connection) -> None:
    """Serialise migrators: two processes opening one fresh database must not both migrate it."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # takes the write lock now; DDL below is transactional
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def migrate(engine: Engine) -> list[str]:
    """Apply pending migrations; return the names applied.

    The common case (nothing pending) only reads.  Otherwise each migration runs in its own
    transaction under a database-wide lock and re-checks whether another process applied it first.
    """
    pending = [m for m in discover() if m.version not in applied(engine)]
    names = []
    for migration in pending:
        with engine.begin() as conn:
            _lock(conn)
            _meta.create_all(conn)
            if conn.execute(
                select(schema_migrations.c.version).where(schema_migrations.c.version == migration.version)
            ).first():
                continue  # a concurrent migrator got there first
            migration.upgrade(conn)
            conn.execute(
                schema_migrations.insert().values(
                    version=migration.version,
                    name=migration.name,
                    applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
        names.append(migration.name)
    return names
