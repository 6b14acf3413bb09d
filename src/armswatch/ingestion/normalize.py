"""Text cleaning and content identity."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Normalise line endings and spaces, drop control characters.

    Characters are kept (curly quotes, dashes) so evidence stays verbatim.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def identity_text(text: str) -> str:
    """The form hashed for the document id: case, accents of quotes and spacing ignored."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def content_id(text: str) -> str:
    """Stable document id: first 16 hex digits of SHA-256 of the identity text."""
    return hashlib.sha256(identity_text(text).encode("utf-8")).hexdigest()[:16]


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes."""
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > 0.05


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes as declared charset, else UTF-8 (with BOM); raise UnicodeDecodeError."""
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("utf-8-sig")
