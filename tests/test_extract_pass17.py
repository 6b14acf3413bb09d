"""Session-13 rules: what a shipment held, interceptions, and lists the parser splits (sentences written here)."""

from __future__ import annotations

import pytest

from armswatch import extract


def _claims(text: str, kind: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.actor, c.recipient, c.item) for c in extract(text, "2025-05-09").claims if c.type == kind]


def test_each_item_a_seized_cargo_held_is_a_transfer_of_the_supply_told_before() -> None:
    text = ("Egyptian border guards stopped a lorry carrying weapons that Libya had sent to Sudan's army. "
            "According to the guards, the cargo included anti-tank missiles, mortar rounds and assault rifles.")
    got = _claims(text, "transfer")
    items = {item for actor, recipient, item in got if (actor, recipient) == ("LY", "SD")}
    assert {"anti-tank missiles", "small arms"} <= items


def test_the_contents_sentence_takes_the_parties_named_in_it() -> None:
    got = _claims("A cargo of rifles that Iran sent to Sudan in March also included drones and mortar shells.",
                  "transfer")
    assert {("IR", "SD", "small arms"), ("IR", "SD", "drones"), ("IR", "SD", "artillery shells")} <= set(got)


@pytest.mark.parametrize("text", [
    "The package also lists 22 companies in Turkey and the Gulf.",  # a sanctions package lists firms
    "The cargo included rice, cooking oil and blankets for flood victims.",  # no weapon among the goods
])
def test_a_list_of_non_weapons_gives_no_transfer(text: str) -> None:
    story = "Iran has shipped drones to Russia, officials said. " + text
    assert [c for c in extract(story, "2025-05-09").claims if c.rule == "transfer:contents"] == []


def test_contents_with_no_supply_told_give_nothing() -> None:
    assert _claims("The haul included rifles and ammunition, the police said.", "transfer") == []


def test_intercepting_a_vessel_with_arms_is_a_seizure_against_the_supplier() -> None:
    text = "Oman's navy said it had intercepted a boat carrying rifles and rockets that Iran had sent to the Houthis."
    enf = _claims(text, "enforcement")
    assert ("OM", "IR", "seizure") in enf
    assert ("IR", "YE", "small arms") in _claims(text, "transfer")


def test_intercepting_missiles_in_flight_is_no_enforcement() -> None:
    text = "Israel's air defences intercepted most of the ballistic missiles fired from Iran overnight."
    assert _claims(text, "enforcement") == []


def test_a_list_the_parser_hangs_on_the_first_noun_gives_each_item() -> None:
    text = ("Ukrainian intelligence said North Korea sent Russia KN-23 ballistic missiles, 170 mm self-propelled "
            "guns and 240 mm multiple rocket launchers, in addition to artillery shells.")
    items = {item for actor, recipient, item in _claims(text, "transfer") if (actor, recipient) == ("KP", "RU")}
    assert {"ballistic missiles", "artillery shells", "rocket systems"} <= items
