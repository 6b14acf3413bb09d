"""Company names the statistical NER cuts short.

The small English model often stops a firm's name before its trade word or legal form ("Sapphire Gulf General"
for "Sapphire Gulf General Trading LLC") or starts it one word late after a heading, a bullet or a glued
brand ("Crest Shipping Ltd." for "Bright Crest Shipping Ltd."). Sanctions screening needs the full registered
name, so an organization found by NER is widened over an adjacent trade word and legal form, and, once it
carries one, over up to two capitalised words just before it.
"""

from __future__ import annotations

import re
from typing import Any

_LEGAL = (r"(?:Co\.?,? Ltd\b\.?|Co\.|Co\b|Ltd\b\.?|LLC\b|L\.L\.C\.|LLP\b|FZE\b|FZCO\b|FZ-LLC\b|JSC\b|OJSC\b|PJSC\b|"
          r"CJSC\b|GmbH\b|Inc\b\.?|Corp\b\.?|Corporation\b|Limited\b|Pte\.? Ltd\b\.?|Sdn\.? Bhd\b\.?|"
          r"A\.?S\.?(?![\w.])|A\.Ş\.|AG\b|S\.A\.|S\.p\.A\.|SpA\b|B\.V\.|N\.V\.|BV\b|SRL\b|PLC\b|plc\b|Pvt\.? Ltd\b\.?)")
# Russian and other forms written before the name: 'NPO Vetrogon', 'OOO Arktur', 'JSC Kronshtadt'
_PREFIXED = re.compile(r"(?<![\w'’.-])(?:NPO|OOO|AO|ZAO|OAO|PAO|JSC|NPP|OKB|TOO|FGUP) ((?:[A-Z][A-Za-z0-9-]+)"
                       r"(?: [A-Z][A-Za-z0-9-]+){0,2})(?![\w-])")
_TRADE = (r"(?:General Trading|Trading|Shipping|Logistics|Technology|Technologies|Electronics|Industries|"
          r"Industry|Machinery|Engineering|Marine|Agritech|Robotics|Import[- ]Export)\b")
_RIGHT = re.compile(rf"(?:,? (?:{_TRADE} )*{_LEGAL}|(?: {_TRADE})+(?:,? {_LEGAL})?)")
_CARRIES = re.compile(rf"(?:{_TRADE}|{_LEGAL})$")
_LEFT = re.compile(r"(?<![\w'’.-])((?:[A-Z][A-Za-z]+ ){1,2})$")
_STOP = {"The", "A", "An", "And", "Of", "In", "On", "At", "By", "For", "With", "From", "To", "As", "Its", "Their",
         "Firm", "Company", "While", "When", "But", "Both", "Former", "Shell", "Front"}


def widen_companies(text: str, ents: list[Any]) -> list[Any]:
    """Widen NER organizations over a trade word / legal form on the right and, when the name then carries
    one, over capitalised words on the left (never into another entity or across a line). In place."""
    from armswatch.extraction.gazetteer import gazetteer

    countries = gazetteer().countries
    absorbed: set[int] = set()
    for e in ents:
        if e.label != "ORG" or e.source != "ner" or id(e) in absorbed:
            continue
        if m := _RIGHT.match(text, e.end):
            inside = [o for o in ents if o is not e and o.start < m.end() and e.end < o.end]
            if all(o.label == "ORG" and o.source == "ner" and o.end <= m.end() for o in inside):
                absorbed.update(id(o) for o in inside)  # 'Gulf Meridian Electronics' + 'FZE'
                e.end = m.end()
        if not _CARRIES.search(text[e.start:e.end].rstrip(".")):
            continue
        line = text.rfind("\n", 0, e.start) + 1
        if m := _LEFT.search(text[max(line, e.start - 40):e.start]):
            words = m.group(1).split()
            while words and (words[0] in _STOP or words[0] in countries):
                words.pop(0)
            if words and not any(w in countries for w in words):
                start = e.start - len(" ".join(words)) - 1
                if not any(o is not e and o.start < e.start and start < o.end for o in ents):
                    e.start = start
        e.text = text[e.start:e.end]
        e.canonical = re.sub(r"\s+", " ", e.text)
    return [e for e in ents if id(e) not in absorbed]


_MONTHS_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_PLACED = re.compile(r"-(?:based|registered|owned|flagged|linked|backed|controlled|headquartered)$")
_REGISTERED = re.compile(rf"(?<![\w'’.-])((?:(?:Import (?:and|&) Export|[A-Z][A-Za-z0-9&'’-]*),? ){{1,5}}){_LEGAL}")
_POSSESSIVE = re.compile(r"['’]s?,?$")
_TITLES = {"Deputy", "Assistant", "State", "Acting"}  # 'the Deputy AG': a title, not a firm
_CONNECTOR_BEFORE = re.compile(r"[A-Z][a-z]+ (?:and|of|for|&) $")  # 'Science and | Technology Corporation'
_FIRM_AND_BEFORE = re.compile(rf"{_LEGAL},? (?:and|&) $")  # 'Kestrel Components LLC and | Hudson Signal Inc.'
_CORPORATION_OF = re.compile(r"Corp(?:oration|\.)? of\b")
_LEGAL_END = re.compile(rf",? {_LEGAL}$")


