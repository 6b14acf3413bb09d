"""Read the accepted alternatives a gold claim's ``note`` gives (dev-corpus README: "Accepted alternatives are
written in the claim's note").

Annotators write them in free English: "Actor KP acceptable", "recipient null acceptable", "US/KR/JP acceptable
as actor", "Lazarus Group ↔ KP", "Recipient YE stands for the Houthis; null acceptable", "'speculated'
acceptable", "'2025-02' acceptable". A clause that names no role takes the role last named before it in the
note; a value whose role stays unknown is used only when its kind settles it (a date, a status, an
organization name, which can only be an actor). Anything else is left out: the scorer stays strict where the
note is unclear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

STATUSES = {"confirmed", "reported", "planned", "speculated", "denied"}
_ROLE_WORDS = {
    "actor": "actor", "actors": "actor", "supplier": "actor", "exporter": "actor", "seller": "actor",
    "maker": "actor", "manufacturer": "actor", "producer": "actor", "party": "party", "parties": "party",
    "recipient": "recipient", "recipients": "recipient", "target": "recipient", "targets": "recipient",
    "buyer": "recipient", "importer": "recipient",
    "date": "date", "dates": "date", "status": "status", "source": "source", "item": "item",
}
_ROLE = re.compile(r"\b(" + "|".join(_ROLE_WORDS) + r")\b", re.I)
_ACCEPT = re.compile(r"\b(?:also\s+)?(?:acceptable|defensible)\b(?:\s+as\s+(\w+))?", re.I)
_DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
_ISO = re.compile(r"^[A-Z]{2}$")
_SEP = re.compile(r"\s*(?:/|,|\bor\b|\band\b)\s*")


@dataclass
class Alternatives:
    actors: set[Any] = field(default_factory=set)
    recipients: set[Any] = field(default_factory=set)
    statuses: set[Any] = field(default_factory=set)
    dates: set[Any] = field(default_factory=set)
    parties: set[Any] = field(default_factory=set)  # an agreement party that may stand for either side


def _values(text: str) -> list[Any]:
    """The values a clause offers ('US/KR/JP', "'Council of the EU'", 'null', "KP or null")."""
    quoted = re.findall(r"['\"‘’“”]([^'\"‘’“”]+)['\"‘’“”]", text)
    if quoted:
        return [q.strip() for q in quoted]
    text = re.sub(r"^\W+|\W+$", "", re.sub(r"\b(?:also|is|are|as|an?|the)\b", " ", text, flags=re.I)).strip()
    values = [re.sub(r"^(?:[a-z]\S*\s+)+(?=[A-Z])", "", v) for v in _SEP.split(text) if v]  # 'firm Hyundai Rotem'
    return [None if v.lower() == "null" else v for v in values if v]


_CLAUSE_END = re.compile(r"[;()]|(?<=[.!?])\s+|,\s+(?=\w+(?:\s\w+)?\s+(?:also\s+)?acceptable)")


def _clauses(note: str) -> list[str]:
    return [c for c in _CLAUSE_END.split(note) if c.strip()]


def parse_note(gold: dict[str, Any]) -> Alternatives:
    """The alternatives of one gold claim, the gold's own values included."""
    alt = Alternatives({gold.get("actor")}, {gold.get("recipient")}, {gold.get("status")}, {gold.get("date")})
    note = re.sub(r"\((or [^()]*)\)", r" \1", gold.get("note") or "")  # 'recipient RU (or null) acceptable'
    note = re.sub(r"\((?![^()]*(?:acceptable|defensible))[^()]*\)", " ", note)  # '(supplier)', '(Iran)': asides
    for m in re.finditer(r"([\w .]+?)\s*(?:↔|<->)\s*([\w/ ]+?)(?=[;).,]|\s+acceptable|$)", note):
        if m.group(1).strip() in alt.actors:
            alt.actors.update(v.strip() for v in m.group(2).split("/"))
    role = None
    for clause in _clauses(note):
        accept = _ACCEPT.search(clause)
        head = clause[:accept.start()] if accept else clause
        roles = list(_ROLE.finditer(head))
        if not accept:
            role = _ROLE_WORDS[roles[-1].group(1).lower()] if roles else role
            continue
        for here, offered in _segments(head, roles, role, accept.group(1)):
            for value in _values(offered):
                _add(alt, here, value, gold)
            role = here
    return alt


def _segments(head: str, roles: list[re.Match[str]], carried: str | None,
              after: str | None) -> list[tuple[str | None, str]]:
    """Split an accepting clause into (role, offered text): 'actor null or recipient KP' gives both; text
    before the first role word belongs to that word when joined by 'as' ('X as actor'), else to the role
    named after 'acceptable as', else to the role carried from earlier in the note."""
    def kind(word: str | None) -> str | None:
        return _ROLE_WORDS.get(word.lower()) if word else None
    lead = head[:roles[0].start()] if roles else head
    lead_role = kind(after) or carried
    if roles and re.search(r"\bas\s*$", lead):
        lead, lead_role = re.sub(r"\bas\s*$", "", lead), kind(roles[0].group(1))
    out = [(lead_role, lead)] if lead.strip() else []
    for i, m in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(head)
        out.append((kind(m.group(1)), head[m.end():end]))
    return out


def _add(alt: Alternatives, role: str | None, value: Any, gold: dict[str, Any]) -> None:
    if isinstance(value, str) and value.lower() in STATUSES:
        alt.statuses.add(value.lower())
    elif isinstance(value, str) and _DATE.match(value):
        alt.dates.add(value)
    elif role == "date":
        if value is None:
            alt.dates.add(None)
    elif role == "recipient":
        if value is None or _ISO.match(value) or gold.get("type") == "agreement":
            alt.recipients.add(value)  # otherwise not a value the schema allows a recipient
    elif role in ("actor", "party"):
        (alt.parties if role == "party" else alt.actors).add(value)
    elif role is None and value is not None and value[:1].isupper() and not _ISO.match(value):
        alt.actors.add(value)  # an organization's name can only stand for the actor
    elif role is None and value is not None and gold.get("recipient") is None \
            and gold.get("actor") and not _ISO.match(str(gold["actor"])):
        alt.actors.add(value)  # 'Lazarus Group; KP acceptable': the state behind a named actor
