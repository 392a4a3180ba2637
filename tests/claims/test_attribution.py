"""Whom a sentence credits its figures to (claims.attribution), on sentences written for each form."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.attribution import Resolver, sentence_attribution


def credit(sentence: str) -> str | None:
    return sentence_attribution(sentence, 0, Resolver(sentence, None))


@pytest.mark.parametrize(("sentence", "source"), [
    ("The transport ministry puts the death toll at 33.", "transport ministry"),
    ("Officials put the number of dead at 40 on Tuesday.", "Officials"),
    ("The Red Crescent estimated the total at more than 1,200.", "Red Crescent"),
    ("The coast guard has placed the number of missing people at 9.", "coast guard"),
    ("According to the fire service, 12 homes burned.", "fire service"),
    ("Three people died, the coroner said.", "coroner"),
    ("The ministry has reported 812 suspected cases.", "ministry"),
    # a credit to no one named, never the date beside it
    ("A post shared widely on social media on 8 November claims that more than 40 people died.", "post"),
    ("A video circulating online shows that 12 people were hurt.", "video"),
    ("Local aid groups working in the east put the number at closer to 2 million.", "Local aid groups"),
    # whoever puts any matter at a figure, records none names among them
    ("Official data put the loss at 11,088 square kilometres.", "Official data"),
    ("Insurers put the damage at $2 billion.", "Insurers"),
])
def test_a_source_that_states_or_sets_a_figure(sentence: str, source: str) -> None:
    assert credit(sentence) == source


@pytest.mark.parametrize("sentence", [
    "He put the book on the table at 5 o'clock.",
    "The crew put the boat in the water at dawn.",
    "Three people died in the fire.",
    "As of 16 March 2026, 1,204 suspected cases and 27 deaths have been reported.",
    "An estimated 1.3 million people are internally displaced inside Ardenia.",
])
def test_a_sentence_in_its_own_voice(sentence: str) -> None:
    assert credit(sentence) is None


@pytest.mark.parametrize(("text", "sentence_from", "source"), [
    # the body named before, not the words after its sentence
    ("The figures came from the Ministry of Emergency Situations. Residents were told to leave. "
     "At least 42 people were killed, the ministry said.", "At least", "Ministry of Emergency Situations"),
    # officials after a named body are officials
    ("48 people were killed, according to the Ministry of Emergency Situations. Officials put the number of injured "
     "at 130.", "Officials", "Officials"),
    # a name does not run over a line break
    ("Nightclub Shooting Leaves 1 Dead: Police\n\nA man was killed outside the club, police said.", "A man", "police"),
    # the agency is the fuller description given before
    ("The quake killed 48 people, the national disaster agency said. The agency said 1,200 buildings were damaged.",
     "The agency", "national disaster agency"),
    # a surname's fullest name stays on its line and in its sentence
    ("Crews would burn the chemical on Monday.\nGovernor Ellen Marsh widened the zone. Marsh said 20 cars carried it.",
     "Marsh said", "Governor Ellen Marsh"),
])
def test_a_reference_resolves_to_what_the_document_named_before(text: str, sentence_from: str, source: str) -> None:
    said = text.index(sentence_from)
    assert sentence_attribution(text[said:], said, Resolver(text, None)) == source


def test_a_relative_pronoun_that_says_a_figure_stands_for_the_name_before_it() -> None:
    text = ("Opposition leader Mira Kostic spoke first. Kostic, who led the campaign, called the result a disgrace "
            "and said observers had seen irregularities at more than 300 polling stations.")
    [figure] = [c for c in claimledger.extract(text) if c.kind == "quantity"]
    assert figure.attributed_to == "Mira Kostic"


@pytest.mark.parametrize(("sentence", "who"), [
    ("Mayor Lena Ortiz, who toured the flooded streets, said 40 homes were lost.", "Mayor Lena Ortiz"),
    ("The regional governor, Ana Ruiz, said 12 people had died.", "Ana Ruiz"),
    ("Ortiz, the city's mayor since 2019, said 40 homes were lost.", "Ortiz"),
])
def test_an_attribution_names_its_source_without_the_clause_set_off_after_it(sentence: str, who: str) -> None:
    [said] = [c for c in claimledger.extract(sentence) if c.kind == "attribution"]
    assert said.attributed_to == who


@pytest.mark.parametrize(("text", "value", "who"), [
    # the source of a figure's own clause after a semicolon
    ("The organisers say 80,000 people marched; police put the crowd at 18,000.", 18000, "police"),
    ("The organisers say 80,000 people marched; police put the crowd at 18,000.", 80000, "organisers"),
    # an adverb between the source and its verb is not part of the source
    ("The organisers now say that 80,000 people marched on Saturday.", 80000, "organisers"),
    # a pronoun source inside another source's content is that source
    ("Observers from the monitoring mission said they found irregularities in 12 districts.", 12,
     "Observers from the monitoring mission"),
    ("Mayor Ana Ruiz said she believed 30 homes were lost.", 30, "Mayor Ana Ruiz"),
    # a live blog's time stamp is no source
    ("12:30 — At least 30 people have died, officials say.", 30, "officials"),
    # a sentence after a quote a speaker gave is the document's own
    ('Ana Ruiz told the crowd: "This reform is an insult." Fourteen people were detained.', 14, None),
    # where in a report a figure stands is not who says it
    ("The decree requires a roof survey every 6 months, according to page 3 of the inspectorate's report.", 6,
     "inspectorate's report"),
    # a source named in apposition before it sets a toll
    ("An independent monitoring group, the Karsa Rights Observatory, put the death toll at 52.", 52,
     "Karsa Rights Observatory"),
    # a cue word that describes the noun after it names no source
    ("The number of confirmed cases rose to 412 on Friday.", 412, None),
    # a place after "in the" is the count's place
    ("In the United States, about 180 people were killed, officials said.", 180, "officials"),
    # people who reported symptoms are the ill, not a source
    ("As of this morning, 130 guests and 9 crew members have reported symptoms to the ship's doctor.", 130, None),
    # nor a participle after the noun ("the events reported"): the source is who said so
    ("The number of adverse events reported has risen to 31, all of them minor, officials said.", 31, "officials"),
    # a headline's casualty noun is what is reported, no one who reports it
    ("Death reported in salad kit outbreak; illnesses climb to 87", 87, None),
    # "have been reported", by no one the sentence names: the report of the sentence before goes on
    ("At least 53 people were sickened in the outbreak, the agency said. No deaths have been reported.", 0, "agency"),
    # the counted people of one verb are no speaker of the verb joined to it
    ("The Government of Sundara estimates that 4.9 million people face acute food insecurity, and rejects the UN figure "
     "of 6.7 million as exaggerated.", 6700000, "Government of Sundara"),
    # a source in a relative clause after a figure is that figure's, not its sentence's
    ("Completions did rise in 2024, by 9.5%, not the 36% the ministry claimed.", 36, "ministry"),
    ("Completions did rise in 2024, by 9.5%, not the 36% the ministry claimed.", 9.5, None),
    # a bare figure a source says counts what the count before it counts
    ("The minister says 120,000 homes were built last year. Her own statistics office says 96,400.", 96400,
     "Her own statistics office"),
    # a receiver, a critic or a lawyer of a body is not that body; a spokesman or a chief executive speaks for it
    ("The court-appointed receiver of Greyfield Capital said 6,800 investors had lost money.", 6800,
     "court-appointed receiver of Greyfield Capital"),
    ("The chief executive of Halden Motors said 300 jobs would go.", 300, "Halden Motors"),
    # figures that show something are the body's that released them, or the document's own
    ("Final figures released on Tuesday by the state Department of Health show that 1,187 people died of overdoses.", 1187,
     "state Department of Health"),
    ("Overdose deaths fell to 1,204, according to provisional figures from the Department of Health.", 1204,
     "Department of Health"),
    # a spokesman keeps the body he speaks for
    ("The death toll has risen to 10, police spokesman Sgt. Leo Park told the Tribune.", 10,
     "police spokesman Sgt. Leo Park"),
    ("HARBOR CITY (NW) - Police on Monday released the names of the 11 people killed in the shooting.", 11, "Police"),
])
def test_whom_a_figure_is_credited_to(text: str, value: int, who: str | None) -> None:
    [figure] = [c for c in claimledger.extract(text) if c.kind == "quantity" and c.value == value]
    assert figure.attributed_to == who


def test_a_transcript_s_turn_credits_its_figures_to_the_speaker_label() -> None:
    text = ("GOVERNOR RITA ALVAREZ: Good morning. As of 6 a.m., 1.2 million customers are without power. "
            "We have confirmed seven deaths.\n\nREPORTER: How many are missing?\n\n"
            "EMERGENCY DIRECTOR SAM OKORO: Dana made landfall with winds of 130 miles per hour.")
    credited = {c.value: c.attributed_to for c in claimledger.extract(text, published="2025-08-28")
                if c.kind == "quantity"}
    assert credited == {1200000: "Governor Rita Alvarez", 7: "Governor Rita Alvarez",
                        130: "Emergency Director Sam Okoro"}


def test_a_parliamentary_record_s_turns_credit_their_figures_to_their_speakers() -> None:
    text = ("Lena Brandt (Opposition housing spokesperson): Her own statistics office says 96,400.\n\n"
            "The Minister for Housing (Ana Kell): 120,000 families got the keys to a new home in 2024.\n\n"
            "Lena Brandt: Fewer than 100,000 homes were completed.\n\n"
            "Vessby: a headline's place, no speaker, holds 12 homes.")
    credited = {c.value: c.attributed_to for c in claimledger.extract(text, published="2025-03-19") if c.kind == "quantity"}
    assert credited[120000] == "Ana Kell" and credited[100000] == "Lena Brandt" and credited[12] is None



@pytest.mark.parametrize(("source", "counted"), [
    ("Death", True), ("Deaths", True), ("relatives of the dead", False), ("the health ministry", False), ("Ana Ruiz", False),
])
def test_a_casualty_noun_is_no_source_but_a_phrase_that_holds_one_may_be(source: str, counted: bool) -> None:
    from claimledger.claims.attribution import names_a_counted_thing

    assert names_a_counted_thing(source) is counted


@pytest.mark.parametrize(("sentence", "who"), [
    ("Ms Marsh has disputed the commissioner's total, putting the figure at £48,000.", "Ms Marsh"),
    ("Ms Marsh puts the figure at £48,000.", "Ms Marsh"),
    ("The Standards Commissioner found that Helen Marsh claimed £52,300 she was not entitled to.", "Standards Commissioner"),
])
def test_the_source_of_a_sum_put_at_a_figure_or_found_claimed(sentence: str, who: str) -> None:
    [claim] = [c for c in claimledger.extract(sentence) if c.kind == "quantity"]
    assert claim.attributed_to == who


def test_a_figure_a_participle_credits_to_another_source_is_that_source_s() -> None:
    sentence = ("Nordchem said in a statement that less than 5 tonnes of ammonia had escaped, far less than the 12 tonnes "
                "estimated by provincial engineers.")
    credited = {c.value: c.attributed_to for c in claimledger.extract(sentence) if c.kind == "quantity"}
    assert credited == {5: "Nordchem", 12: "provincial engineers"}


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    # a passive cue joined to a clause of its own subject: that subject is what is expected, not who expects it
    ("The line will have 11 stations and is expected to carry 120,000 passengers a day, according to the council.",
     "120,000", "council"),
    # a figure a relative clause after it says a body budgeted, forecast or pledged
    ("The audit puts the cost at 3.4 billion euros, well above the 2.8 billion euros the city has budgeted.",
     "2.8 billion euros", "city"),
    ("Donors gave less than the $40 million the agency had forecast.", "$40 million", "agency"),
    # each clause's own source: after a semicolon, after a contrasting "while"
    ("Police estimated the crowd at 150,000; the club put it at more than 200,000.", "150,000", "Police"),
    ("Police estimated the crowd at 150,000; the club put it at more than 200,000.", "more than 200,000", "club"),
    ("Police estimated the crowd at 150,000, while the club put it at more than 200,000.", "more than 200,000", "club"),
    # a source that moves its own figure
    ("Police revised their estimate of Sunday's parade crowd to 180,000 on Tuesday.", "180,000", "Police"),
])
def test_the_source_of_one_figure_of_a_sentence(sentence: str, figure: str, source: str) -> None:
    start = sentence.index(figure)
    [claim] = [c for c in claimledger.extract(sentence) if c.kind == "quantity" and c.span.start == start]
    assert claim.attributed_to == source
