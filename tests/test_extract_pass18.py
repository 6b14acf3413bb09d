"""Session-14 rules: measures told as lists and freezes, components by name, and 'the firms' (sentences written
here). The hand-written rules are tested alone (``learned=False``), so a learned claim cannot hide a rule's miss."""

from __future__ import annotations

import pytest

from armswatch import extract
from extract_helpers import pairs


def test_asset_freezes_read_as_a_verb_still_target_each_state_listed() -> None:
    text = ("SEOUL - South Korea widened its sanctions on Thursday. The cabinet approved asset freezes on nine "
            "firms in Russia, Belarus and Kazakhstan.")
    got = pairs(text, "enforcement")
    assert {("KR", "RU"), ("KR", "BY"), ("KR", "KZ")} <= set(got)


def test_a_body_placed_by_its_capital_acts_for_that_state_not_the_dateline() -> None:
    text = ("BRUSSELS - The European Union imposed sanctions on Iran on Monday. In Ottawa, the government approved "
            "asset freezes on four companies in Iran and Oman.")
    got = pairs(text, "enforcement")
    assert ("CA", "OM") in got
    assert ("BE", "OM") not in got


def test_a_ban_that_covers_firms_in_several_states_targets_each() -> None:
    text = ("Australia imposed new sanctions on Russia on Friday. The export ban covers firms registered in "
            "Armenia, Georgia and Serbia.")
    got = pairs(text, "enforcement")
    assert {("AU", "AM"), ("AU", "GE"), ("AU", "RS")} <= set(got)


def test_measures_that_apply_to_a_states_entities_target_that_state() -> None:
    text = ("Canada announced sanctions on Russian banks on Tuesday. The measures also apply to two Iranian "
            "entities.")
    assert ("CA", "IR") in pairs(text, "enforcement")


def test_firms_added_to_the_list_in_a_sanctions_story_are_listed_by_the_last_enforcer() -> None:
    text = ("Japan imposed sanctions on Chinese suppliers on Friday. Two Turkey-based trading companies were also "
            "added to the list.")
    got = pairs(text, "enforcement")
    assert ("JP", "TR") in got
    assert not any(actor == "TR" for actor, _ in got)


def test_a_package_that_adds_ships_to_the_list_is_the_enforcers() -> None:
    text = ("The European Union adopted sanctions on Iran on Monday. The package also added 40 tankers of Iran's "
            "fleet to the list of vessels banned from its ports.")
    assert ("European Union", "IR") in pairs(text, "enforcement")


@pytest.mark.parametrize("text", [
    "Iran listed its conditions for the talks, the ministry said.",
    "The inventory lists anti-ship missiles, radars and drone engines.",
])
def test_listing_things_is_no_designation(text: str) -> None:
    assert pairs(text, "enforcement") == []


def test_the_list_in_a_story_with_no_measure_is_no_listing() -> None:
    text = "Three clubs were added to the list of teams that will play in the autumn cup, the league said."
    assert pairs(text, "enforcement") == []


def test_brussels_imposing_a_measure_is_the_european_union() -> None:
    text = "Brussels listed six companies in Belarus that it said had sold drone engines to Russia."
    got = pairs(text, "enforcement")
    assert ("European Union", "BY") in got
    assert not any(actor == "BE" for actor, _ in got)


def test_the_designated_firm_refers_back_and_is_no_new_designation() -> None:
    text = ("Canada designated a trading house in Iran on Monday. Officials said the designated firm runs "
            "procurement for the drone programme.")
    got = pairs(text, "enforcement")
    assert len(got) == 1


def test_a_second_on_phrase_names_targets_too() -> None:
    text = "Britain imposed sanctions on a Dubai shipping agent and on two Iranian officers."
    assert ("GB", "IR") in pairs(text, "enforcement")


@pytest.mark.parametrize("goods", ["navigation modules", "servo motors", "jet engines", "guidance kits",
                                   "milling machines", "microcontrollers"])
def test_named_components_are_goods_supplied(goods: str) -> None:
    assert ("CN", "RU") in pairs(f"China supplied {goods} to Russia, the report said.", "transfer")


def test_the_firms_after_a_listing_are_the_listed_firms_state() -> None:
    text = ("Britain added four Armenian trading firms to its sanctions list on Monday. The government said the "
            "firms had delivered microcontrollers to Russia.")
    assert ("AM", "RU") in pairs(text, "transfer")


def test_sanctions_on_companies_with_no_state_name_no_state() -> None:
    text = ("A Chinese-owned group ran the scheme, investigators said. Japan and South Korea are preparing "
            "sanctions on shipping companies named in the report.")
    got = pairs(text, "enforcement")
    assert ("JP", None) in got and ("KR", None) in got


