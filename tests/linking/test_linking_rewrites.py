"""Copies, rewrites and who published first, on the fictional Port Valen crane articles."""

from __future__ import annotations

import pytest
from linking_fixtures import EDITED_TEXT, WIRE_TEXT, make

from corroborate.linking.provenance import infer_original
from corroborate.linking.rewrites import classify_pair

pytestmark = pytest.mark.slow


def test_same_text_on_two_sites_is_a_verbatim_copy(crane, embedder):
    link = classify_pair(crane["wire"], crane["verbatim"], embedder=embedder)
    assert link.relation == "verbatim_copy"
    assert link.similarity == pytest.approx(1.0)
    assert all(p.op == "same" for p in link.aligned)
    # Both carry the same credit, "(MPA)": the article on the agency's own site is the original.
    assert link.original == crane["wire"].id
    assert link.derived_from is None
    assert any("A is published by the wire MPA" in e for e in link.evidence)


def test_syndicated_copy_with_cuts_and_an_addition_is_an_edited_copy(crane, embedder):
    wire, edited = crane["wire"], crane["edited"]
    link = classify_pair(wire, edited, embedder=embedder)
    assert link.relation == "edited_copy"
    ops = [p.op for p in link.aligned]
    assert "cut" in ops and "added" in ops and "same" in ops
    added = [p for p in link.aligned if p.op == "added"]
    assert edited.text[added[0].b_start : added[0].b_end].startswith("Residents of the old town")
    cut_texts = [wire.text[p.a_start : p.a_end] for p in link.aligned if p.op == "cut"]
    assert any("Safety is our first priority" in t for t in cut_texts)


def test_original_found_by_credit_line(crane, embedder):
    link = classify_pair(crane["edited"], crane["wire"], embedder=embedder)
    assert link.original == crane["wire"].id
    assert link.confidence >= 0.5
    assert any("B carries 'PORT VALEN, March 12 (MPA) —'; A has no credit" in e for e in link.evidence)


def test_original_found_by_extra_details(crane):
    # No credits, no times: the version with "London Road" and "assistant" is the original.
    full = make(WIRE_TEXT.split("\n", 1)[1].rsplit("\n", 1)[0], "Full", "one.example", None, "full")
    trimmed = make(EDITED_TEXT.split("\n", 1)[1], "Trimmed", "two.example", None, "trimmed")
    assert not full.credits and not trimmed.credits
    link = classify_pair(trimmed, full)
    assert link.relation in ("edited_copy", "verbatim_copy")
    assert link.original == full.id
    omitted = [e for e in link.evidence if "A omits" in e]
    assert omitted and "'London'" in omitted[0] and "'Olenko'" in omitted[0]


def test_original_found_by_publish_time():
    text = EDITED_TEXT
    early = make(text, "Early", "one.example", "2025-03-12T08:00:00+00:00", "early")
    late = make(text, "Late", "two.example", "2025-03-12T11:30:00+00:00", "late")
    link = classify_pair(late, early)
    assert link.relation == "verbatim_copy"
    assert link.original == early.id
    assert any("B was published 3.5 h before A" in e for e in link.evidence)


def test_paraphrased_rewrite_with_a_changed_quote(crane, embedder):
    wire, rewrite = crane["wire"], crane["rewrite"]
    link = classify_pair(wire, rewrite, embedder=embedder)
    assert link.relation == "rewrite"
    assert sum(p.op == "changed" for p in link.aligned) >= 5
    quote = [e for e in link.evidence if e.startswith("quote changed")]
    assert quote and "'\"We heard' → '\"There was'" in quote[0]
    # The rewrite has no credit; the wire's dateline and the details it alone carries point to it.
    assert link.original == wire.id


def test_without_embeddings_a_paraphrase_is_not_taken_for_a_copy(crane):
    link = classify_pair(crane["wire"], crane["rewrite"])
    assert link.relation in ("rewrite", "independent")
    assert not any(p.op == "same" for p in link.aligned)


def test_rewrite_crediting_a_wire_outside_the_corpus_is_derived_from_it(crane, embedder):
    # The wire's own article is not in this pair: the rewrite credits "(MPA)", so both derive from MPA.
    link = classify_pair(crane["edited"], crane["credited"], embedder=embedder)
    assert link.relation == "rewrite"
    assert link.derived_from == "MPA"
    assert link.original is None
    assert any("B credits MPA ('PORT VALEN (MPA) —')" in e for e in link.evidence)


def test_independent_report_of_the_same_event(crane, embedder):
    link = classify_pair(crane["wire"], crane["independent"], embedder=embedder)
    assert link.relation == "independent"
    assert link.original is None
    assert link.similarity < 0.2


def test_infer_original_reports_no_evidence_when_there_is_none():
    a = make("Same words here, in a sentence long enough.", "t1", "x.example", None, "x")
    b = make("Same words here, in a sentence long enough.", "t2", "y.example", None, "y")
    prov = infer_original(a, b, [])
    assert prov.original is None and prov.confidence == 0.0
    assert "no evidence on which came first" in prov.evidence
