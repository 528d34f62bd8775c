"""Classify how two articles relate: verbatim copy, edited copy, rewrite, or independent.

From the sentence alignment (:mod:`corroborate.linking.align`), measured in characters of
content (credit lines and sentences under a few words left out):

* ``verbatim_copy`` — almost all content of both is in unchanged sentences;
* ``edited_copy`` — a large part of the smaller article is unchanged sentences of the
  other: a syndicated copy with cuts, additions or a few edits;
* ``rewrite`` — a large part is aligned, but mostly reworded: a paraphrase, sentence by
  sentence;
* ``independent`` — little aligned content: a separate report (of the same story, when
  both are in one).

Then :func:`corroborate.linking.provenance.infer_original` decides who published first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from corroborate.linking.align import AlignOptions, align, normalise, word_diff
from corroborate.linking.provenance import credits_of, infer_original
from corroborate.linking.text import STOPWORDS, shorten, words
from corroborate.linking.types import AlignedPair, PairLink
from corroborate.types import Article

_QUOTED = re.compile(r"\"[^\"\n]+\"|“[^”\n]+”")


@dataclass(frozen=True)
class RewriteOptions:
    verbatim: float = 0.95
    """Share of both articles' content in unchanged sentences for a verbatim copy."""
    edited: float = 0.45
    """Share of the smaller article's content in unchanged sentences for an edited copy."""
    edited_larger: float = 0.1
    """... and of the larger article's (a one-line brief is not a copy of a long story)."""
    rewrite: float = 0.5
    """Share of the smaller article's content aligned (same or reworded) for a rewrite."""
    rewrite_larger: float = 0.2
    """... and of the larger article's: a rewrite follows its original, not one sentence of it."""
    rewrite_min_sentences: int = 3
    min_content_chars: int = 200
    """Below this much content (credits and quotations left out) on either side, a pair is
    not called a copy: identical boilerplate ("Chat with us in Facebook Messenger") is not
    syndication."""
    light_edit: float = 0.85
    """Character-level similarity at or above which a changed sentence counts as copied
    with a light edit (a word added or cut) rather than reworded."""
    embed_gate: float = 0.4
    """Content-word overlap (share of the smaller vocabulary) above which a pair gets the
    embedding (paraphrase) alignment."""
    align: AlignOptions = field(default_factory=AlignOptions)


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) > 2 and w not in STOPWORDS}


def _worth_embedding(a: Article, b: Article, pairs: list[AlignedPair], o: RewriteOptions) -> bool:
    """Paraphrase alignment (embeddings) is only needed, and only paid for, when the
    wording-only alignment is not already a copy and the two texts share enough content
    words to be a rewrite of one another."""
    same = sum(1 for p in pairs if p.op == "same")
    aligned = sum(1 for p in pairs if p.op in ("same", "changed"))
    n_a = sum(1 for p in pairs if p.a_start is not None)
    n_b = sum(1 for p in pairs if p.b_start is not None)
    if same >= 0.8 * min(n_a, n_b):
        return False
    if aligned >= 0.15 * min(n_a, n_b):
        return True
    wa, wb = _content_words(a.text), _content_words(b.text)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= o.embed_gate


_HANDLE = re.compile(r"@\w{2,}|pic\.twitter\.com|twitter\.com/")


def _quoted_sentences(text: str, pairs: list[AlignedPair], side: str) -> set[int]:
    """Pairs whose sentence on ``side`` is mostly quoted words or an embedded social-media
    post: independent reports quote the same statement, so sharing it is not copying."""
    out: set[int] = set()
    for i, p in enumerate(pairs):
        start, end = (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end)
        if start is None or p.op in ("cut", "added"):
            continue
        sent = text[start:end]
        inside = sum(m.end() - m.start() for m in _QUOTED.finditer(sent))
        if inside >= 0.5 * len(sent) or _HANDLE.search(sent):
            out.add(i)
    return out


def _content_mask(article: Article) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in credits_of(article)]


def _chars(start: int | None, end: int | None, credits: list[tuple[int, int]]) -> int:
    if start is None or end is None:
        return 0
    n = end - start
    for cs, ce in credits:
        lo, hi = max(start, cs), min(end, ce)
        if hi > lo:
            n -= hi - lo
    return max(0, n) if n >= 15 else 0


