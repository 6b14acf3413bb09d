"""OFAC SDN CSV (headerless, ``-0-`` nulls, CRLF, trailing ``\\x1a``), joined with add.csv/alt.csv."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from armswatch.exc import ListError
from armswatch.screening.loaders.common import country_code, dedupe, iso_date
from armswatch.screening.model import ListEntry

SDN_COLUMNS = 12
TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
_ALIAS = re.compile(r"\b([afn])\.k\.a\.,?\s*'([^']+)'", re.I)
_DOB = re.compile(r"\bDOB (?:circa )?([0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}|[A-Z][a-z]{2} [0-9]{4}|[0-9]{4})")
_NAT = re.compile(r"\b(?:nationality|citizen) ([A-Za-z ,.'-]+?)(?:;|$|\.)")
_IDS = re.compile(r"\b(?:Passport|National ID No\.|IMO|Registration Number|Tax ID No\.) ([A-Z0-9-]{4,})")


def decode(data: bytes) -> str:
    data = data.rstrip(b"\x1a\r\n ")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def rows(data: bytes, where: str, width: int) -> list[list[str | None]]:
    out = []
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    try:
        for row in reader:
            if not row or row == ["\x1a"]:
                continue
            if len(row) != width:
                raise ListError(f"expected {width} columns, found {len(row)} (truncated or not OFAC CSV?)",
                                where=where, line=reader.line_num)
            out.append([None if c.strip() in ("-0-", "") else c.strip() for c in row])
    except csv.Error as exc:
        raise ListError(f"malformed CSV: {exc}", where=where, line=reader.line_num) from exc
    return out


def reorder(name: str) -> str:
    """'KIM, Jong Un' -> 'Jong Un KIM' (OFAC writes persons as LAST, First)."""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first:
            return f"{first} {last}"
    return name


def parse(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    path = Path(where) if not str(where).startswith("http") else None
    add_rows: dict[str, list] = {}
    alt_rows: dict[str, list] = {}
    if path is not None:
        for name, width, bucket in (("add.csv", 6, add_rows), ("alt.csv", 5, alt_rows)):
            side = path.with_name(name)
            if side.exists() and side != path:
                for row in rows(side.read_bytes(), str(side), width):
                    bucket.setdefault(row[0], []).append(row)
    entries = [_entry(row, add_rows.get(row[0], []), alt_rows.get(row[0], []))
               for row in rows(data, str(where), SDN_COLUMNS)]
    return None, entries


def _entry(row: list[str | None], adds: list, alts: list) -> ListEntry:
    ent_num, name, kind, program, _title, _call, _vtype, _t, _g, flag, _owner, remarks = row
    schema = TYPES.get((kind or "").lower(), "Organization")
    name = name or ""
    strong = [reorder(name) if schema == "Person" else name, name]
    weak = []
    for alt in alts:
        if alt[3]:
            alias = reorder(alt[3]) if schema == "Person" else alt[3]
            (weak if (alt[2] or "").lower() == "weak aka" else strong).append(alias)
    remarks = remarks or ""
    for _kind, alias in _ALIAS.findall(remarks):
        strong.append(alias)
    countries = [country_code(a[4]) for a in adds] + [country_code(flag)]
    countries += [country_code(n.strip()) for n in _NAT.findall(remarks)]
    births = [iso_date(d) for d in _DOB.findall(remarks)]
    return ListEntry(
        id=f"ofac-{ent_num}", schema=schema, caption=strong[0], source="ofac-sdn",
        names=dedupe(strong), weak_aliases=dedupe(weak),
        programs=[p.strip("[] ") for p in (program or "").split("] [") if p.strip("[] ")],
        reference=ent_num, countries=dedupe(countries), birth_dates=dedupe(births),
        identifiers=dedupe(_IDS.findall(remarks)),
    )
