"""``export_csv(records) -> rows``: a SIPRI-trade-register-like table, one row per event.

Uncertain values are kept and flagged, never dropped (docs/exports.md, "Uncertain values"):
an unknown party is ``?``; ``status_mark`` carries SIPRI-style markers (``[reported]``,
``(planned)``, ``?``, ``(denied)``, ``(disputed)``) and the ``*_uncertain`` columns say which
values are not firm.  Every text cell is neutralised against spreadsheet formula injection.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from armswatch.export.ids import country_name
from armswatch.export.stix_objects import safe_url
from armswatch.export.text import STATUS_MARK
from armswatch.export.types import ISO2, EventRecord

COLUMNS = (
    "event_id", "type", "supplier", "supplier_name", "recipient", "recipient_name", "designation", "description",
    "status", "status_mark", "first_date", "last_date", "date_precision", "independent_sources", "articles",
    "admiralty", "reliability", "credibility", "stix_confidence", "typologies", "outlets", "source_urls",
    "evidence_refs", "parties_uncertain", "date_uncertain", "status_uncertain",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell as text; one starting like a formula gets a leading apostrophe (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _precision(date: str | None) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "none")


def _name(party: str | None) -> str:
    if not party:
        return "?"
    return country_name(party) if ISO2.match(party) else party


def row(record: EventRecord) -> list[str]:
    ev = record.event
    docs = [record.documents.get(d) for d in dict.fromkeys(e.document_id for e in ev.evidence)]
    outlets = sorted({d.outlet for d in docs if d is not None and d.outlet})
    urls = [u for u in (safe_url(d.url) for d in docs if d is not None) if u]
    refs = [f"{e.document_id}:{e.claim.evidence_start}-{e.claim.evidence_end}" for e in ev.evidence]
    values: list[object] = [
        ev.id if ev.id is not None else ev.key, ev.type, ev.actor or "?", _name(ev.actor), ev.recipient or "?",
        _name(ev.recipient), ev.item or "?", ev.label, ev.status, STATUS_MARK.get(ev.status, "?"),
        ev.date_first or "?", ev.date_last or ev.date_first or "?", _precision(ev.date_first), ev.sources,
        ev.articles, ev.admiralty, ev.reliability, ev.credibility, "" if ev.confidence is None else ev.confidence,
        "; ".join(ev.typologies), "; ".join(outlets), " ".join(urls), " ".join(refs),
        int(not (ev.actor and ev.recipient)), int(_precision(ev.date_first) != "day"),
        int(ev.status != "confirmed"),
    ]
    return [neutralise(v) for v in values]


def export_csv(records: Iterable[EventRecord], header: bool = True) -> Iterator[list[str]]:
    if header:
        yield list(COLUMNS)
    for record in records:
        yield row(record)


def write_csv(rows: Iterable[list[str]], out: TextIO) -> int:
    """Write rows with full quoting; returns the number of rows written (header included)."""
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    n = 0
    for r in rows:
        writer.writerow(r)
        n += 1
    return n
