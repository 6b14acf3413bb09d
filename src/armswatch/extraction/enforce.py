"""Enforcement claims: sanctions, designations, seizures, charges, export bans and vetoes.

The actor is the state (or international body) acting, one claim per coordinated actor ("Britain and the
European Union imposed sanctions"); the recipient is the state targeted or the state of the targeted people
and entities ("three Iranian officers" → IR, "companies based in the UAE" → AE), one claim per state.
"""

from __future__ import annotations

from typing import Any

from armswatch.extraction import roles
from armswatch.extraction.drafts import WEAPONISH, Draft, items_of, object_tokens

ITEMS = {"veto": "UN Panel of Experts mandate", "dismantle": "UN Panel of Experts mandate",
         "dismantling": "UN Panel of Experts mandate", "disband": "UN Panel of Experts mandate",
         "designate": "designation", "designation": "designation", "blacklist": "designation",
         "indict": "indictment", "indictment": "indictment", "seize": "seizure", "interdict": "seizure",
         "seizure": "seizure", "freeze": "asset freeze", "confiscate": "seizure", "charge": "criminal charges",
         "prosecute": "indictment", "forfeiture": "forfeiture", "ban": "export ban", "prohibit": "export ban",
         "block": "UN Panel of Experts mandate"}
RENEWALS = {"renewal", "extension", "mandate", "resolution", "continuation"}
# verbs that make a sanctions noun an act ("imposed sanctions"), not a mention ("sanctions hurt")
ACT_HEADS = {"announce", "impose", "slap", "levy", "unveil", "introduce", "adopt", "approve", "extend", "expand",
             "tighten", "pursue", "issue", "place", "put", "hit", "target", "file", "unseal", "bring", "plan",
             "prepare"}
SEIZABLE = {"sanction", "asset", "cargo", "ship", "vessel", "shipment", "fund", "weapon", "tanker", "account",
            "property", "component", "part", "consignment", "container", "crypto", "cryptocurrency"}
LEGAL = {"charge", "indict", "prosecute", "indictment", "forfeiture"}
LEGAL_BODIES = {"prosecutor", "court", "judge", "jury", "attorney", "police", "investigator", "authority",
                "agent", "official"}
PEOPLE_OR_BODIES = roles.BODIES | {"man", "woman", "executive", "officer", "hacker", "member", "defendant"}
SHIPS = {"tanker", "vessel", "ship", "freighter", "carrier", "dhow", "barge"}
MAX_TARGETS = 6
TRADE = {"export", "sale", "shipment", "supply", "transfer", "import", "delivery"}


def _valid(actor: str) -> bool:
    org = roles.gazetteer().org_by_name.get(actor)
    return len(actor) == 2 or (org is not None and org.kind == "intl")


RESPONSES = {"respond", "retaliate", "react", "answer", "hit", "strike", "follow"}


def _answered_with(tok: Any) -> bool:
    """'X responded with sanctions on Y', 'hit back with sanctions': the measures are X's act."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ in RESPONSES


PACKAGES = {"package", "round", "set", "raft", "batch", "wave", "tranche", "slate"}


def _package(tok: Any) -> Any | None:
    """'its 19th package of sanctions': the noun the measures come in, when there is one."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in PACKAGES:
        return tok.head.head
    return None


def _act_verb(tok: Any) -> Any:
    """The verb whose subject imposes the measure named by ``tok`` (``tok`` itself for a verb)."""
    noun = _package(tok) or tok
    if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    return tok.head.head if tok.pos_ == "NOUN" and _answered_with(tok) else tok


def _actors(tok: Any, ctx: roles.Context) -> list[str]:
    verb = _act_verb(tok)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.conjuncts:  # 'Britain and the European Union imposed ...'
        found = []
        for conj in (subj, *subj.conjuncts):
            own = [t for t in roles._walk(conj) if not any(a.dep_ == "conj" and a.i != conj.i and a in conj.subtree
                                                            and t in a.subtree for a in conj.subtree)]
            found += roles.parties_in(own, ctx, "actor")[:1]
    else:
        found, src = roles.find_actor(verb, ctx, "act")
        if verb.dep_ == "attr" and verb.pos_ == "NOUN" and (src is None or src not in verb.subtree):
            found = []  # 'It was the first seizure of arms supplied by X': the copula's 'it' is no seizer
        found = roles.with_coordinated(found[:1], tok.sent, ctx, "actor") if found else found
        if not found and subj is not None and subj.lemma_.lower() in LEGAL_BODIES and ctx.home:
            found = [ctx.home]  # 'federal prosecutors charged ...' in a story filed from that state
    out = [a for a in dict.fromkeys(found) if a and _valid(a)]
    if not out and verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        # 'X determined that the group had committed genocide and imposed sanctions on ...': the parser hangs
        # the second verb inside the that-clause; a group cannot sanction, so the main subject acts
        upper = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        out = [a for a in (roles.phrase_parties(upper, ctx, "actor") if upper is not None else []) if _valid(a)]
    return out


