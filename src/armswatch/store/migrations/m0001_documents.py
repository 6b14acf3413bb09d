"""Documents, near-duplicate bands and feed state."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from armswatch.store import t_documents as t
from armswatch.store.schema import metadata

VERSION = 1


def upgrade(conn: Connection) -> None:
    metadata.create_all(conn, tables=[t.documents, t.document_bands, t.feeds, t.feed_items])
