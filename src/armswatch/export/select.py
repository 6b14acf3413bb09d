"""Stream export records from the store, a page of events at a time (memory stays flat).

Events come from the assessment stage's ``list_events`` (the FILTERS), documents from its
``load_documents``, matches from the screening stage's ``matches``; this module only joins
each page's claims, documents and mentions into :class:`EventRecord` s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select

from armswatch.export.filters import ExportFilters, list_page
from armswatch.export.types import EventRecord, Evidence, Hit, as_event, as_hit
from armswatch.model import Claim, Mention

PAGE = 500
_CLAIM_FIELDS = ("type", "actor", "recipient", "item", "status", "evidence", "evidence_start", "evidence_end",
                 "date", "date_precision", "source", "rule")


def _evidence(conn: Any, event_ids: list[int]) -> dict[int, list[Evidence]]:
    from armswatch.store.t_assess import event_claims
    from armswatch.store.t_extract import claims

    query = (select(claims, event_claims.c.event_id, event_claims.c.origin_name)
             .join(event_claims, event_claims.c.claim_id == claims.c.id)
             .where(event_claims.c.event_id.in_(event_ids)).order_by(claims.c.document_id, claims.c.evidence_start))
    out: dict[int, list[Evidence]] = defaultdict(list)
    for row in conn.execute(query).mappings():
        claim = Claim(**{k: row[k] for k in _CLAIM_FIELDS})
        claim.typologies = [t for t in (row["typologies"] or "").split(",") if t]
        out[row["event_id"]].append(Evidence(row["id"], row["document_id"], claim, row["review"],
                                             row["origin_name"] or ""))
    return out


def _mentions(conn: Any, doc_ids: Iterable[str]) -> dict[str, list[Mention]]:
    from armswatch.store.t_extract import mentions

    out: dict[str, list[Mention]] = defaultdict(list)
    ids = sorted(set(doc_ids))
    for i in range(0, len(ids), PAGE):
        query = select(mentions).where(mentions.c.document_id.in_(ids[i:i + PAGE])).order_by(mentions.c.start)
        for r in conn.execute(query).mappings():
            out[r["document_id"]].append(Mention(r["text"], r["label"], r["start"], r["end"], r["canonical"]))
    return out


def _texts(conn: Any, docs: dict[str, Any]) -> None:
    from armswatch.store.t_documents import documents

    ids = sorted(docs)
    for i in range(0, len(ids), PAGE):
        for doc_id, text in conn.execute(select(documents.c.id, documents.c.text)
                                         .where(documents.c.id.in_(ids[i:i + PAGE]))):
            docs[doc_id].text = text


def iter_records(store: Any, filters: ExportFilters | None = None, *, with_text: bool = False,
                 with_mentions: bool = True, page: int = PAGE,
                 event_ids: set[int] | None = None) -> Iterator[EventRecord]:
    """Every event matching the filters (and, if given, among ``event_ids``) as an :class:`EventRecord`,
    oldest first."""
    from armswatch.store.event_build import load_documents

    filters = filters or ExportFilters()
    offset = 0
    while True:
        with store.connect() as conn:
            page_rows = list_page(conn, filters, page, offset)
            if not page_rows:
                return
            rows = page_rows if event_ids is None else [r for r in page_rows if r["id"] in event_ids]
            evidence = _evidence(conn, [r["id"] for r in rows])
            doc_ids = {e.document_id for items in evidence.values() for e in items}
            docs = load_documents(conn, doc_ids)
            if with_text:
                _texts(conn, docs)
            mentions = _mentions(conn, doc_ids) if with_mentions else {}
        for row in rows:
            items = evidence.get(row["id"], [])
            ids = {e.document_id for e in items}
            yield EventRecord(as_event(row, items), {d: docs[d] for d in ids if d in docs},
                              {d: mentions[d] for d in ids if d in mentions})
        offset += len(page_rows)
        if len(page_rows) < page:
            return


def iter_hits(store: Any, document_ids: set[str] | None = None, entity: str | None = None,
              raised_only: bool = True) -> list[Hit]:
    """Screening matches (above threshold, not dismissed) in these documents or naming this entity."""
    from armswatch.store.screening import matches

    with store.connect() as conn:
        rows = matches(conn, raised_only=raised_only)
    wanted = (entity or "").casefold()
    return [as_hit(r) for r in rows
            if (document_ids is not None and r["document_id"] in document_ids)
            or (wanted and wanted in (r["name"].casefold(), r["caption"].casefold()))
            or (document_ids is None and not wanted)]


class Tracker:
    """Wraps a record stream and remembers its document ids, so hits can be chosen after streaming."""

    def __init__(self, records: Iterable[EventRecord]) -> None:
        self.records = records
        self.document_ids: set[str] = set()

    def __iter__(self) -> Iterator[EventRecord]:
        for record in self.records:
            self.document_ids.update(record.documents)
            yield record
