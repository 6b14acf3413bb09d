"""Stored events: incremental re-clustering, listing, analyst actions and their audit trail."""

from __future__ import annotations

import pytest

from armswatch.assessment.stage import AssessStage
from armswatch.exc import InvalidRequest, NotFound
from armswatch.store import audit, event_actions, outlets
from armswatch.store import events as ev_store
from armswatch.store.event_build import recluster
from assess_helpers import claim, doc, store_doc


def _seed(store) -> dict[str, list[int]]:  # noqa: ANN001
    ids = {}
    with store.begin() as conn:
        ids["a"] = store_doc(conn, doc("a", "reuters.com"), claim(date="2024-03-01"),
                             claim("agreement", "RU", "KP", "treaty", "confirmed", "2024-06-19"))
        ids["b"] = store_doc(conn, doc("b", "mirror.com", duplicate_of="a"), claim(date="2024-03-01"))
        ids["c"] = store_doc(conn, doc("c", "nknews.org"), claim(source="Daily NK", date="2024-03-05"),
                             claim(status="denied", source="Kremlin", date="2024-03-06"))
    AssessStage().after_batch(store, ["a", "b", "c"])
    return ids


def test_after_batch_builds_events_with_independent_counts(any_store) -> None:  # noqa: ANN001
    _seed(any_store)
    with any_store.connect() as conn:
        transfers = ev_store.list_events(conn, type="transfer", actor="kp")
        assert len(transfers) == 1
        event = ev_store.get_event(conn, transfers[0]["id"])
        assert event["sources"] == 2  # Reuters (original + copy) and Daily NK
        assert event["articles"] == 3
        assert event["status_counts"] == {"reported": 3, "denied": 1}
        assert event["status"] == "disputed"
        assert len(event["claims"]) == 4
        outlets_ = {c["outlet"] for c in event["claims"]}
        assert outlets_ == {"reuters.com", "mirror.com", "nknews.org"}
        assert all(c["evidence"] and c["why"] for c in event["claims"])
        assert ev_store.list_events(conn, country="KP", since="2024-06") == \
            ev_store.list_events(conn, type="agreement")
        assert ev_store.list_events(conn, min_confidence=91) == []


def test_new_documents_update_events_incrementally_and_keep_ids(store) -> None:  # noqa: ANN001
    _seed(store)
    with store.connect() as conn:
        (before,) = ev_store.list_events(conn, type="transfer")
    with store.begin() as conn:
        store_doc(conn, doc("d", "apnews.com"), claim(date="2024-03-10"), claim("test", "KP", None, "missiles"))
    AssessStage().after_batch(store, ["d"])
    with store.connect() as conn:
        (after,) = ev_store.list_events(conn, type="transfer")
        assert after["id"] == before["id"]
        assert after["sources"] == before["sources"] + 1
        assert len(ev_store.list_events(conn)) == 3


def test_split_merge_grade_are_pinned_and_audited(store) -> None:  # noqa: ANN001
    ids = _seed(store)
    with store.begin() as conn:
        (event,) = ev_store.list_events(conn, type="transfer")
        new = event_actions.split(conn, event["id"], ids["c"][0], "Daily NK report is about another shipment",
                                  who="ana")
        assert [c["id"] for c in new["claims"]] == [ids["c"][0]]
        assert all(c["pinned"] for c in new["claims"])
    with store.begin() as conn:  # re-clustering everything keeps the split
        recluster(conn, None)
        assert len(ev_store.list_events(conn, type="transfer")) == 2
        with pytest.raises(InvalidRequest):
            event_actions.merge(conn, [event["id"], new["id"]], " ")
        merged = event_actions.merge(conn, [event["id"], new["id"]], "same shipment after all", who="ana")
        assert len(merged["claims"]) == 4
        assert len(ev_store.list_events(conn, type="transfer")) == 1
        graded = event_actions.grade(conn, merged["id"], 1, "satellite imagery confirms", who="bob")
        assert graded["credibility"] == 1 and graded["confidence"] == 90
    with store.begin() as conn:
        recluster(conn, None)
        (kept,) = ev_store.list_events(conn, type="transfer")
        assert kept["id"] == merged["id"] and kept["credibility"] == 1 and kept["confidence"] == 90
        log = audit.entries(conn)
        assert [e["action"] for e in log] == ["events.grade", "events.merge", "events.split"]
        assert log[0]["who"] == "bob" and log[0]["why"] == "satellite imagery confirms"
        assert log[0]["before"]["credibility"] == 2 and log[0]["after"]["credibility"] == 1
        with pytest.raises(NotFound):
            event_actions.split(conn, kept["id"], 999999, "no such claim")


def test_outlet_grade_changes_event_reliability(store) -> None:  # noqa: ANN001
    _seed(store)
    with store.begin() as conn:
        row = outlets.set_grade(conn, "Daily NK", "A", why="track record checked", who="ana")
        assert row["origin"] == "dailynk"
        (event,) = ev_store.list_events(conn, type="transfer")
        assert event["reliability"] == "A"
        grades = {g["origin"]: g for g in outlets.list_grades(conn)}
        assert grades["dailynk"]["set_by"] == "analyst" and grades["reuters"]["grade"] == "B"
        with pytest.raises(InvalidRequest):
            outlets.set_grade(conn, "Daily NK", "G")
        assert audit.entries(conn, subject="outlet:dailynk")[0]["after"]["grade"] == "A"


def test_stage_tags_typologies_on_stored_claims(store) -> None:  # noqa: ANN001
    from armswatch.model import Extraction

    c = claim("evasion", "KP", None, "weapons", evidence="It used front companies in a third country.")
    d = doc("e", "x.com")
    stage = AssessStage()
    payload = stage.compute(d, {"extract": Extraction(entities={}, mentions=[], claims=[c])})
    assert stage.compute(d, {}) == []
    with store.begin() as conn:
        (claim_id,) = store_doc(conn, d, c)
        stage.write(conn, d, payload)
    AssessStage().after_batch(store, ["e"])
    with store.connect() as conn:
        (event,) = ev_store.list_events(conn, type="evasion")
        assert event["typologies"] == ["front_companies", "transshipment"]
        assert ev_store.get_event(conn, event["id"])["claims"][0]["typologies"] == [
            "front_companies: 'front companies'", "transshipment: 'third country'"]
