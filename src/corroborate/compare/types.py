"""Typed output of the comparison of a story's sources (:class:`StoryComparison`).

Every member points into the stored text of its article (``article`` id + ``start``/``end``).
"""

from __future__ import annotations

from typing import Literal

from corroborate.types import Frozen

COMPARISON_SCHEMA = 1

QuoteLabel = Literal["verbatim", "cosmetic", "trimmed", "altered", "paraphrase_as_quote", "single_source"]
NumberLabel = Literal["agree", "agree_rounding", "agree_conversion", "conflict", "single_source"]


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
    facts: tuple[Fact, ...] = ()
    single_outlet_facts: tuple[str, ...] = ()
    """Ids of facts only one (independent) outlet reports."""
    independent_sources: int = 0
