"""Plain text articles, with an optional ``URL:``/``DATE:``/``TITLE:`` header block."""

from __future__ import annotations

import re

from armswatch.exc import EmptyInput
from armswatch.ingestion.raw import RawArticle

_HEADER = re.compile(r"^(URL|DATE|TITLE|OUTLET|AUTHOR|PUBLISHED):[ \t]*(.*)$", re.IGNORECASE)
_FIELDS = {"url": "url", "date": "published", "published": "published", "title": "title",
           "outlet": "outlet", "author": "author"}


def parse_text(content: str, origin: str) -> RawArticle:
    """Split a header block (only when every leading line is a header) from the body."""
    lines = content.lstrip("\ufeff").split("\n")
    meta: dict[str, str] = {}
    body_start = 0
    for index, line in enumerate(lines):
        stripped = line.rstrip("\r")
        if not stripped.strip():
            body_start = index + 1 if meta else 0
            break
        match = _HEADER.match(stripped)
        if not match:
            meta = {}
            body_start = 0
            break
        meta[_FIELDS[match.group(1).lower()]] = match.group(2).strip()
    else:
        body_start = len(lines) if meta else 0
    body = "\n".join(lines[body_start:]).strip()
    if not body:
        raise EmptyInput("no article text", where=origin)
    return RawArticle(
        text=body,
        origin=origin,
        content_type="text/plain",
        title=meta.get("title") or None,
        url=meta.get("url") or None,
        outlet=meta.get("outlet") or None,
        author=meta.get("author") or None,
        published=meta.get("published") or None,
        raw=content,
    )
