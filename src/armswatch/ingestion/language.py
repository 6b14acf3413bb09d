"""A small language guesser: script first, then common-word counts.

Enough to tell English articles (which the extractor handles) from the rest;
it returns an ISO 639-1 code or ``None`` when unsure.
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOP = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by"},
    "fr": {"le", "la", "les", "et", "des", "du", "une", "est", "que", "pour", "dans", "sur"},
    "de": {"der", "die", "das", "und", "nicht", "mit", "ist", "den", "von", "sich", "auf"},
    "es": {"el", "los", "las", "del", "que", "por", "una", "para", "con", "según", "está"},
}
_SCRIPTS = (("ko", 0xAC00, 0xD7A3), ("ru", 0x0400, 0x04FF), ("zh", 0x4E00, 0x9FFF), ("ar", 0x0600, 0x06FF))


def guess_language(text: str) -> str | None:
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    for code, low, high in _SCRIPTS:
        if sum(1 for c in letters if low <= ord(c) <= high) / len(letters) > 0.3:
            return code
    words = [w.lower() for w in _WORDS.findall(sample)]
    if len(words) < 3:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= max(2, len(words) // 50) else None
