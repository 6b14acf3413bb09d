"""Features of a sentence and of the parties in it, for the learned fallback (pure functions of the parse).

Two kinds of example:

* a **sentence** gets lexical features (content lemmas, lemma pairs along dependency arcs, the root verb,
  the kinds of entity it names) and is scored for each claim type;
* a **candidate party** (a state or body named in the sentence, or one the article's context holds: focus
  state, last seller and buyer, target, enforcer, ...) gets features of where it sits in the parse (its
  dependency, the preposition over it, the word it attaches to, its side of the main verb) and is scored as
  actor and as recipient of a type.

Features are plain strings; weights live in a JSON data file (see `fallback` and `training`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from armswatch.extraction import roles

CONTENT = frozenset(("NOUN", "VERB", "ADJ", "ADV", "ADP", "AUX", "PART"))
ENTITY_TAG = {"COUNTRY": "E:STATE", "ORG": "E:ORG", "PERSON": "E:PERSON", "WEAPON": "E:WEAPON"}


@dataclass
class Candidate:
    """A party value and the features of its best-placed mention in one sentence."""

    value: str
    features: list[str]
    head: int | None = None  # the mention's head token in the document, for a named party


def sentence_features(sent: Any, by_token: dict[int, Any]) -> list[str]:
    """Bag of cues for the claim type(s) a sentence reports."""
    out: set[str] = {"BIAS"}
    labels: set[str] = set()
    for tok in sent:
        ent = by_token.get(tok.i)
        if ent is not None:
            labels.add(ent.label)
            out.add(ENTITY_TAG.get(ent.label, "E:OTHER"))
            continue
        if tok.pos_ not in CONTENT or tok.is_punct:
            continue
        lemma = tok.lemma_.lower()
        out.add(f"L:{lemma}")
        if tok.dep_ == "ROOT":
            out.add(f"R:{lemma}")
        head = tok.head
        if head.i != tok.i and head.pos_ in ("VERB", "NOUN"):
            head_word = "ENT" if head.i in by_token else head.lemma_.lower()
            out.add(f"P:{head_word}>{lemma}")
    out.add(f"N:{len(labels)}")
    return sorted(out)


def _mention_head(tok: Any, by_token: dict[int, Any]) -> Any:
    ent = by_token[tok.i]
    while tok.head.i != tok.i and by_token.get(tok.head.i) is ent:
        tok = tok.head
    return tok


def _place(head: Any, root: Any) -> list[str]:
    """Where a mention sits: its dependency, the preposition over it, what it hangs on, its side of the root."""
    feats = [f"D:{head.dep_}", "S:before" if head.i < root.i else "S:after"]
    gov = head.head
    if head.dep_ == "pobj":
        feats.append(f"PREP:{gov.lower_}")
        feats.append(f"PREP:{gov.lower_}>{gov.head.lemma_.lower()}")
    elif head.dep_ in ("poss", "compound", "amod", "nmod"):
        feats.append(f"MOD:{head.dep_}>{gov.lemma_.lower()}")
        if gov.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            feats.append(f"MODOF:{gov.dep_}")
    else:
        feats.append(f"H:{head.dep_}>{gov.lemma_.lower()}")
    if any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i == root.i for a in (head, *head.ancestors)):
        feats.append("SUBJ:" + ("pass" if any(a.dep_ == "nsubjpass" for a in (head, *head.ancestors)) else "act"))
    return feats


def context_slots(ctx: Any) -> dict[str, str]:
    """What the article has said so far that can stand for an unnamed party: slot name → value."""
    deal = ctx.deal or (None, None, None)
    slots = {"focus": ctx.focus_state, "seller": deal[0], "buyer": deal[1], "recipient": ctx.last_recipient,
             "target": ctx.last_target, "enforcer": ctx.last_enforcer, "user": ctx.last_user,
             "evader": ctx.last_evader, "home": ctx.home}
    return {k: v for k, v in slots.items() if v}


def candidates(sent: Any, by_token: dict[int, Any], role: str, slots: dict[str, str]) -> list[Candidate]:
    """One candidate per distinct party value named in the sentence, plus those the context holds."""
    root = sent.root
    found: dict[str, Candidate] = {}
    for tok in sent:
        ent = by_token.get(tok.i)
        if ent is None or ent.label not in ("COUNTRY", "ORG", "PERSON"):
            continue
        head = _mention_head(tok, by_token)
        value = roles.party(ent, role)
        if head.i != tok.i or value is None or value in found:
            continue
        kind = "STATE" if len(value) == 2 else "BODY"
        feats = ["BIAS", f"K:{kind}", f"K:{ent.label}", f"O:{min(len(found), 2)}"] + _place(head, root)
        if ent.label == "COUNTRY" and tok.pos_ == "ADJ":
            feats.append("DEMONYM")
        found[value] = Candidate(value, feats, head.i)
    if found:
        list(found.values())[-1].features.append("O:last")
    named = len(found)
    for slot, value in slots.items():
        if value not in found:
            found[value] = Candidate(value, ["BIAS", "UNNAMED", f"UNNAMED:{min(named, 2)}"])
        found[value].features.append(f"C:{slot}")
    return list(found.values())

