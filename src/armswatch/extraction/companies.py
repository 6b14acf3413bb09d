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
          r"CJSC\b|GmbH\b|Inc\b\.?|Corp\b\.?|Corporation\b|Limited\b|Pte\.? Ltd\b\.?|Sdn\.? Bhd\b\.?)")
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
