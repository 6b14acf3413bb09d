"""``export_dossier(records, hits, fmt) -> text/bytes``: a readable report for a country, entity or period.

``build_dossier`` turns records into a plain :class:`Dossier`; the HTML, Markdown and PDF
renderers only lay it out.  Every event line cites its claims as numbered references to an
article and a character span (document id + evidence_start/end); a quote that does not match
its article's text is listed under open questions instead of being silently trusted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from armswatch.export import text as words
from armswatch.export.ids import country_name
from armswatch.export.stix_objects import safe_url
from armswatch.export.types import ISO2, EventRecord, ExportEvent, Hit
from armswatch.model import Document


@dataclass
class Citation:
    n: int
    quote: str
    document_id: str
    start: int
    end: int
    status: str
    title: str
    outlet: str
    published: str
    url: str | None
    verified: bool | None  # None when the article text was not available


@dataclass
class DossierEvent:
    event: ExportEvent
    summary: str
    grade: str
    citations: list[Citation]


@dataclass
class Dossier:
    title: str
    scope: str
    generated: str
    overview: list[str]
    events: list[DossierEvent]
    hits: list[Hit]
    questions: list[str]
    sources: list[Document]
    edges: list[tuple[str | None, str | None, str, int | None]] = field(default_factory=list)  # actor, recipient
    documents: dict[str, Document] = field(default_factory=dict)


def party_name(code: str | None) -> str:
    if not code:
        return "?"
    return f"{country_name(code)} ({code})" if ISO2.match(code) else code


def _citation(n: int, ev_claim: Any, doc: Document | None) -> Citation:
    c = ev_claim.claim
    verified = None
    if doc is not None and doc.text:
        verified = doc.text[c.evidence_start:c.evidence_end] == c.evidence
    title = (doc.title if doc else None) or "untitled article"
    outlet = (doc.outlet if doc else None) or "unknown outlet"
    return Citation(n, c.evidence, ev_claim.document_id, c.evidence_start, c.evidence_end, c.status, title, outlet,
                    ((doc.published if doc else None) or "undated")[:10], safe_url(doc.url) if doc else None, verified)


def build_dossier(records: Iterable[EventRecord], hits: Iterable[Hit] = (), title: str = "armswatch dossier",
                  scope: str = "all events", now: datetime | None = None) -> Dossier:
    events: list[DossierEvent] = []
    questions: list[str] = []
    docs: dict[str, Document] = {}
    n = 0
    for record in records:
        ev = record.event
        cites = []
        for e in ev.evidence:
            n += 1
            doc = record.documents.get(e.document_id)
            if doc is not None:
                docs.setdefault(doc.id, doc)
            cite = _citation(n, e, doc)
            cites.append(cite)
            if cite.verified is False:
                questions.append(f"[{n}] quote does not match article {e.document_id} at {cite.start}-{cite.end}.")
        refs = " ".join(f"[{c.n}]" for c in cites)
        if ev.sources <= 1:
            questions.append(f"Single source: {ev.label} ({words.dates(ev)}) {refs}")
        if ev.status in ("denied", "disputed") or ev.status_counts.get("denied"):
            questions.append(f"Denied or disputed: {ev.label} ({words.dates(ev)}) {refs}")
        if ev.status in ("planned", "speculated"):
            questions.append(f"Only {ev.status}: {ev.label} ({words.dates(ev)}) {refs}")
        events.append(DossierEvent(ev, words.summary(ev, label=False), words.grade_words(ev), cites))
    events.sort(key=lambda d: (d.event.date_first or "9999", d.event.label))
    hit_list = list(hits)
    for h in hit_list:
        if h.status == "open" and h.match:
            questions.append(f"Unreviewed sanctions match: {h.name!r} ~ {h.caption!r} ({h.list} "
                             f"{h.reference or h.entity_id}), article {h.document_id}.")
    return Dossier(title=title, scope=scope, generated=(now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
                   overview=overview(events, hit_list, docs), events=events, hits=hit_list, questions=questions,
                   sources=sorted(docs.values(), key=lambda d: (d.published or "", d.id)),
                   edges=[(d.event.actor, d.event.recipient, d.event.type, d.event.confidence)
                          for d in events if d.event.actor or d.event.recipient],
                   documents=docs)


def overview(events: list[DossierEvent], hits: list[Hit], docs: dict[str, Document]) -> list[str]:
    if not events:
        return ["No events match this selection."]
    evs = [d.event for d in events]
    types = Counter(e.type for e in evs)
    statuses = Counter(e.status for e in evs)
    partners = Counter(p for e in evs for p in (e.actor, e.recipient) if p)
    dated = sorted(e.date_first for e in evs if e.date_first)
    lines = [f"{len(evs)} event(s) from {len(docs)} article(s)"
             + (f", dated {dated[0]} to {dated[-1]}." if dated else ", none dated."),
             "By type: " + ", ".join(f"{k} {v}" for k, v in types.most_common()) + ".",
             "By status: " + ", ".join(f"{k} {v}" for k, v in statuses.most_common()) + ".",
             "Most named parties: " + ", ".join(f"{party_name(k)} {v}" for k, v in partners.most_common(6)) + "."]
    strong = [e for e in evs if (e.confidence or 0) >= 70]
    lines.append(f"{len(strong)} event(s) graded probably true or better (STIX confidence ≥ 70); "
                 f"{sum(1 for e in evs if e.sources <= 1)} rest on a single independent source.")
    if hits:
        lines.append(f"{len(hits)} sanctions screening hit(s), {sum(1 for h in hits if h.match)} above threshold.")
    return lines


def export_dossier(records: Iterable[EventRecord], hits: Iterable[Hit] = (), fmt: str = "html",
                   title: str = "armswatch dossier", scope: str = "all events",
                   now: datetime | None = None) -> str | bytes:
    """The dossier as HTML or Markdown text, or PDF bytes (rendered from the HTML by Chromium)."""
    dossier = build_dossier(records, hits, title, scope, now)
    if fmt == "md":
        from armswatch.export.dossier_md import render_md

        return render_md(dossier)
    from armswatch.export.dossier_html import render_html

    html = render_html(dossier)
    if fmt == "pdf":
        from armswatch.export.pdf import html_to_pdf

        return html_to_pdf(html)
    if fmt != "html":
        from armswatch.exc import InvalidRequest

        raise InvalidRequest(f"unknown dossier format {fmt!r}; use html, md or pdf")
    return html
