"""Tables for assessment: events and their claims, outlet grades, the audit log, alert rules and outbox."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from armswatch.store.schema import metadata

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False),  # clustering key it was formed under (informative)
    Column("type", String(16), nullable=False, index=True),
    Column("actor", Text, index=True),
    Column("recipient", Text, index=True),
    Column("item", Text),
    Column("date_first", String(10), index=True),
    Column("date_last", String(10)),
    Column("status", String(16), nullable=False),  # headline: confirmed … denied, or disputed
    Column("status_counts", Text, nullable=False, default="{}"),  # JSON {"reported": 3, "denied": 1}
    Column("sources", Integer, nullable=False, default=0),  # independent sources
    Column("origins", Text, nullable=False, default="[]"),  # JSON list of source names
    Column("articles", Integer, nullable=False, default=0),
    Column("reliability", String(1), nullable=False, default="F"),
    Column("credibility", Integer, nullable=False, default=6),  # computed
    Column("credibility_override", Integer),  # analyst's grade, wins over the computed one
    Column("confidence", Integer),  # STIX 2.1 0–100; NULL when credibility is 6
    Column("typologies", Text, nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False, index=True),
)

event_claims = Table(
    "event_claims",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("pinned", Boolean, nullable=False, default=False),  # set by an analyst's merge/split/grade
    Column("why", Text, nullable=False, default="{}"),  # JSON: which keys matched
    Column("origin", Text, nullable=False, default=""),  # independent-source key
    Column("origin_name", Text, nullable=False, default=""),
    # the more specific claim it joined through (NULL: linked as a peer); lets a batch update events locally
    Column("parent_id", Integer, index=True),
)

outlet_grades = Table(
    "outlet_grades",
    metadata,
    Column("origin", Text, primary_key=True),  # independent-source key (see assess.independence)
    Column("name", Text, nullable=False),
    Column("grade", String(1), nullable=False),  # Admiralty A–F
    Column("why", Text, nullable=False, default=""),
    Column("graded_by", Text, nullable=False),
    Column("graded_at", String(40), nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False, index=True),
    Column("who", Text, nullable=False),
    Column("action", String(40), nullable=False),  # events.merge, events.split, events.grade, sources.grade…
    Column("subject", Text, nullable=False),  # "event:12", "outlet:reuters", "claim:7"
    Column("why", Text, nullable=False, default=""),
    Column("before", Text),  # JSON
    Column("after", Text),  # JSON
    Index("ix_audit_log_subject", "subject"),
)

alert_rules = Table(
    "alert_rules",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # event | screening | designation
    Column("filters", Text, nullable=False, default="{}"),  # JSON
    Column("destinations", Text, nullable=False, default="[]"),  # JSON [{"webhook": url} | {"email": addr}]
    Column("enabled", Boolean, nullable=False, default=True),
    Column("created_at", String(40), nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule_id", Integer, ForeignKey("alert_rules.id", ondelete="CASCADE"), nullable=False),
    Column("subject", Text, nullable=False),  # "event:12", "match:40", "designation:…"
    Column("destination", Text, nullable=False),  # "webhook:https://…" | "email:a@b"
    Column("payload", Text, nullable=False),  # JSON
    Column("status", String(16), nullable=False, default="pending", index=True),  # pending|sent|failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", String(40), nullable=False),
    Column("last_error", Text),
    Column("created_at", String(40), nullable=False),
    Column("sent_at", String(40)),
    UniqueConstraint("rule_id", "subject", "destination"),
)

ALL = [events, event_claims, outlet_grades, audit_log, alert_rules, alerts]
