"""Scrape debris is dropped with a reason; article text survives character for character."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimledger.document.clean import clean_lines, debris_reason, strip_unsafe_characters

from .conftest import GOLD, SEEDS, needs_shared


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("google-site-verification=abcDEF123", "site-verification"),
        ("yandex-verification: 12ab", None),
        ("msvalidate.01=ABCDEF", "site-verification"),
        ("Also Read:\u00a0Minister arrives in Kyiv", "related-link"),
        ("Also read: the full statement", "related-link"),
        ("Read more: Weather warnings for the weekend", "related-link"),
        ("READ MORE", "related-link"),
        ("Related", "related-link"),
        ("Related articles", "related-link"),
        ("Most read", "related-link"),
        ("Other news", "related-link"),
        ("See also | Earlier coverage", "related-link"),
        ("Share this article", "share-ui"),
        ("Share on Facebook", "share-ui"),
        ("Tweet", "share-ui"),
        ("Subscribe to our newsletter", "share-ui"),
        ("Advertisement", "share-ui"),
        ("Comments (12)", "share-ui"),
        ("3 comments | Leave a reply", "share-ui"),
        ("Rate this fact-check: 1 2 3 4 5", "rating-ui"),
        ("How useful was this article? 1 2 3 4 5 6 7 8 9 10", "rating-ui"),
        ("(Reporting by Ines Park; Editing by Mark Dolan)", "wire-credit"),
        ("Reporting by Ines Park in Marlow; Editing by Mark Dolan", "wire-credit"),
        ("Regional Daily staff contributed.", "wire-credit"),
        ("Coast Daily staff contributed to this report.", "wire-credit"),
        ("The Associated Press contributed to this report.", "wire-credit"),
        ("Read the full story on our app.", "promotion"),
        ("Leave a comment", "share-ui"),
        ("Share · Tweet · Email", "share-ui"),
        ("Share this article: Facebook | X | Email", "share-ui"),
        ("We use cookies to improve your experience.", "cookie-notice"),
        ("Accept all cookies", "cookie-notice"),
        ("Error message", "script-error"),
        ("Missing or incomplete installation of the jReject library! Please follow the instructions.", "script-error"),
        ("Please enable JavaScript to view the comments.", "script-error"),
        ("  \u2022 Clock-gray 13:50", "ui-label"),
        ("calendar-gray 24 February 2018", "ui-label"),
        ("icon-o 5 min read", "ui-label"),
        ("Tel: (212) 371-2559, Fax: (212) 371-2784", "contact-line"),
        ("Subscribe to our newsletter for $1.99 a month.", "promotion"),
        ("Download our app for the latest updates on the flood.", "promotion"),
        ("Get breaking news alerts: download the Tribune app.", "promotion"),
        ("*Book your island tour with us and save 15% with code ASH15!*", "promotion"),
        ("Use code SPRING10 at checkout.", "promotion"),
        ("Give today: $50 feeds a family for a week.", "promotion"),
        ("Donate to keep our boats at sea.", "promotion"),
        ("Labour Monitor is funded by its readers. Donate today.", "promotion"),
        ("Support independent journalism: donate from $5.", "promotion"),
        ("Media contact: press@nordvikair.example", "contact-line"),
        ("For media inquiries, contact media@keystoneridge.example or call 1-800-555-0199.", "contact-line"),
        ("Press enquiries: Jo Lee, +44 20 7946 0000", "contact-line"),
        ("Follow the Evening Post on social media for updates.", "promotion"),
        ("Follow Regional Daily on Facebook for more stories.", "promotion"),
        ("Click here for more shocking news!", "promotion"),
        ("Support TruthWire: donate now.", "promotion"),
        ("For news updates call our helpline 1800-11-2424", "promotion"),
        ("For the latest news, follow us on Telegram.", "promotion"),
        ("Share or comment on this article: 214 shares", "share-ui"),
        ("*Join the union | Donate to the miners' fund*", "promotion"),
        ("*FactLine is a member of the fact-checking network. Found a claim we should check? Email tips@factline.example*",
         "promotion"),
        ("*Support independent air-quality monitoring: donate to the Collective.*", "promotion"),
        ("Investor relations: ir@brightwater.example", "contact-line"),
        ("Page 1 of 6", "page-number"),
        ("Sponsored: Compare business energy prices", "promotion"),
        ("Next release: 13 June 2025", "release-schedule"),
        ("Watch live | Weather | Traffic", "navigation"),
        ("Join the union | Contact us", "navigation"),
        ("If you or a loved one got sick, call our food poisoning lawyers at (555) 010-4477 for a free consultation.",
         "promotion"),
        ("Harmon & Price has recovered over $50 million for food poisoning victims.", "promotion"),
        ("Advertisement - Scroll to continue", "promotion"),
        ("page 12", "page-number"),
        ("- 4 -", "page-number"),
        ("1 IPC analysis, February 2023.", "footnote"),
        ("2 Ministry of Health, mortality study, March 2023.", "footnote"),
        ("*Comments are closed. Subscribe to the newsletter for weekly posts.*", "comments-closed"),
        ("_Subscribe to the newsletter for weekly posts._", "promotion"),
        # article text that must stay
        ("Related talks are planned for next week, the ministry said.", None),
        ("Readers shared the story widely.", None),
        ("For updates on the missing, families were told to call the police station.", None),
        ("3 People Killed in Crash on Route 9, Police Say", None),
        ("Page three of the report lists 12 names.", None),
        ("Comments from residents were closed to the public, the council said.", None),
        ("He left a reply under the post that drew 3 comments.", None),
        ("Reporting by the Courier found 12 leaks in 2023.", None),
        ("The error message appeared on screens in the control room, officials said.", None),
        ("Share prices fell by 3 percent on Monday.", None),
        ("Donated blood ran short at the hospital, officials said.", None),
        ("Rain and wind contributed to the collapse.", None),
        ("Read more about the inquiry in our report on Tuesday.", None),
        ("Donate blood if you can, the mayor urged residents on Monday.", None),
        ("Press office staff said 12 people had been hurt in the crush.", None),
        ("Follow the river on foot for three miles to reach the camp.", None),
        ("Rescuers said they could click here and there through the rubble.", None),
        ("Investigators follow the suspects on social media, the police said.", None),
        ("X: the mark where the body was found, police said.", None),
        ("Some 613 individuals were killed, including 106 women.", None),
        ("Other news outlets reported a lower figure.", None),
        ("Subscribers to the water scheme paid $40 more this year, the utility said.", None),
        ("Signs of the flood were still visible on Sunday.", None),
        ("Voters rated the plan: 1 2 3 was the order of their choices.", None),
    ],
)
def test_debris_reason(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize("line", ["**Donate now: every gift helps a family get clean water.**", "_Give today to help us._"])
def test_an_appeal_for_money_in_emphasis_is_debris(line: str) -> None:
    assert debris_reason(line) == "promotion"


def test_repeated_line_and_blank_runs() -> None:
    lines = ["Title of the story", "", "Title of the story", "", "", "", "Body text here.", ""]
    result = clean_lines(lines)
    assert result.text == "Title of the story\n\nBody text here."
    assert [(d.line_no, d.reason) for d in result.debris] == [(3, "repeated-line")]
    assert result.line_starts == (0, 19, 20)


@pytest.mark.parametrize(("lines", "text"), [
    # a sentence a hard wrap cut: the next line goes on in lower case, or the line stops on a small word
    (["An estimated 6.7 million people face acute food insecurity (IPC Phase 3 or", "higher), including 1.2 million."],
     "An estimated 6.7 million people face acute food insecurity (IPC Phase 3 or higher), including 1.2 million."),
    (["The drought killed an estimated 21,000 people, according to a study by the", "Ministry of Health."],
     "The drought killed an estimated 21,000 people, according to a study by the Ministry of Health."),
    (["Some 1.5 million children", "under five are acutely malnourished."],
     "Some 1.5 million children under five are acutely malnourished."),
    # lines that are lines of their own stay so
    (["By Mira Holt, Lorvia News Agency", "April 9, 2020"], "By Mira Holt, Lorvia News Agency\nApril 9, 2020"),
    (["Ministry of Internal Affairs of the Republic of Varesk", "Press service"],
     "Ministry of Internal Affairs of the Republic of Varesk\nPress service"),
    (["Final figures for the day", "- 45 people received jail terms", "- 120 people were fined"],
     "Final figures for the day\n- 45 people received jail terms\n- 120 people were fined"),
    (["| County | Ardell |", "| Varnia | 55% |"], "| County | Ardell |\n| Varnia | 55% |"),
    (["Three people died on Monday.", "the roads were closed"], "Three people died on Monday.\nthe roads were closed"),
    # a headline that ends on a small word, then its lede: two lines
    (["Keldar dam collapse: toll rises to 17 as search for missing goes on", "The number of people killed has risen to 17."],
     "Keldar dam collapse: toll rises to 17 as search for missing goes on\nThe number of people killed has risen to 17."),
])
def test_a_hard_wrapped_paragraph_is_read_as_one_line(lines: list[str], text: str) -> None:
    result = clean_lines(lines)
    assert result.text == text
    assert len(result.text) == len("\n".join(lines))  # a break for a space: nothing after it moves
    assert result.line_starts[-1] == result.text.rfind("\n") + 1


def test_a_running_header_read_as_the_document_s_own_is_debris_on_every_page() -> None:
    header = "OCHA | Sundara: Drought Situation Report No. 14 | 10 March 2023"
    result = clean_lines([header, "", "Text of page one.", "", "Page 1 of 6", "", header, "", "Text of page two."],
                         {1: "dateline"})
    assert result.text == "Text of page one.\n\nText of page two."
    assert [d.reason for d in result.debris] == ["dateline", "page-number", "repeated-line"]


def test_kept_lines_are_byte_for_byte_the_source() -> None:
    lines = ["\u201cWe were able to break that [stereotype]\u201d \u2014 he said\u00a0\u2013 twice.  ", "x"]
    result = clean_lines(lines)
    assert result.text.split("\n")[0] == lines[0].rstrip()


def test_strip_unsafe_characters_keeps_zwnj() -> None:
    text, counts = strip_unsafe_characters("می\u200cخواهم\u200b")
    assert text == "می\u200cخواهم" and counts == {"zero-width": 1}


@pytest.mark.parametrize(("char", "kind"), [
    ("\u200c", "zero-width"), ("\u200d", "zero-width"), ("\u00ad", "invisible"), ("\u2063", "invisible"),
    ("\u180e", "invisible"), ("\u034f", "invisible"), ("\u061c", "bidi-control"), ("\u200e", "bidi-control"),
    ("\u200f", "bidi-control"),
])
def test_an_invisible_character_inside_a_number_is_stripped_and_counted(char: str, kind: str) -> None:
    text, counts = strip_unsafe_characters(f"Some 6{char}13 people were killed.")
    assert text == "Some 613 people were killed." and counts == {kind: 1}


@needs_shared
def test_every_non_debris_line_of_each_seed_survives(seeds_export: dict[str, object]) -> None:
    docs = {Path(d["path"]).stem: d for d in seeds_export["documents"]}  # type: ignore[attr-defined]
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    for path in sorted(SEEDS.glob("*.txt")):
        doc = docs[path.stem]
        debris_lines = {d["line"] for d in doc["debris"]}
        raw_lines = path.read_text(encoding="utf-8").split("\n")
        for line_no, line in enumerate(raw_lines, start=1):
            if line_no not in debris_lines and line.strip():
                assert line.rstrip() in doc["text"], f"{path.name} line {line_no} lost"
        for noise in gold["documents"][path.stem].get("noise", []):
            assert noise not in doc["text"]
        assert len(debris_lines) <= 6, f"{path.name}: too many lines dropped ({len(debris_lines)})"


@pytest.mark.parametrize(("line", "reason"), [
    ("Share on Facebook", "share-ui"), ("Share on Facebook Share on Twitter", "share-ui"), ("Email this story", "share-ui"),
    ("Tweet | Share | Email | Print", "share-ui"), ("Tags: Politics, Economy, Floods", "tag-list"),
    ("Topics: shooting, Detroit", "tag-list"), ("Filed under: Crime", "tag-list"), ("Related coverage", "related-link"),
    ("Related Videos:", "related-link"), ("Copyright 2016 The Associated Press. All rights reserved.", "copyright"),
    ("© 2021 Valley Times", "copyright"),
    ("1:55 Man walks free after 22 years in prison for six firefighter deaths Pause", "video-link"),
    ("3:00 Two injured officers are thankful that this little piggy went to auction", "video-link"),
    ("0:50 One dead after shooting involving officer", "video-link"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
])
def test_common_debris_lines_in_their_generic_forms(line: str, reason: str) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Save the date: the march begins at noon.", "Copyright laws changed in 2016, officials said.",
    "Related to the flood, 40 homes were lost.", "Topics discussed included the toll of 40 dead.",
    "Share prices fell 3 percent on Monday.", "Print media reported 12 deaths.",
    "10:45 Police say the suspect is in custody.", "4:30 p.m. Officers arrived at the scene",
    "Booking of the suspects took hours.", "The ministry acted in line with code 12 of the law.",
    "Police get alerts when shots are fired.", "Given the storm, 12 flights were cancelled.",
])
def test_article_sentences_that_open_like_debris_are_kept(line: str) -> None:
    assert debris_reason(line) is None
