"""What a date dates: the day an incident happened ("the mine collapsed late on Monday"), or the
day a source spoke ("officials said on Tuesday"). Read from the few words before the date; a date
between other words dates nothing this module can tell.

The words between an incident word and its date may only place it in time or space ("at about
11 p.m.", "at the Kestrel coal mine", "in the early hours of"): any other verb, a figure or a
noun the incident word qualifies ("the collapse ... rose to 17 on Wednesday", "storm briefing,
August 28") means the date belongs to something else.
"""

from __future__ import annotations

import re

from claimledger import lexicon
from claimledger.model import DAY_OCCURRED, DAY_SAID

_INCIDENT = "|".join(sorted({re.escape(w) for w in lexicon.words("event_nouns")}
                            | {re.escape(w) for w in lexicon.words("incident_verbs")}, key=len, reverse=True))
_SPEECH = "|".join(sorted({re.escape(w) for w in lexicon.words("speech_verbs")} - {"according to"}, key=len, reverse=True))
# words that place an incident in time or space between it and its date
_PLACING = (r"(?:at|in|on|near|outside|inside|of|the|a|an|its|their|about|around|late|early|hours|morning|night|"
            r"evening|afternoon|shortly|just|before|after|dawn|noon|midnight|[ap]\.m\.|\d{1,2}(?::\d\d)?(?=\s*[ap]\.m\.)|"
            r"[A-Z][\w’'.-]*+)")
_ANY_WORD = r"(?!to\b|was\b|were\b|is\b|are\b)[a-z][a-z-]*+"  # "coal mine"; never "rose to", "was"
# a place after an incident, whose lower-case words are a place's: "at the Kestrel coal mine"
_PLACE = rf"(?:at|in|near|outside|inside|of)(?:\s+(?:the|a|an))?(?:\s+[A-Z][\w’'.-]*+){{0,4}}(?:\s+{_ANY_WORD}){{0,2}}"
# what an incident verb befell: "burst its banks", "struck the town"
_OBJECT = rf"(?:its|their|the|a)\s+{_ANY_WORD}"
_OCCURRED_BEFORE = re.compile(rf"\b(?i:{_INCIDENT})(?:\s+{_OBJECT})?(?:,?\s+(?:{_PLACE}|{_PLACING})){{0,10}},?\s+\Z")
_SAID_BEFORE = re.compile(rf"\b(?:{_SPEECH})(?:\s+(?:reporters|journalists|lawmakers|parliament|the\s+\w+))?"
                          rf"(?:\s+(?:on|late|early|last|this|at|about|around|[ap]\.m\.|\d{{1,2}}(?::\d\d)?)){{0,4}}\s+\Z")
_REACH = 90
_CLAUSE_END = re.compile(r"(?<![ap]\.m)[.!?;]\s|\n")


# a day's own incident, named after it: "Saturday night's shooting", "Sunday's deadly crash"
_OWN_INCIDENT_AFTER = re.compile(rf"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?i:{_INCIDENT})\b")


def what_is_dated(text: str, start: int, end: int | None = None) -> str | None:
    """``occurred`` for the day of an incident, ``said`` for the day a source spoke, else None;
    the date runs from ``start`` to ``end`` in ``text``."""
    if end is not None and _OWN_INCIDENT_AFTER.match(text, end):
        return DAY_OCCURRED
    before = text[max(0, start - _REACH):start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    before = before[ends[-1]:] if ends else before
    if _SAID_BEFORE.search(before):
        return DAY_SAID
    if _OCCURRED_BEFORE.search(before):
        return DAY_OCCURRED
    return None
