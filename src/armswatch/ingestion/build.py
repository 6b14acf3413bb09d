"""RawArticle → Document: cleaning, identity, outlet, dates, language (pure)."""

from __future__ import annotations

from urllib.parse import urlsplit

from armswatch.exc import EmptyInput
from armswatch.ingestion.dates import now_iso, parse_published
from armswatch.ingestion.language import guess_language
from armswatch.ingestion.normalize import clean_text, content_id
from armswatch.ingestion.raw import RawArticle
from armswatch.model import Document


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's domain: ``https://www.reuters.com/x`` → ``reuters.com``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def build_document(raw: RawArticle, fetched_at: str | None = None) -> Document:
    text = clean_text(raw.text)
    if not text:
        raise EmptyInput("no article text after cleaning", where=raw.origin)
    published, precision = parse_published(raw.published)
    return Document(
        id=content_id(text),
        text=text,
        title=clean_text(raw.title) if raw.title else None,
        url=raw.url,
        outlet=raw.outlet or outlet_from_url(raw.url),
        author=raw.author,
        published=published,
        date_precision=precision,  # type: ignore[arg-type]
        fetched_at=fetched_at or now_iso(),
        language=guess_language(text),
        content_type=raw.content_type,
        origin=raw.origin,
        raw=raw.raw,
    )
