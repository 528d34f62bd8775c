"""JSON HTTP API under ``/api/``. Response models are declared on every route, so the
OpenAPI schema (``/api/openapi.json``) describes exactly what comes back."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from corroborate.analysis.types import ArticleAnalysis
from corroborate.brief.types import Brief
from corroborate.compare.types import StoryComparison
from corroborate.errors import NotFound
from corroborate.linking.types import PairLink
from corroborate.web.data import StoryFilter, WebData
from corroborate.web.schemas import (
    ArticleDetail,
    ArticleSummary,
    CompareResult,
    ErrorResponse,
    Page,
    StoryDetail,
    StorySummary,
)

ERRORS = {
    400: {"model": ErrorResponse, "description": "Bad request"},
    404: {"model": ErrorResponse, "description": "Unknown id"},
    413: {"model": ErrorResponse, "description": "Request body too large"},
    414: {"model": ErrorResponse, "description": "Query string too long"},
    422: {"model": ErrorResponse, "description": "Invalid parameter"},
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=200)]
Id = Annotated[str, Path(min_length=1, max_length=200, description="Id, unique id prefix, or the source's own id.")]


def _data(request: Request) -> WebData:
    return request.app.state.data


@router.get("/stories", response_model=Page[StorySummary], summary="Stories, most recent first")
def list_stories(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    q: Annotated[str | None, Query(max_length=200, description="Words in the headline, titles or texts.")] = None,
    entity: Annotated[str | None, Query(max_length=200, description="A person, organisation or place.")] = None,
    outlet: Text = None,
    date_from: Annotated[date | None, Query(alias="from", description="Stories seen on or after (YYYY-MM-DD).")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Stories seen on or before (YYYY-MM-DD).")] = None,
) -> Page[StorySummary]:
    found = _data(request).search_stories(StoryFilter(q, entity, outlet, date_from, date_to))
    return Page[StorySummary](items=found[offset : offset + limit], total=len(found), limit=limit, offset=offset)


@router.get("/stories/{story_id}", response_model=StoryDetail, summary="One story with its sources")
def get_story(request: Request, story_id: Id) -> StoryDetail:
    data = _data(request)
    story = data.story(story_id)
    brief = data.brief(story.id)
    comparison_exists = data.store.get_comparison(story.id) is not None
    ids = data.story_article_ids(story)
    metas = data.summaries(ids)
    return StoryDetail(
        story=story,
        summary=data.story_summary(story),
        articles=[metas[i] for i in ids if i in metas],
        sources=data.sources(story, brief, data.story_links(story.id)),
        has_brief=brief is not None,
        has_comparison=comparison_exists,
    )


@router.get("/stories/{story_id}/brief", response_model=Brief, summary="The story's brief, every sentence cited")
def get_brief(request: Request, story_id: Id) -> Brief:
    data = _data(request)
    story = data.story(story_id)
    brief = data.brief(story.id)
    if brief is None:
        raise NotFound("no brief for this story yet (run `corroborate analyze`)", item=story.id)
    return brief


@router.get("/stories/{story_id}/comparison", response_model=StoryComparison, summary="Quotes, numbers, facts compared")
def get_comparison(request: Request, story_id: Id) -> StoryComparison:
    data = _data(request)
    story = data.story(story_id)
    comparison = data.comparison(story.id)
    if comparison is None:
        raise NotFound("no comparison for this story yet (run `corroborate analyze`)", item=story.id)
    return comparison


@router.get(
    "/stories/{story_id}/links",
    response_model=Page[PairLink],
    summary="Pairs of the story's articles: copy, rewrite or independent, with the original and evidence",
)
def get_story_links(request: Request, story_id: Id, limit: Limit = 50, offset: Offset = 0) -> Page[PairLink]:
    data = _data(request)
    story = data.story(story_id)
    items, total = data.story_pair_links(story.id, limit, offset)
    return Page[PairLink](items=items, total=total, limit=limit, offset=offset)


@router.get("/articles", response_model=Page[ArticleSummary], summary="Articles in ingestion order")
def list_articles(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    outlet: Text = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or text.")] = None,
) -> Page[ArticleSummary]:
    items, total = _data(request).article_page(limit, offset, outlet, q)
    return Page[ArticleSummary](items=items, total=total, limit=limit, offset=offset)


@router.get("/articles/{article_id}", response_model=ArticleDetail, summary="One article with its text and credits")
def get_article(request: Request, article_id: Id) -> ArticleDetail:
    data = _data(request)
    article = data.article(article_id)
    return ArticleDetail(
        article=article,
        story_id=data.store.story_of(article.id),
        origins=data.store.origins(article.id),
        has_analysis=data.store.get_analysis(article.id) is not None,
    )


@router.get("/articles/{article_id}/analysis", response_model=ArticleAnalysis, summary="Entities, quotes, numbers, dates")
def get_analysis(request: Request, article_id: Id) -> ArticleAnalysis:
    data = _data(request)
    article = data.article(article_id)
    analysis = data.analysis(article.id)
    if analysis is None:
        raise NotFound("this article has not been analysed yet (run `corroborate analyze`)", item=article.id)
    return analysis


@router.get("/compare", response_model=CompareResult, summary="Two articles aligned sentence by sentence")
def compare(
    request: Request,
    a: Annotated[str, Query(min_length=1, max_length=200, description="First article id.")],
    b: Annotated[str, Query(min_length=1, max_length=200, description="Second article id.")],
) -> CompareResult:
    _, _, result = _data(request).compare(a, b)
    return result
