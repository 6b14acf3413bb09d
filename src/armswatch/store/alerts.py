"""Alert rules and the outbox: queue each (rule, subject, destination) once, deliver with retry + backoff."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.assessment.alerts.rules import Rule, backoff_seconds, destination_label, parse_rule
from armswatch.exc import Conflict, InvalidRequest, NotFound
from armswatch.store.t_assess import alert_rules, alerts


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def add_rule(conn: Connection, text: str, destinations: list[dict[str, str]], name: str | None = None) -> Rule:
    rule = parse_rule(text)
    if not destinations:
        raise InvalidRequest("an alert rule needs at least one --webhook or --email destination")
    for dest in destinations:
        ((kind, target),) = dest.items()
        if kind == "webhook" and not target.startswith(("http://", "https://")):
            raise InvalidRequest(f"webhook must be an http(s) URL: {target!r}")
        if kind == "email" and "@" not in target:
            raise InvalidRequest(f"not an email address: {target!r}")
    rule.name = name or rule.text
    if conn.execute(select(alert_rules.c.id).where(alert_rules.c.name == rule.name)).first():
        raise Conflict(f"an alert rule named {rule.name!r} exists")
    rule.created_at = _iso(_now())
    rule.destinations = destinations
    rule.id = int(conn.execute(alert_rules.insert().values(
        name=rule.name, kind=rule.kind, filters=json.dumps(rule.filters), destinations=json.dumps(destinations),
        enabled=True, created_at=rule.created_at)).inserted_primary_key[0])
    return rule


def rules(conn: Connection, enabled_only: bool = False) -> list[Rule]:
    query = select(alert_rules).order_by(alert_rules.c.id)
    if enabled_only:
        query = query.where(alert_rules.c.enabled.is_(True))
    return [Rule(kind=r.kind, filters=json.loads(r.filters), name=r.name, id=r.id,
                 destinations=json.loads(r.destinations), created_at=r.created_at)
            for r in conn.execute(query)]


def remove_rule(conn: Connection, name_or_id: str) -> None:
    cond = alert_rules.c.id == int(name_or_id) if name_or_id.isdigit() else alert_rules.c.name == name_or_id
    if conn.execute(alert_rules.delete().where(cond)).rowcount == 0:
        raise NotFound(f"no alert rule {name_or_id!r}")


def enqueue(conn: Connection, rule: Rule, subject: str, payload: dict[str, Any]) -> int:
    """Queue the alert once per destination; returns how many rows were new."""
    new = 0
    for dest in rule.destinations:
        label = destination_label(dest)
        exists = conn.execute(select(alerts.c.id).where(
            alerts.c.rule_id == rule.id, alerts.c.subject == subject, alerts.c.destination == label)).first()
        if exists:
            continue
        stamp = _iso(_now())
        conn.execute(alerts.insert().values(
            rule_id=rule.id, subject=subject, destination=label, status="pending", attempts=0,
            payload=json.dumps(payload, ensure_ascii=False, default=str), next_attempt_at=stamp, created_at=stamp))
        new += 1
    return new


def due(conn: Connection, now: datetime | None = None, limit: int = 100) -> list[dict[str, Any]]:
    stamp = _iso(now or _now())
    query = (select(alerts).where(alerts.c.status == "pending", alerts.c.next_attempt_at <= stamp)
             .order_by(alerts.c.id).limit(limit))
    return [dict(r) for r in conn.execute(query).mappings()]


def claim(conn: Connection, row: dict[str, Any], lease_seconds: int = 300) -> bool:
    """Take a due alert for delivery (so two senders never send it twice)."""
    lease = _iso(_now() + timedelta(seconds=lease_seconds))
    result = conn.execute(alerts.update().where(
        alerts.c.id == row["id"], alerts.c.status == "pending",
        alerts.c.next_attempt_at == row["next_attempt_at"]).values(next_attempt_at=lease))
    return result.rowcount == 1


def mark_sent(conn: Connection, alert_id: int) -> None:
    conn.execute(alerts.update().where(alerts.c.id == alert_id).values(
        status="sent", sent_at=_iso(_now()), attempts=alerts.c.attempts + 1, last_error=None))


def mark_failed(conn: Connection, alert_id: int, attempts: int, error: str) -> str:
    """Record a failed try; the alert stays pending and is retried after an exponential backoff."""
    retry = _iso(_now() + timedelta(seconds=backoff_seconds(attempts + 1)))
    conn.execute(alerts.update().where(alerts.c.id == alert_id).values(
        attempts=attempts + 1, last_error=error[:1000], next_attempt_at=retry))
    return retry


def outbox(conn: Connection, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    query = select(alerts, alert_rules.c.name.label("rule")).join(alert_rules).order_by(alerts.c.id.desc())
    if status:
        query = query.where(alerts.c.status == status)
    return [dict(r) for r in conn.execute(query.limit(limit)).mappings()]
