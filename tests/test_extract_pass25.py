"""Session-21 rules (sentences written here): workers abroad under borrowed identities, goods passed off as
something else, the firm behind 'the company', telltale attributions. Rules alone (``learned=False``)."""

from __future__ import annotations

from armswatch import extract


def _claims(text: str, ctype: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.actor, c.recipient, c.item) for c in extract(text, "2025-06-02", learned=False).claims
            if c.type == ctype]


def test_workers_using_stolen_identities_is_their_state_s_evasion() -> None:
    got = _claims("According to the complaint, North Korean software developers used stolen identities to win "
                  "remote jobs at dozens of firms in Europe.", "evasion")
    assert ("KP", None, "IT workers") in got


def test_laptop_farm_hosts_are_not_the_evaders() -> None:
    # the people charged are American; the workers they covered for are North Korean
    got = _claims("Prosecutors on Monday charged two Americans with running laptop farms that let North Korean "
                  "technology workers pose as local employees.", "evasion")
    assert got and all(actor == "KP" for actor, _, _ in got)


def test_workers_sent_on_student_visas_evade_the_labour_ban() -> None:
    got = _claims("Seoul's spy agency said thousands of North Korean labourers entered Russia on student visas "
                  "last year.", "evasion")
    assert any(actor == "KP" and item == "overseas workers" for actor, _, item in got)


def test_goods_declared_as_farm_parts_are_the_declaring_firm_s_evasion() -> None:
    text = ("Kyrgyz-registered Altyn Route Trading LLC shipped $12 million worth of microchips to Russia last "
            "year, the agency said. The company declared the chips as spare parts for washing machines.")
    got = _claims(text, "evasion")
    assert ("Altyn Route Trading LLC", "RU") in {(a, r) for a, r, _ in got}


def test_goods_caught_while_declared_as_something_else_name_no_evader() -> None:
    got = _claims("Customs officers in Finland seized a truckload of drone motors that had been declared as "
                  "agricultural equipment.", "evasion")
    assert got == []


def test_hallmarks_of_a_group_name_the_perpetrator() -> None:
    got = _claims("An analytics firm in Singapore said the theft of $90 million in cryptocurrency bore the "
                  "hallmarks of the Lazarus Group.", "evasion")
    assert [a for a, _, _ in got] == ["Lazarus Group"]


def test_a_reward_for_information_is_a_measure_against_the_network() -> None:
    text = ("The Treasury on Tuesday sanctioned two North Korean trading firms that it said employed IT workers. "
            "The State Department offered up to $5 million for information on the firms' managers.")
    got = _claims(text, "enforcement")
    assert ("US", "KP", "reward offer") in got


def test_an_offer_without_a_sum_or_reward_is_no_measure() -> None:
    text = ("The Treasury on Tuesday sanctioned two firms over North Korean IT workers. The company offered no "
            "information for the record.")
    assert all(item != "reward offer" for _, _, item in _claims(text, "enforcement"))


def test_the_workers_told_of_before_operate_from_the_places_named() -> None:
    text = ("North Korean IT workers used false identities to win remote jobs. Most of the workers operated from "
            "China and Laos, prosecutors said.")
    got = {(a, r) for a, r, _ in _claims(text, "deployment")}
    assert {("KP", "CN"), ("KP", "LA")} <= got


def test_a_relative_clause_gives_the_workers_not_a_state_in_it() -> None:
    text = ("North Korean IT workers used false identities to win remote jobs. The workers, who mostly operated "
            "from China and the United Arab Emirates, were paid in stablecoins.")
    got = {(a, r) for a, r, _ in _claims(text, "deployment")}
    assert ("KP", "AE") in got and not any(a == "AE" for a, _ in got)


CRYPTO_STORY = ("Hackers stole $300 million in cryptocurrency from the exchange HanBit Exchange Co. last month. "
                "Blockchain analysts traced the stolen tokens through several wallets. ")


def test_a_theft_named_without_the_coin_is_evasion_in_a_crypto_story() -> None:
    got = _claims(CRYPTO_STORY + "The FBI attributed the HanBit Exchange Co. heist to the Lazarus Group.", "evasion")
    assert ("Lazarus Group", None, "cryptocurrency") in got


