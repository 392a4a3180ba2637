import re

import pytest

from claimledger.claims.numbers import NUMBER_START_RE, Caseless

TEXTS = [
    "Twenty-seven years ago, FIVE people were hurt.",
    "The Someone who was done with money.",
    "No figure at all here.",
    "İstanbul saw ELEVEN protests",  # İ lower-cases to two characters
    "Xocalı: ıf ſix people",  # ı and ſ match i and s only with IGNORECASE
    "A KELVIN sign: Kilo, Ten",
    "“Quoted” – 1,200 said «ninety»",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_caseless_finds_what_ignorecase_finds(text: str) -> None:
    caseless, ignorecase = Caseless(NUMBER_START_RE), re.compile(NUMBER_START_RE, re.I)
    for pos in range(len(text) + 1):
        ours, theirs = caseless.search(text, pos), ignorecase.search(text, pos)
        assert (ours.span() if ours else None) == (theirs.span() if theirs else None)


def test_caseless_refuses_an_upper_case_pattern() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Caseless(r"\D+")
