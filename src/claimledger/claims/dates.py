"""Dates a text asserts: full dates, month and year, day and date ranges, years in context,
numeric dates, anniversaries and dates relative to the publication date.

English forms are read with our own patterns: dateparser's ``search_dates`` was measured
on the seeds and gives false hits on "may", "We", "13:50" and "31st", and collapses
ranges to their start. dateparser still parses single date strings in other languages
(:func:`parse_date_string`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from claimledger import lexicon
from claimledger.claims.numbers import NUMBER_WORDS_RE, ORDINAL_WORDS, parse_number_words

MONTHS = lexicon.months()
WEEKDAYS = lexicon.words("weekdays")
_MONTH_ABBREVIATIONS = "|".join(name.capitalize() for name in MONTHS if name.capitalize() not in lexicon.month_names())
# a month's name as text writes it, or in capitals as a bulletin's heading does ("SATURDAY, MARCH 14")
_MONTH = rf"(?P<{{name}}>{'|'.join(lexicon.month_names())}|{'|'.join(n.upper() for n in lexicon.month_names() if len(n) > 3)}|(?:{_MONTH_ABBREVIATIONS})\.?)"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>1[6-9]\d\d|20\d\d)"
_DASH = r"\s*(?:-|–|—|to|and|until|till|through|thru)\s*"


def _p(template: str, **names: str) -> str:
    out = template
    for key, name in names.items():
        out = out.replace("{" + key + "}", name)
    return out


def _m(name: str) -> str:
    return _MONTH.replace("{name}", name)


def _d(name: str) -> str:
    return _DAY.replace("{name}", name)


def _y(name: str) -> str:
    return _YEAR.replace("{name}", name)


# Ordered: the first pattern that matches a stretch of text wins it.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # September 27 to November 10, 2020
    ("mdmdy", re.compile(rf"\b{_m('m1')}\s+{_d('d1')}(?:,\s*{_y('y1')})?{_DASH}{_m('m2')}\s+{_d('d2')},?\s+{_y('y2')}\b")),
    # 27 September to 10 November 2020
    ("dmdmy", re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')}(?:,?\s*{_y('y1')})?{_DASH}{_d('d2')}\s+(?:of\s+)?{_m('m2')},?\s+{_y('y2')}\b")),
    # February 25-26, 1992
    ("mddy", re.compile(rf"\b{_m('m1')}\s+{_d('d1')}{_DASH}{_d('d2')},?\s+{_y('y1')}\b")),
    # 25-26 February 1992, 25 to 26 February 1992
    ("ddmy", re.compile(rf"\b{_d('d1')}{_DASH}{_d('d2')}\s+(?:of\s+)?{_m('m1')},?\s+{_y('y1')}\b")),
    # February 26, 1983 / Feb. 26 2023
    ("mdy", re.compile(rf"\b{_m('m1')}\s+{_d('d1')},?\s+{_y('y1')}\b")),
    # 26 February 2023 / 22 April, 2010 / 26th of February 2023
    ("dmy", re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')},?\s+{_y('y1')}\b")),
    # 17.03.2021, 2023-02-26
    ("numeric_dmy", re.compile(r"(?<![\d.])(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?P<y1>1[6-9]\d\d|20\d\d)(?![\d.]\d)")),
    ("iso", re.compile(r"(?<![\d-])(?P<y1>1[6-9]\d\d|20\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?![\d])")),
    # 17/02/2025, 18-11-2026 (a day above 12 says which is the day), 02/17/2025; 03/04/2025 is read the way
    # that puts it nearer the publication date
    ("numeric_slash", re.compile(r"(?<![\d/-])(?P<a1>[0-3]?\d)(?P<sep>[/-])(?P<a2>[0-3]?\d)(?P=sep)(?P<y1>1[6-9]\d\d|20\d\d)"
                                 r"(?![\d/]|-\d)")),
    # 26 February, February 26 (no year): read against the publication date
    # (a number right after it is part of something else, "May 9 10"; after a comma it is the next
    # figure: "fell on 9 May, 49.55 Hz on 20 June")
    ("md", re.compile(rf"\b{_m('m1')}\s+{_d('d1')}\b(?!\s*\d)")),
    ("dm", re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')}\b(?!\s*\d)")),
    # October 1991 / February, 2013
    ("my", re.compile(rf"\b{_m('m1')},?\s+(?:of\s+)?{_y('y1')}\b")),
    # from 1991 to 1994, 1991-1994
    ("yy", re.compile(rf"\b(?:from|between)\s+{_y('y1')}{_DASH}{_y('y2')}\b", re.I)),
    # in 1992, since 1993 (a bare year needs a preposition: "the 1948 Convention" is a name)
    # a year a plan was moved to ("pushed back to 2029", "delayed to 2030") or set against ("not before 2030")
    ("y", re.compile(rf"\b(?i:in|since|by|until|till|from|during|of|early|late|mid-?|before|after"
                     rf"|(?:pushed\s+back|put\s+back|put\s+off|delayed|postponed|deferred|moved|brought\s+forward)\s+to)\s+(?i:the\s+(?:year|end|start|beginning|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?{_y('y1')}\b(?![\s-]*(?:[A-Z][a-z]|\d))(?!\s+(?:people|persons|children|men|women|residents|soldiers|troops|civilians)\b)")),
)
ANNIVERSARY_RE = re.compile(
    rf"\b(?P<n>\d{{1,3}})(?:st|nd|rd|th)\s+anniversary\b|\b(?P<w>{'|'.join(ORDINAL_WORDS)})\s+anniversary\b",
    re.I,
)
YEARS_AGO_RE = re.compile(rf"\b(?P<n>\d{{1,3}}|{NUMBER_WORDS_RE})\s+years?\s+ago\b", re.I)
_WEEKDAY = "|".join(lexicon.capitalised("weekdays"))
# a weekday of the week before publication: "on Monday", "late Monday", "said Tuesday", "Saturday
# night", "Sunday's crash"; never "next Monday" nor a weekday in a name ("Black Friday", "Super Tuesday")
WEEKDAY_RE = re.compile(
    rf"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Ll]ate|[Ee]arly|[Ss]ince|[Uu]ntil)\s+(?P<w>{_WEEKDAY})\b"
    rf"|(?:\b(?:said|says|told|died|was|were|[a-z]{{2,}}ed|noon|midnight)|\b[ap]\.m\.)\s+(?P<after_verb>{_WEEKDAY})\b"
    rf"(?!\s+[A-Z])"
    rf"|(?<![A-Za-z])(?P<part_of_day>{_WEEKDAY})\s+(?:night|morning|afternoon|evening)\b"
    rf"|(?<![A-Za-z])(?P<possessive>{_WEEKDAY})(?=['’]s\s)"  # "Sunday's crash"
    rf"|\b(?:[Ff]rom|[Ss]tarting|[Ee]ffective|[Bb]eginning)\s+(?P<from_day>{_WEEKDAY})\b")  # "will pay ... from Saturday"
# the name a weekday is part of: "Black Friday night", "Super Tuesday evening"
_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*+[ \t]++\Z")
_DIGIT = re.compile(r"\d")
# "Conventions of 1949", "Act of 1965": a year that names a document, not a date claim
_NAMED_YEAR_BEFORE = re.compile(r"\b(?:Conventions?|Acts?|Treaty|Treaties|Protocols?|Laws?|Accords?|Class|Charter|Resolution)\s+of\s*$")


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: str  # ISO date, YYYY-MM, YYYY or A/B
    form: str  # which pattern: "dmy", "anniversary", ...
    note: str | None = None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _value_of(form: str, g: dict[str, str | None], published: str | None = None, ahead: bool = False) -> str | None:
    def num(key: str) -> int | None:
        v = g.get(key)
        return int(v) if v else None

    if form in ("mdmdy", "dmdmy"):
        y2 = num("y2")
        y1 = num("y1") or y2
        a = _iso(y1 or 0, _month(g["m1"] or ""), num("d1"))
        b = _iso(y2 or 0, _month(g["m2"] or ""), num("d2"))
        return f"{a}/{b}" if a and b and a <= b else None
    if form in ("mddy", "ddmy"):
        y, m = num("y1") or 0, _month(g["m1"] or "")
        a, b = _iso(y, m, num("d1")), _iso(y, m, num("d2"))
        return f"{a}/{b}" if a and b and a < b else None
    if form in ("mdy", "dmy"):
        return _iso(num("y1") or 0, _month(g["m1"] or ""), num("d1"))
    if form in ("numeric_dmy", "iso"):
        return _iso(num("y1") or 0, num("m1"), num("d1"))
    if form == "numeric_slash":
        either = _day_month_either_way(num("y1") or 0, num("a1") or 0, num("a2") or 0, published)
        if either is None and g["sep"] == "-" and not published:  # "Dated: 12-11-2026": dashes put the day first
            return _iso(num("y1") or 0, num("a2"), num("a1"))
        return either
    if form in ("md", "dm"):
        if not published:
            return None
        return _nearest_year(published[:10], _month(g["m1"] or ""), num("d1"), ahead)
    if form == "my":
        return _iso(num("y1") or 0, _month(g["m1"] or ""))
    if form == "yy":
        y1, y2 = num("y1"), num("y2")
        return f"{y1}/{y2}" if y1 and y2 and y1 < y2 else None
    if form == "y":
        return _iso(num("y1") or 0)
    return None


# how far ahead of its publication a day without a year that the sentence looks forward to may
# lie ("is expected by 20 March"): beyond this it is the last time that day came round
_AHEAD_DAYS = 90
# words of the clause before a date that look forward: "will", "is expected by", "is due on"
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|expected|scheduled|due|set\s+to|plans?\s+to|planned|next|upcoming)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\Z"
    r"|\b(?:by|until|till)\s+\Z"
    r"|\b(?:called|calls?|another|again)\b[^.;]{0,40}\b(?:for|on)\s+\Z", re.I)
# "From 1 August motorists will pay", "apply from 1 August": a day a change starts, the nearest to come
# where it has not passed (a day soon passed is read as passed all the same: _nearest_year weighs them)
_FROM_A_DAY = re.compile(r"\b(?:from|starting|effective|beginning)\s+(?:on\s+)?\Z", re.I)
# "yesterday": the day before publication (a statement's "marched yesterday")
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
# "at about 02:15 today", "earlier today": the day of publication, where a time or an "early" tells
# that today is a day and not the present ("the town today has 3,000 people")
_TODAY = re.compile(r"(?:\b(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.m\.)?|\b[ap]\.m\.|\b(?:earlier|early|late))"
                    r"\s+(?P<d>today)\b|\b(?P<part>this\s+(?:morning|afternoon|evening))\b", re.I)


def _day_month_either_way(year: int, first: int, second: int, published: str | None) -> str | None:
    """A slashed date as the day and month its numbers allow: the reading that exists, else the
    one nearer the publication date (with none, the two readings must agree)."""
    readings = {iso for iso in (_iso(year, second, first), _iso(year, first, second)) if iso}
    if len(readings) < 2:
        return next(iter(readings), None)
    if not published or len(published) < 10:
        return None
    pub = date.fromisoformat(published[:10])
    return min(readings, key=lambda iso: abs((date.fromisoformat(iso) - pub).days))


def _nearest_year(published: str, month: int | None, day: int | None, ahead: bool = False) -> str | None:
    """A day and month read in the year that puts them nearest the publication date: a day
    passed ("was released on March 3"), or soon to come where the sentence looks forward
    ("is expected by 20 March")."""
    if len(published) < 10 or not month or not day:
        return None
    pub = date.fromisoformat(published)
    best: tuple[int, str] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        iso = _iso(year, month, day)
        if iso is None:
            continue
        gap = (date.fromisoformat(iso) - pub).days
        if gap > (_AHEAD_DAYS if ahead else 0):
            continue
        cost = -gap if gap <= 0 else 2 * gap
        if best is None or cost < best[0]:
            best = (cost, iso)
    return best[1] if best else None


def find_dates(text: str, published: str | None = None) -> Iterator[DateMatch]:
    """Every date the text asserts, left to right, without overlaps. A match with an empty
    value is a date that cannot be resolved (a day and month in an undated document).

    ``published`` (ISO) resolves anniversaries, "N years ago" and weekdays.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for form, pattern in PATTERNS if _DIGIT.search(text) else ():  # every pattern holds a digit
        for match in pattern.finditer(text):
            start = match.start("y1") if form == "y" else match.start()
            if not free(start, match.end()):
                continue
            if form == "y" and _NAMED_YEAR_BEFORE.search(text[max(0, start - 40) : start].rstrip()):
                continue
            ahead = form in ("md", "dm") and bool(_FUTURE_BEFORE.search(text, max(0, start - 80), start)
                                                  or _FROM_A_DAY.search(text, max(0, start - 16), start))
            value = _value_of(form, match.groupdict(), published, ahead)
            if value:
                taken.append((start, match.end()))
                found.append(DateMatch(start, match.end(), value, form,
                                       "year taken from the publication date" if form in ("md", "dm") else None))
            elif form in ("md", "dm"):
                # a day of a month is never a figure: an empty value marks it for blocking only
                taken.append((start, match.end()))
                found.append(DateMatch(start, match.end(), "", form))
    if published:
        starts = {m.start for m in found}
        found.extend(m for m in _relative_dates(text, published)
                     if free(m.start, m.end) and not (m.form == "weekday" and _then_named(text, m.end, starts)))
    yield from sorted(found, key=lambda m: m.start)


