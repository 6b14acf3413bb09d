"""Opening a store: engine, SQLite pragmas, migrations."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from armswatch.exc import StoreError
from armswatch.settings import Settings, normalise_db_url

WAL_ATTEMPTS = 60  # about 18 s of waiting in all


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    _wal(cursor)  # one writer, many readers
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _wal(cursor: Any) -> None:
    """Put the file in WAL mode (a setting the file keeps). Switching a fresh file needs an exclusive lock that
    SQLite does not wait for, so processes opening a new database together retry here instead of failing with
    'database is locked'."""
    for attempt in range(WAL_ATTEMPTS):
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(min(0.5, 0.01 * (attempt + 1)))


@dataclass
class Store:
    """A migrated database.  Use :meth:`begin` for one atomic unit of work."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    url = normalise_db_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_store(target: Settings | str | None = None) -> Store:
    """Open (and migrate) the store named by settings or a URL/path."""
    from armswatch.store.migrations import migrate

    if target is None:
        target = Settings.from_env()
    url = target.db_url if isinstance(target, Settings) else normalise_db_url(target)
    try:
        engine = make_engine(url)
        migrate(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open store {engine_label(url)}: {exc.__class__.__name__}: {exc}") from exc
    return Store(engine=engine, url=url)


def engine_label(url: str) -> str:
    """The URL with any password hidden, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url
