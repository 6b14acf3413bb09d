"""Session-12 rules: who imposes and who is targeted, rotations and 'turn out' (sentences written for these tests)."""

from __future__ import annotations

import pytest

from armswatch import extract


def _keys(text: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(c.actor, c.recipient) for c in extract(text, "2025-03-14").claims if c.type == kind}


def test_an_eu_institution_imposes_the_european_unions_sanctions() -> None:
    keys = _keys("On Monday the Council of the European Union adopted sanctions on Iranian drone makers.",
                 "enforcement")
    assert ("European Union", "IR") in keys
    assert not any(actor == "Council of the European Union" for actor, _ in keys)


def test_the_eu_body_keeps_its_own_name_in_the_organization_list() -> None:
    orgs = extract("The Council of the European Union adopted sanctions on Iranian drone makers.").entities
    assert "Council of the European Union" in orgs["organizations"]


@pytest.mark.parametrize("text, expected", [
    ("Britain on Thursday announced sanctions on North Korea's defence minister.", ("GB", "KP")),
    ("Canada unveiled new sanctions on Iranian drone suppliers on Friday.", ("CA", "IR")),
])
def test_a_state_announcing_sanctions_imposes_them(text: str, expected: tuple[str, str]) -> None:
    assert expected in _keys(text, "enforcement")


def test_a_state_announcing_sanctions_after_another_state_is_mentioned() -> None:
    text = ("Japan's defence ministry said it had tracked the launch. "
            "Britain on Thursday announced sanctions on North Korea's defence minister.")
    keys = _keys(text, "enforcement")
    assert ("GB", "KP") in keys and not any(actor == "JP" for actor, _ in keys)


def test_the_sanctions_list_of_the_imposing_states_is_no_target() -> None:
    keys = _keys("The United States, the European Union and Britain have all put the plant's operator on "
                 "their sanctions lists.", "enforcement")
    assert {actor for actor, _ in keys} == {"US", "European Union", "GB"}
    assert not {recipient for _, recipient in keys} & {"US", "GB"}


@pytest.mark.parametrize("text, expected", [
    ("Washington has since added dozens of Kyrgyz, Kazakh and Turkish firms to its export blacklist.",
     {"KG", "KZ", "TR"}),
    ("The Commerce Department added the Armenian and Emirati shell firms to its Entity List last year.",
     {"AM", "AE"}),
    ("The Treasury sanctioned Chinese and Russian companies on Tuesday.", {"CN", "RU"}),
])
def test_each_state_of_a_run_of_demonyms_is_targeted(text: str, expected: set[str]) -> None:
    assert {recipient for _, recipient in _keys(text, "enforcement")} == expected


def test_one_demonym_still_gives_one_target() -> None:
    assert {r for _, r in _keys("The Treasury sanctioned three Chinese companies on Tuesday.", "enforcement")} \
        == {"CN"}


def test_rotating_soldiers_into_a_state_is_a_deployment() -> None:
    text = ("SEOUL, March 14 - North Korea has rotated a new contingent of about 2,000 soldiers into Russia to "
            "replace units that took losses near Kursk, South Korea's National Intelligence Service said.")
    assert ("KP", "RU") in _keys(text, "deployment")
    assert not any(recipient == "KR" for _, recipient in _keys(text, "deployment"))


def test_rotating_staff_at_an_office_is_no_deployment() -> None:
    assert not extract("The ministry rotated its spokesmen every six months.", "2025-03-14").claims


def test_turning_out_weapons_is_production() -> None:
    assert ("RU", None) in _keys("Russia's Alabuga plant now turns out more than 2,000 attack drones a month.",
                                 "production")


@pytest.mark.parametrize("text", [
    "Thousands of supporters turned out to watch the parade in Moscow.",
    "The talks in Tehran turned out to be shorter than planned.",
])
def test_other_senses_of_turn_out_are_no_claims(text: str) -> None:
    assert not extract(text, "2025-03-14").claims


def test_a_speaker_is_not_what_it_refers_to() -> None:
    text = ("North Korea fired a hypersonic missile on Monday, Seoul said. "
            "Japan's defence ministry said the missile flew about 1,100 km before landing in the sea. "
            "The launch came days after it flight-tested a new solid-fuel ballistic missile.")
    actors = {actor for actor, _ in _keys(text, "test")}
    assert actors == {"KP"}


def test_he_is_the_state_of_the_official_named_before() -> None:
    text = ("Kim Jong Un toured several munitions factories last month, "
            "where he ordered a sharp increase in the production of missiles.")
    assert ("KP", None) in _keys(text, "production")


def test_a_supply_after_a_deployment_goes_to_the_same_host() -> None:
    text = ("North Korea has sent about 15,000 troops to Russia, the agency said. "
            "Pyongyang has also shipped KN-23 ballistic missiles and self-propelled guns since January.")
    assert ("KP", "RU") in _keys(text, "transfer")


def test_examples_of_listed_entities_name_the_states_targeted() -> None:
    text = ("On Monday the European Union added eight entities to its sanctions list, including two Chinese "
            "companies that supply drone engines.")
    keys = _keys(text, "enforcement")
    assert ("European Union", "CN") in keys and not any(actor == "CN" for actor, _ in keys)


def test_a_bare_number_counts_the_goods_named_before() -> None:
    text = "Russia's Alabuga plant builds attack drones. Officials said Moscow aims to produce 6,000 a month."
    claims = [c for c in extract(text, "2025-03-14").claims if c.type == "production"]
    assert len(claims) == 2 and {c.item for c in claims} == {"attack drones"}


