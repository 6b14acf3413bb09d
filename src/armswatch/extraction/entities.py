"""Mentions of countries, organizations, persons and weapons in a parsed document."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from armswatch.extraction import designations
from armswatch.extraction.companies import registered_names, short_forms, short_mentions, widen_companies
from armswatch.extraction.dateline import dateline_countries, datelines
from armswatch.extraction.furniture import inside
from armswatch.extraction.gazetteer import gazetteer
from armswatch.extraction.orgnames import federal_district_bodies, ministry_mentions, normalise_orgs
from armswatch.extraction.shorthand import korea_shorthand
from armswatch.extraction.statebodies import state_bodies

_WEAPON_NOUN = (r"(?:missiles?|rockets?|drones?|tanks?|systems?|batter(?:y|ies)|launchers?|howitzers?|vehicles?|"
                r"interceptors?)")


@dataclass
class Ent:
    start: int  # character offsets in doc.text
    end: int
    label: str  # COUNTRY | ORG | PERSON | WEAPON
    canonical: str
    text: str = ""
    source: str = "gazetteer"  # gazetteer | pattern | ner


@lru_cache(maxsize=1)
def _designation_re() -> re.Pattern[str]:
    g = gazetteer()
    long = [re.escape(p) for p in g.weapon_prefixes if len(p) > 2] + [re.escape(k) for k in g.respell]
    short = [re.escape(p) for p in g.weapon_prefixes if len(p) <= 2]
    return re.compile(
        rf"\b(?:(?i:(?P<long>{'|'.join(long)}))[- ]?|(?P<short>{'|'.join(short)})-)"
        r"(?P<num>\d{1,3}(?:[A-Za-z]{1,2})?)\b(?P<more>(?:/\d{1,3}[A-Za-z]{0,2}\b)*)")


@lru_cache(maxsize=1)
def _context_re() -> re.Pattern[str]:
    data = json.loads(resources.files("armswatch.data").joinpath("weapons.json").read_text("utf-8"))
    names = "|".join(re.escape(n) for n in data.get("context_names", {}))
    return re.compile(rf"\b({names})(?=[- ](?:air[- ]defen[cs]e |anti-\w+ |cruise |attack )?{_WEAPON_NOUN}\b)")


def canon_designation(prefix: str, num: str) -> str:
    g = gazetteer()
    prefix = g.respell.get(prefix.lower(), prefix)
    fixed = next((p for p in g.weapon_prefixes if p.lower() == prefix.lower()), prefix)
    digits = re.match(r"\d+", num).group(0)  # type: ignore[union-attr]
    suffix = num[len(digits):]
    suffix = suffix.upper() if len(suffix) == 1 else suffix.capitalize()
    name = f"{fixed}-{digits}{suffix}"
    return next((known for known in g.weapons if known.lower() == name.lower()), name)


def pattern_weapons(text: str) -> list[Ent]:
    """Designations by family pattern (Hwasong-11Ga, Shahed-136/131) and context-bound names."""
    g = gazetteer()
    out: list[Ent] = []
    for m in _designation_re().finditer(text):
        prefix = m.group("long") or m.group("short")
        num = m.group("num")
        end = m.end("num")
        if num.endswith("s") and not num[-2:-1].isalpha():  # a plural: 'KN-23s', 'Geran-2s'
            num, end = num[:-1], end - 1
        name = canon_designation(prefix, num)
        if name.lower() in g.civil:
            continue
        out.append(Ent(m.start(), end, "WEAPON", name, text[m.start():end], "pattern"))
        base = m.end("num")
        for extra in re.finditer(r"/(\d{1,3}[A-Za-z]{0,2})", m.group("more") or ""):
            out.append(Ent(base + extra.start(1), base + extra.end(1), "WEAPON",
                           canon_designation(prefix, extra.group(1)), extra.group(1), "pattern"))
    for m in _context_re().finditer(text):
        out.append(Ent(m.start(1), m.end(1), "WEAPON", m.group(1), m.group(1), "pattern"))
    for start, end, name in designations.find(text):
        out.append(Ent(start, end, "WEAPON", name, text[start:end], "pattern"))
    return out + _bare_families(text, out)


def _bare_families(text: str, found: list[Ent]) -> list[Ent]:
    """A numbered family named only bare ('Shahed drones', 'the Shaheds', 'Shahed-type drones') in an article
    that names none of its numbered designations: the family itself is the weapon, as annotators list it. With a
    numbered one named ('Shahed-136 … the Shaheds'), the bare name is only shorthand for it and adds nothing."""
    out: list[Ent] = []
    for prefix in gazetteer().weapon_prefixes:
        if len(prefix) < 5 or any(e.canonical.startswith(prefix) for e in found):
            continue  # short prefixes ('Su', 'Mi', 'KN') are also names and words
        for m in re.finditer(rf"\b{re.escape(prefix)}(?:s\b|\b)(?:-(?:type|style|series|like|based|derived)\b|"
                             r"(?![-/]\w))", text):  # 'Shahed-type drones' too
            out.append(Ent(m.start(), m.start() + len(prefix), "WEAPON", prefix, prefix, "pattern"))
    return out


def gazetteer_ents(doc: Any, text: str) -> list[Ent]:
    from armswatch.extraction.nlp import matchers

    g = gazetteer()
    exact, lower = matchers()
    out: list[Ent] = []
    tables: dict[str, dict[str, Any]] = {"COUNTRY": g.countries, "ORG": g.orgs, "PERSON": g.persons}
    for match_id, start, end in exact(doc):
        span = doc[start:end]
        label = doc.vocab.strings[match_id]
        name = text[span.start_char:span.end_char]  # Span.text, without rebuilding it from the tokens
        value = tables[label].get(name)
        if value is None:
            continue
        canonical = value.name if label == "ORG" else value  # type: ignore[union-attr]
        out.append(Ent(span.start_char, span.end_char, label, canonical, name))
    by_lower = g.weapons_by_lower
    for _match_id, start, end in lower(doc):
        span = doc[start:end]
        raw = name = text[span.start_char:span.end_char]  # Span.text, without rebuilding it from the tokens
        if name not in g.weapons and name.lower() not in by_lower and name.endswith("s"):
            name = name[:-1]  # a plural: 'TB2s' are TB2 drones
        hit = g.weapons.get(name) or by_lower.get(name.lower())
        joined = text[span.end_char:span.end_char + 2]
        if len(joined) == 2 and joined[0] in "-/" and joined[1].isalnum() and not span[-1].whitespace_:
            continue  # part of a longer name: 'K2-18b' is an exoplanet, not the K2 tank
        if hit and (any(c.isdigit() for c in name) or name in g.weapons):
            out.append(Ent(span.start_char, span.end_char, "WEAPON", hit[0], raw))
    return out


def select(ents: list[Ent]) -> list[Ent]:
    """Non-overlapping spans: longest first, gazetteer/pattern before statistical NER on ties."""
    rank = {"gazetteer": 0, "pattern": 0, "ner": 1}
    chosen: list[Ent] = []
    taken = bytearray(max((e.end for e in ents), default=0))  # 1 where a chosen span covers the character
    for ent in sorted(ents, key=lambda e: (rank[e.source], -(e.end - e.start), e.start)):
        if ent.end <= ent.start or any(taken[ent.start:ent.end]):
            continue
        chosen.append(ent)
        taken[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
    return sorted(chosen, key=lambda e: e.start)


FIRM_TAILS = {"Technology", "Technologies", "Machinery", "Trading", "Soft", "Software", "Network", "Electronics",
              "Industries", "Industrial", "Logistics", "Shipping", "Engineering", "Equipment", "Materials",
              "Microtech", "Microelectronics", "Instruments", "Components", "Tech"}


def _firm_prefix(place: Ent, ner: list[Ent]) -> bool:
    """'Harbin Northstar Precision Machinery', 'Yanbian Silverleaf Technology': a city that begins a company name
    the model tagged whole is part of that name, not a mention of the place."""
    return place.label == "COUNTRY" and any(
        e.label == "ORG" and e.start == place.start and e.end > place.end and len(e.text.split()) >= 3
        and e.text.split()[-1] in FIRM_TAILS for e in ner)


def find_entities(doc: Any, furniture: list[tuple[int, int]], text: str | None = None) -> list[Ent]:
    from armswatch.extraction.ner import ner_ents, resolve_persons
    from armswatch.extraction.persons import listed_people, tidy_persons

    text = doc.text if text is None else text  # doc.text is rebuilt from the tokens on each access
    places = [(p0, end) for _, end, p0, _ in datelines(text)]  # place + date: no NER guesses there
    placed = [Ent(s, e, "COUNTRY", code, text[s:e]) for s, e, code in dateline_countries(text)]
    placed += [Ent(s, e, "COUNTRY", code, text[s:e], "pattern") for s, e, code in korea_shorthand(text)]
    gazetted = gazetteer_ents(doc, text)
    bodies = [Ent(s, e, "ORG", name, text[s:e], "pattern") for s, e, name in state_bodies(doc, text, placed + gazetted)]
    listed = [Ent(s, e, "PERSON", name, text[s:e], "pattern") for s, e, name in listed_people(text)]
    own = select(placed + gazetted + pattern_weapons(text) + bodies + ministry_mentions(text)
                 + federal_district_bodies(text) + listed)
    found = ner_ents(doc, text)
    own = [o for o in own if not _firm_prefix(o, found)]
    owned = bytearray(len(text))
    for o in own:
        owned[o.start:o.end] = b"\x01" * (o.end - o.start)
    ner = [e for e in found if not any(owned[e.start:e.end])
           and not any(s <= e.start < end and text[e.start - 1] != "(" for s, end in places)]
    firms = [Ent(s, e, "ORG", name, text[s:e], "pattern") for s, e, name in registered_names(text)]
    ents = widen_companies(text, select(own + firms + [e for e in ner if not any(
        f.start < e.end and e.start < f.end for f in firms)]))
    ents = tidy_persons(doc, resolve_persons(doc, ents), text)
    ents = normalise_orgs(text, ents)
    ents = short_mentions(text, ents, lambda s, e, name: Ent(s, e, "ORG", name, text[s:e], "pattern"))
    short_forms(ents)
    return [e for e in ents if not inside(furniture, e.start, e.end) and not _us_georgia(e, text)]


_US_GEORGIA = re.compile(r"Georgia (?:man|woman|men|women|resident|residents|company|firm|couple|native|"
                         r"businessman|businesswoman|laptop)\b")
_CITY_STATE = re.compile(r"([A-Z][a-z]+), $")


def _us_georgia(ent: Ent, text: str) -> bool:
    """'a Georgia man', 'Atlanta, Georgia': the US state, not the country (in a story that names Atlanta, where
    'Georgia' describes a resident, or where it follows a place that is not a state: 'Armenia, Georgia' stays)."""
    if ent.label != "COUNTRY" or ent.canonical != "GE" or not ent.text.startswith("Georgia"):
        return False
    before = _CITY_STATE.search(text[max(0, ent.start - 30):ent.start])
    city = before is not None and before.group(1) not in gazetteer().countries
    return bool(_US_GEORGIA.match(text, ent.start)) or city or "Atlanta" in text
