"""CLI: extract, eval, claims list; ingest stores claims in a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from armswatch.cli.main import app
from armswatch.extraction.stage import ExtractStage
from armswatch.ingestion.pipeline import ingest
from armswatch.store.claims import claims_for_document, list_claims, mentions_for_document

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
runner = CliRunner()


def test_extract_json_one_object_per_article() -> None:
    result = runner.invoke(app, ["extract", str(FIXTURES / "pos02.txt"), str(FIXTURES / "neg02.txt"), "--json"])
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(objects) == 2
    first, second = objects
    assert set(first) == {"document", "entities", "mentions", "claims"}
    assert "Shahed-136" in first["entities"]["weapons"]
    text = first["document"]["text"]
    for claim in first["claims"]:
        assert text[claim["evidence_start"]:claim["evidence_end"]] == claim["evidence"]
        assert claim["rule"]
    for mention in first["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]
    assert second["claims"] == []


def test_extract_bad_file_reports_error_and_continues(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["extract", str(empty), str(FIXTURES / "pos03.txt")])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "Lazarus Group" in result.output
    assert result.output.count(f"{empty}") == 1  # the error names the file once


def test_eval_prints_table_and_json() -> None:
    result = runner.invoke(app, ["eval", str(FIXTURES), str(FIXTURES / "gold.jsonl")])
    assert result.exit_code == 0, result.output
    assert "claims" in result.output and "countries" in result.output and "status" in result.output
    data = json.loads(runner.invoke(app, ["eval", str(FIXTURES), str(FIXTURES / "gold.jsonl"), "--json"]).stdout)
    assert data["articles"] == 12 and 0 <= data["claims"]["f1"] <= 1


def test_ingest_stores_claims_and_claims_list(tmp_path: Path, settings) -> None:  # noqa: ANN001
    from armswatch.store.db import open_store

    store = open_store(settings.db_url)
    summary = ingest([str(FIXTURES / "pos03.txt"), str(FIXTURES / "neg01.txt")], store, settings,
                     stages=[ExtractStage(settings)])
    assert summary.stored == 2
    doc_id = summary.outcomes[0].doc_id
    with store.connect() as conn:
        stored = claims_for_document(conn, doc_id)
        assert any(c["type"] == "deployment" and c["recipient"] == "RU" for c in stored)
        assert any(m.canonical == "Lazarus Group" for m in mentions_for_document(conn, doc_id))
        assert claims_for_document(conn, summary.outcomes[1].doc_id) == []
        assert all(c["actor"] == "KP" or c["recipient"] == "KP" for c in list_claims(conn, country="KP"))
        assert [c["type"] for c in list_claims(conn, type="evasion")] == ["evasion"] * len(
            list_claims(conn, type="evasion"))
    store.close()
    db = ["--db", settings.db_url]
    result = runner.invoke(app, [*db, "claims", "list", "--type", "deployment", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["type"] == "deployment" for r in rows)
    assert runner.invoke(app, [*db, "claims", "list", "--country", "KP", "--limit", "1"]).exit_code == 0
    bad = runner.invoke(app, [*db, "claims", "list", "--type", "smuggling"])
    assert bad.exit_code != 0
