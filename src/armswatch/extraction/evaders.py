"""Who evades: the perpetrator an attribution names ('tied X to the theft', 'bore the hallmarks of X'), the state
of workers abroad under false names, never a company the article says was robbed, and never the parties that
sanction, seize or report in the sentence."""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.attribution import Attribution
from armswatch.extraction.parties import is_company
from armswatch.extraction.triggers import SPEECH

WORKER_ITEMS = {"IT workers", "overseas workers"}
WORKERS = {"worker", "labourer", "laborer", "national", "developer", "programmer", "employee", "applicant",
           "operative", "freelancer", "engineer", "coder"}


def workers_state(sent: Any, ctx: roles.Context) -> list[str]:
    """The state whose workers the sentence names: 'North Korean IT workers', 'workers from North Korea', else
    'North Koreans who worked under false identities'."""
    named, nationals = [], []
    for tok in sent:
        ent = ctx.by_token.get(tok.i)
        if ent is None or ent.label != "COUNTRY":
            continue
        if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in WORKERS or \
                tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in WORKERS:
            named.append(ent.canonical)
        elif tok.tag_ == "NNPS" and tok.lower_.endswith("ns"):
            nationals.append(ent.canonical)
    return (named or nationals)[:1]


THEFTS = {"theft", "heist", "hack", "breach", "exploit", "attack", "cyberattack", "steal", "drain", "rob", "loot"}


def victims(doc: Any, ctx: roles.Context) -> set[str]:
    """Companies the article tells were robbed ('the Bybit heist', 'the theft from Atomic Wallet', 'drained $100
    million from Harmony'): never the evader. Computed once per article."""
    def find() -> set[str]:
        out: set[str] = set()
        for tok in doc:
            if tok.lemma_.lower() not in THEFTS:
                continue
            heads = [c for c in tok.children if c.dep_ in ("compound", "poss")]
            heads += roles._prep_objects(tok, {"from", "on", "against"})
            heads += [c for c in tok.children if c.dep_ == "dobj" and tok.lemma_.lower() in ("hack", "rob")]
            out |= {v for h in heads for v in roles.phrase_parties(h, ctx, "actor") if is_company(v)}
        return out
    return ctx.fact("crypto victims", find)


ENFORCER_VERBS = {"sanction", "blacklist", "designate", "impose", "target", "seize", "charge", "indict",
                  "prosecute", "freeze", "attribute", "blame", "tie", "link", "trace", "accuse", "identify", "pin",
                  "document", "record", "detect", "uncover", "expose", "investigate", "monitor"}


def enforcers_of(sent: Any, ctx: roles.Context, attr: Attribution | None) -> set[str]:
    """Parties that sanction, seize, blame or report in the sentence (and the states they belong to)."""
    out: set[str] = set()
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_ not in ENFORCER_VERBS | SPEECH:
            continue
        heads = [c for c in tok.children if c.dep_ in ("nsubj",)]
        heads += [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        heads += [tok.head] if tok.dep_ == "relcl" and tok.lemma_ in ENFORCER_VERBS else []  # 'a mixer X blacklisted'
        for head in heads:
            if head.dep_ == "relcl":
                head = next((c for c in head.children if c.dep_ == "nsubj"), head)
            if head.pos_ == "PRON":
                continue  # 'it said': a pronoun names no one new
            for value in roles.conj_parties(head, ctx, "actor"):
                out.add(value)
                if len(value) > 2 and (state := roles._group_state(value)):
                    out.add(state)
    if attr is not None and attr.source:
        source = roles.gazetteer().org_by_name.get(attr.source)
        if source is not None and source.country:
            out.add(source.country)
    return out


def perpetrators(sent: Any, ctx: roles.Context, enforcers: set[str]) -> list[str]:
    """Non-state groups named in the sentence (hackers, cartels), else a state named as perpetrator's owner."""
    found = [v for v in roles.parties_in(list(sent), ctx, "actor") if v not in enforcers]
    groups = [v for v in found if len(v) > 2 and (org := roles.gazetteer().org_by_name.get(v)) is not None
              and org.kind == "armed"]
    return groups[:1]


TELLTALES = {"hallmark", "signature", "fingerprint", "trademark"}
BLAME_VERBS = {"tie", "link", "attribute", "blame", "trace", "connect", "pin"}


def blamed(tok: Any, sent: Any, ctx: roles.Context) -> list[str] | None:
    """Who an attributing verb names as perpetrator: 'tied X to', 'blamed X for' (the object);
    'attributed the hack to X', 'pinned it on X' (the prepositional object).  None: no such verb."""
    verb = next((t for t in (tok, *tok.ancestors) if t.pos_ == "VERB" and t.lemma_ in BLAME_VERBS), None)
    if verb is None:
        verb = next((t for t in sent if t.pos_ == "VERB" and t.lemma_ in BLAME_VERBS), None)
    if verb is None:
        marks = [t for t in sent if t.lemma_.lower() in TELLTALES]  # 'bore the hallmarks of the Lazarus Group'
        found = [v for t in marks for h in roles._prep_objects(t, {"of"})
                 for v in roles.phrase_parties(h, ctx, "actor")]
        return found[:1] or None
    if verb.lemma_ in ("attribute", "pin"):
        heads = roles._prep_objects(verb, {"to", "on"})
    else:
        heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    found = [v for h in heads for v in roles.phrase_parties(h, ctx, "actor")]
    return found[:1] or None
