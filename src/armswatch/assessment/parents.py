"""Finding each claim's parent — its best compatible, strictly more specific claim (pure, near-linear).

Claims are indexed under every generalisation of their (type, actor, recipient, item category)
key; within a key, dated claims are sorted by start date, so a dated claim's parent is found by
walking outwards from its own date and stopping as soon as nothing nearer can exist.  An undated
claim takes the first fit in rank order (dated claims first, earliest first).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from itertools import product

from armswatch.assessment.links import Info, compatible, dominates, rank

WINDOW_DAYS = 45


def _index_keys(i: Info) -> set[tuple]:
    a, r = i.folded
    slots = [[a, "*"] if a else ["*"], [r, "*"] if r else ["*"]]
    if i.type == "agreement":  # unordered: each party may be looked up alone
        slots = [[p for p in (a, r, "*") if p], ["*"] + ([r] if r else [])]
    return {(i.type, x, y, z) for x, y in product(*slots) for z in set(i.roots) | {"*"}}


class ParentIndex:
    """Claims under every generalisation of their (type, actor, recipient, item category) key, dated
    ones sorted by start date: a dated claim's parent is found by walking outwards from its date."""

    def __init__(self, infos: Iterable[Info], window_days: int) -> None:
        self.window = window_days
        self.reach = window_days + 31  # a month-long range may still be within the window
        self.all: dict[tuple, list[Info]] = defaultdict(list)
        for i in infos:
            for k in _index_keys(i):
                self.all[k].append(i)
        self.dated: dict[tuple, tuple[list[int], list[Info]]] = {}
        for k, members in self.all.items():
            members.sort(key=lambda u: (u.rng is None, u.rng[0] if u.rng else date.max, u.order))
            n = bisect_left(members, True, key=lambda u: u.rng is None)
            self.dated[k] = ([u.rng[0].toordinal() for u in members[:n]], members[:n])  # type: ignore[index]

    def parent(self, c: Info) -> Info | None:
        best: tuple[tuple, Info] | None = None
        for k in [(c.type, c.folded[0] or "*", c.folded[1] or "*", z) for z in c.roots]:
            found = self._near(c, k) if c.rng else self._first(c, k)
            if found and (best is None or found[0] < best[0]):
                best = found
        return best[1] if best else None

    def _ok(self, u: Info, c: Info) -> bool:
        return u is not c and dominates(u, c) and compatible(u, c, self.window)

    def _first(self, c: Info, k: tuple) -> tuple[tuple, Info] | None:
        """An undated claim: the first fit in rank order (dated, earliest first)."""
        u = next((u for u in self.all.get(k, ()) if self._ok(u, c)), None)
        return (rank(c, u), u) if u else None

    def _near(self, c: Info, k: tuple) -> tuple[tuple, Info] | None:
        """A dated claim: walk outwards from its start date until nothing nearer can be found."""
        starts, members = self.dated.get(k, ([], []))
        s = c.rng[0].toordinal()  # type: ignore[index]
        lo = bisect_left(starts, s) - 1
        hi = lo + 1
        best: tuple[tuple, Info] | None = None
        while True:
            dl = s - starts[lo] if lo >= 0 else None
            dh = starts[hi] - s if hi < len(starts) else None
            if dl is None and dh is None:
                return best
            take_low = dh is None or (dl is not None and dl <= dh)
            dist = dl if take_low else dh
            if dist > self.reach or (best is not None and dist > best[0][0]):  # type: ignore[operator]
                return best
            u = members[lo] if take_low else members[hi]
            lo, hi = (lo - 1, hi) if take_low else (lo, hi + 1)
            if self._ok(u, c) and (best is None or rank(c, u) < best[0]):
                best = (rank(c, u), u)


def find_parents(infos: list[Info], window_days: int = WINDOW_DAYS) -> dict[int | str, Info | None]:
    index = ParentIndex(infos, window_days)
    return {i.ref.id: index.parent(i) for i in infos}
