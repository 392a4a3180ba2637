"""The answer of a quantity group as a reader would quote it, and the timeline behind it: the
figure of the latest published member (a figure, not a vague amount; the new value of a change, not
the one it changed from), the first figure, the range, and each (publication
date, figure, source) in publication order. A pure function of the group's claims and their
documents, so the export, the report and the web app give the same answer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from claimledger.model import Cited, Claim, Value, cited_name, publication_date, publication_order


@dataclass(frozen=True, slots=True)
class Point:
    published: str | None
    value: Value
    approx: str
    source: str
    claim: str


@dataclass(frozen=True, slots=True)
class Answer:
    measure: str | None  # the members' measure (the most common, when a few differ)
    answer: Value  # the latest published member's figure
    first: Value  # the earliest published member's figure
    low: float | None  # the range of the stated figures
    high: float | None
    timeline: tuple[Point, ...]


def answer_of(claims: list[Claim], documents: Mapping[str, Cited]) -> Answer | None:
    """The answer of a group of quantity claims; None for other groups."""
    members = [c for c in claims if c.kind == "quantity" and c.doc in documents]
    if not members:
        return None
    earlier = {c.changed_from for c in members if c.changed_from}  # "rose to 31, up from 14": 14 came first
    ordered = sorted(members, key=lambda c: (publication_order(documents[c.doc]), c.doc, c.id not in earlier,
                                             c.span.start))
    timeline = tuple(Point(publication_date(documents[c.doc]), c.value, c.approx, cited_name(documents[c.doc]), c.id)
                     for c in ordered)
    stated = [_stated(c.value) for c in ordered if c.approx != "vague"] or [_stated(c.value) for c in ordered]
    numbers = [v for v in stated if v is not None]
    measures = Counter(c.measure for c in members if c.measure)
    latest = [c for c in ordered if c.approx != "vague"] or ordered  # "dozens" is no answer beside a figure
    return Answer(measures.most_common(1)[0][0] if measures else None, latest[-1].value, ordered[0].value,
                  min(numbers) if numbers else None, max(numbers) if numbers else None, timeline)


def _stated(value: Value) -> float | None:
    if isinstance(value, tuple):
        return float(value[0])
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
