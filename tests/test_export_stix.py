"""STIX 2.1 export: valid bundles (stix2-validator, zero errors), parsed back with stix2, stable ids."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
import stix2
from stix2validator import ValidationOptions, validate_parsed_json

from armswatch.exc import InvalidRequest
from armswatch.export.stix import export_stix, write_bundle
from export_helpers import FORMULA, HOSTILE, JS_URL, hits, records

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
BUNDLE_ID = "bundle--00000000-0000-4000-8000-000000000000"


def bundle_text(recs: list, hit_list: list = (), **kw: object) -> str:
    out = io.StringIO()
    write_bundle(export_stix(recs, hit_list, now=NOW, **kw), out, bundle_id=BUNDLE_ID)
    return out.getvalue()


def validate(text: str) -> list[str]:
    result = validate_parsed_json(json.loads(text), ValidationOptions(version="2.1"))
    return [f"{r.object_id}: {e}" for r in ([result] if not isinstance(result, list) else result) for e in r.errors]


def test_bundle_is_valid_stix_21_with_zero_errors() -> None:
    text = bundle_text(records(), hits())
    assert validate(text) == []
    bundle = stix2.parse(text, allow_custom=False)
    kinds = {o.type for o in bundle.objects}
    assert {"report", "identity", "location", "relationship", "grouping", "note", "opinion",
            "marking-definition"} <= kinds


def test_round_trip_keeps_events_parties_and_confidence() -> None:
    bundle = stix2.parse(bundle_text(records(), hits()))
    by_id = {o.id: o for o in bundle.objects}
    groups = [o for o in bundle.objects if o.type == "grouping"]
    assert sorted(g.confidence for g in groups) == [30, 70]
    rel = next(o for o in bundle.objects if o.type == "relationship")
    assert (by_id[rel.source_ref].country, by_id[rel.target_ref].country) == ("KP", "RU")
    assert rel.confidence == 70 and "event-type:transfer" in rel.labels
    transfer = next(g for g in groups if g.confidence == 70)
    assert rel.id in transfer.object_refs
    reports = [by_id[r] for r in transfer.object_refs if r.startswith("report--")]
    assert {r.external_references[0].external_id for r in reports} == {"a1b2c3d4e5f60718", "b1b2c3d4e5f60718"}
    notes = [by_id[r] for r in transfer.object_refs if r.startswith("note--")]
    assert len(notes) == 3 and any("North Korea shipped artillery shells" in n.content for n in notes)
    assert all("characters" in n.content for n in notes)
    opinions = sorted(o.opinion for o in bundle.objects if o.type == "opinion")
    assert opinions == ["agree", "disagree"]
    hit_note = next(o for o in bundle.objects if o.type == "note" and "sanctions-screening" in o.labels)
    assert "KPe.028" in hit_note.abstract
    assert by_id[hit_note.object_refs[0]].name == "Munitions Industry Department"


def test_ids_are_deterministic_and_every_object_appears_once() -> None:
    first = json.loads(bundle_text(records(), hits()))["objects"]
    later = json.loads(bundle_text(records(), hits()))["objects"]
    assert [o["id"] for o in first] == [o["id"] for o in later]
    assert len({o["id"] for o in first}) == len(first)
    only_first = json.loads(bundle_text(records()[:1]))["objects"]
    assert {o["id"] for o in only_first} <= {o["id"] for o in first}


def test_empty_selection_is_a_valid_bundle() -> None:
    text = bundle_text([])
    assert validate(text) == []
    kinds = [o["type"] for o in json.loads(text)["objects"]]
    assert kinds == ["marking-definition", "identity"]


def test_tlp_level_can_be_chosen_and_marks_every_object() -> None:
    objects = json.loads(bundle_text(records(), tlp="TLP:AMBER"))["objects"]
    marking = objects[0]
    assert marking["name"] == "TLP:AMBER"
    assert all(o.get("object_marking_refs") == [marking["id"]] for o in objects[1:])
    with pytest.raises(InvalidRequest):
        list(export_stix([], tlp="purple"))


def test_hostile_strings_are_inert() -> None:
    text = bundle_text(records(), hits())
    assert "<script>" not in text and JS_URL not in text
    bundle = stix2.parse(text)
    names = {o.name for o in bundle.objects if o.type == "identity"}
    assert f"Example Trading LLC {HOSTILE}" in names  # data kept, but escaped in the JSON text
    hostile_report = next(o for o in bundle.objects if o.type == "report" and FORMULA in o.name)
    assert "url" not in hostile_report.external_references[0]
