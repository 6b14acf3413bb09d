"""Evaluating every enabled rule against the store and queueing what matches (once per subject)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.assessment.alerts.rules import Rule, event_matches, event_payload
from armswatch.store import alerts as outbox
from armswatch.store.events import list_events
from armswatch.store.t_assess import event_claims
from armswatch.store.t_extract import claims


def evaluate(conn: Connection) -> int:
    """Queue alerts for every enabled rule; returns how many new outbox rows were queued."""
    queued = 0
    for rule in outbox.rules(conn, enabled_only=True):
        if rule.kind == "designation":
            queued += _designations(conn, rule)
            continue
        for event in _recent_events(conn, rule):
            if not event_matches(rule, event):
                continue
            extra: dict[str, Any] = {}
            if rule.kind == "sanctioned":
                hits = sanctioned_parties(conn, event["id"])
                if not hits:
                    continue
                extra = {"sanctioned": hits}
            queued += outbox.enqueue(conn, rule, f"event:{event['id']}", event_payload(rule, event, extra))
    return queued


def _recent_events(conn: Connection, rule: Rule) -> list[dict[str, Any]]:
    """Events created or updated since the rule was added (a new rule does not replay history)."""
    rows = list_events(conn, limit=None)
    return [e for e in rows if (e["updated_at"] or "") >= rule.created_at]


def sanctioned_parties(conn: Connection, event_id: int) -> list[dict[str, Any]]:
    """Screening matches (not dismissed) in the event's articles that name a party of its claims."""
    try:
        from armswatch.store.t_screen import screen_matches as sm
    except ModuleNotFoundError:  # screening not part of this build
        return []
    rows = conn.execute(
        select(claims.c.document_id, claims.c.actor, claims.c.recipient, claims.c.evidence)
        .join(event_claims, event_claims.c.claim_id == claims.c.id).where(event_claims.c.event_id == event_id)
    ).all()
    by_doc: dict[str, list[str]] = {}
    for doc_id, actor, recipient, evidence in rows:
        by_doc.setdefault(doc_id, []).extend(t.casefold() for t in (actor, recipient, evidence) if t)
    if not by_doc:
        return []
    hits = conn.execute(select(sm.c.name, sm.c.caption, sm.c.list, sm.c.reference, sm.c.document_id, sm.c.score)
                        .where(sm.c.document_id.in_(list(by_doc)), sm.c.match.is_(True),
                               sm.c.status != "dismissed")).mappings().all()
    found = {}
    for hit in hits:
        texts = by_doc[hit["document_id"]]
        if any(hit["name"].casefold() == t or hit["name"].casefold() in t for t in texts):
            found[(hit["caption"], hit["list"])] = {k: hit[k] for k in ("name", "caption", "list", "reference")}
    return list(found.values())


def _designations(conn: Connection, rule: Rule) -> int:
    """Entries of each active list snapshot that its previous snapshot of the same list did not have."""
    try:
        from armswatch.store.t_screen import list_entries, list_snapshots
    except ModuleNotFoundError:
        return 0
    queued = 0
    snaps = conn.execute(select(list_snapshots).order_by(list_snapshots.c.id)).mappings().all()
    wanted = {v.casefold() for v in rule.filters.get("list", [])}
    previous: dict[str, int] = {}
    for snap in snaps:
        prior = previous.get(snap["source"])
        previous[snap["source"]] = snap["id"]
        if not snap["active"] or prior is None or (wanted and snap["source"].casefold() not in wanted):
            continue
        old = select(list_entries.c.entity_id).where(list_entries.c.snapshot_id == prior)
        new_rows = conn.execute(select(list_entries.c.entity_id, list_entries.c.caption, list_entries.c.data)
                                .where(list_entries.c.snapshot_id == snap["id"],
                                       list_entries.c.entity_id.not_in(old))).all()
        for entity_id, caption, data in new_rows:
            payload = {"rule": rule.name, "kind": "designation", "subject": f"designation:{snap['source']}:{entity_id}",
                       "summary": f"new on {snap['source']}: {caption}", "list": snap["source"],
                       "list_date": snap["list_date"], "entity_id": entity_id, "caption": caption,
                       "entry": json.loads(data) if data else None}
            queued += outbox.enqueue(conn, rule, payload["subject"], payload)
    return queued

