"""The extract stage of the ingest pipeline."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from armswatch.model import Document, Extraction
from armswatch.settings import Settings


class ExtractStage:
    """compute: Document → Extraction (pure); write: store its mentions and claims."""

    name = "extract"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def compute(self, doc: Document, context: dict[str, Any]) -> Extraction:
        from armswatch.extraction.core import extract

        return extract(doc)

    def write(self, conn: Connection, doc: Document, payload: Extraction) -> None:
        from armswatch.store.claims import save_extraction

        save_extraction(conn, doc.id, payload)
