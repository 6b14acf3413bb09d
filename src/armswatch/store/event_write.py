"""Writing re-clustered events: keep an event's id where most of its claims stay, keep analysts' grades."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from armswatch.assessment.grading import stix_confidence
from armswatch.assessment.types import Event
from armswatch.store.audit import now
from armswatch.store.t_assess import event_claims, events

CHUNK = 500


@dataclass
class Result:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)


def _chunks(values, size: int = CHUNK):  # noqa: ANN001, ANN202
    items = list(values)
    for i in range(0, len(items), size):
        yield items[i:i + size]


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
                   "origin": m.origin, "origin_name": m.origin_name, "parent_id": m.parent} for m in ev.members]
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
