"""Who the article attributes a sentence to: 'according to X', 'X said', 'citing X'."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from armswatch.extraction.gazetteer import gazetteer
from armswatch.extraction.triggers import SPEECH

GENERIC = {"official", "officials", "expert", "experts", "source", "sources", "analyst", "analysts",
           "investigator", "investigators", "diplomat", "diplomats", "observer", "observers", "intelligence",
           "media", "reports", "report", "representative", "researchers", "authorities", "statement",
           "agency", "ministry", "service", "office", "spokesman", "spokeswoman", "spokesperson", "prosecutors",
           "police", "government", "military", "army", "lawmakers", "monitors", "suppliers", "team", "panel",
           "department", "committee", "commission", "rapporteur", "findings", "group", "watchdog"}
PRONOUNS = {"he", "she", "they", "it"}
NEUTRAL = {"say", "tell", "report", "state", "announce", "claim", "add", "note", "observe", "believe",
           "accuse", "allege", "write", "reveal", "disclose", "indicate", "estimate", "cite", "show",
           "brief", "understand", "identify", "insist", "argue", "explain", "stress", "highlight"}


@dataclass
class Attribution:
    source: str | None
    verb: str | None  # lemma of the attribution verb ('according' for 'according to')
    token: Any = None


def _name(head: Any, by_token: dict[int, Any], last_person: str | None) -> str | None:
    if head.lower_ in PRONOUNS:
        return last_person if head.lower_ in ("he", "she") else None
    tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")]
    own = by_token.get(head.i)
    if own is not None and own.label in ("ORG", "PERSON"):
        return own.canonical  # "South Korea's National Intelligence Service": the body's canonical name
    if head.lemma_.lower() in GENERIC:
        words = [t.text for t in tokens if t.i <= head.i and t.dep_ != "det" and t.pos_ != "ADJ"
                 or t.i == head.i or (t.i < head.i and by_token.get(t.i) is not None)]
        phrase = " ".join(words).replace(" ’s", "’s").replace(" 's", "'s")
        return phrase[:1].upper() + phrase[1:] if phrase else None
    ents = [by_token[t.i] for t in head.subtree if t.i in by_token]
    for label in ("PERSON", "ORG"):
        for ent in ents:
            if ent.label == label:
                return ent.canonical
    states = list(dict.fromkeys(e.canonical for e in ents if e.label == "COUNTRY"))
    if states and head.i in by_token and by_token[head.i].label == "COUNTRY":
        return " and ".join(country_name(c) for c in states)  # 'Tehran says' → Iran
    if head.pos_ == "PROPN":
        return " ".join(t.text for t in tokens if t.dep_ != "det")
    return None


def attribution(sent: Any, by_token: dict[int, Any], last_person: str | None) -> Attribution | None:
    """The sentence's attributed source, if any."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return Attribution(_name(pobj, by_token, last_person), "according", pobj)
    for tok in sent:
        if tok.lemma_ in SPEECH and tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                before = [by_token[t.i] for t in tok.doc[max(sent.start, tok.i - 6):tok.i] if t.i in by_token]
                named = [e for e in before if e.label in ("ORG", "PERSON")]
                if named and tok.dep_ in ("conj", "ROOT", "parataxis"):
                    return Attribution(named[-1].canonical, tok.lemma_, tok)
                continue
            if tok.lemma_ == "report" and subj.dep_ == "nsubjpass":
                return Attribution(None, "reportedly", tok)
            name = _name(subj, by_token, last_person)
            if name or subj.lower_ in PRONOUNS:
                return Attribution(name, tok.lemma_, tok)
    for tok in sent:
        if tok.lower_ == "citing":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return Attribution(_name(obj, by_token, last_person), "cite", obj)
    return None


# generic source words that stand for a body named earlier ('the team said' → the monitoring team)
RESOLVABLE = {"team", "panel", "department", "experts", "expert", "agency", "ministry", "committee", "court",
              "council", "command", "service", "office", "mission", "monitors", "rapporteur", "commission"}
REPORTS = {"report", "reports", "findings", "document", "assessment"}
BODIES = {"group", "watchdog"}  # 'the group said': the body quoted just before, when it is a known organization


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for alias, code in gazetteer().countries.items():
        names.setdefault(code, alias)
    return names


def country_name(code: str) -> str:
    return _country_names().get(code, code)


def resolve_generic(source: str, before: int, ents: list[Any], last_source: str | None) -> str:
    """'The report said' → the body whose report it is; 'the department said' → the department named earlier."""
    word = source.split()[-1].lower() if source.split() else ""
    if " " in source.strip() and source.split()[0].lower() not in ("the", "a", "an") and word not in REPORTS:
        return source  # a qualified phrase ('Western officials') stays as written
    g = gazetteer()
    if word in REPORTS or word in BODIES:
        if last_source in g.org_by_name:
            return last_source
        if word in REPORTS:
            return source
        # 'the group said' after the team was named but not yet quoted
        return _last_org(ents, before, lambda ent, org: org is not None and org.kind in ("intl", "other")) or source
    if word not in RESOLVABLE:
        return source
    stem = word.rstrip("s")
    return _last_org(ents, before, lambda ent, org: stem in ent.canonical.lower() and not (
        org is not None and org.kind == "news")) or source  # 'the agency' in a story quoting KCNA is not KCNA


def _last_org(ents: list[Any], before: int, accept: Callable[[Any, Any], bool]) -> str | None:
    """The canonical name of the last organization named before ``before`` that ``accept`` takes."""
    g = gazetteer()
    for ent in reversed(ents):
        if ent.start < before and ent.label == "ORG" and accept(ent, g.org_by_name.get(ent.canonical)):
            return str(ent.canonical)
    return None


def same_party(source: str | None, actor: str | None) -> bool:
    """True when the source speaks for the actor (KCNA for KP, the Treasury for US)."""
    if not source or not actor:
        return False
    g = gazetteer()
    org = g.org_by_name.get(source)
    if org and org.country == actor:
        return True
    return g.person_country.get(source) == actor or source == actor
