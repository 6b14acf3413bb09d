"""Organization names normalised the way the annotation conventions record them.

* An acronym defined in the text ("Multilateral Sanctions Monitoring Team (MSMT)") stands for its long form.
* A state's generic body takes the state's demonym: "China's foreign ministry" / "the Russian Defence
  Ministry" → "Chinese Ministry of Foreign Affairs" / "Russian Ministry of Defence"; "South Korea's Joint
  Chiefs of Staff" → "South Korean Joint Chiefs of Staff".
* Statistical ORG guesses that are treaties, products or model names ("Falcon Heavy", "737 MAX") are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from armswatch.extraction.gazetteer import gazetteer
from armswatch.extraction.statebodies import MINISTRY_FIELDS

_SMALL = {"of", "and", "for", "the", "on", "in", "de", "&"}
_DEFINED = re.compile(r"((?:[A-Z][\w'’&.-]*|of|and|for|the|on|in|de|&)(?:[ ,]+(?:[A-Z][\w'’&.-]*|of|and|for|the|"
                      r"on|in|de|&)){1,9})\s+\(([A-Z][A-Za-z0-9&.-]{1,9})\)")
_NOT_ORG = re.compile(r"\b(?:Treaty|Pact|Accord|Agreement|Convention|Partnership|Protocol|Memorandum)\b|"
                      r"\b[A-Z]*\d+[A-Z]*\b|^(?:MAX|Heavy|Compact)$|\bHeavy$")
_TITLE_OF = re.compile(r"\b(?:Secretary|Minister) of $")
_TITLE_AFTER = re.compile(r" (?:Secretary|Minister)\b")  # 'Chief Cabinet Secretary': 'Cabinet' is in a title
_MINISTRY = re.compile(r"^(?:the\s+)?(?:(?P<f1>[A-Z][a-z]+)\s+Ministry|Ministry\s+of\s+(?P<rest>.+))$", re.I)
_STATE_BODIES = re.compile(r"^(?:Joint Chiefs of Staff|General Staff|Air Force|Foreign Office|Defence Ministry|"
                           r"Defense Ministry|Foreign Ministry|Unification Ministry|Ministry of .+)$")


_MINISTRY_MENTION = re.compile(
    r"\b(?:(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Trade|Emergencies|Energy) Ministry"
    r"|Ministry of (?:Foreign Affairs|National Defen[cs]e|[A-Z][a-z]+(?: Industry| Industries| Affairs| Security"
    r"| Development| Resources| Protection| Relations| Construction)?(?:(?:,| and) (?:[A-Z][a-z]+|[A-Z]{2,5}))*)"
    r"(?P<of> of (?:the )?(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?)\b")  # 'Ministry of Science and ICT'


_US_DISTRICT = re.compile(r"\b(?:U\.S\.|US|United States|[Tt]he) (?P<kind>Attorney['’]s Office|District Court) for the "
                          r"(?P<district>(?:(?:Eastern|Western|Northern|Southern|Central|Middle) )?District of "
                          r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def federal_district_bodies(text: str) -> list[Any]:
    """'the U.S. Attorney's Office for the Eastern District of New York', 'U.S. District Court for the District
    of Columbia': federal prosecutors and courts by their full names (NER cuts them at 'for the')."""
    from armswatch.extraction.entities import Ent

    out = []
    for m in _US_DISTRICT.finditer(text):
        start = m.start("kind") if m.group(0).lower().startswith("the ") else m.start()
        name = f"U.S. {m.group('kind')} for the {m.group('district')}".replace("’", "'")
        out.append(Ent(start, m.end(), "ORG", name, text[start:m.end()], "pattern"))
    return out


def ministry_mentions(text: str) -> list[Any]:
    """Ministries by pattern ('Defence Ministry', 'Ministry of Agriculture, Forestry and Fisheries', 'Ministry
    of Foreign Affairs of China'); a trailing 'of X' belongs to the name only when X is a state."""
    from armswatch.extraction.entities import Ent

    out = []
    for m in _MINISTRY_MENTION.finditer(text):
        end = m.start("of") if m.group("of") and m.group("state") not in gazetteer().countries else m.end()
        out.append(Ent(m.start(), end, "ORG", text[m.start():end], text[m.start():end], "pattern"))
    return out


_OTHER_DEMONYMS = {"KZ": "Kazakh", "KG": "Kyrgyz", "UZ": "Uzbek", "TJ": "Tajik", "TM": "Turkmen", "TH": "Thai",
                   "NL": "Dutch", "CH": "Swiss", "GB": "British"}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """ISO2 → demonym adjective, read from the country gazetteer ('Russian', 'South Korean', 'Chinese')."""
    out: dict[str, str] = {}
    by_code: dict[str, list[str]] = {}
    for alias, code in gazetteer().countries.items():
        by_code.setdefault(code, []).append(alias)
    for code, aliases in by_code.items():
        plural = [a for a in aliases if a + "s" in aliases]
        adjective = [a for a in aliases if re.search(r"(?:ese|ish|ch|an|ian|i)$", a) and a != aliases[0]
                     and " of " not in a and len(a.split()) <= 2]
        if plural or adjective:
            out[code] = (plural or adjective)[0]
    for code, adj in _OTHER_DEMONYMS.items():  # adjectives no suffix rule finds ('Kazakh', 'Kyrgyz')
        if by_code.get(code) and adj in by_code[code]:
            out.setdefault(code, adj)
    return out


