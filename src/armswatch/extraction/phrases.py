"""Phrase-level party lookup: anaphors, examples, coordinated conjuncts, and control/reporting governors."""

from __future__ import annotations

from typing import Any

from armswatch.extraction.gazetteer import gazetteer
from armswatch.extraction.parties import (
    ANAPHORS,
    EXAMPLE_PREPS,
    FIRM_ANAPHORS,
    GROUP_ANAPHORS,
    SEAGOING,
    Context,
    _child,
    _group_state,
    _prep_objects,
    _walk,
    parties_in,
    party,
)
from armswatch.extraction.triggers import SPEECH

DENY_VERBS = {"deny", "reject", "dismiss", "refute"}
# verbs whose subject does the act of their gerund/infinitive complement: 'X acknowledged sending',
# 'X rejects accusations of supplying', 'X pledged to send' (reporting verbs included: their subject is no source)
CONTROL = DENY_VERBS | {"deny", "rebuff", "acknowledge", "admit", "confirm", "agree", "pledge", "promise", "offer",
                        "vow", "intend", "decide", "refuse", "threaten", "commit", "undertake", "resume"}
CLAIM_NOUNS = {"accusation", "claim", "allegation", "report", "suggestion", "charge", "assertion"}


OWN_ACTS = {"vote", "veto", "decision", "move", "objection", "government", "military", "army", "navy", "force",
            "ministry", "authority", "leadership", "regime", "delegation"}
ENVOYS = {"mission", "embassy", "delegation", "envoy", "ambassador", "representative", "consulate"}


RULERS = {"regime", "military"}  # "the regime", "the military": the state the article is about, not the last actor


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
    if head.lemma_.lower() in ENVOYS and (owner := _child(head, {"poss"})) is not None:
        found = [v for v in parties_in(list(owner.subtree), ctx, role) if len(v) == 2]
        if found:  # "Iran's mission to the United Nations": the state it represents, not the body it sits at
            return found[:1]
    named = ctx.by_token.get(head.head.i) if head.dep_ == "appos" and head.pos_ == "NOUN" else None
    if named is not None and named.label == "ORG" and (value := party(named, role)):
        return [value]  # 'Zapad-Impex LLC, a Grodno-based trading company that re-exported ...': the firm named
    found = parties_in(_walk(head), ctx, role)
    if found:
        return found
    if head.lower_ in ("which", "who", "that") and (antecedent := _antecedent(head)) is not None:
        return phrase_parties(antecedent, ctx, role)
    if head.pos_ in ("NOUN", "PROPN") and (found := _seated_in(head, ctx, role)):
        return found
    if head.pos_ == "NOUN" and head.lemma_.lower() in ANAPHORS:
        found = parties_in(_walk(head, skip_preps=False), ctx, role)  # 'the regime in Tehran'
        if found:
            return found
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)  # 'its forces'
    clause = head.head
    told = clause
    while told.dep_ == "conj" and told.head.i != told.i:  # '... said X and that it does not supply ...'
        told = told.head
    if (head.lower_ in ("it", "they", "he", "she") or owned) and (told.dep_ == "ccomp" or clause.dep_ == "acl" and
                                                                  clause.head.lemma_.lower() in CLAIM_NOUNS):
        # 'Moscow denied that it had ...', 'Tehran rejected accusations that it arms ...'
        first = _child(told, {"nsubj", "nsubjpass"}) if told.i != clause.i else None
        if first is not None and first.i in ctx.by_token and (found := parties_in(_walk(first), ctx, role)):
            return found  # '... said North Korea has sent X, and that it dispatched Y': the first clause's subject
        for verb in head.ancestors:
            if (verb.lemma_ in SPEECH or verb.lemma_ in CONTROL) and (subj := _child(verb, {"nsubj"})) is not None \
                    and subj is not head:
                found = parties_in(_walk(subj), ctx, role) or (  # 'Moscow denied that it had ...'
                    phrase_parties(subj, ctx, role) if subj.lemma_.lower() in FIRM_ANAPHORS else [])
                if found:
                    return found
    if head.lower_ in ("it", "they") and head.dep_ == "nsubj" and clause.dep_ == "relcl" and \
            clause.lemma_ not in SPEECH:  # 'Tehran deepened ties with Moscow, to which it shipped drones'
        for verb in (a for a in head.ancestors if a is not clause):
            subj = _child(verb, {"nsubj"})
            if subj is not None and (found := parties_in(_walk(subj), ctx, role)):
                return found
    if owned and head.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in OWN_ACTS and \
            (found := named_before(head, ctx, role)):
        return found  # 'Because Russia is a member, its vote blocked ...': the owner acts (not 'their partners')
    if head.lower_ in ("he", "she") and (home := _person_state(head, ctx)):
        return [home]  # 'Kim visited the factories, where he ordered ...': the official acts for his state
    if head.lemma_.lower() in ("country", "nation") and any(c.dep_ == "det" and c.lower_ == "the"
                                                             for c in head.children) and \
            (before := named_before(head, ctx, role, labels=("COUNTRY",))):
        return before  # 'Iran's ministry denied that the country had sent ...': the state named just before
    if ctx.last_ship and (ship := _ship_named(head)) is not None and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in ship.children):
        return [ctx.last_ship]  # 'the ship switched off its transponder', 'several of those vessels'
    if head.lower_ in ANAPHORS or head.lemma_.lower() in ANAPHORS or head.lemma_.lower() in GROUP_ANAPHORS:
        if head.lemma_.lower() in FIRM_ANAPHORS and ctx.last_company and any(c.lower_ == "the" for c in head.children):
            return [ctx.last_company if role in ("actor", "party") else (_group_state(ctx.last_company) or "")]
        if head.lemma_.lower() in FIRM_ANAPHORS and head.tag_ == "NNS" and ctx.last_target and any(
                c.lower_ == "the" for c in head.children):
            return [ctx.last_target]  # 'the EU listed three Belarusian makers ... the firms had delivered': theirs
        if head.lemma_.lower() in FIRM_ANAPHORS and not any(c.dep_ == "det" and c.lower_ in DEFINITE
                                                              for c in head.children):
            return []  # 'sanctions on shipping companies': an indefinite noun refers back to no one
        if head.lemma_.lower() in GROUP_ANAPHORS and ctx.focus_group:
            return [ctx.focus_group if role == "actor" else (_group_state(ctx.focus_group) or "")]
        if head.lemma_.lower() in RULERS and ctx.main_state:
            return [ctx.main_state]  # 'the military imported ...': the article's own state, not the last actor
        if ctx.focus_state:
            return [ctx.focus_state]
    return []


