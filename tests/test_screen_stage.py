"""The ingest stage: screens extracted parties, stores explained matches, respects analyst decisions."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from armswatch.cli.main import app
from armswatch.ingestion.pipeline import store_document
from armswatch.model import Document, Extraction
from armswatch.screening.stage import ScreenStage
from armswatch.settings import Settings
from armswatch.store import screening
from armswatch.store.db import open_store


class FixedExtract:
    """A stand-in extraction stage returning a fixed Extraction (the real one is another module)."""

    name = "extract"

    def __init__(self, persons: list[str], orgs: list[str]) -> None:
        self.result = Extraction(entities={"persons": persons, "organizations": orgs}, mentions=[], claims=[])

    def compute(self, doc: Document, context: dict) -> Extraction:
        return self.result

    def write(self, conn, doc, payload) -> None:  # noqa: ANN001
        return None


def test_no_extraction_screens_nothing(tmp_path: Path) -> None:
    stage = ScreenStage(Settings(db_url="sqlite:///" + str(tmp_path / "s.db")))
    assert stage.compute(Document(id="x", text="t"), {}) == []


def test_stage_stores_matches_and_respects_dismissal(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    settings = Settings(db_url="sqlite:///" + db)
    store = open_store(settings)
    stages = [FixedExtract(["Pak Pong Ju"], ["KOMID", "Acme Widgets Ltd"]), ScreenStage(settings)]
    store_document(Document(id="a" * 16, text="first article", fetched_at="2026-11-22T10:00:00+00:00"), store, stages)
    with store.connect() as conn:
        rows = screening.matches(conn, "a" * 16, raised_only=True)
    assert {r["reference"] for r in rows} == {"KPe.001"}
    assert rows[0]["explanations"]["name"]["detail"] and rows[0]["status"] == "open"
    r = CliRunner().invoke(app, ["--db", db, "screen", "decide", "KOMID", rows[0]["entity_id"], "dismissed",
                                 "--by", "analyst1", "--reason", "different firm of the same initials"])
    assert r.exit_code == 0, r.output
    with store.connect() as conn:
        assert screening.matches(conn, "a" * 16, raised_only=True) == []
    store_document(Document(id="b" * 16, text="second article", fetched_at="2026-11-22T11:00:00+00:00"), store, stages)
    with store.connect() as conn:
        later = screening.matches(conn, "b" * 16)
        decided = screening.decisions(conn, ["komid"])
    assert later and later[0]["status"] == "dismissed"
    assert not [m for m in later if m["match"] and m["status"] != "dismissed"]
    d = decided[("komid", rows[0]["entity_id"])]
    assert d["decided_by"] == "analyst1" and d["reason"] and d["decided_at"]
