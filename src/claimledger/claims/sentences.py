"""Sentence boundaries for evidence, the same with or without a parsing model.

A rule-based splitter keeps the evidence of a claim identical whether or not spaCy is
installed, so ledgers built with and without the model line up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimledger import lexicon

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "p", "pp", "vol", "fig", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "jr", "sr", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "vs", "approx", "u.s", "u.k", "u.n", "a.m", "p.m", "est", "dept", "univ", "apt", "bldg", "ste", "ext", "tel"]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=(?:''|[\"“‘(\[])?[A-Z0-9])")  # '' : two apostrophes opening a quote
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*[\"”’')\]]*\s*$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "J", "G.K", "D.C": a name's initials end no sentence
_TAIL = 64  # characters before a boundary that hold its last word; no abbreviation is that long
_PAST = [verb for verb in lexicon.words("speech_verbs") if verb.endswith(("ed", "id", "ld", "ote"))]
# '“Who do they think they are?” Trump said': a quote's speaker after its closing mark ends no sentence
# and a short clause of a past verb after the quote frames it, whatever the verb: '“Why?” Beck questioned.',
# unless a word that opens sentences opens it ('“Is it over?” The crowd waited.')
_FRAME_WORD = r"(?!(?:was|were|been|being|is|are)\s)[\w.’'-]+\s+"  # a passive ("Voters were asked.") frames nothing
_SPEAKER_AFTER_QUOTE = re.compile(rf"(?:{_FRAME_WORD}){{1,4}}?(?:{'|'.join(map(re.escape, _PAST))})\b(?!\s+(?:that|to)\b)")
# only after a question or an exclamation: 'Ines said: “It is an insult.” Fourteen people were detained.' is two
_FRAMED_AFTER_QUOTE = re.compile(
    rf"(?!(?:{'|'.join(lexicon.words('sentence_openers'))})\b)(?:{_FRAME_WORD}){{1,4}}?"
    r"(?:[a-z]{3,}ed|went\s+on)(?:\s+(?:on|back|out|up))?\s*[.,;:]")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, by the last full stop, mark or line break before it:
    a cheap bound for words that open a figure's sentence, where the full split is not at hand."""
    return max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; lines are paragraphs and never share a sentence."""
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(line):
            token = _last_word(line, start, match.start() + 1)
            if token in _ABBREVIATIONS or _INITIALS.fullmatch(token):
                continue
            if match.group(0).rstrip()[-1] in "”\"" and _frames_the_quote(line, match):
                continue
            end = match.start() + len(match.group(0).rstrip())
            if line[start:end].strip():
                yield offset + start, offset + end
            start = match.end()
        if line[start:].strip():
            yield offset + start, offset + len(line.rstrip())
        offset += len(line) + 1


def _frames_the_quote(line: str, boundary: re.Match[str]) -> bool:
    """Whether the words after a closing quotation mark name its speaker ('“...?” Trump said') or,
    after a question or an exclamation, a clause of any past verb ('“Why?” Beck questioned.')."""
    closed_on = boundary.group(0).rstrip(" \t\"”’')]")[-1:]
    return bool(_SPEAKER_AFTER_QUOTE.match(line, boundary.end())
                or closed_on in "?!" and _FRAMED_AFTER_QUOTE.match(line, boundary.end()))


def _last_word(line: str, start: int, end: int) -> str:
    """The word that ends ``line[start:end]``, lower case, without its dots ("" if none)."""
    tail = max(start, end - _TAIL)
    word = _LAST_WORD.search(line, tail, end)
    if word is None or (word.start() == tail and tail > start):  # none, or longer than any abbreviation
        return ""
    return word.group(1).lower().rstrip(".")
