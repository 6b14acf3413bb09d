"""Trigger words for the seven claim types and the frames that give their roles.

Frames: ``give`` (subject supplies, "to X" receives), ``get`` (subject receives,
"from X" supplies), ``make`` (subject produces/tests), ``pact`` (subject and
"with X" are parties), ``act`` (subject acts on "on/against X").
"""

from __future__ import annotations

import re

# lemma → (type, frame) for verbs
VERBS: dict[str, tuple[str, str]] = {
    **{v: ("transfer", "give") for v in (
        "supply", "send", "export", "deliver", "ship", "transfer", "sell", "provide", "give", "furnish",
        "smuggle", "funnel", "channel", "arm", "equip", "hand", "facilitate", "transport", "re-export", "fly",
        "airlift", "route", "reroute", "forward", "divert")},
    **{v: ("transfer", "get") for v in (
        "receive", "acquire", "obtain", "import", "buy", "purchase", "procure", "source", "get", "seek")},
    **{v: ("production", "make") for v in (
        "produce", "manufacture", "build", "assemble", "develop", "mass-produce", "construct")},
    **{v: ("test", "make") for v in ("test", "launch", "fire", "test-fire")},
    **{v: ("evasion", "make") for v in (
        "evade", "circumvent", "bypass", "skirt", "launder", "disguise", "obfuscate", "conceal", "steal",
        "hack", "dodge", "hide", "mask")},
    **{v: ("enforcement", "act") for v in (
        "sanction", "designate", "blacklist", "veto", "indict", "seize", "freeze", "impose", "dismantle",
        "disband", "penalize", "penalise", "prosecute", "confiscate", "interdict", "intercept", "detain", "embargo",
        "charge", "ban", "prohibit", "block", "list")},
    **{v: ("agreement", "pact") for v in (
        "sign", "ratify", "ink", "conclude", "agree", "strike", "seal", "reach", "finalise", "finalize")},
    **{v: ("deployment", "give") for v in ("deploy", "dispatch", "station", "use", "lead", "base", "locate")},
}

# lemma → (type, frame) for nouns (nominalisations)
NOUNS: dict[str, tuple[str, str]] = {
    **{n: ("transfer", "give") for n in (
        "export", "shipment", "delivery", "supply", "transfer", "sale", "provision", "consignment")},
    **{n: ("transfer", "get") for n in ("import", "purchase", "acquisition", "procurement")},
    **{n: ("production", "make") for n in ("production", "manufacturing", "manufacture", "mass-production",
                                           "programme", "program", "output")},
    "cooperation": ("transfer", "give"),
    **{n: ("test", "make") for n in ("test", "testing", "launch", "test-firing", "test-launch")},
    **{n: ("evasion", "make") for n in ("evasion", "theft", "heist", "hack", "laundering")},
    **{n: ("enforcement", "act") for n in (
        "sanction", "sanctions", "designation", "veto", "indictment", "seizure", "dismantling", "embargo",
        "forfeiture", "interception")},
    **{n: ("agreement", "pact") for n in (
        "treaty", "pact", "agreement", "accord", "deal", "contract", "memorandum", "alliance", "document",
        "protocol", "roadmap")},
    **{n: ("deployment", "give") for n in ("deployment", "dispatch")},
}

# verbs whose subject is not the actor but the source (attribution)
SPEECH = {
    "say", "tell", "report", "state", "announce", "claim", "add", "warn", "note", "observe", "believe",
    "accuse", "allege", "confirm", "deny", "suggest", "write", "reveal", "disclose", "indicate", "estimate",
    "assess", "conclude", "insist", "argue", "explain", "stress", "identify", "cite", "show", "fear",
    "express", "brief", "highlight", "hint", "understand", "acknowledge", "admit",
}
# verbs "X accuses Y of V-ing": the object (or passive subject) of the accuse verb does V
# Verbs whose 'for' clause gives the reason for a penalty: 'sanctioned X for supplying drones' (X supplies)
PENALISE = {"sanction", "designate", "blacklist", "penalize", "penalise", "fine", "punish", "add", "list",
            "indict", "arrest", "convict", "sentence", "target"}
ACCUSE = {"accuse", "suspect", "blame", "charge", "identify", "condemn", "criticize", "criticise", "catch"}

