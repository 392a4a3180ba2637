"""Word lists as data files, each written once and read once: what a month, a weekday, a speech
verb or a scale word is, and the classes of words that name the same counted thing. A line that
starts with ``#`` is a comment."""

from __future__ import annotations

import json
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


def capitalised(name: str) -> tuple[str, ...]:
    """The entries of ``name``.txt as they open a sentence or a name ("monday" -> "Monday")."""
    return tuple(word.capitalize() for word in words(name))


def months() -> dict[str, int]:
    """Month names and abbreviations, lower case, with their number."""
    return numbered("months")


def month_names() -> tuple[str, ...]:
    """The twelve full month names, capitalised: the first name the file gives each number."""
    first: dict[int, str] = {}
    for name, number in months().items():
        first.setdefault(number, name.capitalize())
    return tuple(first.values())
