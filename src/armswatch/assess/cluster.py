"""Events from claims: blocked leader clustering (pure, near-linear).

Claims are compared only inside blocks keyed by (type, actor, recipient, item
category); a missing party or item is a wildcard.  Claims are taken most
specific first and in date order; each joins the compatible event with the
most claims so far or starts a new one.  Every member records *why* it joined
(which keys matched), so a merge can be explained and an analyst can undo it.
Claims an analyst pinned to an event stay there whatever the rules say.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import product

from armswatch.assess import keys
from armswatch.assess.types import ClaimRef, Event, Member

WINDOW_DAYS = 45


@dataclass
class _Draft:
    n: int
    type: str
    parties: tuple[str | None, str | None]
    item: str | None
    roots: tuple[str, ...]
    anchor: tuple[date, date] | None
    members: list[Member] = field(default_factory=list)
    refs: list[ClaimRef] = field(default_factory=list)
    pinned_id: int | None = None
    keys: set[tuple] = field(default_factory=set)


def _specificity(ref: ClaimRef) -> int:
    c = ref.claim
    return (c.actor is not None) + (c.recipient is not None) + (keys.item_roots(c.item) != ("*",))


def _order(ref: ClaimRef) -> tuple:
    rng = keys.parse_date(ref.claim.date)
    c = ref.claim  # content before row id, so the same claims give the same events in any order
    return (-_specificity(ref), rng is None, rng[0] if rng else date.min, c.item or "", c.status, c.source or "",
            str(ref.id))


def _index_keys(kind: str, parties: tuple[str | None, str | None], roots: tuple[str, ...]) -> set[tuple]:
    a, r = keys.fold(parties[0]), keys.fold(parties[1])
    slots = [[a, "*"] if a else ["*"], [r, "*"] if r else ["*"]]
    if kind == "agreement":  # unordered: each party may be looked up alone
        slots = [[p for p in (a, r, "*") if p], ["*"] + ([r] if r else [])]
    return {(kind, x, y, z) for x, y in product(*slots) for z in set(roots) | {"*"}}


def _lookup_keys(kind: str, parties: tuple[str | None, str | None], roots: tuple[str, ...]) -> list[tuple]:
    a, r = keys.fold(parties[0]), keys.fold(parties[1])
    return [(kind, a or "*", r or "*", z) for z in roots]


class _Index:
    """Drafts by block key; dated drafts also by time bucket (one window wide), so a dated claim
    only meets events near its date — this keeps long-running blocks near-linear."""

    def __init__(self, window_days: int) -> None:
        self.width = max(window_days, 1)
        self.all: dict[tuple, list[_Draft]] = defaultdict(list)
        self.undated: dict[tuple, list[_Draft]] = defaultdict(list)
        self.by_time: dict[tuple, list[_Draft]] = defaultdict(list)

    def _buckets(self, rng: tuple[date, date], margin: int) -> range:
        return range((rng[0].toordinal() - margin) // self.width, (rng[1].toordinal() + margin) // self.width + 1)

    def add(self, d: _Draft) -> None:
        d.keys = _index_keys(d.type, d.parties, d.roots)
        for k in d.keys:
            self.all[k].append(d)
            if d.anchor is None:
                self.undated[k].append(d)
        if d.anchor is not None:
            self.dated(d)

    def dated(self, d: _Draft) -> None:
        for k in d.keys:
            for b in self._buckets(d.anchor, 0):
                self.by_time[(k, b)].append(d)

    def candidates(self, ref: ClaimRef) -> list[_Draft]:
        c = ref.claim
        lookups = _lookup_keys(c.type, keys.parties(c.type, c.actor, c.recipient), keys.item_roots(c.item))
        rng = keys.parse_date(c.date)
        found: dict[int, _Draft] = {}
        for k in lookups:
            if rng is None:
                found.update((d.n, d) for d in self.all.get(k, ()))
                continue
            found.update((d.n, d) for d in self.undated.get(k, ()))
            for b in self._buckets(rng, self.width):
                found.update((d.n, d) for d in self.by_time.get((k, b), ()))
        return sorted(found.values(), key=lambda d: (-len(d.members), d.n))


def explain(draft: _Draft, ref: ClaimRef, window_days: int) -> dict[str, str] | None:
    """The keys on which a claim matches an event, or None if it does not."""
    c = ref.claim
    if c.type != draft.type:
        return None
    mine = keys.parties(c.type, c.actor, c.recipient)
    if not keys.party_compatible(c.type, draft.parties, mine):
        return None
    how = keys.item_match(draft.item, c.item)
    if how is None:
        return None
    rng = keys.parse_date(c.date)
    if rng and draft.anchor:
        gap = keys.date_gap(rng, draft.anchor)
        if gap > window_days:
            return None
        when = f"within {gap} days"
    else:
        when = "undated (compatible)"

    def side(ev: str | None, cl: str | None) -> str:
        if keys.fold(ev) == keys.fold(cl):
            return ev or "unstated"
        return f"{ev or 'unstated'} ~ {cl or 'unstated'} (unstated matches any)"

    why = {"type": c.type, "date": when}
    if c.type == "agreement":
        why["parties"] = "unordered " + "/".join(p or "unstated" for p in draft.parties)
    else:
        why["actor"] = side(draft.parties[0], mine[0])
        why["recipient"] = side(draft.parties[1], mine[1])
    why["item"] = f"{draft.item or 'unstated'} ~ {c.item or 'unstated'} ({how})" if how != "same" else (c.item or "")
    return why


def cluster(refs: Iterable[ClaimRef], window_days: int = WINDOW_DAYS,
            pinned: dict[int | str, int] | None = None) -> list[Event]:
    """Group claims into events.  ``pinned`` maps a claim id to the stored event id an analyst put it in."""
    pinned = pinned or {}
    drafts: list[_Draft] = []
    index = _Index(window_days)

    def new_draft(seed: ClaimRef) -> _Draft:
        c = seed.claim
        d = _Draft(len(drafts), c.type, keys.parties(c.type, c.actor, c.recipient), c.item,
                   keys.item_roots(c.item), keys.parse_date(c.date))
        drafts.append(d)
        index.add(d)
        return d

    def add(d: _Draft, ref: ClaimRef, why: dict[str, str], is_pinned: bool = False) -> None:
        d.members.append(Member(ref.id, ref.document_id, why, pinned=is_pinned))
        d.refs.append(ref)
        if d.anchor is None and ref.claim.date:
            d.anchor = keys.parse_date(ref.claim.date)
            index.dated(d)

    groups: dict[int, list[ClaimRef]] = defaultdict(list)
    rest: list[ClaimRef] = []
    for ref in refs:
        (groups[pinned[ref.id]] if ref.id in pinned else rest).append(ref)
    for group_id in sorted(groups):
        members = sorted(groups[group_id], key=_order)
        d = new_draft(members[0])
        d.pinned_id = group_id
        for ref in members:
            add(d, ref, explain(d, ref, window_days) or {"pinned": "kept here by an analyst"}, True)
    for ref in sorted(rest, key=_order):
        best: tuple[_Draft, dict[str, str]] | None = None
        for d in index.candidates(ref):  # largest event first: the first that fits is the best
            why = explain(d, ref, window_days)
            if why:
                best = (d, why)
                break
        if best:
            add(best[0], ref, best[1])
        else:
            add(new_draft(ref), ref, {"seed": "first claim of this event"})
    return [_to_event(d) for d in drafts if d.members]


def _to_event(d: _Draft) -> Event:
    dates = sorted(r.claim.date for r in d.refs if r.claim.date)
    roots = "+".join(d.roots)
    return Event(key=f"{d.type}|{d.parties[0] or '*'}|{d.parties[1] or '*'}|{roots}#{d.n}", type=d.type,
                 actor=d.parties[0], recipient=d.parties[1], item=d.item,
                 date_first=dates[0] if dates else None, date_last=dates[-1] if dates else None,
                 members=d.members, pinned_id=d.pinned_id)
