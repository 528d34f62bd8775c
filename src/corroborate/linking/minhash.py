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
from collections.abc import Iterable, Sequence
from itertools import islice

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


def _hash_words(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The hash of every word of the UTF-8 bytes ``data`` and the byte offset where each starts."""
    empty = np.zeros(0, dtype=np.uint64)
    if len(data) == 0:
        return empty, np.zeros(0, dtype=np.int64)
    is_word = (
        ((data >= 48) & (data <= 57)) | ((data >= 97) & (data <= 122)) | (data >= 128)
    )
    edges = np.diff(np.concatenate([[False], is_word, [False]]).astype(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    if len(starts) == 0:
        return empty, starts
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
    return h, starts


def word_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of every word of ``text`` (case-folded runs of letters and digits;
    any non-ASCII byte counts as a letter), computed in numpy without a Python loop over
    words: a polynomial hash over the bytes, taken as prefix-sum differences. The hash of a
    word does not depend on where it stands, so many texts can be hashed at once."""
    return _hash_words(np.frombuffer(text.casefold().encode("utf-8", "surrogatepass"), dtype=np.uint8))[0]


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
        if isinstance(text_or_shingles, str):
            return self.signatures([text_or_shingles])[0]
        sh = text_or_shingles
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

    def signatures(self, texts: Sequence[str], block: int = 2048) -> np.ndarray:
        """The signatures of many texts at once, a ``(len(texts), num_perm)`` array equal row
        for row to :meth:`signature` of each text.

        All texts are case-folded, encoded and word-hashed as one buffer (joined by line
        breaks, which no word crosses); shingles never span two texts; then every shingle
        of the batch goes through the permutations in blocks of ``block`` rows, and each
        text keeps the minimum over its own rows. Duplicate shingles are not removed first:
        a minimum over a multiset is the minimum over its set."""
        n = len(texts)
        best = np.full((n, self.num_perm), np.iinfo(np.uint64).max, dtype=np.uint64)
        k = self.shingle_size
        # about 4 MB of text per pass keeps the temporary arrays small
        group_start = 0
        while group_start < n:
            size = 0
            group_end = group_start
            while group_end < n and (group_end == group_start or size < 4_000_000):
                size += len(texts[group_end]) + 1
                group_end += 1
            self._signature_group(texts, group_start, group_end, k, block, best)
            group_start = group_end
        return ((best >> np.uint64(32)) & np.uint64(0xFFFF)).astype(np.uint16)

    def _signature_group(self, texts: Sequence[str], lo: int, hi: int, k: int, block: int, best: np.ndarray) -> None:
        encoded = [t.casefold().encode("utf-8", "surrogatepass") for t in texts[lo:hi]]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) + 1 for e in encoded], out=offsets[1:])
        h, starts = _hash_words(np.frombuffer(b"\n".join(encoded), dtype=np.uint8))
        if len(h) == 0:
            return
        first_word = np.searchsorted(starts, offsets)  # word index where each text begins
        n_words = np.diff(first_word)
        text_of_word = np.repeat(np.arange(hi - lo), n_words)
        # Texts shorter than a shingle have one shingle of all their words (rare): one by one.
        for j in np.flatnonzero((n_words > 0) & (n_words < k)).tolist():
            w = h[first_word[j] : first_word[j + 1]]
            acc = w[:1].copy()
            with np.errstate(over="ignore"):
                for m in range(1, len(w)):
                    acc = acc * _SHINGLE_MUL + w[m : m + 1]
                best[lo + j] = np.minimum(best[lo + j], acc[0] * self._a + self._b)
        if len(h) < k:
            return
        n_sh = len(h) - k + 1
        acc = h[:n_sh].copy()
        with np.errstate(over="ignore"):
            for j in range(1, k):
                acc *= _SHINGLE_MUL
                acc += h[j : j + n_sh]
        valid = text_of_word[:n_sh] == text_of_word[k - 1 :]
        sh = acc[valid]
        owner = text_of_word[:n_sh][valid]
        if len(sh) == 0:
            return
        # permutations along the rows, shingles along the columns: the per-text minimum is
        # then a reduction over contiguous memory (much faster than across rows)
        a, b = self._a[:, None], self._b[:, None]
        buf = np.empty((self.num_perm, min(block, len(sh))), dtype=np.uint64)
        for start in range(0, len(sh), block):
            cols = sh[None, start : start + block]
            out = buf[:, : cols.shape[1]]
            with np.errstate(over="ignore"):
                np.multiply(a, cols, out=out)
                out += b
            who = owner[start : start + block]
            cut = np.flatnonzero(np.concatenate([[True], who[1:] != who[:-1]]))
            mins = np.minimum.reduceat(out, cut, axis=1).T
            rows_of = lo + who[cut]
            best[rows_of] = np.minimum(best[rows_of], mins)


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
        """The key of each band of one signature."""
        return self.band_keys_many(np.asarray(sig)[None, :])[0]

    def band_keys_many(self, sigs: np.ndarray) -> np.ndarray:
        """:meth:`band_keys` of every row of ``sigs``: a ``(len(sigs), bands)`` array."""
        used = np.asarray(sigs)[:, : self.bands * self.rows].astype(np.uint64)
        used = used.reshape(len(used), self.bands, self.rows)
        with np.errstate(over="ignore"):
            return (used * self._mix[None, None, :]).sum(axis=2, dtype=np.uint64) + self._salt[None, :]

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

    def add_many(self, ids: Sequence[str], sigs: np.ndarray) -> None:
        """:meth:`add` of every article in turn, in one vectorised pass."""
        self.query_add(ids, sigs, query=False)

    def query_add(
        self, ids: Sequence[str], sigs: np.ndarray, min_jaccard: float | None = None, *, query: bool = True
    ) -> list[list[tuple[str, float]]]:
        """For each article in turn, :meth:`query` then :meth:`add` — the results (and the
        index afterwards) are exactly those of that loop — but vectorised: the band keys of
        the whole batch are looked up in the sorted table at once, matches inside the batch
        come from sorting its keys, and the batch is merged into the table in one pass."""
        ids = list(ids)
        sigs = np.asarray(sigs, dtype=np.uint16).reshape(len(ids), self.num_perm)
        out: list[list[tuple[str, float]]] = []
        if len(ids) < 16 or len(set(ids)) < len(ids) or any(a in self._pos for a in ids):
            # a few articles (merging into the table would cost more than the loop) or repeated
            # ids: the plain loop, literally
            for a, sig in zip(ids, sigs):
                out.append(self.query(sig, min_jaccard) if query else [])
                self.add(a, sig)
            return out
        self.flush()
        for start in range(0, len(ids), self._BATCH):
            out.extend(self._query_add_block(ids[start : start + self._BATCH], sigs[start : start + self._BATCH],
                                             min_jaccard, query))
        return out

    _BATCH = 1024
    _MAX_PAIRS = 4_000_000

    def _query_add_block(
        self, ids: list[str], sigs: np.ndarray, min_jaccard: float | None, query: bool
    ) -> list[list[tuple[str, float]]]:
        m, base, nb = len(ids), self._n, self.bands
        keys = self.band_keys_many(sigs).reshape(-1)  # article-major: row r, band b at r * nb + b
        row = np.repeat(np.arange(m, dtype=np.int64), nb)
        found: list[np.ndarray] = []
        if query:
            # candidates already in the table
            lo = np.searchsorted(self._keys, keys, "left")
            cnt = np.searchsorted(self._keys, keys, "right") - lo
            total = int(cnt.sum())
            # candidates earlier in this batch: equal keys, sorted by key then row
            order = np.lexsort((row, keys))
            sk, sr = keys[order], row[order]
            first = np.concatenate([[True], sk[1:] != sk[:-1]])
            gstart = np.flatnonzero(first)[np.cumsum(first) - 1]
            before = np.arange(len(sk)) - gstart
            inner = int(before.sum())
            if m > 1 and max(total, inner) > self._MAX_PAIRS:  # pathological buckets: halve the batch
                half = m // 2
                return self._query_add_block(ids[:half], sigs[:half], min_jaccard, query) + self._query_add_block(
                    ids[half:], sigs[half:], min_jaccard, query
                )
            if total:
                pos = np.repeat(lo - (np.cumsum(cnt) - cnt), cnt) + np.arange(total)
                cand = self._vals[pos].astype(np.uint64)
                found.append((np.repeat(row, cnt).astype(np.uint64) << np.uint64(32)) | cand)
            if inner:
                later = np.repeat(np.arange(len(sk)), before)
                earlier = np.repeat(gstart - (np.cumsum(before) - before), before) + np.arange(inner)
                r_late, r_early = sr[later], sr[earlier]
                keep = r_early < r_late  # a row's own repeated keys are not a match
                found.append(
                    (r_late[keep].astype(np.uint64) << np.uint64(32)) | (r_early[keep] + base).astype(np.uint64)
                )
        # add the batch: signatures, ids, then its band keys merged into the sorted table
        need = base + m
        if need > len(self._sigs):
            grown = np.zeros((max(need, 256, len(self._sigs) + len(self._sigs) // 4), self.num_perm), dtype=np.uint16)
            grown[:base] = self._sigs[:base]
            self._sigs = grown
        self._sigs[base:need] = sigs
        self._n = need
        self.ids.extend(ids)
        for k, a in enumerate(ids, base):
            self._pos[a] = k
        order = np.argsort(keys, kind="stable")  # equal keys stay in article order, as flush keeps them
        new_keys, new_vals = keys[order], (row[order] + base).astype(np.int32)
        at = np.searchsorted(self._keys, new_keys, side="right")
        self._keys = np.insert(self._keys, at, new_keys)
        self._vals = np.insert(self._vals, at, new_vals)
        results: list[list[tuple[str, float]]] = [[] for _ in range(m)]
        if not found:
            return results
        packed = np.unique(np.concatenate(found))
        q = (packed >> np.uint64(32)).astype(np.int64)
        c = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
        floor = self.threshold if min_jaccard is None else min_jaccard
        est = np.empty(len(packed))
        for s in range(0, len(packed), 65536):  # the estimate of :meth:`query`
            est[s : s + 65536] = (
                np.count_nonzero(self._sigs[c[s : s + 65536]] == sigs[q[s : s + 65536]], axis=1) / self.num_perm
            )
        ids_all = self.ids
        for r, k, j in zip(q.tolist(), c.tolist(), est.tolist()):
            if j >= floor:
                results[r].append((ids_all[k], float(j)))
        for res in results:
            if len(res) > 1:
                res.sort(key=lambda x: (-x[1], x[0]))
        return results

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
    it = iter(texts)
    while chunk := list(islice(it, 1024)):
        ids = [article_id for article_id, _ in chunk]
        found = index.query_add(ids, hasher.signatures([text for _, text in chunk]))
        for article_id, near in zip(ids, found):
            pairs.extend((other, article_id, j) for other, j in near)
    return pairs
