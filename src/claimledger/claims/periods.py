"""The month a statistic is of: "Norland added 142,000 jobs in August", "August's gain was revised
down to 121,000", "job growth in July was revised to 114,000"; a release whose headline ends with
its month ("Labour market release: August 2025") gives that month to the figures that name none.
Another month's figure is another claim, never a rival of this month's; a revision of a month's
figure is that figure at a later time.

Only for figures no incident measures (counts of things, shares, sums): a toll counted in August
is the incident's toll all the same.
"""

from __future__ import annotations

import re
from datetime import date

from claimledger import lexicon

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


def period_of(text: str, start: int, end: int, published: str | None) -> str | None:
    """The month ("2025-08") the words around a figure say it is of, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    said = _AFTER.match(text, end) or _BEFORE.search(text, max(line_start, start - 70), start)
    return _month(said, published) if said else None


def headline_period(text: str, published: str | None) -> str | None:
    """The month a document's headline (its first line) ends with, or None."""
    first = text.split("\n", 1)[0].rstrip()
    said = _HEADLINE_MONTH.search(first)  # a headline has no full stop; a sentence that ends so names no release
    return _month(said, published) if said else None


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
