"""Wording shared by every format: an event's one-line summary, grade meanings, uncertainty markers."""

from __future__ import annotations

from armswatch.export.types import ExportEvent

# SIPRI-style markers for how sure the reporting is (see docs/exports.md, "Uncertain values").
STATUS_MARK = {"confirmed": "", "reported": "[reported]", "planned": "(planned)", "speculated": "?",
               "denied": "(denied)", "disputed": "(disputed)"}


def grade_words(ev: ExportEvent) -> str:
    from armswatch.assessment.grading import CREDIBILITY, RELIABILITY

    rel = RELIABILITY.get(ev.reliability, "?")
    cred = CREDIBILITY.get(ev.credibility, "?")
    return f"{ev.admiralty} (source {rel}; information {cred})"


def dates(ev: ExportEvent) -> str:
    if not ev.date_first:
        return "undated"
    if ev.date_last and ev.date_last != ev.date_first:
        return f"{ev.date_first} to {ev.date_last}"
    return ev.date_first


def summary(ev: ExportEvent, label: bool = True) -> str:
    counts = ", ".join(f"{k} {v}" for k, v in sorted(ev.status_counts.items()))
    conf = f"STIX confidence {ev.confidence}" if ev.confidence is not None else "no STIX confidence"
    parts = [f"{ev.label}." if label else "", f"Status: {ev.status}" + (f" ({counts})." if counts else "."),
             f"{ev.sources} independent source(s) in {ev.articles} article(s).",
             f"Admiralty {grade_words(ev)}; {conf}.", f"Dates: {dates(ev)}."]
    if ev.typologies:
        parts.append("Typologies: " + ", ".join(ev.typologies) + ".")
    return " ".join(p for p in parts if p)
