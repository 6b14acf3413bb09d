"""Name normalisation: scripts to Latin, punctuation, legal forms, Korean folding, initials."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from armswatch.screening import korean, korean_cyrillic
from armswatch.screening.phonetic import GENERIC_ORG, is_patronymic, org_stem, phon

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
GENERIC_WEIGHT = 0.4
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
    name = name.replace("’", "").replace("'", "").replace("‘", "").replace("`", "")
    if not name.isascii():
        from rigour.text import ascii_text

        if korean.has_hangul(name):
            name = korean.romanize_hangul(name)
        name = ascii_text(name)
    return " ".join(_SPLIT.split(name.lower())).strip()


@lru_cache(maxsize=65536)
def latin_fold(token: str) -> str:
    """A loose spelling key for transliteration variants (Zakharova ~ Zaharova, Mohammed ~ Mohamed)."""
    for a, b in _LATIN_FOLDS:
        token = token.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", token)


@dataclass(frozen=True)
class Form:
    """A name ready for comparison."""

    tokens: tuple[str, ...]  # significant tokens (organisation words stemmed)
    folded: tuple[str, ...]  # per-token fold (Korean syllables, else transliteration fold)
    korean: tuple[str, ...] | None  # folded syllables when the whole person name reads as Korean
    full: tuple[str, ...]  # all tokens incl. legal forms (for initials)
    phon: tuple[str, ...] = ()  # vowel-class phonetic keys (phonetic.phon)
    weights: tuple[float, ...] = ()  # characters of generic organisation words count less
    loose: tuple[str, ...] | None = None  # Korean key with the distinctions Cyrillic loses merged
    wlen: tuple[float, ...] = field(init=False, default=())  # weighted characters per token
    wtotal: float = field(init=False, default=0.0)
    compact: str = field(init=False, default="")  # folded tokens without spaces
    compact_raw: str = field(init=False, default="")

    def __post_init__(self) -> None:
        wlen = tuple(len(t) * w for t, w in zip(self.tokens, self.weights or (1.0,) * len(self.tokens),
                                                strict=True))
        object.__setattr__(self, "wlen", wlen)
        object.__setattr__(self, "wtotal", sum(wlen))
        object.__setattr__(self, "compact", "".join(self.folded))
        object.__setattr__(self, "compact_raw", "".join(self.tokens))


@lru_cache(maxsize=200_000)
def form(name: str, kind: int) -> Form:
    full = tuple(t for t in latin(name).split() if t)
    weights: tuple[float, ...] = ()
    if kind == PER:
        cyr = korean_cyrillic.romanize(name) if korean_cyrillic.has_cyrillic(name) else None
        tokens = tuple(cyr) if cyr else tuple(t for t in full if t not in PERSON_TITLES) or full
        weights = tuple(GENERIC_WEIGHT if len(tokens) > 2 and is_patronymic(t) else 1.0 for t in tokens)
    elif kind == ORG:
        tokens = tuple(org_stem(t) for t in full if t not in LEGAL_FORMS and t not in ORG_STOP) or full
        weights = tuple(GENERIC_WEIGHT if t in GENERIC_ORG else 1.0 for t in tokens)
    else:
        tokens = full
    kor = korean.korean_person_key(list(tokens)) if kind == PER else None
    if kind == PER and kor is None:  # Korean syllable folds only for names that read as Korean
        folded = tuple(latin_fold(t) for t in tokens)
    else:
        folded = tuple(korean.fold_token(t) or latin_fold(t) for t in tokens)
    return Form(tokens, folded, kor, full, tuple(phon(t) for t in tokens),
                weights or (1.0,) * len(tokens), korean_cyrillic.loose(kor))


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
