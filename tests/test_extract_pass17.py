"""Session-13 rules: what a shipment held, interceptions, and lists the parser splits (sentences written here)."""

from __future__ import annotations

import pytest

from armswatch import extract
from armswatch.extraction.restate import fill_parties
from armswatch.model import Claim


def _claims(text: str, kind: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.actor, c.recipient, c.item) for c in extract(text, "2025-05-09").claims if c.type == kind]


def test_each_item_a_seized_cargo_held_is_a_transfer_of_the_supply_told_before() -> None:
    text = ("Egyptian border guards stopped a lorry carrying weapons that Libya had sent to Sudan's army. "
            "According to the guards, the cargo included anti-tank missiles, mortar rounds and assault rifles.")
    got = _claims(text, "transfer")
    items = {item for actor, recipient, item in got if (actor, recipient) == ("LY", "SD")}
    assert {"anti-tank missiles", "small arms"} <= items


def test_the_contents_sentence_takes_the_parties_named_in_it() -> None:
    got = _claims("A cargo of rifles that Iran sent to Sudan in March also included drones and mortar shells.",
                  "transfer")
    assert {("IR", "SD", "small arms"), ("IR", "SD", "drones"), ("IR", "SD", "artillery shells")} <= set(got)


@pytest.mark.parametrize("text", [
    "The package also lists 22 companies in Turkey and the Gulf.",  # a sanctions package lists firms
    "The cargo included rice, cooking oil and blankets for flood victims.",  # no weapon among the goods
])
def test_a_list_of_non_weapons_gives_no_transfer(text: str) -> None:
    story = "Iran has shipped drones to Russia, officials said. " + text
    assert [c for c in extract(story, "2025-05-09").claims if c.rule == "transfer:contents"] == []


def test_contents_with_no_supply_told_give_nothing() -> None:
    assert _claims("The haul included rifles and ammunition, the police said.", "transfer") == []


def test_intercepting_a_vessel_with_arms_is_a_seizure_against_the_supplier() -> None:
    text = "Oman's navy said it had intercepted a boat carrying rifles and rockets that Iran had sent to the Houthis."
    enf = _claims(text, "enforcement")
    assert ("OM", "IR", "seizure") in enf
    assert ("IR", "YE", "small arms") in _claims(text, "transfer")


def test_intercepting_missiles_in_flight_is_no_enforcement() -> None:
    text = "Israel's air defences intercepted most of the ballistic missiles fired from Iran overnight."
    assert _claims(text, "enforcement") == []


def test_a_list_the_parser_hangs_on_the_first_noun_gives_each_item() -> None:
    text = ("Ukrainian intelligence said North Korea sent Russia KN-23 ballistic missiles, 170 mm self-propelled "
            "guns and 240 mm multiple rocket launchers, in addition to artillery shells.")
    items = {item for actor, recipient, item in _claims(text, "transfer") if (actor, recipient) == ("KP", "RU")}
    assert {"ballistic missiles", "artillery shells", "rocket systems"} <= items


def test_the_country_is_the_state_named_before_it_in_the_sentence() -> None:
    text = "Belarus's foreign ministry on Monday denied that the country had sold artillery shells to Myanmar."
    assert ("BY", "MM", "artillery shells") in _claims(text, "transfer")


def test_from_on_a_transfer_noun_names_the_supplier_over_the_accuser() -> None:
    text = ("Canada froze the assets of two brokers. Ottawa accuses them of arranging deliveries of rifles and "
            "mortar rounds from Iran to Sudan.")
    got = {(a, r) for a, r, _ in _claims(text, "transfer")}
    assert ("IR", "SD") in got and not any(a == "CA" for a, _ in got)


@pytest.mark.parametrize("text", [
    "Mali already flies the Bayraktar TB2, which it acquired from Turkey in 2022.",
    "Pilots have been flying Iranian drones over the front since the spring.",
])
def test_flying_aircraft_is_no_transfer_without_a_destination(text: str) -> None:
    assert [c for c in extract(text, "2025-05-09").claims if c.rule == "transfer:fly"] == []


def test_flying_weapons_to_a_state_is_a_transfer() -> None:
    text = "Investigators said the airline had flown drones and spare parts to Russia from Tehran."
    assert any(c.rule == "transfer:fly" and c.recipient == "RU" for c in extract(text, "2025-05-09").claims)


@pytest.mark.parametrize("text", [
    "Moscow said its partnership with Pyongyang was not directed against third countries.",
    "Tehran said the pact with Russia concerns no third country and respects the arms embargo.",
    "Kim Jong Un said the treaty was not aimed at any third country.",
])
def test_diplomatic_formulas_are_no_evasion_or_enforcement(text: str) -> None:
    story = "North Korea has shipped artillery shells to Russia, officials said. " + text
    claims = extract(story, "2025-05-09").claims
    assert [c for c in claims if c.type in ("evasion", "enforcement")] == []


