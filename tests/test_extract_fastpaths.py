"""The session-8 speed paths change how the work is done, never what comes out: the model on numpy's BLAS, one
BLAS thread, sentences that reuse their Token objects, and the word test in front of each evasion pattern."""

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
    stock = build_pipeline(blis=True)  # thinc's default BLAS
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
