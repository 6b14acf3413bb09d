"""The project's own small offline starter list (JSON written from public UN 1718 facts)."""

from __future__ import annotations

import json
from pathlib import Path

from armswatch.exc import ListError
from armswatch.screening.model import ListEntry

STARTER_PATH = Path(__file__).resolve().parents[2] / "data" / "starter_list.json"


def parse(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    try:
        doc = json.loads(data)
        entries = [ListEntry.from_dict({**e, "source": doc.get("source", "starter")}) for e in doc["entries"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise ListError(f"invalid armswatch list JSON: {exc}", where=str(where)) from exc
    return doc.get("list_date"), entries
