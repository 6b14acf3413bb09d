"""Reading events: filtered lists, one event with every claim behind it, the timeline."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from armswatch.exc import NotFound
from armswatch.store.t_assess import event_claims, events
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims


def effective_credibility(row: Any) -> int:
    return row["credibility_override"] or row["credibility"]


def event_dict(row: Any) -> dict[str, Any]:
    data = dict(row)
    data["status_counts"] = json.loads(data["status_counts"] or "{}")
    data["origins"] = json.loads(data["origins"] or "[]")
    data["typologies"] = [t for t in (data["typologies"] or "").split(",") if t]
    data["credibility_computed"] = data["credibility"]
    data["credibility"] = effective_credibility(row)
    data["admiralty"] = f"{data['reliability']}{data['credibility']}"
    return data


def list_events(
    conn: Connection, type: str | None = None, actor: str | None = None, recipient: str | None = None,
    country: str | None = None, min_confidence: int | None = None, since: str | None = None,
    until: str | None = None, typology: str | None = None, limit: int | None = 100, offset: int = 0,
    order: str = "recent",
) -> list[dict[str, Any]]:
    """Events matching every filter given; ``country`` matches actor or recipient.

    The filters mean what they mean in the web UI and API: the WHERE clause comes from
    :func:`armswatch.store.views.event_conditions` (``since``/``until`` select events whose date range
    overlaps the period; two-letter party codes are matched as upper-case ISO codes).
    """
    from armswatch.store.views import Filters, event_conditions

    filters = Filters(type=type, actor=_party(actor), recipient=_party(recipient), party=_party(country),
                      min_confidence=min_confidence, date_from=since, date_to=until, typology=typology)
    query = select(events).where(*event_conditions(filters))
    if order == "chronological":
        query = query.order_by(events.c.date_first.is_(None), events.c.date_first, events.c.id)
    else:
        query = query.order_by(events.c.date_first.is_(None), events.c.date_first.desc(), events.c.id.desc())
    if limit:
        query = query.limit(limit).offset(offset)
    return [event_dict(r) for r in conn.execute(query).mappings()]


def _party(value: str | None) -> str | None:
    """ISO codes are stored upper-case; organisation names as written."""
    if value and len(value) == 2 and value.isalpha():
        return value.upper()
    return value


def get_event(conn: Connection, event_id: int) -> dict[str, Any]:
    """One event and every claim behind it, each with outlet, date, evidence, status and why it joined."""
    row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
    if row is None:
        raise NotFound(f"no event {event_id}")
    data = event_dict(row)
    query = (
        select(claims.c.id, claims.c.document_id, claims.c.type, claims.c.actor, claims.c.recipient,
               claims.c.item, claims.c.status, claims.c.date, claims.c.source, claims.c.evidence,
               claims.c.typologies, claims.c.review, event_claims.c.pinned, event_claims.c.why,
               event_claims.c.origin, event_claims.c.origin_name, documents.c.outlet, documents.c.url,
               documents.c.title, documents.c.published, documents.c.duplicate_of)
        .join(event_claims, event_claims.c.claim_id == claims.c.id)
        .join(documents, documents.c.id == claims.c.document_id)
        .where(event_claims.c.event_id == event_id)
        .order_by(documents.c.published, claims.c.id)
    )
    data["claims"] = []
    for c in conn.execute(query).mappings():
        item = dict(c)
        item["why"] = json.loads(item["why"] or "{}")
        item["typologies"] = [t for t in (item["typologies"] or "").split(",") if t]
        item["pinned"] = bool(item["pinned"])
        data["claims"].append(item)
    return data


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(events)).scalar_one())
