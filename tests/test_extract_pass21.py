"""Session-17 rules (sentences written here), tested on the hand-written rules alone (``learned=False``)."""

from __future__ import annotations

import pytest

from armswatch import extract


def _claims(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.type, c.actor, c.recipient, c.item) for c in extract(text, "2025-06-02", learned=False).claims]


def test_re_exported_is_one_verb_with_its_own_lemma() -> None:
    from armswatch.extraction.nlp import get_nlp

    doc = get_nlp()("Two Armenian traders re-exported Western chips to Moscow.")
    verb = next(t for t in doc if t.text == "re-exported")
    assert (verb.lemma_, verb.pos_) == ("re-export", "VERB")
    assert any(c.dep_ == "nsubj" and c.text == "traders" for c in verb.children)


def test_a_re_export_names_the_firm_that_did_it_and_both_destinations() -> None:
    text = ("Treasury designated Northwind Relay Logistics Ltd of Hong Kong on Tuesday. Northwind Relay Logistics "
            "re-exported American microchips to Russia and Iran, the department said.")
    got = [(t, a, r) for t, a, r, _ in _claims(text) if t == "transfer"]
    assert ("transfer", "Northwind Relay Logistics Ltd", "RU") in got
    assert ("transfer", "Northwind Relay Logistics Ltd", "IR") in got


def test_a_firm_named_without_its_legal_form_later_is_the_same_firm() -> None:
    text = ("The list names Amber Coast Trading LLC. Amber Coast Trading later bought drone engines for Iran's "
            "defence ministry.")
    ex = extract(text, "2025-06-02", learned=False)
    assert [m.canonical for m in ex.mentions if "Amber" in m.text] == ["Amber Coast Trading LLC"] * 2


def test_a_firm_alias_in_brackets_is_the_same_firm() -> None:
    text = ("Hangzhou Lunar Precision Motors Co., Ltd. (Lunar) sold servo motors to Iranian drone makers. "
            "Lunar also provided carbon-fibre parts, officials said.")
    ex = extract(text, "2025-06-02", learned=False)
    orgs = [m.canonical for m in ex.mentions if m.label == "ORG"]
    assert orgs == ["Hangzhou Lunar Precision Motors Co., Ltd."] * 3


@pytest.mark.parametrize("text, name", [
    ("Sanctions also hit Shenzhen Bluefield Microsystems Co, officials said.", "Shenzhen Bluefield Microsystems Co"),
    ("Among them was Guangzhou Redsail Import and Export Co., Ltd., a trader.",
     "Guangzhou Redsail Import and Export Co., Ltd."),
    ("The list adds Marmara Teknik Makine AS and two others.", "Marmara Teknik Makine AS"),
    ("The drones are assembled by NPO Severnyi Veter near Kazan.", "NPO Severnyi Veter"),
])
def test_registered_firms_with_a_city_a_connector_or_a_foreign_legal_form(text: str, name: str) -> None:
    orgs = extract(text, "2025-06-02", learned=False).entities["organizations"]
    assert name in orgs


@pytest.mark.parametrize("text", [
    "Russia's Rostec Corp said the plant had doubled its output.",
    "The Deputy AG said the case would go to trial.",
])
def test_a_possessive_or_a_title_is_not_part_of_a_firm_name(text: str) -> None:
    from armswatch.extraction.companies import registered_names

    names = [n for _, _, n in registered_names(text)]
    assert not any("'s" in n or n.endswith(" AG") for n in names)


HAUL = """Coastguard officers seized a dhow carrying weapons from Iran to the Houthis last month, officials said.

According to an inventory the coastguard published, the seized items included:

- dozens of anti-ship cruise missiles;
- several hundred anti-tank guided missiles;
- boxes of children's clothing;
- night-vision scopes and sniper rifles.

The crew were detained in Aden.
"""


def test_a_bulleted_list_announced_by_a_haul_gives_one_transfer_per_weapon_line() -> None:
    listed = [c for c in extract(HAUL, "2025-06-02", learned=False).claims if c.rule == "transfer:listed"]
    assert [(c.actor, c.recipient) for c in listed] == [("IR", "YE")] * 3
    assert [c.evidence.lstrip("- ")[:12] for c in listed] == ["dozens of an", "several hund", "night-vision"]


def test_the_list_lines_are_article_text_not_page_furniture() -> None:
    from armswatch.extraction.furniture import furniture_ranges

    text = "Officials said the cargo included:\n- cruise missiles;\n- drone engines\n\nRead more:\n- A link here\n"
    spans = [text[s:e] for s, e in furniture_ranges(text)]
    assert spans == ["Read more:", "- A link here"]


def test_a_link_list_under_a_colon_header_stays_furniture() -> None:
    from armswatch.extraction.furniture import furniture_ranges

    text = "More from our Asia desk on this story:\n- North Korea tests a cruise missile\n"
    assert [text[s:e] for s, e in furniture_ranges(text)] == ["- North Korea tests a cruise missile"]


def test_bullets_after_a_list_of_links_give_no_claims() -> None:
    text = HAUL.replace("According to an inventory the coastguard published, the seized items included:",
                        "Read more:")
    assert not [c for c in extract(text, "2025-06-02", learned=False).claims if c.rule == "transfer:listed"]


def test_a_wire_storys_closing_end_is_no_organization() -> None:
    text = "North Korea fired two ballistic missiles into the sea on Monday, Seoul said.\n\n(END)\n"
    assert "END" not in extract(text, "2025-06-02", learned=False).entities["organizations"]
