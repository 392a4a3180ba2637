"""The core data model every stage shares: documents, spans, claims, groups.

Claims point into their document's cleaned text by character offsets, as spaCy's
``Span`` points into a ``Doc``; nothing downstream copies or rewrites the text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Literal, Protocol
from urllib.parse import urlparse

ClaimKind = Literal["quantity", "date", "quote", "list", "attribution"]
Approx = Literal["exact", "about", "more_than", "less_than", "at_least", "at_most", "range", "vague"]
Verdict = Literal["agree", "conflict", "evolving", "single"]
# A claim's value: a number, a [low, high] range, an ISO date string, or None for a quote.
Value = float | int | str | tuple[int | float, int | float] | None


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on its parts, so reruns reproduce the same ids."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


TEXT_ALREADY_DECODED = "utf-8-surrogates"  # the declared charset of a source made from text


class Cited(Protocol):
    """What naming and dating a document needs: a ``Document``, or grouping's lighter ``Source``."""

    @property
    def path(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def published_inferred(self) -> str | None: ...
    @property
    def published_at(self) -> str | None: ...
    @property
    def voice(self) -> str | None: ...


def publication_date(doc: Cited) -> str | None:
    """The date a document was published, else the date the ledger inferred for it."""
    return doc.published or doc.published_inferred


def publication_order(doc: Cited) -> tuple[str, str]:
    """Where a document stands in order of publication: its day, then its moment on that day
    where the source gives one (a day alone comes first)."""
    return publication_date(doc) or "", doc.published_at or ""


def cited_name(doc: Cited, with_location: bool = True) -> str:
    """How a reader cites a document: its outlet, the body whose statement it carries, its title,
    else its file name (with the line or record of a JSON Lines or WARC file after ``#``, unless
    ``with_location`` is off)."""
    file_name = doc.path.rsplit("/", 1)[-1]
    return doc.outlet or doc.voice or doc.title or (file_name if with_location else file_name.split("#")[0])


def web_site(url: str | None) -> str | None:
    """The site an address names, as a reader says it: "apnews.com" for https://www.apnews.com/...;
    how a document's outlet is named where the source gives no outlet."""
    host = urlparse(url or "").hostname
    return host.removeprefix("www.") if host else None


ONE_VICTIM = "person"  # what a count of one victim told of counts ("a man was shot dead"): not a toll
YEAR_TO_DATE = "-YTD"  # after a year: the part of it so far that a statistic is set beside ("the same period last year")
WHOLE_YEAR = "year"  # the period of a whole year's figure whose year is not said ("full-year net sales of $7.6 billion")
# what a date dates, as its measure: the day an incident happened, the day a source spoke
DAY_OCCURRED = "occurred"
DAY_SAID = "said"
# measures that count the same people, whichever verb a report uses: those a protest's police took
# in are "22 detained" in one report and "22 arrests" in the next
SAME_COUNT = {"detained": "arrested"}

@dataclass(frozen=True, slots=True)
class RawSource:
    """One unit of input before decoding: a file, a JSONL line, a JSON file's record or a WARC record."""

    path: str
    location: str  # "" for a whole file, "line 7", "item 2", "record 3 (offset 1234)"
    fmt: Literal["txt", "html", "jsonl", "warc"]
    data: bytes
    declared_charset: str | None = None
    url: str | None = None
    meta: tuple[tuple[str, str], ...] = ()  # fields a container supplied (title, outlet, ...)

    @classmethod
    def of_text(cls, text: str, path: str = "<text>", location: str = "", url: str | None = None,
                meta: tuple[tuple[str, str], ...] = ()) -> RawSource:
        """A source that is already text (a JSON field, a string from Python): it needs no charset
        detection, and lone surrogates survive to be cleaned like any other text."""
        return cls(path, location, "txt", text.encode("utf-8", "surrogatepass"), TEXT_ALREADY_DECODED, url, meta)

    @property
    def where(self) -> str:
        return f"{self.path} {self.location}".strip()

    @property
    def content_hash(self) -> str:
        """What makes the source one appearance: its bytes, and the URL and fields its container
        gives (a wire story run by two outlets is two appearances of one text, both kept)."""
        if not (self.url or self.meta):
            return self.data_hash
        identity = json.dumps([self.url, sorted(self.meta)], ensure_ascii=False).encode("utf-8", "surrogatepass")
        return hashlib.sha256(self.data + b"\0" + identity).hexdigest()

    @property
    def data_hash(self) -> str:
        """The bytes alone: how ledgers before appearances were kept apart named every source."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def legacy_key(self) -> str:
        """The bytes with the URL and outlet, as a ledger of text-keyed documents stored them."""
        return f"{self.data_hash}|{self.url or dict(self.meta).get('url') or ''}|{dict(self.meta).get('outlet') or ''}"

    def known_in(self, keys: frozenset[str]) -> bool:
        """Whether a ledger holding ``keys`` (Ledger.source_keys) already has this source."""
        return self.content_hash in keys or self.legacy_key in keys


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of a document's cleaned text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Debris:
    """A line removed from the main text, kept with the reason it was removed."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class LanguageRun:
    """A stretch of the cleaned text in another language than the document's."""

    span: Span
    language: str


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned source document: the text every claim's offsets index into."""

    id: str
    path: str
    text: str
    content_hash: str
    fmt: str
    encoding: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_inferred: str | None = None
    # the moment of publication in UTC ("2025-02-17T08:00:00Z") where the source gives a time: two
    # reports of one day are ordered by it (a wire's 08:00 toll, then its 20:15 update)
    published_at: str | None = None
    # the story or event the source's own record names (a JSON Lines or CSV field "story", "event_id"),
    # for an archive of many events built with ``--events story`` (``grouping.events``)
    story: str | None = None
    language: str | None = None
    voice: str | None = None
    debris: tuple[Debris, ...] = ()
    other_languages: tuple[LanguageRun, ...] = ()
    cleaned_chars: tuple[tuple[str, int], ...] = ()  # (kind of character removed, count)
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One thing a document asserts, pinned to its words."""

    id: str
    doc: str
    kind: ClaimKind
    span: Span
    evidence: str
    value: Value
    unit: str | None = None
    approx: Approx = "exact"
    what: str | None = None
    what_key: str | None = None
    speaker: str | None = None
    attributed_to: str | None = None
    part_of: str | None = None
    changed_from: str | None = None  # the claim of the earlier value: "rose from 12 to 15" (15 -> 12)
    members: tuple[str, ...] = ()
    via: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    measure: str | None = None  # quantities: "killed", "injured", ..., "mass", "money" (claims.measures)
    counted: str | None = None  # quantities: the kind of thing counted, normalised ("people", "ammonium nitrate")
    event: str | None = None  # the other incident a figure is about, when not the document's own ("the 2009 shooting")
    period: str | None = None  # the month, quarter, year or day a statistic is of ("2025-08", "2025-Q3"): another's is another claim
    place: str | None = None  # the place an incident's count is of ("in Varnia"): another place's count is another claim
    # attributions (the claim's span is the cue, "said"): who says it ("the ministry") and what ("that 31 died")
    source_span: Span | None = None
    content_span: Span | None = None


@dataclass(frozen=True, slots=True)
class OriginMembers:
    """One independent origin of a group: the documents behind it and why they count as one."""

    name: str
    documents: tuple[str, ...]  # document ids, earliest first
    why: tuple[str, ...] = ()  # the reasons documents were merged (copied passage, same speaker or body)


@dataclass(frozen=True, slots=True)
class Group:
    """Claims about the same thing across documents, with the ledger's verdict."""

    id: str
    kind: str
    what: str
    claims: tuple[str, ...]
    verdict: Verdict
    independent_origins: int
    origins: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    origin_members: tuple[OriginMembers, ...] = ()
    # the event its claims report, where the ledger holds several ("folder: stories/fire", "story: 101")
    event: str | None = None


@dataclass(frozen=True, slots=True)
class Passage:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    kind: str = "prose"  # "prose" or "quotation"


@dataclass(frozen=True, slots=True)
class ReusePair:
    """Two documents that share text; ``a`` is the earlier when dates allow."""

    a: str
    b: str
    score: float
    passages: tuple[Passage, ...] = ()


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be read, with a stable error code."""

    path: str
    location: str
    code: str
    message: str
    raw_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What the per-document stages produce for one source."""

    document: Document
    claims: tuple[Claim, ...] = field(default_factory=tuple)


@dataclass
class BuildStats:
    """What a build did: sources read, new and read again (stored by an earlier version), rejected,
    and its time."""

    documents_read: int = 0
    documents_new: int = 0
    documents_reread: int = 0
    rejected: int = 0
    seconds: float = 0.0
