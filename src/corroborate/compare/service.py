"""Compare the sources of stories in a store: load a story's inputs, compute its
:class:`StoryComparison`, store it, and recompute only when its inputs change."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import numpy as np

from corroborate.analysis.types import ArticleAnalysis
from corroborate.compare.context import StoryInput
from corroborate.compare.dates import group_dates
from corroborate.compare.facts import SAME_FACT, align_facts, single_outlet
from corroborate.compare.numbers import group_numbers
from corroborate.compare.quotes import group_quotes
from corroborate.compare.types import COMPARISON_SCHEMA, StoryComparison
from corroborate.config import Settings
from corroborate.linking.types import PairLink, Story

CODE_VERSION = f"compare-{COMPARISON_SCHEMA}.9"


def load_story_input(store, story_id: str) -> StoryInput:
    """A story's articles (publish order), their stored analyses and its pair links."""
    story = Story.model_validate(store.story(story_id))
    articles = tuple(store.articles(story.article_ids))
    analyses = {}
    for article in articles:
        data = store.get_analysis(article.id)
        if data is not None:
            analyses[article.id] = ArticleAnalysis.model_validate(data)
    ids = {a.id for a in articles}
    links = tuple(
        PairLink.model_validate(d)
        for d in _story_links(store, articles)
        if d["a"] in ids and d["b"] in ids or d.get("derived_from")
    )
    return StoryInput(story=story, articles=articles, analyses=analyses, links=links)


def _story_links(store, articles) -> list[dict]:
    seen = {}
    for article in articles:
        for d in store.links(article.id):
            seen[(d["a"], d["b"])] = d
    return list(seen.values())


def input_version(story: StoryInput, embedder_name: str) -> str:
    """Changes whenever anything the comparison reads changes."""
    digest = hashlib.sha256()
    digest.update(CODE_VERSION.encode())
    digest.update(embedder_name.encode())
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        digest.update(f"{article.id}:{analysis.version if analysis else '-'};".encode())
    for link in sorted(story.links, key=lambda l: (l.a, l.b)):
        digest.update(f"{link.a}-{link.b}:{link.relation}:{link.original}:{link.derived_from};".encode())
    return f"{CODE_VERSION}:{digest.hexdigest()[:16]}"


class MemoEmbed:
    """Sentence embeddings computed once per text: facts, numbers and quotes of a story
    embed many of the same sentences, and copies repeat them across articles."""

    def __init__(self, encode, max_items: int = 200_000) -> None:
        self._encode = encode
        self._cache: dict[str, np.ndarray] = {}
        self._max = max_items

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            if len(self._cache) + len(missing) > self._max:
                self._cache.clear()
            for text, vector in zip(missing, self._encode(missing)):
                self._cache[text] = vector
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


def compare_story(story: StoryInput, embed, version: str = CODE_VERSION) -> StoryComparison:
    """Pure: the comparison of one story from its inputs. ``embed(texts)`` returns unit
    sentence vectors."""
    facts = align_facts(story, embed)
    independent = len(story.independent(a.id for a in story.articles))
    single = single_outlet(facts, story) if independent > 1 else ()
    return StoryComparison(
        story_id=story.story.id,
        version=version,
        quotes=group_quotes(story, embed),
        numbers=group_numbers(story, embed),
        dates=group_dates(story, embed),
        facts=facts,
        single_outlet_facts=single,
        independent_sources=independent,
    )


def compare_store(
    store,
    settings: Settings | None = None,
    story_ids: Iterable[str] | None = None,
    on_item: Callable[[str], None] | None = None,
) -> list[str]:
    """Compare every story (or ``story_ids``) whose inputs changed; returns the ids done."""
    from corroborate.models import get_embedder

    settings = settings or Settings()
    embedder = get_embedder(settings.embedding_model)
    embed = MemoEmbed(embedder.encode)
    ids = list(story_ids) if story_ids is not None else [s["id"] for s in store.stories()]
    done = []
    for story_id in ids:
        story = load_story_input(store, story_id)
        version = input_version(story, embedder.name)
        if store.get_comparison(story_id, version) is None:
            comparison = compare_story(story, embed, version)
            store.put_comparison(story_id, version, comparison.model_dump(mode="json"))
            done.append(story_id)
        if on_item:
            on_item(story_id)
    return done


def load_comparison(store, story_id: str) -> StoryComparison | None:
    data = store.get_comparison(story_id)
    return StoryComparison.model_validate(data) if data else None


__all__ = ["SAME_FACT", "compare_store", "compare_story", "input_version", "load_comparison", "load_story_input"]
