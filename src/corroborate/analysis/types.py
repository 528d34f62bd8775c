"""Typed output of per-article analysis (:class:`ArticleAnalysis`).

This is the contract between analysis and every later stage (linking, comparison, brief,
web). All offsets index ``Article.text`` (code points, end exclusive). Extend by adding
fields with defaults; never rename or drop one without bumping ``ANALYSIS_SCHEMA``.
"""

from __future__ import annotations

from typing import Literal

from corroborate.types import Frozen

ANALYSIS_SCHEMA = 1

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"]
QuoteKind = Literal["direct", "partial", "indirect"]
QuantityKind = Literal["money", "percent", "count", "duration", "other"]


class Sentence(Frozen):
    start: int
    end: int


class Mention(Frozen):
    start: int
    end: int
    text: str
    kind: Literal["name", "title", "pronoun", "role"] = "name"


class Role(Frozen):
    """A role or affiliation of an entity, as written ("Ontario Premier", "CEO of X")."""

    text: str
    start: int
    end: int
    organisation: str | None = None


class Entity(Frozen):
    """A canonical entity: every mention of one person, organisation or place merged."""

    id: str
    """Stable within the article: ``e1``, ``e2``, ... in order of first mention."""
    label: EntityLabel
    name: str
    """Canonical display name: the longest proper name ("Doug Ford")."""
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()


class Quote(Frozen):
    """Something someone said (or wrote), with who said it."""

    id: str
    """``q1``, ``q2``, ... in text order."""
    kind: QuoteKind
    start: int
    end: int
    """Span of the quoted content (inside the quotation marks for direct/partial quotes)."""
    text: str
    pieces: tuple[tuple[int, int], ...] = ()
    """For a quote split around its cue (“A,” he said, “B.”): each quoted piece as
    (start, end). Empty when the quote is one unbroken span."""
    cue: str | None = None
    """Speech verb or cue ("said", "according to", "told")."""
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    """Speaker as written at the cue ("he", "a Canadian official", "Ford")."""
    speaker_start: int | None = None
    speaker_end: int | None = None
    entity: str | None = None
    """Id of the canonical :class:`Entity` the speaker resolves to, when it resolves."""
    speaker_name: str | None = None
    """Who said it, for display: the entity's canonical name, or the unnamed-source
    description ("a Canadian official") when the speaker is not named."""
    unnamed: bool = False
    sentence: int | None = None
    """Index of the sentence the quote starts in."""
    context_start: int | None = None
    context_end: int | None = None
    """For a partial quote: the whole reported clause the fragment sits in
    ("described it as “a subtle dance”"). None for direct and indirect quotes."""
    context_pieces: tuple[tuple[int, int], ...] = ()
    """For a partial quote whose cue sits inside its reported clause ("Back then, Ms. Ripert
    said, she found him “very quiet”"): the clause's pieces around the cue, as (start,
    end). Empty when the clause is one unbroken span."""
    inherited: bool = False
    """True when the quote has no cue of its own and its speaker is carried over from the
    previous quote (a quoted paragraph following an attributed one)."""


class Quantity(Frozen):
    """A number with what it measures."""

    start: int
    end: int
    text: str
    kind: QuantityKind
    value: float
    """Normalised value: scale applied ("C$55.4 billion" → 55_400_000_000.0; "12%" → 12.0)."""
    unit: str | None = None
    """"%", "year", "people", ... (a noun for counts, the time unit for durations)."""
    currency: str | None = None
    """ISO 4217 code for money ("CAD", "USD", "EUR", "GBP")."""
    measures: str | None = None
    """The phrase the number quantifies ("trade between the two countries")."""
    measures_start: int | None = None
    measures_end: int | None = None
    sentence: int | None = None


class DateMention(Frozen):
    start: int
    end: int
    text: str
    relative: bool
    resolved: str | None = None
    """ISO date (``2025-03-06``), month (``2025-03``) or year (``2025``) when resolved."""
    granularity: Literal["day", "month", "year", "time", "unknown"] = "unknown"
    sentence: int | None = None


class ArticleAnalysis(Frozen):
    """Everything Corroborate says about one article, from that article alone."""

    article_id: str
    version: str
    """Code version + model name and version; stored analyses with another version are
    recomputed."""
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None
