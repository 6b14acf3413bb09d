"""Session-15 rules (sentences written here), tested on the hand-written rules alone (``learned=False``)."""

from __future__ import annotations

from armswatch import extract
from extract_helpers import pairs

MSMT = "Multilateral Sanctions Monitoring Team"


def _monitor(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.item, c.recipient) for c in extract(text, "2025-06-02", learned=False).claims if c.actor == MSMT]


def test_a_named_monitoring_team_publishing_its_report_is_one_enforcement_event() -> None:
    text = ("The Multilateral Sanctions Monitoring Team published its second report on Thursday. The report "
            "says North Korean tankers loaded fuel at Russian ports.")
    assert _monitor(text) == [("monitoring report", None)]


def test_a_described_team_and_its_next_report_are_two_reports_and_no_founding() -> None:
    text = ("A group of eleven governments set up to monitor UN sanctions on North Korea released its first "
            "report on Monday. The team plans to publish a second report next spring.")
    assert _monitor(text) == [("monitoring report", None), ("monitoring report", None)]


def test_founding_the_team_told_as_news_is_a_creation_event() -> None:
    text = ("Eleven states launched the Multilateral Sanctions Monitoring Team in October 2024, and it issued its "
            "first report in May.")
    assert sorted(_monitor(text)) == [("MSMT creation", None), ("monitoring report", None)]


def test_founding_named_only_to_say_which_team_is_no_creation_event() -> None:
    text = ("The Multilateral Sanctions Monitoring Team, formed in 2024 by eleven states, said in a report on "
            "Friday that Russia had shipped refined oil to North Korea.")
    assert _monitor(text) == [("monitoring report", None)]


def test_a_un_panel_of_experts_report_is_not_the_monitoring_team() -> None:
    text = ("A UN panel of experts monitoring the arms embargo on Libya said in a report last year that drones "
            "had been delivered to armed groups in breach of the embargo.")
    assert _monitor(text) == []


def test_the_group_after_another_named_group_is_not_the_monitoring_team() -> None:
    text = ("The Multilateral Sanctions Monitoring Team published a report on crypto theft in October. Security "
            "researchers later traced a new theft to the Lazarus Group. The group is expected to publish stolen "
            "data next week.")
    assert _monitor(text) == [("monitoring report", None)]




def test_weapons_supplied_by_a_state_go_to_whoever_fires_or_relies_on_them() -> None:
    assert ("IR", "YE") in pairs("The Houthis have launched drones provided by Iran at ships in the Red Sea.",
                                   "transfer")
    text = "Russian brigades near Pokrovsk rely on howitzers and rocket launchers supplied by Pyongyang."
    assert ("KP", "RU") in pairs(text, "transfer")


def test_a_drone_built_by_a_state_is_an_origin_label_not_a_production_event() -> None:
    text = "Sudan's army flew the Mohajer-6, a strike drone built by Iran's defence industry, over Khartoum."
    assert pairs(text, "production") == []


def _full(text: str, kind: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.actor, c.recipient, c.status) for c in extract(text, "2025-06-02", learned=False).claims
            if c.type == kind]


def test_arms_denied_to_any_party_answer_the_supply_the_article_told() -> None:
    text = ("Chinese firms have shipped drone engines to Russia, according to Ukrainian intelligence. Beijing's "
            "foreign ministry said China had never sold lethal weapons to either side in the war in Ukraine.")
    assert ("CN", "RU", "denied") in _full(text, "transfer")
    assert ("CN", "UA", "denied") not in _full(text, "transfer")  # the war's place is not who was armed


def test_arms_denied_to_either_side_of_a_named_states_war_go_to_that_state() -> None:
    text = "The UAE has denied supplying weapons to either side in Sudan's civil war."
    assert ("AE", "SD", "denied") in _full(text, "transfer")


def test_a_denied_involvement_in_cyber_theft_is_a_denied_evasion_by_the_denier() -> None:
    text = "Pyongyang has always denied any involvement in the theft of cryptocurrency from foreign exchanges."
    assert _full(text, "evasion") == [("KP", None, "denied")]


def test_an_admitted_role_is_no_denial_and_workers_sent_to_factories_are_no_evasion() -> None:
    admitted = extract("North Korea's embassy acknowledged a role in the hacking of the exchange.", "2025-06-02",
                       learned=False).claims
    assert not any(c.rule == "evasion:denied" for c in admitted)
    text = "Russia's embassy dismissed reports of North Korean workers at Russian drone factories as fake news."
    assert all(a != "RU" for a, _, _ in _full(text, "evasion"))
