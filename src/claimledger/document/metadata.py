"""Document metadata read from the text itself: byline, date lines, datelines, title, language.

HTML and JSON Lines may carry metadata of their own; the engine prefers those and uses
what this module reads from the text where they are silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from claimledger.claims.dates import FULL_DATE_FORMS, find_dates
from claimledger.lexicon import words
from claimledger.model import LanguageRun, Span

if TYPE_CHECKING:
    from lingua import LanguageDetector

HEADER_LINES = 15
_BYLINE = re.compile(r"^\s*(?:by|written\s+by|author:)\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$", re.I)
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][\w'’ .-]{1,30}),\s+(?P<rest>.{6,40}?)\s*(?:\([^)]{1,20}\))?\s*[:—–-]\s")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
# a byline that carries the date: "By Jane Doe and John Smith, The Daily Star. Published 9:15 AM ET Sat, 04 March 2023"
_STAMP = re.compile(r"^\s*by\s|\b(?:published|updated|posted|modified|uploaded)\b", re.I)
_STAMP_LEAD = re.compile(r"^\s*(?:(?:first\s+|last\s+)?(?:posted|published|updated))(?:\s+on)?\s*:?\s*", re.I)
# what a stamp line holds after its date: nothing, a time, a separator, or whom it is by
_STAMP_REST = re.compile(r"\s*(?:$|[|/·•–—-]|,?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}|by\s+[^.,;]{1,60}$)", re.I)  # "18h00" too
_BYLINE_NAME = re.compile(r"^\s*[Bb]y\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})")
_STAMP_WORDS = frozenset(words("byline_words"))
_OUTLET_WORDS = frozenset(words("outlet_words"))
# "By Ana Ruiz, Valley Herald", "Valley Times, August 5, 2025": an outlet's name beside a byline or a date
_NAME_AND_OUTLET = re.compile(r"^\s*[Bb]y\s+[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|and))*,\s+(?P<outlet>[^,]{3,50}?)\s*$")
_OUTLET_AND_DATE = re.compile(r"^\s*+(?P<outlet>[^,|*_\s][^,|*_]{2,49}?)[*_]{0,3}(?:,|\s\|)\s")  # "**Civic Watch** | 26 January 2024"
_WORD = re.compile(r"[^\W\d_]+")
# Languages news about one event is likely to mix; loading all costs 1.3 GB (DEPENDENCIES.md).
LANGUAGES = ("ENGLISH", "AZERBAIJANI", "RUSSIAN", "ARMENIAN", "TURKISH", "FRENCH", "GERMAN",
             "SPANISH", "ARABIC", "UKRAINIAN", "PERSIAN", "GEORGIAN", "ITALIAN", "PORTUGUESE")


@dataclass(frozen=True, slots=True)
class Header:
    """What the opening lines say about the document, and which of them are metadata lines."""

    published: str | None = None
    author: str | None = None
    line_reasons: dict[int, str] = field(default_factory=dict)
    outlet: str | None = None


# "Title: ...", "Source: Valley Post", "URL: https://...": labelled fields a text export opens with
_FIELD = re.compile(r"^\s*(?P<key>title|headline|source|outlet|publication|publisher|newspaper|author|byline|url|link)"
                    r"\s*:[ \t]+(?P<value>\S[^\n]{0,299}?)\s*$", re.I)
_FIELD_NAMES = {"title": "title", "headline": "title", "source": "outlet", "outlet": "outlet", "publication": "outlet",
                "publisher": "outlet", "newspaper": "outlet", "author": "author", "byline": "author", "url": "url",
                "link": "url"}
_BODY_WORDS = 15  # a line this long is the story, and ends the opening lines that may hold fields


def header_fields(lines: list[str]) -> dict[int, tuple[str, str]]:
    """The labelled fields among a text's opening lines, by line number: each field's name as
    the document names it (title, outlet, author, url) and its value. A "Source:" that gives a
    web address is the url; an outlet or author of a sentence's length is no field."""
    fields: dict[int, tuple[str, str]] = {}
    for line_no, line in enumerate(lines[:HEADER_LINES], start=1):
        if len(line.split()) >= _BODY_WORDS:
            break
        found = _FIELD.match(line)
        if found is None:
            continue
        name, value = _FIELD_NAMES[found.group("key").lower()], found.group("value")
        if name == "outlet" and value.lower().startswith(("http://", "https://", "www.")):
            name = "url"
        if name in ("outlet", "author") and len(value.split()) > 8 or name == "url" and " " in value:
            continue
        fields[line_no] = (name, value)
    return fields


