"""link_store on a real SQLite store: stories and links persisted, incremental, idempotent."""

from __future__ import annotations

import pytest
from linking_fixtures import crane_stream, fill, quake_articles

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
