"""Classes of words that name the same event or the same counted thing, for grouping only:
"slain", "died" and "killed" are one predicate; "residents" and "civilians" are people.
"""

from __future__ import annotations

from functools import lru_cache

# Words that mean the same event or the same counted thing, for grouping only.
PREDICATE_CLASSES: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "slay", "slain", "die", "dead", "murder", "massacre", "lose life", "execute", "perish", "death"),
    "injured": ("injure", "wound", "hurt", "injury"),
    "captured": ("take hostage", "hostage", "abduct", "capture", "kidnap", "seize", "detain", "hold hostage"),
    "expelled": ("expel", "eject", "force out", "deport", "displace", "drive out", "uproot"),
    "missing": ("miss", "missing", "unclear", "unknown", "whereabout", "fate"),
    "lived": ("live", "inhabit", "reside", "populate", "home"),
    "adopted": ("adopt", "pass", "recognize", "recognise", "approve", "condemn"),
    "destroyed": ("destroy", "wipe out", "raze"),
    "evacuated": ("evacuate", "rescue", "relocate"),
}


NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "people": ("people", "person", "individual", "civilian", "resident", "inhabitant", "citizen", "azerbaijani",
               "victim", "dweller", "villager", "townspeople"),
    "child": ("child", "kid", "minor", "children", "boy", "girl"),
    "woman": ("woman", "women"),
    "elderly": ("elderly", "old person", "old people", "pensioner", "elderly people", "aged"),
    "family": ("family", "household"),
    "country": ("country", "nation", "parliament", "legislative body"),
    "state": ("state",),
}


# Running counts that legitimately change between reports; other figures do not evolve.
RUNNING_COUNTS = frozenset({"killed", "injured", "captured", "missing", "expelled", "adopted", "evacuated"})


_EMPTY_PREDICATES = frozenset({"be", "have", "include", "say", "stand", "remain", "reach", "number", "total"})


@lru_cache(maxsize=65536)
def class_name(text: str | None, vocabulary: str) -> str | None:
    """The class of a noun or predicate phrase ("town residents" -> "people"), memoised."""
    return _class_of(text, NOUN_CLASSES if vocabulary == "noun" else PREDICATE_CLASSES)


def _class_of(text: str | None, classes: dict[str, tuple[str, ...]]) -> str | None:
    if not text or text.strip() in _EMPTY_PREDICATES:
        return None
    text = text.lower().strip()
    for name, words in classes.items():
        for word in words:
            if text == word or text.endswith(" " + word) or text.startswith(word + " ") or text == word + "s":
                return name
    last = text.split()[-1]
    return last[:-1] if last.endswith("s") and len(last) > 3 else last
