"""Weapon designations recognised by shape next to a weapon noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

from armswatch.extraction import designations
from armswatch.extraction.core import extract


def names(text: str) -> set[str]:
    return {name for _, _, name in designations.find(text)}


def test_alphanumeric_models_before_weapon_nouns() -> None:
    text = "The navy ordered 40 K9 howitzers, 12 Su-35 fighters and six Mi-28 attack helicopters."
    assert {"K9", "Su-35", "Mi-28"} <= names(text)


def test_plural_model_names_are_singular() -> None:
    assert "KN-23" in names("Officials counted dozens of KN-23s missiles in the cache.") or \
        "KN-23" in names("The army fired KN-23s ballistic missiles.")
    ents = extract("Analysts said the army had fired several KN-23s at the city.").entities["weapons"]
    assert "KN-23" in ents and "KN-23s" not in ents


def test_proper_name_before_descriptive_weapon_phrase() -> None:
    assert "Zolotar" in names("The ministry displayed its Zolotar supersonic cruise missile at the fair.")
    assert "Turkish" not in names("The ministry bought Turkish unmanned combat aircraft.")


def test_naming_phrases_and_later_bare_mentions() -> None:
    text = ("A lighter version of the tank, designated Q7X, will be built locally. "
            "More Q7X deliveries are expected next year.")
    found = designations.find(text)
    assert sum(1 for _, _, n in found if n == "Q7X") >= 2


def test_maker_and_model() -> None:
    assert {"Vantor RX4", "RX4"} <= names("The army bought Vantor RX4 drones last year.")


@pytest.mark.parametrize("text", [
    "The airline took delivery of two A350 aircraft in May.",
    "Astronomers studied the exoplanet K2-18b for signs of water.",
    "The carmaker sold 10,000 Model 3 vehicles in Norway.",
    "The new X5 phones go on sale on Friday.",
])
def test_civil_products_are_not_designations(text: str) -> None:
    assert not extract(text).entities["weapons"]
