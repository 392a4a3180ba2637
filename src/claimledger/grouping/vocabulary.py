"""Classes of words that name the same event or the same counted thing, for grouping only:
"slain", "died" and "killed" are one predicate; "residents" and "civilians" are people.
"""

from __future__ import annotations

from functools import lru_cache

from claimledger import lexicon

# Words that mean the same event or the same counted thing, for grouping only.
PREDICATE_CLASSES: dict[str, tuple[str, ...]] = lexicon.classes("predicate_classes")


NOUN_CLASSES: dict[str, tuple[str, ...]] = lexicon.noun_classes()


# Running counts that legitimately change between reports; other figures do not evolve. A fire's
# burned area and its containment run as it is fought, a tally of homes destroyed as they are inspected,
# the remains exhumed from graves and the victims identified grow as the search goes on, the share of
# an appeal funded as donors pay, the ships or people waiting in a queue that grows, the appointments
# or flights postponed and cancelled while a disruption lasts, the time a supply has left, the area a search covers,
# and a figure said as changed ("increased its aid to 5 million euros") moves from the one before it.
RUNNING_COUNTS = frozenset({"killed", "injured", "infected", "captured", "recaptured", "missing", "expelled", "adopted", "evacuated", "crossed", "destroyed",
                            "damaged", "spread", "contained", "changed", "exhumed", "identified", "funded",
                            "waiting", "postponed", "remaining", "searched"})
# measures (claims.measures) of a count that runs as an event unfolds: its figures are one count at several times
RUNNING_MEASURES = frozenset(["killed", "injured", "critical", "infected", "vaccinated", "cancelled", "closed", "casualties", "missing", "at_large", "recaptured", "hostages", "abducted", "arrested", "detained",
                              "evacuated", "displaced", "refugees", "homeless", "rescued", "affected", "destroyed", "damaged",
                              "sentenced", "fined", "without_power", "malnourished", "food_insecure", "in_need"])
# counts of people an incident has one value of, that no later report adds to: sources that differ
# on a crowd's size, on how many people a train or a plane carried, on how many jobs a plan cuts, or on
# how many people lived in a building, or on how many people a study followed, or on what a plan aims at, disagree
ONE_TIME_COUNTS = frozenset(["attended", "aboard", "job_cuts", "capacity", "residents", "participants", "target"])


def _inflected_classes() -> dict[str, str]:
    """Each predicate word with its past and third-person forms ("completed", "finished", "builds"),
    and the class it names: the words around two dates meet in it."""
    out: dict[str, str] = {}
    for name, words in PREDICATE_CLASSES.items():
        for word in (w for w in words if " " not in w):
            stem = word[:-1] if word.endswith("e") else word
            for form in (word, word + "s", stem + "ed", name):
                out.setdefault(form, name)
    return out


WORD_CLASS: dict[str, str] = _inflected_classes()


# verbs that say nothing of what a figure counts: "stood at 23", "was revised down to 121,000"
_EMPTY_PREDICATES = frozenset({"be", "have", "include", "say", "stand", "remain", "reach", "number", "total", "revise",
                               "revise up", "revise down", "revise upward", "revise downward"})


@lru_cache(maxsize=65536)
def class_name(text: str | None, vocabulary: str) -> str | None:
    """The class of a noun or predicate phrase ("town residents" -> "people"), memoised."""
    return _class_of(text, NOUN_CLASSES if vocabulary == "noun" else PREDICATE_CLASSES)


def _class_of(text: str | None, classes: dict[str, tuple[str, ...]]) -> str | None:
    if not text or text.strip() in _EMPTY_PREDICATES:
        return None
    text = text.lower().strip()
    for name, words in classes.items():  # the phrase itself first: "crew member" is crew before "member" is people
        if text in words or any(text == word + "s" for word in words):
            return name
    for name, words in classes.items():
        for word in words:
            if text.endswith(" " + word) or text.startswith(word + " "):
                return name
    last = text.split()[-1]
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


@lru_cache(maxsize=65536)
def event_named_by_a_noun(text: str) -> str | None:
    """The predicate class a noun names as an event ("completions" are homes completed, "deaths"
    people killed), where the noun is a word of that class itself; None for any other noun."""
    words = text.lower().split()
    if not words:
        return None
    last = words[-1]
    for name, members in PREDICATE_CLASSES.items():
        if last in members or last.endswith("s") and last[:-1] in members:
            return name
    return None

