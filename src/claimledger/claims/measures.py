"""What a quantity measures and what it counts, as typed values rather than the words next to
it: "the death toll rose to 23", "23 people lost their lives" and "a man was shot dead" all
measure ``killed``; "2,750 tonnes of ammonium nitrate" measures ``mass`` and counts
"ammonium nitrate" whether the sentence says it was stored, unloaded or blamed.

The measures of counts and the words that signal them are data (lexicon/measures.json); a
measurement's property follows from its unit.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger import lexicon
from claimledger.claims.numbers import SCALE_WORDS
from claimledger.claims.units import CURRENCY_CODES, UNIT_RE

_UNIT_PROPERTY = {
    "share": ("percent", "percentage_point", "basis_point", "ppm", "ppb"),
    "area": ("km2", "mi2", "ft2", "m2", "hectare", "acre"),
    "length": ("km", "cm", "mm", "nm", "μm", "m", "mile", "foot", "inch", "yard"),
    "mass": ("kg", "Gt", "g", "mg", "µg", "tonne", "ton", "pound", "ounce"),
    "concentration": ("µg/m3",),
    "volume": ("ml", "litre", "gallon", "quart", "pint", "barrel", "m3"),
    "duration": ("year", "month", "week", "day", "hour", "minute", "second", "decade", "century"),
    "age": ("year_of_age", "month_of_age"),
    "magnitude": ("magnitude",),  # an earthquake's, on the moment magnitude or Richter scale
    "speed": ("mph", "km/h", "knot", "m/s"),
    "temperature": ("celsius", "fahrenheit"),
    "money": ("cent", "pence", "sen", *sorted(CURRENCY_CODES)),
}
PROPERTY_OF_UNIT = {unit: prop for prop, units in _UNIT_PROPERTY.items() for unit in units}
# the properties a unit measures some matter or thing by, which the words beside it may name
# ("683 millimetres of rain", "at a depth of 15 km"), unlike a span of time, a share or a sum
MEASURES_OF_MATTER = frozenset(["length", "area", "mass", "volume"])
_PEOPLE = "people"
CASES = "cases"  # what infections count, whatever the illness


@cache
def _signals() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """(measure, its signal phrases as word tuples), in file order."""
    table = lexicon.classes("measures")
    return tuple((measure, tuple(tuple(phrase.split()) for phrase in phrases)) for measure, phrases in table.items()
                 if not measure.startswith("_"))


def measure_of(what_key: str | None, unit: str | None) -> str | None:
    """The measure of a quantity: a counted event from its predicate, else from its noun
    ("death toll", "fatalities"); a measurement's property from its unit; None where none fits."""
    if unit:
        return PROPERTY_OF_UNIT.get(unit)
    if not what_key:
        return None
    noun, _, predicate = what_key.partition("|")
    if predicate.split() and predicate.split()[0] in _GOALS:
        return "target"  # "aims to vaccinate 4.5 million children", "the 4.5 million targeted": a goal, not a count of what was done
    if noun.split() and _counts_incidents(noun.split()[-1]):
        return None  # "two separate shootings left a teenager dead": a count of incidents, not of the dead
    if noun.split() and noun.split()[-1] in _never_casualties():
        return None  # "shot seven times", "three gunshot wounds", "20 rounds fired": no one is counted
    measure = _first_signal(predicate.split()) or _first_signal(noun.split()) or _cases_of_illness(noun.split())
    if measure in _OF_PEOPLE_SENTENCED and noun.split() and noun.split()[-1] in _NOT_SENTENCED:
        return None  # "sentenced to 11 to 23 months", "two life sentences", "sentenced on two counts": no one counted
    if measure in _PEOPLE_MEASURES and noun.split() and noun.split()[-1] in _PLACES_AND_TIMES:
        return None  # "claimed at least 40 lives across three states": the states are where, not whom
    if (measure in _TAKEN_PEOPLE and noun.split() and not is_person_word(noun.split()[-1])
            and not _is_signal(noun.split()[-1], measure)):
        return None  # "arrested in raids on 11 properties": the properties are where, not whom
    return measure


