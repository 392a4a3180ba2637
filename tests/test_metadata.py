"""Metadata read from the opening lines of a text: date lines, datelines, bylines, language."""

from __future__ import annotations

import pytest

from claimledger.document.metadata import detect_language, read_header

from .conftest import needs_shared


@pytest.mark.parametrize(
    ("lines", "published", "reasons"),
    [
        (["Title", "  \u2022 calendar-gray 24 February 2018", "Body."], "2018-02-24", {2: "date-line"}),
        (["> Press release 26 February 2019", "Body."], "2019-02-26", {1: "date-line"}),
        (["Baku, 26 February 2023 (GNP): The genocide of February 26, 1983 was recalled."], "2023-02-26", {}),
        (["17.03.2021 08:15", "Body text."], "2021-03-17", {1: "date-line"}),
        (["Published: March 5, 2024", "Body text."], "2024-03-05", {1: "date-line"}),
        (["2024-03-05", "Body."], "2024-03-05", {1: "date-line"}),
        (["LONDON, 4 July 2022 - Ministers met today."], "2022-07-04", {}),
        (["The war began on 26 February 1992 and lasted for two years, officials said in a long statement."], None, {}),
        (["No date here at all", "Body."], None, {}),
        (["It began on August 1, 2024.", "Body."], None, {}),  # a short sentence, not a date line
        # a heading that ends with its date dates the document and stays in the text
        (["Transcript: Governor's storm briefing, August 28, 2025", "GOVERNOR: Good morning."], "2025-08-28", {}),
        (["Council minutes - 3 March 2025", "The council met."], "2025-03-03", {1: "date-line"}),
        # a body's name beside the date, however long
        (["# Rapid estimate", "*Corran Institute of Public Health, 18 July 2025*", "We estimate."], "2025-07-18",
         {2: "date-line"}),
        (["# Ardenia", "*Posted 15 June 2025 by the Ardenia Monitor*", "The office estimates."], "2025-06-15",
         {2: "date-line"}),
        (["Flood of 12 May 2024 remembered in Kelby town hall", "Body."], None, {}),
        # once the document is dated, a later dated line is text ("Origin time: ..."), unless a stamp
        (["Earthquake bulletin, 17/02/2025", "Origin time: 03:12:44 local time, 17/02/2025", "Magnitude: 6.8"],
         "2025-02-17", {1: "date-line"}),
        (["17.03.2021 08:15", "Updated 18.03.2021 10:00", "Body."], "2021-03-17", {1: "date-line", 2: "date-line"}),
        # a note's number and its date, set apart by a run of spaces as a typed letterhead sets them
        (["OFFICE OF THE DISTRICT MAGISTRATE", "Press Note No. 42/DIPRO/2026" + " " * 40 + "Dated: 14.03.2026",
          "Body."], "2026-03-14", {2: "date-line"}),
    ],
)
def test_publication_date_from_header(lines: list[str], published: str | None, reasons: dict[int, str]) -> None:
    header = read_header(lines)
    assert header.published == published
    assert header.line_reasons == reasons


@pytest.mark.parametrize(
    ("line", "author"),
    [("By Vafa Ismayilova", "Vafa Ismayilova"), ("by Ana Lind", "Ana Lind"), ("Written by J. R. Smith", "J. R. Smith"),
     ("By the time rescuers arrived, the water had gone.", None), ("By Tom Becker, Hillside Tribune", "Tom Becker"),
     ("By Ana Ruiz and Li Wen, The Daily Star", "Ana Ruiz"), ("By noon, Harbour Street was flooded", None)],
)
def test_byline(line: str, author: str | None) -> None:
    assert read_header([line, "Body."]).author == author


