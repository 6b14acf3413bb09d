"""Session-20 rules (sentences written here): measures on bodies in several states, however the list of states
is worded or parsed. Rules alone (``learned=False``)."""

from __future__ import annotations

from armswatch import extract


def _pairs(text: str, ctype: str = "enforcement") -> set[tuple[str | None, str | None]]:
    return {(c.actor, c.recipient) for c in extract(text, "2025-06-02", learned=False).claims if c.type == ctype}


def test_a_based_in_list_the_parser_broke_targets_each_state() -> None:
    # the parser hangs 'the United Arab Emirates and Iran' on the verb, outside the 'based in' phrase
    got = _pairs("The Treasury on Wednesday designated six entities and two individuals based in China, the "
                 "United Arab Emirates and Iran for supplying drone engines.")
    assert {("US", "CN"), ("US", "AE"), ("US", "IR")} <= got


def test_a_state_named_after_the_list_without_and_is_no_target() -> None:
    got = _pairs("The Treasury designated six firms based in China, Russia said on Friday.")
    assert ("US", "RU") not in got


def test_people_from_several_states_are_each_targeted() -> None:
    got = _pairs("Kyiv on Sunday imposed sanctions on 47 companies and 12 individuals from Russia, China, Iran "
                 "and Belarus.")
    assert {("UA", "RU"), ("UA", "CN"), ("UA", "IR"), ("UA", "BY")} <= got


def test_frozen_assets_of_firms_target_the_firms_states() -> None:
    got = _pairs("Japan in September froze the assets of companies in China, Turkey and the United Arab Emirates "
                 "that it said had helped Moscow obtain weapons components.")
    assert {("JP", "CN"), ("JP", "TR"), ("JP", "AE")} <= got


def test_examples_listed_add_their_states_to_the_first_found() -> None:
    got = _pairs("The EU on Friday listed 45 entities, including 12 in mainland China, three in India and two in "
                 "Thailand.")
    assert {("European Union", "CN"), ("European Union", "IN"), ("European Union", "TH")} <= got


def _transfers(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.actor, c.recipient, c.status) for c in extract(text, "2025-06-02", learned=False).claims
            if c.type == "transfer"]


def test_a_pronoun_in_a_second_that_clause_is_the_speaker() -> None:
    got = _transfers("Beijing has said its trade with Russia is normal commerce and that it does not supply "
                     "weapons to Iran.")
    assert [(a, r) for a, r, _ in got] == [("CN", "IR")]


def test_a_denial_to_any_party_by_the_article_s_main_state_concerns_the_next_one() -> None:
    # China is named most; the denial 'to any party' concerns Russia, the state named next most often
    text = ("The United States sanctioned two Chinese companies that built attack drones for Russia's war. The "
            "drones were made in China and later flown to Russia. China's foreign ministry has said it does not "
            "supply lethal weapons to any party in the conflict.")
    assert ("CN", "RU", "denied") in _transfers(text)


def test_a_firm_named_again_without_its_trade_word_is_the_same_firm() -> None:
    text = ("Prosecutors said Everbright Link Electronics Limited had exported microchips to Turkey. Everbright "
            "Link then shipped the parts to Russian companies.")
    ex = extract(text, "2025-06-02", learned=False)
    short = [m for m in ex.mentions if m.text == "Everbright Link"]
    assert short and short[0].label == "ORG" and short[0].canonical == "Everbright Link Electronics Limited"
    assert ("Everbright Link Electronics Limited", "RU") in {(c.actor, c.recipient) for c in ex.claims
                                                             if c.type == "transfer"}


def test_a_stem_of_one_word_is_not_taken_for_the_firm() -> None:
    ex = extract("Golden Tide Shipping Co. owns the tanker. Golden weather helped the crew.", "2025-06-02",
                 learned=False)
    assert not [m for m in ex.mentions if m.text.startswith("Golden weather") or m.text == "Golden"]


