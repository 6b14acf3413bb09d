"""Tables for what the extractor finds: mentions and claims."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text

from armswatch.store.schema import metadata

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("label", String(16), nullable=False),  # COUNTRY | ORG | PERSON | WEAPON
    Column("text", Text, nullable=False),
    Column("canonical", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_mentions_canonical", "label", "canonical"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(16), nullable=False, index=True),
    Column("actor", Text, index=True),
    Column("recipient", Text, index=True),
    Column("item", Text),
    Column("status", String(16), nullable=False),
    Column("date", String(10), index=True),
    Column("date_precision", String(8), nullable=False, default="none"),
    Column("source", Text),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("rule", Text, nullable=False, default=""),
    Column("typologies", Text, nullable=False, default=""),  # comma-separated tags
    # review: pending | accepted | rejected | edited (set by analysts)
    Column("review", String(16), nullable=False, default="pending", index=True),
)
