"""Sanctions list snapshots, their entries, screening matches and analyst decisions."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from armswatch.store import t_screen as t
from armswatch.store.schema import metadata

VERSION = 3


def upgrade(conn: Connection) -> None:
    metadata.create_all(conn, tables=[t.list_snapshots, t.list_entries, t.screen_matches, t.screen_decisions])
