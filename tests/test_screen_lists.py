"""Loaders on the real shared list files, safety, snapshot swap/diff, update over local HTTP, CLI."""

from __future__ import annotations

import functools
import http.server
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from followthemoney import model
from typer.testing import CliRunner

from armswatch.cli.main import app
from armswatch.exc import ListError
from armswatch.screening.loaders import load_list, load_starter
from armswatch.screening.update import update
from armswatch.settings import Settings
from armswatch.store import screening
from armswatch.store.db import open_store

SHARED = Path(__file__).parents[1] / ".." / "shared" / "data" / "sanctions"
UN = SHARED / "un" / "un_consolidated.xml"
OFAC = SHARED / "ofac" / "sdn_2024-05-03" / "sdn.csv"
OFAC21 = SHARED / "ofac" / "sdn_add_alt_2021-04" / "sdn.csv"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared list file missing: {path}")
    return path


@pytest.fixture(scope="module")
def un_snapshot():  # noqa: ANN201
    return load_list(need(UN))


def test_un_counts(un_snapshot) -> None:  # noqa: ANN001
    assert un_snapshot.format == "un-xml" and un_snapshot.list_date == "2025-11-20"
    kinds = Counter(e.schema for e in un_snapshot.entries)
    assert len(un_snapshot.entries) == 1000 and kinds["Person"] == 727 and kinds["Organization"] == 273
    dprk = [e for e in un_snapshot.entries if "DPRK 1718" in e.programs]
    assert len(dprk) == 155
    assert sum(1 for e in dprk if e.reference.startswith("KPi.")) == 80
    komid = next(e for e in un_snapshot.entries if e.reference == "KPe.001")
    assert "KOMID" in " ".join(komid.names) and komid.countries == ["kp"] and komid.listed_on == "2009-04-24"


def test_every_entry_is_valid_ftm(un_snapshot) -> None:  # noqa: ANN001
    for entry in un_snapshot.entries + load_starter().entries:
        for data in entry.to_ftm():
            proxy = model.get_proxy(data)
            assert proxy.schema.name in ("Person", "Organization", "Sanction")
            assert proxy.schema.name == "Sanction" or proxy.get("name")
    ent, sanction = next(e for e in un_snapshot.entries if e.reference == "KPe.001").to_ftm()
    assert sanction["properties"]["programId"] == ["DPRK 1718"]
    assert sanction["properties"]["authorityId"] == ["KPe.001"]


def test_ofac_csv_counts_and_join() -> None:
    snap = load_list(need(OFAC))
    kinds = Counter(e.schema for e in snap.entries)
    assert len(snap.entries) == 14965
    assert (kinds["Person"], kinds["Organization"], kinds["Vessel"], kinds["Airplane"]) == (6854, 6884, 851, 376)
    assert sum(1 for e in snap.entries if any(p.startswith("DPRK") or p == "NKOREA" for p in e.programs)) == 484
    joined = load_list(need(OFAC21))
    assert len(joined.entries) == 8890
    komid = next(e for e in joined.entries if e.reference == "9345")
    assert "KOMID" in komid.names and len(komid.names) > 3 and "kp" in komid.countries


@pytest.mark.parametrize(("rel", "fmt", "count"), [
    ("ofac/non_sdn_consolidated/consolidated.xml", "ofac-xml", 443),
    ("opensanctions/ukraine_war_sanctions/targets.simple.csv", "opensanctions-csv", 5600),
    ("opensanctions/yente_fixtures/zala/entities.ftm.json", "ftm", 17),
    ("canada/cannada.xml", "ca-xml", 4759),
    ("uk/ConList.csv", "uk-csv", 41),
])
def test_other_formats_detected_and_counted(rel: str, fmt: str, count: int) -> None:
    snap = load_list(need(SHARED / rel))
    assert snap.format == fmt and len(snap.entries) == count


def test_ftm_programmes_joined() -> None:
    snap = load_list(need(SHARED / "opensanctions/yente_fixtures/zala/entities.ftm.json"))
    assert any(e.programs for e in snap.entries)
    assert any("Мария" in " ".join(e.names) for e in snap.entries)


