"""Session-19 rules (sentences written here): one claim per item when a report lists goods, however the
list is worded or parsed. Rules alone (``learned=False``)."""

from __future__ import annotations

from armswatch import extract


def _items(text: str, ctype: str = "transfer") -> list[tuple[str | None, str | None, str | None]]:
    return [(c.actor, c.recipient, c.item) for c in extract(text, "2025-06-02", learned=False).claims
            if c.type == ctype]


def test_an_including_list_replaces_a_generic_head() -> None:
    got = _items("Officials said Belarus has kept shipping weapons to Russia, including mortar rounds, "
                 "anti-tank missiles and self-propelled howitzers.")
    items = {i for _, _, i in got}
    assert {"artillery shells", "anti-tank missiles", "artillery"} <= items
    assert "weapons" not in items
    assert {(a, r) for a, r, _ in got} == {("BY", "RU")}


def test_a_generic_head_without_a_list_stays() -> None:
    assert _items("Officials said Belarus has kept shipping weapons to Russia.") == [("BY", "RU", "weapons")]


def test_coordinated_modifiers_of_one_noun_are_two_items() -> None:
    items = {i for _, _, i in _items("Russia is giving Iran help with space and missile technology.")}
    assert items == {"space technology", "missile technology"}


def test_a_list_hung_on_a_for_object_is_followed() -> None:
    # the parser hangs 'missiles' on 'systems' (what the rockets are for); it is a third item shipped
    got = _items("North Korea has shipped grenades, rockets for multiple-launch systems and short-range ballistic "
                 "missiles to Russia.")
    assert {"grenades", "rocket systems", "ballistic missiles"} <= {i for _, _, i in got}


def test_a_hyphenated_launch_modifier_is_no_launch_event() -> None:
    claims = extract("North Korea has shipped rockets for multiple-launch systems to Russia.", "2025-06-02",
                     learned=False).claims
    assert not [c for c in claims if c.type in ("test", "deployment")]


def test_launchers_are_an_item_of_their_own() -> None:
    got = _items("North Korea has handed Russia ballistic missile launchers and several ballistic missiles.")
    assert {i for _, _, i in got} == {"missile launchers", "ballistic missiles"}


def test_a_lone_renaming_apposition_is_not_another_item() -> None:
    got = _items("Iran is preparing to send Russia longer-range missiles, possibly the Kheibar Shekan.")
    assert len(got) == 1


def test_hyphenated_electronic_warfare_gear_is_named() -> None:
    got = _items("Russia has provided North Korea with electronic-warfare equipment.")
    assert [i for _, _, i in got] == ["electronic warfare systems"]


def test_designations_of_place_based_firms_target_that_state() -> None:
    claims = extract("Britain announced its own designations of Kazakhstan-based suppliers in May.", "2025-06-02",
                     learned=False).claims
    assert [(c.type, c.actor, c.recipient) for c in claims] == [("enforcement", "GB", "KZ")]


def test_a_city_based_firm_targets_the_city_state() -> None:
    claims = extract("The Treasury also imposed sanctions on a Shenyang-based trading firm that it said had arranged "
                     "visas for North Korean IT teams.", "2025-06-02", learned=False).claims
    assert ("enforcement", "US", "CN") in {(c.type, c.actor, c.recipient) for c in claims}


def test_where_a_front_company_sits_is_not_the_evader() -> None:
    text = ("North Korea earns millions from its IT workers. The Treasury designated a Qingdao-based front company "
            "that received the payments.")
    evasions = [(c.actor, c.item) for c in extract(text, "2025-06-02", learned=False).claims if c.type == "evasion"]
    assert evasions == [("KP", "front companies")]


def test_a_city_at_the_head_of_a_company_name_stays_in_the_name() -> None:
    ents = extract("The firm, Harbin Northstar Precision Machinery, shipped the parts.", "2025-06-02",
                   learned=False).entities
    assert "Harbin Northstar Precision Machinery" in ents["organizations"]


