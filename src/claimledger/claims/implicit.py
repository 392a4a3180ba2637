"""Counts a sentence states without a numeral: "a man was shot dead" is one killed, "the victim
was wounded" one injured, "no one else was hurt" none injured. Event news says its smallest and
most common counts this way, so a ledger that only reads numerals misses them.

The person nouns and the casualty predicates are data (lexicon/person_nouns.txt,
lexicon/casualty_predicates.json). Every repetition is bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimledger import lexicon
from claimledger.claims.measures import CASUALTY_PREDICATES, NOT_BEFORE_A_MEASURE, survived
from claimledger.claims.numbers import parse_number_words


def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """Longest first, so "shot dead" wins over "shot"; spaces match any run of spaces."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_MEASURE_OF = CASUALTY_PREDICATES
_KILLED = [phrase for phrase, measure in _MEASURE_OF.items() if measure == "killed"]
_BE = (r"(?:(?:also|later)\s+)?(?:was|is|has\s+been|had\s+been)\s+"
       r"(?:(?:also|later|reportedly|then|now|critically|seriously|immediately|quickly|initially)\s+)?")
# "was taken to Memorial Hospital", "was airlifted to a trauma center": care only the hurt receive
_TO_HOSPITAL = (r"(?:taken|transported|rushed|airlifted|flown)\s+(?:by\s+\w+\s+)?to\s+(?:(?:a|an|the)\s+)?"
                r"(?:[\w.'-]+\s+){0,4}?(?i:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?)")
# "a girl went to a hospital for treatment of a gunshot wound": the hurt who got there themselves
_WENT_TO_HOSPITAL = (r"(?:went|walked|drove|showed\s+up|turned\s+up|arrived)\s+(?:\w+\s+)?(?:to|at)\s+(?:(?:a|an|the)\s+)?"
                     r"(?:[\w.'-]+\s+){0,4}?(?i:hospitals?|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|emergency\s+room)"
                     r"(?=\s+(?:for\s+treatment|seeking\s+treatment|with\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:gunshot|injur|wound)))")
_PREDICATES = _alternation(list(_MEASURE_OF))
_PERSON_NOUNS = _alternation(lexicon.words("person_nouns"))
# "died", and the other words news uses for it: "has passed away", "succumbed to his injuries"
_DIED = r"(?:has\s+|have\s+|later\s+)?(?:died|passed\s+away|succumbed)"
_PREDICATE = (rf"(?:{_BE}(?:(?P<pred>{_PREDICATES})|(?P<hospital>{_TO_HOSPITAL}))|(?P<died>{_DIED})"
              rf"|(?:later\s+)?(?P<went>{_WENT_TO_HOSPITAL}))\b")
_KILLED_PREDICATE = rf"(?:{_BE}(?P<pred>{_alternation(_KILLED)})|(?P<died>{_DIED}))\b"  # said of a person who died
_PERSON = rf"(?P<noun>{_PERSON_NOUNS}|\d{{1,3}}-year-old)"
_A_PERSON = rf"(?P<det>[Aa]n?|[Tt]he|[Aa]nother|[Aa]\s+third|[Aa]\s+second|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!and\b|or\b)[\w'-]+\s+){{0,3}}?{_PERSON}\b"
# "December, a boy was killed" and "killed Saturday, April 16" name no victims
_NOT_A_NAME = "|".join(lexicon.not_names())
# a name, with an age and a home town where the text gives them: "Ana Ruiz, 41, of Dayton,"
_NAME = (rf"(?P<name>(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){{0,2}}(?:,?\s+Jr\.?)?)"
         rf"(?:,\s*(?P<age>\d{{1,3}})(?:,|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?)|,\s+(?:a|an|the)\s+[^,.;]{{1,60}},)?")
