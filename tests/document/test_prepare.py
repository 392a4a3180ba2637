"""A source to a cleaned document: a headline given apart from the text becomes its first line,
so the figures outlets put in headlines are claims with spans of their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimledger
from claimledger.document.prepare import prepare_document, with_headline
from claimledger.ingest.readers import read_paths
from claimledger.model import RawSource
from claimledger.settings import Settings


def _records(tmp_path: Path, *records: dict[str, str]) -> list[RawSource]:
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [s for s in read_paths([str(path)], Settings()) if isinstance(s, RawSource)]


def test_a_record_s_headline_is_the_first_line_and_its_figures_are_claims(tmp_path: Path) -> None:
    [source] = _records(tmp_path, {"title": "2 dead, 4 hurt in warehouse fire", "published": "2024-05-02",
                                   "text": "Firefighters worked through the night at the warehouse on Dock Road."})
    document = prepare_document(source, Settings())
    assert document.text.startswith("2 dead, 4 hurt in warehouse fire\n\nFirefighters")
    assert document.title == "2 dead, 4 hurt in warehouse fire"
    claims = [c for c in claimledger.extract(document.text) if c.kind == "quantity"]
    assert [(c.value, c.measure) for c in claims] == [(2, "killed"), (4, "injured")]


@pytest.mark.parametrize("text", [
    "2 dead, 4 hurt in warehouse fire\n\nFirefighters worked through the night.",
    "By Ana Ruiz\n2 Dead, 4 Hurt in  Warehouse Fire\nFirefighters worked through the night.",
    "2 dead, 4 hurt in warehouse fire - The Valley Times\nFirefighters worked through the night.",
])
def test_a_headline_the_text_already_opens_with_is_not_added_again(text: str) -> None:
    assert with_headline(text, "2 dead, 4 hurt in warehouse fire") == text


@pytest.mark.parametrize("title", [None, "", "   "])
def test_no_headline_leaves_the_text_as_it_is(title: str | None) -> None:
    assert with_headline("Firefighters worked through the night.", title) == "Firefighters worked through the night."


def test_a_page_dated_only_in_its_visible_byline_gets_that_date(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "A fire in a riverside warehouse killed three people on Friday night, the fire department said.",
        "Crews fought the blaze for six hours before it was under control, a spokesman said on Saturday.",
        "Neighbours said the building had stood empty for months before a storage company moved in.",
    ))
    page.write_text(
        "<html><head><title>Fire kills three</title></head><body><article><h1>Fire kills three</h1>"
        "<p>By Jane Doe and John Smith, The Daily Star. Published 9:15 AM ET Sat, 04 March 2023</p>"
        f"{paragraphs}</article></body></html>", encoding="utf-8")
    [source] = [s for s in read_paths([str(page)], Settings()) if isinstance(s, RawSource)]
    document = prepare_document(source, Settings())
    assert document.published == "2023-03-04"
    assert "Published" not in document.text
    assert [d.reason for d in document.debris] == ["byline"]


def test_a_page_s_declared_day_comes_before_a_date_its_text_gives(tmp_path: Path) -> None:
    page = tmp_path / "order.html"
    page.write_text(
        '<html><head><title>Order closing Halvard Bank</title><meta name="date" content="2027-03-11"></head><body>'
        "<main><h1>Order closing Halvard Bank</h1><p>The State Banking Department today closed Halvard Bank and "
        "appointed a receiver.</p><p>As of December 31, 2026, the bank had total assets of approximately $209 billion "
        "and total deposits of approximately $175.4 billion.</p></main></body></html>", encoding="utf-8")
    [source] = [s for s in read_paths([str(page)], Settings()) if isinstance(s, RawSource)]
    assert prepare_document(source, Settings()).published == "2027-03-11"


def test_labelled_fields_opening_a_text_file_are_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Title: Bridge collapse leaves 4 dead\nPublished: 2025-06-02\nSource: Harbour Gazette\n"
                    "URL: https://gazette.example.org/bridge\n\n"
                    "Four people died when the old rail bridge gave way, the mayor said.\n", encoding="utf-8")
    [source] = [s for s in read_paths([str(path)], Settings()) if isinstance(s, RawSource)]
    document = prepare_document(source, Settings())
    assert (document.title, document.outlet, document.url, document.published) == (
        "Bridge collapse leaves 4 dead", "Harbour Gazette", "https://gazette.example.org/bridge", "2025-06-02")
    assert document.text.startswith("Bridge collapse leaves 4 dead\n")  # the headline's figure keeps a span
    assert "Source:" not in document.text and "Title:" not in document.text
    assert "metadata-field" in {d.reason for d in document.debris}


@pytest.mark.parametrize("text", [
    "The bridge fell.\nFour people died when the old rail bridge gave way on Tuesday, the mayor told reporters.\n"
    "Source: a survey of the site by the city engineers",  # a closing credit below the story is text
    "Title: a word the council used about the bridge, in a long sentence of the story itself today.\nMore text.",
])
def test_a_field_label_in_the_story_is_not_metadata(text: str) -> None:
    document = prepare_document(RawSource.of_text(text), Settings())
    assert document.outlet is None and document.debris == ()


def test_a_page_s_site_name_is_read_from_its_title_where_the_page_gives_no_other(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Ferry sinks off Cape Lorn | Harbour Gazette</title></head><body><article>"
        "<h1>Ferry sinks off Cape Lorn</h1><p>A ferry sank off Cape Lorn on Friday with 40 people on board, the coast "
        "guard said, and 12 were still missing on Saturday morning as the search went on.</p>"
        "<p>Divers reached the hull at first light, the coast guard said in a statement on Saturday.</p>"
        "</article></body></html>", encoding="utf-8")
    [source] = [s for s in read_paths([str(page)], Settings()) if isinstance(s, RawSource)]
    document = prepare_document(source, Settings())
    assert (document.title, document.outlet) == ("Ferry sinks off Cape Lorn", "Harbour Gazette")


def test_a_document_in_another_language_says_what_is_read_in_english_only() -> None:
    text = ("Au moins 23 personnes ont été tuées dans le glissement de terrain, a indiqué le ministère dimanche. "
            "Plus de 50 personnes ont été blessées dans la vallée.")
    document = prepare_document(RawSource.of_text(text), Settings())
    assert document.language == "fr" and any("English only" in n for n in document.notices)
    figures = [c for c in claimledger.extract(text) if c.kind == "quantity"]
    assert [c.value for c in figures] == [23, 50]
    assert all(c.what is None for c in figures)  # no English parse read into French words


@pytest.mark.parametrize(("published", "moment"), [
    ("2025-02-17T08:00:00Z", "2025-02-17T08:00:00Z"),
    ("2025-02-18T19:00:00+03:00", "2025-02-18T16:00:00Z"),  # in UTC, on the day the document is dated
    ("2025-02-17 20:15", "2025-02-17T20:15:00"),  # no zone: as given
    ("Mon, 17 Feb 2025 18:40:00 GMT", "2025-02-17T18:40:00Z"),  # a feed's pubDate
    ("2025-02-17", None),  # a day alone gives no moment
])
def test_a_record_s_time_of_publication_is_its_moment(tmp_path: Path, published: str, moment: str | None) -> None:
    [source] = _records(tmp_path, {"published": published, "text": "The quake killed at least 45 people, officials said."})
    document = prepare_document(source, Settings())
    assert (document.published, document.published_at) == ("2025-02-17" if "Feb" in published else published[:10], moment)


def test_a_page_s_meta_time_of_publication_is_its_moment(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text('<html><head><title>Toll passes 300</title><meta property="article:published_time" '
                    'content="2025-02-18T19:00:00+03:00"></head><body><article><p>More than 300 people have been '
                    "killed in the earthquake that struck the province on Monday, the governor's office said on "
                    "Tuesday, as rescuers kept searching the rubble of collapsed buildings.</p></article></body></html>",
                    encoding="utf-8")
    [source] = [s for s in read_paths([str(path)], Settings()) if isinstance(s, RawSource)]
    document = prepare_document(source, Settings())
    assert (document.published, document.published_at) == ("2025-02-18", "2025-02-18T16:00:00Z")
