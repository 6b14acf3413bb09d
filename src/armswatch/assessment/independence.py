"""Independent sources: which origin each claim counts for (pure).

A claim counts toward the outlet or agency it is attributed to ("Daily NK",
"KCNA", "John Kirby (White House)" → White House, "Putin (via Yonhap)" →
Yonhap), never as a new source.  A claim in the article's own voice, or one
attributed vaguely ("experts", "US officials"), counts toward the document's
outlet — or, for a near-duplicate copy, the outlet of the earliest copy.
Syndicated copies and attribution chains therefore add nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from armswatch.model import Claim, Document

_SUFFIXES = {"com", "org", "net", "co", "uk", "kr", "jp", "kp", "ru", "ir", "gov", "ac", "info", "int", "or",
             "www", "en", "english", "edu", "de", "fr", "cn", "ua", "news"}
_VAGUE = {
    "expert", "experts", "analyst", "analysts", "official", "officials", "source", "sources", "observer",
    "observers", "diplomat", "diplomats", "report", "reports", "media", "intelligence", "researcher",
    "researchers", "authorities", "government", "military", "people", "residents", "witnesses", "insider",
    "insiders", "unnamed", "anonymous", "senior", "informed", "person", "familiar", "with", "the", "matter",
    "a", "an", "some", "several", "other", "and", "of", "security", "defense", "defence", "western", "local",
    "state", "administration", "spokesperson", "spokesman", "agency", "agencies", "services", "service",
    "us", "u.s.", "un", "u.n.", "eu", "uk", "south", "north", "korean", "american", "ukrainian", "russian",
    "japanese", "european", "iranian", "israeli", "chinese", "british", "french", "german", "seoul",
    "washington", "kyiv", "moscow", "tokyo", "beijing", "pyongyang", "tehran",
}


def compact(text: str) -> str:
    text = text.casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^a-z0-9]+", "", text)


@lru_cache(maxsize=1)
def known_origins() -> tuple[dict[str, str], dict[str, str]]:
    """(alias → key, key → display name) from the packaged table."""
    data = json.loads(resources.files("armswatch.data").joinpath("origins.json").read_text("utf-8"))
    aliases, names = {}, {}
    for key, entry in data.items():
        if key.startswith("_"):
            continue
        names[key] = entry["name"]
        for alias in [key, entry["name"], *entry["aliases"]]:
            aliases[compact(alias)] = key
            if "." in alias:
                aliases[compact(domain_label(alias))] = key
    return aliases, names


def domain_label(host: str) -> str:
    """``english.kyodonews.net`` → ``kyodonews``; ``www.bbc.co.uk`` → ``bbc``."""
    labels = [p for p in host.casefold().split(".") if p]
    core = [p for p in labels[:-1] if p not in _SUFFIXES]  # the last label is the TLD
    return core[-1] if core else (labels[0] if labels else host)


def is_vague(source: str) -> bool:
    words = re.findall(r"[\w.]+", source.casefold())
    return not words or all(w.strip(".") in _VAGUE or w in _VAGUE for w in words)


def origin_of_name(name: str) -> tuple[str, str] | None:
    """(key, display name) for an attributed source or outlet, None if too vague to identify."""
    aliases, names = known_origins()
    name = " ".join(name.split())
    if not name:
        return None
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    if m:  # "John Kirby (White House)", "Putin (via Yonhap)"
        person, org = m.group(1), re.sub(r"^(via|citing|through)\s+", "", m.group(2), flags=re.I)
        for part in (org, person):
            if compact(part) in aliases:
                return origin_of_name(part)
        if not is_vague(org):
            return origin_of_name(org)
        return origin_of_name(person)
    if " " not in name and "." in name:  # a web domain
        key = aliases.get(compact(name)) or aliases.get(compact(domain_label(name)))
        return (key, names[key]) if key else (compact(domain_label(name)), name.casefold().removeprefix("www."))
    key = aliases.get(compact(name))
    if key:
        return key, names[key]
    if is_vague(name):
        return None
    return compact(name), name


def root_id(doc: Document) -> str:
    return doc.duplicate_of or doc.id


def claim_origin(claim: Claim, doc: Document, documents: Mapping[str, Document]) -> tuple[str, str]:
    """The independent-source (key, name) a claim counts toward."""
    if claim.source:
        found = origin_of_name(claim.source)
        if found:
            return found
    root = documents.get(root_id(doc), doc)
    if root.outlet:
        found = origin_of_name(root.outlet)
        if found:
            return found
    return "doc:" + root_id(doc), "document " + root_id(doc)
