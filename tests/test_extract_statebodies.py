"""State bodies written in lower case or named by context; sentences written for these tests."""

from __future__ import annotations

import pytest

from armswatch import extract


def _orgs(text: str) -> list[str]:
    return extract(text).entities["organizations"]


@pytest.mark.parametrize("text, expected", [
    ("Iran's foreign ministry rejected the report on Monday.", "Iranian Ministry of Foreign Affairs"),
    ("The Chinese foreign ministry urged restraint.", "Chinese Ministry of Foreign Affairs"),
    ("South Korea's defense ministry said the launch failed.", "South Korean Ministry of National Defense"),
    ("Japan's defence ministry tracked the missile.", "Japanese Ministry of Defense"),
    ("Ukraine's air force said 40 drones were shot down overnight.", "Ukrainian Air Force"),
    ("Iran's parliament approved the treaty on Sunday.", "Iranian Parliament"),
    ("Russia's embassy in Seoul declined to comment.", "Embassy of Russia in South Korea"),
    ("The Russian embassy in Washington did not reply.", "Embassy of Russia in the United States"),
    ("Sergei Shoigu, secretary of Russia's Security Council, visited Pyongyang.", "Security Council of Russia"),
])
def test_lower_case_state_bodies(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_a_bare_foreign_ministry_belongs_to_the_state_answering() -> None:
    text = ("Tehran dismissed the allegations. Foreign Ministry spokesman Hamid Rezaei said on Monday that no "
            "missiles had been sent to Russia.")
    assert "Iranian Ministry of Foreign Affairs" in _orgs(text)
    text = "At a briefing in Moscow, foreign ministry spokeswoman Irina Volkova denied that Iran had sent drones."
    assert "Russian Ministry of Foreign Affairs" in _orgs(text)


def test_the_embassy_place_is_still_a_country() -> None:
    ex = extract("Reporters asked the North Korean embassy in China for comment.")
    assert "CN" in ex.entities["countries"]
    assert "Embassy of North Korea in China" in ex.entities["organizations"]


def test_modifiers_and_titles_are_not_bodies() -> None:
    orgs = _orgs("South Korean navy ships searched the area, and Secretary of State Marco Rubio spoke later.")
    assert not any("Navy" in o for o in orgs)
    assert "State" not in orgs
    assert _orgs("The UN Security Council met on Friday.") == ["UN Security Council"]


def test_known_us_sanctions_offices() -> None:
    orgs = _orgs("The Treasury Department's Office of Foreign Assets Control (OFAC) designated two firms; "
                 "the Commerce Department's Bureau of Industry and Security added them to its list.")
    assert {"Office of Foreign Assets Control", "Bureau of Industry and Security"} <= set(orgs)
    assert "U.S. Department of the Treasury" in orgs and "U.S. Department of Commerce" in orgs


def test_hong_kong_has_its_own_iso_code() -> None:
    """ISO 3166-1 and the sanctions lists code Hong Kong HK: a Hong Kong shell company is not a mainland one."""
    ex = extract("The Treasury sanctioned three Hong Kong-based companies and a firm in Shenzhen.")
    assert set(ex.entities["countries"]) == {"HK", "CN"}
    assert {c.recipient for c in ex.claims if c.type == "enforcement"} >= {"HK"}


@pytest.mark.parametrize("text, expected", [
    ("Iran's mission to the United Nations did not answer questions about the shipment.",
     "Permanent Mission of Iran to the United Nations"),
    ("The Permanent Mission of Iran to the UN rejected the allegation.",
     "Permanent Mission of Iran to the United Nations"),
    ("The Ministry of Foreign Affairs of China said the trade was normal.", "Chinese Ministry of Foreign Affairs"),
    ("North Korea's defence ministry called the drills a provocation.", "North Korean Ministry of National Defence"),
])
def test_one_name_for_a_state_body_however_it_is_written(text: str, expected: str) -> None:
    assert expected in _orgs(text)


@pytest.mark.parametrize("a, b", [
    ("Ministry of Foreign Affairs of China", "Chinese Foreign Ministry"),
    ("Iranian Mission to the United Nations", "Permanent Mission of Iran to the UN"),
    ("Russian Embassy in Seoul", "Embassy of Russia in South Korea"),
    ("Japanese Ministry of Defence", "Japanese Ministry of Defense"),
    ("Turkish Ministry of Defence", "Turkish Ministry of National Defence"),
    ("Joint Chiefs of Staff (South Korea)", "South Korean Joint Chiefs of Staff"),
    ("Singapore Ministry of Foreign Affairs", "Singaporean Ministry of Foreign Affairs"),
])
def test_the_scorer_compares_state_bodies_by_their_canonical_name(a: str, b: str) -> None:
    from armswatch.extraction.evaluate import _canon

    assert _canon(a) == _canon(b)


def test_different_bodies_stay_different() -> None:
    from armswatch.extraction.evaluate import _canon

    assert _canon("Chinese Ministry of Foreign Affairs") != _canon("Russian Ministry of Foreign Affairs")
    assert _canon("Embassy of Russia in South Korea") != _canon("Embassy of Russia in Japan")
    assert _canon("Korea Coast Guard") == _canon("Korea Coast Guard")


def test_the_un_panel_is_the_one_for_the_country_in_question() -> None:
    assert "UN Panel of Experts on Yemen" in _orgs(
        "A report by the UN Panel of Experts on Yemen said the missiles were smuggled by sea.")
    sudan = ("Fighting continued in Darfur. A panel of U.N. experts said drones had reached the Rapid Support "
             "Forces in Sudan through a neighbouring state.")
    assert "UN Panel of Experts on Sudan" in _orgs(sudan)
    korea = "The UN panel of experts said North Korea earned millions from coal sold to China."
    assert "UN Panel of Experts (1718 Committee)" in _orgs(korea)


@pytest.mark.parametrize("text, wrong", [
    ("Customs records show the engines were shipped from Chongqing to Almaty.", "Customs"),
    ("The tankers met near Kostanay before crossing into Russia.", "Kostanay"),
    ("Drones were launched from Hmeimim Air Base on Tuesday.", "Hmeimim Air Base"),
])
def test_places_and_common_nouns_are_not_organizations(text: str, wrong: str) -> None:
    assert wrong not in _orgs(text)
