"""Plain text: the first line is the headline when it looks like one (short, no final
full stop, followed by a blank line); a "By …" line gives the byline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from corroborate.ingest.build import make_article
from corroborate.types import Article

_BYLINE = re.compile(r"^\s*By\s+([A-Z][^\n]{1,80})$")


def split_headline(text: str) -> tuple[str | None, str]:
    """``(headline, body)``; the body is the text after the headline, verbatim."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n", 2)
    first = lines[0].strip()
    looks_like_headline = (
        0 < len(first) <= 200
        and not first.endswith((".", ",", ";", ":"))
        and len(lines) >= 2
        and (lines[1].strip() == "" or len(first.split()) <= 20)
    )
    if not looks_like_headline:
        return None, stripped
    body = stripped[len(lines[0]) + 1 :]
    body = body.lstrip("\r\n")
    return first, body


def read_text(text: str, *, item: str, fmt: str = "text") -> Iterator[Article]:
    title, body = split_headline(text)
    byline = None
    for line in body.split("\n", 3)[:3]:
        match = _BYLINE.match(line)
        if match:
            byline = match.group(1).strip()
            break
    yield make_article(body, item=item, fmt=fmt, title=title, byline=byline)
