"""``lists update``: fetch the official lists from their publishers and swap each in atomically.

The URL table can be overridden with ``ARMSWATCH_LIST_URLS`` (JSON object or ``key=url,key=url``)
or ``--source key=url`` so tests point it at a local server.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from armswatch.exc import ArmswatchError
from armswatch.settings import Settings

# list key -> (format, URL)
DEFAULT_URLS: dict[str, tuple[str, str]] = {
    "un": ("un-xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
    "ofac-sdn": ("ofac-csv", "https://www.treasury.gov/ofac/downloads/sdn.csv"),
}
FORMAT_OF = {"un": "un-xml", "ofac-sdn": "ofac-csv", "ofac-cons": "ofac-xml", "uk": "uk-csv", "ca": "ca-xml",
             "opensanctions": None}
MAX_BYTES = 300 * 1024 * 1024


def fetch_bytes(url: str, settings: Settings) -> bytes:
    """Fetch a list file with the same safety rules as article URLs (address checks on every
    redirect, timeout, streamed size limit), allowing lists up to ``MAX_BYTES``."""
    from armswatch.ingestion.fetch import fetch

    list_settings = settings.with_(max_bytes=max(settings.max_bytes, MAX_BYTES),
                                   fetch_timeout=settings.fetch_timeout * 4)
    return fetch(url, list_settings).data


def url_table(overrides: list[str] | None = None,
              env: dict[str, str] | None = None) -> dict[str, tuple[str | None, str]]:
    table: dict[str, tuple[str | None, str]] = dict(DEFAULT_URLS)
    env = dict(os.environ if env is None else env)
    raw = env.get("ARMSWATCH_LIST_URLS", "").strip()
    pairs: list[tuple[str, str]] = []
    if raw.startswith("{"):
        pairs += list(json.loads(raw).items())
    elif raw:
        pairs += [tuple(p.split("=", 1)) for p in raw.split(",") if "=" in p]  # type: ignore[misc]
    pairs += [tuple(p.split("=", 1)) for p in overrides or [] if "=" in p]  # type: ignore[misc]
    if overrides or raw:
        table = {}  # an explicit table replaces the defaults
    for key, url in pairs:
        table[key.strip()] = (FORMAT_OF.get(key.strip()), url.strip())
    return table


@dataclass
class UpdateResult:
    source: str
    url: str
    status: str  # updated | unchanged | failed
    entries: int = 0
    error: ArmswatchError | None = None

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "url": self.url, "status": self.status, "entries": self.entries,
                "error": self.error.to_dict() if self.error else None}


def update(store: object, settings: Settings, overrides: list[str] | None = None) -> list[UpdateResult]:
    """Fetch every list of the table; a failure keeps that list's previous version in force."""
    from armswatch.screening.loaders import load_list
    from armswatch.store import screening

    folder = Path(settings.lists_dir or tempfile.mkdtemp(prefix="armswatch-lists-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for key, (fmt, url) in url_table(overrides).items():
        try:
            name = Path(urlsplit(url).path).name or f"{key}.dat"
            target = folder / key / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(fetch_bytes(url, settings))
            if fmt == "ofac-csv":  # add.csv / alt.csv sit beside sdn.csv at the publisher
                for side in ("add.csv", "alt.csv"):
                    try:
                        (target.parent / side).write_bytes(fetch_bytes(url.rsplit("/", 1)[0] + "/" + side, settings))
                    except ArmswatchError:
                        (target.parent / side).unlink(missing_ok=True)
            snap = load_list(target, fmt, source=key, settings=settings)
            with store.begin() as conn:  # type: ignore[attr-defined]
                _sid, changed = screening.save_snapshot(conn, snap)
            results.append(UpdateResult(key, url, "updated" if changed else "unchanged", len(snap.entries)))
        except ArmswatchError as exc:
            results.append(UpdateResult(key, url, "failed", error=exc))
    return results
