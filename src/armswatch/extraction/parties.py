"""Party values from the parse: the article context, an entity's claim value, and the tokens of a phrase."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from armswatch.extraction.gazetteer import gazetteer

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
STOP_PREPS = {"in", "against", "on", "at", "near", "inside", "over", "across", "into", "through", "via",
              "after", "before", "during", "since", "despite", "amid", "within", "than", "about"}
LINK_VERBS = {"link", "tie", "connect", "back", "affiliate", "associate", "sponsor", "run", "operate", "control",
              "base", "locate", "register", "headquarter", "incorporate"}
# generic bodies whose location says whose they are: "companies in Singapore", "suppliers from India"
BODIES = {"company", "firm", "entity", "supplier", "business", "manufacturer", "individual", "network", "trader",
          "bank", "exporter", "importer", "middleman", "intermediary", "vendor", "dealer", "broker", "front",
          "subsidiary", "shipper", "operator", "person", "national", "citizen", "people", "worker", "official",
          "side", "party", "faction", "junta", "government", "regime", "military", "authorities", "organisation",
          "organization", "institution", "lender"}
SHIPS = {"tanker", "vessel", "ship", "freighter", "carrier", "dhow", "barge"}
SEAGOING = SHIPS - {"carrier"}  # nouns that always mean a ship ('the national carrier' is as often an airline)
COMPANY_SUFFIX = re.compile(r"\b(?:Co\.?|Ltd\.?|Inc\.?|Corp\.?|Corporation|LLC|GmbH|PLC|JSC|Industries|"
                            r"Aerospace|Aviation|Technologies|Technology|Engineering|Limited|FZE|FZCO|FZ-LLC|LLP|"
                            r"Machinery|Trading|Shipping|Logistics|Electronics|Marine|Components|Supply|"
                            r"OJSC|PJSC|CJSC|Bhd\.?|B\.V\.|N\.V\.|S\.A\.|S\.p\.A\.|A\.Ş\.|AG)$")
# participles after a demonym that do not make the state a supplier ("Iranian-designed", "Soviet-style")
NOT_ORIGIN = {"design", "style", "type", "pattern", "base", "inspire", "era", "like",
              "origin"}  # ("US-origin chips": made there, re-exported by others)
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
    last_speaker: str | None = None  # the state of the last speaker ('A Treasury statement said ...')
    last_recipient: str | None = None  # the last state named receiving goods, for supplier lists
    last_origin: str | None = None  # the producing state of the last weapon designation named
    seen: list[str] = field(default_factory=list)
    main_state: str | None = None  # the state the article names most often
    runner_up: str | None = None  # the state it names next most often
    named_states: set[str] = field(default_factory=set)  # every state the article names
    text: str = ""  # the article text the parse was made from
    once: dict[str, Any] = field(default_factory=dict)  # facts about the whole article, computed once
    enforcers: set[str] = field(default_factory=set)  # states and bodies seen sanctioning, seizing or charging
    last_enforcer: str | None = None  # the last state or body seen imposing measures
    last_target: str | None = None  # the state of the last party seen targeted by measures
    last_company: str | None = None  # the last private company named, for 'the company', 'the firm'
    deal: tuple[str, str, str] | None = None  # (seller, buyer, item) of the last order or supply named
    last_event: tuple[str, str, str | None, str] | None = None  # the last supply told, for restatements
    last_host: tuple[str, str] | None = None  # (sender, host) of the last deployment told, for 'more troops'
    last_ship: str | None = None  # the flag or owner state of the last vessel named, for 'the ship'
    last_body: str | None = None  # the last team or group named, for 'the team' (monitors.py)
    monitor_events: set[str] = field(default_factory=set)  # the monitoring team's events logged (monitors.py)
    open_list: tuple[str, str | None] | None = None  # (supplier, recipient) of a haul whose list of goods follows

    def fact(self, key: str, compute: Callable[[], Any]) -> Any:
        """A fact about the whole article ('is it a civilian-drone story?'), computed on first use only."""
        if key not in self.once:
            self.once[key] = compute()
        return self.once[key]


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
        if org.acts_for and role in ("actor", "party"):
            return org.acts_for  # the Council of the EU imposes the European Union's sanctions
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
        if child.lower_ == "including" and token.pos_ == "PROPN":
            continue  # 'the EU added eight entities ..., including two Chinese firms' hung on 'EU': not the EU's
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


def _group_state(name: str) -> str | None:
    org = gazetteer().org_by_name.get(name)
    return org.country if org else None


def is_company(name: str) -> bool:
    """A private company: listed as one, or an unlisted name with a legal form or trade word ('... FZE')."""
    org = gazetteer().org_by_name.get(name) if len(name) > 2 else None
    return org.kind == "company" if org is not None else len(name) > 2 and bool(COMPANY_SUFFIX.search(name))


def _child(token: Any, deps: set[str]) -> Any | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_objects(token: Any, words: set[str]) -> list[Any]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in words:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out
