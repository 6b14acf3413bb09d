"""An event's status from its claims' statuses; denials are kept beside accusations (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

AFFIRMING = ("confirmed", "reported")
HEDGED = ("planned", "speculated")
ORDER = ("confirmed", "reported", "planned", "speculated", "denied")


def summarise(statuses: Iterable[str]) -> dict[str, int]:
    """Counts per status, in a fixed order, zeros left out: ``{"reported": 3, "denied": 1}``."""
    counts = Counter(statuses)
    return {s: counts[s] for s in ORDER if counts[s]} | {
        s: n for s, n in sorted(counts.items()) if s not in ORDER and n
    }


def headline(counts: dict[str, int]) -> str:
    """One word for the event: the strongest affirmation, or ``disputed`` when it is also denied."""
    affirmed = next((s for s in ORDER[:-1] if counts.get(s)), None)
    if counts.get("denied"):
        return "disputed" if affirmed else "denied"
    return affirmed or "reported"
