"""UK HMT/OFSI ConList CSV and Canada SEMA consolidated XML."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from armswatch.exc import ListError
from armswatch.screening.loaders.common import (
    child_text,
    children,
    country_code,
    dedupe,
    iso_date,
    local,
    parse_xml,
)
from armswatch.screening.model import ListEntry

UK_TYPES = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
_UN_REF = re.compile(r"UN Ref\.?\s*:?\s*([A-Z]{2,3}[ie]\.\d{3})", re.I)


def parse_uk(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines[:5]) if "Name 6" in ln and "Group ID" in ln), None)
    if start is None:
        raise ListError("not a UK ConList CSV (no header with 'Name 6' and 'Group ID')", where=str(where))
    header = next(csv.reader([lines[start]]))
    if header and not header[0].strip():  # some copies add an unnamed leading column to the header only
        header = header[1:]
    reader = csv.DictReader(io.StringIO("\n".join(lines[start + 1:])), fieldnames=header)
    groups: dict[str, ListEntry] = {}
    last = ""
    try:
        for row in reader:
            gid = (row.get("Group ID") or "").strip()
            if not gid:
                continue
            parts = [row.get(f"Name {i}", "").strip() for i in range(1, 6)]
            name = " ".join(p for p in [*parts, row.get("Name 6", "").strip()] if p)
            schema = UK_TYPES.get((row.get("Group Type") or "").strip().lower(), "LegalEntity")
            entry = groups.get(gid)
            if entry is None:
                ref = _UN_REF.search(row.get("Other Information") or "")
                entry = groups[gid] = ListEntry(
                    id=f"uk-{gid}", schema=schema, caption=name, source="uk",
                    programs=dedupe([row.get("Regime")]), reference=ref.group(1).upper() if ref else gid,
                    listed_on=iso_date(row.get("Listed On")))
            weak = (row.get("Alias Type") or "").strip().lower().startswith("weak")
            (entry.weak_aliases if weak else entry.names).append(name)
            entry.countries = dedupe([*entry.countries, country_code(row.get("Country")),
                                      *(country_code(c) for c in re.split(r"\d\)", row.get("Nationality") or ""))])
            entry.birth_dates = dedupe([*entry.birth_dates, iso_date(row.get("DOB"))])
            last = max(last, iso_date(row.get("Last Updated")) or "")
    except csv.Error as exc:
        raise ListError(f"malformed CSV: {exc}", where=str(where), line=reader.line_num) from exc
    for entry in groups.values():
        entry.names, entry.weak_aliases = dedupe(entry.names), dedupe(entry.weak_aliases)
    return (last or None), list(groups.values())


def parse_ca(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    root = parse_xml(data, str(where))
    if local(root.tag) != "data-set":
        raise ListError(f"not a Canada SEMA list (root <{local(root.tag)}>)", where=str(where))
    entries, last = [], ""
    for i, rec in enumerate(children(root, "record"), 1):
        person = " ".join(p for p in (child_text(rec, "GivenName"), child_text(rec, "LastName")) if p)
        other = child_text(rec, "EntityOrShip")
        imo = child_text(rec, "ShipIMONumber")
        schema = "Person" if person else ("Vessel" if imo else "Organization")
        caption = person or other or ""
        aliases = [a.strip() for a in (child_text(rec, "Aliases") or "").split(",") if a.strip()]
        listed = iso_date(child_text(rec, "DateOfListing"))
        last = max(last, listed or "")
        item = f"{child_text(rec, 'Schedule') or ''} {child_text(rec, 'Item') or i}".strip()
        entries.append(ListEntry(
            id=f"ca-{i}", schema=schema, caption=caption, source="ca", names=dedupe([caption, *aliases]),
            programs=dedupe([f"SEMA {child_text(rec, 'Country') or ''}".strip()]), reference=item,
            countries=dedupe([country_code(child_text(rec, "Country"))]),
            birth_dates=dedupe([iso_date(child_text(rec, "DateOfBirthOrShipBuildDate"))]) if person else [],
            identifiers=dedupe([f"IMO{imo}" if imo else None]), listed_on=listed,
        ))
    return (last or None), entries
