"""Re-clustering stored claims into stored events, incrementally by block (the I/O edge of assess)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.engine import Connection

from armswatch.assess.core import assess
from armswatch.assess.grading import stix_confidence
from armswatch.assess.types import ClaimRef, Event
from armswatch.model import Claim, Document
from armswatch.store.audit import now
from armswatch.store.t_assess import event_claims, events, outlet_grades
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims

CHUNK = 500
_CLAIM_FIELDS = ("type", "actor", "recipient", "item", "status", "evidence", "evidence_start", "evidence_end",
                 "date", "date_precision", "source", "rule")


@dataclass
class Result:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)


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
        for row in conn.execute(query).mappings():
            claim = Claim(**{k: row[k] for k in _CLAIM_FIELDS})
            claim.typologies = [t for t in (row["typologies"] or "").split(",") if t]
            refs.append(ClaimRef(row["id"], row["document_id"], claim))
    return refs


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
    """Claims whose events new claims from these documents could change: same type and a shared party."""
    parties: dict[str, set[str]] = defaultdict(set)
    whole_type: set[str] = set()
    for batch in _chunks(doc_ids):
        rows = conn.execute(select(claims.c.type, claims.c.actor, claims.c.recipient)
                            .where(claims.c.document_id.in_(batch))).all()
        for kind, actor, recipient in rows:
            values = {v for v in (actor, recipient) if v}
            parties[kind] |= values
            if not values:
                whole_type.add(kind)
    ids: set[int] = set()
    for kind, values in parties.items():
        cond = claims.c.type == kind
        if kind not in whole_type:
            cond = and_(cond, or_(claims.c.actor.in_(values), claims.c.recipient.in_(values),
                                  and_(claims.c.actor.is_(None), claims.c.recipient.is_(None))))
        ids |= set(conn.execute(select(claims.c.id).where(cond)).scalars())
    return ids | claims_of_events(conn, events_of_claims(conn, ids))


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
    """Re-cluster these claims (all when None) and rewrite their events, keeping ids where claims stay."""
    refs = load_refs(conn, claim_ids)
    if claim_ids is None:
        old_ids = set(conn.execute(select(events.c.id)).scalars())
        ids = {r.id for r in refs} | claims_of_events(conn, old_ids)
    else:
        ids = set(claim_ids)
        old_ids = events_of_claims(conn, ids)
    pinned, old_members = {}, defaultdict(set)
    for batch in _chunks(old_ids):
        for row in conn.execute(select(event_claims).where(event_claims.c.event_id.in_(batch))):
            old_members[row.event_id].add(row.claim_id)
            if row.pinned:
                pinned[row.claim_id] = row.event_id
    docs = load_documents(conn, {r.document_id for r in refs})
    result = assess(refs, docs, grades=grades(conn), pinned=pinned)
    return write(conn, result, old_members, ids)


def write(conn: Connection, result: list[Event], old_members: dict[int, set[int]], scope: set[int]) -> Result:
    out, used = Result(), set()
    old_of = {claim_id: eid for eid, members in old_members.items() for claim_id in members}
    for ev in sorted(result, key=lambda e: (-len(e.members), e.key)):
        if ev.pinned_id is not None and ev.pinned_id in old_members:
            ev.id = ev.pinned_id
        else:  # keep the id of the old event that shares most claims with this one
            votes = Counter(old_of[m.claim_id] for m in ev.members if m.claim_id in old_of)
            ranked = [(n, -eid) for eid, n in votes.items() if eid not in used]
            ev.id = -max(ranked)[1] if ranked else None
        if ev.id is not None:
            used.add(ev.id)
    overrides = {}
    for batch in _chunks(used):
        overrides.update(conn.execute(select(events.c.id, events.c.credibility_override).where(
            events.c.id.in_(batch), events.c.credibility_override.is_not(None))).all())
    for batch in _chunks(scope):
        conn.execute(delete(event_claims).where(event_claims.c.claim_id.in_(batch)))
    stamp = now()
    links = []
    for ev in result:
        values = _row(ev, stamp)
        if ev.id is None:
            ev.id = int(conn.execute(events.insert().values(created_at=stamp, **values)).inserted_primary_key[0])
            out.created.append(ev.id)
        else:
            if overrides.get(ev.id):
                values["confidence"] = stix_confidence(overrides[ev.id])
            conn.execute(events.update().where(events.c.id == ev.id).values(**values))
            out.updated.append(ev.id)
        links += [{"claim_id": m.claim_id, "event_id": ev.id, "pinned": m.pinned, "why": json.dumps(m.why),
                   "origin": m.origin, "origin_name": m.origin_name} for m in ev.members]
    for batch in _chunks(links, 5000):
        conn.execute(event_claims.insert(), batch)
    out.deleted = sorted(set(old_members) - used)
    for batch in _chunks(out.deleted):
        conn.execute(delete(events).where(events.c.id.in_(batch)))
    return out


def _row(ev: Event, stamp: str) -> dict:
    return {
        "key": ev.key, "type": ev.type, "actor": ev.actor, "recipient": ev.recipient, "item": ev.item,
        "date_first": ev.date_first, "date_last": ev.date_last, "status": ev.status,
        "status_counts": json.dumps(ev.status_counts), "sources": ev.sources,
        "origins": json.dumps(ev.origins, ensure_ascii=False), "articles": ev.articles,
        "reliability": ev.reliability, "credibility": ev.credibility, "confidence": ev.confidence,
        "typologies": ",".join(ev.typologies), "updated_at": stamp,
    }
