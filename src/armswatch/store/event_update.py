"""Local event update for new or changed claims: work in proportion to the neighbourhood they touch.

Links (``assess/links.py``) depend on two claims only, so a batch of new claims can change only:
the new claims' own parents and peers, and the parent of an older, vaguer claim that a new claim now
fits better.  Both sides of every such link are *compatible* with a new claim: same type, compatible
parties, dates within the window (undated claims only where the rule allows it).  So each new claim
reads its neighbourhood with one query on (type, parties, date window), the links are updated, and
only the events those links touch are re-assembled and re-graded — the same events a full rebuild
gives (tested).  A large set of changed claims is cheaper as a full rebuild.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.engine import Connection

from armswatch.assess.cluster import WINDOW_DAYS
from armswatch.assess.links import Info, compatible, dominates, info, peer_key, rank
from armswatch.store import event_build as eb
from armswatch.store.t_assess import event_claims
from armswatch.store.t_extract import claims

LARGE = 2000  # changed claims beyond which a full rebuild is cheaper


def _undated() -> object:
    return or_(claims.c.date.is_(None), ~claims.c.date.like("____-__%"))


def _party_cond(f: Info, superset: bool) -> list:
    """Rows whose parties are compatible with ``f`` (or, with ``superset``, state all of f's)."""
    sides = (claims.c.actor, claims.c.recipient)
    if f.type == "agreement":
        vals = [p for p in f.folded if p]
        if not vals:
            return []
        hit = [func.lower(col).in_(vals) for col in sides]
        if superset:
            return [and_(*hit) if len(vals) == 2 else or_(*hit)]
        if len(vals) == 2:
            return [or_(col.is_(None), h) for col, h in zip(sides, hit, strict=True)]
        return [or_(sides[0].is_(None), sides[1].is_(None), *hit)]
    out = []
    for col, value in zip(sides, f.folded, strict=True):
        if value:
            out.append(func.lower(col) == value if superset else or_(col.is_(None), func.lower(col) == value))
    return out


def _neighbourhood_query(f: Info, window: int):  # noqa: ANN202
    cols = (claims, event_claims.c.event_id, event_claims.c.parent_id)
    base = (select(*cols).select_from(claims.outerjoin(event_claims, event_claims.c.claim_id == claims.c.id))
            .where(claims.c.type == f.type, claims.c.review != "rejected"))
    if f.rng:
        lo, hi = f.rng[0] - timedelta(days=window), f.rng[1] + timedelta(days=window)
        near = and_(claims.c.date >= lo.isoformat()[:7], claims.c.date <= hi.isoformat())
        return base.where(*_party_cond(f, False), or_(near, _undated()))
    # undated: more specific claims of any date, or undated claims compatible with it
    return base.where(or_(and_(true(), *_party_cond(f, True)), and_(_undated(), *_party_cond(f, False))))


def update(conn: Connection, dirty: set[int], window: int = WINDOW_DAYS) -> eb.Result:
    """Link these new or changed claims into events and rewrite only the events that changes touch."""
    fresh_ids = set(dirty) | _children(conn, dirty)  # a changed claim's children choose again
    if len(fresh_ids) > LARGE:
        return eb.recluster(conn, None)
    fresh = {r.id: info(r) for r in eb.load_refs(conn, fresh_ids)}
    rows: dict[int, tuple[Info, int | None, int | None]] = {}  # id -> (info, event id, stored parent)
    hood: dict[int, list[Info]] = {}
    todo = list(fresh.values())
    while todo:  # claims never linked (stored before assess ran) are linked as new ones too
        f = todo.pop()
        hood[f.ref.id] = []
        for row in conn.execute(_neighbourhood_query(f, window)).mappings():
            u = rows[row["id"]][0] if row["id"] in rows else info(eb.ref_of(row))
            rows[row["id"]] = (u, row["event_id"], row["parent_id"])
            if u.ref.id != f.ref.id and compatible(u, f, window):
                hood[f.ref.id].append(u)
                if row["event_id"] is None and u.ref.id not in fresh:
                    fresh[u.ref.id] = u
                    todo.append(u)
    parents: dict[int, int | None] = {}
    touched = set(fresh)
    for fid, f in fresh.items():
        ups = [u for u in hood[fid] if dominates(u, f)]
        best = min(ups, key=lambda u: rank(f, u), default=None)
        parents[fid] = best.ref.id if best else None
        touched |= {best.ref.id} if best else set()
        touched |= {u.ref.id for u in hood[fid] if u.ref.id not in fresh and rows[u.ref.id][2] is None
                    and peer_key(u) == peer_key(f) and (u.rng is None) == (f.rng is None)}
    known = {i: v[0] for i, v in rows.items()}
    known.update({r.id: info(r) for r in eb.load_refs(conn, {p for _, _, p in rows.values() if p} - set(known))})
    for fid, f in fresh.items():  # an older, vaguer claim may now fit a new claim better than its parent
        for c in hood[fid]:
            if c.ref.id in fresh or not dominates(f, c):
                continue
            current = parents.get(c.ref.id, rows[c.ref.id][2])
            if current is None or current not in known or rank(c, f) < rank(c, known[current]):
                parents[c.ref.id] = fid
                touched.add(c.ref.id)
    scope = _close(conn, touched)
    refs = eb.load_refs(conn, scope)
    stored = eb.stored_parents(conn, scope)
    return eb.rebuild(conn, refs, eb.events_of_claims(conn, scope), scope, stored | parents)


def _children(conn: Connection, ids: Iterable[int]) -> set[int]:
    out: set[int] = set()
    for batch in eb._chunks(ids):
        out |= set(conn.execute(select(event_claims.c.claim_id).where(event_claims.c.parent_id.in_(batch))).scalars())
    return out


def _close(conn: Connection, touched: set[int]) -> set[int]:
    """The touched claims and every claim of their events; pinned events may link across events, so
    parents and children outside are followed until nothing new is found."""
    scope = set(touched)
    new = set(touched)
    while new:
        grown = eb.claims_of_events(conn, eb.events_of_claims(conn, new)) | new
        linked = {p for p in eb.stored_parents(conn, grown).values() if p} | _children(conn, grown)
        new = (grown | linked) - scope
        scope |= new
    return scope
