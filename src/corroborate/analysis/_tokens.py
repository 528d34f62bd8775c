"""Fast token look-ups: find candidate tokens from spaCy's attribute arrays instead of
building a Python ``Token`` object for every token of every article."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, LIKE_NUM, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

_ATTRS = {"lemma": LEMMA, "lower": LOWER}


def where(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` ("lemma" or "lower") is one of ``values``."""
    wanted = _hashes(values)
    if not len(wanted) or not len(doc):
        return []
    return np.flatnonzero(np.isin(doc.to_array(_ATTRS[attr]), wanted)).tolist()


def numeric(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices of tokens that look like numbers or are one of the number ``words``."""
    if not len(doc):
        return []
    arr = doc.to_array([LIKE_NUM, LOWER])
    return np.flatnonzero((arr[:, 0] != 0) | np.isin(arr[:, 1], _hashes(words))).tolist()


def _hashes(strings: Iterable[str]) -> np.ndarray:
    """spaCy's hashes of ``strings``, as the uint64 values of its attribute arrays."""
    return np.fromiter({hash_string(s) for s in strings}, dtype=np.uint64)
