"""Typed output of cross-article linking: stories and pair relations with evidence.

The contract between linking and comparison, brief, web and batch. Offsets index the
stored ``Article.text`` of the article named on that side.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from corroborate.types import Frozen

LINKING_SCHEMA = 1

Relation = Literal["verbatim_copy", "edited_copy", "rewrite", "independent"]


class Story(Frozen):
    id: str
    """``s`` + stable hash of the first article's id."""
    headline: str
    article_ids: tuple[str, ...]
    """In publish order (ingest order where no dates)."""
    outlets: tuple[str, ...] = ()
    first_seen: str | None = None
    last_seen: str | None = None
    reasons: dict[str, str] = Field(default_factory=dict)
    """Why each article is in the story, in the linker's words when it placed it (article id
    → "joined: score 0.54 (terms 0.54, meaning 0.72)"); stored stories carry it, a linker's
    own view of a story leaves it empty."""


class AlignedPair(Frozen):
    """One sentence of ``a`` aligned with one of ``b`` (either side may be missing)."""

    a_start: int | None = None
    a_end: int | None = None
    b_start: int | None = None
    b_end: int | None = None
    similarity: float = 0.0
    op: Literal["same", "changed", "added", "cut"] = "same"
    """``added``: only in b; ``cut``: only in a; ``changed``: reworded; ``same``: equal."""


class PairLink(Frozen):
    """How article ``a`` relates to article ``b`` and who published first."""

    a: str
    b: str
    relation: Relation
    similarity: float
    """Share of aligned content (0..1)."""
    aligned: tuple[AlignedPair, ...] = ()
    original: str | None = None
    """Id of the article inferred to be the original (``a`` or ``b``), if any."""
    derived_from: str | None = None
    """A wire credited in the text when the original is not in the corpus ("Reuters")."""
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()
    """Reasons in words ("B carries '© Thomson/Reuters'; A has no credit")."""
