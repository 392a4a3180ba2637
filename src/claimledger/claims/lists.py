"""Named lists a sentence asserts: "the parliaments of Mexico, Pakistan, ... and Scotland".

A list of named members is a claim of its own: who is counted, and how many are named.
Two documents can give the same count with different members, which a bare figure hides.
Rule-based (capitalised names joined by commas and a last "and"), so it works without a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimledger import lexicon

MIN_MEMBERS = 4  # fewer named items are a phrase ("Paris, France"), not a list a source counts

# A name: capitalised words, joined by the small words names hold ("Bosnia and Herzegovina",
# "State of New Mexico"); an optional leading "the".
_CAPITALISED = r"[A-Z][\w'’.-]*(?<![.])"
# Names and lists are bounded (MAX_NAME_WORDS, MAX_MEMBERS), so matching them is
# linear in the text: unbounded, a long run of capitalised words backtracked without end.
MAX_NAME_WORDS = 8
MAX_MEMBERS = 100
_NAME = (rf"(?:(?:[Tt]he\s+)?{_CAPITALISED}"
         rf"(?:\s+(?:(?:and|of|de|del|da|du|la|le|al|el|the)\s+)?{_CAPITALISED}){{0,{MAX_NAME_WORDS - 1}}})")
_LIST_RE = re.compile(rf"(?<![\w-])(?P<items>{_NAME}(?:\s*,\s*(?:(?:and|or)\s+)?{_NAME}){{1,{MAX_MEMBERS}}}"
                      rf"(?:\s+(?:and|or)\s+{_NAME})?)")
_SPLIT = re.compile(r"(?<!\s)\s*,\s*(?:(?:and|or)\s+)?")
_AND = re.compile(r"(?<!\s)\s+(?:and|or)\s+")
_EXPLICIT_LAST = re.compile(r",\s*(?:and|or)\s+[^,]*$")
# the noun the list names members of: "parliaments of", "fifteen countries (", "states:"
# ("states in the United States of America (": the noun before a place named in passing)
_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<head>[a-z][\w-]*|^[A-Z][a-z-]*)(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w\s]*?(?=\s*\())?"
    r"\s*(?:\bof|\bin|\bincluding|\bsuch\s+as|:|\(|—|–)\s*$")
_NOT_MEMBERS = frozenset(lexicon.words("courtesy_titles") + lexicon.capitalised("weekdays"))


@dataclass(frozen=True, slots=True)
class ListMatch:
    start: int
    end: int
    members: tuple[str, ...]
    what: str


def find_lists(sentence: str) -> Iterator[ListMatch]:
    """Enumerations of at least MIN_MEMBERS names that follow the noun they name ("countries (")."""
    if sentence.count(",") < MIN_MEMBERS - 2:  # "A, B, C and D" has two commas at the least
        return
    for match in _LIST_RE.finditer(sentence):
        members = _members(match.group("items"))
        if len(members) < MIN_MEMBERS or any(m.split()[0] in _NOT_MEMBERS for m in members):
            continue
        head = _HEAD_RE.search(sentence, 0, match.start())
        if head is None:  # a title with commas ("Convention Against Torture and Other Cruel, Inhuman or ...")
            continue
        yield ListMatch(match.start(), match.end(), members, head.group("head").lower())


def _members(items: str) -> tuple[str, ...]:
    parts = [p for p in _SPLIT.split(items) if p]
    explicit_last = _EXPLICIT_LAST.search(items) is not None
    last_and = list(_AND.finditer(parts[-1])) if parts and not explicit_last else []
    if last_and:  # "Paraguay and Scotland" ends the list
        parts[-1:] = [parts[-1][: last_and[-1].start()], parts[-1][last_and[-1].end():]]
    return tuple(re.sub(r"^[Tt]he\s+", "", p) for p in parts)
