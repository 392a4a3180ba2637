"""The month a statistic is of (claims.periods), on sentences written for these tests."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.periods import headline_period

PUBLISHED = "2025-09-05"


def _periods_of(text: str, value: float, published: str) -> list[str | None]:
    """The period of each figure of ``value`` the text states."""
    return [c.period for c in claimledger.extract(text, published=published) if c.kind == "quantity" and c.value == value]


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
    assert _periods_of(text, value, PUBLISHED) == [period]


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


QUARTER_PUBLISHED = "2025-10-29"


@pytest.mark.parametrize(("text", "value", "period"), [
    ("The company posted second-quarter net sales of $1.84 billion on Wednesday.", 1840000000, "2025-Q2"),
    ("Net sales rose to $1.91 billion in the third quarter, from $1.84 billion in the second quarter.", 1910000000, "2025-Q3"),
    ("Net sales rose to $1.91 billion in the third quarter, from $1.84 billion in the second quarter.", 1840000000, "2025-Q2"),
    ("Halden's Q3 net sales came in at $1.97 billion, up from $1.84 billion in Q2.", 1970000000, "2025-Q3"),
    ("Halden's Q3 net sales came in at $1.97 billion, up from $1.84 billion in Q2.", 1840000000, "2025-Q2"),
    ("Net sales were $1.76 billion in the third quarter of 2024.", 1760000000, "2024-Q3"),
    ("In the second quarter, revenue was $3.9 billion.", 3900000000, "2025-Q2"),
    ("Revenue of $4.2 billion in 3Q25 beat estimates.", 4200000000, "2025-Q3"),
    ("Operating profit for the fiscal fourth quarter was 212 million euros.", 212000000, "2025-Q4"),
    ("Revenue in Q1 2026 is expected to reach $2 billion.", 2000000000, "2026-Q1"),
    # a whole year's figure, its year said or not
    ("The retailer kept its forecast of full-year net sales of about $7.6 billion.", 7600000000, "year"),
    ("The retailer still expects about $7.6 billion in sales for the full year.", 7600000000, "year"),
    ("Annual revenue reached $15 billion in 2024.", 15000000000, "2024"),
    ("Full-year 2024 revenue was $15 billion.", 15000000000, "2024"),
    ("Net income was $104 million.", 104000000, None),
])
def test_the_quarter_or_year_a_figure_is_of(text: str, value: float, period: str | None) -> None:
    assert _periods_of(text, value, QUARTER_PUBLISHED) == [period]


def test_a_results_release_s_quarter_is_its_figures_quarter_but_not_its_outlook_s() -> None:
    text = ("Halden Outfitters Reports Third Quarter 2025 Results\n\nNet income was $104 million.\n\n"
            "The company reaffirmed its outlook for full-year net sales of about $7.6 billion.")
    periods = {c.value: c.period for c in claimledger.extract(text, published=QUARTER_PUBLISHED) if c.kind == "quantity"}
    assert periods == {104000000: "2025-Q3", 7600000000: "year"}


def test_a_sum_that_rose_from_another_quarter_s_did_not_change_from_it() -> None:
    text = "Net sales rose to $1.91 billion in the third quarter, from $1.84 billion in the second quarter."
    [q3] = [c for c in claimledger.extract(text, published=QUARTER_PUBLISHED) if c.value == 1910000000]
    assert q3.changed_from is None


def test_a_rate_that_fell_from_last_month_s_is_one_level_that_moved() -> None:
    text = "The unemployment rate fell to 4.2 percent in August from 4.3 percent in July."
    claims = {c.value: c for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity"}
    assert claims[4.2].changed_from == claims[4.3].id


@pytest.mark.parametrize(("headline", "period"), [
    ("Halden Outfitters Reports Third Quarter 2025 Results", "2025-Q3"),
    ("Halden Q2 results beat forecasts", "2025-Q2"),
    ("Brightwater fourth-quarter earnings top estimates", "2025-Q4"),  # the last fourth quarter begun by publication
    ("Quarterback injured in third quarter of playoff game", None),  # no results named
])
def test_the_quarter_a_headline_reports(headline: str, period: str | None) -> None:
    assert headline_period(headline + "\n\nBody.", QUARTER_PUBLISHED) == period


def test_a_quarter_named_without_its_year_is_the_last_one_begun_by_publication() -> None:
    text = "Brightwater fourth-quarter earnings top estimates\n\nBody."
    assert headline_period(text, "2026-02-10") == "2025-Q4"


@pytest.mark.parametrize(("text", "value", "period"), [
    ("A record 45,774 people crossed the Channel in small boats in 2022, up from 28,526 in 2021.", 45774, "2022"),
    ("A record 45,774 people crossed the Channel in small boats in 2022, up from 28,526 in 2021.", 28526, "2021"),
    ("In 2022, 45,774 people crossed.", 45774, "2022"),
    ("Some 12,300 people have made the crossing so far this year, against 9,000 last year.", 12300, "2025"),
    ("Some 12,300 people have made the crossing so far this year, against 9,000 last year.", 9000, "2024"),
    ("Exports rose 4% in 2021 and 2022.", 4, None),  # two years: of neither alone
    ("The museum, which drew 120,000 visitors, was founded in 1962.", 120000, None),  # the founding's year
    # a toll said of a year is that year's ("1,204 people died of overdoses in 2025, down from 1,468 in 2024")
    ("Three people were killed in 2019.", 3, "2019"),
    ("Three people were killed in the blast on Tuesday.", 3, None),  # an incident's day is no period of its toll
])
def test_the_year_a_statistic_is_of(text: str, value: float, period: str | None) -> None:
    assert _periods_of(text, value, PUBLISHED) == [period]


@pytest.mark.parametrize(("text", "value", "period"), [
    ("Some 610 people crossed the strait on Sunday, the highest number this year.", 610, "2025-08-31"),
    ("On Sunday, 610 people crossed the strait.", 610, "2025-08-31"),  # the day that opens the sentence
    ("On Sunday, officials said 610 people had crossed.", 610, None),  # the day it was told
    ("The highest number in a single day was 1,305, on 3 September.", 1305, "2025-09-03"),  # the last 3 September by publication
    ("Some 4,120 people have crossed so far this year, compared with 3,000 in the same period last year.", 3000, "2024-YTD"),
    ("Last year's total of 36,816 was the second highest on record.", 36816, "2024"),
    # the day a source told a figure is not the day the figure is of
    ("A total of 900 people crossed, official figures showed on Monday.", 900, None),
    ("Some 300 people attended the vigil on Friday.", 300, None),  # an incident's crowd is the incident's
])
def test_the_day_or_part_of_a_year_a_statistic_is_of(text: str, value: float, period: str | None) -> None:
    assert _periods_of(text, value, PUBLISHED) == [period]


@pytest.mark.parametrize(("text", "value", "period"), [
    # a year's statistic, never another incident's, in a release about no incident
    ("Statistical release\n\nIn 2024, 96,400 dwellings were completed in Vessmark, up 9.5% from 88,000 in 2023.", 96400, "2024"),
    ("Statistical release\n\nIn 2024, 96,400 dwellings were completed in Vessmark, up 9.5% from 88,000 in 2023.", 88000, "2023"),
    # a table's rows of years
    ("| Year | Completions |\n|------|-------------|\n| 2023 | 88,000 |\n| 2024 | 96,400 |\n", 88000, "2023"),
    # a count said again without its year, in a document that gives that thing's counts one year only
    ("The minister said 120,000 homes were built last year. Fewer than 100,000 homes were completed, the opposition said.",
     100000, "2024"),
])
def test_the_year_a_release_s_statistic_is_of(text: str, value: float, period: str | None) -> None:
    assert _periods_of(text, value, "2025-03-14") == [period]


def test_a_rate_in_a_population_is_of_the_year_the_report_gives_and_its_base_of_the_year_before() -> None:
    text = ("Homicides in Calderon fell to 212 in 2025, police said.\n\nThe city's homicide rate was 28.6 per 100,000 "
            "residents, down from 35.2 a year earlier.")
    claims = {c.value: c for c in claimledger.extract(text, published="2026-01-21") if c.kind == "quantity"}
    assert (claims[28.6].unit, claims[28.6].counted, claims[28.6].period) == ("/100000", "homicide rate", "2025")
    assert (claims[35.2].unit, claims[35.2].counted, claims[35.2].period) == ("/100000", "homicide rate", "2024")
    assert 100000 not in claims


def test_a_table_column_of_a_rate_in_a_population_is_that_rate() -> None:
    text = "| Year | Homicides | Rate per 100,000 residents |\n|---|---|---|\n| 2024 | 259 | 35.2 |\n| 2025 | 212 | 28.6 |\n"
    claims = {c.value: c for c in claimledger.extract(text, published="2026-01-20") if c.kind == "quantity"}
    assert (claims[28.6].unit, claims[28.6].counted, claims[28.6].period) == ("/100000", "rate", "2025")


def test_a_column_of_a_price_per_unit_is_in_no_unit_of_that_unit() -> None:
    text = "| region | petrol_per_litre |\n|---|---|\n| Central | 2.45 |\n| Northern | 2.51 |\n"
    claims = {c.value: c for c in claimledger.extract(text) if c.kind == "quantity"}
    assert claims[2.51].unit is None and claims[2.51].measure is None


def test_a_rate_of_deaths_in_births_is_a_death_rate() -> None:
    [rate] = [c for c in claimledger.extract("Infant mortality fell to 4.1 deaths per 1,000 live births.") if c.kind == "quantity"]
    assert (rate.unit, rate.counted) == ("/1000", "death rate")


CHANGES_OF_A_TOLL = [
    # the fall of a year's homicides, however it is told: one change, of the changed year
    ("There were 212 homicides in Calderon in 2025, down from 259 in 2024, a decrease of 18.1%.", 18.1, "2025"),
    ("The department's annual report shows homicides fell 18%, from 259 in 2024 to 212 in 2025.", 18, None),
    ("Last year, murders in our city went down by 30 percent.", 30, "2025"),
    ('Mayor Ruth Alvarado said murders in the city "went down by 30 percent" last year.', 30, "2025"),
]


@pytest.mark.parametrize(("text", "value", "period"), CHANGES_OF_A_TOLL)
def test_a_percentage_that_gives_a_toll_s_change_counts_that_change(text: str, value: float, period: str | None) -> None:
    [share] = [c for c in claimledger.extract(text, published="2026-02-04") if c.kind == "quantity" and c.value == value]
    assert share.counted == "change of killed" and share.event is None
    if period is not None:
        assert share.period == period


def test_the_years_of_a_change_from_one_count_to_another_are_each_count_s_own() -> None:
    text = "The department's annual report shows homicides fell 18%, from 259 in 2024 to 212 in 2025."
    claims = {c.value: c for c in claimledger.extract(text, published="2026-02-04") if c.kind == "quantity"}
    assert (claims[259].period, claims[212].period) == ("2024", "2025")
    assert claims[259].measure == claims[212].measure == "killed"


def test_the_base_of_a_change_counts_what_the_changed_count_counts() -> None:
    claims = [c for c in claimledger.extract("In 2024, 96,400 dwellings were completed, up 9.5% from 88,000 in 2023.",
                                            published="2025-03-14") if c.kind == "quantity"]
    by_value = {c.value: c for c in claims}
    assert by_value[88000].unit is None and by_value[88000].what_key == by_value[96400].what_key == "dwelling|complete"
    assert by_value[9.5].counted == "change of built"


def test_a_table_row_s_month_is_its_figures_period_and_a_percent_column_its_unit() -> None:
    text = ("Consumer price inflation: March 2026\n\n| Month | CPI annual rate (%) |\n|---|---|\n"
            "| January 2026 | 3.6 |\n| February 2026 | 3.4 |\n| March 2026 | 3.2 |\n| 2025 | 4.1 |\n")
    claims = {c.value: c for c in claimledger.extract(text, published="2026-04-16") if c.kind == "quantity"}
    assert {v: claims[v].period for v in (3.6, 3.4, 3.2, 4.1)} == {3.6: "2026-01", 3.4: "2026-02", 3.2: "2026-03", 4.1: "2025"}
    assert {claims[v].unit for v in (3.6, 3.4, 3.2)} == {"percent"}
    assert {claims[v].part_of for v in (3.6, 3.4, 3.2)} == {None}  # a month's figure is no part of the others



def test_a_count_of_now_takes_neither_the_year_of_an_earlier_count_nor_a_change_from_it() -> None:
    text = ("The number of wild tigers has grown by 24 percent in four years to 3,682, the government said.\n\n"
            "The previous census, in 2022, estimated 2,967 tigers. Tigers have risen to 3,682, up from 2,967 in 2022.")
    claims = [c for c in claimledger.extract(text, published="2026-07-29") if c.kind == "quantity" and c.value in (3682, 2967)]
    assert {(c.value, c.period) for c in claims} == {(3682, None), (2967, "2022")}
    assert all(c.changed_from is None for c in claims)
