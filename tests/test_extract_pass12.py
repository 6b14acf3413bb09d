"""Session 8: the reason a penalty gives, lists reached through a conjunct, unnamed home ministries
(sentences written here)."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401  (run is a fixture)


def test_the_firms_sanctioned_for_supplying_are_the_suppliers(run) -> None:
    ex = run("Britain sanctioned two Turkish firms and an Indian shipping company for supplying drone engines "
             "to Iran.")
    assert keys(ex, "enforcement") == {("enforcement", "GB", "TR"), ("enforcement", "GB", "IN")}
    assert keys(ex, "transfer") == {("transfer", "TR", "IR"), ("transfer", "IN", "IR")}
    assert {c.status for c in ex.claims if c.type == "transfer"} == {"reported"}  # the sanctioner's allegation


def test_a_state_sanctioned_for_supplying_is_the_supplier_not_the_sanctioner(run) -> None:
    ex = run("Canada penalised Belarus for shipping artillery shells to Russia.")
    assert ("transfer", "BY", "RU") in keys(ex, "transfer")
    assert not {a for _, a, _ in keys(ex, "transfer")} & {"CA"}


def test_for_hung_on_the_object_still_names_the_object_as_supplier(run) -> None:
    ex = run("Washington has designated dozens of Chinese firms for selling drone engines to Iranian arms makers.")
    assert ("transfer", "CN", "IR") in keys(ex, "transfer")
    assert not any(a == "US" for _, a, _ in keys(ex, "transfer"))


def test_a_ban_on_supplying_is_still_no_transfer(run) -> None:
    ex = run("The embargo prohibits supplying arms to Sudan.")
    assert keys(ex, "transfer") == set()


def test_list_prep_on_the_last_conjunct_and_them_in_the_accusation(run) -> None:
    ex = run("The European Union added two Chinese companies and a Kazakh trading firm to its sanctions list, "
             "accusing them of supplying drone components to Russia.")
    assert keys(ex, "enforcement") >= {("enforcement", "European Union", "CN"),
                                       ("enforcement", "European Union", "KZ")}
    assert keys(ex, "transfer") >= {("transfer", "CN", "RU"), ("transfer", "KZ", "RU")}


def test_an_asset_freeze_list_is_a_restrictive_list(run) -> None:
    ex = run("Australia added 6 entities in Russia and Belarus to its asset-freeze list on Monday.")
    assert keys(ex, "enforcement") == {("enforcement", "AU", "RU"), ("enforcement", "AU", "BY")}


def test_an_unnamed_ministry_acts_for_the_state_the_story_is_filed_from(run) -> None:
    text = ("OTTAWA, May 3 -- Canada said North Korea had fired a missile.\n\n"
            "Separately, the Foreign Ministry on Tuesday added 5 entities in Iran and Russia to its sanctions list.")
    ex = run(text)
    assert {a for _, a, _ in keys(ex, "enforcement")} == {"CA"}
    assert {r for _, _, r in keys(ex, "enforcement")} == {"IR", "RU"}


def test_a_ministry_with_its_state_named_keeps_that_state(run) -> None:
    text = ("SEOUL, May 3 -- North Korea fired a missile on Monday.\n\n"
            "China's Commerce Ministry added 3 firms based in Taiwan to its export control list.")
    assert {a for _, a, _ in keys(run(text), "enforcement")} == {"CN"}
