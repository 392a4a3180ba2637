"""Attribution spans (source, cue, content), on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.claims.speech import find_attributions

ATTRIBUTED = [
    ("The ministry said that 31 people had died in the flood.", "The ministry", "said", "that 31 people had died in the flood"),
    ("Officials said the toll would rise.", "Officials", "said", "the toll would rise"),
    ("31 people had died in the flood, the ministry said.", "the ministry", "said", "31 people had died in the flood"),
    ("The dam was not inspected, said Ana Ruiz, a spokeswoman.", "Ana Ruiz", "said", "The dam was not inspected"),
    ("According to police, the gunman fired 40 shots.", "police", "According to", "the gunman fired 40 shots"),
    ("The gunman fired 40 shots, according to the sheriff's office.", "the sheriff's office", "according to",
     "The gunman fired 40 shots"),
    ("He told reporters that the valley would be evacuated.", "He", "told", "that the valley would be evacuated"),
    ("The Valley Post reports that the plant had no permit.", "The Valley Post", "reports", "that the plant had no permit"),
    ("A poll showed that 52 percent of voters back the plan.", "A poll", "showed", "that 52 percent of voters back the plan"),
    ("The mayor has said the budget is balanced.", "The mayor", "has said", "the budget is balanced"),
    ("Senator Mara Quint tweeted that the vote was rigged.", "Senator Mara Quint", "tweeted", "that the vote was rigged"),
    ("“We will rebuild every home,” the governor said.", "the governor", "said", "We will rebuild every home"),
    ("The report found that 12 bridges were unsafe.", "The report", "found", "that 12 bridges were unsafe"),
]
NONE = [
    "The flood destroyed 40 homes in the valley.",
    "Said to be the oldest bridge in the county, it was closed.",
    "The book, titled “Crossing”, sold well.",
]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), ATTRIBUTED)
def test_source_cue_and_content_of_direct_and_indirect_speech(sentence: str, source: str, cue: str, content: str) -> None:
    found = [(sentence[a.source[0]:a.source[1]], sentence[a.cue[0]:a.cue[1]], sentence[a.content[0]:a.content[1]])
             for a in find_attributions(sentence)]
    assert (source, cue, content) in found


@pytest.mark.parametrize("sentence", NONE)
def test_no_attribution_where_nobody_says_anything(sentence: str) -> None:
    assert list(find_attributions(sentence)) == []