def registered_names(text: str) -> list[tuple[int, int, str]]:
    """Firms written with their legal form ('Kestrel Components LLC', 'Ararat Supply CJSC'), found on the
    surface: the small model often tags none of a list of them. (start, end, name)."""
    from armswatch.extraction.orgnames import states_by_demonym

    nationalities = states_by_demonym()
    out: list[tuple[int, int, str]] = []
    for m in _REGISTERED.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _CONNECTOR_BEFORE.search(before) and not _FIRM_AND_BEFORE.search(before) \
                or _CORPORATION_OF.match(text, m.end(1)):
            continue  # 'Science and Technology Corporation', 'Aviation Industry Corporation of China': cut short
        words = m.group(1).split()
        if m.group(0).endswith("AG") and words[-1] in _TITLES:
            continue
        placed = max((n + 1 for n, w in enumerate(words) if _PLACED.search(w.rstrip(","))
                      or _POSSESSIVE.search(w)), default=0)  # "Russia's Rostec Corp": the name starts after it
        drop = placed  # 'Hong Kong-registered Veyron Electronics Ltd': the name starts after the place
        while drop < len(words) and (words[drop] in _STOP or words[drop] in _MONTHS_DAYS
                                      or words[drop].rstrip(",") in nationalities):
            drop += 1  # 'Chinese Acme Trading Co.': a nationality, not part of the name ('Dalian ...' is kept)
        kept = words[drop:]
        if not kept or any(w.endswith(",") for w in kept[:-1]) or "\n" in m.group(0):
            continue  # a list ('Acme, Borealis LLC') or a line break: not one name
        start = m.start() + len(" ".join(words[:drop])) + (1 if drop else 0)
        end = m.end()
        while end > start and text[end - 1] in ",;:":
            end -= 1
        out.append((start, end, re.sub(r"\s+", " ", text[start:end])))
    taken = [(s, e) for s, e, _ in out]
    for m in _PREFIXED.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken) and m.group(1) not in _MONTHS_DAYS:
            out.append((m.start(), m.end(), m.group(0)))
    return sorted(out)


_TRADE_END = re.compile(rf"(?: {_TRADE}| Supply| Components| Precision| Elektronik| Ticaret| Group| Holdings?|"
                        r" International| Export| Import)$")


def _stems(ents: list[Any]) -> dict[str, str]:
    """A registered firm's name without its legal form -> its full name (the first firm named, on a tie); so is
    the name without its trade words too, while two words remain ('Everbright Link' for 'Everbright Link
    Electronics Limited', 'Golden Tide' for 'Golden Tide Shipping Co.')."""
    out: dict[str, str] = {}
    for e in ents:
        if e.label == "ORG" and (m := _LEGAL_END.search(e.canonical)):
            stem = e.canonical[:m.start()]
            out.setdefault(stem, e.canonical)
            while (t := _TRADE_END.search(stem)) and len(stem[:t.start()].split()) >= 2:
                stem = stem[:t.start()]
                out.setdefault(stem, e.canonical)
    return out


_ALIAS = re.compile(r",? \(([A-Z][A-Za-z0-9-]+(?: [A-Z][A-Za-z0-9-]+){0,2})\)")


def short_mentions(text: str, ents: list[Any], make: Any) -> list[Any]:
    """'Harbor Kestrel Logistics re-exported chips' after 'Harbor Kestrel Logistics Ltd' in a list: later
    mentions of a registered firm without its legal form, which the model need not tag, are found by their
    words (two or more, whole words). A model guess lying inside such a mention gives way to it.
    `make(start, end, name)` builds the entity."""
    full = {stem: name for stem, name in _stems(ents).items() if len(stem.split()) >= 2}
    for e in ents:
        if e.label == "ORG" and _LEGAL_END.search(e.canonical) and (alias := _ALIAS.match(text, e.end)):
            full.setdefault(alias.group(1), e.canonical)  # 'Shenzhen Jinrui Precision Machinery Co., Ltd. (Jinrui)'
    if not full:
        return ents
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(full, key=len, reverse=True))
                         + r")(?![\w-])")
    added: list[Any] = []
    dropped: set[int] = set()
    for m in pattern.finditer(text):
        hit = [e for e in ents if e.start < m.end() and m.start() < e.end]
        if all(e.source == "ner" and m.start() <= e.start and e.end <= m.end() and e.canonical != full[m.group(0)]
               for e in hit) and not any(e.start == m.start() and e.end >= m.end() and e.label == "ORG" for e in hit):
            dropped.update(id(e) for e in hit)
            added.append(make(m.start(), m.end(), full[m.group(0)]))
    return sorted([e for e in ents if id(e) not in dropped] + added, key=lambda e: e.start)


def short_forms(ents: list[Any]) -> None:
    """'Kestrel Components' after 'Kestrel Components LLC': the short form is the same firm. In place."""
    full = _stems(ents)
    for e in ents:
        if e.label == "ORG" and e.canonical in full:
            e.canonical = full[e.canonical]

