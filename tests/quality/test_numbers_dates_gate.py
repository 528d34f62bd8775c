"""Quality gate: numbers and dates on the hand-marked openings of 40 giveme5w1h articles
must not fall below their pinned floors (benchmarks/baselines/numbers_dates.json: measured
figures rounded down to 2 decimals).

Floors only go up (``python benchmarks/numbers_dates.py --update-floors``). Lowering one
needs ``CORROBORATE_LOWER_FLOORS=1``. Skipped only when ../shared/data is absent."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace as NS

import pytest
from benchmarks_loader import load_benchmark

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"

pytestmark = pytest.mark.quality


def _bench():
    return load_benchmark("numbers_dates")


@pytest.mark.skipif(not DATA.is_dir(), reason=f"evaluation data not found at {DATA} (../shared/data)")
def test_number_and_date_scores_stay_at_or_above_their_floors():
    bench = _bench()
    fixtures = [bench.load_fixture(p) for p in bench.FIXTURES]
    if not all(bench.corpus_path(f, DATA).exists() for f in fixtures):
        pytest.skip("giveme5w1h or PolNeAR not found under ../shared/data")
    baseline = json.loads(bench.BASELINES.read_text())
    n = sum(len(f["items"]) for f in fixtures)
    assert n == baseline["articles"], "the fixtures changed: re-measure the floors"
    figures = bench.gate_figures(bench.evaluate(fixtures, DATA, n_process=2)["all"])
    if os.environ.get("CORROBORATE_LOWER_FLOORS") == "1":
        bench.update_floors(figures, lower=True, articles=n)
        return
    failing = bench.below_floor(figures, baseline["floors"])
    assert not failing, f"below floor (measured, floor): {failing}; all figures: {figures}"


@pytest.mark.parametrize(("name", "size"), [("FIXTURE", 40), ("FIXTURE_POLNEAR", 20)])
def test_each_fixture_marks_each_article_once_with_spans_inside_its_opening(name, size):
    bench = _bench()
    fixture = bench.load_fixture(getattr(bench, name))
    docs = [it["doc"] for it in fixture["items"]]
    assert len(docs) == len(set(docs)) == size
    assert sum(it["held_out"] for it in fixture["items"]) == size // 2
    for it in fixture["items"]:
        for mark in it["quantities"] + it["dates"]:
            assert 0 <= mark["start"] < mark["end"] <= it["window_end"], (it["doc"], mark)


@pytest.mark.skipif(not DATA.is_dir(), reason=f"evaluation data not found at {DATA} (../shared/data)")
@pytest.mark.parametrize("name", ["FIXTURE", "FIXTURE_POLNEAR"])
def test_the_fixture_spans_are_the_marked_words_of_the_corpus_text(name):
    bench = _bench()
    fixture = bench.load_fixture(getattr(bench, name))
    corpus = bench.corpus_path(fixture, DATA)
    if not corpus.exists():
        pytest.skip(f"{corpus} not found")
    rows = bench.corpus_rows(corpus, {it["doc"] for it in fixture["items"]})
    for it in fixture["items"]:
        text = rows[it["doc"]]["text"]
        assert rows[it["doc"]]["published"] == it["published"]
        for mark in it["quantities"] + it["dates"]:
            assert text[mark["start"] : mark["end"]] == mark["text"], (it["doc"], mark)


def _item(quantities=(), dates=(), end=200):
    return {"doc": "d", "window_end": end, "held_out": False, "quantities": list(quantities), "dates": list(dates)}


def test_a_found_quantity_is_scored_on_its_span_value_kind_currency_and_unit():
    bench = _bench()
    text = "Vale Air paid $40.5 billion for 12 jets over eight years, 5% of 300 km."
    item = _item(quantities=[
        {"start": 14, "end": 27, "text": "$40.5 billion", "kind": "money", "value": 40.5e9, "currency": "USD"},
        {"start": 32, "end": 39, "text": "12 jets", "kind": "count", "value": 12, "unit": "jet"},
        {"start": 45, "end": 56, "text": "eight years", "kind": "duration", "value": 8, "unit": "year"},
        {"start": 58, "end": 60, "text": "5%", "kind": "percent", "value": 5, "unit": "%"},
    ])
    item["quantities"].append({"start": 0, "end": 3, "text": "Val", "kind": "money", "value": 3, "currency": "USD"})
    analysis = NS(dates=[], quantities=[
        NS(start=0, end=3, kind="money", value=3.0, currency=None, unit="$"),  # a bare "$": left open
        NS(start=15, end=27, kind="money", value=40.5e9, currency="CAD", unit=None),  # the wrong currency
        NS(start=32, end=34, kind="count", value=12.0, currency=None, unit="jets"),  # plural: the same unit
        NS(start=45, end=56, kind="count", value=8.0, currency=None, unit="years"),  # the wrong kind
        NS(start=64, end=70, kind="other", value=300.0, currency=None, unit="km"),  # not marked
    ])  # and "5%" not found
    scores = bench.Scores()
    bench.score_article(item, text, analysis, scores, keep_errors=True)
    d = scores.as_dict()
    assert (d["quantities"]["tp"], d["quantities"]["fp"], d["quantities"]["fn"]) == (4, 1, 1)
    assert (scores.value.right, scores.value.total) == (4, 4)
    assert (scores.kind.right, scores.currency.right, scores.currency.total, scores.currency_open) == (3, 0, 1, 1)
    assert (scores.unit.right, scores.unit.total) == (2, 2)
    assert d["quantity_recall_by_kind"]["percent"]["right"] == 0
    assert any("'5%'" in e for e in scores.errors) and any("300 km" in e for e in scores.errors)


def test_a_found_date_is_scored_on_its_resolution_and_a_time_of_day_counts_neither_way():
    bench = _bench()
    text = "On Thursday at 3 p.m., last week, the council met. It meets again in 2018."
    item = _item(dates=[
        {"start": 3, "end": 11, "text": "Thursday", "kind": "date", "resolved": "2017-11-30"},
        {"start": 15, "end": 21, "text": "3 p.m.", "kind": "time", "resolved": None},
        {"start": 23, "end": 32, "text": "last week", "kind": "date", "resolved": None},
        {"start": 69, "end": 73, "text": "2018", "kind": "date", "resolved": "2018"},
    ])
    analysis = NS(quantities=[], dates=[
        NS(start=0, end=11, resolved="2017-11-23"),  # a week off
        NS(start=15, end=21, resolved=None),  # the time: ignored
        NS(start=23, end=32, resolved="2017-11-20"),  # resolved where the reader did not
        NS(start=69, end=73, resolved="2018"),
        NS(start=500, end=504, resolved="2019"),  # past the opening: not scored
    ])
    scores = bench.Scores()
    bench.score_article(item, text, analysis, scores)
    assert (scores.dates.tp, scores.dates.fp, scores.dates.fn) == (3, 0, 0)
    assert (scores.resolved.right, scores.resolved.total) == (1, 2)
    assert (scores.unresolved_gold, scores.resolved_anyway) == (1, 1)


def test_spans_match_one_to_one_by_most_overlap():
    bench = _bench()
    assert bench.match_spans([(0, 5), (4, 12)], [(3, 12)]) == [(1, 0)]
    assert bench.match_spans([(0, 5)], [(5, 9)]) == []
    assert bench.norm_unit("People") == "person" and bench.norm_unit("percent") == "%"
    assert bench.norm_unit("inches") == "inch" and bench.norm_unit("companies") == "company"
    assert bench.norm_unit("sexual assaults") == "assault" and bench.norm_unit("percentage point") == "percentage point"
    assert bench.same_value(2 / 3, 0.6667) and not bench.same_value(2 / 3, 0.67)


def test_a_finer_period_inside_the_readers_date_is_right_and_a_coarser_or_other_one_is_not():
    bench = _bench()
    assert bench.same_or_within("2017-10/2017-12", "2017") and bench.same_or_within("2017-11-30", "2017-11-30")
    assert bench.same_or_within("2017-11-30", "2017-11")
    assert not bench.same_or_within("2017", "2017-10") and not bench.same_or_within("2016-10/2017-01", "2017")
    assert not bench.same_or_within(None, "2017") and not bench.same_or_within("2017-1", "2017-10")
