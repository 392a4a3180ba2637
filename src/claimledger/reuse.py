"""Passages documents share, verbatim or lightly edited."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Document, ReusePair


def find_reuse(documents: Iterable[Document]) -> list[ReusePair]:
    return []
