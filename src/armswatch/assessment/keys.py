"""Normalised keys for comparing claims: parties, items, dates (pure)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

# Heads that name the same category; value is the canonical head.
_HEAD_SYNONYMS = {
    "uav": "drone", "uavs": "drone", "drones": "drone", "quadcopter": "drone",
    "munitions": "munition", "ammunition": "munition", "ammo": "munition", "shells": "shell",
    "rounds": "shell", "missiles": "missile", "rockets": "rocket", "soldiers": "troop",
    "troops": "troop", "servicemen": "troop", "personnel": "troop", "workers": "worker",
    "labourers": "worker", "laborers": "worker", "mercenaries": "mercenary", "weapons": "weapon",
    "arms": "weapon", "weaponry": "weapon", "components": "component", "parts": "component",
    "crypto": "cryptocurrency", "cryptocurrencies": "cryptocurrency", "sanction": "sanctions",
    "technologies": "technology", "tech": "technology", "launchers": "launcher",
    "systems": "system", "vehicles": "vehicle", "tanks": "tank", "designs": "design",
}
# Narrow category → broader category it belongs to ("artillery shells" are munitions).
_HYPERNYMS = {"shell": "munition", "rocket": "munition", "mine": "munition", "grenade": "munition",
              "mercenary": "troop"}
# Items so broad they say nothing about what moved: treated like a missing item.
_GENERIC = {"weapon", "military equipment", "military aid", "military assistance", "equipment", "aid",
            "military supplies", "supplies"}
_MULTI_WORD = {"unmanned aerial vehicle": "drone", "unmanned aerial vehicles": "drone",
               "artillery rounds": "artillery shell"}


def norm_party(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    if not value:
        return None
    return value.upper() if len(value) == 2 else value


def fold(value: str | None) -> str | None:
    return value.casefold() if value else value


def parties(kind: str, actor: str | None, recipient: str | None) -> tuple[str | None, str | None]:
    """(actor, recipient) normalised; an agreement's parties are unordered, so they are sorted."""
    a, r = norm_party(actor), norm_party(recipient)
    if kind == "agreement" and a is not None and r is not None and r.casefold() < a.casefold():
        a, r = r, a
    if kind == "agreement" and a is None and r is not None:
        a, r = r, None
    return a, r


def party_compatible(kind: str, one: tuple[str | None, str | None], two: tuple[str | None, str | None]) -> bool:
    def ok(x: str | None, y: str | None) -> bool:
        return x is None or y is None or x.casefold() == y.casefold()

    if kind == "agreement":  # unordered: any consistent pairing of the two parties
        return (ok(one[0], two[0]) and ok(one[1], two[1])) or (ok(one[0], two[1]) and ok(one[1], two[0]))
    return ok(one[0], two[0]) and ok(one[1], two[1])


def _singular(word: str) -> str:
    if word in _HEAD_SYNONYMS:
        return _HEAD_SYNONYMS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def item_terms(item: str | None) -> tuple[tuple[str, frozenset[str]], ...]:
    """An item as (head, modifiers) terms; a list ("mines, drones, radar") gives one term each."""
    if not item:
        return ()
    text = item.casefold()
    for phrase, repl in _MULTI_WORD.items():
        text = text.replace(phrase, repl)
    terms = []
    for part in re.split(r",|;|/|\band\b|&", text):
        words = [_singular(w) for w in re.findall(r"[a-z0-9][a-z0-9\-]*", part)]
        words = [w for w in words if w not in ("of", "the", "a", "an", "for")]
        if not words or " ".join(words) in _GENERIC:
            continue
        terms.append((words[-1], frozenset(words[:-1])))
    return tuple(terms)


def item_root(head: str) -> str:
    return _HYPERNYMS.get(head, head)


@lru_cache(maxsize=65536)
def item_roots(item: str | None) -> tuple[str, ...]:
    """Blocking keys for an item: the broad category of each term, ``*`` for none/generic."""
    roots = sorted({item_root(h) for h, _ in item_terms(item)})
    return tuple(roots) or ("*",)


def _term_compatible(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> str | None:
    (ha, ma), (hb, mb) = a, b
    if ha == hb and (ma <= mb or mb <= ma):
        return "same" if ma == mb else "sub-category"
    if _HYPERNYMS.get(ha) == hb and not mb:
        return "sub-category"
    if _HYPERNYMS.get(hb) == ha and not ma:
        return "sub-category"
    return None


def item_match(one: str | None, two: str | None) -> str | None:
    """How two items match ("same", "sub-category", "unspecified") or None if they do not."""
    ta, tb = item_terms(one), item_terms(two)
    if not ta or not tb:
        return "unspecified"
    for a in ta:
        for b in tb:
            how = _term_compatible(a, b)
            if how:
                return how
    return None


@lru_cache(maxsize=65536)
def parse_date(value: str | None) -> tuple[date, date] | None:
    """A claim date as an inclusive (first, last) day range: ``2024-11`` covers November."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    try:
        if m.group(3):
            day = date(year, month, int(m.group(3)))
            return day, day
        first = date(year, month, 1)
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return first, date.fromordinal(nxt.toordinal() - 1)
    except ValueError:
        return None


def date_gap(one: tuple[date, date], two: tuple[date, date]) -> int:
    """Days between two ranges (0 when they overlap)."""
    if one[1] < two[0]:
        return (two[0] - one[1]).days
    if two[1] < one[0]:
        return (one[0] - two[1]).days
    return 0
