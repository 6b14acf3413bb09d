"""Reading and writing extraction results (all functions take an open connection)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from armswatch.model import Claim, Extraction, Mention
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims, mentions


def save_extraction(conn: Connection, doc_id: str, extraction: Extraction) -> None:
    """Replace the document's mentions and claims with these (inside the caller's transaction)."""
    conn.execute(delete(mentions).where(mentions.c.document_id == doc_id))
    conn.execute(delete(claims).where(claims.c.document_id == doc_id))
    if extraction.mentions:
        conn.execute(insert(mentions), [
            {"document_id": doc_id, "label": m.label, "text": m.text, "canonical": m.canonical,
             "start": m.start, "end": m.end} for m in extraction.mentions])
    if extraction.claims:
        conn.execute(insert(claims), [_claim_row(doc_id, c) for c in extraction.claims])


def _claim_row(doc_id: str, c: Claim) -> dict[str, Any]:
    return {"document_id": doc_id, "type": c.type, "actor": c.actor, "recipient": c.recipient, "item": c.item,
            "status": c.status, "date": c.date, "date_precision": c.date_precision, "source": c.source,
            "evidence": c.evidence, "evidence_start": c.evidence_start, "evidence_end": c.evidence_end,
            "rule": c.rule, "typologies": ",".join(c.typologies)}


def _row_to_dict(row: Any) -> dict[str, Any]:
    data = dict(row._mapping)
    data["typologies"] = [t for t in (data.get("typologies") or "").split(",") if t]
    return data


def list_claims(
    conn: Connection, type: str | None = None, country: str | None = None, status: str | None = None,
    since: str | None = None, actor: str | None = None, review: str | None = None, limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Claims, newest event date first; ``country`` matches actor or recipient, ``since`` the event date
    (or, when the claim has none, the article's publication date)."""
    query = select(claims, documents.c.published, documents.c.url, documents.c.title).join(
        documents, documents.c.id == claims.c.document_id)
    if type:
        query = query.where(claims.c.type == type)
    if status:
        query = query.where(claims.c.status == status)
    if review:
        query = query.where(claims.c.review == review)
    if actor:
        query = query.where(claims.c.actor == actor)
    if country:
        code = country.upper()
        query = query.where((claims.c.actor == code) | (claims.c.recipient == code))
    if since:
        query = query.where(
            (claims.c.date >= since) | (claims.c.date.is_(None) & (documents.c.published >= since)))
    query = query.order_by(claims.c.date.desc().nulls_last(), claims.c.id).limit(limit).offset(offset)
    return [_row_to_dict(r) for r in conn.execute(query)]


def claims_for_document(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(claims).where(claims.c.document_id == doc_id).order_by(claims.c.evidence_start,
                                                                                        claims.c.id))
    return [_row_to_dict(r) for r in rows]


def mentions_for_document(conn: Connection, doc_id: str) -> list[Mention]:
    rows = conn.execute(select(mentions).where(mentions.c.document_id == doc_id).order_by(mentions.c.start))
    return [Mention(r.text, r.label, r.start, r.end, r.canonical) for r in rows]


def claim_by_id(conn: Connection, claim_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(claims).where(claims.c.id == claim_id)).first()
    return _row_to_dict(row) if row else None
