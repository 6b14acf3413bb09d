"""Tables for ingested articles and their near-duplicate signatures."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, String, Table, Text

from armswatch.store.schema import metadata

documents = Table(
    "documents",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("url", Text),
    Column("outlet", String(255), index=True),
    Column("title", Text),
    Column("author", Text),
    Column("published", String(40), index=True),
    Column("date_precision", String(8), nullable=False, default="none"),
    Column("fetched_at", String(40), nullable=False),
    Column("language", String(8)),
    Column("content_type", String(64), nullable=False),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("raw", Text),
    Column("duplicate_of", String(16), ForeignKey("documents.id"), index=True),
    Column("status", String(16), nullable=False, default="ingested"),
    Column("signature", LargeBinary),
)

# MinHash LSH bands: one row per (document, band); candidates share a row.
document_bands = Table(
    "document_bands",
    metadata,
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("band", Integer, nullable=False),
    Column("hash", String(16), nullable=False),
    Index("ix_document_bands_lookup", "band", "hash"),
)

# Feed state for `watch`: conditional-GET validators and seen item ids.
feeds = Table(
    "feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", String(40)),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("feed_url", Text, ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True),
    Column("item_id", Text, primary_key=True),
    Column("document_id", String(16)),
    Column("seen_at", String(40), nullable=False),
)
