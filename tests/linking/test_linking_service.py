"""link_store on a real SQLite store: stories and links persisted, incremental, idempotent."""

from __future__ import annotations

import pytest
from linking_fixtures import crane_stream, fight_articles, fill, quake_articles

from corroborate.linking.service import link_store
from corroborate.store import Store

pytestmark = pytest.mark.slow


def _snapshot(store: Store):
    stories = {frozenset(s["article_ids"]) for s in store.stories()}
    links = {(l["a"], l["b"], l["relation"], l["original"]) for l in store.links()}
    return stories, links


def test_link_store_persists_stories_and_pair_links(tmp_path, embedder):
    arts = crane_stream() + quake_articles()
    with Store(tmp_path / "c.db") as store:
        fill(store, arts)
        report = link_store(store, embedder=embedder)
        assert len(report.placed) == len(arts)
        stories = store.stories()
        assert len(stories) == 3
        by = {a.source_id: a.id for a in arts}
        sid = store.story_of(by["wire"])
        assert store.story_of(by["rewrite"]) == sid
        assert store.story_article_ids(sid)[0] == by["wire"]
        link = store.link(by["wire"], by["edited"])
        assert link["relation"] == "edited_copy" and link["original"] == by["wire"]
        assert store.link(by["wire"], by["rewrite"])["relation"] == "rewrite"
        assert store.link(by["wire"], by["independent"])["relation"] == "independent"
        assert store.link(by["wire"], by["verbatim"])["relation"] == "verbatim_copy"
        # Articles of different stories are not paired unless they are near-duplicates.
        assert store.link(by["wire"], by["orvik-0"]) is None


def test_running_link_again_adds_nothing(tmp_path, embedder):
    with Store(tmp_path / "c.db") as store:
        fill(store, crane_stream())
        link_store(store, embedder=embedder)
        before = _snapshot(store)
        again = link_store(store, embedder=embedder)
        assert again.placed == [] and again.links == 0
        assert _snapshot(store) == before


def test_streaming_one_by_one_equals_batch(tmp_path, embedder):
    arts = crane_stream() + quake_articles()
    with Store(tmp_path / "batch.db") as batch:
        fill(batch, arts)
        link_store(batch, embedder=embedder)
        expected = _snapshot(batch)
    ordered = sorted(arts, key=lambda a: a.published)
    with Store(tmp_path / "stream.db") as stream:
        for a in ordered:  # each article arrives, is ingested, and linked on its own
            fill(stream, [a])
            report = link_store(stream, embedder=embedder)
            assert [p.article_id for p in report.placed] == [a.id]
        assert _snapshot(stream) == expected


def test_link_store_works_without_embeddings(tmp_path):
    from corroborate.linking.service import LinkOptions

    with Store(tmp_path / "c.db") as store:
        fill(store, quake_articles())
        report = link_store(store, options=LinkOptions(use_embeddings=False))
        assert len(report.new_stories) == 2


def test_a_stored_story_says_why_each_article_is_in_it(tmp_path, embedder):
    arts = crane_stream() + quake_articles()
    with Store(tmp_path / "w.db") as store:
        fill(store, arts)
        link_store(store, embedder=embedder)
        by = {a.source_id: a.id for a in arts}
        story = store.story(store.story_of(by["wire"]))
        assert set(story["reasons"]) == set(story["article_ids"])
        assert story["reasons"][by["wire"]].startswith("no story close enough: new story")
        assert story["reasons"][by["edited"]].startswith("joined: score")
        # a second run places nothing and keeps what the first said
        link_store(store, embedder=embedder)
        assert store.story(story["id"])["reasons"] == story["reasons"]


def test_articles_a_split_moves_keep_why_they_were_placed(tmp_path):
    from corroborate.linking.service import LinkOptions
    from corroborate.linking.stories import StoryOptions

    rotterdam, lyon = fight_articles()
    order = [rotterdam[0], lyon[0], rotterdam[1], lyon[1], rotterdam[2], lyon[2], rotterdam[3], lyon[3]]
    # every report joins the first story, as the first reports of a second event of one kind
    # can; the last one splits it in two, in a run of its own
    opts = LinkOptions(stories=StoryOptions(use_embeddings=False, join_threshold=0.0, young_margin=0.0, split_min=4), use_embeddings=False)
    with Store(tmp_path / "s.db") as store:
        fill(store, order)
        link_store(store, ids=[a.id for a in order[:-1]], options=opts)
        assert len(store.stories()) == 1
        first = store.stories()[0]["reasons"]
        link_store(store, options=opts)
        stories = {frozenset(s["article_ids"]): s for s in store.stories()}
        lyon_story = stories[frozenset(a.id for a in lyon)]
        assert "split in two" in lyon_story["reasons"][lyon[3].id]
        # the Lyon reports placed in the first run keep the reason they were placed with
        assert all(lyon_story["reasons"][a.id] == first[a.id] for a in lyon[:3])
        assert set(stories[frozenset(a.id for a in rotterdam)]["reasons"]) == {a.id for a in rotterdam}
