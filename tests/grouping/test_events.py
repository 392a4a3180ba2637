"""Which event a document reports, from where its file lies, and the grouping kept within events."""

from __future__ import annotations

import pytest

from claimledger.grouping.events import by_event, event_of
from claimledger.settings import GroupingSettings


@pytest.mark.parametrize(("path", "story", "layout", "event"), [
    ("archive/fire/report.html", None, "folder", "folder: archive/fire"),
    ("archive/fire/wire.jsonl#line-3", "17", "folder", "folder: archive/fire"),
    ("archive/fire/wire.jsonl#line-3", None, "file", "file: archive/fire/wire.jsonl"),
    ("/data/crawl.warc.gz#record-12", None, "file", "file: /data/crawl.warc.gz"),
    ("/data/crawl.warc.gz#record-12", None, "folder", "folder: /data"),
    ("report.txt", None, "folder", "folder: ."),
    ("feeds/all.jsonl#line-9", "quake-2025-03", "story", "story: quake-2025-03"),
    ("feeds/all.jsonl#line-9", None, "story", "folder: feeds"),
    ("archive/fire/report.html", "17", "one", ""),
    ("archive/fire/report.html", None, None, ""),
])
def test_the_event_of_a_document_is_read_from_its_path_or_its_record(path: str, story: str | None, layout: str | None,
                                                                     event: str) -> None:
    assert event_of(path, story, layout) == event


def test_a_story_named_like_a_folder_is_not_that_folder_s_event() -> None:
    assert event_of("feeds/a.jsonl#line-1", "feeds", "story") != event_of("feeds/b.txt", None, "story")


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="event layout"):
        event_of("a/b.txt", None, "region")
    with pytest.raises(ValueError, match="events must be one of"):
        GroupingSettings(events="region")


def test_items_split_by_event_keep_their_order() -> None:
    paths = ["fire/a.txt", "quake/b.txt", "fire/c.txt", "quake/d.txt", "flood/e.txt"]
    assert by_event(paths, lambda p: event_of(p, None, "folder")) == [
        ["fire/a.txt", "fire/c.txt"], ["quake/b.txt", "quake/d.txt"], ["flood/e.txt"]]
