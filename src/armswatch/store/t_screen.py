"""Tables for sanctions screening: list snapshots, their entries, matches and analyst decisions."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from armswatch.store.schema import metadata

list_snapshots = Table(
    "list_snapshots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(40), nullable=False, index=True),  # un | ofac-sdn | opensanctions | uk | ca …
    Column("publisher", Text, nullable=False),
    Column("format", String(40), nullable=False),
    Column("origin", Text, nullable=False),
    Column("list_date", String(10)),
    Column("sha256", String(64), nullable=False),
    Column("entries", Integer, nullable=False),
    Column("loaded_at", String(40), nullable=False),
    Column("active", Boolean, nullable=False, default=False, index=True),
)

list_entries = Table(
    "list_entries",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("list_snapshots.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String(120), primary_key=True),
    Column("schema", String(20), nullable=False),
    Column("caption", Text, nullable=False),
    Column("data", Text, nullable=False),  # ListEntry as JSON
)

screen_matches = Table(
    "screen_matches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),  # the name as extracted
    Column("name_key", Text, nullable=False),  # normalised name, the key of decisions
    Column("schema", String(20), nullable=False),
    Column("entity_id", String(120), nullable=False, index=True),
    Column("caption", Text, nullable=False),
    Column("list", String(40), nullable=False),
    Column("reference", Text),
    Column("programs", Text, nullable=False, default=""),
    Column("score", Float, nullable=False),
    Column("match", Boolean, nullable=False),
    Column("explanations", Text, nullable=False),  # JSON {feature: {score, detail}}
    Column("status", String(16), nullable=False, default="open"),  # open | confirmed | dismissed
    Column("created_at", String(40), nullable=False),
    Index("ix_screen_matches_pair", "name_key", "entity_id"),
)

screen_decisions = Table(
    "screen_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name_key", Text, nullable=False),
    Column("entity_id", String(120), nullable=False),
    Column("decision", String(16), nullable=False),  # confirmed | dismissed
    Column("decided_by", Text, nullable=False),
    Column("decided_at", String(40), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    UniqueConstraint("name_key", "entity_id"),
)
