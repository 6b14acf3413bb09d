"""The pure assessment core: clustering, independent sources, status and grades."""

from __future__ import annotations

from armswatch.assessment import keys
from armswatch.assessment.cluster import cluster
from armswatch.assessment.core import assess
from armswatch.assessment.grading import credibility, stix_confidence
from assess_helpers import claim, doc, refs


def test_item_compatibility_uses_categories_not_strings() -> None:
    assert keys.item_match("drones", "attack drones") == "sub-category"
    assert keys.item_match("UAVs", "drones") == "same"
    assert keys.item_match("munitions", "artillery shells") == "sub-category"
    assert keys.item_match(None, "troops") == "unspecified"
    assert keys.item_match("drones", "artillery shells") is None
    assert keys.item_match("drone components", "drones") is None  # parts are not the weapon
    assert keys.item_match("mines, drones, radar", "attack drones") == "sub-category"


def test_claims_from_different_articles_merge_with_explanation() -> None:
    events = cluster(refs(
        ("a", claim(date="2024-03-01")),
        ("b", claim(actor=None, item="munitions", date="2024-03-20")),
        ("c", claim(date="2024-09-01")),  # months later: another shipment
        ("d", claim(item="drones", date="2024-03-02")),  # another item
    ))
    groups = sorted(sorted(m.claim_id for m in e.members) for e in events)
    assert groups == [[1, 2], [3], [4]]
    merged = next(e for e in events if len(e.members) == 2)
    why = next(m.why for m in merged.members if m.claim_id == 2)
    assert "unstated" in why["actor"] and why["recipient"] == "RU"
    assert "sub-category" in why["item"] and why["date"] == "within 19 days"


def test_agreement_parties_are_unordered_and_types_never_mix() -> None:
    events = cluster(refs(
        ("a", claim("agreement", "RU", "KP", "treaty")),
        ("b", claim("agreement", "KP", "RU", "treaty")),
        ("c", claim("transfer", "KP", "RU", "treaty")),
    ))
    assert sorted(len(e.members) for e in events) == [1, 2]


def test_syndicated_copies_and_attribution_chains_count_once() -> None:
    documents = [doc("root", "dailynk.com")]
    documents += [doc(f"copy{i}", f"mirror{i}.com", duplicate_of="root") for i in range(4)]
    documents += [doc(f"cite{i}", f"paper{i}.com") for i in range(3)]
    pairs = [(d.id, claim(source=None)) for d in documents[:5]]  # 5 copies of one Daily NK story
    pairs += [(f"cite{i}", claim(source="Daily NK")) for i in range(3)]  # 3 outlets citing Daily NK
    (event,) = assess(refs(*pairs), documents)
    assert event.articles == 8
    assert event.sources == 1
    assert event.origins == ["Daily NK"]
    assert event.credibility == 3  # one source reporting it: possibly true


def test_independent_sources_raise_credibility_and_vague_sources_count_for_the_outlet() -> None:
    documents = [doc("a", "reuters.com"), doc("b", "nknews.org"), doc("c", "nknews.org")]
    pairs = [("a", claim(source="US officials")), ("b", claim(source="Yonhap News Agency")),
             ("c", claim(source="John Kirby (White House)"))]
    (event,) = assess(refs(*pairs), documents)
    assert event.origins == ["Reuters", "White House", "Yonhap"]
    assert event.sources == 3
    assert event.credibility == 1 and event.confidence == 90
    assert event.reliability == "B"


def test_denials_are_kept_beside_accusations() -> None:
    documents = [doc("a", "reuters.com"), doc("b", "apnews.com"), doc("c", "tass.com")]
    pairs = [("a", claim()), ("b", claim()), ("c", claim(status="denied", source="Kremlin"))]
    (event,) = assess(refs(*pairs), documents)
    assert event.status_counts == {"reported": 2, "denied": 1}
    assert event.status == "disputed"
    assert event.sources == 2  # the denial is not a source for the accusation
    assert event.credibility == 2  # two sources, but disputed: one step down


def test_credibility_scale_and_stix_mapping() -> None:
    assert credibility({"x": {"reported"}, "y": {"confirmed"}}) == 1
    assert credibility({"x": {"confirmed"}}) == 2
    assert credibility({"reuters": {"reported"}}) == 2  # a B-graded source
    assert credibility({"x": {"reported"}}) == 3
    assert credibility({"x": {"speculated"}, "y": {"planned"}}) == 3
    assert credibility({"x": {"speculated"}}) == 4
    assert credibility({"x": {"denied"}}) == 5
    assert credibility({}) == 6
    assert credibility({"x": {"reported"}}, {"x": "A"}) == 2  # the analyst's grade counts
    assert [stix_confidence(c) for c in range(1, 7)] == [90, 70, 50, 30, 10, None]


def test_pinned_claims_stay_where_the_analyst_put_them() -> None:
    pairs = refs(("a", claim(date="2024-03-01")), ("b", claim(date="2024-03-02")))
    assert len(cluster(pairs)) == 1
    events = cluster(pairs, pinned={1: 77, 2: 78})  # an analyst split them
    assert sorted((e.pinned_id, [m.claim_id for m in e.members]) for e in events) == [(77, [1]), (78, [2])]
    events = cluster(pairs, pinned={2: 78})
    # an unpinned claim may still join a pinned event: the analyst's event is a normal event otherwise
    assert [sorted(m.claim_id for m in e.members) for e in events if e.pinned_id == 78] == [[1, 2]]


def test_typologies_are_tagged_on_events() -> None:
    c = claim("evasion", "KP", None, "oil", evidence="Tankers made ship-to-ship transfers with AIS switched off.")
    (event,) = assess(refs(("a", c)), [doc("a", "x.com")])
    assert event.typologies == ["ais_manipulation", "ship_to_ship"]
    assert "ship_to_ship: 'ship-to-ship'" in c.typologies


def test_public_api_name_is_the_function_even_after_the_package_is_imported() -> None:
    import armswatch
    import armswatch.assessment.stage  # noqa: F401  (binds `assessment`, not `assess`, on armswatch)
    from armswatch.assessment.core import assess as core_assess

    assert armswatch.assess is core_assess
    (event,) = armswatch.assess(refs(("a", claim())), [doc("a", "reuters.com")])
    assert event.origins == ["Reuters"]
