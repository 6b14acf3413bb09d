"""A state's own bodies written in lower case or by position: "Iran's foreign ministry", "Russia's embassy in
Seoul", "the Ukrainian air force", "Russia's Security Council", "foreign ministry spokesman X" in a Tehran story.

News style lowercases these bodies, so NER and the case-sensitive gazetteer miss them. Each is named the way
the annotation conventions record a state body: demonym + official English name ("Iranian Ministry of
Foreign Affairs"), "Embassy of Russia in South Korea", "Security Council of Russia". Where a state calls its
defence ministry something else (South Korea's Ministry of National Defense), that name is used.
"""

from __future__ import annotations

import re
from typing import Any

# The official English names that differ from "Ministry of Defence" (facts, spelled as each state spells them).
DEFENCE_NAMES = {"KR": "Ministry of National Defense", "TW": "Ministry of National Defense",
                 "JP": "Ministry of Defense", "PH": "Department of National Defense"}
_BODY = (r"(?P<body>(?:foreign|defen[cs]e) ministry|ministry of (?:foreign affairs|defen[cs]e)|air force|navy|"
         r"parliament|embassy in (?-i:(?P<place>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)))")
_LOWER_BODY = re.compile(rf"\b{_BODY}\b", re.I)


def ministry_name(state: str, field: str, demonym: str) -> str:
    if field == "Defence" and state in DEFENCE_NAMES:
        return f"{demonym} {DEFENCE_NAMES[state]}"
    return f"{demonym} Ministry of {field}"


def _context_state(text: str, start: int, ents: list[Any]) -> str | None:
    """The state a bare 'foreign ministry' belongs to: the first state named earlier in its sentence, else the
    first named in the previous sentence of the paragraph (the one answering is usually the subject there)."""
    para = text.rfind("\n", 0, start) + 1
    stops = [para] + [para + m.end() for m in re.finditer(r"[.!?][\"”’]?\s", text[para:start])]
    for lo, hi in ((stops[-1], start), (stops[-2], stops[-1]) if len(stops) >= 2 else (start, start)):
        states = [e.canonical for e in ents if e.label == "COUNTRY" and lo <= e.start < hi]
        if states:
            return states[0]
    return None


_THE = {"US", "GB", "NL", "AE", "PH", "CZ"}  # 'Embassy of Russia in the United States'


def country_name(code: str) -> str:
    from armswatch.extraction.attribution import country_name as name

    return f"the {name(code)}" if code in _THE else name(code)


def state_bodies(doc: Any, text: str, ents: list[Any]) -> list[tuple[int, int, str]]:
    """(start, end, canonical) for each lower-case or context-bound state body in `text`; `ents` holds the
    country mentions found so far."""
    from armswatch.extraction.gazetteer import gazetteer
    from armswatch.extraction.orgnames import _state_before
    from armswatch.extraction.orgnames import demonyms as _demonyms

    countries, demonyms = gazetteer().countries, _demonyms()
    out = []
    for m in _LOWER_BODY.finditer(text):
        body = m.group("body")
        lower = body.lower()
        ministry, embassy = "ministry" in lower, lower.startswith("embassy")
        if body[0].isupper() and not (ministry or embassy):
            continue  # 'Air Force', 'Navy' in capitals: the gazetteer or NER names them
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span[-1].dep_ == "compound" and not (ministry or embassy):
            continue  # 'navy ships', 'air force base': a modifier, not the body acting
        state = _state_before(text, m.start())  # "Iran's", "the Iranian", "South Korean"
        if state is None and ministry:
            state = _context_state(text, m.start(), ents)  # 'Foreign Ministry spokesman X said' in a Tehran story
        if state is None or state not in demonyms:
            continue
        adj = "U.S." if state == "US" else demonyms[state]
        if ministry:
            name = ministry_name(state, "Foreign Affairs" if "foreign" in lower else "Defence", adj)
        elif embassy:
            words = (m.group("place") or "").split()
            place = countries.get(" ".join(words)) or countries.get(words[0] if words else "")
            if place is None or place == state:
                continue
            name = f"Embassy of {country_name(state)} in {country_name(place)}"
        else:
            name = f"{adj} {' '.join(w.capitalize() for w in body.split())}"
        end = m.start() + len("embassy") if embassy else m.end()  # the place stays a country mention
        out.append((m.start(), end, name))
    return out
