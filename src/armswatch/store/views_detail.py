"""Read-model detail queries: one event with its claims and articles, one claim, one document."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.exc import NotFound
from armswatch.store.t_assess import event_claims, events
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims, mentions
from armswatch.store.views import CLAIM_COLUMNS, DOC_COLUMNS, event_row

CONTEXT_CHARS = 4000  # article text shown around evidence on an event page


def get_event(conn: Connection, event_id: int) -> dict[str, Any]:
    row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
    if row is None:
        raise NotFound(f"no event {event_id}")
    event = event_row(row)
    query = (select(*CLAIM_COLUMNS, *DOC_COLUMNS, documents.c.duplicate_of, event_claims.c.why,
                    event_claims.c.origin, event_claims.c.origin_name, event_claims.c.pinned)
             .select_from(event_claims.join(claims, claims.c.id == event_claims.c.claim_id)
                          .join(documents, documents.c.id == claims.c.document_id))
             .where(event_claims.c.event_id == event_id).order_by(documents.c.published, claims.c.id))
    items = []
    for r in conn.execute(query).mappings():
        item = dict(r)
        item["why"] = json.loads(item["why"] or "{}")
        items.append(item)
    event["claims"] = items
    event["articles_list"] = articles_with_highlights(conn, items)
    return event


def articles_with_highlights(conn: Connection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each article behind the claims once, its text cut into plain and highlighted segments."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for item in items:
        spans.setdefault(item["document_id"], []).append(
            (item["evidence_start"], item["evidence_end"], item["id"]))
    if not spans:
        return []
    rows = conn.execute(select(documents.c.id, documents.c.text, documents.c.title, documents.c.outlet,
                               documents.c.url, documents.c.published)
                        .where(documents.c.id.in_(list(spans)))).mappings()
    out = []
    for row in rows:
        doc = dict(row)
        doc["segments"] = segments(doc.pop("text") or "", spans[row["id"]])
        out.append(doc)
    out.sort(key=lambda d: (d["published"] or "", d["id"]))
    return out


def segments(text: str, spans: list[tuple[int, int, int]], context: int = CONTEXT_CHARS) -> list[dict[str, Any]]:
    """Cut ``text`` into ``{"text", "claim", "claims"}`` pieces; ``claim`` is set on evidence spans.

    Overlapping spans are merged (``claims`` lists every claim id in the piece, ``claim`` the first);
    text far from any span is elided with "…".
    """
    size = len(text)
    clean = sorted((max(0, s), min(size, e), cid) for s, e, cid in spans if 0 <= s < e)
    merged: list[tuple[int, int, list[int]]] = []
    for start, end, cid in clean:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] + [cid])
        else:
            merged.append((start, end, [cid]))
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, ids in merged:
        plain = text[pos:start]
        if len(plain) > 2 * context:
            head = plain[:context] if pos else ""
            plain = (head + " … " if head else "… ") + plain[-context:]
        if plain:
            out.append({"text": plain, "claim": None, "claims": []})
        out.append({"text": text[start:end], "claim": ids[0], "claims": ids})
        pos = end
    tail = text[pos:]
    if len(tail) > context:
        tail = tail[:context] + " …"
    if tail:
        out.append({"text": tail, "claim": None, "claims": []})
    return out


def get_claim(conn: Connection, claim_id: int) -> dict[str, Any]:
    query = (select(*CLAIM_COLUMNS, *DOC_COLUMNS, event_claims.c.event_id)
             .select_from(claims.join(documents, documents.c.id == claims.c.document_id)
                          .outerjoin(event_claims, event_claims.c.claim_id == claims.c.id))
             .where(claims.c.id == claim_id))
    row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    return dict(row)


def get_document(conn: Connection, doc_id: str) -> dict[str, Any]:
    from armswatch.store import documents as doc_store

    doc = doc_store.get(conn, doc_id).to_dict()
    rows = conn.execute(select(*CLAIM_COLUMNS).where(claims.c.document_id == doc["id"]).order_by(
        claims.c.evidence_start)).mappings()
    doc["claims"] = [dict(r) for r in rows]
    doc["mentions"] = [dict(r) for r in conn.execute(
        select(mentions.c.label, mentions.c.canonical, mentions.c.text, mentions.c.start, mentions.c.end)
        .where(mentions.c.document_id == doc["id"]).order_by(mentions.c.start)).mappings()]
    doc["segments"] = segments(doc["text"], [(c["evidence_start"], c["evidence_end"], c["id"])
                                             for c in doc["claims"]], context=10**9)
    return doc
