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
                 "CN": "Ministry of National Defense", "JP": "Ministry of Defense", "IL": "Ministry of Defense",
                 "KP": "Ministry of National Defence", "TR": "Ministry of National Defence",
                 "PL": "Ministry of National Defence", "GR": "Ministry of National Defence",
                 "PH": "Department of National Defense"}
# A ministry's field word ('foreign ministry', 'Ministry of Trade') → the field in its official name.
MINISTRY_FIELDS = {"foreign": "Foreign Affairs", "defence": "Defence", "defense": "Defence", "trade": "Trade",
                   "commerce": "Commerce", "economy": "Economy", "finance": "Finance", "interior": "Interior",
                   "justice": "Justice", "agriculture": "Agriculture", "energy": "Energy",
                   "emergencies": "Emergency Situations", "unification": "Unification"}
_BODY = (r"(?P<body>(?P<field>foreign|defen[cs]e|trade|commerce|economy|finance|interior|justice|agriculture|"
         r"energy) ministry|ministry of (?P<field2>foreign affairs|defen[cs]e|trade|commerce|economy|finance|"
         r"interior|justice|agriculture|energy)|air force|navy|"
         r"parliament|(?:permanent )?mission to the (?:United Nations|UN|U\.N\.)|"
         r"embassy in (?-i:(?P<place>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)))")
_LOWER_BODY = re.compile(rf"\b{_BODY}\b", re.I)
_MISSION_OF = re.compile(r"\b(?:Permanent )?Mission of (?:the )?(?P<state>[A-Z][\w]+(?: [A-Z][\w]+)?) to the "
                         r"(?:United Nations|UN|U\.N\.)")


def mission_name(state: str) -> str:
    return f"Permanent Mission of {country_name(state)} to the United Nations"


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
        ministry, embassy, mission = "ministry" in lower, lower.startswith("embassy"), "mission" in lower
        capital = body[0].isupper() and not (ministry or embassy or mission)
        if capital and (lower not in ("air force", "navy") or any(e.start < m.end() and m.start() < e.end
                                                                   and e.label != "COUNTRY" for e in ents)):
            continue  # other bodies in capitals: the gazetteer or NER names them
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span[-1].dep_ == "compound" and not (ministry or embassy):
            continue  # 'navy ships', 'air force base': a modifier, not the body acting
        state = _state_before(text, m.start())  # "Iran's", "the Iranian", "South Korean"
        if state is None and ministry:
            state = _context_state(text, m.start(), ents)  # 'Foreign Ministry spokesman X said' in a Tehran story
        if state is None or state not in demonyms:
            continue
        adj = "U.S." if state == "US" else demonyms[state]
        before = text[max(0, m.start() - 30):m.start()]
        if capital and (written := next((w.group(1) for w in (re.search(r"([A-Z][a-z]+ [A-Z][a-z]+) $", before),
                                                                re.search(r"([A-Z][a-z]+) $", before))
                                         if w and countries.get(w.group(1)) == state), None)):
            adj = written  # 'the Myanmar Air Force', 'the Belarusian Air Force': as written
            if before[:-len(written) - 1].rstrip().endswith("Royal"):
                adj = f"Royal {written}"  # 'the Royal Canadian Navy'
        if ministry:
            word = (m.group("field") or m.group("field2")).lower().split()[0]
            name = ministry_name(state, MINISTRY_FIELDS[word], adj)
        elif mission:
            name = mission_name(state)
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
    for m in _MISSION_OF.finditer(text):
        if (state := countries.get(m.group("state"))) is not None:
            out.append((m.start(), m.end(), mission_name(state)))
    return out


_OF_STATE = re.compile(r"^(?:the )?(?P<kind>Ministry of .+?|Embassy|Permanent Mission|Mission) of (?:the )?"
                       r"(?P<state>[A-Z][\w ]+?)(?P<rest> (?:in|to) .+)?$")
_ADJ_BODY = re.compile(r"^(?P<adj>U\.S\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:(?P<field>Foreign|Defen[cs]e) Ministry"
                       r"|(?P<kind>Ministry of .+|Embassy|Permanent Mission|Mission)(?P<rest> (?:in|to) .+)?)$")
_QUALIFIED = re.compile(r"^(?P<body>.+?) \((?P<state>[A-Z][\w .]+)\)$")  # 'Joint Chiefs of Staff (South Korea)'
_UN = re.compile(r"^to the (?:UN|U\.N\.|United Nations)$")


def canonical_body(name: str) -> str:
    """One spelling for a state body written several ways: 'Ministry of Foreign Affairs of China', 'Chinese
    Foreign Ministry' and 'Chinese Ministry of Foreign Affairs' are one body; so are 'Permanent Mission of Iran
    to the UN' and 'Iranian Mission to the United Nations', and 'Russian Embassy in Seoul' and 'Embassy of
    Russia in South Korea'. Names that are none of these come back unchanged."""
    from armswatch.extraction.gazetteer import gazetteer
    from armswatch.extraction.orgnames import demonyms, states_by_demonym

    countries, adjectives = gazetteer().countries, demonyms()
    state, kind, rest = None, "", ""
    if m := _OF_STATE.match(name):
        state, kind, rest = countries.get(m.group("state")), m.group("kind"), (m.group("rest") or "").strip()
    elif m := _ADJ_BODY.match(name):
        state = states_by_demonym().get(m.group("adj")) or countries.get(m.group("adj"))
        kind, rest = m.group("kind") or "", (m.group("rest") or "").strip()
        if m.group("field"):  # 'Chinese Foreign Ministry'
            kind = f"Ministry of {MINISTRY_FIELDS[m.group('field').lower()]}"
    elif (m := _QUALIFIED.match(name)) and countries.get(m.group("state")) in adjectives:
        return f"{adjectives[countries[m.group('state')]]} {m.group('body')}"
    if state is None or state not in adjectives:
        return name
    if kind.startswith("Ministry"):
        field = re.sub(r"^(?:National )?Defen[cs]e$", "Defence", kind[len("Ministry of "):])
        return ministry_name(state, field, adjectives[state])
    if kind == "Embassy" and rest.startswith("in "):
        place = countries.get(rest[3:]) or countries.get(rest[3:].removeprefix("the "))
        return f"Embassy of {country_name(state)} in {country_name(place)}" if place else name
    if "Mission" in kind and _UN.match(rest):
        return mission_name(state)
    return name
