"""Attribution spans (source, cue, content), on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.claims.speech import attributions_of_sentences, find_attributions

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
    # a number's comma does not end a source after "according to"
    ("Daily drinkers had an 85% higher risk, according to a study of about 48,000 adults published on Monday.",
     "a study of about 48,000 adults published on Monday", "according to", "Daily drinkers had an 85% higher risk"),
    # a role held for a named person or body
    ("Halden Bank's chief executive said the bank had enough capital.", "Halden Bank's chief executive", "said",
     "the bank had enough capital"),
]
NONE = [
    "Of the 30 injured, the condition of five is stated to be critical.",  # a passive: no one who states
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


# Read from the dependency parse: the whole subject as the source (with an apposition's closing
# comma, as PARC marks it), the verb with its auxiliaries as the cue, its complement as content.
# (sentence, source, cue, words the content holds)
PARSED = [
    # indirect speech, source first
    ("The interior ministry said on Sunday that 31 people had died.", "The interior ministry", "said", "31 people had died"),
    ("Police believe the fire was started deliberately.", "Police", "believe", "the fire was started deliberately"),
    ("Three witnesses told investigators that the truck had no lights.", "Three witnesses", "told", "the truck had no lights"),
    ("The governor denied that the levee had been neglected.", "The governor", "denied", "the levee had been neglected"),
    ("Engineers warned last year that the dam could fail.", "Engineers", "warned", "the dam could fail"),
    ("The company acknowledged that two valves were faulty.", "The company", "acknowledged", "two valves were faulty"),
    ("Residents complained about the smell for weeks.", "Residents", "complained about", "the smell"),
    ("The mayor called for an independent inquiry.", "The mayor", "called for", "an independent inquiry"),
    ("Union leaders accused the owners of ignoring safety rules.", "Union leaders", "accused", "the owners"),
    ("The coroner has not confirmed the cause of death.", "The coroner", "has not confirmed", "the cause of death"),
    ("Hospital officials expect more patients overnight.", "Hospital officials", "expect", "more patients"),
    ("Dr. Lena Ortiz, the chief surgeon, said most of the injured were children.", "Dr. Lena Ortiz, the chief surgeon,", "said", "most of the injured were children"),
    ("The fishermen, who had been kept out of the talks, said the quota was unfair.",
     "The fishermen, who had been kept out of the talks,", "said", "the quota was unfair"),
    ("Mayor Ana Ruiz, speaking to reporters at the dock, said the pier would reopen.",
     "Mayor Ana Ruiz", "said", "the pier would reopen"),
    ("Supporters, including the union of port workers, argued that the pier must stay open.",
     "Supporters, including the union of port workers,", "argued", "the pier must stay open"),
    ("A spokesman for the fire department estimated the damage at $2 million.", "A spokesman for the fire department", "estimated", "the damage"),
    ("The senator, speaking in Denver, promised to fund the repairs.", "The senator", "promised", "to fund the repairs"),
    ("Critics argue that the new rules came too late.", "Critics", "argue", "the new rules came too late"),
    ("Analysts predict that prices will fall in the spring.", "Analysts", "predict", "prices will fall in the spring"),
    ("The report was first published by the Valley Post.", "the Valley Post", "was first published", "The report"),
    # content first, speaker after
    ("The bridge will reopen on Monday, the transport minister said.", "the transport minister", "said", "The bridge will reopen on Monday"),
    ("“Every available crew is in the valley,” said Fire Chief Tomas Berg.", "Fire Chief Tomas Berg", "said", "Every available crew is in the valley"),
    ("“We did everything we could,” she told reporters.", "she", "told", "We did everything we could"),
    ("“The water came in minutes,” a farmer, Ivan Petrov, recalled.", "a farmer, Ivan Petrov,", "recalled", "The water came in minutes"),
    ("The levee held, officials said, but the roads were cut.", "officials", "said", "The levee held"),
    # partial quotes inside reported speech
    ("The prime minister described the blast as “bigger than the state.”", "The prime minister", "described", "bigger than the state"),
    ("She called the response “a disgrace” and demanded answers.", "She", "called", "a disgrace"),
    ("The agency said the plant was “not at risk” from the flood.", "The agency", "said", "not at risk"),
    ("Ruiz said the town had been “abandoned by everyone” after the storm.", "Ruiz", "said", "abandoned by everyone"),
    # according to
    ("According to the coast guard, 14 sailors were rescued.", "the coast guard", "According to", "14 sailors were rescued"),
    ("Fourteen sailors were rescued, according to a coast guard statement.", "a coast guard statement", "according to", "Fourteen sailors were rescued"),
    # multi-clause
    ("The minister said the toll was 40, and the police said it was 45.", "the police", "said", "it was 45"),
    ("He added that the search would continue through the night.", "He", "added", "the search would continue through the night"),
    ("The commission concluded that the inspections had been faked.", "The commission", "concluded", "the inspections had been faked"),
    ("Investigators suspect that a gas leak caused the blast.", "Investigators", "suspect", "a gas leak caused the blast"),
    ("Local media reported that the gunman had been arrested.", "Local media", "reported", "the gunman had been arrested"),
    ("A survey found that most residents want the dam removed.", "A survey", "found", "most residents want the dam removed"),
    ("The families insist that the alarms never sounded.", "The families", "insist", "the alarms never sounded"),
    ("Prosecutors allege that the firm forged the permits.", "Prosecutors", "allege", "the firm forged the permits"),
    ("The president vowed to rebuild the town.", "The president", "vowed", "to rebuild the town"),
    ("The opposition leader urged voters to stay calm.", "The opposition leader", "urged", "voters to stay calm"),
    ("The mayor reiterated that the levee would hold.", "The mayor", "reiterated", "the levee would hold"),
    ("The governor disclosed that the pumps had failed twice.", "The governor", "disclosed", "the pumps had failed twice"),
    ("Engineers likened the flood to a burst pipe.", "Engineers", "likened", "the flood"),
    ("The minister implied that the contractor was to blame.", "The minister", "implied", "the contractor was to blame"),
    ("WASHINGTON — Sen. Ana Ruiz said the bill would pass.", "Sen. Ana Ruiz", "said", "the bill would pass"),
    ("As the Tribune reported, the levee broke at noon.", "the Tribune", "reported", "the levee broke at noon"),
    ("Rep. Bo Lee (D-Va.) said the vote was close.", "Rep. Bo Lee (D-Va.)", "said", "the vote was close"),
    # what opens the clause is not the source; a dash that closes an apposition is part of it
    ("But the mayor said the levee would hold.", "the mayor", "said", "the levee would hold"),
    ("Even the union admitted that the pay offer was fair.", "the union", "admitted", "the pay offer was fair"),
    ("DENVER - State officials said the roads would reopen on Friday.", "State officials", "said",
     "the roads would reopen on Friday"),
    ("Ana Ruiz -- a teacher from Dayton -- said the school had been closed.", "Ana Ruiz -- a teacher from Dayton --",
     "said", "the school had been closed"),
    # a cue verb the rule lemmatizer misreads ("hoped" as "hop")
    ("The mayor hoped the river would fall by Friday.", "The mayor", "hoped", "the river would fall by Friday"),
    # the subject of the verb a "by saying" phrase hangs on
    ("The mayor responded by saying that the levee would hold.", "The mayor", "saying", "the levee would hold"),
    ("The governor began her speech by warning that the river would rise again.", "The governor", "warning",
     "the river would rise again"),
    # a quote credited after a dash
    ("“Nobody came to help us for three days.” ― Maria Lopez", "Maria Lopez", "―", "“Nobody came to help us for three days.”"),
    ("“Nobody came to help us for three days.” ― Carla Sanchez.", "Carla Sanchez", "―", "“Nobody came to help us"),
    ("“The bridge was closed for a week.” ― Ana Ruiz Jr.", "Ana Ruiz Jr.", "―", "“The bridge was closed"),
    ("Nobody came for days.” — Tom Baker “The next quote starts here.", "Tom Baker", "—", "Nobody came for days.”"),
]
PARSED_QUOTED = [
    # a cue verb that is no speech verb, beside a quotation
    ("Ruiz continued: “They are demanding this, and they are putting pressure on the council.”", "Ruiz", "continued:",
     "They are demanding this"),
    ("“This is not who we are and we know it,” she continued.", "she", "continued", "This is not who we are"),
    ("She continued, “For us, all we are asking for is an opportunity.”", "She", "continued", "all we are asking for"),
]
PARSED += PARSED_QUOTED
PARSED += [
    # a parenthetical cue inside the clause it reports
    ("But to prevent problems, he said, local officials should be vigilant.", "he", "said",
     "But to prevent problems, he said, local officials should be vigilant"),
    # a statement named by a noun, held by its source
    ("Fact-checkers examined Donald Trump’s claim that there were thousands of shootings.", "Donald Trump", "claim",
     "there were thousands of shootings"),
    ("Residents recalled the ministry's warning that the dam could fail.", "the ministry", "warning", "the dam could fail"),
    # the opening of the sentence is not the source
    ("But Trump claims the audit will be over by May.", "Trump", "claims", "the audit will be over by May"),
    ("WASHINGTON -- President Obama said the talks would resume in May.", "President Obama", "said",
     "the talks would resume in May"),
    ("The fraud was first reported by MSNBC on Tuesday.", "MSNBC", "was first reported", "The fraud"),
    # what someone is blamed for
    ("Democrats blasted him for not paying income tax.", "Democrats", "blasted", "him for not paying income tax"),
    ("The residents accused the council of hiding the flood report.", "The residents", "accused",
     "the council of hiding the flood report"),
    ("As Valley Times reported, the dam had failed twice before the flood.", "Valley Times", "reported",
     "the dam had failed twice"),
    ("The columnist Ana Ruiz sees the levy as a return to the town's old thrift.", "The columnist Ana Ruiz", "sees",
     "the levy as a return to the town's old thrift"),
    # the cue holds the colon, the medium and the day it was said on, not the "when" of its clause
    ('"We will rebuild every home," the mayor said in a statement.', "the mayor", "said in a statement",
     '"We will rebuild every home,"'),
    ('The mayor said: "We will rebuild every home."', "The mayor", "said:", '"We will rebuild every home."'),
    ('"We will rebuild every home," the mayor said Tuesday.', "the mayor", "said Tuesday", '"We will rebuild every home,"'),
    ("The levee will hold, the mayor said Tuesday morning.", "the mayor", "said", "The levee will hold"),
    # whom it was told is not what: the clause before a parenthetical "told"
    ("The death toll has risen to 10, police spokesman Sgt. Leo Park told the Tribune.", "police spokesman Sgt. Leo Park",
     "told", "The death toll has risen to 10"),
    # a body that makes figures or names known
    ("Police on Monday released the names of the 11 people killed in the shooting.", "Police", "released",
     "the names of the 11 people killed"),
    ("The ministry issued a toll of 40 dead on Friday.", "The ministry", "issued", "a toll of 40 dead"),
    # a wire dateline is no part of the source
    ("HARBOR CITY (NW) - Police said 12 people died.", "Police", "said", "12 people died"),
    ("CORRAN, July 16 (Wire) - Officials said the bridge had been closed.", "Officials", "said", "the bridge had been closed"),
]
PARSED_NONE = [
    # a claim on lives is a death, not a statement
    "The fire claimed the lives of 12 workers.",
    "The storm claimed 14 lives.",
    # an appeal to whoever reads it
    "Anyone with information should call 101, quoting incident 1245 of 12 September.",
    # a recall of goods is no memory
    "Arden recalls 1.2 million cars over an airbag flaw.",
    # releasing what is no information says nothing
    "The hostages were released on Monday.",
    "The company released a new phone in March.",
    "The claim that the dam could fail was false.",
    "Protests continued for three days in the capital.",
    "The fighting continued into the night.",
    "The crowd waved banners with “a new day for the valley” — Smith then left the stage.",
    "The river rose by two metres overnight.",
    "Crews cleared the road by noon.",
    "The so-called “safe zone” was flooded by Tuesday.",
    "Her novel “The Long Rain” won a prize in 2019.",
    "The wrestler, nicknamed “The Rock”, signed a new contract.",
    "“Flood Warning” is the title of the new documentary.",
    "The bridge, built in 1962, collapsed into the river.",
    "Thousands of people fled the city.",
    "The dam was inspected in October.",
    "Water levels in the reservoir fell sharply.",
    # a passive's subject is what was said, and "by" a date is when
    "As of 16 March, 1,204 suspected cases and 27 deaths have been reported.",
    "A second shipment of 120,000 doses is expected by 20 March.",
    "The results are expected by the end of the week.",
    # seeing is no view without "as"
    "Residents saw the water rise over the levee on Monday.",
    # a cue word the parse reads as a noun
    "The early voting states will test the new flood plans this spring.",
    # a cue word that describes the noun after it
    "The number of confirmed cases rose to 412.",
    "The list of reported deaths grew to 30 on Sunday.",
    "A total of 12 confirmed deaths were recorded in the district.",
    # a cue word that tells of the noun before it
    "The number of adverse events reported has risen to 31.",
    "The number of cases reported in the district doubled in a week.",
    # a question to the reader asserts nothing
    "Do you support the new flood levy?",
    "Do you believe the dam will hold this winter?",
]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), PARSED)
def test_attributions_read_from_the_parse(sentence: str, source: str, cue: str, content: str) -> None:
    [found] = attributions_of_sentences([sentence])
    spans = [(sentence[a.source[0]:a.source[1]], sentence[a.cue[0]:a.cue[1]], sentence[a.content[0]:a.content[1]])
             for a in found]
    assert any(s == source and c == cue and content in text for s, c, text in spans), spans


@pytest.mark.parametrize("sentence", PARSED_NONE)
def test_no_attribution_read_where_nobody_says_or_thinks_anything(sentence: str) -> None:
    assert attributions_of_sentences([sentence]) == [[]]


# a quote that opens its sentence, closed on a comma, question or exclamation mark, then who
# spoke and a verb of any kind: the quote is the content, whatever the verb
FRAMED = [
    ("“The bridge will hold,” the engineer insisted.", "the engineer", "insisted", "“The bridge will hold,”"),
    ("“Where were the sandbags?” Ruiz questioned.", "Ruiz", "questioned", "“Where were the sandbags?”"),
    ("“Not one more house!” the protesters chanted.", "the protesters", "chanted", "“Not one more house!”"),
    ("“We lost the whole harvest,” an angry Lena Ortiz retaliated.", "an angry Lena Ortiz", "retaliated",
     "“We lost the whole harvest,”"),
    ("“The levee failed at dawn,” tweeted another.", "another", "tweeted", "“The levee failed at dawn,”"),
    ("“Keep the children inside,” the mayor tweeted on Sunday.", "the mayor", "tweeted", "“Keep the children inside,”"),
    ("“You know, it happens, right?” Ruiz went on, as if nobody had asked.", "Ruiz", "went on",
     "“You know, it happens, right?”"),
    ("“Nobody warned us,” she told the Valley Times.", "she", "told", "“Nobody warned us,”"),
    ("\"It is a matter of weeks,\" replied Tomas Berg, the head of the water board.", "Tomas Berg, the head of the water board",
     "replied", "\"It is a matter of weeks,\""),
    ("''The pumps were off for hours,'' Mr. Gray continued.", "Mr. Gray", "continued", "''The pumps were off for hours,''"),
    ('"Thanks, Veldmark, for taking these families in," said master of ceremonies Ana Ruiz.',
     "master of ceremonies Ana Ruiz", "said", '"Thanks, Veldmark, for taking these families in,"'),
]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), FRAMED)
def test_a_quote_framed_by_its_speaker_is_the_content_whatever_the_verb(sentence: str, source: str, cue: str,
                                                                         content: str) -> None:
    [found] = attributions_of_sentences([sentence])
    spans = [(sentence[a.source[0]:a.source[1]], sentence[a.cue[0]:a.cue[1]], sentence[a.content[0]:a.content[1]])
             for a in found]
    assert (source, cue, content) in spans, spans


@pytest.mark.parametrize("sentence", [
    "He called the plan “a disgrace,” and the council voted it down.",
    "“Is it over?” The crowd waited in silence.",
    "“Flood Warning,” the documentary, won a prize in 2019.",
])
def test_no_frame_where_the_words_after_a_quote_say_nobody_spoke(sentence: str) -> None:
    found = attributions_of_sentences([sentence])[0]
    framed = [sentence[a.content[0]:a.content[1]] for a in found if sentence[a.content[0]:a.content[0] + 1] in "“"]
    assert framed == [], found


def _attribution_claims(text: str, use_parser: bool = True) -> list[tuple[str, str, str, str | None, list[object]]]:
    from claimledger.claims import extract_claims
    from claimledger.model import Document

    doc = Document(id="d", path="", text=text, content_hash="", fmt="txt", encoding="utf-8", published="2024-03-05")
    claims = extract_claims(doc, use_parser=use_parser)[0]
    values = {c.id: c.value for c in claims}
    return [(text[c.span.start:c.span.end], text[c.source_span.start:c.source_span.end],
             text[c.content_span.start:c.content_span.end], c.speaker, [values[m] for m in c.members])
            for c in claims if c.kind == "attribution" and c.source_span and c.content_span]


def _content_said_by(text: str, source: str) -> str:
    """The content of the first attribution whose source is ``source``."""
    return next(content for cue, said_by, content, *_ in _attribution_claims(text) if said_by == source)


@pytest.mark.parametrize("use_parser", [True, False])
def test_who_says_a_figure_is_a_claim_of_its_own_holding_the_figure(use_parser: bool) -> None:
    text = ("Flood in Veldmark\n\nThe interior ministry said on Sunday that 31 people had died in the flood. "
            "The mayor said the town would recover.")
    found = _attribution_claims(text, use_parser)
    assert len(found) == 1
    cue, source, content, speaker, members = found[0]
    assert (cue, source, speaker) == ("said", "The interior ministry", "interior ministry")
    assert "31 people had died in the flood" in content and 31 in members


def test_an_attribution_after_its_content_holds_the_figures_before_it() -> None:
    text = "Dam failure\n\nAt least 42 people were killed and 130 were injured, the ministry said on 5 March 2024."
    [(cue, source, content, speaker, members)] = _attribution_claims(text)
    assert (cue, source, members) == ("said", "the ministry", [42, 130]) and content.startswith("At least 42 people")


def test_an_attribution_inside_a_quote_is_the_speakers_own_and_no_claim_of_the_document() -> None:
    """ "I think 40 homes were lost" inside the mayor's quote is hers; the document attributes the
    quote to her, not a new claim to "I"."""
    text = ("Storm in Veldmark\n\n“I think 40 homes were lost, and we know 12 people were hurt,” the mayor said on "
            "Sunday. Officials said 12 people were hurt.")
    found = _attribution_claims(text)
    assert [(cue, source) for cue, source, *_ in found] == [("said", "the mayor"), ("said", "Officials")]


def test_quoted_words_tell_a_span_inside_a_closed_quote() -> None:
    from claimledger.claims.quotes import QuotedWords

    text = 'He said “we think it held” and “no more”, then "it broke" and “open'
    quoted = QuotedWords(text)
    assert quoted.holds(text.index("think"), text.index("think") + 5)
    assert quoted.holds(text.index("broke"), text.index("broke") + 5)
    assert not quoted.holds(text.index("said"), text.index("said") + 4)
    assert not quoted.holds(text.index("then"), text.index("then") + 4)
    assert not quoted.holds(text.index("open"), text.index("open") + 4)  # never closed


def test_quoted_content_keeps_its_marks_and_the_quoted_sentences_that_follow() -> None:
    text = ("Flood in Veldmark\n\n“We counted 31 dead by Sunday,” the mayor said.\n“The river is still rising.”\n\n"
            "Officials said 12 people were hurt.")
    content = _content_said_by(text, "the mayor")
    assert content == "“We counted 31 dead by Sunday,” the mayor said.\n“The river is still rising.”"


@pytest.mark.parametrize("after", [
    "\xa0\nOfficials said 12 people were hurt.",  # a no-break space before the paragraph ends
    " Officials said 12 people were hurt.",  # the text's own sentence goes on in the paragraph
])
def test_the_quoted_sentence_after_a_speaker_tag_belongs_to_the_quote(after: str) -> None:
    text = f"Flood in Veldmark\n\n“We counted 31 dead by Sunday,” the mayor said. “The river is still rising.”{after}"
    content = _content_said_by(text, "the mayor")
    assert content == "“We counted 31 dead by Sunday,” the mayor said. “The river is still rising.”"


def test_a_quoted_sentence_with_its_own_speaker_is_not_the_previous_quote() -> None:
    text = ("Flood in Veldmark\n\n“We counted 31 dead by Sunday,” the mayor said. “The river is still rising.” "
            "The governor said on Monday.")
    content = _content_said_by(text, "the mayor")
    assert content == "“We counted 31 dead by Sunday,”"


@pytest.mark.parametrize("text", [
    'Flood in Veldmark\n\nThe mayor said: "We counted 31 dead by Sunday. The pumps failed."',
    'Flood in Veldmark\n\nThe mayor said, "We counted 31 dead by Sunday. The pumps failed at dawn."',
])
def test_a_content_that_opens_a_quote_runs_to_its_closing_mark(text: str) -> None:
    content = _content_said_by(text, "The mayor")
    assert content.startswith('"We counted') and content.endswith(('failed."', 'dawn."')), content


def test_a_content_runs_to_the_close_of_a_quote_opened_inside_it() -> None:
    text = ('Flood in Veldmark\n\nThe mayor said the levee "held for 31 hours, but the pumps failed at dawn." '
            "Officials said 12 people were hurt.")
    content = _content_said_by(text, "The mayor")
    assert content == 'the levee "held for 31 hours, but the pumps failed at dawn."'


def test_a_quote_its_speaker_splits_in_two_is_one_content() -> None:
    text = ("Flood in Veldmark\n\n“We counted 31 dead by Sunday,” the mayor said, “and the river is still rising.” "
            "Officials said 12 people were hurt.")
    found = _attribution_claims(text)
    [content] = [content for cue, source, content, *_ in found if source == "the mayor"]
    assert content == "“We counted 31 dead by Sunday,” the mayor said, “and the river is still rising.”"


def test_content_that_ends_a_quote_opened_a_sentence_before_starts_at_its_opening_mark() -> None:
    text = "Flood in Veldmark\n\n“The river rose fast. We counted 31 dead,” the mayor said on Sunday."
    found = _attribution_claims(text)
    [content] = [content for cue, source, content, *_ in found if source == "the mayor"]
    assert content == "“The river rose fast. We counted 31 dead,”"


@pytest.mark.parametrize(("sentence", "content"), [
    ("“We will rebuild,” the mayor said.", "“We will rebuild,”"),
    ("The mayor said the town “will rebuild in a year.”", "the town “will rebuild in a year.”"),
    ("The mayor told reporters that the town would rebuild.", "that the town would rebuild"),
])
def test_content_bounds_as_parc_marks_them(sentence: str, content: str) -> None:
    from claimledger.claims.speech import attributions_of_sentences

    [[found]] = attributions_of_sentences([sentence])
    assert sentence[found.content[0]:found.content[1]] == content


@pytest.mark.parametrize(("sentence", "source", "content"), [
    ("Graham: Ferry Operator Ignored Three Safety Warnings", "Graham", "Ferry Operator Ignored Three Safety Warnings"),
    ("WALLACE: Let's start with the flood and the levee.", "WALLACE", "Let's start with the flood and the levee."),
    ("Port Authority: Cargo Was Stored Against the Rules.", "Port Authority", "Cargo Was Stored Against the Rules."),
])
def test_a_speaker_label_opening_a_line_attributes_the_rest_of_it(sentence: str, source: str, content: str) -> None:
    found = [a for a in attributions_of_sentences([sentence])[0] if sentence[a.cue[0]:a.cue[1]] == ":"]
    assert [(sentence[a.source[0]:a.source[1]], sentence[a.content[0]:a.content[1]]) for a in found] == [(source, content)]


@pytest.mark.parametrize("sentence", [
    "Update: The road reopened at noon.",
    "Phone: 555-0199",
    "Photo: firefighters at the scene of the blaze.",
    "Editor's note: This story was corrected on Monday.",
])
def test_a_label_that_names_no_speaker_attributes_nothing(sentence: str) -> None:
    assert not [a for a in attributions_of_sentences([sentence])[0] if sentence[a.cue[0]:a.cue[1]] == ":"]


def test_a_lead_in_ending_in_a_colon_hands_over_to_the_next_paragraph() -> None:
    text = ("The governor spoke after the vote.\n\nThe governor added:\n\n"
            "It is typical of the opposition. They have no idea what 40 families went through.\n\nThe vote passed.")
    [(cue, source, content, speaker, members)] = [a for a in _attribution_claims(text) if a[0] == "added"]
    assert (source, speaker, members) == ("The governor", "governor", [40])
    assert content == "It is typical of the opposition. They have no idea what 40 families went through."


def test_a_parenthetical_cue_before_a_new_clause_reports_the_words_before_it() -> None:
    sentence = "The levee will hold, the engineers said, but the town will be evacuated anyway."
    [found] = attributions_of_sentences([sentence])
    contents = [sentence[a.content[0]:a.content[1]] for a in found]
    assert "The levee will hold" in contents


def test_a_speaker_label_s_words_run_to_the_end_of_the_line() -> None:
    text = "WALLACE: Let us start with the news. The debate is tonight, and 40 million will watch.\nCUBAN: Thanks."
    [(cue, source, content, speaker, members)] = [a for a in _attribution_claims(text) if a[1] == "WALLACE"]
    assert content == "Let us start with the news. The debate is tonight, and 40 million will watch."
    assert members == [40_000_000]
