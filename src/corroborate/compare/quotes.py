"""Quotes across the sources of one story: who said what, and who changed it.

Quotes of one speaker (matched across articles by surname, or by the head noun of an unnamed
source) are grouped when they report the same words (token overlap) or the same remark
(sentence-embedding similarity), or when they stand in counterpart sentences of a copy or
rewrite pair (:mod:`corroborate.compare.counterparts`: the alignment pairs the two sentences,
or the rewrite replaced one by the other in place) — a rewrite may reword a quote far beyond
any similarity ("We will watch every euro" / "We are going to keep a close eye on each
cent") and still keep it where the original had it, attributed to the same speaker. Each
version is labelled against the group's reference — the version most sources carry, the
earliest on a tie:

verbatim → cosmetic (spelling, contractions, brackets, ellipsis, punctuation) → trimmed (one is part of
the other) → altered (words changed; word-level diff) → paraphrase_as_quote (quotation marks
around words no other source attributes to the speaker for that remark).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from corroborate.analysis.types import Quote
from corroborate.compare.context import StoryInput
from corroborate.compare.counterparts import counterparts, overlapping
from corroborate.compare.types import QuoteGroup, QuoteLabel, QuoteVersion
from corroborate.compare.wording import (
    changed_words,
    cosmetic_tokens,
    is_contiguous_part,
    overlap,
    typographic,
    word_diff,
)
from corroborate.groups import DisjointSets

SAME_WORDS = 0.6
"""Token overlap (share of the shorter quote, in order) from which two quotes report the
same words, possibly altered."""
SAME_REMARK = 0.72
"""Cosine similarity of all-MiniLM-L6-v2 embeddings from which two quotes of one speaker
report the same remark in other words."""

_RANK: dict[str, int] = {
    "verbatim": 0, "cosmetic": 1, "trimmed": 2, "altered": 4, "paraphrase_as_quote": 3, "single_source": -1,
}
_UNNAMED_HEAD = re.compile(r"(\w+)s?\W*$")
_AFTER_HEAD = {
    "at", "of", "in", "from", "for", "with", "on", "to", "close", "familiar", "who", "which", "that",
    "speaking", "briefed", "involved", "knowledgeable", "based", "working",
}


@dataclass
class _Item:
    """One quoted passage: a whole quote, or one piece of a quote split around its cue
    (“A,” she said. “B.” — A and B are compared separately, as outlets often keep one)."""

    article: str
    quote: Quote
    speaker_key: str
    tokens: list[str]
    words: str
    start: int
    end: int


def passages(quote: Quote, text: str) -> list[tuple[int, int]]:
    """The quoted passages of ``quote`` as (start, end), trimmed of spaces and of the
    comma or full stop that ends a passage before its cue."""
    spans = list(quote.pieces) or [(quote.start, quote.end)]
    out = []
    for s, e in spans:
        while s < e and text[s] in " \t\n":
            s += 1
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def speaker_key(quote: Quote) -> str | None:
    """Who said it, comparable across articles: a surname, or ``unnamed:<head noun>``."""
    name = quote.speaker_name or quote.speaker
    if not name:
        return None
    words = re.findall(r"[\w'-]+", name)
    if not words:
        return None
    if quote.unnamed:
        # the noun heading the description: "An official at the finance ministry", "a person
        # familiar with the talks" -> official, person
        cut = next((n for n, w in enumerate(words) if n and w.casefold() in _AFTER_HEAD), len(words))
        head = words[cut - 1].casefold()
        return "unnamed:" + (head[:-1] if head.endswith("s") and len(head) > 3 else head)
    return words[-1].casefold()


def _verbatim_key(text: str) -> str:
    # the comma or full stop closing a quote before its cue is house style, not wording
    return typographic(text).rstrip(".,;:!? ").casefold()


def label_pair(ref: list[str], ref_text: str, other: list[str], other_text: str) -> QuoteLabel:
    if _verbatim_key(ref_text) == _verbatim_key(other_text):
        return "verbatim"
    if ref == other:
        return "cosmetic"
    if is_contiguous_part(other, ref) or is_contiguous_part(ref, other):
        return "trimmed"
    if overlap(ref, other) >= SAME_WORDS:
        return "altered"
    return "paraphrase_as_quote"


def group_quotes(story: StoryInput, embed=None) -> tuple[QuoteGroup, ...]:
    """Quote groups of ``story``. ``embed(texts) -> unit vectors`` (the sentence embedder)
    is used to match the same remark in other words; without it only wording is used."""
    items: list[_Item] = []
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is None:
            continue
        for quote in analysis.quotes:
            if quote.kind == "indirect":
                continue
            key = speaker_key(quote)
            if key is None:
                continue
            for start, end in passages(quote, article.text):
                words = article.text[start:end]
                items.append(_Item(article.id, quote, key, cosmetic_tokens(words), words, start, end))
    if not items:
        return ()
    vectors = None
    if embed is not None:
        vectors = np.asarray(embed([typographic(i.words) for i in items]), dtype=np.float32)

    # union quotes of one speaker in different articles that share words or the remark
    sets = DisjointSets(range(len(items)))

    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_speaker[item.speaker_key].append(i)
    in_counterparts = _counterpart_sentences(story, items, embed)
    for members in by_speaker.values():
        for x_pos, i in enumerate(members):
            for j in members[x_pos + 1 :]:
                if items[i].article == items[j].article:
                    continue
                same_words = overlap(items[i].tokens, items[j].tokens) >= SAME_WORDS
                same_remark = vectors is not None and float(vectors[i] @ vectors[j]) >= SAME_REMARK
                if same_words or same_remark or (i, j) in in_counterparts:
                    sets.union(j, i)

    groups: list[QuoteGroup] = []
    for members in sets.groups():
        members.sort(key=lambda i: (story.order.get(items[i].article, 0), items[i].start))
        groups.append(_make_group(story, [items[i] for i in members]))
    groups.sort(key=lambda g: (g.label == "single_source", -_RANK[g.label], story.order.get(g.reference.article, 0), g.reference.start))
    return tuple(g.model_copy(update={"id": f"qg{n + 1}"}) for n, g in enumerate(groups))


def _counterpart_sentences(story: StoryInput, items: list[_Item], embed) -> set[tuple[int, int]]:
    """(i, j) with i < j: quoted passages that stand in counterpart sentences of a copy or
    rewrite pair (one sentence each, in the two articles)."""
    has_links = any(link.a in story.by_id and link.b in story.by_id for link in story.links)
    if not has_links:
        return set()
    spans: dict[str, list[tuple[int, int]]] = {}
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is not None:
            spans[article.id] = [(s.start, s.end) for s in analysis.sentences]
    sentence_of: dict[tuple[str, int], list[int]] = defaultdict(list)  # (article, sentence) -> items
    for n, item in enumerate(items):
        sent = overlapping(spans.get(item.article, []), (item.start, item.end))
        if sent is not None:
            sentence_of[(item.article, sent)].append(n)
    out: set[tuple[int, int]] = set()
    for c in counterparts(story, embed):
        sa = overlapping(spans.get(c.a, []), c.a_span)
        sb = overlapping(spans.get(c.b, []), c.b_span)
        if sa is None or sb is None:
            continue
        for i in sentence_of.get((c.a, sa), ()):
            for j in sentence_of.get((c.b, sb), ()):
                out.add((min(i, j), max(i, j)))
    return out


def whole_quotes(members: list[_Item]) -> list[_Item]:
    """The pieces of one quote that fall in one group, joined into one version (in text
    order, with "…" where the cue was): the remark as the article gives it, so “A,” she
    said. “B.” compares with another outlet's “A. B.” as one remark, and each article
    counts once."""
    out: list[_Item] = []
    at: dict[tuple[str, str], int] = {}
    for m in members:
        key = (m.article, m.quote.id)
        if key not in at:
            at[key] = len(out)
            out.append(m)
            continue
        prev = out[at[key]]
        out[at[key]] = _Item(
            prev.article, prev.quote, prev.speaker_key, prev.tokens + m.tokens, f"{prev.words} … {m.words}",
            prev.start, m.end,
        )
    return out


def _make_group(story: StoryInput, members: list[_Item]) -> QuoteGroup:
    members = whole_quotes(members)
    speaker = next((m.quote.speaker_name or m.quote.speaker for m in members if m.quote.speaker_name), None)
    speaker = speaker or members[0].quote.speaker or "?"
    articles = {m.article for m in members}
    if len(articles) == 1:
        ref = members[0]
        return QuoteGroup(
            id="",
            speaker=speaker,
            label="single_source",
            reference=story.cite(ref.article, ref.start, ref.end),
            versions=tuple(
                QuoteVersion(cite=story.cite(m.article, m.start, m.end), label="single_source", words=m.words)
                for m in members
            ),
            reason=f"only {story.outlet(ref.article)} reports these words of {speaker}",
            outlets=(story.outlet(ref.article),),
        )
    # reference: the wording most other articles share, earliest on a tie
    def support(m: _Item) -> int:
        return len({o.article for o in members if o.article != m.article and overlap(m.tokens, o.tokens) >= SAME_WORDS})

    best = max(support(m) for m in members)
    ref = next(m for m in members if support(m) == best)
    versions: list[QuoteVersion] = []
    notes: list[str] = []
    for m in members:
        if m is ref:
            versions.append(QuoteVersion(cite=story.cite(m.article, m.start, m.end), label="verbatim", words=m.words))
            continue
        label = label_pair(ref.tokens, ref.words, m.tokens, m.words)
        if label == "paraphrase_as_quote" and support(m) > 0:
            label = "altered"  # another source shares these words: not an invention
        diff = word_diff(ref.words, m.words) if label in ("altered", "trimmed", "cosmetic") else ()
        versions.append(
            QuoteVersion(cite=story.cite(m.article, m.start, m.end), label=label, diff=diff, words=m.words)
        )
        outlet = story.outlet(m.article)
        if label == "altered":
            changes = "; ".join(f"'{a or '∅'}' → '{b or '∅'}'" for a, b in changed_words(diff, inner=True)[:4])
            notes.append(f"{outlet} changes the words: {changes}")
        elif label == "paraphrase_as_quote":
            notes.append(
                f"{outlet} puts in quotation marks words no other source attributes to {speaker} "
                f"for this remark; {story.outlet(ref.article)} quotes it differently"
            )
        elif label == "trimmed":
            notes.append(f"{outlet} quotes a part of the remark")
        elif label == "cosmetic":
            notes.append(f"{outlet} differs only in spelling, contractions, punctuation or brackets")
    worst = max((v.label for v in versions), key=lambda lab: _RANK[lab])
    if not notes:
        notes.append(f"{len({v.cite.article for v in versions})} articles quote the same words")
    outlets = tuple(dict.fromkeys(story.outlet(v.cite.article) for v in versions))
    return QuoteGroup(
        id="",
        speaker=speaker,
        label=worst,
        reference=story.cite(ref.article, ref.start, ref.end),
        versions=tuple(versions),
        reason="; ".join(notes),
        outlets=outlets,
    )
