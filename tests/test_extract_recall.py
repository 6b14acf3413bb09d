"""Recall patterns found on development set B (each checked on a sentence written for this test)."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401 (shared fixture)


def test_monitoring_body_publishing_findings_is_enforcement(run) -> None:
    got = run("The Multilateral Sanctions Monitoring Team (MSMT) published a second report on Tuesday.")
    assert ("enforcement", "Multilateral Sanctions Monitoring Team", None) in keys(got)


def test_other_bodies_publishing_reports_are_not_claims(run) -> None:
    assert not run("The statistics office released its findings on farm output on Tuesday.").claims


def test_seized_goods_give_the_attempted_transfer_without_a_named_seizer(run) -> None:
    got = run("Navy divers seized Iranian-made missile components bound for Yemen's Houthi rebels at dawn.")
    assert ("transfer", "IR", "YE") in keys(got)


def test_flown_weapons_to_an_armed_group_is_a_transfer_to_its_state(run) -> None:
    got = run("Investigators said Qatar had flown weapons to the Rapid Support Forces through a desert airstrip.")
    assert ("transfer", "QA", "SD") in keys(got)


def test_arming_and_financing_shares_the_object(run) -> None:
    got = run("Chad accused Qatar of arming and financing the paramilitary Rapid Support Forces.")
    assert ("transfer", "QA", "SD") in keys(got)


def test_sanctioned_companies_based_in_a_state_target_that_state(run) -> None:
    got = run("Washington also sanctioned four RSF-owned firms based in Kenya.")
    assert ("enforcement", "US", "KE") in keys(got)


def test_talks_with_a_state_on_buying_make_it_the_supplier(run) -> None:
    got = run("Officials said Syria held talks with Iran on buying cruise missiles.")
    assert ("transfer", "IR", "SY") in keys(got)


def test_supplier_lists_by_place_and_amount(run) -> None:
    got = run("Belarus sold fighter jets to Myanmar last year. Firms in Laos had supplied $50 million worth of "
              "arms. Companies based in Malaysia provided $30 million in weapons, followed by suppliers in "
              "Vietnam with $2 million.")
    assert {("transfer", "LA", "MM"), ("transfer", "MY", "MM"), ("transfer", "VN", "MM")} <= keys(got)


def test_supplier_without_an_amount_gets_no_guessed_recipient(run) -> None:
    got = run("Belarus sold fighter jets to Myanmar last year. Firms in Laos supplied weapons.")
    assert ("transfer", "LA", "MM") not in keys(got)


def _sources(extraction) -> set[str | None]:
    return {c.source for c in extraction.claims}


def test_generic_source_words_resolve_to_the_body_named_before(run) -> None:
    got = run("The Multilateral Sanctions Monitoring Team (MSMT) met in Geneva on Monday. "
              "In a new finding, the team said Belarus had shipped artillery shells to Russia.")
    assert "Multilateral Sanctions Monitoring Team" in _sources(got)


def test_the_report_said_keeps_the_reporting_body(run) -> None:
    got = run("According to the UN Panel of Experts, Laos sold drones to Myanmar. "
              "Cambodia also shipped artillery shells to Myanmar, the report said.")
    assert _sources(got) == {"UN Panel of Experts (1718 Committee)"}


def test_a_capital_as_speaker_is_recorded_as_its_state(run) -> None:
    got = run("Minsk says it sent only a few drones to Russia last spring.")
    assert _sources(got) == {"Belarus"}
