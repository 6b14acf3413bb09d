"""Session 6 guards: civilian shipping and civilian drone trade are not arms claims (sentences written here)."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401  (run is a fixture)


def test_lng_bunkering_between_ships_is_not_evasion(run) -> None:
    ex = run("Busan began ship-to-ship bunkering of container vessels last year, and two more ports plan to follow.")
    assert keys(ex, "evasion") == set()


def test_a_ship_to_ship_cargo_transfer_by_a_sanctioned_state_still_is(run) -> None:
    ex = run("North Korean tankers received fuel from a Russian vessel in a ship-to-ship transfer, the report said.")
    assert ("evasion", "KP", None) in keys(ex) and ("transfer", "RU", "KP") in keys(ex)


def test_dual_fuel_ships_are_not_a_fuel_delivery(run) -> None:
    ex = run("The carrier said it would take delivery of four dual-fuel vessels from a Japanese yard next year.")
    assert ex.claims == []


def test_a_deal_for_crop_spraying_drones_is_no_arms_agreement(run) -> None:
    ex = run("A Chinese maker of crop-spraying drones said it had signed an agreement with Uzbekistan to supply them.")
    assert keys(ex, "agreement") == set()
    ex = run("North Korea has signed an agreement with Russia to supply artillery shells.")
    assert keys(ex, "agreement") == {("agreement", "KP", "RU")}
