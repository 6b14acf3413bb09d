"""Feature scoring of one query against one list entry, each feature with an explanation.

``name`` is an order-free, character-weighted alignment of tokens (exact = 1, Korean/transliteration
fold = 0.95, small edit distance = partial), also tried on the compact (space-free) form.
Country, birth date and identifiers then raise or lower it.  ``match`` is ``score >= THRESHOLD``.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz.distance import Levenshtein

from armswatch.screen.normalize import Form, latin_fold

THRESHOLD = 0.80  # documented in docs/screening.md; chosen on tests/fixtures/screen pairs
WEAK_ALIAS_FACTOR = 0.9
INITIALS_SCORE = 0.82


def allowed_edits(length: int) -> int:
    return 0 if length <= 3 else 1 if length <= 8 else 2


def token_sim(a: str, b: str, fa: str, fb: str) -> float:
    if a == b:
        return 1.0
    if fa == fb or latin_fold(a) == latin_fold(b):
        return 0.95
    best = 0.0
    for x, y, cap in ((a, b, 1.0), (fa, fb, 0.95)):
        longest = max(len(x), len(y))
        dist = Levenshtein.distance(x, y, score_cutoff=allowed_edits(min(len(x), len(y))))
        if dist <= allowed_edits(min(len(x), len(y))):
            best = max(best, cap * (1.0 - dist / longest))
    return best


def align(q: Form, c: Form) -> tuple[float, list[tuple[str, str, float]]]:
    """Greedy best-pair alignment; score = matched characters / all characters (both sides)."""
    pairs = []
    for i, (a, fa) in enumerate(zip(q.tokens, q.folded, strict=True)):
        for j, (b, fb) in enumerate(zip(c.tokens, c.folded, strict=True)):
            s = token_sim(a, b, fa, fb)
            if s > 0:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    matched, aligned = 0.0, []
    for s, i, j in pairs:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        matched += s * (len(q.tokens[i]) + len(c.tokens[j]))
        aligned.append((q.tokens[i], c.tokens[j], round(s, 3)))
    total = sum(map(len, q.tokens)) + sum(map(len, c.tokens))
    return (matched / total if total else 0.0), aligned


def name_score(q: Form, c: Form) -> tuple[float, str]:
    if q.korean and c.korean:
        if q.korean == c.korean:
            return (1.0 if q.tokens == c.tokens else 0.97), "Korean name: same syllables across romanisations"
        if sorted(q.korean) == sorted(c.korean):
            return 0.93, "Korean name: same syllables, different order"
    score, aligned = align(q, c)
    detail = "tokens " + ", ".join(f"{a}~{b}:{s}" for a, b, s in aligned) if aligned else "no token in common"
    qc, cc = q.compact, c.compact
    if len(q.tokens) != len(c.tokens) and min(len(qc), len(cc)) >= 6:
        dist = Levenshtein.distance(qc, cc)
        if dist <= min(len(qc), len(cc)) // 10:
            cs = 0.95 - 0.05 * dist
            if cs > score:
                return cs, f"same letters when spaces/hyphens are ignored ({qc}~{cc}, {dist} edits)"
    if q.korean and c.korean and score >= 0.6:
        # two of three Korean syllables in common is a different person (Kim Jong Un vs Kim Jong Il)
        score = min(score, 0.6)
        detail += "; Korean syllables differ"
    return score, detail


def adjust(score: float, entry_countries: list[str], entry_births: list[str], entry_ids: list[str],
           country: str | None, birth_date: str | None, identifiers: list[str] | None,
           features: dict[str, dict[str, Any]]) -> float:
    if country and entry_countries:
        c = country.lower()
        if c in entry_countries:
            score += 0.05
            features["country"] = {"score": 0.05, "detail": f"{c} is a listed country"}
        else:
            score -= 0.1
            features["country"] = {"score": -0.1, "detail": f"{c} not in listed {','.join(entry_countries)}"}
    if birth_date and entry_births:
        if any(birth_date[:len(d)] == d or d[:len(birth_date)] == birth_date for d in entry_births):
            score += 0.05
            features["birth_date"] = {"score": 0.05, "detail": f"{birth_date} agrees with listed birth date"}
        else:
            years = {d[:4] for d in entry_births}
            near = any(abs(int(birth_date[:4]) - int(y)) <= 1 for y in years if y.isdigit()
                       and birth_date[:4].isdigit())
            pen = 0.0 if near else -0.2
            score += pen
            features["birth_date"] = {"score": pen,
                                      "detail": f"{birth_date} vs listed {','.join(entry_births)}"}
    if identifiers and entry_ids:
        norm = {i.replace(" ", "").upper() for i in entry_ids}
        hit = [i for i in identifiers if i.replace(" ", "").upper() in norm]
        if hit:
            score = max(score, 0.95)
            features["identifier"] = {"score": 0.95, "detail": f"identifier {hit[0]} is listed"}
    return max(0.0, min(1.0, score))
