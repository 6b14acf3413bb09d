"""Weapon designations outside the gazetteer, recognised by shape next to a weapon head noun.

'K2 tanks', 'Su-35 fighters', 'TB2 drones' (alphanumeric model names); 'Akinci unmanned combat aircraft',
'BrahMos supersonic cruise missile' (a proper name before a descriptive weapon phrase); 'a version
designated K2PL', 'the Garpiya-3, also known as the G3' (naming phrases); 'Bayraktar TB2' (maker + model).
Once a designation is found, its other bare mentions in the article ('more K2 deliveries') are marked too.
Civil products (the gazetteer's civil list) and names of states are never designations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from armswatch.extraction.gazetteer import gazetteer

_MODS = (r"(?:(?:unmanned|combat|supersonic|hypersonic|cruise|ballistic|attack|main|battle|self-propelled|light|"
         r"multirole|multi-role|air[- ]defen[cs]e|surface-to-air|anti-ship|anti-tank|anti-aircraft|armed|strike|"
         r"kamikaze|fighter|trainer|infantry|fighting|armou?red|short-range|medium-range|long-range|tactical|"
         r"loitering|military|stealth|heavy|jet|naval|coastal|mobile)\s+)")
_HEAD = (r"(?:tanks?|howitzers?|jets?|fighters?|helicopters?|gunships?|missiles?|drones?|UAVs?|aircraft|"
         r"launchers?|submarines?|frigates?|corvettes?|warships?|destroyers?|bombers?|interceptors?|rifles?|"
         r"guns?|artillery|(?:missile|rocket|artillery|air[- ]defen[cs]e) systems?|warplanes?|munitions?|"
         r"vehicles?|munition)")
_ALNUM = r"(?:[A-Z]{1,3}-?|[A-Z][a-z]{1,2}-)\d{1,3}[A-Z]{0,3}(?:-\d{1,2})?"
# model numbers right before a head noun (one optional coordinated model: 'K2 and K9 tanks')
_MODEL_RE = re.compile(rf"(?<![-/\w])(?P<d>{_ALNUM})(?:s\b|'s\b)?(?=\s+(?:and\s+{_ALNUM}\s+)?{_MODS}{{0,3}}{_HEAD}\b)")
_COORD_RE = re.compile(rf"\b(?P<d>{_ALNUM})\s+and\s+(?={_ALNUM}\s+{_MODS}{{0,3}}{_HEAD}\b)")
# a proper name before a descriptive weapon phrase: at least one descriptive word, so 'Turkish drones' is out
_NAME_RE = re.compile(rf"\b(?P<d>[A-Z][a-z]+(?:[A-Z][a-z]+)?)(?=\s+{_MODS}{{1,3}}{_HEAD}\b)")
_NAMING_RE = re.compile(rf"\b(?:designated|dubbed|named|called|also known as(?: the)?|known as(?: the)?)\s+"
                        rf"(?P<d>{_ALNUM}|[A-Z][a-z]+-\d{{1,3}}[A-Z]?)\b")
_NEAR = re.compile(rf"\b{_HEAD}\b", re.I)
_CIVIL_CONTEXT = re.compile(r"\b(?:airliners?|passenger|cars?|sedans?|trucks?|phones?|smartphones?|chips?|"
                            r"laptops?|consoles?|satellites?|rockets? engines?|engines?|cameras?)\b", re.I)
_NOT_NAMES = {"the", "its", "their", "his", "her", "our", "new", "two", "three", "four", "several", "more", "many",
              "some", "most", "other", "these", "those", "such", "first", "last", "next", "all", "both", "light",
              "heavy", "modern", "advanced", "older", "main", "military", "combat", "western", "soviet", "allied",
              "foreign", "domestic", "local", "armed", "unmanned", "supersonic", "hypersonic", "long", "short",
              "a", "an", "and", "or", "but", "in", "on", "of", "for", "with", "by", "from", "as", "at", "to",
              "if", "when", "while", "after", "before", "since", "that", "this", "which", "where", "american",
              "european", "nato", "un", "it", "they", "we", "he", "she", "armenian", "chinese", "korean"}


@lru_cache(maxsize=1)
def _excluded() -> set[str]:
    g = gazetteer()
    return {k.lower() for k in g.countries} | g.civil | {k.lower() for k in g.orgs if " " not in k}


def _plain(name: str) -> str:
    """'KN-23s' → 'KN-23'; a known spelling from the gazetteer when there is one."""
    g = gazetteer()
    for known in g.weapons:
        if known.lower() == name.lower():
            return known
    return name


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) for designations found by shape in ``text``."""
    excluded = _excluded()
    found: list[tuple[int, int, str]] = []
    for rx in (_MODEL_RE, _COORD_RE, _NAME_RE, _NAMING_RE):
        for m in rx.finditer(text):
            name = m.group("d")
            if name.lower() in excluded or name.lower() in _NOT_NAMES or not any(c.isupper() for c in name):
                continue
            if rx is _NAME_RE and name in gazetteer().weapon_prefixes:
                continue  # a numbered family's bare name ('Shahed drones') is generic
            if rx is not _NAMING_RE and _CIVIL_CONTEXT.match(text, m.end("d") + 1):
                continue
            if rx is _NAMING_RE and not _NEAR.search(text[max(0, m.start() - 80):m.end() + 60]):
                continue  # 'a version designated K2PL' needs a weapon nearby; 'dubbed X' alone does not count
            found.append((m.start("d"), m.end("d"), _plain(name)))
    for m in re.finditer(r"\b([A-Z][a-z]{3,}) (" + _ALNUM + r")\b(?![-/]\w)", text):  # maker + model: 'Bayraktar TB2'
        if any(s == m.start(2) for s, _, _ in found) and m.group(1).lower() not in _NOT_NAMES | excluded:
            found.append((m.start(1), m.end(2), f"{m.group(1)} {m.group(2)}"))
    names = {c for _, _, c in found if " " not in c}
    if names:  # other bare mentions of a designation found in the article
        again = re.compile(r"\b(" + "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True)) +
                           r")(?:s\b|\b)(?![-/]\w)")
        for m in again.finditer(text):
            found.append((m.start(1), m.end(1), m.group(1)))
    return found
