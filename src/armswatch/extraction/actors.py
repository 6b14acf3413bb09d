"""Actor, recipient and origin of a trigger: who does what to whom."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction.parties import (
    LINK_VERBS,
    NOT_ORIGIN,
    SEAGOING,
    Context,
    _child,
    _group_state,
    _prep_objects,
    parties_in,
    party,
)
from armswatch.extraction.phrases import denier, governor, phrase_parties
from armswatch.extraction.triggers import ACCUSE, PENALISE, SPEECH


def _penalised(token: Any) -> Any | None:
    """The object of a penalty verb whose 'for' clause holds the trigger ('designated X for selling ...', also
    with 'for' hung on the object: 'designated dozens of firms for selling ...')."""
    if token.dep_ != "prep" or token.lower_ != "for":
        return None
    head = token.head
    if head.lemma_ in PENALISE and head.pos_ == "VERB":
        return _child(head, {"dobj"})
    if head.dep_ == "dobj" and head.head.lemma_ in PENALISE and head.head.pos_ == "VERB":
        return head
    return None


ROLE_NOUNS = {"role", "involvement", "part", "participation", "support"}


def _penalised_for_role(role: Any, ctx: Context) -> tuple[list[str], Any] | None:
    """'its role in X' in a clause on a measure: 'its' is what the measure names ('the EU added Iran Air to its
    list, citing its role in flying missiles to Russia'; 'sanctioned two firms for their role in ...')."""
    for verb in (a for a in role.ancestors if a.pos_ == "VERB"):
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != role.i
                    and role not in c.subtree), None)
        if obj is not None and (found := phrase_parties(obj, ctx, "actor")):
            return [_group_state(v) or v if len(v) > 2 else v for v in found], obj  # Iran Air → IR
    return None


