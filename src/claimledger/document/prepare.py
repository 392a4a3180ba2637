"""A source's bytes to a cleaned document: decoding, main text, cleaning, metadata and language.

Everything a claim's offsets index into is decided here; nothing after this changes the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from claimledger.claims import infer_publication
from claimledger.claims.attribution import document_voice
from claimledger.document.clean import clean_lines, strip_unsafe_characters
from claimledger.document.html import extract_html
from claimledger.document.metadata import (
    detect_language,
    guess_title,
    header_fields,
    other_language_lines,
    read_header,
)
from claimledger.errors import Code, InputError
from claimledger.ingest.decode import decode
from claimledger.model import Document, RawSource, stable_id
from claimledger.settings import Settings
from claimledger.stopwatch import stage


def prepare_document(source: RawSource, settings: Settings) -> Document:
    """Everything before claims: decoding, main text, cleaning, metadata, language."""
    with stage("ingest"):
        text, encoding = decode(source, settings)
    with stage("clean"):
        meta, removed = _clean_meta(source)
        page_published = page_moment = None
        if source.fmt == "html":
            text, page_published, page_moment = _main_text(source, text, settings, meta)
        for name, value in header_fields(text.split("\n")).values():
            meta.setdefault(name, value)  # "Title: ..." opening a text file: its headline, as a JSON Lines title is
        text = with_headline(text, meta.get("title"))
        stripped, removed_from_text = strip_unsafe_characters(text)
        removed.update(removed_from_text)
        lines = stripped.split("\n")
        header = read_header(lines)
        cleaned = clean_lines(lines, header.line_reasons)
    if not cleaned.text.strip():
        raise InputError(Code.NO_MAIN_TEXT, "no main text left after cleaning")
    with stage("metadata"):
        language = detect_language(cleaned.text)
        runs = other_language_lines(cleaned.text, cleaned.line_starts, language)
        other_lines = {i for i, start in enumerate(cleaned.line_starts) if any(r.span.start == start for r in runs)}
        document = Document(
            id=stable_id("d", source.content_hash),
            path=source.path if not source.location else f"{source.path}#{source.location.replace(' ', '-')}",
            text=cleaned.text,
            content_hash=source.content_hash,
            fmt=source.fmt,
            encoding=encoding,
            url=source.url or meta.get("url"),
            title=meta.get("title") or guess_title(cleaned.text.split("\n"), other_lines),
            outlet=meta.get("outlet") or header.outlet,
            author=meta.get("author") or header.author,
            story=meta.get("story"),
            published=_iso_day(meta.get("published")) or page_published or header.published,
            notices=_date_notices(meta.get("published")) + _language_notices(language),
            language=language,
            debris=cleaned.debris,
            other_languages=runs,
            cleaned_chars=tuple(sorted(removed.items())),
            voice=meta.get("voice") or document_voice("\n".join(lines[:15]) + "\n" + cleaned.text),
        )
        if document.published is None:
            document = replace(document, published_inferred=infer_publication(document))
        else:
            document = replace(document, published_at=_moment_of(meta.get("published") or page_moment, document.published))
    return document


def _clean_meta(source: RawSource) -> tuple[dict[str, str], Counter[str]]:
    """The source's own metadata, without the characters no text may hold (titles and bylines
    reach the store too), and what was removed."""
    removed: Counter[str] = Counter()
    meta: dict[str, str] = {}
    for key, value in source.meta:
        meta[key], dropped = strip_unsafe_characters(value)
        removed.update(dropped)
    return meta, removed


def _main_text(source: RawSource, text: str, settings: Settings, meta: dict[str, str]
               ) -> tuple[str, str | None, str | None]:
    """A page's main text, publication date and moment; its title, outlet and author fill ``meta``
    where the source gave none."""
    page = extract_html(text, settings, source.url)
    for key, found in (("title", page.title), ("outlet", page.outlet), ("author", page.author)):
        if found and not meta.get(key):
            meta[key] = found
    return page.text, page.published, page.published_at


HEADLINE_SEEN_WITHIN = 5  # lines: a headline the text repeats near its top is not added again


def with_headline(text: str, title: str | None) -> str:
    """The text with the headline the source gives apart from it (a JSON Lines ``title``, a
    page's title) as its first line: outlets state their figures there ("2 dead, 3 hurt in ..."),
    and a claim made in a headline needs a span of the document to point at."""
    headline = " ".join((title or "").split())
    if not headline:
        return text
    opening = text.lstrip().split("\n", HEADLINE_SEEN_WITHIN)[:HEADLINE_SEEN_WITHIN]
    fields = header_fields(opening)  # a "Title: ..." line is metadata, dropped in cleaning: the headline is added
    top = [" ".join(line.split()).casefold() for i, line in enumerate(opening, start=1) if i not in fields]
    if any(headline.casefold() in line or (line and line in headline.casefold()) for line in top if len(line) >= 12):
        return text
    return f"{headline}\n\n{text}"


def _iso_day(value: str | None) -> str | None:
    """The day a source's own ``published`` field gives, or None where it names no real day."""
    if not value:
        return None
    from claimledger.claims.dates import parse_date_string

    head = value.strip()[:10]
    if len(head) == 10 and head[4] == "-" and head[7] == "-":
        try:
            return date.fromisoformat(head).isoformat() if head[:4] != "0000" else None
        except ValueError:
            return None
    try:
        return parse_date_string(value)
    except (ValueError, OverflowError):
        return None


def _moment_of(value: str | None, day: str) -> str | None:
    """The moment of publication in UTC that a ``published`` value gives with its time of day,
    where it falls on the day the document is dated ("2025-02-18T19:00:00+03:00"); None for a
    bare day."""
    moment = _parsed_moment(value.strip()) if value else None
    if moment is None:
        return None
    if moment.date().isoformat() != day:
        return None  # a day the document is not dated by: no order within that day to give
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parsed_moment(value: str) -> datetime | None:
    """An ISO moment ("2025-02-17T08:00:00Z", "2025-02-17 20:15") or a feed's RFC 2822 one ("Mon,
    14 Apr 2025 08:10:00 GMT"); None for a bare day or anything else."""
    if len(value) >= 16 and value[10:11] in ("T", " ") and value[:4].isdigit():
        try:
            return datetime.fromisoformat(value.replace(" ", "T", 1))
        except ValueError:
            return None
    if re.search(r"\d{1,2}:\d{2}", value):
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return None


def _language_notices(language: str | None) -> tuple[str, ...]:
    """Say that a document in another language than English has its figures and dates read, but
    not what they count, who says them or its quotes: those are read in English only."""
    if language is None or language == "en":
        return ()
    return (f"the document is in {language!r}: its figures and dates are read; what they count, who says them "
            "and its quotes are read in English only",)


def _date_notices(value: str | None) -> tuple[str, ...]:
    """Say that a ``published`` field that names no real day was dropped; the text is kept."""
    if value and _iso_day(value) is None:
        return (f"published {value[:40]!r} is not a date: dropped, the text kept",)
    return ()
