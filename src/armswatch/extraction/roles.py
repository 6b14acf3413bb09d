"""Who does what to whom: actor and recipient from the dependency parse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from armswatch.extraction.gazetteer import gazetteer
from armswatch.extraction.triggers import ACCUSE, SPEECH

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
STOP_PREPS = {"in", "against", "on", "at", "near", "inside", "over", "across", "into", "through", "via",
              "after", "before", "during", "since", "despite", "amid", "within", "than", "about"}
LINK_VERBS = {"link", "tie", "connect", "back", "affiliate", "associate", "sponsor", "run", "operate", "control",
              "base", "locate", "register", "headquarter", "incorporate"}
# generic bodies whose location says whose they are: "companies in Singapore", "suppliers from India"
BODIES = {"company", "firm", "entity", "supplier", "business", "manufacturer", "individual", "network", "trader",
          "bank", "exporter", "importer", "middleman", "intermediary", "vendor", "dealer", "broker", "front",
          "subsidiary", "shipper", "operator", "person", "national", "citizen", "people", "worker", "official",
          "side", "party", "faction"}
COMPANY_SUFFIX = re.compile(r"\b(?:Co\.?|Ltd\.?|Inc\.?|Corp\.?|Corporation|LLC|GmbH|PLC|JSC|Industries|"
                            r"Aerospace|Aviation|Technologies|Technology|Engineering)$")
DENY_VERBS = {"deny", "reject", "dismiss", "refute"}
# participles after a demonym that do not make the state a supplier ("Iranian-designed", "Soviet-style")
NOT_ORIGIN = {"design", "style", "type", "pattern", "base", "inspire", "era", "like"}
EXAMPLE_PREPS = {"like", "including", "such"}
ANAPHORS = {"it", "they", "its", "their", "country", "regime", "nation", "state", "government", "north",
            "group", "which", "who", "that", "he", "she", "leader", "authorities", "military", "organisation",
            "organization", "this", "them", "emirate", "kingdom", "republic"}
FIRM_ANAPHORS = {"company", "firm", "manufacturer", "maker", "contractor"}
GROUP_ANAPHORS = {"group", "organisation", "organization", "hackers", "unit", "outfit", "company", "firm"}
MAKERS = {"maker", "manufacturer", "producer", "company", "firm", "contractor", "builder", "exporter", "developer",
          "shipbuilder", "group"}


@dataclass
class Context:
    """What the article has said so far: the entity table and the current focus for pronouns."""

    by_token: dict[int, Any]
    focus_state: str | None = None
    focus_group: str | None = None
    last_person: str | None = None
    last_item: str | None = None
    home: str | None = None  # the dateline's state, for unnamed domestic authorities
    last_user: str | None = None  # the last state seen using weapons, for agentless 'were fired'
    last_evader: str | None = None
    last_source: str | None = None
    last_recipient: str | None = None  # the last state named receiving goods, for supplier lists
    last_origin: str | None = None  # the producing state of the last weapon designation named
    seen: list[str] = field(default_factory=list)
    enforcers: set[str] = field(default_factory=set)  # states seen sanctioning, seizing or charging
    last_enforcer: str | None = None  # the last state or body seen imposing measures
    last_target: str | None = None  # the state of the last party seen targeted by measures
    last_company: str | None = None  # the last private company named, for 'the company', 'the firm'
    deal: tuple[str, str, str] | None = None  # (seller, buyer, item) of the last order or supply named


def party(ent: Any, role: str) -> str | None:
    """The claim value for an entity: ISO2, or an organization's name for non-state and international actors."""
    g = gazetteer()
    if ent.label == "COUNTRY":
        return ent.canonical
    if ent.label == "ORG":
        org = g.org_by_name.get(ent.canonical)
        if org is None and role in ("actor", "party") and COMPANY_SUFFIX.search(ent.canonical):
            return ent.canonical  # an unknown firm named as doing the act: 'Xyz Aircraft Engine Co.'
        if org is None:  # an unknown body named after its state: 'Iran Air', 'Belarus Steel Works'
            words = ent.canonical.split()
            named = next((g.countries[" ".join(words[:n])] for n in (2, 1) if len(words) > n
                          and " ".join(words[:n]) in g.countries), None)
            return named if role == "recipient" else None
        if org.kind in ("armed", "intl") and role == "actor" or org.kind == "company" and role in ("actor", "party"):
            return org.name  # private firms act under their own name; state-owned ones are kind 'state'
        if org.kind in ("state", "armed", "company") and org.country:
            return org.country
        return None
    if ent.label == "PERSON":
        return g.person_country.get(ent.canonical)
    return None


