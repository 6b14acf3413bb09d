"""Analyst actions on events — merge, split, grade — each pinned and written to the audit log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.assessment.grading import CREDIBILITY, stix_confidence
from armswatch.exc import InvalidRequest, NotFound
from armswatch.store import audit
from armswatch.store.event_build import Result, claims_of_events, recluster, regroup
from armswatch.store.events import get_event
from armswatch.store.t_assess import event_claims, events


def _snapshot(event: dict[str, Any]) -> dict[str, Any]:
    keep = ("id", "type", "actor", "recipient", "item", "status", "sources", "credibility", "confidence",
            "reliability")
    return {k: event[k] for k in keep} | {"claims": [c["id"] for c in event["claims"]]}


def _need_why(why: str) -> None:
    if not why or not why.strip():
        raise InvalidRequest("an analyst action needs a reason (--why)")


def _pin(conn: Connection, claim_ids: set[int], event_id: int) -> None:
    conn.execute(event_claims.update().where(event_claims.c.claim_id.in_(sorted(claim_ids)))
                 .values(event_id=event_id, pinned=True))


def merge(conn: Connection, event_ids: list[int], why: str, who: str | None = None) -> dict[str, Any]:
    """Put every claim of these events into the first (lowest id); the claims are pinned there."""
    _need_why(why)
    ids = sorted(set(event_ids))
    if len(ids) < 2:
        raise InvalidRequest("merge needs two or more different events")
    before = [_snapshot(get_event(conn, i)) for i in ids]
    target = ids[0]
    members = claims_of_events(conn, ids)
    _pin(conn, members, target)
    regroup(conn, members)
    drop_empty(conn, ids[1:])
    after = get_event(conn, target)
    audit.record(conn, "events.merge", f"event:{target}", why, before, _snapshot(after), who)
    return after


def split(conn: Connection, event_id: int, claim_id: int, why: str, who: str | None = None) -> dict[str, Any]:
    """Take one claim out of an event into a new event of its own; both are pinned."""
    _need_why(why)
    event = get_event(conn, event_id)
    members = {c["id"] for c in event["claims"]}
    if claim_id not in members:
        raise NotFound(f"claim {claim_id} is not in event {event_id}")
    if len(members) == 1:
        raise InvalidRequest(f"event {event_id} has only claim {claim_id}; nothing to split")
    stamp = audit.now()
    new_id = int(conn.execute(events.insert().values(
        key="split", type=event["type"], status="reported", created_at=stamp, updated_at=stamp,
    )).inserted_primary_key[0])
    _pin(conn, members - {claim_id}, event_id)
    _pin(conn, {claim_id}, new_id)
    regroup(conn, members | {claim_id})
    after = [_snapshot(get_event(conn, event_id)), _snapshot(get_event(conn, new_id))]
    audit.record(conn, "events.split", f"event:{event_id}", why, _snapshot(event), after, who)
    return get_event(conn, new_id)


def grade(conn: Connection, event_id: int, credibility: int | None, why: str,
          who: str | None = None) -> dict[str, Any]:
    """Set (or, with None, clear) the analyst's credibility 1–6 for an event; its claims are pinned."""
    _need_why(why)
    if credibility is not None and credibility not in CREDIBILITY:
        raise InvalidRequest(f"credibility must be 1–6, not {credibility}")
    event = get_event(conn, event_id)
    computed = event["credibility_computed"]
    conn.execute(events.update().where(events.c.id == event_id).values(
        credibility_override=credibility, confidence=stix_confidence(credibility or computed),
        updated_at=audit.now()))
    _pin(conn, {c["id"] for c in event["claims"]}, event_id)
    after = get_event(conn, event_id)
    audit.record(conn, "events.grade", f"event:{event_id}", why, _snapshot(event), _snapshot(after), who)
    return after


def regrade(conn: Connection, event_ids: set[int] | None = None) -> Result:
    """Recompute grades (e.g. after an outlet grade changed) for these events, or all."""
    if event_ids is None:
        return recluster(conn, None)
    return regroup(conn, claims_of_events(conn, event_ids))


def drop_empty(conn: Connection, event_ids: list[int]) -> None:
    for event_id in event_ids:
        if not conn.execute(select(event_claims.c.claim_id).where(event_claims.c.event_id == event_id)).first():
            conn.execute(events.delete().where(events.c.id == event_id))


def events_citing(conn: Connection, origin: str) -> set[int]:
    return set(conn.execute(select(event_claims.c.event_id).where(event_claims.c.origin == origin)).scalars())
