"""How the article frames an event: denied > planned > speculated > confirmed > reported."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction.attribution import Attribution, same_party
from armswatch.extraction.roles import governor
from armswatch.extraction.triggers import PENALISE, SPEECH

DENY = {"deny", "reject", "dismiss", "refute", "rebuff"}
NAMING = {"call", "describe", "brand", "label"}  # deny by naming a charge ("called the reports fakes")
PLAN_LEMMAS = {"plan", "prepare", "intend", "consider", "aim", "seek", "slate", "order", "direct", "call",
               "need", "expect", "propose", "pledge", "promise", "vow", "schedule", "poise", "want", "hope",
               "urge", "instruct", "accelerate", "set", "agree", "talk", "negotiate", "negotiation"}
HEDGE_WORDS = {"may", "might", "possibly", "possible", "perhaps", "suspected", "allegedly", "presumably",
               "likely", "probably", "apparently", "purportedly", "potential", "potentially", "could"}
HEDGE_LEMMAS = {"suggest", "suspect", "speculate", "speculation", "fear", "appear", "seem"}
FUTURE = re.compile(r"\b(?:next (?:year|month|week)|in the coming|upcoming|later this year|by the end of"
                    r"|set to|slated (?:for|to)|is to|are to|poised to|no later than)\b", re.I)
CONFIRM = {"confirm", "acknowledge", "admit", "verify"}


def _scope(trigger: Any) -> list[Any]:
    """The trigger, the verbs above it, and their auxiliaries/adverbs."""
    chain = [trigger, *trigger.ancestors]
    out = list(chain)
    for tok in chain:
        out.extend(c for c in tok.children if c.dep_ in ("aux", "auxpass", "advmod", "neg", "prt"))
    return out


def negated(tok: Any) -> bool:
    """The word itself is negated: 'had not delivered', 'has never acknowledged'."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def status_of(sent: Any, trigger: Any, ctype: str, actor: str | None, attr: Attribution | None) -> str:
    scope = _scope(trigger)
    lemmas = {t.lemma_.lower() for t in scope}
    text = sent.text
    gov = governor(trigger)  # 'X acknowledged sending ...', 'X rejects accusations of ...', 'X pledged to send'
    if gov is not None and gov.lemma_ in DENY | {"deny", "refuse"} or any(
            c.dep_ == "neg" for c in (gov.children if gov is not None else ())):
        return "denied"
    if ctype == "transfer" and negated(trigger):
        return "denied"  # 'X had not delivered missiles', 'Beijing had never provided weapons'
    if gov is not None and gov.lemma_ in CONFIRM:
        return "confirmed"
    if gov is not None and gov.lemma_ in PLAN_LEMMAS | {"offer", "vow", "commit", "undertake", "decide"}:
        return "planned"
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ == "NOUN" and trigger.i > trigger.head.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) and ctype != "deployment":
        return "planned"  # 'arrangements to acquire jets', 'a deal to supply drones': the act is intended
    if DENY & {t.lemma_ for t in sent} and (attr is None or attr.verb in DENY or same_party(attr.source, actor)
                                           or any(t.lemma_ in DENY for t in sent)):
        return "denied"
    plan = {t.lemma_ for t in scope if (t is not trigger or t.lemma_ == "seek") and (t.lemma_ != "call" or any(
        c.lower_ == "for" for c in t.children))}
    reported_future = "would" in {t.lower_ for t in scope} and any(t.lemma_ in SPEECH for t in trigger.ancestors)
    if ({"will", "shall", "'ll"} & lemmas or reported_future or PLAN_LEMMAS & plan
            or FUTURE.search(text)) and not {"have", "had"} & {t.lower_ for t in scope if t.dep_ == "aux"}:
        return "planned"
    if {t.lower_ for t in scope} & HEDGE_WORDS or HEDGE_LEMMAS & {t.lemma_ for t in scope} \
            or "rule out" in text.lower():
        return "speculated"
    if CONFIRM & {t.lemma_ for t in sent}:
        return "confirmed"
    if attr is None:
        if {"reportedly", "reported", "allegedly", "accused", "accuses", "accusing"} & {t.lower_ for t in scope}:
            return "reported"
        if any(t.dep_ == "prep" and t.lower_ == "for" and PENALISE & {t.head.lemma_, t.head.head.lemma_}
               for t in trigger.ancestors):
            return "reported"  # 'sanctioned X for supplying drones': the sanctioning state's allegation
        return "confirmed"
    if ctype in ("enforcement", "agreement", "test") and same_party(attr.source, actor):
        return "confirmed"
    return "reported"
