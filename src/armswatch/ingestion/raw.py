"""The record every reader produces before it becomes a Document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawArticle:
    """An article as read from its source, before cleaning and identity."""

    text: str
    origin: str  # file path (with line for JSON Lines), URL or feed URL
    content_type: str = "text/plain"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: object = None  # anything dates.parse_published understands
    raw: str | None = None
    item_id: str | None = None  # feed entry id, for `watch`
