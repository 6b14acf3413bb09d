"""Structural rules (control verbs, coordination, evasion actors, naming, receive voice, arrivals, headlines,
non-state recipients), each on a sentence written for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import run  # noqa: F401 (shared fixture)


def claims_of(ex, ctype: str = "transfer") -> dict[tuple, str]:
    return {(c.actor, c.recipient): c.status for c in ex.claims if c.type == ctype}


def test_acknowledged_gerund_takes_governing_subject_and_status(run) -> None:
    ex = run("Belarus has acknowledged sending a few drones to Russia last year.")
    assert claims_of(ex) == {("BY", "RU"): "confirmed"}


def test_rejected_accusations_of_gerund_is_denied_by_the_subject(run) -> None:
    ex = run("Cuba rejected accusations of supplying rockets to Russia.")
    assert claims_of(ex) == {("CU", "RU"): "denied"}


def test_acknowledge_and_reject_in_one_sentence_keep_their_own_status(run) -> None:
    ex = run("Minsk has admitted shipping artillery shells to Russia, but rejects claims that it sold tanks to Moscow.")
    statuses = {c.item: c.status for c in ex.claims if c.type == "transfer" and c.actor == "BY"}
    assert statuses.get("artillery shells") == "confirmed"


def test_coordinated_subject_of_pledge_gives_one_planned_transfer_each(run) -> None:
    ex = run("Norway, Sweden and Finland have pledged to send tanks to Ukraine.")
    assert claims_of(ex) == {("NO", "UA"): "planned", ("SE", "UA"): "planned", ("FI", "UA"): "planned"}


def test_coordinated_from_phrase_gives_one_supplier_each(run) -> None:
    ex = run("Ukraine has already received howitzers from France, Italy and Spain.")
    assert set(claims_of(ex)) == {("FR", "UA"), ("IT", "UA"), ("ES", "UA")}


def test_as_well_as_coordinates_suppliers(run) -> None:
    ex = run("The rockets join howitzers that Ukraine has received from France as well as Spain.")
    assert {("FR", "UA"), ("ES", "UA")} <= set(claims_of(ex))


def test_sanctioning_government_is_never_the_evader(run) -> None:
    ex = run("LONDON, May 2 (Example Wire) - Britain on Tuesday sanctioned a crypto exchange that the Foreign Office "
             "said had laundered funds stolen by the Lazarus Group.")
    evaders = {c.actor for c in ex.claims if c.type == "evasion"}
    assert "GB" not in evaders
    assert evaders <= {"Lazarus Group", "KP"}


def test_no_evasion_claim_without_a_perpetrator(run) -> None:
    ex = run("The Treasury sanctioned a mixer last year, saying it had been used to launder stolen funds.")
    assert not [c for c in ex.claims if c.type == "evasion" and c.actor == "US"]


@pytest.mark.parametrize("text", [
    "Seoul unveiled a modernised tank variant designated K7X, which Hanwha will build for export.",
    "Japan delivered a new frigate to the navy. A later version of the frigate, designated FFM-9, is planned.",
    "Germany showed a heavier version designated Leo-3 at the fair.",
])
def test_designated_as_a_name_is_no_enforcement(run, text: str) -> None:
    assert not [c for c in run(text).claims if c.type == "enforcement"]


def test_designating_entities_is_still_enforcement(run) -> None:
    ex = run("The United States designated three Iranian companies and two executives.")
    assert ("US", "IR") in claims_of(ex, "enforcement")


def test_agentless_passive_receive_names_no_recipient(run) -> None:
    ex = run("Spain sent tanks to Ukraine in May. The consignment, comprising 12 tanks, was received in the presence "
             "of Defence Minister Jan Kowalski.")
    assert set(claims_of(ex)) == {("ES", "UA")}


def test_has_received_from_gives_supplier_to_subject(run) -> None:
    ex = run("Ukraine has already received howitzers from Italy.")
    assert claims_of(ex) == {("IT", "UA"): "confirmed"}


def test_people_arriving_along_with_equipment_give_deployment_and_transfer(run) -> None:
    ex = run("Russian military instructors have arrived in Mali along with a radar system, local media reported.")
    assert ("RU", "ML") in claims_of(ex, "deployment")
    assert ("RU", "ML") in claims_of(ex, "transfer")


def test_goods_ordered_from_a_state_unloaded_in_another(run) -> None:
    ex = run("The first howitzers ordered from South Korea were unloaded at a port in Estonia on Monday.")
    assert ("KR", "EE") in claims_of(ex)


def test_link_lists_and_headline_runs_give_no_claims(run) -> None:
    text = ("Spain delivered rockets to Ukraine on Monday.\n\n"
            "More on this story\n"
            "Mali junta scraps defence pact with France\n"
            "Who are the mercenaries in the Sahel?\n\n"
            "Also popular\n"
            "Belgrade shows off locally built air defence system\n"
            "Oil prices slip on weak demand\n\n"
            "- Iran sends drones to Venezuela, officials say\n")
    assert set(claims_of(run(text))) == {("ES", "UA")}
    assert {c.type for c in run(text).claims} == {"transfer"}


def test_a_single_body_line_without_full_stop_still_counts(run) -> None:
    ex = run("Spain delivered rockets to Ukraine on Monday, officials said\n\nThe rest follows later.")
    assert ("ES", "UA") in claims_of(ex)


def test_denied_claims_that_it_supplied_takes_the_denier_not_the_speaker(run) -> None:
    ex = run("Seoul said the rifles came from abroad. Minsk rejected as groundless the claims that it had supplied "
             "weapons to Hezbollah.")
    assert {a for a, _ in claims_of(ex)} == {"BY"}
    assert set(claims_of(ex).values()) == {"denied"}


def test_group_using_foreign_made_weapons_is_a_deployment_by_the_group(run) -> None:
    ex = run("Hezbollah fighters used a Belarusian-made rocket launcher in the attack on the border post.")
    assert ("Hezbollah", None) in claims_of(ex, "deployment")
    assert not claims_of(ex)  # the supply itself is not stated (the conventions)


def test_negated_supply_is_denied(run) -> None:
    ex = run("Foreign Minister Juan Perez said Cuba had not delivered ballistic missiles to Russia.")
    assert claims_of(ex) == {("CU", "RU"): "denied"}


def test_agentless_passive_use_takes_the_last_user_not_the_speaker(run) -> None:
    ex = run("WASHINGTON, May 3 - The drone, also known as the Z9, has been used against power plants in Ukraine, "
             "the Treasury said.")
    assert not [c for c in ex.claims if c.type == "deployment" and c.actor == "US"]


def test_agentless_passive_laundering_takes_no_focus_state(run) -> None:
    ex = run("WASHINGTON, May 3 - The U.S. Justice Department on Thursday filed a complaint against two exchanges. "
             "Their fees were then laundered through token swaps.")
    assert not [c for c in ex.claims if c.type == "evasion" and c.actor == "US"]


def test_supply_without_destination_goes_to_the_recipient_already_named(run) -> None:
    ex = run("Spain sent howitzers to Ukraine in May. Portugal, which had long hesitated, delivered its first two "
             "howitzers on Friday.")
    assert ("PT", "UA") in claims_of(ex)


def test_pledge_without_destination_goes_to_the_recipient_already_named(run) -> None:
    ex = run("Spain sent tanks to Ukraine in May. Norway and Sweden have also pledged to refurbish and send older "
             "tanks, with the first deliveries planned for the summer.")
    assert {("NO", "UA"), ("SE", "UA")} <= set(claims_of(ex))
    assert claims_of(ex)[("NO", "UA")] == "planned"


def test_supply_with_a_destination_of_its_own_keeps_it(run) -> None:
    ex = run("Spain sent tanks to Ukraine in May. Portugal delivered rifles to Moldova on Friday.")
    assert ("PT", "UA") not in claims_of(ex)


def test_helicopters_and_jets_are_separate_items(run) -> None:
    ex = run("Belarus delivered tanks and attack helicopters to Sudan. Serbia sold fighter jets to Sudan.")
    assert {c.item for c in ex.claims if c.type == "transfer"} == {"tanks", "combat aircraft", "helicopters"}


def test_infinitive_on_a_noun_is_planned(run) -> None:
    ex = run("Algeria has completed arrangements to acquire fighter jets from Russia.")
    assert claims_of(ex) == {("RU", "DZ"): "planned"}


def test_agreement_signed_in_a_relative_clause_has_its_signers_as_parties(run) -> None:
    ex = run("The deliveries follow a framework agreement that Poland and South Korea signed in July.")
    assert {frozenset((c.actor, c.recipient)) for c in ex.claims if c.type == "agreement"} == {frozenset(("PL", "KR"))}


def test_welcoming_an_accord_signed_by_others_makes_no_party(run) -> None:
    ex = run("Serbia welcomed the accord signed by Hungary and Austria in May.")
    assert {frozenset((c.actor, c.recipient)) for c in ex.claims if c.type == "agreement"} == {frozenset(("HU", "AT"))}


def test_helping_another_build_makes_the_helped_the_producer(run) -> None:
    ex = run("Two firms helped Russia develop and build attack drones.")
    assert {c.actor for c in ex.claims if c.type == "production"} == {"RU"}


def test_helping_without_a_named_beneficiary_gives_no_production(run) -> None:
    ex = run("The United States sanctioned two Chinese companies it accused of helping develop and build "
             "attack drones.")
    assert not [c for c in ex.claims if c.type == "production"]


def test_equipment_for_producing_is_no_production_claim(run) -> None:
    ex = run("Officials believe Cuba is seeking fighter aircraft and equipment for producing ballistic missiles "
             "from Moscow.")
    assert not [c for c in ex.claims if c.type == "production"]
    assert ("RU", "CU") in claims_of(ex)


def test_negated_use_is_no_deployment(run) -> None:
    ex = run("Poland sent rockets to Ukraine. Kyiv has given assurances that it will not use the rockets against "
             "targets inside Russia.")
    assert not [c for c in ex.claims if c.type == "deployment"]


def test_passive_deployment_of_a_named_armed_group_has_the_group_as_actor(run) -> None:
    ex = run("Wagner mercenaries have been deployed in Libya since 2019.")
    assert set(claims_of(ex, "deployment")) == {("Wagner Group", "LY")}


def test_items_added_by_along_with_get_their_own_claims(run) -> None:
    ex = run("Cuba delivered ballistic missiles to Russia along with self-propelled guns.")
    assert {c.item for c in ex.claims if c.type == "transfer"} == {"ballistic missiles", "artillery"}


def test_passive_supply_by_a_state_without_destination_goes_to_the_recipient_named(run) -> None:
    ex = run("Cuba sent shells to Russia in May. More than 100 missiles were delivered by Cuba, the report said.")
    assert ("CU", "RU") in claims_of(ex)
    assert sum(1 for c in ex.claims if c.type == "transfer" and c.item == "missiles") == 1


def test_coordinated_personnel_give_one_deployment_each(run) -> None:
    ex = run("Cuba will send 1,000 deminers and 5,000 construction workers to Russia's Kursk region.")
    assert {c.item for c in ex.claims if c.type == "deployment"} == {"military specialists", "workers"}


def test_military_supplies_are_equipment(run) -> None:
    ex = run("Cuba has shipped more than 20,000 containers of military supplies to Russia.")
    assert [c.item for c in ex.claims if c.type == "transfer"] == ["military equipment"]


def test_instructors_training_foreign_soldiers_is_a_training_transfer(run) -> None:
    ex = run("State TV said Russian instructors landed in Bamako on Monday and would train Malian soldiers to "
             "operate the radar.")
    assert claims_of(ex).get(("RU", "ML")) == "planned"
    assert {c.item for c in ex.claims if c.type == "transfer"} == {"military training"}


def test_crews_trained_in_a_state_are_trained_by_it(run) -> None:
    ex = run("Moldovan crews were trained on the howitzers in France before the handover.")
    assert ("FR", "MD") in claims_of(ex)


def test_training_at_home_is_no_transfer(run) -> None:
    ex = run("French officers trained French recruits in Brittany.")
    assert not claims_of(ex)


def test_sanctions_after_a_that_clause_come_from_the_main_subject_and_its_target(run) -> None:
    ex = run("In May, Britain determined that Hezbollah had committed war crimes and imposed sanctions on its "
             "commander, Ali Example.")
    assert set(claims_of(ex, "enforcement")) == {("GB", "LB")}
