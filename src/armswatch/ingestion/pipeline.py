"""The ingest pipeline: sources → documents → stages → store, one article per transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from armswatch.exc import ArmswatchError
from armswatch.ingestion import dedup
from armswatch.ingestion.build import build_document
from armswatch.ingestion.raw import RawArticle
from armswatch.ingestion.sources import read_sources, skipped_files
from armswatch.ingestion.stages import Stage, default_stages
from armswatch.model import Document
from armswatch.settings import Settings
from armswatch.store import documents as doc_store
from armswatch.store.db import Store

NEAR_DUP_THRESHOLD = 0.5  # estimated Jaccard of 3-word shingles


@dataclass
class Outcome:
    origin: str
    status: str  # stored | duplicate | failed
    doc_id: str | None = None
    duplicate_of: str | None = None
    title: str | None = None
    error: ArmswatchError | None = None
    item_id: str | None = None


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files a folder walk did not read (unsupported type)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def stored(self) -> int:
        return self.count("stored")

    @property
    def duplicate(self) -> int:
        return self.count("duplicate")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def near_duplicates(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "stored" and o.duplicate_of)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": self.stored, "duplicate": self.duplicate, "failed": self.failed,
            "near_duplicates": self.near_duplicates, "skipped": self.skipped,
            "documents": [
                {"origin": o.origin, "status": o.status, "id": o.doc_id, "duplicate_of": o.duplicate_of,
                 "title": o.title, "error": o.error.to_dict() if o.error else None}
                for o in self.outcomes
            ],
        }


def ingest(
    targets: Iterable[str], store: Store, settings: Settings | None = None,
    on_outcome: Callable[[Outcome], None] | None = None, stages: list[Stage] | None = None,
    workers: int = 1,
) -> Summary:
    """Ingest files, folders, URLs or '-' into the store; never stops on a bad item.

    With ``workers`` > 1 the stages' pure ``compute`` runs in a process pool
    (the default stages only); writes stay in this process, in input order.
    """
    settings = settings or Settings.from_env()
    targets = list(targets)
    summary = Summary(skipped=skipped_files(targets))
    if workers > 1 and stages is None:
        from armswatch.ingestion.parallel import ingest_parallel

        stages = default_stages(settings)
        outcomes = ingest_parallel(read_sources(targets, settings), store, settings, stages, workers)
    else:
        stages = default_stages(settings) if stages is None else stages
        outcomes = (ingest_item(item, store, stages) for item in read_sources(targets, settings))
    for outcome in outcomes:
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    stored_ids = [o.doc_id for o in summary.outcomes if o.status == "stored" and o.doc_id]
    for stage in stages:
        after = getattr(stage, "after_batch", None)
        if after and stored_ids:
            after(store, stored_ids)
    return summary


def prepare(item: RawArticle | ArmswatchError) -> Document | Outcome:
    """The item's document, or the failed outcome if it is an error or cannot become a document."""
    if isinstance(item, ArmswatchError):
        return Outcome(origin=item.where or "?", status="failed", error=item)
    try:
        return build_document(item)
    except ArmswatchError as exc:
        return Outcome(origin=item.origin, status="failed", error=exc, item_id=item.item_id)


def ingest_item(item: RawArticle | ArmswatchError, store: Store, stages: list[Stage]) -> Outcome:
    doc = prepare(item)
    if isinstance(doc, Outcome):
        return doc
    return store_document(doc, store, stages, getattr(item, "item_id", None))


def store_document(doc: Document, store: Store, stages: list[Stage], item_id: str | None = None) -> Outcome:
    """Compute every stage, then write the document and all payloads in one transaction."""
    if is_stored(doc, store):
        return Outcome(doc.origin or doc.id, "duplicate", doc.id, title=doc.title, item_id=item_id)
    return write_document(doc, store, stages, compute_stages(doc, stages), item_id)


def is_stored(doc: Document, store: Store) -> bool:
    with store.connect() as conn:
        return doc_store.exists(conn, doc.id)


def compute_stages(doc: Document, stages: list[Stage]) -> dict[str, Any] | ArmswatchError:
    """The pure part: every stage's payload (or the error that stopped it). Safe in a worker process."""
    context: dict[str, Any] = {"_signature": dedup.signature(doc.text)}
    try:
        for stage in stages:
            context[stage.name] = stage.compute(doc, context)
    except ArmswatchError as exc:
        return exc
    return context


def write_document(doc: Document, store: Store, stages: list[Stage], context: dict[str, Any] | ArmswatchError,
                   item_id: str | None = None) -> Outcome:
    """Write the document, its near-duplicate link and every stage's payload in one transaction."""
    origin = doc.origin or doc.id
    if isinstance(context, ArmswatchError):
        return Outcome(origin, "failed", doc.id, error=context, item_id=item_id)
    signature = context["_signature"]
    with store.begin() as conn:
        if doc_store.exists(conn, doc.id):  # stored meanwhile by another writer
            return Outcome(origin, "duplicate", doc.id, title=doc.title, item_id=item_id)
        near = doc_store.find_near_duplicate(conn, signature, NEAR_DUP_THRESHOLD)
        doc.duplicate_of = near[0] if near else None
        doc_store.insert(conn, doc, signature)
        for stage in stages:
            stage.write(conn, doc, context[stage.name])
        doc_store.set_status(conn, doc.id, "processed" if stages else "ingested")
    return Outcome(origin, "stored", doc.id, doc.duplicate_of, doc.title, item_id=item_id)
