"""The CLI as a user meets it: `ingest`, `docs list|show`, exit codes and error lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from armswatch.cli.main import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def run(db: Path, *args: str):  # noqa: ANN201
    return runner.invoke(app, ["--db", str(db), *args])


def test_ingest_examples_then_list_and_show(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = run(db, "ingest", "--no-extract", str(ROOT / "examples"))
    assert result.exit_code == 0, result.output
    examples = len(list((ROOT / "examples").glob("*.txt")))
    assert f"stored {examples}, duplicate {examples}, failed 0" in result.output  # feed.rss repeats them
    listed = json.loads(run(db, "docs", "list", "--json").output)
    assert len(listed) == examples and {d["outlet"] for d in listed} >= {"press.un.org", "ic3.gov"}
    un = next(d for d in listed if d["outlet"] == "press.un.org")
    shown = run(db, "docs", "show", un["id"][:8])
    assert shown.exit_code == 0 and "Security Council" in shown.output and "published:" in shown.output
    as_json = json.loads(run(db, "docs", "show", un["id"], "--json").output)
    assert as_json["published"].startswith("2024-03-28") and as_json["date_precision"] == "day"


def test_failures_are_reported_and_exit_nonzero(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("A short but valid report about a sanctions designation.")
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "bad.jsonl").write_text('{"text": "fine line one"}\n{oops\n')
    result = run(tmp_path / "x.db", "ingest", "--no-extract", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert "stored 2, duplicate 0, failed 2" in result.output
    assert f"{tmp_path / 'in' / 'bad.jsonl'}:2: invalid JSON" in result.output
    assert "AW101" in result.output and "empty.txt" in result.output


def test_ingest_from_stdin(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "s.db"), "ingest", "--no-extract", "--json", "-"],
                           input="TITLE: From a pipe\n\nA report piped in on standard input.\n")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["stored"] == 1 and summary["documents"][0]["title"] == "From a pipe"


def test_docs_show_unknown_id_is_a_clear_error(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "armswatch", "--db", str(tmp_path / "e.db"), "docs", "show",
                           "ffffffff"], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.strip() == "error AW304: no document 'ffffffff'"


def test_help_does_not_load_heavy_modules() -> None:
    code = ("import sys; from armswatch.cli.main import app; "
            "heavy = [m for m in ('spacy', 'trafilatura', 'sqlalchemy', 'fastapi', 'followthemoney', 'httpx') "
            "if m in sys.modules]; print(','.join(heavy))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_files_a_folder_walk_does_not_read_are_named_in_a_note_and_the_json(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("A short but valid report about a sanctions designation.")
    (folder / "report.pdf").write_bytes(b"%PDF-1.7 not read")
    (folder / "scan.PDF").write_bytes(b"%PDF-1.7 not read either")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    result = run(tmp_path / "a.db", "ingest", "--no-extract", str(folder))
    assert result.exit_code == 0, result.output  # a skipped file is news, not a failure
    assert "skipped 3 files in folders (.docx ×1, .pdf ×2)" in result.output
    summary = json.loads(run(tmp_path / "b.db", "ingest", "--no-extract", "--json", str(folder)).stdout)
    assert sorted(Path(p).name for p in summary["skipped"]) == ["notes.docx", "report.pdf", "scan.PDF"]
    assert summary["stored"] == 1
    quiet = run(tmp_path / "c.db", "ingest", "--no-extract", str(folder / "good.txt"))
    assert "skipped" not in quiet.output