def test_a_firm_with_a_legal_form_the_gazetteer_lacks_acts_under_its_name() -> None:
    got = _transfers("Kestrel Logistics FZE shipped navigation modules to Iran.")
    assert [(a, r) for a, r, _ in got] == [("Kestrel Logistics FZE", "IR")]


def _items(text: str) -> set[str | None]:
    return {c.item for c in extract(text, "2025-06-02", learned=False).claims if c.type == "transfer"}


def test_technology_related_to_two_fields_is_two_items() -> None:
    assert _items("Russia may have provided Pyongyang with technology related to reconnaissance satellites and "
                  "nuclear-powered submarines.") == {"space technology", "submarine technology"}


def test_a_hyphenated_field_before_a_shared_technology_noun() -> None:
    assert _items("Moscow may also be sharing space-launch and submarine technology with North Korea.") == {
        "space technology", "submarine technology"}


def test_technology_for_one_field_is_one_item() -> None:
    assert _items("Moscow might hand over technology for reconnaissance satellites to Pyongyang.") == {
        "space technology"}


def test_air_defence_equipment_and_electronic_warfare_gear_are_items_of_their_own() -> None:
    assert _items("Moscow has provided air-defense equipment, electronic warfare gear and drone technology to North "
                  "Korea.") >= {"air defence equipment", "electronic warfare systems"}
    # equipment and missiles for air defence stay two items
    assert _items("Moscow handed Pyongyang air defense equipment and anti-aircraft missiles.") == {
        "air defence equipment", "air defence systems"}


def _used(text: str, ctype: str = "deployment") -> list[tuple[str | None, str | None]]:
    return sorted((c.actor, c.item) for c in extract(text, "2025-06-02", learned=False).claims if c.type == ctype)


def test_weapons_fired_in_one_breath_are_one_deployment_each() -> None:
    assert _used("The Houthis have fired hundreds of Iranian-made missiles and drones at merchant vessels.") == [
        ("Houthis", "drones"), ("Houthis", "missiles")]


def test_a_weapon_named_precisely_and_generically_is_one_item() -> None:
    # 'KN-23 and KN-24 missiles': ballistic missiles, not also 'missiles'
    assert _used("Russian forces have launched North Korean KN-23 and KN-24 missiles against Ukrainian cities.") == [
        ("RU", "ballistic missiles")]


def test_a_test_salvo_of_two_kinds_is_two_tests() -> None:
    got = _used("North Korea fired short-range ballistic missiles and multiple rocket launchers in a test on "
                "Thursday.", "test")
    assert got == [("KP", "ballistic missiles"), ("KP", "rocket systems")]