def test_intermediaries_in_third_countries_are_still_evasion() -> None:
    text = "Russian buyers obtain Western chips through intermediaries in third countries, investigators said."
    assert any(c.type == "evasion" and c.actor == "RU" for c in extract(text, "2025-05-09").claims)


def test_an_embargo_standing_since_a_past_year_is_no_new_measure() -> None:
    assert _claims("A UN arms embargo has applied to the Darfur region since 2004.", "enforcement") == []


def test_imposing_an_embargo_is_enforcement() -> None:
    assert ("European Union", "MM") in {(a, r) for a, r, _ in
                                        _claims("The European Union imposed an arms embargo on Myanmar.",
                                                "enforcement")}


def test_shell_companies_are_not_artillery_shells() -> None:
    text = "Russian procurement agents used shell companies in Armenia to hide the destination of the goods."
    assert not any(c.item == "artillery shells" for c in extract(text, "2025-05-09").claims)


def test_asset_freezes_misparsed_as_a_verb_still_name_the_target() -> None:
    text = "Britain imposed asset freezes on three Iranian firms on Tuesday."
    assert ("GB", "IR") in {(a, r) for a, r, _ in _claims(text, "enforcement")}


def test_switching_off_transponders_is_evasion_by_the_state_told_of() -> None:
    text = ("North Korean tankers made at least ten trips to Nakhodka last year in breach of UN sanctions, the "
            "researchers said. The North Korean tankers switched off their transponders before entering Russian "
            "waters.")
    assert any(c.type == "evasion" and c.actor == "KP" and c.item == "transponder manipulation"
               for c in extract(text, "2025-05-09").claims)


def test_fishing_boats_going_dark_evade_no_sanctions() -> None:
    text = ("The coast guard seized three trawlers fishing without licences off Jeju. "
            "Investigators said the boats had switched off their transponders to avoid patrol aircraft.")
    assert extract(text, "2025-05-09").claims == []


def test_crypto_mixers_are_evasion_but_industrial_mixers_are_not() -> None:
    crypto = ("Hackers working for North Korea stole $300 million from an exchange in June. "
              "The stolen coins were then passed through mixers and cross-chain bridges, investigators said.")
    assert any(c.type == "evasion" and c.item == "cryptocurrency laundering"
               for c in extract(crypto, "2025-05-09").claims if c.evidence.startswith("The stolen"))
    plant = ("Iran is rebuilding its missile plants, officials said. "
             "The strikes damaged the planetary mixers used to make solid propellant.")
    assert not any(c.type == "evasion" for c in extract(plant, "2025-05-09").claims)


def test_a_monitoring_body_reporting_evasion_is_never_the_evader() -> None:
    text = ("The Multilateral Sanctions Monitoring Team published its second report on Thursday. "
            "Several North Korean tankers switched off their transponders for days at a time, the report said.")
    evaders = {c.actor for c in extract(text, "2025-05-09").claims if c.type == "evasion"}
    assert evaders and "Multilateral Sanctions Monitoring Team" not in evaders


def _claim(kind: str, actor: str | None, recipient: str | None) -> Claim:
    return Claim(type=kind, actor=actor, recipient=recipient, item="drones", status="reported", evidence="x",
                 evidence_start=0, evidence_end=1)


def test_a_supply_with_no_recipient_goes_to_the_only_state_its_actor_supplies() -> None:
    claims = [_claim("transfer", "IR", "RU"), _claim("transfer", "IR", None), _claim("deployment", "IR", None)]
    fill_parties(claims)
    assert claims[1].recipient == "RU"
    assert claims[2].recipient is None  # no deployment by IR with a recipient was told


def test_an_actor_supplying_two_states_leaves_the_recipient_open() -> None:
    claims = [_claim("transfer", "IR", "RU"), _claim("transfer", "IR", "YE"), _claim("transfer", "IR", None)]
    fill_parties(claims)
    assert claims[2].recipient is None



def test_a_supply_with_no_supplier_comes_from_the_only_state_supplying_that_recipient() -> None:
    claims = [_claim("transfer", "CN", "RU"), _claim("transfer", None, "RU"), _claim("transfer", None, "IR")]
    fill_parties(claims)
    assert claims[1].actor == "CN" and claims[2].actor is None


def test_a_company_supplier_does_not_name_the_state_for_another_claim() -> None:
    claims = [_claim("transfer", "Kestrel Components LLC", "RU"), _claim("transfer", None, "RU")]
    fill_parties(claims)
    assert claims[1].actor is None


@pytest.mark.parametrize("text, expected", [
    ("Officials say the Iranian-made missiles were destined for Yemen.", ("IR", "YE", "missiles")),
    ("Libya sent arms to Sudan last year. Investigators believe the rifles found in the truck were bound for Sudan.",
     ("LY", "SD", "small arms")),
    ("Analysts said the trains most likely carried North Korean artillery shells bound for Russian forces.",
     ("KP", "RU", "artillery shells")),
])
def test_goods_destined_for_a_state_are_a_transfer_to_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _claims(text, "transfer")


