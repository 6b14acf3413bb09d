"""Korean names written in Cyrillic (Ким Чен Ын, Чхве Сон Хи): back to a Latin reading the Korean folds
understand, plus a loose syllable key for the distinctions Cyrillic spelling loses (final ㅇ/ㄴ both "н",
ㅓ/ㅗ/ㅜ both "о"/"у" in older spellings).
"""

from __future__ import annotations

import re

from armswatch.screening import korean

_CYR = re.compile(r"[\u0400-\u04ff]")
# Surnames as Russian spelling conventions (Kontsevich and older) write them.
SURNAMES = frozenset(["ким", "ли", "ри", "пак", "чхве", "чве", "цой", "чон", "чен", "кан", "юн", "хан", "о", "рим",
                      "им", "пэк", "ю", "рю", "квон", "хван", "со", "син", "шин", "сон", "тян", "чан", "ко", "мун",
                      "хон", "нам", "ян", "рян", "ро", "но", "хён", "хен", "чу", "чо", "тё", "пан", "кe"])
_LETTERS = [("чж", "j"), ("чх", "ch"), ("кх", "k"), ("тх", "t"), ("пх", "p"), ("ве", "we"), ("ч", "j"), ("ё", "yo"),
            ("е", "eo"), ("э", "e"), ("ы", "eu"), ("ю", "yu"), ("я", "ya"), ("й", "i"), ("ь", ""), ("ъ", ""),
            ("в", "w"), ("х", "h"), ("г", "g"), ("к", "k"), ("т", "t"), ("д", "d"), ("п", "p"), ("б", "b"),
            ("с", "s"), ("ш", "s"), ("щ", "s"), ("ж", "j"), ("з", "j"), ("ц", "ts"), ("ф", "p"), ("н", "n"),
            ("м", "m"), ("л", "l"), ("р", "r"), ("а", "a"), ("о", "o"), ("у", "u"), ("и", "i")]
_LOOSE = [("ng", "n"), ("u", "o"), ("e", "o"), ("r", "l"), ("oo", "o")]


def has_cyrillic(text: str) -> bool:
    return bool(_CYR.search(text))


def romanize(name: str) -> list[str] | None:
    """Latin tokens of a Cyrillic name whose surname (first or last word) is a Korean surname, else None."""
    words = [w for w in re.split(r"[^\w]+", name.lower()) if w]
    if not 2 <= len(words) <= 4 or not (words[0] in SURNAMES or words[-1] in SURNAMES):
        return None
    out = []
    for w in words:
        if not _CYR.search(w):
            return None
        for a, b in _LETTERS:
            w = w.replace(a, b)
        if not w.isascii():
            return None
        out.append(w)
    return out if korean.korean_person_key(out) else None


def loose(key: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The Korean key with final ng/n, the back vowels and r/l merged."""
    if key is None:
        return None
    out = []
    for syl in key:
        for a, b in _LOOSE:
            syl = syl.replace(a, b)
        out.append(syl)
    return tuple(out)
