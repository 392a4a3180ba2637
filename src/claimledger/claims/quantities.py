"""Figures a sentence asserts: value, unit, approximation, with the words they cover.

Finding numbers is pattern work (numerals, number words, scales, currencies, units,
ranges, approximation words); deciding what a number is *not* (an address, a phone
number, a page, an ordinal in a name, a document symbol, a clock time, a year inside a
name) is context work, done in :func:`_is_not_a_figure`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from claimledger import lexicon
from claimledger.claims.measures import is_person_word
from claimledger.claims.numbers import (
    DECIMAL_COMMA,
    NUMBER_START_RE,
    NUMBER_WORDS_RE,
    NUMERAL_RE,
    ORDINAL_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_ALT,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    Caseless,
    as_number,
    parse_number_words,
    parse_numeral,
)
from claimledger.claims.units import CURRENCY_CODES, CURRENCY_RE, UNIT_RE, currency_name, unit_name

# "the toll climbed past 100": "past" hedges a figure only after a verb of rising, never "the past 10 years"
_RISEN_PAST = r"(?:(?<=climbed\s)|(?<=rose\s)|(?<=risen\s)|(?<=went\s)|(?<=soared\s)|(?<=jumped\s)|(?<=pushed\s)|(?<=edged\s))past"
APPROX_WORDS: tuple[tuple[str, str], ...] = (
    (r"more\s+than|over\s+than|over|above|in\s+excess\s+of|upwards\s+of|exceeding|\bexceeded|\bpass(?:ed|es)?|\btop(?:ped|s)|\bsurpass(?:ed|es)?|north\s+of|nearly\s+over|"
     + _RISEN_PAST, "more_than"),
    (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than", "at_least"),
    (r"fewer\s+than|less\s+than|under|below|just\s+under|shy\s+of", "less_than"),
    (r"up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as", "at_most"),
    (r"about|some|nearly|almost|around|roughly|approximately|approx\.|an\s+estimated|estimated|close\s+to|circa|ca\.|~|just\s+over|just\s+under|more\s+or\s+less|or\s+so", "about"),
)
_APPROX_RE = "|".join(f"(?:{p})" for p, _ in APPROX_WORDS)
# read on a hedge's own words, where QUANTITY_RE took "past" only after a verb of rising
_APPROX_NAMES = [(re.compile(rf"(?:{p.replace(_RISEN_PAST, 'past')})\Z", re.I), name) for p, name in APPROX_WORDS]
_SCALE = rf"(?:(?:hundred\s+)?(?:{'|'.join(w for w in SCALE_WORDS if w != 'hundred')})|hundred|mln|mn|mil|bn|tn|trn|lakh|crore|(?<=\d)(?:m(?!\.[a-z])|b|k)|(?<=\d\s)[mbk](?=\s+(?-i:[a-z])))"  # a letter
# on the digits, or spaced before a word in lower case ("8 B people"), never in a name ("Place 2 B Bar", "2-B")
_NUM = rf"(?:{NUMERAL_RE}|{NUMBER_WORDS_RE}|a\s+dozen|dozen)"
_UNIT_ALT = UNIT_RE.pattern[len("(?P<unit>") : UNIT_RE.pattern.rindex(")(?![")]
_RANGE_SEP = r"(?:\s*(?:-|–|—)\s*|\s+(?:to|and|or|through|up\s+to)\s+|\s*-?to-\s*)"
_NEG = r"(?:\bminus[\s-]?|(?<![^\s(])-(?=[\d$]))"

QUANTITY_RE = re.compile(
    rf"""
    (?:(?P<between>between|from)\s+)?
    (?:(?P<approx>{_APPROX_RE})\s*)?
    (?P<neg>{_NEG})?(?P<cur>{CURRENCY_RE})?(?P<neg_after_currency>(?<=[$€£¥])-(?=\d))?
    (?P<num>{_NUM})(?!\d|,\d)
    (?:[\s-]?(?P<scale>{_SCALE})\b)?
    (?:[\s-]*(?P<unit1>{_UNIT_ALT})(?![\w]))?
    (?:(?P<sep>{_RANGE_SEP})(?:(?P<approx2>{_APPROX_RE})\s*)?(?P<cur2>{CURRENCY_RE})?
       (?P<num2>{_NUM})(?!\d|,\d)(?:[\s-]?(?P<scale2>{_SCALE})\b)?
       (?:[\s-]*(?P<unit>{_UNIT_ALT})(?![\w]))?
    )?
    """,
    re.I | re.X,
)
# Where a number could begin: QUANTITY_RE opens with optional words, so a plain search tries it
# at every character; starting it shortly before the next digit or number word gives the same
# leftmost match at a fraction of the cost (a third of the per-document time on news text).
_NUMBER_HINT = Caseless(NUMBER_START_RE)
_FRACTION_WORDS = "half|third|quarter|fourth|fifth|tenth"
_MAY_HOLD_A_FIGURE = Caseless(rf"{NUMBER_START_RE}|{_FRACTION_WORDS}|scores")
_MAY_HOLD_A_FRACTION = Caseless(rf"{_FRACTION_WORDS}|[/⁄]")
_LEAD_IN = 80  # characters a match may start before its number: "between approximately US$"
VAGUE_RE = re.compile(
    r"\b(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions"
    rf"|several\s+(?:{SCALE_ALT})|a\s+few\s+(?:{SCALE_ALT}))\s+(?:of\b)?",
    re.I,
)
# Lower bound: one of the named unit; upper bound: ten of them, as NewsQuant annotates "millions of".
VAGUE_BOUNDS = {
    "dozens": (12, 120), "scores": (20, 100), "hundreds": (100, 1000), "thousands": (1000, 10000),
    "millions": (1_000_000, 10_000_000), "billions": (1_000_000_000, 10_000_000_000),
    "tens of thousands": (10_000, 100_000), "hundreds of thousands": (100_000, 1_000_000),
    "tens of millions": (10_000_000, 100_000_000), "hundreds of millions": (100_000_000, 1_000_000_000),
}
# the unit of a fraction of a whole ("a third of residents", "one in five"): its value is the
# proportion, and it never joins a count of the same noun as a conflicting figure
SHARE = "share"
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25, "fifth": 0.2, "tenth": 0.1,
             "two thirds": 2 / 3, "three quarters": 0.75, "three fourths": 0.75}
FRACTION_RE = re.compile(
    rf"(?<!first\s)(?<!second\s)(?<!other\s)(?<!latter\s)(?<!former\s)(?<!back\s)(?<!front\s)(?:(?P<approx>{_APPROX_RE})\s+)?(?P<frac>(?:\b(?:a|one)\s+(?:{_FRACTION_WORDS})|\bhalf|\btwo[\s-]thirds|\bthree[\s-](?:quarters|fourths))\b)"
    r"(?=\s+(?:of|the|a|an|its|their|his|her|all)\b)"
    r"|(?<![\d/⁄.,])(?P<n>\d{1,2})[/⁄](?P<d>\d{1,3})(?![\d/⁄])(?=\s+(?:of\s+)?[a-z])",
    re.I,
)
_MAY_HOLD_A_MULTIPLE = Caseless("fold| times ")
# "sixfold", "four times the number", "6.5 times earnings", "three times as many": a multiple of
# another figure, not a count of occasions ("orbited 3,200 times")
MULTIPLE_RE = re.compile(
    rf"\b(?P<n>\d+|{NUMBER_WORDS_RE}|{'|'.join(list(UNITS_WORDS) + list(TENS_WORDS) + ['hundred', 'thousand'])})[\s-]?fold\b"
    rf"|(?:(?P<approx>{_APPROX_RE})\s+)?\b(?P<times>\d+(?:\.\d+)?|{NUMBER_WORDS_RE})\s+times\s+(?=(?:the|as|that|its|their|"
    r"his|her|our|more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|earnings|sales|revenues?|"
    r"book|forward|trailing)\b)", re.I)

# "1.99×10−30 kg", "3 x 10^8 m/s", "6.02 × 10²³": a mantissa times a power of ten
SCIENTIFIC_RE = re.compile(
    r"(?<![\w.])(?P<m>\d+(?:\.\d+)?)\s*[×x*]\s*10\s*(?:\^|\*\*)?\s*(?P<e>[-−–⁻]?\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\d.])", re.I)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−–", "0123456789---")
_APPROX_BEFORE = re.compile(rf"(?:{_APPROX_RE})\s+\Z", re.I)
_UNIT_AFTER = re.compile(r"\s*" + UNIT_RE.pattern, re.I)

# "one in three adults", "2 out of 10 voters": a share, the first number of the second
RATIO_RE = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{'|'.join(UNITS_WORDS)})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<d>\d{{1,3}}(?:,\d{{3}})*|{'|'.join(list(UNITS_WORDS) + list(TENS_WORDS) + ['hundred', 'thousand'])})\b"
    r"(?![.,]\d)", re.I)

# Context that makes a number a label, not a figure.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:p|pp|page|pages|no|nos|number|suite|room|apt|apartment|flat|floor|box|section|row|seat|gate|article|art|"
    r"paragraph|para|chapter|clause|resolution|rule|flight|route|highway|case|ext|tel|fax|phone|platform|"
    r"unit|ward|block|lot|item|question|version|level|bill|amendment|vol|volume|issue|regiment|division|brigade|"
    r"battalion|squad|code|zip|postcode|id|ref|file|model|series|channel|district|precinct|grade|game|part|category|phase|round|stage|episode|season|week|image|photo|picture|slide|apollo|windows|galaxy|note|pro|max|ultra|mark|mk|stoxx|nasdaq|ftse|fortune|dow|s&p|sp|russell|nikkei|cac|dax|asx|nifty|sensex|ibex|forbes|hurricane|typhoon|zone|marker|exit|interstate|sector|pier|terminal|hangar|station|line|lines|gates|zones|routes|platforms|terminals|exits|rooms|wards|runway|runways|berth|berths|bay|bays|reactor|reactors|carriage|carriages|wagon|courtroom|lane|lanes|hole|quay|cell|milepost|mile\s+post|kilometre|kilometer|km|hotline|helpline|incident|reference|log|crime|cabin|cabins|stateroom|deck|decks|bed|locker)\.?:?\s*+#?"
    r"(?:\d{1,4}+[A-Za-z]?+(?:\s*+,\s*+|\s++(?:and|or|&)\s++))*+"  # "lines 3 and 9": the later labels of a list
    r"|#|№)\s*$",
    re.I,
)
# "Image 8 of 12", "page 3 of 10": the count of a sequence whose place a label gives
_OF_A_SEQUENCE = re.compile(r"\b(?:image|photo|picture|slide|page|part|step|item|episode|chapter)\s+\d{1,4}\s+of\s*/?\s*$", re.I)
# "the 90049 ZIP code", "in the 300 block of Main Street" (an address)
_CODE_AFTER = re.compile(r"\s+(?:(?:zip|postal|post|area)\s*codes?|block\s+of)\b", re.I)
_STREET_AFTER = re.compile(
    r"^\s+(?:(?:[NSEW]|[A-Z][A-Za-z]+|\d+(?:st|nd|rd|th))\.?\s+){0,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|"
    r"Square|Sq|Plaza|Court|Ct|Terrace|Parkway|Pkwy|Highway|Hwy)\b\.?"
)
# "on 11700 Robertson", "at 2300 S. Kenneth": a house number before a street named without its kind
_AT_A_HOUSE_NUMBER = re.compile(r"\b(?:[Oo]n|[Aa]t|near|from)\s+\Z")
_NAMED_STREET_AFTER = re.compile(r"\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+")
_PHONE = re.compile(
    r"\b(?:1[\s.-])?\d{3}[\s.-]\d{3}[\s.-]\d{4}\b|(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{3}[\s.-]\d{4}\b|\(\d{3}\)\s?\d{3}"
    # international and trunk-prefixed forms: "+44 20 7946 0958", "+33 (0)1 42 68 53 00", "020 7946 0958"
    r"|\+\d{1,3}(?:\s?\(0\)[\s.-]?\d{1,5}|[\s.-]\d{1,5})(?:[\s.-]\d{1,5}){1,5}\b|\+\d{8,15}\b|(?<![\d,.])\b0\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b"
    # ten digits or more with no separator: a mobile number or an account, never a count ("9419100112")
    r"|(?<![\d,.])\b\d{10,13}\b(?![.,]\d)")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}\.\d{2}\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
_SYMBOL = re.compile(r"\b[A-Z]{1,4}(?:/[A-Z0-9.]+)+|\b\d+(?:/\d+){2,}\b|\b\d{3,}/\d+\b")
# a footnote or reference marker glued to the words it cites: "killing both.[1][7]", "as reported[12]"
_REFERENCE = re.compile(r"(?<=[\w.,;:)\]”\"])\[\d{1,3}\]")
# the number of an item in a numbered list, opening its sentence: "2. Tunnelling is 38 percent complete", "3) The city's"
_LIST_MARKER = re.compile(r"\A\s*\d{1,3}[.)](?=\s+[A-Z“\"(]|\s*\Z)")
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
    changed_from: int | None = None  # head_start of the earlier value: "rose from 12 (that one) to 15"


def _scale_factor(scale: str | None) -> float | None:
    if not scale:
        return 1.0
    factor = 1.0
    for word in scale.lower().split():
        step = SCALE_ABBREVIATIONS.get(word)
        if step is None:
            return None
        factor *= step
    return factor


def _scaled(num: str, scale: str | None) -> float | None:
    text = num.strip()
    low = text.lower()
    if low in ("a dozen", "dozen"):
        base: float | None = 12
    elif re.fullmatch(NUMERAL_RE, text) or DECIMAL_COMMA.fullmatch(text):  # "3,5" only where a percent follows
        base = parse_numeral(text)
    else:
        base = parse_number_words(text)
    factor = _scale_factor(scale)
    if base is None or factor is None:
        return None
    return base if factor == 1 else round(base * factor, 6)  # "4.1 billion" is 4100000000, not 4099999999.9999995


def _approx_name(surface: str | None) -> str:
    if not surface:
        return "exact"
    surface = " ".join(surface.split())
    for pattern, name in _APPROX_NAMES:
        if pattern.match(surface):
            return name
    return "exact"


# "a fourth person has died", "a third victim died", "a fifth death", "the fire's first death": the
# Nth victim makes the toll N
_ORDINAL_VICTIM = re.compile(
    rf"\b(?:(?:its|their|the\s+[a-z]+['’]s)\s+(?P<first>first)\s+(?=(?:[\w-]+\s+){{0,2}}?(?:death|fatality)\b)|[Aa]\s+(?P<n>{'|'.join(w for w, n in ORDINAL_WORDS.items() if 1 < n <= 20)}|[2-9](?:nd|rd|th)|1\d(?:th))\s+"
    rf"(?=(?:[\w-]+\s+){{0,2}}?(?:(?:{'|'.join(lexicon.words('person_nouns'))})\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:also\s+|since\s+|now\s+)?(?:died|succumbed|been\s+killed|was\s+killed)|(?:death|fatality)\b)))")


def _ordinal_victims(sentence: str, blocked: list[tuple[int, int]]) -> list[QuantityMatch]:
    """The toll an ordinal victim states: "A fourth person has died" is four dead."""
    found = []
    for match in _ORDINAL_VICTIM.finditer(sentence):
        said = "first" if match.group("first") else "n"
        word = match.group(said).lower()
        value = ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
        if not _inside(match.start(said), match.end(said), blocked):
            found.append(QuantityMatch(match.start(said), match.end(said), value, None, "exact",
                                       match.start(said), match.end(said)))
    return found


# a number to call or text: "Call 311 for help", "dial 999", "text HOME to 741741"
# "Relatives can reach the emergency line on 1400": the number a line answers on
_MAY_BE_DIALED = re.compile(r"\b(?:call|dial|text|phone|ring)|line\b", re.I)
# "a helpline for residents on 800 300 900": a line's number, its digits grouped by spaces
_DIALED = re.compile(r"\b(?:(?:call|dial|text|phone|ring)(?:\s+(?:us|them|\w+\s+to))?(?:\s+(?:on|at))?"
                     r"|(?:hot|help)?line(?:\s+for\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:on|at)"
                     r"(?=\s+\d[\d-]*+(?:\s\d{2,4}+){0,3}+(?:[.,;]|\s+(?:or|and)\b|\s*$)))"
                     r"\s+(?P<n>\d[\d-]{1,14}+(?:\s\d{2,4}+){0,3}+)\b", re.I)


# a list of numbers to call: every number after it in the sentence is one to dial
_NUMBERS_TO_CALL = re.compile(r"\b(?:emergency|phone|telephone|contact|hotline|helpline|toll-free)\s+numbers\s*:", re.I)
_DIGITS = re.compile(r"\d[\d-]*+")


def find_quantities(sentence: str, blocked: list[tuple[int, int]]) -> Iterator[QuantityMatch]:
    """Figures in one sentence, skipping characters inside ``blocked`` spans (dates)."""
    ordinal = _ordinal_victims(sentence, blocked)
    if not _MAY_HOLD_A_FIGURE.search(sentence):
        yield from ordinal
        return
    blocked = blocked + [m.span() for m in _PHONE.finditer(sentence)]
    blocked += [m.span() for m in _CLOCK.finditer(sentence)] + [m.span() for m in _SYMBOL.finditer(sentence)]
    blocked += [m.span() for m in _REFERENCE.finditer(sentence)] + [m.span() for m in _LIST_MARKER.finditer(sentence)]
    blocked += [m.span("n") for m in _DIALED.finditer(sentence)] if _MAY_BE_DIALED.search(sentence) else []
    blocked += [m.span() for numbers in _NUMBERS_TO_CALL.finditer(sentence)
                for m in _DIGITS.finditer(sentence, numbers.end())]  # "Emergency numbers: 199 (Civil Defense) and 193"
    blocked += [m.span("n") for m in PER_CAPITA.finditer(sentence)] if " per " in sentence or " for every " in sentence else []
    found: list[QuantityMatch] = []
    for match in VAGUE_RE.finditer(sentence):
        if not _inside(match.start(), match.end(), blocked):
            key = " ".join(match.group("vague").lower().split())
            bounds: tuple[float, float] = VAGUE_BOUNDS.get(key, (0, 0))
            if key.startswith(("several", "a few")):
                factor = _scale_factor(key.split()[-1]) or 1
                bounds = (2 * factor, 10 * factor) if key.startswith("several") else (2 * factor, 5 * factor)
            low, high = bounds
            end = match.start() + len(match.group("vague"))
            found.append(QuantityMatch(match.start(), end, (as_number(low), as_number(high)), None, "vague",
                                       match.start(), end))
    for match in FRACTION_RE.finditer(sentence) if _MAY_HOLD_A_FRACTION.search(sentence) else ():
        if match.group("n") and not _a_proper_fraction(sentence, match):
            blocked.append(match.span())  # "the 9/11 memorial", "open 24/7": a name or a day, no figure
            continue
        if not _inside(match.start(), match.end(), blocked + [(q.start, q.end) for q in found]):
            fraction = _fraction(sentence, match)
            found.append(fraction if fraction.unit == SHARE else _with_rate(sentence, fraction))
    for match in SCIENTIFIC_RE.finditer(sentence) if "10" in sentence else ():
        if not _inside(match.start(), match.end(), blocked):
            found.append(_with_rate(sentence, _scientific(sentence, match)))
    for match in RATIO_RE.finditer(sentence) if " in " in sentence or " of " in sentence else ():
        share = _ratio(sentence, match)
        if share is not None and not _inside(match.start(), match.end(), blocked + [(q.start, q.end) for q in found]):
            found.append(share)
    for match in MULTIPLE_RE.finditer(sentence) if _MAY_HOLD_A_MULTIPLE.search(sentence) else ():
        n = match.group("n") or match.group("times")
        value = float(n) if re.fullmatch(r"[\d.]+", n) else parse_number_words(n)
        end = match.end() if match.group("n") else match.end("times") + len(" times")
        if value and not _inside(match.start(), end, blocked):
            found.append(QuantityMatch(match.start(), end, as_number(value), "fold", _approx_name(match.group("approx")),
                                       match.start("n") if match.group("n") else match.start("times"), end))
    found += [q for q in ordinal if not _inside(q.start, q.end, [(f.start, f.end) for f in found])]
    taken = blocked + [(q.start, q.end) for q in found]
    position = 0
    while (hint := _NUMBER_HINT.search(sentence, position)) is not None:
        next_match = QUANTITY_RE.search(sentence, max(position, hint.start() - _LEAD_IN))
        if next_match is None:
            break
        results, position = _quantities_of(sentence, next_match, taken)
        found.extend(_refined(sentence, q) for q in results)
    figures = sorted((q for q in found if _finite(q.value)), key=lambda q: q.start)
    for _name, refine_all in SENTENCE_PASSES:
        figures = refine_all(sentence, figures)
    yield from figures


def _finite(value: object) -> bool:
    """A figure a number can hold: a run of 5,000 digits is not a figure, and its infinity would
    make the JSON export invalid."""
    values = value if isinstance(value, tuple) else (value,)
    return all(not isinstance(v, float) or math.isfinite(v) for v in values)


def _refined(sentence: str, figure: QuantityMatch) -> QuantityMatch:
    """A figure after every pass of FIGURE_PASSES, in order."""
    for _name, refine in FIGURE_PASSES:
        figure = refine(sentence, figure)
    return figure


_FROM_BEFORE = re.compile(r"\bfrom\s*\Z", re.I)
# "900,000 ..., down from a peak of 1.4 million": the figure after is the one before the change
# "71 people died ..., revised down from an earlier estimate of 80"
# (a code's digits, as in "flight NV218", are no figure between the two)
_UP_OR_DOWN_FROM = re.compile(r"(?:[^;()0-9]|(?<=[A-Za-z])\d++){0,120}?,\s*(?:(?:revised|adjusted|corrected)\s+)?(?:up|down)(?:ward)?\s+(?:sharply\s+|slightly\s+)?from\s+"
                              r"(?:an?\s+(?:peak|high|low|record|total)\s+of\s+"
                              r"|(?:its|their|the|an?)\s+(?:(?:earlier|previous|initial|original|first)\s+)?"
                              r"(?:estimate|figure|count|tally|forecast)\s+of\s+|the\s+)?"  # "up from the 30 it had reported"
                              r"(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+)?", re.I)
_PERCENTS = frozenset(["percent", "percentage_point"])
_UP_OR_DOWN_BY = re.compile(r"[^;()0-9]{0,80}?,\s*(?:up|down)\s+(?:by\s+)?", re.I)
_FROM_A_BASE = re.compile(r"\s+from\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+)?", re.I)
_TO_BEFORE = re.compile(r"\bto\s*\Z", re.I)
_TO_BETWEEN = re.compile(r"[^;()]{0,40}?\bto\s*", re.I)
# "revised to 114,000 from the 89,000 first reported", "from its earlier estimate of 40"
_FROM_BETWEEN = re.compile(r"[^;()]{0,40}?\bfrom\s*(?:(?:the|its|an?)\s+(?:(?:earlier|previous|initial|original|first|"
                           r"preliminary)\s+)?(?:(?:estimate|figure|reading|count)\s+of\s+)?)?", re.I)


# "eased to 398 on Thursday, after reaching 452": the figure after is where the level stood before
_AFTER_REACHING = re.compile(r"[^;()0-9]{0,40}?,?\s*after\s+(?:reaching|hitting|touching|peaking\s+at|climbing\s+to|rising\s+to|"
                             r"falling\s+to|dropping\s+to|standing\s+at)\s+(?:about\s+|some\s+|nearly\s+|around\s+|a\s+record\s+)?",
                             re.I)


def _with_changes(sentence: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Say which figure a changed figure changed from: "rose from $75 to $82" and "rose to $82
    from $75" both make the $82 a change from the $75, so the two are one change, not two
    figures that disagree."""
    out = list(found)
    for i in range(len(out) - 2):  # "96,400 dwellings, up 9.5% from 88,000": the change's share stands between
        a, share, b = out[i], out[i + 1], out[i + 2]
        if (a.unit == b.unit and a.unit not in _PERCENTS and share.unit in _PERCENTS
                and not isinstance(a.value, tuple) and not isinstance(b.value, tuple)
                and _UP_OR_DOWN_BY.fullmatch(sentence, a.end, share.start)
                and _FROM_A_BASE.fullmatch(sentence, share.end, b.start)):
            out[i] = replace(a, changed_from=b.head_start)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit != b.unit or isinstance(a.value, tuple) or isinstance(b.value, tuple) or a.unit == SHARE:
            continue
        lead = sentence[max(0, a.start - 6) : a.start]
        if _UP_OR_DOWN_FROM.fullmatch(sentence, a.end, b.start):  # "was 3.9 million, up from 2.4 million"
            out[i] = replace(a, changed_from=b.head_start)
            continue
        if _TO_BEFORE.search(lead) and _AFTER_REACHING.fullmatch(sentence, a.end, b.start):
            out[i] = replace(a, changed_from=b.head_start)  # "eased to 398 on Thursday, after reaching 452 on Wednesday"
            continue
        if not (_change_word_before(sentence, a.start) or _CHANGE_WORDS.search(sentence, a.end, b.start)):
            continue
        if _FROM_BEFORE.search(lead) and _TO_BETWEEN.fullmatch(sentence, a.end, b.start):
            out[i + 1] = replace(b, changed_from=a.head_start)
        elif _TO_BEFORE.search(lead) and _FROM_BETWEEN.fullmatch(sentence, a.end, b.start):
            out[i] = replace(a, changed_from=b.head_start)
    return out


