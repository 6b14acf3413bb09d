"""`watch`: conditional GET and seen ids, against a real local server."""

from __future__ import annotations

from armswatch.ingestion.watch import parse_interval, poll_feed
from armswatch.settings import Settings

BODY = "A long enough feed entry about sanctions designations announced by the Treasury today. " * 4


def feed(*items: str) -> str:
    entries = "".join(
        f"<item><title>{i}</title><guid>{i}</guid><link>https://feed.example/{i}</link>"
        f"<description>{BODY} {i}</description></item>" for i in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{entries}</channel></rss>'


def test_each_item_ingested_once_and_etag_sent(store, http_server) -> None:  # noqa: ANN001
    settings = Settings.from_env(env={}, allow_private=True, extract=False, screen=False, assess=False)
    url = http_server.serve("/feed.xml", feed("a", "b"), "application/rss+xml", headers={"ETag": '"v1"'})
    outcomes: list = []
    assert poll_feed(url, store, settings, outcomes.append) == 0
    assert [o.status for o in outcomes] == ["stored", "stored"]

    def conditional(handler) -> tuple[int, dict[str, str], bytes]:  # noqa: ANN001
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {}, b""
        return 200, {"Content-Type": "application/rss+xml"}, feed("a", "b").encode()

    http_server.routes["/feed.xml"] = conditional
    outcomes.clear()
    poll_feed(url, store, settings, outcomes.append)
    assert outcomes == [] and http_server.requests[-1][1].get("If-None-Match") == '"v1"'

    http_server.serve("/feed.xml", feed("a", "b", "c"), "application/rss+xml", headers={"ETag": '"v2"'})
    poll_feed(url, store, settings, outcomes.append)
    assert [(o.status, o.title) for o in outcomes] == [("stored", "c")]  # only the new item


def test_teaser_items_fetch_their_page(store, http_server) -> None:  # noqa: ANN001
    settings = Settings.from_env(env={}, allow_private=True, extract=False, screen=False, assess=False)
    page = http_server.serve("/p1.html", "<html><head><title>Page one</title></head><body><article><p>"
                             + BODY + "</p></article></body></html>")
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Teaser</title>'
           f"<guid>t1</guid><link>{page}</link><description>Short teaser.</description></item></channel></rss>")
    url = http_server.serve("/teasers.xml", rss, "application/rss+xml")
    outcomes: list = []
    assert poll_feed(url, store, settings, outcomes.append) == 0
    assert [o.status for o in outcomes] == ["stored"]


def test_broken_feed_counts_as_failed(store, http_server) -> None:  # noqa: ANN001
    settings = Settings.from_env(env={}, allow_private=True, extract=False, screen=False, assess=False)
    url = http_server.serve("/broken.xml", "<?xml version='1.0'?><rss><channel><item><title>x</ti",
                            "application/rss+xml")
    outcomes: list = []
    assert poll_feed(url, store, settings, outcomes.append) == 1
    assert outcomes[0].status == "failed" and "broken feed" in str(outcomes[0].error)


def test_parse_interval() -> None:
    assert (parse_interval("15m"), parse_interval("30s"), parse_interval("2h"), parse_interval("90")) == (
        900, 30, 7200, 90)
