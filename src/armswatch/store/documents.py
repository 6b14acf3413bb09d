"""Reading and writing documents (all functions take an open connection)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from armswatch.exc import NotFound
from armswatch.ingestion import dedup
from armswatch.model import Document
from armswatch.store.t_documents import document_bands, documents

LIST_COLUMNS = (documents.c.id, documents.c.outlet, documents.c.published, documents.c.title,
                documents.c.status, documents.c.url, documents.c.duplicate_of, documents.c.language)


def exists(conn: Connection, doc_id: str) -> bool:
    return conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first() is not None


def find_near_duplicate(conn: Connection, signature: Any, threshold: float) -> tuple[str, float] | None:
    """The earliest stored document whose estimated Jaccard similarity is ≥ threshold."""
    keys = dedup.bands(signature)
    clauses = [(document_bands.c.band == band) & (document_bands.c.hash == digest) for band, digest in keys]
    candidates = select(document_bands.c.document_id).where(or_(*clauses)).distinct()
    rows = conn.execute(
        select(documents.c.id, documents.c.signature, documents.c.duplicate_of, documents.c.published,
               documents.c.fetched_at)
        .where(documents.c.id.in_(candidates))
    ).all()
    best: tuple[str, float, str] | None = None
    for row in rows:
        if row.signature is None:
            continue
        score = dedup.similarity(signature, dedup.from_bytes(row.signature))
        if score < threshold:
            continue
        root = row.duplicate_of or row.id  # link to the earliest copy of the cluster
        order = (row.published or "") + (row.fetched_at or "")
        if best is None or order < best[2]:
            best = (root, score, order)
    return (best[0], best[1]) if best else None


def insert(conn: Connection, doc: Document, signature: Any) -> None:
    conn.execute(documents.insert().values(
        id=doc.id, url=doc.url, outlet=doc.outlet, title=doc.title, author=doc.author,
        published=doc.published, date_precision=doc.date_precision, fetched_at=doc.fetched_at,
        language=doc.language, content_type=doc.content_type, origin=doc.origin, text=doc.text,
        raw=doc.raw, duplicate_of=doc.duplicate_of, status="ingested",
        signature=dedup.to_bytes(signature),
    ))
    conn.execute(document_bands.insert(), [
        {"document_id": doc.id, "band": band, "hash": digest} for band, digest in dedup.bands(signature)
    ])


def set_status(conn: Connection, doc_id: str, status: str) -> None:
    conn.execute(documents.update().where(documents.c.id == doc_id).values(status=status))


def get(conn: Connection, doc_id: str) -> Document:
    """A document by id or unique id prefix."""
    query = select(documents).where(documents.c.id == doc_id)
    row = conn.execute(query).mappings().first()
    if row is None and len(doc_id) >= 4:
        rows = conn.execute(select(documents).where(documents.c.id.like(doc_id + "%")).limit(2)).mappings().all()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFound(f"no document {doc_id!r}")
    return row_to_document(row)


def row_to_document(row: Any) -> Document:
    fields = {k: row[k] for k in Document.__dataclass_fields__ if k in row}
    return Document(**fields)


def list_documents(conn: Connection, limit: int = 100, offset: int = 0, outlet: str | None = None) -> list[dict]:
    query = select(*LIST_COLUMNS).order_by(documents.c.published.desc(), documents.c.id)
    if outlet:
        query = query.where(documents.c.outlet == outlet)
    return [dict(r) for r in conn.execute(query.limit(limit).offset(offset)).mappings()]


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())
