"""The answer of a quantity group as a reader would quote it, and the timeline behind it: the
figure of the latest published member (a figure, not a vague amount; the new value of a change, not
the one it changed from), the first figure, the range, and each (publication
date, figure, source) in publication order. A pure function of the group's claims and their
documents, so the export, the report and the web app give the same answer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from claimledger.grouping.measurements import common_unit, from_common, to_common
from claimledger.model import Cited, Claim, Value, cited_name, publication_date, publication_order


@dataclass(frozen=True, slots=True)
class Point:
    published: str | None
    value: Value
    approx: str
    source: str
    claim: str
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    measure: str | None  # the members' measure (the most common, when a few differ)
    answer: Value  # the latest published member's figure
    first: Value  # the earliest published member's figure
    low: float | None  # the range of the stated figures, in the unit of the answer
    high: float | None
    timeline: tuple[Point, ...]
    unit: str | None = None  # the answer's unit ("litre"), None for a count


def answer_of(claims: list[Claim], documents: Mapping[str, Cited]) -> Answer | None:
    """The answer of a group of quantity claims; None for other groups."""
    members = [c for c in claims if c.kind == "quantity" and c.doc in documents]
    if not members:
        return None
    earlier = {c.changed_from for c in members if c.changed_from}  # "rose to 31, up from 14": 14 came first
    ordered = sorted(members, key=lambda c: (publication_order(documents[c.doc]), c.doc, c.id not in earlier,
                                             c.span.start))
    timeline = tuple(Point(publication_date(documents[c.doc]), c.value, c.approx, cited_name(documents[c.doc]), c.id,
                           c.unit) for c in ordered)
    latest = [c for c in ordered if c.approx != "vague"] or ordered  # "dozens" is no answer beside a figure
    stated = [_in_unit_of(c, latest[-1]) for c in latest]
    numbers = [v for v in stated if v is not None]
    measures = Counter(c.measure for c in members if c.measure)
    return Answer(measures.most_common(1)[0][0] if measures else None, latest[-1].value, ordered[0].value,
                  min(numbers) if numbers else None, max(numbers) if numbers else None, timeline, latest[-1].unit)


def _in_unit_of(claim: Claim, answer: Claim) -> float | None:
    """A member's stated figure in the unit the answer is written in: the range of "88,000
    gallons" and "500,000 litres" is given in the answer's litres."""
    value = _stated(claim.value)
    if value is None or claim.unit == answer.unit or claim.measure == "money":
        return value
    if common_unit(claim.unit)[0] != common_unit(answer.unit)[0]:
        return None
    return from_common(to_common(value, claim.unit), answer.unit)


def _stated(value: Value) -> float | None:
    if isinstance(value, tuple):
        return float(value[0])
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