def _walk(token: Any, skip_preps: bool = True) -> list[Any]:
    """Tokens of a phrase, not descending into location/target prepositions or relative clauses."""
    out = [token]
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_ in LINK_VERBS:
            out.extend(child.subtree)  # 'hackers linked to North Korea', 'militias backed by Iran'
            continue
        if child.dep_ == "appos" and token.lemma_.lower() in MAKERS and child.pos_ == "PROPN":
            out.extend(child.subtree)  # 'Turkish drone maker Baykar': the firm is the party
            continue
        if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos", "punct", "cc"):
            continue
        if skip_preps and child.dep_ == "prep" and child.lower_ in STOP_PREPS and not (
                token.lemma_.lower() in BODIES and child.lower_ in ("in", "inside", "within")):
            continue
        out.extend(_walk(child, skip_preps))
    return sorted(out, key=lambda t: t.i)


def parties_in(tokens: list[Any], ctx: Context, role: str) -> list[str]:
    """Party values named in a phrase; non-state groups before states for actors."""
    seen: list[Any] = []
    for tok in tokens:
        ent = ctx.by_token.get(tok.i)
        if ent is not None and ent not in seen:
            seen.append(ent)
    values: list[str] = []
    if role == "actor":
        seen.sort(key=lambda e: 0 if e.label == "ORG" and len(party(e, "actor") or "") > 2 else 1)
    for ent in seen:
        value = party(ent, role)
        if value and value not in values:
            values.append(value)
    return values


def phrase_parties(head: Any, ctx: Context, role: str) -> list[str]:
    examples = [c for c in head.children if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS]
    if examples and head.i not in ctx.by_token and head.pos_ == "NOUN":
        found = []
        for prep in examples:
            for tok in prep.subtree:
                ent = ctx.by_token.get(tok.i)
                if ent is not None and (value := party(ent, role)) and value not in found:
                    found.append(value)
        if found:
            return found
    found = parties_in(_walk(head), ctx, role)
    if found:
        return found
    if head.lower_ in ("which", "who", "that") and head.head.dep_ == "relcl":
        return phrase_parties(head.head.head, ctx, role)
    if head.pos_ == "NOUN" and head.lemma_.lower() in ANAPHORS:
        found = parties_in(_walk(head, skip_preps=False), ctx, role)  # 'the regime in Tehran'
        if found:
            return found
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)  # 'its forces'
    if (head.lower_ in ("it", "they", "he", "she") or owned) and head.head.dep_ == "ccomp":
        for verb in head.ancestors:
            if (verb.lemma_ in SPEECH or verb.lemma_ in CONTROL) and (subj := _child(verb, {"nsubj"})) is not None \
                    and subj is not head:
                found = parties_in(_walk(subj), ctx, role) or (  # 'Moscow denied that it had ...'
                    phrase_parties(subj, ctx, role) if subj.lemma_.lower() in FIRM_ANAPHORS else [])
                if found:
                    return found
    if head.lower_ in ANAPHORS or head.lemma_.lower() in ANAPHORS or head.lemma_.lower() in GROUP_ANAPHORS:
        if head.lemma_.lower() in FIRM_ANAPHORS and ctx.last_company and any(c.lower_ == "the" for c in head.children):
            return [ctx.last_company if role in ("actor", "party") else (_group_state(ctx.last_company) or "")]
        if head.lemma_.lower() in GROUP_ANAPHORS and ctx.focus_group:
            return [ctx.focus_group if role == "actor" else (_group_state(ctx.focus_group) or "")]
        if ctx.focus_state:
            return [ctx.focus_state]
    return []


def _group_state(name: str) -> str | None:
    org = gazetteer().org_by_name.get(name)
    return org.country if org else None


