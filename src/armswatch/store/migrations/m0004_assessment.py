"""Events and their claims, outlet grades, the audit log, alert rules and the alert outbox."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from armswatch.store import t_assess as t
from armswatch.store.schema import metadata

VERSION = 4


def upgrade(conn: Connection) -> None:
    metadata.create_all(conn, tables=t.ALL)
