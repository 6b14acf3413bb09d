"""Session 9: destinations inside a quantity phrase, 'them' after a hand-over, participle clauses, carried-over
suppliers and agentless measures (sentences written here)."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401  (run is a fixture)


def test_destination_hung_on_the_goods_inside_a_quantity_phrase(run) -> None:
    # weapon names mislead the tagger: 'Shahed-131' is hung on the verb and 'drones' under it
    ex = run("Iran has transferred dozens of Shahed-136 and Shahed-131 attack drones to Venezuela since 2022.")
    assert keys(ex, "transfer") == {("transfer", "IR", "VE")}


def test_a_separate_clause_with_its_own_subject_gives_no_destination(run) -> None:
    ex = run("Iran built dozens of drones, and Russia sent engineers to Tehran.")
    assert ("transfer", "IR", "IR") not in keys(ex)
    assert not any(r == "IR" for t, _, r in keys(ex, "transfer"))


def test_them_after_a_hand_over_is_the_goods_the_recipient_uses(run) -> None:
    ex = run("Belarus delivered twelve Mi-35 attack helicopters to Myanmar in 2024, and Myanmar has used them "
             "in raids on villages in Sagaing.")
    assert ("transfer", "BY", "MM") in keys(ex)
    assert ("deployment", "MM", None) in keys(ex, "deployment")


def test_them_without_a_hand_over_is_not_resolved(run) -> None:
    ex = run("Myanmar bought new radios last year and has used them in training.")
    assert keys(ex, "deployment") == set()


def test_the_firms_in_a_participle_clause_act_not_the_agency_naming_them(run) -> None:
    ex = run("The Treasury sanctioned a Dubai firm today. The action follows Treasury's designations in March of "
             "companies involved in shipping Iranian cruise missiles to Yemen.")
    assert ("transfer", "IR", "YE") in keys(ex, "transfer")
    assert not any(a == "US" for _, a, _ in keys(ex, "transfer"))


def test_the_participle_clause_is_shared_by_a_coordinated_list(run) -> None:
    ex = run("Seoul imposed sanctions on 9 North Korean individuals and three entities involved in supplying "
             "weapons to Russia.")
    assert ("transfer", "KP", "RU") in keys(ex, "transfer")


def test_an_earlier_designation_does_not_supply_oil(run) -> None:
    ex = run("Ukraine again asked its partners for more Patriot air defence systems. "
             "Officials in Seoul say Pyongyang is receiving oil in return.")
    assert not any(a == "US" and r == "KP" for _, a, r in keys(ex, "transfer"))


def test_an_earlier_designation_still_supplies_the_missile_named_after_it(run) -> None:
    ex = run("Manila took delivery of a second BrahMos battery in April. The missiles were received at a base "
             "in Luzon, the Philippine navy said.")
    assert any(a == "IN" for _, a, _ in keys(ex, "transfer"))


def test_an_agentless_measure_takes_the_last_sanctioning_state(run) -> None:
    text = ("WASHINGTON -- The Treasury designated five Iranian firms on Tuesday. "
            "Iran has shipped drones to Russia since 2022, Treasury said. "
            "The entities sanctioned today include two airlines.")
    ex = run(text)
    assert {a for _, a, _ in keys(ex, "enforcement")} == {"US"}


def test_workers_based_abroad_are_deployed_there(run) -> None:
    ex = run("There are now several thousand North Korean IT workers, mostly based in China and Laos, who take "
             "remote jobs under false names.")
    assert keys(ex, "deployment") == {("deployment", "KP", "CN"), ("deployment", "KP", "LA")}
    assert ("evasion", "KP", None) in keys(ex, "evasion")


def test_troops_located_abroad_are_deployed_there(run) -> None:
    ex = run("About 2,000 Russian troops are still located in Libya, officials said.")
    assert keys(ex, "deployment") == {("deployment", "RU", "LY")}


def test_based_on_and_city_based_firms_are_no_deployment(run) -> None:
    ex = run("A Dubai-based firm shipped drones to Sudan, based on satellite imagery. "
             "Chinese engineers based in Shenzhen design the parts.")
    assert keys(ex, "deployment") == set()


def test_goods_going_back_in_a_two_way_trade_go_to_the_other_side(run) -> None:
    ex = run("North Korea has shipped millions of artillery shells to Russia since 2023. "
             "Officials in Tokyo believe Russia has provided air-defence systems and electronic-warfare equipment.")
    assert ("transfer", "RU", "KP") in keys(ex, "transfer")


def test_a_receiver_who_supplied_before_receives_from_its_customer(run) -> None:
    ex = run("Pyongyang has sent about 100 ballistic missiles to Russia, Seoul says. "
             "Seoul and Tokyo say Pyongyang is receiving fuel oil and military technology in return.")
    assert ("transfer", "RU", "KP") in keys(ex, "transfer")


def test_a_third_party_takes_no_counterpart(run) -> None:
    ex = run("Iran shipped attack drones to Russia last year. Belarus has provided military trucks, officials said.")
    assert keys(ex, "transfer") == {("transfer", "IR", "RU")}


def test_water_bombers_are_firefighting_aircraft_not_bombers(run) -> None:
    ex = run("Portugal took delivery of two water bombers from Canada on Friday. "
             "Production of large water bombers stopped years ago, and most states rely on leased helicopters.")
    assert keys(ex) == set()
    assert ("transfer", "RU", "BY") in keys(run("Russia delivered two Tu-22M3 bombers to Belarus."))


def test_plural_designations_are_weapons(run) -> None:
    ex = run("Niger's army took delivery of additional TB2s and a first pair of Akincis from Turkey in January.")
    assert set(ex.entities["weapons"]) == {"TB2", "Akinci"}
    assert ("transfer", "TR", "NE") in keys(ex, "transfer")