def _target_heads(tok: Any) -> list[Any]:
    heads = [c for p in (tok, tok.head) for prep in p.children if prep.dep_ == "prep"
             and prep.lower_ in ("on", "against") for c in prep.children if c.dep_ == "pobj"]
    heads += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [c for t in tok.subtree if t.lower_ == "with" and t.head.lower_ in ("along", "together")
              for c in t.children if c.dep_ == "pobj"]  # 'designated X, along with several Y entities'
    heads += [a for h in heads for a in h.children if a.dep_ == "appos"]  # 'the carrier Iran Air'
    return [h for head in heads for h in (head, *head.conjuncts)]


def _based_in(head: Any, ctx: roles.Context) -> list[str]:
    """'RSF-owned companies based in the UAE': where the targeted bodies are is the state targeted."""
    if head.lemma_.lower() not in PEOPLE_OR_BODIES:
        return []
    places = [p for c in head.children if c.dep_ == "acl" and c.lemma_ in ("base", "locate", "register",
                                                                          "headquarter", "incorporate")
              for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")]
    places += [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")]
    for prep in places:
        found = roles.parties_in(list(prep.subtree), ctx, "recipient")
        if found:
            return found
    return []


def _targets(tok: Any, ctx: roles.Context, actor: str) -> list[str]:
    out: list[str] = []
    for prep in (c for p in (tok, tok.head) for c in p.children if c.dep_ == "prep" and c.lower_ == "with"):
        for body in (c for c in prep.children if c.dep_ == "pobj"):  # '..., with entities in China and Turkey'
            out += [v for v in _based_in(body, ctx) if len(v) == 2 and v != actor and v not in out]
    if out:
        return out[:MAX_TARGETS]
    for head in _target_heads(tok):
        ent = ctx.by_token.get(head.i)
        based = _based_in(head, ctx) if ent is None else []
        values = [roles.party(ent, "recipient")] if ent is not None else based or \
            roles.phrase_parties(head, ctx, "recipient")
        if not values and head.lemma_.lower() in TRADE:  # 'banned exports of chips to Iran'
            values = roles.find_recipients(head, ctx, {"to"})
        if not values:  # 'sanctions on its commander': the party named before the possessive pronoun
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            before = [ctx.by_token[t.i] for t in tok.doc[tok.sent.start:poss.i] if t.i in ctx.by_token] \
                if poss is not None else []
            values = [v for e in reversed(before) if e.label in ("ORG", "COUNTRY")
                      and (v := roles.party(e, "recipient"))][:1]
        values = [roles._group_state(v) or v if v and len(v) > 2 else v for v in values]  # Houthis → YE
        if not any(v and len(v) == 2 for v in values):
            values = _served(head, ctx)
        for value in values if based else values[:1]:  # 'firms in Turkey, the UAE and Kazakhstan': each state
            if value and len(value) == 2 and value != actor and value not in out:
                out.append(value)
    out += [v for v in _listed_by_clause(tok, ctx) if v != actor and v not in out]
    return out[:MAX_TARGETS]


LISTING = {"list", "target", "name", "include", "add", "hit", "cover", "blacklist", "designate"}


def _listed_by_clause(tok: Any, ctx: roles.Context) -> list[str]:
    """'a package of sanctions against Russia, listing firms in China and Belarus': the states of the bodies a
    clause on the measure says it lists are targets too."""
    verb = _act_verb(tok)
    out: list[str] = []
    hosts = (tok, verb) if (package := _package(tok)) is None else (tok, verb, package)
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
               "procure", "provide", "ship", "sell", "deliver", "enable", "facilitate"}


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


SPORT_TARGETS = {"club", "team", "player", "athlete", "coach", "referee", "league", "fan", "supporter", "federation"}


def _applies(tok: Any, lemma: str, sent: Any) -> bool:
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SPORT_TARGETS for c in tok.children):
        return False  # 'the committee sanctioned a Thai club over crowd trouble': sports discipline
    subtree_lemmas = {t.lemma_.lower() for t in tok.subtree}
    if lemma in ("impose", "freeze"):
        return bool({"sanction", "asset", "ban", "embargo", "restriction", "penalty", "fund"} & subtree_lemmas)
    if lemma in ("ban", "prohibit"):
        return bool(TRADE & subtree_lemmas)
    if lemma in ("sanction", "sanctions", "forfeiture", "indictment") and tok.pos_ == "NOUN":
        package = _package(tok)  # 'adopted a package of sanctions'
        return tok.head.lemma_ in ACT_HEADS or _answered_with(tok) or \
            package is not None and package.head.lemma_ in ACT_HEADS
    if lemma == "charge":
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and obj.lemma_.lower() in ("dozen", "hundred", "score", "number", "group"):
            obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj"), obj)  # 'charged dozens of people'
        return obj is not None and (obj.lemma_.lower() in PEOPLE_OR_BODIES or obj.ent_type_ in ("PERSON", "ORG"))
    if lemma in ("dismantle", "dismantling", "disband"):
        return "panel" in sent.text.lower()
    if lemma == "block":  # 'its vote blocked the renewal of the panel's mandate': a veto by another name
        return "panel" in sent.text.lower() and any(c.dep_ == "dobj" and c.lemma_.lower() in RENEWALS
                                                     for c in tok.children)
    return True


