"""General English patterns that unseen articles use (each on a sentence written for this test)."""

from __future__ import annotations

import pytest

from armswatch.extraction.dateline import dateline_countries, datelines
from extract_helpers import keys, run  # noqa: F401 (shared fixture)


@pytest.mark.parametrize("line, code", [
    ("OSLO, Feb 3 (Reuters) - Belarus shipped shells.", "NO"),
    ("CAPE TOWN, March 1 – Officials said nothing.", "ZA"),
    ("NAIROBI (AFP) - The talks ended.", "KE"),
    ("TOULOUSE, France, Jan 9 – A plane landed.", "FR"),
    ("SPRINGFIELD, Ill., May 2 – A court sat.", "US"),
])
def test_dateline_place_gives_a_country(line: str, code: str | None) -> None:
    assert datelines(line)
    found = [c for _, _, c in dateline_countries(line)]
    assert found == ([code] if code else [])


def test_plain_sentence_is_not_a_dateline() -> None:
    assert datelines("Iran - a close partner - sent drones.") == []
    assert datelines("The US said on Monday: no deal.") == []


def test_dateline_is_never_an_actor_and_its_date_is_not_the_event_date(run) -> None:
    ex = run("ANKARA, Nov 19 – Belarus sent artillery shells to Sudan on Monday, two diplomats said.")
    assert ("transfer", "BY", "SD") in keys(ex)
    assert not any(c.actor == "TR" or c.recipient == "TR" for c in ex.claims)
    assert "TR" in ex.entities["countries"]
    claim = next(c for c in ex.claims if c.type == "transfer")
    assert claim.date == "2026-11-16"
    assert claim.evidence.startswith("ANKARA, Nov 19")


def test_made_in_adjective_is_the_supplier_of_a_passive_delivery(run) -> None:
    ex = run("Belarusian-made armoured vehicles were delivered to Sudan last spring.")
    assert ("transfer", "BY", "SD") in keys(ex)


def test_designed_adjective_is_not_a_supplier(run) -> None:
    ex = run("Venezuela has fired Chinese-designed rockets that it builds at home at rebel camps.")
    assert not any(c.type == "transfer" for c in ex.claims)


def test_foreign_weapons_fired_at_targets_are_a_deployment_not_a_test(run) -> None:
    ex = run("Sudanese forces have begun firing rockets supplied by Iran at rebel positions near Khartoum.")
    assert ("deployment", "SD", None) in keys(ex)
    assert not any(c.type == "test" for c in ex.claims)


def test_developer_test_launch_stays_a_test(run) -> None:
    ex = run("India test-fired a new ballistic missile from an island off its east coast on Friday.")
    assert ("test", "IN", None) in keys(ex)


def test_agentless_launch_takes_the_user_from_context(run) -> None:
    ex = run("Belarus has handed Syria several Iranian cruise missiles. "
             "Two of the missiles were launched overnight and came down near a village.")
    assert ("deployment", "SY", None) in keys(ex)


def test_air_strikes_are_not_tests(run) -> None:
    ex = run("France launched air strikes on militant camps in the desert on Sunday.")
    assert not any(c.type == "test" for c in ex.claims)


def test_sending_workers_is_a_deployment_and_an_evasion(run) -> None:
    ex = run("Laos will dispatch 2,000 workers to Qatar next year, the labour ministry said.")
    assert {("deployment", "LA", "QA"), ("evasion", "LA", None)} <= keys(ex)
    assert next(c for c in ex.claims if c.type == "deployment").status == "planned"


def test_troops_sent_to_help_an_ally_serve_that_state(run) -> None:
    ex = run("Chadian troops had been sent to Libya to help Sudanese forces on the border.")
    assert ("deployment", "TD", "SD") in keys(ex)


def test_labourers_sent_to_sites_across_a_country(run) -> None:
    ex = run("Eritrea sent labourers to construction sites across Qatar.")
    assert ("deployment", "ER", "QA") in keys(ex)