def _hosts(text: str) -> set[str | None]:
    return {c.recipient for c in extract(text, "2025-06-02", learned=False).claims
            if c.type == "deployment" and c.actor == "KP"}


def test_workers_kept_in_a_list_of_states_are_each_a_deployment() -> None:
    assert _hosts("Pyongyang keeps IT workers in Russia, Laos, Cambodia and Nigeria, the monitors said.") == {
        "RU", "LA", "KH", "NG"}


def test_smaller_groups_in_other_states_are_deployments_too() -> None:
    assert _hosts("Some 900 North Korean IT workers remain in Russia, with smaller numbers in Laos and Vietnam.") \
        == {"RU", "LA", "VN"}


def test_a_state_that_has_workers_abroad_deploys_them() -> None:
    assert _hosts("North Korea has several hundred IT workers in Laos, officials said.") == {"LA"}


def test_troops_still_name_one_host() -> None:
    # only workers are kept in many states at once; a troop movement names where they went
    assert len(_hosts("North Korean troops remain in Russia, with smaller units in Belarus.")) == 1


def test_firms_a_speaker_said_supplied_are_the_suppliers() -> None:
    got = _items("The State Department designated ten entities, including two Turkish companies it said had "
                 "supplied Iran with drone engines.")
    assert ("TR", "IR", "drone components") in got


def test_the_state_that_imports_the_goods_receives_them() -> None:
    got = _items("Chinese exporters supplied most of the microchips that Russia imported last year.")
    assert got == [("CN", "RU", "electronic components")]


def test_a_clause_on_the_goods_is_not_their_origin() -> None:
    claims = extract("Those sanctioned had supplied the drones that Russia uses against Ukrainian cities.",
                     "2025-06-02", learned=False).claims
    assert not [c for c in claims if c.type == "transfer" and c.actor == "UA"]


def test_a_measure_in_a_participle_is_imposed_by_the_main_subject() -> None:
    text = ("China is the main supplier of the parts. Britain's Foreign Office announced its own package on "
            "Friday, freezing the assets of 14 companies in Kazakhstan.")
    got = {(c.actor, c.recipient) for c in extract(text, "2025-06-02", learned=False).claims
           if c.type == "enforcement"}
    assert got and all(a == "GB" for a, _ in got)


def test_firing_own_missiles_in_a_drill_is_a_test() -> None:
    claims = extract("North Korean state media said Kim Jong Un had guided a joint strike drill in which North Korean "
                     "artillery units fired tactical ballistic missiles at an island target.", "2025-06-02",
                     learned=False).claims
    assert [(c.type, c.actor) for c in claims] == [("test", "KP")]


def test_weapons_fired_by_a_user_that_come_from_abroad_are_its_deployment() -> None:
    text = "Ukrainian officials say many of the missiles fired by Russian units were supplied by North Korea."
    claims = extract(text, "2025-06-02", learned=False).claims
    assert ("deployment", "RU") in {(c.type, c.actor) for c in claims}
    assert not [c for c in claims if c.type == "test"]  # goods described by their use are never a test


def test_people_sent_by_a_coordinated_verb_go_where_the_first_ones_went() -> None:
    claims = extract("North Korea has dispatched around 2,000 more troops to Russia since March and is preparing to "
                     "send engineers.", "2025-06-02", learned=False).claims
    got = {(c.actor, c.recipient, c.item) for c in claims if c.type == "deployment"}
    assert got == {("KP", "RU", "troops"), ("KP", "RU", "military specialists")}


def test_workers_operating_from_states_are_deployed_there() -> None:
    assert _hosts("Thousands of North Korean IT workers were operating from Russia and Laos, officials said.") == {
        "RU", "LA"}


def test_soldiers_manning_weapons_on_foreign_soil_are_deployed_there() -> None:
    assert _hosts("Officials said North Korean soldiers were manning artillery units on Russian territory.") == {"RU"}


def test_taking_part_in_named_fighting_places_the_troops() -> None:
    assert _hosts("Gerasimov acknowledged that North Korean soldiers had taken part in the Kursk fighting.") == {"RU"}