@pytest.mark.parametrize("text", [
    "Iran's state television admitted on Sunday that its advisers had fought in Syria.",
    "Iran's state television confirmed that its fighters had helped drive rebel forces out of Syria's Idlib "
    "province.",
    "Officials confirmed that soldiers of Iran had taken part in expelling rebel forces from Syria's Idlib region.",
    "Analysts believe some 2,000 Iranian fighters remain stationed in Syria, mainly guarding supply routes.",
])
def test_foreign_troops_fighting_or_posted_in_a_state_are_deployed_there(text: str) -> None:
    assert ("IR", "SY") in pairs(text, "deployment")


def test_the_enemy_driven_out_is_never_the_host() -> None:
    text = "Officials said Iranian fighters had helped drive Turkish forces out of Syria's Idlib province."
    got = pairs(text, "deployment")
    assert ("IR", "SY") in got and ("IR", "TR") not in got


def test_troops_sent_with_no_state_named_are_the_deployment_told_before() -> None:
    text = ("Belarus sent troops to Russia in March, officials said. A further 2,000 soldiers were sent in May to "
            "replace losses.")
    got = pairs(text, "deployment")
    assert got.count(("BY", "RU")) == 2


def test_helping_with_technology_is_still_a_transfer() -> None:
    text = "Officials suspect China may be helping Pakistan with its satellite programme."
    assert ("CN", "PK") in pairs(text, "transfer")


def test_goods_carried_from_one_state_to_another_are_a_transfer_between_them() -> None:
    text = "A Russian-flagged freighter carried artillery rounds from Nampo to Vladivostok in March, analysts said."
    assert ("KP", "RU") in pairs(text, "transfer")


@pytest.mark.parametrize("text", [
    "The new missile can carry a nuclear warhead to targets in Japan, analysts said.",
    "North Korea carried out a test of a cruise missile from a site near Nampo.",
    "The ship carried rice from Thailand to the Philippines.",
])
def test_carrying_without_weapons_moved_between_two_states_is_no_transfer(text: str) -> None:
    assert pairs(text, "transfer") == []


def test_the_ship_is_the_state_of_the_vessel_named_before() -> None:
    text = ("A Russian-flagged cargo ship loaded munitions that North Korea had sent to Russia. The ship switched "
            "off its tracking transponder before it reached port, analysts said.")
    assert ("RU", None) in pairs(text, "evasion")


def test_a_national_carrier_is_no_ship() -> None:
    text = ("A Russian-flagged tanker delivered fuel to North Korea in May. Britain said it would impose sanctions "
            "on Iran Air, the national carrier.")
    assert ("GB", "RU") not in pairs(text, "enforcement")


def test_the_two_countries_signing_are_the_two_sides_of_the_supply_told_before() -> None:
    text = ("Belarus has sent rifles to Myanmar, officials said. The two countries signed a defence cooperation "
            "agreement in Minsk last week.")
    got = pairs(text, "agreement")
    assert ("BY", "MM") in got or ("MM", "BY") in got


def test_the_two_countries_with_no_pair_told_sign_nothing() -> None:
    text = "The two countries signed a defence cooperation agreement in Minsk last week."
    assert pairs(text, "agreement") == []


def test_an_agreement_one_state_signed_with_another() -> None:
    text = "The jets were ordered under a defence cooperation agreement that Niger signed with Ankara in 2023."
    got = pairs(text, "agreement")
    assert ("NE", "TR") in got or ("TR", "NE") in got


def test_officials_who_met_and_signed_sign_for_their_states() -> None:
    text = ("Iran delivered drones to Russia last year. Officials from the two countries met in Tehran and signed "
            "a memorandum on military cooperation.")
    got = pairs(text, "agreement")
    assert ("IR", "RU") in got or ("RU", "IR") in got


def test_a_signed_deal_to_ship_grain_is_no_arms_agreement() -> None:
    text = ("ALMATY - Kazakhstan and Egypt signed a three-year agreement on Tuesday under which Kazakhstan will ship "
            "up to 900,000 tonnes of barley a year to Egypt, officials said.")
    assert extract(text, "2025-06-02").claims == []


def test_a_mutual_defence_treaty_is_still_an_agreement() -> None:
    text = ("A treaty committing Belarus and Russia to come to each other's aid if either is attacked was signed in "
            "Minsk, officials said, as the two sides also agreed to ship more grain.")
    got = pairs(text, "agreement")
    assert ("BY", "RU") in got or ("RU", "BY") in got