# "a 7- or 8-inch screen", "four-, five- and six-cylinder engines": a number whose hyphen waits
# for the word of the next one
SUSPENDED_HYPHEN = re.compile(r"-(?:,|\s+(?:and|or|to)\b)", re.I)


# "closed at 16,369.03, up 58.06 points": an index level is in the points it moved by
_LEVEL_THEN_MOVE = re.compile(r"\s*(?:,\s*)?(?:up|down|off|higher|lower)\s+\Z", re.I)


def _with_suspended_units(sentence: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A number with a suspended hyphen is in the unit of the number that completes it, and
    an index level in the points of the move that follows it."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, following = out[i], out[i + 1]
        if q.unit is not None or not following.unit or q.approx == "vague" or isinstance(q.value, tuple):
            continue
        if SUSPENDED_HYPHEN.match(sentence, q.end) or (
                following.unit == "point" and _LEVEL_THEN_MOVE.fullmatch(sentence, q.end, following.start)):
            out[i] = replace(q, unit=following.unit)
    return out


# "84.75 cents, while the lowest is 74.07", "rose 64.06 points to 4,577.10", "fell 2 percent, and
# by 1 ...": a bare figure in a parallel phrase is in the unit of the figure it answers
_ELISION_LEAD = re.compile(r"(?:\b(?:to|from|at|is|was|by|than|and|or|after|versus|vs\.?|against)|[,;(])\s*\Z", re.I)
_ELISION_END = re.compile(r"\s*(?:[,.;:()]|\Z|(?:in|on|for|by|from|at|after|before|while|but|and|as|last|this|"
                          r"compared|against|according|a\s+year|the\s+previous)\b)", re.I)
_ELISION_REACH = 160  # characters back to the figure whose unit is elided
_NOT_ELIDED = frozenset(["fold", "share", "year_of_age", "month_of_age"])


def _with_elided_units(sentence: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Bare figures that answer an earlier figure of the sentence take its unit.

    Only where the bare figure ends its phrase (a noun after it, as in "and 300 jobs", says
    what it counts) and follows a word that links two figures. A figure in brackets is a
    conversion, not the unit the sentence runs in; a percentage does not carry over "to" or
    "at", which lead to a level ("climbed 0.1% to 1,333.18").
    """
    out: list[QuantityMatch] = []  # the figures before q, with the units they took themselves
    for q in found:
        if (q.unit is None and q.approx != "vague" and not isinstance(q.value, tuple)
                and _ELISION_LEAD.search(sentence, max(0, q.start - 12), q.start)
                and _ELISION_END.match(sentence, q.end)):
            unit = _elided_unit(sentence, q, out)
            if unit is not None:
                q = replace(q, unit=unit)
        out.append(q)
    return out


# the word right before a percentage that gives a change, not a level: "up 9.5%", "rose by 9.5%", "declined 2%"
CHANGE_SAID_BEFORE = re.compile(r"\b(?:up|down|by|rose|fell|grew|increased|decreased|dropped|jumped|climbed|declined|gained"
                                r"|(?:an?\s+)?(?:decrease|increase|drop|fall|rise|decline|reduction|jump)\s+of)\s+\Z", re.I)


_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second"])
_OVER_A_SPAN = re.compile(r"\b(?:in|over|within|during|after|for|across)\s+(?:the\s+(?:past|last|next)\s+)?\Z", re.I)


def _elided_unit(sentence: str, q: QuantityMatch, earlier: list[QuantityMatch]) -> str | None:
    to_a_level = re.search(r"\b(?:to|at)\s*\Z", sentence[max(0, q.start - 6) : q.start], re.I) is not None
    from_a_base = _FROM_BEFORE.search(sentence[max(0, q.start - 8) : q.start]) is not None
    for source in reversed(earlier):
        if q.start - source.end > _ELISION_REACH:
            return None
        if _in_brackets(sentence, source):
            continue
        if _COUNT_NAMED.search(sentence, source.end, q.start):
            return None  # "2,650 pounds of cocaine ..., bringing the number of arrests to 16": a count its words name
        if source.unit is None and source.approx != "vague":
            return None  # it answers the nearer count: "to 3.9 million headsets, up from 2.4 million"
        if source.unit is None or source.unit in _NOT_ELIDED:
            continue
        if to_a_level and source.unit in _PERCENTS:
            continue
        if from_a_base and source.unit in _PERCENTS and CHANGE_SAID_BEFORE.search(
                sentence, max(0, source.start - 12), source.start):
            continue  # "96,400 dwellings, up 9.5% from 88,000": the change's base is a count, not a percentage
        if source.unit == "magnitude" and not 0 < float(q.value) < 11:  # type: ignore[arg-type]
            return None  # "Monday's magnitude 7.1 earthquake ... rose to 112": a count, no magnitude
        if source.unit in _TIME_UNITS and _OVER_A_SPAN.search(sentence, max(0, source.start - 12), source.start):
            continue  # "grown by 24 percent in four years to 3,682": the span it grew over, not a figure it answers
        return source.unit
    return None


_COUNT_NAMED = re.compile(r"\b(?:number|total|count|tally|toll)\s+of\s+\w+", re.I)


def _in_brackets(sentence: str, q: QuantityMatch) -> bool:
    return sentence[:q.start].rstrip().endswith("(") and sentence[q.end :].lstrip().startswith(")")


def _scientific(sentence: str, match: re.Match[str]) -> QuantityMatch:
    exponent = int(match.group("e").translate(_SUPERSCRIPTS).replace(" ", ""))
    value = float(f"{match.group('m')}e{exponent}")
    end, unit = match.end(), None
    unit_match = _UNIT_AFTER.match(sentence, end)
    if unit_match is not None:
        end, unit = unit_match.end(), unit_name(unit_match.group("unit"))
    approx = _APPROX_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
    start = approx.start() if approx else match.start()
    return QuantityMatch(start, end, as_number(value), unit, _approx_name(approx.group().strip() if approx else None),
                         match.start("m"), match.end())


def _ratio(sentence: str, match: re.Match[str]) -> QuantityMatch | None:
    """A share written as "one in three" (what it counts follows the second number); not where
    the second number has a unit ("2 in 10 minutes")."""
    if UNIT_RE.match(sentence, match.end() + 1) or _LABEL_BEFORE.search(sentence[max(0, match.start() - 30) : match.start()]):
        return None
    n, d = (_number_value(match.group(g)) for g in ("n", "d"))
    if not n or not d or n >= d:
        return None
    return QuantityMatch(match.start(), match.end(), n / d, SHARE, "exact", match.start("d"), match.end("d"))


def _number_value(text: str) -> float | None:
    digits = text.replace(",", "")
    return float(digits) if digits.isdigit() else parse_number_words(text)


# denominators fractions are written in: halves to tenths, twelfths, twentieths, hundredths, and the
# powers of two of measures ("1/16 of a pint", "1/128 of a gallon"); "9/11" names a day
_DENOMINATORS = frozenset([3, 5, 6, 7, 9, 10, 12, 20, 25, 50, 100, 1000] + [2 ** k for k in range(1, 11)])


def _a_proper_fraction(sentence: str, match: re.Match[str]) -> bool:
    """Whether "n/d" is a fraction ("3/4 of voters", "a 2/3 majority"): less than one, over a
    denominator fractions are written in, and not a name ("the 9/11 attacks", "the 7/7 bombings")."""
    n, d = int(match.group("n")), int(match.group("d"))
    return 0 < n < d and d in _DENOMINATORS and not _THE_BEFORE.search(sentence, 0, match.start())


_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)


def _fraction(sentence: str, match: re.Match[str]) -> QuantityMatch:
    if match.group("frac"):
        words = match.group("frac").lower().replace("-", " ").split()
        key = " ".join(w for w in words if w not in ("a", "one"))
        value: float = FRACTIONS[key]
        start = match.start("approx") if match.group("approx") else match.start("frac")
        approx = _approx_name(match.group("approx"))
        scaled = _SCALED.match(sentence, match.end("frac"))
        if scaled:
            return _scaled_fraction(sentence, scaled, value, start, approx, match.start("frac"))
        return QuantityMatch(start, match.end("frac"), value, _fraction_unit(sentence, match.end("frac")),
                             approx, match.start("frac"), match.end("frac"))
    value = int(match.group("n")) / int(match.group("d"))
    return QuantityMatch(match.start(), match.end(), value, _fraction_unit(sentence, match.end()), "exact",
                         match.start(), match.end())


_SCALED = re.compile(rf"\s+(?:of\s+)?an?\s+(?P<scale>dozen|{SCALE_ALT})\b", re.I)
_OF_A = re.compile(r"\s+(?:of\s+)?(?:an?\s+)?(?:(?:US|U\.S\.|imperial)\s+)?", re.I)


def _scaled_fraction(sentence: str, scaled: re.Match[str], fraction: float, start: int, approx: str,
                     head_start: int) -> QuantityMatch:
    """A fraction of a scale word is a count or an amount: "half a million people", "a quarter of
    a billion dollars"."""
    value = as_number(fraction * (_scaled(scaled.group("scale"), None) or 1))  # never None for these words
    unit = UNIT_RE.match(sentence, scaled.end() + 1) if sentence[scaled.end() : scaled.end() + 1] == " " else None
    return QuantityMatch(start, unit.end() if unit else scaled.end(), value,
                         unit_name(unit.group("unit")) if unit else None, approx, head_start, scaled.end())


def _fraction_unit(sentence: str, end: int) -> str:
    """A fraction of a unit of measure is in that unit ("half an hour", "1/2 pound of sugar");
    any other fraction is a share of what follows ("a third of the population")."""
    lead = _OF_A.match(sentence, end)
    unit = UNIT_RE.match(sentence, lead.end()) if lead else None
    return (unit_name(unit.group("unit")) or SHARE) if unit else SHARE


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


# "$52 a barrel", "40 cents per share", "1.2m barrels a day": a rate, whose unit names both sides
_RATE_RE = re.compile(
    rf"""[\s-]*(?:(?:a|an|per|each)\b|/)[\s-]*
    (?P<per>(?:{_UNIT_ALT})|shares?|persons?|people|heads?|capita|games?|nights?|households?|users?|customers?|passengers?)
    (?![\w/])(?!\s+(?:ago|earlier|before|later|after)\b)""",
    re.I | re.X,
)
_PER_WORDS = {"persons": "person", "people": "person", "heads": "head", "shares": "share", "games": "game",
              "nights": "night", "households": "household", "users": "user", "customers": "customer",
              "passengers": "passenger"}


_YEARS_OLD_SHORT = re.compile(r"\s*(?:yo|y/o|y\.o\.|yrs?\.?\s+old)(?!\w)", re.I)  # "8 yo girl", "a 6 y/o boy"
# "Nick Hague, 44, has ...": a person's age follows a full name (two capitalised words, the
# first not a preposition or article: "In Lisbon, 12," is a place and a count), or a surname
# that opens the sentence ("Maddon, 66, has ...")
# a nickname in quotation marks may stand before the surname: 'Joe "Duke" Robertson, 37,'
_AGE_BEFORE = re.compile(r"(?:\b(?P<first>[A-Z][\w'’-]+)[\"”’]?\s+(?:[A-Z]\.?\s+)?|\A[\"“‘]?|\b(?P<verb>[a-z]{3,})\s+)[A-Z][\w'’-]+(?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3})?,\s*\Z")
# "the suspect, 24,", "Teen boy, 15, shot": a person named by a noun (the nouns are singular)
_AGE_AFTER_NOUN = re.compile(rf"\b(?:{'|'.join(lexicon.words('person_nouns'))}),\s*\Z", re.I)
# a lone capitalised word after these is a place or a body, and the number after it a count: "in Lisbon, 12"
_PLACE_WORDS = frozenset(["in", "on", "at", "from", "to", "of", "for", "by", "with", "near", "across", "into", "outside",
                          "inside", "around", "through", "throughout", "and", "or", "than", "the", "including", "between"])
_NOT_A_FIRST_NAME = frozenset(["In", "On", "At", "The", "From", "For", "By", "To", "Of", "And", "But", "With", "As"])
# "Ana Ruiz, 41, ...", "Ana Ruiz, 41 of Dayton", "... and Jo Lee, 24.", "Ana Ruiz, 41 (a teacher)"
_AGE_AFTER = re.compile(r"\s*[,;()]|\s+of\s+[A-Z]|\s+[-–—]\s|\.(?!\d)|\s*\Z")
# "ages 25 and 26", "two girls, 7 and 5,": ages given together after the people they are of
# "two teenagers, one 16 and the other 17,"
_AGES_LEAD = re.compile(r"(?:\bages?|\b(?:people|persons|men|women|males|females|children|juveniles|adults|boys|girls|"
                        r"teens|teenagers|students|victims|sons|daughters|brothers|sisters),)\s+"
                        r"(?:(?:\d{1,3}\s*(?:,\s*and|,|and|to|-)\s*){0,3}|one\s+(?:\d{1,3}\s*,?\s*and\s+(?:the\s+)?other\s+)?)\Z",
                        re.I)
_AGES_END = re.compile(r"\s*(?:,|and\b|to\b|-|\Z|[.;)])", re.I)
# "who was 10", "he will be 35 by then", "she turned 40": a person's age after a copula;
# "over the age of 21", "aged 64"
_AGE_LEAD = re.compile(r"(?:\b(?:he|she|who|i)\s+(?:is|was|will\s+be|would\s+be|turns|turned|had\s+turned|"
                       r"has\s+turned|is\s+now|was\s+only|was\s+just)|\bage\s+of|\baged)\s+\Z", re.I)
_AGE_END = re.compile(r"\s*(?:[.,;:!?)]|\Z|(?:by|when|at|and|but|on|in|or|years?)\b)", re.I)
_SENTENCE_OPENERS = frozenset(["However", "Overall", "Meanwhile", "Today", "Yesterday", "Now", "Still", "Also",
                               "Instead", "Since", "Then", "Later", "Earlier", "Here", "There", "Officially"])


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:[\s-]+of)?[\s:-]*\Z", re.I)  # "Magnitude: 6.8" too
_MAGNITUDE_AFTER = re.compile(r"[\s-]*magnitude\b|\s+on\s+the\s+richter\s+scale\b", re.I)


def _with_magnitude(sentence: str, q: QuantityMatch) -> QuantityMatch:
    """An earthquake's magnitude, a scale of its own: "a magnitude 6.8 quake", "a 7.1-magnitude
    earthquake", "a magnitude of 6.8", "6.8 on the Richter scale"."""
    if q.unit is not None or isinstance(q.value, tuple) or not 0 < q.value < 11:
        return q
    if _MAGNITUDE_BEFORE.search(sentence, max(0, q.start - 16), q.start) or _MAGNITUDE_AFTER.match(sentence, q.end):
        return replace(q, unit="magnitude")
    return q


def _with_age(sentence: str, q: QuantityMatch) -> QuantityMatch:
    """A bare whole number that the words around it make a person's age."""
    if q.unit not in (None, "year") or q.approx != "exact" or not isinstance(q.value, int) or not 0 < q.value < 120:
        return q
    if _YEARS_OLD_SHORT.match(sentence, q.end):
        return replace(q, unit="year_of_age")
    lead = _AGE_LEAD.search(sentence, max(0, q.start - 30), q.start)
    if lead is not None and lead.group().lower().startswith("age"):  # "under the age of 5 years"
        return replace(q, unit="year_of_age")
    if lead is not None and q.unit is None and _AGE_END.match(sentence, q.end):
        return replace(q, unit="year_of_age")
    if q.unit is None and _AGES_LEAD.search(sentence, max(0, q.start - 40), q.start) and _AGES_END.match(sentence, q.end):
        return replace(q, unit="year_of_age")
    name = _AGE_BEFORE.search(sentence, 0, q.start) or _AGE_AFTER_NOUN.search(sentence, max(0, q.start - 40), q.start)
    if q.unit or name is None or not _AGE_AFTER.match(sentence, q.end):
        return q
    first = name.groupdict().get("first") or name.group().strip("\"“‘ ,").split()[-1]
    if first in _NOT_A_FIRST_NAME or first in _SENTENCE_OPENERS or (name.groupdict().get("verb") or "") in _PLACE_WORDS:
        return q
    return replace(q, unit="year_of_age")


def _with_rate(sentence: str, q: QuantityMatch) -> QuantityMatch:
    """A figure with a unit, followed by "a"/"per"/"/" and a unit or countable, is a rate."""
    if not q.unit or q.unit == "fold" or "/" in q.unit:
        return q
    match = _RATE_RE.match(sentence, q.end)
    beyond = _CONVERSION_AFTER.match(sentence, q.end) if match is None and q.unit in CURRENCY_CODES else None
    if beyond is not None:  # "C$6 (US$4.46) per share": the rate goes past the converted amount
        match = _RATE_RE.match(sentence, beyond.end())
    if match is None or len(match.group("per")) < 3 and "/" not in match.group():  # "10 kV/cm", not "5 a m"
        return q
    surface = match.group("per").lower()
    per = _PER_WORDS.get(surface, surface) if not UNIT_RE.fullmatch(surface) else unit_name(surface)
    if not per or per == q.unit:
        return q
    return replace(q, end=q.end if beyond else match.end(), unit=f"{q.unit}/{per}")


# an amount in brackets after another, or the bracket that closes one: "9 billion shekels ($2.4 billion) a year"
_CONVERSION_AFTER = re.compile(r"\s*\((?:[A-Z]{0,3}\s?[$€£¥₹]|[A-Z]{3}\s?\d)[^()]{0,30}\)|\s*\)")


# "3,000 tests per day", "78,000 times a minute": a count in a stretch of time
# (never "doubled to 240 in a week": a time it took, not a count in each week)
_COUNT_RATE_RE = re.compile(r"\s+(?!(?:in|within|over|for|during|after|by|about|under)\b)[a-z]+(?:[\s-][a-z]+)?\s+(?:a|an|per|each)\s+"
                            r"(?P<per>day|week|month|year|hour|minute|second)\b"
                            r"(?!\s+(?:ago|earlier|before|later|after)\b)", re.I)


# "28.6 per 100,000 residents", "4.1 deaths per 1,000 live births": the population a rate is counted in
PER_CAPITA = re.compile(r"(?<!\s)\s+(?:per|for\s+every|in\s+every)\s+(?P<n>100,000|10,000|1,000|100\s000|1\s+million|100k)\s+"
                         r"(?:residents|people|inhabitants|persons|population|live\s+births|births|adults|children)\b", re.I)


_A_NOUN_AFTER = re.compile(r"\s+[a-z]+")


def _with_per_capita(sentence: str, q: QuantityMatch) -> QuantityMatch:
    """A figure of a population's every hundred thousand (or thousand) people is a rate in that
    many people: "28.6 per 100,000 residents" is no count of residents, and its 100,000 no figure."""
    match = PER_CAPITA.match(sentence, q.end) if q.unit is None and not isinstance(q.value, tuple) else None
    noun = _A_NOUN_AFTER.match(sentence, q.end) if match is None and q.unit is None else None
    if noun is not None:  # "4.1 deaths per 1,000 live births"
        match = PER_CAPITA.match(sentence, noun.end())
    if match is None:
        return q
    per = match.group("n").replace(",", "").replace(" ", "").lower().replace("1million", "1000000").replace("100k", "100000")
    return replace(q, unit=f"/{per}", end=match.end())


def _with_count_rate(sentence: str, q: QuantityMatch) -> QuantityMatch:
    """A count followed by its noun and "a day" is a rate: its unit is "/day", what it counts
    stays the noun ("3,000 tests per day" is not 3,000 tests)."""
    if q.unit or q.approx == "vague" or isinstance(q.value, tuple):
        return q
    match = _COUNT_RATE_RE.match(sentence, q.end)
    return replace(q, unit="/" + match.group("per").lower()) if match else q


def _unit_of(cur: str | None, unit_surface: str | None) -> str | None:
    if cur:
        return currency_name(cur)
    return unit_name(unit_surface) if unit_surface else None


def _quantities_of(
    sentence: str, match: re.Match[str], blocked: list[tuple[int, int]]
) -> tuple[list[QuantityMatch], int]:
    """The figures one regex match holds (one, a range, or two separate ones), and where to scan next."""
    g = match.groupdict()
    num_start, num_end = match.span("num")
    if _inside(num_start, num_end, blocked) or _is_not_a_figure(sentence, match):
        return [], num_end
    first = _first_of(sentence, match)
    if first is None:
        return [], num_end
    if not g["num2"]:
        return [first], match.end()
    if _is_a_score(match, first):
        return [], match.end()
    change = _is_a_change(sentence, match)
    if not change and _is_range(sentence, match, first):
        ranged = _range_of(match, first)
        if ranged is not None:
            return [ranged], match.end()
    if (change or g["sep"].strip().lower() == "or") and first.unit is None:  # "8 or 9 euros", "from 5 to 7%"
        first = replace(first, unit=_unit_of(g["cur2"], g["unit"]))
    second = _second_of(match, first) if change else None
    if second is None:
        return [first], match.start("sep")
    # "from about 3 to nearly 4 million", "fell from 4 to 3 million": the first takes the second's scale
    bare = _shared_scale(g["num"], g["scale"], g["num2"], g["scale2"], 1.0, math.inf)
    return [replace(first, value=as_number(float(first.value) * bare)), second], match.end()  # type: ignore[arg-type]


# a unit of time or distance after a word saying which kind: "517 rushing yards", "five working days"
_KIND_OF_UNIT = re.compile(r"\s+(?!(?:during|including|excluding|following|according|regarding|concerning|considering|"
                           r"barring|pending|starting|beginning|ending|spanning|lasting|totalling|totaling|being|"
                           r"nothing|something|anything|everything)\b)[a-z]+ing\s+(?P<unit>(?:yards?|miles?|days?|weeks?|months?|years?|hours?|minutes?))\b")


def _is_a_score(match: re.Match[str], first: QuantityMatch) -> bool:
    """ "2-2", "a 9-2 lead", "at 2-0 down": a score, which no range or single figure says."""
    g = match.groupdict()
    if g["sep"].strip() not in ("-", "–") or g["unit"] or first.unit or g["between"] or g["approx"]:
        return False
    small = re.fullmatch(r"\d{1,3}", g["num"]) and re.fullmatch(r"\d{1,3}", g["num2"])
    return bool(small) and int(g["num2"]) <= int(g["num"])


def _second_of(match: re.Match[str], first: QuantityMatch) -> QuantityMatch | None:
    """The value a change ends at: "8,500" of "fell from 12,000 to 8,500"."""
    g = match.groupdict()
    value = _scaled(g["num2"], g["scale2"])
    if value is None:
        return None
    start = min(i for i in (match.start("approx2"), match.start("cur2"), match.start("num2")) if i >= 0)
    head_end = match.end("scale2") if g["scale2"] else match.end("num2")
    return QuantityMatch(start, match.end(), as_number(value), _unit_of(g["cur2"], g["unit"]) or first.unit,
                         _approx_name(g["approx2"]), match.start("num2"), head_end)


def _first_of(sentence: str, match: re.Match[str]) -> QuantityMatch | None:
    g = match.groupdict()
    scale = g["scale"]
    unit_surface = g["unit1"]
    if scale and scale.lower() == "m" and not g["cur"] and scale != "M" and re.match(
            r"\s*(?:$|[^\w\s]|(?:long|high|wide|tall|deep|away|above|below|from|in|of\s+water)\b)", sentence[match.end("scale"):]):
        scale, unit_surface = None, "m"  # "37m" is metres unless money or a count follows
    value = _scaled(g["num"], scale)
    if value is None:
        return None
    if g["neg"] or g["neg_after_currency"]:  # "-$50.8bn", "$-50.8bn"
        value = -value
    unit = _unit_of(g["cur"], unit_surface)
    end = max(i for i in (match.end("num"), match.end("scale"), match.end("unit1")) if i >= 0)
    kind_of_unit = _KIND_OF_UNIT.match(sentence, end) if unit is None else None
    if kind_of_unit is not None:  # "517 rushing yards", "five working days"
        unit, end = unit_name(kind_of_unit.group("unit")), kind_of_unit.end()
    approx = _approx_name(g["approx"]) if g["approx"] else _trailing_hedge(sentence, end)
    start = match.start("approx") if g["approx"] else min(
        i for i in (match.start("neg"), match.start("cur"), match.start("num")) if i >= 0)
    if g["between"] and not g["approx"]:
        start = min(start, match.start("num"))
    head_end = match.end("scale") if scale else match.end("num")
    return QuantityMatch(start, end, as_number(value), unit, approx, match.start("num"), head_end)


_TRAILING_HEDGES = (
    (re.compile(r"\s+or\s+(?:more|greater)\b", re.I), "at_least"),
    (re.compile(r"\s+or\s+(?:fewer|less)\b", re.I), "at_most"),
    (re.compile(r"\s+or\s+so\b", re.I), "about"),
)


def _trailing_hedge(sentence: str, end: int) -> str:
    """ "four or more people": a hedge that follows its figure."""
    for pattern, name in _TRAILING_HEDGES:
        if pattern.match(sentence, end):
            return name
    return "exact"


# words that make "from X to Y" a change between two values, not a range that holds both
_CHANGE_WORDS = re.compile(
    r"\b(?:rose|ris(?:e|es|en|ing)|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|dropp?\w*|climb\w*|jump\w*|gr[eo]w\w*|"
    r"declin\w*|slipp?\w*|slid\w*|narrow\w*|widen\w*|eas(?:ed|es|ing)|cut(?:s|ting)?|rais\w*|lower(?:s|ed|ing)|"
    r"reduc\w*|revis\w*|went|go(?:es|ing|ne)|mov(?:e|ed|es|ing)|chang\w*|upgrad\w*|downgrad\w*|plummet\w*|plung\w*|"
    r"soar\w*|surg\w*|tumbl\w*|slump\w*|shr[aiu]nk\w*|expand\w*|doubl\w*|halv\w*|boost\w*|trimm?\w*|dipp?\w*|"
    r"edg(?:ed|es|ing)|inch(?:ed|es|ing)|sank|sink(?:s|ing)|gain\w*|lost|los(?:es|ing)|swung|swing(?:s|ing)|spik\w*|"
    r"rebound\w*|recover\w*|improv\w*|worsen\w*|creep\w*|crept|up|down|upwards?|downwards?)\b", re.I)
_CHANGE_REACH = 60  # characters before "from" where the change word may be


def _is_a_change(sentence: str, match: re.Match[str]) -> bool:
    """ "fell from 12,000 to 8,500": two values at two times, which a range would blur."""
    g = match.groupdict()
    if not g["between"] or g["between"].lower() != "from" or g["sep"].strip().lower() != "to":
        return False
    return _change_word_before(sentence, match.start())


def _change_word_before(sentence: str, at: int) -> bool:
    return _CHANGE_WORDS.search(sentence, max(0, at - _CHANGE_REACH), at) is not None


def _is_range(sentence: str, match: re.Match[str], first: QuantityMatch) -> bool:
    g = match.groupdict()
    sep = g["sep"].strip().lower()
    if _inside(*match.span("num2"), [(first.start, first.end)]) or sep == "or":
        return False
    if sep in ("and", "up to"):  # "between 2 and 3", "from 450 up to 900 sq ft"
        return bool(g["between"])
    second_unit = _unit_of(g["cur2"], g["unit"])
    if first.unit and second_unit != first.unit and not (second_unit is None and sep in ("-", "–", "—")):
        return False  # "rose 0.4 per cent to 13176": a change and a level, not a range
    if sep in ("to", "through") and not g["between"] and first.unit:
        return not re.search(r"\bby\s*$", sentence[max(0, match.start() - 6):match.start()], re.I)
    return True


def _range_of(match: re.Match[str], first: QuantityMatch) -> QuantityMatch | None:
    g = match.groupdict()
    high = _scaled(g["num2"], g["scale2"])
    if high is None or isinstance(first.value, tuple):
        return None
    low = _shared_scale(g["num"], g["scale"], g["num2"], g["scale2"], float(first.value), high)
    descending_ok = bool(g["between"]) and g["between"].lower().endswith("from")
    if not (low < high or (descending_ok and low != high)):
        return None
    unit = first.unit or _unit_of(g["cur2"], g["unit"])
    start = match.start("between") if g["between"] else first.start
    return QuantityMatch(start, match.end(), (as_number(low), as_number(high)), unit, "range",
                         match.start("num"), match.end("num2"))


def _shared_scale(num: str, scale: str | None, num2: str, scale2: str | None, low: float, high: float) -> float:
    """ "four to five thousand", "2 to 3 million": the low end takes the high end's scale."""
    if scale or re.search(rf"(?:{SCALE_ALT})\s*$", num, re.I):
        return low
    words = num2.lower().split()
    factor = _scale_factor(scale2) if scale2 else SCALE_ABBREVIATIONS.get(words[-1] if words else "")
    if factor and factor > 1 and low * factor <= high:
        return low * factor
    return low


_CAPITALISED_OK_BEFORE = frozenset(
    ["about", "some", "nearly", "more", "over", "only", "just", "around", "almost", "roughly", "approximately", "up", "at", "in", "on", "by", "from", "to", "the", "a", "an", "and", "with", "of", "for", "since", "until", "between", "under", "below", "above", "exactly", "another", "all", "total", "each", "every", "top", "than", "but", "or", "so", "as", "while", "when", "after", "before", "including", "among", "that", "which", "this", "these", "those", "it", "its", "their", "his", "her", "our", "we", "they", "he", "she", "i", "you", "there", "here"]
)


def _looks_like_a_name(before: str, after: str, match: re.Match[str]) -> bool:
    """ "iPhone 11", "S&P 500", "Game 7", "Boeing 787 Dreamliner": a number that is part of a name."""
    if match.group("cur") or match.group("unit1") or match.group("scale") or match.group("approx"):
        return False
    words = before.rstrip().split()
    if not words or before[-1:] not in (" ", "\u00a0"):
        return False
    previous = words[-1].strip("\"'“”‘’(")
    if not previous or previous.lower() in _CAPITALISED_OK_BEFORE or len(words) == 1 and previous.istitle():
        return False
    named = previous[0].isupper() or any(ch.isupper() for ch in previous[1:]) or "&" in previous
    if not named or previous.endswith((",", ":", ";", ".")):
        return False
    following = after.lstrip()
    return not following or not following[0].islower() or following.startswith(("e-", "and "))


# "open 24 hours a day", "seven days a week": always, as "24/7" says it, not a figure of anything
_ROUND_THE_CLOCK = re.compile(r"(?:24|twenty-four)\s+hours\s+(?:a|per)\s+day\b|(?:7|seven)\s+days\s+(?:a|per)\s+week\b"
                              r"|365\s+days\s+(?:a|per)\s+year\b", re.I)


def _is_not_a_figure(sentence: str, match: re.Match[str]) -> bool:
    """True for numbers that label rather than count: pages, addresses, ordinals, names, years in names."""
    start, end = match.span("num")
    number = match.group("num")
    before, after = sentence[:start], sentence[end:]
    has_unit = bool(match.group("scale") or match.group("unit1"))
    if before[-1:].isalpha() and not match.group("cur") or (
            before[-1:] in "-/." and before[-2:-1].isalnum() and not re.search(r"(?:sub|minus|then|now|over|under)-$", before, re.I)
            and not match.group("neg")):
        return True  # part of a word or code: "G20", "COVID-19", "A/73"
    if after[:1].isalpha() and not has_unit:
        return True
    if before[-1:] == ")" and re.fullmatch(r"\d{1,2}", number) and not match.group("cur") and (not after or after[:1] in " ,.;:"):
        return True  # a footnote's number after a bracket: "(IPC Phase 3 or higher)1, including"
    if after.lstrip(" ")[:1] in ("/", "⁄") and not (match.group("cur") and _RATE_RE.match(after)):  # "24/7", "1 / 12", but "$3/gallon"
        return True
    if _ORDINAL_AFTER.match(after) or _ROUND_THE_CLOCK.match(sentence, start):
        return True
    if match.group("neg") and re.search(r"\b[A-Z]{2,}\s*-$", before) and not (match.group("cur") or has_unit):
        return True  # "COVID -19": a name cut by a stray space, not a negative figure
    if (_LABEL_BEFORE.search(before[-30:]) or _OF_A_SEQUENCE.search(before[-30:])) and not (match.group("cur") or match.group("unit1")):
        return True
    if _CODE_AFTER.match(after) or _in_a_citation(sentence, start):
        return True
    if _STREET_AFTER.match(after) or re.search(r"\b[A-Z]{2},?\s*$", before[-6:]) and re.fullmatch(r"\d{5}", number):
        return True
    if _AT_A_HOUSE_NUMBER.search(before[-8:]) and re.fullmatch(r"\d{3,5}", number) and _NAMED_STREET_AFTER.match(after):
        return True
    if before.rstrip().endswith("(") and after.lstrip().startswith(")") and re.fullmatch(r"\d{1,2}", number):
        return True  # "(4)": a list marker or a player's number
    if _looks_like_a_name(before, after, match) or _names_a_thing(number, before, after, match):
        return True
    if number.lower() == "one" and _one_is_not_a_count(before, after):
        return True
    if re.fullmatch(r"1[6-9]\d\d|2[01]\d\d", number) and not (match.group("cur") or has_unit or match.group("unit")):
        word = after.strip().split(" ", 1)[0].strip(".,;:") if after.strip() else ""
        return word.lower() not in _PEOPLE_WORDS
    return False


# a journal's year, volume, issue and pages: "Hepatology Reports 2026; 14(3): 211-219", "2019;7:e1234"
_CITATION = re.compile(r"(?:19|20)\d\d\s*;\s*\d{1,4}\s*(?:\(\s*\d{1,4}\s*\))?\s*:\s*[eE]?\d{1,6}(?:\s*[-–]\s*[eE]?\d{1,6})?")


def _in_a_citation(sentence: str, at: int) -> bool:
    """Whether a number is a volume, an issue or a page of a journal citation."""
    return any(m.start() <= at < m.end() for m in _CITATION.finditer(sentence, max(0, at - 24), at + 24))


def _names_a_thing(number: str, before: str, after: str, match: re.Match[str]) -> bool:
    """ "0401 GMT", "90049 ZIP Code", "737 Max jets", "S&P/ASX 200": codes, models and index names."""
    if match.group("cur") or match.group("scale") or match.group("unit1") or match.group("approx"):
        return False
    if re.fullmatch(r"0\d+", number):
        return True
    previous = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if before[-1:] == " " and not previous.endswith((":", ",", ";")) and (
            "&" in previous or (sum(c.isupper() for c in previous) >= 2 and not any(c.islower() for c in previous))):
        return re.fullmatch(r"\d+", number) is not None
    following = after[1:].split(None, 1)[0] if after[:1] == " " and after[1:].strip() else ""
    # a model is named by up to four digits ("737 Max"); "63000 Model 3 sedans" counts sedans
    return bool(re.fullmatch(r"\d{1,4}", number) and following.istitle() and following.isalpha()
                and not following.endswith("s") and following not in ("I",))


_HARMED_ONE = frozenset(["killed", "injured", "wounded", "hospitalized", "hospitalised", "sickened", "infected", "rescued"])


def _one_is_not_a_count(before: str, after: str) -> bool:
    """ "no one", "the same one", "one another": the pronoun, not the number."""
    previous = before.rstrip().rsplit(" ", 1)[-1].lower() if before.strip() else ""
    following = after.lstrip(" -").split(" ", 1)[0].strip(".,;:!?\"'”)").lower()
    if previous in ("that", "which") and is_person_word(following):
        return False  # "confirm that one passenger has died": the count, after the conjunction
    if previous in ("no", "the", "same", "each", "every", "any", "this", "that", "which", "someone", "anyone"):
        return True
    if previous in _HARMED_ONE and after[:1] in (",", ".", ";", " ") and following in ("", "and", "according"):
        return False  # "sickened 87 people, hospitalized 21 and killed one": a count of one
    return (following in ("another", "'s", "’s") or after.startswith(("'s", "’s")) or not following
            or following[:1].isdigit())


# Passes over each figure a numeral or number words gave, in order: what it is per ("$82 a barrel"),
# a count in a stretch of time ("3,000 tests a day"), an age ("Okafor, 61,").
# "fined 4.5 million pounds", "a £2m fine ... and 300,000 pounds in costs": pounds of money, not of weight;
# "2 million pounds of beef" weighs
_MONEY_BEFORE = re.compile(r"\b(?:fined?|fines|paid|pay|pays|cost|costs|worth|owed?|awarded|compensation|damages|"
                           r"pledged|raised|spent|spend|budget|salary|wages?|bonus|price|sold\s+for|bought\s+for|"
                           r"loss|losses|profit|profits|revenue|funding|grant|donated|donation|bill|deal)\b[^.;]{0,40}\Z", re.I)
_WEIGHED_AFTER = re.compile(r"\s+of\s+(?!(?:damages?|compensation|costs?|funding|aid|public\s+money|taxpayers)\b)[a-z]", re.I)
_POUNDS_IN_MILLIONS = re.compile(r"\b(?:million|billion|trillion|m|bn)\s+pounds?\Z", re.I)


def _with_money_in_pounds(sentence: str, figure: QuantityMatch) -> QuantityMatch:
    """Pounds said of money are sterling: a sum in millions, or after a word of paying, that weighs
    nothing after it."""
    if figure.unit != "pound" or _WEIGHED_AFTER.match(sentence, figure.end):
        return figure
    if (_POUNDS_IN_MILLIONS.search(sentence, figure.start, figure.end)
            or _MONEY_BEFORE.search(sentence, max(0, figure.start - 60), figure.start)):
        return replace(figure, unit="GBP")
    return figure


# "12.000 soldiers", "1.234 people": thousands set off by dots, as many languages write them; never
# "0.125", "1.234 billion", "a 2.125% coupon" or "$1.125"
_THOUSANDS_IN_DOTS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _with_thousands_in_dots(sentence: str, figure: QuantityMatch) -> QuantityMatch:
    """A count of things written with dots between its thousands is that many thousands: a count
    of people or soldiers holds no fraction of three places."""
    said = sentence[figure.head_start:figure.head_end]
    if (figure.unit is not None or isinstance(figure.value, tuple) or not _THOUSANDS_IN_DOTS.fullmatch(said)
            or not _PLURAL_AFTER.match(sentence, figure.head_end)):  # "the dollar index was up at 96.088"
        return figure
    return replace(figure, value=int(said.replace(".", "")))


_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]{2,}s|people|children|men|women)\b")


FIGURE_PASSES: tuple[tuple[str, Callable[[str, QuantityMatch], QuantityMatch]], ...] = (
    ("thousands in dots", _with_thousands_in_dots),
    ("money in pounds", _with_money_in_pounds),
    ("rate", _with_rate),
    ("count in a stretch of time", _with_count_rate),
    ("rate in a population", _with_per_capita),
    ("age", _with_age),
    ("seismic magnitude", _with_magnitude),
)
# Passes over all the figures of a sentence, in order: a suspended hyphen takes the unit of the
# number completing it, an elided unit comes from an earlier figure, a change links its two values.
SENTENCE_PASSES: tuple[tuple[str, Callable[[str, list[QuantityMatch]], list[QuantityMatch]]], ...] = (
    ("suspended hyphens", _with_suspended_units),
    ("elided units", _with_elided_units),
    ("changes", _with_changes),
)
