"""Word lists as data files, each written once and read once: what a month, a weekday, a speech
verb or a scale word is, and the classes of words that name the same counted thing. A line that
starts with ``#`` is a comment."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``name``.txt, in file order."""
    return tuple(_lines(f"{name}.txt"))


@cache
def numbered(name: str) -> dict[str, int]:
    """The entries of ``name``.tsv (a word, a tab, an integer), in file order."""
    return {word: int(number) for word, number in (line.split("\t") for line in _lines(f"{name}.tsv"))}


@cache
def classes(name: str) -> dict[str, tuple[str, ...]]:
    """The classes of ``name``.json: a class name and the words or phrases it covers, in order."""
    loaded = json.loads(resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8"))
    return {key: tuple(members) for key, members in loaded.items()}


@cache
def noun_classes() -> dict[str, tuple[str, ...]]:
    """The classes of noun_classes.json, people with the nouns of nations and peoples of
    demonyms.txt ("613 Azerbaijanis", "12 Americans" count people)."""
    found = dict(classes("noun_classes"))
    found["people"] = (*found["people"], *words("demonyms"))
    return found


def capitalised(name: str) -> tuple[str, ...]:
    """The entries of ``name``.txt as they open a sentence or a name ("monday" -> "Monday")."""
    return tuple(word.capitalize() for word in words(name))


def not_names() -> tuple[str, ...]:
    """Capitalised words that are no one's name: sentence openers and roles (not_names.txt), and
    the month and weekday names."""
    return words("not_names") + month_names() + capitalised("weekdays")


def months() -> dict[str, int]:
    """Month names and abbreviations, lower case, with their number."""
    return numbered("months")


def month_names() -> tuple[str, ...]:
    """The twelve full month names, capitalised: the first name the file gives each number."""
    first: dict[int, str] = {}
    for name, number in months().items():
        first.setdefault(number, name.capitalize())
    return tuple(first.values())


@cache
def verb_forms(name: str) -> tuple[str, ...]:
    """Every form of the verbs of ``name``.txt (a lemma a line, then an irregular past and -ing form
    where it has them): "say said" gives say, says, said, saying."""
    forms: list[str] = []
    for line in _lines(f"{name}.txt"):
        lemma, *given = line.split()
        past = given[0] if given else _regular_past(lemma)
        forms += [lemma, _third_person(lemma), past, given[1] if len(given) > 1 else _present_participle(lemma)]
    return tuple(dict.fromkeys(forms))


def _third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    return lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else lemma + "s"


def _regular_past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    return lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else lemma + "ed"


def _present_participle(lemma: str) -> str:
    return lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing"


def alternation(name: str) -> str:
    """The entries of ``name``.txt as a regular-expression alternation, longest first, a space
    matching any run of spaces: each word list written once, read by every stage that needs it."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words(name), key=len, reverse=True))
