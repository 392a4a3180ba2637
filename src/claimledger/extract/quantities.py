"""Figures a sentence asserts: value, unit, approximation, with the words they cover.

Finding numbers is pattern work (numerals, number words, scales, currencies, units,
ranges, approximation words); deciding what a number is *not* (an address, a phone
number, a page, an ordinal in a name, a document symbol, a clock time, a year inside a
name) is context work, done in :func:`_is_not_a_figure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .numbers import NUMBER_WORDS_RE, NUMERAL_RE, SCALE_ABBREVIATIONS, as_number, parse_number_words, parse_numeral
from .units import CURRENCY_RE, UNIT_RE, currency_name, unit_name

APPROX_WORDS: tuple[tuple[str, str], ...] = (
    (r"more\s+than|over\s+than|over|above|in\s+excess\s+of|upwards\s+of|exceeding|north\s+of|nearly\s+over", "more_than"),
    (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than", "at_least"),
    (r"fewer\s+than|less\s+than|under|below|just\s+under|shy\s+of", "less_than"),
    (r"up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as", "at_most"),
    (r"about|some|nearly|almost|around|roughly|approximately|approx\.|an\s+estimated|estimated|close\s+to|circa|ca\.|~|just\s+over|just\s+under|more\s+or\s+less|or\s+so", "about"),
)
_APPROX_RE = "|".join(f"(?:{p})" for p, _ in APPROX_WORDS)
_APPROX_NAMES = [(re.compile(rf"(?:{p})\Z", re.I), name) for p, name in APPROX_WORDS]
_SCALE = r"(?:million|billion|trillion|thousand|hundred|mln|mn|bn|tn|trn|m|b|k|lakh|crore)"
_NUM = rf"(?:{NUMERAL_RE}|{NUMBER_WORDS_RE}|a\s+dozen|dozen)"
_UNIT_ALT = UNIT_RE.pattern[len("(?P<unit>") : UNIT_RE.pattern.rindex(")(?![")]
_RANGE_SEP = r"(?:\s*(?:-|–|—)\s*|\s+(?:to|and|or)\s+)"

QUANTITY_RE = re.compile(
    rf"""
    (?:(?P<between>between|from)\s+)?
    (?:(?P<approx>{_APPROX_RE})\s*)?
    (?P<cur>{CURRENCY_RE})?
    (?P<num>{_NUM})(?![\d,])
    (?:[\s-]?(?P<scale>{_SCALE})\b)?
    (?:{_RANGE_SEP}(?P<cur2>{CURRENCY_RE})?(?P<num2>{_NUM})(?![\d,])(?:[\s-]?(?P<scale2>{_SCALE})\b)?)?
    (?:[\s-]*(?P<unit>{_UNIT_ALT})(?![\w]))?
    """,
    re.I | re.X,
)
VAGUE_RE = re.compile(
    r"\b(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions)\s+of\b",
    re.I,
)
VAGUE_BOUNDS = {
    "dozens": (24, 100), "scores": (40, 100), "hundreds": (200, 1000), "thousands": (2000, 10000),
    "millions": (2_000_000, 10_000_000), "billions": (2_000_000_000, 10_000_000_000),
    "tens of thousands": (20_000, 100_000), "hundreds of thousands": (200_000, 1_000_000),
    "tens of millions": (20_000_000, 100_000_000), "hundreds of millions": (200_000_000, 1_000_000_000),
}

# Context that makes a number a label, not a figure.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:p|pp|page|pages|no|nos|number|suite|room|apt|apartment|floor|box|section|row|seat|gate|article|art|"
    r"paragraph|para|chapter|clause|resolution|rule|flight|route|highway|case|ext|tel|fax|phone|platform|"
    r"unit|ward|block|lot|item|question|version|level|bill|amendment|vol|volume|issue|regiment|division|brigade|"
    r"battalion|squad|code|zip|postcode|id|ref|file|model|series|channel|district|precinct|grade)\.?\s*#?"
    r"|#|№)\s*$",
    re.I,
)
_STREET_AFTER = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+)?(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|"
    r"Square|Sq|Plaza|Court|Ct|Terrace|Parkway|Pkwy|Highway|Hwy)\b\.?"
)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{3}[\s.-]\d{4}\b|\(\d{3}\)\s?\d{3}")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}\.\d{2}\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
_SYMBOL = re.compile(r"\b[A-Z]{1,4}(?:/[A-Z0-9.]+)+|\b\d+(?:/\d+)+\b")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_ONE_NOT_A_COUNT = frozenset(
    ["of", "another", "or", "and", "more", "such", "that", "who", "which", "is", "was", "has", "had", "the", "a", "an", "in", "on", "to", "at", "for", "by", "with", "would", "will", "could", "can", "should", "may", "might", "day", "time"]
)
_PEOPLE_WORDS = frozenset(["people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle"])


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    start: int
    end: int
    value: int | float | tuple[int | float, int | float]
    unit: str | None
    approx: str
    head_start: int  # the number's own characters, where the parse anchors
    head_end: int


def _scaled(num: str, scale: str | None) -> float | None:
    text = num.strip()
    low = text.lower()
    if low in ("a dozen", "dozen"):
        base: float | None = 12
    elif re.fullmatch(NUMERAL_RE, text):
        base = parse_numeral(text)
    else:
        base = parse_number_words(text)
    if base is None:
        return None
    if scale:
        factor = SCALE_ABBREVIATIONS.get(scale.lower())
        if factor is None:
            return None
        base *= factor
    return base


def _approx_name(surface: str | None) -> str:
    if not surface:
        return "exact"
    surface = " ".join(surface.split())
    for pattern, name in _APPROX_NAMES:
        if pattern.match(surface):
            return name
    return "exact"


def find_quantities(sentence: str, blocked: list[tuple[int, int]]) -> Iterator[QuantityMatch]:
    """Figures in one sentence, skipping characters inside ``blocked`` spans (dates)."""
    blocked = blocked + [m.span() for m in _PHONE.finditer(sentence)]
    blocked += [m.span() for m in _CLOCK.finditer(sentence)] + [m.span() for m in _SYMBOL.finditer(sentence)]
    taken: list[tuple[int, int]] = []
    for match in VAGUE_RE.finditer(sentence):
        if not _inside(match.start(), match.end(), blocked):
            low, high = VAGUE_BOUNDS[" ".join(match.group("vague").lower().split())]
            taken.append(match.span())
            yield QuantityMatch(match.start(), match.end() - 3, (low, high), None, "vague", match.start(), match.end() - 3)
    for match in QUANTITY_RE.finditer(sentence):
        found = _quantity_of(sentence, match, blocked + taken)
        if found is not None:
            yield found


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _quantity_of(sentence: str, match: re.Match[str], blocked: list[tuple[int, int]]) -> QuantityMatch | None:
    g = match.groupdict()
    num_start, num_end = match.span("num")
    if _inside(num_start, num_end, blocked) or _is_not_a_figure(sentence, match):
        return None
    value = _scaled(g["num"], g["scale"])
    if value is None:
        return None
    unit = currency_name(g["cur"]) if g["cur"] else None
    unit_surface = g["unit"]
    if unit_surface and unit is None:
        unit = unit_name(unit_surface)
    approx = _approx_name(g["approx"])
    end = match.end()
    if g["num2"]:
        if g["num2"] and _inside(*match.span("num2"), blocked):
            return None
        if " and " in sentence[match.end("num") : match.start("num2")].lower() and not g["between"]:
            end = match.end("scale") if g["scale"] else match.end("num")
            unit_surface = None
            return _single(match, value, currency_name(g["cur"]) if g["cur"] else None, approx, end)
        high = _scaled(g["num2"], g["scale2"])
        if high is None:
            return None
        value = _shared_scale(g["num"], g["scale"], g["num2"], g["scale2"], value, high)
        if g["cur2"] and unit is None:
            unit = currency_name(g["cur2"])
        if not value < high:
            return None  # "2-2" is a score, not a range
        start = match.start("between") if g["between"] else (match.start("approx") if g["approx"] else match.start())
        return QuantityMatch(start, end, (as_number(value), as_number(high)), unit, "range", num_start, match.end("num2"))
    start = match.start("approx") if g["approx"] else (match.start("cur") if g["cur"] else num_start)
    if g["between"] and not g["approx"]:
        start = num_start
    return QuantityMatch(start, end, as_number(value), unit, approx, num_start, num_end)


def _shared_scale(num: str, scale: str | None, num2: str, scale2: str | None, low: float, high: float) -> float:
    """ "four to five thousand", "2 to 3 million": the low end takes the high end's scale."""
    if scale or re.search(r"(?:hundred|thousand|million|billion|trillion)\s*$", num, re.I):
        return low
    words = num2.lower().split()
    factor = SCALE_ABBREVIATIONS.get((scale2 or (words[-1] if words else "")).lower())
    if factor and low * factor <= high:
        return low * factor
    return low


