"""The views of a claim that grouping works with: the document as it is cited (``Source``), the claim
with the words around it (``Item``), and the few small fields that joining needs (``Figure``).
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from claimledger import lexicon
from claimledger.grouping.measurements import common_unit, to_common
from claimledger.grouping.vocabulary import WORD_CLASS, class_name, event_named_by_a_noun
from claimledger.model import SAME_COUNT, Claim, Document, Value, publication_date

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


SHORT_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)  # a word of three letters or more


# verbs that leave it to their noun to say what happened: "faced losses of", "suffered 40 deaths"
_HOLLOW_VERBS = frozenset(["", "face", "suffer", "incur", "post", "record"])


_FUNCTION_WORDS = frozenset(["the", "and", "was", "were", "are", "for", "but", "not", "had", "has", "its", "his", "her", "our", "who", "why", "how", "all", "any"])


_CONTEXT_STOP = frozenset(["that", "this", "with", "from", "were", "have", "been", "which", "their", "there", "about", "more", "than", "also", "said"])


@dataclass(frozen=True, slots=True)
class Source:
    """What grouping needs of a document once its text is gone: how to cite it, and its names."""

    id: str
    path: str
    outlet: str | None
    title: str | None
    published: str | None
    published_inferred: str | None
    voice: str | None
    names: tuple[str, ...]  # interned: documents about one event name the same few names
    url: str | None = None
    published_at: str | None = None
    story: str | None = None


def source_of(doc: Document, with_names: bool = True) -> Source:
    names = tuple(sys.intern(name) for name in sorted(proper_names(doc.text))) if with_names else ()
    return Source(doc.id, doc.path, doc.outlet, doc.title, doc.published, doc.published_inferred, doc.voice, names,
                  doc.url, doc.published_at, doc.story)


CONTEXT_BEFORE, CONTEXT_AFTER = 60, 20  # characters of text kept around each claim


@dataclass(frozen=True, slots=True)
class Item:
    claim: Claim
    doc: Source
    said: str  # the claim's own words
    before: str  # the text just before and after it
    after: str
    noun: str | None
    predicate: str | None
    low: float  # in the common unit of its measurement (grouping.measurements)
    high: float
    part: bool
    stated: float | None = None  # the figure it states in that unit, where another unit's figure rounds to it

    @property
    def date(self) -> str:
        return publication_date(self.doc) or ""


@dataclass(frozen=True, slots=True)
class DocKey:
    """What joining needs of a document: its id, names, publication day and event."""

    id: str
    names: tuple[str, ...]
    published: str | None
    event: str = ""  # the event it reports, where the ledger holds several (``grouping.events``)


@dataclass(frozen=True, slots=True)
class Figure:
    """What joining needs of a figure or date claim: a few small fields and no text, so the
    claims of a large ledger fit in memory while they are joined; the words a verdict quotes
    are read again, a wave of groups at a time (``group_ledger``)."""

    id: str
    doc: DocKey
    kind: str
    unit: str | None
    value: Value
    noted: bool  # read against the publication date (anniversary, "years ago", weekday)
    noun: str | None
    predicate: str | None
    low: float
    high: float
    part: bool
    context: frozenset[str] | None  # for dates said of history: the words that tell what the date is of
    changed_from: str | None = None  # the claim of the value this one changed from, in the same document
    measure: str | None = None  # quantities: what the figure measures ("killed") and what it counts ("people")
    counted: str | None = None
    event: str | None = None  # another incident than its document's own
    attributed_to: str | None = None  # whom the document credits the figure to
    besides: bool = False  # counts people besides those counted already: "three other people", "two more"
    added: bool = False  # adds to a count told elsewhere: "2 more bodies recovered"
    period: str | None = None  # the month, quarter, year or day a statistic is of: another period's never joins it
    place: str | None = None  # the place an incident's count is of, where a report splits the incident by place
    beside_another_place: bool = False  # its sentence or table gives another place's count of its measure
    incident_place: bool = False  # its place is that of a separate incident its report tells beside another's
    restates: str | None = None  # a sum in another currency: the claim of the sum it restates ("$50 million (€46 million)")
    set_against: bool = False  # a sum its report sets the sum before it against: "at 3.4 billion euros, well above the 2.8 billion"
    estimate: bool = False  # said as a forecast or an estimate: "is expected to carry 120,000", "our central estimate is 85,000"
    gathering: str | None = None  # a crowd's: the kind of gathering its sentence, or the one before, names ("match", "parade")


def interval(claim: Claim) -> tuple[float, float]:
    value = claim.value
    if claim.kind == "date":
        return date_interval(str(value))
    if isinstance(value, tuple):
        return float(value[0]), float(value[1])
    if not isinstance(value, (int, float)):
        return math.nan, math.nan
    v = float(value)
    approx = claim.approx
    if approx == "exact":
        return v, v
    if approx == "about":
        return v * 0.9, v * 1.1
    if approx in ("more_than", "at_least"):
        return v, math.inf
    if approx in ("less_than", "at_most"):
        return -math.inf, v
    return v, v


def date_interval(value: str) -> tuple[float, float]:
    """A date or date range as ordinal days, so containment and overlap are arithmetic."""
    from datetime import date

    def bounds(part: str) -> tuple[float, float]:
        pieces = [int(p) for p in part.split("-")]
        if len(pieces) == 3:
            d = date(*pieces).toordinal()
            return d, d
        if len(pieces) == 2:
            start = date(pieces[0], pieces[1], 1).toordinal()
            end = date(pieces[0] + (pieces[1] == 12), pieces[1] % 12 + 1, 1).toordinal() - 1
            return start, end
        return date(pieces[0], 1, 1).toordinal(), date(pieces[0], 12, 31).toordinal()

    try:
        if "/" in value:
            a, b = value.split("/", 1)
            return bounds(a)[0], bounds(b)[1]
        return bounds(value)
    except (ValueError, TypeError):
        return math.nan, math.nan


def item_of(claim: Claim, doc: Source, text: str) -> Item:
    said, before, after = words_around(claim, text)
    if claim.kind in ("quote", "list"):  # grouped by their words or members, not by a value
        return Item(claim, doc, said, before, after, None, None, math.nan, math.nan, False)
    noun = predicate = None
    if claim.what_key:
        noun_text, _, verb_text = claim.what_key.partition("|")
        noun = class_name(noun_text, "noun")
        predicate = class_name(verb_text, "predicate")
        if verb_text.strip() in _HOLLOW_VERBS and (event := event_named_by_a_noun(noun_text)) is not None:
            # a table's "Completions" column: homes completed, whatever they are called; "faced losses of $212 million": lost
            noun, predicate = None, event
    low, high = interval(claim)
    if claim.measure == "age":  # "the 51-year-old" and "Marsh, 51": an age is of a person, whatever its words
        noun = claim.unit
    elif noun is None and claim.unit and claim.measure != "money":
        # "14 million cubic metres held": the unit says what is measured; "$3.9 billion" says only that it is a sum
        noun = claim.unit
    return Item(claim, doc, said, before, after, noun, predicate, in_common_unit(claim, low), in_common_unit(claim, high),
                claim.part_of is not None)


def measured_unit(claim: Claim) -> str | None:
    """The unit a claim's figure is converted from: its own, but none for a sum of money, which
    is never converted (a pound may be money)."""
    return None if claim.measure == "money" else claim.unit


def in_common_unit(claim: Claim, value: float) -> float:
    """A figure of a claim in the common unit of its measurement (money and counts as they are)."""
    return to_common(value, measured_unit(claim))


def _value_in_common_unit(claim: Claim) -> tuple[str | None, Value]:
    unit = common_unit(measured_unit(claim))[0]
    if unit == measured_unit(claim):
        return claim.unit, claim.value
    value = claim.value
    scaled: Value = (in_common_unit(claim, value[0]), in_common_unit(claim, value[1])) if isinstance(value, tuple) else (
        in_common_unit(claim, value) if isinstance(value, (int, float)) else value)
    return unit, scaled


def restated_sum(claim: Claim) -> str | None:
    """The claim of the sum a sum in another currency restates, where it restates one."""
    return claim.members[0] if claim.kind == "quantity" and claim.measure == "money" and claim.members else None


def figure_of(item: Item, doc: DocKey, beside_another_place: bool = False, incident_place: bool = False,
              gathering: str | None = None) -> Figure:
    claim = item.claim
    unit, value = _value_in_common_unit(claim)
    return Figure(claim.id, doc, claim.kind, unit, value, bool(claim.notes), item.noun, item.predicate,
                   item.low, item.high, item.part, date_context(item), claim.changed_from,
                   SAME_COUNT.get(claim.measure, claim.measure) if claim.measure else None, claim.counted, claim.event,
                   sys.intern(claim.attributed_to) if claim.attributed_to else None, _counts_others(claim), _adds_to_a_count(item),
                   claim.period, claim.place, beside_another_place, incident_place, restated_sum(claim),
                   claim.measure == "money" and _SET_AGAINST.search(item.before) is not None,
                   _estimated(item.before), gathering)


_GATHERINGS = {word: name for name, words in lexicon.classes("gatherings").items() for word in words}
_GATHERING_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _GATHERINGS), key=len, reverse=True))
                             + r")(?:e?s|e?d|ing)?\b", re.I)  # "marched", "protesting", "rallies" name theirs too


def gathering_of(claim: Claim, text: str) -> str | None:
    """The kind of gathering a crowd's count is of ("match", "parade", "protest"): the last one its
    sentence names, else the sentence before it ("...for the victory parade. Police estimated the crowd
    at 150,000"); None for any other count, or where neither names one."""
    if claim.kind != "quantity" or claim.measure != "attended":
        return None
    start = text.rfind(claim.evidence, max(0, claim.span.start - len(claim.evidence)), claim.span.end + len(claim.evidence))
    start = claim.span.start if start < 0 else start
    for sentence in (text[start:start + len(claim.evidence)], _sentence_before(text, start)):
        named = _GATHERING_WORD.findall(sentence)
        if named:
            return _GATHERINGS[named[-1].lower()]
    return None


def _sentence_before(text: str, start: int) -> str:
    """The sentence before the one that starts at ``start``: in its paragraph, or the last of the paragraph before."""
    before = text[max(0, start - 400):start].rstrip()
    cut = max(before.rfind("\n"), *(before.rfind(stop + " ") for stop in ".!?;"))
    return before[cut + 1:] if cut >= 0 else before


# the words that say a figure is a forecast or an estimate of its own source, in the clause before it
_ESTIMATED = re.compile(r"\b(?:forecasts?|estimates?|projections?|predictions?|expected|projected|predicted|forecast)\b", re.I)


def _estimated(before: str) -> bool:
    """Whether the words of a figure's clause before it say it is a forecast or an estimate (its
    clause cut only where the words are there at all: most figures have none)."""
    return _ESTIMATED.search(before) is not None and _ESTIMATED.search(_clause_before(before)) is not None


def _clause_before(before: str) -> str:
    """The words of a figure's own clause before it, back to a stop, a semicolon or a colon."""
    return re.split(r"[.;:!?]\s", before)[-1]


# the words that set a sum against the one before it, as two figures of one sum: "well above the", "compared with"
_SET_AGAINST = re.compile(r"\b(?:above|below|short\s+of|in\s+excess\s+of|compared\s+(?:with|to)|against|versus|vs\.?)"
                          r"\s+(?:the\s+|an?\s+)?(?:estimated\s+|budgeted\s+|planned\s+|forecast\s+)?$", re.I)


_OTHERS = frozenset(lexicon.words("besides_words"))


def _counts_others(claim: Claim) -> bool:
    words = (claim.what_key or "").partition("|")[0].split()
    return bool(words) and words[0] in _OTHERS


_ADDITIONS = frozenset(lexicon.words("addition_words"))


def _adds_to_a_count(item: Item) -> bool:
    """Whether the word after a figure says it adds to a count ("2 more bodies recovered"), or the
    word before it ("cancelled another 900 flights")."""
    after = item.after.split(None, 1)[:1]
    before = item.before.rsplit(None, 1)[-1:]
    return bool(after) and after[0].lower() in _ADDITIONS or bool(before) and before[0].lower() == "another"


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")


def date_context(item: Item) -> frozenset[str] | None:
    """The words that join dates said of the same thing: of the sentence for a full date, of
    the few words around it for a bare year; None for a date read against the publication
    date or within a week of it, which is "today", not history."""
    claim = item.claim
    if claim.kind != "date" or claim.notes:
        return None
    value = str(claim.value)
    if len(value) == 4:  # "completed in 1974", "finished in 1971": one class of verb, so the words meet
        words = {WORD_CLASS.get(word, word) for word in local_context(item, 30)}
    elif _FULL_DATE.fullmatch(value) and not near_publication(item):
        # the sentence's words, and the names its report is about: "On March 14, 2005, 57 of our brothers
        # went down the shaft" under "21 years since Borvik" is said of Borvik
        words = sentence_context(item) | {name.lower() for name in item.doc.names}
    else:
        return None
    return frozenset(sys.intern(word) for word in words)


def words_around(claim: Claim, text: str) -> tuple[str, str, str]:
    start, end = claim.span.start, claim.span.end
    return text[start:end], text[max(0, start - CONTEXT_BEFORE) : start], text[end : end + CONTEXT_AFTER]


def nominal(item: Figure) -> float:
    """The number the text states (the low end of a range), which blocking keys on."""
    value = item.value
    if isinstance(value, tuple):
        return float(value[0])
    if isinstance(value, (int, float)):
        return float(value)
    return item.low


def sentence_context(item: Item) -> set[str]:
    return {w.lower() for w in _WORD.findall(item.claim.evidence)} - _CONTEXT_STOP


def local_context(item: Item, reach: int = CONTEXT_BEFORE) -> set[str]:
    """Content words just before and after the claim: "the dam was built in [1962]"; a word the
    reach falls inside is taken whole ("its opening has been pushed back to [2029]")."""
    start, end = max(0, len(item.before) - reach), reach // 3
    while start > 0 and item.before[start - 1].isalnum():
        start -= 1
    while end < len(item.after) and item.after[end].isalnum():
        end += 1
    around = item.before[start:] + " " + item.after[:end]
    return {w.lower() for w in SHORT_WORD.findall(around)} - _CONTEXT_STOP - _FUNCTION_WORDS


_NAME_WORD = re.compile(r"\b[^\W\d_][^\W\d_]{3,}\b")  # capitalised, checked apart: "São Sebastião" as well as "Sao Sebastiao"
# a wire dateline's place, in capitals: "CORRAN, July 16 (Wire) -", "NEW DELHI (AP) -"
_DATELINE_PLACE = re.compile(r"(?m)^[ \t]*([A-Z]{4,}(?:[ \t]+[A-Z]{4,})?)(?=,|[ \t]+\()")


_NOT_NAMES = frozenset(lexicon.not_names())


def _folded(word: str) -> str:
    """A name without its accents, so that two outlets' spellings of a place meet."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def proper_names(text: str) -> frozenset[str]:
    """The names a document uses most (places, bodies, people): the event it is about."""
    counts: dict[str, int] = defaultdict(int)
    head = text[:20000]
    dateline_places = [word.title() for place in _DATELINE_PLACE.findall(head) for word in place.split()]
    found = [(m.start(), m.group()) for m in _NAME_WORD.finditer(head) if m.group()[0].isupper() and m.group()[1:].islower()]
    # the words of a field's label ("Confirmed deaths: 36", "Municipalities affected: ...") name nothing
    words = [_folded(word) for start, word in found if not _in_a_field_label(head, start)]
    for word in [*words, *dateline_places]:
        if word not in _NOT_NAMES:
            counts[word] += 1
    return frozenset(sorted(counts, key=lambda w: (-counts[w], w))[:12])


_FIELD_LABEL = re.compile(r"[ \t*_]*[A-Z][\w ]{0,40}:")


def _in_a_field_label(text: str, at: int) -> bool:
    """Whether a word stands in the label of a field list's line: a line "Label: value" beside
    another such line (a headline "Karsin earthquake: Situation report" stands alone)."""
    start = text.rfind("\n", 0, at) + 1
    label = _FIELD_LABEL.match(text, start)
    if label is None or at >= label.end():
        return False
    end = text.find("\n", at)
    after = _FIELD_LABEL.match(text, end + 1) if end >= 0 else None
    before = _FIELD_LABEL.match(text, text.rfind("\n", 0, start - 1) + 1) if start > 0 else None
    return after is not None or before is not None


def near_publication(item: Item) -> bool:
    """A date within a week of the document's own publication date: "today", not history."""
    published = item.doc.published
    if not published or item.claim.kind != "date":
        return False
    low, high = date_interval(published)
    return abs(item.low - low) <= 7
