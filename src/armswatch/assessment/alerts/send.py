"""Sending the outbox: each due alert is taken, delivered, and marked sent — or retried later."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from armswatch.assessment.alerts.deliver import Transport, send
from armswatch.assessment.alerts.rules import Rule, destination_label
from armswatch.exc import ArmswatchError
from armswatch.store import alerts as outbox


@dataclass
class Report:
    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # (id, error, next try)

    def to_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "failed": [{"id": i, "error": e, "retry_at": r} for i, e, r in self.failed]}


def send_due(store: Any, transport: Transport, now: datetime | None = None, evaluate_first: bool = True) -> Report:
    """Queue what the rules match, then deliver every due alert; a failure never loses the alert."""
    report = Report()
    if evaluate_first:
        from armswatch.assessment.alerts.evaluate import evaluate

        with store.begin() as conn:
            evaluate(conn)
    with store.connect() as conn:
        rows = outbox.due(conn, now)
    for row in rows:
        with store.begin() as conn:
            if not outbox.claim(conn, row):
                continue  # another sender has it
        try:
            send(row["destination"], json.loads(row["payload"]), transport)
        except ArmswatchError as exc:
            with store.begin() as conn:
                retry = outbox.mark_failed(conn, row["id"], row["attempts"], str(exc))
            report.failed.append((row["id"], str(exc), retry))
            continue
        with store.begin() as conn:
            outbox.mark_sent(conn, row["id"])
        report.sent.append(row["id"])
    return report


def try_rule(rule: Rule, transport: Transport) -> list[tuple[str, str | None]]:
    """Send a test message to each of a rule's destinations now: [(destination, error or None)]."""
    results = []
    for dest in rule.destinations:
        label = destination_label(dest)
        payload = {"rule": rule.name, "kind": "test", "subject": "test",
                   "summary": f"test alert for rule '{rule.name}'"}
        try:
            send(label, payload, transport)
            results.append((label, None))
        except ArmswatchError as exc:
            results.append((label, str(exc)))
    return results
