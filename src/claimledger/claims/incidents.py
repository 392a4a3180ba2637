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
# a year another clause goes on about: "in 1998, when 112 people died"
_YEAR_WHEN = re.compile(rf"\b(?:[Ii]n|[Ss]ince)\s+(?:[A-Z][a-z]+\s+)?(?P<year>{_YEAR})(?=,\s+when\b)")
_UNDATED_OTHER = re.compile(
    # "last year's flood", never "last week's riot", which a follow-up a week on reports as its own
    rf"\b(?:[Ll]ast|[Pp]revious|[Tt]he\s+previous|[Tt]he\s+past)\s+(?:year|month|decade)[’']s\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EVENT})\b"
    rf"|\b[Aa]n?\s+(?:similar|separate|earlier|previous|unrelated|other)(?:,?\s+[\w'-]+){{0,3}}?,?\s+(?:{_EVENT})\b")


# a count over many incidents: a period, an area, a tally of events ("across the city", "so far
# this year", "between December 2012 and December 2013", "in 45 such shootings")
_ACROSS_A_REGION = re.compile(
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:city|country|nation|state|region|county|united\s+states|[A-Z][a-z]+)\b"
    r"|\b(?:[Nn]ationwide|[Ss]tatewide|[Cc]itywide|[Nn]ationally)\b")
_AGGREGATE = re.compile(
    r"\b[Ss]o\s+far\s+(?:this|in)\s+\w+|\b(?:this|last|each|every|per|a)\s+year\b|\bannually\b"
    r"|\bin\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?)\b"
    r"|\b[Bb]etween\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[89]|20)\d{2},?\s+and\s+"
    r"|\b[Ss]ince\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d{2}\b"
    r"|\bin\s+(?:\d+|\w+)\s+(?:such\s+|separate\s+|other\s+)?(?:shootings|attacks|incidents|cases)\b"
    r"|\bin\s+(?:several|multiple|numerous|many|various|a\s+(?:series|string|spate|rash|wave)\s+of)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:shootings|attacks|incidents|cases)\b"
    r"|\b[Aa]\s+(?:spate|string|series|rash|wave)\s+of\s+(?:[\w'-]+\s+){0,4}?(?:shootings|attacks|incidents|gunfire|violence)\b"
    r"|\b(?:shootings|attacks|incidents)\s+(?:across|around|throughout)\b")
# a sentence that turns to another incident: "Meanwhile, a man was shot dead in Roxbury"
_OTHER_OPENER = re.compile(r"^\W*(?:Meanwhile|Elsewhere|In\s+(?:a|an)\s+(?:separate|unrelated|other|another)\s+\w+|"
                           r"In\s+another\s+\w+|Separately|Earlier\s+(?:that|in\s+the|on)\s+\w+|About\s+\d+\s+minutes\s+"
                           r"(?:earlier|later))\b")


# a sentence that opens in another year: "In 2019, a fire in the same valley killed 7 people"
_YEAR_OPENER = re.compile(rf"^\W*(?:In|Back\s+in)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{_YEAR})\s*,")
_NAMES_AN_INCIDENT = re.compile(rf"\b(?:{_EVENT}|{'|'.join(lexicon.words('incident_cues'))})\b", re.I)


def names_an_incident(text: str) -> bool:
    """Whether a document speaks of an incident at all (a shooting, a flood, a crash...)."""
    return _NAMES_AN_INCIDENT.search(text) is not None


# a sentence that opens with a span of years tells a tally of many incidents: "Between January
# 2010 and August 2013, seven people were killed in crashes", "Since 2015, ..."
_PERIOD_OPENER = re.compile(
    rf"^\W*(?:(?:Between|From)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},?\s+)?{_YEAR},?\s+(?:and|to|through)\s+[^,]{{0,30}}?"
    rf"|Since\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},?\s+)?){_YEAR}\s*,")


def main_year(years: Iterable[int], published: str | None) -> int | None:
    """The year of the document's own incident: the one its dates name most, else its publication year."""
    counted = Counter(years)
    published_year = int(published[:4]) if published and published[:4].isdigit() else None
    if not counted:
        return published_year
    top = max(counted.values())
    best = sorted(year for year, n in counted.items() if n == top)
    return published_year if published_year in best else best[0]


def other_incident(sentence: str, own_year: int | None, spans_a_region: bool = False) -> str | None:
    """The words naming another incident than the document's own that the sentence speaks of; a
    tally across a region is another incident's only where the document's own does not span one."""
    for match in [*_DATED_EVENT.finditer(sentence), *_YEAR_WHEN.finditer(sentence)]:
        year = int(match.groupdict().get("year") or match.group("year2"))
        if own_year is not None and year != own_year:
            return match.group()
    wide = spans_a_region or _WIDE_EVENT.search(sentence)
    other = (_UNDATED_OTHER.search(sentence) or _AGGREGATE.search(sentence)
             or (None if wide else _ACROSS_A_REGION.search(sentence)))
    return other.group() if other else None


def a_span_of_time(words: str) -> bool:
    """Whether the words ``other_incident`` gave name a span of time ("between 2017 and", "so far
    this year"), not another incident: a sum over a span is that span's total."""
    return _AGGREGATE.fullmatch(words) is not None


def spans_a_region(lede: str) -> bool:
    """Whether the incident a document opens on spans a region (a storm, a flood, an outbreak)."""
    return _WIDE_EVENT.search(lede) is not None


# an incident that spans a region: "storm-related deaths statewide" are the storm's own, not a tally
# of other incidents as "shootings across the city" are
_WIDE_EVENT = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.words('regional_events'), key=len, reverse=True))})\b", re.I)


def turns_to_another_incident(sentence: str, own_year: int | None = None) -> str | None:
    """The opening words of a sentence that turns to another incident, which every figure of the
    sentence is then about ("Meanwhile, ...", "In a separate shooting, ...", "In 2019, ..." in a
    report of a 2025 fire)."""
    found = _OTHER_OPENER.search(sentence) or _PERIOD_OPENER.search(sentence)
    if found is None and own_year is not None:
        year = _YEAR_OPENER.search(sentence)
        found = year if year and int(year.group("year")) != own_year else None
    return found.group().strip(" ,") if found else None
