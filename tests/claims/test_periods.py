"""The month a statistic is of (claims.periods), on sentences written for these tests."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.periods import headline_period

PUBLISHED = "2025-09-05"


@pytest.mark.parametrize(("text", "value", "period"), [
    ("Norland's economy added 142,000 jobs in August, the Statistics Office said.", 142000, "2025-08"),
    ("The unemployment rate fell to 4.2 percent from 4.3 percent in July.", 4.3, "2025-07"),
    ("The unemployment rate fell to 4.2 percent from 4.3 percent in July.", 4.2, None),  # July is the 4.3's
    ("August's gain was revised down to 121,000 from 142,000.", 121000, "2025-08"),
    ("August's gain was revised down to 121,000 from 142,000.", 142000, "2025-08"),
    ("Job growth in July was revised to 114,000 from the 89,000 first reported.", 114000, "2025-07"),
    ("Exports rose to $4.1 billion in December 2024, the customs office said.", 4100000000, "2024-12"),
    ("Retail sales in December were 3.1 percent higher.", 3.1, "2024-12"),  # December before September: last year's
    # a figure of an incident is the incident's, whatever month it was counted in
    ("The floods killed 45 people in August.", 45, None),
])
def test_the_month_a_figure_is_of(text: str, value: float, period: str | None) -> None:
    claims = [c for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity" and c.value == value]
    assert [c.period for c in claims] == [period]


def test_a_release_s_headline_month_is_its_figures_month() -> None:
    text = "Labour market release: August 2025\n\nAverage hourly earnings rose 0.4 percent from the previous month."
    [earnings] = [c for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity"]
    assert earnings.period == "2025-08"


@pytest.mark.parametrize(("headline", "period"), [
    ("Labour market release: August 2025", "2025-08"),
    ("Norland job growth misses forecasts in August", "2025-08"),
    ("Floods hit Kelby as river bursts its banks", None),
    ("August rains flood Kelby", None),  # a month that opens a headline names no release
])
def test_the_month_a_headline_ends_with(headline: str, period: str | None) -> None:
    assert headline_period(headline + "\n\nBody.", PUBLISHED) == period
