"""extract(): one article in, an Extraction out (pure; safe to run in a process pool)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.attribution import resolve_generic
from armswatch.extraction.claims import MILITARY, attribution, civil_drone_story, finish, sentence_drafts
from armswatch.extraction.contents import contents_drafts, destination_drafts, list_drafts
from armswatch.extraction.dateline import dateline_countries, datelines
from armswatch.extraction.dates import parse_pub
from armswatch.extraction.entities import Ent, find_entities
from armswatch.extraction.fallback import learned_drafts
from armswatch.extraction.furniture import furniture_ranges, inside
from armswatch.extraction.items import PERSONNEL
from armswatch.extraction.ner import _headline_line
from armswatch.extraction.nlp import MAX_CHARS, get_nlp, one_thread, sentences
from armswatch.extraction.parties import is_company
from armswatch.extraction.pool import extract_pooled, workers_for
from armswatch.extraction.restate import fill_parties, restatement
from armswatch.extraction.triggers import SPEECH
from armswatch.model import Claim, Document, Extraction, Mention

SentenceHook = Callable[[Any, roles.Context, list[Any], int, int], None]
LIST_OF = {"COUNTRY": "countries", "ORG": "organizations", "PERSON": "persons", "WEAPON": "weapons"}


def _as_document(doc: Document | str, published: str | None) -> tuple[str, str | None]:
    if isinstance(doc, Document):
        return doc.text, published or doc.published
    return doc, published


def extract(doc: Document | str, published: str | None = None, learned: bool = True) -> Extraction:
    """Entities, mentions and claims of one article (``published`` resolves relative dates).

    ``learned=False`` gives the hand-written rules' claims only, without the learned fallback's."""
    text, published = _as_document(doc, published)
    (extraction,) = extract_stream([(text[:MAX_CHARS], published)], learned=learned)  # runs the stream to its end
    return extraction


def extract_many(docs: Iterable[Document | str], n_process: int = 1, batch_size: int = 16,
                 learned: bool = True) -> Iterator[Extraction]:
    """Extract a stream of articles, in input order, with ``nlp.pipe`` in batches of ``batch_size``.

    ``n_process`` > 1 (or -1, one per core) runs model and rules together in a process pool (pool.py)."""
    pairs = ((text[:MAX_CHARS], published) for text, published in (_as_document(d, None) for d in docs))
    if n_process != 1:
        yield from extract_pooled(pairs, workers_for(n_process), batch_size, learned)
        return
    yield from extract_stream(pairs, batch_size, learned)


def extract_stream(pairs: Iterable[tuple[str, str | None]], batch_size: int = 16,
                   learned: bool = True) -> Iterator[Extraction]:
    """(text, published) pairs, texts already cut to MAX_CHARS, through the model and the rules in this
    process: ``extract_many`` on one process, and each pool worker on its batch."""
    nlp = get_nlp()
    with one_thread():
        contexts = ((text, (published, text)) for text, published in pairs)
        for parsed, (published, text) in nlp.pipe(contexts, as_tuples=True, batch_size=batch_size):
            yield from_parsed(parsed, published, learned=learned, text=text)


def _by_token(doc: Any, ents: list[Ent]) -> dict[int, Ent]:
    table: dict[int, Ent] = {}
    for ent in ents:
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                table[tok.i] = ent
    return table


def from_parsed(doc: Any, published: str | None, hook: SentenceHook | None = None,
                learned: bool = True, text: str | None = None) -> Extraction:
    """Claims of a parsed article; ``hook`` sees each claimable sentence with the rules' drafts (training),
    ``learned`` adds the learned fallback's drafts (fallback.py) to the rules'. ``text`` is the text the doc
    was parsed from, when the caller has it: `Doc.text` is rebuilt from the tokens on each access."""
    if text is None:
        text = doc.text
    furniture = furniture_ranges(text)
    ents = find_entities(doc, furniture, text)
    mentions = [Mention(text[e.start:e.end], e.label, e.start, e.end, e.canonical) for e in ents]
    entities: dict[str, list[str]] = {v: [] for v in LIST_OF.values()}
    for e in ents:
        bucket = entities[LIST_OF[e.label]]
        if e.canonical not in bucket:
            bucket.append(e.canonical)
    ctx = roles.Context(by_token=_by_token(doc, ents), text=text)
    ctx.home = next((code for _, _, code in dateline_countries(text)), None)
    counts = Counter(e.canonical for e in ents if e.label == "COUNTRY")
    ranked = [code for code, _ in counts.most_common(2)]
    ctx.main_state, ctx.runner_up = (ranked + [None, None])[:2]
    ctx.named_states = set(counts)
    pub, precision = parse_pub(published)
    claims: list[Claim] = []
    learned_claims: list[Claim] = []
    seen: set[tuple[Any, ...]] = set()
    dateline_at = {end: start for start, end, _, _ in datelines(text)}
    for sent in sentences(doc):
        start, end = _trimmed(text, sent.start_char, sent.end_char)
        if end - start < 20 or inside(furniture, start, end):
            continue
        ev_start = dateline_at.get(start, start)  # the evidence keeps its dateline
        claimable = not _headline_line(text, start)
        attr = attribution(sent, ctx.by_token, ctx.last_person)
        if attr is not None and attr.source is None and attr.verb not in ("reportedly", None) and \
                any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in getattr(attr.token, "children", [])):
            attr.source = ctx.last_source  # '..., it said': the source named before
        if attr is not None and attr.source:
            attr.source = resolve_generic(attr.source, start, ents, ctx.last_source)
            ctx.last_source = attr.source
        drafts = sentence_drafts(sent, ctx, ents) if claimable else []
        if claimable and not drafts:
            drafts = restatement(sent, attr, ctx.last_event, {(k[0], k[1], k[2], k[5]) for k in seen})
        if claimable:
            drafts += list_drafts(sent, ctx, ents, drafts)
            drafts += contents_drafts(sent, ctx, ents, drafts)
            drafts += destination_drafts(sent, ctx, ents, drafts)
        if claimable and hook is not None:
            hook(sent, ctx, drafts, start, end)
        extra = learned_drafts(sent, ctx, ents, drafts) if claimable and learned else []
        made = [Claim(evidence=text[ev_start:end], evidence_start=ev_start, evidence_end=end,
                      **finish(draft, sent, attr, pub, precision)) for draft in drafts + extra]
        for claim in made[:len(drafts)]:
            _keep(claim, claims, seen)
        learned_claims += made[len(drafts):]
        _update_focus(sent, ctx, drafts)  # the rules' drafts only: the fallback never steers the context
        roles.note_ships(sent, ctx)
    if claims:  # the fallback speaks only in articles the rules found on topic, after them
        fill_parties(claims + learned_claims)
        kept: list[Claim] = []
        seen = set()
        for claim in claims + [c for c in learned_claims if _complete(c)]:  # filled parties can make two claims one
            _keep(claim, kept, seen)
        claims = sorted(kept, key=lambda c: c.evidence_start)
    if claims and civil_drone_story(ctx):  # crop sprayers, light shows: only a sentence with a military word claims
        claims = [c for c in claims if MILITARY.search(c.evidence)]
    return Extraction(entities=entities, mentions=mentions, claims=claims)


# claim types whose gold almost always names the other side: a learned one without it is dropped
NEEDS_RECIPIENT = {"transfer", "agreement", "enforcement"}


def _complete(claim: Claim) -> bool:
    """A learned claim names its actor, and for a supply, a pact or a measure its other side too (measured over
    all sets: learned claims missing them were right about one time in ten)."""
    return claim.actor is not None and (claim.recipient is not None or claim.type not in NEEDS_RECIPIENT)


def _keep(claim: Claim, claims: list[Claim], seen: set[tuple[Any, ...]]) -> None:
    """Append a claim unless one with the same fields is already logged (the same fact, same source)."""
    key = (claim.type, claim.actor, claim.recipient, claim.item, claim.status, claim.source, claim.date)
    if key not in seen:
        seen.add(key)
        claims.append(claim)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _update_focus(sent: Any, ctx: roles.Context, drafts: list[Any]) -> None:
    for draft in drafts:
        if draft.item:
            ctx.last_item = draft.item
        if draft.type == "transfer" and draft.actor and draft.recipient and draft.item not in PERSONNEL:
            ctx.deal = (draft.actor, draft.recipient, draft.item)
            ctx.last_event = ("transfer", draft.actor, draft.recipient, draft.item)
        if draft.type == "enforcement" and draft.actor:
            ctx.last_enforcer = draft.actor
            ctx.last_target = draft.recipient or ctx.last_target
        if draft.type == "deployment" and draft.actor and draft.recipient:
            ctx.last_host = (draft.actor, draft.recipient)
        if draft.type == "deployment" and draft.recipient is None:
            ctx.last_user = draft.actor
        elif draft.type == "transfer" and draft.recipient and draft.item not in PERSONNEL:
            ctx.last_user = draft.recipient  # who now holds the weapons
        elif draft.type == "evasion":
            ctx.last_evader = draft.actor
        if draft.actor and len(draft.actor) == 2:
            ctx.focus_state = draft.actor
        elif draft.actor and draft.type != "enforcement":  # the EU or a monitoring team is no 'group' or 'firm'
            ctx.focus_group = draft.actor
            ctx.focus_state = roles._group_state(draft.actor) or ctx.focus_state
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if sent.root.lemma_ in SPEECH:  # 'Japan's ministry said the missile flew ...': a speaker is not what 'it'
        speaker = roles.parties_in(list(subj.subtree), ctx, "actor") if subj is not None else []  # refers to
        ctx.last_speaker = next((v for v in speaker if len(v) == 2), ctx.last_speaker)
        subj = None
    if subj is not None and not drafts:
        found = roles.parties_in(list(subj.subtree), ctx, "actor")
        for value in found[:1]:
            if len(value) == 2:
                ctx.focus_state = value
    for tok in sent:
        ent = ctx.by_token.get(tok.i)
        if ent is None:
            continue
        if ent.label == "PERSON":
            ctx.last_person = ent.canonical
        if ent.label == "ORG" and is_company(ent.canonical):
            ctx.last_company = ent.canonical
        if ent.label == "ORG" and (value := roles.party(ent, "actor")) and len(value) > 2 and \
                (org := roles.gazetteer().org_by_name.get(value)) is not None and org.kind == "armed":
            ctx.focus_group = value