_TAKEN_PEOPLE = frozenset(["arrested", "detained"])
_GOALS = frozenset(["aim", "hope", "seek", "intend", "strive", "target"])
_OF_PEOPLE_SENTENCED = frozenset(["sentenced", "fined"])
_HARMED = ("killed", "injured", "casualties")  # the people a harm befell, named by another harm
_SPANS_OF_TIME = frozenset(["year", "month", "week", "day", "hour"])
_PLACES_AND_TIMES = frozenset([*lexicon.words("place_kinds"), "country", "nation", *_SPANS_OF_TIME])
_NOT_SENTENCED = frozenset([*_SPANS_OF_TIME, "sentence", "term", "count", "charge"])


# "812 suspected cases", "40 new cases": cases a health authority counts; a court's cases are not qualified so
_ILLNESSES = frozenset(lexicon.words("illnesses"))
_CASE_QUALIFIERS = frozenset(["suspected", "confirmed", "new", "positive", "active", "probable", "reported", "recorded"])


def _cases_of_illness(words: list[str]) -> str | None:
    qualified = (bool(_CASE_QUALIFIERS & set(words[:-1])) or words[:1] == ["number"]  # "the number of cases rose to 500"
                 or bool(_ILLNESSES & set(words[:-1])))  # "412 cholera cases"
    return "infected" if "case" in words and qualified else None  # "suspected cases of cholera" too


# event nouns that name a death each: "three homicides" counts the killed
_DEATH_EVENTS = frozenset(["homicide", "homicides", "murder", "murders", "killing", "killings", "slaying", "slayings",
                           "manslaughter"])


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(word for noun in lexicon.words("event_nouns") for word in (noun, noun + "s"))


@cache
def _never_casualties() -> frozenset[str]:
    return frozenset(lexicon.words("not_casualties"))


def _counts_incidents(head: str) -> bool:
    return head in _event_nouns() and head not in _DEATH_EVENTS


def _first_signal(words: list[str]) -> str | None:
    """The measure of the leftmost word that signals one: "injury toll" is injured, "toll" killed."""
    for at in range(len(words)):
        if at and words[at - 1] in NOT_BEFORE_A_MEASURE:  # "attempted murders" killed no one
            continue
        for measure, phrases in _signals():
            if any(tuple(words[at:at + len(phrase)]) == phrase for phrase in phrases):
                return measure
    return None


NOT_BEFORE_A_MEASURE = frozenset(lexicon.classes("measures")["_not_after"])


# what tells that the people a figure counts were hurt when its own words do not: "two others
# were taken to a hospital with non-life-threatening injuries", "two victims in critical condition"
_HURT_CUE = re.compile(
    r"\b(?:(?:non-life[-\s]threatening|life[-\s]threatening|non-fatal|nonfatal|minor|serious|critical|severe)\s+"
    r"(?:(?:gunshot|bullet|stab)\s+)?|(?:gunshot|bullet|stab)\s+)(?:injuries|wounds|burns|fractures)\b"
    r"|\bin\s+(?:critical|serious|stable|fair|good|grave|guarded)(?:\s+but\s+stable)?\s+condition\b"
    r"|\b(?:taken|transported|rushed|airlifted|flown|driven|arrived\s+at|showed\s+up\s+at|went\s+to|walked\s+into)"
    r"\s+(?:to\s+)?(?:(?:a|an|the)\s+)?(?:[\w.'-]+\s+){0,4}?"
    r"(?:hospitals?|medical\s+cent(?:er|re)|health\s+cent(?:er|re)|trauma\s+cent(?:er|re))\b"
    r"|\b(?:treated|hospitali[sz]ed)\s+(?:at|in)\s+(?:(?:a|an|the)\s+)?(?:[\w.'-]+\s+){0,4}?(?:hospitals?|medical\s+cent(?:er|re))\b"
    # "the crash sent 12 people to hospital", "12 were treated for smoke inhalation"
    r"|\bsen(?:t|ds?|ding)\s+(?:[\w.'-]+\s+){0,4}?to\s+(?:(?:a|an|the)\s+)?(?:[\w.'-]+\s+){0,3}?hospitals?\b"
    r"|\btreated\s+for\s+(?:smoke\s+inhalation|burns|injuries|cuts|bruises|wounds|fractures|heat\s*stroke|heat\s+exhaustion|"
    r"hypothermia|frostbite|dehydration|gas\s+poisoning|carbon\s+monoxide\s+poisoning|breathing\s+problems)\b",
    re.I)


