"""Company actors and legal arms-trade phrasing (sentences written for these tests)."""

from __future__ import annotations

import pytest

from extract_helpers import keys, run  # noqa: F401 (shared fixture)


def test_private_firm_named_as_seller_is_the_actor(run) -> None:
    got = run("Swedish gun maker Saab has agreed to sell its new artillery systems to Estonia.")
    assert ("transfer", "Saab", "EE") in keys(got)
    assert any(c.type == "agreement" and {c.actor, c.recipient} == {"Saab", "EE"} for c in got.claims)
    assert all(c.status == "planned" for c in got.claims if c.type == "transfer")


def test_unknown_firm_with_company_suffix_keeps_its_name(run) -> None:
    got = run("Investigators said Harbin Vostok Machinery Co. shipped drone engines to Russia.")
    assert any(c.type == "transfer" and c.actor == "Harbin Vostok Machinery Co." and c.recipient == "RU"
               for c in got.claims)


def test_state_owned_firm_stands_for_its_state(run) -> None:
    got = run("Rosoboronexport delivered two air defence systems to Myanmar last year.")
    assert ("transfer", "RU", "MM") in keys(got)


def test_supplier_from_designation_origin(run) -> None:
    got = run("Vietnam took delivery of two batteries of BrahMos missiles in March.")
    assert any(c.type == "transfer" and c.actor == "IN" and c.recipient == "VN" for c in got.claims)


def test_talks_on_buying_a_named_weapon_are_a_planned_purchase(run) -> None:
    got = run("The Philippines unveiled two K9 howitzers. Malaysia has held talks on buying the howitzer.")
    found = [c for c in got.claims if c.type == "transfer" and c.recipient == "MY"]
    assert found and found[0].actor == "KR" and found[0].status == "planned"


def test_a_company_keeps_its_trade_word_and_legal_form() -> None:
    from armswatch import extract

    orgs = extract("Dubai-based Qaswa Marine General Trading LLC changed its registration in May.").entities
    assert orgs["organizations"] == ["Qaswa Marine General Trading LLC"]
    orgs = extract("A Dubai-registered electronics trader named Gulf Meridian Electronics FZE bought the "
                   "chips.").entities
    assert orgs["organizations"] == ["Gulf Meridian Electronics FZE"]


def test_a_company_name_is_not_widened_into_a_country_or_a_stop_word() -> None:
    from armswatch import extract

    orgs = extract("The Treasury also named Bright Crest Shipping Ltd. and Russia's Vostok Trading LLC.").entities
    assert "Bright Crest Shipping Ltd." in orgs["organizations"]
    assert not any(o.startswith(("Russia", "The ", "And ")) for o in orgs["organizations"])


def test_a_designated_company_is_targeted_in_the_state_it_is_based_in(run) -> None:
    got = run("The Treasury designated Dubai-based Qaswa Marine General Trading LLC for arranging fuel "
              "deliveries to North Korean tankers.")
    assert ("enforcement", "US", "AE") in keys(got)


def test_well_known_outlets_and_groups_take_their_canonical_names() -> None:
    from armswatch import extract

    orgs = extract("Iran's Tasnim reported the launch, while analysts at Kpler tracked the tanker.").entities
    assert {"Tasnim News Agency", "Kpler"} <= set(orgs["organizations"])


def test_a_list_of_firms_with_legal_forms_is_read_in_full() -> None:
    from armswatch import extract

    text = ("The companies named in the indictment are Kestrel Components LLC and Hudson Signal Supply Inc., both "
            "of New York; Arktur Trade LLC of Russia; and Pearl River Link Ltd of Hong Kong.")
    orgs = set(extract(text).entities["organizations"])
    assert {"Kestrel Components LLC", "Hudson Signal Supply Inc.", "Arktur Trade LLC", "Pearl River Link Ltd"} <= orgs


def test_a_short_form_after_the_full_name_is_the_same_firm() -> None:
    from armswatch import extract

    text = ("Prosecutors named Kestrel Components LLC of New York. They said Kestrel Components bought "
            "microcontrollers worth $9 million and shipped them to Russia.")
    assert extract(text).entities["organizations"] == ["Kestrel Components LLC"]


@pytest.mark.parametrize("text, name", [
    ("Treasury designated Iran-based Qeshm Trading Co. Ltd. last year.", "Qeshm Trading Co. Ltd."),
    ("Among them was Hong Kong-registered Veyron Electronics Ltd, officials said.", "Veyron Electronics Ltd"),
    ("Among them was Dalian Hengruixin Marine Logistics Co., Ltd., officials said.",
     "Dalian Hengruixin Marine Logistics Co., Ltd."),
])
def test_registered_names_keep_cities_and_drop_places_of_registration(text: str, name: str) -> None:
    from armswatch.extraction.companies import registered_names

    assert [n for _, _, n in registered_names(text)] == [name]


@pytest.mark.parametrize("text", [
    "The drones came from China Aerospace Science and Technology Corporation, officials said.",
    "Nigeria bought drones from the Aviation Industry Corporation of China last year.",
])
def test_names_with_a_connector_are_not_cut_short(text: str) -> None:
    from armswatch.extraction.companies import registered_names

    assert registered_names(text) == []
