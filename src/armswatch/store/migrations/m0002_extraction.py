"""Mentions and claims found by the extractor."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from armswatch.store import t_extract as t
from armswatch.store.schema import metadata

VERSION = 2


def upgrade(conn: Connection) -> None:
    metadata.create_all(conn, tables=[t.mentions, t.claims])
