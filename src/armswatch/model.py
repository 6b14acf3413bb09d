"""Plain data shared by every stage.

Each stage takes and returns these dataclasses (or their ``to_dict()``
form); none of them knows about the store, the CLI or the web.  Field names
follow the claim schema in the dev-corpus README and, where it has one, the
FollowTheMoney vocabulary (``Article``, ``Mention``, ``Sanction``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ClaimType = Literal["transfer", "production", "test", "evasion", "enforcement", "agreement", "deployment"]
Status = Literal["confirmed", "reported", "planned", "speculated", "denied"]
Precision = Literal["day", "month", "year", "none"]

CLAIM_TYPES: tuple[str, ...] = (
    "transfer", "production", "test", "evasion", "enforcement", "agreement", "deployment",
)
STATUSES: tuple[str, ...] = ("confirmed", "reported", "planned", "speculated", "denied")
ENTITY_LABELS: tuple[str, ...] = ("countries", "organizations", "persons", "weapons")


@dataclass
class Document:
    """One article as ingested: cleaned text plus metadata.

    ``id`` is the first 16 hex digits of the SHA-256 of the normalised text,
    so the same article ingested twice gets the same id.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, timezone-aware when precision is "day"
    date_precision: Precision = "none"
    fetched_at: str | None = None
    language: str | None = None
    content_type: str = "text/plain"
    origin: str | None = None  # file path, URL or feed the article came from
    raw: str | None = None  # the source as received (HTML, feed entry, text)
    duplicate_of: str | None = None  # id of the earliest near-duplicate copy

    def to_dict(self, with_raw: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not with_raw:
            data.pop("raw")
        return data


@dataclass
class Mention:
    """A span of the document text naming an entity."""

    text: str
    label: str  # COUNTRY | ORG | PERSON | WEAPON
    start: int
    end: int
    canonical: str  # ISO2 for countries, canonical name otherwise

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Claim:
    """One event as an analyst would log it, with its verbatim evidence."""

    type: str
    actor: str | None
    recipient: str | None
    item: str | None
    status: str
    evidence: str
    evidence_start: int
    evidence_end: int
    date: str | None = None  # YYYY-MM-DD or YYYY-MM
    date_precision: Precision = "none"
    source: str | None = None
    rule: str = ""
    typologies: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """What the extractor returns for one document."""

    entities: dict[str, list[str]]
    mentions: list[Mention]
    claims: list[Claim]

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": {k: list(self.entities.get(k, [])) for k in ENTITY_LABELS},
            "mentions": [m.to_dict() for m in self.mentions],
            "claims": [c.to_dict() for c in self.claims],
        }
