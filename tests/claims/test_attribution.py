"""Whom a sentence credits its figures to (claims.attribution), on sentences written for each form."""

from __future__ import annotations

import pytest

from claimledger.claims.attribution import Resolver, sentence_attribution


def credit(sentence: str) -> str | None:
    return sentence_attribution(sentence, 0, Resolver(sentence, None))


@pytest.mark.parametrize(("sentence", "source"), [
    ("The transport ministry puts the death toll at 33.", "transport ministry"),
    ("Officials put the number of dead at 40 on Tuesday.", "Officials"),
    ("The Red Crescent estimated the total at more than 1,200.", "Red Crescent"),
    ("The coast guard has placed the number of missing people at 9.", "coast guard"),
    ("According to the fire service, 12 homes burned.", "fire service"),
    ("Three people died, the coroner said.", "coroner"),
])
def test_a_source_that_states_or_sets_a_figure(sentence: str, source: str) -> None:
    assert credit(sentence) == source


@pytest.mark.parametrize("sentence", [
    "He put the book on the table at 5 o'clock.",
    "The crew put the boat in the water at dawn.",
    "Three people died in the fire.",
])
def test_a_sentence_in_its_own_voice(sentence: str) -> None:
    assert credit(sentence) is None


def test_the_ministry_is_the_body_named_before_not_the_words_after_its_sentence() -> None:
    text = ("The figures came from the Ministry of Emergency Situations. Residents were told to leave. "
            "At least 42 people were killed, the ministry said.")
    said = text.index("At least")
    assert sentence_attribution(text[said:], said, Resolver(text, None)) == "Ministry of Emergency Situations"


def test_officials_after_a_named_body_are_officials() -> None:
    text = "48 people were killed, according to the Ministry of Emergency Situations. Officials put the number of injured at 130."
    said = text.index("Officials")
    assert sentence_attribution(text[said:], said, Resolver(text, None)) == "Officials"


def test_a_name_does_not_run_over_a_line_break() -> None:
    text = "Nightclub Shooting Leaves 1 Dead: Police\n\nA man was killed outside the club, police said."
    said = text.index("A man")
    assert sentence_attribution(text[said:], said, Resolver(text, None)) == "police"


def test_the_agency_is_the_fuller_description_given_before() -> None:
    text = "The quake killed 48 people, the national disaster agency said. The agency said 1,200 buildings were damaged."
    said = text.index("The agency")
    assert sentence_attribution(text[said:], said, Resolver(text, None)) == "national disaster agency"
