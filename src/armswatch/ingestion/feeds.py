"""RSS and Atom feeds (feedparser)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from armswatch.exc import ArmswatchError, EmptyInput, MalformedInput
from armswatch.ingestion.html import html_to_text
from armswatch.ingestion.raw import RawArticle

MIN_ITEM_CHARS = 200  # an entry shorter than this is a teaser; its link is fetched when allowed


def looks_like_feed(content: str) -> bool:
    head = content.lstrip("\ufeff \t\r\n")[:2000].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf:rdf" in head) or (
        head.startswith("<rss") or head.startswith("<feed")
    )


def _benign() -> tuple[type, ...]:
    import feedparser

    return (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def parse_feed(content: str, origin: str) -> tuple[list[dict[str, Any]], str | None]:
    """Parse a feed into entry dicts; raise MalformedInput for a broken (e.g. truncated) feed.

    feedparser recovers what it can from broken XML; a partly read feed is
    refused whole, so a truncated last item is never stored as an article.

    Returns the entries and the feed's title (used as outlet).
    """
    import feedparser

    parsed = feedparser.parse(content)
    problem = parsed.get("bozo_exception")
    if parsed.bozo and not isinstance(problem, _benign()):
        line = getattr(problem, "getLineNumber", lambda: None)()
        message = getattr(problem, "getMessage", lambda: None)() or str(problem or "unreadable feed")
        raise MalformedInput(f"broken feed: {message}", where=origin, line=line)
    if not parsed.entries and not parsed.feed:
        raise MalformedInput("not an RSS or Atom feed", where=origin)
    return list(parsed.entries), parsed.feed.get("title")


def entry_id(entry: dict[str, Any]) -> str:
    return str(entry.get("id") or entry.get("link") or entry.get("title") or "")


def entry_text(entry: dict[str, Any]) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    return html_to_text(html or "")


def entries_to_articles(
    entries: list[dict[str, Any]], origin: str, outlet: str | None = None
) -> Iterator[RawArticle | ArmswatchError]:
    """Turn feed entries carrying their text into articles; teaser-only entries yield their link.

    An entry whose text is shorter than ``MIN_ITEM_CHARS`` is returned as an
    EmptyInput error carrying the link in ``where`` so the caller can fetch it.
    """
    for index, entry in enumerate(entries, start=1):
        text = entry_text(entry)
        link = entry.get("link")
        where = f"{origin}#item{index}"
        if len(text) < MIN_ITEM_CHARS:
            if link:
                yield RawArticle(text="", origin=where, url=link, item_id=entry_id(entry),
                                 title=entry.get("title"), published=_published(entry))
            else:
                yield EmptyInput("feed item has no text and no link", where=where)
            continue
        yield RawArticle(
            text=text,
            origin=where,
            content_type="application/rss+xml",
            title=entry.get("title"),
            url=link,
            outlet=outlet,
            author=entry.get("author"),
            published=_published(entry),
            raw=str(entry.get("content") or entry.get("summary") or ""),
            item_id=entry_id(entry),
        )


def _published(entry: dict[str, Any]) -> object:
    return entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")
