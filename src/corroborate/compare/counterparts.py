"""Which sentence of a copy or rewrite stands for which sentence of the article it copies.

Linking aligned the two articles sentence by sentence (:func:`corroborate.linking.align.align`)
to call them a copy or a rewrite; that alignment is the best evidence of what the rewrite
made of each sentence, better than any similarity of the two sentences alone (a rewrite
rewords far: "We will watch every euro" / "We are going to keep a close eye on each cent").

Two kinds of counterpart:

* **aligned** — the alignment pairs the two sentences (unchanged, edited or reworded);
* **in place** — the rewrite replaced one sentence by one other in the same place: the
  sentences before and after are aligned with each other, and between them each side has
  exactly one sentence the alignment left unpaired.

Facts join aligned sentences into one fact and read a sentence replaced in place as a
restatement; quotes of one speaker in counterpart sentences are one remark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from corroborate.compare.context import DERIVED, StoryInput
from corroborate.linking.types import AlignedPair


@dataclass(frozen=True)
class Counterpart:
    a: str
    a_span: tuple[int, int]
    b: str
    b_span: tuple[int, int]
    aligned: bool
    """True: paired by the alignment; False: replaced in place."""


class _Encoder:
    """``embed(texts)`` as the ``encode`` the alignment calls."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray]) -> None:
        self._embed = embed

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._embed(list(texts)), dtype=np.float32)


def _in_place(pairs: tuple[AlignedPair, ...] | list[AlignedPair]) -> Iterable[tuple[AlignedPair, AlignedPair]]:
    """(cut, added) pairs each alone between two aligned pairs that keep their order."""
    matched = [p for p in pairs if p.a_start is not None and p.b_start is not None]
    cuts = [p for p in pairs if p.op == "cut" and p.a_start is not None]
    added = [p for p in pairs if p.op == "added" and p.b_start is not None]
    matched.sort(key=lambda p: p.a_start)
    for before, after in pairwise(matched):
        if before.b_start >= after.b_start:
            continue  # the rewrite moved sentences around here: no place to speak of
        gap_a = [p for p in cuts if before.a_start < p.a_start < after.a_start]
        gap_b = [p for p in added if before.b_start < p.b_start < after.b_start]
        if len(gap_a) == 1 and len(gap_b) == 1:
            yield gap_a[0], gap_b[0]


def counterparts(story: StoryInput, embed: Callable[[list[str]], np.ndarray] | None = None) -> tuple[Counterpart, ...]:
    """The counterpart sentences of every pair of the story's articles linked as a copy or a
    rewrite. A link stored without its alignment is aligned again here (with ``embed``, the
    sentence embedder, when given — as linking aligns)."""
    from corroborate.linking.align import align

    out: list[Counterpart] = []
    for link in story.links:
        if link.relation not in DERIVED or link.a not in story.by_id or link.b not in story.by_id:
            continue
        pairs = link.aligned
        if not pairs:
            a, b = story.by_id[link.a], story.by_id[link.b]
            pairs = tuple(align(a.text, b.text, _Encoder(embed) if embed is not None else None))
        for p in pairs:
            if p.op in ("same", "changed") and p.a_start is not None and p.b_start is not None:
                out.append(Counterpart(link.a, (p.a_start, p.a_end), link.b, (p.b_start, p.b_end), True))
        for cut, add in _in_place(pairs):
            out.append(Counterpart(link.a, (cut.a_start, cut.a_end), link.b, (add.b_start, add.b_end), False))
    return tuple(out)


def overlapping(spans: list[tuple[int, int]], span: tuple[int, int]) -> int | None:
    """Index of the span in ``spans`` that overlaps ``span`` most (None if none does): the
    analysis and the alignment split sentences alike, but not always exactly."""
    best, most = None, 0
    for n, (s, e) in enumerate(spans):
        shared = min(e, span[1]) - max(s, span[0])
        if shared > most:
            best, most = n, shared
    return best
