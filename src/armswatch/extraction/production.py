"""Production and help rules: civil products, background origins, 'helping X build Y'."""

from __future__ import annotations

import re
from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft, items_of
from armswatch.extraction.items import PERSONNEL
from armswatch.extraction.triggers import VERBS

SPACE_CONTEXT = re.compile(
    r"\b(?:satellites?(?! ?(?:image|imagery|photo|picture|pictures|data|analysis|footage))|orbit(?:al)?|"
    r"launch (?:services?|vehicles?|provider)|launcher|space ?(?:craft|flight|port|station|agency)|payloads?|"
    r"airlines?|airliners?|software|app)\b", re.I)


def _civil_product(tok: Any, sent: Any, ctx: roles.Context) -> bool:
    """'is developing a larger reusable rocket' in a satellite-launch story, software, airliners: a product that
    is no weapon unless a weapon designation is named with it."""
    if not SPACE_CONTEXT.search(sent.text):
        return False
    return not any((e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON" for t in tok.subtree)


def _origin_background(tok: Any, ctx: roles.Context) -> bool:
    """'Storm Shadow was developed jointly by X and Y': a passive past description of where a named system comes
    from is background, not a production event."""
    if tok.lemma_ not in ("develop", "design", "invent", "create") or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and any((e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON"
                                    for t in subj.subtree)

GET_VERBS = {v for v, (t, f) in VERBS.items() if f == "get"}
MEANS = {"equipment", "tool", "machinery", "machine", "component", "part", "material", "know-how", "technology",
         "input", "capability"}


def _helped(tok: Any) -> Any | None:
    """'helping Russia develop and build drones': the help verb above a production verb (the helped one produces,
    not the helper)."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_ in ("help", "assist", "aid"):
            return node
    return None


BUILD_VERBS = {"build", "develop", "produce", "manufacture", "make", "improve", "modernise", "modernize",
               "upgrade", "design", "launch", "expand", "advance"}


def _helping(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    """'arming Sudan' (weapons); 'helping Iran build drones' (technical assistance to Iran)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:  # 'arming and financing the militia': the shared object sits on the last conjunct
        obj = next((c for conj in tok.conjuncts for c in conj.children if c.dep_ == "dobj"), None)
    if obj is None:  # 'helping Iran build drones' parsed with Iran as the subject of 'build'
        obj = next((s for c in tok.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                    if s.dep_ == "nsubj"), None)
    if obj is None or not (served := roles.phrase_parties(obj, ctx, "recipient")):
        return []
    served = [v if len(v) == 2 else roles._group_state(v) or v for v in served]  # 'arms the Houthis' → YE
    actors, _ = roles.find_actor(tok, ctx, "give")
    if tok.lemma_ == "arm":
        items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH] or ["weapons"]
    else:
        goal = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in BUILD_VERBS), None)
        goal = goal or next((c for c in obj.head.children if c.dep_ in ("xcomp", "ccomp")
                             and c.lemma_ in BUILD_VERBS), None) if obj.dep_ == "nsubj" else goal
        if goal is None:
            goal = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.lemma_ in BUILD_VERBS), None)
        if goal is not None and [i for i in items_of(goal, sent, ents, ctx) if i in WEAPONISH]:
            items = ["military technology"]
        else:  # 'helping North Korea with satellite and submarine technology': what the help is with
            items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH and i not in PERSONNEL]
            if not items:
                return []
    return [Draft("transfer", actors[0], served[0], i, tok, f"transfer:{tok.lemma_}") for i in items] \
        if actors and actors[0] != served[0] and len(served[0]) == 2 else []