def _made(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.actor, c.item) for c in extract(text, "2025-06-02", learned=False).claims if c.type == "production"}


def test_plants_that_are_manufacturing_parts_produce() -> None:
    # the parser hangs the subject on 'are'; a progressive verb is no gerund naming goods
    assert _made("Belarusian state plants are manufacturing parts for Russian attack drones.") == {
        ("BY", "attack drones")}


def test_a_weapon_in_serial_production_is_produced() -> None:
    made = _made("Russia has many missiles. Putin said the Oreshnik missile is already in serial production.")
    assert {a for a, _ in made} == {"RU"}


def test_a_plant_building_launchers_is_production_by_the_state_in_focus() -> None:
    text = "North Korea is expanding its arsenal. Kim inspected a plant building 240 mm rocket launchers on Monday."
    assert _made(text) == {("KP", "rocket systems")}


def test_a_list_phrase_deep_in_a_clause_on_the_listed_still_lists() -> None:
    got = extract("The European Union last week added four Iranian firms involved in building drone engines to its "
                  "sanctions list.", "2025-06-02", learned=False).claims
    assert {(c.type, c.actor, c.recipient) for c in got} >= {("enforcement", "European Union", "IR")}


def test_placing_firms_on_a_list_hung_on_the_object_lists_them() -> None:
    got = extract("Washington has also placed dozens of Turkish firms on the Entity List over the past year.",
                  "2025-06-02", learned=False).claims
    assert {(c.type, c.actor, c.recipient) for c in got} == {("enforcement", "US", "TR")}


def test_answering_or_demanding_a_measure_is_no_measure() -> None:
    for text in ("The UAE's foreign ministry said the country would review the designations.",
                 "Iran's foreign ministry condemned the seizure as piracy.",
                 "Kyiv has urged its partners to tighten sanctions on Belarus."):
        claims = extract(text, "2025-06-02", learned=False).claims
        assert not [c for c in claims if c.type == "enforcement"], text


def test_imposing_sanctions_is_still_a_measure() -> None:
    claims = extract("Kyiv imposed sanctions on Belarus on Monday.", "2025-06-02", learned=False).claims
    assert [(c.type, c.actor, c.recipient) for c in claims] == [("enforcement", "UA", "BY")]


def test_military_builders_sent_to_a_war_zone_are_no_overseas_labour() -> None:
    claims = extract("North Korea will send 800 sappers and 4,000 military construction workers to Russia's Kursk "
                     "region, a Russian official said.", "2025-06-02", learned=False).claims
    assert {c.type for c in claims} == {"deployment"}


def test_workers_sent_to_earn_money_abroad_are_still_evasion() -> None:
    claims = extract("North Korea has sent thousands of IT workers to China and Laos to earn hard currency.",
                     "2025-06-02", learned=False).claims
    assert ("evasion", "KP") in {(c.type, c.actor) for c in claims}


def test_a_launch_noun_naming_a_kind_of_system_is_no_launch() -> None:
    claims = extract("Satellite images showed crates of 240mm rockets for multiple launch rocket systems at the "
                     "port.", "2025-06-02", learned=False).claims
    assert not [c for c in claims if c.type in ("test", "deployment")]


def test_a_test_fire_is_still_a_test() -> None:
    claims = extract("KCNA said Kim Jong Un watched a test-fire of new strategic cruise missiles off the west coast.",
                     "2025-06-02", learned=False).claims
    assert [(c.type, c.actor) for c in claims] == [("test", "KP")]


def test_its_role_in_a_supply_names_the_listed_party_as_supplier() -> None:
    got = _items("The EU added Iran Air to its sanctions list, citing its role in transporting missiles to Russia.")
    assert ("IR", "RU", "missiles") in got


def test_their_role_in_shipping_names_the_sanctioned_firms() -> None:
    got = _items("Washington sanctioned two Turkish firms for their role in shipping drone engines to Russia.")
    assert got == [("TR", "RU", "drone components")]


