"""Repository functions for screening: list snapshots (atomic swap, diff), matches, decisions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.engine import Connection

from armswatch.exc import InvalidRequest
from armswatch.store import t_screen as t

DECISIONS = ("confirmed", "dismissed")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def save_snapshot(conn: Connection, snap: Any) -> tuple[int, bool]:
    """Store a ListSnapshot and make it the active version of its list, inside ``conn``'s transaction.

    Returns (snapshot id, changed); an identical file (same sha256) already active is not stored again.
    """
    current = conn.execute(select(t.list_snapshots.c.id, t.list_snapshots.c.sha256).where(
        and_(t.list_snapshots.c.source == snap.source, t.list_snapshots.c.active.is_(True)))).first()
    if current is not None and current.sha256 == snap.sha256:
        return int(current.id), False
    sid = conn.execute(t.list_snapshots.insert().values(
        source=snap.source, publisher=snap.publisher, format=snap.format, origin=snap.origin,
        list_date=snap.list_date, sha256=snap.sha256, entries=len(snap.entries), loaded_at=now(),
        active=False)).inserted_primary_key[0]
    seen: set[str] = set()
    rows = []
    for e in snap.entries:
        if e.id in seen:
            continue
        seen.add(e.id)
        rows.append({"snapshot_id": sid, "entity_id": e.id, "schema": e.schema, "caption": e.caption,
                     "data": json.dumps(e.to_dict(), ensure_ascii=False)})
    for i in range(0, len(rows), 5000):
        conn.execute(t.list_entries.insert(), rows[i:i + 5000])
    conn.execute(update(t.list_snapshots).where(t.list_snapshots.c.source == snap.source)
                 .values(active=t.list_snapshots.c.id == sid))
    return int(sid), True


def snapshots(conn: Connection, active_only: bool = False) -> list[dict[str, Any]]:
    q = select(t.list_snapshots).order_by(t.list_snapshots.c.source, t.list_snapshots.c.id)
    if active_only:
        q = q.where(t.list_snapshots.c.active.is_(True))
    return [dict(r._mapping) for r in conn.execute(q)]


def active_snapshots(conn: Connection) -> list[dict[str, Any]]:
    return snapshots(conn, active_only=True)


def active_entries(conn: Connection) -> list[Any]:
    from armswatch.screening.model import ListEntry

    q = (select(t.list_entries.c.data).join(t.list_snapshots, t.list_snapshots.c.id == t.list_entries.c.snapshot_id)
         .where(t.list_snapshots.c.active.is_(True)).order_by(t.list_entries.c.snapshot_id))
    return [ListEntry.from_dict(json.loads(d)) for d in conn.execute(q).scalars()]


def diff(conn: Connection, source: str) -> dict[str, Any]:
    """Additions and removals of the active version of ``source`` against the version before it."""
    rows = conn.execute(select(t.list_snapshots.c.id, t.list_snapshots.c.active)
                        .where(t.list_snapshots.c.source == source).order_by(t.list_snapshots.c.id)).all()
    active = [r.id for r in rows if r.active]
    if not active:
        return {"source": source, "added": [], "removed": [], "previous": None}
    older = [r.id for r in rows if r.id < active[0]]
    prev = older[-1] if older else None

    def members(sid: int | None) -> dict[str, str]:
        if sid is None:
            return {}
        q = select(t.list_entries.c.entity_id, t.list_entries.c.caption).where(t.list_entries.c.snapshot_id == sid)
        return {r.entity_id: r.caption for r in conn.execute(q)}

    new, old = members(active[0]), members(prev)
    return {"source": source, "previous": prev, "current": active[0],
            "added": sorted(({"id": k, "caption": v} for k, v in new.items() if k not in old), key=lambda d: d["id"]),
            "removed": sorted(({"id": k, "caption": v} for k, v in old.items() if k not in new),
                              key=lambda d: d["id"])}


def decisions(conn: Connection, name_keys: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    if not name_keys:
        return {}
    q = select(t.screen_decisions).where(t.screen_decisions.c.name_key.in_(sorted(set(name_keys))))
    return {(r.name_key, r.entity_id): dict(r._mapping) for r in conn.execute(q)}


def decide(conn: Connection, name_key: str, entity_id: str, decision: str, by: str, reason: str = "") -> None:
    """Record (or replace) an analyst's decision on a name ↔ entity pair and mark stored matches."""
    if decision not in DECISIONS:
        raise InvalidRequest(f"decision must be one of {', '.join(DECISIONS)}")
    if not by.strip():
        raise InvalidRequest("a decision needs the analyst's name (by)")
    where = and_(t.screen_decisions.c.name_key == name_key, t.screen_decisions.c.entity_id == entity_id)
    values = {"decision": decision, "decided_by": by, "decided_at": now(), "reason": reason}
    if conn.execute(select(t.screen_decisions.c.id).where(where)).first():
        conn.execute(update(t.screen_decisions).where(where).values(**values))
    else:
        conn.execute(t.screen_decisions.insert().values(name_key=name_key, entity_id=entity_id, **values))
    conn.execute(update(t.screen_matches).where(and_(t.screen_matches.c.name_key == name_key,
                                                     t.screen_matches.c.entity_id == entity_id))
                 .values(status=decision))


def insert_matches(conn: Connection, document_id: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(t.screen_matches.insert(), [{**r, "document_id": document_id, "created_at": now()} for r in rows])


def matches(conn: Connection, document_id: str | None = None, raised_only: bool = False) -> list[dict[str, Any]]:
    q = select(t.screen_matches).order_by(t.screen_matches.c.id)
    if document_id:
        q = q.where(t.screen_matches.c.document_id == document_id)
    if raised_only:
        q = q.where(and_(t.screen_matches.c.match.is_(True), t.screen_matches.c.status != "dismissed"))
    out = []
    for r in conn.execute(q):
        d = dict(r._mapping)
        d["explanations"] = json.loads(d["explanations"])
        out.append(d)
    return out
