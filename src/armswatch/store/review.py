"""Analyst review of extracted claims and sanctions matches, audited, with events recomputed.

Accept, reject or edit a claim: the change and its reason go to the audit log in the same
transaction, and the events the claim belongs (or could now belong) to are re-clustered with
assess's own functions, so a rejected claim drops out of events and exports at once.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.exc import InvalidRequest, NotFound
from armswatch.model import CLAIM_TYPES, STATUSES
from armswatch.store import audit
from armswatch.store.t_extract import claims

ACTIONS = ("accept", "reject", "edit", "reset")
REVIEW_OF = {"accept": "accepted", "reject": "rejected", "edit": "edited", "reset": "pending"}
EDITABLE = ("type", "actor", "recipient", "item", "status", "date")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_FIELD = 200


def _claim(conn: Connection, claim_id: int) -> dict[str, Any]:
    row = conn.execute(select(claims).where(claims.c.id == claim_id)).mappings().first()
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    return dict(row)


def clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate an edit: known fields, known type/status, YYYY[-MM[-DD]] date, short party names."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in EDITABLE:
            raise InvalidRequest(f"cannot edit {key!r}; editable: {', '.join(EDITABLE)}")
        if isinstance(value, str):
            value = value.strip() or None
        if value is not None and (not isinstance(value, str) or len(value) > MAX_FIELD):
            raise InvalidRequest(f"{key} must be text of at most {MAX_FIELD} characters")
        out[key] = value
    if "type" in out and out["type"] not in CLAIM_TYPES:
        raise InvalidRequest(f"type must be one of {', '.join(CLAIM_TYPES)}")
    if "status" in out and out["status"] not in STATUSES:
        raise InvalidRequest(f"status must be one of {', '.join(STATUSES)}")
    if out.get("date") is not None and not DATE.match(out["date"]):
        raise InvalidRequest("date must be YYYY, YYYY-MM or YYYY-MM-DD")
    if "date" in out:
        d = out["date"]
        out["date_precision"] = "none" if d is None else {4: "year", 7: "month", 10: "day"}[len(d)]
    return out


def review_claim(conn: Connection, claim_id: int, action: str, why: str = "",
                 changes: dict[str, Any] | None = None, who: str | None = None) -> dict[str, Any]:
    """Apply one review action; returns the claim as stored afterwards."""
    if action not in ACTIONS:
        raise InvalidRequest(f"action must be one of {', '.join(ACTIONS)}")
    if action == "reject" and not (why or "").strip():
        raise InvalidRequest("rejecting a claim needs a reason")
    before = _claim(conn, claim_id)
    values: dict[str, Any] = {"review": REVIEW_OF[action]}
    if action == "edit":
        edits = clean_changes(changes or {})
        if not edits:
            raise InvalidRequest("an edit needs at least one changed field")
        values.update(edits)
        values["typologies"] = retag(before | values)
    elif changes:
        raise InvalidRequest(f"{action} takes no field changes; use edit")
    conn.execute(claims.update().where(claims.c.id == claim_id).values(**values))
    after = _claim(conn, claim_id)
    audit.record(conn, f"claims.{action}", f"claim:{claim_id}", why, _snap(before), _snap(after), who)
    recompute(conn, before, after)
    return after


def _snap(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in (*EDITABLE, "review", "typologies")}


def retag(row: dict[str, Any]) -> str:
    try:
        from armswatch.assessment.typologies import tag_claim
    except ImportError:  # assess not part of this build
        return row.get("typologies") or ""
    from armswatch.model import Claim

    fields = {k: row.get(k) for k in ("type", "actor", "recipient", "item", "status", "evidence",
                                      "evidence_start", "evidence_end", "date", "date_precision", "source")}
    fields["rule"] = row.get("rule") or ""
    return ",".join(tag_claim(Claim(**fields)))


def recompute(conn: Connection, before: dict[str, Any], after: dict[str, Any]) -> None:
    """Update the events the reviewed claim left or can now join.

    The incremental update finds the claim's neighbours (old and new parties,
    dates within the window) and re-links its children itself, so the claim id
    is all it needs; ``before`` is kept for the audit trail's callers.
    """
    try:
        from armswatch.store.event_build import recluster
    except ImportError:  # assessment not part of this build: nothing to recompute
        return
    recluster(conn, {int(after["id"])})


def decide_match(conn: Connection, match_id: int, decision: str, why: str = "",
                 who: str | None = None) -> dict[str, Any]:
    """Confirm or dismiss a sanctions match (screening's decide), audited."""
    from armswatch.store import screening
    from armswatch.store.t_screen import screen_matches

    row = conn.execute(select(screen_matches).where(screen_matches.c.id == match_id)).mappings().first()
    if row is None:
        raise NotFound(f"no sanctions match {match_id}")
    by = who or audit.default_who()
    screening.decide(conn, row["name_key"], row["entity_id"], decision, by, why)
    audit.record(conn, f"matches.{decision[:-2] if decision.endswith('ed') else decision}",
                 f"match:{match_id}", why, {"status": row["status"]}, {"status": decision,
                                                                       "entity_id": row["entity_id"]}, by)
    after = conn.execute(select(screen_matches).where(screen_matches.c.id == match_id)).mappings().first()
    return dict(after) if after else {}
