"""Session-15 rules (sentences written here), tested on the hand-written rules alone (``learned=False``)."""

from __future__ import annotations

from armswatch import extract

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
