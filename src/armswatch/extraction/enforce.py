"""Enforcement claims: sanctions, designations, seizures, charges, export bans and vetoes.

The actor is the state (or international body) acting, one claim per coordinated actor ("Britain and the
European Union imposed sanctions"); the recipient is the state targeted or the state of the targeted people
and entities ("three Iranian officers" → IR, "companies based in the UAE" → AE), one claim per state
(found by `targets`).
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft, items_of, object_tokens
from armswatch.extraction.targets import (
    MAX_TARGETS,
    PEOPLE_OR_BODIES,
    SHIPS,
    TRADE,
    act_verb,
    answered_with,
    package_of,
    targets_of,
)
from armswatch.extraction.transfers import _agentless_passive

ITEMS = {"veto": "UN Panel of Experts mandate", "dismantle": "UN Panel of Experts mandate",
         "dismantling": "UN Panel of Experts mandate", "disband": "UN Panel of Experts mandate",
         "designate": "designation", "designation": "designation", "blacklist": "designation",
         "indict": "indictment", "indictment": "indictment", "seize": "seizure", "interdict": "seizure",
         "intercept": "seizure", "interception": "seizure",
         "detain": "detention", "seizure": "seizure", "freeze": "asset freeze", "confiscate": "seizure",
         "charge": "criminal charges",
         "prosecute": "indictment", "forfeiture": "forfeiture", "ban": "export ban", "prohibit": "export ban",
         "block": "UN Panel of Experts mandate", "list": "designation"}
FILINGS = {"complaint", "action", "case", "proceeding", "motion", "lawsuit", "suit"}
RENEWALS = {"renewal", "extension", "mandate", "resolution", "continuation"}
# verbs that make a sanctions noun an act ("imposed sanctions"), not a mention ("sanctions hurt")
ACT_HEADS = {"announce", "impose", "slap", "levy", "unveil", "introduce", "adopt", "approve", "extend", "expand",
             "tighten", "pursue", "issue", "place", "put", "hit", "target", "file", "unseal", "bring", "plan",
             "prepare"}
SEIZABLE = {"sanction", "asset", "cargo", "ship", "vessel", "shipment", "fund", "weapon", "tanker", "account",
            "property", "component", "part", "consignment", "container", "crypto", "cryptocurrency"}
# 'detained two tankers': vessels and cargo
SEIZING = {"seize", "interdict", "confiscate", "seizure", "detain", "intercept", "interception"}
LEGAL = {"charge", "indict", "prosecute", "indictment", "forfeiture"}
LEGAL_BODIES = {"prosecutor", "court", "judge", "jury", "attorney", "police", "investigator", "authority",
                "agent", "official"}
DOCUMENTS = {"statement", "release", "notice", "announcement", "order", "decree", "decision"}
ANNOUNCE = {"announce", "unveil", "declare", "adopt", "approve", "introduce"}
# what is intercepted as a consignment (not missiles or drones in flight, which air defences intercept)
CRAFT = {"ship", "vessel", "dhow", "boat", "tanker", "freighter", "shipment", "cargo", "consignment", "truck",
         "lorry", "container", "convoy", "plane", "flight", "haul", "smuggler"}
HOME_BODIES = {"ministry", "government", "cabinet", "department", "agency", "office", "service", "guard"}


def home_body(subj: Any, ctx: roles.Context) -> str | None:
    """'the Finance Ministry added ...': a government body with no state named acts for the state the sentence
    places it in ('In Tokyo, the cabinet approved ...') or else the story is filed from (the dateline's); the
    state, or None."""
    if subj is None or subj.lemma_.lower() not in HOME_BODIES or any(
            len(v) == 2 for v in roles.parties_in(list(subj.subtree), ctx, "actor")):
        return None
    for prep in (p for p in subj.head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < subj.i):
        placed = [v for v in roles.parties_in(list(prep.subtree), ctx, "actor") if len(v) == 2]
        rest = [t for t in subj.sent if t not in prep.subtree]
        if placed and placed[0] not in roles.parties_in(rest, ctx, "recipient"):
            return placed[0]  # not 'In the UAE, the department designated a Dubai-based firm': the targets' place
    return ctx.home


def _federal(verb: Any) -> bool:
    """An unnamed US-style federal legal body acts: 'federal prosecutors', 'a federal grand jury', 'in federal
    court' (on the subject or in a place phrase of the verb; no other place named there)."""
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    holders += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                if o.dep_ == "pobj"]
    return any(h.lemma_.lower() in LEGAL_BODIES and any(c.lower_ == "federal" for c in h.children) for h in holders)


