"""benchmarks/briefs.py checks each quote of a brief against the passage it cites."""

from __future__ import annotations

from benchmarks_loader import load_benchmark


def test_a_split_quote_shown_with_an_ellipsis_is_verbatim_when_each_piece_is_there_in_order():
    verbatim_in = load_benchmark("briefs").verbatim_in
    passage = "We will not sign,” Brandt said. “Not this year, not next year."
    assert verbatim_in("We will not sign, … Not this year, not next year.", passage)
    assert verbatim_in("Not this year", passage)
    assert not verbatim_in("Not this year … We will not sign", passage)  # out of order
    assert not verbatim_in("We will never sign, … Not this year", passage)  # a changed word
