"""CSV and JSON downloads of any list view: every matching row, fetched page by page."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from starlette.responses import StreamingResponse

from armswatch.store.views import MAX_LIMIT, Page

MAX_ROWS = 200_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ";".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def pages(fetch: Callable[[int, int], Page]) -> Iterator[list[dict[str, Any]]]:
    offset = 0
    while offset < MAX_ROWS:
        page = fetch(MAX_LIMIT, offset)
        if not page.items:
            return
        yield page.items
        offset += len(page.items)
        if len(page.items) < MAX_LIMIT:
            return


def download(fetch: Callable[[int, int], Page], fmt: str, name: str) -> StreamingResponse:
    if fmt == "csv":
        body, media = _csv(fetch), "text/csv; charset=utf-8"
    else:
        body, media = _json(fetch), "application/json"
    headers = {"Content-Disposition": f'attachment; filename="armswatch-{name}.{fmt}"'}
    return StreamingResponse(body, media_type=media, headers=headers)


def _csv(fetch: Callable[[int, int], Page]) -> Iterator[str]:
    columns: list[str] | None = None
    for items in pages(fetch):
        buf = io.StringIO()
        writer = csv.writer(buf)
        if columns is None:
            columns = list(items[0])
            writer.writerow(columns)
        for item in items:
            writer.writerow([cell(item.get(c)) for c in columns])
        yield buf.getvalue()


def _json(fetch: Callable[[int, int], Page]) -> Iterator[str]:
    yield "["
    first = True
    for items in pages(fetch):
        for item in items:
            yield ("" if first else ",\n") + json.dumps(item, ensure_ascii=False, default=str)
            first = False
    yield "]\n"
