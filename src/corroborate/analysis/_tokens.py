"""Fast token look-ups: find candidate tokens from spaCy's attribute arrays instead of
building a Python ``Token`` object for every token of every article."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA, LIKE_NUM, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

_ATTRS = {"lemma": LEMMA, "lower": LOWER}


def where(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` ("lemma" or "lower") is one of ``values``."""
    wanted = {hash_string(v) for v in values}
    if not wanted or not len(doc):
        return []
    column = doc.to_array([_ATTRS[attr]]).tolist()
    return [i for i, h in enumerate(column) if h in wanted]


def numeric(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices of tokens that look like numbers or are one of the number ``words``."""
    if not len(doc):
        return []
    wanted = {hash_string(v) for v in words}
    arr = doc.to_array([LIKE_NUM, LOWER]).tolist()
    return [i for i, (like, low) in enumerate(arr) if like or low in wanted]
