"""The assess stage of ingest: tag typologies per claim, then re-cluster the affected events per batch."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from armswatch.assessment.typologies import tag_claim
from armswatch.model import Document
from armswatch.settings import Settings


class AssessStage:
    name = "assess"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings
        self.last_result: Any = None

    def compute(self, doc: Document, context: dict[str, Any]) -> list[dict[str, Any]]:
        """Typology tags for each claim the extract stage found (nothing without one)."""
        extraction = context.get("extract")
        if extraction is None:
            return []
        out = []
        for claim in extraction.claims:
            tags = tag_claim(claim)
            out.append({"type": claim.type, "start": claim.evidence_start, "end": claim.evidence_end,
                        "item": claim.item, "tags": tags})
        return out

    def write(self, conn: Connection, doc: Document, payload: list[dict[str, Any]]) -> None:
        """Store the tags on the document's claim rows (written just before by the extract stage)."""
        if not payload:
            return
        from armswatch.store.t_extract import claims

        rows = conn.execute(select(claims.c.id, claims.c.type, claims.c.evidence_start, claims.c.evidence_end,
                                   claims.c.item).where(claims.c.document_id == doc.id)
                            .order_by(claims.c.id)).all()
        if len(rows) == len(payload):
            pairs = [(row.id, item["tags"]) for row, item in zip(rows, payload, strict=True)]
        else:  # match on the claim's identity when the counts differ
            index = {(p["type"], p["start"], p["end"], p["item"]): p["tags"] for p in payload}
            pairs = [(row.id, index.get((row.type, row.evidence_start, row.evidence_end, row.item), []))
                     for row in rows]
        for claim_id, tags in pairs:
            if tags:
                conn.execute(claims.update().where(claims.c.id == claim_id).values(typologies=",".join(tags)))

    def after_batch(self, store: Any, doc_ids: list[str]) -> None:
        """Re-cluster the events the new documents' claims could change, then queue alerts."""
        from armswatch.store.event_build import recluster, scope_for_documents

        with store.begin() as conn:
            scope = scope_for_documents(conn, doc_ids)
            self.last_result = recluster(conn, scope) if scope else None
        try:
            from armswatch.assessment.alerts.evaluate import evaluate
        except ModuleNotFoundError:
            return
        with store.begin() as conn:
            evaluate(conn)