def test_coordinated_enforcers_each_get_a_claim(run) -> None:
    ex = run("Canada and the European Union imposed sanctions on four Belarusian companies on Monday.")
    assert {("enforcement", "CA", "BY"), ("enforcement", "European Union", "BY")} <= keys(ex)
    assert len([c for c in ex.claims if c.type == "enforcement"]) == 2


def test_seizure_targets_the_origin_and_logs_the_attempted_transfer(run) -> None:
    ex = run("Greek coast guard officers seized Syrian-made rockets bound for Libya.")
    assert {("enforcement", "GR", "SY"), ("transfer", "SY", "LY")} <= keys(ex)


def test_charges_by_prosecutors_target_the_nationals_state(run) -> None:
    ex = run("The Justice Department charged two Venezuelan nationals with smuggling rifles.")
    assert ("enforcement", "US", "VE") in keys(ex)


def test_export_ban_is_enforcement_not_transfer(run) -> None:
    ex = run("Germany banned exports of machine tools to Belarus.")
    assert keys(ex) == {("enforcement", "DE", "BY")}


def test_denying_an_act_makes_the_denier_its_actor(run) -> None:
    ex = run("Minsk denies sending rifles to Sudan.")
    claim = next(c for c in ex.claims if c.type == "transfer")
    assert (claim.actor, claim.recipient, claim.status) == ("BY", "SD", "denied")


def test_dative_recipient_of_a_handover(run) -> None:
    ex = run("Belarus has handed Sudan several howitzers.")
    assert ("transfer", "BY", "SD") in keys(ex)


def test_goods_and_people_in_one_relative_clause(run) -> None:
    ex = run("Diplomats say the grain is payment for the rifles and troops that Chad has sent to Sudan.")
    assert {("transfer", "TD", "SD"), ("deployment", "TD", "SD")} <= keys(ex)


def test_second_with_phrase_is_an_item_too(run) -> None:
    ex = run("Minsk has supplied Sudan with rifles and with anti-tank missiles.")
    assert {c.item for c in ex.claims if c.type == "transfer"} >= {"small arms", "anti-tank missiles"}


def test_seeking_from_a_supplier_is_a_planned_transfer(run) -> None:
    ex = run("In exchange, Sudan is seeking fighter jets and radar for its air force from Belarus.")
    claim = next(c for c in ex.claims if c.type == "transfer")
    assert (claim.actor, claim.recipient, claim.status) == ("BY", "SD", "planned")


def test_treaty_clause_names_both_parties(run) -> None:
    ex = run("A treaty committing Laos and Vietnam to mutual defence entered into force on Friday.")
    assert any(c.type == "agreement" and {c.actor, c.recipient} == {"LA", "VN"} for c in ex.claims)


def test_struck_a_deal_and_signed_documents(run) -> None:
    deal = run("Chad and Niger struck a deal on border security last week.")
    docs = run("Chad and Niger signed documents on military cooperation.")
    leaked = run("Leaked documents show Chad and Niger discussed rifles.")
    assert any(c.type == "agreement" for c in deal.claims)
    assert any(c.type == "agreement" for c in docs.claims)
    assert not any(c.type == "agreement" for c in leaked.claims)


def test_cancelling_an_agreement_is_enforcement_by_each_party(run) -> None:
    ex = run("Italy and Spain said they would cancel their aviation agreements with Belarus.")
    got = {(c.type, c.actor, c.recipient, c.status) for c in ex.claims}
    assert {("enforcement", "IT", "BY", "planned"), ("enforcement", "ES", "BY", "planned")} <= got
    assert not any(c.type == "agreement" for c in ex.claims)


def test_target_named_after_its_state_and_along_with_targets(run) -> None:
    ex = run("Canada sanctioned the carrier Belarus Airlines, along with several Iran-based entities.")
    assert {("enforcement", "CA", "BY"), ("enforcement", "CA", "IR")} <= keys(ex)


def test_relative_clause_said_does_not_attribute_the_main_act(run) -> None:
    ex = run("Canada designated a cargo ship it said had carried rifles to Sudan.")
    claim = next(c for c in ex.claims if c.type == "enforcement")
    assert (claim.actor, claim.status, claim.source) == ("CA", "confirmed", None)


