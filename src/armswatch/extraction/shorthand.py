"""Country shorthand that depends on the article: 'the North' and 'the South' in reporting on Korea.

Korean-peninsula reporting routinely calls the two states 'the North' and 'the South' after naming them once.
The shorthand only counts when the article names Korea (or the two capitals) and the word is not the start of a
longer name ('the North Atlantic', 'the South China Sea').
"""

from __future__ import annotations

import re

_KOREA = re.compile(r"\b(?:North|South) Korea|\bKorean\b|\bPyongyang\b|\bSeoul\b|\bDPRK\b|\bROK\b")
_SHORT = re.compile(r"\b[Tt]he (North|South)\b(?![ -]?[A-Z])(?!ern)")
_CODES = {"North": "KP", "South": "KR"}


def korea_shorthand(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of 'North'/'South' used as the name of a Korean state."""
    if not _KOREA.search(text):
        return []
    return [(m.start(1), m.end(1), _CODES[m.group(1)]) for m in _SHORT.finditer(text)]