@pytest.mark.parametrize("line, furniture", [
    ("By Jane Doe and John Roe, Reuters", True),
    ("By JANE DOE", True),
    ("By the agency's estimate, the North has shipped 12 million shells to Russia.", False),
    ("By the end of 2024, Russia had received 40 jets from Iran.", False),
])
def test_bylines_are_furniture_and_sentences_opening_with_by_are_not(line: str, furniture: bool) -> None:
    from armswatch.extraction.furniture import furniture_ranges

    assert bool(furniture_ranges(line)) is furniture


def test_a_sentence_opening_with_by_after_a_section_title_gives_its_claims() -> None:
    text = ("North Korea has sent troops to Russia, officials said.\n\nShells and missiles\n\n"
            "By the agency's estimate, the North has shipped more than 12 million artillery shells to Russia "
            "since August 2023.")
    assert ("KP", "RU") in _keys(text, "transfer")


def test_what_a_measure_forbids_is_no_test() -> None:
    text = "The UN Security Council has banned North Korea from conducting ballistic missile tests since 2006."
    assert not [c for c in extract(text, "2025-03-14").claims if c.type == "test"]


def test_praising_a_seizure_does_not_make_the_praiser_the_seizer() -> None:
    text = ("Yemen's coast guard said it had seized a dhow carrying Iranian missile parts bound for the Houthis. "
            "US Central Command praised the seizure, calling it the largest interception to date.")
    assert not any(actor == "US" for actor, _ in _keys(text, "enforcement"))


def test_a_veto_targets_no_state() -> None:
    keys = _keys("Russia and China vetoed a US-drafted resolution on North Korea in May 2022.", "enforcement")
    assert keys and all(recipient is None for _, recipient in keys)


def test_the_state_acting_against_an_evasion_is_not_the_evader() -> None:
    text = ("KUALA LUMPUR - Malaysia's maritime agency detained two oil tankers on Saturday for carrying out an "
            "unauthorised ship-to-ship transfer of crude off Johor.")
    assert not any(c.type == "evasion" and c.actor == "MY" for c in extract(text, "2025-08-05").claims)


def test_any_sanction_still_to_come_is_no_measure() -> None:
    text = ("FIFA said it would review an incident in which a team official shoved a referee in Bogota; "
            "any sanction would be announced later.")
    assert not extract(text, "2025-09-23").claims


def test_an_agreement_to_import_grain_is_no_arms_agreement() -> None:
    text = "CAIRO - Egypt has signed an agreement to import up to 1 million tonnes of Kazakh wheat over two years."
    assert not extract(text, "2025-09-23").claims


def test_an_agreement_to_buy_fighter_jets_is_an_agreement() -> None:
    text = "Algeria has signed an agreement with Russia to buy 14 Su-57 fighter jets, officials said."
    assert ("DZ", "RU") in _keys(text, "agreement") or ("RU", "DZ") in _keys(text, "agreement")


def test_rockets_in_a_space_launch_story_are_launch_vehicles() -> None:
    text = ("A commercial rocket put 13 satellites into orbit on Tuesday. The payload included two weather "
            "satellites and a spacecraft built for a university mission. \"The constraint now is how fast "
            "companies can build rockets,\" said one industry analyst.")
    assert not extract(text, "2025-09-23").claims


def test_rockets_in_a_war_story_are_still_produced() -> None:
    text = ("Russia's army fired more rockets at Kharkiv this week. Russia is building more rockets for its "
            "multiple launch systems at a plant near Perm, officials said.")
    assert any(c.type == "production" and c.actor == "RU" for c in extract(text, "2025-09-23").claims)


def test_a_statement_quoted_before_announces_its_issuers_sanctions() -> None:
    text = ("A Treasury Department statement said the group's employees may have tried to buy drones for the war. "
            "The statement announced sanctions on the group's chief in Mali.")
    assert any(actor == "US" for actor, _ in _keys(text, "enforcement"))


def test_the_military_is_the_state_the_article_is_about() -> None:
    text = ("Myanmar's junta has bombed villages in Sagaing with Russian-built jets, rights groups say. "
            "Myanmar's generals rely on foreign suppliers. Belarus sent a delegation to Naypyitaw last month. "
            "Investigators estimate that the military had imported at least $1 billion in weapons from Russia, "
            "China and Belarus since the coup.")
    keys = _keys(text, "transfer")
    assert {("RU", "MM"), ("CN", "MM"), ("BY", "MM")} <= keys


def test_a_demonym_inside_a_clause_on_the_target_is_not_a_target() -> None:
    text = ("The Treasury Department sanctioned a Pyongyang-based trading company that had moved the workers' "
            "earnings through Russian and Chinese bank accounts.")
    assert {recipient for _, recipient in _keys(text, "enforcement")} == {"KP"}


def test_the_host_of_troops_pays_the_sender() -> None:
    text = ("North Korea has sent about 15,000 troops to Russia, Seoul says. "
            "A senior official said Russia has provided air-defence systems and electronic warfare equipment.")
    assert ("RU", "KP") in _keys(text, "transfer")


def test_drones_in_a_civilian_drone_story_are_no_arms() -> None:
    text = ("Farmers in Kenya have taken up crop-spraying drones to fight locusts. Under a pilot programme, county "
            "governments are using drones to map breeding grounds. The drones were built by a Chinese manufacturer.")
    assert not extract(text, "2026-02-01").claims


def test_drones_in_a_war_story_are_still_arms() -> None:
    text = ("Russia launched 300 drones at Ukrainian cities overnight. The drones were built by Russia at the "
            "Alabuga plant, Ukraine's military said.")
    assert any(c.type == "production" and c.actor == "RU" for c in extract(text, "2026-02-01").claims)
