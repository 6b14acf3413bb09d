"""Alerts end to end: rules → outbox → a real local webhook receiver and a real local SMTP server."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from armswatch.assessment.alerts.deliver import Transport
from armswatch.assessment.alerts.rules import backoff_seconds, event_matches, parse_rule
from armswatch.assessment.alerts.send import send_due, try_rule
from armswatch.assessment.stage import AssessStage
from armswatch.exc import InvalidRequest
from armswatch.store import alerts as outbox
from assess_helpers import claim, doc, store_doc


class Receiver:
    """A webhook receiver on 127.0.0.1 that can be told to fail the next N requests."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        self.fail_next = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if receiver.fail_next:
                    receiver.fail_next -= 1
                    self.send_response(503)
                else:
                    receiver.bodies.append(json.loads(body))
                    self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.httpd.shutdown()
    r.httpd.server_close()


@pytest.fixture
def smtp() -> Iterator[tuple[list, Transport]]:
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    got: list = []

    class Collect(Message):
        def handle_message(self, message) -> None:  # noqa: ANN001
            got.append(message)

    with socket.socket() as probe:  # a free port (the controller checks it by connecting to it)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Collect(), hostname="127.0.0.1", port=port)
    controller.start()
    yield got, Transport(smtp_host="127.0.0.1", smtp_port=port, mail_from="aw@example.org", timeout=5)
    controller.stop()


def _ingest(store, ids: list[str]) -> None:  # noqa: ANN001
    with store.begin() as conn:
        if "a" in ids:
            store_doc(conn, doc("a", "reuters.com"), claim(date="2024-03-01"),
                      claim("transfer", "IR", "RU", "drones", date="2024-03-01"))
        if "b" in ids:
            store_doc(conn, doc("b", "apnews.com"), claim(date="2024-03-03"))
        if "c" in ids:
            store_doc(conn, doc("c", "nknews.org"), claim("evasion", "Lazarus Group", None, "cryptocurrency",
                      evidence="Lazarus Group laundered stolen cryptocurrency."))
    AssessStage().after_batch(store, ids)


def test_rule_parsing_and_matching() -> None:
    rule = parse_rule("event type=transfer party=KP,IR min-confidence=50")
    assert event_matches(rule, {"type": "transfer", "actor": "KP", "recipient": "RU", "confidence": 70})
    assert not event_matches(rule, {"type": "transfer", "actor": "KP", "recipient": "RU", "confidence": 30})
    assert not event_matches(rule, {"type": "transfer", "actor": "RU", "recipient": "BY", "confidence": 90})
    assert event_matches(rule, {"type": "transfer", "actor": None, "recipient": "IR", "confidence": 90})
    for bad in ("everything", "event colour=red", "event min-confidence=high", "designation type=x"):
        with pytest.raises(InvalidRequest):
            parse_rule(bad)
    assert [backoff_seconds(n) for n in (1, 2, 3)] == [30, 60, 120] and backoff_seconds(50) == 6 * 3600


def test_event_alerts_are_delivered_once_to_webhook_and_email(store, receiver, smtp) -> None:  # noqa: ANN001
    mails, transport = smtp
    with store.begin() as conn:
        outbox.add_rule(conn, "event type=transfer party=KP", [{"webhook": receiver.url}, {"email": "ana@example.org"}])
    _ingest(store, ["a"])
    report = send_due(store, transport)
    assert len(report.sent) == 2 and not report.failed
    assert len(receiver.bodies) == 1 and len(mails) == 1
    body = receiver.bodies[0]
    assert body["event"]["actor"] == "KP" and body["event"]["recipient"] == "RU"
    assert mails[0]["To"] == "ana@example.org"
    assert "transfer KP → RU" in str(make_header(decode_header(mails[0]["Subject"])))
    _ingest(store, ["b"])  # the same event gains a source: no second alert
    assert send_due(store, transport).sent == []
    assert len(receiver.bodies) == 1 and len(mails) == 1


def test_failing_destination_is_retried_with_backoff_and_never_lost(store, receiver, smtp) -> None:  # noqa: ANN001
    _, transport = smtp
    with store.begin() as conn:
        outbox.add_rule(conn, "event party=KP", [{"webhook": receiver.url}])
    receiver.fail_next = 2
    _ingest(store, ["a"])
    first = send_due(store, transport)
    assert first.sent == [] and len(first.failed) == 1 and "503" in first.failed[0][1]
    assert send_due(store, transport).failed == []  # not due yet: backing off
    later = datetime.now(UTC) + timedelta(seconds=45)
    assert len(send_due(store, transport, now=later).failed) == 1  # second failure, backoff doubles
    with store.connect() as conn:
        (row,) = outbox.outbox(conn)
        assert row["status"] == "pending" and row["attempts"] == 2
    assert send_due(store, transport, now=later + timedelta(seconds=61)).sent == [row["id"]]
    assert len(receiver.bodies) == 1
    with store.connect() as conn:
        assert outbox.outbox(conn)[0]["status"] == "sent"


def test_sanctioned_party_and_new_designation_rules(store, receiver, smtp) -> None:  # noqa: ANN001
    t_screen = pytest.importorskip("armswatch.store.t_screen")
    _, transport = smtp
    with store.begin() as conn:
        outbox.add_rule(conn, "sanctioned", [{"webhook": receiver.url}])
        outbox.add_rule(conn, "designation list=un", [{"webhook": receiver.url}])
    _ingest(store, ["a", "c"])
    now = datetime.now(UTC).isoformat()
    with store.begin() as conn:
        conn.execute(t_screen.screen_matches.insert().values(
            document_id="c", name="Lazarus Group", name_key="lazarus group", schema="Organization",
            entity_id="un-kpe-xyz", caption="Lazarus Group", list="un", reference="KPe.000", programs="",
            score=0.95, match=True, explanations="{}", status="open", created_at=now))
        for version, entities in ((1, ["e1", "e2"]), (2, ["e1", "e2", "e3"])):
            sid = conn.execute(t_screen.list_snapshots.insert().values(
                source="un", publisher="UN", format="un-xml", origin="x", list_date=f"2024-0{version}-01",
                sha256=str(version) * 64, entries=len(entities), loaded_at=now, active=version == 2,
            )).inserted_primary_key[0]
            conn.execute(t_screen.list_entries.insert(), [
                {"snapshot_id": sid, "entity_id": e, "schema": "Person", "caption": f"Person {e}", "data": "{}"}
                for e in entities])
    assert len(send_due(store, transport).sent) == 2
    kinds = {b["kind"]: b for b in receiver.bodies}
    assert kinds["sanctioned"]["sanctioned"][0]["caption"] == "Lazarus Group"
    assert kinds["sanctioned"]["event"]["actor"] == "Lazarus Group"
    assert kinds["designation"]["entity_id"] == "e3"  # only the entry new in the latest version
    assert send_due(store, transport).sent == []


def test_try_rule_reports_each_destination(store, receiver, smtp) -> None:  # noqa: ANN001
    mails, transport = smtp
    with store.begin() as conn:
        rule = outbox.add_rule(conn, "event", [{"webhook": receiver.url}, {"email": "x@example.org"},
                                               {"webhook": "http://127.0.0.1:9/closed"}])
        with pytest.raises(InvalidRequest):
            outbox.add_rule(conn, "event", [{"webhook": "ftp://x"}], name="other")
    results = try_rule(rule, transport)
    assert [e is None for _, e in results] == [True, True, False]
    assert receiver.bodies[0]["kind"] == "test" and len(mails) == 1