_CARED_FOR = frozenset(["take", "transport", "rush", "airlift", "fly", "list", "treat", "remain", "suffer", "sustain",
                       "hit", "release", "be", "hospitalize", "hospitalise", "find", "have", "send"])
# what tells that people who were shot lived, as far as the source knew: "expected to survive"
_SURVIVED = re.compile(
    rf"{_HURT_CUE.pattern}|\bexpected\s+to\s+(?:be\s+(?:OK|okay|fine|all\s+right)|survive|recover|live)\b"
    r"|\bsurvived\b|\bnot\s+life[-\s]threatening\b", re.I)
_DEATH = re.compile(r"\b(?:died|dies|dead|killed|(?<!non-)(?<!non)fatal(?:ly)?|mortally|succumbed|deceased|death)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?;])\s|\n")  # where a sentence or a clause after ";" ends
CASUALTY_PREDICATES = {" ".join(phrase.split()): measure
                       for measure, phrases in lexicon.classes("casualty_predicates").items() for phrase in phrases}


def rest_of_sentence(text: str, at: int, most: int = 300) -> str:
    """The words after ``at`` up to the end of their sentence: where a count's fate is told."""
    after = text[at:at + most]
    end = SENTENCE_END.search(after)
    return after[:end.start()] if end else after


def tells_of_a_death(text: str) -> bool:
    """Whether a text says anywhere that someone died or was killed."""
    return bool(_DEATH.search(text))


def survived(said_after: str) -> bool:
    """People said to be shot are injured where the rest of their sentence says they lived
    (taken to hospital, in a condition, expected to recover) and tells of no death."""
    return bool(_SURVIVED.search(said_after)) and not _DEATH.search(said_after)


def workers_cut(what_key: str | None, sentence: str) -> bool:
    """Whether workers a sentence says are affected are those whose jobs a plan cuts ("the cuts
    would affect at least 1,500 workers")."""
    noun = (what_key or "").partition("|")[0].split()
    return bool(noun) and noun[-1] in _JOBS and bool(_JOB_CUTS.search(sentence))


