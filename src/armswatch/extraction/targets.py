"""Who a sanctions measure targets, and who imposes it.

The state targeted is named outright ("sanctions on Iran"), or is the state of the bodies targeted ("firms
based in Turkey, the UAE and Kazakhstan": one target each; "six tankers that delivered fuel to North Korea":
the state they served), or of the bodies a clause on the measure lists ("a package of sanctions against Russia,
listing firms in China and Belarus"). `act_verb` finds the verb whose subject imposes a measure named by a noun
("adopted a package of sanctions", "responded with sanctions").
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.seats import seat_of

PEOPLE_OR_BODIES = roles.BODIES | {"man", "woman", "executive", "officer", "hacker", "member", "defendant"}
SHIPS = roles.SHIPS
MAX_TARGETS = 6
TRADE = {"export", "sale", "shipment", "supply", "transfer", "import", "delivery"}
RESPONSES = {"respond", "retaliate", "react", "answer", "hit", "strike", "follow"}


def answered_with(tok: Any) -> bool:
    """'X responded with sanctions on Y', 'hit back with sanctions': the measures are X's act."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ in RESPONSES


PACKAGES = {"package", "round", "set", "raft", "batch", "wave", "tranche", "slate"}


def package_of(tok: Any) -> Any | None:
    """'its 19th package of sanctions': the noun the measures come in, when there is one."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in PACKAGES:
        return tok.head.head
    return None

LIST_NOUNS = {"list", "blacklist", "watchlist"}


FROZEN_KINDS = {"asset", "export", "import", "travel", "trade", "arms", "visa"}
IMPOSING = {"announce", "impose", "approve", "adopt", "introduce", "unveil", "slap", "order", "agree", "extend",
            "expand", "issue", "tighten", "place"}


def misread_noun(tok: Any) -> bool:
    """'approved asset freezes on X': the parser often reads a measure noun after its kind ('asset', 'export') as
    a verb with that kind as its subject, inside the clause of the verb that really imposes it."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in ("ccomp", "xcomp", "conj", "advcl") and \
        tok.head.lemma_ in IMPOSING and any(c.dep_ == "nsubj" and c.i == tok.i - 1 and c.lemma_.lower() in FROZEN_KINDS
                                        for c in tok.children)


def act_verb(tok: Any) -> Any:
    """The verb whose subject imposes the measure named by ``tok`` (``tok`` itself for a verb)."""
    if misread_noun(tok):
        return tok.head
    noun = package_of(tok) or tok
    if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    return tok.head.head if tok.pos_ == "NOUN" and answered_with(tok) else tok


# measure nouns the parser reads as a verb of their own ('imposed asset freezes on X')
MISREAD_MEASURES = {"freeze", "ban", "sanction", "restriction", "penalty", "embargo"}


def _target_heads(tok: Any, preps: frozenset[str]) -> list[Any]:
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # 'imposed penalties on Iranian firms': after a verb, the measure's own 'on' names the target too
    # 'imposed asset freezes on X' with 'freezes' misparsed as a verb of its own: its 'on' names the target
    misread = [c for c in tok.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in MISREAD_MEASURES]
    holders = (tok, tok.head, *objects, *misread) if tok.pos_ == "VERB" else (tok, tok.head)
    # ('sanctions on X, and on three Y officials': the second 'on' is a conjunct of the first)
    heads = [c for p in holders for first in p.children if first.dep_ == "prep" and first.lower_ in ON | preps
             for prep in (first, *first.conjuncts) for c in prep.children if c.dep_ == "pobj"
             and c.lemma_.lower() not in LIST_NOUNS]  # 'put X on their sanctions lists': the list is no target
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in OF_TARGET:  # 'designations of China-based suppliers'
        heads += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                  if c.dep_ == "pobj" and c.ent_type_ != "DATE"]
    heads += objects
    heads += [c for h in heads if h.lemma_.lower() in HOLDINGS for p in h.children if p.dep_ == "prep"
              and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]  # 'froze the assets of firms in X'
    heads += [c for t in tok.subtree if t.lower_ == "with" and t.head.lower_ in ("along", "together")
              for c in t.children if c.dep_ == "pobj"]  # 'designated X, along with several Y entities'
    heads += [a for h in heads for a in h.children if a.dep_ == "appos"]  # 'the carrier Iran Air'
    return [h for head in heads for h in (head, *head.conjuncts)]


