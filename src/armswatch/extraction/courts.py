"""Court and police outcomes of a sanctions or export-control case: an arrest, a conviction, a prison sentence, a
guilty plea. Each is an enforcement act by the state whose police or court acts, against the state of the person
or firm it acts on (else the state the goods went to)."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import Draft
from armswatch.extraction.enforce import LEGAL_BODIES, _federal, home_body

OUTCOMES = {"arrest": "arrest", "convict": "criminal conviction", "sentence": "prison sentence",
            "plead": "guilty plea"}
CASE_WORDS = re.compile(r"\bsanction|\bembargo|export control|export restriction|\bsmuggl|Export Control Reform Act|"
                        r"\bIEEPA\b|re-?export", re.I)
UNREAL = {"if", "unless", "once", "until", "whether"}  # 'if convicted', 'until he is arrested'
FEDERAL = {"prison", "court", "jury", "judge", "prosecutor", "agent", "custody"}
PERSON_NOUNS = {"national", "citizen", "businessman", "businesswoman", "man", "woman", "executive", "director",
                "defendant", "owner", "resident", "trader", "engineer", "manager", "founder", "president"}


def court_drafts(sent: Any, ctx: roles.Context) -> list[Draft]:
    """'A Russian national was sentenced to six years in prison', 'Police arrested the president of a Kobe trader'."""
    if not any(t.lemma_.lower() in OUTCOMES for t in sent) or not _case_story(ctx):
        return []
    out: list[Draft] = []
    for tok in sorted(sent, key=lambda t: t.dep_ in ("relcl", "acl")):  # the main clause's outcome first
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in OUTCOMES or _unreal(tok):
            continue
        if lemma == "plead" and not any(c.lower_ == "guilty" for c in tok.children):
            continue
        if lemma == "sentence" and not any(t.lower_ in ("prison", "jail", "years", "months") for t in tok.subtree):
            continue
        actor = _actor(tok, ctx)
        if actor is None:
            continue
        target = _target(tok, ctx, actor)
        out.append(Draft("enforcement", actor, target, OUTCOMES[lemma], tok, f"enforcement:court-{lemma}"))
        break  # one outcome per sentence ('was arrested and pleaded guilty': the case's latest step is news enough)
    return out


def _case_story(ctx: roles.Context) -> bool:
    return bool(ctx.fact("sanctions case", lambda: CASE_WORDS.search(ctx.text) is not None))


def _unreal(tok: Any) -> bool:
    """'if convicted', 'has not been arrested', 'faces up to 20 years if convicted', 'is due to be sentenced'."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in UNREAL for c in tok.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to") for c in tok.children):
        return True
    if tok.dep_ == "acl" and any(c.lower_ in ("any", "each", "every") for c in tok.head.children):
        return True  # 'a maximum sentence of 20 years for any individual convicted'
    return tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in ("face", "due", "expect", "schedule")


def _actor(tok: Any, ctx: roles.Context) -> str | None:
    """The place the act happened ('arrested in Cyprus'), else the acting body's state, else the state last
    seen enforcing (or the dateline's)."""
    placed = [v for p in roles._prep_objects(tok, {"in", "at"}) for v in roles.phrase_parties(p, ctx, "actor")
              if len(v) == 2]
    if placed:
        return placed[0]
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.dep_ != "relcl" else None
    if subj is not None and not _person(subj):
        named = [v for v in roles.phrase_parties(subj, ctx, "actor") if len(v) == 2]
        if named:
            return named[0]
        if home := home_body(subj, ctx):
            return home
        if subj.lemma_.lower() in LEGAL_BODIES and ctx.home:
            return ctx.home
    if (_federal(tok) or any(t.lower_ == "federal" and t.head.lemma_.lower() in FEDERAL for t in tok.sent)) and \
            "US" in ctx.named_states:
        return "US"  # 'sentenced to six years in federal prison'
    last = ctx.last_enforcer if ctx.last_enforcer and len(ctx.last_enforcer) == 2 else None
    return last or ctx.home


def _person(tok: Any) -> bool:
    return tok.lemma_.lower() in PERSON_NOUNS or tok.pos_ == "PROPN" or tok.lower_ in ("he", "she", "they")


def _target(tok: Any, ctx: roles.Context, actor: str) -> str | None:
    """The nationality of the one acted on ('a Russian national'), else where the goods went ('for shipping
    chips to Russia')."""
    people = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    people += [c for c in tok.children if c.dep_ == "nsubj" and _person(c)]
    for head in people:
        own = [t for t in head.subtree if not (t.dep_ == "prep" or any(a.dep_ == "prep" and a in head.subtree
                                                                           for a in t.ancestors))]
        states = [v for v in roles.parties_in(own, ctx, "recipient") if len(v) == 2]
        if states:
            return states[0]
    goods_to = [v for t in tok.subtree if t.lower_ == "to" and t.dep_ in ("prep", "dative")
                for v in roles.parties_in(list(t.subtree), ctx, "recipient") if len(v) == 2 and v != actor]
    return goods_to[0] if goods_to else None
