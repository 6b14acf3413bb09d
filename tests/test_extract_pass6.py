"""Sixth pass (precision on background, legal-trade orders and deliveries, arrivals, users, sanctions targets by
location, persons), each on a sentence written for these tests."""

from __future__ import annotations

import pytest

from armswatch.extraction.core import extract


@pytest.fixture(scope="module")
def run():
    from armswatch.extraction.nlp import get_nlp

    get_nlp()

    def _run(text: str, published: str = "2026-11-20"):
        return extract(text, published)

    return _run


def keys(ex, ctype: str | None = None) -> set[tuple]:
    return {(c.type, c.actor, c.recipient) for c in ex.claims if ctype is None or c.type == ctype}


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


def test_procuring_for_another_state_names_no_supplier(run) -> None:
    ex = run("Canada will keep working with partners to procure more ammunition for Ukraine's army next year.")
    assert keys(ex, "transfer") == set()


def test_obtaining_goods_despite_sanctions_is_evasion_by_the_obtainer(run) -> None:
    ex = run("Analysts say Tehran has managed to obtain American microchips despite international sanctions.")
    assert keys(ex) == {("evasion", "IR", None)}
