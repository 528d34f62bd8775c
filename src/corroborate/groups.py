"""Disjoint sets (union-find) over hashable items: the grouping every comparison stage uses
(quotes of one remark, figures of one measure, restated facts, connected sources)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Items joined into groups by :meth:`union`; :meth:`groups` lists them in the order of
    each group's first item (the order the items were given)."""

    def __init__(self, items: Iterable[K]) -> None:
        self._parent: dict[K, K] = {x: x for x in items}

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def find(self, item: K) -> K:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # path halving
            item = parent[item]
        return item

    def union(self, a: K, b: K) -> None:
        """Join the groups of ``a`` and ``b`` (both must be items)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[ra] = rb

    def groups(self) -> list[list[K]]:
        out: dict[K, list[K]] = {}
        for item in self._parent:
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())

    def count(self) -> int:
        """How many groups."""
        return len({self.find(x) for x in self._parent})