def _child(token: Any, deps: set[str]) -> Any | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_objects(token: Any, words: set[str]) -> list[Any]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in words:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def find_actor(trigger: Any, ctx: Context, frame: str) -> tuple[list[str], Any | None]:
    """Actor values (for 'get' frames: the receiving side) and the token they came from."""
    if found := denier(trigger, ctx):
        gov = governor(trigger)
        return found, (_child(gov, {"nsubj"}) if gov is not None else None)
    token = trigger
    for _ in range(6):
        if token.pos_ in ("NOUN", "PROPN"):
            poss = _child(token, {"poss"})
            if poss is not None and poss.pos_ != "PRON" and (found := phrase_parties(poss, ctx, "actor")):
                return found, poss
            for pobj in _prep_objects(token, {"by"}):
                if found := phrase_parties(pobj, ctx, "actor"):
                    return found, pobj
            for acl in (c for c in token.children if c.dep_ == "acl"):
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                        if found := phrase_parties(pobj, ctx, "actor"):
                            return found, pobj
            mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
            for mod in mods:
                if found := parties_in([mod, *mod.subtree], ctx, "actor"):
                    return found, mod
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in token.children)
        if passive:
            agent = _child(token, {"agent"})
            if agent is not None:
                for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                    if found := phrase_parties(pobj, ctx, "actor"):
                        return found, pobj
            subj = _child(token, {"nsubjpass"})
            if subj is not None and (token.lemma_ in ACCUSE or token is not trigger) and (
                    found := phrase_parties(subj, ctx, "actor")):
                return found, subj
        else:
            subj = _child(token, {"nsubj", "csubj"})
            if subj is not None and token.lemma_ in LINK_VERBS and not phrase_parties(subj, ctx, "actor"):
                for pobj in _prep_objects(token, {"to", "with", "by"}):  # 'Hackers linked to X stole' misparsed
                    if found := phrase_parties(pobj, ctx, "actor"):
                        return found, pobj
            if subj is not None and token.lemma_ not in SPEECH:
                return phrase_parties(subj, ctx, "actor"), subj
        head = token.head
        if head is token:
            break
        if head.lemma_ in ACCUSE and token.dep_ in ("pcomp", "pobj", "prep", "xcomp"):
            obj = _child(head, {"dobj"})
            if obj is not None:
                return phrase_parties(obj, ctx, "actor"), obj
        if token.dep_ == "ccomp" and head.lemma_ in SPEECH:
            break
        if token.dep_ in ("nsubj", "nsubjpass"):
            break
        token = head
    poss = _child(trigger, {"poss"})
    if poss is not None and (found := phrase_parties(poss, ctx, "actor")):
        return found, poss
    return ([ctx.focus_state] if ctx.focus_state and trigger.pos_ == "VERB" else []), None


