"""Drop-in replacements for the model's attribute ruler and lemmatizer, same output, a fraction of the time.

The stock attribute ruler runs a Matcher with ~180 patterns over every token, and the stock lemmatizer
makes several Python calls per token; together they took 14% of extraction time. Here each pattern's token
conditions are tested once per distinct token signature and remembered (a spaCy Matcher is kept only for
patterns using other attributes), and lemmas are memoised on the lemmatizer's own cache key.
`tests/test_fastpipe.py` checks the annotations are identical to the stock components'.
"""

from __future__ import annotations

import re
from typing import Any

_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
MEMO_SIZE = 200_000  # distinct token signatures remembered before the memo starts over (bounded memory)
Cond = dict[str, Any]


def _test(cond: Any, value: str | bool) -> bool:
    if not isinstance(cond, dict):
        return value == cond
    if "IN" in cond and value not in cond["IN"]:
        return False
    if "NOT_IN" in cond and value in cond["NOT_IN"]:
        return False
    return not ("REGEX" in cond and not re.search(cond["REGEX"], str(value)))


class AttributeIndex:
    """The attribute ruler's matches, with each token condition tested once per distinct token signature.

    A signature is (tag, lower, dep, is_space); which pattern positions it satisfies is remembered, so a
    document costs one dictionary lookup per token. Patterns using other attributes or operators keep a
    spaCy Matcher. Matches come back in the stock order and are applied as the stock `set_annotations` does.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.conds: list[Cond] = []
        self.by_key: dict[tuple[str, str], list[int]] = {}  # ("TAG"|"LOWER", value) -> condition ids
        self.always: list[int] = []
        self.starts: dict[int, list[tuple[int, list[int]]]] = {}  # first condition -> (rule, later conditions)
        self.fallback = Matcher(ruler.vocab)
        self.ids = [ruler.vocab.strings[str(i)] for i in range(len(ruler.attrs))]
        self.memo: dict[tuple[int, ...], frozenset[int]] = {}
        for i, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if any(set(tok) - set(_ATTRS) for tok in pattern):
                    self.fallback.add(self.ids[i], [pattern])
                else:
                    cids = [self._add(tok) for tok in pattern]
                    self.starts.setdefault(cids[0], []).append((i, cids[1:]))

    def _add(self, cond: Cond) -> int:
        cid = len(self.conds)
        self.conds.append(cond)
        for attr in ("TAG", "LOWER"):
            value = cond.get(attr)
            keys = [value] if isinstance(value, str) else (value or {}).get("IN")
            if keys:
                for key in keys:
                    self.by_key.setdefault((attr, key), []).append(cid)
                return cid
        self.always.append(cid)
        return cid

    def _satisfied(self, key: tuple[int, ...]) -> frozenset[int]:
        strings = self.ruler.vocab.strings
        tag, lower, dep, space = key  # in _ATTRS order
        values = {"TAG": strings[tag], "LOWER": strings[lower], "DEP": strings[dep], "IS_SPACE": bool(space)}
        cids = self.by_key.get(("TAG", values["TAG"]), []) + self.by_key.get(("LOWER", values["LOWER"]), [])
        conds = self.conds
        return frozenset(c for c in cids + self.always if all(_test(v, values[a]) for a, v in conds[c].items()))

    def _signatures(self, doc: Any) -> list[frozenset[int]]:
        memo, out = self.memo, []
        for row in doc.to_array(list(_ATTRS)).tolist():
            key = tuple(row)
            sat = memo.get(key)
            if sat is None:
                if len(memo) > MEMO_SIZE:
                    memo.clear()
                sat = memo[key] = self._satisfied(key)
            out.append(sat)
        return out

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        found = []
        if len(self.fallback):
            found = [(int(doc.vocab.strings[m]), m, s, e) for m, s, e in self.fallback(doc, allow_missing=True)]
        sats, ids, n, starts = self._signatures(doc), self.ids, len(doc), self.starts
        for start, sat in enumerate(sats):
            for first in sat:
                for rule, rest in starts.get(first, ()):
                    end = start + 1 + len(rest)
                    if end <= n and all(c in sats[start + 1 + k] for k, c in enumerate(rest)):
                        found.append((rule, ids[rule], start, end))
        found.sort()
        return found

    def __call__(self, doc: Any) -> Any:
        """Apply the matches as the stock `set_annotations` does, without building a Span per match."""
        from spacy.tokens._retokenize import set_token_attrs

        ruler = self.ruler
        for match in self.match(doc):
            rule, _, start, end = match
            index = ruler.indices[rule]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                ruler.set_annotations(doc, [match])  # raises the stock error for a bad index
            set_token_attrs(doc[i], ruler.attrs[rule])
        return doc


class LemmaMemo:
    """The rule lemmatizer, memoised on (orth, pos, morph) for the life of the process. The doc's columns are
    read and written as one array, so a token object is made only for a combination not seen before."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}  # -> the lemma's string id

    def __call__(self, doc: Any) -> Any:
        memo, strings = self.memo, doc.vocab.strings
        table = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
        lemmas = table[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                found = memo.get(key)
                if found is None:
                    if len(memo) > MEMO_SIZE:
                        memo.clear()
                    found = memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                lemmas[i] = found
        doc.from_array(["LEMMA"], lemmas)
        return doc


def install(nlp: Any) -> None:
    """Swap the stock attribute ruler and lemmatizer of a loaded pipeline for the indexed versions."""
    from spacy.language import Language

    if "aw_attributes" not in Language.factories:
        Language.factory("aw_attributes")(lambda nlp, name: AttributeIndex(nlp.get_pipe("attribute_ruler")))
        Language.factory("aw_lemmas")(lambda nlp, name: LemmaMemo(nlp.get_pipe("lemmatizer")))
    nlp.add_pipe("aw_attributes", after="attribute_ruler")
    nlp.add_pipe("aw_lemmas", after="lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