# Evasion patterns found anywhere in a sentence (item given, or None: take it from context)
# Each cue with the words one of which any match contains (casefolded): most sentences are ruled out by a
# substring test before the pattern runs.
EVASION_CUES: tuple[tuple[re.Pattern[str], str | None, tuple[str, ...]], ...] = (
    (re.compile(r"\bfront (?:compan(?:y|ies)|firms?)\b|\bshell compan(?:y|ies)\b", re.I), "front companies",
     ("front", "shell")),
    (re.compile(r"\b(?:untraceable |virtual |digital )?(?:cryptocurrenc(?:y|ies)|crypto)\b[^;]{0,40}"
                r"\b(?:transactions?|theft|heists?|laundering|payments?)\b", re.I), "cryptocurrency", ("crypto",)),
    (re.compile(r"\b(?:stole|steal(?:s|ing)?|stolen|theft|heist|hack(?:ed|ing)?)\b[^;]{0,80}"
                r"\b(?:cryptocurrenc(?:y|ies)|crypto|bitcoin|ether|virtual assets|digital assets)\b|"
                r"\b(?:cryptocurrenc(?:y|ies)|crypto)\b[^;]{0,30}\b(?:theft|heist|hack)", re.I), "cryptocurrency",
     ("crypto", "bitcoin", "ether", "virtual assets", "digital assets")),
    (re.compile(r"\blaunder(?:s|ed|ing)?\b", re.I), "cryptocurrency laundering", ("launder",)),
    # thefts named without the coin in a story about stolen crypto: 'the Atomic Wallet theft', 'the bridge hack'
    (re.compile(r"\b(?:thefts?|heists?|hacks|hack|cyber-?attacks?|cyber-?heists?)\b", re.I), "crypto theft",
     ("theft", "heist", "hack", "attack")),
    # mixing services and bridges that hide stolen coins (not the 'planetary mixers' of a propellant plant)
    (re.compile(r"\b(?:crypto(?:currency)?|coin|bitcoin|ether|token) mixers?\b|\bmixers?\b[^.;]{0,60}\b(?:coins?|"
                r"crypto\w*|bitcoin|ether|funds|wallets?|tokens?)\b|\b(?:coins?|crypto\w*|bitcoin|ether|funds|"
                r"wallets?|tokens?)\b[^.;]{0,60}\bmixers?\b|\bcross-chain bridges?\b|\bchain[- ]hopping\b", re.I),
     "cryptocurrency laundering", ("mixer", "cross-chain", "chain hop", "chain-hop")),
    # ships hiding where they are: transponders off, spoofed positions
    (re.compile(r"\b(?:switch|turn)(?:ed|ing|s)? off\b[^.;]{0,50}\b(?:AIS|transponders?|automatic identification|"
                r"location|tracking|beacons?)|\b(?:went|go|going|gone) dark\b|\bspoof(?:ed|ing|s)?\b[^.;]{0,40}"
                r"\b(?:location|position|AIS|signals?)|\bAIS (?:gaps?|manipulation|spoofing)\b", re.I),
     "transponder manipulation", (" off", "dark", "spoof", "ais ")),
    (re.compile(r"\b(?:different|separate|split|multiple|circuitous|indirect) routes?\b|"
                # ('not directed against third countries', 'concerns no third country': a diplomatic formula)
                r"(?<!against )(?<!concern )(?<!concerns )(?<! no )(?<! any )\bthird (?:countries|country)\b|"
                r"\btransshipment\b|\bship-to-ship\b", re.I), None,
     ("route", "third countr", "transshipment", "ship-to-ship")),
    (re.compile(r"\b(?:evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|bypass(?:es|ed|ing)?|skirt(?:s|ed|ing)?|"
                r"dodg(?:e|es|ed|ing))\b[^;]{0,40}\b(?:sanctions?|embargo|export controls?|restrictions)\b",
                re.I), None, ("sanction", "embargo", "export control", "restrictions")),
    (re.compile(r"\bsanctions[- ]evasion\b|\bevasion of (?:international |U\.?N\.? )?sanctions\b", re.I), None,
     ("evasion",)),
    # workers abroad hiding who they are: borrowed identities, remote jobs, laptop farms, visas as cover
    (re.compile(r"\b(?:false|stolen|fake|fabricated|borrowed|forged|assumed|fraudulent) identit(?:y|ies)\b|"
                r"\blaptop farms?\b|\bremote (?:jobs|work|contracts|employment|positions)\b", re.I), "IT workers",
     ("identit", "laptop farm", "remote ")),
    (re.compile(r"\b(?:workers?|labou?rers?)\b[^.;]{0,80}\b(?:student|trainee|training|tourist) visas?\b|"
                r"\b(?:student|trainee|training|tourist) visas?\b[^.;]{0,80}\b(?:workers?|labou?r)", re.I),
     "overseas workers", ("visa",)),
    # goods passed off as something else at customs: 'declared them as farm machinery', 'labelled as'
    (re.compile(r"\b(?:(?:mis)?declared|declaring|(?:mis)?label+ed|disguised|disguising|passed off|invoiced|marked|"
                r"described)\b[^.;\"]{0,40}\bas (?:parts|spare|equipment|components?|goods|cargo|exports?|shipments?|"
                r"consumer|household|civilian|agricultural|industrial|farm|construction|humanitarian|medical|"
                r"ordinary|commercial|\w+[- ]origin|machinery|(?:\w+ ){0,2}(?:units|pumps|generators|parts|"
                r"equipment|goods|machinery|supplies|products|materials|trade|projects|contracts))\b", re.I), None,
     ("declar", "label", "disguis", "passed off", "invoic", "marked", "described")),
    (re.compile(r"\b(?:obfuscat|disguis|conceal|mask)\w*\b[^;]{0,40}\b(?:destination|origin|end[- ]user|"
                r"shipments?|cargo|payments?|identity|ownership)\b|\bfalse (?:end[- ]user|flags?|"
                r"documents?|papers)\b|\bto (?:avoid|escape|evade) (?:international )?(?:scrutiny|detection)\b|"
                r"\bto hide (?:its|their|the) (?:attempts|efforts|role|involvement|purchases)\b", re.I), None,
     ("obfuscat", "disguis", "conceal", "mask", "false ", "to avoid ", "to escape ", "to evade ", "to hide ")),
)