BACKGROUND_PREPS = {"under", "despite"}
WATCH_VERBS = {"monitor", "oversee", "watch", "observe", "track", "violate", "breach", "defy", "flout"}
BACKGROUND_NOUNS = {"violation", "breach", "defiance", "contravention"}


def _background(tok: Any, lemma: str, sent: Any) -> bool:
    """'barred under an arms embargo', 'in breach of sanctions': an existing measure, not a new one;
    'a version designated K2PL': a name, not a sanctions designation."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (tok.head.lower_ in BACKGROUND_PREPS or tok.head.lower_ == "of"
                                                      and tok.head.head.lemma_.lower() in BACKGROUND_NOUNS):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in WATCH_VERBS:
        return True  # 'a panel monitoring the arms embargo on X': watching a measure is not a new one
    if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
            o.lemma_.lower() in ("embargo", "sanction", "sanctions", "resolution", "ban", "regime", "law")
            for o in c.children) for c in tok.children):
        return True  # 'sales are prohibited under an embargo': the standing rule, not a new act
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
    seizure = lemma in ("seize", "interdict", "confiscate", "seizure")
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
        else:
            targets = _targets(tok, ctx, actor)
        out += [Draft("enforcement", actor, t, item, tok, f"enforcement:{lemma}") for t in targets or [None]]
    return out + transfer


PUBLISH = {"publish", "release", "issue", "present", "submit", "unveil"}
REPORTS = {"report", "finding", "findings", "assessment"}


def monitoring_report(tok: Any, ctx: roles.Context) -> list[Draft]:
    """'The monitoring team released its findings': a sanctions-monitoring body's report is an enforcement
    event (the conventions); other bodies publishing reports are not."""
    if tok.lemma_ not in PUBLISH or not any(c.dep_ == "dobj" and c.lemma_.lower() in REPORTS for c in tok.children):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    found = [v for v in roles.phrase_parties(subj, ctx, "actor") if _valid(v) and len(v) > 2]
    name = found[0] if found else ""
    if not any(w in name.lower() for w in ("monitoring", "panel of experts", "sanctions")):
        return []
    return [Draft("enforcement", name, None, "monitoring report", tok, "enforcement:report")]


MEASURE_NOUNS = {"measure", "sanction", "sanctions", "designation", "action", "package", "penalty", "move", "round"}
HIT_VERBS = {"hit", "target", "cover", "include", "affect", "name", "list", "extend"}


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
            for r in _targets(tok, ctx, actor) if r != ctx.last_target]  # the package's own target: a restatement
