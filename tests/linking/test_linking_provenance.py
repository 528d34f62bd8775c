"""Who published first: how the signals are weighed and written out (no models needed)."""

from __future__ import annotations

from linking_fixtures import WIRE_TEXT, make

from corroborate.linking.provenance import infer_original, missing_details
from corroborate.linking.rewrites import classify_pair
from corroborate.linking.types import AlignedPair

# The Port Valen wire text without its dateline and its copyright line.
BARE_TEXT = WIRE_TEXT.split("(MPA) — ", 1)[1].rsplit("\n", 1)[0]


def test_a_copy_that_keeps_the_wires_credit_does_not_lower_confidence_in_the_wire():
    # The article on the agency's own site against a copy elsewhere that kept the agency's
    # dateline and copyright line. Both carrying the credit points neither way, so it must not
    # water down what does point one way: the agency's own site, and publishing two hours first.
    wire = make(WIRE_TEXT, "Crane collapses", "mpa-wire.example", None, "wire")
    copy = make(WIRE_TEXT, "Crane falls", "harbourdaily.example", None, "copy")
    assert wire.credits and copy.credits
    prov = infer_original(wire, copy, [])
    assert prov.original == wire.id
    assert prov.confidence >= 0.8
    assert any("both carry credits" in e for e in prov.evidence)

    early = make(WIRE_TEXT, "Crane collapses", "mpa-wire.example", "2025-03-12T07:30:00+00:00", "wire")
    late = make(WIRE_TEXT, "Crane falls", "harbourdaily.example", "2025-03-12T09:30:00+00:00", "copy")
    prov = infer_original(late, early, [])
    assert prov.original == early.id
    assert prov.confidence >= 0.9


def test_the_words_of_a_credit_line_are_not_details_the_other_version_lacks():
    # The copy only dropped the dateline and the copyright line: the agency's name, the
    # dateline's date and the copyright year are counted once, as the credit, not again as
    # names and numbers the copy omits.
    wire = make(WIRE_TEXT, "Crane collapses", "harbourdaily.example", None, "wire")
    copy = make(BARE_TEXT, "Crane falls", "coastnews.example", None, "copy")
    link = classify_pair(wire, copy)
    assert link.relation in ("verbatim_copy", "edited_copy")
    only_wire, only_copy = missing_details(wire, copy, link.aligned)
    assert only_wire == [] and only_copy == []
    assert not any("omits" in e for e in link.evidence)


def test_a_pair_crediting_a_third_wire_does_not_claim_the_wire_is_absent_from_the_corpus():
    # A pair only knows its two articles: the wire's own article may well be elsewhere in the
    # store (it is, in a story with the wire, its copies and rewrites).
    a = make(WIRE_TEXT, "Crane collapses", "harbourdaily.example", None, "a")
    b = make(WIRE_TEXT, "Crane falls", "coastnews.example", None, "b")
    prov = infer_original(a, b, [])
    assert prov.derived_from == "MPA" and prov.original is None
    assert not any("not in the corpus" in e or "outside the corpus" in e for e in prov.evidence)
    assert any("both derive from MPA" in e for e in prov.evidence)


def test_a_short_pair_says_why_it_is_not_called_a_copy():
    # One sentence each, nearly the same words: too little text to call syndication, and the
    # evidence says so instead of leaving "independent" beside 100% aligned text unexplained.
    a = make("Thieves took a gold compass from the Caldera maritime museum on Sunday, police said.",
             "Compass stolen", "brief-one.example", None, "a")
    b = make("A gold compass was stolen from the Caldera maritime museum on Sunday, police said.",
             "Compass stolen", "brief-two.example", None, "b")
    link = classify_pair(a, b)
    assert link.relation == "independent"
    assert any("too little text" in e for e in link.evidence), link.evidence


def test_change_notes_name_light_edits_and_credit_cuts_as_the_counts_do():
    # The copy dropped the dateline (a credit) and three words ("in London Road"): the summary
    # counts both sentences as lightly edited, and the notes must not call them "reworded".
    wire = make(WIRE_TEXT, "Crane collapses", "harbourdaily.example", None, "wire")
    copy_text = BARE_TEXT.replace(" in London Road", "")
    copy = make(copy_text, "Crane falls", "coastnews.example", None, "copy")
    link = classify_pair(wire, copy)
    assert "0 reworded" in link.evidence[0] and "2 lightly edited" in link.evidence[0]
    assert not any(e.startswith("reworded") for e in link.evidence), link.evidence
    assert any(e.startswith("credit cut: A[0:") and "PORT VALEN, March 12 (MPA)" in e for e in link.evidence)
    assert any(e.startswith("lightly edited: ") and "cut 'in London Road'" in e for e in link.evidence)


def test_a_time_with_an_offset_and_a_time_without_one_are_compared_as_publish_order_has_them():
    # One feed gives "09:00+02:00" (07:00 UTC), another a bare "08:30". Story order reads a
    # bare time as UTC (linking.stories.article_time), so the first is 1.5 h earlier; comparing
    # the wall clocks (09:00 against 08:30) would name the other one first. (No credit line:
    # both crediting the agency would make both derive from it.)
    text = BARE_TEXT
    a = make(text, "Crane collapses", "one.example", "2025-03-12T09:00:00+02:00", "a")
    b = make(text, "Crane falls", "two.example", "2025-03-12T08:30:00", "b")
    prov = infer_original(a, b, [])
    assert prov.original == a.id
    assert "A was published 1.5 h before B" in prov.evidence