def measure_in_context(measure: str | None, what_key: str | None, unit: str | None, sentence: str) -> str | None:
    """A count of people with no measure of its own is injured when its verb and its sentence say
    they were taken to hospital, are in a condition, or have injuries."""
    if unit is not None or not what_key:
        return measure
    noun, _, predicate = what_key.partition("|")
    said_of_people = bool(noun.split()) and noun.split()[-1] in _person_words()
    verb = predicate.split()[0] if predicate.split() else ""
    if measure in (None, "hostages", "rescued") and noun.split() and noun.split()[-1] in _HELD and verb in _SET_FREE:
        return "rescued"  # "Thirteen hostages were released", "81 hostages have now come home", "39 prisoners were freed"
    if measure is None and (said_of_people or not noun.split()) and verb in _TAKEN and _CAPTIVE.search(sentence):
        return "abducted"  # "out of about 240 people seized in the raid": the number taken, not the number still held
    if measure is None and (said_of_people or not noun.split()) and verb in _STILL and _CAPTIVE.search(sentence):
        return "hostages"  # "136 of our loved ones remain in captivity", "136 are still held"
    if measure is not None:
        return measure
    if said_of_people and verb in _CARED_FOR and _HURT_CUE.search(sentence) and not _DEATH.search(sentence):
        return "injured"
    if said_of_people and verb in _GIVEN | {"reach"} and _VACCINE.search(sentence):
        return "vaccinated"  # "2.6 million children have received the vaccine", "the campaign has reached 1.2 million children"
    if noun.split() and singular(noun.split()[-1]) in _CLOSABLE and {"close", "shut"} & set(predicate.split()):
        return "closed"  # "About 340 schools were closed", "the number of schools closed rose to 410"
    if said_of_people and verb in _EXPOSED and _PERSONAL_DATA.search(sentence):
        return "affected"  # "hackers accessed the personal data of 4.2 million customers"
    if noun.split() and noun.split()[-1] in _JOBS and verb in _CUT_JOBS:
        return "job_cuts"  # "cut about 1,200 jobs", "reduce its workforce by 1,200 positions", "1,500 jobs could go"
    if said_of_people and verb in ("hold", "held", "holding") and _CAPTIVE.search(sentence):
        return "hostages"  # "holding about 150 people hostage"
    if said_of_people and verb in _FACED and _HUNGER.search(sentence):
        return "food_insecure"  # "6.7 million people face acute food insecurity", "are facing hunger"
    if said_of_people and verb == "need" and _AID.search(sentence):
        return "in_need"  # "4.3 million people need humanitarian assistance"
    if said_of_people and verb in _GIVEN and _TERMS.search(sentence):
        return "sentenced"  # "45 people received jail terms", "12 were handed prison sentences"
    if said_of_people and verb in _HELD_BY_A_PLACE and _LICENSED.search(sentence):
        return "capacity"  # "The square can hold at most 6,000 people": what the place may hold, not who came
    if said_of_people and verb in _FILLED and _INTO_A_PLACE.search(sentence):
        return "attended"  # "Over 10,000 patriots packed Freedom Square", "12,000 people coming into the square"
    if said_of_people and verb in _CARRIED | _ALLOWED and _LICENSED.search(sentence):
        return "capacity"  # "licensed to carry 350 passengers", "its licence allowed 350": what it may carry, not who was aboard
    if said_of_people and verb in _CARRIED:
        return "aboard"  # "the train, carrying about 400 passengers"
    if said_of_people and verb in _JOINED and _GATHERING.search(sentence):
        return "attended"  # "8,000 people joined Sunday's march"
    if (said_of_people or not noun.split()) and verb in _DREW and _GATHERING.search(sentence):
        return "attended"  # "the march drew about 20,000 people", "Pension protest draws 20,000"
    if said_of_people and verb in ("order", "tell", "force", "urge") and _LEAVING_HOME.search(sentence):
        return "evacuated"  # "2,000 residents were ordered to leave their homes"
    if said_of_people and verb in ("force", "drive", "chase") and _OUT_OF_HOME.search(sentence):
        return "evacuated"  # "forcing some 4,000 people from their homes"
    if said_of_people and verb in ("remain", "be", "stay", "live", "place", "put") and _UNDER_ORDERS.search(sentence):
        return "evacuated"  # "4,500 people remain under evacuation orders"
    return measure


_LEAVING_HOME = re.compile(r"\bto\s+(?:leave\s+(?:their|his|her|the)\s+(?:homes?|houses?|area|town|city|neighbou?rhood)|evacuate|flee)\b",
                           re.I)
