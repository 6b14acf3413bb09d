"""``screen(name, schema=None, country=None)``: candidates from the index, scored and explained."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from armswatch.screening import score as sc
from armswatch.screening.grams import index_tokens
from armswatch.screening.index import INITIALS, WEAK, ScreenIndex
from armswatch.screening.normalize import OBJ, ORG, PER, Form, form, initials, kind_of, latin, looks_like_acronym

MIN_SCORE = 0.5  # candidates below this are not returned at all


@dataclass
class Match:
    entity_id: str
    caption: str
    schema: str
    score: float
    match: bool
    matched_name: str
    list: str
    programs: list[str]
    reference: str | None
    explanations: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def screen(name: str, schema: str | None = None, country: str | None = None, *,
           index: ScreenIndex | None = None, store: Any = None, birth_date: str | None = None,
           identifiers: list[str] | None = None, limit: int = 10,
           threshold: float = sc.THRESHOLD) -> list[Match]:
    """Screen one name; best matches first.  Uses the store's active lists, else the starter list."""
    if index is None:
        from armswatch.screening.lists import current_index

        index = current_index(store)
    name = (name or "").strip()
    if not latin(name):
        return []
    kind = kind_of(schema)
    acronym = kind != PER and looks_like_acronym(name)
    best: dict[int, Match] = {}
    scored: list[tuple[int, float, dict[str, dict[str, Any]]]] = []
    by_kind: dict[int | None, list[int]] = {}
    for n_idx in index.candidates(_query_folded(name, kind), kind, acronym).tolist():
        if int(index.name_kind[n_idx]) == INITIALS:
            if form(name, OBJ).tokens == (index.names[n_idx],):
                detail = f"{name!r} = initials of {index.entries[int(index.entry_of[n_idx])].caption!r}"
                scored.append((n_idx, sc.INITIALS_SCORE, {"name": {"score": sc.INITIALS_SCORE, "detail": detail}}))
            continue
        by_kind.setdefault(kind_of(index.entries[int(index.entry_of[n_idx])].schema), []).append(n_idx)
    for ckind, idxs in by_kind.items():
        scored += _score_names(index, form(name, ckind), ckind, idxs)
    if kind != PER and not acronym:
        for abbr in initials(name):
            for n_idx in index.acronyms.get(abbr, ()):
                if kind is None or int(index.schema_of[n_idx]) == kind:
                    detail = f"{index.names[n_idx]!r} = initials of the query {name!r}"
                    scored.append((n_idx, sc.INITIALS_SCORE, {"name": {"score": sc.INITIALS_SCORE, "detail": detail}}))
    for n_idx, s, features in scored:
        e_idx = int(index.entry_of[n_idx])
        entry = index.entries[e_idx]
        s = sc.adjust(s, entry.countries, entry.birth_dates, entry.identifiers, country, birth_date,
                      identifiers, features)
        if s < MIN_SCORE:
            continue
        prev = best.get(e_idx)
        if prev is None or s > prev.score:
            best[e_idx] = Match(entity_id=entry.id, caption=entry.caption, schema=entry.schema,
                                score=round(s, 3), match=s >= threshold, matched_name=index.names[n_idx],
                                list=entry.source, programs=entry.programs, reference=entry.reference,
                                explanations=features)
    return sorted(best.values(), key=lambda m: -m.score)[:limit]


def _score_names(index: ScreenIndex, q: Form, ckind: int | None, idxs: list[int]
                 ) -> list[tuple[int, float, dict[str, dict[str, Any]]]]:
    """Name scores of many candidate names against one query form, token distances computed at once."""
    forms = [form(index.names[i], ckind) for i in idxs]
    col_of: dict[tuple[str, str, str], int] = {}
    for f in forms:
        for col in zip(f.tokens, f.folded, f.phon, strict=True):
            col_of.setdefault(col, len(col_of))
    sim = sc.sim_matrix(q, list(col_of), ckind == PER).tolist()
    out = []
    for n_idx, f in zip(idxs, forms, strict=True):
        cols = [col_of[col] for col in zip(f.tokens, f.folded, f.phon, strict=True)]
        s, detail = sc.name_score(q, f, [[row[j] for j in cols] for row in sim])
        if s < MIN_SCORE - 0.1:  # country and birth date together add at most 0.1
            continue
        features: dict[str, dict[str, Any]] = {"name": {"score": round(s, 3),
                                                        "detail": f"{index.names[n_idx]!r}: {detail}"}}
        if int(index.name_kind[n_idx]) == WEAK:
            s *= sc.WEAK_ALIAS_FACTOR
            features["weak_alias"] = {"score": sc.WEAK_ALIAS_FACTOR, "detail": "matched a low-quality alias"}
        out.append((n_idx, s, features))
    return out


def _query_folded(name: str, kind: int | None) -> list[str]:
    if kind is None:  # union of the person and organisation readings
        return list(dict.fromkeys(index_tokens(name, PER) + index_tokens(name, ORG)))
    return index_tokens(name, kind)


def pair_score(name1: str, name2: str, schema: str | None = None) -> tuple[float, dict[str, dict[str, Any]]]:
    """Score two names directly (name2 plays the listed name); used by ``screen pairs``."""
    from armswatch.screening.index import ScreenIndex
    from armswatch.screening.model import ListEntry

    entry = ListEntry(id="pair", schema=schema or "LegalEntity", caption=name2, source="pair", names=[name2])
    found = screen(name1, schema, index=ScreenIndex([entry]), threshold=sc.THRESHOLD)
    if not found:
        return 0.0, {}
    return found[0].score, found[0].explanations
