"""The batch mode on a 2-worker LocalCluster writes the same store as the local path."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.batch import run_batch

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
GIVEME = REPO.parent / "shared" / "data" / "stories" / "giveme5w1h-news-cluster.jsonl"

pytestmark = pytest.mark.slow  # spaCy and the embedding model, and a LocalCluster


def test_examples_equal_to_local_path(client, tmp_path: Path, examples_reference: dict, batch_helpers) -> None:
    snapshot, assert_same, _ = batch_helpers
    report = run_batch([str(EXAMPLES)], tmp_path / "batch.db", client=client)
    assert report.workers == 2
    assert report.ingested == len(examples_reference["articles"]) > 10
    assert report.analysed == report.ingested and not report.analysis_failed
    assert report.near_pairs >= 1  # the syndicated copies are found by the cluster's LSH shuffle
    batch = snapshot(tmp_path / "batch.db")
    assert len(batch["stories"]) >= 2 and len(batch["links"]) >= 1
    assert_same(batch, examples_reference)
    # the comparisons were computed on the workers: the same groups and verdicts
    for sid, comparison in examples_reference["comparisons"].items():
        got = batch["comparisons"][sid]
        assert got["independent_sources"] == comparison["independent_sources"]
        assert [g.get("label") for g in got["quotes"]] == [g.get("label") for g in comparison["quotes"]]
        assert [g.get("label") for g in got["numbers"]] == [g.get("label") for g in comparison["numbers"]]

    # a second run finds everything done and changes nothing
    again = run_batch([str(EXAMPLES)], tmp_path / "batch.db", client=client)
    assert (again.ingested, again.duplicates, again.analysed, again.placed, again.compared) == (
        0,
        report.ingested,
        0,
        0,
        0,
    )
    assert snapshot(tmp_path / "batch.db") == batch


def test_giveme_sample_equal_to_local_path(client, tmp_path: Path, batch_helpers) -> None:
    snapshot, assert_same, local_reference = batch_helpers
    if not GIVEME.is_file():
        pytest.skip(f"{GIVEME} is absent (../shared/data is not on this machine)")
    sample = tmp_path / "sample.jsonl"
    with GIVEME.open(encoding="utf-8") as src:
        lines = [next(src) for _ in range(40)]
    sample.write_text("".join(lines), encoding="utf-8")
    reference = local_reference([str(sample)], tmp_path / "local.db")
    report = run_batch([str(sample)], tmp_path / "batch.db", client=client)
    assert report.ingested + report.duplicates == 40 - len(report.failed)
    batch = snapshot(tmp_path / "batch.db")
    assert len(batch["articles"]) >= 30
    # the sample holds real multi-article stories, so equality means something
    assert max(len(ids) for ids in batch["stories"].values()) >= 3
    assert_same(batch, reference)


STORIES = REPO.parent / "shared" / "data" / "stories"


def test_shared_story_corpora_same_stories_and_pairs_as_local_path(client, tmp_path: Path, batch_helpers) -> None:
    """Every article of ../shared/data/stories (both corpora): the cluster's LSH shuffle and
    the client's linker give the same stories and the same copy/rewrite pairs as
    ``link_store``. Analysis and comparison are left out here (their equality is shown
    above; linking does not read analyses), and so are sentence embeddings, to keep the
    test minutes short: both paths call the same embedder on the client, while what is
    distributed — reading, MinHash signatures, the band-key shuffle — is what this checks."""
    from dataclasses import replace

    from corroborate.config import Settings
    from corroborate.ingest import ingest_paths
    from corroborate.linking.service import LinkOptions, link_store
    from corroborate.linking.stories import StoryOptions
    from corroborate.store.sqlite import Store

    snapshot, _, _ = batch_helpers
    paths = sorted(str(p) for p in STORIES.glob("*.jsonl"))
    if len(paths) < 2:
        pytest.skip(f"{STORIES} is absent (../shared/data is not on this machine)")
    settings = Settings.from_env()
    options = LinkOptions(
        stories=replace(StoryOptions(window_days=settings.story_window_days), use_embeddings=False), use_embeddings=False
    )
    with Store(tmp_path / "local.db") as store:
        ingest_paths(store, paths, settings)
        link_store(store, settings, options=options)
    local = snapshot(tmp_path / "local.db")
    report = run_batch(
        paths, tmp_path / "batch.db", settings=settings, client=client, stages=("ingest", "link"), link_options=options
    )
    batch = snapshot(tmp_path / "batch.db")
    assert report.ingested == len(local["articles"]) > 800
    assert report.near_pairs > 0
    assert len(local["stories"]) > 50 and max(len(s) for s in local["stories"].values()) >= 5
    assert batch["stories"] == local["stories"]
    relations = {k: v[0] for k, v in local["links"].items()}
    assert {"verbatim_copy", "edited_copy"} & set(relations.values())  # real syndication is in the corpus
    assert {k: v[0] for k, v in batch["links"].items()} == relations
    assert batch["links"] == local["links"]