def _valid(actor: str) -> bool:
    org = roles.gazetteer().org_by_name.get(actor)
    return len(actor) == 2 or (org is not None and org.kind == "intl")


def _actors(tok: Any, ctx: roles.Context) -> list[str]:
    verb = act_verb(tok)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.conjuncts:  # 'Britain and the European Union imposed ...'
        found = []
        for conj in (subj, *subj.conjuncts):
            own = [t for t in roles._walk(conj) if not any(a.dep_ == "conj" and a.i != conj.i and a in conj.subtree
                                                            and t in a.subtree for a in conj.subtree)]
            found += roles.parties_in(own, ctx, "actor")[:1]
    elif home := home_body(subj, ctx):
        found = [home]
    elif subj is None and verb.pos_ == "VERB" and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and (own := _upper_subject(verb, ctx)):
        found = own  # 'Britain announced its package, freezing the assets of ...': the one who announced freezes
    elif verb is not tok and verb.lemma_ in ANNOUNCE and subj is not None and \
            (own := [v for v in roles.phrase_parties(subj, ctx, "actor") if _valid(v)] or (
                [ctx.last_speaker] if subj.lemma_.lower() in DOCUMENTS and ctx.last_speaker else [])):
        found = own[:1]  # 'Britain announced sanctions on ...': announcing its own measure, not reporting one;
        # 'the statement announced sanctions': the state that issued the statement quoted before
    else:
        found, src = roles.find_actor(verb, ctx, "act")
        if src is None and ctx.last_enforcer and _agentless(verb):
            found = [ctx.last_enforcer]  # 'the entities sanctioned today': by whoever was last seen sanctioning
        if verb.dep_ == "attr" and verb.pos_ == "NOUN" and (src is None or src not in verb.subtree):
            found = []  # 'It was the first seizure of arms supplied by X': the copula's 'it' is no seizer
        found = roles.with_coordinated(found[:1], tok.sent, ctx, "actor") if found else found
        if not found and subj is not None and subj.lemma_.lower() in LEGAL_BODIES and ctx.home:
            found = [ctx.home]  # 'federal prosecutors charged ...' in a story filed from that state
        if not found and _federal(verb) and "US" in ctx.named_states:
            found = ["US"]  # 'federal prosecutors unsealed an indictment', 'was unsealed in federal court'
    out = [_union_seat(a, tok.sent, ctx) for a in dict.fromkeys(found) if a and _valid(a)]
    if not out and verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        # 'X determined that the group had committed genocide and imposed sanctions on ...': the parser hangs
        # the second verb inside the that-clause; a group cannot sanction, so the main subject acts
        upper = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        out = [a for a in (roles.phrase_parties(upper, ctx, "actor") if upper is not None else []) if _valid(a)]
    return out


def _upper_subject(verb: Any, ctx: roles.Context) -> list[str]:
    """The parties of the subject of the verb a participle or conjunct hangs on, when it names one."""
    upper = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if upper is None or upper.pos_ == "PRON":
        return []
    return [v for v in roles.conj_parties(upper, ctx, "actor") if _valid(v)]  # 'Canada and Australia moved to


def _union_seat(actor: str, sent: Any, ctx: roles.Context) -> str:
    """'Brussels listed eight companies': in a measure, the seat of the EU's institutions stands for the Union
    (as 'Washington' stands for the United States), unless Belgium itself is named."""
    if actor != "BE":
        return actor
    named = {ctx.by_token[t.i].text for t in sent if t.i in ctx.by_token and ctx.by_token[t.i].canonical == "BE"}
    return "European Union" if named == {"Brussels"} else actor


def _agentless(verb: Any) -> bool:
    """A passive measure with no 'by': 'were sanctioned', or a participle 'the entities designated today'."""
    return _agentless_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
        c.dep_ == "agent" for c in verb.children)


# subjects that list things but impose nothing ('the companies listed trading firms as consignees')
TRADERS = PEOPLE_OR_BODIES - {"government", "authorities", "regime", "junta", "military", "official"}
SPORT_TARGETS = {"club", "team", "player", "athlete", "coach", "referee", "league", "fan", "supporter", "federation"}


