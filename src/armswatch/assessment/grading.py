"""Confidence: NATO Admiralty code (source reliability A–F, information credibility 1–6) and STIX 2.1.

Reliability is graded per origin (analyst grades over the packaged default
table; anything unknown is F, "cannot be judged").  Credibility is graded per
event from how many *independent* sources affirm it and how they frame it:

1 confirmed       — affirmed (confirmed/reported) by two or more independent sources
2 probably true   — one independent source stating it in its own voice or as an official act
                    ("confirmed"), or one affirming source graded A/B, or one affirming source
                    plus independent hedged reports
3 possibly true   — one independent source reporting it, or several hedged independent reports
4 doubtful        — only hedged (planned/speculated) reporting from one source
5 improbable      — only denials
6 cannot be judged — no usable statement
A denial beside affirmations lowers the grade one step ("disputed").

STIX 2.1 (Appendix A, Admiralty credibility scale): 1→90, 2→70, 3→50, 4→30, 5→10; 6 ("cannot be
judged") has no STIX value: we store ``None`` and export no ``confidence`` property; filters treat
it as 0.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources

from armswatch.assessment.status import AFFIRMING, HEDGED

RELIABILITY = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
               "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}
CREDIBILITY = {1: "confirmed by other sources", 2: "probably true", 3: "possibly true", 4: "doubtful",
               5: "improbable", 6: "truth cannot be judged"}
STIX = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: None}


@lru_cache(maxsize=1)
def default_grades() -> dict[str, tuple[str, str]]:
    """origin key → (grade, reason) from the packaged table."""
    data = json.loads(resources.files("armswatch.data").joinpath("outlet_grades.json").read_text("utf-8"))
    return {k: (v["grade"], v["why"]) for k, v in data.items() if not k.startswith("_")}


def reliability(origin: str, grades: Mapping[str, str] | None = None) -> str:
    """An origin's grade: the analyst's if set, else the default table's, else F."""
    if grades and origin in grades:
        return grades[origin]
    return default_grades().get(origin, ("F", ""))[0]


def best(letters: Iterable[str]) -> str:
    return min(letters, default="F")  # "A" < "B" < … < "F"


def credibility(by_origin: Mapping[str, set[str]], grades: Mapping[str, str] | None = None) -> int:
    """Credibility 1–6 from ``{origin: {statuses of its claims}}``."""
    affirm = {o for o, s in by_origin.items() if s & set(AFFIRMING)}
    hedged = {o for o, s in by_origin.items() if s & set(HEDGED)} - affirm
    denied = any("denied" in s for s in by_origin.values())
    if len(affirm) >= 2:
        grade = 1
    elif len(affirm) == 1:
        (only,) = affirm
        strong = "confirmed" in by_origin[only] or reliability(only, grades) in ("A", "B")
        grade = 2 if strong or hedged else 3
    elif len(hedged) >= 2:
        grade = 3
    elif hedged:
        grade = 4
    elif denied:
        return 5
    else:
        return 6
    return min(grade + 1, 5) if denied else grade


def stix_confidence(cred: int) -> int | None:
    return STIX.get(cred)
