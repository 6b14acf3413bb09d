"""Request dependencies: the store, settings, list filters and pagination, write authorisation."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Query, Request
from sqlalchemy.engine import Connection

from armswatch.exc import InvalidRequest
from armswatch.settings import Settings
from armswatch.store.db import Store
from armswatch.store.views import MAX_LIMIT, Filters


def store(request: Request) -> Store:
    return request.app.state.store


def settings(request: Request) -> Settings:
    return request.app.state.settings


def conn(request: Request) -> Iterator[Connection]:
    with request.app.state.store.connect() as connection:
        yield connection


def _date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    value = value.strip()
    if len(value) not in (4, 7, 10) or not value[:4].isdigit():
        raise InvalidRequest(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _confidence(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    if not value.strip().isdigit() or not 0 <= int(value) <= 100:
        raise InvalidRequest("min_confidence must be a whole number from 0 to 100")
    return int(value)


def filters(
    type: str | None = Query(None, description="claim/event type"),
    actor: str | None = Query(None), recipient: str | None = Query(None),
    party: str | None = Query(None, description="actor or recipient"),
    status: str | None = Query(None), review: str | None = Query(None, description="pending|accepted|rejected|edited"),
    typology: str | None = Query(None),
    min_confidence: str | None = Query(None, description="0-100 (STIX confidence)"),
    date_from: str | None = Query(None, description="YYYY[-MM[-DD]]"),
    date_to: str | None = Query(None, description="YYYY[-MM[-DD]]"),
    outlet: str | None = Query(None), q: str | None = Query(None, max_length=200, description="text in the evidence"),
    document_id: str | None = Query(None, max_length=16), event_id: int | None = Query(None),
) -> Filters:
    def clean(v: str | None) -> str | None:
        return v.strip() or None if isinstance(v, str) else v

    return Filters(type=clean(type), actor=clean(actor), recipient=clean(recipient), party=clean(party),
                   status=clean(status), review=clean(review), typology=clean(typology),
                   min_confidence=_confidence(min_confidence), date_from=_date(date_from, "date_from"),
                   date_to=_date(date_to, "date_to"), outlet=clean(outlet), q=clean(q),
                   document_id=clean(document_id), event_id=event_id)


class Paging:
    def __init__(self, limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
                 sort: str | None = Query(None, description="column, '-' prefix for descending")) -> None:
        self.limit, self.offset, self.sort = limit, offset, sort


def who(request: Request, default: str) -> str:
    name = (request.headers.get("x-analyst") or "").strip()[:80]
    return name or default
