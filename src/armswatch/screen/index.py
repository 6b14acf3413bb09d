"""Candidate retrieval: an inverted index of character 3-grams of folded name tokens (CSR in numpy)."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

import numpy as np

from armswatch.screen.model import ListEntry
from armswatch.screen.normalize import OBJ, ORG, PER, form, initials, kind_of, latin, looks_like_acronym

NAME, WEAK, INITIALS = 0, 1, 2
MAX_POSTINGS = 400_000  # stop adding grams to a query once this many postings are gathered


def grams(folded: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for tok in folded:
        padded = f"${tok}$"
        if len(padded) <= 3:
            out.add(padded)
        out.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return out


class ScreenIndex:
    """Names of list entries with their kind (name / weak alias / derived initials) and 3-gram postings."""

    def __init__(self, entries: list[ListEntry], label: str = "") -> None:
        self.entries = entries
        self.label = label
        self.names: list[str] = []
        gram_ids: dict[str, int] = {}
        g_col, n_col = array("i"), array("i")
        entry_of, kind_of_name, schema_of, ngram_count = array("i"), array("b"), array("b"), array("h")
        for e_idx, entry in enumerate(entries):
            kind = kind_of(entry.schema)
            variants = [(n, NAME) for n in entry.all_names() if n not in entry.weak_aliases]
            variants += [(n, WEAK) for n in entry.all_names() if n in entry.weak_aliases]
            if kind == ORG:
                acr = {a for n in entry.all_names() if n not in entry.weak_aliases for a in initials(n)}
                variants += [(a, INITIALS) for a in sorted(acr)]
            for name, nk in variants:
                f = form(name, kind) if nk != INITIALS else form(name, OBJ)
                gs = grams(f.folded)
                if not gs:
                    continue
                n_idx = len(self.names)
                self.names.append(name)
                entry_of.append(e_idx)
                kind_of_name.append(nk)
                schema_of.append(kind)
                ngram_count.append(min(len(gs), 32000))
                for g in gs:
                    g_col.append(gram_ids.setdefault(g, len(gram_ids)))
                    n_col.append(n_idx)
        self.gram_ids = gram_ids
        self.acronyms: dict[str, list[int]] = {}  # one-word organisation names, for query-side initials
        for n_idx, name in enumerate(self.names):
            if schema_of[n_idx] == ORG and kind_of_name[n_idx] != INITIALS and looks_like_acronym(name):
                self.acronyms.setdefault(latin(name), []).append(n_idx)
        g = np.frombuffer(g_col, dtype=np.int32)
        n = np.frombuffer(n_col, dtype=np.int32)
        order = np.argsort(g, kind="stable")
        self.postings = n[order]
        self.offsets = np.zeros(len(gram_ids) + 1, dtype=np.int64)
        np.cumsum(np.bincount(g, minlength=len(gram_ids)), out=self.offsets[1:])
        self.entry_of = np.frombuffer(entry_of, dtype=np.int32)
        self.name_kind = np.frombuffer(kind_of_name, dtype=np.int8)
        self.schema_of = np.frombuffer(schema_of, dtype=np.int8)
        self.ngram_count = np.frombuffer(ngram_count, dtype=np.int16).astype(np.float32)

    def __len__(self) -> int:
        return len(self.names)

    def candidates(self, folded: tuple[str, ...], kind: int | None, acronym: bool, limit: int = 40
                   ) -> np.ndarray:
        """Name indices most similar by shared 3-grams (Dice), filtered by schema kind."""
        ids = [self.gram_ids[g] for g in grams(folded) if g in self.gram_ids]
        if not ids:
            return np.empty(0, dtype=np.int32)
        ids.sort(key=lambda i: self.offsets[i + 1] - self.offsets[i])
        parts, total = [], 0
        for i in ids:
            lo, hi = self.offsets[i], self.offsets[i + 1]
            if parts and total + (hi - lo) > MAX_POSTINGS:
                break
            parts.append(self.postings[lo:hi])
            total += hi - lo
        hits = np.concatenate(parts)
        uniq, counts = np.unique(hits, return_counts=True)
        if kind is not None:
            keep = self.schema_of[uniq] == kind
            uniq, counts = uniq[keep], counts[keep]
        if not acronym:
            keep = self.name_kind[uniq] != INITIALS
            uniq, counts = uniq[keep], counts[keep]
        if len(uniq) == 0:
            return uniq
        dice = 2 * counts / (self.ngram_count[uniq] + len(ids))
        if len(uniq) > limit:
            top = np.argpartition(-dice, limit)[:limit]
            uniq, dice = uniq[top], dice[top]
        return uniq[np.argsort(-dice)]


__all__ = ["ScreenIndex", "PER", "ORG", "OBJ", "NAME", "WEAK", "INITIALS"]