# "a victim who escaped from the house also was injured": the person with what the clause says of them
_ONE_PERSON = re.compile(rf"\b{_A_PERSON}(?:,\s*\d{{1,3}},)?(?:\s+who\s+[^,.;]{{1,80}}?)?\s+{_PREDICATE}")
# "the mother of a 5-year-old girl who was killed": a person a clause says died (shot or hurt
# in a clause may be another story: "a man who was shot last year testified")
_ONE_WHO_DIED = re.compile(rf"\b{_A_PERSON}\s+who\s+{_KILLED_PREDICATE}")
# "another was in critical condition", "a second was wounded": one more person, no noun
_ONE_MORE = re.compile(rf"\b(?P<det>[Aa]nother|[Aa]\s+(?:second|third|fourth|fifth))\s+{_PREDICATE}")
_NAMED_PERSON = re.compile(rf"(?<![\w.,])(?<!,\s){_NAME}\s+{_PREDICATE}")
_HE_OR_SHE = re.compile(rf"\b(?P<noun>[Hh]e|[Ss]he)\s+{_KILLED_PREDICATE}")
# "a 2-year-old boy shot himself in the leg": one person shot, by themself
_SHOT_ONESELF = re.compile(rf"\b{_A_PERSON}(?:,\s*\d{{1,3}},)?\s+(?:(?:accidentally|apparently|fatally)\s+)?"
                           rf"(?P<pred>shot)\s+(?:himself|herself|themself)\b")
# active voice: "a shooting that killed a man", "left a teenager dead"; not what someone meant,
# tried or threatened to do ("he didn't mean to hurt his father")
_KILLED_A_PERSON = re.compile(
    rf"(?<!\bto\s)(?<!\bto\s\s)\b(?P<pred>{_PREDICATES})\s+{_A_PERSON}")
_LEFT_A_PERSON = re.compile(rf"\bleft\s+{_A_PERSON}\s+(?P<left>dead|wounded|injured|hurt)\b")
# "the death of 15-year-old Braxton Bourda", "the fatal shooting of a 13-year-old boy"
_DEATH_OF = re.compile(
    rf"\b(?:death|fatal\s+shooting|fatal\s+stabbing|killing|murder|slaying|homicide)\s+of\s+(?:(?:a|an)\s+)?(?:\d{{1,3}}-year-old\s+)?"
    rf"(?:(?:[\w'-]+\s+){{0,2}}?{_PERSON}\b|(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){{0,2}})")
# "no one else was hurt", "no other injuries": none besides those told of (``besides``)
_NO_ONE = re.compile(
    rf"\b(?:[Nn]o\s+one|[Nn]obody|[Nn]o\s+(?P<other>other)\s+(?:people|persons?|one))(?P<else>\s+else)?\s+(?:was|were|has\s+been|had\s+been)"
    rf"\s+(?:(?:reported|believed)\s+)?(?P<pred>{_PREDICATES})\b"
    rf"|\b[Nn]o\s+(?P<other2>other\s+)?(?P<none>injuries|deaths|fatalities)\s+(?:were|have\s+been|had\s+been)\s+reported")
# several people named together: "a man and a woman were found dead", "Both Stover and Gilliam
# died", "Meghan Kerrigan, 22, and William Monroe, 21, were killed", "killed a young couple"
_GROUP_SIZE = lexicon.numbered("person_groups")
_MENTION = (rf"(?:(?:(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'-]+\s+){{0,2}}?)?"
            rf"(?:{_PERSON_NOUNS})|(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){{0,2}})"
            rf"(?:,\s*\d{{1,3}},?)?")
# the last name before "said" is the speaker, not a victim: "killing Winslow, Goodyear said"
# a list of people ends in "and": without it, "his brother, Adam" and "in Atlanta, Cha" name one
_SEVERAL = (rf"(?P<several>{_MENTION}(?:\s*,\s*{_MENTION}){{0,4}}(?:\s*,\s*and\s+|\s+and\s+){_MENTION})"
            rf"(?!\s+(?:{_alternation(lexicon.words('speech_verbs'))})\b)")
_THE_GROUP = rf"(?P<group>(?:[Aa]|[Tt]he)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_alternation(list(_GROUP_SIZE))}))"
_PEOPLE_TOGETHER = re.compile(
    rf"(?<![\w,])(?:[Bb]oth\s+)?(?:{_SEVERAL}|{_THE_GROUP})\s+(?:(?:were|are|have\s+been|had\s+been|was|is)\s+(?:(?:both|all|later|also|reportedly)\s+)?"
    rf"(?P<pred>{_PREDICATES})|(?P<died>{_DIED}))\b")
