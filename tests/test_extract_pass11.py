"""Session 7: coordinated lists give one claim per state (sentences written here)."""

from __future__ import annotations

from armswatch.extraction.core import extract
from extract_helpers import keys, run  # noqa: F401  (run is a fixture)


def test_entities_based_in_a_list_of_states_give_one_target_each(run) -> None:
    ex = run("The Treasury on Monday sanctioned 14 companies based in Turkey, Kazakhstan, Armenia and Hong Kong "
             "for supplying drone parts.")
    assert {r for _, a, r in keys(ex, "enforcement") if a == "US"} == {"TR", "KZ", "AM", "HK"}


def test_a_list_prep_hung_on_the_object_clause_still_reads_as_a_listing(run) -> None:
    ex = run("The Commerce Department added 9 firms based in Kyrgyzstan, the United Arab Emirates and "
             "Hong Kong to its Entity List on Tuesday.")
    assert keys(ex, "enforcement") >= {("enforcement", "US", "KG"), ("enforcement", "US", "AE"),
                                       ("enforcement", "US", "HK")}


def test_an_ordinary_list_that_is_no_restrictive_list_is_not_enforcement(run) -> None:
    ex = run("The ministry added 9 firms based in Kyrgyzstan and Hong Kong to its list of approved suppliers.")
    assert keys(ex, "enforcement") == set()


def test_capitals_answering_with_sanctions_are_each_an_enforcer(run) -> None:
    ex = run("Washington, London, Paris and Berlin answered with sanctions on Iran Air after the missile deliveries.")
    assert {a for _, a, r in keys(ex, "enforcement") if r == "IR"} == {"US", "GB", "FR", "DE"}


def test_a_coordinated_subject_is_read_through_a_governing_verb(run) -> None:
    ex = run("Canada and Australia moved to impose sanctions on four North Korean shipping firms.")
    assert {a for _, a, r in keys(ex, "enforcement") if r == "KP"} == {"CA", "AU"}


def test_sanctions_that_merely_follow_a_response_are_not_an_act(run) -> None:
    ex = run("Officials responded with questions about whether sanctions on Iran Air would last.")
    assert keys(ex, "enforcement") == set()


def test_one_claim_per_coordinated_host_state() -> None:
    # first the learned fallback's coordination gave these; since session 19 the rules read workers 'operating in'
    # several states themselves (test_extract_pass23), and the claims must stay one per state either way
    text = ("North Korea sent troops to Russia last year. It is estimated that thousands of North Korean "
            "information technology workers were operating in China, Russia and Laos, according to the report.")
    ex = extract(text, "2026-11-20")
    hosts = {c.recipient for c in ex.claims if c.type == "deployment" and "Laos" in c.evidence}
    assert hosts == {"CN", "RU", "LA"}


def test_ships_named_by_what_they_carried_give_the_state_served(run) -> None:
    ex = run("Canada on Friday sanctioned five tankers that it said had delivered refined fuel to North Korea.")
    assert ("enforcement", "CA", "KP") in keys(ex)


def test_the_regime_a_sanctions_list_belongs_to_is_the_target(run) -> None:
    ex = run("Britain on Monday added four trading firms and a cargo ship to its Russia sanctions list.")
    assert keys(ex, "enforcement") == {("enforcement", "GB", "RU")}


def test_a_dateline_filed_from_two_cities_is_no_party(run) -> None:
    ex = run("SEOUL/LONDON, June 2 - Russia shipped more than a million barrels of fuel to North Korea last year, "
             "the monitoring team said.")
    assert keys(ex, "transfer") == {("transfer", "RU", "KP")}
    assert ex.entities["countries"] and "GB" in ex.entities["countries"]  # still an entity of the article


def test_a_states_mission_to_an_international_body_speaks_for_the_state(run) -> None:
    ex = run("Iran's mission to the United Nations has denied sending missiles to the Houthis.")
    assert {(c.actor, c.status) for c in ex.claims if c.type == "transfer"} == {("IR", "denied")}


def test_a_party_preparing_to_sign_a_pact_is_a_party_to_it(run) -> None:
    ex = run("Belarusian officials are preparing to sign a defence cooperation agreement with Mali, diplomats said.")
    assert {tuple(sorted((a, r))) for _, a, r in keys(ex, "agreement")} == {("BY", "ML")}


def test_weapons_arriving_with_no_people_are_a_transfer_from_their_maker(run) -> None:
    ex = run("A second consignment of BrahMos cruise missiles arrived in Vietnam last week, the navy said.")
    assert keys(ex, "transfer") == {("transfer", "IN", "VN")}
    ex = run("Chinese armoured vehicles arrived in Bamako on Sunday.")
    assert keys(ex, "transfer") == {("transfer", "CN", "ML")}


def test_civil_goods_arriving_are_not_a_transfer(run) -> None:
    ex = run("A shipment of Airbus airliners arrived in Hanoi last week, the carrier said.")
    assert ex.claims == []


def test_a_package_of_sanctions_is_an_act_and_the_firms_it_lists_are_targets(run) -> None:
    ex = run("The European Union on Tuesday adopted its 12th package of sanctions against Russia, listing 30 "
             "firms in Armenia and Uzbekistan that supply machine tools.")
    assert keys(ex, "enforcement") == {("enforcement", "European Union", r) for r in ("RU", "AM", "UZ")}


def test_a_package_of_sanctions_that_is_only_talked_about_is_no_act(run) -> None:
    ex = run("The latest package of sanctions against Russia has hurt exporters in Armenia and Uzbekistan.")
    assert keys(ex, "enforcement") == set()


def test_blocking_the_renewal_of_a_panels_mandate_is_a_veto(run) -> None:
    ex = run("Because Russia holds a permanent seat, its vote blocked the renewal of the panel's mandate.")
    assert {(c.actor, c.item) for c in ex.claims if c.type == "enforcement"} == {("RU", "UN Panel of Experts mandate")}


def test_blocking_a_sale_is_no_enforcement(run) -> None:
    ex = run("China's objection blocked the sale of the airliners to the carrier last year.")
    assert keys(ex, "enforcement") == set()


def test_their_partners_are_not_the_owner(run) -> None:
    ex = run("Ukrainian units are firing shells faster than their partners can produce them.")
    assert ("production", "UA", None) not in keys(ex)


def test_a_date_in_another_coordinated_clause_is_not_the_events(run) -> None:
    ex = run("Because Russia holds a permanent seat, its vote blocked the renewal of the panel's mandate, and the "
             "mandate expired at the end of April 2024.")
    assert [(c.type, c.date) for c in ex.claims] == [("enforcement", None)]
    ex = run("Russia blocked the renewal of the panel's mandate in March 2024.")
    assert [(c.type, c.date) for c in ex.claims] == [("enforcement", "2024-03")]
