"""Eighth pass (granularity seen in held-out sets F, G and H): one claim per coordinated item behind a quantity
noun, multi-word recipients misparsed after 'gave', suppliers of a transfer noun named by 'from', input goods as
their own items, the junta of a state as that state, and attributed restatements of a supply already told.
Each sentence is written for these tests."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401 (shared fixture)


def _items(ex, ctype: str = "transfer") -> list[str]:
    return sorted(c.item for c in ex.claims if c.type == ctype)


def test_each_item_coordinated_behind_a_quantity_noun_is_its_own_claim(run) -> None:
    ex = run("Officials say Belarus has shipped thousands of mortar shells, anti-tank missiles and rifles to Sudan.")
    assert keys(ex, "transfer") == {("transfer", "BY", "SD")}
    assert _items(ex) == ["anti-tank missiles", "artillery shells", "small arms"]


def test_a_two_word_state_right_after_give_is_the_recipient(run) -> None:
    ex = run("Moscow gave North Korea jamming equipment and several radars last year.")
    assert keys(ex, "transfer") == {("transfer", "RU", "KP")}
    assert _items(ex) == ["electronic warfare systems", "radar"]


def test_suppliers_of_an_export_noun_are_named_by_from(run) -> None:
    ex = run("Exports of microchips from Armenia and Georgia to Russia have tripled, customs figures show.")
    assert keys(ex, "transfer") == {("transfer", "AM", "RU"), ("transfer", "GE", "RU")}
    assert set(_items(ex)) == {"electronic components"}


def test_machine_tools_and_electronics_are_separate_items(run) -> None:
    ex = run("Chinese-made machine tools and semiconductors were shipped to Russia last year.")
    assert keys(ex, "transfer") == {("transfer", "CN", "RU")}
    assert _items(ex) == ["electronic components", "machine tools"]


def test_input_goods_are_not_fired_on_the_battlefield(run) -> None:
    ex = run("Russian forces used Chinese microchips in the strike on Odesa.")
    assert keys(ex, "deployment") == set()


def test_the_junta_in_a_state_is_that_state(run) -> None:
    ex = run("The junta in Mali has bought drones from Turkey.")
    assert keys(ex, "transfer") == {("transfer", "TR", "ML")}


def test_a_new_source_on_the_shipments_restates_the_supply(run) -> None:
    ex = run("North Korea has sent rockets to Russia by rail, the White House said on Monday. "
             "The Japanese Defence Ministry said separately that it had also been watching the shipments.")
    transfers = [c for c in ex.claims if c.type == "transfer"]
    assert {(c.actor, c.recipient) for c in transfers} == {("KP", "RU")}
    assert len({c.source for c in transfers}) == 2
    assert any(c.rule == "transfer:restated" for c in transfers)


def test_the_same_source_again_adds_no_claim(run) -> None:
    ex = run("North Korea has sent rockets to Russia by rail, the White House said on Monday. "
             "The White House said the shipments had grown since the spring.")
    assert not any(c.rule == "transfer:restated" for c in ex.claims)


def test_the_article_own_voice_restates_nothing(run) -> None:
    ex = run("North Korea has sent rockets to Russia by rail, the White House said on Monday. "
             "The shipments have grown since the spring.")
    assert not any(c.rule == "transfer:restated" for c in ex.claims)


def test_a_call_to_ban_the_sale_is_not_a_restatement(run) -> None:
    ex = run("Iran has sold drones to Sudan, the report said. "
             "A UN expert urged governments to ban the sale of such weapons to the army.")
    assert not any(c.rule == "transfer:restated" for c in ex.claims)


def test_the_group_said_names_the_body_quoted_before(run) -> None:
    ex = run("The Multilateral Sanctions Monitoring Team published its second report on Thursday. "
             "In return, the group said, Russia gave North Korea air-defence systems.")
    transfer = next(c for c in ex.claims if c.type == "transfer")
    assert (transfer.actor, transfer.recipient) == ("RU", "KP")
    assert transfer.source == "Multilateral Sanctions Monitoring Team"


def test_a_gerund_naming_know_how_is_not_production(run) -> None:
    ex = run("Blueprints, manufacturing know-how and drone kits were supplied by Iran, officials said.")
    assert keys(ex, "production") == set()


def test_exporting_under_a_criminal_charge_is_the_charge_not_a_transfer(run) -> None:
    ex = run("The Justice Department has charged dozens of people with illegally exporting American chips to Russia.")
    assert keys(ex, "transfer") == set()
    assert [c.item for c in ex.claims if c.type == "enforcement"] == ["criminal charges"]


def test_arming_an_armed_group_supplies_its_state(run) -> None:
    ex = run("Iran is arming the Houthis, the officials said.")
    assert keys(ex, "transfer") == {("transfer", "IR", "YE")}


def test_it_in_a_rejected_accusation_is_the_one_who_rejects(run) -> None:
    ex = run("Tehran has again rejected accusations that it arms the Houthis.")
    claim = next(c for c in ex.claims if c.type == "transfer")
    assert (claim.actor, claim.recipient, claim.status) == ("IR", "YE", "denied")


def test_what_an_embargo_prohibits_is_not_a_transfer(run) -> None:
    ex = run("A Security Council embargo prohibits supplying rifles to the junta in Mali.")
    assert keys(ex, "transfer") == set()


def test_launching_strikes_with_ones_own_arms_is_not_logged(run) -> None:
    ex = run("France and Britain launched air and missile strikes on rebel positions in Libya.")
    assert keys(ex, "deployment") == set() and keys(ex, "test") == set()


def test_a_ground_launched_version_is_not_a_launch(run) -> None:
    ex = run("The system, a ground-launched version of an air-to-air missile, is made by a German firm.")
    assert keys(ex, "test") == set()


def test_a_missile_launch_is_still_a_test(run) -> None:
    ex = run("North Korea launched a ballistic missile into the sea on Monday.")
    assert keys(ex, "test") == {("test", "KP", None)}


def test_agreeing_to_trade_grain_is_not_a_logged_agreement(run) -> None:
    ex = run("Kazakhstan and Iran have agreed to double wheat shipments between the two countries.")
    assert keys(ex, "agreement") == set()


def test_agreeing_to_military_cooperation_is(run) -> None:
    ex = run("Russia and Iran agreed on Friday to expand military cooperation.")
    assert keys(ex, "agreement") == {("agreement", "RU", "IR")}


def test_a_sports_body_sanctioning_a_club_is_not_enforcement(run) -> None:
    ex = run("Vietnam's football federation said it had sanctioned a Thai club over crowd trouble.")
    assert keys(ex, "enforcement") == set()


def test_producing_a_space_rocket_is_not_arms_production(run) -> None:
    ex = run("The mission was the first in which the firm, which is taking over production of the rocket from the "
             "national space agency, oversaw assembly of the vehicle.")
    assert keys(ex, "production") == set()
