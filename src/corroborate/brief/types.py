"""Typed brief of one story: what a reader gets, every sentence with its citations."""

from __future__ import annotations

from typing import Literal

from corroborate.compare.types import Cite, DateGroup, NumberGroup, QuoteGroup
from corroborate.types import Frozen

BRIEF_SCHEMA = 1


class SummarySentence(Frozen):
    text: str
    citations: tuple[Cite, ...]
    """Every article that supports the sentence (and only those), with the supporting
    sentence's span in each."""
    independent_count: int = 0


class KeyPerson(Frozen):
    name: str
    roles: tuple[str, ...] = ()
    articles: int = 0


class TimelineEvent(Frozen):
    date: str
    """Resolved ISO date (day, month or year)."""
    text: str
    cite: Cite


class SourceRow(Frozen):
    article: str
    outlet: str | None
    title: str | None
    published: str | None
    source_id: str | None = None
    role: Literal["original", "copy", "rewrite", "independent", "derived"] = "independent"
    of: str | None = None
    """For a copy or rewrite: the id of its original; for ``derived``: the wire named."""
    url: str | None = None


class Brief(Frozen):
    story_id: str
    version: str
    headline: str
    summary: tuple[SummarySentence, ...] = ()
    people: tuple[KeyPerson, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    differences_quotes: tuple[QuoteGroup, ...] = ()
    differences_numbers: tuple[NumberGroup, ...] = ()
    differences_dates: tuple[DateGroup, ...] = ()
    """Statements that sources date differently (the bridge closed on Tuesday / on Wednesday)."""
    single_outlet_facts: tuple[SummarySentence, ...] = ()
    numbers: tuple[NumberGroup, ...] = ()
    sources: tuple[SourceRow, ...] = ()
    independent_sources: int = 0
