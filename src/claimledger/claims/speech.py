"""Attribution in the PARC sense: who (source) says (cue) what (content), for direct and
indirect speech alike: "The ministry said that 31 people had died", "31 people had died, the
ministry said", "..., said Ana Ruiz", "According to police, ...". Each is three character spans
of the document.

Rule-based: a cue is found first (a speech verb of lexicon/speech_verbs.txt, or "according
to"), then its source is the noun phrase beside it and its content the rest of the sentence on
the other side. Every pattern is anchored beside a cue and bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimledger import lexicon

_VERBS = sorted(set(lexicon.words("speech_verbs") + lexicon.words("attribution_cues")) - {"according to"},
                key=len, reverse=True)
_CUE = re.compile(rf"\b(?:(?:has|have|had|also|previously|later|then|once)\s+)?(?:{'|'.join(re.escape(v) for v in _VERBS)})\b")
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther)"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou)"
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt)\.?\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|de|van|von|al)){0,5}"
_PHRASE = rf"{_DETERMINER}\s+(?:[\w’'.-]+\s+){{0,5}}?[\w’'.-]+"
_SOURCE = rf"(?:{_PHRASE}|{_NAME}|{_PRONOUN}|[a-z]+s|police|staff|government)"
# the source just before a cue: a name, a noun phrase, a pronoun, a plural ("officials")
_SOURCE_BEFORE = re.compile(rf"(?:^|(?<=[\s“”\"(—–-]))(?P<source>{_SOURCE})(?:,\s*[^,]{{1,80}},)?\s+\Z")
# the source just after a cue: "..., said Ana Ruiz, a spokeswoman."
_SOURCE_AFTER = re.compile(rf"\s+(?P<source>{_SOURCE})(?=\s*(?:[,.;:!?]|\Z))")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<source>[^,.;:]{1,80}?)(?=\s*(?:[,;:]|\.(?:\s|\Z)|\Z))")
_COMMA_BEFORE = re.compile(r"[,:]\s*[”\"’]?\s*\Z|[”\"]\s*\Z")
_OBJECT = re.compile(rf"\s+(?:reporters|journalists|(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})|{_DETERMINER}\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+|him|her|them|us|me)(?=\s|,)")
_OPENING = re.compile(r"\A[\s“\"‘'—–:,-]+")
_CLOSING = re.compile(r"[\s,.;:!?]+\Z")
_CLOSING_QUOTED = re.compile(r"[\s,.;:!?”\"’]+\Z")  # content before its source: '"...," she said'


@dataclass(frozen=True, slots=True)
class Attribution:
    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]


def find_attributions(sentence: str) -> Iterator[Attribution]:
    """The attributions of one sentence, offsets into it; at most one per cue."""
    for cue in _CUE.finditer(sentence):
        found = _source_first(sentence, cue) or _content_first(sentence, cue)
        if found is not None:
            yield _without_final_stop(sentence, found)
    for according in _ACCORDING.finditer(sentence):
        found = _according(sentence, according)
        if found is not None:
            yield _without_final_stop(sentence, found)


def _without_final_stop(sentence: str, found: Attribution) -> Attribution:
    """A source that ends the sentence ends before its full stop ("according to the ministry.")."""
    start, end = found.source
    if end > start + 1 and sentence[end - 1] == "." and not sentence[end:].strip() and sentence[end - 3:end - 2] != ".":
        return Attribution((start, end - 1), found.cue, found.content)
    return found


def _trimmed(sentence: str, start: int, end: int, closing: re.Pattern[str] = _CLOSING) -> tuple[int, int] | None:
    """The span without the spaces and punctuation at its ends; None when little is left."""
    text = sentence[start:end]
    lead = _OPENING.match(text)
    start += lead.end() if lead else 0
    tail = closing.search(sentence[start:end])
    end = start + tail.start() if tail else end
    return (start, end) if end - start >= 8 else None


def _source_first(sentence: str, cue: re.Match[str]) -> Attribution | None:
    """ "X said (that) CONTENT", "X told reporters CONTENT"."""
    source = _SOURCE_BEFORE.search(sentence, max(0, cue.start() - 120), cue.start())
    if source is None or _COMMA_BEFORE.search(sentence, 0, source.start()):
        return None
    after = cue.end()
    told = _OBJECT.match(sentence, after) if cue.group().endswith(("told", "tells", "asked")) else None
    after = told.end() if told else after
    content = _trimmed(sentence, after, len(sentence))
    if content is None:
        return None
    return Attribution(source.span("source"), cue.span(), content)


def _content_first(sentence: str, cue: re.Match[str]) -> Attribution | None:
    """ "CONTENT, X said." and "CONTENT, said X." """
    source = _SOURCE_BEFORE.search(sentence, max(0, cue.start() - 120), cue.start())
    if source is not None and _COMMA_BEFORE.search(sentence, 0, source.start()):
        content = _trimmed(sentence, 0, source.start(), _CLOSING_QUOTED)
        return Attribution(source.span("source"), cue.span(), content) if content else None
    if _COMMA_BEFORE.search(sentence, max(0, cue.start() - 4), cue.start()):
        after = _SOURCE_AFTER.match(sentence, cue.end())
        content = _trimmed(sentence, 0, cue.start(), _CLOSING_QUOTED)
        if after is not None and content is not None:
            return Attribution(after.span("source"), cue.span(), content)
    return None


def _according(sentence: str, according: re.Match[str]) -> Attribution | None:
    """ "According to X, CONTENT" and "CONTENT, according to X." """
    cue = (according.start(), according.start("source") - 1)
    if according.start() == 0 or not sentence[:according.start()].strip(" “\""):
        content = _trimmed(sentence, according.end(), len(sentence))
    else:
        content = _trimmed(sentence, 0, according.start())
    return Attribution(according.span("source"), cue, content) if content else None
