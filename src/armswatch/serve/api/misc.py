"""Dashboard, entity, timeline, network and audit-log endpoints."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from armswatch.serve.deps import conn, filters
from armswatch.store import views, views_entity
from armswatch.store.views import Filters

router = APIRouter(tags=["overview"])
GRAPH_LIMIT = 2000


@router.get("/health", summary="Liveness and store dialect")
def health(c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    return {"ok": True, "dialect": c.dialect.name}


@router.get("/dashboard", summary="Counts, new events, new sanctions hits, alerts, counts over time")
def dashboard(c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    from armswatch.store.views_screen import list_matches

    data = views_entity.dashboard(c)
    data["new_matches"] = list_matches(c, status="open", limit=10).items
    return data


@router.get("/entities/{kind}/{name:path}", summary="An entity: its events, co-occurring parties, sanctions matches")
def entity(kind: str, name: str, c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    from armswatch.store.views_screen import entity_matches

    data = views_entity.entity(c, kind, name)
    data["matches"] = entity_matches(c, name)
    return data


@router.get("/timeline", summary="Dated events as timeline items (same filters as /api/events)")
def timeline(f: Filters = Depends(filters), limit: int = Query(1000, ge=1, le=GRAPH_LIMIT),
             c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    rows = views.list_events(c, f, "-date", min(limit, views.MAX_LIMIT)).items if limit <= views.MAX_LIMIT \
        else _all_events(c, f, limit)
    return {"items": views_entity.timeline(rows)}


@router.get("/network", summary="Parties as nodes, events as edges (same filters as /api/events)")
def network(f: Filters = Depends(filters), limit: int = Query(1000, ge=1, le=GRAPH_LIMIT),
            c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    return views_entity.graph(c, _all_events(c, f, limit))


def _all_events(c: Any, f: Filters, limit: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    while len(rows) < limit:
        page = views.list_events(c, f, "-date", min(views.MAX_LIMIT, limit - len(rows)), len(rows))
        rows.extend(page.items)
        if len(page.items) < page.limit:
            break
    return rows


@router.get("/audit", summary="The audit log, newest first")
def audit_log(subject: str | None = Query(None, max_length=100), limit: int = Query(100, ge=1, le=500),
              c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    from armswatch.store.audit import entries

    return {"items": entries(c, subject, limit)}