def find_recipients(trigger: Any, ctx: Context, words: set[str]) -> list[str]:
    """Parties in 'to X' / 'with X' / 'from X' phrases on the trigger or its object."""
    heads = [trigger, *[c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj")]]
    if trigger.dep_ in ("dobj", "pobj") and trigger.pos_ == "NOUN" or trigger.dep_ == "amod" and \
            trigger.pos_ == "VERB":  # 'had flown weapons to X' parsed with 'flown' modifying 'weapons'
        heads.append(trigger.head)
        if trigger.dep_ == "amod" and trigger.head.dep_ == "dobj":
            heads.append(trigger.head.head)  # 'denied supplying weapons to X': 'to X' hangs on 'denied'
    for head in heads:
        for pobj in _prep_objects(head, words):
            if found := phrase_parties(pobj, ctx, "recipient"):
                return found
            if pobj.lower_ == "hands":
                for inner in _prep_objects(pobj, {"of"}):
                    if found := phrase_parties(inner, ctx, "recipient"):
                        return found
    return []


def object_parties(trigger: Any, ctx: Context) -> list[str]:
    obj = _child(trigger, {"dobj", "dative", "iobj"})
    return phrase_parties(obj, ctx, "recipient") if obj is not None else []


def purpose_recipient(trigger: Any, ctx: Context, exclude: set[str]) -> list[str]:
    """'... to aid Russia's war', '... for Moscow's war': the state served."""
    for tok in trigger.subtree:
        if tok.lemma_ in ("aid", "support", "help", "assist", "fuel", "sustain", "for", "bolster"):
            for sub in tok.subtree:
                ent = ctx.by_token.get(sub.i)
                if ent is not None and sub.dep_ == "poss" or (ent is not None and sub.head.lemma_ in (
                        "war", "effort", "efforts", "military", "army", "forces", "offensive", "invasion")
                        and sub.dep_ in ("poss", "compound", "amod")):
                    value = party(ent, "recipient")
                    if value and value not in exclude:
                        return [value]
    return []


def origin_of(tokens: list[Any], ctx: Context, states_only: bool = False) -> list[str]:
    """Demonym or possessive on an item: 'Iranian drones', 'North Korean munitions', 'Russian-made jets',
    'Iranian-supplied weapons' (not 'Iranian-designed')."""
    out = []
    for tok in tokens:
        if tok.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
            ent = ctx.by_token.get(tok.i)
            if ent is None or ent.label not in (("COUNTRY",) if states_only else ("COUNTRY", "ORG")) or \
                    tok.head.lemma_.lower() in NOT_ORIGIN:
                continue
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.text in ("-", "‐") and tok.i + 2 < len(tok.doc) and \
                    tok.doc[tok.i + 2].lemma_.lower() in NOT_ORIGIN:
                continue
            if (value := party(ent, "recipient")) and value not in out:
                out.append(value)
    return out


def bound_for(heads: list[Any], ctx: Context) -> list[str]:
    """'shells bound for Syria', 'parts destined for Iran', 'cargo headed to Yemen': the destination."""
    for head in heads:
        for acl in (c for c in head.children if c.dep_ in ("acl", "amod", "relcl")):
            if acl.lemma_.lower() in ("bind", "bound", "destine", "destined", "intend", "head", "earmark", "mean"):
                for pobj in _prep_objects(acl, {"for", "to"}):
                    if found := phrase_parties(pobj, ctx, "recipient") or parties_in(list(pobj.subtree), ctx,
                                                                                      "recipient"):
                        return found
    return []


# verbs whose subject does the act of their gerund/infinitive complement: 'X acknowledged sending',
# 'X rejects accusations of supplying', 'X pledged to send' (reporting verbs included: their subject is no source)
CONTROL = DENY_VERBS | {"deny", "rebuff", "acknowledge", "admit", "confirm", "agree", "pledge", "promise", "offer",
                        "vow", "intend", "decide", "refuse", "threaten", "commit", "undertake", "resume"}
CLAIM_NOUNS = {"accusation", "claim", "allegation", "report", "suggestion", "charge", "assertion"}


def governor(trigger: Any) -> Any | None:
    """The control or reporting verb whose subject is the actor of the subjectless act below it."""
    tok = trigger
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # 'pledged to refurbish and send'
    head = tok.head
    if tok.dep_ == "amod" and tok.pos_ == "VERB" and head.dep_ == "dobj":
        tok, head = head, head.head  # 'denied supplying weapons' parsed as an adjective on 'weapons'
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    if tok.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in CLAIM_NOUNS and \
            head.head.dep_ in ("dobj", "nsubjpass"):
        head = head.head.head  # 'rejects accusations of supplying weapons'
        return head if head.lemma_ in CONTROL else None
    if tok.dep_ in ("xcomp", "pcomp", "dobj", "ccomp") and head.lemma_ in CONTROL:
        return head
    return None


def denier(trigger: Any, ctx: Context) -> list[str]:
    """'Tehran denies sending drones', 'X has acknowledged supplying weapons', 'X rejects accusations of
    sending troops': the subject of the governing verb did (or did not do) the act."""
    head = governor(trigger)
    subj = _child(head, {"nsubj"}) if head is not None else None
    if subj is not None:
        return conj_parties(subj, ctx, "actor")
    return []


def _own(tok: Any) -> list[Any]:
    """A conjunct's own tokens, without the conjuncts hanging on it."""
    skip = {t.i for ch in tok.children if ch.dep_ in ("conj", "cc") for t in ch.subtree}
    return [t for t in _walk(tok) if t.i not in skip]


def conj_parties(head: Any, ctx: Context, role: str) -> list[str]:
    """Parties of a phrase, one per conjunct for coordinated phrases ('Germany, Denmark and the Netherlands',
    'the United States as well as Canada')."""
    if not head.conjuncts:
        return phrase_parties(head, ctx, role)
    out: list[str] = []
    for conj in sorted((head, *head.conjuncts), key=lambda t: t.i):
        found = parties_in(_own(conj), ctx, role)[:1] or (phrase_parties(conj, ctx, role)[:1]
                                                           if conj.lower_ in ANAPHORS else [])
        out += [v for v in found if v not in out]
    return out
