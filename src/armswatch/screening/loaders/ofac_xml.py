"""OFAC ``sdnList`` XML (sdn.xml / consolidated.xml layout, namespaced)."""

from __future__ import annotations

from pathlib import Path

from armswatch.exc import ListError
from armswatch.screening.loaders.common import (
    child_text,
    children,
    country_code,
    dedupe,
    iso_date,
    local,
    parse_xml,
    texts,
)
from armswatch.screening.model import ListEntry

TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", "entity": "Organization"}


def _full(el) -> str:  # noqa: ANN001
    return " ".join(p for p in (child_text(el, "firstName"), child_text(el, "lastName")) if p)


def parse(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    root = parse_xml(data, str(where))
    if local(root.tag) != "sdnList":
        raise ListError(f"not an OFAC sdnList XML (root <{local(root.tag)}>)", where=str(where))
    info = children(root, "publshInformation")
    date = iso_date(child_text(info[0], "Publish_Date"), day_first=False) if info else None
    source = "ofac-cons" if "consolidated" in str(where).lower() else "ofac-sdn"
    entries = []
    for el in children(root, "sdnEntry"):
        schema = TYPES.get((child_text(el, "sdnType") or "").lower(), "Organization")
        caption = _full(el)
        strong, weak = [caption], []
        for aka in (a for lst in children(el, "akaList") for a in children(lst, "aka")):
            (weak if (child_text(aka, "category") or "").lower() == "weak" else strong).append(_full(aka))
        countries = texts(el, ["addressList", "address", "country"])
        countries += texts(el, ["nationalityList", "nationality", "country"])
        countries += texts(el, ["citizenshipList", "citizenship", "country"])
        ids = texts(el, ["idList", "id", "idNumber"])
        uid = child_text(el, "uid")
        entries.append(ListEntry(
            id=f"{source}-{uid}", schema=schema, caption=caption, source=source,
            names=dedupe(strong), weak_aliases=dedupe(weak),
            programs=texts(el, ["programList", "program"]), reference=uid,
            countries=dedupe([country_code(c) for c in countries]),
            birth_dates=dedupe([iso_date(d) for d in texts(el, ["dateOfBirthList", "dateOfBirthItem",
                                                                "dateOfBirth"])]),
            identifiers=dedupe(ids),
        ))
    return date, entries
