"""Sentence alignment between two articles.

Every sentence of ``a`` is matched to at most one sentence of ``b`` (one-to-one, best pairs
first): exact or near-exact wording through rapidfuzz, paraphrases through sentence
embeddings when an embedder is given. Each pair becomes an :class:`AlignedPair` with op
``same`` (identical up to spacing, case and punctuation), ``changed`` (reworded: an edit
or a paraphrase), ``cut`` (only in ``a``) or ``added`` (only in ``b``); offsets index the
articles' stored texts.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from corroborate.linking.text import SentenceSpan, sentences
from corroborate.linking.types import AlignedPair

_NORM = re.compile(r"[^\w]+", re.UNICODE)


@dataclass(frozen=True)
class AlignOptions:
    fuzzy_match: float = 0.68
    """token_sort_ratio/100 at or above which two sentences are the same sentence, edited."""
    same: float = 0.97
    """ratio/100 of normalised text at or above which a pair counts as unchanged."""
    paraphrase: float = 0.75
    """Embedding cosine at or above which two sentences are a paraphrase."""
    min_chars: int = 12
    """Shorter sentences (bylines, "Photo") are aligned only when identical."""
    embed_sentences: int = 40
    """Sentences per article embedded (the first ones; later ones align by wording only)."""
    embed_chars: int = 300


def normalise(sentence: str) -> str:
    return _NORM.sub(" ", sentence.casefold()).strip()


def _embed(
    embedder, sents: list[SentenceSpan], cache: dict | None, key: str | None, o: AlignOptions
) -> np.ndarray:
    """Embeddings of the first ``o.embed_sentences`` sentences; zero rows for the rest."""
    if cache is not None and key is not None and key in cache:
        return cache[key]
    head = [s.text[: o.embed_chars] for s in sents[: o.embed_sentences]]
    vecs = np.zeros((len(sents), 384), dtype=np.float32)
    if head:
        enc = embedder.encode(head)
        vecs = np.zeros((len(sents), enc.shape[1]), dtype=np.float32)
        vecs[: len(head)] = enc
    if cache is not None and key is not None:
        cache[key] = vecs
    return vecs


def align(
    a_text: str,
    b_text: str,
    embedder: object | None = None,
    options: AlignOptions | None = None,
    cache: dict | None = None,
    a_key: str | None = None,
    b_key: str | None = None,
) -> list[AlignedPair]:
    """Aligned sentence pairs of ``a_text`` and ``b_text`` in reading order of ``a``
    (``added`` sentences of ``b`` placed after the ``b`` sentence they follow).

    ``cache`` (with ``a_key``/``b_key``) keeps sentence embeddings between calls."""
    o = options or AlignOptions()
    sa, sb = sentences(a_text), sentences(b_text)
    if not sa or not sb:
        return [AlignedPair(a_start=s.start, a_end=s.end, op="cut") for s in sa] + [
            AlignedPair(b_start=s.start, b_end=s.end, op="added") for s in sb
        ]
    na = [normalise(s.text) for s in sa]
    nb = [normalise(s.text) for s in sb]
    sim = cdist(na, nb, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=1) / 100.0
    exact = cdist(na, nb, scorer=fuzz.ratio, dtype=np.float32, workers=1) / 100.0
    short_a = np.array([len(x) < o.min_chars for x in na])
    short_b = np.array([len(x) < o.min_chars for x in nb])
    short = short_a[:, None] | short_b[None, :]
    score = np.where(sim >= o.fuzzy_match, sim, 0.0)
    if embedder is not None:
        ea = _embed(embedder, sa, cache, a_key, o)
        eb = _embed(embedder, sb, cache, b_key, o)
        cos = ea @ eb.T
        para = np.where(cos >= o.paraphrase, cos, 0.0)
        score = np.maximum(score, para)
    score = np.where(short, np.where(exact >= 0.999, 1.0, 0.0), score)

    # Greedy one-to-one: best pair first; ties broken by position (stable order).
    pairs: dict[int, tuple[int, float]] = {}
    used_b: set[int] = set()
    flat = np.argsort(-score, axis=None, kind="stable")
    for idx in flat.tolist():
        i, j = divmod(idx, len(sb))
        s = float(score[i, j])
        if s <= 0.0:
            break
        if i in pairs or j in used_b:
            continue
        pairs[i] = (j, s)
        used_b.add(j)
        if len(pairs) == min(len(sa), len(sb)):
            break

    out: list[AlignedPair] = []
    b_after: dict[int, list[int]] = {}
    matched_b = sorted(used_b)
    # Unmatched b sentences are reported after the a sentence matched to the b sentence before them.
    b_to_a = {j: i for i, (j, _) in pairs.items()}
    for j in range(len(sb)):
        if j in used_b:
            continue
        prev = [k for k in matched_b if k < j]
        anchor = b_to_a[prev[-1]] if prev else -1
        b_after.setdefault(anchor, []).append(j)
    for j in b_after.get(-1, []):
        out.append(AlignedPair(b_start=sb[j].start, b_end=sb[j].end, similarity=0.0, op="added"))
    for i, s in enumerate(sa):
        if i in pairs:
            j, val = pairs[i]
            op = "same" if exact[i, j] >= o.same else "changed"
            out.append(
                AlignedPair(
                    a_start=s.start, a_end=s.end, b_start=sb[j].start, b_end=sb[j].end,
                    similarity=round(float(max(val, exact[i, j])), 4), op=op,
                )
            )
        else:
            out.append(AlignedPair(a_start=s.start, a_end=s.end, similarity=0.0, op="cut"))
        for j in b_after.get(i, []):
            out.append(AlignedPair(b_start=sb[j].start, b_end=sb[j].end, similarity=0.0, op="added"))
    return out


@dataclass(frozen=True)
class WordEdit:
    """One word-level difference inside a changed sentence pair (offsets into each text)."""

    op: str  # "replace" | "delete" | "insert"
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_words: str
    b_words: str


def word_diff(a_text: str, b_text: str, pair: AlignedPair) -> list[WordEdit]:
    """Word-level edits turning ``a``'s sentence into ``b``'s (for a ``changed`` pair)."""
    if pair.a_start is None or pair.b_start is None:
        return []
    wa = [(m.start() + pair.a_start, m.end() + pair.a_start, m.group()) for m in re.finditer(r"\S+", a_text[pair.a_start : pair.a_end])]
    wb = [(m.start() + pair.b_start, m.end() + pair.b_start, m.group()) for m in re.finditer(r"\S+", b_text[pair.b_start : pair.b_end])]
    key = lambda w: normalise(w[2]) or w[2]
    sm = difflib.SequenceMatcher(a=[key(w) for w in wa], b=[key(w) for w in wb], autojunk=False)
    edits: list[WordEdit] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        a_start = wa[i1][0] if i1 < i2 else (wa[i1 - 1][1] if i1 > 0 else pair.a_start)
        a_end = wa[i2 - 1][1] if i1 < i2 else a_start
        b_start = wb[j1][0] if j1 < j2 else (wb[j1 - 1][1] if j1 > 0 else pair.b_start)
        b_end = wb[j2 - 1][1] if j1 < j2 else b_start
        edits.append(
            WordEdit(tag, a_start, a_end, b_start, b_end, a_text[a_start:a_end], b_text[b_start:b_end])
        )
    return edits
