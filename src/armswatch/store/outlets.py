"""Outlet (origin) reliability grades set by analysts, over the packaged defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.assessment.grading import RELIABILITY, default_grades
from armswatch.assessment.independence import known_origins, origin_of_name
from armswatch.exc import InvalidRequest
from armswatch.store import audit
from armswatch.store.t_assess import outlet_grades


def resolve(outlet: str) -> tuple[str, str]:
    found = origin_of_name(outlet)
    if not found:
        raise InvalidRequest(f"{outlet!r} is too vague to name one source")
    return found


def set_grade(conn: Connection, outlet: str, letter: str, why: str = "", who: str | None = None) -> dict[str, Any]:
    letter = letter.strip().upper()
    if letter not in RELIABILITY:
        raise InvalidRequest(f"reliability must be one of A–F, not {letter!r}")
    key, name = resolve(outlet)
    before = current(conn, key)
    row = {"origin": key, "name": name, "grade": letter, "why": why or "", "graded_by": who or audit.default_who(),
           "graded_at": audit.now()}
    conn.execute(outlet_grades.delete().where(outlet_grades.c.origin == key))
    conn.execute(outlet_grades.insert().values(**row))
    audit.record(conn, "sources.grade", f"outlet:{key}", why, before, row, who)
    from armswatch.store.event_actions import events_citing, regrade

    regrade(conn, events_citing(conn, key))
    return row


def current(conn: Connection, key: str) -> dict[str, Any]:
    row = conn.execute(select(outlet_grades).where(outlet_grades.c.origin == key)).mappings().first()
    if row:
        return dict(row) | {"set_by": "analyst"}
    grade, why = default_grades().get(key, ("F", "no grade set: reliability cannot be judged"))
    return {"origin": key, "name": known_origins()[1].get(key, key), "grade": grade, "why": why, "set_by": "default"}


def list_grades(conn: Connection) -> list[dict[str, Any]]:
    """Every analyst grade and every packaged default not overridden, by origin."""
    rows = {r["origin"]: dict(r) | {"set_by": "analyst"} for r in conn.execute(select(outlet_grades)).mappings()}
    names = known_origins()[1]
    for key, (grade, why) in default_grades().items():
        rows.setdefault(key, {"origin": key, "name": names.get(key, key), "grade": grade, "why": why,
                              "set_by": "default", "graded_by": None, "graded_at": None})
    return sorted(rows.values(), key=lambda r: (r["grade"], r["origin"]))
