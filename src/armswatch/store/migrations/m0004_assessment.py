"""Events and their claims, outlet grades, the audit log, alert rules and the alert outbox."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from armswatch.store import t_assess as t
from armswatch.store.schema import metadata

VERSION = 4


def upgrade(conn: Connection) -> None:
    metadata.create_all(conn, tables=t.ALL)
    # events are updated per batch by reading claims of one type near a date (store/event_update.py)
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_claims_type_date ON claims (type, date)"))
