"""URL fetching against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from armswatch.exc import BlockedAddress, FetchError, FetchTimeout, TooLarge, UnsupportedInput
from armswatch.ingestion.fetch import check_address
from armswatch.ingestion.raw import RawArticle
from armswatch.ingestion.sources import read_source
from armswatch.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ALLOW = Settings.from_env(env={}, allow_private=True, fetch_timeout=2.0)
DENY = Settings.from_env(env={}, fetch_timeout=2.0)


def one(url: str, settings: Settings = ALLOW) -> object:
    items = list(read_source(url, settings))
    assert len(items) == 1, items
    return items[0]


def test_html_page_over_http(http_server) -> None:  # noqa: ANN001
    url = http_server.serve("/story.html", (FIXTURES / "page.html").read_text())
    item = one(url)
    assert isinstance(item, RawArticle) and item.url == url and "Tumangang" in item.text


def test_loopback_refused_without_allow_private(http_server) -> None:  # noqa: ANN001
    url = http_server.serve("/story.html", (FIXTURES / "page.html").read_text())
    item = one(url, DENY)
    assert isinstance(item, BlockedAddress) and "--allow-private" in str(item)
    assert not http_server.requests  # nothing was sent


@pytest.mark.parametrize("url", ["http://10.1.2.3/x", "http://169.254.169.254/latest", "http://[::1]/x",
                                 "http://192.168.0.1/", "http://0.0.0.0/"])
def test_private_and_link_local_addresses_refused(url: str) -> None:
    with pytest.raises(BlockedAddress):
        check_address(url, allow_private=False)


def test_non_http_scheme_refused() -> None:
    with pytest.raises(FetchError):
        check_address("file:///etc/passwd", allow_private=True)


def test_redirect_to_loopback_is_checked_again(http_server) -> None:  # noqa: ANN001
    target = http_server.serve("/inner.html", (FIXTURES / "page.html").read_text())
    http_server.routes["/go"] = (302, {"Location": target}, b"")
    assert isinstance(one(http_server.url("/go")), RawArticle)  # allowed when private is allowed
    with pytest.raises(BlockedAddress):
        check_address(target, allow_private=False)


def test_http_error_status(http_server) -> None:  # noqa: ANN001
    item = one(http_server.url("/missing"))
    assert isinstance(item, FetchError) and "HTTP 404" in str(item) and "/missing" in str(item)


def test_unsupported_content_type(http_server) -> None:  # noqa: ANN001
    url = http_server.serve("/image.png", b"\x89PNG", content_type="image/png")
    assert isinstance(one(url), UnsupportedInput)


def test_size_limit_applies_while_streaming(http_server) -> None:  # noqa: ANN001
    url = http_server.serve("/big.txt", "x" * 50_000, content_type="text/plain")
    assert isinstance(one(url, ALLOW.with_(max_bytes=10_000)), TooLarge)


def test_timeout(http_server) -> None:  # noqa: ANN001
    def slow(_handler: object) -> tuple[int, dict[str, str], bytes]:
        time.sleep(1.5)
        return 200, {"Content-Type": "text/plain"}, b"late"

    http_server.routes["/slow"] = slow
    item = one(http_server.url("/slow"), ALLOW.with_(fetch_timeout=0.3))
    assert isinstance(item, FetchTimeout) and "/slow" in str(item)


def test_unreachable_host() -> None:
    item = one("http://127.0.0.1:9/nothing-listens-here")
    assert isinstance(item, FetchError)
