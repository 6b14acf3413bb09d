"""A deployment admitted or denied as news of its own.

Reporting on troops sent abroad often tells, after the deployment itself, that the governments first denied it
and later owned up to it: 'both governments acknowledged the deployment in April', 'the Kremlin dismissed
reports of North Korean soldiers in Russia as fakes', 'its envoy described reports of the deployment as
groundless'. The conventions log each as a deployment claim, confirmed or denied, with the parties of the
deployment it speaks of. No act verb is there for the ordinary rules to read.

The parties come from the words when they are there ('North Korean soldiers in Russia'); a bare 'the
deployment' or 'the reports' speaks of the last deployment the article told.
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft
from armswatch.extraction.status import DENY, NAMING, negated

ADMIT = {"acknowledge", "admit", "confirm"}
DISMISS = DENY | NAMING | {"denounce"}
VERBS = ADMIT | DISMISS
DEPLOYMENTS = {"deployment", "dispatch", "presence"}
REPORTS = {"report", "claim", "allegation", "accusation", "story"}
FALSE_WORDS = {"fake", "fakes", "fabrication", "fabrications", "groundless", "false", "lie", "lies", "rumour",
               "rumours", "rumor", "rumors", "propaganda", "disinformation", "slander", "baseless", "nonsense",
               "provocation"}
PEOPLE = {"troop", "soldier", "forces", "force", "unit", "contingent", "serviceman", "servicemen", "fighter",
          "mercenary"}
WORKERS = {"worker", "labourer", "laborer", "labour", "labor"}


def _talked_of(obj: Any) -> Any | None:
    """What a report is about: 'reports of X', 'reports about X', 'reports that X were fighting ...'."""
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "on")):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    for clause in (c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in PEOPLE | WORKERS:
            return subj
    return None


def _parties(noun: Any, ctx: roles.Context) -> tuple[str, str] | None:
    """Sender and host of the deployment a noun speaks of: its own words ('North Korean soldiers in Russia',
    'the deployment of troops to Russia'), else the last deployment told."""
    if noun.lemma_.lower() in PEOPLE | WORKERS:
        senders = roles.origin_of([t for t in noun.subtree if t.i <= noun.i], ctx, states_only=True)
        holders = [noun, noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [noun]  # 'soldiers fighting for X'
        if noun.dep_ == "pobj":
            holders.append(noun.head.head)  # 'reports of troops in Russia': the parser hangs 'in X' on 'reports'
        hosts = [v for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "into",
                                                                                                "for", "inside")
                 for o in p.children if o.dep_ == "pobj" for v in roles.phrase_parties(o, ctx, "recipient")
                 if len(v) == 2]
        if senders and hosts and senders[0] != hosts[0]:
            return senders[0], hosts[0]
        if senders and ctx.last_host and ctx.last_host[0] == senders[0]:
            return ctx.last_host
        return None
    if noun.lemma_.lower() in DEPLOYMENTS and ctx.last_host:
        return ctx.last_host
    return None


def _about_workers(obj: Any) -> bool:
    return any(t.lemma_.lower() in WORKERS for t in obj.subtree)


def admission_drafts(sent: Any, ctx: roles.Context) -> list[Draft]:
    out: list[Draft] = []
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_ in VERBS):
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            head = obj.lemma_.lower()
            if verb.lemma_ in ADMIT and head in DEPLOYMENTS and not _talked_of(obj):  # 'admitted the deployment'
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if negated(verb) or subj is not None and any(t.lower_ in ("neither", "nor", "no")
                                                             for t in subj.subtree):
                    continue  # 'has not acknowledged the deployment': silence, not a denial
                status, found = "confirmed", _parties(obj, ctx)
            elif verb.lemma_ in DISMISS and head in REPORTS and (about := _talked_of(obj)) is not None:
                if verb.lemma_ in NAMING and not {t.lower_ for t in verb.subtree} & FALSE_WORDS:  # here a denial
                    # only with a word of falsehood ('called them fakes')
                    continue  # 'described reports of the deployment as significant' denies nothing
                status, found = "denied", _parties(about, ctx)  # 'dismissed reports of the deployment'
            else:
                continue
            if found:
                item = "workers" if _about_workers(obj) else "troops"
                out.append(Draft("deployment", found[0], found[1], item, verb, f"deployment:{verb.lemma_}", status))
    return [d for i, d in enumerate(out) if d.status not in {e.status for e in out[:i]}]  # one of each