_KILLED_TOGETHER = re.compile(rf"\b(?P<pred>{_PREDICATES})\s+(?:{_SEVERAL}|{_THE_GROUP})\b")
_LEFT_TOGETHER = re.compile(rf"\bleft\s+(?:{_SEVERAL}|{_THE_GROUP})\s+(?P<left>dead|wounded|injured|hurt)\b")
_AFTER_PREPOSITION = re.compile(r"\b(?:on|in|at|of|by|from|near|to|with|for|after|outside|inside)\s+\Z", re.I)
_SEPARATOR = re.compile(r"(?<!\s)\s*,\s*(?:and\s+)?(?![\d\s])|(?<!\s)\s+and\s+")
# "Five people were shot, one fatally": the source says how many of the shot survived
_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SHOT_SOME_FATALLY = re.compile(
    rf"\b(?P<shot>{_SMALL})\s+(?:(?:[\w'-]+\s+){{0,2}}?(?:people|persons|men|women|victims|teens|teenagers|others)\s+)?"
    rf"(?:(?:were|have\s+been|had\s+been)\s+)?shot(?:\s+[^,.;]{{0,40}}?)?,\s+(?P<dead>{_SMALL})(?:\s+of\s+them)?"
    rf"(?:\s+(?:man|woman|person|victim))?\s+(?:fatally|dead|killed)\b", re.I)
# "four women and one man were shot", "two men, 18 and 20, and a woman, 19, were hurt": counts the
# sentence joins add up to one (5, 3); each joined count picks out some of them
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people"}


def _any_number(nouns: tuple[str, ...] | list[str]) -> list[str]:
    """Each noun in the singular and the plural: "man", "men", "deputy", "deputies"."""
    plurals = [_IRREGULAR_PLURALS.get(n) or (n[:-1] + "ies" if n.endswith("y") and n[-2:-1] not in "aeiou" else n + "s")
               for n in nouns]
    return [*nouns, *plurals, "persons"]


_ANY_PERSON_NOUNS = _alternation(_any_number(lexicon.words("person_nouns")))  # "man", "men", "deputies"
_AGE = r"\d{1,3}(?![\w-])(?!\s+(?!and\b|of\b)[a-z])"  # not "1 child": a count of its own
_AGES = rf",\s*(?:ages?\s+)?{_AGE}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_AGE})*,?"
_COUNTED_MENTION = (rf"(?:(?:{_SMALL}|an?|one|another|\d{{1,3}}-year-old)\s+(?:(?!and\b)[\w'-]+\s+){{0,2}}?"
                    rf"(?:{_ANY_PERSON_NOUNS}|others|\d{{1,3}}-year-olds?)\b(?:\s+of\s+(?:the|their|his|her)\s+family\b)?"
                    # one named person, with an age where given: "19-year-old Ana Ruiz", "Ana Ruiz, 19"
                    rf"|(?:\d{{1,3}}-year-old\s+)?(?-i:(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){{1,2}})"
                    # one person named by a relation: "their father", "his wife"; or a pronoun: "he and his 2 kids"
                    rf"|(?:his|her|their)\s+(?:[\w'-]+\s+)?(?:{_PERSON_NOUNS})\b|(?:he|she)\b"
                    # "the mother", "the two boys": "the victims" says not how many
                    rf"|the\s+(?:{_SMALL}\s+(?:(?!and\b)[\w'-]+\s+){{0,2}}?(?:{_ANY_PERSON_NOUNS})"
                    rf"|(?:(?!and\b)[\w'-]+\s+){{0,2}}?(?:{_PERSON_NOUNS}))\b)(?:{_AGES})?")
_JOINED = (rf"(?P<several>{_COUNTED_MENTION}(?:\s*,\s*{_COUNTED_MENTION}){{0,3}}(?:\s*,\s*and\s+|\s+and\s+)"
           rf"(?:(?:his|her|their)\s+)?{_COUNTED_MENTION})")
_JOINED_COUNTS = re.compile(
    rf"(?<![\w,]){_JOINED}\s+(?:(?:who|that)\s+)?(?:(?:were|are|have\s+been|had\s+been)\s+(?:(?:all|both|later|also|reportedly)\s+)?)?"
    rf"(?:(?P<pred>{_PREDICATES})|(?P<hospital>{_TO_HOSPITAL}))\b"
    rf"|(?<!\bto\s)\b(?P<active>{_PREDICATES})\s+(?:(?:a|an|the|his|her|their)\s+)?{_JOINED.replace('several', 'objects')}"
    rf"|\bleft\s+{_JOINED.replace('several', 'left_behind')}\s+(?P<left>dead|wounded|injured|hurt)\b", re.I)
# a headline's list, joined by commas alone and followed by its casualty word: "2 adults, 1 child
# dead", "Father, two children died"
_LISTED = (rf"(?P<listed>(?:(?-i:(?=[A-Z]))(?:(?-i:[A-Z][\w'-]*)\s+){{0,3}}(?:{_PERSON_NOUNS})|{_COUNTED_MENTION})"
           rf"(?:\s*,\s*{_COUNTED_MENTION}){{1,3}})")
