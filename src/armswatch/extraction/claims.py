"""Sentence-level claim rules: triggers → typed claims with roles, item, status, date and source.

Per-token dispatch lives in `dispatch`, with the rule families in `transfers`, `production` and `evasion`;
this module assembles a sentence's drafts and finishes each into a claim record.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from armswatch.extraction import roles, usage
from armswatch.extraction.admissions import admission_drafts
from armswatch.extraction.attribution import Attribution, attribution
from armswatch.extraction.courts import court_drafts
from armswatch.extraction.dates import event_date
from armswatch.extraction.denials import denied_evasion
from armswatch.extraction.dispatch import _verb_drafts, is_trigger
from armswatch.extraction.drafts import Draft
from armswatch.extraction.evasion import evasion_drafts
from armswatch.extraction.gazetteer import weapon_category
from armswatch.extraction.items import CIVIL_CONTEXT, PERSONNEL
from armswatch.extraction.monitors import monitor_drafts
from armswatch.extraction.placed import placed_under
from armswatch.extraction.rewards import reward_drafts
from armswatch.extraction.status import status_of
from armswatch.extraction.transfers import exchanges

_TRIGGER_POS = frozenset(("VERB", "AUX", "NOUN", "PROPN"))


NOT_MAKERS_GOODS = {"oil", "cryptocurrency", "data", "workers", "troops", "mercenaries"}


def _origin_suppliers(sent: Any, ctx: roles.Context, drafts: list[Draft]) -> None:
    """A transfer with no named supplier takes the producing state of the designation named in the sentence
    (or, for 'the missile', the one named before, unless the goods are no arms maker's): 'Manila received BrahMos
    missiles' → IN supplies; 'Pyongyang is receiving oil' after a Patriot sentence takes no supplier."""
    origins = [o for t in sent if (e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON"
               and (o := weapon_category(e.canonical)[1])]
    if origins:
        ctx.last_origin = origins[-1]
    for d in drafts:
        if d.type != "transfer" or d.actor is not None or not d.recipient or d.item in PERSONNEL or \
                any(t.lower_ in ("seized", "seizure") for t in sent):
            continue
        origin = origins[0] if origins else ctx.last_origin if d.item not in NOT_MAKERS_GOODS else None
        if origin and origin != d.recipient:
            d.actor = origin


MILITARY = re.compile(r"\b(?:military|army|armed forces|war|weapons?|missiles?|attacks?|strikes?|combat|"
                      r"front|troops|soldiers|kamikaze|loitering|bomb\w*|explosives?|warheads?)\b", re.I)


def _civil_drone_story(sent: Any, ctx: roles.Context) -> bool:
    """Plain 'drones' in an article about civilian drones (a light show, crop spraying, deliveries), in a sentence
    with no military word: 'The drones were built by a Chinese manufacturer and flown by an events company'."""
    return not MILITARY.search(sent.text) and civil_drone_story(ctx)


def civil_drone_story(ctx: roles.Context) -> bool:
    """An article about civilian drones, with at most two military words in all of it."""
    return bool(ctx.fact("civil drones", lambda: CIVIL_CONTEXT.search(ctx.text) is not None and
                         len(MILITARY.findall(ctx.text)) <= 2))


def sentence_drafts(sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    drafts: list[Draft] = []
    for tok in sent:
        if tok.pos_ in _TRIGGER_POS and is_trigger(tok):  # every rule starts from a trigger verb or noun
            drafts.extend(_verb_drafts(tok, sent, ctx, ents))
    _origin_suppliers(sent, ctx, drafts)
    drafts += monitor_drafts(sent, ctx)
    drafts += reward_drafts(sent, ctx)
    drafts += court_drafts(sent, ctx)
    drafts += placed_under(sent, ctx)
    drafts += exchanges(drafts, ents)
    transfers = [d for d in drafts if d.type == "transfer"]
    _same_story(drafts, transfers)
    ctx.enforcers |= {d.actor for d in drafts if d.type == "enforcement" and d.actor}  # states and bodies
    kept = ("evasion:workers", "evasion:obtain-despite")
    drafts = [d for d in drafts if d.type != "evasion" or d.rule in kept] + evasion_drafts(sent, ctx, ents, transfers)
    drafts = denied_evasion(sent, ctx) + drafts  # first: 'X denied involvement in cyber theft' is the denial
    if not any(d.type == "deployment" for d in drafts):
        drafts += admission_drafts(sent, ctx)  # 'both governments acknowledged the deployment in April'
    if not any(d.type == "test" for d in drafts):
        drafts += usage.hyphen_test(sent, ctx, ents)
    if any(d.item == "drones" for d in drafts) and _civil_drone_story(sent, ctx):
        drafts = [d for d in drafts if d.item != "drones"]
    measures: set[tuple[Any, ...]] = set()
    out = []
    for d in drafts:  # one sentence's package of measures by one actor on one target is one enforcement claim
        if d.type in ("enforcement", "evasion") and d.rule != "evasion:workers":
            key = (d.type, d.actor, d.recipient, d.item if d.rule.startswith("enforcement:monitor") else None)
            if key in measures:  # (a body's creation and its report are two events)
                continue
            measures.add(key)
        out.append(d)
    targeted = {(d.type, d.actor) for d in out if d.type == "enforcement" and d.recipient}
    return [d for d in out if d.type != "enforcement" or d.recipient or (d.type, d.actor) not in targeted]


def _same_story(drafts: list[Draft], transfers: list[Draft]) -> None:
    """Parties a sentence's supply gives to its other claims: 'intercepted a dhow carrying weapons Iran had
    sent' (the seizure targets the supplier); 'supplied Russia with drones that were used against Ukraine'
    (with no agent, the user is who received them)."""
    for d in drafts:
        if d.type == "enforcement" and d.item == "seizure" and d.recipient is None:
            d.recipient = next((t.actor for t in transfers if t.actor and len(t.actor) == 2 and t.actor != d.actor),
                               None)
        if d.rule == "deployment:use" and any(c.dep_ == "auxpass" for c in d.trigger.children) and \
                not any(c.dep_ == "agent" for c in d.trigger.children):
            d.actor = next((t.recipient for t in transfers if t.recipient and t.trigger.i < d.trigger.i), d.actor)


def finish(draft: Draft, sent: Any, attr: Attribution | None, pub: date | None, precision: str) -> dict[str, Any]:
    if attr is not None and attr.token is not None and draft.trigger.head == attr.token and \
            draft.trigger.dep_ == "dobj":
        attr = None  # 'X announced sanctions': the act itself, not a report of it
    if attr is not None and attr.token is not None and attr.verb not in ("according", "cite") and any(
            t.dep_ in ("relcl", "acl") and draft.trigger not in t.subtree for t in (attr.token, *attr.token.ancestors)):
        attr = None  # 'a ship it said had carried the missiles': that 'said' covers only its own clause
    status = draft.status or status_of(sent, draft.trigger, draft.type, draft.actor, attr)
    when, prec = event_date(sent, draft.trigger, pub, precision)
    return {"type": draft.type, "actor": draft.actor, "recipient": draft.recipient, "item": draft.item,
            "status": status, "date": when, "date_precision": prec,
            "source": attr.source if attr else None, "rule": draft.rule}


__all__ = ["Draft", "attribution", "finish", "sentence_drafts"]
