"""Read-model queries for one entity (country, organization, person, weapon) and the dashboard."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from armswatch.exc import InvalidRequest
from armswatch.store.t_assess import alerts, event_claims, events
from armswatch.store.t_documents import documents
from armswatch.store.t_extract import claims, mentions
from armswatch.store.views import event_row

KINDS = {"country": "COUNTRY", "organization": "ORG", "person": "PERSON", "weapon": "WEAPON"}
LABEL_KINDS = {v: k for k, v in KINDS.items()}
ENTITY_EVENTS = 300


def label_of(kind: str) -> str:
    if kind not in KINDS:
        raise InvalidRequest(f"unknown entity kind {kind!r}; use one of {', '.join(KINDS)}")
    return KINDS[kind]


def naming_clause(name: str, label: str | None = None) -> Any:
    """Events with the entity as a party, or (for people, weapons and any-label lookups) named in the
    evidence of one of their claims."""
    as_party = or_(events.c.actor == name, events.c.recipient == name)
    if label in ("COUNTRY", "ORG"):
        return as_party  # parties are indexed and canonical
    in_evidence = (select(event_claims.c.event_id)
                   .join(claims, claims.c.id == event_claims.c.claim_id)
                   .join(mentions, and_(mentions.c.document_id == claims.c.document_id,
                                        mentions.c.start >= claims.c.evidence_start,
                                        mentions.c.end <= claims.c.evidence_end))
                   .where(mentions.c.canonical == name))
    if label is not None:
        in_evidence = in_evidence.where(mentions.c.label == label)
    return or_(as_party, events.c.id.in_(in_evidence))


def event_ids_naming(conn: Connection, name: str) -> set[int]:
    """Ids of every event naming the entity (any kind), for dossiers about one entity."""
    return set(conn.execute(select(events.c.id).where(naming_clause(name))).scalars())


def entity(conn: Connection, kind: str, name: str) -> dict[str, Any]:
    """Events naming the entity as a party or in their evidence, co-occurring parties, articles, aliases."""
    label = label_of(kind)
    query = (select(events).where(naming_clause(name, label))
             .order_by(events.c.date_first.desc(), events.c.id.desc()).limit(ENTITY_EVENTS))
    rows = [event_row(r) for r in conn.execute(query).mappings()]
    parties: Counter[str] = Counter()
    for ev in rows:
        for party in (ev["actor"], ev["recipient"]):
            if party and party != name:
                parties[party] += 1
    mention_q = select(mentions.c.document_id).where(mentions.c.label == label, mentions.c.canonical == name)
    n_docs = conn.execute(select(func.count(func.distinct(mentions.c.document_id)))
                          .where(mentions.c.label == label, mentions.c.canonical == name)).scalar_one()
    docs = conn.execute(select(documents.c.id, documents.c.title, documents.c.outlet, documents.c.published,
                               documents.c.url)
                        .where(documents.c.id.in_(mention_q.distinct()))
                        .order_by(documents.c.published.desc()).limit(20)).mappings()
    aliases = conn.execute(select(mentions.c.text, func.count().label("n"))
                           .where(mentions.c.label == label, mentions.c.canonical == name)
                           .group_by(mentions.c.text).order_by(func.count().desc()).limit(15)).all()
    return {"kind": kind, "name": name, "events": rows, "co_parties": parties.most_common(30),
            "documents_count": int(n_docs), "documents": [dict(d) for d in docs],
            "aliases": [a.text for a in aliases if a.text != name]}


def dashboard(conn: Connection, recent: int = 10) -> dict[str, Any]:
    count = {
        "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
        "claims": conn.execute(select(func.count()).select_from(claims)).scalar_one(),
        "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
        "pending_review": conn.execute(select(func.count()).select_from(claims)
                                       .where(claims.c.review == "pending")).scalar_one(),
    }
    new_events = [event_row(r) for r in conn.execute(
        select(events).order_by(events.c.id.desc()).limit(recent)).mappings()]  # ids grow with creation
    month = func.substr(events.c.date_first, 1, 7)
    by_month = conn.execute(select(month.label("month"), events.c.type, func.count().label("n"))
                            .where(events.c.date_first.is_not(None))
                            .group_by(month, events.c.type).order_by(month)).all()
    months: dict[str, dict[str, int]] = {}
    for m, kind, n in by_month:
        months.setdefault(m, {})[kind] = int(n)
    countries: Counter[str] = Counter()
    for column in (events.c.actor, events.c.recipient):
        for party, n in conn.execute(select(column, func.count()).where(column.is_not(None))
                                     .group_by(column).order_by(func.count().desc()).limit(40)):
            if party and len(party) == 2 and party.isupper():
                countries[party] += int(n)
    by_type = dict(conn.execute(select(events.c.type, func.count()).group_by(events.c.type)).all())
    recent_alerts = [dict(r) for r in conn.execute(
        select(alerts.c.id, alerts.c.subject, alerts.c.destination, alerts.c.status, alerts.c.created_at)
        .order_by(alerts.c.id.desc()).limit(recent)).mappings()]
    return {"counts": {k: int(v) for k, v in count.items()}, "new_events": new_events,
            "by_month": months, "by_type": {k: int(v) for k, v in by_type.items()},
            "by_country": countries.most_common(15), "alerts": recent_alerts}


def graph(conn: Connection, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Parties as nodes, events as edges (events with one party become a loop-free node only)."""
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for ev in rows:
        for party in (ev["actor"], ev["recipient"]):
            if party:
                node = nodes.setdefault(party, {"id": party, "label": party, "events": 0})
                node["events"] += 1
        if ev["actor"] and ev["recipient"] and ev["actor"] != ev["recipient"]:
            edges.append({"id": f"e{ev['id']}", "event": ev["id"], "source": ev["actor"],
                          "target": ev["recipient"], "type": ev["type"], "status": ev["status"],
                          "date": ev["date_first"]})
    return {"nodes": list(nodes.values()), "edges": edges}


def timeline(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for ev in rows:
        if not ev.get("date_first"):
            continue
        label = " → ".join(p for p in (ev["actor"], ev["recipient"]) if p) or ev["type"]
        out.append({"id": ev["id"], "start": ev["date_first"], "end": ev["date_last"]
                    if ev["date_last"] and ev["date_last"] != ev["date_first"] else None,
                    "type": ev["type"], "label": f"{ev['type']}: {label}", "status": ev["status"]})
    return out
