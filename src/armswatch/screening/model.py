"""Compact list records and versioned snapshots, convertible to FollowTheMoney entities."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

_PAREN = re.compile(r"^(.{3,}?)\s*\(([^()]{2,60})\)$")
PERSON = "Person"
ORG_SCHEMATA = ("Organization", "Company", "LegalEntity")
OBJECT_SCHEMATA = ("Vessel", "Airplane")
SCHEMATA = (PERSON, *ORG_SCHEMATA, *OBJECT_SCHEMATA)


@dataclass
class ListEntry:
    """One designated party as listed by one publisher."""

    id: str  # stable within the list, e.g. "un-KPe.001", "ofac-9345"
    schema: str  # FtM schema: Person, Organization, Company, LegalEntity, Vessel, Airplane
    caption: str
    source: str  # list key: un, ofac-sdn, ofac-cons, opensanctions, uk, ca, starter
    names: list[str] = field(default_factory=list)  # primary name + strong aliases (a.k.a.)
    weak_aliases: list[str] = field(default_factory=list)  # low-quality / f.k.a. aliases
    programs: list[str] = field(default_factory=list)
    reference: str | None = None  # list reference: KPe.001, OFAC ent_num …
    countries: list[str] = field(default_factory=list)  # ISO2 lower-case
    birth_dates: list[str] = field(default_factory=list)  # YYYY, YYYY-MM or YYYY-MM-DD
    identifiers: list[str] = field(default_factory=list)  # passports, IMO numbers, registration ids
    listed_on: str | None = None

    def all_names(self) -> list[str]:
        """Caption, aliases and weak aliases; 'NAME (ABBR)' also yields 'NAME' and 'ABBR'."""
        seen: dict[str, None] = {}
        for name in [self.caption, *self.names, *self.weak_aliases]:
            name = (name or "").strip().strip('"').strip()
            if not name:
                continue
            seen.setdefault(name, None)
            m = _PAREN.match(name)
            if m:
                seen.setdefault(m.group(1).strip(" ,"), None)
                seen.setdefault(m.group(2).strip(), None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListEntry:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def to_ftm(self) -> list[dict[str, Any]]:
        """The entry as FtM entities: the party, plus a Sanction when a programme is known."""
        from followthemoney import model

        schema = self.schema if self.schema in SCHEMATA else "LegalEntity"
        ent = model.make_entity(schema)
        ent.id = self.id
        ent.add("name", self.caption)
        for name in self.names:
            if name != self.caption:
                ent.add("alias", name)
        ent.add("weakAlias", self.weak_aliases)
        ent.add("topics", "sanction")
        if schema == PERSON or schema in ORG_SCHEMATA:
            ent.add("country", self.countries)
        if schema == PERSON:
            ent.add("nationality", self.countries)
            ent.add("birthDate", self.birth_dates)
        if schema in ("Vessel",) and self.identifiers:
            ent.add("imoNumber", [i for i in self.identifiers if i.upper().startswith("IMO")])
        if schema != "Vessel" and schema != "Airplane":
            ent.add("idNumber", self.identifiers)
        out = [ent.to_dict()]
        if self.programs or self.reference:
            sanction = model.make_entity("Sanction")
            sanction.id = f"{self.id}-sanction"
            sanction.add("entity", ent.id)
            sanction.add("program", self.programs)
            sanction.add("programId", self.programs)
            sanction.add("authorityId", self.reference)
            sanction.add("listingDate", self.listed_on)
            sanction.add("publisher", PUBLISHERS.get(self.source, self.source))
            out.append(sanction.to_dict())
        return out


PUBLISHERS = {
    "un": "UN Security Council",
    "ofac-sdn": "US Treasury OFAC (SDN)",
    "ofac-cons": "US Treasury OFAC (non-SDN consolidated)",
    "opensanctions": "OpenSanctions",
    "uk": "UK HM Treasury OFSI",
    "ca": "Global Affairs Canada (SEMA)",
    "starter": "armswatch starter list (UN 1718 facts)",
}


@dataclass
class ListSnapshot:
    """One version of one list as loaded from a file or URL."""

    source: str
    format: str
    origin: str
    sha256: str
    list_date: str | None
    entries: list[ListEntry]
    publisher: str = ""

    def __post_init__(self) -> None:
        if not self.publisher:
            self.publisher = PUBLISHERS.get(self.source, self.source)

    def summary(self) -> dict[str, Any]:
        return {"source": self.source, "publisher": self.publisher, "format": self.format,
                "origin": self.origin, "list_date": self.list_date, "entries": len(self.entries),
                "sha256": self.sha256}
