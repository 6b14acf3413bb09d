"""Exports from a real store filled by the real ingest pipeline (extract → screen → assess) over examples/."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import stix2
from followthemoney import model
from stix2validator import ValidationOptions, validate_parsed_json
from typer.testing import CliRunner

from armswatch.cli.main import app
from armswatch.export.filters import ExportFilters
from armswatch.export.select import iter_records
from armswatch.settings import Settings
from armswatch.store.db import open_store
from armswatch.store.events import list_events

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from armswatch.ingestion.pipeline import ingest

    path = tmp_path_factory.mktemp("export") / "store.db"
    store = open_store("sqlite:///" + str(path))
    settings = Settings.from_env(env={}, db_url="sqlite:///" + str(path))
    summary = ingest([str(p) for p in sorted((ROOT / "examples").glob("*.txt"))], store, settings)
    assert summary.failed == 0
    store.close()
    return path


def run(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), "export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_records_match_the_stored_events_and_their_quotes(db: Path) -> None:
    store = open_store("sqlite:///" + str(db))
    with store.connect() as conn:
        stored = list_events(conn, limit=None)
    records = list(iter_records(store, ExportFilters(), with_text=True, page=3))  # several pages
    assert stored and sorted(r.event.id for r in records) == sorted(e["id"] for e in stored)
    for r in records:
        assert r.event.evidence, r.event.label
        for e in r.event.evidence:
            text = r.documents[e.document_id].text
            assert text[e.claim.evidence_start:e.claim.evidence_end] == e.claim.evidence
    store.close()


def test_cli_stix_round_trip(db: Path) -> None:
    text = run(db, "stix", "--country", "KP", "-o", "-")
    result = validate_parsed_json(json.loads(text), ValidationOptions(version="2.1"))
    assert result.errors == [] if not isinstance(result, list) else all(r.errors == [] for r in result)
    bundle = stix2.parse(text)
    groups = [o for o in bundle.objects if o.type == "grouping"]
    store = open_store("sqlite:///" + str(db))
    with store.connect() as conn:
        stored = list_events(conn, country="KP", limit=None)
    store.close()
    assert len(groups) == len(stored)
    assert sorted(g.get("confidence", -1) for g in groups) == sorted(
        e["confidence"] if e["confidence"] is not None else -1 for e in stored)
    locations = {o.country for o in bundle.objects if o.type == "location"}
    assert "KP" in locations


def test_cli_ftm_csv_and_filters(db: Path) -> None:
    lines = run(db, "ftm", "-o", "-").splitlines()
    entities = [model.get_proxy(json.loads(line)) for line in lines]
    assert {"Article", "Event", "Documentation", "PublicBody"} <= {e.schema.name for e in entities}
    rows = list(csv.DictReader(io.StringIO(run(db, "csv", "-o", "-"))))
    store = open_store("sqlite:///" + str(db))
    with store.connect() as conn:
        assert len(rows) == len(list_events(conn, limit=None))
        transfers = list_events(conn, type="transfer", min_confidence=50, limit=None)
    store.close()
    filtered = list(csv.DictReader(io.StringIO(run(db, "csv", "--type", "transfer", "--min-confidence", "50"))))
    assert sorted(r["event_id"] for r in filtered) == sorted(str(e["id"]) for e in transfers)
    assert all(r["type"] == "transfer" and int(r["stix_confidence"]) >= 50 for r in filtered)


def test_cli_dossier_files_and_empty_selection(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kp.html"
    runner.invoke(app, ["--db", str(db), "export", "dossier", "--country", "kp", "-o", str(out)])
    page = out.read_text("utf-8")
    assert "North Korea (KP)" in page and "quote verified in the article text" in page
    assert "quote NOT found" not in page
    md = tmp_path / "kp.md"
    runner.invoke(app, ["--db", str(db), "export", "dossier", "--country", "KP", "-o", str(md)])
    assert md.read_text("utf-8").startswith("# armswatch dossier: country KP")
    empty = run(db, "stix", "--country", "ZZ", "-o", "-")
    assert [o["type"] for o in json.loads(empty)["objects"]] == ["marking-definition", "identity"]
    assert run(db, "csv", "--country", "ZZ").count("\n") == 1
    assert run(db, "ftm", "--country", "ZZ") == ""


def test_cli_rejects_bad_options_without_writing(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.json"
    result = runner.invoke(app, ["--db", str(db), "export", "stix", "--tlp", "purple", "-o", str(target)])
    assert result.exit_code != 0 and not target.exists()
    assert not list(tmp_path.iterdir())  # no half-written temp file left behind


def test_entity_dossier_finds_events_naming_it_in_their_evidence(db: Path) -> None:
    text = run(db, "dossier", "--entity", "Lazarus Group", "--format", "md", "-o", "-")
    assert "Scope: entity Lazarus Group ·" in text  # no filter is described as a country
    quotes = [line for line in text.splitlines() if line.startswith("> ")]
    assert quotes and any("Lazarus" in q for q in quotes)
    empty = run(db, "dossier", "--entity", "No Such Entity", "--format", "md", "-o", "-")
    assert "0 event(s)" in empty
