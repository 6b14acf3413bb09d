"""UN Security Council consolidated list (sc-sanctions.xsd, ``CONSOLIDATED_LIST``)."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

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

PROGRAMMES = {
    "DPRK": "DPRK 1718", "Iran": "Iran 2231", "Al-Qaida": "ISIL/Al-Qaida 1267", "Taliban": "Taliban 1988",
    "Iraq": "Iraq 1518", "DRC": "DRC 1533", "Libya": "Libya 1970", "Somalia": "Al-Shabaab 2713",
    "CAR": "CAR 2127", "Haiti": "Haiti 2653", "Yemen": "Yemen 2140", "GB": "Guinea-Bissau 2048",
    "SouthSudan": "South Sudan 2206", "Sudan": "Sudan 1591",
}
WEAK_QUALITIES = {"low"}


def parse(data: bytes, where: Path | str) -> tuple[str | None, list[ListEntry]]:
    root = parse_xml(data, str(where))
    if local(root.tag) != "CONSOLIDATED_LIST":
        raise ListError(f"not a UN consolidated list (root <{local(root.tag)}>)", where=str(where))
    date = iso_date(root.get("dateGenerated"))
    entries = []
    for group, kind in (("INDIVIDUALS", "INDIVIDUAL"), ("ENTITIES", "ENTITY")):
        for parent in children(root, group):
            for el in children(parent, kind):
                entries.append(_entry(el, kind))
    return date, entries


def _entry(el: Element, kind: str) -> ListEntry:
    parts = [child_text(el, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    caption = " ".join(p for p in parts if p)
    ref = child_text(el, "REFERENCE_NUMBER")
    strong, weak = [caption], []
    strong += texts(el, ["NAME_ORIGINAL_SCRIPT"])
    for alias in children(el, f"{kind}_ALIAS"):
        name = child_text(alias, "ALIAS_NAME")
        quality = (child_text(alias, "QUALITY") or "").lower()
        if name:
            (weak if quality in WEAK_QUALITIES else strong).append(name)
    countries = [country_code(c) for c in texts(el, ["NATIONALITY", "VALUE"])]
    countries += [country_code(c) for c in texts(el, [f"{kind}_ADDRESS", "COUNTRY"])]
    births = []
    for dob in children(el, "INDIVIDUAL_DATE_OF_BIRTH"):
        births += [iso_date(child_text(dob, t)) for t in ("DATE", "YEAR", "FROM_YEAR", "TO_YEAR")]
    ids = [child_text(d, "NUMBER") for d in children(el, "INDIVIDUAL_DOCUMENT")]
    list_type = child_text(el, "UN_LIST_TYPE") or ""
    return ListEntry(
        id=f"un-{ref or child_text(el, 'DATAID')}",
        schema="Person" if kind == "INDIVIDUAL" else "Organization",
        caption=caption, source="un", names=dedupe(strong), weak_aliases=dedupe(weak),
        programs=[PROGRAMMES.get(list_type, list_type)] if list_type else [],
        reference=ref, countries=dedupe(countries), birth_dates=dedupe(births),
        identifiers=dedupe(ids), listed_on=iso_date(child_text(el, "LISTED_ON")),
    )
