"""Sanctions-evasion typologies: tag a claim from cues in its evidence and item (pure).

Cues are general English phrases an analyst would look for, not one article's
wording.  A tag names the cue that set it: ``front_companies: 'shell companies'``.
"""

from __future__ import annotations

import re

from armswatch.model import Claim

_W = r"(?:\s+\w+){0,3}?\s+"  # up to three words in between
CUES: dict[str, list[str]] = {
    "ship_to_ship": [r"ship[- ]to[- ]ship", r"\bSTS\s+transfers?\b", r"vessel[- ]to[- ]vessel",
                     r"transfer(?:red|s)? at sea", r"(?:at|mid)[- ]sea transfers?"],
    "ais_manipulation": [r"\bAIS\b", r"automatic identification system", r"transponders?" + _W +
                         r"(?:off|disabled|switched|turned)", r"\bwent dark\b", r"\bgoing dark\b",
                         r"spoof(?:ed|ing|s)?\b", r"identity laundering", r"false(?:ly)? flag(?:ged|s)?\b",
                         r"\b(?:dark|shadow|ghost) fleet\b", r"fraudulent(?:ly)? (?:registered|flag)"],
    "front_companies": [r"\bfront (?:compan(?:y|ies)|firms?|entit(?:y|ies)|organi[sz]ations?)",
                        r"\bshell (?:compan(?:y|ies)|firms?|corporations?)",
                        r"\b(?:cover|straw|sham) compan(?:y|ies)"],
    "split_shipments": [r"\bsplit" + _W + r"(?:shipments?|routes?|consignments?|deliver(?:y|ies))",
                        r"\b(?:dis|re)assembl(?:ed|y|ing)\b", r"knock[- ]down kits?",
                        r"\bin (?:separate|several|multiple) (?:shipments|consignments|batches)",
                        r"shipped (?:as|in) (?:parts|components|pieces)"],
    "transshipment": [r"\btrans-?ship(?:ment|ments|ped|ping)?\b", r"\bthird countr(?:y|ies)\b",
                      r"\bre-?export(?:ed|s|ing)?\b", r"\brouted (?:through|via)\b",
                      r"\bintermediar(?:y|ies)\b", r"\bvia (?:a |an )?(?:third|intermediate) "],
    "crypto": [r"\bcrypto(?:currenc(?:y|ies)|[- ]?assets?)?\b", r"\bbitcoin\b", r"\bether(?:eum)?\b",
               r"\b(?:virtual|digital) (?:assets?|currenc(?:y|ies))", r"\bstablecoins?\b",
               r"\b(?:coin )?mixers?\b", r"\bblockchain\b", r"\btokens? (?:theft|heist|stolen)"],
    "overseas_workers": [r"\b(?:overseas|foreign|guest|dispatched|migrant|IT|expatriate)\s+(?:workers|labou?rers)",
                         r"\b(?:workers|labou?rers)\s+(?:abroad|overseas|sent|dispatched)",
                         r"\blabou?r exports?\b"],
    "falsified_documents": [r"\b(?:forged|falsified|fake|fraudulent|false|counterfeit)" + r"(?:\s+\w+)?\s+"
                            r"(?:documents?|papers|certificates?|invoices?|manifests?|declarations?|"
                            r"bills? of lading|paperwork)",
                            r"\bend[- ]user certificates?\b", r"\bmis-?(?:labell?ed|declared|described)\b"],
    "disguised_destinations": [r"\b(?:disguis|conceal|hid|mask|obscur)(?:e|ed|es|ing)?\b" + r"(?:\s+\w+){0,3}\s+"
                               r"(?:destinations?|end[- ]users?|recipients?|origins?)",
                               r"\bfalse (?:destinations?|end[- ]users?|consignees?)",
                               r"\b(?:declared|stated) destination\b", r"\bdiverted\b"],
}
_COMPILED = {tag: [re.compile(p, re.IGNORECASE if "AIS" not in p and "STS" not in p and "IT" not in p else 0)
                   for p in pats] for tag, pats in CUES.items()}
_COMPILED["overseas_workers"] = [re.compile(p, re.IGNORECASE) for p in CUES["overseas_workers"]]


def tag_text(text: str) -> list[str]:
    """Tags for a piece of text, each naming the first cue that set it."""
    tags = []
    for tag, patterns in _COMPILED.items():
        for pattern in patterns:
            m = pattern.search(text)
            if m:
                cue = " ".join(m.group(0).split()).replace(",", " ").replace("'", "’")
                tags.append(f"{tag}: '{cue}'")
                break
    return tags


def tag_claim(claim: Claim) -> list[str]:
    """Tags from the claim's evidence sentence and item."""
    return tag_text(f"{claim.evidence}\n{claim.item or ''}")


def tag_names(tags: list[str]) -> list[str]:
    return sorted({t.split(":", 1)[0] for t in tags})
