"""Counts stated without a numeral, on sentences written for these tests: the value, the
measure, the person counted and the words that state it."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.implicit import find_implicit_counts

COUNTS = [
    ("A man was shot dead outside a bar on Sunday.", "A man was shot dead", 1, "killed", "man"),
    ("A 23-year-old Toledo woman was shot and killed near her home.", "A 23-year-old Toledo woman was shot and killed", 1, "killed", "woman"),
    ("The victim died at a hospital early Monday.", "The victim died", 1, "killed", "victim"),
    ("A teenager was fatally shot in the parking lot.", "A teenager was fatally shot", 1, "killed", "teenager"),
    ("Officers said a driver was stabbed to death.", "a driver was stabbed to death", 1, "killed", "driver"),
    ("A woman was found dead in the apartment.", "A woman was found dead", 1, "killed", "woman"),
    ("Ana Ruiz, 41, was pronounced dead at the scene.", "Ana Ruiz, 41, was pronounced dead", 1, "killed", "person"),
    ("Tom Dale Baker, 19, was shot in the chest and later died.", "Tom Dale Baker, 19, was shot", 1, "killed", "person"),
    ("A boy was shot in the leg and died hours later.", "A boy was shot", 1, "killed", "boy"),
    ("A second man was wounded in the exchange.", "A second man was wounded", 1, "injured", "man"),
    ("A bystander was hurt by flying glass.", "A bystander was hurt", 1, "injured", "bystander"),
    ("Hours later a girl went to a hospital for treatment of a gunshot wound.",
     "a girl went to a hospital", 1, "injured", "girl"),
    ("A second man later showed up at a hospital with a gunshot wound to the arm.",
     "A second man later showed up at a hospital", 1, "injured", "man"),
    ("The officer was shot in the arm, police said.", "The officer was shot", 1, "casualties", "officer"),
    ("A third person was grazed by a bullet.", "A third person was grazed", 1, "injured", "person"),
    ("Another customer was hospitalized with cuts.", "Another customer was hospitalized", 1, "injured", "customer"),
    ("A clerk, 52, was critically wounded.", "A clerk, 52, was critically wounded", 1, "injured", "clerk"),
    ("Deputies said one male and one female were found dead at the scene.", "one male and one female were found dead", 2, "killed", "people"),
    ("Shots rang out and a woman and man were found dead.", "a woman and man were found dead", 2, "killed", "people"),
    ("The crash that left a man and woman dead was an accident.", "left a man and woman dead", 2, "killed", "people"),
    ("Both Mara Quint and Leo Vance died from their wounds.", "Both Mara Quint and Leo Vance died", 2, "killed", "people"),
    ("Police say Mara Quint, 22, and Leo Vance, 21, were killed.", "Mara Quint, 22, and Leo Vance, 21, were killed", 2, "killed", "people"),
    ("The intruder killed a young couple and fled.", "killed a young couple", 2, "killed", "people"),
    ("A woman and her son were killed in the fire.", "A woman and her son were killed", 2, "killed", "people"),
    ("He was later pronounced dead at the hospital.", "He was later pronounced dead", 1, "killed", "person"),
    ("She died two days later.", "She died", 1, "killed", "person"),
    ("Ferris, a local teacher, was killed on Friday.", "Ferris, a local teacher, was killed", 1, "killed", "person"),
    ("Dana Holt, 30 of Marion, was shot and killed.", "Dana Holt, 30 of Marion, was shot and killed", 1, "killed", "person"),
    ("A gunman shot and killed his girlfriend on Sunday.", "shot and killed his girlfriend", 1, "killed", "girlfriend"),
    ("He was charged in the death of 15-year-old Ryan Cole.", "death of 15-year-old Ryan Cole", 1, "killed", "person"),
    ("He faces trial for the fatal shooting of a 13-year-old boy.", "fatal shooting of a 13-year-old boy", 1, "killed", "boy"),
    ("A 15-year-old is dead after the crash.", "A 15-year-old is dead", 1, "killed", "person"),
    ("A drive-by that killed a man and wounded two others.", "killed a man", 1, "killed", "man"),
    ("No one was hurt in the blast.", "No one was hurt", 0, "injured", "people"),
    ("Nobody else was injured, the sheriff said.", "Nobody else was injured", 0, "injured", "people"),
    ("No other people were killed.", "No other people were killed", 0, "killed", "people"),
    ("No injuries were reported.", "No injuries were reported", 0, "injured", "people"),
    ("No deaths have been reported so far.", "No deaths have been reported", 0, "killed", "people"),
    # active forms, and people who live
    ("Shots were fired, critically injuring a 16-year-old girl.", "critically injuring a 16-year-old", 1, "injured", "person"),
    ("The gunman opened fire, killing a bystander.", "killing a bystander", 1, "killed", "bystander"),
    ("A 9-year-old boy is recovering after the shooting.", "A 9-year-old boy is recovering", 1, "injured", "boy"),
    ("A man was shot in the arm and is expected to survive.", "A man was shot", 1, "injured", "man"),
    ("A 3-year-old girl accidentally shot herself and is expected to survive.", "A 3-year-old girl accidentally shot herself", 1, "injured", "girl"),
    ("A man shot himself after the standoff and died.", "A man shot himself", 1, "killed", "man"),
    # several killed, named by the kind of killing
    ("Detectives are investigating a double homicide on Elm Street.", "double homicide", 2, "killed", "people"),
    ("The triple murder went unsolved for a decade.", "triple murder", 3, "killed", "people"),
    ("Police are investigating an apparent double murder-suicide on Elm Street.", "double murder-suicide", 3, "killed",
     "people"),
    # one more person, in hospital or in a condition; headlines that give the shot and the dead
    ("One man is dead and another man was taken to an area hospital.", "another man was taken to an area hospital", 1,
     "injured", "man"),
    ("Three people were shot to death and another was in critical condition.", "another was in critical condition", 1,
     "injured", "person"),
    ("A second was listed in stable condition on Sunday.", "A second was listed in stable condition", 1, "injured",
     "person"),
    ("A passenger was rushed to a hospital after the crash.", "A passenger was rushed to a hospital", 1, "injured",
     "passenger"),
    ("2 shot, 1 dead, in Russell neighborhood", "2 shot, 1 dead", 1, "injured", "people"),
    ("Four shot, two fatally, in parade violence", "Four shot, two fatally", 2, "injured", "people"),
    ("Six people shot, one killed at a house party", "Six people shot, one killed", 5, "injured", "people"),
    # the person and a clause about them, then what befell them
    ("A victim who escaped from the house also was injured in the attack.",
     "A victim who escaped from the house also was injured", 1, "injured", "victim"),
    ("A man who opened fire on the crowd was killed by officers.", "A man who opened fire on the crowd was killed", 1,
     "killed", "man"),
    # the other words for died, and a person a clause says died
    ("A 5-year-old girl has passed away from her injuries.", "A 5-year-old girl has passed away", 1, "killed", "girl"),
    ("A man succumbed to his wounds on Monday.", "A man succumbed", 1, "killed", "man"),
    ("She passed away a few days later.", "She passed away", 1, "killed", "person"),
    ("The mother of a 5-year-old girl who was killed in the shooting was charged.",
     "a 5-year-old girl who was killed", 1, "killed", "girl"),
    ("And in December, a 9-year-old boy was shot and killed by accident.",
     "a 9-year-old boy was shot and killed", 1, "killed", "boy"),
    ("The baby was shot and killed Saturday, April 16, in the city.",
     "The baby was shot and killed", 1, "killed", "baby"),
]

NOT_COUNTS = [
    "A man was arrested after the chase.",
    "The officer was not injured.",
    "His mother went to the hospital to see him after the shooting.",
    "The victims and a bystander were taken to the hospital after the shooting.",
    "The man had two gunshot wounds to the chest after the shooting.",
    "A woman was questioned by detectives.",
    "The victims were taken to a hospital.",
    "A man who was shot last year testified on Monday.",
    "The shooting left the town shaken.",
    "Many people were there when the gunfire began.",
    "He was shot at 10:30 p.m. but walked home.",
    "Smith and Jones said the plan had died in committee.",
    "The Bulls killed the clock in the fourth quarter.",
    "He said he did not mean to hurt his father.",
    "She threatened to kill the dog.",
    "“Everybody is hurt,” the pastor said after the service.",
    "Someone was taken to task for the delay.",
    "The officer who arrested him was not injured.",
    "The firearm discharged, killing Winslow, Goodyear said.",
]


@pytest.mark.parametrize(("sentence", "words", "value", "measure", "noun"), COUNTS)
def test_a_count_said_in_words(sentence: str, words: str, value: int, measure: str, noun: str) -> None:
    [count] = list(find_implicit_counts(sentence))
    assert (sentence[count.start:count.end], count.value, count.measure, count.noun) == (words, value, measure, noun)


@pytest.mark.parametrize("sentence", NOT_COUNTS)
def test_no_count_where_none_is_stated(sentence: str) -> None:
    assert list(find_implicit_counts(sentence)) == []


def test_an_implicit_count_of_one_victim_is_a_person_and_of_several_people() -> None:
    """One victim told of ("a man was shot dead") is not a toll: counted as a person, so it groups
    with other such mentions and not with the counts of the incident; people told of together
    ("a man and a woman were killed", "a double homicide") are a count of people."""
    [implicit] = [c for c in claimledger.extract("A man was shot dead on Sunday.") if c.kind == "quantity"]
    [figure] = [c for c in claimledger.extract("Police said 2 people were killed.") if c.kind == "quantity"]
    assert implicit.kind == "quantity" and implicit.what == "man killed" and implicit.notes
    assert (implicit.measure, implicit.counted, implicit.span.start, implicit.span.end) == ("killed", "person", 0, 19)
    assert (implicit.what_key, figure.what_key) == ("person|kill", "people|kill")
    assert (figure.measure, figure.counted) == ("killed", "people")
    for sentence, value in (("A man and a woman were killed on Sunday.", 2), ("Police are investigating a double homicide.", 2),
                            ("The triple murder shocked the town.", 3)):
        [together] = [c for c in claimledger.extract(sentence) if c.kind == "quantity"]
        assert (together.value, together.measure, together.counted) == (value, "killed", "people"), sentence


def test_a_document_that_gives_the_figure_tells_of_one_victim_with_no_count_of_its_own() -> None:
    claims = claimledger.extract("Police said 2 people were killed. A man was shot dead outside, and a woman died later.")
    assert [(c.value, c.measure) for c in claims if c.kind == "quantity"] == [(2, "killed")]


@pytest.mark.parametrize(("sentence", "value", "measure"), [
    # counts a sentence joins
    ("Police say four women and one man were shot in the parking lot.", 5, "injured"),
    ("Three men and a woman were wounded outside the club.", 4, "injured"),
    ("Two women and a man were killed in the crash.", 3, "killed"),
    ("The four men and three women shot at the party were taken to hospitals.", 7, "injured"),
    ("Two men, 18 and 20, and one woman, 19, were injured in the blast.", 3, "injured"),
    ("One adult and two children are dead after the fire.", 3, "killed"),
    ("The gunman shot and killed a woman and her two sons before fleeing.", 3, "killed"),
    ("The explosion injured two firefighters and a police officer.", 3, "injured"),
    ("Two men, 18 and 20, and a woman, 19, were taken to Northside Hospital after the shooting.", 3, "injured"),
    ("Two girls and a boy were rushed to area hospitals after the crash.", 3, "injured"),
    # a named person among the counts
    ("Two other teenagers and 19-year-old Dana Marsh were taken to the hospital after the shooting.", 3, "injured"),
    ("Three men and Ana Ruiz, 41, were wounded in the crossfire.", 4, "injured"),
    ("Police are investigating after four adults and a 3-year-old were shot on Elm Street.", 5, "injured"),
    ("Shooting injures 1 child and 1 adult on the east side", 2, "injured"),
    ("Officials are investigating the deaths of a man and his two children who were found dead in a car after the shooting.", 3, "killed"),
    ("As first reported, two children and their father were found dead after the shooting near the park.", 3, "killed"),
    ("Deputies found that the man had killed the two children and then himself, the sheriff said.", 3, "killed"),
    ("The Dunmore mother and her two sons were found dead in a van after the shooting.", 3, "killed"),
    ("The two boys and a girl were wounded in the shooting on Oak Street.", 3, "injured"),
    ("A 31-year-old man, 16-year-old boy, and two women, 22 and 40, were rushed to County Hospital after the shooting.",
     4, "injured"),
    ("Gunman kills 2 men and 1 woman outside a bar", 3, "killed"),
    ("Two men and three others were wounded in the shooting.", 5, "injured"),
    ("He said he and two others were wounded in the shooting.", 3, "injured"),
    ("Gun in father's lap when he and his 2 kids were found dead after the shooting", 3, "killed"),
    # "left ... dead", and people counted as members of a family
    ("The shooting left their father and three other members of their family dead.", 4, "killed"),
    ("The shooting killed four members of their family and a family friend.", 5, "killed"),
    ("The attack left a woman and two other people wounded.", 3, "injured"),
    # a headline's list, joined by commas alone
    ("2 adults, 1 child dead in murder-suicide, police say", 3, "killed"),
    ("DPS: Father, two children died from gunshot wounds in July homicide", 3, "killed"),
    ("Mother, 3 children killed in shooting at their home", 4, "killed"),
    ("Highlands Ranch mom, two sons died of gunshot wounds after the shooting", 3, "killed"),
    # the deaths of several people named together
    ("Police are investigating the death of a woman and her two young sons after the shooting.", 3, "killed"),
    # a count the counts after it break down: "three victims, two women and a man," are three
    ("The three other victims, two women, 28 and 27, and one man, 24, were taken to area hospitals.", 3, "injured"),
    # victims each brought in by "a"
    ("A 17-year-old boy was shot in the leg and a 16-year-old boy was shot in the foot, police said.", 2, "injured"),
    ("A 30-year-old man was shot in the back, a 28-year-old man was shot in the arm and a girl was shot in the wrist.",
     3, "injured"),
    ("A man was killed and a woman was killed in the crash on Route 9.", 2, "killed"),
])
def test_the_counts_or_victims_a_sentence_joins_add_up_to_one_count(sentence: str, value: int, measure: str) -> None:
    claims = claimledger.extract(sentence)
    [total] = [c for c in claims if c.kind == "quantity" and c.measure in ("killed", "injured", "casualties")]
    assert (total.value, total.measure) == (value, measure)
    parts = [c for c in claims if c.part_of == total.id]
    assert parts and all(part.measure is None for part in parts)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Police say he shot another man and a 4-year-old girl outside the store on Tuesday.", 2),
    ("The blast injured another worker and a firefighter near the gate.", 2),
    ("Officers found an injured 6-year-old boy and an injured 30-year-old man after the shooting.", 2),
])
def test_another_person_joined_to_a_person_counts_both(sentence: str, value: int) -> None:
    counts = [c for c in claimledger.extract(sentence) if c.measure in ("killed", "injured", "casualties")]
    assert [c.value for c in counts] == [value]


@pytest.mark.parametrize(("sentence", "values"), [
    ("Police said the man killed his wife and himself at the farm.", [2]),
    ("Police said a father fatally shot his twin daughters and then himself on Friday.", [3]),
    ("The man killed his daughters and himself, police said.", []),  # how many daughters is not said
    ("In a shooting caught on Facebook Live, a 2-year-old boy and a 26-year-old man were killed.", [2]),
    # "fatally" may tell of the first alone: no sum of the dead
    ("Police are trying to find out who fatally shot a man and three others at a bar on Sunday.", [1]),
    ("Swift is charged with the murder of Brian Banes and Delandis Clark after the shooting.", [2]),
    ("He is charged with the attempted murders of two men and a woman after the shooting.", []),
])
def test_the_dead_a_sentence_names_together(sentence: str, values: list[int]) -> None:
    killed = [c.value for c in claimledger.extract(sentence) if c.measure == "killed"]
    assert killed == values


def test_a_figure_of_another_harm_inside_the_words_leaves_the_count_stated() -> None:
    text = ("A woman who fled the house where two people were killed on Monday was also injured in the attack, "
            "the sheriff said.")
    found = sorted((c.value, c.measure) for c in claimledger.extract(text) if c.measure in ("killed", "injured"))
    assert found == [(1, "injured"), (2, "killed")]


def test_a_victim_of_another_harm_stays_apart_from_the_total() -> None:
    claims = claimledger.extract("A 22-year-old man was killed and a 6-year-old girl was wounded in a shooting on Friday.")
    assert sorted((c.value, c.measure) for c in claims if c.measure in ("killed", "injured")) == [(1, "injured"), (1, "killed")]


@pytest.mark.parametrize(("sentence", "measure"), [
    ("The officer was immediately taken to Memorial Hospital of Carbondale.", "injured"),
    ("A woman was rushed to Kings County Hospital after the shooting.", "injured"),
    ("The driver was airlifted to a regional trauma center.", "injured"),
    ("The boy was rushed to a local hospital, where he passed away.", "killed"),
    ("The student was rushed to a medical center with severe injuries but did not survive.", "killed"),
    ("Police said the man stabbed his estranged wife, Ana Ruiz, to death before the shooting.", "killed"),
])
def test_a_person_taken_to_any_named_hospital_was_hurt_unless_they_died(sentence: str, measure: str) -> None:
    from claimledger.claims.implicit import find_implicit_counts

    counts = list(find_implicit_counts(sentence))
    assert counts and counts[0].value == 1 and counts[0].measure == measure


def test_no_one_else_hurt_after_a_wounded_victim_is_no_count_of_none() -> None:
    """"No one else was injured" after a victim rushed to hospital says none besides that victim:
    the document states no total of none injured. After a victim killed it does."""
    text = ("A man was shot on Elm Street on Monday. He was rushed to a hospital in critical condition. "
            "Other people were inside the home, but no one else was injured.")
    counts = [(c.value, c.measure) for c in claimledger.extract(text, published="2016-05-02") if c.kind == "quantity"]
    assert (0, "injured") not in counts and (1, "injured") in counts
    killed = "A man was shot dead on Elm Street on Monday. No one else was injured."
    counts = [(c.value, c.measure) for c in claimledger.extract(killed, published="2016-05-02") if c.kind == "quantity"]
    assert (0, "injured") in counts


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    # another person's death later in the sentence is not the wounded one's
    ("A woman died and a man was wounded after the shooting, and a teen died later.", [2], [1]),
    ("A man was wounded in the shooting and later died at the hospital.", [1], []),
    # a caption run twice where the scrape lost its full stop tells of one victim
    ("Image 6 of 12 A woman died in a drive-by shooting outside a home (Metro Video) A woman died in a drive-by "
     "shooting outside a home.", [1, 1], []),
])
def test_each_victim_a_sentence_brings_in_is_counted_once(sentence: str, killed: list[int], injured: list[int]) -> None:
    found = claimledger.extract(sentence)
    assert [c.value for c in found if c.measure == "killed"] == killed
    assert [c.value for c in found if c.measure == "injured"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    # the counts a dash sets off after a count, adding up to it, tell who the counted are
    ("Four people were hurt in the shooting. Police said the three other victims — one man and two women, all in "
     "their 20s — had been injured at the home.", [4, 3]),
    # a bare figure joined to a partitive is some of the victims too
    ("Four people were wounded in the shooting. A spokeswoman said two of the victims were in critical condition and "
     "two suffered minor injuries.", [4]),
    # set off by commas, with a part an article counts ("a woman"): three in all
    ("Three others, a 19-year-old woman and two men, were treated for wounds and released.", [3]),
    ("Four people — a man, two women and a child — were wounded outside the club.", [4]),
    # counts set off that do not add up to the count stay counts of their own
    ("Three victims — two men and two women — were hurt in the shooting.", [3, 2, 2]),
    # counts of other harms after a comma are no breakdown, though they add up
    ("Two people were killed, one injured and one arrested after the raid.", [1]),
])
def test_counts_that_break_another_down_are_no_counts_of_their_own(text: str, injured: list[int]) -> None:
    assert [c.value for c in claimledger.extract(text) if c.measure == "injured"] == injured

