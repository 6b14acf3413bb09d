"""Add reports (paste, upload, URLs/feeds): validate, stage to files, start an ingest job."""

from __future__ import annotations

import re
from typing import Any

from armswatch.exc import InvalidRequest, TooLarge, UnsupportedInput
from armswatch.ingestion.sources import KNOWN_SUFFIXES
from armswatch.serve.jobs import Job, Jobs, stage_files
from armswatch.serve.security import safe_url

MAX_FILES = 20
MAX_URLS = 50
NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str) -> str:
    base = NAME.sub("_", (name or "upload").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip("._") or "upload"
    return base[-80:]


def paste_file(text: str, title: str | None, url: str | None, published: str | None) -> bytes:
    """Pasted text as a text article; metadata goes in the header lines the text reader understands."""
    if not text or not text.strip():
        raise InvalidRequest("paste the article text")
    head = []
    for key, value in (("URL", url), ("DATE", published), ("TITLE", title)):
        value = (value or "").strip().replace("\n", " ")
        if value:
            if key == "URL" and not safe_url(value):
                raise InvalidRequest("the article URL must be http(s)")
            head.append(f"{key}: {value}")
    body = ("\n".join(head) + "\n\n" if head else "") + text.strip() + "\n"
    return body.encode("utf-8")


def check_upload(name: str, data: bytes, max_bytes: int) -> tuple[str, bytes]:
    clean = safe_name(name)
    suffix = "." + clean.rsplit(".", 1)[-1].lower() if "." in clean else ""
    if suffix not in KNOWN_SUFFIXES:
        raise UnsupportedInput(f"{clean}: only {', '.join(sorted(KNOWN_SUFFIXES))} files are accepted")
    if len(data) > max_bytes:
        raise TooLarge(f"{clean}: larger than the {max_bytes}-byte limit")
    if not data.strip():
        raise InvalidRequest(f"{clean}: the file is empty")
    return clean, data


def check_urls(urls: list[str]) -> list[str]:
    out = [u.strip() for u in urls if u and u.strip()]
    if len(out) > MAX_URLS:
        raise InvalidRequest(f"at most {MAX_URLS} URLs at a time")
    for u in out:
        if not safe_url(u):
            raise InvalidRequest(f"not an http(s) URL: {u[:100]}")
    return out


def start(jobs: Jobs, text: str | None = None, title: str | None = None, url: str | None = None,
          published: str | None = None, urls: list[str] | None = None,
          files: list[tuple[str, bytes]] | None = None) -> Job:
    """Start one job for everything submitted together; raises before starting if any part is invalid."""
    staged: list[tuple[str, bytes]] = []
    if text and text.strip():
        staged.append(("pasted.txt", paste_file(text, title, url, published)))
    files = files or []
    if len(files) > MAX_FILES:
        raise InvalidRequest(f"at most {MAX_FILES} files at a time")
    staged += [check_upload(n, d, jobs.settings.max_bytes) for n, d in files]
    links = check_urls(urls or [])
    if not staged and not links:
        raise InvalidRequest("nothing to add: paste text, choose files or give URLs")
    workdir, paths = stage_files(staged) if staged else (None, [])
    label = ", ".join([n for n, _ in staged] + links)[:200]
    return jobs.start(label, paths + links, len(paths) + len(links), workdir)


async def read_upload(upload: Any, max_bytes: int) -> tuple[str, bytes]:
    """Read an UploadFile, stopping one byte past the limit."""
    data = await upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"{safe_name(upload.filename or '')}: larger than the {max_bytes}-byte limit")
    return upload.filename or "upload", data
