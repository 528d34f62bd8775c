"""Shared pieces of the batch tests: a 2-worker LocalCluster, local-path reference stores,
and a snapshot of everything a store holds that the batch mode must reproduce."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.store.sqlite import Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
GIVEME = REPO.parent / "shared" / "data" / "stories" / "giveme5w1h-news-cluster.jsonl"


def snapshot(db) -> dict:
    """What must be equal between the local path and the batch mode."""
    store = Store(db)
    try:
        q = lambda sql: [tuple(r) for r in store.query(sql)]
        stories = {}
        for sid, aid in q("SELECT story_id, article_id FROM story_articles"):
            stories.setdefault(sid, set()).add(aid)
        return {
            # ingest order matters: it breaks publish-time ties in story assignment
            "articles": q(
                "SELECT id, source_id, title, outlet, url, byline, published, language, format, text, "
                "credits, extra FROM articles ORDER BY seq"
            ),
            "origins": sorted(q("SELECT article_id, path, locator, format FROM origins")),
            "errors": sorted(q("SELECT item, code, reason FROM errors")),
            "analyses": {a: (v, json.loads(d)) for a, v, d in q("SELECT article_id, version, data FROM analyses")},
            "stories": {sid: frozenset(ids) for sid, ids in stories.items()},
            "story_data": {json.loads(d)["id"]: json.loads(d) for (d,) in q("SELECT data FROM stories")},
            "links": {(a, b): (rel, json.loads(d)) for a, b, rel, d in q("SELECT a, b, relation, data FROM links")},
            "comparisons": {s: json.loads(d) for s, d in q("SELECT story_id, data FROM comparisons")},
            "brief_headlines": sorted(json.loads(d)["headline"] for (d,) in q("SELECT data FROM briefs")),
        }
    finally:
        store.close()


def assert_same(batch: dict, local: dict) -> None:
    assert [a[0] for a in batch["articles"]] == [a[0] for a in local["articles"]], "article ids or ingest order differ"
    assert batch["articles"] == local["articles"]
    assert batch["origins"] == local["origins"]
    assert batch["errors"] == local["errors"]
    assert batch["analyses"].keys() == local["analyses"].keys()
    for aid, analysis in local["analyses"].items():
        assert batch["analyses"][aid] == analysis, f"analysis of {aid} differs"
    assert sorted(batch["stories"].values(), key=sorted) == sorted(local["stories"].values(), key=sorted)
    assert batch["stories"] == local["stories"]  # story ids come from their first article
    assert batch["story_data"] == local["story_data"]
    assert {k: v[0] for k, v in batch["links"].items()} == {k: v[0] for k, v in local["links"].items()}
    assert batch["links"] == local["links"]
    assert batch["comparisons"].keys() == local["comparisons"].keys()
    assert batch["brief_headlines"] == local["brief_headlines"]


@pytest.fixture(scope="session")
def client():
    from corroborate.batch.cluster import connect

    with connect("local", workers=2) as c:
        yield c


def local_reference(paths: list[str], db: Path) -> dict:
    from corroborate.api import Corroborate

    with Corroborate(db) as corr:
        corr.run_report(paths)
    return snapshot(db)


@pytest.fixture(scope="session")
def examples_reference(tmp_path_factory) -> dict:
    """The local path's store on examples/ (``Corroborate(db).run_report(["examples"])``)."""
    return local_reference([str(EXAMPLES)], tmp_path_factory.mktemp("local") / "local.db")


@pytest.fixture(scope="session")
def batch_helpers():
    """(snapshot, assert_same, local_reference) for the tests."""
    return snapshot, assert_same, local_reference