def read_header(lines: list[str]) -> Header:
    """Find the byline, a date line ("calendar-gray 24 February 2018", "17.03.2021 08:15") and a
    dateline ("Baku, 26 February 2023 (GNP): ...") among the opening lines; labelled fields
    ("Source: Valley Post", read by ``header_fields``) are metadata lines too."""
    published = author = None
    fields = header_fields(lines)
    reasons: dict[int, str] = dict.fromkeys(fields, "metadata-field")
    for line_no, marked in enumerate(lines[:HEADER_LINES], start=1):
        if line_no in fields or marked.lstrip().startswith("|"):
            continue  # a table's row holds figures of its own, never the document's byline or date line
        line = _MARKUP_AROUND.sub("", marked)  # "*Posted 15 June 2025 by the Ardenia Monitor*"
        byline = _BYLINE.match(line) or _byline_with_outlet(line)
        if byline and author is None:
            author = byline.group("name")
            reasons[line_no] = "byline"
            continue
        stamp = _date_of_byline(line)
        if stamp:
            published = published or stamp
            name = _BYLINE_NAME.match(line)
            author = author or (name.group("name") if name else None)
            reasons[line_no] = "byline" if name else "date-line"
            continue
        dateline = _DATELINE.match(line)
        date_line = None if dateline else _date_of_date_line(line)
        if date_line and (published is None or _STAMP.search(line)):  # a later dated line is text: "Origin time: ..."
            published = published or date_line
            reasons[line_no] = "date-line"
            continue
        if dateline and published is None:
            published = _full_date(dateline.group("rest"))
    published = published or _date_ending_a_heading(lines[:_HEADING_LINES])
    return Header(published, author, reasons, _outlet_of(lines[:HEADER_LINES], reasons))


_HEADING_LINES = 3


def _date_ending_a_heading(lines: list[str]) -> str | None:
    """The date a heading ends with, where nothing else dates the document: "Transcript:
    Governor's storm briefing, August 28, 2025". The heading stays in the text."""
    for line in lines:
        if len(line) <= 160 and not line.rstrip().endswith((".", "!", "?")):
            ending = next((m for m in find_dates(line) if m.form in FULL_DATE_FORMS), None)
            if (ending is not None and not line[ending.end:].strip()
                    and line[:ending.start].rstrip().endswith((",", "-", "–", "—", "|"))):
                return ending.value
    return None


def _byline_with_outlet(line: str) -> re.Match[str] | None:
    """ "By Tom Becker, Hillside Tribune": a byline that names its outlet after the author."""
    paired = _NAME_AND_OUTLET.match(line)
    return _BYLINE_NAME.match(line) if paired and _is_outlet_name(paired.group("outlet")) else None


def _outlet_of(lines: list[str], reasons: dict[int, str]) -> str | None:
    """The outlet a byline or a date line names: words in capitals ending in an outlet's word
    ("Valley Herald", "The Daily Star"), not a place ("Baku, 26 February 2023")."""
    for line_no, marked in enumerate(lines, start=1):
        line = _MARKUP_AROUND.sub("", marked)  # "*Quake Tracker, 5 March 2026*"
        found = _NAME_AND_OUTLET.match(line) or (_OUTLET_AND_DATE.match(line) if reasons.get(line_no) else None)
        if found and _is_outlet_name(found.group("outlet")):
            return found.group("outlet")
    return None


def _is_outlet_name(name: str) -> bool:
    names = name.split()
    return (all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in names)
            and names[-1].lower().strip(".") in _OUTLET_WORDS)


def _full_date(text: str) -> str | None:
    return next((m.value for m in find_dates(text) if m.form in FULL_DATE_FORMS), None)


