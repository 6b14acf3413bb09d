"""Session-18 rules (sentences written here): what statistical NER tags PERSON or ORG but is a ship, a firm, a
place, a title or a name cut short; deployments' destinations. Rules alone (``learned=False``)."""

from __future__ import annotations

from armswatch import extract


def _ents(text: str) -> dict[str, list[str]]:
    return extract(text, "2025-06-02", learned=False).entities


def test_a_spokesperson_title_is_not_part_of_the_name() -> None:
    ents = _ents("Spokesperson Zhao Mingde told reporters in Beijing that the firms had broken no Chinese law.")
    assert "Zhao Mingde" in ents["persons"]
    assert not any(p.startswith("Spokesperson") for p in ents["persons"])


def test_a_hyphenated_korean_given_name_is_kept_whole() -> None:
    ents = _ents("The agency briefed the defence committee, according to Rep. Kim Byung-kee of the ruling party.")
    assert "Kim Byung-kee" in ents["persons"]


def test_a_korean_surname_left_out_by_the_model_is_restored() -> None:
    ents = _ents("Britain on Friday froze the assets of Pyongyang's armed forces minister, No Kwang Chol, over "
                 "the troops sent to Russia.")
    assert "No Kwang Chol" in ents["persons"]
    assert "Kwang Chol" not in ents["persons"]


def test_ship_names_listed_after_the_are_not_persons() -> None:
    ents = _ents("The Treasury also blocked four tankers, including the Ocean Pearl, Silver Horizon and Kestrel "
                 "Dawn, which it said carried Iranian oil to buyers in Asia.")
    assert not {"Silver Horizon", "Kestrel Dawn"} & set(ents["persons"])


def test_a_person_named_before_government_keeps_the_name() -> None:
    ents = _ents("It is the Lee Jae-myung government's first round of sanctions on North Korean hackers.")
    assert any(p.startswith("Lee Jae") for p in ents["persons"])


def test_firm_words_make_an_organization_and_place_endings_drop_the_name() -> None:
    ents = _ents("Fireworks from Delmonte Fireworks lit up Suyeong Bay on Saturday, and Harbin Cargo Line said "
                 "it would ship the next batch. Crowds gathered in Olympic Park.")
    assert ents["persons"] == []


def test_a_two_word_ministry_field_is_kept_and_the_unification_ministry_gets_its_state() -> None:
    ents = _ents("Seoul's Unification Ministry said North Korea's Ministry of Rocket Industry had ordered new "
                 "launchers, and the ruling Workers' Party praised the plan.")
    orgs = set(ents["organizations"])
    assert {"South Korean Ministry of Unification", "Workers' Party of Korea"} <= orgs
    assert any(o.endswith("Ministry of Rocket Industry") for o in orgs)


def test_a_person_after_a_qualified_title_keeps_the_name_and_the_source() -> None:
    ex = extract("The U.S. John Kirby, the White House spokesman, said North Korea had shipped artillery shells "
                 "to Russia.", "2025-06-02", learned=False)
    assert "John Kirby" in ex.entities["persons"]
    assert [c.source for c in ex.claims if c.type == "transfer"] == ["John Kirby"]


def test_cabinet_in_a_title_and_a_surname_alone_are_not_organizations() -> None:
    ents = _ents("Chief Cabinet Secretary Yoshiro Tanabe said Tokyo would freeze the assets of three shipping "
                 "firms. \"We will keep working with our partners,\" Tanabe said.")
    assert "Cabinet" not in ents["organizations"] and "Tanabe" not in ents["organizations"]
    assert "Yoshiro Tanabe" in ents["persons"]


def test_named_ships_are_not_organizations_but_an_airline_after_carrier_is() -> None:
    ents = _ents("The Treasury also designated the Volga Trader, a Russian-flagged cargo ship that called at "
                 "Rajin four times. Two Iranian cargo ships, the Zagros Star and the Kavir Bay, later left "
                 "Bandar Abbas. Budget carrier Solaris Airways ordered 40 Airbus jets.")
    assert not {"Volga Trader", "Zagros Star"} & set(ents["organizations"])
    assert "Solaris Airways" in ents["organizations"]


def test_a_named_destination_outranks_a_state_the_purpose_clause_only_mentions() -> None:
    ex = extract("Officials believe Pyongyang will send more engineers to Kursk once the fighting there ends, "
                 "to rebuild roads damaged during the Ukrainian incursion.", "2025-06-02", learned=False)
    assert {(c.actor, c.recipient) for c in ex.claims if c.type == "deployment"} == {("KP", "RU")}


def test_the_state_a_system_was_used_against_is_not_the_one_stationing_it() -> None:
    ex = extract("Putin said the new missile system, first used against the Ukrainian city of Dnipro last month, "
                 "could be stationed in Belarus next year.", "2025-06-02", learned=False)
    assert not any(c.actor == "UA" for c in ex.claims)


def test_a_state_in_a_relative_clause_of_the_purpose_is_not_the_one_served() -> None:
    ex = extract("About 11,000 North Korean soldiers were deployed to Russia's Kursk region in October. Officials "
                 "said Pyongyang had sent a further contingent of 3,000 troops in January to replace heavy losses, "
                 "which Seoul's spy agency puts at 300 killed.", "2025-06-02", learned=False)
    assert {(c.actor, c.recipient) for c in ex.claims if c.type == "deployment"} == {("KP", "RU")}


def test_a_state_air_force_or_navy_in_capitals_is_an_organization_named_as_written() -> None:
    orgs = _ents("Six more jets were handed over to the Belarusian Air Force in March. The Myanmar Air Force has "
                 "flown them in strikes, and the Royal Canadian Navy tracked the tanker. Russia's Navy shelled "
                 "the port.")["organizations"]
    assert {"Belarusian Air Force", "Myanmar Air Force", "Royal Canadian Navy", "Russian Navy"} <= set(orgs)
