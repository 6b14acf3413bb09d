"""HTTP API read endpoints on a store loaded through the real pipeline (examples + hostile articles)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from _web import build_demo_db, client_for


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = build_demo_db(tmp_path_factory.mktemp("apidata") / "demo.db")
    return client_for(db)


def error_of(response) -> dict:  # noqa: ANN001
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "status"}
    assert body["error"]["status"] == response.status_code
    return body["error"]


def test_health_and_openapi_document_every_route(client: TestClient) -> None:
    assert client.get("/api/health").json() == {"ok": True, "dialect": "sqlite"}
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    for path in ("/api/documents", "/api/claims", "/api/events", "/api/events/{event_id}", "/api/matches",
                 "/api/claims/{claim_id}/review", "/api/events/merge", "/api/reports", "/api/jobs/{job_id}",
                 "/api/dashboard", "/api/timeline", "/api/network", "/api/entities/{kind}/{name}", "/api/audit"):
        assert path in paths, path
    assert not any(p.startswith("/events") or p == "/" for p in paths)  # pages stay out of the API schema


def test_documents_paginate_and_detail(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 3}).json()
    assert first["total"] >= 7 and len(first["items"]) == 3 and first["limit"] == 3
    second = client.get("/api/documents", params={"limit": 3, "offset": 3}).json()
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    doc_id = first["items"][0]["id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["id"] == doc_id and doc["text"] and isinstance(doc["claims"], list)
    err = error_of(client.get("/api/documents/ffffffffffffffff"))
    assert err["code"] == "AW304" and err["status"] == 404


def test_claims_filters_and_sorting(client: TestClient) -> None:
    everything = client.get("/api/claims", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) > 5
    transfers = client.get("/api/claims", params={"type": "transfer", "limit": 500}).json()
    assert transfers["total"] == sum(1 for c in everything["items"] if c["type"] == "transfer") > 0
    assert all(c["type"] == "transfer" for c in transfers["items"])
    iran = client.get("/api/claims", params={"party": "IR"}).json()
    assert iran["total"] >= 1 and all("IR" in (c["actor"], c["recipient"]) for c in iran["items"])
    found = client.get("/api/claims", params={"q": "SHAHED"}).json()  # case-insensitive evidence search
    assert found["total"] >= 1 and all("shahed" in c["evidence"].lower() for c in found["items"])
    assert client.get("/api/claims", params={"q": "100%_nothing"}).json()["total"] == 0  # LIKE escapes
    dated = client.get("/api/claims", params={"date_from": "2024-01", "date_to": "2024-01"}).json()
    assert dated["total"] >= 1 and all(c["date"].startswith("2024-01") for c in dated["items"])
    outlet = client.get("/api/claims", params={"outlet": "Example Daily"}).json()
    assert outlet["total"] >= 1 and all(c["outlet"] == "Example Daily" for c in outlet["items"])
    asc = [c["date"] for c in client.get("/api/claims", params={"sort": "date", "limit": 500}).json()["items"]
           if c["date"]]
    assert asc == sorted(asc)
    desc = [c["id"] for c in client.get("/api/claims", params={"sort": "-id"}).json()["items"]]
    assert desc == sorted(desc, reverse=True)
    assert client.get("/api/claims", params={"review": "pending"}).json()["total"] == everything["total"]


@pytest.mark.parametrize("params,needle", [
    ({"sort": "evidence; drop table"}, "cannot sort"),
    ({"limit": 0}, "limit"),
    ({"limit": 501}, "limit"),
    ({"offset": -1}, "offset"),
    ({"date_from": "yesterday"}, "date_from"),
    ({"min_confidence": 101}, "min_confidence"),
])
def test_bad_list_parameters_give_the_error_shape(client: TestClient, params: dict, needle: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    err = error_of(response)
    assert err["code"] == "AW622" and needle in err["message"]


def test_claim_detail_and_missing(client: TestClient) -> None:
    claim = client.get("/api/claims", params={"limit": 1}).json()["items"][0]
    detail = client.get(f"/api/claims/{claim['id']}").json()
    assert detail["evidence"] == claim["evidence"] and "event_id" in detail
    assert error_of(client.get("/api/claims/999999"))["code"] == "AW304"
    assert error_of(client.get("/api/claims/abc"))["code"] == "AW622"


def test_events_filters_and_detail_with_highlighted_evidence(client: TestClient) -> None:
    events = client.get("/api/events", params={"type": "transfer", "party": "RU", "limit": 100}).json()
    assert events["total"] >= 2
    assert all(e["type"] == "transfer" and "RU" in (e["actor"], e["recipient"]) for e in events["items"])
    assert all(e["grade"][0] in "ABCDEF" for e in events["items"])
    by_outlet = client.get("/api/events", params={"outlet": "Example Daily"}).json()
    assert by_outlet["total"] >= 1 and any(e["actor"] == "IR" for e in by_outlet["items"])
    for item in by_outlet["items"]:  # every event returned has a claim from that outlet
        detail = client.get(f"/api/events/{item['id']}").json()
        assert "Example Daily" in {a["outlet"] for a in detail["articles_list"]}
    assert client.get("/api/events", params={"q": "Shahed"}).json()["total"] >= 1
    assert client.get("/api/events", params={"min_confidence": 100}).json()["total"] == 0
    event = client.get(f"/api/events/{events['items'][0]['id']}").json()
    assert event["claims"] and event["articles_list"]
    for claim in event["claims"]:
        marked = [s["text"] for a in event["articles_list"] for s in a["segments"] if claim["id"] in s["claims"]]
        assert marked and all(claim["evidence"] in m or m in claim["evidence"] for m in marked)
    assert error_of(client.get("/api/events/424242"))["code"] == "AW304"


def test_csv_and_json_downloads_hold_every_filtered_row(client: TestClient) -> None:
    total = client.get("/api/claims", params={"type": "transfer"}).json()["total"]
    response = client.get("/api/claims", params={"type": "transfer", "format": "csv", "limit": 1})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total and {r["type"] for r in rows} == {"transfer"}
    data = json.loads(client.get("/api/events", params={"format": "json-download"}).text)
    assert len(data) == client.get("/api/events").json()["total"]
    assert error_of(client.get("/api/events", params={"format": "xml"}))["code"] == "AW622"


def test_csv_cells_never_start_a_formula() -> None:
    from armswatch.serve.download import cell

    assert cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert cell("@SUM(1)") == "'@SUM(1)" and cell("plain") == "plain" and cell(None) == ""
    assert cell(["a", "b"]) == "a;b"


def test_matches_and_entity_with_feature_explanations(client: TestClient) -> None:
    hits = client.get("/api/matches").json()
    assert hits["total"] >= 1
    hit = hits["items"][0]
    assert hit["match"] and hit["status"] == "open" and hit["explanations"]
    entity = client.get(f"/api/entities/organization/{hit['name']}").json()
    assert entity["matches"] and entity["matches"][0]["entity_id"] == hit["entity_id"]
    assert all("score" in f for f in entity["matches"][0]["explanations"].values())
    country = client.get("/api/entities/country/KP").json()
    assert country["events"] and "RU" in [p for p, _ in country["co_parties"]]
    assert country["documents_count"] >= 1
    assert error_of(client.get("/api/entities/planet/Mars"))["code"] == "AW622"
    assert error_of(client.get("/api/matches", params={"status": "maybe"}))["code"] == "AW622"


def test_dashboard_timeline_network(client: TestClient) -> None:
    dash = client.get("/api/dashboard").json()
    assert dash["counts"]["events"] == client.get("/api/events").json()["total"]
    assert dash["counts"]["claims"] == client.get("/api/claims").json()["total"]
    assert sum(dash["by_type"].values()) == dash["counts"]["events"]
    assert dash["new_matches"] and dash["by_month"]
    items = client.get("/api/timeline").json()["items"]
    assert items and all(i["start"] for i in items)
    only = client.get("/api/timeline", params={"type": "transfer"}).json()["items"]
    assert only and all(i["type"] == "transfer" for i in only)
    graph = client.get("/api/network").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert {"KP", "RU"} <= ids and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert client.get("/api/audit").json() == {"items": []}


def test_unknown_routes_and_methods_use_the_error_shape(client: TestClient) -> None:
    assert error_of(client.get("/api/nothing-here"))["code"] == "AW304"
    err = error_of(client.delete("/api/events"))
    assert err["status"] == 405 and err["code"] == "AW605"
    bad_json = client.post("/api/events/merge", content=b"{not json", headers={"content-type": "application/json"})
    assert error_of(bad_json)["code"] == "AW622"


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for path in ("/", "/api/events", "/static/app.css", "/api/nothing"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/events").headers["cache-control"] == "no-store"


def test_foreign_host_header_is_refused_on_loopback(client: TestClient) -> None:
    response = client.get("/api/events", headers={"host": "evil.example"})
    assert response.status_code == 403 and error_of(response)["code"] == "AW603"


def test_graph_pages_without_node_modules_show_a_notice(tmp_path: Path, client: TestClient) -> None:
    db = Path(client.app.state.store.url.removeprefix("sqlite:///"))
    bare = client_for(db, frontend=tmp_path / "missing")
    page = bare.get("/network")
    assert page.status_code == 200 and 'id="vendor-missing"' in page.text and "cytoscape" not in page.text.lower()
    assert bare.get("/vendor/cytoscape.min.js").status_code == 404
