import pytest

from claimledger.claims.sentences import split_sentences

LONG = "x" * 80


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mr. Smith said 5 died. Others left.", ["Mr. Smith said 5 died.", "Others left."]),
        ("It was in the U.S. Army. Then it ended.", ["It was in the U.S. Army.", "Then it ended."]),
        ("Page 3 of vol. 2 was cited. It says X.", ["Page 3 of vol. 2 was cited.", "It says X."]),
        ("He met J. Doe. They spoke.", ["He met J. Doe.", "They spoke."]),
        (f"A word {LONG}. Next one.", [f"A word {LONG}.", "Next one."]),
        (f"{LONG} and then Dr. Who came.", [f"{LONG} and then Dr. Who came."]),
        ("One line.\nAnother line", ["One line.", "Another line"]),
        ("“It burned.” The town fell.", ["“It burned.”", "The town fell."]),
        # a quote's speaker after its closing mark belongs to the quote's sentence
        ("“Who let this happen?” Mayor Ana Ruiz asked on Monday. The crowd left.",
         ["“Who let this happen?” Mayor Ana Ruiz asked on Monday.", "The crowd left."]),
        ("“We will not give up!” the union leader declared. Then it rained.",
         ["“We will not give up!” the union leader declared.", "Then it rained."]),
        ("“It is over.” Police said that the road was closed.", ["“It is over.”", "Police said that the road was closed."]),
        # a quote opened with two apostrophes, as some wires write “, opens a sentence too
        ("''It burned,'' she said. ''We lost everything.''", ["''It burned,'' she said.", "''We lost everything.''"]),
        # and a short clause of any past verb after a closing quote is the quote's frame, unless it opens a sentence
        ("“Why were the pumps off?” Ruiz questioned. The crowd left.",
         ["“Why were the pumps off?” Ruiz questioned.", "The crowd left."]),
        ("“Is it over?” The crowd waited. Police left.", ["“Is it over?”", "The crowd waited.", "Police left."]),
        # after a full stop, a passive clause is the next sentence, not the quote's frame
        ('Ana Ruiz told the crowd: "This reform is an insult." Fourteen people were detained.',
         ['Ana Ruiz told the crowd: "This reform is an insult."', "Fourteen people were detained."]),
        ("“Why now?” Ruiz asked. “Who decided?” Voters were asked.", ["“Why now?” Ruiz asked.",
                                                                      "“Who decided?”", "Voters were asked."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_a_names_initials_end_no_sentence() -> None:
    text = "Rep. G.K. Butterfield said the vote mattered. Then J.R. Ortiz left."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Rep. G.K. Butterfield said the vote mattered.", "Then J.R. Ortiz left."]
