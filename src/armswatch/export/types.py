"""Plain records the exporters take: an event with its claims and documents, and sanctions hits.

``as_event`` accepts the assessment stage's ``Event`` dataclass or the dict the store's
``events.get_event`` returns, so exporters do not care how the data was queried.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from armswatch.model import Claim, Document, Mention

ISO2 = re.compile(r"^[A-Z]{2}$")
KINDS = {"COUNTRY": "country", "PERSON": "person", "ORG": "organization", "WEAPON": "item"}


@dataclass
class Evidence:
    """One claim behind an event: its stable identity, the claim and how analysts reviewed it."""

    claim_id: int | str
    document_id: str
    claim: Claim
    review: str = "pending"  # pending | accepted | rejected | edited
    origin_name: str = ""

    @property
    def key(self) -> str:
        c = self.claim
        return f"{self.document_id}:{c.evidence_start}-{c.evidence_end}:{c.type}:{c.actor}:{c.recipient}:{c.item}"


@dataclass
class ExportEvent:
    type: str
    actor: str | None
    recipient: str | None
    item: str | None
    status: str = "reported"
    date_first: str | None = None
    date_last: str | None = None
    sources: int = 0
    articles: int = 0
    origins: list[str] = field(default_factory=list)
    status_counts: dict[str, int] = field(default_factory=dict)
    reliability: str = "F"
    credibility: int = 6
    confidence: int | None = None
    typologies: list[str] = field(default_factory=list)
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def admiralty(self) -> str:
        return f"{self.reliability}{self.credibility}"

    @property
    def key(self) -> str:
        """A stable identity: the event's founding claim (earliest document and span)."""
        if not self.evidence:
            return f"{self.type}|{self.actor}|{self.recipient}|{self.item}|{self.date_first}"
        return min(e.key for e in self.evidence)

    @property
    def label(self) -> str:
        sep = " ↔ " if self.type == "agreement" else " → "
        head = f"{self.type}: {self.actor or '?'}{sep}{self.recipient or '?'}"
        return f"{head}: {self.item}" if self.item else head


@dataclass
class EventRecord:
    """What every exporter needs about one event; documents carry text only when the dossier asks."""

    event: ExportEvent
    documents: dict[str, Document] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # per document id


@dataclass
class Hit:
    """A sanctions screening match of a name found in a document."""

    document_id: str
    name: str
    schema: str
    entity_id: str
    caption: str
    list: str
    score: float
    match: bool
    reference: str | None = None
    programs: list[str] = field(default_factory=list)
    explanations: dict[str, Any] = field(default_factory=dict)
    status: str = "open"  # open | confirmed | dismissed


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def as_event(obj: Any, evidence: list[Evidence] | None = None) -> ExportEvent:
    """An ``ExportEvent`` from an assess ``Event``, a store event dict or an ``ExportEvent``."""
    if isinstance(obj, ExportEvent):
        return obj
    tags = _get(obj, "typologies") or []
    if isinstance(tags, str):
        tags = [t for t in tags.split(",") if t]
    fields = {k: _get(obj, k) for k in ExportEvent.__dataclass_fields__ if k not in ("evidence", "typologies")}
    fields = {k: v for k, v in fields.items() if v is not None or k in ("actor", "recipient", "item")}
    return ExportEvent(**fields, typologies=list(tags), evidence=list(evidence or []))


def as_hit(row: Mapping[str, Any]) -> Hit:
    programs = row.get("programs") or []
    if isinstance(programs, str):
        programs = [p for p in programs.split(",") if p]
    values = {k: row.get(k) for k in Hit.__dataclass_fields__ if k in row}
    values["programs"] = list(programs)
    values["explanations"] = dict(row.get("explanations") or {})
    return Hit(**values)


def party_kind(name: str, record: EventRecord | None = None) -> str:
    """country | person | organization: from the record's mentions, else ISO2 codes are countries."""
    if record is not None:
        for mentions in record.mentions.values():
            for m in mentions:
                if m.canonical == name and m.label in KINDS:
                    return KINDS[m.label]
    return "country" if ISO2.match(name or "") else "organization"


def parties(event: ExportEvent) -> list[tuple[str, str]]:
    """(role, name) for the event's actor and recipient."""
    return [(role, n) for role, n in (("actor", event.actor), ("recipient", event.recipient)) if n]