def test_where_a_shell_company_is_registered_is_not_the_evader() -> None:
    text = "Russian buyers route much of that trade through Singapore shell companies that relabel shipments."
    evasions = [(c.actor, c.item) for c in extract(text, "2025-06-02", learned=False).claims if c.type == "evasion"]
    assert evasions and all(a != "SG" for a, _ in evasions)


def test_a_demonym_on_front_companies_still_names_the_evader() -> None:
    text = "Officials said North Korean front companies bought the machine tools."
    evasions = [c.actor for c in extract(text, "2025-06-02", learned=False).claims if c.type == "evasion"]
    assert evasions == ["KP"]


def test_goods_sent_to_protect_a_capital_go_to_its_state() -> None:
    got = _items("Moscow has provided air-defence missiles to protect Pyongyang, officials said.")
    assert got == [("RU", "KP", "air defence systems")]


def test_workers_working_out_of_states_are_deployed_there() -> None:
    assert _hosts("North Korean IT workers worked mainly out of China and Laos, the ministry said.") == {"CN", "LA"}


def test_small_piston_engines_are_drone_components() -> None:
    got = _items("Officials said a Chinese manufacturer shipped dozens of piston engines to Russia.")
    assert got == [("CN", "RU", "drone components")]


def test_goods_flowing_to_a_state_are_a_supply_from_their_origin() -> None:
    assert _items("Since last year Iranian drones have continued to flow to Russia across the Caspian Sea.") == [
        ("IR", "RU", "drones")]


def test_a_military_satellite_put_into_orbit_is_a_launch_test() -> None:
    for text in ("North Korea put its second military reconnaissance satellite into orbit on Friday.",
                 "North Korea launched a military reconnaissance satellite on Tuesday."):
        claims = extract(text, "2025-06-02", learned=False).claims
        assert [(c.type, c.actor) for c in claims] == [("test", "KP")], text


def test_a_commercial_satellite_launch_is_no_claim() -> None:
    for text in ("A private company launched a commercial weather satellite on Tuesday.",
                 "The startup put its first imaging satellite into orbit on Friday."):
        assert extract(text, "2025-06-02", learned=False).claims == [], text


def test_specialists_travelling_to_a_state_are_deployed_there() -> None:
    assert _hosts("Officials said North Korean engineers may have travelled to Russia to help.") == {"RU"}


def test_trainees_travelling_to_learn_are_no_deployment() -> None:
    claims = extract("Dozens of Russian servicemen travelled to Iran over the summer to learn how to operate the "
                     "system.", "2025-06-02", learned=False).claims
    assert not [c for c in claims if c.type == "deployment"]


def test_battlefield_use_keeps_no_recipient() -> None:
    text = ("Russia has sent troops to Belarus. Russia first fired Iranian-made drones at the Ukrainian city of "
            "Dnipro in November.")
    uses = [c for c in extract(text, "2025-06-02", learned=False).claims if c.type == "deployment"
            and c.item not in ("troops",)]
    assert uses and all(c.recipient is None for c in uses)


def test_where_those_designated_are_based_names_each_targeted_state() -> None:
    text = ("Japan froze the assets of five companies on Friday. The designated entities are registered in Russia, "
            "Belarus and the Marshall Islands.")
    got = {(c.actor, c.recipient) for c in extract(text, "2025-06-02", learned=False).claims
           if c.type == "enforcement" and c.recipient}
    assert got == {("JP", "RU"), ("JP", "BY"), ("JP", "MH")}


def test_firms_based_somewhere_without_a_measure_are_no_targets() -> None:
    text = "Japan froze the assets of five companies on Friday. The trading firms are based in Dubai and Istanbul."
    got = [c for c in extract(text, "2025-06-02", learned=False).claims if c.rule == "enforcement:seats"]
    assert got == []


def test_goods_shipped_to_the_same_buyers_go_to_the_buyer_named_before() -> None:
    text = ("Iran bought drone parts from suppliers in China. A Chinese firm, which OFAC says shipped inertial "
            "measurement units to the same buyers, was also named.")
    assert ("CN", "IR", "electronic components") in _items(text)
