"""Link a store, incrementally: new articles into stories, pairs classified, all persisted.

:func:`link_store` places every article not yet in a story (in publish order), updates the
touched stories, classifies each new article against the other articles of its story and
against its near-duplicates anywhere (MinHash LSH), and saves the story and LSH indexes in
the store's state table so the next run continues the stream. Running it again with no new
articles changes nothing.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from corroborate.config import Settings
from corroborate.linking.features import iter_features
from corroborate.linking.minhash import LSHIndex
from corroborate.linking.rewrites import RewriteOptions, classify_pair
from corroborate.linking.stories import Placement, StoryLinker, StoryOptions, article_time
from corroborate.linking.text import lead
from corroborate.types import Article

STATE_STORIES = "linking.stories"
STATE_LSH = "linking.lsh"


@dataclass(frozen=True)
class LinkOptions:
    stories: StoryOptions = field(default_factory=StoryOptions)
    rewrites: RewriteOptions = field(default_factory=RewriteOptions)
    near_dup_threshold: float = 0.3
    """Estimated shingle Jaccard above which two articles anywhere are compared as copies."""
    max_story_pairs: int = 60
    """Story members a new article is compared with (the most recent ones)."""
    use_embeddings: bool = True
    processes: int | None = None
    """Worker processes computing the per-article features (MinHash signatures, story
    terms) ahead of the sequential placement; ``None``: :func:`feature_processes`. The
    results do not depend on it."""


FEATURE_PROCESS_MIN = 2048


def feature_processes(settings: Settings, n_articles: int, requested: int | None = None) -> int:
    """Worker processes for the per-article features: ``requested`` if given; else none for
    fewer than ``FEATURE_PROCESS_MIN`` articles (starting workers would cost more), and
    otherwise ``settings.n_process``, leaving one CPU to the sequential placement."""
    if requested is not None:
        return max(0, requested)
    if n_articles < FEATURE_PROCESS_MIN:
        return 0
    return max(0, min(settings.n_process, (os.cpu_count() or 1) - 1))


@dataclass
class LinkReport:
    placed: list[Placement] = field(default_factory=list)
    new_stories: list[str] = field(default_factory=list)
    touched_stories: list[str] = field(default_factory=list)
    links: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def publish_sorted(articles: Iterable[Article]) -> list[Article]:
    """Publish order; articles without a date keep their ingest order, before dated ones."""
    indexed = list(enumerate(articles))
    indexed.sort(key=lambda ia: (article_time(ia[1]) if article_time(ia[1]) is not None else -math.inf, ia[0]))
    return [a for _, a in indexed]


def _load_embedder(settings: Settings, report: LinkReport):
    from corroborate.errors import ModelUnavailable
    from corroborate.models import get_embedder

    try:
        return get_embedder(settings.embedding_model)
    except ModelUnavailable as exc:
        report.notes.append(f"embeddings unavailable ({exc}); linking from text alone")
        return None


def save_stories(store, linker: StoryLinker, touched: Iterable[str], reasons: dict[str, str]) -> None:
    """Write the ``touched`` stories as ``linker`` has them, each with why each of its
    articles is in it: the reason of this run's placement (``reasons``), else the one stored
    before (the articles a split moved to a new story take theirs along)."""
    from corroborate.errors import NotFound

    touched = list(touched)
    before: dict[str, str] = {}
    for sid in touched:
        try:
            before.update(store.story(sid).get("reasons") or {})
        except NotFound:
            pass  # (a new story)
    for sid in touched:
        story = linker.story(sid)
        why = {aid: reasons.get(aid) or before.get(aid) for aid in story.article_ids}
        story = story.model_copy(update={"reasons": {aid: r for aid, r in why.items() if r}})
        store.put_story(sid, story.model_dump(mode="json"), story.article_ids)


def link_store(
    store,
    settings: Settings | None = None,
    ids: Iterable[str] | None = None,
    on_item: Callable[[str], None] | None = None,
    options: LinkOptions | None = None,
    embedder: object | None = None,
) -> LinkReport:
    """Place new articles (all not yet in a story, or only those of ``ids``) into stories
    and classify their pairs. ``on_item(article_id)`` is called after each article."""
    settings = settings or Settings()
    o = options or LinkOptions(stories=StoryOptions(window_days=settings.story_window_days))
    report = LinkReport()

    placed_ids = {r[0] for r in store.query("SELECT article_id FROM story_articles")}
    wanted = set(ids) if ids is not None else None
    candidates = [
        a for a in store.articles() if a.id not in placed_ids and (wanted is None or a.id in wanted)
    ]
    if not candidates:
        return report

    if o.use_embeddings and embedder is None:
        embedder = _load_embedder(settings, report)
    story_opts = o.stories if embedder is not None else _without_embeddings(o.stories)

    raw = store.get_state(STATE_STORIES)
    linker = StoryLinker.from_bytes(raw, story_opts, embedder) if raw else StoryLinker(story_opts, embedder)
    raw = store.get_state(STATE_LSH)
    lsh = LSHIndex.from_bytes(raw) if raw else LSHIndex(settings.minhash_perm, o.near_dup_threshold)

    new = [a for a in publish_sorted(candidates) if a.id not in linker.story_of]
    leads = embedder.encode([lead(a.title, a.text) for a in new]) if embedder is not None and new else None

    by_id: dict[str, Article] = {a.id: a for a in new}
    sentence_cache: dict = {}
    touched: dict[str, None] = {}
    done_pairs: set[tuple[str, str]] = set()

    def article(aid: str) -> Article:
        if aid not in by_id:
            by_id[aid] = store.article(aid)
        return by_id[aid]

    def classify(art: Article, placement: Placement, near: list[str]) -> None:
        report.placed.append(placement)
        if placement.new_story:
            report.new_stories.append(placement.story_id)
        touched[placement.story_id] = None
        if placement.split is not None:
            # both halves of a story that split in two are saved again
            touched.update(dict.fromkeys(placement.split))
            report.new_stories.append(placement.split[1])

        # the story's members when the article joined it (those before it)
        members = story_members_before(linker, placement.story_id, art.id)[-o.max_story_pairs :]
        for other in list(dict.fromkeys(members + near)):
            key = (other, art.id)
            if key in done_pairs or other == art.id:
                continue
            done_pairs.add(key)
            link = classify_pair(
                article(other), art, embedder=embedder, options=o.rewrites, cache=sentence_cache
            )
            same_story = other in members
            if link.relation == "independent" and not same_story:
                continue
            store.put_link(link.a, link.b, link.relation, link.model_dump(mode="json"))
            report.links += 1
            report.relations[link.relation] = report.relations.get(link.relation, 0) + 1
        if on_item is not None:
            on_item(art.id)

    processes = feature_processes(settings, len(new), o.processes)
    k = 0
    # Per-article features (signature, story terms) chunk by chunk, maybe from workers; then,
    # in publish order, the LSH query + insert of each article in turn (for a chunk at once)
    # and each article's placement and pair classification.
    for chunk in iter_features(new, lsh.num_perm, settings.shingle_size, story_opts, processes=processes):
        n = len(chunk.articles)
        found = lsh.query_add([a.id for a in chunk.articles], chunk.signatures, o.near_dup_threshold)
        placements = linker.add_many(chunk.articles, chunk.prepared, None if leads is None else leads[k : k + n])
        k += n
        for art, placement, near_found in zip(chunk.articles, placements, found):
            classify(art, placement, [other for other, _ in near_found])

    save_stories(store, linker, touched, {p.article_id: p.reason for p in report.placed})
    report.touched_stories = list(touched)
    store.put_state(STATE_STORIES, linker.to_bytes())
    store.put_state(STATE_LSH, lsh.to_bytes())
    return report


def story_members_before(linker: StoryLinker, story_id: str, article_id: str) -> list[str]:
    """The articles of the story that joined it before ``article_id`` (in joining order)."""
    members = linker.stories[story_id].article_ids
    try:
        return members[: members.index(article_id)]
    except ValueError:  # placed earlier, in another run
        return [m for m in members if m != article_id]


def _without_embeddings(options: StoryOptions) -> StoryOptions:
    from dataclasses import replace

    return replace(options, use_embeddings=False)
