"""Dossier: self-contained, escaped HTML; Markdown; PDF via Chromium; every quote traces to its article."""

from __future__ import annotations

import html
import re
import shutil
from datetime import UTC, datetime

import pytest

from armswatch.export.dossier import build_dossier, export_dossier
from armswatch.export.dossier_md import md
from armswatch.export.svg import network_svg
from export_helpers import FORMULA, HOSTILE, JS_URL, documents, hits, records

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_every_citation_is_verbatim_in_its_article() -> None:
    d = build_dossier(records(), hits(), now=NOW)
    docs = documents()
    cites = [c for e in d.events for c in e.citations]
    assert len(cites) == 4 and [c.n for c in cites] == [1, 2, 3, 4]
    for c in cites:
        assert docs[c.document_id].text[c.start:c.end] == c.quote
        assert c.verified is True
    page = export_dossier(records(), hits(), "html", now=NOW)
    quotes = [html.unescape(q) for q in re.findall(r"<blockquote>\[\d+\] “(.*?)”</blockquote>", page)]
    assert quotes == [c.quote for c in cites]
    for c in cites:
        assert f"document <code>{c.document_id}</code>, characters {c.start}–{c.end}" in page


def test_a_quote_that_does_not_match_is_an_open_question() -> None:
    recs = records()
    recs[0].event.evidence[0].claim.evidence = "North Korea sold tanks"
    d = build_dossier(recs, now=NOW)
    assert d.events[0].citations[0].verified is False
    assert any("quote does not match article a1b2c3d4e5f60718" in q for q in d.questions)


def test_html_is_self_contained_and_escaped() -> None:
    page = export_dossier(records(), hits(), "html", title=f"Dossier {HOSTILE}", now=NOW)
    assert "<script" not in page.lower() and JS_URL not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page.split("<body>")[0])  # no external assets
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", page)
    hrefs = re.findall(r'href="([^"]+)"', page)
    assert hrefs and all(h.startswith(("https://", "#")) for h in hrefs)
    assert "<svg" in page and "North Korea (KP)" in page
    for section in ("Summary", "Timeline", "Network", "Events", "Sanctions screening hits", "Open questions",
                    "Sources"):
        assert f"<h2>{section}</h2>" in page


def test_open_questions_name_single_source_denials_and_unreviewed_hits() -> None:
    questions = build_dossier(records(), hits(), now=NOW).questions
    assert any(q.startswith("Denied or disputed: transfer") for q in questions)
    assert any(q.startswith("Single source: evasion") for q in questions)
    assert any("Unreviewed sanctions match" in q and "KPe.028" in q for q in questions)


def test_markdown_escapes_hostile_text_and_keeps_citations() -> None:
    text = export_dossier(records(), hits(), "md", now=NOW)
    assert "<script>" not in text and JS_URL not in text and f"[{FORMULA}" not in text
    assert "&lt;script&gt;" in text
    assert "[Shells move by rail](https://wire.example/kp-shells)" in text
    assert "document `a1b2c3d4e5f60718`, characters 15–74" in text
    assert md("[x](javascript:y)") == r"\[x\]\(javascript:y\)"


def test_empty_selection_renders_in_every_text_format() -> None:
    assert "No events match this selection." in export_dossier([], [], "html", now=NOW)
    assert "No events match this selection." in export_dossier([], [], "md", now=NOW)
    assert "No parties." in network_svg([])


def test_svg_labels_are_escaped() -> None:
    svg = network_svg([(HOSTILE, "RU", "transfer", 70)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium not installed")
def test_pdf_has_pages_and_the_quotes() -> None:
    pdf = export_dossier(records(), hits(), "pdf", now=NOW)
    assert pdf.startswith(b"%PDF-") and b"/Type /Page" in pdf
    if shutil.which("pdftotext"):
        import subprocess

        text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
        flat = " ".join(text.split())
        assert "North Korea shipped artillery shells to Russia in June 2024" in flat
        assert "Open questions" in flat
