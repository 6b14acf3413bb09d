"""Read-model queries over sanctions matches (empty when screening is not part of this build)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from armswatch.store.t_documents import documents
from armswatch.store.views import Page, bounds

MATCH_STATUSES = ("open", "confirmed", "dismissed")


def _table() -> Any:
    try:
        from armswatch.store.t_screen import screen_matches
    except ImportError:
        return None
    return screen_matches


def _row(r: Any) -> dict[str, Any]:
    item = dict(r)
    try:
        item["explanations"] = json.loads(item.get("explanations") or "{}")
    except ValueError:
        item["explanations"] = {}
    item["programs"] = [p for p in (item.get("programs") or "").replace(",", ";").split(";") if p]
    return item


def list_matches(conn: Connection, status: str | None = None, name: str | None = None, raised_only: bool = True,
                 limit: int = 50, offset: int = 0, document_id: str | None = None) -> Page:
    """Matches, newest first; ``raised_only`` keeps those over the match threshold."""
    t = _table()
    limit, offset = bounds(limit, offset)
    if t is None:
        return Page([], 0, limit, offset)
    cond = []
    if status:
        cond.append(t.c.status == status)
    if name:
        cond.append(func.lower(t.c.name) == name.lower())
    if raised_only:
        cond.append(t.c.match.is_(True))
    if document_id:
        cond.append(t.c.document_id == document_id)
    query = (select(t, documents.c.title, documents.c.outlet, documents.c.published)
             .join(documents, documents.c.id == t.c.document_id).where(*cond)
             .order_by(t.c.id.desc()).limit(limit).offset(offset))
    items = [_row(r) for r in conn.execute(query).mappings()]
    total = conn.execute(select(func.count()).select_from(t).where(*cond)).scalar_one()
    return Page(items, int(total), limit, offset)


def entity_matches(conn: Connection, name: str) -> list[dict[str, Any]]:
    """One row per listed party this name was screened against (best score, article count)."""
    t = _table()
    if t is None:
        return []
    rows = conn.execute(select(t).where(func.lower(t.c.name) == name.lower())
                        .order_by(t.c.score.desc(), t.c.id.desc()).limit(500)).mappings()
    best: dict[str, dict[str, Any]] = {}
    for r in rows:
        item = best.get(r["entity_id"])
        if item is None:
            item = best[r["entity_id"]] = _row(r) | {"documents": set()}
        item["documents"].add(r["document_id"])
    out = []
    for item in best.values():
        item["documents"] = len(item["documents"])
        out.append(item)
    return out


def get_match(conn: Connection, match_id: int) -> dict[str, Any] | None:
    t = _table()
    if t is None:
        return None
    row = conn.execute(select(t).where(t.c.id == match_id)).mappings().first()
    return _row(row) if row else None
