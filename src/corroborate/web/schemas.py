"""Response models of the JSON API (the stage types are reused as they are)."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from corroborate.brief.types import SourceRow
from corroborate.compare.types import WordDiff
from corroborate.linking.types import PairLink, Story
from corroborate.types import Article, Origin

T = TypeVar("T")


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable code: not_found, invalid_request, too_large, ...")
    message: str
    item: str | None = Field(None, description="The id, parameter or path the error is about.")


class ErrorResponse(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Number of items matching, over all pages.")
    limit: int
    offset: int


class ArticleSummary(BaseModel):
    id: str
    source_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: str | None = None
    format: str = "text"
    story_id: str | None = None
    length: int = Field(0, description="Length of the text in characters.")


class StorySummary(BaseModel):
    id: str
    headline: str
    article_count: int
    independent_sources: int
    outlets: list[str]
    first_seen: str | None = None
    last_seen: str | None = None
    sources_differ: bool = Field(description="A quote was altered, or a number or a date conflicts between sources.")
    differences: int = 0


class StoryDetail(BaseModel):
    story: Story
    summary: StorySummary
    articles: list[ArticleSummary]
    sources: list[SourceRow]
    has_brief: bool
    has_comparison: bool


class ArticleDetail(BaseModel):
    article: Article
    story_id: str | None = None
    origins: list[Origin]
    has_analysis: bool


class TextSpan(BaseModel):
    start: int
    end: int
    text: str


class CompareRow(BaseModel):
    op: Literal["same", "changed", "added", "cut"]
    similarity: float
    a: TextSpan | None = None
    b: TextSpan | None = None
    diff: list[WordDiff] = Field(default_factory=list, description="Word diff of b against a (changed rows).")


class CompareResult(BaseModel):
    a: ArticleSummary
    b: ArticleSummary
    link: PairLink | None = Field(
        None, description="The stored relation between the two articles (oriented a → b), if linking found one."
    )
    aligned_by: Literal["linking", "web_fallback"] = Field(
        description="Where the alignment comes from: the stored link, or a plain sentence diff made here "
        "when no link is stored."
    )
    rows: list[CompareRow]
