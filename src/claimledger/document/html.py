"""Main text and metadata of an HTML page, through trafilatura and htmldate.

Size and nesting depth are capped before parsing, and an lxml FATAL error is a
reject: lxml otherwise drops content past a 21 MB text node or depth 255 silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree
import lxml.html

from claimledger.errors import Code, InputError
from claimledger.settings import Settings

_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
VOID_ELEMENTS = frozenset(
    b"area base br col embed hr img input link meta param source track wbr".split()
)


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    published_at: str | None = None  # the markup's moment of publication, as it writes it


def nesting_depth(html: bytes) -> int:
    """An upper bound of the element nesting depth, read without building a tree."""
    return _shape(html)[0]


def _shape(html: bytes) -> tuple[int, int]:
    """The element nesting depth and the most attributes one tag holds (upper bounds), read
    without building a tree: lxml's time grows with the square of a tag's attributes, and no
    budget can stop native code once it runs."""
    depth = deepest = most_attributes = 0
    for tag in _TAG.finditer(html):
        closing, name, self_closing = tag.groups()
        most_attributes = max(most_attributes, tag.group().count(b"="))
        if name.lower() in VOID_ELEMENTS or self_closing:
            continue
        depth += -1 if closing else 1
        depth = max(depth, 0)
        deepest = max(deepest, depth)
    return deepest, most_attributes


def extract_html(html: str, settings: Settings, url: str | None = None) -> HtmlText:
    """The article text of a page, with its title, site name, author and publication date."""
    raw = html.encode("utf-8", "replace")
    if len(raw) > settings.max_html_bytes:
        raise InputError(Code.HTML_TOO_LARGE, f"HTML is {len(raw)} bytes, over the limit of {settings.max_html_bytes}")
    depth, attributes = _shape(raw)
    if depth > settings.max_html_depth:
        raise InputError(Code.HTML_TOO_LARGE, f"HTML nests {depth} deep, over the limit of {settings.max_html_depth}")
    if attributes > settings.max_html_attributes:
        raise InputError(Code.HTML_TOO_LARGE, f"an HTML tag holds {attributes} attributes, over the limit of "
                                              f"{settings.max_html_attributes}")
    parser = lxml.html.HTMLParser(collect_ids=False, huge_tree=False)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as err:
        raise InputError(Code.HTML_CUT_SHORT, f"HTML could not be parsed: {err}") from None
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:
        raise InputError(Code.HTML_CUT_SHORT, f"HTML parser stopped early: {fatal[0].message} (line {fatal[0].line})")

    import trafilatura

    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_recall=True,
    )
    if result is None:
        return HtmlText("", None, None, None, _declared_day(tree) or _html_date(html, url))
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return HtmlText(
        text=data.get("text") or "",
        title=data.get("title"),
        outlet=data.get("sitename") or _site_after_title(tree, data.get("title")),
        author=data.get("author"),
        published=_declared_day(tree) or _html_date(html, url),
        published_at=_published_moment(tree),
    )


# the markup that gives a page's moment of publication: <meta property="article:published_time">
_MOMENT_KEYS = frozenset(["article:published_time", "og:published_time", "pubdate", "publishdate", "datepublished",
                          "date", "dc.date", "dcterms.created", "parsely-pub-date"])
_HAS_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


def _published_dates(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """What a page's meta tags of publication hold, in page order."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _MOMENT_KEYS:
            yield (meta.get("content") or "").strip()


def _published_moment(tree: lxml.html.HtmlElement) -> str | None:
    """The moment a page's meta tags say it was published, where they give a time of day."""
    return next((content for content in _published_dates(tree) if _HAS_TIME.match(content)), None)


_ISO_DAY = re.compile(r"\s*(\d{4}-\d\d-\d\d)(?![\d])")


def _declared_day(tree: lxml.html.HtmlElement) -> str | None:
    """The day a page's meta tags say it was published (<meta name="date" content="2027-03-11">),
    which comes before any date htmldate would guess from the text ("As of December 31, 2026")."""
    return next((found.group(1) for content in _published_dates(tree) if (found := _ISO_DAY.match(content))), None)


_SITE_AFTER = re.compile(r"\s*[-|–—:·•]\s*(?P<site>\S.{0,60}?)\s*$")


def _site_after_title(tree: lxml.html.HtmlElement, title: str | None) -> str | None:
    """The site name a page's <title> gives after its headline ("Fire grows - Coastline News"),
    where trafilatura kept the headline alone and the page names no site otherwise."""
    raw = " ".join((tree.findtext(".//title") or "").split())
    if not title or not raw.startswith(title) or raw == title:
        return None
    found = _SITE_AFTER.fullmatch(raw, len(title))
    return found.group("site") if found and len(found.group("site").split()) <= 6 else None


def _html_date(html: str, url: str | None) -> str | None:
    """The page's own publication date from its markup; htmldate is given the HTML string,
    never a URL (given a URL it would fetch the page)."""
    if "<" not in html:
        return None
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate raises assorted errors on odd markup; a date is optional
        return None
    return found if isinstance(found, str) else None