def _applies(tok: Any, lemma: str, sent: Any) -> bool:
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SPORT_TARGETS for c in tok.children):
        return False  # 'the committee sanctioned a Thai club over crowd trouble': sports discipline
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children):
        return False  # 'any sanction would be announced later', 'no sanctions were imposed': no measure taken
    subtree_lemmas = {t.lemma_.lower() for t in tok.subtree}
    if lemma in ("impose", "freeze"):
        return bool({"sanction", "asset", "ban", "embargo", "restriction", "penalty", "fund"} & subtree_lemmas)
    if lemma in ("ban", "prohibit"):
        return bool(TRADE & subtree_lemmas)
    if lemma in ("sanction", "sanctions", "forfeiture", "indictment", "embargo") and tok.pos_ == "NOUN":
        # ('respects the UN arms embargo', 'an embargo has applied since 2015': a standing measure, no new act)
        package = package_of(tok)  # 'adopted a package of sanctions'
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in FILINGS:
            package = tok.head  # 'filed a civil forfeiture complaint', 'brought a sanctions case'
        return tok.head.lemma_ in ACT_HEADS or answered_with(tok) or \
            package is not None and package.head.lemma_ in ACT_HEADS
    if lemma == "charge":
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and obj.lemma_.lower() in ("dozen", "hundred", "score", "number", "group"):
            obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj"), obj)  # 'charged dozens of people'
        return obj is not None and (obj.lemma_.lower() in PEOPLE_OR_BODIES or obj.ent_type_ in ("PERSON", "ORG"))
    if lemma == "list":  # 'Brussels listed six companies', not 'the report lists missiles and radars' (nor
        # 'the firms were listed for ...', a listing told before)
        return tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() not in TRADERS
                                          for c in tok.children) and any(c.dep_ == "dobj" and (
            c.lemma_.lower() in PEOPLE_OR_BODIES | SHIPS or c.ent_type_ in ("ORG", "PERSON")) for c in tok.children)
    if lemma in ("intercept", "interception"):  # 'intercepted a dhow carrying weapons', not 'intercepted drones'
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return any(h.lemma_.lower() in CRAFT for h in held)
    if lemma in ("dismantle", "dismantling", "disband"):
        return "panel" in sent.text.lower()
    if lemma == "block":  # 'its vote blocked the renewal of the panel's mandate': a veto by another name
        return "panel" in sent.text.lower() and any(c.dep_ == "dobj" and c.lemma_.lower() in RENEWALS
                                                     for c in tok.children)
    return True


BACKGROUND_PREPS = {"under", "despite"}
REACT_VERBS = {"review", "welcome", "condemn", "criticise", "criticize", "oppose", "challenge", "protest",
               "denounce", "contest", "appeal", "slam", "decry", "lament", "respect", "comply"}
CALL_VERBS = {"call", "urge", "demand", "ask", "press", "push", "encourage", "implore", "lobby"}
WATCH_VERBS = {"monitor", "oversee", "watch", "observe", "track", "violate", "breach", "defy", "flout"}
REFERRING = {"the", "this", "these", "those"}
BACKGROUND_NOUNS = {"violation", "breach", "defiance", "contravention"}