def classify_pair(
    a: Article,
    b: Article,
    embedder: object | None = None,
    analysis_a: object | None = None,
    analysis_b: object | None = None,
    options: RewriteOptions | None = None,
    cache: dict | None = None,
) -> PairLink:
    """How ``a`` and ``b`` relate, with the aligned sentences, who published first and the
    evidence in words. ``embedder`` (optional) lets paraphrased sentences align; ``cache``
    keeps sentence embeddings across calls. Analyses are accepted for future use and not
    required."""
    o = options or RewriteOptions()
    pairs = align(a.text, b.text, None, o.align)
    if embedder is not None and _worth_embedding(a, b, pairs, o):
        pairs = align(a.text, b.text, embedder, o.align, cache, a.id, b.id)
    ca, cb = _content_mask(a), _content_mask(b)
    qa, qb = _quoted_sentences(a.text, pairs, "a"), _quoted_sentences(b.text, pairs, "b")
    # "Copied": unchanged sentences and light edits (character-level ratio >= light_edit).
    light = {
        i for i, p in enumerate(pairs)
        if p.op == "changed"
        and fuzz.ratio(normalise(a.text[p.a_start : p.a_end]), normalise(b.text[p.b_start : p.b_end])) / 100
        >= o.light_edit
    }
    copied_idx = {i for i, p in enumerate(pairs) if p.op == "same"} | light
    changed_idx = {i for i, p in enumerate(pairs) if p.op == "changed"} - light

    def chars_a(i: int) -> int:
        p = pairs[i]
        return 0 if i in qa else _chars(p.a_start, p.a_end, ca)

    def chars_b(i: int) -> int:
        p = pairs[i]
        return 0 if i in qb else _chars(p.b_start, p.b_end, cb)

    idx = range(len(pairs))
    tot_a = sum(chars_a(i) for i in idx if pairs[i].a_start is not None)
    tot_b = sum(chars_b(i) for i in idx if pairs[i].b_start is not None)
    same_a = sum(chars_a(i) for i in copied_idx)
    same_b = sum(chars_b(i) for i in copied_idx)
    al_a = same_a + sum(chars_a(i) for i in changed_idx)
    al_b = same_b + sum(chars_b(i) for i in changed_idx)
    n_same = sum(1 for i in copied_idx if chars_a(i)) - sum(1 for i in light if chars_a(i))
    n_light = sum(1 for i in light if chars_a(i))
    n_changed = sum(1 for i in changed_idx if chars_a(i))
    n_quoted = len(qa | qb)
    n_cut = sum(1 for p in pairs if p.op == "cut")
    n_added = sum(1 for p in pairs if p.op == "added")

    share_same_a = same_a / tot_a if tot_a else 0.0
    share_same_b = same_b / tot_b if tot_b else 0.0
    share_al_a = al_a / tot_a if tot_a else 0.0
    share_al_b = al_b / tot_b if tot_b else 0.0
    similarity = (al_a + al_b) / (tot_a + tot_b) if tot_a + tot_b else 0.0
    # The smaller article is the one with the larger share aligned.
    small_is_a = share_al_a >= share_al_b
    smaller_same, larger_same = (share_same_a, share_same_b) if small_is_a else (share_same_b, share_same_a)
    smaller_aligned, larger_aligned = (share_al_a, share_al_b) if small_is_a else (share_al_b, share_al_a)
    n_aligned = n_same + n_light + n_changed

    too_short = min(tot_a, tot_b) < o.min_content_chars
    if too_short:
        relation = "independent"  # too little text (a stub, a scraped boilerplate line) to call a copy
    elif tot_a and tot_b and min(share_same_a, share_same_b) >= o.verbatim and not changed_idx:
        relation = "verbatim_copy"
    elif (
        smaller_aligned >= o.rewrite
        and larger_aligned >= o.rewrite_larger
        and n_aligned >= o.rewrite_min_sentences
    ):
        # Mostly copied text (with cuts, additions, light edits) or mostly reworded text.
        relation = "edited_copy" if smaller_same >= smaller_aligned - smaller_same else "rewrite"
    elif smaller_same >= o.edited and larger_same >= o.edited_larger and n_same + n_light >= 2:
        relation = "edited_copy"
    else:
        relation = "independent"

    evidence = [
        f"{n_same} sentence(s) unchanged, {n_light} lightly edited, {n_changed} reworded, "
        f"{n_cut} only in A, {n_added} only in B"
        + (f", {n_quoted} quotation or post sentence(s) not counted as copying; " if n_quoted else "; ")
        + f"copied text (unchanged or lightly edited) covers {share_same_a:.0%} of A and {share_same_b:.0%} of B, "
        f"aligned text {share_al_a:.0%} of A and {share_al_b:.0%} of B"
    ]
    if too_short:
        short_side = "A" if tot_a <= tot_b else "B"
        evidence.append(
            f"too little text to call a copy: {short_side} has {min(tot_a, tot_b)} characters of content "
            f"(credits, quotations and very short sentences left out); a copy needs {o.min_content_chars} on each side"
        )
    evidence += _change_notes(a, b, pairs, light, ca, cb)

    original = None
    derived = None
    confidence = 0.0
    if relation != "independent":
        prov = infer_original(a, b, pairs)
        original, derived, confidence = prov.original, prov.derived_from, prov.confidence
        if original is not None:
            who = "A" if original == a.id else "B"
            evidence.append(f"original: {who} (confidence {confidence:.2f})")
        evidence += list(prov.evidence)
    return PairLink(
        a=a.id,
        b=b.id,
        relation=relation,
        similarity=round(similarity, 4),
        aligned=tuple(pairs),
        original=original,
        derived_from=derived,
        confidence=confidence,
        evidence=tuple(evidence),
    )


