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
