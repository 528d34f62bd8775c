"""JSON articles: news-please / newspaper-style objects, arrays of them, and JSONL
(one article per line; fields ``id, title, text, published, outlet, url``, extras kept)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from corroborate.errors import InputError, MalformedInput
from corroborate.ingest.build import make_article
from corroborate.types import Article, ItemError

# Field aliases, first match wins. news-please: maintext, date_publish, source_domain, authors.
TEXT_KEYS = ("text", "maintext", "body", "content", "article_text", "articleBody")
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "title_page", "title_rss"),
    "published": ("published", "date_publish", "publish_date", "published_at", "date", "datePublished", "pubDate"),
    "outlet": ("outlet", "source", "source_domain", "site_name", "sitename", "publisher"),
    "url": ("url", "link", "canonical_url"),
    "byline": ("byline", "author", "authors"),
    "source_id": ("id", "_id", "uuid", "guid"),
    "language": ("language", "lang"),
}
_KNOWN = set(TEXT_KEYS) | {k for keys in FIELDS.values() for k in keys}


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", []):
            return value
    return None


def article_from_object(obj: Any, *, item: str, fmt: str) -> Article:
    if not isinstance(obj, dict):
        raise MalformedInput(f"expected a JSON object for an article, got {type(obj).__name__}", item=item)
    text = _first(obj, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        keys = ", ".join(sorted(obj)[:8]) or "none"
        raise MalformedInput(
            f"JSON object has no article text (looked for {', '.join(TEXT_KEYS[:3])}; keys: {keys})",
            item=item,
        )
    outlet = _first(obj, FIELDS["outlet"])
    if isinstance(outlet, dict):
        outlet = outlet.get("name")
    extra = {
        k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
        for k, v in obj.items()
        if k not in _KNOWN and v not in (None, "", [], {})
    }
    return make_article(
        text,
        item=item,
        fmt=fmt,
        title=_first(obj, FIELDS["title"]),
        outlet=outlet,
        url=_first(obj, FIELDS["url"]),
        byline=_first(obj, FIELDS["byline"]),
        published=_first(obj, FIELDS["published"]),
        source_id=_first(obj, FIELDS["source_id"]),
        language=_first(obj, FIELDS["language"]),
        extra=extra,
    )


def read_json(text: str, *, item: str) -> Iterator[tuple[str | None, Article | ItemError]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            + ("" if text.rstrip().endswith(("}", "]")) else " (the file looks truncated)"),
            item=item,
        ) from exc
    if isinstance(data, list):
        for index, obj in enumerate(data):
            locator = f"[{index}]"
            try:
                yield locator, article_from_object(obj, item=f"{item}#{locator}", fmt="json")
            except InputError as exc:
                yield locator, ItemError(item=f"{item}#{locator}", code=exc.code, reason=exc.reason)
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        yield from read_json(json.dumps(data["articles"]), item=item)
        return
    yield None, article_from_object(data, item=item, fmt="json")


def read_jsonl(text: str, *, item: str) -> Iterator[tuple[str | None, Article | ItemError]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        locator = f"line {number}"
        where = f"{item}#{locator}"
        try:
            obj = json.loads(line)
            yield locator, article_from_object(obj, item=where, fmt="jsonl")
        except json.JSONDecodeError as exc:
            yield locator, ItemError(
                item=where,
                code=MalformedInput.code,
                reason=f"invalid JSON at column {exc.colno}: {exc.msg}",
            )
        except InputError as exc:
            yield locator, ItemError(item=where, code=exc.code, reason=exc.reason)
