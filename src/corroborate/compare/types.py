"""Typed output of the comparison of a story's sources (:class:`StoryComparison`).

Every member points into the stored text of its article (``article`` id + ``start``/``end``).
"""

from __future__ import annotations

from typing import Literal

from corroborate.types import Frozen

COMPARISON_SCHEMA = 1

QuoteLabel = Literal["verbatim", "cosmetic", "trimmed", "altered", "paraphrase_as_quote", "single_source"]
NumberLabel = Literal["agree", "agree_rounding", "agree_conversion", "conflict", "single_source"]
DateLabel = Literal["agree", "conflict", "unresolved", "single_source"]


class Cite(Frozen):
    """A span of one article: the evidence behind a finding."""

    article: str
    start: int
    end: int
    text: str
    outlet: str | None = None


class WordDiff(Frozen):
    """Word-level difference of a quote version against the group's reference version."""

    op: Literal["equal", "insert", "delete", "replace"]
    ref: str = ""
    other: str = ""


class QuoteVersion(Frozen):
    cite: Cite
    """The quoted passage. For a quote split around its cue (“A,” she said. “B.”) whose
    pieces are in one group: from its first piece to its last, the cue included."""
    label: QuoteLabel
    words: str = ""
    """The quoted words as written (the pieces of a split quote joined by "…")."""
    """How this version relates to the group's reference (first published) version."""
    diff: tuple[WordDiff, ...] = ()


class QuoteGroup(Frozen):
    id: str
    speaker: str
    label: QuoteLabel
    """Worst label over the group's versions (altered > paraphrase_as_quote > trimmed >
    cosmetic > verbatim), or single_source."""
    reference: Cite
    versions: tuple[QuoteVersion, ...]
    reason: str
    outlets: tuple[str, ...] = ()


class NumberMember(Frozen):
    cite: Cite
    label: NumberLabel = "agree"
    """How this figure compares with the group's first (reference) figure."""
    value: float
    currency: str | None = None
    unit: str | None = None
    measures: str | None = None


class NumberGroup(Frozen):
    id: str
    kind: str
    measures: str
    label: NumberLabel
    members: tuple[NumberMember, ...]
    reason: str


class DateMember(Frozen):
    cite: Cite
    """The date as written ("Tuesday", "March 2026")."""
    sentence: Cite
    """The statement it dates."""
    label: DateLabel = "agree"
    """How this date compares with the others of its group: ``conflict`` when it names
    another day (month, year) than the group's first comparable date, ``unresolved`` when it
    cannot be placed (a relative date in an article with no publish time) and so compared
    with none of them."""
    resolved: str | None = None
    """ISO date, month or year, or a span ``start/end``, as the analysis resolved it."""
    granularity: str = "unknown"
    weekday: str | None = None
    """The weekday named or implied ("tuesday"): an unresolved weekday still compares with
    another weekday and with a resolved day."""


class DateGroup(Frozen):
    """The dates that sources give for one statement (the same event)."""

    id: str
    statement: str
    """What is dated, in the words of the first article ("the Harbour Bridge closed")."""
    label: DateLabel
    """``conflict`` when two comparable dates of the group disagree; ``agree`` when dates of
    two or more independent sources agree (a coarser date that holds a finer one agrees:
    March 2026 and 2026-03-04); ``single_source`` when one source (with its copies) gives
    it; ``unresolved`` when the other sources' dates cannot be placed."""
    members: tuple[DateMember, ...]
    reason: str


class Fact(Frozen):
    """One statement, aligned across the articles that state it."""

    id: str
    text: str
    """The statement as in its earliest article."""
    support: tuple[Cite, ...]
    independent_outlets: tuple[str, ...]
    """Outlets behind it, a copy or rewrite counting once with its original."""
    independent_count: int
    centrality: float = 0.0
    echoes: tuple[str, ...] = ()
    """Earlier facts this one restates with other numbers (as similar as one fact, numbers
    differ): a brief states only one of them."""


class StoryComparison(Frozen):
    story_id: str
    version: str
    quotes: tuple[QuoteGroup, ...] = ()
    numbers: tuple[NumberGroup, ...] = ()
    dates: tuple[DateGroup, ...] = ()
    facts: tuple[Fact, ...] = ()
    single_outlet_facts: tuple[str, ...] = ()
    """Ids of facts only one (independent) outlet reports."""
    independent_sources: int = 0
