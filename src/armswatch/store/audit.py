"""The audit log: who did what, when and why, with before/after JSON (analyst actions, review)."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.store.t_assess import audit_log


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(conn: Connection, action: str, subject: str, why: str, before: Any = None, after: Any = None,
           who: str | None = None) -> int:
    """Append one entry; returns its id.  Call inside the transaction that makes the change."""
    result = conn.execute(audit_log.insert().values(
        at=now(), who=who or default_who(), action=action, subject=subject, why=why or "",
        before=None if before is None else json.dumps(before, ensure_ascii=False, default=str),
        after=None if after is None else json.dumps(after, ensure_ascii=False, default=str),
    ))
    return int(result.inserted_primary_key[0])


def entries(conn: Connection, subject: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if subject:
        query = query.where(audit_log.c.subject == subject)
    out = []
    for row in conn.execute(query).mappings():
        item = dict(row)
        for key in ("before", "after"):
            item[key] = json.loads(item[key]) if item[key] else None
        out.append(item)
    return out
