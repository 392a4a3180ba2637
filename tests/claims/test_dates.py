"""Dates in the forms news writes them, read against the publication date where needed."""

from __future__ import annotations

import pytest

from claimledger.claims.dates import find_dates, parse_date_string

PUBLISHED = "2023-02-26"  # a Sunday

# (sentence, the date's words, ISO value, form)
CASES: list[tuple[str, str, str, str]] = [
    ("On February 25-26, 1992, the town was taken.", "February 25-26, 1992", "1992-02-25/1992-02-26", "mddy"),
    ("During the night of February 25–26, 1992, it fell.", "February 25–26, 1992", "1992-02-25/1992-02-26", "mddy"),
    ("In the night of 25 to 26 February 1992, it fell.", "25 to 26 February 1992", "1992-02-25/1992-02-26", "ddmy"),
    ("Fighting raged on 25-26 February 1992.", "25-26 February 1992", "1992-02-25/1992-02-26", "ddmy"),
    ("From September 27 to November 10, 2020, the war went on.", "September 27 to November 10, 2020", "2020-09-27/2020-11-10", "mdmdy"),
    ("The war lasted from 27 September to 10 November 2020.", "27 September to 10 November 2020", "2020-09-27/2020-11-10", "dmdmy"),
    ("The decision came on April 22, 2010.", "April 22, 2010", "2010-04-22", "mdy"),
    ("In its decision of 22 April, 2010, the court ruled.", "22 April, 2010", "2010-04-22", "dmy"),
    ("The verdict of 22 April 2010 was final.", "22 April 2010", "2010-04-22", "dmy"),
    ("It happened on Feb. 26, 1983, officials said.", "Feb. 26, 1983", "1983-02-26", "mdy"),
    ("It happened on Sept 3 2019 in the north.", "Sept 3 2019", "2019-09-03", "mdy"),
    ("The campaign began on 8 May 2008.", "8 May 2008", "2008-05-08", "dmy"),
    ("The law took effect on the 1st of January 2021.", "1st of January 2021", "2021-01-01", "dmy"),
    ("The file is dated 17.03.2021 in the archive.", "17.03.2021", "2021-03-17", "numeric_dmy"),
    ("The report of 2023-02-26 was cited.", "2023-02-26", "2023-02-26", "iso"),
    ("In October 1991, the town was surrounded.", "October 1991", "1991-10", "my"),
    ("The summit was held in February, 2013.", "February, 2013", "2013-02", "my"),
    ("It was adopted in November 2012 in Djibouti.", "November 2012", "2012-11", "my"),
    ("The killings in 1992 were condemned.", "1992", "1992", "y"),
    ("Resolutions were adopted in 1993 by the council.", "1993", "1993", "y"),
    ("Since 2008 the campaign has grown.", "2008", "2008", "y"),
    ("The talks ran from 1994 to 1998.", "from 1994 to 1998", "1994/1998", "yy"),
    ("By the end of 2019 the plant had closed.", "2019", "2019", "y"),
    ("The 31st anniversary of the attack was marked.", "31st anniversary", "1992", "anniversary"),
    ("It marks the thirtieth anniversary of the siege.", "thirtieth anniversary", "1993", "anniversary"),
    ("Twenty-seven years ago, the massacre took place.", "Twenty-seven years ago", "1996", "years_ago"),
    ("Five years ago the bridge collapsed.", "Five years ago", "2018", "years_ago"),
    ("The minister spoke on Tuesday in Baku.", "on Tuesday", "2023-02-21", "weekday"),
    ("The results came last Friday.", "last Friday", "2023-02-24", "weekday"),
    ("On Thursday he was sentenced to nine years in prison.", "On Thursday", "2023-02-23", "weekday"),
    ("Late Monday the river burst its banks.", "Late Monday", "2023-02-20", "weekday"),
    ("Rallies are held every year on 26 February.", "26 February", "2023-02-26", "dm"),
    ("The report was released on March 3.", "March 3", "2022-03-03", "md"),
    # a day soon after publication that the sentence looks forward to is this year's
    ("A second shipment is expected by 20 March.", "20 March", "2023-03-20", "dm"),
    ("The vote will take place on March 5.", "March 5", "2023-03-05", "md"),
    ("The union has called another march for March 15.", "March 15", "2023-03-15", "md"),
    ("Workers will strike again on 3 March.", "3 March", "2023-03-03", "dm"),
    ("More than 120,000 people marched yesterday in the capital.", "yesterday", "2023-02-25", "yesterday"),
    ("A boat capsized at about 02:15 today south of the cape.", "today", "2023-02-26", "today"),
    ("Two more bodies were found earlier today.", "today", "2023-02-26", "today"),
    ("The operation ended at 05:40 this morning.", "this morning", "2023-02-26", "today"),
    # a slashed date: the number above 12 is the day; else the reading nearer publication
    ("Origin time: 03:12:44 local time, 17/02/2023", "17/02/2023", "2023-02-17", "numeric_slash"),
    ("The report is dated 02/17/2023.", "02/17/2023", "2023-02-17", "numeric_slash"),
    ("PRESS NOTE Dated: 18-11-2026", "18-11-2026", "2026-11-18", "numeric_slash"),  # day, month and year by dashes
    ("The bulletin of 02/03/2023 was the last.", "02/03/2023", "2023-03-02", "numeric_slash"),  # 2 March: nearer
    ("He was killed by police on March 3.", "March 3", "2022-03-03", "md"),
    ("The frequency fell to 49.55 Hz on 9 May, 49.52 Hz on 20 June.", "9 May", "2022-05-09", "dm"),
    ("On March 5, 12 people were hurt in the blast.", "March 5", "2022-03-05", "md"),
    # a bulletin's heading in capitals
    ("DAMAGE SURVEY FOR THE TORNADO OUTBREAK OF SATURDAY, MARCH 5", "MARCH 5", "2022-03-05", "md"),
    # a year a plan is moved to or set against
    ("Its opening has been pushed back to 2029, the deputy mayor said.", "2029", "2029", "y"),
    ("The line cannot open before 2030, the audit found.", "2030", "2030", "y"),
    ("The launch was postponed to 2027.", "2027", "2027", "y"),
    ("No new reactor will be built after 2035.", "2035", "2035", "y"),
]

