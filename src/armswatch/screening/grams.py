"""Retrieval keys: the folded tokens a name is indexed under, and their character 3-grams as integers.

Only the index and the query need to agree here, so the fold is a cheap one: a token that reads as
at most four romanised Korean syllables (a C-speed regular expression) gets the Korean consonant and
vowel folds on the whole token (Chong ~ Jong); other tokens are indexed as spelled (transliteration
variants share most of their 3-grams, and scoring applies the finer folds).  3-grams of ``$token$`` over
the alphabet ``$a-z0-9`` are encoded as ``c0*37*37 + c1*37 + c2`` so the index needs no gram dictionary
and the postings of many names are built with numpy in one pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from armswatch.screening import korean, korean_cyrillic
from armswatch.screening.normalize import LEGAL_FORMS, ORG, ORG_STOP, PER, PERSON_TITLES, latin

N_GRAMS = 37 ** 3
_ALT = lambda xs: "|".join(sorted(set(xs) - {""}, key=len, reverse=True))  # noqa: E731
_KOREAN = re.compile(f"(?:(?:{_ALT(korean._ONSETS)})?(?:{_ALT(korean._VOWELS)})(?:{_ALT(korean._CODAS)})?){{1,4}}")
_LUT = np.full(256, 255, dtype=np.uint8)  # byte -> 0..36, 255 = separator
_LUT[ord("$")] = 0
for _i, _c in enumerate("abcdefghijklmnopqrstuvwxyz0123456789", 1):
    _LUT[ord(_c)] = _i


@lru_cache(maxsize=65536)
def gram_fold(token: str) -> str:
    if len(token) <= 20 and _KOREAN.fullmatch(token):
        for a, b in korean._FOLDS:
            token = token.replace(a, b)
    return token


def index_tokens(name: str, kind: int | None) -> list[str]:
    """Folded retrieval tokens of a name (titles / legal forms dropped as in ``normalize.form``)."""
    if kind == PER and korean_cyrillic.has_cyrillic(name):
        cyr = korean_cyrillic.romanize(name)
        if cyr:
            return [gram_fold(t) for t in cyr]
    full = latin(name).split()
    drop = PERSON_TITLES if kind == PER else LEGAL_FORMS | ORG_STOP if kind == ORG else frozenset()
    return [gram_fold(t) for t in ([t for t in full if t not in drop] or full)]


def encode(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """3-gram codes of many names at once: texts[i] is ``$tok$|$tok$``; returns (codes, text index)."""
    joined = "|".join(texts) + "|"
    c = _LUT[np.frombuffer(joined.encode("ascii", "replace"), dtype=np.uint8)].astype(np.int32)
    owner = np.repeat(np.arange(len(texts), dtype=np.int32), [len(t) + 1 for t in texts])
    ok = (c[:-2] != 255) & (c[1:-1] != 255) & (c[2:] != 255)
    codes = c[:-2] * 1369 + c[1:-1] * 37 + c[2:]
    return codes[ok], owner[:-2][ok]


def padded(tokens: list[str]) -> str:
    return "|".join(f"${t}$" for t in tokens if t)


def query_codes(tokens: list[str]) -> np.ndarray:
    codes, _ = encode([padded(tokens)])
    return np.unique(codes)
