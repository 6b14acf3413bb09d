"""Read-model queries for the web UI and HTTP API: filtered, sorted, paginated lists.

Every list is one SELECT for the page (joins, never a query per row) plus one COUNT.
Filters only use indexed columns or bounded LIKE scans; sort keys come from a whitelist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from armswatch.exc import InvalidRequest
from armswatch.store.t_assess import event_claims, events
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims

MAX_LIMIT = 500


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


@dataclass
class Filters:
    """Filters shared by the claim and event lists (``None`` = no filter)."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    party: str | None = None  # actor or recipient
    status: str | None = None
    review: str | None = None
    typology: str | None = None
    min_confidence: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    q: str | None = None  # text search over evidence
    document_id: str | None = None
    event_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: Any, text: str) -> Any:
    return func.lower(column).like("%" + like_escape(text.lower()) + "%", escape="\\")


def order(query: Select, sort: str | None, allowed: dict[str, Any], default: str) -> Select:
    key = sort or default
    desc = key.startswith("-")
    column = allowed.get(key.lstrip("-"))
    if column is None:
        raise InvalidRequest(f"cannot sort by {key!r}; use one of {', '.join(sorted(allowed))} (prefix - to reverse)")
    return query.order_by(column.desc() if desc else column.asc(), *[c for c in _tiebreak(allowed)])


def _tiebreak(allowed: dict[str, Any]) -> list[Any]:
    return [allowed["id"].desc()] if "id" in allowed else []


def bounds(limit: int, offset: int) -> tuple[int, int]:
    if limit < 1 or limit > MAX_LIMIT:
        raise InvalidRequest(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise InvalidRequest("offset must be 0 or more")
    return limit, offset


# ---------------------------------------------------------------- claims

CLAIM_COLUMNS = (claims.c.id, claims.c.document_id, claims.c.type, claims.c.actor, claims.c.recipient,
                 claims.c.item, claims.c.status, claims.c.date, claims.c.date_precision, claims.c.source,
                 claims.c.evidence, claims.c.evidence_start, claims.c.evidence_end, claims.c.rule,
                 claims.c.typologies, claims.c.review)
DOC_COLUMNS = (documents.c.outlet, documents.c.published, documents.c.title, documents.c.url)
CLAIM_SORTS = {"id": claims.c.id, "date": claims.c.date, "type": claims.c.type, "actor": claims.c.actor,
               "recipient": claims.c.recipient, "status": claims.c.status, "review": claims.c.review,
               "published": documents.c.published, "outlet": documents.c.outlet}


def claim_conditions(f: Filters) -> list[Any]:
    c = claims.c
    cond: list[Any] = []
    for name in ("type", "actor", "recipient", "status", "review", "document_id"):
        value = getattr(f, name)
        if value:
            cond.append(getattr(c, name) == value)
    if f.party:
        cond.append(or_(c.actor == f.party, c.recipient == f.party))
    if f.typology:
        cond.append(contains(c.typologies, f.typology))
    if f.date_from:
        cond.append(c.date >= f.date_from)
    if f.date_to:
        cond.append(c.date <= f.date_to + "\uffff")
    if f.outlet:
        cond.append(c.document_id.in_(select(documents.c.id).where(documents.c.outlet == f.outlet)))
    if f.q:
        cond.append(contains(c.evidence, f.q))
    if f.event_id is not None:
        cond.append(c.id.in_(select(event_claims.c.claim_id).where(event_claims.c.event_id == f.event_id)))
    return cond


def list_claims(conn: Connection, f: Filters | None = None, sort: str | None = None, limit: int = 50,
                offset: int = 0) -> Page:
    f = f or Filters()
    limit, offset = bounds(limit, offset)
    joined = claims.join(documents, documents.c.id == claims.c.document_id).outerjoin(
        event_claims, event_claims.c.claim_id == claims.c.id)
    cond = claim_conditions(f)
    query = select(*CLAIM_COLUMNS, *DOC_COLUMNS, event_claims.c.event_id).select_from(joined).where(*cond)
    query = order(query, sort, CLAIM_SORTS, "-id").limit(limit).offset(offset)
    items = [dict(r) for r in conn.execute(query).mappings()]
    total = conn.execute(select(func.count()).select_from(claims).where(*cond)).scalar_one()
    return Page(items, int(total), limit, offset)


# ---------------------------------------------------------------- events

EVENT_SORTS = {"id": events.c.id, "date": events.c.date_first, "updated": events.c.updated_at,
               "type": events.c.type, "actor": events.c.actor, "recipient": events.c.recipient,
               "status": events.c.status, "confidence": events.c.confidence, "sources": events.c.sources,
               "articles": events.c.articles, "credibility": events.c.credibility}


def event_conditions(f: Filters) -> list[Any]:
    e = events.c
    cond: list[Any] = []
    for name in ("type", "actor", "recipient", "status"):
        value = getattr(f, name)
        if value:
            cond.append(getattr(e, name) == value)
    if f.party:
        cond.append(or_(e.actor == f.party, e.recipient == f.party))
    if f.typology:
        cond.append(contains(e.typologies, f.typology))
    if f.min_confidence is not None:
        cond.append(func.coalesce(e.confidence, 0) >= f.min_confidence)
    if f.date_from:
        cond.append(e.date_last >= f.date_from)
    if f.date_to:
        cond.append(e.date_first <= f.date_to + "\uffff")
    member = select(event_claims.c.claim_id).join(claims, claims.c.id == event_claims.c.claim_id).where(
        event_claims.c.event_id == e.id)
    if f.outlet:
        member = member.join(documents, documents.c.id == claims.c.document_id).where(
            documents.c.outlet == f.outlet)
    if f.q:
        member = member.where(contains(claims.c.evidence, f.q))
    if f.review:
        member = member.where(claims.c.review == f.review)
    if f.document_id:
        member = member.where(claims.c.document_id == f.document_id)
    if f.outlet or f.q or f.review or f.document_id:
        cond.append(exists(member))
    return cond


def list_events(conn: Connection, f: Filters | None = None, sort: str | None = None, limit: int = 50,
                offset: int = 0) -> Page:
    f = f or Filters()
    limit, offset = bounds(limit, offset)
    cond = event_conditions(f)
    query = order(select(events).where(*cond), sort, EVENT_SORTS, "-date").limit(limit).offset(offset)
    items = [event_row(r) for r in conn.execute(query).mappings()]
    total = conn.execute(select(func.count()).select_from(events).where(*cond)).scalar_one()
    return Page(items, int(total), limit, offset)


def event_row(row: Any) -> dict[str, Any]:
    import json

    item = dict(row)
    item["status_counts"] = json.loads(item.get("status_counts") or "{}")
    item["origins"] = json.loads(item.get("origins") or "[]")
    item["typologies"] = [t for t in (item.get("typologies") or "").split(",") if t]
    override = item.get("credibility_override")
    item["grade"] = f"{item['reliability']}{override or item['credibility']}"
    return item


def event_claim_ids(conn: Connection, event_id: int) -> list[int]:
    rows = conn.execute(select(event_claims.c.claim_id).where(event_claims.c.event_id == event_id))
    return [int(r[0]) for r in rows]


def party_condition(name: str) -> Any:
    return and_(or_(claims.c.actor == name, claims.c.recipient == name))
