"""Quotes, speakers, relay chains, and the attribution of every claim, over patterns written
for these tests, negatives included."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims import extract_claims
from claimledger.claims.attribution import document_voice
from claimledger.model import Claim, Document


def claims_of(text: str, voice: str | None = None) -> tuple[Claim, ...]:
    doc = Document(id="d", path="", text=text, content_hash="", fmt="txt", encoding="utf-8",
                   voice=voice if voice is not None else document_voice(text), published="2024-03-05")
    return extract_claims(doc)[0]


def quotes_of(text: str, voice: str | None = None) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(text[c.span.start:c.span.end], c.speaker, c.via) for c in claims_of(text, voice) if c.kind == "quote"]


# (text, start of the quoted words, words the speaker must contain)
QUOTES: list[tuple[str, str, str]] = [
    ('"We will rebuild every home that the water took," Minister Elena Varga said.', "We will rebuild", "Elena Varga"),
    ('“We will rebuild every home that the water took,” said Minister Elena Varga.', "We will rebuild", "Elena Varga"),
    ("Minister Elena Varga said: “We will rebuild every home that the water took.”", "We will rebuild", "Elena Varga"),
    ("Minister Elena Varga said, “We will rebuild every home that the water took.”", "We will rebuild", "Elena Varga"),
    ("The governor told reporters: «The dam was inspected only last year by engineers».", "The dam was", "governor"),
    ('"Nobody expected the water to rise so fast," Anna Berg, a resident, told the BBC.', "Nobody expected", "Anna Berg"),
    ('"The situation is under control now," the ministry said.', "The situation", "ministry"),
    ('"Our teams are working around the clock," a spokesman added.', "Our teams", "spokesman"),
    ("Opposition leader Ivan Petrov stressed: “The government ignored every warning we gave.”", "The government ignored", "Ivan Petrov"),
    ('"We were able to break that [stereotype]," said Serzh Sargsyan.', "We were able", "Sargsyan"),
    ("Armenian President Serzh Sargsyan said in his interview to the journalist Thomas de Waal: “Before Khojali, "
     "the Azerbaijanis thought that we could not do it. We were able to break that stereotype”.", "Before Khojali", "Sargsyan"),
    ("Serzh Sargsyan, the former president, was described by the British journalist Thomas de Waal as admitting it "
     "in the following way: “before Khojali, the Azerbaijanis thought that … the Armenians were people who could not "
     "raise their hand. We were able to break that [stereotype]”.", "before Khojali", "Sargsyan"),
    ("The former defence minister and president, Serzh Sargsyan, was quoted by British journalist Thomas de Waal "
     "(Black Garden (New York, 2003), p. 172), as saying, “before Khojaly, the Azerbaijanis thought that we could not "
     "do it”.", "before Khojaly", "Sargsyan"),
    ("In its verdict of 22 April 2010, the European Court of Human Rights reached a conclusion, describing the actions "
     "as “acts of particular gravity which may amount to war crimes”.", "acts of particular gravity", "European Court of Human Rights"),
    ('In a statement, the Foreign Ministry said: "The killings stemmed from a policy of ethnic hatred at the state level."',
     "The killings", "Foreign Ministry"),
    ("“It was the worst night of my life,” said Maria Lopez, 54.", "It was the worst", "Maria Lopez"),
    ("UN Secretary-General António Guterres warned: “The world is sleepwalking into a catastrophe of our own making.”",
     "The world is", "Guterres"),
    ('"The figures are preliminary and may change," the agency noted.', "The figures", "agency"),
    ("“We have no information about the missing,” police spokesman Tom Hall told AFP.", "We have no", "Tom Hall"),
    ("Witness Omar Haddad recalled: “The sirens started at two in the morning and never stopped.”", "The sirens", "Omar Haddad"),
    ("“This will take years to fix. The damage is enormous,” the mayor said on Friday.", "This will take", "mayor"),
    ("The report quoted a nurse as saying, “We ran out of beds within the first hour of the disaster.”", "We ran out", "nurse"),
    # a pull quote or a reader's comment credited after a dash
    ("“The town has been forgotten by everyone. Nobody came for three days.” ― Maria Lopez", "The town has", "Maria Lopez"),
    ("“We lost forty homes on our street alone.” — Tom Baker, a farmer from Dunmore", "We lost forty", "Tom Baker"),
    # scraped text that mixes curly and straight marks
    ('“We will rebuild every home that the water took," said Minister Elena Varga.', "We will rebuild", "Elena Varga"),
    ('"We will rebuild every home that the water took” said Minister Elena Varga.', "We will rebuild", "Elena Varga"),
    # a quote framed by a verb the speech verbs do not list
    ("“Why were the pumps off for six hours?” Elena Varga questioned.", "Why were the pumps", "Elena Varga"),
    # a role held for a body named before ("Its chief executive"), then the person's name
    ('The outage hit 8.5 million computers. Its chief executive, Daniel Kurz, said: "We understand the gravity of the '
     'situation and are deeply sorry."', "We understand", "Daniel Kurz"),
    ('Our correspondent, Lena Ortiz, said: "Nobody at the airport could tell us anything at all."', "Nobody at",
     "Lena Ortiz"),
    # the sentence names its speaker before the quote it ends with: the next sentence's subject is not it
    ('Mayor Tomas Rivera says "these figures are speculative". We have read all 40 pages.', "these figures", "Rivera"),
    ('The chief said the dam was "safe for another fifty years." Residents told us they doubt it.', "safe for",
     "chief"),
    # the one who put it so, named after the quote
    ('"The tigers are doing well inside the reserves, but outside them numbers are falling," as our director, '
     'Meera Kaul, put it.', "The tigers", "Meera Kaul"),
]

# Quoted words that are not a speaker's quote: titles, campaigns, labels, scare quotes.
NOT_QUOTES: list[str] = [
    'The "Justice for Khojaly" international awareness campaign was launched in 2008.',
    'He wrote the book “Black Garden: Armenia and Azerbaijan through Peace and War” in 2003.',
    'The so-called "peace plan" was rejected.',
    'Officials called it a "technical incident".',
    'The film "The Long Night" opens on Friday.',
    'Critics dubbed the project "the white elephant".',
    'The operation "Iron Dome Shield" began at dawn.',
    'The slogan "Never Again" was painted on the wall.',
    'The "OIC Memorial Day Program" was announced.',
    'The word "genocide" appears in the resolution.',
]

# (sentence, voice of the document, the body the figure is attributed to, or None for the outlet's own voice)
ATTRIBUTIONS: list[tuple[str, str | None, str | None]] = [
    # a figure compared with what was said is credited to no one: not "not 12 as"
    ("The fire destroyed 120 homes, not 12 as first reported.", None, None),
    # a state, not a statement: the coast guard said it, the number did not confirm it
    ("The number of people confirmed dead rose to 27, the coast guard said.", None, "coast guard"),
    ("At least 42 people were killed, the ministry said.", None, "ministry"),
    ("According to the Ministry of Health, 42 people were killed.", None, "Ministry of Health"),
    ("The Deputy Minister noted that 613 civilians were killed.", None, "Deputy Minister"),
    ("Police said 12 people were arrested overnight.", None, "Police"),
    ("The UN estimates that 2,000 people have fled.", None, "UN"),
    ("Some 40 people died, officials said.", None, "officials"),
    ("The Morrow Valley Memorial Project, an independent research group, puts the toll lower, at 351.", None,
     "Morrow Valley Memorial Project"),
    # the figure is in the content of the parse's attribution: its whole source, a name set off by commas
    ("Officials in Dunmore said 21 people had died in the fire.", None, "Officials in Dunmore"),
    ("The regional governor, Ana Ruiz, said 4 firefighters were among the dead.", None, "Ana Ruiz"),
    ("Local engineers said the dam was built in 1958 and held 14 million cubic metres.", None, "Local engineers"),
    ("The governor said 57 people were killed.", None, "governor"),
    ("Amnesty International reported that 30 protesters were detained.", None, "Amnesty International"),
    ("More than 140 people were injured, according to the regional governor.", None, "regional governor"),
    ("The company announced that 300 workers would lose their jobs.", None, "company"),
    ("Reuters reported that 18 soldiers died in the attack.", None, "Reuters"),
    ("613 individuals were brutally killed.", "Ministry of Foreign Affairs of Azerbaijan", "Ministry of Foreign Affairs of Azerbaijan"),
    ("It mentions that 613 individuals were killed.", "Ministry of Foreign Affairs of Azerbaijan", "Ministry of Foreign Affairs of Azerbaijan"),
    ("The bridge is 300 metres long.", None, None),
    ("Rain fell for 4 days in the valley.", None, None),
    ("The statement added that 18 countries adopted resolutions.", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
]

VOICES: list[tuple[str, str | None]] = [
    # a letterhead line that names the body and what the document is
    ("Department of Conservation - Media release\n22 September 2026\n\nAbout 230 pilot whales stranded.",
     "Department of Conservation"),
    ("Harbor City Police Department | Statement\n\nTen people died.", "Harbor City Police Department"),
    # a letterhead in capitals over a press release
    ("MAREVIAN COAST GUARD\nPress Release No. 41/2025\n\nEleven people are confirmed dead.", "Marevian Coast Guard"),
    ("MINISTRY OF HEALTH OF THE REPUBLIC OF LORVIA\nPRESS RELEASE\n\n42 cases.", "Ministry of Health of the Republic of Lorvia"),
    ("BREAKING NEWS\nPress release\n\nThe council met.", None),
    # the body's name ends its line: the word "Statement" below it is no part of it
    ("Ministry of Defence\nStatement\n3 October 2025\n\n12 attackers were killed.", "Ministry of Defence"),
    ("Ministry of Emergency Situations\n\nStatement on the flood\n\nThe ministry reports 42 deaths.\n> Press release 5 March 2024",
     "Ministry of Emergency Situations"),
    ("Azerbaijani Ministry of Foreign Affairs and General Prosecutor’s Office issued joint statement on the anniversary.\n\n"
     "The statement reads as follows:", "Azerbaijani Ministry of Foreign Affairs and General Prosecutor’s Office"),
    ("In a statement published on its website, the Azerbaijani Foreign Ministry said: \"The killings were planned.\"",
     "Azerbaijani Foreign Ministry"),
    ("Speaking at the event with the participation of foreign ambassadors, Deputy Foreign Minister Khalaf Khalafov said "
     "that the war has lasted for 30 years.", "Deputy Foreign Minister Khalaf Khalafov"),
    ("The Ministry of Foreign Affairs of Azerbaijan released a statement to mark the anniversary.",
     "Ministry of Foreign Affairs of Azerbaijan"),
    ("Heavy rain fell across the region on Monday, and 40 people were evacuated.", None),
    ("Halvik Workers Union\n\nPress release — March 14, 2026\n\nMore than 20,000 people marched through Halvik.",
     "Halvik Workers Union"),
    ("Coastal Residents Association\n\nStatement on the flood\n\nThe water rose two metres in an hour.",
     "Coastal Residents Association"),
    # a speech's transcript in the first person: its speaker, named under its heading or after "by"
    ("State of the City Address\nMayor Ruth Alvarado\n\nLast year, murders went down by 30 percent, and I am proud.",
     "Mayor Ruth Alvarado"),
    ("Remarks by Governor Ana Ruiz at the flood briefing\n\nI want to thank the crews. 40 homes were lost.",
     "Governor Ana Ruiz"),
    ("Keynote address\nThe conference opened on Monday.\n\nThe hall held 400 people.", None),
]


@pytest.mark.parametrize(("text", "begins", "speaker"), QUOTES)
def test_quote_and_speaker(text: str, begins: str, speaker: str) -> None:
    found = quotes_of(text)
    assert len(found) == 1, found
    words, who, _ = found[0]
    assert words.startswith(begins)
    assert who is not None and speaker.lower() in who.lower(), who


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (QUOTES[11][0], "Thomas de Waal"),
        (QUOTES[12][0], "p. 172"),
        (QUOTES[10][0], "Thomas de Waal"),
        ('“We ran out of time,” he said (Smith, Night Falls, London 2001, p. 44).', None),
    ],
)
def test_relay_chain(text: str, via: str | None) -> None:
    [(_, _, chain)] = quotes_of(text)
    if via is None:
        assert chain == ()
    else:
        assert any(via in step for step in chain), chain


@pytest.mark.parametrize(("sentence", "voice", "who"), ATTRIBUTIONS)
def test_attribution_of_figures(sentence: str, voice: str | None, who: str | None) -> None:
    figures = [c for c in claims_of(sentence, voice or "") if c.kind == "quantity"]
    assert figures
    for claim in figures:
        if who is None:
            assert claim.attributed_to is None
        else:
            assert claim.attributed_to is not None and who.lower() in claim.attributed_to.lower(), claim.attributed_to


def test_a_footnote_s_number_is_no_part_of_a_source() -> None:
    [claim] = [c for c in claims_of("The drought killed 21,000 people, according to the Ministry of Health and partners2.", "")
               if c.kind == "quantity"]
    assert claim.attributed_to is not None and claim.attributed_to.endswith("partners")


def test_a_live_blog_s_time_stamp_is_no_part_of_its_source() -> None:
    [claim] = [c for c in claims_of("15:30 Organisers said about 10,000 people marched to the square.", "")
               if c.kind == "quantity"]
    assert claim.attributed_to == "Organisers"


@pytest.mark.parametrize(("text", "voice"), VOICES)
def test_document_voice(text: str, voice: str | None) -> None:
    assert document_voice(text) == voice


def test_figures_inside_a_quote_belong_to_its_speaker() -> None:
    text = '"So far, 17 countries have adopted resolutions," the statement added, while Ivan Petrov said 3 were pending.'
    claims = claims_of(text, "Foreign Ministry")
    seventeen = [c for c in claims if c.value == 17]
    assert seventeen and seventeen[0].attributed_to == "Foreign Ministry"


def test_pronoun_resolves_to_the_last_named_person() -> None:
    text = ("Deputy Minister Khalaf Khalafov spoke at the event. He said that 613 civilians were killed.")
    [claim] = [c for c in claims_of(text, "") if c.value == 613]
    assert claim.attributed_to is not None and "Khalafov" in claim.attributed_to


# Quotes whose speaker is not in the quote's own words: partial quotes inside reported speech, short
# quotes with the speaker beside them, a speaker who goes on in the next quote or was named in the
# sentence before, and "he added". (text, [(start of the quoted words, words the speaker holds)])
SPEAKER_AROUND: list[tuple[str, list[tuple[str, str]]]] = [
    # the speaker named in the sentence after the quote
    ('"We are doing everything we can." That was how fire chief Ana Ruiz described the search on Monday.',
     [("We are doing", "Ana Ruiz")]),
    # a short quote right after its speaker's last one goes on
    ('"The water came in minutes," recalled resident Tom Berg, 62. "We had no time."',
     [("The water came", "Tom Berg"), ("We had no time", "Tom Berg")]),
    # "she" after a sentence a role opens, a quote before it closed on a stop
    ('In a statement, the council said: "All schools will remain closed until further notice." The minister was asked '
     'whether the dam had been inspected. "Not since 2019," she replied.',
     [("All schools", "council"), ("Not since 2019", "minister")]),
    # a quote that runs over two paragraphs, its first left open; its speaker named by age alone
    ('Helen Marsh has resigned.\n\n"I accept that I made mistakes," the 51-year-old wrote. "I did not read the rules '
     'as carefully as I should have.\n\n"But I have never been dishonest."',
     [("I accept", "Helen Marsh"), ("I did not read", "Helen Marsh"), ("But I have never", "Helen Marsh")]),
    ('Helen Marsh has resigned.\n"I did not read the rules as carefully as I should have," she wrote. "I made mistakes.\n'
     '"But I have never been dishonest."',
     [("I did not read", "Helen Marsh"), ("I made mistakes", "Helen Marsh"), ("But I have never", "Helen Marsh")]),
    # "he" after a sentence a possessive role and a name with an age open
    ('Her neighbour, Tomas Berg, 58, was less certain. "I have nowhere else to go," he told the Valley Herald.',
     [("I have nowhere", "Tomas Berg")]),
    # a credit on the line under a quote that is a line of its own
    ('"Nobody warned us. Not one siren, not one text message."\n— Ana Ruiz, resident', [("Nobody warned us", "Ana Ruiz")]),
    # where the speaker is from, in three words after "of"; a source that runs into a relative word
    ('"We had no warning," Sgt. Mike Diaz of the county sheriff\'s office said Tuesday. "None at all."',
     [("We had no warning", "Mike Diaz"), ("None at all", "Mike Diaz")]),
    ('A witness who asked not to be named said: "There were bodies everywhere."', [("There were bodies", "witness")]),
    # a name with an age and an occupation set off after "One survivor"
    ('One survivor, 19-year-old student Lea Park, recalled: "I heard the wall crack and then everything went dark."',
     [("I heard the wall", "Lea Park")]),
    # a headline's name and the verb it acts with before the colon
    ("Marsh quits: 'I made mistakes but I am not dishonest'\n\nHelen Marsh resigned on Tuesday.",
     [("I made mistakes", "Helen Marsh")]),
    # a role with a possessive set off before the speaker's name
    ('"Every minister who has broken these rules has said sorry," said our director, Lucy Brand.',
     [("Every minister", "Lucy Brand")]),
    ('"We will rebuild the school within a year," said their spokesman, Tom Hale.', [("We will rebuild", "Tom Hale")]),
    # styles of quotes probed in session 30, each with its speaker
    ('"We have lost everything" — that is how Amira Saleh, 37, describes the night the river rose.',
     [("We have lost everything", "Amira Saleh")]),
    ('"We were told the water would never reach us," says Maria Gonzalez, who lost her home.',
     [("We were told", "Maria Gonzalez")]),
    ('According to Deputy Mayor Paul Okoro, "the city has never faced anything like this."',
     [("the city has never faced", "Paul Okoro")]),
    ('In a post on X, the governor wrote: "Our prayers are with the families tonight."', [("Our prayers", "governor")]),
    ('"It\'s a disaster," one firefighter, who declined to give his name, told the Herald.', [("It's a disaster", "firefighter")]),
    ('Asked whether he would resign, Mr. Hale replied: "Absolutely not."', [("Absolutely not", "Hale")]),
    ('Chief Inspector Laura Finch told a news conference on Monday: "We are treating this as murder."',
     [("We are treating", "Laura Finch")]),
    ('Dr. Samuel Osei, head of the emergency ward, said: "We received 40 patients in two hours."',
     [("We received 40", "Samuel Osei")]),
    ('"Help is on its way," Prime Minister Ana Lopes posted on social media.', [("Help is on its way", "Ana Lopes")]),
    # a role held for a named person, with the role holder's name set off or not
    ('Mr. Okafor\'s lawyer, Dana Price, said her client "categorically denies" the charges.',
     [("categorically denies", "Dana Price")]),
    ('Okafor\'s lawyer said: "My client denies all of the charges."', [("My client denies", "Okafor's lawyer")]),
    ('Halden Bank\'s chief executive said the bank was "fully solvent".', [("fully solvent", "Halden Bank's chief executive")]),
    # a name in apposition to a role after the quote is the speaker
    ('"Cholera is preventable and treatable, and no one should die of it," WHO\'s representative in Marova, '
     'Dr Amara Diallo, said last week.', [("Cholera is preventable", "Amara Diallo")]),
    # led in by "As X put it:", a role in apposition included; a verdict in many words after "calls it"
    ('As my neighbour Ana Petrova put it: "We wrote letters to everyone. Nobody came."', [("We wrote", "Ana Petrova")]),
    ('As Ana Petrova put it: "We wrote letters to everyone. Nobody came."', [("We wrote", "Ana Petrova")]),
    ('Even Minister Tomas Adler now calls it "a ticking bomb ... everyone knew about".', [("a ticking bomb", "Tomas Adler")]),
    # an auxiliary or an adverb between the speaker and the verb after the quote
    ('"The driver apparently lost control at a sharp bend," SSP Anil Raina had told reporters on Wednesday.',
     [("The driver apparently", "Anil Raina")]),
    ('"We will rebuild every school," Mayor Ilse Brandt later told the council.', [("We will rebuild", "Ilse Brandt")]),
    ('The prime minister described the blast as "bigger than the state" on Tuesday.', [("bigger than", "prime minister")]),
    # another minister named later is not the prime minister
    ('The prime minister described the blast as "bigger than the state" on Tuesday.\n\n'
     '"We have lost 40 people," said Health Minister Ana Ruiz.',
     [("bigger than", "prime minister"), ("We have lost", "Ana Ruiz")]),
    # a name after a role in lower case in the sentence before
    ('Fire chief Tomas Berg spoke to reporters on Tuesday. "Every available crew is in the valley, and it will stay."',
     [("Every available crew", "Tomas Berg")]),
    ("The agency said the plant was “not at risk” from the flood.", [("not at risk", "agency")]),
    ("Ruiz said the town had been “abandoned by everyone” after the storm.", [("abandoned by", "Ruiz")]),
    ('"We were never told," a farmer, Ivan Petrov, said.', [("We were never told", "Ivan Petrov")]),
    ("“Nobody came,” said Maria Lopez.", [("Nobody came", "Maria Lopez")]),
    ('"Every available crew is in the valley," said Fire Chief Tomas Berg. "We will not stop until everyone is found."',
     [("Every available", "Tomas Berg"), ("We will not stop", "Tomas Berg")]),
    ('Mayor Ana Ruiz spoke to reporters at the town hall. "The water came in minutes. Nobody had time to leave."',
     [("The water came", "Ana Ruiz")]),
    ('Mayor Ana Ruiz spoke first. "We were never told," a farmer, Ivan Petrov, said. He added: "The alarms did not sound."',
     [("We were never told", "Ivan Petrov"), ("The alarms did not sound", "Ivan Petrov")]),
    ("“The levee will hold,” Governor Sam Ode said on Monday. “We have checked it twice this week.”",
     [("The levee will hold", "Sam Ode"), ("We have checked", "Sam Ode")]),
    ("Engineer Lisa Hahn was at the dam when it failed. She said: “The spillway was blocked for weeks.”",
     [("The spillway was blocked", "Lisa Hahn")]),
    # a quote that ends its sentence leaves "She added:" to the quote after it
    ('Dr. Lena Fischer, an epidemiologist, said the ratio was "high but not unusual for a flood zone." '
     'She added: "What worries me is the camps."',
     [("high but not unusual", "Lena Fischer"), ("What worries me", "Lena Fischer")]),
    # "he said" after a sentence whose subject is a person named with a role beside the name
    ('Olenko, the health minister, said 61 patients were in a serious condition. "The next two weeks will decide this," '
     'he said.', [("The next two weeks", "Olenko")]),
    ('The minister, Dariusz Olenko, visited the hospital on Monday. "The next two weeks will decide this," he said.',
     [("The next two weeks", "Dariusz Olenko")]),
    # "she said" after the narrative turned from the last speaker to another person
    ('Transport Minister Rui Alves told parliament that "the line will reopen". Costa, the rail union leader, '
     'rejected the minister\'s timetable. "The line is not safe," she said.',
     [("the line will reopen", "Rui Alves"), ("The line is not safe", "Costa")]),
    # a body opening the sentence before is no "he"
    ('Fire Chief Tomas Berg said the blaze started at 2 a.m. Police closed the road. "It spread fast," he said.',
     [("It spread fast", "Tomas Berg")]),
    # a speech verb inside the quote before is no tag: the second quote is the fisherman's
    ('"Nobody warned us," says fisherman Dario Venn. "The water was at the door in ten minutes."',
     [("Nobody warned us", "Dario Venn"), ("The water was at the door", "Dario Venn")]),
    # the verb first, a speaker in apposition to "one resident"
    ('"Where were the sandbags?" asked one resident, Marta Lisi, 71.', [("Where were the sandbags", "Marta Lisi")]),
    ('"We were never told," said another farmer, Ivan Petrov.', [("We were never told", "Ivan Petrov")]),
    # a headline's speaker label, the quote in single marks ending the line
    ("Minister: 'We will rebuild every home'\nThe minister spoke on Tuesday.", [("We will rebuild every home", "Minister")]),
    ("Flood chief: ‘We were not ready’\nThe chief spoke to reporters.", [("We were not ready", "Flood chief")]),
    # quotes in single marks, curly or straight, British style
    ("‘We don’t know how many people are still inside,’ the fire chief told the BBC.",
     [("We don’t know how many", "fire chief")]),
    ("The ministry said on 15 March that 'transmission is slowing in Tarnov but rising in the camps.'",
     [("transmission is slowing", "ministry")]),
    # two apostrophes for a quotation mark, as some wires write them
    ("''That's the city's weak point,'' said Luis Rubio, who heads the institute. ''Nothing matters more to it.''",
     [("That's the city's weak point", "Luis Rubio"), ("Nothing matters more", "Luis Rubio")]),
    # a pronoun after a sentence that opens on a role with the name set off: the named person, not the possessor
    ("Hale's lawyer, Tom Reyes, said his client would appeal. \"We believe the verdict is wrong,\" he said.",
     [("We believe the verdict is wrong", "Tom Reyes")]),
    ("The union's leader, Tomas Brandt, said workers were angry. \"They knew for weeks,\" he said.",
     [("They knew for weeks", "Tomas Brandt")]),
    # a role before the name the narrative turned to
    ('Fire chief Anna Berg spoke to reporters on Friday. She said: "The wind turned at noon and we lost the ridge."',
     [("The wind turned at noon", "Anna Berg")]),
    # a title's dot ends no sentence
    ('According to Dr. Omar Haddad, "the next 48 hours are critical for the injured."',
     [("the next 48 hours", "Omar Haddad")]),
    ('Dr. Omar Haddad spoke on Friday. "The next 48 hours are critical," he said.',
     [("The next 48 hours", "Omar Haddad")]),
    # where the speaker is from, between the name and the verb
    ('"We counted every name," Leyla Aziz of the observatory told City Daily.',
     [("We counted every name", "Leyla Aziz")]),
    # a body in the possessive after the quote
    ('"The evacuation order stands," the sheriff\'s office said in a statement on Saturday.',
     [("The evacuation order stands", "sheriff's office")]),
    # a role, then the name in apposition, then the cue and a colon
    ('The mayor, Ana Ruiz, said: "We will rebuild every home. Nobody will be left behind."',
     [("We will rebuild every home", "Ana Ruiz")]),
    # a body's name before the role before the name
    ('"We fear this could be one of the deadliest shipwrecks this year," IOM spokesperson Sara Lind said.',
     [("We fear this could be", "Sara Lind")]),
    # a quote going on after another's speaker, though the paragraph opened with others speaking
    ('Witnesses said the exit was locked. "The door was chained shut," said Rina Akter, 24, a sewing operator. '
     '"We could hear people screaming."',
     [("The door was chained shut", "Rina Akter"), ("We could hear people screaming", "Rina Akter")]),
    # a sentence that leads into the quote with a colon, whatever its verb, and "as X put it"
    ('Historian Hanna Vik put it well: "Both figures are political. The dead deserve a count that is not."',
     [("Both figures are political", "Hanna Vik")]),
    ('Hanna Vik, a historian, summed it up: "Both figures are political."', [("Both figures are political", "Hanna Vik")]),
    ('As Hanna Vik put it, "both figures are political."', [("both figures are political", "Hanna Vik")]),
    ('As the transport minister, Ilse Maran, put it, "no stone will be left unturned".',
     [("no stone will be left unturned", "Ilse Maran")]),
    ('As Ilse Maran, the transport minister, put it, "no stone will be left unturned".',
     [("no stone will be left unturned", "Ilse Maran")]),
    # a surname after "As" is no name with it: not "As Maran"
    ('As Maran put it, "no stone will be left unturned". We will hold her to that.',
     [("no stone will be left unturned", "Maran")]),
    ('After Ilse Maran spoke, the crowd fell silent. "We will rebuild," Maran said.', [("We will rebuild", "Ilse Maran")]),
    ('Minister Ana Ruiz visited the town. The minister was blunt: "We will not pay for a dam that failed."',
     [("We will not pay", "Ana Ruiz")]),
    # three role words in lower case before the speaker's name after the quote
    ('"For three years our members have kept this port running. Today they say enough," said union general '
     'secretary Maria Kovac.', [("For three years", "Maria Kovac")]),
    # a verdict in the speaker's own words, two of them
    ('Transport Minister Elena Marsh called the strike "deeply irresponsible" and urged both sides to return to talks.',
     [("deeply irresponsible", "Elena Marsh")]),
    ('The mayor branded the decision "a disgrace to the city" on Monday.', []),
]

# Short quoted words that stay labels: no speaker beside them, no reported speech around them.
SHORT_NOT_QUOTES: list[str] = [
    'The so-called "safe zone" was flooded by Tuesday.',
    "Her novel “The Long Rain” won a prize in 2019.",
    "Update: “Heavy Rain Warning” issued for the coast",
    "He thanked the teachers'\nThe union met on Friday.",
    "The wrestler, nicknamed “The Rock”, signed a new contract.",
    "“Flood Warning” is the title of the new documentary.",
    "Residents call the old bridge “the iron lady” with some affection.",
    "He loves rock 'n' roll and said so on Tuesday at length to everyone he met.",
    "The students' union and the teachers' union met on Tuesday to talk about the 'new rules'.",
    'The label on the crate reads: "Made in Norway."',
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_AROUND)
def test_quotes_whose_speaker_stands_around_them(text: str, expected: list[tuple[str, str]]) -> None:
    found = quotes_of(text)
    assert len(found) == len(expected), found
    for (words, who, _), (begins, speaker) in zip(found, expected, strict=True):
        assert words.startswith(begins) and who is not None and speaker.lower() in who.lower(), (words, who)


@pytest.mark.parametrize("text", SHORT_NOT_QUOTES)
def test_short_quoted_labels_are_not_quotes(text: str) -> None:
    assert quotes_of(text) == []


def test_a_speaker_called_by_surname_is_the_fullest_name_the_document_gives() -> None:
    text = ('"Every available crew is in the valley and we will not stop," said Fire Chief Tomas Berg on Monday.\n\n'
            '"The water came faster than any model predicted," Berg added.')
    assert [who for _, who, _ in quotes_of(text)] == ["Fire Chief Tomas Berg", "Fire Chief Tomas Berg"]


def test_a_surname_the_document_gives_no_fuller_name_for_stays_as_it_is() -> None:
    assert [who for _, who, _ in quotes_of('"Every crew is in the valley now," Berg told the Valley Times.')] == ["Berg"]


@pytest.mark.parametrize(("text", "speakers"), [
    ('"Whole streets have collapsed," said Mayor Ilse Brandt. She added: "We need tents, water and doctors."',
     ["Mayor Ilse Brandt", "Mayor Ilse Brandt"]),
    ('"We are done here," said Capt. John Smith of the U.S. Navy.', ["Capt. John Smith of the U.S. Navy"]),
    ('"The road is open again," said Sgt. Ana Ruiz. Traffic resumed at noon.', ["Sgt. Ana Ruiz"]),
])
def test_a_speaker_s_name_ends_with_its_sentence(text: str, speakers: list[str]) -> None:
    assert [who for _, who, _ in quotes_of(text)] == speakers


def test_a_straight_quote_closed_by_a_curly_mark_ends_there() -> None:
    found = quotes_of('"We will rebuild every home that the water took,” said Minister Elena Varga. "Every one of them."')
    assert [(words, who) for words, who, _ in found] == [
        ("We will rebuild every home that the water took,", "Minister Elena Varga"),
        ("Every one of them.", "Minister Elena Varga")]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will not accept it," said union leader Ines Varga.', "Ines Varga"),
    ('"Nobody warned us," says fisherman Dario Venn.', "Dario Venn"),
    ('"The levee will hold," said Governor Sam Ode.', "Governor Sam Ode"),  # a title in capitals stays
    ('Governor Sam Ode promised: "We will rebuild every home the water took."', "Governor Sam Ode"),  # a lead-in, no label
])
def test_a_role_in_lower_case_before_a_speaker_s_name_is_not_the_name(text: str, speaker: str) -> None:
    [(_, who, _)] = quotes_of(text)
    assert who == speaker


def test_a_speaker_named_after_a_hyphenated_role_and_a_title_is_the_person() -> None:
    [quote] = [c for c in claimledger.extract('"We counted in sections from the photographs," said crowd-safety researcher '
                                              'Dr. Mara Holm.') if c.kind == "quote"]
    assert quote.speaker == "Dr. Mara Holm"


@pytest.mark.parametrize(("text", "speaker"), [
    ('Brenner has pleaded not guilty. His lawyer, Marcus Hale, said: "My client never intended to deceive anyone."',
     "Marcus Hale"),
    ('Brenner was sentenced on Wednesday. Judge Ruth Calder also ordered him to repay $212 million.\n\n"The harm done '
     'here cannot be measured only in dollars," the judge said.', "Judge Ruth Calder"),
])
def test_a_speaker_named_by_a_role_is_the_person_the_document_names_in_it(text: str, speaker: str) -> None:
    [quote] = [c for c in claimledger.extract(text) if c.kind == "quote"]
    assert quote.speaker == speaker


def test_the_company_is_the_firm_the_text_last_told_doing_business() -> None:
    text = ("DeepView Expeditions charges $250,000 a seat. The company said in a statement that it was \"exploring "
            "and mobilizing all options to bring the crew back safely.\"")
    [quote] = [c for c in claimledger.extract(text) if c.kind == "quote"]
    assert quote.speaker == "DeepView Expeditions"


def test_the_airline_is_the_airline_the_text_named() -> None:
    text = ("Nordavia Airlines said on Friday that 104 people were injured. \"Nordavia is fully cooperating with the "
            "relevant authorities on the investigation,\" the airline said in a statement.")
    [quote] = [c for c in claimledger.extract(text) if c.kind == "quote"]
    assert quote.speaker == "Nordavia Airlines"


@pytest.mark.parametrize(("sentence", "who", "via"), [
    ("State television, citing the interior ministry, said 14 police officers were among the dead.", "interior ministry",
     ("State television",)),
    ("Reuters, quoting two security sources, reported that 30 soldiers had been killed.", "two security sources", ("Reuters",)),
])
def test_a_figure_a_source_passes_on_is_its_first_source_s_relayed(sentence: str, who: str, via: tuple[str, ...]) -> None:
    [dead] = [c for c in claimledger.extract(sentence) if c.kind == "quantity" and c.measure == "killed"]
    assert (dead.attributed_to, dead.via) == (who, via)


def test_a_speech_s_speaker_quoting_herself_is_the_speaker() -> None:
    text = ("State of the City Address\nMayor Ruth Alvarado\n\nThank you all. \"Every one of those lives is a son, a "
            "daughter, a neighbor,\" I said at a vigil last spring, and I meant it.")
    [quote] = [c for c in claimledger.extract(text) if c.kind == "quote"]
    assert quote.speaker == "Mayor Ruth Alvarado"


def test_a_source_that_runs_into_a_relative_clause_ends_before_it() -> None:
    [(_, who, _)] = quotes_of('A witness who asked not to be named said: "There were bodies everywhere."')
    assert who == "witness"