_OUT_OF_HOME = re.compile(r"\b(?:from|out\s+of)\s+(?:their|his|her|the)\s+(?:homes?|houses?|villages?)\b", re.I)
_UNDER_ORDERS = re.compile(r"\bunder\s+(?:an?\s+)?(?:mandatory\s+)?evacuation\s+(?:orders?|warnings?)\b", re.I)
_EXPOSED = frozenset(["access", "expose", "steal", "leak", "compromise", "breach", "hack", "hit"])  # "affect" is affected already
_PERSONAL_DATA = re.compile(r"\b(?:data|records|details|information|accounts|passwords)\b", re.I)
_JOBS = frozenset(["job", "position", "post", "role", "worker", "employee", "staff"])
_CUT_JOBS = frozenset(["cut", "shed", "eliminate", "axe", "slash", "lay", "go", "lose", "reduce", "affect", "scrap"])
_JOB_CUTS = re.compile(r"\b(?:(?:job\s+)?cuts|lay-?offs|redundanc(?:y|ies)|job\s+losses|restructuring)\b", re.I)
_CAPTIVE = re.compile(r"\b(?:hostages?|captives?|captivity|captors?|kidnapp\w*|abduct\w*)\b|\bstill\s+(?:being\s+)?held\b", re.I)
_CARRIED = frozenset(["carry", "carried", "carrying", "carries"])
_HELD_BY_A_PLACE = frozenset(["hold", "accommodate", "seat", "fit"])
# people who fill a place or stream into it: a crowd
_FILLED = frozenset(["pack", "fill", "throng", "cram", "crowd", "jam", "come", "pour", "stream", "flood", "flock"])
_INTO_A_PLACE = re.compile(r"\b(?:pack(?:ed|ing|s)?|fill(?:ed|ing|s)?|throng(?:ed|ing|s)?|jamm(?:ed|ing)|crowd(?:ed|ing))\s+"
                           r"(?:the\s+)?[A-Z][\w’'-]*+|\b(?:c(?:ame|omes?|oming)|pour(?:ed|ing)|stream(?:ed|ing)|flood(?:ed|ing)|"
                           r"flock(?:ed|ing)|cramm(?:ed|ing))\s+in(?:to)?\s+(?:the\s+)?[A-Z][\w’'-]*+")
_ALLOWED = frozenset(["allow", "allowed", "permit", "permitted"])
_LICENSED = re.compile(r"\b(?:licen[cs]ed|permitted|certified|authori[sz]ed|designed|rated|built|able)\s+to\s+(?:carry|hold|take)\b"
                       r"|\b(?:can|could)\s+(?:only\s+)?(?:carry|hold|take|accommodate|seat|fit)\b|\blicen[cs]e\b|\bcertificate\b", re.I)
_GIVEN = frozenset(["receive", "get", "give", "hand", "serve", "face"])
_FACED = frozenset(["face", "experience", "suffer", "endure", "be"])
_CLOSABLE = frozenset(lexicon.words("closable"))


