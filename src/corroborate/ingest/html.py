"""HTML pages: main text and metadata through trafilatura, plus the page's own meta tags
(full publish time with timezone, site name, canonical URL, photo credits)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from corroborate.errors import MalformedInput
from corroborate.ingest.build import make_article
from corroborate.types import Article

_META_KEYS = {
    "published": (
        "article:published_time",
        "og:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "dcterms.created",
        "sailthru.date",
    ),
    "outlet": ("og:site_name", "application-name", "publisher"),
    "title": ("og:title", "twitter:title", "headline"),
    "byline": ("author", "article:author", "byl", "dc.creator"),
    "url": ("og:url",),
}


def _meta(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip()
        value = (node.get("content") or "").strip()
        if key and value:
            found.setdefault(key.lower(), value)
    for node in tree.iter("link"):
        if (node.get("rel") or "").lower() == "canonical" and node.get("href"):
            found.setdefault("canonical", node.get("href").strip())
    for node in tree.iter("time"):
        if node.get("datetime"):
            found.setdefault("time", node.get("datetime").strip())
            break
    return found


def _pick(meta: dict[str, str], field: str) -> str | None:
    for key in _META_KEYS[field]:
        if key.lower() in meta:
            return meta[key.lower()]
    return None


_PHOTO = re.compile(r"(?:photo|image|picture)|/\s*[A-Z]", re.IGNORECASE)


def _photo_credits(tree) -> list[str]:
    credits = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if text and _PHOTO.search(text):
            credits.append(text)
    return credits


def read_html(text: str, *, item: str, url: str | None = None, fmt: str = "html") -> Iterator[Article]:
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise MalformedInput(f"HTML could not be parsed: {exc}", item=item) from exc
    meta = _meta(tree)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            text, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise MalformedInput(
            "no main text found in the HTML (trafilatura extracted nothing: "
            "an empty, broken or non-article page)",
            item=item,
        )
    title = _pick(meta, "title") or getattr(doc, "title", None)
    if title is None:
        node = tree.find(".//title")
        title = node.text_content().strip() if node is not None else None
    # trafilatura repeats the headline as the first line: keep the body only.
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title.strip() and len(lines) > 1:
        body = "\n".join(lines[1:]).lstrip("\n")
    photos = _photo_credits(tree)
    yield make_article(
        body,
        item=item,
        fmt=fmt,
        title=title,
        outlet=_pick(meta, "outlet") or getattr(doc, "sitename", None),
        url=url or meta.get("canonical") or _pick(meta, "url") or getattr(doc, "url", None),
        byline=_pick(meta, "byline") or getattr(doc, "author", None),
        published=_pick(meta, "published") or meta.get("time") or getattr(doc, "date", None),
        language=getattr(doc, "language", None) or tree.get("lang"),
        extra={"photo_credits": " | ".join(photos)} if photos else None,
    )
