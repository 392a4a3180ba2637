"""Figures about another incident than the document's own: "a Fort Hood report in 2014 recalls
that the 2009 shooting at the same base left 13 dead". Such a figure carries ``event`` (the
words that name the other incident) and never groups with the document's own counts.

The document's own incident is dated by the year its dates name most often (its publication
year on a tie or when it dates nothing); a sentence that names an incident with another year,
or as "last year's flood" or "a similar attack", is about another one. The event nouns are data
(lexicon/event_nouns.txt); every repetition is bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from claimledger import lexicon

_EVENT = "|".join(sorted(lexicon.words("event_nouns"), key=len, reverse=True))
_YEAR = r"(?:1[89]|20)\d{2}"
_DATED_EVENT = re.compile(
    rf"\b(?P<year>{_YEAR})(?:'s)?\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EVENT})\b"
    rf"|\b(?:{_EVENT})\s+(?:in|of|on)\s+(?:(?:[A-Z][\w'-]*|\d{{1,2}}|[A-Z][a-z]+\.?)\s+){{0,3}}?(?P<year2>{_YEAR})\b")
_UNDATED_OTHER = re.compile(
    rf"\b(?:[Ll]ast|[Pp]revious|[Tt]he\s+previous|[Tt]he\s+past)\s+(?:year|month|week|decade)[’']s\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EVENT})\b"
    rf"|\b[Aa]n?\s+(?:similar|separate|earlier|previous|unrelated|other)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EVENT})\b")


def main_year(years: Iterable[int], published: str | None) -> int | None:
    """The year of the document's own incident: the one its dates name most, else its publication year."""
    counted = Counter(years)
    published_year = int(published[:4]) if published and published[:4].isdigit() else None
    if not counted:
        return published_year
    top = max(counted.values())
    best = sorted(year for year, n in counted.items() if n == top)
    return published_year if published_year in best else best[0]


def other_incident(sentence: str, own_year: int | None) -> str | None:
    """The words naming another incident than the document's own that the sentence speaks of."""
    for match in _DATED_EVENT.finditer(sentence):
        year = int(match.group("year") or match.group("year2"))
        if own_year is not None and year != own_year:
            return match.group()
    undated = _UNDATED_OTHER.search(sentence)
    return undated.group() if undated else None