def singular(word: str) -> str:
    """A plural noun as its singular, as the parse's lemma would give it ("schools", "branches",
    "casualties"); a short word or one in "ss" stays as it is ("bus", "business")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ches"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


_VACCINE = re.compile(r"\b(?:vaccin\w*|immuni[sz]\w*|inoculat\w*|jabs?|booster|doses?)\b", re.I)
_HUNGER = re.compile(r"\b(?:(?:acute|severe|crisis\s+levels\s+of)\s+)?(?:food\s+insecurity|food\s+insecure|hunger|famine|starvation)\b", re.I)
_AID = re.compile(r"\b(?:humanitarian|food|emergency)\s+(?:aid|assistance|help|support)\b", re.I)
_TERMS = re.compile(r"\b(?:jail|prison)\s+(?:terms?|sentences?)\b|\bsentences?\s+of\b", re.I)
# people held and what sets them free, takes them or keeps them: hostages released, seized, still held
_HELD = frozenset(["hostage", "captive", "prisoner", "detainee", "abductee"])
_SET_FREE = frozenset(["release", "free", "come", "return", "swap", "exchange", "hand"])
_TAKEN = frozenset(["seize", "abduct", "kidnap", "take", "snatch", "capture", "grab"])
_STILL = frozenset(["hold", "remain", "be", "stay", "keep"])
_JOINED = frozenset(["join", "joined", "joins", "joining"])
_DREW = frozenset(["draw", "draws", "drew", "drawn", "attract", "attracts", "attracted"])
_GATHERING = re.compile(r"\b(?:march|marches|protest|protests|rally|rallies|demonstration|demonstrations|vigil|vigils|"
                        r"strike|sit-in|procession|parade)\b", re.I)


def is_person_word(word: str) -> bool:
    """Whether a word names people a count may count: "people", "victims", "others", "men"."""
    words = _person_words()
    return word in words or word.rstrip("s") in words or word in ("men", "women", "children", "persons")


@cache
def _person_words() -> frozenset[str]:
    """Nouns a count of people may name: a person noun, a noun of any class of noun_classes.json."""
    return frozenset({"people", "victim", "other", "others", "one"} | set(_noun_class()) | set(lexicon.words("person_nouns")))


@cache
def _noun_class() -> dict[str, str]:
    """Each noun lemma of lexicon/noun_classes.json (with demonyms.txt) and the class it belongs to
    ("victim" -> "people", "armenian" -> "people"); animals keep their own nouns here ("3,500 dead
    fish"), their class is the grouping's."""
    return {member: name for name, members in lexicon.noun_classes().items() if name not in _OWN_NOUNS for member in members}


_OWN_NOUNS = frozenset(["animal", "vehicle"])  # classes whose members are no people and keep their own nouns


@cache
def _counted_class() -> dict[str, str]:
    """Each noun (or share verb) lemma of lexicon/counted_classes.json and the class it belongs to
    ("building" -> "structure", "contain" -> "containment")."""
    return {member: name for name, members in lexicon.classes("counted_classes").items() if not name.startswith("_")
            for member in members}


def counted_of(what_key: str | None, unit: str | None, measure: str | None) -> str | None:
    """The kind of thing a quantity counts, normalised: the class of its noun ("individuals" and
    "victims" are "people"), the noun itself where no class holds it, and "people" for a count of
    casualties that names no noun ("the toll rose to 23")."""
    if measure == "age":  # a person's age counts nothing: "Ana Ruiz, 19 of Akron"
        return None
    words = [w for w in (what_key.partition("|")[0].split() if what_key else []) if w != unit]  # "7.1-magnitude quake"
    while unit and words:  # "tonne ammonium nitrate", "cubic metre water": the unit is not the thing measured
        said = UNIT_RE.match(" ".join(words))
        if said is None or said.end() == 0:
            break
        words = " ".join(words)[said.end():].split()
    if measure == "share":  # "87 percent of the 4.5 million targeted": the share is of those targeted, not of a figure
        words = [w for w in words if not (w[:1].isdigit() or w in SCALE_WORDS)] or words
    if measure == "aboard":  # a table's "Total on board" of its row's "Passengers": the passengers
        words = [w for w in words if w not in ("on", "board", "aboard")] or words
    while words and words[0] in _CONTRAST:  # "two others", "three other men": more of the same people
        words.pop(0)
    if not (words and words[-1] in LEVEL_NOUNS):  # an "annual guideline" is a kind of guideline, not a year's
        words = _PERIOD_WORDS.sub(" ", " ".join(words)).split()  # "third-quarter revenue" is revenue, of a quarter
    if len(words) > 2 and words[0] in TOLL_NOUNS:  # "the number of homes destroyed" counts homes
        words.pop(0)
        while len(words) > 1 and measure is not None and _is_signal(words[-1], measure):
            words.pop()
    while len(words) > 1 and measure is not None and _is_signal(words[0], measure):
        words.pop(0)  # "3,500 dead fish", "two injured officers": the measure said again, not the kind
    noun = " ".join(words)
    head = words[-1] if words else ""
    if noun in _counted_class():  # "excess deaths": an estimate, not the deaths counted
        return _counted_class()[noun]
    if head and not unit and measure is not None and (
            _is_signal(head, measure) or measure in _HARMED and any(_is_signal(head, m) for m in _HARMED)):
        noun = head = ""  # "death toll", "fatalities", "three of the injured succumbed": the noun says a measure, not the thing
    if measure == "infected" and (not noun or {"case", "infection"} & set(words) or head in TOLL_NOUNS
                                  or is_person_word(head) and not _one_side_of_those_aboard(words)):
        return CASES  # "suspected cholera cases", "new infections", "people who tested positive": one running count
    if measure == "share" and what_key and what_key.partition("|")[2].split()[:1] == ["vote"] and (not noun or is_person_word(head)):
        return "vote"  # "85 percent of its members voted to strike", "voted by 85% to strike": one vote's share
    if measure == "share" and head in TOLL_NOUNS:
        return head  # "turnout was 61 percent": the share of what the toll noun names
    if measure in ("share", "money") and (not noun or head in TOLL_NOUNS or head in _FRACTIONS) and what_key:
        # "5% contained", "Donors pledged a total of $1.2 billion", "the $2.8 billion the UN had sought": what its verb says
        by_verb = next((_counted_class()[verb] for verb in what_key.partition("|")[2].split()[:1] if verb in _counted_class()),
                       None)
        if by_verb is not None or measure == "share":
            return by_verb
        if head in _FRACTIONS:
            return None  # "half of the $2.8 billion": the part named is not what the sum is of
    if not noun or head in TOLL_NOUNS:
        return _PEOPLE if measure in _PEOPLE_MEASURES else None
    return _noun_class().get(noun) or _class_of_people_named_before(words) or _noun_class().get(head) or _counted_class().get(head) or noun


# those aboard a ship or a plane in two counts of their own: "130 guests and 9 crew members reported symptoms"
_ABOARD_SIDES = frozenset(["passenger", "guest", "crew", "crew member", "crewmember", "crewman", "crewmen"])


def _one_side_of_those_aboard(words: list[str]) -> bool:
    return any(" ".join(words[-n:]) in _ABOARD_SIDES for n in (1, 2))


def _class_of_people_named_before(words: list[str]) -> str | None:
    """The class a word before a noun of people names ("54 elderly persons", "12 female victims",
    "child victims"): those people are the class, as "54 elderly" are."""
    if len(words) < 2 or _noun_class().get(words[-1]) != _PEOPLE:
        return None
    return next((_noun_class()[w] for w in words[:-1] if _noun_class().get(w) in _SOME_PEOPLE), None)


_SOME_PEOPLE = frozenset(["child", "woman", "elderly"])  # "family members" are people, not families


_CONTRAST = frozenset(lexicon.words("besides_words"))
_FRACTIONS = frozenset(["half", "third", "quarter", "fifth", "tenth", "fraction", "portion", "share", "part"])
# the period a sum or a count is of, which claims.periods reads, is not the thing counted
_PERIOD_WORDS = re.compile(rf"(?:\b(?:{'|'.join(lexicon.numbered('quarters'))})[\s-]+)?\bquarter(?:ly)?\b|\bq[1-4]\b"
                           r"|\b(?:full[\s-]year|half[\s-]year|annual|yearly|fiscal|(?:this|last|next)\s+year)\b")
_PEOPLE_MEASURES = frozenset(["killed", "casualties", "injured", "infected", "vaccinated", "missing", "at_large", "recaptured", "hostages", "abducted", "arrested", "detained", "aboard",
                              "evacuated", "displaced", "refugees", "homeless", "rescued", "attended", "sentenced", "fined",
                              "malnourished", "food_insecure", "in_need", "participants"])
TOLL_NOUNS = frozenset(lexicon.words("toll_nouns"))
LEVEL_NOUNS = frozenset(lexicon.words("level_nouns"))  # nouns whose value is a level: "the index", "a guideline"


def _is_signal(word: str, measure: str) -> bool:
    """Whether a noun says the measure itself ("fatalities", "the toll"), not what it counts
    ("protesters" arrested are protesters, though a crowd of protesters is an attendance)."""
    return word in TOLL_NOUNS or any((word,) in phrases for name, phrases in _signals() if name == measure)
