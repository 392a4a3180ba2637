"""Counts a sentence states without a numeral: "a man was shot dead" is one killed, "the victim
was wounded" one injured, "no one else was hurt" none injured. Event news says its smallest and
most common counts this way, so a ledger that only reads numerals misses them.

The person nouns and the casualty predicates are data (lexicon/person_nouns.txt,
lexicon/casualty_predicates.json). Every repetition is bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimledger import lexicon


def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """Longest first, so "shot dead" wins over "shot"; spaces match any run of spaces."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_MEASURE_OF = {" ".join(phrase.split()): measure for measure, phrases in lexicon.classes("casualty_predicates").items()
               for phrase in phrases}
_PREDICATE = rf"(?:(?:was|is|has\s+been|had\s+been)\s+(?:(?:also|later|reportedly|then)\s+)?(?P<pred>{_alternation(list(_MEASURE_OF))})|(?P<died>died))\b"
_ONE_PERSON = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Aa]nother|[Aa]\s+third|[Aa]\s+second)\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?P<noun>{_alternation(lexicon.words('person_nouns'))})\b(?:,\s*\d{{1,3}},)?\s+{_PREDICATE}")
_NAMED_PERSON = re.compile(rf"(?<![\w.])(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){{1,2}}),\s*\d{{1,3}},\s+{_PREDICATE}")
_NO_ONE = re.compile(
    rf"\b(?:[Nn]o\s+one|[Nn]obody|[Nn]o\s+other\s+(?:people|persons?|one))(?:\s+else)?\s+(?:was|were|has\s+been|had\s+been)"
    rf"\s+(?:(?:reported|believed)\s+)?(?P<pred>{_alternation(list(_MEASURE_OF))})\b"
    rf"|\b[Nn]o\s+(?:other\s+)?(?P<none>injuries|deaths|fatalities)\s+(?:were|have\s+been|had\s+been)\s+reported")
_LATER_DEATH = re.compile(r"[^.;]{0,80}?\b(?:died|dead|killed|fatal(?:ly)?)\b")


@dataclass(frozen=True, slots=True)
class ImplicitCount:
    start: int
    end: int
    value: int
    measure: str  # "killed" or "injured"
    noun: str


def find_implicit_counts(sentence: str) -> Iterator[ImplicitCount]:
    """Counts of killed and injured people the sentence states in words, in text order."""
    found = [*_people(sentence), *_nobody(sentence)]
    yield from sorted(found, key=lambda count: count.start)


def _people(sentence: str) -> Iterator[ImplicitCount]:
    for pattern, noun in ((_ONE_PERSON, None), (_NAMED_PERSON, "person")):
        for match in pattern.finditer(sentence):
            measure = "killed" if match.group("died") else _MEASURE_OF[" ".join(match.group("pred").split())]
            if measure == "injured" and _LATER_DEATH.match(sentence, match.end()):  # "was shot and later died"
                measure = "killed"
            yield ImplicitCount(match.start(), match.end(), 1, measure, noun or match.group("noun").lower())


def _nobody(sentence: str) -> Iterator[ImplicitCount]:
    for match in _NO_ONE.finditer(sentence):
        if match.group("none"):
            measure = "killed" if match.group("none") in ("deaths", "fatalities") else "injured"
        else:
            measure = _MEASURE_OF[" ".join(match.group("pred").split())]
        yield ImplicitCount(match.start(), match.end(), 0, measure, "people")
