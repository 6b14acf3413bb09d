"""The events, timeline and sources commands on a real store."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from armswatch.assessment.stage import AssessStage
from armswatch.cli.main import app
from armswatch.store.db import open_store
from assess_helpers import claim, doc, store_doc


def _db(tmp_path) -> str:  # noqa: ANN001
    path = str(tmp_path / "cli.db")
    store = open_store(path)
    with store.begin() as conn:
        store_doc(conn, doc("a", "reuters.com"), claim(date="2024-03-01"), claim("test", "KP", None, "missiles"))
        store_doc(conn, doc("b", "nknews.org"), claim(source="Yonhap", date="2024-03-04"),
                  claim("transfer", "IR", "RU", "drones", "speculated", "2023-05-02"))
    AssessStage().after_batch(store, ["a", "b"])
    store.close()
    return path


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_events_list_filters_and_show(tmp_path) -> None:  # noqa: ANN001
    db = _db(tmp_path)
    rows = json.loads(run(db, "events", "list", "--type", "transfer", "--actor", "KP", "--json"))
    assert [(r["actor"], r["recipient"], r["sources"], r["admiralty"]) for r in rows] == [("KP", "RU", 2, "B1")]
    assert json.loads(run(db, "events", "list", "--min-confidence", "50", "--recipient", "RU", "--json"))[0]["id"] \
        == rows[0]["id"]
    assert json.loads(run(db, "events", "list", "--since", "2024-01", "--json"))[0]["date_first"] == "2024-03-01"
    assert len(json.loads(run(db, "events", "list", "--limit", "1", "--json"))) == 1
    shown = run(db, "events", "show", str(rows[0]["id"]))
    assert "reuters.com" in shown and "nknews.org" in shown and "counts for Yonhap" in shown
    detail = json.loads(run(db, "events", "show", str(rows[0]["id"]), "--json"))
    assert {c["origin_name"] for c in detail["claims"]} == {"Reuters", "Yonhap"}


def test_analyst_actions_and_timeline(tmp_path) -> None:  # noqa: ANN001
    db = _db(tmp_path)
    (ev,) = json.loads(run(db, "events", "list", "--type", "transfer", "--actor", "KP", "--json"))
    claim_id = json.loads(run(db, "events", "show", str(ev["id"]), "--json"))["claims"][1]["id"]
    out = run(db, "events", "split", str(ev["id"]), str(claim_id), "--why", "different shipment", "--who", "ana")
    new_id = int(out.split("event ")[-1])
    run(db, "events", "merge", str(ev["id"]), str(new_id), "--why", "same shipment")
    run(db, "events", "grade", str(ev["id"]), "3", "--why", "analyst doubts it")
    detail = json.loads(run(db, "events", "show", str(ev["id"]), "--json"))
    assert detail["credibility"] == 3 and [a["action"] for a in detail["audit"]] == [
        "events.grade", "events.merge", "events.split"]
    bad = CliRunner().invoke(app, ["--db", db, "events", "grade", str(ev["id"]), "9", "--why", "x"])
    assert bad.exit_code != 0
    timeline = run(db, "timeline", "--country", "RU")
    assert timeline.index("2023-05") < timeline.index("2024-03") and "KP" not in timeline.split("2024-03")[0]
    run(db, "sources", "grade", "nknews.org", "A", "--why", "checked")
    assert "NK News" in run(db, "sources", "list")