def _change_notes(
    a: Article,
    b: Article,
    pairs: list[AlignedPair],
    light: set[int] | frozenset[int] = frozenset(),
    credits_a: list[tuple[int, int]] | None = None,
    credits_b: list[tuple[int, int]] | None = None,
    limit: int = 4,
) -> list[str]:
    """Words about the most telling differences: changed quotes first, then other edits.

    A changed pair is named as the summary line counts it: ``lightly edited`` (its index in
    ``light``) or ``reworded``; ``credit cut``/``credit added`` when every edit in it lies in a
    credit (a dropped dateline), so removing a credit does not read as rewording."""
    notes: list[str] = []
    quoted: list[str] = []
    quotations_a, quotations_b = _quotations(a.text), _quotations(b.text)
    for i, p in enumerate(pairs):
        if p.op != "changed":
            continue
        edits = word_diff(a.text, b.text, p)
        if not edits:
            continue
        kind = "lightly edited" if i in light else "reworded"
        in_a = [e for e in edits if e.a_words]
        in_b = [e for e in edits if e.b_words]
        if all(_within(e.a_start, e.a_end, credits_a or []) for e in in_a) and all(
            _within(e.b_start, e.b_end, credits_b or []) for e in in_b
        ):
            kind = "credit cut" if in_a and not in_b else ("credit added" if in_b and not in_a else "credit changed")
        shown = "; ".join(
            f"'{shorten(e.a_words, 30)}' → '{shorten(e.b_words, 30)}'" if e.op == "replace"
            else (f"cut '{shorten(e.a_words, 30)}'" if e.op == "delete" else f"added '{shorten(e.b_words, 30)}'")
            for e in edits[:3]
        )
        line = f"A[{p.a_start}:{p.a_end}] → B[{p.b_start}:{p.b_end}] (similarity {p.similarity:.2f}): {shown}"
        in_quote = _inside_quotes(quotations_a, [(e.a_start, e.a_end) for e in edits if e.a_words])
        in_quote = in_quote or _inside_quotes(quotations_b, [(e.b_start, e.b_end) for e in edits if e.b_words])
        if in_quote:
            quoted.append("quote changed: " + line)
        elif len(notes) < limit:
            notes.append(f"{kind}: " + line)
    for p in pairs:
        if len(notes) >= limit * 2:
            break
        if p.op == "cut":
            notes.append(f"only in A[{p.a_start}:{p.a_end}]: '{shorten(a.text[p.a_start:p.a_end], 70)}'")
        elif p.op == "added":
            notes.append(f"only in B[{p.b_start}:{p.b_end}]: '{shorten(b.text[p.b_start:p.b_end], 70)}'")
    return quoted + notes


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def _quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations of ``text``, found in the whole text (a quotation of two
    sentences has its opening mark in one sentence and its closing mark in the next)."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _inside_quotes(quotations: list[tuple[int, int]], spans: list[tuple[int, int]]) -> bool:
    """Whether any edit span falls inside one of ``quotations``."""
    return any(qs < e and s < qe for s, e in spans for qs, qe in quotations)
