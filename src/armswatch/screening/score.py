"""Feature scoring of one query against list names, each feature with an explanation.

``name`` is an order-free, character-weighted alignment of tokens.  Token similarity is the best of:
exact 1.0; transliteration/Korean fold 0.95; typo distance (≤1 edit up to 8 letters, ≤2 beyond) partial;
same vowel-class phonetic key 0.9 (Qasem~Ghasem, Lukashenko~Lukashenka) or one phonetic edit on long
tokens 0.85 (Volodymyr~Vladimir); a person's initial 0.75 (M. ~ Mohammad).  Token distances for all
candidates of a query are computed at once (rapidfuzz ``cdist``).  The space-free form is also tried, and
generic organisation words weigh less.  Country, birth date and identifiers then raise or lower it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.process import cdist

from armswatch.screening.normalize import Form

THRESHOLD = 0.80  # documented in docs/screening.md; chosen on tests/fixtures/screen/pairs.csv
WEAK_ALIAS_FACTOR = 0.9
INITIALS_SCORE = 0.82
INITIAL_SIM = 0.75
Col = tuple[str, str, str]  # (token, folded, phon) of one list-name token


def _dist(a: list[str], b: list[str]) -> np.ndarray:
    """Edit distance counting a swap of neighbouring letters as one edit (Lakhal ~ Lakahl)."""
    return cdist(a, b, scorer=OSA.distance, dtype=np.int32, workers=1)


def sim_matrix(q: Form, cols: list[Col], person: bool) -> np.ndarray:
    """Similarity of every query token (rows) with every distinct candidate token (columns)."""
    lq = np.array([len(t) for t in q.tokens], dtype=np.float32)[:, None]
    lc = np.array([len(c[0]) for c in cols], dtype=np.float32)[None, :]
    minlen, maxlen = np.minimum(lq, lc), np.maximum(lq, lc)
    allowed = np.where(minlen <= 3, 0, np.where(minlen <= 8, 1, 2))
    d_raw = _dist(list(q.tokens), [c[0] for c in cols])
    d_fold = _dist(list(q.folded), [c[1] for c in cols])
    d_phon = _dist(list(q.phon), [c[2] for c in cols])
    sim = np.where(d_raw <= allowed, 1.0 - d_raw / maxlen, 0.0)
    lfq = np.array([len(t) for t in q.folded], dtype=np.float32)[:, None]
    lfc = np.array([len(c[1]) for c in cols], dtype=np.float32)[None, :]
    sim = np.maximum(sim, np.where(d_fold == 0, 0.95,
                                   np.where(d_fold <= allowed, 0.95 * (1.0 - d_fold / np.maximum(lfq, lfc)), 0)))
    phon_eq = (d_phon == 0) & (minlen >= 4) & (d_raw <= np.maximum(2, minlen // 3))
    lpq = np.array([len(t) for t in q.phon], dtype=np.float32)[:, None]
    lpc = np.array([len(c[2]) for c in cols], dtype=np.float32)[None, :]
    d_skel = _dist([p.replace("a", "") for p in q.phon], [c[2].replace("a", "") for c in cols])
    phon_near = (d_phon == 1) & (np.minimum(lpq, lpc) >= 7) & (d_skel == 0)  # same consonants
    sim = np.maximum(sim, np.where(phon_eq, 0.9, np.where(phon_near, 0.85, 0.0)))
    if person:
        for i, a in enumerate(q.tokens):
            for j, (b, _, _) in enumerate(cols):
                if (len(a) == 1) != (len(b) == 1) and a[0] == b[0]:
                    sim[i, j] = max(sim[i, j], INITIAL_SIM)
    return sim


def align(q: Form, c: Form, rows: list[list[float]]) -> tuple[float, list[tuple[str, str, float]]]:
    """Greedy best-pair alignment; score = weighted matched characters / all weighted characters."""
    pairs = sorted(((s, i, j) for i, row in enumerate(rows) for j, s in enumerate(row) if s > 0), reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    matched, aligned, full = 0.0, [], False
    for s, i, j in pairs:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        matched += s * (q.wlen[i] + c.wlen[j])
        aligned.append((q.tokens[i], c.tokens[j], s))
        full = full or s > INITIAL_SIM
    total = q.wtotal + c.wtotal
    score = matched / total if total else 0.0
    return (score if full else score * 0.5), aligned


def _compact(q: Form, c: Form) -> tuple[float, str] | None:
    if len(q.tokens) == len(c.tokens):
        return None
    best = None
    for qc, cc in ((q.compact_raw, c.compact_raw), (q.compact, c.compact)):
        n = min(len(qc), len(cc))
        if n < 6:
            continue
        dist = Levenshtein.distance(qc, cc, score_cutoff=max(1, n // 8) if n >= 8 else 0)
        if dist <= (max(1, n // 8) if n >= 8 else 0) and (best is None or dist < best[0]):
            best = (dist, qc, cc)
    if best is None:
        return None
    return 0.95 - 0.05 * best[0], f"same letters when spaces/hyphens are ignored ({best[1]}~{best[2]})"


def name_score(q: Form, c: Form, rows: list[list[float]]) -> tuple[float, str]:
    if q.korean and c.korean:
        if q.korean == c.korean:
            return (1.0 if q.tokens == c.tokens else 0.97), "Korean name: same syllables across romanisations"
        if sorted(q.korean) == sorted(c.korean):
            return 0.93, "Korean name: same syllables, different order"
        if q.loose == c.loose or sorted(q.loose or ()) == sorted(c.loose or ()):
            return 0.88, "Korean name: same syllables up to spelling (Cyrillic/informal vowels, final n/ng)"
    score, aligned = align(q, c, rows)
    detail = ("tokens " + ", ".join(f"{a}~{b}:{round(s, 3)}" for a, b, s in aligned) if aligned
              else "no token in common")
    comp = _compact(q, c) if score < 0.95 else None
    if comp is not None and comp[0] > score:
        score, detail = comp
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
