"""API and form writes: review, merge/split/grade, match decisions, add reports; auth, CSRF, escaping."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from _web import BASE, build_demo_db, client_for, copy_db
from armswatch.exc import Forbidden


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_db(tmp_path_factory.mktemp("apiwrite") / "demo.db")


@pytest.fixture
def client(demo_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    c = client_for(copy_db(demo_db, tmp_path))
    yield c
    c.app.state.store.close()


def claim_in_event(client: TestClient) -> dict:
    items = client.get("/api/claims", params={"type": "transfer", "party": "IR", "limit": 500}).json()["items"]
    return next(c for c in items if c["event_id"])


def test_reject_needs_a_reason_then_drops_the_claim_from_events(client: TestClient) -> None:
    claim = claim_in_event(client)
    r = client.post(f"/api/claims/{claim['id']}/review", json={"action": "reject"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "AW622"
    r = client.post(f"/api/claims/{claim['id']}/review", json={"action": "reject", "why": "misread sentence"},
                    headers={"X-Analyst": "alice"})
    assert r.status_code == 200 and r.json()["review"] == "rejected"
    after = client.get(f"/api/claims/{claim['id']}").json()
    assert after["event_id"] is None  # out of every event, hence out of the exports
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    for ev in events:
        assert claim["id"] not in [c["id"] for c in client.get(f"/api/events/{ev['id']}").json()["claims"]]
    log = client.get("/api/audit", params={"subject": f"claim:{claim['id']}"}).json()["items"]
    assert log[0]["action"] == "claims.reject" and log[0]["who"] == "alice" and log[0]["why"] == "misread sentence"
    assert log[0]["before"]["review"] == "pending" and log[0]["after"]["review"] == "rejected"
    # accepting it again brings it back into an event
    client.post(f"/api/claims/{claim['id']}/review", json={"action": "accept", "why": "on reflection"})
    assert client.get(f"/api/claims/{claim['id']}").json()["event_id"] is not None


def test_edit_validates_and_recomputes(client: TestClient) -> None:
    claim = claim_in_event(client)
    url = f"/api/claims/{claim['id']}/review"
    for changes, needle in (({"type": "theft"}, "type must be"), ({"date": "last week"}, "date must be"),
                            ({"evidence": "x"}, "cannot edit"), ({}, "at least one")):
        r = client.post(url, json={"action": "edit", "changes": changes})
        assert r.status_code == 422 and needle in r.json()["error"]["message"]
    r = client.post(url, json={"action": "edit", "why": "source says denied",
                               "changes": {"status": "denied", "date": "2024-02"}})
    body = r.json()
    assert body["review"] == "edited" and body["status"] == "denied" and body["date_precision"] == "month"
    event_id = client.get(f"/api/claims/{claim['id']}").json()["event_id"]
    event = client.get(f"/api/events/{event_id}").json()
    assert event["status_counts"].get("denied", 0) >= 1
    assert client.post("/api/claims/999999/review", json={"action": "accept"}).json()["error"]["code"] == "AW304"
    assert client.post(url, json={"action": "approve"}).status_code == 422


def test_editing_a_party_moves_the_claim_to_a_matching_event(client: TestClient) -> None:
    claim = claim_in_event(client)
    old_event = client.get(f"/api/claims/{claim['id']}").json()["event_id"]
    new_actor = "BY" if claim["actor"] != "BY" else "CN"
    r = client.post(f"/api/claims/{claim['id']}/review",
                    json={"action": "edit", "why": "the text names another supplier", "changes": {"actor": new_actor}})
    assert r.status_code == 200 and r.json()["actor"] == new_actor
    moved = client.get(f"/api/claims/{claim['id']}").json()["event_id"]
    event = client.get(f"/api/events/{moved}").json()
    assert event["actor"] == new_actor or event["recipient"] == new_actor
    if old_event is not None and old_event != moved:
        old = client.get(f"/api/events/{old_event}")
        assert old.status_code == 404 or claim["id"] not in {c["id"] for c in old.json()["claims"]}


def test_merge_split_and_grade_are_audited(client: TestClient) -> None:
    events = client.get("/api/events", params={"type": "transfer", "party": "RU", "sort": "id"}).json()["items"]
    a, b = events[0]["id"], events[1]["id"]
    merged = client.post("/api/events/merge", json={"event_ids": [b, a], "why": "same shipment"}).json()
    assert merged["id"] == min(a, b) and len(merged["claims"]) >= 2
    assert client.get(f"/api/events/{max(a, b)}").status_code == 404
    moved = merged["claims"][-1]["id"]
    new = client.post(f"/api/events/{merged['id']}/split", json={"claim_id": moved, "why": "different route"}).json()
    assert [c["id"] for c in new["claims"]] == [moved] and new["id"] != merged["id"]
    graded = client.post(f"/api/events/{merged['id']}/grade", json={"credibility": 2, "why": "official record"}).json()
    assert graded["credibility"] == 2 and graded["confidence"] == 70
    assert client.get("/api/events", params={"min_confidence": 70}).json()["total"] >= 1
    actions = [e["action"] for e in client.get("/api/audit").json()["items"]]
    assert {"events.merge", "events.split", "events.grade"} <= set(actions)
    assert client.post(f"/api/events/{merged['id']}/grade", json={"credibility": 9, "why": "x"}).status_code == 422
    assert client.post("/api/events/merge", json={"event_ids": [a], "why": "x"}).status_code == 422


def test_confirm_and_dismiss_a_match(client: TestClient) -> None:
    hit = client.get("/api/matches").json()["items"][0]
    r = client.post(f"/api/matches/{hit['id']}/decision", json={"decision": "confirmed", "why": "same reference"})
    assert r.status_code == 200 and r.json()["status"] == "confirmed"
    assert client.get("/api/matches", params={"status": "confirmed"}).json()["total"] == 1
    assert client.get("/api/audit", params={"subject": f"match:{hit['id']}"}).json()["items"][0]["action"] == \
        "matches.confirm"
    assert client.post(f"/api/matches/{hit['id']}/decision", json={"decision": "maybe"}).status_code == 422
    assert client.post("/api/matches/99999/decision", json={"decision": "dismissed"}).status_code == 404


def wait_job(client: TestClient, job_id: str) -> dict:
    for _ in range(300):
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError("job did not finish")


def test_add_pasted_text_and_uploads_through_the_pipeline(client: TestClient) -> None:
    text = "Belarus delivered armoured vehicles to Myanmar in March 2022, according to a UN report."
    r = client.post("/api/reports", json={"text": text, "title": "Vehicles", "url": "https://example.org/a",
                                          "published": "2022-04-01"})
    assert r.status_code == 202
    job = wait_job(client, r.json()["id"])
    assert job["state"] == "done" and job["counts"] == {"stored": 1}
    doc = client.get(f"/api/documents/{job['outcomes'][0]['id']}").json()
    assert doc["title"] == "Vehicles" and doc["url"] == "https://example.org/a" and "Myanmar" in doc["text"]
    files = [("files", ("note.txt", b"Iran sent missiles to Yemen's Houthis in 2023, officials said.", "text/plain"))]
    job = wait_job(client, client.post("/api/reports/upload", files=files).json()["id"])
    assert job["counts"] == {"stored": 1} and job["outcomes"][0]["origin"].endswith("note.txt")
    bad = client.post("/api/reports/upload", files=[("files", ("x.exe", b"MZ\x00\x00", "application/octet-stream"))])
    assert bad.status_code == 415 and bad.json()["error"]["code"] == "AW105"
    assert client.post("/api/reports", json={"urls": ["javascript:alert(1)"]}).status_code == 422
    assert client.post("/api/reports", json={}).status_code == 422
    assert client.get("/api/jobs/nope").status_code == 404


def test_uploads_are_bounded_in_size(demo_db: Path, tmp_path: Path) -> None:
    from armswatch.serve.app import create_app
    from armswatch.settings import Settings

    settings = Settings.from_env(env={}, db_url="sqlite:///" + str(copy_db(demo_db, tmp_path)), max_bytes=1000)
    small = TestClient(create_app(settings), base_url=BASE)
    r = small.post("/api/reports/upload", files=[("files", ("big.txt", b"a" * 2000, "text/plain"))])
    assert r.status_code == 413 and r.json()["error"]["code"] == "AW103"
    huge = small.post("/api/reports", content=b"x" * 30_000_000, headers={"content-type": "application/json"})
    assert huge.status_code == 413


def test_token_mode_needs_bearer_or_session(demo_db: Path, tmp_path: Path) -> None:
    with pytest.raises(Forbidden):
        client_for(copy_db(demo_db, tmp_path), host="0.0.0.0")
    c = client_for(copy_db(demo_db, tmp_path), token="s3cret-token", host="0.0.0.0")
    hit = c.get("/api/matches").json()["items"][0]  # reads stay open
    url, body = f"/api/matches/{hit['id']}/decision", {"decision": "dismissed", "why": "other firm"}
    r = c.post(url, json=body)
    assert r.status_code == 401 and r.json()["error"]["code"] == "AW601"
    assert c.post(url, json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.post(url, json=body, headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    # the browser path: log in (CSRF-protected form), then a form post with the CSRF token
    page = c.get("/login")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    assert c.post("/login", data={"token": "nope", "csrf_token": csrf}).status_code == 401
    r = c.post("/login", data={"token": "s3cret-token", "csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303 and "s3cret-token" not in r.headers["set-cookie"]
    form = {"decision": "confirmed", "why": "checked", "csrf_token": csrf, "next": "/matches"}
    assert c.post(f"/matches/{hit['id']}/decision", data=form, follow_redirects=False).status_code == 303
    assert c.get("/api/matches?status=confirmed").json()["total"] == 1


def test_forms_need_the_csrf_token_and_same_origin(client: TestClient) -> None:
    page = client.get("/review")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    claim_id = int(re.search(r'action="/claims/(\d+)/review"', page.text).group(1))
    url = f"/claims/{claim_id}/review"
    missing = client.post(url, data={"action": "accept"})
    assert missing.status_code == 403 and "CSRF" in missing.text
    wrong = client.post(url, data={"action": "accept", "csrf_token": "forged"})
    assert wrong.status_code == 403
    cross = client.post(url, data={"action": "accept", "csrf_token": csrf}, headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    ok = client.post(url, data={"action": "accept", "csrf_token": csrf, "next": "//evil.example/"},
                     follow_redirects=False)
    assert ok.status_code == 303 and not ok.headers["location"].startswith("//")
    assert client.get(f"/api/claims/{claim_id}").json()["review"] == "accepted"
    # a browser-like JSON call without the header is refused too
    r = client.post(f"/api/claims/{claim_id}/review", json={"action": "reset"})
    assert r.status_code == 403
    r = client.post(f"/api/claims/{claim_id}/review", json={"action": "reset"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200 and r.json()["review"] == "pending"


def test_add_reports_form_redirects_to_a_progress_page(client: TestClient) -> None:
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/reports").text).group(1)
    r = client.post("/reports", data={"csrf_token": csrf, "text": "Russia supplied fuel to North Korea in 2024.",
                                      "urls": ""}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/reports/jobs/")
    job_id = r.headers["location"].rsplit("/", 1)[1]
    wait_job(client, job_id)
    assert "stored" in client.get(r.headers["location"]).text


def test_hostile_article_is_escaped_everywhere(client: TestClient) -> None:
    claim = client.get("/api/claims", params={"q": "onerror"}).json()["items"][0]
    pages = [f"/events/{claim['event_id']}", f"/documents/{claim['document_id']}", "/claims?q=onerror",
             "/review", "/", "/events?outlet=x", "/entity/country/KP"]
    for path in pages:
        html = client.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html, path
        assert 'href="javascript:' not in html.lower(), path
    event_html = client.get(pages[0]).text
    assert "&lt;img src=x onerror=" in event_html  # shown as text
    assert '<a href="https://news.example.org' not in client.get(f"/documents/{claim['document_id']}").text
    doc2 = client.get("/api/claims", params={"q": "Shahed"}).json()["items"][0]
    html = client.get(f"/events/{doc2['event_id']}").text
    assert "&#34;&gt;&lt;script&gt;" in html or "&quot;&gt;&lt;script&gt;" in html  # attribute stays closed
