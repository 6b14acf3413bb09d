"""Page furniture: bylines, photo credits, 'Read more' lists, social prompts.

Returns character ranges of the text that are not article prose; entities
found there are not reported and sentences there are never claim evidence.
"""

from __future__ import annotations

import re

_LINE = re.compile(
    r"^\s*(?:read (?:more|also|next)\b|most read\b|related\b|recommended\b|see also\b|watch\b:|listen\b:"
    r"|join us\b|follow (?:us|our)\b|subscribe\b|sign up\b|share (?:this|on)\b|about sharing\b|advertisement\b"
    r"|published\b|updated\b|image source\b|photo\b|picture\b|credit\b|copyright\b|©"
    r"|you can also\b|loading\b|summarize\b|original source\b|source:|\d+ (?:minutes?|hours?|days?) ago\b"
    r"|click here\b|download\b|what's the story\b|what’s the story\b"
    r"|(?:\(|-+ ?)?end(?: ?-+|\))?\s*$)",  # a wire story's closing '(END)'
    re.IGNORECASE,
)
# 'By Jane Doe and John Roe, Reuters': case matters ('By the agency's estimate, ...' opens a sentence)
_BYLINE = re.compile(r"^\s*[Bb]y (?:[A-Z][A-Za-z'’.-]+ ?){2,}")
# Inline credits glued to captions: "...Image: Maxar", "Image source, Getty Images", "Photo credits: X".
_INLINE = re.compile(
    r"(?:Image source,|Photo credits?:|Photo:|Picture:|Credit:|Source:)[^\n]*", re.IGNORECASE)


# a header that opens a list of links: the lines after it, up to a blank line, are links too
_LIST_HEAD = re.compile(r"^\s*(?:read (?:more|also|next)|more on this (?:story|topic)|related(?: (?:stories|articles|"
                        r"coverage|content|news))?|recommended|see also|most read|more from|you may also like|"
                        r"top stories|latest news)\s*:?\s*$", re.IGNORECASE)
BULLET = re.compile(r"\s*(?:[-–—•*▪·]|\d+\.)\s+\S")  # a bulleted line (also read by contents.py)
# a sentence that announces a list of its own ('the seized items included:', 'Entities named by the Treasury
# include:'): its bullets are article text. Headers of link lists ('More from Land Warfare:') say so in their words.
_LINKS_WORDS = re.compile(r"\b(?:read|related|coverage|more (?:from|on)|catch up|see also|recommended|stories|"
                          r"articles|links?|watch|listen|follow|latest|popular|trending|newsletter)\b", re.I)
_CLOSED = (".", "!", "”", '"', ":", ";", ")")  # '?' closes questions, which headlines also are


def _open_line(line: str) -> bool:
    """A short line without final sentence punctuation: a headline or a link."""
    words = line.split()
    return 0 < len(words) < 16 and not line.rstrip().endswith(_CLOSED)


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    pos = 0
    lines = text.split("\n")
    spans = []
    for line in lines:
        spans.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    in_list = in_text_list = False
    for n, (start, end, stripped) in enumerate(spans):
        if not stripped:
            in_list = False
            continue
        prev = spans[n - 1][2] if n else ""
        nxt = spans[n + 1][2] if n + 1 < len(spans) else ""
        if _LIST_HEAD.match(stripped):
            in_list = True
        bullet = BULLET.match(stripped) is not None
        if not bullet:
            in_text_list = _announces_list(stripped)
        elif in_text_list:
            continue
        byline = _BYLINE.match(stripped) is not None and len(stripped.split()) <= 12
        if stripped and (_LINE.match(stripped) or byline or _looks_like_prompt(stripped) or in_list
                         or bullet and not stripped.endswith(".")
                         or _open_line(stripped) and (_open_line(prev) or _open_line(nxt))):
            ranges.append((start, end))
    for match in _INLINE.finditer(text):
        ranges.append((match.start(), match.end()))
    return ranges


def _announces_list(line: str) -> bool:
    """A sentence ending in a colon, of at least four words, that does not head a list of links."""
    return line.endswith(":") and len(line.split()) >= 4 and not _LINKS_WORDS.search(line) \
        and not _LIST_HEAD.match(line)


def _looks_like_prompt(line: str) -> bool:
    """Short shouting lines ('JOIN US ON TELEGRAM') and handles ('@Outlet')."""
    letters = [c for c in line if c.isalpha()] if len(line) < 60 else []
    if len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.9 and len(line) < 60:
        return True
    return "@" in line and len(line) < 80 and not line.endswith(".")


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)
