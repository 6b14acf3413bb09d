"""`watch`: poll feeds, ingest each new item once.

Conditional GET (ETag / Last-Modified) avoids re-downloading unchanged
feeds; seen item ids are kept per feed so an item is ingested once even when
the feed is re-served in full.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.exc import ArmswatchError, InvalidRequest
from armswatch.ingestion.dates import now_iso
from armswatch.ingestion.feeds import entries_to_articles, parse_feed
from armswatch.ingestion.pipeline import Outcome, ingest_item
from armswatch.ingestion.sources import expand_teaser, is_url
from armswatch.ingestion.stages import default_stages
from armswatch.settings import Settings
from armswatch.store.db import Store
from armswatch.store.t_documents import feed_items, feeds

_INTERVAL = re.compile(r"^(\d+)\s*([smhd]?)$")


def parse_interval(text: str) -> float:
    """``30s``, ``15m``, ``1h``, ``1d`` or plain seconds."""
    match = _INTERVAL.match(text.strip().lower())
    if not match or int(match.group(1)) == 0:
        raise InvalidRequest(f"bad interval {text!r}; use e.g. 30s, 15m, 1h")
    return int(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


def watch(
    feed_urls: list[str], store: Store, settings: Settings, interval: float = 900, once: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None, sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Poll until interrupted (or once); return the number of failed items in the last round."""
    while True:
        failed = sum(poll_feed(url, store, settings, on_outcome) for url in feed_urls)
        if once:
            return failed
        sleep(interval)


def poll_feed(
    feed_url: str, store: Store, settings: Settings, on_outcome: Callable[[Outcome], None] | None = None
) -> int:
    """Fetch one feed and ingest its unseen items; return how many failed."""
    from armswatch.ingestion.fetch import fetch

    stages = default_stages(settings)
    with store.begin() as conn:
        state = _state(conn, feed_url)
    try:
        if is_url(feed_url):
            fetched = fetch(feed_url, settings, etag=state.get("etag"), last_modified=state.get("last_modified"))
            if fetched.not_modified:
                _save_state(store, feed_url, state.get("etag"), state.get("last_modified"))
                return 0
            content, etag, modified = fetched.data.decode(fetched.charset or "utf-8", "replace"), \
                fetched.etag, fetched.last_modified
        else:
            content, etag, modified = Path(feed_url).read_text(encoding="utf-8"), None, None
        entries, _title = parse_feed(content, feed_url)
    except (ArmswatchError, OSError) as exc:
        error = exc if isinstance(exc, ArmswatchError) else InvalidRequest(str(exc), where=feed_url)
        if on_outcome:
            on_outcome(Outcome(feed_url, "failed", error=error))
        return 1
    failed = 0
    with store.connect() as conn:
        seen = set(conn.execute(select(feed_items.c.item_id).where(feed_items.c.feed_url == feed_url)).scalars())
    for item in entries_to_articles(entries, feed_url):
        item_id = getattr(item, "item_id", None)
        if item_id and item_id in seen:
            continue
        for one in expand_teaser(item, settings):
            outcome = ingest_item(one, store, stages)
            outcome.item_id = outcome.item_id or item_id
            failed += outcome.status == "failed"
            if on_outcome:
                on_outcome(outcome)
            if outcome.status != "failed" and item_id:
                _mark_seen(store, feed_url, item_id, outcome.doc_id)
                seen.add(item_id)
    _save_state(store, feed_url, etag, modified)
    return failed


def _state(conn: Connection, feed_url: str) -> dict[str, str | None]:
    row = conn.execute(select(feeds).where(feeds.c.url == feed_url)).mappings().first()
    if row is None:
        conn.execute(feeds.insert().values(url=feed_url, checked_at=now_iso()))
        return {}
    return {"etag": row["etag"], "last_modified": row["last_modified"]}


def _save_state(store: Store, feed_url: str, etag: str | None, modified: str | None) -> None:
    with store.begin() as conn:
        conn.execute(feeds.update().where(feeds.c.url == feed_url)
                     .values(etag=etag, last_modified=modified, checked_at=now_iso()))


def _mark_seen(store: Store, feed_url: str, item_id: str, doc_id: str | None) -> None:
    with store.begin() as conn:
        conn.execute(feed_items.insert().values(feed_url=feed_url, item_id=item_id, document_id=doc_id,
                                                seen_at=now_iso()))
