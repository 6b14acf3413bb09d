"""JSON Lines: one article per line with ``url``, ``title``, ``published``, ``text``."""

from __future__ import annotations

import json
from collections.abc import Iterator

from armswatch.exc import ArmswatchError, EmptyInput, MalformedInput
from armswatch.ingestion.raw import RawArticle


def parse_jsonl(content: str, origin: str) -> Iterator[RawArticle | ArmswatchError]:
    """Yield an article or an error for every non-blank line; one bad line stops nothing."""
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInput(f"invalid JSON: {exc.msg}", where=origin, line=number)
            continue
        if not isinstance(record, dict):
            yield MalformedInput("a line must be a JSON object", where=origin, line=number)
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield EmptyInput("no 'text' field", where=origin, line=number)
            continue
        yield RawArticle(
            text=text,
            origin=f"{origin}:{number}",
            content_type="text/plain",
            title=_str(record.get("title")),
            url=_str(record.get("url")),
            outlet=_str(record.get("outlet")),
            author=_str(record.get("author")),
            published=record.get("published") or record.get("date"),
            raw=line,
        )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