_BEFORE_A_DATE = re.compile(r",?\s{0,2}\(?")


def _this_day(text: str, pub: date) -> Iterator[DateMatch]:
    """ "at about 02:15 today", "this morning": the day of publication."""
    for match in _TODAY.finditer(text):
        said = "d" if match.group("d") else "part"
        yield DateMatch(match.start(said), match.end(said), pub.isoformat(), "today",
                        f"{match.group(said)} in a document of {pub.isoformat()}")


def _then_named(text: str, end: int, date_starts: set[int]) -> bool:
    """Whether a weekday names the day of the date right after it ("on Thursday, Aug. 1", "on
    Tuesday (March 5)"): that date says the day, not the week before publication."""
    joined = _BEFORE_A_DATE.match(text, end)
    return joined is not None and joined.end() in date_starts


def _relative_dates(text: str, published: str) -> Iterator[DateMatch]:
    pub = date.fromisoformat(published[:10]) if len(published) >= 10 else None
    pub_year = int(published[:4])
    lower = text.lower()  # the words each pattern needs, found at a tenth of a pattern's cost
    for match in ANNIVERSARY_RE.finditer(text) if "anniversary" in lower else ():
        n = int(match.group("n")) if match.group("n") else ORDINAL_WORDS[match.group("w").lower()]
        year = pub_year - n
        yield DateMatch(match.start(), match.end(), f"{year:04d}", "anniversary",
                        f"{match.group(0)} in a document of {pub_year} implies {year}")
    for match in YEARS_AGO_RE.finditer(text) if "ago" in lower else ():
        raw = match.group("n")
        count = float(raw) if raw.isdigit() else parse_number_words(raw)
        if count:
            year = pub_year - int(count)
            yield DateMatch(match.start(), match.end(), f"{year:04d}", "years_ago",
                            f"{match.group(0)} in a document of {pub_year} implies {year}")
    if pub is not None and ("today" in lower or "this " in lower):
        yield from _this_day(text, pub)
    if pub is not None and "day" in lower:
        for match in _YESTERDAY.finditer(text) if "yesterday" in lower else ():
            yield DateMatch(match.start(), match.end(), (pub - timedelta(days=1)).isoformat(), "yesterday",
                            f"yesterday in a document of {pub.isoformat()}")
        for match in WEEKDAY_RE.finditer(text):
            named = match.lastgroup or "w"
            if named in ("part_of_day", "possessive") and _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            weekday = match.group(named)
            if named == "from_day" and _FUTURE_BEFORE.search(text, max(0, match.start() - 80), match.start()):
                day = pub + timedelta(days=(WEEKDAYS.index(weekday.lower()) - pub.weekday()) % 7)  # a change to come
                yield DateMatch(match.start(named), match.end(), day.isoformat(), "weekday",
                                f"{weekday} after the publication date {pub.isoformat()}")
                continue
            back = (pub.weekday() - WEEKDAYS.index(weekday.lower())) % 7
            day = pub - timedelta(days=back)
            yield DateMatch(match.start(named) if named in ("after_verb", "from_day") else match.start(), match.end(),
                            day.isoformat(), "weekday", f"{weekday} before the publication date {pub.isoformat()}")


FULL_DATE_FORMS = frozenset({"mdy", "dmy", "numeric_dmy", "iso", "numeric_slash"})


def parse_date_string(text: str, languages: list[str] | None = None) -> str | None:
    """An ISO date for a short string holding one date, in any language dateparser knows."""
    for m in find_dates(text):
        if m.form in FULL_DATE_FORMS:
            return m.value
    import dateparser

    parsed = dateparser.parse(
        text, languages=languages or ["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date().isoformat() if parsed else None