def find_actor(trigger: Any, ctx: Context, frame: str) -> tuple[list[str], Any | None]:
    """Actor values (for 'get' frames: the receiving side) and the token they came from."""
    if found := denier(trigger, ctx):
        gov = governor(trigger)
        return found, (_child(gov, {"nsubj"}) if gov is not None else None)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_ in REACT_VERBS:
        return _reacted_to(trigger, ctx), None  # 'Seoul detected the launch': Seoul observes, it does not launch
    token = trigger
    modified = None  # the noun a participle clause on the way up describes: the last place to look
    for _ in range(6):
        if token.pos_ in ("NOUN", "PROPN"):
            poss = _child(token, {"poss"})
            if poss is not None and poss.pos_ != "PRON" and (found := phrase_parties(poss, ctx, "actor")):
                return found, poss
            if poss is not None and poss.lower_ in ("its", "their") and token.lemma_.lower() in ROLE_NOUNS and (
                    found := _penalised_for_role(token, ctx)):  # 'added Iran Air, citing its role in flying X'
                return found
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
        if modified is not None and not (token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")):
            return [], modified  # ('X individuals and four entities involved in': the list shares the clause)
        deps = {c.dep_ for c in token.children}  # 'which Russia has fired by the thousands': 'by' is no agent
        passive = bool(deps & {"nsubjpass", "auxpass"}) or "agent" in deps and not deps & {"nsubj", "csubj"}
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
            subj = _child(token, {"nsubj", "csubj"}) or next(  # ('plants are making': the subject hung on 'are')
                (s for a in token.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"), None)
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
            if obj is not None and obj.lower_ in ("them", "it") and head.dep_ in ("advcl", "xcomp", "conj"):
                obj = _child(head.head, {"dobj"}) or obj  # 'added X and Y to its list, accusing them of ...'
            if obj is not None:
                return phrase_parties(obj, ctx, "actor"), obj
        if (obj := _penalised(token)) is not None and (found := phrase_parties(obj, ctx, "actor")):
            return found, obj  # 'sanctioned two Turkish firms for supplying engines': the firms supply
        if token.dep_ == "ccomp" and head.lemma_ in SPEECH and head.dep_ == "relcl" and \
                _child(token, {"nsubj", "nsubjpass"}) is None and (found := phrase_parties(head.head, ctx, "actor")):
            return found, head.head  # 'two Chinese firms it said had supplied X': the firms the clause is on
        if token.dep_ == "ccomp" and head.lemma_ in SPEECH:
            break
        if token.dep_ in ("nsubj", "nsubjpass"):
            break
        if token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and head.pos_ in ("NOUN", "PROPN") and \
                token is not trigger:  # 'entities involved in shipping X': the entities ship, not who names them
            modified = head
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
    # 'shipped shells, missiles and rifles to X': the parser hangs 'to X' on the last coordinated object
    heads += [c for h in heads[1:] if h.dep_ in ("dobj", "nsubjpass") for c in h.conjuncts]
    for head in heads:
        for pobj in _prep_objects(head, words):
            if found := phrase_parties(pobj, ctx, "recipient"):
                return found
            if pobj.lower_ == "hands":
                for inner in _prep_objects(pobj, {"of"}):
                    if found := phrase_parties(inner, ctx, "recipient"):
                        return found
    if "to" in words:  # 'transferred hundreds of drones to X': 'to X' hangs on a noun inside the object
        for noun in _object_nouns(trigger):
            for pobj in _prep_objects(noun, {"to"}):
                if found := phrase_parties(pobj, ctx, "recipient"):
                    return found
    return []


SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _object_nouns(trigger: Any) -> list[Any]:
    """Phrases reached from the trigger's object through 'of' phrases and coordination only, never into a clause
    with its own subject: the quantity or batch noun's goods ('hundreds of X', 'a shipment of X and Y'). Weapon
    names mislead the tagger, so a token's part of speech is not trusted here."""
    out: list[Any] = []
    todo = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "conj")]
    while todo and len(out) < 12:
        tok = todo.pop()
        if tok in out or tok.pos_ == "AUX" or any(c.dep_ in SUBJECTS for c in tok.children):
            continue
        out.append(tok)
        for c in tok.children:
            if c.dep_ in ("conj", "pobj"):
                todo.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                todo += [p for p in c.children if p.dep_ == "pobj"]
    return out


def object_parties(trigger: Any, ctx: Context) -> list[str]:
    obj = _child(trigger, {"dobj", "dative", "iobj"})
    return phrase_parties(obj, ctx, "recipient") if obj is not None else []


PROTECT = {"protect", "defend", "shield", "guard", "secure"}


ENABLE = {"help", "aid", "assist", "enable", "allow"}


def purpose_recipient(trigger: Any, ctx: Context, exclude: set[str]) -> list[str]:
    """'... to aid Russia's war', '... for Moscow's war': the state served; '... to protect Pyongyang': the
    state whose ground the goods defend."""
    for guard in (c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ in PROTECT):
        for obj in (c for c in guard.children if c.dep_ == "dobj"):
            found = [v for v in phrase_parties(obj, ctx, "recipient") if len(v) == 2 and v not in exclude]
            if found:
                return found[:1]
    for aid in (c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ENABLE):
        # '... supplied machine tools to help Pyongyang speed up its lines': the state helped
        helped = [c for c in aid.children if c.dep_ in ("dobj", "dative")]
        helped += [s for c in aid.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
        found = [v for h in helped for v in phrase_parties(h, ctx, "recipient") if len(v) == 2 and v not in exclude]
        if found:
            return found[:1]
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


REACT_VERBS = {"detect", "condemn", "denounce", "criticise", "criticize", "track", "slam",
               "protest", "welcome", "deplore", "decry", "analyse", "analyze", "spot", "praise", "hail",
               "applaud", "commend"}  # not watch/observe: leaders do


def _reacted_to(noun: Any, ctx: Context) -> list[str]:
    """Who launched or shipped what another party detected or condemned: the noun's possessor, else the state
    in focus, never the observer."""
    observer = _child(noun.head, {"nsubj"})
    observers = set(phrase_parties(observer, ctx, "actor")) if observer is not None else set()
    poss = _child(noun, {"poss"})
    found = phrase_parties(poss, ctx, "actor") if poss is not None else []
    found = found or ([ctx.focus_state] if ctx.focus_state else [])
    return [a for a in found if a not in observers]


SHIP_WORDS = re.compile(rf"(?i)\b(?:{'|'.join(sorted(SEAGOING))})s?\b")


def note_ships(sent: Any, ctx: Context) -> None:
    """Remember the state of the last vessel named with one ('the Russian-flagged cargo ship', 'North Korean
    tankers'), for a later 'the ship'."""
    if not SHIP_WORDS.search(ctx.text, sent.start_char, sent.end_char):
        return  # most sentences name no vessel: one pass of a pattern over the text instead of a token loop
    for tok in sent:
        if tok.lemma_.lower() not in SEAGOING or tok.tag_ not in ("NN", "NNS"):
            continue
        i = tok.i - 1  # read on the surface: the parser often breaks 'a Russian-flagged cargo ship' apart
        while i >= max(sent.start, tok.i - 6) and (tok.doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or
                                                   tok.doc[i].text == "-" or tok.doc[i].tag_ == "VBN"):
            ent = ctx.by_token.get(i)
            if ent is not None and ent.label == "COUNTRY" and (value := party(ent, "recipient")):
                ctx.last_ship = value
                break
            i -= 1