DEFINITE = {"the", "this", "that", "these", "those"}
SEAT_VERBS = {"register", "base", "headquarter", "incorporate", "locate"}


def _ship_named(head: Any) -> Any | None:
    """The vessel noun a phrase is about: 'the ship', or 'several of those vessels'."""
    if head.lemma_.lower() in SEAGOING:
        return head
    return next((o for o in _prep_objects(head, {"of"}) if o.lemma_.lower() in SEAGOING), None)


def _antecedent(pronoun: Any) -> Any | None:
    """The noun a relative pronoun stands for, also across a reporting verb: 'firms, which the EU says shipped';
    after a preposition, the word just before it ('Moscow, to which it sent shells': the parser often hangs the
    clause on an earlier noun)."""
    tok = pronoun.head
    if tok.dep_ == "prep" and pronoun.dep_ == "pobj":
        before = pronoun.doc[tok.i - 1] if tok.i > pronoun.sent.start else None
        if before is not None and before.is_punct and before.i > pronoun.sent.start:
            before = pronoun.doc[before.i - 1]
        if before is not None and before.pos_ in ("NOUN", "PROPN"):
            return before
        tok = tok.head
    for _ in range(3):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ not in ("ccomp", "xcomp"):
            return None
        tok = tok.head
    return None


def _seated_in(head: Any, ctx: Context, role: str) -> list[str]:
    """'firms registered in China', 'a company based in Tehran': the state the company sits in."""
    for acl in (c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_ in SEAT_VERBS):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "in"):
            if found := parties_in(list(prep.subtree), ctx, role):
                return found[:1]
    return []


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


def named_before(tok: Any, ctx: Context, role: str, labels: tuple[str, ...] = ("COUNTRY", "ORG")) -> list[str]:
    """The state or organization (of ``labels``) named last before ``tok`` in its sentence, for a possessive
    pronoun's owner ('Russia ..., its vote', 'sanctions on ... its commander') or 'the country'."""
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        ent = ctx.by_token.get(t.i)
        if ent is not None and ent.label in labels and (value := party(ent, role)):
            return [value]
    return []


def coordinated_states(tok: Any, ctx: Context, role: str) -> list[str]:
    """The states of the mentions coordinated with ``tok`` ('China, Russia and Laos')."""
    out = []
    for conj in tok.conjuncts:
        ent = ctx.by_token.get(conj.i)
        value = party(ent, role) if ent is not None and ent.label == "COUNTRY" else None
        if value:
            out.append(value)
    return out


def run_after(tok: Any, ctx: Context, role: str) -> list[str]:
    """The states listed right after ``tok``'s phrase that the parser left out of it ('based in China, the United
    Arab Emirates and Iran' with the last two hung elsewhere): commas, 'the' and state names up to 'and X'."""
    doc, out, closed = tok.doc, [], False
    i = tok.right_edge.i + 1
    while i < tok.sent.end and not closed:
        t, ent = doc[i], ctx.by_token.get(i)
        if ent is not None and ent.label == "COUNTRY" and (value := party(ent, role)):
            out.append(value)
            closed = doc[i - 1].lower_ in ("and", "or") or doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in (
                "and", "or")
            while i < tok.sent.end and ctx.by_token.get(i) is ent:
                i += 1
        elif t.text == "," or t.lower_ in ("the", "and", "or"):
            i += 1
        else:
            break
    return out if closed else []


def with_coordinated(values: list[str], sent: Any, ctx: Context, role: str) -> list[str]:
    """The values plus the states coordinated with a mention of them in the sentence ('Washington, London and
    Paris responded with sanctions': the rule found one of them, the list names all)."""
    out = list(values)
    for tok in sent:
        ent = ctx.by_token.get(tok.i)
        if ent is None or ent.label != "COUNTRY" or party(ent, role) not in values:
            continue
        out += [v for v in dict.fromkeys(coordinated_states(tok, ctx, role)) if v not in out]
    return out


def denier(trigger: Any, ctx: Context) -> list[str]:
    """'Tehran denies sending drones', 'X has acknowledged supplying weapons', 'X rejects accusations of
    sending troops': the subject of the governing verb did (or did not do) the act."""
    head = governor(trigger)
    subj = _child(head, {"nsubj"}) if head is not None else None
    if subj is not None:
        return conj_parties(subj, ctx, "actor")
    return []


def _person_state(pronoun: Any, ctx: Context) -> str | None:
    """The state of the person 'he' or 'she' refers to: the last person named before it in its sentence, else
    the last one named in the article (when the gazetteer knows their state)."""
    before = (ctx.by_token.get(t.i) for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]))
    name = next((e.canonical for e in before if e is not None and e.label == "PERSON"), ctx.last_person)
    return gazetteer().person_country.get(name) if name else None
