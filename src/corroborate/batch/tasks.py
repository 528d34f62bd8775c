"""The functions Dask runs on workers. Each is pure: inputs in, picklable results out.
Workers never open the store; the client writes every result (single writer)."""

from __future__ import annotations

import numpy as np

from corroborate.config import Settings
from corroborate.ingest.pipeline import ReadArticle, Source, read_source
from corroborate.types import ItemError


def read_task(path: str, settings: Settings) -> list[ReadArticle | ItemError]:
    """Every article (or per-item error) of one source, in reader order."""
    try:
        return list(read_source(Source(path), settings))
    except Exception as exc:  # noqa: BLE001 - a reader bug costs this item, not the batch
        return [ItemError(item=path, code="C100", reason=f"{type(exc).__name__}: {exc}")]


def analyze_task(articles: list, settings: Settings) -> list[tuple[str, dict | ItemError]]:
    """The analyses of one batch, exactly as the local path computes them
    (:func:`corroborate.analysis.pipeline._analyze_batch`: ``nlp.pipe`` over the batch),
    returned as the JSON documents the store keeps. The spaCy model is the lru_cached
    :func:`corroborate.models.get_nlp`: loaded once per worker process."""
    from corroborate.analysis.pipeline import _analyze_batch

    out: list[tuple[str, dict | ItemError]] = []
    for article_id, result in _analyze_batch(list(articles), settings):
        out.append((article_id, result if isinstance(result, ItemError) else result.model_dump(mode="json")))
    return out


def band_partitions(
    sigs: np.ndarray, rank0: int, num_perm: int, threshold: float, nparts: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """LSH band keys of ``sigs`` (rows are articles numbered from ``rank0``), split by
    ``key % nparts`` for the shuffle: one (keys, ranks) pair of arrays per partition.
    The keys are the project's own (:meth:`LSHIndex.band_keys`), so buckets are the
    local path's buckets."""
    from corroborate.linking.minhash import LSHIndex

    index = LSHIndex(num_perm, threshold)
    n = len(sigs)
    if n == 0:
        empty = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64))
        return [empty for _ in range(nparts)]
    keys = np.stack([index.band_keys(sig) for sig in sigs])  # (n, bands)
    ranks = np.repeat(np.arange(rank0, rank0 + n, dtype=np.int64), keys.shape[1])
    keys = keys.reshape(-1)
    part = (keys % np.uint64(nparts)).astype(np.int64)
    order = np.argsort(part, kind="stable")
    bounds = np.searchsorted(part[order], np.arange(nparts + 1))
    return [
        (keys[order[bounds[p] : bounds[p + 1]]], ranks[order[bounds[p] : bounds[p + 1]]])
        for p in range(nparts)
    ]


def signature_task(
    rank0: int, texts: list[str], num_perm: int, shingle_size: int, threshold: float, nparts: int
) -> tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
    """MinHash signatures (the project's :class:`MinHasher`) of ``texts`` and their band keys
    partitioned for the shuffle."""
    from corroborate.linking.minhash import MinHasher

    hasher = MinHasher(num_perm, shingle_size)
    sigs = (
        np.stack([hasher.signature(t) for t in texts]) if texts else np.zeros((0, num_perm), dtype=np.uint16)
    )
    return sigs, band_partitions(sigs, rank0, num_perm, threshold, nparts)


def bands_task(
    rank0: int, sigs: np.ndarray, num_perm: int, threshold: float, nparts: int
) -> tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
    """Band keys of signatures already known (articles linked by an earlier run)."""
    return sigs, band_partitions(sigs, rank0, num_perm, threshold, nparts)


def part_of(result: tuple, p: int) -> tuple[np.ndarray, np.ndarray]:
    """Partition ``p`` of a signature task's band keys (one shuffle edge)."""
    return result[1][p]


def sigs_of(result: tuple) -> np.ndarray:
    return result[0]


def group_task(first_new: int, *parts: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """One shuffle partition: every band key with its articles; each bucket of two or more
    gives its pairs (earlier rank, later rank) where the later one is new. Returns the
    distinct pairs packed as ``lo << 32 | hi`` (uint64)."""
    keys = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.uint64)
    ranks = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    if len(keys) < 2:
        return np.zeros(0, dtype=np.uint64)
    order = np.lexsort((ranks, keys))
    keys, ranks = keys[order], ranks[order]
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    ends = np.concatenate([starts[1:], [len(keys)]])
    big = (ends - starts) >= 2
    out: list[np.ndarray] = []
    for s, e in zip(starts[big].tolist(), ends[big].tolist()):
        members = np.unique(ranks[s:e])
        if len(members) < 2 or members[-1] < first_new:
            continue
        i, j = np.triu_indices(len(members), k=1)
        lo, hi = members[i], members[j]
        keep = hi >= first_new
        out.append((lo[keep].astype(np.uint64) << np.uint64(32)) | hi[keep].astype(np.uint64))
    if not out:
        return np.zeros(0, dtype=np.uint64)
    return np.unique(np.concatenate(out))


def compare_task(story_input, version: str, embedding_model: str) -> dict:
    """The comparison of one story (pure: :func:`compare_story`), on a worker, with the
    worker's own copy of the sentence-embedding model (loaded once per worker)."""
    from corroborate.compare.service import compare_story
    from corroborate.models import get_embedder

    embedder = get_embedder(embedding_model)
    return compare_story(story_input, embedder.encode, version).model_dump(mode="json")
