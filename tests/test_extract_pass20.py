"""Session-16 rules (sentences written here), tested on the hand-written rules alone (``learned=False``)."""

from __future__ import annotations

from armswatch import extract


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.type, c.actor, c.recipient) for c in extract(text, "2025-06-02", learned=False).claims]


def test_recipient_named_before_a_relative_to_which() -> None:
    text = ("Analysts say Tehran has deepened its security ties with Moscow, to which it has shipped hundreds of "
            "attack drones.")
    assert ("transfer", "IR", "RU") in _claims(text)


def test_relative_to_which_on_a_common_noun_takes_that_noun() -> None:
    text = "North Korea values its ally Russia, to which it has sold artillery shells."
    assert ("transfer", "KP", "RU") in _claims(text)


def test_the_missile_administration_is_a_north_korean_organ() -> None:
    text = ("Pyongyang's news agency said on Friday that the Missile Administration had test-fired a new "
            "cruise missile over the sea.")
    assert ("test", "KP", None) in _claims(text)


def _deployments(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(c.actor, c.recipient, c.item, c.status) for c in extract(text, "2025-06-02", learned=False).claims
            if c.type == "deployment"]


def test_a_deployment_acknowledged_later_is_a_confirmed_claim_of_the_last_deployment_told() -> None:
    text = ("North Korea sent several thousand soldiers to Russia last winter. Months later, both capitals "
            "acknowledged the deployment in April.")
    assert _deployments(text)[1:] == [("KP", "RU", "troops", "confirmed")]


def test_reports_of_named_troops_dismissed_are_a_denied_deployment() -> None:
    text = "Russia's foreign ministry dismissed reports of North Korean troops in Russia as a fabrication."
    assert _deployments(text) == [("KP", "RU", "troops", "denied")]


def test_reports_of_workers_dismissed_are_a_denied_deployment_of_workers() -> None:
    text = "The embassy rejected reports of North Korean labourers in Russia as slander."
    assert _deployments(text) == [("KP", "RU", "workers", "denied")]


def test_not_acknowledging_and_neutral_descriptions_are_no_claim() -> None:
    text = ("North Korea sent soldiers to Russia last year. Neither government has acknowledged the deployment. "
            "An analyst described reports of the deployment as significant.")
    assert _deployments(text) == [("KP", "RU", "troops", "confirmed")]


def test_a_factory_that_makes_weapons_is_production_but_other_makes_are_not() -> None:
    assert ("production", "KP", None) in _claims("Its leader toured a North Korean factory that makes artillery "
                                                  "shells this week.")
    assert not [c for c in _claims("The deal that makes sense for Seoul was signed by two shipping firms.")
                if c[0] == "production"]