_LISTED_COUNTS = re.compile(rf"(?:^|(?<=:\s))(?:[\w.]+:\s+)?{_LISTED}\s+(?P<pred>dead|killed|died|injured|wounded|hurt)\b", re.I)
# "stabbed his wife, Ana Ruiz, to death"
_TO_DEATH = re.compile(r"(?:,[^,.;]{1,40},)?\s+to\s+death\b", re.I)
_FATALLY = re.compile(r"\b(?:fatally|mortally)\s+\Z", re.I)
# "killed the two children and then himself", "shot and killed his wife and himself": the killer is dead too
_KILLED_AND_SELF = re.compile(
    rf"\b(?P<pred>{_alternation(_KILLED)})\s+(?:(?:the|his|her|their)\s+)?(?:(?P<n>{_SMALL})\s+)?(?P<words>(?:[\w'-]+\s+){{0,2}}?)"
    rf"(?P<noun>{_ANY_PERSON_NOUNS})\s+and\s+(?:then\s+)?(?:himself|herself)\b", re.I)
_ONE_PERSON_NOUNS = frozenset(lexicon.words("person_nouns"))
_JOINED_SEPARATOR = re.compile(r"(?<!\s)\s*,\s*and\s+|(?<!\s)\s+and\s+|(?<!\s)\s*,\s*", re.I)
# "a double homicide", "the triple murder": the killing names how many died
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_KILLING = re.compile(rf"\b(?P<times>{'|'.join(_MULTIPLES)})[\s-](?:murders?|homicides?|killings?|slayings?)\b", re.I)
_AND_SUICIDE = re.compile(r"[\s-](?:and\s+)?suicides?\b", re.I)
# "... was wounded and later died"; not another person's death later in the sentence ("..., and a teen died later")
_LATER_DEATH = re.compile(r"(?:(?!\b(?:and|but|while|as|when)\s+(?:an?|another|one|two|three|\d+)\s)[^.;]){0,80}?"
                          r"\b(?:died|dead|killed|fatal(?:ly)?|passed\s+away|succumbed|did\s+not\s+survive|didn't\s+survive)\b")


@dataclass(frozen=True, slots=True)
class ImplicitCount:
    start: int
    end: int
    value: int
    measure: str  # "killed" or "injured"
    noun: str
    derived: bool = False  # worked out from figures the sentence states: "five shot, one fatally" (4 injured)
    total: bool = False  # the sum of the counts a sentence joins: "four women and one man were shot" (5)
    one_victim: bool = False  # one person the sentence tells of ("Ana Ruiz was wounded"), not a toll
    besides: bool = False  # none besides those told of: "no one else was hurt"


_MAY_STATE_A_CASUALTY = re.compile(  # read on the sentence in lower case: faster than a case-blind pattern
    r"died|dead|kill|shot|wound|injur|hurt|slain|murder|fatal|stabbed|graze|hospital|pronounced|death|homicide|"
    r"no\s+one|nobody|slaying|recovering|condition|passed\s+away|succumb|trauma\s+cent|medical\s+cent")  # "homicide", "murder" and "killing" are in it already


def find_implicit_counts(sentence: str) -> Iterator[ImplicitCount]:
    """Counts of killed and injured people the sentence states in words, in text order."""
    if not _MAY_STATE_A_CASUALTY.search(sentence.lower()):  # most sentences: one quick scan instead of ten
        return
    end = -1
    read = []
    for count in sorted([*_together(sentence), *_people(sentence), *_deaths_of(sentence), *_survivors(sentence),
                         *_nobody(sentence), *_multiple_killings(sentence), *_joined_counts(sentence),
                         *_listed_counts(sentence), *_deaths_of_several(sentence), *_killed_and_self(sentence)], key=lambda count: (count.start, -count.end)):
        if count.start >= end:  # one reading of the words: "He was pronounced dead" is not a name too
            read.append(count)
            end = count.end
    yield from read
    yield from _victims_introduced_together(sentence, read)


_INTRODUCES = re.compile(r"(?:an?|another)\s", re.I)