ON = frozenset({"on", "against"})
HOLDINGS = {"asset", "property", "fund", "account", "holding"}
OF_TARGET = {"designation", "indictment", "listing", "blacklisting", "prosecution"}  # whose 'of' is the target
RUN_GLUE = {",", "and", "or", "&"}


def _of_chain(head: Any) -> list[Any]:
    """The head and the nouns reached from it through 'of' and coordination only ('dozens of X and Y firms'),
    never into a clause on it ('a company that moved money through Chinese bank accounts')."""
    out, todo = [], [head]
    while todo:
        tok = todo.pop()
        out.append(tok)
        for c in tok.children:
            if c.dep_ == "conj" or c.dep_ == "pobj" and tok.lower_ == "of" or c.dep_ == "prep" and c.lower_ == "of":
                todo.append(c)
    return out


def demonym_run(head: Any, ctx: roles.Context) -> list[str]:
    """'dozens of Kyrgyz, Kazakh and Turkish firms', 'the Armenian and Emirati shell firms': the states of a
    coordinated run of demonyms before a body noun inside the phrase, read on the surface (the parser often
    breaks such runs apart). Only a run of two or more states counts; one is read by the ordinary rules."""
    out: list[str] = []
    bodies = [t for t in _of_chain(head) if t.lemma_.lower() in PEOPLE_OR_BODIES and t.pos_ == "NOUN"]
    if not bodies:  # 'dozens of Kyrgyz, Kazakh and Turkish firms' parsed apart: the next body noun on the right
        right = head.doc[head.i + 1:min(head.i + 9, head.sent.end)]
        end = next((t.i for t in right if t.pos_ in ("VERB", "AUX") or t.dep_ == "prep" and t.lower_ != "of"),
                   right.end)
        bodies = [t for t in head.doc[head.i + 1:end] if t.lemma_.lower() in PEOPLE_OR_BODIES
                  and t.pos_ == "NOUN"][:1]
    for body in bodies:
        found: list[str] = []
        i = body.i - 1
        while i >= head.sent.start:
            tok = body.doc[i]
            ent = ctx.by_token.get(i)
            if ent is not None and ent.label == "COUNTRY":
                if ent.canonical not in found:
                    found.append(ent.canonical)
            elif not (tok.lower_ in RUN_GLUE or tok.pos_ in ("ADJ", "NOUN") and not found or tok.text == "-"):
                break  # 'shell' may sit between the run and the noun; nothing else may
            i -= 1
        if len(found) >= 2:
            out += [v for v in reversed(found) if v not in out]
    return out


def _based_in(head: Any, ctx: roles.Context) -> list[str]:
    """'RSF-owned companies based in the UAE': where the targeted bodies are is the state targeted."""
    if head.lemma_.lower() not in PEOPLE_OR_BODIES:
        return []
    places = [p for c in head.children if c.dep_ == "acl" and c.lemma_ in ("base", "locate", "register",
                                                                          "headquarter", "incorporate")
              for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")]
    places += [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "inside", "from")]
    for prep in places:
        found = roles.parties_in(list(prep.subtree), ctx, "recipient")
        if found:
            return found + [v for v in roles.run_after(prep, ctx, "recipient") if v not in found]
    return []


def targets_of(tok: Any, ctx: roles.Context, actor: str, preps: frozenset[str] = frozenset()) -> list[str]:
    """The states targeted; ``preps`` adds prepositions naming targets ('the freezes apply to X')."""
    out: list[str] = []
    for prep in (c for p in (tok, tok.head) for c in p.children if c.dep_ == "prep" and c.lower_ == "with"):
        for body in (c for c in prep.children if c.dep_ == "pobj"):  # '..., with entities in China and Turkey'
            out += [v for v in _based_in(body, ctx) if len(v) == 2 and v != actor and v not in out]
    if out:
        return out[:MAX_TARGETS]
    for head in _target_heads(tok, preps):
        ent = ctx.by_token.get(head.i)
        based = _based_in(head, ctx) if ent is None else []
        values = [roles.party(ent, "recipient")] if ent is not None else based or \
            roles.phrase_parties(head, ctx, "recipient")
        if ent is not None and not any(v and len(v) == 2 for v in values):  # 'Dubai-based X Trading LLC'
            values = [v for v in roles.phrase_parties(head, ctx, "recipient") if v and len(v) == 2] or values
        if ent is not None and not any(v and len(v) == 2 for v in values) and (seat := seat_of(ent, head, ctx)):
            values = [seat]  # 'designated Sahand Global', its Sharjah seat given elsewhere in the article
        if not values and head.lemma_.lower() in TRADE:  # 'banned exports of chips to Iran'
            values = roles.find_recipients(head, ctx, {"to"})
        if not values:  # 'sanctions on its commander': the party named before the possessive pronoun
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            values = roles.named_before(poss, ctx, "recipient") if poss is not None else []
        values = [roles._group_state(v) or v if v and len(v) > 2 else v for v in values]  # Houthis → YE
        if not any(v and len(v) == 2 for v in values):
            values = _served(head, ctx)
        if run := demonym_run(head, ctx):
            values, based = run, run
        for value in values if based else values[:1]:  # 'firms in Turkey, the UAE and Kazakhstan': each state
            if value and len(value) == 2 and value != actor and value not in out:
                out.append(value)
    out += [v for v in _listed_by_clause(tok, ctx) if v != actor and v not in out]
    out += [v for v in _examples_listed(tok, ctx) if v != actor and v not in out]
    return out[:MAX_TARGETS]


