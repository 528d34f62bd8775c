"""The diagnostics of benchmarks/stories.py (--separability, --errors) on tiny inputs."""

from __future__ import annotations

from benchmarks_loader import load_benchmark


def _bench():
    return load_benchmark("stories")


def test_auc_is_one_for_a_clean_cut_and_half_for_ties():
    auc = _bench().auc
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.5], [0.5]) == 0.5
    assert auc([0.1], [0.9]) == 0.0


def _row(aid, story, topic, text):
    return {"id": aid, "story": story, "topic": topic, "title": "", "text": text}


def test_separability_tells_apart_two_events_that_share_no_names():
    bench = _bench()
    rows = [
        _row("a1", "quake-a", 1, "A quake hit Qeshm island, injuring five near Bandar Abbas on Sunday."),
        _row("a2", "quake-a", 1, "Five were hurt on Qeshm island when a quake struck near Bandar Abbas."),
        _row("b1", "quake-b", 1, "A quake shook Kerman province, killing ten villagers in Bam."),
        _row("b2", "quake-b", 1, "Ten villagers died in Bam as a quake shook Kerman province."),
    ]
    (topic,) = bench.separability(rows, None)
    assert topic["events"] == 2 and topic["articles"] == 4
    assert topic["term_auc"] == 1.0


def test_errors_name_merged_and_split_stories():
    bench = _bench()
    rows = [_row(a, s, 1, f"text of {a}") for a, s in (("a1", "A"), ("a2", "A"), ("b1", "B"), ("b2", "B"))]
    pred = {"a1": "p1", "a2": "p1", "b1": "p1", "b2": "p2"}
    got = bench.errors(rows, pred)
    assert got["merged"] == [{"A": 2, "B": 1}]
    assert got["split"] == [{"story": "B", "sizes": [1, 1], "strays": ["text of b2"]}]
