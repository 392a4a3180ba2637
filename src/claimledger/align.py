"""Grouping claims about the same thing across documents, with verdicts and origins."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Claim, Document, Group, ReusePair


def group_claims(documents: Iterable[Document], claims: Iterable[Claim], reuse: Iterable[ReusePair]) -> list[Group]:
    """Claims of the same kind, normalised ``what`` and value grouped together."""
    return []