def test_an_outlet_whose_domain_runs_the_agencys_name_together_is_that_agency():
    # The wire story on the agency's own site, meridianpress.example, credits
    # "(Meridian Press)" in its dateline: that site is the agency, and its article is the
    # original of a copy elsewhere, not a second derivative of some third party's copy.
    text = WIRE_TEXT.replace("(MPA)", "(Meridian Press)")
    wire = make(text, "Crane collapses", "meridianpress.example", "2025-03-12T07:30:00+00:00", "wire")
    copy = make(text, "Crane falls", "harbourdaily.example", "2025-03-12T08:15:00+00:00", "copy")
    prov = infer_original(wire, copy, [])
    assert prov.derived_from is None
    assert prov.original == wire.id
    assert any("A is published by the wire Meridian Press" in e for e in prov.evidence), prov.evidence


def test_a_word_cut_from_the_second_sentence_of_a_quotation_is_a_changed_quote():
    # The quotation runs over two sentences, so neither sentence holds both of its quotation
    # marks; the word cut from the second one is still a change to the chief executive's words.
    said = '"Safety is our first priority. We will cooperate fully with investigators," the company\'s'
    wire_text = WIRE_TEXT.replace(
        '"Safety is our first priority, and we will cooperate fully with investigators," the company\'s', said
    )
    assert wire_text != WIRE_TEXT
    wire = make(wire_text, "Crane collapses", "harbourdaily.example", None, "wire")
    copy = make(wire_text.replace("cooperate fully with", "cooperate with"), "Crane falls", "coastnews.example", None, "copy")
    link = classify_pair(wire, copy)
    assert link.relation in ("verbatim_copy", "edited_copy")
    changed = [e for e in link.evidence if "cut 'fully'" in e]
    assert changed and changed[0].startswith("quote changed: "), link.evidence


def test_a_capital_that_only_opens_a_sentence_is_not_a_detail_the_other_version_lacks():
    # "Forecasters" is capitalised because it opens its sentence: not a name the copy left
    # out. A name that opens a sentence and is written with a capital elsewhere still counts.
    kept = "Civil protection chief Darian Kolt said crews evacuated 412 people."
    a_text = kept + " Forecasters expect 60 millimetres of rain by Thursday. Orvik sent four boats, Orvik officials said."
    a = make(a_text, "Flood", "one.example", None, "a")
    b = make(kept, "Flood", "two.example", None, "b")
    cut = a_text.index(" Forecasters") + 1
    aligned = [AlignedPair(a_start=0, a_end=len(kept), b_start=0, b_end=len(kept), op="same", similarity=1.0),
               AlignedPair(a_start=cut, a_end=len(a_text), op="cut")]
    only_a, only_b = missing_details(a, b, aligned)
    assert only_a == ["60", "Thursday", "Orvik"] and only_b == []


def test_a_rewrite_crediting_an_agency_not_on_the_known_list_derives_from_it():
    # Two newspapers carry the Port Valen story; one keeps the agency's copyright line
    # "© 2026 Meridian Press Agency" (an agency on no list of ours) and nothing else. The
    # text comes from that agency: neither newspaper is the original.
    body = BARE_TEXT
    credited = make(body + "\n\u00a9 2026 Meridian Press Agency", "Crane collapses", "harbourdaily.example", None, "a")
    bare = make(body, "Crane falls", "coastnews.example", None, "b")
    prov = infer_original(credited, bare, [])
    assert prov.derived_from == "Meridian Press Agency" and prov.original is None
    assert any("both derive from Meridian Press Agency" in e for e in prov.evidence), prov.evidence


def test_the_agencys_own_site_is_the_original_of_a_copy_that_kept_its_copyright_line():
    # meridianpress.example is the agency's own site: "Meridian Press Agency" is its name with
    # the word "Agency", so its article is the original, not a derivative of a third party.
    text = BARE_TEXT + "\n\u00a9 2026 Meridian Press Agency"
    wire = make(text, "Crane collapses", "meridianpress.example", "2025-03-12T07:30:00+00:00", "wire")
    copy = make(text, "Crane falls", "harbourdaily.example", "2025-03-12T08:15:00+00:00", "copy")
    prov = infer_original(copy, wire, [])
    assert prov.derived_from is None and prov.original == wire.id
    assert any("B is published by the wire Meridian Press Agency" in e for e in prov.evidence), prov.evidence


def test_a_newspapers_own_copyright_line_is_no_wire_to_derive_from():
    # The Harbour Gazette's own copyright line is a credit the bare copy lacks, nothing more.
    gazette = make(BARE_TEXT + "\n\u00a9 2026 The Harbour Gazette", "Crane collapses", "Harbour Gazette",
                   "2025-03-12T07:30:00+00:00", "a")
    copy = make(BARE_TEXT, "Crane falls", "coastnews.example", "2025-03-12T09:30:00+00:00", "b")
    prov = infer_original(copy, gazette, [])
    assert prov.derived_from is None and prov.original == gazette.id
