"""Events of a sanctions-monitoring body: the body set up, or its report published (the conventions log both as
enforcement by the body, with no target).

The body is named ('the Multilateral Sanctions Monitoring Team', 'the MSMT'), described ('an 11-nation group set
up to track violations of UN sanctions', 'a sanctions monitoring group') or referred back to ('the team', 'the
group's second report') once the article has named or described it.
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction.drafts import Draft
from armswatch.extraction.parties import Context
from armswatch.extraction.triggers import SPEECH

MONITOR = "Multilateral Sanctions Monitoring Team"
BODY_NOUNS = {"team", "group", "body", "mechanism", "monitors"}  # (a UN 'panel' is the body it replaced)
FUTURE = {"will", "would", "plan", "expect", "intend", "prepare", "preparation", "due", "aim", "later", "next"}
CREATE = {"set", "form", "create", "launch", "establish", "found", "constitute"}
PUBLISH = {"publish", "release", "issue", "present", "unveil", "submit", "produce", "put"}
REPORT_NOUNS = {"report", "reports", "findings", "assessment"}
ORDINALS = {"first", "second", "third", "fourth", "next", "further", "latest", "new", "upcoming", "final"}
CUES = BODY_NOUNS | REPORT_NOUNS | {"msmt"}  # a word any event here contains
BACK_CUES = CUES | {"it", "its"}  # ... once the team is in focus
WATCH = {"track", "monitor", "watch", "police", "document", "investigate", "enforce", "oversee"}


def monitor_drafts(sent: Any, ctx: Context) -> list[Draft]:
    """The body's creation and report events told in one sentence; notes the body for later anaphors."""
    cues = BACK_CUES if ctx.last_body == MONITOR else CUES
    if not any(t.lower_ in cues for t in sent):
        return []  # (most sentences: no body, no report, no back-reference)
    cluster = _mentions(sent, ctx)
    drafts: list[Draft] = []
    told = ctx.monitor_events  # one creation, one report out and one to come, per article
    # a team only described ('a team set up to track violations') is not news of its founding: its reports are
    if "created" not in told and any(_named(t, ctx) or _definite(t) for t in cluster):
        made = next((t for t in sent if _creates(t, cluster)), None)
        if made is not None:
            told.add("created")
            drafts.append(Draft("enforcement", MONITOR, None, "MSMT creation", made, "enforcement:monitor-created"))
    if cluster or ctx.last_body == MONITOR:
        report = next((t for t in sent if t.lemma_.lower() in REPORT_NOUNS and _its_report(t, cluster, ctx)), None)
        verb = report.head if report is not None and report.dep_ in ("dobj", "nsubjpass") and \
            report.head.pos_ == "VERB" else report
        kind = "to come" if verb is not None and _to_come(verb) else "out"
        if verb is not None and kind not in told:
            told.add(kind)
            drafts.append(Draft("enforcement", MONITOR, None, "monitoring report", verb, "enforcement:monitor-report"))
    _note_body(sent, ctx, bool(cluster))
    return drafts


def _to_come(tok: Any) -> bool:
    """'plans to publish its next report', 'a second report is in preparation', 'is expected to release'."""
    near = [tok, *tok.children, *(c for a in tok.ancestors for c in (a, *a.children))]
    return any(t.lemma_.lower() in FUTURE or t.lower_ in FUTURE for t in near)


def _other_name(tok: Any, ctx: Context) -> bool:
    ent = ctx.by_token.get(tok.i)
    return ent is not None and ent.canonical != MONITOR


def _named(tok: Any, ctx: Context) -> bool:
    ent = ctx.by_token.get(tok.i)
    return ent is not None and ent.label == "ORG" and ent.canonical == MONITOR


def _definite(tok: Any) -> bool:
    return tok.lemma_.lower() in BODY_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this")
                                                    for c in tok.children)


