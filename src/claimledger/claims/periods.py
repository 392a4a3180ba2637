"""The month, quarter, year or day a statistic is of: "Norland added 142,000 jobs in August",
"August's gain was revised down to 121,000", "net sales of $1.91 billion in the third quarter", "Q3
net income was $104 million", "full-year net sales", "crossed in small boats in 2022", "3,000 in the
same period last year", "610 people crossed on Sunday"; a release whose headline ends with its month
("Labour market release: August 2025") or names its quarter ("Reports Third Quarter 2025 Results")
gives it to the figures that name none. Another period's figure is another claim, never a rival of
this one's; a revision of a month's figure is that figure at a later time.

Only for figures no incident measures (counts of things, shares, sums): a toll counted in August
is the incident's toll all the same.
"""

from __future__ import annotations

import re
from datetime import date

from claimledger import lexicon
from claimledger.claims.dates import find_dates
from claimledger.claims.sentences import sentence_start
from claimledger.model import WHOLE_YEAR, YEAR_TO_DATE

_MONTH = "|".join(lexicon.month_names())
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "added 142,000 jobs in August", "4.3 percent in July": the month the figure's own clause names,
# with no other figure between
# "rose by 3.2% in the 12 months to March 2026", "in the year to March": the year that ends with the month
_AFTER = re.compile(rf"[^.;\n\d]{{0,30}}?\b(?:(?:in|for|during)\s+(?:the\s+month\s+of\s+)?"
                    rf"|(?:in|over|for)\s+the\s+(?:12|twelve)\s+months\s+(?:to|ending|ended|through)\s+|in\s+the\s+year\s+to\s+)"
                    rf"(?P<m>{_MONTH})\b(?:\s+(?P<y>{_YEAR}))?")
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


# "crossed the Channel in 2022, up from 28,526 in 2021", "In 2022, 45,774 people crossed": a year's statistic,
# never a span of years ("in 2021 and 2022", "in 2021-22") nor a month of it
_YEAR_AFTER = re.compile(rf"[^.;,\n\d]{{0,60}}?\b(?:(?:in|for|during)\s+(?:the\s+(?:fiscal\s+)?year\s+)?(?P<y>{_YEAR})\b"
                         rf"(?!\s*[-–/]\s*\d|\s+(?:and|to|through)\s+{_YEAR}\b)"  # "from 259 in 2024 to 212": 2024's
                         r"|(?P<part>(?:in|over|during)\s+the\s+same\s+(?:period|time|months?|weeks?)\s+(?:of\s+)?)?"
                         r"(?:so\s+far\s+)?(?P<rel>this|last)\s+year\b)")
_YEAR_BEFORE = re.compile(rf"\b(?:(?:[Ii]n|[Ff]or|[Dd]uring)\s+(?P<y>{_YEAR})|(?:[Ss]o\s+far\s+)?(?P<rel>[Tt]his|[Ll]ast)\s+year)"
                          r"(?:['’]s)?,?\s+[^.;\n\d]{0,40}\Z")


def period_of(text: str, start: int, end: int, published: str | None) -> str | None:
    """The month ("2025-08"), quarter ("2025-Q3") or year ("2022") the words around a figure say
    it is of, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    said = _AFTER.match(text, end) or _BEFORE.search(text, max(line_start, start - 70), start)
    if said:
        return _month(said, published)
    said = _QUARTER_AFTER.match(text, end) or _QUARTER_BEFORE.search(text, max(line_start, start - 70), start)
    if said:
        return _quarter(said, published)
    said = _YEAR_AFTER.match(text, end) or _YEAR_BEFORE.search(text, max(line_start, start - 70), start)
    return _year(said, published) if said else None


# a weekday or a day of a month without its year: "on Sunday", "on 3 September", "on September 3"
_A_DAY = (rf"\s+(?:{'|'.join(lexicon.capitalised('weekdays'))}|\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})\b"
          r"(?!,?\s+(?:19|20)\d\d)")
# "610 people crossed the strait on Sunday", "was 1,305, on 3 September": the day a count is of, never the day
# a source told it ("official figures showed on Monday")
_DAY_AFTER = re.compile(rf"(?P<gap>[^.;\n\d]{{0,80}}?)\b(?P<day>on{_A_DAY})")
# "On Sunday, 610 people crossed": the day that opens the count's sentence
_DAY_BEFORE = re.compile(rf"(?:\A|(?<=[.!?\n]))[ \t]*(?P<day>On{_A_DAY}),\s+(?P<gap>[^.;\n\d]{{0,40}})\Z")
_TOLD = re.compile(r"\b(?:said|says|say|reported|reports|announced|showed|show|told|tells|according|published|released)\b")


def day_of(text: str, start: int, end: int, published: str | None, reach: int = 40) -> str | None:
    """The day ("2025-03-09") the words after a count, within ``reach`` characters, or the opening of
    its sentence, say it happened on, the last such day by publication; None where they name none or
    only when it was told."""
    said = _DAY_AFTER.match(text, end)
    said = said if said is not None and len(said.group("gap")) <= reach else None
    if said is None:
        opens = sentence_start(text, start)
        said = _DAY_BEFORE.match(text, opens, start) if start - opens < 80 else None
    if said is None or _TOLD.search(said.group("gap")) or not published or len(published) < 10:
        return None
    day = next(find_dates(said.group("day"), published), None)  # read as every other date is: none for "31 September"
    return day.value or None if day is not None else None


def _year(said: re.Match[str], published: str | None) -> str | None:
    """A year as "YYYY": its own, else "this year" or "last year" from the publication date."""
    if said.group("y"):
        return said.group("y")
    if not published or len(published) < 4:
        return None
    year = str(int(published[:4]) - (said.group("rel").lower() == "last"))
    return year + YEAR_TO_DATE if said.groupdict().get("part") else year


# "full-year net sales of about $7.6 billion", "$7.6 billion in sales for the full year", "annual revenue of"
# (not a body's "annual report" that gives the figure: "The department's annual report shows homicides fell 18%")
_WHOLE_YEAR_BEFORE = re.compile(rf"\b(?:full[\s-]year|annual|yearly|fiscal(?:\s+year)?)(?:\s+{_YEAR})?\b"
                                r"(?!\s+(?:report|review|meeting|conference|survey|statement|address)\b)[^.;\n\d]{0,40}\Z", re.I)
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


_A_LABEL = re.compile(rf"(?:(?P<m>{_MONTH})\s+)?(?P<y>{_YEAR})", re.I)


def label_period(label: str) -> str | None:
    """The period a table row's label names whole ("2024", "March 2026"), or None: the row's
    figure is of that period, as prose's "in March 2026" makes it."""
    said = _A_LABEL.fullmatch(label.strip())
    if said is None:
        return None
    if said.group("m") is None:
        return said.group("y")
    return f"{int(said.group('y')):04d}-{lexicon.months()[said.group('m').lower()]:02d}"


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
