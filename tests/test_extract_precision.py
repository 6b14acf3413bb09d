"""Precision rules: naming vs designation, background measures, reporters vs perpetrators (own sentences)."""

from __future__ import annotations

from extract_helpers import run  # noqa: F401 (shared fixture)


def types(extraction) -> list[str]:
    return [c.type for c in extraction.claims]


def test_a_version_designated_x_is_a_name_not_a_sanction(run) -> None:
    got = run("Norway will build a lighter version of the howitzer designated Q7X at a plant near Oslo.")
    assert "enforcement" not in types(got)


def test_sanctions_designation_of_a_firm_still_counts(run) -> None:
    got = run("The Treasury designated two Iranian firms on Monday for supplying drone parts.")
    assert "enforcement" in types(got)


def test_existing_embargo_is_background(run) -> None:
    got = run("Arms sales by Eritrea are prohibited under an embargo the Security Council imposed in 2009.")
    assert "enforcement" not in types(got)


def test_copula_it_is_not_the_seizer(run) -> None:
    got = run("Iran supplies the rebels. It was the largest seizure of rifles supplied by Iran this year.")
    assert not any(c.type == "enforcement" and c.actor == "IR" for c in got.claims)


def test_agency_tying_hackers_to_a_theft_is_not_the_evader(run) -> None:
    got = run("The FBI has tied North Korean hackers to a $40 million cryptocurrency theft in March.")
    evasions = [c for c in got.claims if c.type == "evasion"]
    assert evasions and all(c.actor == "KP" for c in evasions)


def test_attributed_to_names_the_perpetrator(run) -> None:
    got = run("Analytics firm Chainalysis attributed the crypto heist to the Lazarus Group.")
    assert any(c.type == "evasion" and c.actor == "Lazarus Group" for c in got.claims)
    assert not any(c.actor == "Chainalysis" for c in got.claims)


def test_owned_destination_beats_purpose_clause(run) -> None:
    got = run("Belarus sent 800 engineers to Russia's Bryansk region to help repair bridges damaged in "
              "the war with Ukraine.")
    assert any(c.type == "deployment" and c.actor == "BY" and c.recipient == "RU" for c in got.claims)
    assert not any(c.recipient == "UA" for c in got.claims)


def test_enemy_in_purpose_clause_is_not_the_state_served(run) -> None:
    got = run("Officials said Belarusian troops had been sent to help drive Ukrainian forces out of Bryansk.")
    assert not any(c.type == "deployment" and c.recipient == "UA" for c in got.claims)


def test_kremlin_is_an_organization_that_stands_for_russia(run) -> None:
    got = run("The Kremlin said on Monday that Russia had delivered S-400 systems to Algeria.")
    assert "Kremlin" in got.entities["organizations"]
    assert any(c.type == "transfer" and c.actor == "RU" and c.recipient == "DZ" for c in got.claims)
