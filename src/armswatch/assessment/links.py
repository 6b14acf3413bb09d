"""Pairwise relations between claims that define events (pure).

Every relation here looks at two claims only, never at the order they arrive in, so the events
they define are the same whether claims are clustered all at once or added a batch at a time:

* ``compatible(u, c)`` — same type, parties compatible (unstated matches any), items of one
  category, dates within the window (an undated claim is compatible with any date);
* ``dominates(u, c)`` — ``u`` states everything ``c`` states (same parties, a specific item,
  a date) and strictly more;
* ``rank(c, u)`` — how good a parent ``u`` is for ``c`` (lower is better): nearest start date, then
  dated before undated, then the earliest, then a content order.  A claim's *parent* is its best
  compatible dominating claim: a vague claim joins the event of the closest more specific one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from armswatch.assessment import keys
from armswatch.assessment.types import ClaimRef


@dataclass(frozen=True)
class Info:
    """A claim's derived keys, computed once."""

    ref: ClaimRef
    type: str
    parties: tuple[str | None, str | None]  # normalised for display (agreements sorted)
    folded: tuple[str | None, str | None]
    item: str | None
    specific: bool  # the item names a category (not missing or generic)
    roots: tuple[str, ...]
    rng: tuple[date, date] | None
    order: tuple  # content first, then id: the same claims sort the same way in any run

    @property
    def fields(self) -> int:
        return sum(p is not None for p in self.folded) + self.specific + (self.rng is not None)


def info(ref: ClaimRef) -> Info:
    c = ref.claim
    parties = keys.parties(c.type, c.actor, c.recipient)
    folded = (keys.fold(parties[0]), keys.fold(parties[1]))
    roots = keys.item_roots(c.item)
    specific = roots != ("*",)
    rng = keys.parse_date(c.date)
    n = sum(p is not None for p in folded) + specific
    order = (-n, rng is None, rng[0] if rng else date.min, c.item or "", c.status, c.source or "", str(ref.id))
    return Info(ref, c.type, parties, folded, c.item, specific, roots, rng, order)


def _party_superset(u: Info, c: Info) -> bool:
    if c.type == "agreement":  # unordered parties
        have = [p for p in u.folded if p]
        return all(p in have for p in c.folded if p) and len(have) >= sum(p is not None for p in c.folded)
    return all(cp is None or cp == up for cp, up in zip(c.folded, u.folded, strict=True))


def compatible(u: Info, c: Info, window_days: int) -> bool:
    if u.type != c.type or not keys.party_compatible(c.type, u.parties, c.parties):
        return False
    if u.rng and c.rng and keys.date_gap(u.rng, c.rng) > window_days:
        return False
    return keys.item_match(u.item, c.item) is not None


def dominates(u: Info, c: Info) -> bool:
    """``u`` is strictly more specific than ``c`` on parties, item and date (compatibility aside)."""
    if u.type != c.type or (c.specific and not u.specific) or (c.rng and not u.rng):
        return False
    return u.fields > c.fields and _party_superset(u, c)


def rank(c: Info, u: Info) -> tuple:
    """Nearest start date first (undated: dated before undated), then the earlier, then content."""
    dist = abs((u.rng[0] - c.rng[0]).days) if c.rng and u.rng else 0
    return (dist, u.rng is None, u.rng[0] if u.rng else date.max, u.order)


def peer_key(i: Info) -> tuple:
    """Claims that may link as equals (both with no parent) share this key and an item root."""
    return (i.type, i.folded)  # an agreement's parties are already in a canonical order


def explain(u: Info, c: Info) -> dict[str, str] | None:
    """The keys on which claim ``c`` matches ``u`` (its parent or peer), or None if it does not."""
    if u.type != c.type or not keys.party_compatible(c.type, u.parties, c.parties):
        return None
    how = keys.item_match(u.item, c.item)
    if how is None:
        return None
    when = f"within {keys.date_gap(c.rng, u.rng)} days" if c.rng and u.rng else "undated (compatible)"

    def side(ev: str | None, cl: str | None) -> str:
        if keys.fold(ev) == keys.fold(cl):
            return ev or "unstated"
        return f"{ev or 'unstated'} ~ {cl or 'unstated'} (unstated matches any)"

    why = {"type": c.type, "date": when}
    if c.type == "agreement":
        why["parties"] = "unordered " + "/".join(p or "unstated" for p in u.parties)
    else:
        why["actor"] = side(u.parties[0], c.parties[0])
        why["recipient"] = side(u.parties[1], c.parties[1])
    why["item"] = f"{u.item or 'unstated'} ~ {c.item or 'unstated'} ({how})" if how != "same" else (c.item or "")
    return why
