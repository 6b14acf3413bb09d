"""Session-11 rules: organization names, weapon context names and commercial launches (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from armswatch import extract


def _orgs(text: str) -> list[str]:
    return extract(text).entities["organizations"]


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Attorney's Office for the Southern District of Florida brought the charges.",
     "U.S. Attorney's Office for the Southern District of Florida"),
    ("Prosecutors filed the complaint in the U.S. District Court for the District of Columbia on Friday.",
     "U.S. District Court for the District of Columbia"),
    ("Beijing's commerce ministry called the listings unjustified.", "Chinese Ministry of Commerce"),
    ("Kyrgyzstan's economy ministry said it would check the exporters.", "Kyrgyz Ministry of Economy"),
    ("The Council of the EU added nine firms to its list.", "Council of the European Union"),
])
def test_full_names_of_courts_prosecutors_and_ministries(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_stablecoins_are_not_organizations() -> None:
    orgs = _orgs("The workers were paid in USDT and USDC, which were later swapped for Bitcoin.")
    assert not {"USDT", "USDC", "Bitcoin"} & set(orgs)


def test_the_scorer_ignores_a_trailing_acronym() -> None:
    from armswatch.extraction.evaluate import _canon

    assert _canon("Security Service of Ukraine (SBU)") == _canon("SBU") == _canon("Security Service of Ukraine")


def test_family_names_before_a_weapon_noun_are_weapons() -> None:
    weapons = extract("Police found Grad rockets in the truck, and Shahed drones struck the port.").entities["weapons"]
    assert {"Grad", "Shahed"} <= set(weapons)
    assert "Su-30SM2" in extract("Belarus received two Su-30SM2 fighters from Russia.").entities["weapons"]


def test_a_company_launching_rockets_is_not_a_weapons_test() -> None:
    assert extract("The company plans to launch four rockets next year for paying customers.").claims == []
    got = extract("North Korea plans to launch more rockets next month, officials in Seoul said.")
    assert [(c.type, c.actor) for c in got.claims] == [("test", "KP")]
