"""The data files in ``armswatch/data``: countries, organizations, persons, weapons."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Org:
    name: str
    kind: str  # state | intl | armed | news | company | other
    country: str | None
    acts_for: str | None = None  # the body an organ acts for as a party: 'Council of the EU' → 'European Union'


@dataclass
class Gazetteer:
    countries: dict[str, str] = field(default_factory=dict)  # alias → ISO2
    orgs: dict[str, Org] = field(default_factory=dict)  # alias → Org
    org_by_name: dict[str, Org] = field(default_factory=dict)
    persons: dict[str, str] = field(default_factory=dict)  # alias → canonical
    person_country: dict[str, str] = field(default_factory=dict)  # canonical → ISO2
    weapons: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)  # alias → (canon, cat, origin)
    weapons_by_lower: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    weapon_prefixes: list[str] = field(default_factory=list)
    respell: dict[str, str] = field(default_factory=dict)
    civil: set[str] = field(default_factory=set)
    not_orgs: set[str] = field(default_factory=set)
    category_by_family: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def _load(name: str) -> Any:
    return json.loads(resources.files("armswatch.data").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    for code, aliases in _load("countries.json").items():
        if code.startswith("_"):
            continue
        for alias in aliases:
            g.countries[alias] = code
    data = _load("organizations.json")
    for entry in data["orgs"]:
        org = Org(entry["name"], entry["kind"], entry.get("country"), entry.get("acts_for"))
        g.org_by_name[org.name] = org
        for alias in [entry["name"], *entry["aliases"]]:
            g.orgs[alias] = org
    g.not_orgs = {n.lower() for n in data.get("not_organizations", [])}
    for entry in _load("persons.json")["persons"]:
        for alias in [entry["name"], *entry["aliases"]]:
            g.persons[alias] = entry["name"]
        if entry.get("country"):
            g.person_country[entry["name"]] = entry["country"]
    weapons = _load("weapons.json")
    for fam in weapons["families"]:
        g.category_by_family[fam["family"].lower()] = (fam["category"], fam.get("origin"))
        for des in fam["designations"]:
            g.weapons[des] = (des, fam["category"], fam.get("origin"))
    g.weapons_by_lower = {k.lower(): v for k, v in g.weapons.items()}
    g.weapon_prefixes = sorted(weapons["patterns"], key=len, reverse=True)
    g.respell = weapons.get("respell", {})
    g.civil = {c.lower() for c in weapons.get("civil", [])}
    return g


def norm_key(text: str) -> str:
    """Case-, quote-, hyphen- and space-insensitive key for comparing names."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"[\s\-‐–.]+", "", text)


@lru_cache(maxsize=1)
def alias_index() -> dict[str, str]:
    """norm_key(alias) → canonical, for orgs, persons and weapons (used by the scorer)."""
    g = gazetteer()
    index: dict[str, str] = {}
    for alias, org in g.orgs.items():
        index.setdefault(norm_key(alias), org.name)
    for alias, name in g.persons.items():
        if " " in alias:
            index.setdefault(norm_key(alias), name)
    return index


def weapon_category(canonical: str) -> tuple[str | None, str | None]:
    g = gazetteer()
    if canonical in g.weapons:
        _, cat, origin = g.weapons[canonical]
        return cat, origin
    prefix = re.split(r"[-\s]", canonical)[0].lower()
    for fam, (cat, origin) in g.category_by_family.items():
        if fam == prefix:
            return cat, origin
    for des, (_, cat, origin) in g.weapons.items():
        if des.lower().startswith(prefix):
            return cat, origin
    return None, None