def _victims_introduced_together(sentence: str, counts: list[ImplicitCount]) -> Iterator[ImplicitCount]:
    """ "A 17-year-old boy was shot in the leg and a 16-year-old boy was shot in the foot": each
    "a ..." brings in another person, so one sentence telling of several such victims counts them; the
    same words twice are one victim told of again (a caption run twice where the scrape lost its stop)."""
    for measure in ("killed", "injured", "casualties"):
        new = [c for c in counts if c.one_victim and c.measure == measure and _INTRODUCES.match(sentence, c.start)]
        told = {sentence[c.start:c.end].lower() for c in new}
        if len(new) >= 2 and len(told) == len(new):
            yield ImplicitCount(new[0].start, new[-1].end, len(new), measure, "people", derived=True, total=True)


def _people(sentence: str) -> Iterator[ImplicitCount]:
    for pattern in (_ONE_PERSON, _ONE_WHO_DIED, _ONE_MORE, _NAMED_PERSON, _HE_OR_SHE, _KILLED_A_PERSON, _LEFT_A_PERSON,
                    _SHOT_ONESELF):
        for match in pattern.finditer(sentence):
            said = match.groupdict()
            measure = _measure_said(said)
            if measure in ("injured", "casualties") and (_LATER_DEATH.match(sentence, match.end())  # "... and later died"
                                                         or _TO_DEATH.match(sentence, match.end())):
                measure = "killed"
            elif measure == "casualties" and survived(sentence[match.end():]):  # "... and is expected to recover"
                measure = "injured"
            noun = (said.get("noun") or "person").lower()
            start = match.start("name") if said.get("name") else match.start()
            yield ImplicitCount(start, match.end(), 1, measure, "person" if noun[:1].isdigit() or noun in ("he", "she") else noun,
                                one_victim=True)


def _measure_said(said: dict[str, str | None]) -> str:
    """The measure a match's words give: "died", "left ... dead" or "... wounded", or a predicate."""
    if said.get("died"):
        return "killed"
    if said.get("hospital") or said.get("went"):
        return "injured"
    if said.get("left"):
        return "killed" if said["left"] == "dead" else "injured"
    return _MEASURE_OF[" ".join((said["pred"] or "").split())]


def _multiple_killings(sentence: str) -> Iterator[ImplicitCount]:
    for match in _MULTIPLE_KILLING.finditer(sentence):
        killed = _MULTIPLES[match.group("times").lower()]
        suicide = _AND_SUICIDE.match(sentence, match.end())  # "a double murder-suicide": the killer died too
        end = suicide.end() if suicide else match.end()
        yield ImplicitCount(match.start(), end, killed + 1 if suicide else killed, "killed", "people", derived=bool(suicide))


def _deaths_of(sentence: str) -> Iterator[ImplicitCount]:
    for match in _DEATH_OF.finditer(sentence):
        noun = (match.group("noun") or "person").lower()
        yield ImplicitCount(match.start(), match.end(), 1, "killed", "person" if noun[:1].isdigit() else noun,
                            one_victim=True)


def _together(sentence: str) -> Iterator[ImplicitCount]:
    for pattern in (_PEOPLE_TOGETHER, _KILLED_TOGETHER, _LEFT_TOGETHER):
        for match in pattern.finditer(sentence):
            said = match.groupdict()
            measure = _measure_said(said)
            start = match.start()
            if said.get("several"):
                mentions = _SEPARATOR.split(re.sub(r",\s*\d{1,3},?", "", said["several"]))
                if _AFTER_PREPOSITION.search(sentence, 0, match.start("several")) and mentions[0][:1].isupper():
                    mentions = mentions[1:]  # "caught on Facebook Live, a boy and a man were killed": a place, no victim
                    start = match.start("several") + said["several"].find(mentions[0]) if mentions else start
                size = len(mentions)
            else:
                size = _GROUP_SIZE[said["group"].split()[-1].lower()]
            if size >= 2:
                yield ImplicitCount(start, match.end(), size, measure, "people")


# "the death of a woman and her two young sons", "the killings of two men and a teenager"
_DEATHS_OF_SEVERAL = re.compile(rf"\b(?:deaths?|killings?|murders?|slayings?)\s+of\s+(?:(?:a|an|the|his|her|their)\s+)?"
                                rf"{_JOINED.replace('several', 'objects')}", re.I)


def _deaths_of_several(sentence: str) -> Iterator[ImplicitCount]:
    for match in _DEATHS_OF_SEVERAL.finditer(sentence):
        before = _WORD_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
        if before is not None and before.group(1).lower() in NOT_BEFORE_A_MEASURE:
            continue  # "the attempted murders of"
        sizes = _sizes_of(match.group("objects"))
        if len(sizes) >= 2:
            yield ImplicitCount(match.start(), match.end(), sum(sizes), "killed", "people", derived=True, total=True)


