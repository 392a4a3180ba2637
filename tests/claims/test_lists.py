"""Named lists: members, their count, and the noun they name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.claims import extract_claims
from claimledger.claims.lists import find_lists
from claimledger.model import Document

LISTS = [
    ("The parliaments of Chile, Norway, Kenya, the Philippines, and Wales passed the motion.",
     "parliaments", ("Chile", "Norway", "Kenya", "Philippines", "Wales")),
    ("Delegates from five countries (Bosnia and Herzegovina, Ghana, Peru, Fiji, Nepal) signed it.",
     "countries", ("Bosnia and Herzegovina", "Ghana", "Peru", "Fiji", "Nepal")),
    ("Resolutions came from states in the United States of America (State of Ohio, State of Iowa, "
     "State of New Mexico, State of Utah).", "states",
     ("State of Ohio", "State of Iowa", "State of New Mexico", "State of Utah")),
    ("The villages of Upper Dalny, Kerov, Malin and Sorbek were emptied.", "villages",
     ("Upper Dalny", "Kerov", "Malin", "Sorbek")),
    ("Teams such as Arsenal, Benfica, Ajax, Porto and Celtic sent scouts.", "teams",
     ("Arsenal", "Benfica", "Ajax", "Porto", "Celtic")),
    ("The fund backs four banks: Halden Bank, Ostria Credit, Marlow Savings, Vey Trust.", "banks",
     ("Halden Bank", "Ostria Credit", "Marlow Savings", "Vey Trust")),
]

NOT_LISTS = [
    "He flew from Paris, France to Lima, Peru on Monday.",  # places with their countries: pairs, not a list
    "The Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment applies.",
    "Smith, Jones and Brown spoke.",  # three names: below MIN_MEMBERS
    "Talks ran on Monday, Tuesday, Wednesday and Thursday.",
    "Ankara, Baku, Tbilisi and Yerevan sent envoys.",  # the sentence does not say what the names are
]


@pytest.mark.parametrize(("sentence", "what", "members"), LISTS)
def test_a_named_list_gives_its_members_and_what_they_are(sentence: str, what: str, members: tuple[str, ...]) -> None:
    [found] = list(find_lists(sentence))
    assert found.members == members
    assert found.what == what


@pytest.mark.parametrize("sentence", NOT_LISTS)
def test_not_a_named_list(sentence: str) -> None:
    assert list(find_lists(sentence)) == []


def test_a_list_is_a_claim_counting_its_members() -> None:
    text = "The parliaments of Chile, Norway, Kenya, the Philippines, and Wales passed the motion."
    doc = Document(id="d", path="", text=text, content_hash="", fmt="txt", encoding="utf-8")
    claims, _ = extract_claims(doc)
    [listed] = [c for c in claims if c.kind == "list"]
    assert listed.value == 5
    assert listed.members == ("Chile", "Norway", "Kenya", "Philippines", "Wales")
    assert text[listed.span.start : listed.span.end] == "Chile, Norway, Kenya, the Philippines, and Wales"
    assert listed.what == "parliaments"
