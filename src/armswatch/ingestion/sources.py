"""Turn what the user names (file, folder, URL, '-') into raw articles or errors.

Nothing here touches the store: :func:`read_source` yields a
:class:`RawArticle` or an :class:`ArmswatchError` per article, so one bad
file or line never stops the batch.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from armswatch.exc import ArmswatchError, BinaryInput, EmptyInput, MalformedInput, TooLarge, UnsupportedInput
from armswatch.ingestion.feeds import entries_to_articles, looks_like_feed, parse_feed
from armswatch.ingestion.html import parse_html
from armswatch.ingestion.jsonl import parse_jsonl
from armswatch.ingestion.normalize import decode, looks_binary
from armswatch.ingestion.raw import RawArticle
from armswatch.ingestion.text import parse_text
from armswatch.settings import Settings

Item = RawArticle | ArmswatchError
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
# A folder walk skips Markdown (READMEs, notes); a .md file named explicitly is read as text.
FOLDER_SUFFIXES = KNOWN_SUFFIXES - {".md"}


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def read_source(target: str, settings: Settings) -> Iterator[Item]:
    """Yield the articles (or errors) behind one target."""
    if target == "-":
        yield from read_bytes(sys.stdin.buffer.read(settings.max_bytes + 1), "<stdin>", None, settings)
    elif is_url(target):
        yield from read_url(target, settings)
    else:
        path = Path(target)
        if path.is_dir():
            for child in _folder_files(path):
                if child.suffix.lower() in FOLDER_SUFFIXES:
                    yield from read_file(child, settings)
        elif path.is_file():
            yield from read_file(path, settings)
        else:
            yield UnsupportedInput("no such file, folder or URL", where=target)


def skipped_files(targets: Iterable[str]) -> list[str]:
    """The files a folder walk passes over (a type armswatch does not read, or Markdown), so the user hears
    of them: reading nothing from a folder of PDFs must not look like success."""
    out: list[str] = []
    for target in targets:
        path = Path(target)
        if target != "-" and not is_url(target) and path.is_dir():
            out += [str(p) for p in _folder_files(path) if p.suffix.lower() not in FOLDER_SUFFIXES]
    return out


def _folder_files(path: Path) -> list[Path]:
    """The files of a folder walk, sorted: every level, hidden files left out."""
    return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))


def skipped_note(skipped: list[str]) -> str | None:
    """One line for the user: how many files were not read, of which types, and what is read."""
    if not skipped:
        return None
    kinds: dict[str, int] = {}
    for name in skipped:
        suffix = Path(name).suffix.lower() or "(no suffix)"
        kinds[suffix] = kinds.get(suffix, 0) + 1
    listed = ", ".join(f"{k} ×{n}" for k, n in sorted(kinds.items()))
    return (f"skipped {len(skipped)} file{'s' if len(skipped) != 1 else ''} in folders ({listed}); "
            f"a folder walk reads {' '.join(sorted(FOLDER_SUFFIXES))}")


def read_sources(targets: Iterable[str], settings: Settings) -> Iterator[Item]:
    for target in targets:
        yield from read_source(target, settings)


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            yield TooLarge(f"{size} bytes exceeds the {settings.max_bytes}-byte limit", where=origin)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield UnsupportedInput(f"cannot read: {exc.strerror}", where=origin)
        return
    yield from read_bytes(data, origin, path.suffix.lower(), settings)


def read_url(url: str, settings: Settings) -> Iterator[Item]:
    from armswatch.ingestion.fetch import fetch

    try:
        fetched = fetch(url, settings)
    except ArmswatchError as exc:
        yield exc
        return
    kind = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt",
            "application/json": ".jsonl", "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl",
            }.get(fetched.content_type)
    yield from read_bytes(fetched.data, fetched.url, kind, settings, url=fetched.url, charset=fetched.charset)


def read_bytes(
    data: bytes, origin: str, suffix: str | None, settings: Settings, url: str | None = None,
    charset: str | None = None,
) -> Iterator[Item]:
    """Decode and dispatch on suffix, else on content sniffing."""
    if len(data) > settings.max_bytes:
        yield TooLarge(f"more than the {settings.max_bytes}-byte limit", where=origin)
        return
    if not data.strip():
        yield EmptyInput("empty input", where=origin)
        return
    if looks_binary(data):
        yield BinaryInput("binary data, not text", where=origin)
        return
    try:
        content = decode(data, charset)
    except UnicodeDecodeError as exc:
        yield MalformedInput(f"not valid UTF-8 text (byte {exc.start})", where=origin)
        return
    yield from dispatch(content, origin, suffix, settings, url)


def dispatch(content: str, origin: str, suffix: str | None, settings: Settings, url: str | None) -> Iterator[Item]:
    head = content.lstrip("\ufeff \t\r\n")[:500].lower()
    try:
        if suffix in JSONL_SUFFIXES or (suffix is None and head.startswith("{")):
            yield from parse_jsonl(content, origin)
        elif suffix in FEED_SUFFIXES or looks_like_feed(content):
            yield from read_feed(content, origin, settings)
        elif suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")) or "<body" in head:
            yield parse_html(content, origin, url=url)
        else:
            article = parse_text(content, origin)
            article.url = article.url or url
            yield article
    except ArmswatchError as exc:
        yield exc


def read_feed(content: str, origin: str, settings: Settings) -> Iterator[Item]:
    entries, _title = parse_feed(content, origin)
    for item in entries_to_articles(entries, origin):
        yield from expand_teaser(item, settings)


def expand_teaser(item: Item, settings: Settings) -> Iterator[Item]:
    """A feed item that is only a link becomes the page it links to; anything else passes through."""
    if isinstance(item, RawArticle) and not item.text and item.url:
        yield from fetch_teaser(item, settings)
    else:
        yield item


def fetch_teaser(item: RawArticle, settings: Settings) -> Iterator[Item]:
    """A feed item with only a link: fetch the page, keep the feed's title/date/id."""
    assert item.url is not None
    for fetched in read_url(item.url, settings):
        if isinstance(fetched, RawArticle):
            fetched.title = fetched.title or item.title
            fetched.published = fetched.published or item.published
            fetched.item_id = item.item_id
        yield fetched
