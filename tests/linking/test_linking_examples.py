"""The bundled examples: stories, copies, rewrites and originals as examples/EXPECTED.md says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.config import Settings
from corroborate.ingest import ingest_paths
from corroborate.linking.service import link_store
from corroborate.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (EXAMPLES / "expected.json").exists(), reason="examples/ not present"),
]


@pytest.fixture(scope="module")
def linked(tmp_path_factory, embedder):
    db = tmp_path_factory.mktemp("examples") / "ex.db"
    store = Store(db)
    ingest_paths(store, [str(EXAMPLES)], Settings())
    link_store(store, embedder=embedder)
    by_title = {a.title: a for a in store.articles()}
    yield store, by_title
    store.close()


def test_examples_form_the_three_expected_stories(linked):
    store, by_title = linked
    expected = json.loads((EXAMPLES / "expected.json").read_text())
    got = {frozenset(s["article_ids"]) for s in store.stories()}
    want = {frozenset(by_title[t].id for t in titles) for titles in expected["stories"]}
    assert got == want


@pytest.mark.parametrize("kind", ["links", "implied_links"])
def test_examples_copies_rewrites_and_originals_match_expected(linked, kind):
    store, by_title = linked
    expected = json.loads((EXAMPLES / "expected.json").read_text())
    for item in expected[kind]:
        a, b = by_title[item["a"]], by_title[item["b"]]
        link = store.link(a.id, b.id)
        assert link is not None, (item["a"], item["b"])
        assert link["relation"] == item["relation"], (item["a"], item["b"], link["evidence"])
        source = by_title[item["original"]]
        if source.id in (a.id, b.id):
            assert link["original"] == source.id, (item["a"], item["b"], link["evidence"])
        else:
            # Both copy a third article (the wire): neither is named the other's original,
            # and the credited wire is named as the source.
            assert link["original"] is None, (item["a"], item["b"], link["evidence"])
            assert link["derived_from"] == source.outlet, (item["a"], item["b"], link["evidence"])
