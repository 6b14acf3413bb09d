"""Builders of single STIX 2.1 objects (plain dicts) from export records.

Mapping (see docs/exports.md): article → ``report``; outlet and organization → ``identity``
(class organization), person → ``identity`` (class individual); state → ``location`` (country);
event → ``grouping`` (context suspicious-activity) plus, when it has both parties, a
``relationship`` (``related-to``) actor → recipient carrying its confidence and dates; claim →
``note`` quoting its evidence with document id and character span; analyst review → ``opinion``;
sanctions hit → ``note`` on the party.  Markings: TLP 2.0 marking definitions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from armswatch.export.ids import country_name, stix_id, stix_time
from armswatch.export.types import Evidence, ExportEvent, Hit
from armswatch.model import Document

TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP_AUTHOR = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01"
TLP_IDS = {  # the OASIS-published TLP 2.0 marking definitions (fixed ids, shared by every TIP)
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
AUTHOR_ID = stix_id("identity", "armswatch")
REVIEW_OPINION = {"accepted": "agree", "edited": "neutral", "rejected": "disagree"}


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs are exported as links; anything else (javascript:, data:, file:) is dropped."""
    if url and url.strip().lower().startswith(("http://", "https://")) and len(url) < 4000:
        return url.strip()
    return None


def tlp_marking(level: str) -> dict[str, Any]:
    return {"type": "marking-definition", "spec_version": "2.1", "id": TLP_IDS[level],
            "created": "2022-10-01T00:00:00.000Z", "created_by_ref": TLP_AUTHOR, "name": f"TLP:{level.upper()}",
            "extensions": {TLP_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": level}}}


class Builder:
    """Common properties (spec_version, times, author, marking) for every object of one export."""

    def __init__(self, now: datetime, tlp: str) -> None:
        self.now = stix_time(now)
        self.marking = TLP_IDS[tlp]

    def base(self, kind: str, oid: str, created: str | None = None, modified: str | None = None) -> dict[str, Any]:
        created = created or self.now
        modified = max(modified or created, created)
        return {"type": kind, "spec_version": "2.1", "id": oid, "created": created, "modified": modified,
                "created_by_ref": AUTHOR_ID, "object_marking_refs": [self.marking]}

    def author(self) -> dict[str, Any]:
        obj = self.base("identity", AUTHOR_ID)
        obj.update(name="armswatch", identity_class="system",
                   description="Evidence-backed ledger of arms transfers and sanctions evasion built from news.")
        return obj

    def party(self, name: str, kind: str) -> dict[str, Any]:
        if kind == "country":
            obj = self.base("location", party_id(name, kind))
            obj.update(name=country_name(name), country=name.upper())
            return obj
        obj = self.base("identity", party_id(name, kind))
        obj.update(name=name, identity_class="individual" if kind == "person" else "organization")
        return obj

    def outlet(self, outlet: str) -> dict[str, Any]:
        obj = self.base("identity", outlet_id(outlet))
        obj.update(name=outlet, identity_class="organization", sectors=["communications"])
        return obj

    def report(self, doc: Document, refs: list[str]) -> dict[str, Any]:
        stamp = stix_time(doc.fetched_at) or stix_time(doc.published) or self.now
        obj = self.base("report", report_id(doc.id), stamp)
        ref: dict[str, Any] = {"source_name": doc.outlet or "article", "external_id": doc.id}
        if safe_url(doc.url):
            ref["url"] = safe_url(doc.url)
        obj.update(name=doc.title or doc.url or f"article {doc.id}", report_types=["threat-report"],
                   published=stix_time(doc.published) or stamp, object_refs=refs, external_references=[ref])
        if doc.outlet:
            obj["created_by_ref"] = outlet_id(doc.outlet)
        if doc.language:
            obj["lang"] = doc.language
        return obj

    def times(self, ev: ExportEvent) -> tuple[str, str]:
        created = stix_time(ev.created_at) or self.now
        return created, stix_time(ev.updated_at) or created

    def grouping(self, ev: ExportEvent, refs: list[str], summary: str) -> dict[str, Any]:
        obj = self.base("grouping", event_id(ev), *self.times(ev))
        obj.update(name=ev.label, context="suspicious-activity", description=summary, object_refs=refs,
                   labels=event_labels(ev))
        if ev.confidence is not None:
            obj["confidence"] = int(ev.confidence)
        return obj

    def relationship(self, ev: ExportEvent, source: str, target: str, summary: str) -> dict[str, Any]:
        obj = self.base("relationship", stix_id("relationship", "event", ev.key), *self.times(ev))
        obj.update(relationship_type="related-to", source_ref=source, target_ref=target, description=summary,
                   labels=event_labels(ev))
        start, stop = stix_time(ev.date_first), stix_time(ev.date_last)
        if start:
            obj["start_time"] = start
            if stop and stop > start:
                obj["stop_time"] = stop
        if ev.confidence is not None:
            obj["confidence"] = int(ev.confidence)
        return obj

    def note(self, ev: ExportEvent, e: Evidence, doc: Document | None, refs: list[str]) -> dict[str, Any]:
        c = e.claim
        obj = self.base("note", note_id(e), *self.times(ev))
        where = f"document {e.document_id}, characters {c.evidence_start}-{c.evidence_end}"
        source = f"{doc.title or ''} ({doc.outlet or 'unknown outlet'})".strip() if doc else "unknown article"
        ref: dict[str, Any] = {"source_name": "armswatch-evidence",
                               "external_id": f"{e.document_id}:{c.evidence_start}-{c.evidence_end}"}
        if doc and safe_url(doc.url):
            ref["url"] = safe_url(doc.url)
        obj.update(abstract=f"{c.type} claim ({c.status}): {c.actor or '?'} / {c.recipient or '?'}"
                            + (f" / {c.item}" if c.item else ""),
                   content=f"\u201c{c.evidence}\u201d\n\nSource: {source}; {where}.",
                   object_refs=refs, external_references=[ref], labels=[f"status:{c.status}"])
        if doc and doc.outlet:
            obj["authors"] = [doc.outlet]
        return obj

    def opinion(self, ev: ExportEvent, e: Evidence, note: str) -> dict[str, Any] | None:
        if e.review not in REVIEW_OPINION:
            return None
        obj = self.base("opinion", stix_id("opinion", "review", e.key), *self.times(ev))
        obj.update(opinion=REVIEW_OPINION[e.review], object_refs=[note],
                   explanation=f"Analyst review of the claim: {e.review}.")
        return obj

    def hit_note(self, hit: Hit, refs: list[str]) -> dict[str, Any]:
        obj = self.base("note", stix_id("note", "hit", hit.document_id, hit.name, hit.entity_id))
        why = "; ".join(f"{k}: {v.get('detail', v) if isinstance(v, dict) else v}"
                        for k, v in sorted(hit.explanations.items()))
        programs = ", ".join(hit.programs) or "no programme given"
        obj.update(abstract=f"Sanctions screening {'match' if hit.match else 'candidate'}: {hit.name!r} ~ "
                            f"{hit.caption!r} ({hit.list} {hit.reference or hit.entity_id})",
                   content=f"Score {hit.score:.2f} ({hit.status}). Programmes: {programs}. Why: {why or '—'}.",
                   object_refs=refs, labels=["sanctions-screening", f"screening:{hit.status}"],
                   external_references=[{"source_name": hit.list, "external_id": hit.reference or hit.entity_id}])
        return obj


def event_labels(ev: ExportEvent) -> list[str]:
    labels = [f"event-type:{ev.type}", f"status:{ev.status}", f"admiralty:{ev.admiralty}"]
    return labels + [f"typology:{t}" for t in ev.typologies]


def party_id(name: str, kind: str) -> str:
    if kind == "country":
        return stix_id("location", "country", name.upper())
    return stix_id("identity", kind, name)


def outlet_id(outlet: str) -> str:
    return stix_id("identity", "outlet", outlet.lower())


def report_id(doc_id: str) -> str:
    return stix_id("report", "article", doc_id)


def event_id(ev: ExportEvent) -> str:
    return stix_id("grouping", "event", ev.key)


def note_id(e: Evidence) -> str:
    return stix_id("note", "claim", e.key)
