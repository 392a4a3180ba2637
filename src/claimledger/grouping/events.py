"""Which event a document reports, where one ledger holds the reports of several events: the
grouping joins claims within an event only, so an archive of many shootings does not pool the
injured of all of them into one conflicting group.

The ledger does not guess events from the words (two reports of one event may share no name; two
events may share a city): the user says how the inputs are laid out. ``one`` event for the whole
ledger (the default: the reports of one event, collected), an event per ``folder``, per ``file``
(a JSON Lines or WARC file per story), or per ``story`` that each record names in a field of its
own ("story", "event_id"; a document whose record names none is its folder's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import PurePath
from typing import TypeVar

from claimledger.settings import EVENT_LAYOUTS

T = TypeVar("T")


def event_of(path: str, story: str | None, layout: str | None) -> str:
    """The event a document at ``path`` ("story.jsonl#line-3", "news/fire/report.html"), whose
    record names ``story``, reports under the input ``layout``, as a reader may be shown it
    ("folder: news/fire", "story: 101", "file: story.jsonl"); "" for the one event of a ledger."""
    if layout in (None, "one"):
        return ""
    source = path.split("#", 1)[0]
    if layout == "file":
        return f"file: {source}"
    if layout == "folder" or layout == "story" and not story:
        return f"folder: {PurePath(source).parent}"
    if layout == "story":
        return f"story: {story}"
    raise ValueError(f"unknown event layout {layout!r} (expected one of {', '.join(EVENT_LAYOUTS)})")


def by_event(items: Iterable[T], event: Callable[[T], str]) -> list[list[T]]:
    """``items`` split by their event, each event's in the order given, events in order of first item."""
    split: dict[str, list[T]] = defaultdict(list)
    for item in items:
        split[event(item)].append(item)
    return list(split.values())
