"""The per-article part of linking, ahead of the stream: MinHash signatures and prepared
story terms, in batches, optionally in worker processes.

Linking an article has a pure part — its MinHash signature, its weighted terms and the
latest year it mentions depend on the article alone — and a sequential part: the LSH query
and insert, document frequencies and story placement must go in publish order.
:func:`iter_features` computes the pure part for consecutive chunks of the stream (each
chunk in one vectorised pass: :meth:`MinHasher.signatures`, :func:`prepare_texts`) and
yields them in order, so the caller runs the sequential part on chunk ``k`` while workers
compute chunk ``k + 1``. The features are the same numbers whether computed here or in a
worker, in whatever chunks (tests/linking/test_linking_batched.py), so the links and
stories do not depend on ``processes``.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from corroborate.linking.minhash import MinHasher
from corroborate.linking.stories import PreparedArticle, StoryOptions, _options_key, prepare_texts
from corroborate.types import Article

DEFAULT_CHUNK = 256
"""Articles per chunk: big enough for the vectorised passes, small enough to keep little
in memory and to start the sequential part early."""


@dataclass(frozen=True)
class FeatureChunk:
    """The features of ``articles`` (a consecutive piece of the stream)."""

    articles: list[Article]
    signatures: np.ndarray
    prepared: list[PreparedArticle]
    worker_cpu_seconds: float = 0.0
    """CPU time a worker process spent on this chunk (0 when computed in this process)."""


@lru_cache(maxsize=4)
def _hasher(num_perm: int, shingle_size: int) -> MinHasher:
    return MinHasher(num_perm, shingle_size)


def chunk_features(
    items: Sequence[tuple[str | None, str]], num_perm: int, shingle_size: int, options: StoryOptions
) -> tuple[np.ndarray, list[PreparedArticle]]:
    """Signatures and prepared terms of (title, text) pairs, in this process."""
    sigs = _hasher(num_perm, shingle_size).signatures([text for _, text in items])
    return sigs, prepare_texts(items, options)


def _worker_features(
    items: list[tuple[str | None, str]], num_perm: int, shingle_size: int, options: StoryOptions
) -> tuple[np.ndarray, str, np.ndarray, np.ndarray, list[int | None], np.ndarray, float]:
    """:func:`chunk_features` packed for the trip back: one string of all terms (no term
    holds a line break), one array of their factors, where each article's terms end, the
    years, one array of which terms are named; and the CPU time it took."""
    cpu = time.process_time()
    sigs, prepared = chunk_features(items, num_perm, shingle_size, options)
    terms = "\n".join(t for p in prepared for t in p.terms)
    tf = np.concatenate([p.tf for p in prepared]) if prepared else np.zeros(0)
    ends = np.cumsum([len(p.terms) for p in prepared], dtype=np.int64)
    named = np.concatenate([p.named for p in prepared]) if prepared else np.zeros(0, dtype=bool)
    return sigs, terms, tf, ends, [p.year for p in prepared], named, time.process_time() - cpu


def _unpack(packed, options: StoryOptions) -> tuple[np.ndarray, list[PreparedArticle]]:
    sigs, terms, tf, ends, years, named, _ = packed
    flat = terms.split("\n") if terms else []
    key = _options_key(options)
    out = []
    start = 0
    for end, year in zip(ends.tolist(), years):
        out.append(PreparedArticle(flat[start:end], tf[start:end], year, key, named[start:end]))
        start = end
    return sigs, out


def _worker_init() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def _context():
    # fork when this process runs no other thread and has no native thread pools loaded
    # (torch, tokenizers: threads Python does not see) — fast, nothing re-imported, and
    # safe; otherwise a forkserver, whose workers start clean (no copy of other threads' locks)
    methods = multiprocessing.get_all_start_methods()
    pools = ("torch", "tokenizers", "sentence_transformers")
    if "fork" in methods and threading.active_count() == 1 and not any(m in sys.modules for m in pools):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def iter_features(
    articles: Sequence[Article],
    num_perm: int,
    shingle_size: int,
    options: StoryOptions,
    processes: int = 0,
    chunk: int = DEFAULT_CHUNK,
) -> Iterator[FeatureChunk]:
    """The features of ``articles`` chunk by chunk, in order. ``processes`` worker processes
    compute them (a few chunks ahead of the consumer); with 0 or 1 chunk, in this process."""
    chunks = [list(articles[i : i + chunk]) for i in range(0, len(articles), chunk)]
    if processes <= 0 or len(chunks) <= 1:
        for part in chunks:
            sigs, prepared = chunk_features([(a.title, a.text) for a in part], num_perm, shingle_size, options)
            yield FeatureChunk(part, sigs, prepared)
        return
    with ProcessPoolExecutor(max_workers=processes, mp_context=_context(), initializer=_worker_init) as pool:

        def submit(part: list[Article]) -> tuple[list[Article], Future]:
            return part, pool.submit(_worker_features, [(a.title, a.text) for a in part], num_perm, shingle_size, options)

        # keep 2 chunks a worker in flight, one more submitted as each is taken
        pending: deque[tuple[list[Article], Future]] = deque(map(submit, chunks[: 2 * processes]))
        later = iter(chunks[2 * processes :])
        while pending:
            part, fut = pending.popleft()
            nxt = next(later, None)
            if nxt is not None:
                pending.append(submit(nxt))
            packed = fut.result()
            sigs, prepared = _unpack(packed, options)
            yield FeatureChunk(part, sigs, prepared, packed[-1])
