"""The export FILTERS: the same as ``armswatch events list``, delegated to ``store.events.list_events``."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class ExportFilters:
    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None  # actor or recipient (any party name works: the store compares names)
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, on the event's first date
    until: str | None = None
    min_confidence: int | None = None  # STIX 0–100; ungraded events count as 0
    typology: str | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for :func:`armswatch.store.events.list_events`."""
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}

    def describe(self, exclude: tuple[str, ...] = ()) -> str:
        parts = [f"{k.replace('_', ' ')} {v}" for k, v in self.kwargs().items() if k not in exclude]
        return ", ".join(parts) or "all events"


def list_page(conn: Any, filters: ExportFilters, limit: int, offset: int) -> list[dict[str, Any]]:
    """One page of stored events matching the filters, oldest first (stable order for paging)."""
    from armswatch.store.events import list_events

    return list_events(conn, **filters.kwargs(), limit=limit, offset=offset, order="chronological")
