"""``assess(claims, documents, grades=…) -> list[Event]``: the pure assessment core."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from armswatch.assessment import grading, independence, status, typologies
from armswatch.assessment.cluster import WINDOW_DAYS, cluster
from armswatch.assessment.types import ClaimRef, Event
from armswatch.model import Document


def assess(
    claims: Iterable[ClaimRef], documents: Mapping[str, Document] | Iterable[Document],
    grades: Mapping[str, str] | None = None, pinned: Mapping[int | str, int] | None = None,
    window_days: int = WINDOW_DAYS, overrides: Mapping[int, int] | None = None,
    parents: Mapping[int | str, int | str | None] | None = None,
) -> list[Event]:
    """Cluster claims into events and grade each one.

    ``documents`` must hold every claim's document (and, for near-duplicates, the
    earliest copy when available); ``grades`` maps origin keys to analyst reliability
    letters; ``pinned`` maps claim ids to the stored event an analyst put them in;
    ``overrides`` maps stored event ids to an analyst's credibility grade; ``parents`` gives each
    claim's already known parent (see ``cluster``).
    """
    docs = documents if isinstance(documents, Mapping) else {d.id: d for d in documents}
    refs = list(claims)
    for ref in refs:
        if not ref.claim.typologies:
            ref.claim.typologies = typologies.tag_claim(ref.claim)
    by_id = {ref.id: ref for ref in refs}
    events = cluster(refs, window_days, dict(pinned or {}), parents)
    for event in events:
        grade_event(event, by_id, docs, grades or {})
        if overrides and event.pinned_id in overrides:
            apply_override(event, overrides[event.pinned_id])
    events.sort(key=lambda e: (e.date_first or "9999", e.key))
    return events


def grade_event(event: Event, by_id: Mapping[int | str, ClaimRef], docs: Mapping[str, Document],
                grades: Mapping[str, str]) -> None:
    by_origin: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    tags: set[str] = set()
    doc_ids = set()
    for member in event.members:
        ref = by_id[member.claim_id]
        doc = docs.get(ref.document_id) or Document(id=ref.document_id, text="")
        member.origin, member.origin_name = independence.claim_origin(ref.claim, doc, docs)
        names[member.origin] = member.origin_name
        by_origin[member.origin].add(ref.claim.status)
        tags.update(typologies.tag_names(ref.claim.typologies))
        doc_ids.add(ref.document_id)
    supporting = sorted(o for o, s in by_origin.items() if s - {"denied"})
    event.status_counts = status.summarise(by_id[m.claim_id].claim.status for m in event.members)
    event.status = status.headline(event.status_counts)
    event.origins = [names[o] for o in supporting]
    event.sources = len(supporting)
    event.articles = len(doc_ids)
    event.reliability = grading.best(grading.reliability(o, grades) for o in (supporting or by_origin))
    event.credibility = grading.credibility(by_origin, grades)
    event.confidence = grading.stix_confidence(event.credibility)
    event.typologies = sorted(tags)


def apply_override(event: Event, credibility: int) -> None:
    event.credibility = credibility
    event.confidence = grading.stix_confidence(credibility)
