"""The batched (vectorised) linking paths give exactly what the one-by-one paths give."""

from __future__ import annotations

import random

import numpy as np
from linking_fixtures import EDITED_TEXT, INDEPENDENT_TEXT, REWRITE_TEXT, WIRE_TEXT

from corroborate.linking.minhash import LSHIndex, MinHasher

ODD_TEXTS = [
    "",
    " ",
    "...",
    "one",
    "two words",
    "a b c d",
    "a b c d e",
    "Ünïcödé straße İstanbul ß 😀 emoji",
    "lone \ud800 surrogate",
    "x\n\ny",
    "ΣΊΣΥΦΟΣ ΣΟΦΌΣ ς",
    "_ __ ___",
]


def _texts(n: int = 300, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    base = [WIRE_TEXT, EDITED_TEXT, REWRITE_TEXT, INDEPENDENT_TEXT]
    out = list(ODD_TEXTS)
    for _ in range(n):
        words = rng.choice(base).split()
        keep = [w for w in words if rng.random() > 0.1][: rng.randrange(0, len(words) + 1)]
        out.append(" ".join(keep))
    return out


def test_signatures_of_many_texts_equal_each_signature():
    texts = _texts()
    for num_perm, k in ((128, 5), (64, 1), (64, 3)):
        hasher = MinHasher(num_perm, k)
        one_by_one = np.stack([hasher.signature(hasher.shingles(t)) for t in texts])
        assert np.array_equal(hasher.signatures(texts), one_by_one)
        assert np.array_equal(hasher.signatures(texts, block=7), one_by_one)
        assert np.array_equal(hasher.signature(texts[20]), one_by_one[20])
    assert hasher.signatures([]).shape == (0, 64)


def _loop(index: LSHIndex, ids, sigs, floor=None):
    out = []
    for a, s in zip(ids, sigs):
        out.append(index.query(s, floor))
        index.add(a, s)
    return out


def _same_state(a: LSHIndex, b: LSHIndex) -> None:
    a.flush()
    b.flush()
    assert a.ids == b.ids and len(a) == len(b)
    assert np.array_equal(a._sigs[: len(a)], b._sigs[: len(b)])
    assert np.array_equal(a._keys, b._keys) and np.array_equal(a._vals, b._vals)


def test_query_add_equals_query_then_add_in_turn():
    texts = _texts(600) + _texts(100, seed=6)  # near-copies inside one batch and across batches
    texts += [""] * 20 + [texts[40]] * 5  # identical signatures share every bucket
    ids = [f"a{i}" for i in range(len(texts))]
    sigs = MinHasher().signatures(texts)
    for floor in (None, 0.3):
        ref = LSHIndex(flush_every=64)
        expected = _loop(ref, ids, sigs, floor)
        assert sum(map(len, expected)) > 100
        for chunk in (20, 256, len(ids)):
            index = LSHIndex(flush_every=64)
            got = []
            for start in range(0, len(ids), chunk):
                got += index.query_add(ids[start : start + chunk], sigs[start : start + chunk], floor)
            assert got == expected
            _same_state(index, ref)
    # many identical signatures: the batch halves itself and still agrees
    index = LSHIndex()
    index._MAX_PAIRS = 200
    assert index.query_add(ids, sigs) == _loop(LSHIndex(), ids, sigs)


def test_query_add_mixed_with_single_adds_and_repeated_ids():
    texts = _texts(200)
    ids = [f"a{i}" for i in range(len(texts))]
    sigs = MinHasher().signatures(texts)
    ref, index = LSHIndex(flush_every=10), LSHIndex(flush_every=10)
    assert _loop(ref, ids[:50], sigs[:50]) == _loop(index, ids[:50], sigs[:50])
    assert _loop(ref, ids[50:], sigs[50:]) == index.query_add(ids[50:], sigs[50:])
    again = ids[10:40] + ids[10:20]  # already indexed, and repeated within the batch
    again_sigs = np.concatenate([sigs[10:40], sigs[10:20]])
    assert _loop(ref, again, again_sigs) == index.query_add(again, again_sigs)
    _same_state(index, ref)
    restored = LSHIndex.from_bytes(index.to_bytes())
    assert restored.query(sigs[3]) == index.query(sigs[3])


def test_add_many_equals_add_in_turn():
    texts = _texts(300)
    ids = [f"a{i}" for i in range(len(texts))]
    sigs = MinHasher().signatures(texts)
    ref, index = LSHIndex(), LSHIndex()
    for a, s in zip(ids, sigs):
        ref.add(a, s)
    index.add_many(ids, sigs)
    _same_state(index, ref)
