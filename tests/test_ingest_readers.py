"""Readers: text headers, HTML boilerplate removal, feeds, JSON Lines, dispatch and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from armswatch.exc import ArmswatchError, BinaryInput, EmptyInput, MalformedInput, TooLarge
from armswatch.ingestion.build import build_document, outlet_from_url
from armswatch.ingestion.raw import RawArticle
from armswatch.ingestion.sources import read_source
from armswatch.ingestion.text import parse_text
from armswatch.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = Settings.from_env(env={}, db_url="sqlite:///:memory:")


def read(path: Path | str, settings: Settings = SETTINGS) -> list[RawArticle | ArmswatchError]:
    return list(read_source(str(path), settings))


def test_text_header_block_is_metadata_and_body_is_text() -> None:
    raw = parse_text("URL: https://www.example.org/x\nDATE: 2025-03-20\nTITLE: A title\n\nBody line one.\n", "f.txt")
    assert (raw.url, raw.published, raw.title, raw.text) == ("https://www.example.org/x", "2025-03-20",
                                                             "A title", "Body line one.")


def test_text_without_header_keeps_first_line_as_body() -> None:
    raw = parse_text("URL is not a header here because no colon follows\n\nSecond paragraph.", "f.txt")
    assert raw.url is None and raw.text.startswith("URL is not a header")


def test_dev_corpus_article_metadata(dev_corpus: Path) -> None:
    [raw] = read(dev_corpus / "articles" / "dev01.txt")
    doc = build_document(raw)
    assert doc.published == "2025-03-20T00:00:00+00:00" and doc.date_precision == "day"
    assert doc.outlet == "cambarysu.com" and doc.language == "en"
    assert not doc.text.startswith("URL:")


def test_html_page_drops_furniture_and_keeps_metadata() -> None:
    [raw] = read(FIXTURES / "page.html")
    assert isinstance(raw, RawArticle)
    assert "Tumangang rail crossing" in raw.text and "Seoul" in raw.text
    for furniture in ("Accept all cookies", "Read more", "freight tariffs", "Follow us", "All rights reserved",
                      "window.tracking", "Photo caption"):
        assert furniture not in raw.text
    assert raw.title and raw.title.startswith("Envoys say artillery shipments")
    assert raw.author == "Mira Okafor"
    doc = build_document(raw)
    assert doc.published and doc.published.startswith("2024-02-14")


def test_same_content_gets_same_id_regardless_of_spacing() -> None:
    a = build_document(RawArticle(text="North Korea  shipped shells.\r\n", origin="a"))
    b = build_document(RawArticle(text="North Korea shipped shells.", origin="b"))
    assert a.id == b.id and len(a.id) == 16


@pytest.mark.parametrize("url,outlet", [("https://www.reuters.com/world/x", "reuters.com"),
                                        ("http://edition.cnn.com/a", "edition.cnn.com"), (None, None)])
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_jsonl_good_and_bad_lines_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"url": "https://a.example/1", "title": "One", "published": "2024-05-01", "text": "First article body."}\n'
        "{not json\n"
        "\n"
        '{"title": "no text"}\n'
        '["a list"]\n'
        '{"url": "https://b.example/2", "text": "Second article body.", "outlet": "Given Outlet"}\n',
        encoding="utf-8",
    )
    items = read(path)
    errors = [i for i in items if isinstance(i, ArmswatchError)]
    articles = [i for i in items if isinstance(i, RawArticle)]
    assert [a.title for a in articles] == ["One", None]
    assert articles[1].outlet == "Given Outlet"
    assert [(e.line, type(e)) for e in errors] == [(2, MalformedInput), (4, EmptyInput), (5, MalformedInput)]
    assert str(errors[0]).startswith(f"{path}:2: invalid JSON")


def test_rss_feed_with_full_items(tmp_path: Path) -> None:
    body = "Paragraph about a shipment of drones reported by officials. " * 6
    path = tmp_path / "feed.rss"
    path.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Item one</title><link>https://news.example/one</link><guid>one</guid>
<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>{body}</p>]]></description></item>
<item><title>Item two</title><link>https://news.example/two</link><guid>two</guid>
<description>{body} second</description></item></channel></rss>""", encoding="utf-8")
    items = read(path)
    assert [i.title for i in items] == ["Item one", "Item two"]  # type: ignore[union-attr]
    first = build_document(items[0])  # type: ignore[arg-type]
    assert first.published == "2024-05-14T10:00:00+00:00" and first.outlet == "news.example"
    assert "<p>" not in first.text


def test_atom_feed(tmp_path: Path) -> None:
    text = "An Atom entry describing a sanctions designation by the Treasury in some detail. " * 4
    path = tmp_path / "feed.atom"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>A</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title>E</title><id>urn:e1</id><link href="https://atom.example/e1"/><updated>2024-01-02T00:00:00Z</updated>
<content type="html">{text}</content></entry></feed>""", encoding="utf-8")
    [item] = read(path)
    assert isinstance(item, RawArticle) and item.item_id == "urn:e1" and "Treasury" in item.text


@pytest.mark.parametrize("name,content,error", [
    ("empty.txt", b"", EmptyInput),
    ("blank.txt", b"   \n\n  ", EmptyInput),
    ("junk.txt", bytes(range(256)) * 4, BinaryInput),
    ("latin1.txt", "caf\u00e9 na\u00efve".encode("latin-1"), MalformedInput),
    ("broken.rss", b"<?xml version='1.0'?><rss><channel><item><title>x</titl", MalformedInput),
    ("header-only.txt", b"URL: https://x.example\nTITLE: t\n\n", EmptyInput),
    ("nothing.html", b"<html><body><nav>Home</nav></body></html>", EmptyInput),
])
def test_bad_files_give_one_clear_error_naming_the_file(tmp_path: Path, name: str, content: bytes,
                                                       error: type) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [item] = read(path)
    assert isinstance(item, error), item
    assert str(path) in str(item)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    [item] = read(path, SETTINGS.with_(max_bytes=1000))
    assert isinstance(item, TooLarge) and str(path) in str(item)


def test_missing_path_is_an_error() -> None:
    [item] = read("/nonexistent/armswatch/file.txt")
    assert isinstance(item, ArmswatchError) and "no such file" in str(item)


def test_folder_is_read_recursively_and_skips_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Alpha article text.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Beta article text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    items = read(tmp_path)
    assert sorted(i.text for i in items) == ["Alpha article text.", "Beta article text."]  # type: ignore[union-attr]
