"""Plain data of the assessment stage: a claim with its identity, an event and its members."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from armswatch.model import Claim


@dataclass
class ClaimRef:
    """A stored claim: its row id, the document it came from, and the claim itself."""

    id: int | str
    document_id: str
    claim: Claim


@dataclass
class Member:
    """One claim behind an event, with why it joined and which independent source it counts for."""

    claim_id: int | str
    document_id: str
    why: dict[str, str]
    origin: str = ""  # independent-source key
    origin_name: str = ""
    pinned: bool = False
    parent: int | str | None = None  # the more specific claim it joined through (None: linked as a peer)


@dataclass
class Event:
    key: str  # stable within one run: "<type>|<actor>|<recipient>|<item root>#<n>"
    type: str
    actor: str | None
    recipient: str | None
    item: str | None
    date_first: str | None = None
    date_last: str | None = None
    members: list[Member] = field(default_factory=list)
    status: str = "reported"
    status_counts: dict[str, int] = field(default_factory=dict)
    sources: int = 0  # independent sources
    origins: list[str] = field(default_factory=list)
    articles: int = 0  # distinct documents (copies included)
    reliability: str = "F"
    credibility: int = 6
    confidence: int | None = None  # STIX 2.1; None when credibility is 6
    typologies: list[str] = field(default_factory=list)
    id: int | None = None  # set once stored
    pinned_id: int | None = None  # the stored event analysts pinned claims to

    @property
    def admiralty(self) -> str:
        return f"{self.reliability}{self.credibility}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["admiralty"] = self.admiralty
        return data
