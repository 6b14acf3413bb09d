"""The speed paths (sessions 8 and 10) change how the work is done, never what comes out: the model on numpy's
BLAS with prediction-only maxout layers, one BLAS thread, sentences that reuse their Token objects, and the word
test in front of each evasion pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from armswatch.extraction.nlp import build_pipeline, get_nlp, one_thread, sentences
from armswatch.extraction.triggers import EVASION_CUES

FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    paths = sorted(FIXTURES.glob("heldout_*/articles/*.txt"))[::5] + sorted(FIXTURES.glob("extract/*.txt"))
    return [p.read_text("utf-8") for p in paths]


def _annotations(doc) -> list[tuple]:
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_model_runs_on_numpy_blas_and_annotates_as_the_blis_build() -> None:
    from thinc.api import NumpyOps

    nlp = get_nlp()
    ops = nlp.get_pipe("tok2vec").model.ops
    assert isinstance(ops, NumpyOps) and ops.use_blis is False
    assert nlp.get_pipe("ner").model.ops.use_blis is False
    stock = build_pipeline(stock_model=True)  # thinc's default BLAS and layers
    assert stock.get_pipe("tok2vec").model.ops.use_blis is True
    texts = _texts()
    tokens = 0
    with one_thread():
        for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
            assert _annotations(ours) == _annotations(theirs)
            tokens += len(ours)
    assert tokens > 10_000


def test_one_thread_limits_blas_inside_and_restores_it_after() -> None:
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]

    before = blas_threads()
    if not before:
        pytest.skip("no BLAS library loaded that threadpoolctl can see")
    with one_thread():
        assert set(blas_threads()) == {1}
    assert blas_threads() == before


def test_sentences_reuse_tokens_and_otherwise_behave_as_spacy_spans() -> None:
    doc = get_nlp()("Russia shipped shells to Mali last week. Officials in Bamako denied it.\nA caption line")
    plain = list(doc.sents)
    ours = list(sentences(doc))
    assert [(s.start, s.end, s.text, s.root.i, s.start_char, s.end_char) for s in ours] == \
           [(s.start, s.end, s.text, s.root.i, s.start_char, s.end_char) for s in plain]
    first = ours[0]
    assert all(a is b for a, b in zip(first, first, strict=True))  # the same objects on every pass
    assert first[0] is next(iter(first)) and first[-1] is list(first)[-1]
    assert first[1:3].text == plain[0][1:3].text  # slices are ordinary spans
    with pytest.raises(IndexError):
        first[len(first)]
    assert [t.text for t in ours[1]] == [t.text for t in plain[1]]


@pytest.mark.parametrize("sentence", [
    "Investigators traced payments through front companies in Hong Kong.",
    "The shell company was registered in Dubai.",
    "Hackers stole $600 million in cryptocurrency from a bridge.",
    "The crypto heist funded the missile programme.",
    "Proceeds were laundered through mixers.",
    "Components travelled by separate routes through third countries.",
    "Tankers conducted ship-to-ship transfers at night.",
    "The network helped Pyongyang evade UN sanctions for years.",
    "It circumvented export controls on machine tools.",
    "Analysts call it a textbook case of sanctions evasion.",
    "The firm used false end-user certificates.",
    "The ships switched off transponders to avoid detection.",
    "They disguised the origin of the cargo.",
])
def test_every_evasion_pattern_match_contains_one_of_its_words(sentence: str) -> None:
    matched = [(rx, words) for rx, _, words in EVASION_CUES if rx.search(sentence)]
    assert matched, sentence
    for _, words in matched:
        assert any(w in sentence.casefold() for w in words)


def test_the_words_never_rule_out_a_match_in_the_labelled_articles() -> None:
    texts = _texts() + [p.read_text("utf-8") for p in sorted(FIXTURES.glob("heldout_*/articles/*.txt"))]
    hits = 0
    for text in texts:
        for line in re.split(r"(?<=[.!?])\s+|\n", text):
            for rx, _, words in EVASION_CUES:
                if rx.search(line):
                    hits += 1
                    assert any(w in line.casefold() for w in words), (rx.pattern[:30], line)
    assert hits > 50


def test_pooled_extraction_equals_one_process_in_input_order() -> None:
    from armswatch.extraction.core import extract_many
    from armswatch.model import Document

    paths = sorted(FIXTURES.glob("heldout_*/articles/*.txt"))[::23][:9]
    docs = [Document(id=p.name, text=p.read_text("utf-8").split("\n\n", 1)[1], published="2026-11-01")
            for p in paths]
    alone = list(extract_many(docs, n_process=1))
    pooled = list(extract_many(iter(docs), n_process=2, batch_size=2))  # 5 batches, more than are in flight
    assert [e.claims for e in pooled] == [e.claims for e in alone]
    assert [e.entities for e in pooled] == [e.entities for e in alone]
    assert sum(len(e.claims) for e in alone) > 10


def test_workers_for_minus_one_is_one_per_core() -> None:
    import os

    from armswatch.extraction.pool import workers_for

    assert workers_for(3) == 3
    assert workers_for(-1) == (os.cpu_count() or 1)


def test_every_maxout_layer_predicts_on_the_fast_path_and_matches_thinc() -> None:
    import numpy
    from thinc.api import Maxout, NumpyOps, use_ops
    from thinc.layers.maxout import forward

    from armswatch.extraction.fastlayers import _maxout_predict, install

    layers = [node for _, proc in get_nlp().pipeline if hasattr(getattr(proc, "model", None), "walk")
              for node in proc.model.walk() if node.name == "maxout"]
    assert len(layers) == 10 and all(node._func is _maxout_predict for node in layers)  # 5 per encoder
    assert install(build_pipeline(stock_model=True)) == 10  # the stock build keeps thinc's forward until asked

    with use_ops("numpy", use_blis=False):
        layer = Maxout(nO=7, nI=5, nP=3)
    X = numpy.random.default_rng(3).normal(size=(40, 5)).astype("float32")
    layer.initialize(X=X)
    W = layer.get_param("W").copy()
    W[:, 1] = W[:, 0]  # equal candidates: ties must give the same value
    layer.set_param("W", W)
    assert isinstance(layer.ops, NumpyOps)
    expected, _ = forward(layer, X, is_train=False)
    got, backprop = _maxout_predict(layer, X, is_train=False)
    assert got.dtype == expected.dtype and got.flags.c_contiguous and numpy.array_equal(got, expected)
    with pytest.raises(NotImplementedError):
        backprop(got)
    trained, train_backprop = _maxout_predict(layer, X, is_train=True)  # training keeps thinc's own path
    assert numpy.array_equal(trained, expected) and train_backprop(trained).shape == X.shape


def test_the_caller_s_text_gives_the_same_extraction_as_the_docs_own() -> None:
    from armswatch.extraction.core import from_parsed

    text = (FIXTURES / "heldout_a" / "articles").glob("*.txt").__next__().read_text("utf-8").split("\n\n", 1)[1]
    doc = get_nlp()(text)
    assert from_parsed(doc, "2026-11-01", text=text) == from_parsed(doc, "2026-11-01")
    assert from_parsed(doc, "2026-11-01").claims


def test_weapon_categories_follow_the_entity_list_asked_about() -> None:
    from armswatch.extraction.entities import Ent
    from armswatch.extraction.items import items_in_span

    doc = get_nlp()("Moscow received KN-23 units last week.")
    span = list(doc)
    start = doc.text.index("KN-23")
    with_weapon = [Ent(start, start + 5, "WEAPON", "KN-23")]
    assert items_in_span(span, with_weapon) == ["ballistic missiles"]
    assert items_in_span(span, []) == []  # a new list: the remembered answer for the last one is not reused
    assert items_in_span(span, with_weapon) == ["ballistic missiles"]