def _dated(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return sorted(((c.actor, c.recipient, c.item, c.date) for c in extract(text, "2025-06-02", learned=False).claims
                   if c.type == "deployment"), key=str)


def test_a_second_wave_counted_only_is_a_deployment_of_its_own_date() -> None:
    assert _dated("Some 11,000 North Korean troops were sent to Russia in October, and about 3,000 more were sent "
                  "in January.") == [("KP", "RU", "troops", "2024-10"), ("KP", "RU", "troops", "2025-01")]


def test_a_counted_second_wave_takes_the_people_of_the_first_not_the_goods_named_before() -> None:
    text = ("Russia has supplied oil to North Korea. Seoul said 11,000 North Korean soldiers were dispatched to Russia "
            "in October, and that about 3,000 more were sent in January.")
    got = extract(text, "2025-06-02", learned=False).claims
    assert not [c for c in got if c.type == "transfer" and c.actor == "KP"]
    assert ("KP", "RU", "troops", "2025-01") in _dated(text)


def test_a_pronoun_in_a_second_that_clause_is_the_first_clause_s_named_subject() -> None:
    got = _dated("The NIS said North Korea has so far sent about 15,000 combat troops to Russia, and that it "
                 "dispatched 3,000 more soldiers in February.")
    assert [a for a, _, _, _ in got] == ["KP", "KP"]


def test_goods_added_along_with_on_the_object_are_items_too() -> None:
    # the parser hangs 'along with' deep under the object list, not on the verb
    got = _items("Iran has sent Russia thousands of Shahed-136 and Shahed-131 drones, along with artillery rounds "
                 "and tank ammunition.")
    assert {"attack drones", "artillery shells", "munitions"} <= got


def test_along_with_inside_a_clause_on_the_goods_adds_nothing() -> None:
    got = _items("North Korea has sent Russia shells that were stored along with old rifles.")
    assert "small arms" not in got


def test_a_firm_described_in_apposition_acts_under_its_name() -> None:
    got = _transfers("Zapad-Impex LLC, a Grodno-based trading company that re-exported EU-origin machine tools to "
                     "Russia, was also listed.")
    assert [(a, r) for a, r, _ in got] == [("Zapad-Impex LLC", "RU")]


def test_an_unknown_firm_with_a_trade_word_acts_under_its_name() -> None:
    got = _transfers("Among the companies listed was Harbin Northstar Precision Machinery, which the EU said had "
                     "shipped machine tools to Russian arms makers.")
    assert [(a, r) for a, r, _ in got] == [("Harbin Northstar Precision Machinery", "RU")]


def test_federal_prosecutors_act_for_the_united_states_in_a_story_naming_it() -> None:
    text = ("Officials in the United States said the network was large. On Wednesday, federal prosecutors unsealed "
            "an indictment charging three North Korean nationals with conspiring to export controlled technology.")
    assert ("US", "indictment") in {(c.actor, c.item) for c in extract(text, "2025-06-02", learned=False).claims
                                    if c.type == "enforcement"}


def test_federal_bodies_in_a_story_that_never_names_the_united_states_stay_unnamed() -> None:
    text = "Federal prosecutors in Karlsruhe unsealed an indictment against two Russian nationals."
    assert not [c for c in extract(text, "2025-06-02", learned=False).claims if c.actor == "US"]


def test_georgia_the_us_state_is_no_country() -> None:
    def states(text: str) -> list[str]:
        return extract(text, "2025-06-02", learned=False).entities["countries"]
    assert "GE" not in states("A federal grand jury has indicted a Georgia man and four North Korean nationals.")
    assert "GE" not in states("The laptop farms were in Atlanta, Georgia, and Nashville.")
    assert "GE" in states("Networks use freight forwarders in Armenia, Georgia, Kyrgyzstan or the UAE.")
    assert "GE" in states("Trucks crossed from Georgia into Russia at the Upper Lars checkpoint.")


def test_a_forfeiture_complaint_filed_is_a_measure() -> None:
    text = ("Officials in the United States said the hack was North Korean. The Justice Department separately filed "
            "a civil forfeiture complaint seeking about $15 million in frozen stablecoins.")
    assert ("US", "forfeiture") in {(c.actor, c.item) for c in extract(text, "2025-06-02", learned=False).claims
                                    if c.type == "enforcement"}


def test_goods_supplied_to_help_a_state_go_to_that_state() -> None:
    got = _transfers("Moscow may have supplied precision machine tools to help Pyongyang speed up its assembly "
                     "lines.")
    assert [(a, r) for a, r, _ in got] == [("RU", "KP")]


def test_bodies_named_only_by_whom_they_fund_or_serve_target_that_state() -> None:
    assert ("US", "KP") in _pairs("The Treasury on Wednesday imposed sanctions on eight individuals and five entities "
                                  "it said had raised money for North Korea's weapons programs.")
    assert ("KR", "KP") in _pairs("Seoul decided to designate four entities and three vessels involved in North "
                                  "Korea's illicit maritime trade.")
    assert ("GB", "MM") in _pairs("Britain imposed sanctions on two arms brokers that were channelling foreign "
                                  "currency to Myanmar's junta.")


def test_troops_taking_part_in_operations_to_retake_a_region_serve_its_state() -> None:
    assert _dated("North Korean soldiers had taken part in operations to retake the Kursk region.") == [
        ("KP", "RU", "troops", None)]


def test_foreign_units_fighting_alongside_an_army_are_a_deployment() -> None:
    assert _dated("Pyongyang's state media confirmed that North Korean units had fought alongside Russian forces to "
                  "push Ukrainian troops out of Kursk.") == [("KP", "RU", "troops", None)]


def test_units_of_production_are_no_troops() -> None:
    assert _dated("North Korean production units worked on the new assembly lines.") == []


def test_people_arriving_at_a_named_site_are_hosted_by_its_state() -> None:
    assert _dated("About 1,000 North Korean workers arrived at Alabuga in June to work on the assembly "
                  "lines.") == [("KP", "RU", "workers", "2025-06")]


def test_ship_to_ship_top_offs_in_a_grain_trade_story_are_no_evasion() -> None:
    text = ("Egypt bought 400,000 tonnes of Russian wheat this week. The grain will be loaded at Novorossiysk, and one "
            "carrier will top off its wheat cargo in a ship-to-ship transfer at Kavkaz. Traders said grain exports "
            "are not subject to Western sanctions.")
    assert not [c for c in extract(text, "2025-06-02").claims if c.type == "evasion"]


def test_ship_to_ship_fuel_transfers_in_a_grain_story_still_count() -> None:
    text = ("Russia sold more wheat and grain to Egypt this year, and grain prices fell. North Korean tankers took on "
            "diesel in ship-to-ship transfers to evade sanctions, the report said.")
    assert [c for c in extract(text, "2025-06-02", learned=False).claims if c.type == "evasion"]


def test_missiles_fired_into_the_sea_with_no_agent_are_the_focus_state_s_test() -> None:
    got = _used("North Korea held a drill on Monday. Several close-range ballistic missiles were fired into the "
                "Yellow Sea.", "test")
    assert got == [("KP", "ballistic missiles")]


def test_software_developers_sent_abroad_are_workers() -> None:
    assert _dated("North Korea sends software developers to China.") == [("KP", "CN", "workers", None)]


def _people(text: str) -> list[str]:
    return extract(text, "2025-06-02", learned=False).entities["persons"]


def test_a_designation_entry_in_capitals_names_a_person() -> None:
    text = ("Designated today:\nANDREI VIKTOROVICH LOMOV. Date of birth 3 November 1976; Russian national; director "
            "of a trading firm.\nHAEBIT TECHNOLOGY TRADING CORPORATION (a.k.a. Haebit Tech). Address: Pyongyang.\n")
    assert _people(text) == ["Andrei Viktorovich Lomov"]


def test_a_capitalised_heading_without_particulars_is_no_person() -> None:
    assert _people("BREAKING NEWS. North Korea fired a missile on Monday.\n") == []


def test_names_of_places_and_exercises_after_a_person_are_no_person() -> None:
    assert _people("The parade was held on Kim Il Sung Square as the Freedom Shield exercise began.") == []


def test_a_measure_naming_only_firms_targets_the_seats_the_article_gave_them() -> None:
    text = ("Sahand Global FZE, a Sharjah company, bought the parts. Vladivostok-based Vostok Line Shipping moved "
            "them. The Treasury Department designated Sahand Global FZE on Tuesday. The Treasury also designated "
            "Vostok Line Shipping.")
    assert {("US", "AE"), ("US", "RU")} <= _pairs(text)


def test_a_firm_whose_seat_is_never_given_stays_without_a_target() -> None:
    assert _pairs("The Treasury Department designated Sahand Global FZE.") == {("US", None)}


def test_specialists_present_at_a_named_site_are_hosted_by_its_state() -> None:
    assert [d[:3] for d in _dated("Iranian engineers were present at Alabuga as recently as March 2025.")] == [
        ("IR", "RU", "military specialists")]
    assert _dated("The ministers were present at the ceremony in Moscow.") == []
