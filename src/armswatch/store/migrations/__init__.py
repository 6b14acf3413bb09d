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

from sqlalchemy import Column, Integer, MetaData, String, Table, select
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


def applied(engine: Engine) -> set[int]:
    with engine.begin() as conn:
        _meta.create_all(conn)
        return set(conn.execute(select(schema_migrations.c.version)).scalars())


def migrate(engine: Engine) -> list[str]:
    """Apply pending migrations; return the names applied."""
    done = applied(engine)
    names = []
    for migration in discover():
        if migration.version in done:
            continue
        with engine.begin() as conn:
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
