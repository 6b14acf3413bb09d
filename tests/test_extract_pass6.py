"""Sixth pass (precision on background, legal-trade orders and deliveries, arrivals, users, sanctions targets by
location, persons), each on a sentence written for these tests."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401 (shared fixture)


def test_launch_company_developing_a_rocket_is_no_weapons_production(run) -> None:
    ex = run("Orbitline, a small satellite launcher based in Texas, United States, is developing a heavier "
             "rocket to win bigger contracts.")
    assert keys(ex, "production") == set()


def test_satellite_imagery_does_not_hide_weapons_production(run) -> None:
    ex = run("A satellite image shows the plant where Russia builds attack drones.")
    assert ("production", "RU", None) in keys(ex)


def test_passive_origin_of_a_named_system_is_background(run) -> None:
    ex = run("The Taurus KEPD 350 was developed by Germany and Sweden and is flown by several air forces.")
    assert keys(ex, "production") == set()


def test_monitoring_an_embargo_is_no_enforcement_act(run) -> None:
    ex = run("A group of experts monitoring the arms embargo on Libya published its findings in March.")
    assert not any(c.type == "enforcement" and c.rule == "enforcement:embargo" for c in ex.claims)


def test_obtaining_goods_despite_sanctions_is_evasion_by_the_obtainer(run) -> None:
    ex = run("Analysts say Tehran has managed to obtain American microchips despite international sanctions.")
    assert keys(ex) == {("evasion", "IR", None)}


def test_procuring_for_another_state_is_a_transfer_to_that_state(run) -> None:
    ex = run("Canada will keep working with partners to procure more ammunition for Ukraine's army next year.")
    assert keys(ex, "transfer") == {("transfer", "CA", "UA")}


def test_system_ordered_from_a_state_is_a_transfer_to_the_orderer(run) -> None:
    ex = run("Egypt is still waiting for the last batteries of the S-300 system it ordered from Russia.")
    assert ("transfer", "RU", "EG") in keys(ex)


def test_later_deliveries_of_an_order_take_seller_and_buyer_from_before(run) -> None:
    ex = run("Egypt's order for S-300 batteries came into force in 2018. The remaining two are now expected in 2027.")
    assert ("agreement", "RU", "EG") in keys(ex)
    assert [c.rule for c in ex.claims if c.type == "transfer"] == ["transfer:expect<-deal"]
    assert ("transfer", "RU", "EG") in keys(ex)


def test_delivery_without_an_order_before_gives_nothing(run) -> None:
    ex = run("The festival was a success. The first batch arrived in 2019.")
    assert ex.claims == []


def test_possessive_order_coming_into_force_is_an_agreement_with_the_maker(run) -> None:
    ex = run("Dassault Aviation said the second tranche of Greece's order for Rafale jets had entered into force. "
             "The first aircraft are expected to be handed over to the Greek air force in 2027.")
    assert ("agreement", "Dassault Aviation", "GR") in keys(ex)
    assert ("transfer", "Dassault Aviation", "GR") in keys(ex)


def test_memorandum_of_understanding_with_a_company_names_both_parties(run) -> None:
    ex = run("Poland's defence ministry signed a memorandum of understanding with Boeing for 30 fighters.")
    pacts = [c for c in ex.claims if c.type == "agreement"]
    assert {(c.actor, c.recipient) for c in pacts} == {("PL", "Boeing")}
    assert pacts[0].item == "memorandum of understanding"


def test_group_of_fighters_from_a_named_armed_group_arriving_is_its_deployment(run) -> None:
    ex = run("A new group of fighters from Russia's Wagner Group has arrived in Mali, residents said.")
    assert keys(ex) == {("deployment", "Wagner Group", "ML")}


def test_the_army_flying_supplied_drones_in_an_offensive_is_use_by_the_holder(run) -> None:
    ex = run("Turkey delivered attack drones to Ethiopia last year. The army flew the drones in the offensive "
             "on the rebel-held north.")
    assert ("deployment", "ET", None) in keys(ex)


def test_the_army_flying_drones_with_no_holder_named_gives_no_user(run) -> None:
    ex = run("The army flew the drones in the offensive on the rebel-held north.")
    assert keys(ex, "deployment") == set()


def test_crediting_a_system_with_countering_attacks_is_use_by_the_subjects_state(run) -> None:
    ex = run("Egyptian officers have credited the S-300 with helping to repel drone attacks last month.")
    assert keys(ex) == {("deployment", "EG", None)}


def test_measures_hitting_a_company_based_abroad_target_its_state(run) -> None:
    ex = run("The United States imposed sanctions on three mining firms in Mali on Monday. The measures also hit "
             "Blue Dune Trading, a company based in the United Arab Emirates.")
    assert ("enforcement", "US", "AE") in keys(ex)


def test_measures_restating_the_package_target_add_no_claim(run) -> None:
    ex = run("The United States imposed sanctions on three mining firms in Mali on Monday. The measures target "
             "two firms in Mali.")
    assert [c.rule for c in ex.claims if c.rule == "enforcement:measures-hit"] == []


def test_designated_company_sending_workers_abroad_is_its_states_deployment_and_evasion(run) -> None:
    ex = run("The Treasury designated three North Korean firms on Friday. It said the company sent software "
             "workers abroad who hid their nationality.")
    assert {("deployment", "KP", None), ("evasion", "KP", None)} <= keys(ex)


def persons(ex) -> set[str]:
    return set(ex.entities["persons"])


def test_name_particles_are_kept_and_titles_dropped(run) -> None:
    ex = run("The plan was presented in Brussels by Commission President Ursula von der Leyen. Saudi Arabia sent "
             "Prince Khalid bin Salman to the talks, and Niger's leader, Gen Abdourahamane Tiani, met him.")
    assert {"Ursula von der Leyen", "Khalid bin Salman", "Abdourahamane Tiani"} <= persons(ex)
    assert not any(p.startswith(("Gen ", "Prince ")) or p.endswith(" von") for p in persons(ex))


def test_firm_outlet_place_and_ship_names_are_not_persons(run) -> None:
    ex = run("Rocket Lab said on Monday it would bid. Der Spiegel reported the deal first. The jets landed at "
             "Clark Air Base. The feeder vessel, Nora Maersk, was named in Aarhus.")
    assert persons(ex) == set()
    assert {"Rocket Lab", "Der Spiegel"} <= set(ex.entities["organizations"])


def test_titled_name_missed_by_the_model_is_a_person_even_over_a_designation(run) -> None:
    ex = run("The company, run by chief executive Selim Bayraktar, sold drones to Qatar. "
             "Weapons went to the army of General Omar Hassan al-Amin.")
    assert {"Selim Bayraktar", "Omar Hassan al-Amin"} <= persons(ex)
    assert "Bayraktar" not in ex.entities["weapons"]


def test_a_monitoring_body_documenting_evasion_is_not_the_evader(run) -> None:
    ex = run("North Korea is short of fuel this winter. The UN Panel of Experts documented tankers carrying "
             "out ship-to-ship transfers at night.")
    evaders = {c.actor for c in ex.claims if c.type == "evasion"}
    assert evaders == {"KP"}


def test_obtaining_despite_a_described_sanctions_regime_is_evasion(run) -> None:
    ex = run("Officials said Tehran was still able to acquire foreign chips despite some of the toughest "
             "sanctions ever imposed.")
    assert keys(ex) == {("evasion", "IR", None)}


def test_one_party_contract_for_a_designation_takes_the_maker_named_in_the_sentence(run) -> None:
    ex = run("Last month Qatar finalised a $500 million contract for TB2 drones, which Baykar announced in May.")
    pacts = [(c.actor, c.recipient, c.item) for c in ex.claims if c.type == "agreement"]
    assert pacts == [("QA", "Baykar", "contract")]


def test_goods_ordered_from_a_state_unloaded_in_another_go_from_the_one_to_the_other(run) -> None:
    ex = run("The first K9 howitzers ordered from South Korea were unloaded at a port in Norway on Monday.")
    assert keys(ex) == {("transfer", "KR", "NO")}


def test_the_company_refers_to_the_last_firm_named(run) -> None:
    ex = run("Baykar sold drones to Kuwait last year. The company has said it plans to build attack drones in "
             "Ukraine.")
    assert ("production", "Baykar", None) in keys(ex)


def test_planned_sanctions_are_a_planned_enforcement(run) -> None:
    ex = run("Canada plans further sanctions against those who facilitate the arms deliveries, he said.")
    found = [(c.actor, c.status) for c in ex.claims if c.type == "enforcement"]
    assert found == [("CA", "planned")]