NOT_DATES: list[tuple[str, str]] = [
    ("They cited the 1948 Convention on genocide.", "1948"),
    ("The Geneva Conventions of 1949 apply.", "1949"),
    ("The meeting ended at 13:50 local time.", "13:50"),
    ("You may leave now, we said.", "may"),
    ("YOU MAY 5 TIMES LEAVE.", "MAY 5"),
    ("The council met at its 39th session.", "39th"),
    ("The 1990s were hard for the region.", "1990s"),
    ("In 2000 people died in the flood.", "2000 people"),
    ("The toll rose to 2029 people by nightfall.", "2029"),
    ("The town today has 3,000 people.", "today"),
]


@pytest.mark.parametrize(("sentence", "words", "value", "form"), CASES)
def test_date(sentence: str, words: str, value: str, form: str) -> None:
    found = {(sentence[m.start:m.end], m.value, m.form) for m in find_dates(sentence, PUBLISHED)}
    assert (words, value, form) in found, found


@pytest.mark.parametrize(("sentence", "words"), NOT_DATES)
def test_not_a_date(sentence: str, words: str) -> None:
    start = sentence.index(words)
    hits = [m for m in find_dates(sentence, PUBLISHED) if m.value and m.start < start + len(words) and start < m.end]
    assert hits == []


def test_relative_dates_need_a_publication_date() -> None:
    assert [m.value for m in find_dates("The 31st anniversary was marked on Tuesday.")] == []


def test_day_and_month_without_year_block_figures_but_claim_nothing_undated() -> None:
    [match] = list(find_dates("Every year on 26 February the town mourns."))
    assert match.value == "" and match.form == "dm"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("24 February 2018", "2018-02-24"), ("5 марта 2021 года", "2021-03-05"), ("le 3 mars 2020", "2020-03-03"),
     ("no date", None)],
)
def test_parse_date_string(text: str, iso: str | None) -> None:
    languages = ["en", "ru", "fr"]
    assert parse_date_string(text, languages) == iso


@pytest.mark.parametrize("sentence", [
    "The fire began on Thursday, Aug. 1, investigators said.",
    "The vote is on Tuesday (March 5), the council said.",
    "Crews arrived on Friday, 2 August, before dawn.",
])
def test_a_weekday_before_a_date_names_that_date_s_day(sentence: str) -> None:
    found = list(find_dates(sentence, "2024-08-09"))
    assert [m.form for m in found] not in ([], ["weekday"]) and all(m.form != "weekday" for m in found)


@pytest.mark.parametrize(("sentence", "iso"), [
    # a day a change starts, said the day before: the day to come
    ("Motorists will pay $2.45 a litre for petrol from Saturday, the ministry said.", "2026-08-01"),
    ("From 1 August motorists will pay 5.1% more for petrol.", "2026-08-01"),
    ("The new prices apply from 1 August.", "2026-08-01"),
    # a span that has passed
    ("The strike ran from Saturday to Monday.", "2026-07-25"),
    ("Prices were frozen from 1 July.", "2026-07-01"),
])
def test_a_day_a_change_starts_from_is_the_nearest_to_come(sentence: str, iso: str) -> None:
    assert find_dates(sentence, "2026-07-31").__next__().value == iso


def test_a_date_with_dashes_and_no_publication_date_puts_the_day_first() -> None:
    [found] = find_dates("Dated: 12-11-2026")
    assert found.value == "2026-11-12"
    assert [m.value for m in find_dates("on 12/11/2026")] in ([], [None])  # slashes: either way, none said
