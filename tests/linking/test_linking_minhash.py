"""MinHash + LSH: near-duplicates found, others not, state round-trips, memory is small."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHash
from linking_fixtures import EDITED_TEXT, INDEPENDENT_TEXT, WIRE_TEXT

from corroborate.linking.minhash import LSHIndex, MinHasher, jaccard_estimate, near_duplicates
from corroborate.linking.text import words


def _shingle_jaccard(a: str, b: str, k: int = 5) -> float:
    def sh(t):
        w = words(t)
        return {tuple(w[i : i + k]) for i in range(len(w) - k + 1)}

    x, y = sh(a), sh(b)
    return len(x & y) / len(x | y)


def test_estimate_tracks_true_shingle_jaccard():
    hasher = MinHasher(256)
    true = _shingle_jaccard(WIRE_TEXT, EDITED_TEXT)
    est = jaccard_estimate(hasher.signature(WIRE_TEXT), hasher.signature(EDITED_TEXT))
    assert abs(est - true) < 0.1
    # datasketch on the same shingles agrees within its own noise.
    m1, m2 = MinHash(256), MinHash(256)
    for t, m in ((WIRE_TEXT, m1), (EDITED_TEXT, m2)):
        w = words(t)
        for i in range(len(w) - 4):
            m.update(" ".join(w[i : i + 5]).encode())
    assert abs(est - m1.jaccard(m2)) < 0.12


def test_lsh_finds_the_copy_and_not_the_independent_report():
    pairs = near_duplicates([("wire", WIRE_TEXT), ("other", INDEPENDENT_TEXT), ("edited", EDITED_TEXT)])
    assert [(a, b) for a, b, _ in pairs] == [("wire", "edited")]


def test_index_state_round_trips_and_keeps_answering():
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(3000)]
    docs = {f"d{i}": " ".join(rng.choice(vocab) for _ in range(200)) for i in range(300)}
    hasher = MinHasher()
    index = LSHIndex(flush_every=64)
    for key, text in docs.items():
        index.add(key, hasher.signature(text))
    copy = docs["d7"].split()
    copy[10] = "changed"
    sig = hasher.signature(" ".join(copy))
    assert index.query(sig)[0][0] == "d7"
    restored = LSHIndex.from_bytes(index.to_bytes())
    assert restored.query(sig) == index.query(sig)
    assert len(restored) == 300 and "d7" in restored
    # Signature (2 B/permutation) + band table (12 B/band): well under 2 KB an article.
    assert index.nbytes() / len(index) < 1024
    assert np.array_equal(restored.signature_of("d3"), index.signature_of("d3"))
