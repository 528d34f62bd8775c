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


def test_timespan_cuts_gold_stories_at_long_silences():
    bench = _bench()

    def dated(aid, story, day):
        return {"id": aid, "story": story, "title": "", "text": aid, "published": f"2017-03-{day:02d}T10:00:00"}

    # story A: days 1, 2, then 20 (a silence of 18 days); story B: days 3 and 5; one undated row
    rows = [dated("a1", "A", 1), dated("a2", "A", 2), dated("a3", "A", 20), dated("b1", "B", 3), dated("b2", "B", 5)]
    rows.append({"id": "x", "story": "A", "title": "", "text": "x", "published": None})
    got = bench.timespan(rows, gaps=(7, 30))
    assert got["articles"] == 5 and got["stories"] == 2
    week, month = got["by_gap"]
    assert week["pieces"] == 3 and week["bcubed_p"] == 1.0
    # a1 and a2 each keep 2 of A's 3 articles, a3 keeps 1 of 3; B is whole
    assert week["bcubed_r"] == (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5
    assert month["pieces"] == 2 and month["bcubed_f1"] == 1.0
    assert got["long"] == [{"story": "A", "articles": 3, "longest_gap_days": 18.0, "span_days": 19.0}]
