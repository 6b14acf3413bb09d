"""Statistical NER (spaCy) mapped to armswatch labels, filtered and linked."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from armswatch.extraction.gazetteer import gazetteer

_TRIM_START = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRIM_END = re.compile(r"(?:['’]s?|[\s,.;:]+)$")
_ORG_WORDS = re.compile(
    r"\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|Group|Bank|Agency|Ministry|Department|Council|Committee|"
    r"University|Institute|Capital|Ventures|Clinic|Party|Army|Navy|Force|Forces|Bureau|Office|Service|"
    r"Association|Foundation|Fund|Exchange|Labs|Technologies|Industries|Holdings|News|Times|Post|Journal)\b")


def _clean(text: str) -> str:
    return _TRIM_END.sub("", _TRIM_START.sub("", text.strip())).strip()


def _country_code(text: str) -> str | None:
    g = gazetteer()
    if text in g.countries:
        return g.countries[text]
    if len(text) <= 3 and text.isupper():
        return None  # 'ST', 'EU', 'UN': initials, not country names
    return _countrynames_code(text)


@lru_cache(maxsize=8192)
def _countrynames_code(text: str) -> str | None:
    import countrynames

    code = countrynames.to_code(text)  # a fuzzy lookup: slow enough to be worth remembering
    return code if code and len(code) == 2 and code not in ("EU", "UN") else None


_INSTRUMENT = re.compile(r"\b(?:Telescope|Satellite|Observatory|Rover|Spacecraft|Probe|Mission|Open|Cup|"
                         r"Olympics|Games|Championship|Grand Prix|Festival|Awards?)\b")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_LAW = re.compile(r"\b(?:Act|Law|Code|Regulations?|Ordinance|Decree)$")
_PLACE_WORDS = re.compile(r"\b(?:Air ?[Bb]ase|Base|Cosmodrome|Strait|Sea|Gulf|Islands?|Peninsula|"
                          r"Province|Oblast|Region|Krai|Archipelago|Valley|Mountains?)$")
_LOCATIVE = {"near", "off", "in", "through", "via", "outside", "around", "across", "into", "toward", "towards"}


def _not_an_org(span: Any, text: str) -> bool:
    """An ORG guess that reads as a place or a common noun: 'near Kostanay', 'the Caucasus', 'Hmeimim air base',
    sentence-initial 'Customs records ...' or 'Engines recovered ...' (tagged as common nouns)."""
    if _PLACE_WORDS.search(text):
        return True
    if len(span) == 1 and span[0].tag_ in ("NN", "NNS"):
        return True
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.tag_ == "DT" and span.start > 1:
        before = span.doc[span.start - 2]
    return (before is not None and before.lower_ in _LOCATIVE and len(span) <= 2
            and not _ORG_WORDS.search(text) and not text.isupper())


def _headline_line(text: str, start: int) -> bool:
    """A Title Case line without final punctuation (headline, section title): statistical NER is unreliable."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return _headline(text[line_start:line_end if line_end >= 0 else len(text)].strip())


@lru_cache(maxsize=1024)  # asked for each entity and each sentence of a line
def _headline(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    if len(words) < 3:
        return False
    ratio = sum(w[0].isupper() for w in words) / len(words)
    if line.endswith((".", "”", '"')):
        return ratio >= 0.85 and len(words) >= 4
    return ratio >= 0.7


def ner_ents(doc: Any, text_all: str) -> list[Any]:
    from armswatch.extraction.entities import Ent

    g = gazetteer()
    out: list[Ent] = []
    for ent in doc.ents:
        raw = text_all[ent.start_char:ent.end_char]  # Span.text, without rebuilding it from the tokens
        text = _clean(raw)
        if not text or "\n" in raw or not any(c.isupper() for c in text[:1]):
            continue
        if _INSTRUMENT.search(text) or (_GLUED.search(text) and text not in g.orgs):
            continue
        if ent.label_ == "ORG" and _LAW.search(text) and text not in g.orgs:
            continue  # 'the Export Control Reform Act', 'the Foreign Trade Act': a law, not a body
        if ent.label_ in ("ORG", "PERSON") and _headline_line(text_all, ent.start_char):
            continue
        start = ent.start_char + raw.find(text)
        end = start + len(text)
        if ent.label_ in ("GPE", "NORP", "LOC"):
            code = _country_code(text)
            if code:
                out.append(Ent(start, end, "COUNTRY", code, text, "ner"))
        elif ent.label_ == "ORG":
            if text.lower() in g.not_orgs or _country_code(text) or len(text) < 2:
                continue
            org = g.orgs.get(text)
            if org is None and _not_an_org(ent, text):
                continue
            out.append(Ent(start, end, "ORG", org.name if org else text, text, "ner"))
        elif ent.label_ == "PERSON":
            if text.lower() in g.not_orgs or any(ch.isdigit() for ch in text):
                continue
            out.append(Ent(start, end, "PERSON", g.persons.get(text, text), text, "ner"))
    return out


def resolve_persons(doc: Any, ents: list[Any]) -> list[Any]:
    """Link surnames to full names; single-word 'persons' that act as companies become ORG."""
    g = gazetteer()
    full = [e for e in ents if e.label == "PERSON" and " " in e.canonical]
    orgs = {e.canonical for e in ents if e.label == "ORG"}
    org_like = {e.text for e in ents if e.label == "ORG"}
    out = []
    surnames = {f.canonical.split()[-1] for f in full if len(f.canonical.split()[-1]) > 2}
    for e in ents:
        if e.label == "ORG" and e.source == "ner" and " " not in e.canonical:
            longer = next((o.canonical for o in ents if o.label == "ORG" and o is not e
                           and o.text.split()[-1] == e.text and " " in o.text), None)
            if longer:
                e.canonical = longer
            elif e.text in surnames and e.text not in g.orgs:
                e.label = "PERSON"  # '..., Hayashi said': the person named before (linked just below)
        if e.label == "PERSON" and " " not in e.canonical:
            target = next((f.canonical for f in full if f.canonical.split()[-1] == e.canonical
                           or f.text.split()[-1] == e.text), None)
            if target:
                e.canonical = target
            elif e.text in g.persons:
                e.canonical = g.persons[e.text]
            elif e.text in org_like or e.text in orgs or _coordinated_with_org(doc, e, ents):
                e.label = "ORG"
            else:
                continue
        if e.label == "ORG" and e.source == "ner" and not _plausible_org(e.canonical):
            continue
        out.append(e)
    return out


def _plausible_org(name: str) -> bool:
    if name.isupper() and 2 <= len(name) <= 6:
        return True
    if _ORG_WORDS.search(name):
        return True
    return len(name.split()) <= 4 and all(w[:1].isupper() or not w.isalpha() for w in name.split())


def _coordinated_with_org(doc: Any, ent: Any, ents: list[Any]) -> bool:
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    for tok in (head, *head.conjuncts):
        for other in ents:
            if other.label == "ORG" and other.start <= tok.idx < other.end:
                return True
    return False