_WORD_BEFORE = re.compile(r"\b([A-Za-z]++)\s++\Z")


def _listed_counts(sentence: str) -> Iterator[ImplicitCount]:
    for match in _LISTED_COUNTS.finditer(sentence):
        sizes = _sizes_of(match.group("listed"))
        if any(size > 1 for size in sizes):
            measure = "killed" if match.group("pred").lower() in ("dead", "killed", "died") else "injured"
            yield ImplicitCount(match.start("listed"), match.end(), sum(sizes), measure, "people", derived=True, total=True)


def _joined_counts(sentence: str) -> Iterator[ImplicitCount]:
    for match in _JOINED_COUNTS.finditer(sentence):
        if match.group("active") and (_FATALLY.search(sentence, 0, match.start())
                                      or re.match(r"(?:fatally|mortally)\s", match.group("active"), re.I)):
            continue  # "fatally shot a man and three others": the adverb may tell of the first alone
        joined = match.group("several") or match.group("objects") or match.group("left_behind")
        sizes = _sizes_of(joined)
        # "a man and a woman" are two mentions, counted as such elsewhere; "1 child and 1 adult" are not
        if any(size > 1 for size in sizes) or re.match(r"\d", joined):
            if match.group("hospital"):  # "two men, 18 and 20, and a woman, 19, were taken to Mercy Hospital"
                measure = "killed" if _LATER_DEATH.match(sentence, match.end()) else "injured"
            else:
                measure = _MEASURE_OF[" ".join((match.group("pred") or match.group("active") or match.group("left")).lower().split())]
            # "three victims, two women and a man,": the counts after the first tell who the first are
            total = sizes[0] if len(sizes) >= 3 and sizes[0] == sum(sizes[1:]) else sum(sizes)
            yield ImplicitCount(match.start(), match.end(), total, measure, "people", derived=True, total=True)


def _sizes_of(joined: str) -> list[int]:
    """How many people each mention of a joined list counts, ages left out: "two men, 18 and 20,
    and a woman" is [2, 1]."""
    return [_mention_size(mention) for mention in _JOINED_SEPARATOR.split(re.sub(_AGES, "", joined, flags=re.I))
            if mention.split()]


def _mention_size(mention: str) -> int:
    """How many people one joined mention counts: "two men" 2, "a woman", "another man" or a name 1."""
    words = _without_possessive(mention).split()
    first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    if first[:1].isdigit() and not first.isdigit():
        return 1  # an age: "19-year-old Ana Ruiz"
    return _small(first) or 1


def _killed_and_self(sentence: str) -> Iterator[ImplicitCount]:
    for match in _KILLED_AND_SELF.finditer(sentence):
        words = match.group("words").lower().split()
        group = next((_GROUP_SIZE.get(w) or _GROUP_SIZE[w + "s"] for w in words if w in _GROUP_SIZE or w + "s" in _GROUP_SIZE), None)
        singular = match.group("noun").lower() in _ONE_PERSON_NOUNS
        victims = _small(match.group("n")) if match.group("n") else group or (1 if singular else None)
        if victims is not None:  # "his daughters and himself" says not how many daughters
            yield ImplicitCount(match.start(), match.end(), victims + 1, "killed", "people", derived=True, total=True)


def _without_possessive(mention: str) -> str:
    words = mention.split()
    return " ".join(words[1:]) if words and words[0].lower() in ("his", "her", "their") else mention


def _survivors(sentence: str) -> Iterator[ImplicitCount]:
    for match in _SHOT_SOME_FATALLY.finditer(sentence):
        shot, dead = _small(match.group("shot")), _small(match.group("dead"))
        if shot is not None and dead is not None and shot > dead:
            yield ImplicitCount(match.start(), match.end(), shot - dead, "injured", "people", derived=True)


def _small(word: str) -> int | None:
    found = parse_number_words(word) if not word.isdigit() else float(word)
    return int(found) if found is not None else None


def _nobody(sentence: str) -> Iterator[ImplicitCount]:
    for match in _NO_ONE.finditer(sentence):
        if match.group("none"):
            measure = "killed" if match.group("none") in ("deaths", "fatalities") else "injured"
        else:
            measure = _MEASURE_OF[" ".join(match.group("pred").split())]
        besides = bool(match.group("other") or match.group("else") or match.group("other2"))
        yield ImplicitCount(match.start(), match.end(), 0, measure, "people", besides=besides)
