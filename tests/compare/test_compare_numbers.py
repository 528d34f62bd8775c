from corroborate.analysis.types import Quantity
from corroborate.compare.numbers import conversion_rates, group_numbers, precision


def group_with(groups, text):
    return next(g for g in groups if any(m.cite.text == text for m in g.members))


def test_a_rounded_figure_agrees_within_rounding(story, embed):
    group = group_with(group_numbers(story, embed), "C$55 billion")
    texts = {m.cite.text for m in group.members}
    assert {"C$55.4 billion", "C$55 billion"} <= texts
    assert group.label in ("agree_rounding", "agree_conversion")
    assert "Daily Ledger's C$55 billion is Northgate Wire's C$55.4 billion, rounded" in group.reason


def test_a_figure_in_another_currency_agrees_at_the_rate_stated_in_the_text(story, embed):
    rates = conversion_rates(story)
    assert round(rates[("CAD", "USD")], 3) == round(40.5 / 56, 3)
    group = group_with(group_numbers(story, embed), "$40.5 billion")
    assert group.label == "agree_conversion"
    assert "C$56 billion" in {m.cite.text for m in group.members}


def test_different_counts_of_the_same_thing_conflict(story, embed):
    group = group_with(group_numbers(story, embed), "2,100 jobs")
    assert group.label == "conflict"
    assert {m.cite.text for m in group.members} == {"1,200 jobs", "2,100 jobs"}
    assert {m.cite.outlet for m in group.members} == {"Northgate Wire", "Harbour Times", "Daily Ledger"}
    # each source's figure once: Harbour Times, a copy of the wire, is not listed again
    assert group.reason == "Northgate Wire says 1,200 jobs, Daily Ledger says 2,100 jobs: the figures conflict"


def test_precision_follows_the_figure_as_written():
    def q(text, value, kind="money"):
        return Quantity(start=0, end=len(text), text=text, kind=kind, value=value)

    assert precision(q("C$55.4 billion", 55.4e9)) == 1e8
    assert precision(q("C$55 billion", 55e9)) == 1e9
    assert precision(q("1,200 jobs", 1200, "count")) == 100
    assert precision(q("1,234 jobs", 1234, "count")) == 1
