"""Sentence alignment: spans, ops and word-level differences."""

from __future__ import annotations

from corroborate.linking.align import align, word_diff
from corroborate.linking.text import sentences


def test_sentences_keep_offsets_and_abbreviations():
    text = 'Dr. Ana Kell said so. "It fell," said Mr. Redl at 6 a.m. Monday.\nNext line here.'
    spans = sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Dr. Ana Kell said so.",
        '"It fell," said Mr. Redl at 6 a.m. Monday.',
        "Next line here.",
    ]


def test_alignment_marks_same_changed_cut_added_with_spans():
    a = "The bridge opened on Monday. It cost 40 million euros. The mayor cut the ribbon."
    b = "The bridge opened on Monday. It cost 45 million euros. Crowds lined the river banks."
    pairs = align(a, b)
    ops = [p.op for p in pairs]
    assert ops.count("same") == 1 and ops.count("changed") == 1
    assert "cut" in ops and "added" in ops
    changed = next(p for p in pairs if p.op == "changed")
    assert a[changed.a_start : changed.a_end] == "It cost 40 million euros."
    assert b[changed.b_start : changed.b_end] == "It cost 45 million euros."
    edits = word_diff(a, b, changed)
    assert [(e.a_words, e.b_words) for e in edits] == [("40", "45")]
    assert a[edits[0].a_start : edits[0].a_end] == "40"


def test_unrelated_sentences_do_not_align():
    pairs = align("Rain is expected across the north tonight.", "The central bank held interest rates.")
    assert sorted(p.op for p in pairs) == ["added", "cut"]


def test_an_excerpt_is_shortened_on_one_line_at_a_word():
    from corroborate.linking.text import shorten

    assert shorten("Greek government\nunder fire", 60) == "Greek government under fire"
    assert shorten("A week of violence in Greece has left the government reeling", 30) == "A week of violence in Greece…"
    assert shorten("Supercalifragilisticexpialidocious", 10) == "Supercali…"  # (no space: mid-word)
