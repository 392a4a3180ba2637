"""Disjoint sets over indices: the clusters every join rule adds to.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TypeVar

T = TypeVar("T")


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def clusters(self, items: list[T]) -> list[list[T]]:
        """``items`` (indexed as the union-find is) gathered by their set, in order of first member."""
        by_root: dict[int, list[T]] = defaultdict(list)
        for k, item in enumerate(items):
            by_root[self.find(k)].append(item)
        return list(by_root.values())