def _date_of_byline(line: str) -> str | None:
    """The date of a byline or time stamp line that names its authors, outlet and times around a full date,
    and says nothing else: every lower-case word left is a word of such lines."""
    if len(line) > 200 or not _STAMP.search(line):
        return None
    lead = _STAMP_LEAD.match(line)
    if lead:  # "Posted March 12, 2026 by a public health blogger": the date the stamp opens with
        opening = next((m for m in find_dates(line) if m.form in FULL_DATE_FORMS and m.start == lead.end()), None)
        if opening is not None and _STAMP_REST.match(line, opening.end):
            return opening.value
    return next((day for day, rest in _full_dates(line)
                 if all(w[0].isupper() or w.casefold() in _STAMP_WORDS for w in rest)), None)


def _date_of_date_line(line: str) -> str | None:
    """The date of a short line that holds a full date and little else; not a short sentence
    ("It began on August 1, 2024.")."""
    if len(" ".join(line.split())) > 80:  # a note's number and its date set apart by a run of spaces is a short line
        return None
    sentence = line.rstrip().endswith((".", "!", "?"))
    return next((day for day, rest in _full_dates(line) if (len(rest) <= 4 or _a_name(rest))
                 and not (sentence and any(w.islower() and w not in _STAMP_WORDS for w in rest))), None)


def _a_name(words: list[str]) -> bool:
    """Whether the words beside a date are a body's name: "Corran Institute of Public Health, 18 July 2025"."""
    return len(words) <= 10 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "on", "&") for w in words)


def _full_dates(line: str) -> Iterator[tuple[str, list[str]]]:
    """Each full date of a line, with the words the line holds besides it and its clock times."""
    for m in find_dates(line):
        if m.form in FULL_DATE_FORMS:
            yield m.value, _WORD.findall(_CLOCK.sub(" ", line[: m.start] + " " + line[m.end :]))


# a sentence ends inside the line ("... rise. We"), not an abbreviation ("Dr. Ruiz", "U.S. Army")
_SENTENCE_INSIDE = re.compile(r"(?<=[a-z]{3})[.!?][”\"’]?\s+[“\"]?[A-Z]|[.!?,][”\"’]\s*$")


# a transcript's turn: "REPORTER: Governor, how many people are still missing?"
_SPEAKER_IN_CAPITALS = re.compile(r"\s*[A-Z][A-Z.'’ -]{1,40}:\s")
# a Markdown heading's marks or emphasis around a line: "# Rivertown after the flood", "**Update**"
_MARKUP_AROUND = re.compile(r"^\s*(?:#{1,6}\s+|[*_]{1,3}(?=\S))|(?<=\S)[*_]{1,3}\s*$")


def guess_title(lines: list[str], other_language_lines: set[int]) -> str | None:
    """The longest short heading-like line among the first kept lines: not a sentence, nor a quote
    ('"Rescue teams are working," said the director.')."""
    candidates = [
        _MARKUP_AROUND.sub("", line).strip() for i, line in enumerate(lines[:8])
        if 3 <= len(line.split()) <= 30 and not line.rstrip().endswith((".", ":")) and i not in other_language_lines
        and not line.lstrip().startswith("|")  # a table's row, as the readers write tables
        and not _SENTENCE_INSIDE.search(line) and not _SPEAKER_IN_CAPITALS.match(line)
    ]
    return max(candidates, key=lambda c: len(c.split()), default=None)


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES)).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language."""
    if len(_WORD.findall(text[:4000])) < 3:
        return None
    found = _detector().detect_language_of(text[:4000])
    return found.iso_code_639_1.name.lower() if found else None


LINE_SAMPLE = 240  # characters of a line that tell its language; lingua's time grows with length


def other_language_lines(text: str, line_starts: tuple[int, ...], main: str | None) -> tuple[LanguageRun, ...]:
    """Lines of at least four words that are confidently in another language than ``main``."""
    runs = []
    lines = text.split("\n")
    for start, line in zip(line_starts, lines, strict=False):
        if len(_WORD.findall(line)) < 4:
            continue
        values = _detector().compute_language_confidence_values(line[:LINE_SAMPLE])
        if values and values[0].value >= 0.9:
            code = values[0].language.iso_code_639_1.name.lower()
            if code != main:
                runs.append(LanguageRun(Span(start, start + len(line)), code))
    return tuple(runs)
