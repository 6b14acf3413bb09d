"""Event dates resolved against the publication date, with precision (day | month | none)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
       r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY_MONTH = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? {_MON.replace('mon>', 'mon1>')}"
                       rf"|{_MON} (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
                       r"(?:,? (?P<year>(?:19|20)\d\d))?", re.I)
MONTH_ONLY = re.compile(rf"\b(?:in|since|from|during|early|late|mid|of|last|this) (?:early |late |mid-)?{_MON}"
                        r"(?:,? (?P<year>(?:19|20)\d\d))?\b", re.I)
WEEKDAY = re.compile(r"\b(?:on |last |this |earlier on )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday"
                     r"|sunday)\b", re.I)
RELATIVE = re.compile(r"\b(?P<rel>today|yesterday|last week|earlier this week|this week|earlier this month"
                      r"|this month|last month|earlier this year)\b", re.I)
DEADLINE = re.compile(r"\b(?:until|no later than|by|before|till|through)\s*$", re.I)


def parse_pub(published: str | None) -> tuple[date | None, str]:
    if not published:
        return None, "none"
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published)
    if not m:
        return None, "none"
    if m.group(3):
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
    return date(int(m.group(1)), int(m.group(2)), 1), "month"


def _month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _past_year(pub: date, month: int, day: int = 1) -> int:
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


@lru_cache(maxsize=4096)  # pure; each claim of a sentence asks again
def resolve(text: str, pub: date | None, precision: str) -> tuple[str | None, str]:
    """The first resolvable date expression in a text span."""
    candidates: list[tuple[int, str | None, str]] = []
    for m in DAY_MONTH.finditer(text):
        if DEADLINE.search(text[:m.start()]):
            continue
        mon = _mon(m.group("mon1") or m.group("mon"))
        day = int(m.group("d1") or m.group("d2"))
        if not 1 <= day <= 31:
            continue
        year = int(m.group("year")) if m.group("year") else (_past_year(pub, mon, day) if pub else None)
        if year is None:
            continue
        try:
            candidates.append((m.start(), date(year, mon, day).isoformat(), "day"))
        except ValueError:
            continue
    for m in MONTH_ONLY.finditer(text):
        mon = _mon(m.group("mon"))
        if m.group(0).lower().startswith("may") or (m.group("mon").lower() == "may" and not m.group("year")
                                                    and not m.group(0).lower().startswith("in")):
            continue
        year = int(m.group("year")) if m.group("year") else (_past_year(pub, mon, 1) if pub else None)
        if year is not None and not any(abs(s - m.start()) < 12 for s, _, _ in candidates):
            candidates.append((m.start(), f"{year:04d}-{mon:02d}", "month"))
    if pub is not None:
        for m in WEEKDAY.finditer(text):
            if any(m.end() <= s <= m.end() + 3 and p == "day" for s, _, p in candidates):
                continue
            if precision != "day":
                candidates.append((m.start(), _month_of(pub), "month"))
                continue
            target = WEEKDAYS.index(m.group("wd").lower())
            back = (pub.weekday() - target) % 7
            candidates.append((m.start(), (pub - timedelta(days=back)).isoformat(), "day"))
        for m in RELATIVE.finditer(text):
            rel = m.group("rel").lower()
            if rel == "today" and precision == "day":
                candidates.append((m.start(), pub.isoformat(), "day"))
            elif rel == "yesterday" and precision == "day":
                candidates.append((m.start(), (pub - timedelta(days=1)).isoformat(), "day"))
            elif rel in ("last week",):
                candidates.append((m.start(), _month_of(pub - timedelta(days=7)), "month"))
            elif rel in ("earlier this week", "this week", "earlier this month", "this month", "today", "yesterday"):
                candidates.append((m.start(), _month_of(pub), "month"))
            elif rel == "last month":
                candidates.append((m.start(), _month_of(pub.replace(day=1) - timedelta(days=1)), "month"))
    if not candidates:
        return None, "none"
    _, value, prec = min(candidates, key=lambda c: c[0])
    return value, prec


@lru_cache(maxsize=4096)
def resolve_at(text: str, pub: date | None, precision: str) -> int:
    """Offset of the expression ``resolve`` picks (-1 if none): the earliest that still resolves alone."""
    value, _ = resolve(text, pub, precision)
    if value is None:
        return -1
    lo, hi = 0, len(text)
    while hi - lo > 1:  # the shortest suffix that still starts with the chosen expression
        mid = (lo + hi) // 2
        if resolve(text[mid:], pub, precision)[0] == value:
            lo = mid
        else:
            hi = mid
    return lo


def _mon(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _other_clause(when: Any, trigger: Any) -> bool:
    """Is the date inside a coordinated clause with its own subject that does not hold the trigger?"""
    for verb in (when, *when.ancestors):
        if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return trigger not in verb.subtree
    return False


def _own_date(trigger: Any, pub: date | None, precision: str) -> tuple[str | None, str]:
    """A date phrase on the trigger itself ('... and 3,000 more were sent in January'), when the sentence holds
    more than one event."""
    for child in trigger.children:
        phrase = list(child.subtree) if child.dep_ in ("prep", "npadvmod") else []
        if any(t.ent_type_ == "DATE" for t in phrase):
            value, prec = resolve(trigger.doc[phrase[0].i:phrase[-1].i + 1].text, pub, precision)
            if value is not None:
                return value, prec
    return None, "none"


def event_date(sent: Any, trigger: Any, pub: date | None, precision: str) -> tuple[str | None, str]:
    """The date of the trigger's event: the sentence's date expression, or the trigger's own when a coordinated
    verb has one ('sent in October, and 3,000 more were sent in January'); a report's date gives its month."""
    text = sent.text
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and (own := _own_date(trigger, pub, precision))[0]:
        return own
    value, prec = resolve(text, pub, precision)
    if value is None:
        return None, "none"
    at = sent.start_char + resolve_at(text, pub, precision)
    when = next((t for t in sent if t.idx <= at < t.idx + len(t) + 1), None)
    if when is not None and _other_clause(when, trigger):
        return None, "none"  # 'its vote blocked the renewal, and the mandate expired in April': April is not the vote's
    speech_date = False
    for t in sent:
        if t.lemma_ in ("report", "say", "state", "announce") and t.dep_ in ("ROOT", "parataxis") and \
                trigger in t.subtree and t is not trigger and t.i > trigger.i:
            clause = next((c for c in t.children if trigger in c.subtree), None)
            speech_date = when is None or clause is None or when not in clause.subtree
    if speech_date and prec == "day":
        return value[:7], "month"
    return value, prec
