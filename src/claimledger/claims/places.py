"""The place a count of an incident is of, where its words name one: "killing at least 1,200 people
in Varnia and 340 in Oskel", "The death toll in Varnia has risen to 2,150", "In Oskel, 512 people
have died", a table's row "| Varnia | 2,310 |". An incident that strikes several places has a
count for each and one for all of them; the grouping keeps them apart where a report sets two
places' counts side by side, and reads a place that no report splits as the incident's own.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger import lexicon
from claimledger.claims.sentences import sentence_start

# the counts an incident has one of in each place it strikes, and the shares an election has one of in each place
PLACED_MEASURES = frozenset(["share", "killed", "injured", "casualties", "missing", "abducted", "evacuated", "displaced", "refugees", "rescued",
                             "homeless", "affected", "destroyed", "damaged", "without_power", "infected", "cancelled"])

_NOT_PLACES = "|".join(lexicon.month_names() + lexicon.capitalised("weekdays") + ("The", "This", "That", "Its", "Their"))
# a name of one to three capitalised words, never a month, a weekday or a possessive ("in Monday's earthquake")
_PLACE = rf"(?P<place>(?!(?:{_NOT_PLACES})\b)[A-Z][\w-]*+(?:[ \t]+[A-Z][\w-]*+){{0,2}}+)(?![\w’'-])"
# "the United States", "the Gaza Strip": a name of two words or more after "the" (not "the Bronx", which
# reports of one city's incidents name as where, never as a part of a count)
_THE_NAMED = r"(?:the[ \t]+(?=[A-Z][\w-]*+[ \t]+[A-Z]))?"
# "1,200 people in Varnia", "340 in Oskel", "were killed in Hesk": the place right after the figure's words
_AFTER = re.compile(rf"[^.;:,!?\d\n]{{0,30}}?\bin[ \t]+{_THE_NAMED}{_PLACE}(?![ \t]+and[ \t]+[A-Z])")  # not "in Varnia and Oskel": both
# "Ardell won Varnia County with 55%", "carried Kesh County with 58.2%": the place a share of a vote is won in
_WON_IN = re.compile(rf"\b(?:won|carried|took|lost|swept)[ \t]+(?:in[ \t]+)?{_PLACE}[ \t]+(?:with|by)[ \t]+"
                     r"(?:about[ \t]+|nearly[ \t]+|almost[ \t]+|just[ \t]+over[ \t]+)?\Z")
# "The death toll in Varnia has risen to", "deaths in Oskel reached": the place of the toll the figure states
_TOLL_BEFORE = re.compile(rf"\b(?i:{'|'.join(lexicon.words('toll_nouns'))}|deaths|fatalities|casualties|injuries|homicides|murders|killings)[ \t]+in[ \t]+{_PLACE}[^.;:!?\d\n]{{0,40}}\Z")
# "The Marlow County Medical Examiner's Office recorded 312": a body named for the place whose count it keeps
_BODY_OF_A_PLACE = re.compile(r"[ \t]*(?:The[ \t]+)?(?P<place>[A-Z][\w-]*+(?:[ \t]+[A-Z][\w-]*+){0,2}?[ \t]+"
                              r"(?:County|Province|District|Parish|Borough|Region|Prefecture))[ \t]+[A-Z][\w'’-]*+"
                              r"(?:[ \t]+[A-Z][\w'’-]*+){0,4}+(?:['’]s[ \t]+[A-Z][\w-]*+)?[ \t]+"
                              r"(?:recorded|reported|counted|registered|confirmed|logged)[ \t]+(?:about[ \t]+|some[ \t]+)?")
# "Kentana Emergency Management said 13 people died", "The Tennera Department of Health reported 6 deaths":
# a public body named for the place whose count it gives
_STATE_BODY_OF_A_PLACE = re.compile(
    rf"[ \t]*(?:The[ \t]+)?(?P<place>(?!(?:{_NOT_PLACES})\b)[A-Z][a-z]++(?:[ \t]+[A-Z][a-z]++)?)[ \t]+"
    r"(?:Emergency[ \t]+Management(?:[ \t]+(?:Agency|Office|Division))?|Department[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
    r"|(?:Health|Fire|Police)[ \t]+Department|State[ \t]+Police|Ministry[ \t]+of[ \t]+[A-Z][a-z]+|Civil[ \t]+Protection)[ \t]+"
    r"(?:said|says|reported|reports|confirmed|counted|recorded)[ \t]+(?:that[ \t]+)?(?:about[ \t]+|some[ \t]+|at[ \t]+least[ \t]+)?")
# "In Oskel, 512 people have died": a place that opens the figure's sentence
_OPENER = re.compile(rf"(?:\A|(?<=[.!?\n]))[ \t]*(?:(?:(?:Hours|Days|Minutes|Weeks)[ \t]+later|Later|Meanwhile|Separately|Elsewhere|"
                     rf"Earlier),?[ \t]+in|In)[ \t]+{_THE_NAMED}{_PLACE}(?:[ \t]+alone)?,")


def place_of(text: str, start: int, end: int) -> str | None:
    """The place the words around the figure at ``start..end`` say its count is of, or None."""
    said = (_WON_IN.search(text, max(0, start - 80), start) or _AFTER.match(text, end)
            or _BODY_OF_A_PLACE.fullmatch(text, sentence_start(text, start), start)
            or _STATE_BODY_OF_A_PLACE.fullmatch(text, sentence_start(text, start), start))
    if said is None:
        line_start = text.rfind("\n", 0, start) + 1
        said = _TOLL_BEFORE.search(text, max(line_start, start - 90), start)
    if said is None:
        opens = sentence_start(text, start)
        said = _OPENER.match(text, opens) if start - opens < 300 else None
    return one_name(said.group("place")) if said else None


# "22 inches in Carver", "19 inches at Lakeport International Airport": where a measurement was taken
_MEASURED_AT = re.compile(rf"[^.;:,!?\d\n]{{0,20}}?\b(?:in|at)[ \t]+(?:the[ \t]+)?{_PLACE}(?![ \t]+and[ \t]+[A-Z])")


def measured_place_of(text: str, end: int) -> str | None:
    """The place a measurement of a thing was taken at, named right after it ("The snowfall reached
    22 inches in Carver"), so that each place's measurement runs on its own."""
    said = _MEASURED_AT.match(text, end)
    return one_name(said.group("place")) if said else None


PLACE_KINDS = frozenset(lexicon.words("place_kinds"))  # "province", "county": what kind of place a name is


def one_name(place: str) -> str:
    """A place's name as every report gives it: "Dorval Province" and "Dorval" are one place."""
    words = place.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in PLACE_KINDS else place


# "The European Union pledged $500 million", "Japan has promised": the party that gives a sum
_GIVER = rf"(?P<place>(?!(?:{_NOT_PLACES})\b)(?:[A-Z][\w.-]*+[ \t]+){{0,3}}(?!(?:{_NOT_PLACES})\b)[A-Z][\w.-]*+)"
_GIVES = re.compile(rf"{_GIVER}[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:pledged|promised|donated|gave|contributed|committed|"
                    rf"offered|raised[ \t]+its[ \t]+(?:pledge|contribution|aid)(?:[ \t]+for[ \t]+[A-Z][\w-]*+)?[ \t]+to)[ \t]+"
                    r"(?:a[ \t]+further[ \t]+|an[ \t]+additional[ \t]+|another[ \t]+)?\Z")
# "..., the United States $300 million and Japan $120 million": the next party's sum, its verb left out
_NEXT_GIVER = re.compile(rf"(?:,|\band)[ \t]+(?:the[ \t]+)?{_GIVER}[ \t]+\Z")


_HEDGE = r"(?:(?:about|some|nearly|almost|over|more[ \t]+than|at[ \t]+least)[ \t]+)?"
# "Delta Air Lines alone cancelled 3,500 flights", "Delta said on Monday it had cancelled more than 4,000 flights"
_CANCELS = re.compile(rf"{_GIVER}[ \t]+(?:(?:alone[ \t]+)?(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:cancell?ed|scrapped|axed)"
                      r"|(?:flight[ \t]+)?cancell?ations[ \t]+(?:tops?|topped|reach(?:es|ed)?|hit|pass(?:es|ed)?|exceed(?:s|ed)?"
                      r"|(?:rise|rises|rose|climb|climbs|climbed)[ \t]+to)"
                      r"|said\b[^.;:]{0,40}?\bit[ \t]+(?:has|had)[ \t]+(?:cancell?ed|scrapped|axed))"
                      rf"[ \t]+{_HEDGE}\Z")


def canceller_of(text: str, start: int) -> str | None:
    """The party whose own services a count cancelled is of, where its words name one ("Delta Air Lines
    alone cancelled 3,500 flights"): an airline's count, apart from the count of every flight."""
    said = _CANCELS.search(text, max(sentence_start(text, start), start - 120), start)
    if said is None:
        return None
    party = re.sub(r"^(?:The|A|An)[ \t]+", "", said.group("place"))
    return None if all(_is_common(w) for w in party.split()) else party


def party_of(text: str, start: int, end: int, after_a_party: bool) -> str | None:
    """The party a sum of money is given by, where its words name one ("The European Union pledged
    $500 million"; after another party's sum in its sentence, "the United States $300 million"),
    never a common noun that opens its sentence ("Donors pledged a total of $1.2 billion")."""
    said = _GIVES.search(text, max(0, start - 120), start) or (
        _NEXT_GIVER.search(text, max(0, start - 60), start) if after_a_party else None)
    if said is None:
        return None
    party = re.sub(r"^(?:The|A|An)[ \t]+", "", said.group("place"))
    if all(_is_common(w) for w in party.split()):
        return None
    return None if _opens_its_sentence(text, said.start()) and " " not in party and party.endswith("s") else party  # "Officials"


def _opens_its_sentence(text: str, at: int) -> bool:
    """Whether nothing but a full stop, a mark or the text's start stands before ``at``, spaces aside."""
    before = at - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before < 0 or text[before] in ".!?"


def is_a_place_label(label: str) -> bool:
    """Whether a table row's label names a place ("Varnia", "North Kesh") rather than a kind of
    people or a total ("Children", "Total"): capitalised words, none of them a word of the lexicon's
    people, counted things or totals."""
    words = label.split()
    last = words[-1].lower() if words else ""
    if (last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")) in PLACE_KINDS | {"country"}:
        return True  # "Other states", "All other counties": places, if unnamed ones
    if not words or len(words) > 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    return not any(_is_common(w) for w in words)


def _is_common(word: str) -> bool:
    """Whether a word is one of the lexicon's people, counted things or totals, in the singular or the plural."""
    common = _common_nouns()
    return word.lower() in common or word.lower().rstrip("s") in common


@cache
def _common_nouns() -> frozenset[str]:
    classes = lexicon.noun_classes()
    nouns = {member for members in classes.values() for member in members} | set(lexicon.words("person_nouns"))
    return frozenset(nouns | {"total", "totals", "overall", "all", "sum", "other", "others", "unknown"})