def test_truncated_and_hostile_xml_refused(tmp_path: Path) -> None:
    data = need(UN).read_bytes()
    cut = tmp_path / "un_cut.xml"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ListError, match="un_cut.xml"):
        load_list(cut)
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                    "<CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>")
    with pytest.raises(ListError, match="refused"):
        load_list(bomb)
    xxe = tmp_path / "xxe.xml"
    xxe.write_text('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   "<CONSOLIDATED_LIST>&x;</CONSOLIDATED_LIST>")
    with pytest.raises(ListError, match="refused"):
        load_list(xxe)


def test_snapshot_swap_diff_and_bad_file_keeps_previous(tmp_path: Path, un_snapshot) -> None:  # noqa: ANN001
    store = open_store("sqlite:///" + str(tmp_path / "t.db"))
    older = load_list(need(UN))
    older.entries = older.entries[:-3]
    older.sha256 = "0" * 64
    with store.begin() as conn:
        screening.save_snapshot(conn, older)
    with store.begin() as conn:
        assert screening.save_snapshot(conn, un_snapshot)[1] is True
        assert screening.save_snapshot(conn, un_snapshot)[1] is False  # same hash: unchanged
    with store.connect() as conn:
        active = screening.active_snapshots(conn)
        assert len(active) == 1 and active[0]["entries"] == 1000
        d = screening.diff(conn, "un")
    assert len(d["added"]) == 3 and d["removed"] == []
    bad = tmp_path / "un.xml"
    bad.write_bytes(need(UN).read_bytes()[:5000])
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "t.db"), "lists", "load", str(bad)])
    assert result.exit_code != 0
    with store.connect() as conn:
        assert screening.active_snapshots(conn)[0]["sha256"] == un_snapshot.sha256


@pytest.fixture()
def http_root() -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(need(SHARED)))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_update_from_local_server(tmp_path: Path, http_root: str) -> None:
    settings = Settings(db_url="sqlite:///" + str(tmp_path / "u.db"), lists_dir=str(tmp_path / "lists"),
                        allow_private=True)
    store = open_store(settings)
    results = update(store, settings, [f"un={http_root}/un/un_consolidated.xml",
                                       f"ofac-sdn={http_root}/ofac/sdn_add_alt_2021-04/sdn.csv",
                                       f"uk={http_root}/missing.csv"])
    status = {r.source: r.status for r in results}
    assert status == {"un": "updated", "ofac-sdn": "updated", "uk": "failed"}
    with store.connect() as conn:
        assert {s["source"]: s["entries"] for s in screening.active_snapshots(conn)} == {"un": 1000, "ofac-sdn": 8890}
    from armswatch.screening.core import screen

    komid = screen("KOMID", "Organization", store=store)
    assert {m.list for m in komid if m.match} == {"un", "ofac-sdn"}


def test_cli_lists_and_screen(tmp_path: Path, http_root: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runner, db = CliRunner(), str(tmp_path / "c.db")
    r = runner.invoke(app, ["--db", db, "screen", "Kim Chong-un", "--schema", "Person", "--json"])
    assert r.exit_code == 0 and '"matches": []' in r.output  # starter list has no KPi for him
    r = runner.invoke(app, ["--db", db, "screen", "KOMID"])
    assert r.exit_code == 0 and "MATCH" in r.output and "KPe.001" in r.output
    monkeypatch.setenv("ARMSWATCH_LIST_URLS", f"un={http_root}/un/un_consolidated.xml")
    r = runner.invoke(app, ["--db", db, "lists", "update"])
    assert r.exit_code == 1 and "AW201" in r.output  # loopback refused unless allowed
    r = runner.invoke(app, ["--db", db, "lists", "update", "--allow-private"])
    assert r.exit_code == 0 and "updated" in r.output
    r = runner.invoke(app, ["--db", db, "lists", "show", "--diff"])
    assert "UN Security Council" in r.output and "2025-11-20" in r.output and "+1000 added" in r.output
    pairs = tmp_path / "p.csv"
    pairs.write_text("name1,name2,schema,is_match\nKim Jong Un,Kim Jong-un,Person,1\n"
                     "Kim Jong Un,Kim Jong Il,Person,0\n")
    r = runner.invoke(app, ["screen", "pairs", str(pairs)])
    assert r.exit_code == 0 and "threshold 0.80: P 1.000 R 1.000" in r.output
