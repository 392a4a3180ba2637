"""The place an incident's count is of (claims.places), on sentences written for these tests."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.places import is_a_place_label, one_name

PUBLISHED = "2026-03-04"


@pytest.mark.parametrize(("text", "value", "place"), [
    ("The quake struck on Monday, killing at least 1,200 people in Varnia and 340 in Oskel, officials said.", 1200, "Varnia"),
    ("The quake struck on Monday, killing at least 1,200 people in Varnia and 340 in Oskel, officials said.", 340, "Oskel"),
    ("The death toll in Varnia has risen to 2,150.", 2150, "Varnia"),
    ("Deaths in North Kesh reached 45 on Friday.", 45, "North Kesh"),
    ("In Oskel, 512 people have died and 1,900 were injured in Monday's earthquake.", 512, "Oskel"),
    ("In Oskel, 512 people have died and 1,900 were injured in Monday's earthquake.", 1900, "Oskel"),
    # a place that opens the sentence after a word of time
    ("Hours later in Hesby, three people, two of them children, died in a house fire.", 3, "Hesby"),
    ("Meanwhile, in Kesh, 40 people were evacuated from the river bank.", 40, "Kesh"),
    ("The combined death toll in the two countries rose to 2,840: 2,310 in Varnia and 530 in Oskel.", 2310, "Varnia"),
    ("The combined death toll in the two countries rose to 2,840: 2,310 in Varnia and 530 in Oskel.", 2840, None),
    ("Measles cases rose to 214 in Dorval Province.", 214, "Dorval"),  # the kind of place is not its name
    # the verb of the count before left out: "died in Varnia and 340 in Oskel"
    ("At least 1,200 people died in Varnia and 340 in Oskel.", 340, "Oskel"),
    ("Officials said 1,200 people died in Varnia, and 340 in North Oskel, on Monday.", 340, "North Oskel"),
    # a count of several places, of another month or day, or of no incident names no place
    ("Powerful quake kills 300 in Varnia and Oskel", 300, None),
    ("Twelve people were injured in Monday's blast.", 12, None),
    ("Three people were killed in March.", 3, None),
    ("The town has 40 schools in Varnia.", 40, None),
])
def test_the_place_a_count_is_of(text: str, value: float, place: str | None) -> None:
    claims = [c for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity" and c.value == value]
    assert [c.place for c in claims] == [place]


def test_a_document_that_gives_one_place_gives_it_to_its_other_counts() -> None:
    text = "The death toll in Varnia has risen to 2,150. A further 8,400 people were injured."
    places = {c.value: c.place for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity"}
    assert places == {2150: "Varnia", 8400: "Varnia"}


def test_a_document_that_gives_two_places_gives_neither_to_its_other_counts() -> None:
    text = "At least 1,200 people died in Varnia and 340 in Oskel. More than 9,000 people were injured."
    places = {c.value: c.place for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity"}
    assert places == {1200: "Varnia", 340: "Oskel", 9000: None}


def test_a_table_row_that_names_a_place_gives_its_counts_that_place() -> None:
    text = ("Quake toll by country\n\n| Country | Deaths | Injured |\n|---|---|---|\n| Varnia | 2,310 | 8,400 |\n"
            "| Oskel | 530 | 1,900 |\n| Total | 2,840 | 10,300 |")
    claims = {c.value: c for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity"}
    assert {v: claims[v].place for v in (2310, 8400, 530, 2840, 10300)} == {
        2310: "Varnia", 8400: "Varnia", 530: "Oskel", 2840: None, 10300: None}
    assert claims[2310].part_of == claims[2840].id and claims[2310].counted == "people"


@pytest.mark.parametrize(("label", "place"), [
    ("Varnia", True), ("North Kesh", True), ("Children", False), ("Total", False), ("Women", False),
    ("Under 18", False), ("civilians", False), ("Police officers", False),
])
def test_a_row_label_is_a_place_unless_it_names_people_or_a_total(label: str, place: bool) -> None:
    assert is_a_place_label(label) is place


@pytest.mark.parametrize(("name", "one"), [
    ("Dorval Province", "Dorval"), ("Kane County", "Kane"), ("Varnia", "Varnia"), ("Province", "Province"),
])
def test_a_place_s_kind_is_not_its_name(name: str, one: str) -> None:
    assert one_name(name) == one


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("At least 1,200 people died in Varnia and 340 in Oskel.", 340, "killed"),
    ("Police arrested 12 people and 3 in Kesh were fined.", 3, None),  # its own verb: not the count before
])
def test_a_bare_figure_with_the_verb_before_left_out_counts_what_the_count_before_counts(
        text: str, value: int, measure: str | None) -> None:
    [claim] = [c for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity" and c.value == value]
    assert claim.measure == measure


@pytest.mark.parametrize(("text", "value", "party"), [
    ("The European Union pledged $500 million, the United States $300 million and Japan $120 million.", 500000000,
     "European Union"),
    ("The European Union pledged $500 million, the United States $300 million and Japan $120 million.", 300000000,
     "United States"),
    ("The European Union pledged $500 million, the United States $300 million and Japan $120 million.", 120000000, "Japan"),
    ("The United States raised its pledge for Ardenia to $350 million on Monday.", 350000000, "United States"),
    ("Donors pledged a total of $1.2 billion for Ardenia.", 1200000000, None),  # a common noun, not a party
    ("Officials pledged $3 million.", 3000000, None),
    ("Donors meeting on Wednesday promised $1.2 billion.", 1200000000, None),  # a weekday gives nothing
])
def test_the_party_a_sum_is_given_by(text: str, value: float, party: str | None) -> None:
    claims = [c for c in claimledger.extract(text, published=PUBLISHED) if c.kind == "quantity" and c.value == value]
    assert [c.place for c in claims] == [party]
