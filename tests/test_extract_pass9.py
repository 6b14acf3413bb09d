"""Ninth pass (misses in sets I and J): companies placed by where they are registered, relative pronouns across a
reporting verb, supplying an army as supplying military goods, and item words for bombs, grenades, optics and
armoured carriers. Each sentence is written for these tests."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401 (shared fixture)


def _items(ex, ctype: str = "transfer") -> list[str]:
    return sorted(c.item for c in ex.claims if c.type == ctype)


def test_a_company_is_placed_where_it_is_registered_or_based(run) -> None:
    assert keys(run("A trading house registered in Dubai shipped radars to Iran.")) == {("transfer", "AE", "IR")}
    assert keys(run("The firm, which is headquartered in Minsk, sold drones to Russia.")) == {("transfer", "BY", "RU")}


def test_a_relative_pronoun_reaches_its_noun_across_a_reporting_verb(run) -> None:
    ex = run("Investigators named four firms registered in Armenia, which the ministry says exported drones to "
             "Russia.")
    assert keys(ex, "transfer") == {("transfer", "AM", "RU")}


def test_supplying_a_states_army_is_a_transfer_of_military_goods(run) -> None:
    ex = run("Prosecutors say the two companies were supplying Russia's armed forces for more than a year.")
    assert [(c.recipient, c.item) for c in ex.claims if c.type == "transfer"] == [("RU", "military equipment")]
    ex = run("Serbian companies continued to supply the Russian military, the report said.")
    assert keys(ex, "transfer") == {("transfer", "RS", "RU")}
    assert _items(ex) == ["military equipment"]
    assert keys(run("Norway supplies Germany with natural gas.")) == set()  # no military object, no goods


def test_item_words_for_bombs_grenades_optics_and_carriers(run) -> None:
    ex = run("Belarus delivered armoured personnel carriers, grenades and rifle sights to Russia.")
    assert _items(ex) == ["grenades", "optical sights", "tanks"]
    ex = run("Russia has sharply increased production of glide bombs, Ukrainian intelligence said.")
    assert [(c.type, c.actor, c.item) for c in ex.claims] == [("production", "RU", "bombs")]


def test_fireworks_shells_are_not_arms_production(run) -> None:
    assert run("Most of the shells for the harbour fireworks were manufactured in China.").claims == []
    assert run("North Korea manufactured shells for Russia.").claims  # the same verb and item in a war story


def test_a_ministry_name_may_end_in_an_acronym(run) -> None:
    ex = run("South Korea's Ministry of Science and ICT said the launch had succeeded.")
    assert ex.entities["organizations"] == ["South Korean Ministry of Science and ICT"]
