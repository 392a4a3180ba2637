"""Property tests (hypothesis): the figure parser reads any number as written, and the verdict's
interval logic says "no incompatible pair" exactly when the stated intervals share a point."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

import claimledger
from claimledger.grouping.items import Source, item_of
from claimledger.grouping.verdicts import _incompatible_pair
from claimledger.model import Claim, Span
from claimledger.store import Ledger

APPROX = {"exact": "", "about": "about ", "more_than": "more than ", "at_least": "at least ", "less_than": "fewer than "}


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=10**9), st.sampled_from(sorted(APPROX)))
def test_a_number_written_with_separators_reads_as_its_value(number: int, approx: str) -> None:
    text = f"Officials said {APPROX[approx]}{number:,} people were evacuated from the valley."
    figures = [c for c in claimledger.extract(text, parse=False) if c.kind == "quantity"]
    assert [(c.value, c.approx) for c in figures] == [(number, approx)]
    assert text[figures[0].span.start : figures[0].span.end].endswith(f"{number:,}")


def _items(stated: list[tuple[int, str]]) -> list[object]:
    source = Source("d", "d.txt", None, None, "2024-01-01", None, None, ())
    return [item_of(Claim(f"c{k}", "d", "quantity", Span(0, 1), "", value, approx=approx), source, "x")  # type: ignore[arg-type]
            for k, (value, approx) in enumerate(stated)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1000), st.sampled_from(sorted(APPROX))), min_size=2, max_size=6))
def test_no_incompatible_pair_exactly_when_the_intervals_share_a_point(stated: list[tuple[int, str]]) -> None:
    items = _items(stated)
    share_a_point = max(i.low for i in items) <= min(i.high for i in items)  # type: ignore[attr-defined]
    assert (_incompatible_pair(items) is None) == share_a_point  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(sorted(APPROX)))
def test_a_stated_figure_lies_inside_its_own_interval(value: int, approx: str) -> None:
    [item] = _items([(value, approx)])
    assert item.low <= value <= item.high or (approx == "less_than" and item.high == value)  # type: ignore[attr-defined]
    assert not math.isnan(item.low)  # type: ignore[attr-defined]


def test_a_fresh_ledger_holds_nothing_and_answers_typed_queries(fresh_ledger: Ledger) -> None:
    assert fresh_ledger.groups(claimledger.GroupFilters(verdict="conflict")) == []
    assert fresh_ledger.document("d0000") is None and fresh_ledger.claims_of("d0000") == []
    assert set(fresh_ledger.counts().values()) == {0}
