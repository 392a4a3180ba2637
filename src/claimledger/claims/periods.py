"""The month or quarter a statistic is of: "Norland added 142,000 jobs in August", "August's gain
was revised down to 121,000", "job growth in July was revised to 114,000", "net sales of $1.91
billion in the third quarter", "Q3 net income was $104 million"; a release whose headline ends with
its month ("Labour market release: August 2025") or names its quarter ("Reports Third Quarter 2025
Results") gives it to the figures that name none. Another month's or quarter's figure is another
claim, never a rival of this one's; a revision of a month's figure is that figure at a later time.

Only for figures no incident measures (counts of things, shares, sums): a toll counted in August
is the incident's toll all the same.
"""

from __future__ import annotations

import re
from datetime import date

from claimledger import lexicon
from claimledger.model import WHOLE_YEAR

_MONTH = "|".join(lexicon.month_names())
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "added 142,000 jobs in August", "4.3 percent in July": the month the figure's own clause names,
# with no other figure between
_AFTER = re.compile(rf"[^.;\n\d]{{0,30}}?\b(?:in|for|during)\s+(?:the\s+month\s+of\s+)?(?P<m>{_MONTH})\b(?:\s+(?P<y>{_YEAR}))?")
# "August's gain was revised down to 121,000 from", "job growth in July was revised to"
_BEFORE = re.compile(rf"(?:\b(?P<m>{_MONTH})['’]s\s+|\b(?:in|for)\s+(?P<m2>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\s+)"
                     rf"[^.;\n\d]{{0,40}}(?:\d[\d,.]*[^.;\n\d]{{0,12}})?\Z")
# a headline that ends with its month: "Labour market release: August 2025", "... misses forecasts in August"
_HEADLINE_MONTH = re.compile(rf"\b(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\s*\Z")

# a quarter: "the third quarter of 2025", "third-quarter", "fiscal fourth quarter", "Q3", "Q3 2025", "3Q25"
_ORDINAL = "|".join(lexicon.numbered("quarters"))
_QUARTER = (rf"(?:(?:the\s+)?(?:fiscal\s+)?(?P<q>{_ORDINAL})[\s-]+quarter(?:\s+of\s+(?:fiscal\s+)?(?P<qy>{_YEAR}))?"
            rf"|\b[Qq](?P<qn>[1-4])(?:\s+(?:FY\s*)?(?P<qy2>{_YEAR}))?|\b(?P<qn2>[1-4])Q(?P<qy3>\d\d)?)\b")
# "$1.91 billion in the third quarter", "$1.84 billion in Q2": the quarter the figure's own clause names
_QUARTER_AFTER = re.compile(rf"[^.;\n\d]{{0,30}}?\b(?:in|for|during)\s+{_QUARTER}", re.I)
# "second-quarter net sales of $1.84 billion", "Q3 net income was", "In the second quarter, revenue was"
_QUARTER_BEFORE = re.compile(rf"(?:\b(?:in|for)\s+)?{_QUARTER}[^.;\n\d]{{0,40}}\Z", re.I)
# a headline that names its quarter: "Halden Outfitters Reports Third Quarter 2025 Results", "Q3 2025 results"
_HEADLINE_QUARTER = re.compile(rf"{_QUARTER}(?:\s+(?P<hy>{_YEAR}))?\s+(?:financial\s+|fiscal\s+)?(?:results|earnings)\b",
                               re.I)


def period_of(text: str, start: int, end: int, published: str | None) -> str | None:
    """The month ("2025-08") or quarter ("2025-Q3") the words around a figure say it is of, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    said = _AFTER.match(text, end) or _BEFORE.search(text, max(line_start, start - 70), start)
    if said:
        return _month(said, published)
    said = _QUARTER_AFTER.match(text, end) or _QUARTER_BEFORE.search(text, max(line_start, start - 70), start)
    return _quarter(said, published) if said else None


# "full-year net sales of about $7.6 billion", "$7.6 billion in sales for the full year", "annual revenue of"
_WHOLE_YEAR_BEFORE = re.compile(rf"\b(?:full[\s-]year|annual|yearly|fiscal(?:\s+year)?)(?:\s+{_YEAR})?\b[^.;\n\d]{{0,40}}\Z", re.I)
_WHOLE_YEAR_AFTER = re.compile(
    rf"[^.;\n\d]{{0,40}}?\b(?:for|in|over)\s+(?:the\s+(?:full\s+|whole\s+|fiscal\s+)?year|(?:fiscal\s+)?{_YEAR}\s+as\s+a\s+whole)\b",
    re.I)


_IN_A_YEAR = re.compile(rf"\s+(?:in|for)\s+(?:fiscal\s+)?(?P<y>{_YEAR})\b")


def whole_year_of(text: str, start: int, end: int) -> str | None:
    """The year ("2025", or WHOLE_YEAR where none is said) the words around a figure say it is a
    whole year's figure of, or None: a full-year outlook is never a quarter's figure."""
    line_start = text.rfind("\n", 0, start) + 1
    said = _WHOLE_YEAR_AFTER.match(text, end) or _WHOLE_YEAR_BEFORE.search(text, max(line_start, start - 70), start)
    if not said:
        return None
    year = re.search(rf"\b{_YEAR}\b", said.group())
    if year:
        return year.group()
    after = _IN_A_YEAR.match(text, end)  # "annual revenue reached $15 billion in 2024"
    return after.group("y") if after else WHOLE_YEAR


def headline_period(text: str, published: str | None) -> str | None:
    """The month a document's headline (its first line) ends with, or the quarter it reports, or None."""
    first = text.split("\n", 1)[0].rstrip()
    said = _HEADLINE_MONTH.search(first)  # a headline has no full stop; a sentence that ends so names no release
    if said:
        return _month(said, published)
    said = _HEADLINE_QUARTER.search(first)
    return _quarter(said, published) if said else None


def _quarter(said: re.Match[str], published: str | None) -> str | None:
    """A quarter as "YYYY-Qn": its own year, else the last one whose quarter had begun by publication."""
    found = said.groupdict()
    number = lexicon.numbered("quarters")[found["q"].lower()] if found["q"] else int(found["qn"] or found["qn2"])
    year = found["qy"] or found["qy2"] or found.get("hy")
    if found["qy3"]:
        year = f"20{found['qy3']}"
    if year:
        return f"{int(year):04d}-Q{number}"
    if not published or len(published) < 10:
        return None
    day = date.fromisoformat(published[:10])
    first_month = 3 * number - 2
    return f"{day.year if first_month <= day.month else day.year - 1:04d}-Q{number}"


def _month(said: re.Match[str], published: str | None) -> str | None:
    """A month as "YYYY-MM": its own year, else the last one that had the month by publication."""
    name = said.group("m") or said.groupdict().get("m2")
    if not name:
        return None
    month = lexicon.months()[name.lower()]
    if said.groupdict().get("y"):
        return f"{int(said.group('y')):04d}-{month:02d}"
    if not published or len(published) < 10:
        return None
    day = date.fromisoformat(published[:10])
    year = day.year if month <= day.month else day.year - 1
    return f"{year:04d}-{month:02d}"
