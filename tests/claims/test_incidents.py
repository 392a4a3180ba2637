"""Figures about another incident than the document's own, on sentences written for these tests."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.incidents import main_year, other_incident, turns_to_another_incident

OTHER = [
    ("The 2009 shooting at the same base left 13 dead.", 2014, "2009 shooting"),
    ("A similar attack killed 9 people.", 2014, "A similar attack"),
    ("Last year's flood killed 40 people in the valley.", 2014, "Last year's flood"),
    ("The bombing in March 2011 wounded 30.", 2014, "bombing in March 2011"),
    ("A separate shooting left two men hurt.", 2016, "A separate shooting"),
    ("It was the deadliest blast since the 1998 explosion, which killed 12.", 2020, "1998 explosion"),
    ("Four people were killed in shootings across Chicago on Wednesday.", 2016, "shootings across"),
    ("At least 100 children were killed between December 2012 and December 2013.", 2016, "between December 2012 and "),
    ("There were 45 such shootings, with 29 children wounded and eleven killed.", 2016, None),
    ("Nationwide, 39 people were shot over the weekend.", 2016, "Nationwide"),
    ("So far this year 300 people have been killed in the city.", 2016, "So far this year"),
    ("The last big quake struck in 1998, when 112 people died.", 2025, "in 1998"),
    ("It was the strongest since 1998, when 112 people died.", 2025, "since 1998"),
    ("Two men were hurt in a separate, and apparently unrelated shooting on Elm Street.", 2016,
     "a separate, and apparently unrelated shooting"),
    ("Twenty people were wounded in several Fourth of July shootings.", 2016, "in several Fourth of July shootings"),
    ("A spate of weekend gunfire left 14 people wounded.", 2016, "A spate of weekend gunfire"),
    ("Nine were shot in a string of late-night attacks.", 2016, "in a string of late-night attacks"),
]
OWN = [
    ("The 2014 shooting left 3 dead.", 2014),
    ("Three people were killed on Wednesday.", 2014),
    ("The flood of 1992 killed 613 people.", 1992),
    ("Officials said 40 homes were destroyed by fire.", 2014),
    ("In 2014, when the toll reached 87, officials began to rebuild.", 2014),
]


@pytest.mark.parametrize(("sentence", "own", "event"), OTHER)
def test_a_sentence_that_names_another_incident(sentence: str, own: int, event: str | None) -> None:
    assert other_incident(sentence, own) == event


@pytest.mark.parametrize(("sentence", "opener"), [
    ("Meanwhile, an adult male was fatally shot in Roxbury.", "Meanwhile"),
    ("In a separate shooting, two men were wounded.", "In a separate shooting"),
    ("About 20 minutes earlier, a 24-year-old man was shot to death.", "About 20 minutes earlier"),
    ("Elsewhere, 3 people were hurt.", "Elsewhere"),
    ("Earlier on Sunday, two men were grazed in the legs on Oak Street.", "Earlier on Sunday"),
    ("In 2019, a fire in the same valley killed 7 people.", "In 2019"),
    ("In March 2011, the river burst its banks and 12 people drowned.", "In March 2011"),
    ("Between January 2010 and August 2013, seven people were killed in crashes on the road.",
     "Between January 2010 and August 2013"),
    ("From 2001 to 2004, 12 climbers died on the north face.", "From 2001 to 2004"),
    ("Since 2015, 40 people have drowned at the weir.", "Since 2015"),
])
def test_a_sentence_that_turns_to_another_incident(sentence: str, opener: str) -> None:
    assert turns_to_another_incident(sentence, 2025) == opener
    assert turns_to_another_incident("Three people were killed on Wednesday.", 2025) is None
    assert turns_to_another_incident("Since Monday, 40 people have died.", 2025) is None


def test_a_sentence_that_opens_in_the_document_s_own_year_stays_with_its_incident() -> None:
    assert turns_to_another_incident("In 2025, a fire in the valley killed 7 people.", 2025) is None
    assert turns_to_another_incident("In 2019, a fire in the valley killed 7 people.", None) is None


@pytest.mark.parametrize(("sentence", "own"), OWN)
def test_a_sentence_about_the_document_s_own_incident(sentence: str, own: int) -> None:
    assert other_incident(sentence, own) is None


def test_the_own_year_is_the_one_the_dates_name_most_else_the_publication_year() -> None:
    assert main_year([1992, 1992, 2018], "2018-02-26") == 1992
    assert main_year([2009, 2014], "2014-04-03") == 2014
    assert main_year([], "2014-04-03") == 2014
    assert main_year([], None) is None


def test_only_the_figure_in_the_other_incident_s_clause_carries_it() -> None:
    text = ("Three soldiers were killed at Fort Tallow on Wednesday, April 2, 2014, officials said. "
            "Four were killed on Wednesday, five years after the 2009 shooting that left 13 dead.")
    claims = [c for c in claimledger.extract(text, published="2014-04-03") if c.kind == "quantity"]
    assert [(c.value, c.event) for c in claims] == [(3, None), (4, None), (5, None), (13, "2009 shooting")]


def test_a_figure_in_a_clause_about_another_year_is_about_that_incident() -> None:
    text = ("Quake kills 87\n\nThe death toll from the earthquake has climbed to 87, officials said on Sunday. "
            "It was the strongest quake to hit the region since 1998, when 112 people died.")
    figures = {c.value: c.event for c in claimledger.extract(text, published="2025-06-08") if c.kind == "quantity"}
    assert figures == {87: None, 112: "since 1998"}


def test_a_rate_per_year_is_about_no_other_incident() -> None:
    text = "The government says the fuel tax will raise 1.2 billion euros a year."
    [claim] = [c for c in claimledger.extract(text, published="2025-05-12") if c.kind == "quantity"]
    assert (claim.value, claim.event) == (1_200_000_000, None)


def test_an_incident_the_lede_names_by_its_year_is_the_document_s_own() -> None:
    text = ("Plant manager jailed over 2022 blast\n\nA court jailed a former plant manager for six years on "
            "Wednesday over a 2022 blast that killed 11 workers.")
    figures = {c.value: c.event for c in claimledger.extract(text, published="2025-09-17") if c.kind == "quantity"}
    assert figures == {6: None, 11: None}


def test_an_incident_the_lede_compares_with_stays_another_one() -> None:
    text = ("Quake kills 87\n\nThe quake, the deadliest since the 1998 quake that killed 112 people, has killed 87.")
    figures = {c.value: c.event for c in claimledger.extract(text, published="2025-06-08") if c.kind == "quantity"}
    assert figures[87] is None and figures[112] is not None


def test_a_tally_across_a_region_is_a_storm_s_own_but_another_incident_s_for_a_shooting() -> None:
    storm = "Hurricane Dana hit the coast on Tuesday.\n\nAs of 6 a.m., 1.2 million customers are without power across the state."
    shooting = "A man was shot dead in Harlan on Tuesday.\n\nThere have been 40 shootings across the state this month."
    [outage] = [c for c in claimledger.extract(storm, published="2025-08-28") if c.kind == "quantity"]
    assert outage.event is None
    [tally] = [c for c in claimledger.extract(shooting, published="2025-08-28") if c.kind == "quantity" and c.value == 40]
    assert tally.event is not None


def test_a_correction_s_account_of_an_earlier_version_is_no_claim() -> None:
    text = ("The death toll rose to nine on Friday.\n\nCorrection: An earlier version of this story said 14 people had "
            "died. The death toll at the time was nine.")
    claims = claimledger.extract(text, published="2025-08-29")
    assert sorted(c.value for c in claims if c.kind == "quantity") == [9, 9]
    assert not any("14" in text[c.span.start:c.span.end] or c.span.start > text.index("An earlier") and
                   c.span.start < text.index("The death toll at") for c in claims)
