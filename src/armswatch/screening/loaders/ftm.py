"""OpenSanctions exports: FollowTheMoney JSON lines and ``targets.simple.csv``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from armswatch.exc import ListError
from armswatch.screening.loaders.common import country_code, dedupe, iso_date
from armswatch.screening.model import SCHEMATA, ListEntry


def parse_ftm(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    parties: list[dict[str, Any]] = []
    sanctions: dict[str, list[dict[str, list[str]]]] = {}
    last = None
    for lineno, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            schema, props = obj["schema"], obj.get("properties", {})
        except (ValueError, KeyError, TypeError) as exc:
            raise ListError(f"invalid FtM JSON line: {exc}", where=str(where), line=lineno) from exc
        last = max(last or "", obj.get("last_change") or "") or last
        if schema == "Sanction":
            for ent in props.get("entity", []):
                sanctions.setdefault(ent, []).append(props)
        elif schema in SCHEMATA:
            parties.append(obj)
    entries = []
    for obj in parties:
        p = obj["properties"]
        sanc = sanctions.get(obj["id"], [])
        programs = [v for s in sanc for v in s.get("programId", []) + s.get("program", [])]
        refs = [v for s in sanc for v in s.get("authorityId", []) + s.get("unscId", [])]
        listed = sorted(v for s in sanc for v in s.get("listingDate", []) + s.get("startDate", []))
        caption = obj.get("caption") or (p.get("name") or [obj["id"]])[0]
        entries.append(ListEntry(
            id=obj["id"], schema=obj["schema"], caption=caption, source="opensanctions",
            names=dedupe([caption, *p.get("name", []), *p.get("alias", []), *p.get("previousName", [])]),
            weak_aliases=dedupe(p.get("weakAlias", [])), programs=dedupe(programs),
            reference=refs[0] if refs else None,
            countries=dedupe([country_code(c) for c in p.get("country", []) + p.get("nationality", [])
                              + p.get("jurisdiction", []) + p.get("flag", [])]),
            birth_dates=dedupe(p.get("birthDate", [])),
            identifiers=dedupe(p.get("idNumber", []) + p.get("registrationNumber", [])
                               + p.get("imoNumber", []) + p.get("innCode", [])),
            listed_on=listed[0][:10] if listed else None,
        ))
    return (last[:10] if last else None), entries


def parse_targets(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig", errors="replace"), newline=""))
    need = {"id", "schema", "name", "aliases"}
    if not need <= set(reader.fieldnames or []):
        raise ListError(f"not a targets.simple.csv (missing {sorted(need - set(reader.fieldnames or []))})",
                        where=str(where))
    entries, last = [], ""
    try:
        for row in reader:
            if row.get("schema") not in SCHEMATA:
                continue
            last = max(last, row.get("last_change") or "")
            def split(key: str, row: dict[str, str] = row) -> list[str]:
                return [v for v in (row.get(key) or "").split(";") if v.strip()]

            entries.append(ListEntry(
                id=row["id"], schema=row["schema"], caption=row["name"], source="opensanctions",
                names=dedupe([row["name"], *split("aliases")]), programs=split("program_ids"),
                countries=dedupe([country_code(c) for c in split("countries")]),
                birth_dates=dedupe([iso_date(d) for d in split("birth_date")]),
                identifiers=split("identifiers"),
                listed_on=(row.get("first_seen") or "")[:10] or None,
            ))
    except csv.Error as exc:
        raise ListError(f"malformed CSV: {exc}", where=str(where), line=reader.line_num) from exc
    return (last[:10] or None), entries