@pytest.mark.parametrize("text", [
    "The satellite separated from the upper stage four hours later, bound for a geostationary orbit.",
    "Exporters are racing to fill orders of fireworks destined for Europe before the new year.",
    "Two planes carrying vaccines bound for Ghana left Mumbai on Monday.",
])
def test_civil_goods_or_places_bound_somewhere_are_no_transfer(text: str) -> None:
    assert _claims(text, "transfer") == []


def test_helping_a_state_with_technology_is_a_transfer_of_each_kind() -> None:
    text = "Officials suspect Russia may be helping Iran with satellite and submarine technology."
    got = _claims(text, "transfer")
    assert ("RU", "IR", "space technology") in got and ("RU", "IR", "submarine technology") in got


def test_help_with_a_programme_in_a_list_of_supplies_is_an_item() -> None:
    text = ("In return, Moscow is believed to be supplying Pyongyang with fuel, air-defence systems and help with "
            "its satellite programme.")
    assert ("RU", "KP", "space technology") in _claims(text, "transfer")


@pytest.mark.parametrize("text", [
    "The space agency has helped several startups with test facilities.",
    "The new routes could help Riga compete with Helsinki for transit passengers.",
])
def test_help_with_no_military_goods_is_no_transfer(text: str) -> None:
    assert _claims(text, "transfer") == []


def test_a_civilian_drone_story_claims_nothing_outside_military_sentences() -> None:
    text = ("Farm cooperatives in the Mekong delta now spray rice with agricultural drones. "
            "A Chinese maker said it had signed a technology transfer agreement with a Thai cooperative to train "
            "local pilots. More than 8,000 drones were operating in the southern provinces last year.")
    assert extract(text, "2025-05-09").claims == []


def test_among_them_names_each_targeted_state() -> None:
    text = ("The Treasury designated seven companies, among them Hong Kong-based Golden Reef Shipping Ltd, Azure Line "
            "Trading FZE in Dubai and an Indian ship manager.")
    targets = {r for _, r, _ in _claims(text, "enforcement")}
    assert {"HK", "AE", "IN"} <= targets


def test_it_included_lists_the_haul_told_before() -> None:
    text = ("Yemeni forces seized a dhow carrying weapons that Iran had sent to the Houthis. It included cruise "
            "missile components, engines for long-range drones, radar systems and surface-to-air missiles.")
    items = {i for a, r, i in _claims(text, "transfer") if (a, r) == ("IR", "YE")}
    assert {"missile technology", "drone components", "radar", "air defence systems"} <= items


def test_goods_from_a_state_that_were_destined_for_another() -> None:
    text = "Police stopped a lorry carrying rifles from Iran that were destined for Sudan's army."
    assert ("IR", "SD", "small arms") in _claims(text, "transfer")


def test_such_goods_are_the_goods_named_before() -> None:
    text = ("Russia imports machine tools through third countries, officials said. Exports of such goods from "
            "Armenia to Russia have jumped since 2022.")
    assert ("AM", "RU", "machine tools") in _claims(text, "transfer")


@pytest.mark.parametrize("kind, actor, recipient, kept", [
    ("transfer", "IR", "RU", True),
    ("transfer", "IR", None, False),
    ("transfer", None, "RU", False),
    ("enforcement", "US", None, False),
    ("agreement", "RU", None, False),
    ("evasion", "KP", None, True),
    ("production", "KP", None, True),
    ("deployment", None, "RU", False),
])
def test_a_learned_claim_must_name_the_parties_its_type_needs(kind: str, actor: str | None,
                                                               recipient: str | None, kept: bool) -> None:
    from armswatch.extraction.core import _complete

    assert _complete(_claim(kind, actor, recipient)) is kept


def _weapons(text: str) -> list[str]:
    return extract(text, "2025-05-09").entities["weapons"]


def test_a_family_named_only_bare_is_the_weapon() -> None:
    assert "Shahed" in _weapons("Russia is helping North Korea build Shahed-type attack drones, a lawmaker said.")
    assert "Shahed" in _weapons("Ukraine shot down 40 Shaheds overnight.")


def test_a_bare_family_adds_nothing_when_a_numbered_one_is_named() -> None:
    weapons = _weapons("Iran supplied Shahed-136 drones to Russia. The Shaheds were launched at Kyiv.")
    assert "Shahed-136" in weapons and "Shahed" not in weapons


def test_more_designations_are_known() -> None:
    weapons = _weapons("The haul held Kornet anti-tank missiles, Dehlavieh launchers, a Sayyad-2C missile and a "
                       "Quds-4 cruise missile; Pyongyang also sent M1991 rocket launchers.")
    assert {"Kornet", "Dehlavieh", "Sayyad-2C", "Quds-4", "M1991"} <= set(weapons)


def test_a_law_is_no_organization() -> None:
    orgs = extract("Prosecutors said the man broke the Export Control Reform Act and the International Emergency "
                   "Economic Powers Act by shipping chips to Russia.", "2025-05-09").entities["organizations"]
    assert not any(o.endswith("Act") for o in orgs)
