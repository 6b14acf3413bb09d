"""FollowTheMoney export: every entity validates against its FtM schema and round-trips."""

from __future__ import annotations

import io
import json

from followthemoney import model

from armswatch.export.ftm import export_ftm, write_jsonl
from export_helpers import HOSTILE, JS_URL, documents, hits, records


def entities(recs: list, hit_list: list = ()) -> list:
    out = io.StringIO()
    write_jsonl(export_ftm(recs, hit_list), out)
    return [model.get_proxy(json.loads(line), cleaned=False) for line in out.getvalue().splitlines()]


def by_schema(ents: list, schema: str) -> list:
    return [e for e in ents if e.schema.name == schema]


def test_every_entity_is_valid_ftm_and_unique() -> None:
    ents = entities(records(), hits())
    assert len({e.id for e in ents}) == len(ents)
    for e in ents:
        assert e.schema.validate(e.to_dict()) is None, e.to_dict()
        assert model.get_proxy(e.to_dict()).to_dict() == e.to_dict()  # cleaning changes nothing
    assert {"Article", "Mention", "PublicBody", "Organization", "Event", "Documentation", "Sanction",
            "Similar"} <= {e.schema.name for e in ents}


def test_round_trip_keeps_events_parties_and_provenance() -> None:
    ents = entities(records(), hits())
    index = {e.id: e for e in ents}
    transfer = next(e for e in by_schema(ents, "Event") if "transfer" in e.get("keywords"))
    parties = sorted(index[i].first("name") for i in transfer.get("involved"))
    assert parties == ["North Korea", "Russia"]
    assert index[transfer.first("organizer")].first("name") == "North Korea"
    assert "admiralty B2" in transfer.get("keywords") and "STIX confidence 70" in transfer.first("notes")
    assert sorted(index[p].first("title") for p in transfer.get("proof"))[1] == "Shells move by rail"
    docs = documents()
    for doc_ent in by_schema(ents, "Documentation"):
        doc_id, span = doc_ent.first("recordId").split(":")
        start, end = map(int, span.split("-"))
        assert docs[doc_id].text[start:end] == doc_ent.first("summary")  # quote is verbatim
        assert index[doc_ent.first("document")].schema.name == "Article"


def test_mentions_and_sanctions_hits() -> None:
    ents = entities(records(), hits())
    index = {e.id: e for e in ents}
    mentioned = {index[m.first("resolved")].first("name") for m in by_schema(ents, "Mention")}
    assert {"North Korea", "Russia", "Munitions Industry Department"} <= mentioned
    similar = by_schema(ents, "Similar")[0]
    assert index[similar.first("match")].get("topics") == ["sanction"]
    assert similar.first("confidenceScore") == "0.97"
    sanction = by_schema(ents, "Sanction")[0]
    assert (sanction.first("authorityId"), sanction.first("entity")) == ("KPe.028", "un-KPe.028")


def test_hostile_values_are_escaped_or_dropped() -> None:
    out = io.StringIO()
    write_jsonl(export_ftm(records(), hits()), out)
    text = out.getvalue()
    assert "<script>" not in text and JS_URL not in text
    names = {e.first("name", quiet=True) for e in entities(records())}
    assert f"Example Trading LLC {HOSTILE}" in names


def test_empty_selection_exports_nothing() -> None:
    assert list(export_ftm([], [])) == []