def _described(tok: Any, ctx: Context) -> bool:
    """'a sanctions monitoring group', 'a team set up to track violations of UN sanctions'."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BODY_NOUNS or _other_name(tok, ctx):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "acl", "relcl")]
    if tok.dep_ == "nsubj" and tok.head.lemma_ in CREATE:  # 'A group ... set up to track ...' read as its verb
        mods += [c for c in tok.head.children if c.dep_ in ("advcl", "xcomp")]
    words = {t.lemma_.lower() for c in mods for t in c.subtree}
    return bool({"monitoring", "monitor"} & words) or ("sanction" in words or "sanctions" in words) and \
        bool(WATCH & words)


def _mentions(sent: Any, ctx: Context) -> set[Any]:
    """The tokens that stand for the body here: its name's head, descriptions and back-references, and the
    appositions around them ('the MSMT, an 11-nation group formed after ...')."""
    heads = [t for t in sent if _named(t, ctx) and not _named(t.head, ctx) or _described(t, ctx)]
    named_at = min((t.i for t in heads if _named(t, ctx)), default=None)
    others = [t.i for t in sent if _other_name(t, ctx) and ctx.by_token[t.i].label == "ORG"]

    def refers(t: Any) -> bool:  # 'the team', 'that body'; 'it', 'its' after the name ('... and it issued ...')
        if named_at is not None and t.i > named_at and not any(named_at < o < t.i for o in others):
            return _definite(t) and not _other_name(t, ctx) or t.lower_ in ("it", "its")
        return ctx.last_body == MONITOR and (_definite(t) and not _other_name(t, ctx) or
                                             t.lower_ in ("it", "its") and _speaker_is_body(t, ctx))
    heads += [t for t in sent if t not in heads and refers(t)]
    out: set[Any] = set()
    for head in heads:
        out.add(head)
        out.update(c for c in head.children if c.dep_ == "appos")
        if head.dep_ == "appos":
            out.add(head.head)
    return out


def _speaker_is_body(tok: Any, ctx: Context) -> bool:
    """'The group said it would publish ...', 'said in its report': 'it' is the body when the speaker is."""
    for anc in tok.ancestors:
        if anc.lemma_ in SPEECH:
            subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
            return subj is not None and (_named(subj, ctx) or _definite(subj) or _described(subj, ctx))
    return False


def _creates(tok: Any, cluster: set[Any]) -> bool:
    """'The MSMT was launched in October', 'the team was set up last year by 11 states', 'setting up the MSMT'."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CREATE:
        return False
    if tok.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    if tok.dep_ in ("acl", "relcl"):
        return False  # 'the MSMT, set up last year by 11 states, said ...': which team, not news of its founding
    return any(c.dep_ in ("dobj", "nsubjpass") and c in cluster for c in tok.children)


def _its_report(tok: Any, cluster: set[Any], ctx: Context) -> bool:
    """A report the body published or is to publish."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "appos")]  # 'Thursday's report, the team's third'
    for h in holders:
        if any(c.dep_ == "poss" and c in cluster for c in h.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(p in cluster for p in c.children)
               for c in h.children):
            return True
    if any(c.dep_ == "acl" and c.lemma_ in PUBLISH and _by_body(c, cluster) for c in tok.children):
        return True  # 'a report published in May by the MSMT'
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_ in PUBLISH:
        return _by_body(head, cluster) or _subject_in(head, cluster)
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ in SPEECH | PUBLISH:
        return _subject_in(head.head, cluster)  # 'the team said in its second report that ...'
    bare = not any(c.dep_ in ("poss", "prep") for c in tok.children)
    return bare and ctx.last_body == MONITOR and tok.lemma_ == "report" and tok.dep_ in ("nsubj", "nsubjpass") and \
        any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in tok.children)  # 'a second report is expected'


def _by_body(verb: Any, cluster: set[Any]) -> bool:
    return any(c.dep_ == "agent" and any(p in cluster for p in c.children) for c in verb.children)


def _subject_in(verb: Any, cluster: set[Any]) -> bool:
    """The verb's subject, or that of the verb it completes ('plans to publish', 'is expected to release')."""
    node = verb
    while node is not None:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c in cluster for c in node.children):
            return True
        node = node.head if node.dep_ in ("xcomp", "conj", "ccomp") and node.head is not node else None
    return False


def _note_body(sent: Any, ctx: Context, seen: bool) -> None:
    """Remember whether the last team or group named is the monitoring body, for 'the team', 'the group'."""
    if seen:
        ctx.last_body = MONITOR
        return
    for tok in sent:
        ent = ctx.by_token.get(tok.i)
        if ent is not None and ent.label == "ORG" and ent.canonical.split()[-1].lower() in BODY_NOUNS:
            ctx.last_body = ent.canonical
