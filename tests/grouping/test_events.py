"""Which event a document reports, from where its file lies, and the grouping kept within events."""

from __future__ import annotations

import pytest

from claimledger.grouping.events import by_event, event_of
from claimledger.settings import GroupingSettings


@pytest.mark.parametrize(("path", "layout", "event"), [
    ("archive/fire/report.html", "folder", "archive/fire"),
    ("archive/fire/wire.jsonl#line-3", "folder", "archive/fire"),
    ("archive/fire/wire.jsonl#line-3", "file", "archive/fire/wire.jsonl"),
    ("/data/crawl.warc.gz#record-12", "file", "/data/crawl.warc.gz"),
    ("/data/crawl.warc.gz#record-12", "folder", "/data"),
    ("report.txt", "folder", "."),
    ("archive/fire/report.html", "one", ""),
    ("archive/fire/report.html", None, ""),
])
def test_the_event_of_a_document_is_read_from_its_path(path: str, layout: str | None, event: str) -> None:
    assert event_of(path, layout) == event


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="event layout"):
        event_of("a/b.txt", "region")
    with pytest.raises(ValueError, match="events must be one of"):
        GroupingSettings(events="region")


def test_items_split_by_event_keep_their_order() -> None:
    paths = ["fire/a.txt", "quake/b.txt", "fire/c.txt", "quake/d.txt", "flood/e.txt"]
    assert by_event(paths, lambda p: event_of(p, "folder")) == [
        ["fire/a.txt", "fire/c.txt"], ["quake/b.txt", "quake/d.txt"], ["flood/e.txt"]]