def test_the_robbed_exchange_is_never_the_evader() -> None:
    got = _claims(CRYPTO_STORY + "The HanBit Exchange Co. heist did not come out of nowhere.", "evasion")
    assert all(actor != "HanBit Exchange Co." for actor, _, _ in got)


def test_a_hack_outside_a_crypto_story_is_no_evasion() -> None:
    got = _claims("Russian military intelligence was blamed for the hack of the ministry's e-mail servers in "
                  "March.", "evasion")
    assert got == []


def test_a_prison_sentence_targets_the_defendant_s_state() -> None:
    text = ("A Russian national who ran an electronics business in Brooklyn was sentenced on Tuesday to six years "
            "in federal prison for smuggling American microchips to Russia in breach of export controls.")
    assert ("US", "RU", "prison sentence") in _claims(text, "enforcement")


def test_an_arrest_is_by_the_state_it_happened_in() -> None:
    text = ("The firm's managing director, a German citizen, was arrested in Hamburg on Tuesday on suspicion of "
            "breaching EU sanctions on Russia.")
    assert ("DE", "DE", "arrest") in _claims(text, "enforcement")


def test_a_hypothetical_conviction_is_no_outcome() -> None:
    text = ("The two men were charged with violating export controls. If convicted, they face up to 20 years in "
            "prison, and any individual convicted could lose the right to trade.")
    assert all(item not in ("criminal conviction", "prison sentence") for _, _, item in _claims(text, "enforcement"))


def test_an_arrest_outside_a_sanctions_case_is_no_enforcement() -> None:
    text = "Police in Osaka arrested a man on Tuesday on suspicion of stealing bicycles from a train station."
    assert _claims(text, "enforcement") == []


def test_goods_for_a_state_s_weapon_go_to_that_state() -> None:
    got = _claims("Shenzhen Huaxin Power Co. has supplied engines for Iranian drones since 2022, Treasury said.",
                  "transfer")
    assert ("Shenzhen Huaxin Power Co.", "IR") in {(a, r) for a, r, _ in got}


def test_goods_for_a_named_weapon_go_to_its_maker() -> None:
    got = _claims("According to the Treasury, Xiamen Limbach supplied engines for the Garpiya-3 drones.", "transfer")
    assert any(r == "RU" for _, r, _ in got)


def test_us_origin_goods_are_not_supplied_by_the_us() -> None:
    got = _claims("The agency accused them of supplying US-origin microcontrollers to Russian buyers.", "transfer")
    assert got and all(actor != "US" for actor, _, _ in got)


def test_a_missile_test_fired_in_the_passive_is_a_test() -> None:
    got = _claims("Iran's Defense Ministry says the country's new Aflak-1 ballistic missile was successfully "
                  "test-fired on Monday.", "test")
    assert [(a, i) for a, _, i in got] == [("IR", "ballistic missiles")]


def test_a_contract_to_launch_satellites_is_no_arms_agreement() -> None:
    got = _claims("Norwegian start-up Fjordline Launch has signed a contract with Finnish satellite operator Kuusi "
                  "Data to carry four imaging satellites to orbit on its small rocket.", "agreement")
    assert got == []


def test_bodies_placed_under_a_state_s_sanctions_are_its_targets() -> None:
    got = _claims("Four companies registered in Kyrgyzstan have been placed under US sanctions for re-exporting "
                  "Western electronics.", "enforcement")
    assert ("US", "KG", "sanctions") in got


def test_placed_under_sanctions_with_no_state_named_is_no_claim_of_it() -> None:
    got = _claims("Four companies registered in Kyrgyzstan have been placed under sanctions.", "enforcement")
    assert all(a != "KG" for a, _, _ in got)


def test_military_ranks_are_stripped_from_person_names() -> None:
    people = extract("A Ukrainian soldier, Sergeant Oleh Tkachenko, said the shells came from North Korea. Colonel "
                     "Ivan Petrenko agreed.", learned=False).entities["persons"]
    assert people == ["Oleh Tkachenko", "Ivan Petrenko"]
