"""Events from claims: order-independent linking, near-linear (pure).

Two kinds of link join claims into one event (see ``links.py`` for the relations):

* a claim with a *parent* — its best compatible, strictly more specific claim — joins the
  parent's event ("RU received munitions in March" joins "KP sent artillery shells to RU");
* claims with no parent link as *peers* when they state the same parties, items of one category,
  and dates within the window of each other (or are both undated).

Events are the connected pieces.  Because each link depends on two claims only, the events are the
same whatever order claims arrive in, and adding claims changes only the pieces they touch: the
store updates events after an ingest batch without re-clustering the rest (``store/event_update``).
Every member records *why* it joined (which keys matched its parent or peer).  Claims an analyst
pinned to an event stay there; other claims linked to a pinned claim join its event.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from armswatch.assessment import keys
from armswatch.assessment.links import Info, explain, info, peer_key
from armswatch.assessment.parents import WINDOW_DAYS, find_parents
from armswatch.assessment.types import ClaimRef, Event, Member

__all__ = ["WINDOW_DAYS", "build_events", "cluster", "peer_links"]


def peer_links(roots: Iterable[Info], window_days: int = WINDOW_DAYS) -> list[tuple[Info, Info]]:
    """(claim, earlier peer) pairs among claims without a parent: single linkage in date order, one
    run per distinct item, so each claim is compared with a few runs, not with every claim."""
    groups: dict[tuple, list[Info]] = defaultdict(list)
    for i in roots:
        for z in i.roots:
            groups[(peer_key(i), z)].append(i)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (i.rng is None, i.rng[0] if i.rng else date.min, i.order))
        runs: dict[tuple, tuple[date | None, Info]] = {}  # item terms -> (latest end, latest member)
        for i in members:
            mine = keys.item_terms(i.item)
            joined = False
            for terms, (end, rep) in runs.items():
                if (i.rng is None) != (end is None) or (i.rng and (i.rng[0] - end).days > window_days):
                    continue
                if terms == mine or keys.item_match(rep.item, i.item) is not None:
                    out.append((i, rep))
                    joined = joined or terms == mine
            end = i.rng[1] if i.rng else None
            if joined and end is not None and runs[mine][0] > end:
                end = runs[mine][0]
            runs[mine] = (end, i)
    return out


def cluster(refs: Iterable[ClaimRef], window_days: int = WINDOW_DAYS,
            pinned: Mapping[int | str, int] | None = None,
            parents: Mapping[int | str, int | str | None] | None = None) -> list[Event]:
    """Group claims into events.  ``pinned`` maps a claim id to the stored event id an analyst put it
    in; ``parents`` (claim id → parent claim id) skips the parent search when already known."""
    infos = [info(r) for r in refs]
    by_id = {i.ref.id: i for i in infos}
    if parents is None:
        parent_of = find_parents(infos, window_days)
    else:
        parent_of = {i.ref.id: by_id.get(parents.get(i.ref.id)) for i in infos}  # type: ignore[arg-type]
    return build_events(infos, parent_of, dict(pinned or {}), window_days)


def build_events(infos: list[Info], parent_of: Mapping[int | str, Info | None], pinned: dict[int | str, int],
                 window_days: int) -> list[Event]:
    edges = [(i, p) for i in infos if (p := parent_of.get(i.ref.id)) is not None]
    edges += peer_links((i for i in infos if parent_of.get(i.ref.id) is None), window_days)
    partner: dict[int | str, Info] = {}
    up: dict[int | str, int | str] = {i.ref.id: i.ref.id for i in infos if i.ref.id not in pinned}

    def find(x: int | str) -> int | str:
        while up[x] != x:
            up[x] = up[up[x]]
            x = up[x]
        return x

    touches: dict[int | str, Counter] = defaultdict(Counter)
    for a, b in edges:
        partner.setdefault(a.ref.id, b)
        pa, pb = pinned.get(a.ref.id), pinned.get(b.ref.id)
        if pa is None and pb is None:
            ra, rb = find(a.ref.id), find(b.ref.id)
            if ra != rb:
                up[max(ra, rb, key=str)] = min(ra, rb, key=str)
        elif (pa is None) != (pb is None):
            touches[a.ref.id if pa is None else b.ref.id][pa if pb is None else pb] += 1
    group_touch: dict[int | str, Counter] = defaultdict(Counter)
    for x, counts in touches.items():
        group_touch[find(x)].update(counts)
    groups: dict[tuple, list[Info]] = defaultdict(list)
    for i in infos:
        if i.ref.id in pinned:
            groups[("pin", pinned[i.ref.id])].append(i)
            continue
        root = find(i.ref.id)
        if group_touch.get(root):
            gid = max(group_touch[root].items(), key=lambda kv: (kv[1], -kv[0]))[0]
            groups[("pin", gid)].append(i)
        else:
            groups[("auto", root)].append(i)
    return [_event(members, parent_of, partner, pinned, key[1] if key[0] == "pin" else None)
            for key, members in groups.items()]


def _event(members: list[Info], parent_of: Mapping[int | str, Info | None], partner: dict[int | str, Info],
           pinned: dict[int | str, int], pinned_id: int | None) -> Event:
    members.sort(key=lambda i: i.order)
    inside = {i.ref.id for i in members}
    rep = members[0]
    out = []
    for i in members:
        other = partner.get(i.ref.id)
        why = explain(other, i) if other is not None and other.ref.id in inside else None
        if why is None:
            why = {"pinned": "kept here by an analyst"} if i.ref.id in pinned else {"seed": "first claim of this event"}
        parent = parent_of.get(i.ref.id)
        out.append(Member(i.ref.id, i.ref.document_id, why, pinned=i.ref.id in pinned,
                          parent=parent.ref.id if parent is not None else None))
    dates = sorted(i.ref.claim.date for i in members if i.ref.claim.date)
    return Event(key=f"{rep.type}|{rep.parties[0] or '*'}|{rep.parties[1] or '*'}|{'+'.join(rep.roots)}#{rep.ref.id}",
                 type=rep.type, actor=rep.parties[0], recipient=rep.parties[1], item=rep.item,
                 date_first=dates[0] if dates else None, date_last=dates[-1] if dates else None,
                 members=out, pinned_id=pinned_id)
