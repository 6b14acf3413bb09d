"""Publication dates: parse to ISO 8601 with a precision."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse_published(value: object) -> tuple[str | None, str]:
    """Return ``(iso, precision)`` for a date given in any usual form.

    Day precision values are timezone-aware datetimes (UTC assumed when the
    source gives no zone); month and year precision stay ``YYYY-MM``/``YYYY``.
    Unparseable values give ``(None, "none")``.
    """
    if value is None:
        return None, "none"
    if isinstance(value, datetime):
        return _aware(value).isoformat(timespec="seconds"), "day"
    if isinstance(value, date):
        return _aware(datetime(value.year, value.month, value.day)).isoformat(timespec="seconds"), "day"
    if isinstance(value, tuple) and len(value) >= 6:  # feedparser's struct_time
        return _aware(datetime(*value[:6])).isoformat(timespec="seconds"), "day"
    text = str(value).strip()
    if not text:
        return None, "none"
    if m := _MONTH.match(text):
        return f"{m.group(1)}-{m.group(2)}", "month"
    if m := _YEAR.match(text):
        return m.group(1), "year"
    try:
        return _aware(datetime.fromisoformat(text.replace("Z", "+00:00"))).isoformat(timespec="seconds"), "day"
    except ValueError:
        pass
    try:
        return _aware(parsedate_to_datetime(text)).isoformat(timespec="seconds"), "day"
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y"):
        try:
            return _aware(datetime.strptime(text, fmt)).isoformat(timespec="seconds"), "day"
        except ValueError:
            continue
    return None, "none"


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