def _background(tok: Any, lemma: str, sent: Any) -> bool:
    """'barred under an arms embargo', 'in breach of sanctions': an existing measure, not a new one;
    'a version designated K2PL': a name, not a sanctions designation."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (tok.head.lower_ in BACKGROUND_PREPS or tok.head.lower_ == "of"
                                                      and tok.head.head.lemma_.lower() in BACKGROUND_NOUNS):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in WATCH_VERBS:
        return True  # 'a panel monitoring the arms embargo on X': watching a measure is not a new one
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in REACT_VERBS:
        return True  # 'would review the designations', 'condemned the seizure': answering another's measure
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if verb.pos_ == "VERB" and verb.dep_ == "xcomp" and verb.head.lemma_ in CALL_VERBS:
        return True  # 'called on Western partners to impose sanctions': a demand, a policy position
    if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
            o.lemma_.lower() in ("embargo", "sanction", "sanctions", "resolution", "ban", "regime", "law")
            for o in c.children) for c in tok.children):
        return True  # 'sales are prohibited under an embargo': the standing rule, not a new act
    if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in REFERRING
                                                              for c in tok.head.children):
        return True  # 'the designated organisation runs ...': a listing told before, referred back to
    if lemma == "designate" and tok.dep_ in ("acl", "amod", "oprd") and tok.head.pos_ == "NOUN" and \
            tok.head.lemma_.lower() not in PEOPLE_OR_BODIES:
        low = sent.text.lower()
        return not any(w in low for w in ("sanction", "terror", "blacklist", "ofac", "treasury", "entity list"))
    return False


SANCTION_SENSE = {"sanction", "sanctions", "terrorist", "terror", "terrorism", "blacklist", "list", "entity",
                  "order", "authority", "authorities", "act", "proliferator", "sponsor"}


def _naming(tok: Any, lemma: str, ctx: roles.Context) -> bool:
    """'a variant designated K2PL', 'the missile, designated X', 'known as Y': a name given to a thing, not a
    sanctions designation.  The sanctions sense needs a person or entity designated, or 'as a terrorist' /
    'under sanctions' context."""
    if lemma != "designate" or tok.pos_ != "VERB":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    named = nxt is not None and ((e := ctx.by_token.get(nxt.i)) is not None and e.label == "WEAPON" or (
        any(c.isdigit() for c in nxt.text) and any(c.isupper() for c in nxt.text)))
    context = {t.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ in ("as", "under", "for")
               for t in c.subtree}
    if named and not context & SANCTION_SENSE:
        return True
    if tok.dep_ in ("amod", "acl", "appos", "oprd") and tok.head.pos_ in ("NOUN", "PROPN") and \
            tok.head.lemma_.lower() not in PEOPLE_OR_BODIES and ctx.by_token.get(tok.head.i) is None:
        return not context & SANCTION_SENSE  # 'a modernised variant designated ...'
    return False


def enforcement(tok: Any, sent: Any, ctx: roles.Context, ents: list[Any]) -> list[Draft]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("sanction", "sanctions")
                                  for c in tok.children):
        return []  # 'imposed sanctions on X': the noun's rule logs it once
    if not _applies(tok, lemma, sent) or _background(tok, lemma, sent) or _naming(tok, lemma, ctx):
        return []
    seizure = lemma in SEIZING
    items = [i for i in items_of(tok, sent, ents, ctx) if i in WEAPONISH] if seizure else []
    if seizure and not items and not SEIZABLE & {t.lemma_.lower() for t in tok.subtree}:
        return []
    transfer: list[Draft] = []
    if seizure and items:  # 'seized Iranian-made missile parts bound for Yemen': the attempted transfer
        origin = roles.origin_of(object_tokens(tok), ctx)
        dest = roles.bound_for([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")], ctx)
        if origin and dest and origin[0] != dest[0]:
            transfer.append(Draft("transfer", origin[0], dest[0], items[0], tok, "transfer:seized"))
    actors = _actors(tok, ctx)
    if not actors:
        return transfer
    item = ITEMS.get(lemma, "sanctions")
    if lemma == "veto" and not any(w in sent.text.lower() for w in ("panel", "monitor", "expert")):
        item = "veto"
    out: list[Draft] = []
    for actor in actors[:MAX_TARGETS]:
        if seizure:  # the seized goods' origin is the state targeted
            origin = roles.origin_of(object_tokens(tok), ctx)
            targets = [o for o in origin if o != actor][:1]
        elif lemma == "veto":
            targets = []  # 'vetoed a US-drafted resolution': a veto targets no state
        else:
            targets = targets_of(tok, ctx, actor)
        out += [Draft("enforcement", actor, t, item, tok, f"enforcement:{lemma}") for t in targets or [None]]
    return out + transfer


MEASURE_NOUNS = {"measure", "sanction", "sanctions", "designation", "action", "package", "penalty", "move", "round",
                 "ban", "freeze", "restriction", "listing", "embargo"}
HIT_VERBS = {"hit", "target", "cover", "include", "affect", "name", "list", "extend", "apply"}


def measures_hit(tok: Any, ctx: roles.Context) -> list[Draft]:
    """'The measures also hit X, a company based in the UAE': the targets of a package named before, by the
    actor that imposed it (the last one seen sanctioning in the article)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in MEASURE_NOUNS or ctx.last_enforcer is None:
        return []
    if any(t.i in ctx.by_token for t in subj.subtree):
        return []  # 'EU measures hit ...': the ordinary rules name the actor
    actor = ctx.last_enforcer
    return [Draft("enforcement", actor, r, "sanctions", tok, "enforcement:measures-hit")
            for r in targets_of(tok, ctx, actor, frozenset({"to"}) if tok.lemma_ == "apply" else frozenset())
            if r != ctx.last_target]  # the package's own target: a restatement
