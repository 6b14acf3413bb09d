"""Read-model indexes for the web UI's entity pages and timelines.

* mentions (label, canonical, document_id, text): covers the entity page's
  document count, document list and alias list without touching the table;
* events (actor, date_first) and (recipient, date_first): a party's events in
  date order without sorting the whole match set.
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlalchemy.engine import Connection

from armswatch.store.t_assess import events
from armswatch.store.t_extract import mentions

VERSION = 5

INDEXES = (
    Index("ix_mentions_entity_cover", mentions.c.label, mentions.c.canonical, mentions.c.document_id,
          mentions.c.text),
    Index("ix_events_actor_date", events.c.actor, events.c.date_first),
    Index("ix_events_recipient_date", events.c.recipient, events.c.date_first),
)


def upgrade(conn: Connection) -> None:
    for index in INDEXES:
        index.create(conn, checkfirst=True)
