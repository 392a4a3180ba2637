"""Credits that name no one who stands behind a claim, which add no independent origin."""

from __future__ import annotations

import pytest

from claimledger.grouping.origins import _Speakers, affiliations, unnamed


@pytest.mark.parametrize(("credit", "is_unnamed"), [
    ("Reports", True), ("post", True), ("a viral post", True), ("posts shared on social media", True),
    ("Social media users", True), ("the report", True), ("claims", True),
    ("UN report", False), ("a police report", False), ("posts by Mayor Ruiz", False), ("Tessaly Regional Police", False),
    ("Ana Ruiz", False), ("witnesses", False),
])
def test_a_credit_that_names_no_one(credit: str, is_unnamed: bool) -> None:
    assert unnamed(credit) is is_unnamed


def test_a_person_with_a_role_in_a_body_speaks_as_that_body_under_every_name() -> None:
    names = ["Police", "Harbor City Police Department", "Chief Ana Morales", "police spokesman Sgt. Leo Park",
             "Mayor Joan Ellery"]
    speakers = _Speakers(names, affiliations(["Police Chief Ana Morales", *names]))
    police = speakers.key("Harbor City Police Department")
    assert {speakers.key(name) for name in ["Police", "police", "Chief Ana Morales", "Morales", "police spokesman Sgt. Leo Park",
                                            "Park"]} == {police}
    assert speakers.key("Mayor Joan Ellery") != police


@pytest.mark.parametrize("name", ["Ana Morales", "the court-appointed receiver Helen Osei", "union leader Ines Varga"])
def test_a_person_with_no_role_in_a_body_is_no_affiliation(name: str) -> None:
    assert affiliations([name]) == {}


def test_a_person_a_body_s_own_statement_quotes_speaks_as_that_body() -> None:
    found = affiliations([], [("Nic Deka", "Department of Conservation"),
                              ("Department of Conservation", "Department of Conservation"), ("Deka", "Department of Conservation")])
    assert found == {"nic deka": "Department of Conservation"}
    speakers = _Speakers(["Department of Conservation", "Nic Deka"], found)
    assert speakers.key("Nic Deka") == speakers.key("Department of Conservation")


def test_a_body_named_without_its_first_words_is_the_one_body_the_group_names_in_full() -> None:
    speakers = _Speakers(["State Department of Health", "Department of Health"])
    assert speakers.key("Department of Health") == speakers.key("State Department of Health")
