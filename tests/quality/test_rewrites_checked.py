"""benchmarks/rewrites.py scores the hand-checked pairs against the relation read by hand."""

from __future__ import annotations

from benchmarks_loader import load_benchmark

from corroborate.linking.types import PairLink


def _bench():
    return load_benchmark("rewrites")


def _checked(a, b, relation, truth):
    return {"a_id": a, "b_id": b, "relation": relation, "correct": relation == truth, "truth": truth, "note": ""}


def test_every_checked_pair_is_scored_against_its_truth_even_after_a_reclassification():
    bench = _bench()
    checked = [
        _checked("a", "b", "edited_copy", "edited_copy"),  # unchanged, right
        _checked("c", "d", "verbatim_copy", "independent"),  # now independent: right
        _checked("e", "f", "rewrite", "edited_copy"),  # now edited_copy: right
        _checked("g", "h", "edited_copy", "rewrite"),  # still wrong
        _checked("i", "j", "rewrite", "independent"),  # no longer a candidate: right
    ]
    links = {
        ("a", "b"): PairLink(a="a", b="b", relation="edited_copy", similarity=0.9),
        ("d", "c"): PairLink(a="d", b="c", relation="independent", similarity=0.1),
        ("e", "f"): PairLink(a="e", b="f", relation="edited_copy", similarity=0.8),
        ("g", "h"): PairLink(a="g", b="h", relation="edited_copy", similarity=0.7),
    }
    got = bench.against_truth(links, checked)
    assert got["with_truth"] == 5
    assert got["agree_with_truth"] == 4
    assert (got["reported_as_copy_or_rewrite"], got["reported_right"]) == (3, 2)
    assert got["precision_against_truth"] == 2 / 3
