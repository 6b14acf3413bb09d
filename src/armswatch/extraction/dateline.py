"""Datelines ("SEOUL, May 30 (Reuters) -", "ST PETERSBURG, June 16 -", "PYONGYANG (dpa-AFX) -").

A dateline names where a story was filed: it gives a country entity but never a claim role, and its
date is the filing date, not an event date.  The spaCy component makes the dateline its own sentence so
the parser sees the story's first sentence as a clean clause.
"""

from __future__ import annotations

import re
from typing import Any

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[\s/][A-Z][A-Z.'’-]+){0,3}"  # 'SEOUL/LONDON': filed from two places
_TITLE_PLACE = r"[A-Z][a-z.'’-]+(?:\s[A-Z][a-z.'’-]+){0,2}"
_REGION = r"(?:,\s(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?|[A-Z]{2}))?"  # ", France", ", Fla."
_DATE = rf"(?:,?\s{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?)"
_AGENCY = r"(?:\s?\([^()\n]{1,30}\))"
_DASH = r"\s*(?:-{1,2}|[–—]|:)\s+"
DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_CAPS_PLACE}){_REGION}{_DATE}?{_AGENCY}?{_DASH}"
    rf"|^[ \t]*(?P<tplace>{_TITLE_PLACE}){_REGION}(?:{_DATE}{_AGENCY}?|{_AGENCY}){_DASH}",
    re.MULTILINE)
US_STATES = {"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
             "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.",
             "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
             "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.", "D.C."}


def datelines(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, place_start, place_end) of each line-initial dateline, dash included."""
    out = []
    for m in DATELINE.finditer(text):
        group = "place" if m.group("place") else "tplace"
        place = m.group(group)
        if group == "place" and (len(place) < 3 or not any(c.isalpha() for c in place[1:])):
            continue
        out.append((m.start(), m.end(), m.start(group), m.end(group)))
    return out


def place_country(place: str, region: str = "") -> str | None:
    """ISO2 of a dateline place ('SEOUL' → KR, 'TOULOUSE, France' → FR, 'CAPE CANAVERAL, Fla.' → US)."""
    from armswatch.extraction.gazetteer import gazetteer

    g = gazetteer()
    for name in (place, place.title(), re.sub(r"^St\b\.?", "St.", place.title()), region):
        if name and name in g.countries:
            return g.countries[name]
    if region in US_STATES:
        return "US"
    return None


def dateline_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) for each dateline whose place (or its region) is known."""
    out = []
    for _start, end, p0, p1 in datelines(text):
        rest = text[p1:end]
        region = re.match(r",\s([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", rest)
        at = p0
        for place in text[p0:p1].split("/"):  # 'SEOUL/LONDON': filed from two places, one entity each
            code = place_country(place, region.group(1) if region else "")
            if code:
                out.append((at, at + len(place), code))
            at += len(place) + 1
    return out


def register() -> None:
    """The spaCy component ``aw_datelines``: the token after a dateline's dash starts a sentence."""
    from spacy.language import Language

    if "aw_datelines" in Language.factories:
        return

    @Language.component("aw_datelines")
    def split_datelines(doc: Any) -> Any:
        for start, end, _, _ in datelines(doc.text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            doc[span.end].is_sent_start = True
            for tok in doc[span.start + 1:span.end]:
                tok.is_sent_start = False
        return doc
