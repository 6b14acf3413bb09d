"""Read-only pages: dashboard, events, event, claims, document, entity, sanctions matches, audit log."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import HTMLResponse

from armswatch.model import CLAIM_TYPES, STATUSES
from armswatch.serve.deps import Paging, conn, filters
from armswatch.serve.web.render import render
from armswatch.store import views, views_detail, views_entity, views_screen
from armswatch.store.views import Filters

router = APIRouter()
EVENT_STATUSES = (*STATUSES, "disputed")
REVIEWS = ("pending", "accepted", "rejected", "edited")


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    data = views_entity.dashboard(c)
    matches = views_screen.list_matches(c, status="open", limit=10).items
    return render(request, "dashboard.html", nav="dashboard", d=data, matches=matches, chart=month_chart(data))


def month_chart(data: dict[str, Any], width: int = 720, height: int = 160) -> dict[str, Any]:
    """Stacked bars per month as plain numbers for an inline SVG (attributes only, no styles)."""
    months = sorted(data["by_month"])[-36:]
    if not months:
        return {"bars": [], "width": width, "height": height, "labels": []}
    peak = max(sum(data["by_month"][m].values()) for m in months) or 1
    step = width / len(months)
    bars, labels = [], []
    for i, month in enumerate(months):
        y = height
        for kind in CLAIM_TYPES:
            n = data["by_month"][month].get(kind, 0)
            if not n:
                continue
            h = n / peak * (height - 10)
            y -= h
            bars.append({"x": round(i * step + 1, 1), "y": round(y, 1), "w": round(max(step - 2, 1), 1),
                         "h": round(h, 1), "type": kind, "n": n, "month": month})
        if len(months) <= 12 or i % max(1, len(months) // 8) == 0:
            labels.append({"x": round(i * step + 1, 1), "text": month})
    return {"bars": bars, "width": width, "height": height, "labels": labels}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, f: Filters = Depends(filters), paging: Paging = Depends(),
                c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    page = views.list_events(c, f, paging.sort, paging.limit, paging.offset)
    return render(request, "events.html", nav="events", page=page, types=CLAIM_TYPES, statuses=EVENT_STATUSES,
                  sort=paging.sort or "-date")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: int, c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    from armswatch.store.audit import entries

    event = views_detail.get_event(c, event_id)
    history = entries(c, f"event:{event_id}", 20)
    return render(request, "event.html", nav="events", ev=event, history=history, grade_text=_grade_text(event),
                  types=CLAIM_TYPES, statuses=STATUSES)


def _grade_text(event: dict[str, Any]) -> dict[str, str]:
    try:
        from armswatch.assessment.grading import CREDIBILITY, RELIABILITY
    except ImportError:
        return {}
    cred = event.get("credibility_override") or event["credibility"]
    return {"reliability": RELIABILITY.get(event["reliability"], ""), "credibility": CREDIBILITY.get(cred, "")}


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, f: Filters = Depends(filters), paging: Paging = Depends(),
                c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    page = views.list_claims(c, f, paging.sort, paging.limit, paging.offset)
    return render(request, "claims.html", nav="claims", page=page, types=CLAIM_TYPES, statuses=STATUSES,
                  reviews=REVIEWS, sort=paging.sort or "-id", review_mode=False)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, f: Filters = Depends(filters), paging: Paging = Depends(),
                c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    if "review" not in request.query_params:
        f.review = "pending"
    page = views.list_claims(c, f, paging.sort, paging.limit, paging.offset)
    return render(request, "claims.html", nav="review", page=page, types=CLAIM_TYPES, statuses=STATUSES,
                  reviews=REVIEWS, sort=paging.sort or "-id", review_mode=True)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    doc = views_detail.get_document(c, doc_id)
    matches = views_screen.list_matches(c, raised_only=False, limit=100, document_id=doc["id"]).items
    return render(request, "document.html", nav="", doc=doc, matches=matches)


@router.get("/entity/{kind}/{name:path}", response_class=HTMLResponse)
def entity_page(request: Request, kind: str, name: str, c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    data = views_entity.entity(c, kind, name)
    data["matches"] = views_screen.entity_matches(c, name)
    return render(request, "entity.html", nav="", e=data)


@router.get("/matches", response_class=HTMLResponse)
def matches_page(request: Request, status: str | None = Query(None, pattern="^(open|confirmed|dismissed)?$"),
                 name: str | None = None, paging: Paging = Depends(), c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    page = views_screen.list_matches(c, status or None, name or None, True, paging.limit, paging.offset)
    return render(request, "matches.html", nav="matches", page=page)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, subject: str | None = Query(None, max_length=100),
               c=Depends(conn)) -> HTMLResponse:  # noqa: ANN001
    from armswatch.store.audit import entries

    return render(request, "audit.html", nav="audit", items=entries(c, subject or None, 200))