@lru_cache(maxsize=1)
def states_by_demonym() -> dict[str, str]:
    """Demonym adjective → ISO2, the inverse of `demonyms`."""
    return {adj: code for code, adj in demonyms().items()}


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronym → long form for 'Long Form Name (LFN)' definitions whose initials match."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        words, short = m.group(1).split(), m.group(2).replace(".", "")
        for start in range(len(words)):
            cand = [w for w in words[start:] if w.lower() not in _SMALL]
            if cand and words[start].lower() not in _SMALL and \
                    "".join(w[0] for w in cand).upper() == short.upper():
                out[m.group(2)] = " ".join(words[start:]).rstrip(",")
                break
    return out


def state_body_name(name: str, state: str | None) -> str | None:
    """The conventions' name for a state's generic body, or None when it is not one."""
    if not state or state not in demonyms() or not _STATE_BODIES.match(name):
        return None
    adj = demonyms()[state]
    m = _MINISTRY.match(name)
    if m and m.group("f1"):
        field = MINISTRY_FIELDS.get(m.group("f1").lower())
        return f"{adj} Ministry of {field}" if field else None
    return f"{adj} {name}"


def _state_before(text: str, start: int) -> str | None:
    """A state named just before an organization: "Japan's", "the Russian"."""
    g = gazetteer()
    before = text[max(0, start - 40):start]
    m = re.search(r"((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*)(?:['’]s)?\s+$", before)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words)):
        if " ".join(words[n:]) in g.countries:
            return g.countries[" ".join(words[n:])]
    return None


_PANEL_1718 = "UN Panel of Experts (1718 Committee)"
_PANEL_ON = re.compile(r" on (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


# States with their own UN sanctions panel of experts besides the DPRK's (Security Council committees).
_PANEL_STATES = {"SD": "Sudan", "YE": "Yemen", "LY": "Libya", "SO": "Somalia", "SS": "South Sudan",
                 "CF": "the Central African Republic", "CD": "the Democratic Republic of the Congo",
                 "ML": "Mali", "HT": "Haiti"}


def _which_panel(text: str, ent: Any, ents: list[Any]) -> str:
    """'the UN Panel of Experts on Yemen' names its own panel; a bare 'UN panel of experts' is the DPRK one
    unless the article never names North Korea and names one of the other panels' states."""
    if (on := _PANEL_ON.match(text, ent.end)) and (code := gazetteer().countries.get(on.group(1))):
        ent.end = on.end()
        return f"UN Panel of Experts on {_PANEL_STATES[code]}" if code in _PANEL_STATES else _PANEL_1718
    codes = [e.canonical for e in ents if e.label == "COUNTRY"]
    others = sorted({c for c in codes if c in _PANEL_STATES}, key=codes.count, reverse=True)
    if "KP" in codes or not others:
        return _PANEL_1718
    return f"UN Panel of Experts on {_PANEL_STATES[others[0]]}"


def normalise_orgs(text: str, ents: list[Any]) -> list[Any]:
    """Apply the three rules to ORG entities in place; returns the entities kept."""
    from armswatch.extraction.statebodies import canonical_body

    g = gazetteer()
    acronyms = defined_acronyms(text)
    out = []
    for e in ents:
        if e.label == "ORG":
            if e.canonical in acronyms and e.canonical not in g.orgs:
                long = acronyms[e.canonical]
                e.canonical = g.orgs[long].name if long in g.orgs else long
            if e.source == "ner" and e.canonical not in g.orgs and (
                    _NOT_ORG.search(e.canonical) or _TITLE_OF.search(text[max(0, e.start - 14):e.start])
                    or _TITLE_AFTER.match(text, e.end)):
                continue  # 'Secretary of State', 'Minister of Defence': part of a title
            known = g.org_by_name.get(e.canonical)
            generic = e.canonical if known is None or (known.kind == "state" and known.country is None) else None
            if generic and (renamed := state_body_name(generic, _state_before(text, e.start))):
                e.canonical = renamed
            if e.canonical == "UN Security Council" and e.text == "Security Council" and \
                    (state := _state_before(text, e.start)):
                from armswatch.extraction.statebodies import country_name

                e.canonical = f"Security Council of {country_name(state)}"  # "Russia's Security Council"
            if e.canonical == _PANEL_1718:
                e.canonical = _which_panel(text, e, ents)
            e.canonical = canonical_body(e.canonical)
            if re.search(r"\b(?:Co|Ltd|Inc|Corp)$", e.canonical) and text[e.end:e.end + 1] == ".":
                e.canonical += "."  # 'Xyz Engine Co.': the abbreviation keeps its point
                e.end += 1
        out.append(e)
    return out
