"""Candidate retrieval: an inverted index of character 3-grams of folded name tokens (CSR in numpy)."""

from __future__ import annotations

import numpy as np

from armswatch.screening import grams as gr
from armswatch.screening.model import ListEntry
from armswatch.screening.normalize import OBJ, ORG, PER, initials, kind_of, latin, looks_like_acronym

NAME, WEAK, INITIALS = 0, 1, 2
MAX_POSTINGS = 150_000  # stop adding (the commonest) grams to a query once this many postings are gathered
CHUNK = 100_000  # names encoded per numpy pass while building


class ScreenIndex:
    """Names of list entries with their kind (name / weak alias / derived initials) and 3-gram postings."""

    def __init__(self, entries: list[ListEntry], label: str = "") -> None:
        self.entries = entries
        self.label = label
        self.names: list[str] = []
        entry_of: list[int] = []
        name_kind: list[int] = []
        schema_of: list[int] = []
        texts: list[str] = []
        self.acronyms: dict[str, list[int]] = {}  # one-word organisation names, for query-side initials
        for e_idx, entry in enumerate(entries):
            kind = kind_of(entry.schema)
            names = entry.all_names()
            weak = set(entry.weak_aliases)
            variants = [(n, WEAK if n in weak else NAME) for n in names]
            if kind == ORG:
                acr = {a for n in names if n not in weak for a in initials(n)}
                variants += [(a, INITIALS) for a in sorted(acr)]
            for name, nk in variants:
                text = gr.padded(gr.index_tokens(name, kind if nk != INITIALS else OBJ))
                if not text:
                    continue
                if kind == ORG and nk != INITIALS and looks_like_acronym(name):
                    self.acronyms.setdefault(latin(name), []).append(len(self.names))
                self.names.append(name)
                entry_of.append(e_idx)
                name_kind.append(nk)
                schema_of.append(-1 if kind is None else kind)
                texts.append(text)
        self.entry_of = np.array(entry_of, dtype=np.int32)
        self.name_kind = np.array(name_kind, dtype=np.int8)
        self.schema_of = np.array(schema_of, dtype=np.int8)
        self._build_postings(texts)

    def _build_postings(self, texts: list[str]) -> None:
        g_parts, n_parts = [], []
        for start in range(0, len(texts), CHUNK):
            codes, owner = gr.encode(texts[start:start + CHUNK])
            key = np.sort(owner.astype(np.int64) * gr.N_GRAMS + codes)
            key = key[np.concatenate(([True], key[1:] != key[:-1]))]  # one posting per (name, gram)
            g_parts.append((key % gr.N_GRAMS).astype(np.int32))
            n_parts.append((key // gr.N_GRAMS + start).astype(np.int32))
        g = np.concatenate(g_parts) if g_parts else np.empty(0, dtype=np.int32)
        n = np.concatenate(n_parts) if n_parts else np.empty(0, dtype=np.int32)
        del g_parts, n_parts
        self.ngram_count = np.bincount(n, minlength=len(texts)).astype(np.float32)
        self.offsets = np.zeros(gr.N_GRAMS + 1, dtype=np.int64)
        np.cumsum(np.bincount(g, minlength=gr.N_GRAMS), out=self.offsets[1:])
        self.postings = n[np.argsort(g, kind="stable")]

    def __len__(self) -> int:
        return len(self.names)

    def candidates(self, tokens: list[str], kind: int | None, acronym: bool, limit: int = 30) -> np.ndarray:
        """Name indices most similar by shared 3-grams (Dice), filtered by schema kind."""
        ids = gr.query_codes(tokens)
        sizes = self.offsets[ids + 1] - self.offsets[ids]
        ids, sizes = ids[sizes > 0], sizes[sizes > 0]
        if len(ids) == 0:
            return np.empty(0, dtype=np.int32)
        order = np.argsort(sizes, kind="stable")
        keep = order[: max(1, int(np.searchsorted(np.cumsum(sizes[order]), MAX_POSTINGS, side="right")))]
        hits = np.concatenate([self.postings[self.offsets[i]:self.offsets[i + 1]] for i in ids[keep].tolist()])
        if len(hits) > 4 * len(self.names) ** 0.5 and len(self.names) < 8 * len(hits):
            counts = np.bincount(hits, minlength=len(self.names))
            uniq = np.flatnonzero(counts).astype(np.int32)
            counts = counts[uniq]
        else:
            uniq, counts = np.unique(hits, return_counts=True)
        if kind is not None:
            sel = self.schema_of[uniq] == kind
            uniq, counts = uniq[sel], counts[sel]
        if not acronym:
            sel = self.name_kind[uniq] != INITIALS
            uniq, counts = uniq[sel], counts[sel]
        if len(uniq) == 0:
            return uniq
        dice = 2 * counts / (self.ngram_count[uniq] + len(ids))
        if len(uniq) > limit:
            top = np.argpartition(-dice, limit)[:limit]
            uniq, dice = uniq[top], dice[top]
        order = np.argsort(-dice)
        uniq, dice = uniq[order], dice[order]
        return uniq[dice >= 0.5 * dice[0]]  # far below the best shared-gram share: not worth scoring


__all__ = ["ScreenIndex", "PER", "ORG", "OBJ", "NAME", "WEAK", "INITIALS"]
