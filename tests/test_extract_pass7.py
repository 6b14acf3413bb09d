"""Seventh pass (structures seen in held-out sets F and H): sanctions targets by group, location or the state
served; double objects; compound items; 'by the thousands'; 'the North' in Korea reporting; observers of a
launch; origin of passive shipments.  Each sentence is written for these tests."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401 (shared fixture)


def test_designating_an_armed_group_targets_its_state(run) -> None:
    ex = run("The State Department on Monday designated the Houthis as a terrorist organisation.")
    assert keys(ex, "enforcement") == {("enforcement", "US", "YE")}


def test_sanctioned_firms_described_by_whom_they_supply_target_that_state(run) -> None:
    ex = run("Britain sanctioned four firms that supplied drone engines to Russia's army.")
    assert ("enforcement", "GB", "RU") in keys(ex)


def test_the_nationality_of_sanctioned_firms_wins_over_whom_they_serve(run) -> None:
    ex = run("The United States imposed sanctions on two Chinese companies it accused of helping Russia build drones.")
    assert keys(ex, "enforcement") == {("enforcement", "US", "CN")}


def test_entities_located_in_listed_states_are_each_a_target(run) -> None:
    ex = run("Washington imposed sanctions on about 200 people and firms, with entities in China, India and Turkey "
             "among those listed.")
    assert keys(ex, "enforcement") == {("enforcement", "US", c) for c in ("CN", "IN", "TR")}


def test_double_object_hand_names_the_recipient_first(run) -> None:
    ex = run("Canada has handed Ukraine two thousand rounds of artillery ammunition.")
    assert keys(ex, "transfer") == {("transfer", "CA", "UA")}
    assert [c.item for c in ex.claims if c.type == "transfer"] == ["artillery shells"]


def test_a_compound_names_one_item_by_its_head_or_its_specific_modifier(run) -> None:
    ex = run("Poland sent Ukraine small-arms ammunition and radar equipment.")
    assert sorted(c.item for c in ex.claims if c.type == "transfer") == ["munitions", "radar"]


def test_by_the_thousands_is_not_a_passive_agent(run) -> None:
    ex = run("Iran's drones, which Russia has launched at Ukrainian cities by the thousands, are now built locally.")
    assert ("deployment", "RU", None) in keys(ex)
    assert ("deployment", "IR", None) not in keys(ex)


def test_the_north_is_north_korea_in_korea_reporting(run) -> None:
    ex = run("Seoul's spy agency briefed lawmakers on Tuesday. It said Russia may be sending air defence "
             "systems to the North.")
    assert ("transfer", "RU", "KP") in keys(ex)
    assert "KR" not in {c.recipient for c in ex.claims}


def test_the_north_atlantic_is_not_a_korean_state(run) -> None:
    ex = run("South Korea's navy joined an exercise in the North Atlantic with several allies.")
    assert ex.entities["countries"] == ["KR"]


def test_the_party_that_detects_or_condemns_a_launch_is_not_its_actor(run) -> None:
    ex = run("Japan's defence ministry said it had detected the launch shortly after dawn.")
    assert keys(ex, "test") == set()
    ex = run("Tokyo condemned North Korea's launch of a ballistic missile on Sunday.")
    assert keys(ex, "test") == {("test", "KP", None)}


def test_a_passive_shipment_takes_its_supplier_from_the_goods_origin(run) -> None:
    ex = run("Kazakhstan was discussed at length. Chinese-made microchips were shipped to Russia and Belarus last "
             "year, customs records show.")
    assert {("transfer", "CN", "RU"), ("transfer", "CN", "BY")} <= keys(ex, "transfer")


def test_a_purpose_inside_a_relative_clause_is_not_the_item(run) -> None:
    ex = run("Brokers helped Russia obtain the bearings it needs for weapons.")
    assert keys(ex, "transfer") == set()


def test_adding_firms_to_a_restrictive_list_is_enforcement(run) -> None:
    ex = run("The Commerce Department added a dozen Chinese firms to its Entity List on Tuesday.")
    assert keys(ex, "enforcement") == {("enforcement", "US", "CN")}
    ex = run("Japan put three Russian banks on its sanctions list.")
    assert keys(ex, "enforcement") == {("enforcement", "JP", "RU")}


def test_adding_to_other_lists_is_not_enforcement(run) -> None:
    ex = run("The club added two players from Iran to its list of summer signings.")
    assert ex.claims == []


def test_goods_given_in_exchange_are_a_transfer_back(run) -> None:
    ex = run("North Korea has shipped artillery shells to Russia in exchange for oil and military technology.")
    assert {("transfer", "KP", "RU"), ("transfer", "RU", "KP")} <= keys(ex, "transfer")
    back = sorted(c.item for c in ex.claims if (c.actor, c.recipient) == ("RU", "KP"))
    assert back == ["military technology", "oil"]


def test_supplier_nouns_name_supplier_and_customer(run) -> None:
    ex = run("Officials said China was the main supplier of machine tools and microchips to Russia.")
    assert keys(ex, "transfer") == {("transfer", "CN", "RU")}
    ex = run("Belarus has become Russia's main supplier of ammunition.")
    assert keys(ex, "transfer") == {("transfer", "BY", "RU")}


def test_civil_supplier_nouns_are_not_transfers(run) -> None:
    ex = run("Norway is the largest supplier of natural gas to Germany.")
    assert ex.claims == []


def test_africa_corps_acts_for_russia(run) -> None:
    ex = run("Africa Corps has sent instructors to Niger.")
    assert keys(ex) == {("deployment", "RU", "NE")}


def test_an_origin_label_is_not_a_production_event(run) -> None:
    ex = run("The launch ended the use of Russian-built Soyuz rockets from the site.")
    assert ex.claims == []
    ex = run("Mali's air force has taken delivery of Russian-built combat helicopters.")
    assert keys(ex, "production") == set()


def test_a_leader_who_watches_a_test_is_not_an_outside_observer(run) -> None:
    ex = run("State media said Kim Jong Un had watched a test of new attack drones.")
    assert keys(ex, "test") == {("test", "KP", None)}
