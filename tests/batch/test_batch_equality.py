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
