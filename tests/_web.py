"""Shared helpers for the web/API tests: a store loaded through the real pipeline, copied per test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from armswatch.ingestion.pipeline import ingest
from armswatch.settings import Settings
from armswatch.store.db import open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
HOSTILE = ROOT / "tests" / "fixtures" / "web" / "hostile.jsonl"
BASE = "http://127.0.0.1"


def build_demo_db(path: Path) -> Path:
    """Ingest the examples and the hostile fixture articles into a new SQLite file."""
    settings = Settings.from_env(env={}, db_url="sqlite:///" + str(path))
    store = open_store(settings)
    summary = ingest([str(HOSTILE), str(EXAMPLES)], store, settings)
    assert summary.failed == 0, summary.to_dict()
    store.close()
    return path


def copy_db(source: Path, target_dir: Path) -> Path:
    """Copy through SQLite's backup API, which reads committed pages still in the WAL file too."""
    target = target_dir / "web.db"
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def client_for(db: Path, token: str | None = None, host: str = "127.0.0.1", **kw: object) -> TestClient:
    from armswatch.serve.app import create_app

    settings = Settings.from_env(env={}, db_url="sqlite:///" + str(db), token=token)
    app = create_app(settings, host=host, **kw)  # type: ignore[arg-type]
    return TestClient(app, base_url=BASE)
