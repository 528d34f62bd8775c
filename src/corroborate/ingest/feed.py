"""RSS 2.0 / RSS 1.0 / Atom feeds: one article per entry, full content where the feed has
it (content:encoded, Atom content), else the summary."""

from __future__ import annotations

import re
from collections.abc import Iterator

from corroborate.errors import InputError, UnsupportedFormat
from corroborate.ingest.build import make_article
from corroborate.types import Article, ItemError

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "pre", "tr"}


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph a line (feeds carry fragments, not pages)."""
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and node.tag.lower() == "br":
            parts.append("\n")
        elif node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
            if isinstance(child.tag, str) and child.tag.lower() in _BLOCKS:
                parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(root)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _root_name(text: str) -> str:
    match = re.search(r"<(?!\?|!)([A-Za-z_][\w:.-]*)", text)
    return match.group(1) if match else "?"


def read_feed(text: str, *, item: str) -> Iterator[tuple[str | None, Article | ItemError]]:
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.get("version") and not parsed.entries:
        root = _root_name(text)
        raise UnsupportedFormat(
            f"XML but not an RSS or Atom feed (root element <{root}>)", item=item
        )
    outlet = parsed.feed.get("title") or None
    if not parsed.entries:
        raise UnsupportedFormat("feed has no entries", item=item)
    for index, entry in enumerate(parsed.entries):
        locator = entry.get("id") or entry.get("link") or f"entry {index + 1}"
        where = f"{item}#{locator}"
        try:
            html = ""
            if entry.get("content"):
                html = max((c.get("value", "") for c in entry.content), key=len)
            if not html:
                html = entry.get("summary", "") or entry.get("description", "")
            published = entry.get("published") or entry.get("updated") or entry.get("created")
            yield locator, make_article(
                fragment_text(html),
                item=where,
                fmt="feed",
                title=entry.get("title"),
                outlet=outlet,
                url=entry.get("link"),
                byline=entry.get("author"),
                published=published,
                source_id=entry.get("id"),
                language=parsed.feed.get("language"),
            )
        except InputError as exc:
            yield locator, ItemError(item=where, code=exc.code, reason=exc.reason)
