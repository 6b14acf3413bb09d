"""Re-clustering stored claims into stored events (the I/O edge of assess).

``recluster(conn, None)`` rebuilds every event; ``recluster(conn, ids)`` updates events locally for
claims that are new or changed (``event_update``); ``regroup(conn, ids)`` re-assembles and re-grades the
events of these claims from their stored links (after a pin or an outlet grade changed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.assessment.core import assess
from armswatch.assessment.types import ClaimRef
from armswatch.model import Claim, Document
from armswatch.store.event_write import Result, write
from armswatch.store.t_assess import event_claims, events, outlet_grades
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims

CHUNK = 500
_CLAIM_FIELDS = ("type", "actor", "recipient", "item", "status", "evidence", "evidence_start", "evidence_end",
                 "date", "date_precision", "source", "rule")


def _chunks(values: Iterable, size: int = CHUNK) -> Iterable[list]:
    items = list(values)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def load_refs(conn: Connection, claim_ids: Iterable[int] | None = None) -> list[ClaimRef]:
    """Stored claims (not rejected by review) as ClaimRefs; all of them when ``claim_ids`` is None."""
    base = select(claims).where(claims.c.review != "rejected")
    batches = [None] if claim_ids is None else list(_chunks(sorted(set(claim_ids))))
    refs = []
    for batch in batches:
        query = base if batch is None else base.where(claims.c.id.in_(batch))
        refs += [ref_of(row) for row in conn.execute(query).mappings()]
    return refs


def ref_of(row: Any) -> ClaimRef:
    claim = Claim(**{k: row[k] for k in _CLAIM_FIELDS})
    claim.typologies = [t for t in (row["typologies"] or "").split(",") if t]
    return ClaimRef(row["id"], row["document_id"], claim)


def load_documents(conn: Connection, doc_ids: Iterable[str]) -> dict[str, Document]:
    """The documents (without text) and the earliest copies they are near-duplicates of."""
    cols = (documents.c.id, documents.c.outlet, documents.c.url, documents.c.published, documents.c.duplicate_of,
            documents.c.title)
    found: dict[str, Document] = {}
    wanted = set(doc_ids)
    while wanted:
        for batch in _chunks(wanted):
            for row in conn.execute(select(*cols).where(documents.c.id.in_(batch))).mappings():
                found[row["id"]] = Document(text="", **dict(row))
        wanted = {d.duplicate_of for d in found.values() if d.duplicate_of and d.duplicate_of not in found}
    return found


def grades(conn: Connection) -> dict[str, str]:
    return {r.origin: r.grade for r in conn.execute(select(outlet_grades.c.origin, outlet_grades.c.grade))}


def scope_for_documents(conn: Connection, doc_ids: Iterable[str]) -> set[int]:
    """The claims of these documents: what ``recluster`` must link into events after they were stored."""
    ids: set[int] = set()
    for batch in _chunks(doc_ids):
        ids |= set(conn.execute(select(claims.c.id).where(claims.c.document_id.in_(batch))).scalars())
    return ids


def events_of_claims(conn: Connection, claim_ids: Iterable[int]) -> set[int]:
    out: set[int] = set()
    for batch in _chunks(claim_ids):
        out |= set(conn.execute(select(event_claims.c.event_id).where(event_claims.c.claim_id.in_(batch))).scalars())
    return out


def claims_of_events(conn: Connection, event_ids: Iterable[int]) -> set[int]:
    out: set[int] = set()
    for batch in _chunks(event_ids):
        out |= set(conn.execute(select(event_claims.c.claim_id).where(event_claims.c.event_id.in_(batch))).scalars())
    return out


def recluster(conn: Connection, claim_ids: Iterable[int] | None = None) -> Result:
    """Rebuild every event (None), or update the events that these new or changed claims touch."""
    if claim_ids is not None:
        from armswatch.store.event_update import update

        return update(conn, set(claim_ids))
    refs = load_refs(conn)
    old_ids = set(conn.execute(select(events.c.id)).scalars())
    return rebuild(conn, refs, old_ids, {r.id for r in refs} | claims_of_events(conn, old_ids))


def regroup(conn: Connection, claim_ids: Iterable[int]) -> Result:
    """Re-assemble and re-grade the events of these claims from their stored links and pins."""
    ids = claims_of_events(conn, events_of_claims(conn, claim_ids)) | set(claim_ids)
    refs = load_refs(conn, ids)
    return rebuild(conn, refs, events_of_claims(conn, ids), ids, stored_parents(conn, ids))


def stored_parents(conn: Connection, claim_ids: Iterable[int]) -> dict[int, int | None]:
    out: dict[int, int | None] = {}
    for batch in _chunks(claim_ids):
        out.update(conn.execute(select(event_claims.c.claim_id, event_claims.c.parent_id)
                                .where(event_claims.c.claim_id.in_(batch))).all())
    return out


def rebuild(conn: Connection, refs: list[ClaimRef], old_ids: set[int], scope: set[int],
            parents: dict[int, int | None] | None = None) -> Result:
    """Cluster ``refs`` (with ``parents`` when known) and rewrite the events ``old_ids`` of ``scope``."""
    pinned, old_members = {}, defaultdict(set)
    for batch in _chunks(old_ids):
        for row in conn.execute(select(event_claims).where(event_claims.c.event_id.in_(batch))):
            old_members[row.event_id].add(row.claim_id)
            if row.pinned:
                pinned[row.claim_id] = row.event_id
    docs = load_documents(conn, {r.document_id for r in refs})
    result = assess(refs, docs, grades=grades(conn), pinned=pinned, parents=parents)
    return write(conn, result, old_members, scope)
