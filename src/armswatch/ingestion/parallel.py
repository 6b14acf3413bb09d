"""Parallel ingest: stage computation in a process pool, writes in the main process.

Each worker builds the default stages once (so spaCy and the screening index
load once per process) and runs :func:`compute_stages` on the documents it is
given. The main process keeps at most ``2 × workers`` documents in flight,
writes each one in its own transaction in input order, and never holds the
write lock while a model runs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from armswatch.exc import ArmswatchError
from armswatch.ingestion.pipeline import Outcome, compute_stages, is_stored, prepare, write_document
from armswatch.ingestion.raw import RawArticle
from armswatch.ingestion.stages import Stage, default_stages
from armswatch.model import Document
from armswatch.settings import Settings
from armswatch.store.db import Store

_worker_stages: list[Stage] = []


def _init_worker(settings: Settings) -> None:
    _worker_stages[:] = default_stages(settings)


def _compute(doc: Document) -> dict[str, Any] | ArmswatchError:
    return compute_stages(doc, _worker_stages)


def ingest_parallel(
    items: Iterable[RawArticle | ArmswatchError], store: Store, settings: Settings, stages: list[Stage],
    workers: int,
) -> Iterator[Outcome]:
    """Yield one outcome per item, in input order."""
    window: deque[tuple[Document, str | None, Future[Any] | None, Outcome | None]] = deque()
    queued: set[str] = set()  # ids in flight: a second copy in the same batch is a duplicate
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for item in items:
            window.append(_submit(item, store, pool, queued))
            while len(window) > 2 * workers:
                yield _finish(window.popleft(), store, stages)
        while window:
            yield _finish(window.popleft(), store, stages)


def _submit(item: RawArticle | ArmswatchError, store: Store, pool: ProcessPoolExecutor,
            queued: set[str]) -> tuple[Any, Any, Any, Outcome | None]:
    doc = prepare(item)
    if isinstance(doc, Outcome):
        return None, None, None, doc
    item_id = getattr(item, "item_id", None)
    if doc.id in queued or is_stored(doc, store):
        return None, None, None, Outcome(doc.origin or doc.id, "duplicate", doc.id, title=doc.title,
                                         item_id=item_id)
    queued.add(doc.id)
    return doc, item_id, pool.submit(_compute, doc), None


def _finish(entry: tuple[Any, Any, Any, Outcome | None], store: Store, stages: list[Stage]) -> Outcome:
    doc, item_id, future, outcome = entry
    if outcome is not None:
        return outcome
    return write_document(doc, store, stages, future.result(), item_id)
