"""Helpers shared by list loaders: safe XML, hashing, country codes, dates."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from armswatch.exc import ListError

MAX_LIST_BYTES = 300 * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_LIST_BYTES:
            raise ListError(f"list file is larger than {MAX_LIST_BYTES} bytes", where=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ListError(f"cannot read list file: {exc.strerror or exc}", where=str(path)) from exc
    if not data.strip():
        raise ListError("list file is empty", where=str(path))
    return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_xml(data: bytes, where: str) -> Element:
    """Parse untrusted XML: DTDs, entities and external references are refused."""
    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    try:
        return safe_et.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ListError(f"refused unsafe XML ({exc.__class__.__name__}: DTD/entities are not allowed)",
                        where=where) from exc
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ListError(f"malformed or truncated XML: {exc}", where=where, line=line) from exc


def local(tag: Any) -> str:
    """Tag name without namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def child_text(el: Element, name: str) -> str | None:
    for child in el:
        if local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def children(el: Element, name: str) -> list[Element]:
    return [c for c in el if local(c.tag) == name]


def texts(el: Element, path: list[str]) -> list[str]:
    """All non-empty texts found by walking child names ``path`` from ``el``."""
    nodes = [el]
    for name in path:
        nodes = [c for n in nodes for c in children(n, name)]
    return [t for t in ((n.text or "").strip() for n in nodes) if t]


@lru_cache(maxsize=4096)
def country_code(value: str | None) -> str | None:
    if not value:
        return None
    import countrynames

    value = value.strip()
    if len(value) == 2 and value.isalpha():
        return value.lower()
    code = countrynames.to_code(value, fuzzy=False)
    if code is None and "/" in value:  # "Belarus / Bélarus"
        code = countrynames.to_code(value.split("/")[0].strip(), fuzzy=False)
    if code is None and "," in value:
        code = countrynames.to_code(value.split(",")[0].strip(), fuzzy=False)
    return code.lower() if code else None


_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_MDY_WORDS = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def iso_date(value: str | None, day_first: bool = True) -> str | None:
    """Normalise list dates (2012-12-31, 31/12/2012, 03 Feb 1961, 1971, 00/00/1980) to ISO."""
    if not value:
        return None
    value = value.strip()
    if re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", value):
        return value[:10]
    m = _DMY.match(value)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
        day, month = (a, b) if day_first else (b, a)
        if month == 0:
            return year
        return f"{year}-{month:02d}" if day == 0 else f"{year}-{month:02d}-{day:02d}"
    m = _MDY_WORDS.match(value)
    if m and m.group(2).lower() in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", value)
    return m.group(1) if m else None


def dedupe(values: list[str | None]) -> list[str]:
    out: dict[str, None] = {}
    for v in values:
        if v and v.strip():
            out.setdefault(v.strip(), None)
    return list(out)