@pytest.mark.parametrize(
    ("line", "published", "author"),
    [
        ("By Jane Doe | Published March 3, 2021", "2021-03-03", "Jane Doe"),
        ("By JANE DOE, Associated Press  Published 5:04 PM EST Mar 4, 2023", "2023-03-04", "JANE DOE"),
        ("Posted: Mar 4, 2023 / 05:04 PM CST", "2023-03-04", None),
        ("Published 9:15 AM ET Sat, 04 March 2023 Updated 11:20 AM ET", "2023-03-04", None),
        ("By Jane Doe and John Smith, The Daily Star Mar. 4, 2023", "2023-03-04", "Jane Doe"),
        ("Last updated on Saturday, March 4, 2023, 10:12 p.m. by Jane Doe", "2023-03-04", None),
        ("Posted March 4, 2023 by a public health blogger", "2023-03-04", None),
        ("Updated: 16/02/2026, 18h00", "2026-02-16", None),  # a time written with "h"
    ],
)
def test_a_byline_that_carries_the_date_gives_it(line: str, published: str, author: str | None) -> None:
    header = read_header(["Fire kills three in warehouse", line, "A fire killed three people, officials said."])
    reason = "byline" if author else "date-line"
    assert (header.published, header.author, header.line_reasons) == (published, author, {2: reason})


@pytest.mark.parametrize("line", [
    "The video, posted on March 4, 2023, shows the crowd running from the square.",
    "By March 4, 2023, the fund had paid out most of the money, the report said.",
    "Officials published the list on 4 March 2023 after families asked for it.",
    "Published March 4, 2023, the report found that most of the money was never paid out to the families.",
])
def test_a_sentence_with_a_date_and_a_stamp_word_is_not_a_byline(line: str) -> None:
    header = read_header(["Fire kills three in warehouse", line])
    assert header.published is None and header.line_reasons == {}


@pytest.mark.parametrize(("line", "outlet"), [
    ("By Lena Ortiz, Valley Herald", "Valley Herald"),
    ("By Ana Ruiz and Tom Lee, The Daily Star", "The Daily Star"),
    ("Valley Times, August 5, 2025", "Valley Times"),
    ("By Lena Ortiz, Staff Writer", None),  # a role, not an outlet
    ("Baku, 26 February 2023", None),  # a place
])
def test_the_outlet_a_byline_or_a_date_line_names(line: str, outlet: str | None) -> None:
    assert read_header(["Fire kills three in warehouse", line, "A fire killed three people, officials said."]).outlet == outlet


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministry said that forty people were evacuated from the town overnight.", "en"),
        ("По данным министерства, из города были эвакуированы сорок человек.", "ru"),
        ("Azərbaycan Respublikasının BMT yanında Daimi Nümayəndəliyi bəyanat yaydı.", "az"),
        ("Le ministère a déclaré que quarante personnes avaient été évacuées.", "fr"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@needs_shared
def test_seed_metadata(seeds_export: dict[str, object]) -> None:
    docs = {d["path"].rsplit("/", 1)[-1][:3]: d for d in seeds_export["documents"]}  # type: ignore[attr-defined]
    assert docs["003"]["author"] == "Vafa Ismayilova"
    assert docs["003"]["published"] is None and docs["003"]["published_inferred"] == "2022"
    assert all(d["language"] == "en" for d in docs.values())
    az = docs["001"]["other_languages"]
    assert len(az) == 1 and az[0]["language"] == "az" and az[0]["start"] == 0


@pytest.mark.parametrize(("lines", "title"), [
    (["National Disaster Agency", "Earthquake in Morvia province: first assessment",
      "“Rescue teams are working through the rubble,” said director Helena Marsh. “We expect the toll to rise.”"],
     "Earthquake in Morvia province: first assessment"),
    (["“We will rebuild,” the mayor says", "Body text here."], "“We will rebuild,” the mayor says"),
    (["Dr. Ruiz named head of the flood agency", "Body text here."], "Dr. Ruiz named head of the flood agency"),
    (["The river rose overnight. Crews were ready", "Body text here."], None),
    # a transcript's turn is no title
    (["Transcript: Governor's storm briefing", "REPORTER: Governor, how many people are still missing?"],
     "Transcript: Governor's storm briefing"),
    # a Markdown heading is its words
    (["# Rivertown after the flood", "The Lesna burst its banks on Sunday night."], "Rivertown after the flood"),
    (["**Rivertown counts the cost**", "The Lesna burst its banks."], "Rivertown counts the cost"),
])
def test_a_title_is_a_heading_not_a_sentence_or_a_quote(lines: list[str], title: str | None) -> None:
    from claimledger.document.metadata import guess_title

    assert guess_title(lines, set()) == title
