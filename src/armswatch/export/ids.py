"""Deterministic identifiers and timestamps shared by the exporters.

STIX ids are ``<type>--uuid5(NAMESPACE, stable key)``: the same article, party, claim or event
gets the same id on every export, so a TIP updates objects instead of duplicating them.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

# uuid5(NAMESPACE_URL, "https://armswatch.invalid/stix") fixed once; never change it.
NAMESPACE = uuid.UUID("ede12cf2-8a81-59e1-97a3-efa7965836b1")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?"
                   r"(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def stix_id(kind: str, *parts: object) -> str:
    key = "|".join("" if p is None else str(p) for p in parts)
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}|{key}')}"


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 date or timestamp (year or month precision allowed) as an aware UTC datetime."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day, hh, mm, ss, tz = m.groups()
    try:
        dt = datetime(int(year), int(month or 1), int(day or 1), int(hh or 0), int(mm or 0), int(ss or 0))
        if tz and tz != "Z":
            dt = datetime.fromisoformat(f"{dt.isoformat()}{tz[:3]}:{tz[-2:]}")
            return dt.astimezone(UTC)
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC)


def stix_time(value: str | datetime | None, default: datetime | None = None) -> str | None:
    """STIX timestamp ``YYYY-MM-DDTHH:MM:SS.sssZ``."""
    dt = value if isinstance(value, datetime) else parse_time(value)
    if dt is None:
        dt = default
    if dt is None:
        return None
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def country_name(code: str) -> str:
    from followthemoney.types import registry

    return registry.country.caption(code.lower()) or code
