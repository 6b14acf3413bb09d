"""Real-browser end-to-end tests: Debian chromium driven by Playwright against the real server."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from _web import ROOT, build_demo_db

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "test-output" / "screenshots"


def need_browser() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("ARMSWATCH_REQUIRE_BROWSER"):
            pytest.fail(f"ARMSWATCH_REQUIRE_BROWSER is set but {CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    need_browser()
    import uvicorn

    from armswatch.serve.app import create_app
    from armswatch.settings import Settings

    db = build_demo_db(tmp_path_factory.mktemp("browser") / "demo.db")
    app = create_app(Settings.from_env(env={}, db_url="sqlite:///" + str(db)))
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    app.state.store.close()


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:  # noqa: ANN001
    context = browser.new_context(base_url=server, viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.problems = []  # console errors, CSP violations, page errors, dialogs opened by injected code
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}") if "Reject" not in d.message
                               and "Dismiss" not in d.message else None, d.accept()))
    yield pg
    context.close()


def shot(page, name: str) -> None:  # noqa: ANN001
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def assert_clean(page) -> None:  # noqa: ANN001
    assert page.evaluate("typeof window.__pwned") == "undefined", page.evaluate("window.__pwned")
    problems = [p for p in page.problems if "favicon" not in p]
    assert not problems, problems


def test_dashboard_and_filtered_events_list(page) -> None:  # noqa: ANN001
    page.goto("/")
    assert page.locator("h1").inner_text() == "Dashboard"
    assert page.locator("svg.chart rect").count() > 0
    shot(page, "01-dashboard")
    page.click("header nav >> text=Events")
    page.select_option("#f-type", "transfer")
    page.fill("input[name=party]", "RU")
    page.click("form.filters button")
    page.wait_for_load_state()
    assert "type=transfer" in page.url
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 2
    badges = page.locator("#events-table tbody .badge").all_inner_texts()
    assert badges and set(badges) == {"transfer"}
    shot(page, "02-events-filtered")
    page.click("#events-table thead >> text=Date")  # sort by date (ascending)
    dates = [d for d in page.locator("#events-table tbody td.nowrap").all_inner_texts() if d != "—"]
    assert dates == sorted(dates)
    assert_clean(page)


def test_event_page_with_highlighted_evidence_and_hostile_text(page) -> None:  # noqa: ANN001
    page.goto("/claims?q=onerror")
    page.locator("#claims-table tbody tr td a[href^='/events/']").first.click()
    page.wait_for_load_state()
    marks = page.locator(".article-text mark")
    assert marks.count() >= 1
    assert "onerror" in marks.first.inner_text()  # the markup is shown as text, not run
    assert page.locator(".article-text img, .article-text script").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    shot(page, "03-event-hostile")
    assert_clean(page)
    page.goto("/claims?q=Shahed")
    page.locator("#claims-table tbody a[href^='/events/']").first.click()
    page.wait_for_load_state()
    hrefs = page.locator("#event-claims a[target=_blank]").evaluate_all("els => els.map(e => e.href)")
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    assert any(h.startswith("https://news.example.org/2024/01/drones%22%3E%3Cscript") for h in hrefs)
    shot(page, "04-event")
    assert_clean(page)


def test_confirm_a_sanctions_match_persists(page) -> None:  # noqa: ANN001
    page.goto("/matches")
    page.locator("#matches-table tbody tr td a").first.click()
    page.wait_for_load_state()
    match = page.locator(".match").first
    assert match.locator(".explain tbody tr").count() >= 1  # per-feature explanation
    match.locator("input[name=why]").fill("same reference number")
    match.locator("button[value=confirmed]").click()
    page.wait_for_load_state()
    page.reload()
    assert page.locator(".match .status").first.inner_text() == "confirmed"
    shot(page, "05-entity-match-confirmed")
    page.goto("/matches?status=confirmed")
    assert page.locator("#matches-table tbody tr").count() == 1
    assert_clean(page)


def test_reject_a_claim_persists_and_is_audited(page) -> None:  # noqa: ANN001
    page.goto("/review?type=transfer&party=IR")
    shot(page, "06-review-queue")
    row = page.locator("#claims-table tbody tr").first
    claim_id = row.get_attribute("id").split("-")[1]
    row.locator("form.reject input[name=why]").fill("duplicate of a better claim")
    row.locator("form.reject button").click()
    page.wait_for_load_state()
    page.goto("/claims?review=rejected")
    assert page.locator(f"#claim-{claim_id}").count() == 1
    assert page.locator(f"#claim-{claim_id} td.review").inner_text() == "rejected"
    page.reload()
    assert page.locator(f"#claim-{claim_id} td a[href^='/events/']").count() == 0  # out of its event
    page.goto("/audit")
    assert "claims.reject" in page.locator("#audit-table").inner_text()
    shot(page, "07-audit")
    assert_clean(page)


def test_network_and_timeline_render_offline(page) -> None:  # noqa: ANN001
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("http://127.0.0.1:") else r.abort())
    page.goto("/network")
    page.wait_for_selector("#graph[data-ready]", timeout=15000)
    assert page.locator("#graph canvas").count() >= 1
    assert "parties" in page.locator("#graph-status").inner_text()
    shot(page, "08-network")
    page.goto("/timeline")
    page.wait_for_selector(".vis-item", timeout=15000)
    assert page.locator(".vis-item").count() >= 3
    shot(page, "09-timeline")
    page.locator(".vis-item.vis-box").first.click()
    page.wait_for_url("**/events/*")
    assert_clean(page)


def test_add_a_report_shows_progress_until_done(page) -> None:  # noqa: ANN001
    page.goto("/reports")
    page.fill("input[name=title]", "Pasted <b>report</b>")
    page.fill("textarea[name=text]", "North Korea supplied rocket launchers to Russia in 2024, officials said.")
    page.click("#reports-form button")
    page.wait_for_url("**/reports/jobs/*")
    from playwright.sync_api import expect

    expect(page.locator("#job-state")).to_have_text("done", timeout=30000)  # updated by polling, no reload
    assert page.locator("#job-rows tr").count() == 1 and "stored" in page.locator("#job-rows").inner_text()
    shot(page, "10-report-added")
    assert_clean(page)


