"""Building claims, documents and stored rows for the assessment tests."""

from __future__ import annotations

from typing import Any

from armswatch.assessment.types import ClaimRef
from armswatch.ingestion import dedup
from armswatch.model import Claim, Document
from armswatch.store import documents as doc_store
from armswatch.store.t_extract import claims as claims_table


def claim(type: str = "transfer", actor: str | None = "KP", recipient: str | None = "RU",
          item: str | None = "artillery shells", status: str = "reported", date: str | None = None,
          source: str | None = None, evidence: str = "") -> Claim:
    evidence = evidence or f"{actor} sent {item} to {recipient}."
    return Claim(type=type, actor=actor, recipient=recipient, item=item, status=status, evidence=evidence,
                 evidence_start=0, evidence_end=len(evidence), date=date, source=source)


def doc(doc_id: str, outlet: str | None, duplicate_of: str | None = None, published: str = "2024-01-10",
        text: str | None = None) -> Document:
    return Document(id=doc_id, text=text or f"text of {doc_id}", outlet=outlet, url=f"https://{outlet}/{doc_id}",
                    published=published, duplicate_of=duplicate_of, fetched_at="2024-01-10T00:00:00+00:00")


def refs(*pairs: tuple[str, Claim]) -> list[ClaimRef]:
    return [ClaimRef(i + 1, d, c) for i, (d, c) in enumerate(pairs)]


def store_doc(conn: Any, document: Document, *items: Claim) -> list[int]:
    """Insert a document and its claims with the store's own functions; returns the claim ids."""
    doc_store.insert(conn, document, dedup.signature(document.text))
    ids = []
    for c in items:
        values = {k: v for k, v in c.to_dict().items() if k != "typologies"}
        values["typologies"] = ",".join(c.typologies)
        ids.append(int(conn.execute(claims_table.insert().values(document_id=document.id, **values))
                       .inserted_primary_key[0]))
    return ids
