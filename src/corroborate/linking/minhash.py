"""MinHash signatures over word shingles and a compact, streaming LSH index, in numpy.

Why not datasketch: its ``MinHash`` hashes every shingle with SHA-1 in Python and its
``MinHashLSH`` keeps one Python dict entry (with a bytes key) per band per article. Here
shingles are hashed once (CRC-32 per word, combined in numpy), all permutations are applied
in one vectorised multiply-shift, and the band table is a sorted ``uint64`` array (plus a
small dict for the most recent articles, merged in periodically), so an article costs
``bands * 12`` bytes of table and ``num_perm * 2`` bytes of signature.

Signatures keep the low 16 bits of each min-hash (b-bit MinHash): the chance that two
different minima agree by accident is 1/65,536, far below the estimator's own noise.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable

import numpy as np

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_SHINGLE_MUL = np.uint64(0x9E3779B97F4A7C15)


_P = np.uint64(0x100000001B3)  # FNV-64 prime (odd, so invertible mod 2^64)
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_POW_CACHE: dict[str, np.ndarray] = {}


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    cached = _POW_CACHE.get("p")
    if cached is None or len(cached) < n + 1:
        size = max(n + 1, 2 * (0 if cached is None else len(cached)), 4096)
        with np.errstate(over="ignore"):
            for key, base in (("p", _P), ("i", _P_INV)):
                steps = np.full(size, base, dtype=np.uint64)
                steps[0] = 1
                _POW_CACHE[key] = np.cumprod(steps, dtype=np.uint64)
    return _POW_CACHE["p"], _POW_CACHE["i"]


def word_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of every word of ``text`` (case-folded runs of letters and digits;
    any non-ASCII byte counts as a letter), computed in numpy without a Python loop over
    words: a polynomial hash over the bytes, taken as prefix-sum differences."""
    data = np.frombuffer(text.casefold().encode("utf-8", "surrogatepass"), dtype=np.uint8)
    if len(data) == 0:
        return np.zeros(0, dtype=np.uint64)
    is_word = (
        ((data >= 48) & (data <= 57)) | ((data >= 97) & (data <= 122)) | (data >= 128)
    )
    edges = np.diff(np.concatenate([[False], is_word, [False]]).astype(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    if len(starts) == 0:
        return np.zeros(0, dtype=np.uint64)
    pw, inv = _powers(len(data))
    with np.errstate(over="ignore"):
        vals = (data.astype(np.uint64) + np.uint64(1)) * pw[: len(data)]
        prefix = np.zeros(len(data) + 1, dtype=np.uint64)
        np.cumsum(vals, dtype=np.uint64, out=prefix[1:])
        h = (prefix[ends] - prefix[starts]) * inv[starts]
        # Mix in the length and scramble (splitmix64 finaliser) so short words spread well.
        h ^= ends.astype(np.uint64) - starts.astype(np.uint64)
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return h


class MinHasher:
    """Word-shingle MinHash with ``num_perm`` multiply-shift permutations."""

    def __init__(self, num_perm: int = 128, shingle_size: int = 5, seed: int = 20240611) -> None:
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self._a = rng.integers(1, 2**63 - 1, num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63 - 1, num_perm, dtype=np.uint64)

    def shingles(self, text: str) -> np.ndarray:
        """Distinct 64-bit hashes of the word ``shingle_size``-grams of ``text``."""
        h = word_hashes(text)
        if len(h) == 0:
            return np.zeros(0, dtype=np.uint64)
        k = min(self.shingle_size, len(h))
        n = len(h) - k + 1
        acc = h[:n].copy()
        with np.errstate(over="ignore"):
            for j in range(1, k):
                acc = acc * _SHINGLE_MUL + h[j : j + n]
        return np.unique(acc)

    def signature(self, text_or_shingles: str | np.ndarray) -> np.ndarray:
        """A ``uint16`` signature of length ``num_perm`` (all 0xFFFF for an empty text)."""
        sh = self.shingles(text_or_shingles) if isinstance(text_or_shingles, str) else text_or_shingles
        if len(sh) == 0:
            return np.full(self.num_perm, 0xFFFF, dtype=np.uint16)
        # Multiply-shift hashing: the top 32 bits of a*x+b (mod 2^64) are a universal hash.
        best = np.full(self.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        for start in range(0, len(sh), 512):
            chunk = sh[start : start + 512, None]
            with np.errstate(over="ignore"):
                hv = chunk * self._a[None, :] + self._b[None, :]
            np.minimum(best, hv.min(axis=0), out=best)
        return ((best >> np.uint64(32)) & np.uint64(0xFFFF)).astype(np.uint16)


def jaccard_estimate(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


def choose_bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """(bands, rows) whose LSH S-curve threshold (1/b)^(1/r) is closest to ``threshold``."""
    best = (num_perm, 1)
    best_err = 1e9
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if bands < 1:
            break
        err = abs((1 / bands) ** (1 / rows) - threshold)
        if err < best_err:
            best, best_err = (bands, rows), err
    return best


class LSHIndex:
    """Streaming LSH over MinHash signatures: ``add`` then ``query``; state round-trips
    through :meth:`to_bytes` / :meth:`from_bytes`.

    Band keys live in a sorted ``uint64`` array with an ``int32`` article-number array beside
    it; the newest articles sit in a dict until ``flush_every`` of them have arrived, then
    merge into the arrays (a log-structured merge), so memory stays ~12 bytes per band."""

    def __init__(self, num_perm: int = 128, threshold: float = 0.4, flush_every: int = 2048) -> None:
        self.num_perm = num_perm
        self.threshold = threshold
        self.bands, self.rows = choose_bands(num_perm, threshold)
        self.flush_every = flush_every
        rng = np.random.default_rng(7)
        self._mix = rng.integers(1, 2**63 - 1, self.rows, dtype=np.uint64) | np.uint64(1)
        self._salt = rng.integers(0, 2**63 - 1, self.bands, dtype=np.uint64)
        self.ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._sigs = np.zeros((0, num_perm), dtype=np.uint16)
        self._n = 0
        self._keys = np.zeros(0, dtype=np.uint64)
        self._vals = np.zeros(0, dtype=np.int32)
        self._recent: dict[int, list[int]] = {}
        self._recent_count = 0

    def __len__(self) -> int:
        return self._n

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._pos

    def band_keys(self, sig: np.ndarray) -> np.ndarray:
        used = sig[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        return (used * self._mix[None, :]).sum(axis=1, dtype=np.uint64) + self._salt

    def signature_of(self, article_id: str) -> np.ndarray | None:
        i = self._pos.get(article_id)
        return None if i is None else self._sigs[i]

    def add(self, article_id: str, sig: np.ndarray) -> None:
        if article_id in self._pos:
            return
        idx = self._n
        if idx >= len(self._sigs):
            grown = np.zeros((max(256, len(self._sigs) + len(self._sigs) // 4), self.num_perm), dtype=np.uint16)
            grown[: len(self._sigs)] = self._sigs
            self._sigs = grown
        self._sigs[idx] = sig
        self._n += 1
        self.ids.append(article_id)
        self._pos[article_id] = idx
        for key in self.band_keys(sig).tolist():
            bucket = self._recent.get(key)
            if bucket is None:
                self._recent[key] = [idx]
            else:
                bucket.append(idx)
        self._recent_count += 1
        if self._recent_count >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Merge the recent dict into the sorted arrays."""
        if not self._recent:
            return
        keys = np.fromiter(
            (k for k, v in self._recent.items() for _ in v), dtype=np.uint64, count=-1
        )
        vals = np.fromiter((i for v in self._recent.values() for i in v), dtype=np.int32, count=-1)
        self._recent.clear()
        # Sort the small new run, then insert it into the big sorted arrays in one pass
        # (no full re-sort, so the merge needs little memory beyond the result).
        order = np.argsort(keys, kind="stable")
        keys, vals = keys[order], vals[order]
        pos = np.searchsorted(self._keys, keys, side="right")
        self._keys = np.insert(self._keys, pos, keys)
        self._vals = np.insert(self._vals, pos, vals)
        self._recent_count = 0

    def candidates(self, sig: np.ndarray) -> set[int]:
        """Article numbers sharing at least one band with ``sig``."""
        keys = self.band_keys(sig)
        found: set[int] = set()
        if len(self._keys):
            lo = np.searchsorted(self._keys, keys, "left")
            hi = np.searchsorted(self._keys, keys, "right")
            for a, b in zip(lo.tolist(), hi.tolist()):
                if b > a:
                    found.update(self._vals[a:b].tolist())
        for key in keys.tolist():
            bucket = self._recent.get(key)
            if bucket:
                found.update(bucket)
        return found

    def query(self, sig: np.ndarray, min_jaccard: float | None = None) -> list[tuple[str, float]]:
        """Stored articles whose estimated Jaccard with ``sig`` is at least ``min_jaccard``
        (default: the index threshold), best first."""
        floor = self.threshold if min_jaccard is None else min_jaccard
        cands = sorted(self.candidates(sig))
        if not cands:
            return []
        est = np.count_nonzero(self._sigs[cands] == sig[None, :], axis=1) / self.num_perm
        out = [(self.ids[c], float(j)) for c, j in zip(cands, est.tolist()) if j >= floor]
        out.sort(key=lambda x: (-x[1], x[0]))
        return out

    def nbytes(self) -> int:
        """Bytes held by the arrays (signatures, band table) — not counting Python overhead."""
        return int(self._sigs[: self._n].nbytes + self._keys.nbytes + self._vals.nbytes)

    # -- persistence --------------------------------------------------------------

    def to_bytes(self) -> bytes:
        self.flush()
        buf = io.BytesIO()
        meta = {"num_perm": self.num_perm, "threshold": self.threshold, "ids": self.ids}
        np.savez_compressed(
            buf,
            sigs=self._sigs[: self._n],
            keys=self._keys,
            vals=self._vals,
            meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> LSHIndex:
        z = np.load(io.BytesIO(data))
        meta = json.loads(bytes(z["meta"]).decode())
        index = cls(meta["num_perm"], meta["threshold"])
        index.ids = list(meta["ids"])
        index._pos = {a: i for i, a in enumerate(index.ids)}
        index._sigs = z["sigs"].copy()
        index._n = len(index.ids)
        index._keys = z["keys"].copy()
        index._vals = z["vals"].copy()
        return index


def near_duplicates(
    texts: Iterable[tuple[str, str]], num_perm: int = 128, shingle_size: int = 5, threshold: float = 0.4
) -> list[tuple[str, str, float]]:
    """All (earlier id, later id, estimated Jaccard) pairs above ``threshold``, streaming."""
    hasher = MinHasher(num_perm, shingle_size)
    index = LSHIndex(num_perm, threshold)
    pairs: list[tuple[str, str, float]] = []
    for article_id, text in texts:
        sig = hasher.signature(text)
        for other, j in index.query(sig):
            pairs.append((other, article_id, j))
        index.add(article_id, sig)
    return pairs
