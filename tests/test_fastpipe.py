"""The indexed attribute ruler and memoised lemmatizer must annotate exactly as the stock spaCy components do."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from armswatch.extraction.fastpipe import AttributeIndex, LemmaMemo
from armswatch.extraction.nlp import MODEL

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus" / "articles"
FIXTURES = Path(__file__).parent / "fixtures"

# Written for the rarer patterns: contractions, 'gonna', 'let's', expletive 'there is', 'ai n't', 'y'all'.
ODD = ("There is no doubt they're gonna ship it, and let's be clear: it ain't over. Y'all know I'd do it.\n"
       "He doesn't have them; nothin' was sent. Isn't it? We've got ta go, c'mon.  Double  spaces here.")


@pytest.fixture(scope="module")
def stock():
    return spacy.load(MODEL)


def _texts() -> list[str]:
    paths = sorted(CORPUS.glob("*.txt"))[:8] + sorted(FIXTURES.glob("heldout_*/articles/*.txt"))[::6]  # every 6th
    return [ODD] + [p.read_text("utf-8") for p in paths]


def _until(nlp, text: str, stop: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == stop:
            return doc
        doc = proc(doc)
    raise AssertionError(stop)


def test_attribute_index_finds_the_stock_matches(stock) -> None:
    ruler = stock.get_pipe("attribute_ruler")
    fast = AttributeIndex(ruler)
    for text in _texts() * 2:  # the second round answers from the memo
        doc = _until(stock, text, "attribute_ruler")
        assert fast.match(doc) == ruler.match(doc)


def test_annotations_are_identical_after_both_components(stock) -> None:
    fast_attrs = AttributeIndex(stock.get_pipe("attribute_ruler"))
    fast_lemmas = LemmaMemo(stock.get_pipe("lemmatizer"))
    checked = 0
    for text in _texts() * 2:
        a = _until(stock, text, "attribute_ruler")
        b = a.copy()
        stock.get_pipe("lemmatizer")(stock.get_pipe("attribute_ruler")(a))
        fast_lemmas(fast_attrs(b))
        got = [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in b]
        assert got == [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in a]
        checked += len(a)
    assert checked > 10_000
    assert fast_lemmas.memo  # the memo was used


def test_memo_is_bounded(stock, monkeypatch) -> None:
    from armswatch.extraction import fastpipe

    monkeypatch.setattr(fastpipe, "MEMO_SIZE", 50)
    fast = LemmaMemo(stock.get_pipe("lemmatizer"))
    fast(_until(stock, _texts()[1], "lemmatizer"))
    assert 0 < len(fast.memo) <= 51


def test_the_shared_pipeline_uses_them() -> None:
    from armswatch.extraction.nlp import get_nlp

    names = get_nlp().pipe_names
    assert "aw_attributes" in names and "aw_lemmas" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
