"""Alert rules: parsing the rule text and matching events against it (pure).

Rule text is a kind followed by ``key=value`` filters (comma = any of):

* ``event type=transfer party=KP min-confidence=50`` — new or updated events; filters ``type``,
  ``actor``, ``recipient``, ``party`` (actor or recipient), ``min-confidence`` (STIX), ``typology``;
* ``sanctioned [type=…]`` — any event whose articles name a party matched on a sanctions list;
* ``designation [list=un]`` — an entry new on a loaded list compared with its previous version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from armswatch.exc import InvalidRequest

KINDS = ("event", "sanctioned", "designation")
_KEYS = {
    "event": {"type", "actor", "recipient", "party", "min-confidence", "typology"},
    "sanctioned": {"type", "actor", "recipient", "party", "min-confidence", "typology"},
    "designation": {"list"},
}


@dataclass
class Rule:
    kind: str
    filters: dict[str, list[str]] = field(default_factory=dict)
    name: str = ""
    id: int | None = None
    destinations: list[dict[str, str]] = field(default_factory=list)
    created_at: str = ""

    @property
    def text(self) -> str:
        return " ".join([self.kind] + [f"{k}={','.join(v)}" for k, v in sorted(self.filters.items())])


def parse_rule(text: str) -> Rule:
    """``"event type=transfer party=KP"`` → Rule; a bad rule raises InvalidRequest naming the problem."""
    words = text.split()
    if not words or words[0] not in KINDS:
        raise InvalidRequest(f"alert rule must start with one of {', '.join(KINDS)}: {text!r}")
    rule = Rule(kind=words[0])
    for word in words[1:]:
        key, sep, value = word.partition("=")
        key = key.lower().replace("_", "-")
        if not sep or not value or key not in _KEYS[rule.kind]:
            allowed = ", ".join(sorted(_KEYS[rule.kind]))
            raise InvalidRequest(f"unknown filter {word!r} for {rule.kind} rules (allowed: {allowed})")
        values = [v.strip() for v in value.split(",") if v.strip()]
        if key == "min-confidence" and not (len(values) == 1 and values[0].isdigit() and int(values[0]) <= 100):
            raise InvalidRequest(f"min-confidence must be a number 0–100, not {value!r}")
        rule.filters[key] = values
    rule.name = rule.text
    return rule


def _any(values: list[str], *candidates: str | None) -> bool:
    wanted = {v.casefold() for v in values}
    return any(c is not None and c.casefold() in wanted for c in candidates)


def event_matches(rule: Rule, event: dict[str, Any]) -> bool:
    """Whether an event (as stored: ``store.events.event_dict``) passes the rule's filters."""
    f = rule.filters
    if "type" in f and not _any(f["type"], event.get("type")):
        return False
    if "actor" in f and not _any(f["actor"], event.get("actor")):
        return False
    if "recipient" in f and not _any(f["recipient"], event.get("recipient")):
        return False
    if "party" in f and not _any(f["party"], event.get("actor"), event.get("recipient")):
        return False
    if "min-confidence" in f and (event.get("confidence") or 0) < int(f["min-confidence"][0]):
        return False
    return not ("typology" in f and not _any(f["typology"], *event.get("typologies", [])))


def event_payload(rule: Rule, event: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    keep = ("id", "type", "actor", "recipient", "item", "date_first", "date_last", "status", "status_counts",
            "sources", "origins", "articles", "admiralty", "confidence", "typologies")
    parties = f"{event.get('actor') or '?'} → {event.get('recipient') or '?'}"
    summary = (f"{event['type']} {parties} {event.get('item') or ''}: {event['status']}, "
               f"{event['sources']} independent source(s), Admiralty {event['admiralty']}")
    return {"rule": rule.name, "kind": rule.kind, "subject": f"event:{event['id']}", "summary": summary,
            "event": {k: event.get(k) for k in keep}} | (extra or {})


def backoff_seconds(attempts: int, base: float = 30.0, cap: float = 6 * 3600) -> float:
    """Delay before the next try after ``attempts`` failures: 30 s, 60 s, 120 s … capped at 6 h."""
    return min(base * 2 ** max(attempts - 1, 0), cap)


def destination_label(dest: dict[str, str]) -> str:
    ((kind, target),) = dest.items()
    return f"{kind}:{target}"
