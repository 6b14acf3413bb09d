"""HTML pages: main text without page furniture, plus metadata (trafilatura)."""

from __future__ import annotations

from typing import Any

from armswatch.exc import EmptyInput, MalformedInput
from armswatch.ingestion.raw import RawArticle

# A page whose main text is shorter than this is navigation, not an article.
MIN_ARTICLE_CHARS = 80


def parse_html(content: str, origin: str, url: str | None = None) -> RawArticle:
    """Extract the article body and its metadata from an HTML page.

    Navigation, cookie banners, 'Read more' lists, share prompts and captions
    are dropped by trafilatura's boilerplate removal; tables and comments are
    left out too.
    """
    import trafilatura

    if "<" not in content:
        raise MalformedInput("not an HTML document", where=origin)
    try:
        result: Any = trafilatura.bare_extraction(
            content,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise MalformedInput(f"cannot parse HTML: {exc.__class__.__name__}", where=origin) from exc
    if result is None:
        raise EmptyInput("no article text found in the HTML page", where=origin)
    data = result if isinstance(result, dict) else result.as_dict()
    text = (data.get("text") or "").strip()
    if len(text) < MIN_ARTICLE_CHARS:
        raise EmptyInput(f"no article text found in the HTML page ({len(text)} characters)", where=origin)
    return RawArticle(
        text=text,
        origin=origin,
        content_type="text/html",
        title=data.get("title") or None,
        url=url or data.get("url") or None,
        outlet=data.get("sitename") or None,
        author=data.get("author") or None,
        published=data.get("date") or None,
        raw=content,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries), scripts and styles dropped."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # broken fragment: fall back to the raw text
        return fragment.strip()
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    blocks = []
    for node in tree.iter():
        if node.tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4") and node.tail is None:
            node.tail = "\n"
    blocks.append(tree.text_content())
    return "\n".join(line.strip() for line in "".join(blocks).split("\n") if line.strip())
