"""Shared by the extraction rule tests: one model load per module, claim keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armswatch.extraction.core import extract
from armswatch.model import Extraction

PUBLISHED = "2026-11-20"


@pytest.fixture(scope="module")
def run() -> Callable[..., Extraction]:
    """``run(text, published=PUBLISHED)``: extract one text (the model is loaded once)."""
    from armswatch.extraction.nlp import get_nlp

    get_nlp()

    def _run(text: str, published: str = PUBLISHED) -> Extraction:
        return extract(text, published, learned=False)  # the rules alone: test_fallback covers the rest

    return _run


def keys(extraction: Extraction, ctype: str | None = None) -> set[tuple]:
    """``(type, actor, recipient)`` of the claims, optionally of one type."""
    return {(c.type, c.actor, c.recipient) for c in extraction.claims if ctype is None or c.type == ctype}


def pairs(text: str, ctype: str, published: str = "2025-06-02") -> list[tuple[str | None, str | None]]:
    """``(actor, recipient)`` of the claims of one type, in order, the rules alone."""
    return [(c.actor, c.recipient) for c in extract(text, published, learned=False).claims if c.type == ctype]
