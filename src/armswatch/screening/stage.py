"""The ingest stage: screen every extracted person and organisation, store matches, respect decisions."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Connection

from armswatch.model import Document
from armswatch.screening.normalize import latin
from armswatch.settings import Settings

GROUPS = (("persons", "Person"), ("organizations", "Organization"))
STORE_MIN = 0.7  # candidates stored for review (a match is raised only at score >= THRESHOLD)


def name_key(name: str) -> str:
    return latin(name)


class ScreenStage:
    name = "screen"

    def __init__(self, settings: Settings, index: Any = None) -> None:
        self.settings = settings
        self._index = index

    def index(self) -> Any:
        if self._index is None:
            from armswatch.screening.lists import current_index
            from armswatch.store.db import open_store

            store = open_store(self.settings)
            try:  # an open engine keeps its SQLite WAL unmerged and holds connections: close it once read
                self._index = current_index(store)
            finally:
                store.close()
        return self._index

    def compute(self, doc: Document, context: dict[str, Any]) -> list[dict[str, Any]]:
        from armswatch.screening.core import screen

        extraction = context.get("extract")
        if extraction is None:
            return []
        entities = getattr(extraction, "entities", None) or {}
        rows: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for group, schema in GROUPS:
            for name in entities.get(group, []) or []:
                if (name, schema) in seen or not latin(name):
                    continue
                seen.add((name, schema))
                for m in screen(name, schema, index=self.index()):
                    if m.score < STORE_MIN:
                        continue
                    rows.append({"name": name, "name_key": name_key(name), "schema": schema,
                                 "entity_id": m.entity_id, "caption": m.caption, "list": m.list,
                                 "reference": m.reference, "programs": ";".join(m.programs),
                                 "score": m.score, "match": m.match,
                                 "explanations": json.dumps(m.explanations, ensure_ascii=False)})
        return rows

    def write(self, conn: Connection, doc: Document, payload: list[dict[str, Any]]) -> None:
        from armswatch.store import screening

        decided = screening.decisions(conn, [r["name_key"] for r in payload])
        rows = []
        for r in payload:
            d = decided.get((r["name_key"], r["entity_id"]))
            rows.append({**r, "status": d["decision"] if d else "open"})
        screening.insert_matches(conn, doc.id, rows)
