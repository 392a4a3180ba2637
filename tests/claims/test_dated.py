"""What a date dates: the day an incident happened, the day a source spoke, or neither."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.dated import what_is_dated
from claimledger.model import DAY_OCCURRED, DAY_SAID

DATED = [
    ("Part of the mine collapsed late on Monday, officials said on Tuesday.", "late on Monday", DAY_OCCURRED),
    ("Part of the mine collapsed late on Monday, officials said on Tuesday.", "on Tuesday", DAY_SAID),
    ("The collapse happened at about 11 p.m. on Monday, March 3, in a tunnel.", "March 3", DAY_OCCURRED),
    ("Nineteen miners lost their lives in the collapse at the Kestrel coal mine on 3 March 2025.", "3 March 2025",
     DAY_OCCURRED),
    ("Investigators said the collapse occurred in the early hours of March 4, when a pillar failed.", "March 4",
     DAY_OCCURRED),
    ("The shooting happened Saturday night near the park.", "Saturday", DAY_OCCURRED),
    ("Two men were shot on May 26, 2013, at a house party.", "May 26, 2013", DAY_OCCURRED),
    ("The blast occurred around 6 p.m. Tuesday near the port.", "Tuesday", DAY_OCCURRED),
    ("Kovac told parliament on Monday that the mine had been fined.", "on Monday", DAY_SAID),
    ("The company announced late Friday that it would close the plant.", "late Friday", DAY_SAID),
    ("A week has passed since the Coral Dawn went down on the night of 13 June.", "13 June", DAY_OCCURRED),
    ("The ferry overturned late on Saturday off Kestrel Island.", "Saturday", DAY_OCCURRED),
    # a figure or another verb between the incident and the date: the date is of something else
    ("The number of miners killed in the collapse rose to 17 on Wednesday.", "on Wednesday", None),
    ("Families have gathered at the gate since Tuesday.", "since Tuesday", None),
    ("The dam was completed in June 1962.", "June 1962", None),
    ("Classes resumed on Tuesday morning with extra counsellors.", "on Tuesday", None),
]


@pytest.mark.parametrize(("sentence", "date", "dated"), DATED)
def test_what_a_date_dates(sentence: str, date: str, dated: str | None) -> None:
    assert what_is_dated(sentence, sentence.index(date)) == dated


@pytest.mark.parametrize(("sentence", "date", "value"), [
    ("The mine collapsed late Monday, officials said.", "late Monday", "2025-03-03"),
    ("Police said the shooting happened Saturday night.", "Saturday", "2025-03-01"),
    ("The fire started early Sunday.", "early Sunday", "2025-03-02"),
    ("He died Sunday at a hospital.", "Sunday", "2025-03-02"),
    ("The blast occurred around 6 p.m. Tuesday.", "Tuesday", "2025-03-04"),
    ("The fire broke out Saturday afternoon in dry brush.", "Saturday afternoon", "2025-03-01"),
    ("Rain fell Sunday night across the valley.", "Sunday night", "2025-03-02"),
])
def test_a_weekday_without_on_is_the_day_before_publication(sentence: str, date: str, value: str) -> None:
    dates = [c for c in claimledger.extract(sentence, published="2025-03-04") if c.kind == "date"]
    assert [(sentence[c.span.start:c.span.end], c.value) for c in dates] == [(date, value)]


@pytest.mark.parametrize("sentence", [
    "Shoppers flocked to Black Friday sales.",
    "Candidates campaigned before Super Tuesday.",
    "The vote is next Tuesday.",
    "The agency announced Monday Morning Briefing plans.",
    "Crowds gathered at stores on Black Friday morning.",
])
def test_a_weekday_in_a_name_or_ahead_is_no_date(sentence: str) -> None:
    assert [c for c in claimledger.extract(sentence, published="2025-03-04") if c.kind == "date"] == []


@pytest.mark.parametrize(("sentence", "date", "dated"), [
    ("Police named the 11 people killed in Saturday night's shooting at the club.", "Saturday night", DAY_OCCURRED),
    ("The toll from Tuesday's blast at the port rose to 9.", "Tuesday", DAY_OCCURRED),
    ("Sunday's deadly crash closed the motorway.", "Sunday", DAY_OCCURRED),
    ("Monday's meeting of the council was cancelled.", "Monday", None),
])
def test_a_day_whose_own_incident_is_named_after_it_dates_that_incident(sentence: str, date: str, dated: str | None) -> None:
    start = sentence.index(date)
    assert what_is_dated(sentence, start, start + len(date)) == dated
