"""Fetching URLs safely: address checks, timeouts, size and content-type limits."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from armswatch.exc import BlockedAddress, FetchError, FetchTimeout, TooLarge, UnsupportedInput
from armswatch.settings import Settings

ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
    "application/xml", "text/xml", "application/json", "application/x-ndjson", "application/jsonl",
    "text/csv", "application/octet-stream",
)
MAX_REDIRECTS = 5
# Note: httpx counts 304 Not Modified as a redirect; redirects are matched explicitly here.


@dataclass
class Fetched:
    url: str  # final URL after redirects
    content_type: str
    data: bytes
    charset: str | None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def check_address(url: str, allow_private: bool) -> None:
    """Refuse URLs whose host resolves to a private, loopback, link-local or reserved address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http(s) URLs can be fetched, not {parts.scheme or 'no scheme'!r}", where=url)
    if not parts.hostname:
        raise FetchError("URL has no host", where=url)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host: {exc.strerror}", where=url) from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if (address.is_private or address.is_loopback or address.is_link_local or address.is_reserved
                or address.is_multicast or address.is_unspecified):
            raise BlockedAddress(
                f"refusing to fetch {address} (private, loopback or link-local); use --allow-private",
                where=url,
            )


def fetch(url: str, settings: Settings, etag: str | None = None, last_modified: str | None = None) -> Fetched:
    """GET a URL, following redirects only to addresses that pass the same check."""
    import httpx

    headers = {"User-Agent": settings.user_agent, "Accept": ", ".join(ACCEPTED_TYPES[:8]) + ";q=0.9, */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = httpx.Timeout(settings.fetch_timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_address(current, settings.allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    return _read(response, current, settings.max_bytes)
            except httpx.TimeoutException as exc:
                raise FetchTimeout(f"timed out after {settings.fetch_timeout:g}s", where=current) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{exc.__class__.__name__}: {exc}", where=current) from exc
    raise FetchError(f"more than {MAX_REDIRECTS} redirects", where=url)


def _read(response: object, url: str, max_bytes: int) -> Fetched:
    import httpx

    assert isinstance(response, httpx.Response)
    if response.status_code == 304:
        return Fetched(url, "", b"", None, not_modified=True,
                       etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
    if response.status_code >= 400:
        raise FetchError(f"HTTP {response.status_code}", where=url)
    content_type = response.headers.get("content-type", "application/octet-stream")
    mime = content_type.split(";")[0].strip().lower()
    if mime not in ACCEPTED_TYPES:
        raise UnsupportedInput(f"unsupported content type {mime!r}", where=url)
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"{declared} bytes exceeds the {max_bytes}-byte limit", where=url)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"more than the {max_bytes}-byte limit", where=url)
        chunks.append(chunk)
    return Fetched(url, mime, b"".join(chunks), response.charset_encoding,
                   etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
