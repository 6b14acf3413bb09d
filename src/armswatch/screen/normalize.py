"""Name normalisation: scripts to Latin, punctuation, legal forms, Korean folding, initials."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from armswatch.screen import korean

PER, ORG, OBJ = 0, 1, 2  # name kinds, by schema
_SPLIT = re.compile(r"[^a-z0-9]+")
LEGAL_FORMS = frozenset([
    "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc",
    "gmbh", "ag", "sa", "sas", "srl", "bv", "nv", "oy", "ab", "as", "jsc", "ojsc", "pjsc", "cjsc",
    "ooo", "oao", "zao", "pao", "ao", "tov", "fzc", "fze", "fzco", "llp", "lp", "pte", "pvt", "sdn",
    "bhd", "kk", "jv", "ent", "enterprise", "group", "holding", "holdings"
])
ORG_STOP = frozenset([
    "the", "of", "and", "for", "de", "du", "la", "le", "el", "al", "des", "der", "und", "y", "e"
])
PERSON_TITLES = frozenset([
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "general", "gen", "col", "colonel", "maj",
    "major", "lt", "capt", "sheikh", "shaykh", "haji", "hajji", "mullah", "maulvi", "maulavi",
    "mawlawi", "qari"
])
_LATIN_FOLDS = [("kh", "h"), ("ph", "f"), ("ck", "k"), ("iy", "y"), ("ij", "y"), ("yy", "y"), ("ou", "u"),
                ("ee", "i"), ("oo", "u"), ("dzh", "j"), ("zh", "j"), ("ts", "c"), ("w", "v"), ("q", "k"),
                ("ks", "x"), ("ei", "y"), ("ey", "y"), ("ii", "y"), ("ia", "ya")]


def kind_of(schema: str | None) -> int | None:
    if schema is None:
        return None
    if schema == "Person":
        return PER
    if schema in ("Vessel", "Airplane"):
        return OBJ
    return ORG


@lru_cache(maxsize=200_000)
def latin(name: str) -> str:
    """Any script to lower-case ASCII words (Hangul by our own romanisation, others via rigour)."""
    from rigour.text import ascii_text

    if korean.has_hangul(name):
        name = korean.romanize_hangul(name)
    name = name.replace("’", "").replace("'", "").replace("‘", "").replace("`", "")
    return " ".join(_SPLIT.split(ascii_text(name).lower())).strip()


@lru_cache(maxsize=65536)
def latin_fold(token: str) -> str:
    """A loose spelling key for transliteration variants (Zakharova ~ Zaharova, Mohammed ~ Mohamed)."""
    for a, b in _LATIN_FOLDS:
        token = token.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", token)


@dataclass(frozen=True)
class Form:
    """A name ready for comparison."""

    tokens: tuple[str, ...]  # significant tokens
    folded: tuple[str, ...]  # per-token fold (Korean syllables, else transliteration fold)
    korean: tuple[str, ...] | None  # folded syllables when the whole person name reads as Korean
    full: tuple[str, ...]  # all tokens incl. legal forms (for initials)

    @property
    def compact(self) -> str:
        return "".join(self.folded)


@lru_cache(maxsize=200_000)
def form(name: str, kind: int) -> Form:
    full = tuple(t for t in latin(name).split() if t)
    if kind == PER:
        tokens = tuple(t for t in full if t not in PERSON_TITLES) or full
    elif kind == ORG:
        tokens = tuple(t for t in full if t not in LEGAL_FORMS and t not in ORG_STOP) or full
    else:
        tokens = full
    folded = tuple(korean.fold_token(t) or latin_fold(t) for t in tokens)
    kor = korean.korean_person_key(list(tokens)) if kind == PER else None
    return Form(tokens, folded, kor, full)


def initials(name: str) -> set[str]:
    """Acronyms an organisation may be known by: initials with and without legal forms."""
    full = [t for t in latin(name).split() if t]
    if len(full) < 2:
        return set()
    out = set()
    core = [t for t in full if t not in ORG_STOP]
    for words in (core, [t for t in core if t not in LEGAL_FORMS]):
        if len(words) >= 2 and all(w.isalpha() for w in words):
            out.add("".join(w[0] for w in words))
    return {a for a in out if 2 <= len(a) <= 8}


def looks_like_acronym(name: str) -> bool:
    toks = latin(name).split()
    return len(toks) == 1 and 2 <= len(toks[0]) <= 8 and toks[0].isalpha()
