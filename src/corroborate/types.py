"""Typed stage outputs shared by every stage. Frozen pydantic models: serialisable to JSON,
validated on load, and versioned through ``schema`` fields where they are stored.

Character offsets (``start``, ``end``) always index into ``Article.text`` as stored, as
Python string indices (code points), end exclusive.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ARTICLE_SCHEMA = 1


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Frozen):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def of(self, text: str) -> str:
        return text[self.start : self.end]


CreditKind = Literal["copyright", "dateline", "contributed", "photo", "reporting", "byline_agency"]


class Credit(Frozen):
    """A credit found in the article text: kept in the text, marked by its span."""

    kind: CreditKind
    start: int
    end: int
    text: str
    agency: str | None = None
    """Normalised wire or agency name when one is named (e.g. "Reuters", "Associated Press")."""


class Article(Frozen):
    """One article as read. ``text`` is the body verbatim as read: offsets stay valid."""

    id: str
    """Content hash of the normalised title and body (see :func:`content_id`)."""
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: str | None = None
    """ISO 8601; timezone-aware where the source gave one."""
    source_id: str | None = None
    """The caller's own id, when the input carried one."""
    language: str | None = None
    format: str = "text"
    credits: tuple[Credit, ...] = ()
    extra: dict[str, str] = Field(default_factory=dict)
    """Extra input fields kept as strings (e.g. a JSONL ``section``)."""

    @property
    def published_dt(self) -> datetime | None:
        if not self.published:
            return None
        try:
            return datetime.fromisoformat(self.published)
        except ValueError:
            return None

    @property
    def label(self) -> str:
        """Short human label: outlet and title."""
        return f"{self.outlet or '?'}: {self.title or self.id}"


_WS = re.compile(r"\s+")


def normalise_for_hash(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def content_id(title: str | None, text: str, publisher: str | None = None) -> str:
    """Content hash id: the same title and body (up to whitespace, case and Unicode
    normalisation) from the same publisher gives the same id whatever file or format it
    came from. The same wire story word for word on two outlets is two articles (a
    verbatim copy, and who published it first, are findings), so the publisher (ingest
    passes the URL's host, else the outlet) is hashed too when it is known; without one the
    id is the title and body's alone, as it always was."""
    digest = hashlib.sha256()
    digest.update(normalise_for_hash(title or "").encode())
    digest.update(b"\x00")
    digest.update(normalise_for_hash(text).encode())
    if publisher:
        digest.update(b"\x00")
        digest.update(normalise_for_hash(publisher).encode())
    return "a" + digest.hexdigest()[:15]


class Origin(Frozen):
    """Where an article was read from: a path, an URL, ``-`` for stdin, with a locator
    for records inside a container (JSONL line, feed entry, WARC record)."""

    path: str
    locator: str | None = None
    format: str

    def __str__(self) -> str:
        return f"{self.path}#{self.locator}" if self.locator else self.path


class ItemError(Frozen):
    """One item that could not be read, recorded with its reason."""

    item: str
    code: str
    reason: str