def _single(match: re.Match[str], value: float, unit: str | None, approx: str, end: int) -> QuantityMatch:
    start = match.start("approx") if match.group("approx") else match.start("num")
    return QuantityMatch(start, end, as_number(value), unit, approx, match.start("num"), match.end("num"))


def _is_not_a_figure(sentence: str, match: re.Match[str]) -> bool:
    """True for numbers that label rather than count: pages, addresses, ordinals, years in names."""
    start, end = match.span("num")
    number = match.group("num")
    before, after = sentence[:start], sentence[end:]
    if before[-1:].isalpha() or (before[-1:] in "-/." and before[-2:-1].isalnum()) or after[:1].isalpha() and not match.group("scale") and not match.group("unit"):
        return True  # part of a word or code: "G20", "COVID-19", "A/73"
    if after[:1] == "/" or _ORDINAL_AFTER.match(after):
        return True
    if _LABEL_BEFORE.search(before[-30:]) and not match.group("cur"):
        return True
    if _STREET_AFTER.match(after) or re.search(r"\b[A-Z]{2},?\s*$", before[-6:]) and re.fullmatch(r"\d{5}", number):
        return True
    low = number.lower()
    if low == "one":
        following = after.lstrip(" -").split(" ", 1)[0].strip(".,;:!?\"'”)").lower()
        if not following or following in _ONE_NOT_A_COUNT or match.group("unit") is None and not following.isalpha():
            return True
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", number) and not (match.group("cur") or match.group("unit") or match.group("scale")):
        word = after.strip().split(" ", 1)[0].strip(".,;:").lower() if after.strip() else ""
        return not (word in _PEOPLE_WORDS or (word.endswith("s") and word.isalpha() and word.islower()))
    return False
