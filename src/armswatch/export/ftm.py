"""``export_ftm(records, hits) -> entities``: FollowTheMoney entities for Aleph and OpenSanctions tools.

Mapping (docs/exports.md): article → ``Article``; state → ``PublicBody`` (FtM 4 has no Country
schema and ``Territory`` is not a LegalEntity, so it could not be ``involved`` in an ``Event``);
organization → ``Organization``; person → ``Person``; each name found in an article → ``Mention``;
event → ``Event`` (organizer = actor, involved = both parties, ``proof`` = its articles); each
claim → ``Documentation`` linking the article to the event, with the evidence quote as
``summary`` and ``document:start-end`` as ``recordId`` — the provenance of every statement;
sanctions hit → ``Similar`` (candidate party ~ listed entity) plus the listed entity and its
``Sanction``, with the ids the screening stage's ``ListEntry.to_ftm`` uses, so they merge.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from armswatch.export.ids import country_name
from armswatch.export.stix_objects import safe_url
from armswatch.export.text import summary
from armswatch.export.types import EventRecord, Evidence, ExportEvent, Hit, parties, party_kind
from armswatch.model import Document

SCHEMA = {"country": "PublicBody", "organization": "Organization", "person": "Person"}
MENTION_KINDS = {"COUNTRY": "country", "ORG": "organization", "PERSON": "person"}


def ftm_id(kind: str, *parts: object) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]
    return f"aw-{kind}-{digest}"


def article_id(doc_id: str) -> str:
    return f"aw-article-{doc_id}"


def party_id(name: str, kind: str) -> str:
    return ftm_id("party", kind, name.upper() if kind == "country" else name)


def _make(schema: str, eid: str, **props: Any) -> dict[str, Any]:
    from followthemoney import model

    ent = model.make_entity(schema)
    ent.id = eid
    for prop, value in props.items():
        if value not in (None, "", []):
            ent.add(prop, value)
    return ent.to_dict()


def party(name: str, kind: str) -> dict[str, Any]:
    if kind == "country":
        return _make("PublicBody", party_id(name, kind), name=country_name(name), jurisdiction=name.lower(),
                     country=name.lower(), summary=f"The state of {country_name(name)} as a party")
    return _make(SCHEMA[kind], party_id(name, kind), name=name)


def article(doc: Document) -> dict[str, Any]:
    return _make("Article", article_id(doc.id), title=doc.title, publishedAt=doc.published,
                 sourceUrl=safe_url(doc.url), publisher=doc.outlet, author=doc.author, language=doc.language)


def event(ev: ExportEvent, record: EventRecord) -> dict[str, Any]:
    docs = [record.documents.get(d) for d in dict.fromkeys(e.document_id for e in ev.evidence)]
    ids = [party_id(n, party_kind(n, record)) for _, n in parties(ev)]
    codes = [n.lower() for _, n in parties(ev) if party_kind(n, record) == "country"]
    conf = ev.confidence if ev.confidence is not None else "none"
    return _make("Event", ftm_id("event", ev.key), name=ev.label, summary=summary(ev), startDate=ev.date_first,
                 endDate=ev.date_last, organizer=ids[:1] if ev.actor else None, involved=ids, country=codes,
                 proof=[article_id(d.id) for d in docs if d],
                 sourceUrl=[u for d in docs if d and (u := safe_url(d.url))],
                 keywords=[ev.type, ev.status, f"admiralty {ev.admiralty}", *ev.typologies],
                 notes=f"Admiralty {ev.admiralty}; STIX confidence {conf}; {ev.sources} independent source(s)",
                 recordId=str(ev.id) if ev.id is not None else None)


def documentation(ev: ExportEvent, e: Evidence, doc: Document | None) -> dict[str, Any]:
    c = e.claim
    span = f"{e.document_id}:{c.evidence_start}-{c.evidence_end}"
    return _make("Documentation", ftm_id("evidence", e.key), document=article_id(e.document_id),
                 entity=ftm_id("event", ev.key), role=f"{c.status} {c.type} claim", summary=c.evidence,
                 description=f"Evidence quote: article {span.replace(':', ', characters ')}",
                 recordId=span, date=c.date, status=e.review, sourceUrl=safe_url(doc.url) if doc else None)


def mentions(record: EventRecord, doc_id: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(party, Mention) for each distinct name of a person, organization or state in the article."""
    found: dict[tuple[str, str], set[str]] = {}
    for m in record.mentions.get(doc_id, []):
        if m.label in MENTION_KINDS:
            found.setdefault((MENTION_KINDS[m.label], m.canonical), set()).add(m.text)
    codes = sorted(c.lower() for k, c in found if k == "country")
    for (kind, canonical), texts in sorted(found.items()):
        yield party(canonical, kind), _make(
            "Mention", ftm_id("mention", doc_id, kind, canonical), document=article_id(doc_id),
            resolved=party_id(canonical, kind), name=sorted(texts), detectedSchema=SCHEMA[kind], contextCountry=codes)


def hit_entities(h: Hit) -> list[dict[str, Any]]:
    from armswatch.screening.model import PUBLISHERS

    kind = "person" if h.schema == "Person" else "organization"
    listed_schema = h.schema if h.schema in ("Person", "Organization", "Company", "LegalEntity", "Vessel",
                                             "Airplane") else "LegalEntity"
    why = [f"{k}: {v.get('detail', v) if isinstance(v, dict) else v}" for k, v in sorted(h.explanations.items())]
    return [party(h.name, kind),
            _make(listed_schema, h.entity_id, name=h.caption, topics="sanction"),
            _make("Sanction", f"{h.entity_id}-sanction", entity=h.entity_id, program=h.programs,
                  authorityId=h.reference, publisher=PUBLISHERS.get(h.list, h.list)),
            _make("Similar", ftm_id("similar", h.name, h.entity_id), candidate=party_id(h.name, kind),
                  match=h.entity_id, confidenceScore=h.score, criteria=why,
                  matcher=f"armswatch screening ({h.status})")]


def export_ftm(records: Iterable[EventRecord], hits: Iterable[Hit] = ()) -> Iterator[dict[str, Any]]:
    """Entities as FtM dicts (``id``, ``schema``, ``properties``), each once."""
    seen: set[str] = set()

    def once(ent: dict[str, Any], unique: bool = False) -> Iterator[dict[str, Any]]:
        """Shared entities (parties, articles, mentions) once; an event's own entities are not remembered."""
        if unique or ent["id"] not in seen:
            if not unique:
                seen.add(ent["id"])
            yield ent

    for record in records:
        ev = record.event
        for _, name in parties(ev):
            yield from once(party(name, party_kind(name, record)))
        for doc_id in dict.fromkeys(e.document_id for e in ev.evidence):
            doc = record.documents.get(doc_id)
            if doc is not None and article_id(doc_id) not in seen:
                yield from once(article(doc))
                for ent, mention in mentions(record, doc_id):
                    yield from once(ent)
                    yield from once(mention)
        yield from once(event(ev, record), unique=True)
        for e in ev.evidence:
            yield from once(documentation(ev, e, record.documents.get(e.document_id)), unique=True)
    for h in hits:
        for ent in hit_entities(h):
            yield from once(ent)


def write_jsonl(entities: Iterable[dict[str, Any]], out: TextIO) -> int:
    from armswatch.export.stix import dumps

    n = 0
    for ent in entities:
        out.write(dumps(ent) + "\n")
        n += 1
    return n