def _examples_listed(tok: Any, ctx: roles.Context) -> list[str]:
    """'added eight entities to its list, including two Chinese firms and three in Kyrgyzstan' (or 'among them
    X, Y and Z'): the states of the examples, wherever the parser hung the preposition (often on the verb)."""
    verb = act_verb(tok)
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in PEOPLE_OR_BODIES for c in verb.children):
        return []
    out: list[str] = []
    for prep in (t for t in verb.subtree if t.lower_ in ("including", "among") and t.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ != "PRON"):  # 'among them X, Y
            for body in (pobj, *pobj.conjuncts):
                found = _based_in(body, ctx) or demonym_run(body, ctx) or roles.origin_of(
                    [t for t in body.subtree if t.i <= body.i], ctx, states_only=True) or [
                    v for o in roles._prep_objects(body, {"in"}) for v in roles.phrase_parties(o, ctx, "recipient")]
                out += [v for v in found if len(v) == 2 and v not in out]
    return out


LISTING = {"list", "target", "name", "include", "add", "hit", "cover", "blacklist", "designate"}


def _listed_by_clause(tok: Any, ctx: roles.Context) -> list[str]:
    """'a package of sanctions against Russia, listing firms in China and Belarus': the states of the bodies a
    clause on the measure says it lists are targets too."""
    verb = act_verb(tok)
    out: list[str] = []
    hosts = (tok, verb) if (package := package_of(tok)) is None else (tok, verb, package)
    for clause in (c for h in hosts for c in h.children if c.dep_ in ("acl", "advcl", "relcl")
                   and c.lemma_ in LISTING):
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            out += [v for body in (obj, *obj.conjuncts) for v in _based_in(body, ctx) if len(v) == 2 and v not in out]
            if obj.lemma_.lower() in PEOPLE_OR_BODIES:  # 'names companies in China', 'in' hung on the verb
                places = [t for p in clause.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
                          for t in p.subtree]
                found = roles.parties_in(places, ctx, "recipient") + roles.origin_of(  # 'names Chinese firms'
                    [t for t in obj.subtree if t.i < obj.i], ctx, states_only=True)
                out += [v for v in found if len(v) == 2 and v not in out]
    return out


SERVE_VERBS = {"help", "assist", "supply", "arm", "support", "aid", "equip", "fund", "finance", "serve", "work",
               "procure", "provide", "ship", "sell", "deliver", "enable", "facilitate", "channel", "funnel", "raise",
               "earn", "generate", "import", "distribute", "launder", "transfer", "involve", "link", "tie"}


def _served(head: Any, ctx: roles.Context) -> list[str]:
    """'sanctions on three companies accused of helping Myanmar's military', 'six tankers that delivered fuel to
    X': targets named only by what they do get the state they serve, when the clause describing them names one."""
    if head.lemma_.lower() not in PEOPLE_OR_BODIES | SHIPS:
        return []
    for clause in (c for c in head.children if c.dep_ in ("acl", "relcl")):
        verbs = [t for t in clause.subtree if t.pos_ == "VERB" and t.lemma_ in SERVE_VERBS]
        for verb in verbs:
            found = [v for v in roles.parties_in(list(verb.subtree), ctx, "recipient") if len(v) == 2]
            if found:
                return found[:1]
    return []
