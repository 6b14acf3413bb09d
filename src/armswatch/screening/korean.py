"""Korean names: Hangul romanisation, syllable segmentation, and a key that folds
McCune–Reischauer, Revised Romanization and common surname spellings together.

Folding is per syllable, so "Kim Jong Un" = "Kim Jong-un" = "Kim Chong-un" = "KIM JONG UN",
while "Kim Jong Il" keeps its own last syllable and stays different.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Revised Romanization of the Hangul jamo (initials, medials, finals).
_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
            "wi", "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
           "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
# Conventional spellings of the commonest surnames (first syllable of a Hangul name).
_HANGUL_SURNAMES = {"김": "kim", "이": "ri", "리": "ri", "박": "pak", "최": "choe", "정": "jong", "강": "kang",
                    "조": "jo", "윤": "yun", "장": "jang", "림": "rim", "임": "rim", "한": "han", "오": "o",
                    "신": "sin", "서": "so", "권": "kwon", "황": "hwang", "안": "an", "송": "song", "류": "ryu",
                    "유": "ryu", "홍": "hong", "전": "jon", "고": "ko", "문": "mun", "량": "ryang", "양": "ryang",
                    "노": "no", "로": "ro", "현": "hyon", "주": "ju", "방": "pang", "백": "paek", "차": "cha"}
# Surname spellings that name the same family, folded to one key.
SURNAME_KEYS = {
    "ri": "ri", "rhee": "ri", "lee": "ri", "yi": "ri", "rhie": "ri", "li": "ri", "i": "ri", "rhi": "ri",
    "pak": "pak", "park": "pak", "bak": "pak", "pag": "pak",
    "choe": "choe", "choi": "choe", "chwe": "choe", "choy": "choe",
    "no": "no", "roh": "no", "noh": "no", "ro": "no",
    "rim": "rim", "lim": "rim", "im": "rim",
    "ryu": "ryu", "yu": "ryu", "yoo": "ryu", "ryoo": "ryu",
    "ryang": "ryang", "yang": "ryang",
    "o": "o", "oh": "o",
    "yun": "yun", "yoon": "yun",
    "kim": "kim", "gim": "kim",
}

_VOWELS = ["a", "ae", "ya", "yae", "eo", "o", "e", "ye", "yeo", "yo", "u", "wa", "wae", "oe", "wo", "we", "wi",
           "yu", "eu", "ui", "i", "oi", "ee", "oo", "ai", "wae", "yoo"]
_ONSETS = ["", "g", "k", "kk", "n", "d", "t", "tt", "r", "l", "rh", "m", "b", "p", "pp", "s", "ss", "sh", "j",
           "jj", "ch", "tch", "h", "th", "kh", "ph"]
_CODAS = ["", "k", "g", "n", "t", "l", "r", "m", "p", "ng"]
SYLLABLES = frozenset(o + v + c for o in _ONSETS for v in _VOWELS for c in _CODAS)
_MAXLEN = max(len(s) for s in SYLLABLES)

# Ordered consonant/vowel folds applied inside one syllable.
_FOLDS = [("th", "d"), ("kh", "g"), ("ph", "b"), ("tch", "j"), ("jj", "j"), ("ch", "j"), ("kk", "g"),
          ("k", "g"), ("pp", "b"), ("p", "b"), ("tt", "d"), ("t", "d"), ("ss", "s"), ("sh", "s"), ("rh", "r"),
          ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ee", "i"), ("ae", "e"), ("oi", "oe"), ("wo", "o"),
          ("ung", "ong"), ("ul", "ol"), ("ui", "i")]
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def _syllable(ch: str) -> str:
    code = ord(ch) - 0xAC00
    return _INITIALS[code // 588] + _MEDIALS[(code % 588) // 28] + _FINALS[code % 28]


def romanize_hangul(text: str) -> str:
    """Hangul words -> space-separated romanised syllables (2–4-syllable words are taken as names)."""
    def word(m: re.Match[str]) -> str:
        chars = m.group(0)
        sylls = [_syllable(c) for c in chars]
        if 2 <= len(chars) <= 4 and chars[0] in _HANGUL_SURNAMES:
            sylls[0] = _HANGUL_SURNAMES[chars[0]]
        return " ".join(sylls) if len(chars) <= 4 else "".join(sylls)
    return _HANGUL.sub(word, text)


@lru_cache(maxsize=65536)
def syllabify(token: str) -> tuple[str, ...] | None:
    """Split a romanised token into Korean syllables (fewest syllables wins), or None."""
    n = len(token)
    if n == 0 or n > 20 or not token.isalpha():
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + _MAXLEN) + 1):
            piece = token[i:j]
            if piece in SYLLABLES:
                cand = best[i] + (piece,)  # type: ignore[operator]
                if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = cand
    return best[n]


def fold_syllable(syl: str) -> str:
    for a, b in _FOLDS:
        syl = syl.replace(a, b)
    return syl


@lru_cache(maxsize=65536)
def fold_token(token: str, surname: bool = False) -> str | None:
    """The folded key of one token if it reads as Korean syllables, else None."""
    if surname and token in SURNAME_KEYS:
        return SURNAME_KEYS[token]
    sylls = syllabify(token)
    if sylls is None or len(sylls) > 4:
        return None
    return "".join(fold_syllable(s) for s in sylls)


def korean_person_key(tokens: list[str]) -> tuple[str, ...] | None:
    """Folded syllables of a person name that reads wholly as Korean (surname first or last)."""
    if not 2 <= len(tokens) <= 4:
        return None
    if tokens[0] in SURNAME_KEYS or _is_surname(tokens[0]):
        order = tokens
    elif tokens[-1] in SURNAME_KEYS or _is_surname(tokens[-1]):
        order = [tokens[-1], *tokens[:-1]]
    else:
        return None
    out = [SURNAME_KEYS.get(order[0], fold_syllable(order[0]))]
    for tok in order[1:]:
        if tok in SURNAME_KEYS:
            out.append(SURNAME_KEYS[tok])
            continue
        sylls = syllabify(tok)
        if sylls is None or len(sylls) > 2:
            return None
        out.extend(fold_syllable(s) for s in sylls)
    return tuple(out) if 2 <= len(out) <= 4 else None


_COMMON_SURNAMES = frozenset({"kang", "jang", "chang", "han", "jong", "chong", "jeong", "chung", "jung", "cho",
                              "jo", "sin", "shin", "hwang", "kwon", "hong", "jon", "jeon", "chon", "mun",
                              "moon", "hyon", "hyun", "ju", "ko", "song", "an", "so", "paek", "baek", "cha",
                              "pang", "bang", "ryom", "yom", "kye", "ho", "sim", "shim", "u", "won", "ra"})


def _is_surname(token: str) -> bool:
    return token in _COMMON_SURNAMES
