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

from collections.abc import Iterable, Iterator
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.engine import Connection

from armswatch.assessment.cluster import WINDOW_DAYS
from armswatch.assessment.links import Info, compatible, dominates, info, peer_key, rank
from armswatch.store import event_build as eb
from armswatch.store.t_assess import event_claims
from armswatch.store.t_extract import claims

LARGE = 2000  # changed claims beyond which a full rebuild is cheaper
PAGE = 1024


def _parties(f: Info, superset: bool) -> object:
    """Rows stating all of f's parties (``superset``), or stating none that f does not (its subsets)."""
    sides = (claims.c.actor, claims.c.recipient)
    vals = [p for p in f.folded if p]
    if f.type == "agreement":  # unordered parties
        if superset:
            return and_(true(), *[or_(*[func.lower(col) == v for col in sides]) for v in vals])
        return and_(*[or_(col.is_(None), func.lower(col).in_(vals)) for col in sides])
    conds = []
    for col, value in zip(sides, f.folded, strict=True):
        if superset:
            conds += [func.lower(col) == value] if value else []
        else:
            conds.append(or_(col.is_(None), func.lower(col) == value) if value else col.is_(None))
    return and_(true(), *conds)


def _neighbours(conn: Connection, f: Info, window: int) -> Iterator[Any]:
    """Rows that could be f's parent, peer or child: more specific or vaguer claims near its date.
    Each query is a range on the (type, date) index."""
    parent = claims.alias("parent")
    cols = (claims, event_claims.c.event_id, event_claims.c.parent_id)
    joined = claims.outerjoin(event_claims, event_claims.c.claim_id == claims.c.id)
    base = select(*cols).select_from(joined).where(claims.c.type == f.type, claims.c.review != "rejected")
    # undated vaguer claims: only those whose current parent f could beat (f is nearer or earlier)
    beatable = [] if not f.rng else [or_(event_claims.c.parent_id.is_(None), parent.c.date.is_(None),
                                         parent.c.date >= f.rng[0].isoformat()[:7])]
    yield from conn.execute(
        select(*cols).select_from(joined.outerjoin(parent, parent.c.id == event_claims.c.parent_id))
        .where(claims.c.type == f.type, claims.c.review != "rejected", claims.c.date.is_(None),
               _parties(f, False), *beatable)).mappings()
    if f.rng:
        lo, hi = f.rng[0] - timedelta(days=window), f.rng[1] + timedelta(days=window)
        near = and_(claims.c.date >= lo.isoformat()[:7], claims.c.date <= hi.isoformat())
        yield from conn.execute(base.where(near, or_(_parties(f, True), _parties(f, False)))).mappings()
        return
    # undated: the parent is the earliest-dated fit among more specific claims; read in date order until found
    query = base.where(claims.c.date.is_not(None), _parties(f, True)).order_by(claims.c.date, claims.c.id)
    found: str | None = None
    offset, page = 0, 16
    while True:
        rows = conn.execute(query.limit(page).offset(offset)).mappings().all()
        for row in rows:
            if found is not None and row["date"] > found:
                return
            yield row
            u = info(eb.ref_of(row))
            if found is None and u.rng and dominates(u, f) and compatible(u, f, window):
                found = u.rng[0].isoformat()
        if len(rows) < page:
            break
        offset, page = offset + page, min(page * 4, PAGE)
    if found is None:  # no dated fit: undated claims stating more
        yield from conn.execute(base.where(claims.c.date.is_(None), _parties(f, True))).mappings()


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
        hood[f.ref.id], seen = [], {f.ref.id}
        for row in _neighbours(conn, f, window):
            u = rows[row["id"]][0] if row["id"] in rows else info(eb.ref_of(row))
            rows[row["id"]] = (u, row["event_id"], row["parent_id"])
            if u.ref.id not in seen and compatible(u, f, window):
                seen.add(u.ref.id)
                hood[f.ref.id].append(u)
                if row["event_id"] is None and u.ref.id not in fresh:
                    fresh[u.ref.id] = u
                    todo.append(u)
    parents: dict[int, int | None] = {}
    touched = set(fresh) | dirty  # a rejected claim leaves its event
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
