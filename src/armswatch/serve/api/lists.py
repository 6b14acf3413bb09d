"""List and detail endpoints: documents, claims, events (filters, sorting, pagination, downloads)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import func, select

from armswatch.serve.deps import Paging, conn, filters
from armswatch.serve.download import download
from armswatch.store import views, views_detail
from armswatch.store.t_documents import documents
from armswatch.store.views import Filters, Page

router = APIRouter(tags=["data"])
Format = Literal["json", "csv", "json-download"]


def _respond(request: Request, fetch: Any, paging: Paging, fmt: str, name: str) -> Any:
    if fmt == "json":
        return fetch(paging.limit, paging.offset).to_dict()
    store = request.app.state.store

    def fetch_all(limit: int, offset: int) -> Page:
        with store.connect() as c:
            return fetch(limit, offset, c)

    return download(fetch_all, "csv" if fmt == "csv" else "json", name)


@router.get("/documents", summary="Documents, newest first")
def list_documents(request: Request, outlet: str | None = None, paging: Paging = Depends(),
                   format: Format = "json", c=Depends(conn)) -> Any:  # noqa: ANN001
    from armswatch.store import documents as doc_store

    def fetch(limit: int, offset: int, cx: Any = None) -> Page:
        cx = cx or c
        views.bounds(limit, offset)
        items = doc_store.list_documents(cx, limit=limit, offset=offset, outlet=outlet)
        query = select(func.count()).select_from(documents)
        if outlet:
            query = query.where(documents.c.outlet == outlet)
        return Page(items, int(cx.execute(query).scalar_one()), limit, offset)

    return _respond(request, fetch, paging, format, "documents")


@router.get("/documents/{doc_id}", summary="One document with its text, mentions, claims")
def get_document(doc_id: str, c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    doc = views_detail.get_document(c, doc_id)
    doc.pop("segments", None)
    return doc


@router.get("/claims", summary="Claims, filtered and sorted")
def list_claims(request: Request, f: Filters = Depends(filters), paging: Paging = Depends(),
                format: Format = "json", c=Depends(conn)) -> Any:  # noqa: ANN001
    def fetch(limit: int, offset: int, cx: Any = None) -> Page:
        return views.list_claims(cx or c, f, paging.sort, limit, offset)

    return _respond(request, fetch, paging, format, "claims")


@router.get("/claims/{claim_id}", summary="One claim with its article and event")
def get_claim(claim_id: int, c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    return views_detail.get_claim(c, claim_id)


@router.get("/events", summary="Events, filtered and sorted")
def list_events(request: Request, f: Filters = Depends(filters), paging: Paging = Depends(),
                format: Format = "json", c=Depends(conn)) -> Any:  # noqa: ANN001
    def fetch(limit: int, offset: int, cx: Any = None) -> Page:
        return views.list_events(cx or c, f, paging.sort, limit, offset)

    return _respond(request, fetch, paging, format, "events")


@router.get("/events/{event_id}", summary="One event, its grade, every claim behind it with the articles")
def get_event(event_id: int, c=Depends(conn)) -> dict[str, Any]:  # noqa: ANN001
    return views_detail.get_event(c, event_id)


@router.get("/matches", summary="Sanctions matches, newest first")
def list_matches(request: Request, status: str | None = Query(None, pattern="^(open|confirmed|dismissed)$"),
                 name: str | None = None, all: bool = Query(False, description="include candidates below threshold"),
                 paging: Paging = Depends(), format: Format = "json", c=Depends(conn)) -> Any:  # noqa: ANN001
    from armswatch.store.views_screen import list_matches as query

    def fetch(limit: int, offset: int, cx: Any = None) -> Page:
        return query(cx or c, status, name, not all, limit, offset)

    return _respond(request, fetch, paging, format, "matches")
