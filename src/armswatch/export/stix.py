"""``export_stix(records, hits) -> objects``: a STIX 2.1 bundle, streamed object by object."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, TextIO

from armswatch.export import stix_objects as so
from armswatch.export.text import summary
from armswatch.export.types import EventRecord, Hit, parties, party_kind

MENTION_KINDS = {"COUNTRY": "country", "ORG": "organization", "PERSON": "person"}


def export_stix(records: Iterable[EventRecord], hits: Iterable[Hit] = (), *, tlp: str = "clear",
                now: datetime | None = None) -> Iterator[dict[str, Any]]:
    """STIX objects for these events and screening hits; each object once, in a valid order."""
    tlp = tlp.lower().removeprefix("tlp:")
    if tlp not in so.TLP_IDS:
        from armswatch.exc import InvalidRequest

        raise InvalidRequest(f"unknown TLP level {tlp!r}; use one of {', '.join(so.TLP_IDS)}")
    b = so.Builder(now or datetime.now(UTC), tlp)
    seen: set[str] = set()

    def once(obj: dict[str, Any] | None, unique: bool = False) -> Iterator[dict[str, Any]]:
        """Each shared object (party, outlet, report) once; per-event objects are unique and not remembered."""
        if obj is not None and (unique or obj["id"] not in seen):
            if not unique:
                seen.add(obj["id"])
            yield obj

    yield so.tlp_marking(tlp)
    yield b.author()
    for record in records:
        yield from _event_objects(b, record, seen, once)
    for hit in hits:
        kind = "person" if hit.schema == "Person" else "organization"
        party = b.party(hit.name, kind)
        yield from once(party)
        refs = [party["id"]] + ([so.report_id(hit.document_id)] if so.report_id(hit.document_id) in seen else [])
        yield from once(b.hit_note(hit, refs))


def _event_objects(b: so.Builder, record: EventRecord, seen: set[str], once: Any) -> Iterator[dict[str, Any]]:
    ev = record.event
    party_ids: dict[str, str] = {}
    for _, name in parties(ev):
        obj = b.party(name, party_kind(name, record))
        party_ids[name] = obj["id"]
        yield from once(obj)
    report_ids: dict[str, str] = {}
    for doc_id in dict.fromkeys(e.document_id for e in ev.evidence):
        report_ids[doc_id] = so.report_id(doc_id)
        doc = record.documents.get(doc_id)
        if doc is None or report_ids[doc_id] in seen:
            continue
        if doc.outlet:
            yield from once(b.outlet(doc.outlet))
        refs = list(party_ids.values())
        for m in record.mentions.get(doc_id, []):
            if m.label in MENTION_KINDS:
                obj = b.party(m.canonical, MENTION_KINDS[m.label])
                yield from once(obj)
                refs.append(obj["id"])
        refs = list(dict.fromkeys(refs)) or [so.outlet_id(doc.outlet) if doc.outlet else so.AUTHOR_ID]
        yield from once(b.report(doc, refs))
    text = summary(ev)
    group_refs = [*party_ids.values(), *report_ids.values()]
    rel_id = None
    if ev.actor and ev.recipient and ev.actor != ev.recipient:
        rel = b.relationship(ev, party_ids[ev.actor], party_ids[ev.recipient], text)
        rel_id = rel["id"]
        group_refs.append(rel_id)
        yield from once(rel, unique=True)
    gid = so.event_id(ev)
    for e in ev.evidence:
        refs = [report_ids[e.document_id], gid] + ([rel_id] if rel_id else [])
        note = b.note(ev, e, record.documents.get(e.document_id), refs)
        group_refs.append(note["id"])
        yield from once(note, unique=True)
        yield from once(b.opinion(ev, e, note["id"]), unique=True)
    yield from once(b.grouping(ev, list(dict.fromkeys(group_refs)) or [so.AUTHOR_ID], text), unique=True)


def dumps(obj: Any) -> str:
    """Compact JSON with ``<``, ``>`` and ``&`` escaped, so hostile text stays inert if embedded in HTML."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_bundle(objects: Iterable[dict[str, Any]], out: TextIO, bundle_id: str | None = None) -> int:
    """Write a bundle without holding it in memory; returns the number of objects."""
    head = json.dumps(bundle_id or f"bundle--{uuid.uuid4()}")
    out.write('{"type": "bundle", "id": ' + head + ', "objects": [')
    n = 0
    for obj in objects:
        out.write(("\n" if n == 0 else ",\n") + dumps(obj))
        n += 1
    out.write("\n]}\n")
    return n