def test_laundering_reported_by_an_agency_is_not_the_agencys_act(run) -> None:
    ex = run("The Lazarus Group stole tokens worth $40 million from a gaming platform. "
             "The proceeds were laundered through mixers, the FBI said.")
    actors = {c.actor for c in ex.claims if c.type == "evasion"}
    assert "US" not in actors and actors


def test_sanctions_and_measures_in_one_sentence_are_one_claim(run) -> None:
    ex = run("Norway imposed sanctions on and froze the assets of three Belarusian banks.")
    assert len([c for c in ex.claims if c.type == "enforcement" and c.recipient == "BY"]) == 1


def test_denial_that_its_forces_use_foreign_weapons(run) -> None:
    ex = run("Minsk denied that its forces were using Iranian drones.")
    claim = next(c for c in ex.claims if c.type == "deployment")
    assert (claim.actor, claim.recipient, claim.status) == ("BY", None, "denied")


def test_foreign_troops_fighting_alongside_and_instructors_landing(run) -> None:
    fight = run("Chadian troops are fighting alongside Sudanese forces near the border.")
    land = run("Belarusian military instructors landed in Niger in April.")
    assert ("deployment", "TD", "SD") in keys(fight)
    assert ("deployment", "BY", "NE") in keys(land)


def test_arming_and_helping_build_are_transfers(run) -> None:
    arm = run("Belarus has been arming Sudan for years.")
    helps = run("Engineers from Belarus are helping Iran build drones.")
    assert ("transfer", "BY", "SD") in keys(arm)
    assert ("transfer", "BY", "IR") in keys(helps)


def test_data_handed_over_is_a_transfer(run) -> None:
    ex = run("Iran gave Belarus battlefield data.")
    assert any(c.type == "transfer" and c.item == "data" and c.recipient == "BY" for c in ex.claims)


def test_a_helping_hand_with_homework_is_nothing(run) -> None:
    ex = run("Her brother helped Anna build a model rocket for the school science fair.")
    assert ex.claims == []


def test_defined_acronym_stands_for_its_long_form(run) -> None:
    ex = run("The Pacific Fisheries Oversight Board (PFOB) met on Monday. PFOB inspectors said the talks failed.")
    assert ex.entities["organizations"] == ["Pacific Fisheries Oversight Board"]


def test_state_bodies_take_the_states_demonym(run) -> None:
    ex = run("Officials at Russia's Defence Ministry and Japan's Ministry of Agriculture, Forestry and Fisheries "
             "met South Korea's Joint Chiefs of Staff.")
    assert {"Russian Ministry of Defence", "Japanese Ministry of Agriculture, Forestry and Fisheries",
            "South Korean Joint Chiefs of Staff"} <= set(ex.entities["organizations"])


def test_treaties_are_not_organizations(run) -> None:
    ex = run("Officials said the Comprehensive Trade Treaty between the two states had stalled.")
    assert not any("Treaty" in o for o in ex.entities["organizations"])


def test_goods_of_known_origin_reaching_a_state(run) -> None:
    ex = run("Belarusian-made rifles are still reaching Sudan through Chad.")
    assert ("transfer", "BY", "SD") in keys(ex)


def test_hyphenated_test_fire_split_by_the_parser(run) -> None:
    ex = run("Pakistan test-fired two cruise missiles off its southern coast on Tuesday, the army said.")
    assert ("test", "PK", None) in keys(ex)


def test_it_said_takes_the_source_named_before(run) -> None:
    ex = run("Chad's intelligence agency said Belarus had sent rifles to Sudan. "
             "Belarusian workers have also been sent to farms across Sudan, it said.")
    claim = next(c for c in ex.claims if c.type == "deployment")
    assert claim.source and "agency" in claim.source.lower()
    assert claim.status == "reported"


def test_an_unnamed_batch_takes_the_item_named_before(run) -> None:
    ex = run("Chad is buying Belarusian rifles. Minsk says it sent only a small batch to Chad last year.")
    assert any(c.type == "transfer" and c.item == "small arms" and c.source == "Belarus" for c in ex.claims)
