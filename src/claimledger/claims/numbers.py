"""Number words and numerals as news writes them: "1,275", "2.7bn", "twenty two", "a dozen"."""

from __future__ import annotations

import re

from claimledger import lexicon

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = lexicon.numbered("scale_words")
SCALE_ABBREVIATIONS = {
    **SCALE_WORDS, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    "lakh": 100_000, "crore": 10_000_000,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

_WORD_ALT = "|".join(sorted(list(UNITS_WORDS) + list(TENS_WORDS), key=len, reverse=True))
SCALE_ALT = "|".join(SCALE_WORDS)  # "hundred|thousand|million|..."
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# below a hundred: "seventy", "seventy-two", "twelve"; a units word never follows another
# ("four-, five- and six-cylinder" are three numbers, not fifteen)
_GROUP = rf"(?:(?:{'|'.join(TENS_WORDS)})(?:[\s-]+(?:{_DIGIT_WORDS}))?|{_WORD_ALT})\b"
# "twenty two", "Twenty-seven", "one hundred and five", "three million", "a hundred and five"
NUMBER_WORDS_RE = (
    rf"(?:{_GROUP}(?:[\s-]+(?:{SCALE_ALT})\b(?:[\s-]+(?:and\s+)?{_GROUP})?)*"
    rf"|a\s+(?:{SCALE_ALT})\b(?:[\s-]+(?:and\s+)?{_GROUP})?(?:[\s-]+(?:{SCALE_ALT})\b(?:[\s-]+(?:and\s+)?{_GROUP})?)*)"
)
NUMBER_START_RE = rf"\d|{_WORD_ALT}|{SCALE_ALT}|dozen"  # any place a figure's number could begin
# "1,275", "7.5", "10 000"; "1,23,456" grouped in lakhs; "3,5 %", a decimal comma before a percent sign
NUMERAL_RE = (r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3},\d{1,2}(?=\s?(?:%|percent\b|per\s+cent\b))"
              r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d,.])|\d+(?:\.\d+)?|\.\d+)")
_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")
_FOLDS_ONTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: IGNORECASE equates them with i, s, k


class Caseless:
    """A case-insensitive search, about five times faster than ``re.IGNORECASE`` on news text.

    IGNORECASE keeps ``re`` from skipping ahead to the characters a match can start with, so a
    pattern of many words is tried at every position. A lower-case pattern searched in the
    lower-cased text finds the same positions, except in text holding one of four letters that
    IGNORECASE folds onto ASCII, which is searched with IGNORECASE. Use a match's positions, not
    its text (that is lower-cased).
    """

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"a Caseless pattern is written in lower case: {pattern!r}")
        self._exact = re.compile(pattern)
        self._folded = re.compile(pattern, re.I)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if _FOLDS_ONTO_ASCII.search(text):
            return self._folded.search(text, pos)
        return self._exact.search(text.lower(), pos)


def parse_numeral(text: str) -> float:
    """ "1,275" -> 1275.0, "7.5" -> 7.5, "10 000" -> 10000.0, "1,23,456" -> 123456.0, "3,5" -> 3.5."""
    if DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    return float(text.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", ""))


DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def parse_number_words(text: str) -> float | None:
    """ "twenty two" -> 22, "one hundred and five" -> 105, "three million" -> 3e6."""
    total = 0.0
    current = 0.0
    seen = False
    for word in _SPACE_OR_HYPHEN.split(text.lower().strip()):
        if word in ("and", "a", ""):
            if word == "a":
                current = current or 1
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def as_number(value: float) -> int | float:
    """An integer when the value is whole, so exports print 613, not 613.0."""
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else value
