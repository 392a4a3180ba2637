"""Claims a document asserts: figures and dates, pinned to their words, with what they count.

``extract_claims`` is a pure function of one :class:`Document`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimledger import lexicon
from claimledger.claims.attribution import Resolver, figure_credited_after, sentence_attribution
from claimledger.claims.dated import what_is_dated
from claimledger.claims.dates import DateMatch, find_dates
from claimledger.claims.implicit import ImplicitCount, find_implicit_counts
from claimledger.claims.incidents import (
    a_span_of_time,
    main_year,
    names_an_incident,
    other_incident,
    spans_a_region,
    turns_to_another_incident,
)
from claimledger.claims.lists import find_lists
from claimledger.claims.measures import (
    CASES,
    CASUALTY_PREDICATES,
    LEVEL_NOUNS,
    MEASURES_OF_MATTER,
    NOT_BEFORE_A_MEASURE,
    PROPERTY_OF_UNIT,
    SENTENCE_END,
    counted_of,
    is_person_word,
    measure_in_context,
    measure_of,
    rest_of_sentence,
    singular,
    survived,
    tells_of_a_death,
    workers_cut,
)
from claimledger.claims.parse import NO_MODEL_NOTICE, Description, describe, load_model, parse_sentences
from claimledger.claims.periods import day_of, headline_period, label_period, period_of, whole_year_of
from claimledger.claims.places import (
    PLACE_KINDS,
    PLACED_MEASURES,
    canceller_of,
    is_a_place_label,
    measured_place_of,
    one_name,
    party_of,
    place_of,
)
from claimledger.claims.quantities import (
    CHANGE_SAID_BEFORE,
    PER_CAPITA,
    SUSPENDED_HYPHEN,
    QuantityMatch,
    find_quantities,
)
from claimledger.claims.quotes import QuotedWords, QuoteMatch, find_quotes
from claimledger.claims.sentences import sentence_start, split_sentences
from claimledger.claims.speech import Attribution, attributions_in_parse, labels_a_speaker, lead_in, may_attribute
from claimledger.claims.tables import field_cells, table_cells
from claimledger.claims.units import CURRENCY_CODES, unit_name
from claimledger.model import ONE_VICTIM, SAME_COUNT, Claim, Document, Span, publication_date, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Described", "Located", "describe_figures", "extract_claims", "extract_claims_many", "finish", "infer_publication", "locate"]


Found = list[tuple[int, int, "DateMatch | QuantityMatch"]]


def extract_claims(document: Document, use_parser: bool = True) -> tuple[tuple[Claim, ...], tuple[str, ...]]:
    """Every figure and date claim of the document, and notices about what was not possible."""
    return extract_claims_many([document], use_parser)[0]


def extract_claims_many(
    documents: list[Document], use_parser: bool = True
) -> list[tuple[tuple[Claim, ...], tuple[str, ...]]]:
    """``extract_claims`` for several documents, parsed in one batch (the same result, faster)."""
    located = [locate(document) for document in documents]
    described, notices = describe_figures(located, use_parser)
    return [finish(one, found, notices) for one, found in zip(located, described, strict=True)]


@dataclass(frozen=True, slots=True)
class Described:
    """What the shared parse read in one document: what each figure counts, and who says what in
    the sentences that hold a figure or a date (sentence start, end, attributions in it)."""

    figures: list[Description | None]
    attributions: list[tuple[int, int, list[Attribution]]]


@dataclass(frozen=True, slots=True)
class Located:
    """What the patterns found in one document, before the parser describes its figures."""

    document: Document
    sentences: list[tuple[int, int]]
    found: Found


def locate(document: Document) -> Located:
    """The sentences, dates and figures of one document: its own time, apart from the shared parse."""
    sentences = list(split_sentences(document.text))  # once: a tenth of the time
    return Located(document, sentences, _find(document, sentences))


def describe_figures(located: list[Located], use_parser: bool = True) -> tuple[list[Described], tuple[str, ...]]:
    """What each figure counts and who says what around the figures and dates, from one parse of
    their sentences in all the documents, and the notice to give when there is no parser."""
    notices: tuple[str, ...] = ()
    if not use_parser:
        notices = ("parsing switched off: what is counted is left empty",)
    elif load_model() is None:
        notices = (NO_MODEL_NOTICE,)
    if notices:
        return [Described([None] * len(one.found), _attributions(one, _attribution_sentences(one), {}))
                for one in located], notices
    return _describe_all(located), notices


def _attribution_sentences(one: Located) -> list[tuple[int, int]]:
    """The sentences holding a figure or a date that may also say who asserts it, and the
    lead-ins ("The governor added:") whose content follows them."""
    text = one.document.text
    held = {(s, e) for s, e, _ in one.found if may_attribute(text[s:e])}
    lines_with_figures = {text.rfind("\n", 0, s) + 1 for s, _, _ in one.found}  # a label matters to the figures of its turn
    held |= {(s, e) for s, e in one.sentences if text[e - 1:e] == ":" and lead_in(text[s:e])
             or s in lines_with_figures and ":" in text[s:s + 60] and labels_a_speaker(text[s:e])}
    return sorted(held)


def _attributions(one: Located, sentences: list[tuple[int, int]], parsed: dict[tuple[int, int], Doc]
                  ) -> list[tuple[int, int, list[Attribution]]]:
    text = one.document.text
    return [(s, e, attributions_in_parse(text[s:e], parsed.get((s, e)))) for s, e in sentences]


def finish(located: Located, described: Described, notices: tuple[str, ...]
           ) -> tuple[tuple[Claim, ...], tuple[str, ...]]:
    """The claims of one document, attributed, with the notices that concern it."""
    document, sentences, found = located.document, located.sentences, located.found
    figures = _to_claims(document, found, described.figures)
    claims = _joined_into_totals(figures + _list_claims(document, sentences) + _implicit_claims(document, sentences, figures))
    claims = _shot_and_alive(document.text, _with_other_incidents(document, claims, found, sentences))
    claims = _parts_in_critical_condition(_conditions_of_some(document.text, claims), document.text)
    claims = _told_of_two_days(claims)
    claims = _counts_said_earlier(claims)
    claims = _with_places(_with_periods(claims, document), document.text)
    claims = _attribute(document, claims, sentences, described.attributions)
    return _without_retracted(document.text, sentences, claims), notices if found else ()


# "Correction: An earlier version of this story said 14 people had died.": what the outlet withdrew
_RETRACTED = re.compile(r"\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+"
                        r"(?:story|article|report|post|piece)\b", re.I)


def _without_retracted(text: str, sentences: list[tuple[int, int]], claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A correction's account of what an earlier version said is withdrawn, not asserted: its
    figures and dates are no claims of the document."""
    withdrawn = [(s, e) for s, e in sentences if _RETRACTED.search(text, s, e)]
    if not withdrawn:
        return claims
    return tuple(c for c in claims if not any(s <= c.span.start < e for s, e in withdrawn))


def _shot_and_alive(text: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """People counted as shot are injured in a report that tells of no death at all ("a 6-year-old
    was shot in the thigh"): shot and not killed is what injured means."""
    shot = {c.id for c in claims if c.measure == "casualties" and c.unit is None
            and "shoot" in (c.what_key or "").partition("|")[2].split()}  # not "40 casualties": those may be dead
    if not shot or any(c.measure == "killed" for c in claims) or tells_of_a_death(text):
        return claims
    return tuple(replace(c, measure="injured") if c.id in shot else c for c in claims)


# the people a count counts are only said to be in a condition: "two victims were listed in
# critical condition", "two remain hospitalized", not how many were hurt
_IN_A_CONDITION = re.compile(
    r"(?:\s+[\w'-]+){0,5}?(?:\s*,[^,.;]{1,60},)?\s+(?:were|was|are|is|remain(?:s|ed)?)\s+(?:still\s+|listed\s+|reported\s+)?"
    r"(?:(?:hospitalized|hospitalised)\b(?:\s+in\s+\w+(?:\s+but\s+stable)?\s+condition\b)?"
    r"|in\s+\w+(?:\s+but\s+stable)?\s+condition\b)", re.I)


def _conditions_of_some(text: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A count of the hurt that only tells their condition ("two victims were listed in critical
    condition") where the document gives a larger count of the hurt is a part of that count, the
    state of some of them; only where it is the document's one count does it say how many were hurt.
    A partitive in a condition ("twelve of the survivors were in critical condition") is a part of
    the larger count of its own measure, whatever that measure is: it counts no more survivors."""
    hurt = {c.id: float(c.value) for c in claims if c.measure == "injured" and c.part_of is None and c.event is None
            and isinstance(c.value, (int, float))}
    totals = [c for c in claims if c.id in hurt and not _IN_A_CONDITION.match(text, c.span.end)]
    out = []
    for claim in claims:
        if claim.id in hurt and _IN_A_CONDITION.match(text, claim.span.end):
            larger = [c for c in totals if hurt[c.id] > hurt[claim.id]]
            if larger:
                claim = replace(claim, part_of=_nearest(larger, claim).id, measure=None, counted=None)
        elif _a_part_in_a_condition(text, claim):
            larger_whole = _nearest_larger_of_its_measure(claims, claim)
            claim = replace(claim, part_of=larger_whole.id if larger_whole else None, measure=None, counted=None)
        out.append(claim)
    return tuple(out)


def _a_part_in_a_condition(text: str, claim: Claim) -> bool:
    return (claim.kind == "quantity" and claim.measure not in (None, "injured") and claim.part_of is None
            and _PARTITIVE.match(text, claim.span.end) is not None and _IN_A_CONDITION.match(text, claim.span.end) is not None)


def _nearest_larger_of_its_measure(claims: tuple[Claim, ...], part: Claim) -> Claim | None:
    larger = [c for c in claims if c.measure == part.measure and c.part_of is None and isinstance(c.value, (int, float))
              and isinstance(part.value, (int, float)) and c.value > part.value]
    return _nearest(larger, part) if larger else None


def _nearest(candidates: list[Claim], claim: Claim) -> Claim:
    """The candidate whose words stand nearest the claim's."""
    return min(candidates, key=lambda c: abs(c.span.start - claim.span.start))


def _list_claims(document: Document, sentences: list[tuple[int, int]]) -> tuple[Claim, ...]:
    """Named lists: the count of named members is the value, the members go with it."""
    claims = []
    for s_start, s_end in sentences:
        for item in find_lists(document.text[s_start:s_end]):
            start, end = s_start + item.start, s_start + item.end
            claims.append(Claim(stable_id("c", document.id, start, end, "list"), document.id, "list",
                                Span(start, end), document.text[s_start:s_end], len(item.members),
                                what=item.what, what_key=f"{item.what}|", members=item.members))
    return tuple(claims)


_IMPLICIT_KEY = {"killed": "people|kill", "injured": "people|injure", "casualties": "people|shoot"}  # as "people killed" has


def _implicit_key(count: ImplicitCount) -> str:
    """The key a count stated in words groups by: as "people killed" has, or for one victim told
    of, as "person killed" would, apart from the counts of the incident."""
    key = _IMPLICIT_KEY[count.measure]
    return key.replace("people|", "person|", 1) if count.one_victim else key


def _implicit_claims(document: Document, sentences: list[tuple[int, int]], figures: tuple[Claim, ...]
                     ) -> tuple[Claim, ...]:
    """Counts stated without a numeral ("a man was shot dead"), where the document speaks of an
    incident and gives no figure of that measure: "a man was killed" then tells of one victim, not
    of the incident's toll; and "She died in 2019" in a document of no incident is an obituary,
    not a casualty count."""
    found = [(s_start, s_end, count) for s_start, s_end in sentences
             for count in find_implicit_counts(document.text[s_start:s_end])]
    if not found or not names_an_incident(document.text):
        return ()
    counts = [figure for figure in figures if figure.kind == "quantity" and figure.unit is None]
    stated = {figure.measure for figure in counts}
    claims: list[Claim] = []
    for s_start, s_end, count in found:
        span = Span(s_start + count.start, s_start + count.end)
        overlapped = [f for f in counts if f.span.overlaps(span)]
        sums_figures = count.total and bool(overlapped)  # "four women and one man"
        # "a victim who escaped the home where three people were killed was injured": a figure of
        # another harm inside the words is not this count's own number
        own_number = any(not _another_harm(f, count.measure) for f in overlapped)
        if (count.measure in stated and not sums_figures) or (not count.derived and own_number):
            continue
        if count.besides and any(c.measure in (count.measure, "casualties") and c.value for c in claims):
            continue  # "no one else was hurt" after a wounded victim: none besides, not none at all
        claims.append(Claim(stable_id("c", document.id, span.start, span.end, "implicit"), document.id, "quantity",
                            span, document.text[s_start:s_end], count.value,
                            what=f"{count.noun} {count.measure}", what_key=_implicit_key(count),
                            notes=(_JOINED_NOTE if count.total else "a count stated without a numeral",), measure=count.measure,
                            # one victim told of is not a toll: grouped with other such mentions, not with counts
                            counted=ONE_VICTIM if count.one_victim else "people"))
    return tuple(claims)


_JOINED_NOTE = "the sum of the counts the sentence joins"


def _another_harm(figure: Claim, measure: str) -> bool:
    """Whether a figure counts the dead where a count counts the hurt, or the other way round."""
    return {figure.measure, measure} == {"killed", "injured"}


def _joined_into_totals(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The counts a sentence joins ("four women and one man were shot") are parts of their sum:
    each picks out some of the casualties, so only the sum keeps the measure."""
    totals = [c for c in claims if _JOINED_NOTE in c.notes]
    if not totals:
        return claims
    out = []
    for claim in claims:
        whole = next((t for t in totals if t is not claim and t.span.start <= claim.span.start
                      and claim.span.end <= t.span.end and _same_harm(claim, t)), None)
        out.append(_a_part_of(claim, whole) if whole else claim)
    return tuple(out)


_PERPETRATOR = "|".join(lexicon.words("perpetrators"))
# "an 18-year-old gunman": the role right after the age; "The suspect, Colby Mace, 19," or "the shooter, 18,": before it
_ROLE_AFTER_AGE = re.compile(rf"\s+(?:{_PERPETRATOR})\b", re.I)
_ROLE_BEFORE_AGE = re.compile(rf"\b(?:{_PERPETRATOR})(?:\s+(?:in|of|at)\s+[^,.;]{{1,50}})?"
                              rf"(?:,\s*(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*)?,\s*\Z", re.I)


def _ages_of_the_attacker(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """An age said of the one who carried out an attack ("an 18-year-old gunman", "The suspect,
    Colby Mace, 19") is that person's age, whatever the report calls them: reports that differ on it
    conflict, as ages of the victims, each their own, never do."""
    return tuple(replace(c, counted="attacker") if c.kind == "quantity" and c.measure == "age" and (
        _ROLE_AFTER_AGE.match(text, c.span.end) or _ROLE_BEFORE_AGE.search(text, max(0, c.span.start - 60), c.span.start))
        else c for c in claims)


def _kinds_of_people_in_a_toll(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A part of a toll that names a kind of people ("The death toll rose to 21, including 19 children
    and two teachers") is that kind's count of the toll's measure, as other reports give it."""
    by_id = {c.id: c for c in claims}
    out = []
    for claim in claims:
        whole = by_id.get(claim.part_of or "")
        if (whole is not None and claim.kind == "quantity" and claim.measure is None and claim.unit is None
                and claim.counted in _KINDS_OF_PEOPLE and whole.measure in _CASUALTY_MEASURES):
            claim = replace(claim, measure=whole.measure)
        out.append(claim)
    return tuple(out)


def _a_part_of(part: Claim, whole: Claim) -> Claim:
    """A count as a part of a toll: some of the victims, its measure left to the whole ("a man and
    two women were shot" tells who the victims were). The breakdown of a mass-casualty toll by a kind
    of people ("killed 19 children and two teachers") is a count of its own that reports repeat."""
    kind = counted_of(part.what_key, None, whole.measure) if whole.measure else None
    keeps = kind in _KINDS_OF_PEOPLE and isinstance(whole.value, int) and whole.value >= _MASS_CASUALTIES
    return replace(part, part_of=whole.id, measure=whole.measure if keeps else None, counted=kind if keeps else None)


_MASS_CASUALTIES = 10  # a toll whose breakdown by kind of people reports give as figures of their own


# kinds of people a toll's parts may name that other reports count too: the children and the teachers a
# shooting killed, not "four women and one man", which only tell who the victims were
_KINDS_OF_PEOPLE = frozenset(["child", "teacher", "student", "pupil", "officer", "soldier", "firefighter", "worker", "miner",
                              "passenger", "crew", "civilian"])


def _same_harm(part: Claim, total: Claim) -> bool:
    """Whether a count inside a total tells of the harm the total adds up: "a woman died and
    three men were wounded" adds no wounded to a count of the dead. A count the parse tied to no
    harm ("four adults" in "after four adults and a boy were shot") is one of the joined counts."""
    if part.measure is None and part.unit is None:
        return True
    if part.measure not in _CASUALTY_MEASURES:
        return False
    return part.measure == total.measure or "casualties" in (part.measure, total.measure)


_CLAUSE_BREAK = re.compile(r"[,;:()]")
# a clause that goes on about the time just named: "since 1998, when 112 people died"
_SAME_TIME_CLAUSE = re.compile(r"\s*,\s+(?:when|during\s+which|in\s+which|where)\s+[^,;:()]*")


# date forms whose year is the publication's, not one the text names: "on Monday", "Sept 17"
_YEAR_FROM_PUBLICATION = frozenset(["weekday", "md", "dm"])


def _with_other_incidents(document: Document, claims: tuple[Claim, ...], found: Found,
                          sentences: list[tuple[int, int]]) -> tuple[Claim, ...]:
    """Mark the figures said of another incident than the document's own: those in the clause of
    a sentence that names one ("the 2009 shooting at the same base left 13 dead")."""
    years = [int(item.value[:4]) for _, _, item in found  # a year read from the publication date tells nothing
             if isinstance(item, DateMatch) and item.value and item.value[:4].isdigit()
             and item.form not in _YEAR_FROM_PUBLICATION]
    own = main_year(years, document.published)
    if not names_an_incident(document.text) and not tells_of_a_death(document.text):
        return claims  # a statistical release: "In 2024, 96,400 dwellings were completed" is of a year, no other incident
    wide = spans_a_region(_lede(document.text, sentences, _LEDE_SENTENCES + 1))
    out = []
    read: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # sentence -> (another incident, opener)
    for claim in claims:
        # "five years after the 2009 ...", "1.2 billion euros a year": a time or a rate, no incident
        if claim.kind == "quantity" and claim.measure not in ("duration", "age") and "/" not in (claim.unit or ""):
            s_start, s_end = _sentence_at(sentences, claim.span.start)
            sentence = document.text[s_start:s_end]
            if (s_start, s_end) not in read:
                read[(s_start, s_end)] = (other_incident(sentence, own, wide), turns_to_another_incident(sentence, own))
            event, turned = read[(s_start, s_end)]
            if event is not None and claim.measure == "money" and a_span_of_time(event):
                event = None  # "accepted bribes worth 2.4 million euros between 2017 and 2022": the span's total
            if turned is not None:
                claim = replace(claim, event=turned)
            elif event is not None:
                at = sentence.find(event)
                lo, hi = sorted((at, claim.span.start - s_start))
                after_event = at + len(event)
                if not _CLAUSE_BREAK.search(sentence, lo, hi) or (
                        at < claim.span.start - s_start and _SAME_TIME_CLAUSE.fullmatch(sentence, after_event, hi)):
                    claim = replace(claim, event=event)
        out.append(claim)
    return _own_incident_of_the_lede(document.text, sentences, tuple(out))


# "the deadliest since the 2009 blast", "worse than the 2019 flood": a lede comparing with another incident
_COMPARED_BEFORE = re.compile(r"\b(?:since|than|like|unlike|recalls?|recalling|anniversary|after|before)\b(?:\s+\S+){0,3}\s*\Z",
                              re.I)
_LEDE_SENTENCES = 2
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _lede(text: str, sentences: list[tuple[int, int]], count: int) -> str:
    """The headline and the opening sentences of a document, where it says what it reports."""
    return " ".join(text[s:e] for s, e in sentences[:count])


def _own_incident_of_the_lede(text: str, sentences: list[tuple[int, int]], claims: tuple[Claim, ...]
                              ) -> tuple[Claim, ...]:
    """An incident the headline or the first sentence names by its year without comparing ("jailed
    over a 2022 blast that killed 11") is what the document reports, however long ago it happened:
    a trial's report is about the incident it tries, not another one."""
    lede = _lede(text, sentences, _LEDE_SENTENCES)
    own = set()
    # not "shootings across the city", nor a span of years ("between 2009 and"), which is no incident
    for event in {c.event for c in claims if c.event and _A_YEAR.search(c.event) and not a_span_of_time(c.event)}:
        at = lede.find(event)
        if at >= 0 and not _COMPARED_BEFORE.search(lede, max(0, at - 40), at):
            own.add(event)
    return tuple(replace(c, event=None) if c.event in own else c for c in claims) if own else claims


def _attribute(document: Document, claims: tuple[Claim, ...], sentences: list[tuple[int, int]],
               attributions: list[tuple[int, int, list[Attribution]]]) -> tuple[Claim, ...]:
    """Add the document's quotes and attributions, and say for every claim whom the document
    attributes it to."""
    resolver = Resolver(document.text, document.voice)
    quotes = list(find_quotes(document.text, resolver))
    sources = _content_sources(document.text, attributions)
    turns = _speaker_turns(document.text)
    out: list[Claim] = []
    for claim in claims:
        quote = next((q for q in quotes if q.start <= claim.span.start and claim.span.end <= q.end), None)
        source = next((who for start, end, who in sources if start <= claim.span.start and claim.span.end <= end), None)
        turn = next((who for start, end, who in turns if start <= claim.span.start and claim.span.end <= end), None)
        if quote is not None:
            who = quote.speaker
        elif (credited := figure_credited_after(document.text, claim.span.end, resolver)) is not None:
            who = credited  # "... said that less than 5 tonnes escaped, far less than the 12 tonnes estimated by engineers"
        elif source is not None:
            who = _source_name(document.text, sources, source, resolver)
            citing = _CITING.match(document.text, source[1])
            if citing is not None and who:  # "State television, citing the interior ministry, said": the ministry's, relayed
                claim = replace(claim, via=(who, *claim.via))
                who = resolver.resolve(citing.group("who"), citing.start("who")) or who
        else:
            sentence = _sentence_at(sentences, claim.span.start)
            who = (_credited_in_sentence(document.text, sentence, claim.span.start, resolver)
                   or _reported_by_the_source_before(document.text, sentence, out) or document.voice)
        if turn is not None and (who is None or who == document.voice or _FIRST_PERSON.fullmatch(who)):
            who = turn  # a transcript's turn: "GOVERNOR RITA ALVAREZ: ... We have confirmed seven deaths"
        out.append(replace(claim, attributed_to=who or None))
    # a block quote, or a passage relayed as "the statement added", carries the statement the
    # document reports: it attributes the figures inside it, but it is not a speaker's quote
    out.extend(_quote_claim(document, q, sentences) for q in quotes if q.is_speech_quote)
    out.sort(key=_in_text_order)
    out.extend(_attribution_claims(document, attributions, out, resolver, sources))
    return tuple(sorted(out, key=_in_text_order))


_FIRST_PERSON = re.compile(r"[Ww]e|I|[Uu]s|[Oo]ur")
# a source that passes on another's figure: "State television, citing the interior ministry, said"
_CITING = re.compile(r",[ \t]*(?:citing|quoting)[ \t]+(?P<who>[^,.;\n]{3,80}),")
# "No deaths have been reported.": reported, by no one the sentence names
_REPORTED_BY_NO_ONE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:reported|confirmed|recorded|registered)\b(?!\s+by\b)", re.I)


def _reported_by_the_source_before(text: str, sentence: tuple[int, int], before: list[Claim]) -> str | None:
    """The source of the sentence before, for a sentence that says only that something has been
    reported, in the same paragraph ("..., the agency said on Friday. No deaths have been
    reported."): the report goes on."""
    start, end = sentence
    if not _REPORTED_BY_NO_ONE.search(text, start, end):
        return None
    previous = next((c for c in reversed(before) if c.span.start < start and c.kind in ("quantity", "date")), None)
    if previous is None or previous.attributed_to is None or "\n" in text[previous.span.end:start].strip(" "):
        return None
    return previous.attributed_to


_TURN_LINE = re.compile(r"^[^\n:]{2,60}:[ \t][^\n]+", re.M)


def _speaker_turns(text: str) -> list[tuple[int, int, str]]:
    """The turns of a transcript: each line a speaker label opens, in capitals ("GOVERNOR RITA
    ALVAREZ: ..."), or in a record's form ("Lena Brandt (Opposition spokesperson): ...", "The
    Minister for Housing (Ana Kell): ...", a name that opens two turns), with the speaker's name as a
    reader writes it."""
    turns = []
    for line in _TURN_LINE.finditer(text) if ":" in text else ():
        if labels_a_speaker(line.group()):
            label = line.group().split(":", 1)[0].strip(" \"“")
            turns.append((line.start() + len(label), line.end(), " ".join(w.capitalize() for w in label.split())))
    if turns or ":" not in text:
        return turns
    labelled = list(_RECORD_TURN.finditer(text))
    opening = Counter(m.group("name") for m in labelled)
    for m in labelled:
        role = m.group("role")
        if role is None and opening[m.group("name")] < 2:
            continue  # "Veldmark: search goes on" is a headline's place, unless the name opens other turns
        named = role if role is not None and _PERSON_IN_BRACKETS.fullmatch(role) else m.group("name")
        end = text.find("\n", m.end())
        turns.append((m.end("label"), end if end >= 0 else len(text), named))
    return turns


# "Lena Brandt (Opposition housing spokesperson):", "The Minister for Housing (Ana Kell):", "Lena Brandt:"
_RECORD_TURN = re.compile(r"^(?P<label>(?P<name>[A-Z][\w.’'-]*+(?:[ \t](?:[A-Z][\w.’'-]*+|of|for|the|and)){0,5}+)"
                          r"(?:[ \t]\((?P<role>[^()\n]{2,60})\))?:)[ \t]+\S", re.M)
_PERSON_IN_BRACKETS = re.compile(r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,2}")


_OWN_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas)\b")  # where a clause with a source of its own starts


def _credited_in_sentence(text: str, sentence: tuple[int, int], at: int, resolver: Resolver) -> str | None:
    """Whom a sentence credits the claim at ``at`` to: the source of the claim's own clause after
    a semicolon or a contrasting "while" where that clause names one ("the organisers say 80,000;
    police put it at 18,000", "Police estimated 150,000, while the club put it at 200,000"), else
    the sentence's."""
    start, end = sentence
    breaks = [m.end() for m in _OWN_CLAUSE_BREAK.finditer(text, start, at)]
    clause_start = breaks[-1] if breaks else start
    after = _OWN_CLAUSE_BREAK.search(text, at, end)
    clause_end = end if after is None else after.start()
    if (clause_start, clause_end) != (start, end):
        own = sentence_attribution(text[clause_start:clause_end], clause_start, resolver)
        if own:
            return own
    return sentence_attribution(text[start:end], start, resolver)


_FULL_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+")


def _source_name(text: str, sources: list[tuple[int, int, tuple[int, int]]], source: tuple[int, int],
                 resolver: Resolver, seen: frozenset[tuple[int, int]] = frozenset()) -> str | None:
    """The name of a source as the document resolves it: a pronoun inside another source's
    content is that source ("Observers said they found ..." is the observers' finding), else
    the name the resolver gives, without a clause set off after it ("X, who visited the site")."""
    said = text[source[0]:source[1]]
    if said.strip().lower() in _PRONOUN_SOURCES:
        outer = next((who for start, end, who in sources if start <= source[0] and source[1] <= end
                      and who != source and who not in seen), None)
        if outer is not None:
            return _source_name(text, sources, outer, resolver, seen | {source})
    named = _named_part(said)
    return resolver.resolve(named, source[0]) or named


_PRONOUN_SOURCES = frozenset(["he", "she", "they"])


def _named_part(source: str) -> str:
    """The name in a source set off by commas ("the regional governor, Ana Ruiz," is Ana Ruiz),
    else the source without its closing comma."""
    parts = [part.strip() for part in _COMMA_OF_A_NUMBER.sub("\x00", source.strip(" ,")).split(",")]
    parts = [part.replace("\x00", ",") for part in parts]  # "Scientists who tracked 480,000 people": one part
    return next((part for part in parts if _FULL_NAME.fullmatch(part)), parts[0])


_COMMA_OF_A_NUMBER = re.compile(r"(?<=\d),(?=\d{3})")


def _content_sources(text: str, attributions: list[tuple[int, int, list[Attribution]]]
                     ) -> list[tuple[int, int, tuple[int, int]]]:
    """The content spans of the parse's attributions with their sources, in document offsets,
    innermost first: a figure in "officials said 21 had died" is the officials' claim."""
    found = [(start + a.content[0], start + a.content[1], (start + a.source[0], start + a.source[1]))
             # a one-character cue is a speaker label or a dash credit: the quotes carry those
             for start, _, said in attributions for a in said if a.cue[1] - a.cue[0] > 1]
    return sorted(found, key=lambda item: item[1] - item[0])


def _in_text_order(claim: Claim) -> tuple[int, int, str]:
    return claim.span.start, claim.span.end, claim.kind


def _attribution_claims(document: Document, attributions: list[tuple[int, int, list[Attribution]]],
                        claims: list[Claim], resolver: Resolver,
                        sources: list[tuple[int, int, tuple[int, int]]]) -> list[Claim]:
    """Who says what around a figure or a date, as claims of their own: the span is the cue
    ("said"), with the source and the content beside it; the claims inside the content (in text
    order) are its members."""
    text = document.text
    quoted = QuotedWords(text)
    out = []
    for start, end, found in attributions:
        for a in quoted.document_attributions(text, (start, end), found):
            source, cue, content = Span(*a.source), Span(*a.cue), Span(*a.content)
            who = _source_name(text, sources, (source.start, source.end), resolver) or text[source.start:source.end]
            inside = tuple(c.id for c in claims if content.start <= c.span.start and c.span.end <= content.end)
            out.append(Claim(stable_id("c", document.id, cue.start, cue.end, "attribution"), document.id, "attribution",
                             cue, text[start:end], None, what=text[cue.start:cue.end], speaker=who, attributed_to=who,
                             members=inside, source_span=source, content_span=content))
    return out


def _sentence_at(sentences: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= at < end:
            return start, end
    return at, at


def _quote_claim(document: Document, quote: QuoteMatch, sentences: list[tuple[int, int]]) -> Claim:
    first = _sentence_at(sentences, quote.start)
    last = _sentence_at(sentences, max(quote.start, quote.end - 1))
    start = min(first[0], quote.start)
    end = max(last[1], quote.end)
    return Claim(stable_id("c", document.id, quote.start, quote.end, "quote"), document.id, "quote",
                 Span(quote.start, quote.end), document.text[start:end], None, speaker=quote.speaker,
                 attributed_to=quote.speaker, via=quote.via)


def _find(document: Document, sentences: list[tuple[int, int]]) -> Found:
    """Dates and figures of each sentence, in text order, as (sentence start, end, match)."""
    text = document.text
    found: Found = []
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        dates = list(find_dates(sentence, document.published))
        found.extend((s_start, s_end, d) for d in dates)
        blocked = [(d.start, d.end) for d in dates]
        found.extend((s_start, s_end, q) for q in find_quantities(sentence, blocked))
    found.sort(key=lambda item: item[0] + item[2].start)
    return found


def _describe_all(located: list[Located]) -> list[Described]:
    """Parse every sentence that holds a figure, or a date beside a cue word, all documents in one
    batch; describe each figure and read the attributions."""
    asked = [_attribution_sentences(one) for one in located]
    english = {i for i, one in enumerate(located) if one.document.language in (None, "en")}  # the parse reads English
    keys = sorted({(i, s, e) for i, one in enumerate(located) if i in english
                   for s, e, item in one.found if isinstance(item, QuantityMatch)}
                  | {(i, s, e) for i, sentences in enumerate(asked) if i in english for s, e in sentences})
    docs = parse_sentences([located[i].document.text[s:e] for i, s, e in keys]) or []
    parsed: dict[int, dict[tuple[int, int], Doc]] = {}
    for (i, s, e), doc in zip(keys, docs, strict=True):
        parsed.setdefault(i, {})[(s, e)] = doc
    out: list[Described] = []
    for i, one in enumerate(located):
        mine = parsed.get(i, {})
        figures: list[Description | None] = [
            describe(mine[(s, e)], item.head_start, item.head_end) if isinstance(item, QuantityMatch) and (s, e) in mine
            else None for s, e, item in one.found]
        out.append(Described(figures, _attributions(one, asked[i], mine)))
    return out


def _to_claims(document: Document, found: Found, descriptions: list[Description | None]) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    id_at: dict[int, str] = {}  # absolute char offset of a quantity's number -> claim id
    what_at: dict[int, Description] = {}
    last_count: tuple[int, Description] | None = None  # (sentence start, description) of the last count with a noun
    wholes_after: dict[str, int] = {}  # claim id -> where the whole it is a part of starts, later in the sentence
    for (s_start, s_end, item), desc in zip(found, descriptions, strict=True):
        start, end = s_start + item.start, s_start + item.end
        evidence = document.text[s_start:s_end]
        claim_id = stable_id("c", document.id, start, end)
        if isinstance(item, DateMatch):
            if not item.value:
                continue
            claims.append(Claim(claim_id, document.id, "date", Span(start, end), evidence, item.value,
                                notes=(item.note,) if item.note else (), measure=what_is_dated(document.text, start, end)))
            continue
        if desc is not None and desc.in_a_name and item.unit is None:
            continue  # "a Boeing 737 landed": part of a name, not a figure
        id_at[s_start + item.head_start] = claim_id
        part_of = None
        what, key = (desc.what, desc.key) if desc else (None, None)
        if desc is not None and desc.enumeration_head is not None:
            part_of = id_at.get(s_start + desc.enumeration_head)
            if desc.enumeration_head > item.head_start:  # a partitive names its whole after it
                wholes_after[claim_id] = s_start + desc.enumeration_head
            whole = what_at.get(s_start + desc.enumeration_head)
            if whole is not None and (whole.predicate or not desc.counted):
                counted, counted_lemma = (desc.counted, desc.counted_lemma) if desc.counted or item.unit \
                    else (whole.counted, whole.counted_lemma)  # "6 million homes, including 1.5 million in ..."
                what = " ".join(w for w in (counted, whole.predicate or desc.predicate) if w) or None
                key = f"{counted_lemma or ''}|{whole.predicate_lemma or desc.predicate_lemma or ''}"
        if desc is not None and desc.elided and not item.unit and last_count and last_count[0] == s_start:
            earlier = last_count[1]  # the noun the earlier conjunct said: "killed 57 people and injured 3"
            what = " ".join(w for w in (earlier.counted, desc.predicate) if w)
            key = f"{earlier.counted_lemma or ''}|{desc.predicate_lemma or ''}"
        if desc is not None:
            what_at[s_start + item.head_start] = desc
            if desc.counted and not item.unit and not _counts_places(desc.counted_lemma):
                last_count = (s_start, desc)  # not "in nine states": "sickened 87 people in nine states, hospitalized 21"
        claims.append(Claim(claim_id, document.id, "quantity", Span(start, end), evidence, item.value,
                            unit=item.unit, approx=item.approx,  # type: ignore[arg-type]
                            what=what, what_key=key, part_of=part_of))
    claims = [replace(c, part_of=id_at.get(wholes_after[c.id])) if c.id in wholes_after else c for c in claims]
    claims = _read_from_fields(document.text, _read_from_tables(document.text, claims))
    return _measured(_completed_by_the_next(document.text, _linked_changes(claims, found, id_at)), document.text)


def _counts_places(lemmas: str | None) -> bool:
    words = (lemmas or "").split()
    return bool(words) and (words[-1] in PLACE_KINDS or words[-1] in ("country", "nation"))


_SHOT_BEFORE = re.compile(r"\b(?:shot|stabbed|wounded|struck|hit)\b[^.;]{0,12}?,\s*\Z")  # "were shot, " before "three fatally"
_FATALLY_AFTER = re.compile(r"\s+(?:of\s+them\s+|(?:man|woman|person|victim)\s+)?(?:fatally|mortally)\b")  # "shot, one fatally"


# "One person was fatally wounded", "two men were fatally shot", "three people suffered fatal wounds":
# the adverb or adjective the parse leaves out of the count's verb says they died
_FATALLY_HARMED = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed|struck|hurt|hit|gunned\s+down)"
    r"|(?:suffered|sustained|received)\s+(?:\w+\s+)?(?:fatal|mortal)\s+(?:gunshot\s+|stab\s+)?(?:wounds?|injur(?:y|ies)))\b",
    re.I)


# "a shooting fatally wounded one student": the active verb's adverb says its object died
_FATALLY_BEFORE = re.compile(r"\b(?:fatally|mortally)\s+(?:shot|shooting|wounded|wounding|injured|injuring|stabbed|stabbing|"
                             r"struck|striking)\s+(?:(?:at\s+least|about|nearly|some)\s+)?$", re.I)


_MEASURE_AFTER = re.compile(  # a count whose casualty word follows it, or follows the person noun after it
    r"\s+(?:(?P<noun>[a-z]{3,20})\s+)?(?:(?:critically|seriously|badly|fatally|mortally|gravely|confirmed)\s+)?"
    r"(?P<said>dead|killed|injured|wounded|hurt)\b", re.I)
# what follows a count's whole description ("3 dead in crash", "two hurt and one missing"), not a
# noun it qualifies ("3,500 dead fish", "one wounded woman")
_WORDS_AFTER_A_BARE_MEASURE = frozenset(["in", "at", "after", "and", "as", "on", "from", "near", "following", "when",
                                         "while", "during", "by", "including", "among", "since", "across", "outside",
                                         "inside", "overnight", "so", "or", "but", "with"])
_BARE_MEASURE_AFTER = re.compile(r"\s+(?:dead|killed|injured|wounded|hurt)\b(?!\s+(?:by|in\s+(?:the|a|an)\s+\w+\s+of))", re.I)


def _bare_measure_after(text: str, end: int) -> bool:
    """Whether a casualty word follows a number as its whole description ("One dead, three
    injured"), not as the adjective of a noun ("one wounded woman died")."""
    said = _BARE_MEASURE_AFTER.match(text, end)
    if said is None:
        return False
    following = text[said.end():said.end() + 40].split(None, 2)
    word = following[0] if following else ""
    return not word[:1].islower() or word.strip(".,;:") in _WORDS_AFTER_A_BARE_MEASURE


# "stabbed two people to death", "beat his wife to death": the harm killed them
_TO_DEATH = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?to\s+death\b", re.I)
# "a shooting kills three and wounds two": the verb just before a bare count says its measure,
# where a parse reads "wounds" as a noun
_VERB_BEFORE = re.compile(
    r"\b(?P<said>kill(?:s|ed|ing)|wound(?:s|ed|ing)|injur(?:es|ed|ing)|hurt(?:s|ing)?)\s+"
    r"(?:(?:at\s+least|about|nearly|almost|more\s+than|some)\s+)?$", re.I)
_SHOT_AND = re.compile(r"[^.;]{0,60}?\bshot\s+and\s+(?P<how>wounded|injured|hurt|killed)\b", re.I)


def _measure_said_after(claim: Claim, text: str) -> tuple[str | None, Claim]:
    """ "2 dead, 3 hurt", "5 people injured in ...": a headline's or a list's count, whose
    casualty word follows the number (or its person noun) with no verb between."""
    said = _MEASURE_AFTER.match(text, claim.span.end)
    noun = (said.group("noun") or "").lower() if said else ""
    if said is None or (noun and not is_person_word(noun)):
        return None, claim
    return CASUALTY_PREDICATES[said.group("said").lower()], replace(claim, what=claim.what or said.group("said"))


# "4 firefighters were among the dead": the people counted are some of the casualties of a measure
_AMONG_THE = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+"
                        r"(?P<said>dead|killed|fatalities|injured|wounded|hurt|missing)\b", re.I)
_AMONG_MEASURE = {"dead": "killed", "killed": "killed", "fatalities": "killed", "injured": "injured", "wounded": "injured",
                  "hurt": "injured", "missing": "missing"}


def _among_the(text: str, end: int) -> str | None:
    """The measure of a count said to be among the dead, the injured or the missing."""
    said = _AMONG_THE.match(text, end)
    return _AMONG_MEASURE[said.group("said").lower()] if said else None


# people who crossed into another country: "have fled the fighting in Ardenia into neighbouring countries"
_FLED_ABROAD = re.compile(
    r"[^.;]{0,40}?\b(?:fled|flee|fleeing|escaped|crossed|crossing)\b[^.;]{0,80}?"
    r"(?:\b(?:into|to|across)\s+(?:neighbou?ring|other)\s+(?:countries|states|nations)|\babroad\b"
    r"|\bacross\s+the\s+borders?\b)", re.I)
# "one person was said to be critically injured": the report verb is the parse's predicate, the harm comes after it
_SAID_TO_BE = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:were|was|are|is)\s+(?:said|reported|believed|thought|understood|known)\s+"
                         r"to\s+(?:be|have\s+been)\s+(?:(?:critically|seriously|fatally|badly|severely|mortally|also)\s+)?"
                         r"(?P<said>dead|killed|injured|wounded|hurt|missing)\b", re.I)


def _said_to_be(text: str, end: int) -> str | None:
    """The measure of a count a report verb says was hurt or killed."""
    said = _SAID_TO_BE.match(text, end)
    return _AMONG_MEASURE[said.group("said").lower()] if said else None


# "the evacuation of 2,000 residents", "the deaths of three people", "the arrest of 12 protesters"
_NOUN_NOW_AT = re.compile(r"(?:\b(?P<before>[a-z]+)[\s-]+)?\b(?P<noun>[a-z]{4,})(?:\s+(?:statewide|nationwide|worldwide|so\s+far|"
                          r"in\s+total|overall))?(?:\s+(?:now|now\s+at|stand\s+at|stood\s+at|at|is|was|were|are)|:)\s+$", re.I)
_NOUN_OF_BEFORE = re.compile(r"(?:\b(?P<before>[a-z]+)\s+)?\b(?P<noun>[a-z]{4,})\s+of\s+(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least|"
                             r"roughly|around|an\s+estimated)\s+)?$")


def _measure_of_noun_before(text: str, start: int) -> str | None:
    """The measure a noun of an event gives the count it takes with "of", or that it is now at
    ("Storm-related deaths statewide now 11", "Deaths: 11", "its seating capacity was 42")."""
    said = _NOUN_OF_BEFORE.search(text, max(0, start - 50), start) or _NOUN_NOW_AT.search(text, max(0, start - 50), start)
    if said is None or said.group("before") in NOT_BEFORE_A_MEASURE:  # "the attempted murders of five teenagers"
        return None
    noun = said.group("noun").lower()
    measure = measure_of(f"{noun}|", None) or measure_of(f"{noun.removesuffix('s')}|", None)
    # "a capacity of 40,000", "in front of a crowd of 81,500"
    return measure if measure in _PEOPLE_COUNTS or measure in ("capacity", "attended") else None


# "the number of bodies recovered off the cape rose to 59", "the toll of dead stood at 12", "the count of deaths, 27"
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:number|toll|tally|count|total)\s+of\s+(?P<what>[a-z-]++(?:\s+[a-z-]++)?)\b[^.;\n\d]{0,60}?"
    r"\b(?:rose|risen|climbed|increased|reached|jumped|grew|stood|stands|went\s+up|is|was|now)"
    r"(?:\s+(?:to|at))?\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?\Z", re.I)
# "revised their estimate of Sunday's parade crowd to 180,000", "raised its figure for the crowd to 25,000"
_ESTIMATE_OF_A_CROWD_TO = re.compile(r"\b(?:estimate|figure|count)\s+(?:of|for)\s+[^.;\d]{0,50}?\b(?:crowd|turnout|attendance)"
                                     r"\s+(?:to|at)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\Z", re.I)
# set beside it: "the confirmed count of heat deaths, 27 on 16 July," (never a charge: "one count of murder, three")
_THE_COUNT_OF_BESIDE = re.compile(
    r"\bthe\s+(?:[a-z]+\s+)?(?:number|toll|tally|count|total)\s+of\s+(?P<what>[a-z-]++(?:\s+[a-z-]++)?),\s*\Z", re.I)


def _measure_of_the_number_of(text: str, start: int) -> str | None:
    """The measure the noun after "the number of" gives the figure the number came to, or the crowd
    an estimate of it was moved to ("revised their estimate of Sunday's parade crowd to 180,000")."""
    said = (_NUMBER_OF_BEFORE.search(text, max(0, start - 120), start)
            or _THE_COUNT_OF_BESIDE.search(text, max(0, start - 80), start))
    if said is None and _ESTIMATE_OF_A_CROWD_TO.search(text, max(0, start - 100), start):
        return "attended"
    if said is None:
        return None
    return _people_count_named([_singular(w) for w in said.group("what").split()])


def _people_count_named(words: list[str]) -> str | None:
    """The first count of people one of the words names on its own: "deaths" killed, "wounded" injured."""
    return next((m for w in words if (m := measure_of(f"{w}|", None)) in _PEOPLE_COUNTS), None)


_PEOPLE_COUNTS = frozenset(["killed", "injured", "casualties", "missing", "hostages", "abducted", "arrested", "detained", "evacuated",
                            "displaced", "refugees", "rescued", "infected"])


# "The dead numbered 23", "the injured now total 40": the harmed, then the verb that puts them at a figure
_THE_HARMED_NUMBERED = re.compile(
    r"\bthe\s+(?P<said>dead|injured|wounded|hurt|missing)\s+(?:now\s+)?(?:numbered|numbers|number|totall?ed|totals|total|"
    r"stood\s+at|stands\s+at|reached|rose\s+to|climbed\s+to)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?\Z",
    re.I)
# "the fate of 93 people", "the whereabouts of 150 of those who were taken"
_FATE_OF_BEFORE = re.compile(r"\b(?P<noun>fates?|whereabouts)\s+of\s+(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least|"
                             r"another|a\s+further)\s+)?\Z", re.I)
_NOT_KNOWN = re.compile(r"\b(?:unknown|unclear|uncertain|not\s+(?:yet\s+)?(?:known|clear)|a\s+mystery)\b", re.I)


def _fate_unknown(text: str, claim: Claim) -> bool:
    """Whether a count is of people whose whereabouts, or whose fate its sentence says is unknown,
    are asked after: people missing ("the fate of 93 people remains unknown")."""
    said = _FATE_OF_BEFORE.search(text, max(0, claim.span.start - 40), claim.span.start)
    if said is None:
        return False
    return said.group("noun").lower() == "whereabouts" or bool(_NOT_KNOWN.search(claim.evidence))


# a headline or sentence opened by what is counted, whose figure its verb moves to, however the words
# between parse: "Deaths linked to Arden airbag flaw rise to five", "Cases in the valley climb to 400"
_COUNT_RISES_TO = re.compile(r"\W*(?:The\s+)?(?P<noun>deaths|dead|death\s+toll|toll|fatalities|injuries|injured|cases|infections|"
                             r"missing|arrests)\b[^.;:!?\n]{0,80}?\b(?:rises?|rose|climbs?|climbed|jumps?|jumped|grows?|grew|"
                             r"reach(?:es|ed)?|hits?|tops?|topped)\s+(?:to\s+)?(?:at\s+least\s+)?", re.I)
# an outage told before its figure: "knocking out power to about 212,000 homes", "power was restored
# to all but 48,500 customers" (those still without it)
_WITHOUT_POWER_BEFORE = re.compile(
    r"(?:\b(?:knock(?:ed|ing|s)?\s+out|cut(?:ting|s)?(?:\s+off)?|los(?:t|ing|es?))\s+(?:the\s+)?(?:power|electricity)"
    r"(?:\s+supply)?\s+(?:to|for)|\brestored\s+(?:to\s+)?all\s+but)"
    r"\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|around\s+|roughly\s+|an\s+estimated\s+|at\s+least\s+)?\Z", re.I)


def _measure_of_verb_before(text: str, start: int) -> str | None:
    said = _VERB_BEFORE.search(text, max(0, start - 40), start)
    if said is None:
        return None
    return "killed" if said.group("said").lower().startswith("kill") else "injured"


def _fate_of_the_shot(said_after: str) -> str:
    """People counted as shot are killed or injured where the rest of the sentence says which:
    "were shot and wounded", "shot, ... expected to recover"."""
    how = _SHOT_AND.match(said_after)
    if how:
        return CASUALTY_PREDICATES[how.group("how").lower()]
    return "injured" if survived(said_after) else "casualties"


# "1.2 million customers are without power", "900,000 still without electricity", "300,000 homes lost power"
_WITHOUT_POWER_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:are|were|is|was|remain(?:ed|s)?|stay(?:ed|s)?|still|left|had|have|been)\s+)*"
    r"(?:without|with\s+no|lost|lose|losing)\s+(?:power|electricity)\b", re.I)


# "Mayor Ana Ruiz won 52.4 percent", "gave Ruiz 52.1 percent", "challenger Tom Vance 44.1 percent"
_CANDIDATE_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z’'-]+)(?:\s+(?:won|got|took|received|had|has|polled|secured|with|garnered"
                               r"|(?:finished|ended|came\s+in)\s+with))?"
                               r"(?:\s+(?:about|nearly|almost|just\s+over|just\s+under|some))?\s+\Z")
_ELECTION_WORDS = re.compile(r"\b(?:votes?|voters?|voting|ballots?|elections?|precincts?|polls?|electoral|runoff|candidates?)\b",
                             re.I)
_NOT_CANDIDATES = frozenset(["The", "A", "An", "Turnout", "About", "Some", "Nearly", "With", "And", "But", "Only"])
# "against 46.1% for Tom Ardell": the candidate named right after the share
_CANDIDATE_AFTER = re.compile(r"(?:\s+of\s+the\s+vote)?\s+for\s+(?:[A-Z][a-z’'-]+\s+){0,2}(?P<name>[A-Z][a-z’'-]+)\b")


# "Ruiz won a second term on Sunday, taking 52.1 percent", "Ruiz won in Lindmark with 52.1 percent": the
# winner, then the share a clause gives with no other figure between
_WINNER_TAKING = re.compile(r"\b(?P<name>[A-Z][a-z’'-]+)\s+(?:won|took|secured|claimed|kept|retained|carried)\b[^.;\n\d]{0,60}?,?\s+"
                            r"(?:taking|winning|with|getting|securing|receiving)\s+(?:about\s+|nearly\s+|almost\s+)?\Z")
# "Ana Ruiz: 121,873 votes (52.1%)": a results line that a candidate's name labels
_CANDIDATE_LABEL = re.compile(r"[ \t]*+(?:[A-Z][a-z’'-]++[ \t]++){0,2}+(?P<name>[A-Z][a-z’'-]++):[ \t]")


def _candidate_s_share(text: str, claim: Claim) -> str | None:
    """The candidate a vote share belongs to, where a name stands just before it in a sentence
    about votes, wins the share a clause gives, or labels the results line: one candidate's shares
    in several reports are one figure, apart from the rival's."""
    if not _ELECTION_WORDS.search(claim.evidence):
        return None
    line_start = text.rfind("\n", 0, claim.span.start) + 1  # a name on the line before is no candidate's
    near = max(line_start, claim.span.start - 40)
    named = (_WINNER_TAKING.search(text, max(line_start, claim.span.start - 120), claim.span.start)
             or _CANDIDATE_BEFORE.search(text, near, claim.span.start)
             or _CANDIDATE_LABEL.match(text, line_start) or _CANDIDATE_AFTER.match(text, claim.span.end))
    name = named.group("name").removesuffix("'s").removesuffix("’s") if named else None
    if not name or name in _NOT_CANDIDATES or name.lower() in PLACE_KINDS:  # "carried Kesh County with 58%"
        return None
    return f"vote share of {name}"


_WIND_WORD = re.compile(r"\b(?P<word>wind|gust)s?\b", re.I)
_LIMIT_NEAR = re.compile(r"\blimits?\b|\brated\b|\bmaximum\b|\bpermitted\b|\ballowed\b", re.I)
_HELD_HOSTAGE_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:hostage|captive)\b(?!\s+(?:crisis|takers?|situation|siege))", re.I)
_INSIDE_AFTER = re.compile(r"(?:\s+(?:people|fans|spectators|supporters))?\s+(?:were|was)\s+(?:already\s+)?inside\b", re.I)
# "More than 200,000 of you on the streets of Carden", "40,000 fans lined the streets": a crowd
_ON_THE_STREETS_AFTER = re.compile(r"(?:\s+of\s+you|\s+(?:people|fans|supporters|protesters|marchers|residents))?\s+(?:were\s+)?"
                                   r"(?:on|in|lining|lined|filling|filled|packing|packed|took\s+to)\s+the\s+streets\b", re.I)
_STRONG_CROWD_AFTER = re.compile(r"-strong\s+(?:crowd|rally|march|protest|demonstration|gathering|procession)\b", re.I)
_AT_LARGE_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:are|is|were|was|remain|remains|remained)\s+)?(?:still\s+)?"
                             r"(?:at\s+large|on\s+the\s+run)\b", re.I)
# "24 have been brought to the surface alive", "three people were pulled out alive"
_BROUGHT_OUT_ALIVE_AFTER = re.compile(r"(?:\s++[a-z-]++)?+\s++(?:(?:have|has|had)\s++)?+(?:(?:been|were|was)\s++)?+"
                                      r"(?:brought|pulled|dug|carried|lifted|hauled)\s++"
                                      r"(?:(?:out|up|to\s++the\s++surface|from\s++the\s++[a-z]++)\s++)?+(?:of\s++the\s++[a-z]++\s++)?+"
                                      r"alive\b", re.I)
# "87 are in hospital", "Another 40 people remain in hospital", "five in intensive care", "31 persons are
# undergoing treatment", "27 patients still under treatment"
_IN_HOSPITAL_AFTER = re.compile(r"(?:\s+(?!(?:died|dies|die|[a-z]+ed)\b)[a-z-]+)?\s+(?:(?:are|is|were|was|remain|remains|remained|"
                                r"stay|stayed)\s+)?(?:still\s+)?(?:(?:in|at)\s+(?:a\s+|the\s+)?(?:hospitals?|intensive\s+care|ICU)"
                                r"|(?:undergoing|under|receiving)\s+(?:medical\s+)?treatment|being\s+treated"
                                r"|(?:needed|need|needing|required|requiring|received|were\s+given)\s+(?:medical\s+|hospital\s+)?treatment)\b",
                                re.I)  # "45 people needed treatment": those the incident hurt
# "412 passengers were on board", "150 people aboard"
_ON_BOARD_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:were|was|are|is|had\s+been)\s+)?(?:on\s+board|aboard)\b", re.I)


_ON_STRIKE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:are|were|is|was|went|remain|remained)\s+(?:still\s+)?on\s+strike\b", re.I)
_UNDER_ARREST_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:are|were|is|was|remain|remained)\s+(?:now\s+|still\s+)?"
                                 r"(?:under\s+arrest|in\s+(?:police\s+)?custody)\b", re.I)


# a venue's size: "which holds 40,000", "that seats 2,500" (a bare figure after its verb)
_HOLDS_OR_SEATS = re.compile(r"\b(?:which|that)\s+(?:can\s+)?(?:holds?|seats?|accommodates?)\s+(?:up\s+to\s+|about\s+|some\s+)?\Z",
                             re.I)


def _measure_of_the_phrase_after(text: str, end: int) -> str | None:
    """The measure the words right after a figure say where nothing else has (each pattern is
    anchored there: run over a whole text, they would not be linear)."""
    if _WITHOUT_POWER_AFTER.match(text, end):
        return "without_power"  # "1.2 million customers are without power": an outage, as it runs
    if _ON_BOARD_AFTER.match(text, end):
        return "aboard"  # "Some 412 passengers were on board": one value per journey
    if _ON_STRIKE_AFTER.match(text, end):
        return "attended"  # "fewer than 18,000 teachers were on strike on Tuesday": those who took part, one day's count
    if _UNDER_ARREST_AFTER.match(text, end):
        return "arrested"  # "sixteen people are now under arrest", "12 remain in custody"
    if _AT_LARGE_AFTER.match(text, end):
        return "at_large"  # "Nineteen are still at large", "Six remain on the run": escaped and not yet caught
    if _BROUGHT_OUT_ALIVE_AFTER.match(text, end):
        return "rescued"  # "24 have been brought to the surface alive", "pulled out alive from the rubble"
    if _IN_HOSPITAL_AFTER.match(text, end):
        return "injured"  # "87 are in hospital", "40 people remain in intensive care": those the incident hurt
    if _HELD_HOSTAGE_AFTER.match(text, end):
        return "hostages"  # "holding about 150 people hostage"
    if _STRONG_CROWD_AFTER.match(text, end) or _INSIDE_AFTER.match(text, end) or _ON_THE_STREETS_AFTER.match(text, end):
        return "attended"  # "a 3,000-strong crowd", "more than 50,000 people were inside the stadium"
    return None


def _limit_or_movement(text: str, claim: Claim) -> str:
    """What a speed that is no wind's is of: a limit where the words beside it say so ("the 100
    km/h limit"), else the movement the report tells of (a train's, a storm's), one thing a report's
    other speeds may conflict with."""
    near = _LIMIT_NEAR.search(text, max(0, claim.span.start - 20), min(len(text), claim.span.end + 12))
    return "limit" if near else "movement"


def _what_blows(text: str, claim: Claim) -> str | None:
    """The wind a speed is of, where the words beside it name one ("winds of 130 miles per hour",
    "140 mph winds", "gusts of up to 150 km/h"); a storm's own movement ("moving north at 12 mph")
    names none."""
    near = _WIND_WORD.search(text, max(0, claim.span.start - 25), min(len(text), claim.span.end + 10))
    return near.group("word").lower() if near else None


_AMOUNTS_OF_MATTER = frozenset(["mass", "volume"])  # a report's distances, depths and areas are of many things
# the property a measurement is of, named before it: "at a depth of 15 km", "a height of 30 metres"
_PROPERTY_OF_BEFORE = re.compile(r"\b(?P<noun>depth|height|length|width|distance|altitude|elevation|diameter|radius|"
                                 r"weight|thickness)\s+of\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|up\s+to\s+)?\Z",
                                 re.I)
# the matter whose amount a sentence puts at the measurement: "put the amount of ammonia that escaped at about 12 tonnes"
_AMOUNT_OF_BEFORE = re.compile(r"\b(?:amount|quantity|volume|mass|weight)\s+of\s+(?P<noun>[a-z]{3,}+)\b[^.;:\d]{0,60}?"
                               r"\b(?:at|to|was|is|were|of)\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|up\s+to\s+|"
                               r"more\s+than\s+|less\s+than\s+)?\Z", re.I)
# "a 250-metre span", "a 240-metre steel span over the river": the thing a hyphened measure describes
_NOUN_AFTER_A_HYPHENED_UNIT = re.compile(r"\s+(?P<first>[a-z]{3,}+)(?:\s+(?P<second>[a-z]{3,}+))?\b")
_WHAT_IT_IS_MADE_OF = frozenset(["steel", "concrete", "iron", "wooden", "stone", "brick", "glass", "suspension", "main",
                                 "new", "old", "single", "double", "cable", "arch"])  # "a 240-metre steel span"
_NOT_THE_THING = frozenset(["had", "has", "have", "was", "were", "is", "are", "that", "which", "over", "across", "from",
                            "with", "and", "for", "into", "onto", "near", "under", "above"])


def _property_measured(text: str, claim: Claim) -> str | None:
    """What a measurement is of, where the words beside it name it: the property named before it
    ("at a depth of 15 km": depth), or the thing a hyphened measure describes ("a 250-metre span")."""
    said = _PROPERTY_OF_BEFORE.search(text, max(0, claim.span.start - 40), claim.span.start)
    if said:
        return said.group("noun").lower()
    amount = _AMOUNT_OF_BEFORE.search(text, max(0, claim.span.start - 90), claim.span.start)
    if amount:
        return _singular(amount.group("noun").lower())
    if "-" not in text[claim.span.start:claim.span.end]:
        return None
    after = _NOUN_AFTER_A_HYPHENED_UNIT.match(text, claim.span.end)
    if after is None or after.group("first") in _NOT_THE_THING:
        return None
    second = after.group("second")
    material = after.group("first") in _WHAT_IT_IS_MADE_OF and second and second not in _NOT_THE_THING
    return _singular(second if material else after.group("first"))


# "reduce its global workforce by approximately 1,200 positions, or about 8%": the share is of what is reduced
_SHARE_OF_THE_REDUCED = re.compile(r"\b(?:reduc|cut|shrink|trim|slash)\w*\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}?"
                                   r"(?P<noun>[a-z]{3,}+)\s+by\b[^.;\n]{0,60}?,\s+or\s+"
                                   r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|around\s+)?\Z", re.I)
_AND_OTHER = re.compile(r"\s+[a-z-]+\s+and\s+other\s+(?P<noun>[a-z]{3,}+)\b")


def _measure_in_text(claim: Claim, text: str) -> tuple[str | None, Claim]:
    """A quantity's measure from its words, then from the words around it where those say more
    (a verb or noun before it, a phrase after it), with the claim as read (its words dropped where
    the word after the number says the measure instead)."""
    measure = measure_in_context(measure_of(claim.what_key, claim.unit), claim.what_key, claim.unit, claim.evidence)
    if measure == "affected" and workers_cut(claim.what_key, claim.evidence):
        measure = "job_cuts"  # "the cuts would affect at least 1,500 workers"
    if measure == "casualties" and _FATALLY_AFTER.match(text, claim.span.end):
        measure = "killed"
    if measure is None and claim.unit is None and not claim.what_key and _FATALLY_AFTER.match(text, claim.span.end) \
            and _SHOT_BEFORE.search(text, sentence_start(text, claim.span.start), claim.span.start):
        measure = "killed"  # "Five people were shot, three fatally": the bare figure of those who died of it
    if measure in (None, "casualties", "injured") and claim.unit is None and (
            _FATALLY_HARMED.match(text, claim.span.end) or measure is not None
            and _FATALLY_BEFORE.search(text, max(0, claim.span.start - 40), claim.span.start)):
        measure = "killed"
    if claim.unit is None and measure is not None and _bare_measure_after(text, claim.span.end):
        measure = None  # "One dead, three others injured": the word after the number says it, not the parse
        claim = replace(claim, what=None, what_key=None)
    if measure in _CASUALTY_MEASURES and claim.unit is None and _TO_DEATH.match(text, claim.span.end):
        measure = "killed"
    if measure is None and claim.unit is None:
        measure, claim = _measure_said_after(claim, text)
        measure = measure or _among_the(text, claim.span.end) or _said_to_be(text, claim.span.end)
    elif measure == "casualties":
        measure = _fate_of_the_shot(rest_of_sentence(text, claim.span.end))
    if measure in (None, "casualties") and claim.unit is None:
        measure = _measure_of_verb_before(text, claim.span.start) or measure
    if measure in (None, "attended") and claim.unit is None:  # "the arrest of 12 protesters"
        measure = _measure_of_noun_before(text, claim.span.start) or measure
    if measure is None and claim.unit is None:  # "the number of bodies recovered rose to 59"
        measure = _measure_of_the_number_of(text, claim.span.start)
    if measure is None and claim.unit is None:  # "The dead numbered 23"
        harmed = _THE_HARMED_NUMBERED.search(text, max(0, claim.span.start - 60), claim.span.start)
        measure = _AMONG_MEASURE[harmed.group("said").lower()] if harmed else None
    if measure is None and claim.unit is None and _fate_unknown(text, claim):
        measure = "missing"  # "the fate of 93 people remains unknown", "the whereabouts of 150 of those taken"
    if measure is None and claim.unit is None:
        measure = _measure_of_the_phrase_after(text, claim.span.end)
    if measure is None and claim.unit is None and (said := _COUNT_RISES_TO.fullmatch(text, sentence_start(text, claim.span.start),
                                                                                 claim.span.start)):
        measure = measure_of(f"{said.group('noun').lower()}|", None)  # "Deaths linked to Arden airbag flaw rise to five"
    if measure is None and claim.unit is None and _WITHOUT_POWER_BEFORE.search(text, max(0, claim.span.start - 70), claim.span.start):
        measure = "without_power"  # "knocking out power to about 212,000 homes", "restored to all but 48,500 customers"
    if measure is None and claim.unit is None and _HOLDS_OR_SEATS.search(text, max(0, claim.span.start - 30), claim.span.start):
        measure = "capacity"  # "the stadium, which holds 40,000", "a hall that seats 2,500"
    if measure in (None, "displaced") and claim.unit is None and _FLED_ABROAD.match(text, claim.span.end):
        measure = "refugees"  # "half a million people have fled into neighbouring countries": not displaced at home
    if measure in _CASUALTY_MEASURES and (_said_unharmed(text, claim.span.end) or _picks_members(text, claim)
                                          or _counts_no_casualties(text, claim)):
        measure = None
    return measure, claim


_VOTERS = frozenset(["voter", "registered voter", "eligible voter", "elector", "registered elector"])
_TURNOUT = re.compile(r"\bturnout\b", re.I)


def _counted_in_text(claim: Claim, text: str, measure: str | None) -> str | None:
    """What a quantity counts, from its words, then from the words around it: the wider kind after
    "and other", the property or thing a measurement is of, a wind or a candidate."""
    if measure == "job_cuts":
        return "job"  # jobs, positions, posts or the workers who hold them: one count of the jobs a plan cuts
    if measure == "capacity":
        return None  # of the incident's venue, whatever the sentence calls it
    counted = counted_of(claim.what_key, claim.unit, measure)
    others = _AND_OTHER.match(text, claim.span.end)
    if others and counted is not None:  # "112 homes and other buildings": the count is of buildings
        counted = counted_of(f"{_singular(others.group('noun'))}|", claim.unit, measure) or counted
    if measure in MEASURES_OF_MATTER and counted is None:  # "at a depth of 15 km", "a 250-metre span"
        counted = _property_measured(text, claim)
    if measure == "speed" and counted is None:
        counted = _what_blows(text, claim) or _limit_or_movement(text, claim)
    if measure == "share" and counted in (None, "vote", "ballot", "poll"):
        counted = _candidate_s_share(text, claim) or counted
    if measure == "share" and counted in _VOTERS and _TURNOUT.search(claim.evidence):
        counted = "turnout"  # "Turnout: 61.3% of registered voters" is the turnout
    if measure == "share" and counted is None:  # "reduce its workforce by 1,200 positions, or about 8%"
        reduced = _SHARE_OF_THE_REDUCED.search(text, max(0, claim.span.start - 140), claim.span.start)
        counted = reduced.group("noun").lower() if reduced else None
    return counted


# a sentence about money, where "pounds" are sterling: "claimed 52,300 pounds ($66,000) in expenses"
_MONEY_TALK = re.compile(r"[$€£¥₹]|\b(?:expenses?|paid|pay|pays|repaid|repay|costs?|fined?|salary|wages?|worth|spent|spend|budget|"
                         r"funds?|funding|bill|prices?|debts?|compensation|donat\w+|raised|sterling|loans?|tax(?:es)?|profits?|"
                         r"revenues?|bribes?|damages)\b", re.I)
_WEIGHT_TALK = re.compile(r"\b(?:weigh\w*|heavy|heavier|kg|kilos?|kilograms?|lbs?|ounces?|tonnes?|tons?|body\s+weight|pounds\s+of)\b",
                          re.I)


def _pounds_as_money(claim: Claim, sterling: bool) -> Claim:
    """Pounds in a sentence about money, or in a report whose other pounds are money ("said the
    figure was 48,000 pounds"), and in none about weight, are pounds sterling."""
    if (claim.unit == "pound" and (sterling or _MONEY_TALK.search(claim.evidence))
            and not _WEIGHT_TALK.search(claim.evidence)):
        return replace(claim, unit="GBP")
    return claim


def _measured(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """Each quantity with its measure and counted thing, from what it finally counts."""
    out = []
    sterling = any(c.unit == "pound" and _MONEY_TALK.search(c.evidence) for c in claims)
    for claim in claims:
        if claim.kind == "quantity":
            measure, claim = _measure_in_text(_pounds_as_money(claim, sterling), text)
            claim = replace(claim, measure=measure, counted=_counted_in_text(claim, text, measure))
        out.append(claim)
    refined = tuple(out)
    for _name, refine in MEASURE_PASSES:
        refined = refine(refined, text)
    return refined


def _whole_counts_of_their_own_in(claims: tuple[Claim, ...], _text: str) -> tuple[Claim, ...]:
    return _whole_counts_of_their_own(claims)


def _headline_as_its_lede(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A headline's people who "flee" are the refugees its body counts with the same figure
    ("More than half a million flee Ardenia fighting" over "... have fled into neighbouring
    countries"): the body says where they went, the headline has no room to. A headline's
    "45 protesters" whose verb the parse did not read counts what its body's 45 counts."""
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return claims
    body = [c for c in claims if c.kind == "quantity" and c.span.start > first_line_end and c.measure]
    headline = Counter(c.value for c in claims if c.kind == "quantity" and c.span.end <= first_line_end)
    out: list[Claim] = []
    for claim in claims:
        if claim.kind == "quantity" and claim.span.end <= first_line_end and headline[claim.value] == 1:
            same = next((c for c in body if (c.value, c.approx, c.unit) == (claim.value, claim.approx, claim.unit)), None)
            # only a headline's "flee", which does not say where to: "2 dead, 2 injured" says each figure's measure
            # itself; or people a headline names as a crowd, its verb unread ("Varesk courts jail 45 protesters")
            if same is not None and (claim.measure == "displaced" and same.measure == "refugees"
                                     or claim.measure == "attended" and claim.unit is None
                                     and not (claim.what_key or "").partition("|")[2]):
                claim = replace(claim, measure=same.measure, counted=same.counted)
        out.append(claim)
    return tuple(out)


# another source's figure of a count just given: "Local aid groups put the number at closer to 2 million"
_PUT_THE_NUMBER_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated?|estimates)\s+(?:the|that|this|its|their)\s+(?:number|figure|total|"
    r"count|toll|tally)\s+(?:\w+\s+){0,2}?at\s+(?:about\s+|around\s+|closer\s+to\s+|nearly\s+|more\s+than\s+|some\s+)?\Z"
    # "the families' association has always counted 58": a source's own count of the number just given
    r"|\b(?:has\s+|have\s+)?(?:always\s+|long\s+)?(?:counted|counts|tallied|tallies)\s+\Z",
    re.I)


# "The government's figure of 389", "the UN figure of 6.7 million": a figure named only as a figure
_A_FIGURE_OF = re.compile(r"\b(?:the|its|their|his|her|[A-Za-z]+['’]s?)\s+(?:(?:[a-z]+|[A-Z]{2,})\s+)?(?:figure|estimate|tally|count)\s+of\s+"
                          r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+|some\s+)?\Z")


# a figure set against the one just before it: "more than 400 people on board, not the 336 the operator
# declared", "rather than the 12 first reported"
_SET_AGAINST = re.compile(r"(?:,|\s-+|\s[—–])\s*(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:about\s+|around\s+|nearly\s+|"
                          r"some\s+|more\s+than\s+)?\Z", re.I)


_HOW_MANY = re.compile(r"\b[Hh]ow\s+many\s+(?P<what>[a-z]+)")


def _asks_of_others(claim: Claim, earlier: Claim, text: str) -> bool:
    """Whether a bare figure's sentence asks how many of something other than what the count before
    it counts ("How many teachers walked out ... the ministry counted fewer than 18,000")."""
    asked = _HOW_MANY.search(text, sentence_start(text, claim.span.start), claim.span.start)
    return asked is not None and counted_of(f"{singular(asked.group('what'))}|", None, earlier.measure) != earlier.counted


def _the_number_said_before(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A figure another source puts "the number" at, that names itself only as a figure beside one
    count, or that a sentence sets against the figure just before it ("more than 400 people on
    board, not the 336 the operator declared"), counts what the whole figure before it counts: "The UN estimates that 1.3 million people are
    displaced. Local groups put the number at closer to 2 million" gives a second figure of the
    displaced; "351 people killed, including 61 children. The government's figure of 389 ..." a
    second figure of the killed."""
    out: list[Claim] = []
    for claim in claims:
        bare = claim.kind == "quantity" and claim.unit is None and not (claim.what_key or "").partition("|")[0]
        against = (_SET_AGAINST.search(text, max(0, claim.span.start - 30), claim.span.start)
                   if claim.kind == "quantity" and (bare or claim.measure == "share" and claim.counted is None) else None)
        if against:
            near = [c for c in out if c.kind == "quantity" and c.measure and c.part_of is None and c.unit == claim.unit
                    and c.span.end <= against.start() and against.start() - c.span.end <= 60]
            claim = _counting_as(claim, near[-1]) if near else claim
        elif bare and claim.measure is None:
            put = _PUT_THE_NUMBER_AT.search(text, max(0, claim.span.start - 80), claim.span.start)
            if put or _A_FIGURE_OF.search(text, max(0, claim.span.start - 60), claim.span.start):
                before = [c for c in out if c.kind == "quantity" and c.measure and c.part_of is None and c.unit == claim.unit
                          and c.span.end <= claim.span.start and claim.span.start - c.span.end <= 400]
                # a figure that only calls itself a figure is of the count before it where only one count is near,
                # unless its own sentence asks about people of another kind ("How many teachers walked out is
                # disputed: the ministry counted fewer than 18,000" is no count of the schools closed before it)
                if before and (put or len({c.measure for c in before}) == 1) and not _asks_of_others(claim, before[-1], text):
                    claim = _counting_as(claim, before[-1])
        out.append(claim)
    return tuple(out)


# a sum given again in another currency: "US$ 10 million in emergency funds, the equivalent of R$ 50 million",
# "£2 billion (about $2.5 billion)", "5 million euros, or about $5.4 million"
_RESTATED_SUM = re.compile(r"(?:,\s*(?:the\s+|an?\s+)?(?:equivalent|equal)\s+(?:of|to)\s+|\(\s*|,\s*or\s+|(?:,\s*+|(?<=\s))(?:worth|valued\s+at)\s+)"
                           r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|approximately\s+)?\Z", re.I)


def _sums_in_another_currency(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A sum restated right after a sum in another currency is that sum, and counts what it
    counts: a report that gives only the local figure then meets it."""
    out: list[Claim] = []
    for claim in claims:
        before = out[-1] if out else None
        if (claim.kind == "quantity" and claim.measure == "money" and before is not None and before.kind == "quantity"
                and before.measure == "money" and before.unit != claim.unit and before.span.end <= claim.span.start
                and not (claim.what_key or "").partition("|")[0]):
            gap = text[before.span.end:claim.span.start]
            if len(gap) <= 60 and not any(c.isdigit() for c in gap) and _RESTATED_SUM.search(gap) is not None:
                # its members name the sum it restates: the grouping keeps the two together and reads a rate from them
                claim = replace(_counting_as(claim, before), period=claim.period or before.period, members=(before.id,))
        out.append(claim)
    return tuple(out)


_A_SUM_REFERRED_TO = frozenset(["figure", "sum", "total", "amount"])


# "the figure", "her own total", "the sum in question": a sum referred to, not "a total of $1.2 billion"
_THE_SUM_REFERRED_TO = re.compile(rf"\b(?:the|its|his|her|their)\s+(?:own\s+)?(?:{'|'.join(sorted(_A_SUM_REFERRED_TO))})\b", re.I)


def _figures_of_the_sum_before(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A sum a sentence calls only "the figure", "the sum" or "the total" ("putting the figure at
    £48,000", "the sum in question is £48,000") is a figure of the sum the report told before it
    ("claimed £52,300 in expenses"), perhaps a rival one: it counts what that sum counts, and is
    marked as a figure of it (its noun "figure") for the grouping to set against it."""
    out: list[Claim] = []
    for claim in claims:
        said, _, verb = (claim.what_key or "").partition("|")
        if (claim.kind == "quantity" and claim.measure == "money" and said.split()[:1] and said.split()[0] in _A_SUM_REFERRED_TO
                and _THE_SUM_REFERRED_TO.search(text, sentence_start(text, claim.span.start), claim.span.start)):
            before = next((c for c in reversed(out) if c.kind == "quantity" and c.measure == "money" and c.counted
                           and (c.what_key or "").partition("|")[0].split()[:1] != ["figure"]), None)
            claim = replace(claim, what_key=f"figure|{verb}", counted=before.counted if before else None)
        out.append(claim)
    return tuple(out)


_MEASURED_AGAINST = MEASURES_OF_MATTER | {"concentration", "speed", "temperature"}


def _levels_in_the_unit_set_against(claims: tuple[Claim, ...], _text: str) -> tuple[Claim, ...]:
    """A bare level of a noun that holds levels ("the WHO's 24-hour guideline of 15") in a sentence
    whose one measurement has a unit ("318 micrograms per cubic metre, more than 21 times the
    guideline of 15") is in that unit: the sentence sets the two against each other."""
    out = []
    for c in claims:
        if c.kind == "quantity" and c.unit is None and c.counted and c.counted.split()[-1] in LEVEL_NOUNS:
            units = {o.unit for o in claims if o.kind == "quantity" and o.evidence == c.evidence and o.unit
                     and PROPERTY_OF_UNIT.get(o.unit) in _MEASURED_AGAINST}
            if len(units) == 1:
                unit = units.pop()
                c = replace(c, unit=unit, measure=PROPERTY_OF_UNIT[unit])
        out.append(c)
    return tuple(out)


def _matter_measured_elsewhere(claims: tuple[Claim, ...], _text: str) -> tuple[Claim, ...]:
    """A measurement that names nothing ("the 12 tonnes estimated by engineers") measures the matter
    its document's other measurements in the same unit all name ("less than 5 tonnes of ammonia"):
    a report names the matter once and then gives its figures bare."""
    named: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "quantity" and c.measure in _AMOUNTS_OF_MATTER and c.unit and c.counted and c.part_of is None:
            named[c.unit].add(c.counted)
    out = []
    for c in claims:
        if (c.kind == "quantity" and c.measure in _AMOUNTS_OF_MATTER and c.unit and c.counted is None
                and len(named.get(c.unit, ())) == 1):
            matter = next(iter(named[c.unit]))
            said, _, verb = (c.what_key or "").partition("|")
            c = replace(c, counted=matter, what_key=f"{said} {matter}".strip() + f"|{verb}")  # "tonne ammonia|estimate"
        out.append(c)
    return tuple(out)


# counts tallied day by day, whose day is their period: "2,100 flights were cancelled on Saturday", then
# "another 900 on Sunday"
_TALLIED_BY_DAY = frozenset(["cancelled"])


def _counted_as_the_others_of_its_measure(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A count that names only its measure ("Cancellations worldwide have risen to 3,400") counts
    what every other count of that measure in the document counts ("More than 1,400 flights have
    been cancelled"): one running count, whichever words a report gives it."""
    counted_of_measure: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "quantity" and claim.measure in _NAMED_BY_ITS_THINGS and claim.counted and claim.unit is None:
            counted_of_measure[claim.measure].add(claim.counted)
    return tuple(replace(claim, counted=next(iter(counted_of_measure[claim.measure])))
                 if claim.kind == "quantity" and claim.measure in _NAMED_BY_ITS_THINGS and not claim.counted
                 and claim.unit is None and len(counted_of_measure[claim.measure]) == 1 else claim for claim in claims)


# measures of things, not of people, whose count may name only the measure ("cancellations")
_NAMED_BY_ITS_THINGS = frozenset(["cancelled", "destroyed", "damaged"])


def _places_parts(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A part of a count that its words place ("The death toll rose to 23, with 16 deaths in Kentana
    and 7 in Tennera", "13 people died in the state, 9 of them in Millbrook") is that place's count
    of the whole's measure, so each place's count runs beside the others' and the whole's."""
    by_id = {c.id: c for c in claims}
    out: list[Claim] = []
    for claim in claims:
        whole = by_id.get(claim.part_of or "")
        if whole is None and claim.kind == "quantity" and _OF_THEM_AFTER.match(text, claim.span.end):
            whole = next((c for c in reversed(out) if c.kind == "quantity" and c.evidence == claim.evidence and c.measure), None)
        if (whole is not None and claim.kind == "quantity" and claim.measure is None and claim.unit is None
                and whole.measure in PLACED_MEASURES and place_of(text, claim.span.start, claim.span.end)):
            claim = replace(claim, measure=whole.measure, counted=whole.counted, part_of=whole.id)
        out.append(claim)
    return tuple(out)


_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)  # "13 people died, 9 of them in Millbrook"


def _a_source_s_figure_of_the_next_count(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A bare figure a source gives at the end of a sentence, before another source's count in the
    next ("The police say 4,500. Our own volunteers counted 12,000 people coming into the square"),
    is that source's figure of the same count."""
    out = list(claims)
    counted_in: set[str] = set()  # the sentences a figure has been read in so far
    for i, claim in enumerate(out):
        if claim.kind != "quantity":
            continue
        if claim.evidence in counted_in:
            continue  # "Police put the crowd at 4,500, while organisers claimed more than 10,000": the count before
        counted_in.add(claim.evidence)
        if not (claim.measure is None and claim.unit is None
                and not (claim.what_key or "").partition("|")[0] and _SAYS_BEFORE.search(text, max(0, claim.span.start - 40), claim.span.start)
                and _ENDS_A_SENTENCE.match(text, claim.span.end)):
            continue
        after = next((c for c in out[i + 1:] if c.kind == "quantity" and c.evidence != claim.evidence), None)
        if after is not None and after.measure and after.unit is None and after.part_of is None \
                and after.span.start - claim.span.end <= 200:
            out[i] = _counting_as(claim, after)
    return tuple(out)


_SAYS_BEFORE = re.compile(r"\b(?:says?|said|claims?|claimed|estimates?|estimated|puts?\s+it\s+at|counted)\s+"
                          r"(?:about\s+|around\s+|some\s+|nearly\s+|only\s+|just\s+|more\s+than\s+)?\Z", re.I)
_ENDS_A_SENTENCE = re.compile(r"(?<!\s)\s*+[.!]")


# "Of the 148 people on board, 142 were ...", "Of the dead, 12 were ...": the whole a sentence opens with
_FRONTED_WHOLE = re.compile(r"(?:^|(?<=[.!?\n]))\s*of\s+(?:the|those|these|all)\s+(?P<whole>[^,.;:\n]{2,80}),\s*\Z", re.I)


_ARE_A_CLASS = re.compile(r"\s+(?:were|was|are|is)\s", re.I)  # "142 were passengers", not "three worked at the salon"


def _classes_of_a_fronted_whole(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A count that says what class some of a whole are ("Of the 148 people on board, 142 were
    passengers"; "Of the dead, 12 were children") counts that class under the whole's measure:
    the passengers aboard, the children killed."""
    out = []
    for claim in claims:
        whole = (_FRONTED_WHOLE.search(text, max(0, claim.span.start - 100), claim.span.start)
                 if claim.kind == "quantity" and claim.measure is None and claim.unit is None and claim.counted
                 and _ARE_A_CLASS.match(text, claim.span.end) else None)
        if whole is not None:
            start, end = whole.span("whole")
            inside = [c.measure for c in claims if c.kind == "quantity" and c.measure and start <= c.span.start < end]
            measure = inside[0] if inside else _people_count_named(whole.group("whole").lower().split())
            claim = replace(claim, measure=measure) if measure else claim
        out.append(claim)
    return tuple(out)


_OF_A_MONTH = frozenset([None, "share", "money"])  # the measures of a statistic, not of an incident


def _with_periods(claims: tuple[Claim, ...], document: Document) -> tuple[Claim, ...]:
    """Each statistic with the month, quarter, year or day it is of (claims.periods), its own or its release's.

    A sum that "rose to $1.91 billion in the third quarter, from $1.84 billion in the second"
    did not change from the other quarter's sum: each is its own period's; a rate that "fell to
    4.2 percent in August from 4.3 percent in July" is one level that moved.
    """
    published = publication_date(document)
    released = headline_period(document.text, published)
    out = []
    for claim in claims:
        if claim.period:
            pass  # a table row's own period
        elif claim.kind == "quantity" and claim.measure in _OF_A_MONTH and (claim.event is None or _gives_a_change(claim)):
            # "went down by 30 percent" last year: the year a change is of, which is all the "last year" that
            # marked it as a tally of many incidents says
            period = (period_of(document.text, claim.span.start, claim.span.end, published)
                      or whole_year_of(document.text, claim.span.start, claim.span.end)
                      or (day_of(document.text, claim.span.start, claim.span.end, published) if claim.measure is None else None)
                      or released)
            claim = replace(claim, period=period, event=None if _gives_a_change(claim) else claim.event) if period else claim
        elif claim.kind == "quantity" and claim.measure and claim.unit is None and claim.event is None:
            # "1,204 people died of overdoses in 2025, down from 1,468 in 2024": a year's toll, not the day's of an incident
            period = period_of(document.text, claim.span.start, claim.span.end, published)
            if not period and claim.measure in _TALLIED_BY_DAY:
                period = day_of(document.text, claim.span.start, claim.span.end, published, reach=80)
            claim = replace(claim, period=period) if period and (len(period) == 4 or claim.measure in _TALLIED_BY_DAY) else claim
        out.append(claim)
    out = _periods_of_changes(_rates_of_a_report_s_year(_one_period_of_a_thing(out, document.text), document.text), document.text)
    period_of_claim = {claim.id: claim.period for claim in out}
    # a count, a sum or a rate in a population of each period is that period's; a level in a unit moved
    # ("from 20 miles per gallon in 2008 to 29 mpg in 2020"), as a share does
    # ("risen to an estimated 3,682, up from 2,967 at the last census in 2022", told in 2026: this year's against 2022's)
    return tuple(replace(claim, changed_from=None) if claim.changed_from and claim.measure != "share"
                 and (claim.unit is None or claim.unit in CURRENCY_CODES or _in_a_population(claim))
                 and _other_periods(claim.period or _a_later_year(period_of_claim.get(claim.changed_from), published),
                                    period_of_claim.get(claim.changed_from)) else claim for claim in out)


def _a_later_year(base: str | None, published: str | None) -> str | None:
    """The year of a report that gives a figure changed from a year before its own, where the
    figure names no period: the report's own year, which the base's is not."""
    year = (published or "")[:4]
    return year if base and len(base) == 4 and base.isdigit() and year.isdigit() and year > base else None


# "down from 35.2 a year earlier", "from 711 the year before": a base a year before the figure it changed to
_A_YEAR_BEFORE = re.compile(r"\s+(?:the\s+(?:year|twelve\s+months)\s+before|a\s+year\s+(?:earlier|before|ago)"
                            r"|the\s+previous\s+year|(?:in\s+)?the\s+prior\s+year)\b", re.I)


def _rates_of_a_report_s_year(claims: list[Claim], text: str) -> list[Claim]:
    """A rate in a population that names no year ("The city's homicide rate was 28.6 per 100,000
    residents"), after a statistic of a year ("fell to 212 in 2025"), is of that year; the rate it
    changed from "a year earlier" is of the year before."""
    changed_to = {c.changed_from: c for c in claims if c.changed_from}
    year = None  # the year of the last statistic before, not a base another year's
    out = []
    for c in sorted(claims, key=lambda c: c.span.start):
        if c.kind != "quantity":
            out.append(c)
            continue
        if c.period is None and year and _in_a_population(c):
            later = changed_to.get(c.id)
            if later is None:
                c = replace(c, period=year)
            elif _A_YEAR_BEFORE.match(text, c.span.end):
                c = replace(c, period=str(int(year) - 1))
        elif (c.period and len(c.period) == 4 and c.period.isdigit() and c.id not in changed_to
              and not _FROM_A_CHANGE.search(text, max(0, c.span.start - 40), c.span.start)):
            year = c.period
        out.append(c)
    order = {c.id: k for k, c in enumerate(claims)}
    return sorted(out, key=lambda c: order[c.id])


def _gives_a_change(claim: Claim) -> bool:
    """Whether a claim is a percentage that gives a count's change (``_changes_of_counts``)."""
    return claim.measure == "share" and (claim.counted or "").startswith("change of ")


def _periods_of_changes(claims: list[Claim], text: str) -> list[Claim]:
    """A percentage that gives a count's change is of the period of the count it changed, not of the
    base's: "212 homicides in 2025, down from 259 in 2024, a decrease of 18.1%" is 2025's change."""
    bases = {claim.changed_from for claim in claims if claim.changed_from} | {
        claim.id for claim in claims if _FROM_A_CHANGE.search(text, max(0, claim.span.start - 40), claim.span.start)}
    out = []
    for claim in claims:
        thing = (claim.counted or "").removeprefix("change of ") if claim.measure == "share" else ""
        if thing and thing != claim.counted:
            changed = [c for c in claims if c.kind == "quantity" and c.evidence == claim.evidence and c.unit is None
                       and c.period and c.id not in bases and thing in (c.measure, c.counted)]
            if changed:
                claim = replace(claim, period=min(changed, key=lambda c: abs(c.span.start - claim.span.start)).period)
        out.append(claim)
    return out


_AN_EARLIER_COUNT = re.compile(r"\b(?:previous|prior|last|earlier|preceding)\s+(?:census|survey|count|estimate|tally|report)\b", re.I)


def _one_period_of_a_thing(claims: list[Claim], text: str) -> list[Claim]:
    """A count a document gives without its period, where the document gives that thing's counts
    one period only ("120,000 homes were built last year ... Fewer than 100,000 homes were
    completed"), is of that period; never a count a change has led to ("has grown by 24 percent in
    four years to 3,682"), which is later than the one it grew from."""
    periods: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.period and _a_counted_statistic(claim) and not _AN_EARLIER_COUNT.search(claim.evidence):
            # "The previous census, in 2022, estimated 2,967 tigers": that year is the earlier count's, not the report's
            periods[_counted_noun(claim)].add(claim.period)
    return [replace(claim, period=next(iter(periods[noun])))
            if claim.period is None and _a_counted_statistic(claim) and len(periods.get(noun := _counted_noun(claim), ())) == 1
            and not claim.changed_from and not _CHANGED_TO.search(text, max(0, claim.span.start - 80), claim.span.start)
            else claim for claim in claims]


# the words that lead a change to the figure after them: "has risen to an estimated", "grown by 24 percent in four years to"
_CHANGED_TO = re.compile(r"\b(?:rose|risen|rises|grown|grew|grows|increased|fell|fallen|dropped|declined|climbed|jumped|"
                         r"doubled|soared|plunged)\b[^.;\n]{0,60}?\bto\s+(?:an\s+estimated\s+|about\s+|some\s+|nearly\s+)?\Z", re.I)


def _a_counted_statistic(claim: Claim) -> bool:
    return (claim.kind == "quantity" and claim.measure is None and claim.unit is None and claim.event is None
            and claim.part_of is None and bool(_counted_noun(claim)))


def _counted_noun(claim: Claim) -> str:
    words = (claim.what_key or "").partition("|")[0].split()
    return _singular(words[-1]) if words else ""


def _other_periods(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != b)


def _with_parties(claims: list[Claim], text: str) -> list[Claim]:
    """Each sum with the party that gives it, in ``place`` (claims.places): "The European Union
    pledged $500 million, the United States $300 million and Japan $120 million" are three
    parties' sums, as three places' tolls are."""
    out = []
    party_before: dict[str, bool] = {}  # per sentence: whether a sum before named its party
    for claim in claims:
        if claim.kind == "quantity" and claim.measure == "money" and claim.place is None and claim.event is None:
            party = party_of(text, claim.span.start, claim.span.end, party_before.get(claim.evidence, False))
            if party is not None:
                party_before[claim.evidence] = True
                claim = replace(claim, place=party)
        elif claim.kind == "quantity" and claim.measure == "cancelled" and claim.place is None and claim.event is None:
            claim = replace(claim, place=canceller_of(text, claim.span.start))  # one airline's flights, not every flight
        out.append(claim)
    return out


_TAKEN_AT_A_PLACE = frozenset(["length", "volume", "temperature", "speed"])  # snowfall, rainfall, heat, gusts by place


def _with_places(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """Each count of an incident with the place its words say it is of (claims.places); where
    every place a document gives its counts is one place ("The death toll in Varnia has risen
    to 2,150. A further 8,400 people were injured"), its other counts of a measure it gives no
    place for are of that place too."""
    placed = [replace(claim, place=claim.place or place_of(text, claim.span.start, claim.span.end))
              if claim.kind == "quantity" and claim.measure in PLACED_MEASURES and claim.event is None else claim
              for claim in claims]
    placed = _with_parties(placed, text)
    places = {claim.place for claim in placed if claim.place}
    placed = [replace(claim, place=measured_place_of(text, claim.span.end)) if claim.kind == "quantity" and claim.place is None
              and claim.measure in _TAKEN_AT_A_PLACE and claim.event is None else claim for claim in placed]
    if len(places) != 1:
        return tuple(placed)
    [place] = places
    # a measure some count of which is placed, or spread over many places ("87 people in nine states"), keeps its others unplaced
    measures_placed = {claim.measure for claim in placed if claim.place or _SPREAD_OVER_PLACES.search(claim.evidence)}
    # a year's statistic of a document that gives one place is of that place: a county's table of its years
    return tuple(replace(claim, place=place) if claim.kind == "quantity" and claim.measure in PLACED_MEASURES
                 and claim.measure != "share" and claim.event is None and claim.place is None and claim.part_of is None
                 and (claim.measure not in measures_placed or claim.period and len(claim.period) == 4) else claim
                 for claim in placed)


# "sickened 87 people in nine states": a count its own sentence spreads over many regions is of none of
# them; regions, not the towns within one place ("in 40 towns" may all lie in the one place)
_REGIONS_PLURAL = ["countries", "states", "provinces", "regions", "oblasts", "prefectures", "governorates"]
_SPREAD_OVER_PLACES = re.compile(rf"\b(?:in|across|from|over)\s+(?:at\s+least\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|"
                                 rf"nine|ten|eleven|twelve|several|many|multiple|a\s+dozen|dozens\s+of)\s+(?:other\s+)?"
                                 rf"(?:{'|'.join(_REGIONS_PLURAL)})\b", re.I)


# a live blog's entry opens with its time of day: "18:20 - Police now say ...", "9:05 a.m. | ...", or a
# time on a line of its own, as a page's <time> element comes out of the HTML
_ENTRY_TIME = re.compile(r"^[ \t]*+(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)(?:[ \t]*+(?P<half>[ap])\.?m\.?)?[ \t]*+(?:[-–—:|][ \t]|$)",
                         re.M | re.I)


def _updated_in_later_entries(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """In a live blog, the figure a later entry gives of a count is what the count became, the
    earlier entry's its state before, whichever order the blog prints its entries in: "16:40 - 8
    people have been arrested" then "18:20 - 14 people have been detained" is one count that rose."""
    entries = sorted((_minutes(m), m.start()) for m in _ENTRY_TIME.finditer(text))
    if len(entries) < 2:
        return claims
    starts = sorted(start for _, start in entries)
    time_at = {start: minutes for minutes, start in entries}
    by_count: dict[tuple[str, str | None], list[tuple[int, Claim]]] = {}
    for claim in claims:
        if claim.kind == "quantity" and claim.measure and claim.part_of is None and claim.span.start >= starts[0]:
            entry = starts[bisect_right(starts, claim.span.start) - 1]
            by_count.setdefault((SAME_COUNT.get(claim.measure, claim.measure), claim.counted), []).append(
                (time_at[entry], claim))
    earlier_of: dict[str, str] = {}
    for told in by_count.values():
        told.sort(key=lambda pair: pair[0])
        for (when, before), (later, after) in zip(told, told[1:], strict=False):
            if later > when and after.value != before.value and after.changed_from is None:
                earlier_of[after.id] = before.id
    return tuple(replace(c, changed_from=earlier_of[c.id]) if c.id in earlier_of else c for c in claims)


def _told_of_two_days(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A count a document gives on two days, each sentence naming its day ("At the height of the
    storm on Saturday, about 212,000 customers were without power. As of Sunday, ... all but
    48,500"): the later day's figure is what the count became, the earlier its state before."""
    days_of: dict[str, list[str]] = defaultdict(list)  # a sentence -> the days it names
    for claim in claims:
        if claim.kind == "date" and isinstance(claim.value, str) and len(claim.value) == 10:
            days_of[claim.evidence].append(claim.value)
    if len({day for days in days_of.values() for day in days}) < 2:
        return claims
    by_count: dict[tuple[str, str | None], list[tuple[str, Claim]]] = defaultdict(list)
    for claim in claims:
        days = set(days_of.get(claim.evidence, ()))
        if (claim.kind == "quantity" and claim.measure in _RUNS_BY_DAY and claim.part_of is None and len(days) == 1
                and claim.changed_from is None and claim.event is None):
            by_count[(SAME_COUNT.get(claim.measure, claim.measure), claim.counted)].append((days.pop(), claim))
    earlier_of: dict[str, str] = {}
    for told in by_count.values():
        told.sort(key=lambda pair: pair[0])
        for (day, before), (later, after) in zip(told, told[1:], strict=False):
            if later > day and after.value != before.value and after.evidence != before.evidence:
                earlier_of[after.id] = before.id
    return tuple(replace(c, changed_from=earlier_of[c.id]) if c.id in earlier_of else c for c in claims)


# a sentence that tells what a source said before the report's own day: "The agency said earlier this
# week that 212 passengers had fallen ill", "police had earlier put the toll at 12"
_SAID_EARLIER = re.compile(r"\bearlier\s+(?:this|last|in\s+the)\s+week\b|\b(?:said|reported|announced)\s+earlier\b"
                           r"|\b(?:had\s+)?(?:earlier|previously)\s+(?:said|reported|put|given|counted|announced)\b", re.I)


def _counts_said_earlier(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A count a document says a source gave earlier ("The agency said earlier this week that 212
    passengers had fallen ill") is the count's state before the figure the document gives now
    ("including 276 guests"), not a rival of it."""
    earlier: dict[tuple[str, str | None], Claim] = {}
    for claim in claims:
        if claim.kind == "quantity" and claim.measure in _RUNS_BY_DAY and _SAID_EARLIER.search(claim.evidence):
            earlier.setdefault((SAME_COUNT.get(claim.measure, claim.measure), claim.counted), claim)
    if not earlier:
        return claims
    out = []
    for claim in claims:
        before = earlier.get((SAME_COUNT.get(claim.measure or "", claim.measure or ""), claim.counted)) if claim.kind == "quantity" else None
        if (before is not None and before.evidence != claim.evidence and claim.changed_from is None
                and before.value != claim.value and not _SAID_EARLIER.search(claim.evidence)):
            claim = replace(claim, changed_from=before.id)
        out.append(claim)
    return tuple(out)


# counts that run from day to day as an incident unfolds and is dealt with
_RUNS_BY_DAY = frozenset(["killed", "injured", "missing", "evacuated", "displaced", "without_power", "infected", "arrested",
                          "detained", "rescued", "affected", "destroyed", "damaged", "homeless", "hostages"])


def _minutes(entry: re.Match[str]) -> int:
    """The minutes since midnight of an entry's time: "9:05 a.m." is 545, "1:15 p.m." 795."""
    hour, half = int(entry.group("h")), (entry.group("half") or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + int(entry.group("m"))


# "five more bodies", "two more people died", "40 new cases": a figure added to a count
_MORE_AFTER = re.compile(rf"\s+(?:{'|'.join(lexicon.words('addition_words'))})\b(?!\s+than\b)", re.I)
# "another 3", "a further 23": added to a count, or only besides other people ("three died and another 12 were hurt")
_ANOTHER_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further|an\s+extra)\s+\Z", re.I)
# "stands at 21 after two injured miners died in hospital": what brought a running count to its figure
_CAUSE_OF_CHANGE = re.compile(r"\b(?:after|as|when|following|with)\b", re.I)


def _changes_are_parts(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A figure that adds to a running count ("rose to 17 after rescuers recovered five more
    bodies", "stands at 21 after two injured miners died") is some of the count its sentence
    gives, not a rival figure of it. An addition with no such count beside it ("Two more people
    died on Friday") keeps its measure: it counts people besides others, which grouping knows."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.kind != "quantity" or claim.part_of or claim.event or claim.measure not in _PEOPLE_COUNTS:
            continue
        added = _MORE_AFTER.match(text, claim.span.end) is not None
        another = _ANOTHER_BEFORE.search(text, max(0, claim.span.start - 20), claim.span.start) is not None
        whole = next((c for c in out if c is not claim and (
            _holds_the_change(c, claim, text, added)
            or another and _holds_the_change(c, claim, text, False, cause_said=True))), None)
        if whole is not None:
            out[i] = replace(claim, part_of=whole.id, measure=None, counted=None)
    return tuple(out)


def _holds_the_change(whole: Claim, change: Claim, text: str, added: bool, cause_said: bool = False) -> bool:
    """Whether ``whole`` is the running count, in the same sentence, that ``change`` adds to: any
    larger figure of its measure for an addition, else the figure a count has risen to when what
    follows it says what brought it there."""
    if (whole.kind != "quantity" or whole.measure != change.measure or whole.part_of or whole.event
            or not isinstance(whole.value, int) or not isinstance(change.value, int) or whole.value <= change.value):
        return False
    first, second = sorted((whole, change), key=lambda c: c.span.start)
    if SENTENCE_END.search(text, first.span.end, second.span.start):
        return False
    if added:
        return True
    return (whole is first and _RISEN_TO.search(text, max(0, whole.span.start - 40), whole.span.start) is not None
            and (cause_said or _CAUSE_OF_CHANGE.search(text, whole.span.end, change.span.start) is not None))


# "the death toll has risen to 45", "climbed to", "now stands at": the figure a running count has reached
_RISEN_TO = re.compile(r"\b(?:ris(?:en|es)|rose|climb(?:ed|s)|jump(?:ed|s)|increas(?:ed|es)|grew|grown|reach(?:ed|es)|"
                       r"(?:now\s+)?stands?)\s+(?:to|at)\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly)\s+)?\Z", re.I)


def _risen_from_before(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A running count the document says has risen to a figure supersedes the lower figure of the
    same count it gave elsewhere (a live blog's earlier entry, "At least 30 people have died"):
    that is the count's earlier state, the value before the change, not a rival of the later one."""
    out = list(claims)
    for i, claim in enumerate(out):
        if (claim.kind != "quantity" or claim.changed_from or claim.event or claim.measure not in _PEOPLE_COUNTS
                or not isinstance(claim.value, int) or _RISEN_TO.search(text, max(0, claim.span.start - 40),
                                                                       claim.span.start) is None):
            continue
        lower = [c for c in out if c.kind == "quantity" and c.id != claim.id and c.measure == claim.measure
                 and c.counted == claim.counted and not c.event and not c.part_of and isinstance(c.value, int)
                 and c.value < claim.value and c.evidence != claim.evidence]
        if lower:
            out[i] = replace(claim, changed_from=max(lower, key=lambda c: c.value if isinstance(c.value, int) else 0).id)
    return tuple(out)


# "the ministry's figure remained at 45": a tally that names no measure, of the count just before it
_A_BARE_TALLY = re.compile(r"\b(?:figure|tally|count|total|estimate)\s+(?:has\s+|had\s+)?(?:remained|remains|stood|stands|"
                           r"stayed|stays|was|is)\s+(?:at\s+|unchanged\s+at\s+)?\Z", re.I)
_SAYS_A_BARE_FIGURE = re.compile(r"\b(?:says|said|say|claims|claimed|puts\s+it\s+at|put\s+it\s+at|estimates|estimated)\s+\Z")


def _said_again_by_another(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """ "The ministry says 23 people have died. The opposition says at least 30.", "The ministry's
    figure remained at 45", "120,000 homes were built last year. Her own statistics office says
    96,400.": a bare figure a source says or a tally stands at, its noun left out, counts what the
    count just before it counts."""
    out: list[Claim] = []
    for claim in claims:
        if (claim.kind == "quantity" and claim.unit is None and claim.measure is None and out
                and _noun_of(claim) is None and (
                    _SAYS_A_BARE_FIGURE.search(text, max(0, claim.span.start - 20), claim.span.start)
                    or _A_BARE_TALLY.search(text, max(0, claim.span.start - 40), claim.span.start))
                and _ENDS_THE_CLAUSE.match(text, claim.span.end)):
            earlier = next((c for c in reversed(out) if c.kind == "quantity" and claim.span.start - c.span.end < 300 and (
                c.measure in _CASUALTY_OR_RUNNING or c.measure is None and c.unit is None and _noun_of(c))), None)
            if earlier is not None:  # "120,000 homes were built last year. Her own statistics office says 96,400."
                claim = replace(claim, what=earlier.what, what_key=earlier.what_key, measure=earlier.measure,
                                counted=earlier.counted, period=claim.period or earlier.period)
        out.append(claim)
    return tuple(out)


_ENDS_THE_CLAUSE = re.compile(r"\s*(?:[.;!?]|,\s+(?:not|while|but|and)\b|\Z)")
_CASUALTY_OR_RUNNING = _PEOPLE_COUNTS | {"attended"}


# counts that hold others of a narrower measure: the cases of an illness hold its deaths, the shot their dead
_HOLDING_MEASURES = frozenset(["infected", "casualties"])


def _whole_counts_of_their_own(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """ "812 suspected cases, including 23 deaths", "five people were shot, including two who
    died": a part of another measure than its whole is the whole count of its own measure (every
    death is among the cases), so it stands apart as that count, not as some of the whole."""
    by_id = {c.id: c for c in claims}
    out = []
    for claim in claims:
        whole = by_id.get(claim.part_of or "")
        if (whole is not None and whole.measure in _HOLDING_MEASURES and claim.measure in _CASUALTY_MEASURES
                and claim.measure != whole.measure):
            claim = replace(claim, part_of=None)
        out.append(claim)
    return tuple(out)


# "two children were not injured", "three customers who weren't hurt": people counted as unharmed
_UNHARMED = re.compile(
    r"\s*(?:[\w'-]+\s+){0,8}?(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+not|weren't|wasn't|aren't|isn't|"
    r"were\s+never|was\s+never|escaped|without\s+being)\s+(?:(?:seriously|physically|badly|even)\s+)?"
    r"(?:injured|hurt|wounded|harmed|shot|struck|hit|killed)\b", re.I)
_CASUALTY_WORD = re.compile(r"\b(?:injur|hurt|wound|harm|shot|struck|kill|dead|died|slain)", re.I)


def _said_unharmed(text: str, end: int) -> bool:
    """Whether the people a count counts are said to be unharmed: their first casualty word is negated."""
    said_after = rest_of_sentence(text, end)
    first = _CASUALTY_WORD.search(said_after)
    negated = _UNHARMED.match(said_after)
    return bool(first and negated and negated.end() >= first.end())


# a place's population: "the city of about 87,000 people"
_POPULATION_BEFORE = re.compile(
    r"\b(?:city|town|village|community|county|suburb|country|nation|state|island|borough|neighbou?rhood|municipality)"
    r"\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|more\s+than|over|just\s+over|under|fewer\s+than)\s+)?$",
    re.I)
# a parent's children ("a mother of two, Ana Ruiz, died") or a crowd's size ("shot five people in a
# crowd of a thousand"): the count tells who someone is or where, not who was hurt
_FAMILY_OR_CROWD_BEFORE = re.compile(
    r"\b(?:mother|father|parent|mom|dad|grandmother|grandfather|grandparent|crowd|audience)\s+of\s+"
    r"(?:(?:a|about|around|some|nearly|almost|more\s+than|over)\s+)?$", re.I)
# the people a count counts are the ones doing the shooting: "with more than one person shooting"
_DOING_THE_HARM = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:shooting|firing|brandishing|wielding)\b(?!\s+(?:victims?|deaths?|incidents?|scene|suspects?|range))",
    re.I)

_GLUED_TO_A_WORD = re.compile(r"-[A-Za-z]")


def _counts_no_casualties(text: str, claim: Claim) -> bool:
    """Whether a count of people near a casualty word counts no casualties: a place's population,
    a parent's children, a crowd, the people who were shooting, or a number glued to the word it
    qualifies ("killed 6-y", a headline cut inside "6-year-old")."""
    before = max(0, claim.span.start - 60)
    return bool(_POPULATION_BEFORE.search(text, before, claim.span.start)
                or _FAMILY_OR_CROWD_BEFORE.search(text, before, claim.span.start)
                or _DOING_THE_HARM.match(text, claim.span.end) or _GLUED_TO_A_WORD.match(text, claim.span.end))


# "one of the wounded victims", "1 of 7 injured", "one of the people shot here": a member picked out
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|those|these|them|his|her|their|victims|\d[\d,]*)\b)", re.I)
# what the picked members themselves did or suffered: "two of the victims died", "one of them was grazed"
_OWN_FATE = re.compile(
    r"[^.;]{0,150}?\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|fatally|critically|"
    r"seriously|possibly|reportedly)\s+)?(?:killed|slain|injured|wounded|hurt|grazed|pronounced\s+dead|shot|dead)"
    r"|died|dies|succumbed|remain(?:s|ed)?\s+(?:hospitalized|in\s+\w+\s+condition))\b", re.I)


def _picks_members(text: str, claim: Claim) -> bool:
    """A partitive count ("one of the people shot was taken to hospital") picks members out of
    the casualties without counting any itself, unless it says what happened to them."""
    if claim.part_of is not None or not _PARTITIVE.match(text, claim.span.end):
        return False
    return not _OWN_FATE.match(text, claim.span.end)


# the whole's own clause says what happened to it ("the two people who died", "the three men
# killed in"), not a main verb the part is the subject of ("two of the four victims had died")
_WHOLE_SAID_TO_DIE = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:who|that)\s+(?:\w+\s+)?|(?<!were\s)(?<!was\s)(?<!had\s)(?<!have\s)(?<!been\s))"
    r"(?:died|killed|slain|dead|murdered|injured|wounded|hurt|shot)\b", re.I)


_CASUALTY_MEASURES = frozenset(["killed", "injured", "casualties"])
# a count, what it counts, then its parts set off by a dash or a comma: "the three other victims — one man
# and two women", "Three others, an 18-year-old woman and two men, were treated"
_SET_OFF_AFTER = re.compile(r"\s++(?:[\w']++(?:-[\w']++)*+\s*+){1,4}+(?P<mark>—|–|--|,)\s*+")
_SET_OFF_END = re.compile(r"—|–|--|[.;:]")
_COMMA_SET_OFF_END = re.compile(r"—|–|--|[.;:,]")
_CONJUNCT_GAP = re.compile(r",\s*+(?:and\s++)?|(?<=\S)\s++and\s++")
_ONE_BY_ARTICLE = re.compile(r"(?:an?|one)\s", re.I)  # "a man", "an 18-year-old woman": one each
# a bare figure joined to a partitive before it: "two of the victims were in critical condition and two
# suffered minor injuries": the second two are some of the victims too
_AFTER_A_PARTITIVE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the|them|those|these)\b"
                                r"[^.;]{0,100}?\s(?:and|while|but)\s+\Z", re.I)
_BARE_FIGURE_VERB = re.compile(r"\s+(?:were|was|are|is|had|have|suffered|sustained|remain\w*|died|received)\b", re.I)


def _parts_set_off(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """Counts that break another down tell who some of the counted are, not how many more were
    hurt: the counts a dash or a comma sets off after a count that add up to it ("three other
    victims — one man and two women —", "Three others, a woman and two men, were treated"), and
    a bare figure joined to a partitive ("two of the victims ... and two suffered minor injuries")."""
    out = list(claims)
    for whole in claims:
        if whole.kind == "quantity" and whole.measure in _CASUALTY_MEASURES and isinstance(whole.value, int):
            for j in _breakdown_of(out, whole, text):
                out[j] = _a_part_of(out[j], whole)
    return tuple(replace(c, measure=None, counted=None) if _joined_to_a_partitive(c, text) else c for c in out)


def _breakdown_of(claims: list[Claim], whole: Claim, text: str) -> list[int]:
    """The indexes of the figures of a breakdown set off right after a count and what it counts,
    where its conjuncts ("a woman", "two men") add up to the count; else none."""
    lead = _SET_OFF_AFTER.match(text, whole.span.end)
    if lead is None:
        return []
    closing = (_COMMA_SET_OFF_END if lead.group("mark") == "," else _SET_OFF_END).search(text, lead.end())
    stop = closing.start() if closing else len(text)
    starts = [lead.end()] + [gap.end() for gap in _CONJUNCT_GAP.finditer(text, lead.end(), stop)]
    at_start = {c.span.start: j for j, c in enumerate(claims) if c.kind == "quantity" and c.unit is None}
    parts, ones = [], 0
    for start in starts:
        j = at_start.get(start)
        if j is not None and isinstance(claims[j].value, int) and claims[j].measure in (None, whole.measure):
            parts.append(j)
        elif _ONE_BY_ARTICLE.match(text, start):
            ones += 1
        else:
            break  # "..., all in their 20s —": the breakdown has ended
    total = ones + sum(v for j in parts if isinstance(v := claims[j].value, int))
    return parts if parts and len(parts) + ones >= 2 and total == whole.value else []


def _joined_to_a_partitive(claim: Claim, text: str) -> bool:
    return (claim.kind == "quantity" and claim.measure in _CASUALTY_MEASURES and claim.part_of is None
            and _AFTER_A_PARTITIVE.search(text, max(0, claim.span.start - 140), claim.span.start) is not None
            and _BARE_FIGURE_VERB.match(text, claim.span.end) is not None)


def _without_members_named(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """ "One of the two people who died was identified", "one of the five men shot ... said": a
    partitive that picks members out of a count of casualties tells who they are, not how many
    were hurt; its measure is left to the count it is part of. ("Two of the four victims died" keeps its own: its whole counts
    victims, not the dead.)"""
    by_id = {c.id: c for c in claims}
    out = []
    for claim in claims:
        whole = by_id.get(claim.part_of or "")
        if (whole is not None and whole.span.start > claim.span.start and claim.measure
                and whole.measure in _CASUALTY_MEASURES and _WHOLE_SAID_TO_DIE.match(text, whole.span.end)):
            claim = replace(claim, measure=None, counted=None)
        out.append(claim)
    return tuple(out)


def _linked_changes(claims: list[Claim], found: Found, id_at: dict[int, str]) -> list[Claim]:
    """Point each changed figure at the claim of the value it changed from; the two values of
    a change count the same thing, so one that names no noun takes the other's ("going from
    1,000 to 2,000 hires", "3.9 million headsets, up from 2.4 million")."""
    by_id = {c.id: c for c in claims}
    pairs: dict[str, Claim] = {}  # the later value's claim id -> the earlier value's claim
    for s, _, item in found:
        if isinstance(item, QuantityMatch) and item.changed_from is not None:
            before = by_id.get(id_at.get(s + item.changed_from, ""))
            if before is not None:
                pairs[id_at[s + item.head_start]] = before
    partner = {**pairs, **{before.id: by_id[later] for later, before in pairs.items()}}
    out = []
    for claim in claims:
        other = partner.get(claim.id)
        if other is not None and _noun_of(claim) is None and _noun_of(other) and claim.unit == other.unit:
            claim = replace(claim, what=other.what, what_key=other.what_key)
        out.append(replace(claim, changed_from=pairs[claim.id].id) if claim.id in pairs else claim)
    return out


def _read_from_tables(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure in a table's cell counts what its column's header names, in the part its row's
    label names ("| Norland | 12 |" under "Deaths" is the deaths in Norland); a row that adds up
    the others ("Total") holds the whole, and the other rows' figures are parts of it."""
    cells = list(table_cells(text))
    if not cells:
        return claims
    at = {c.span.start: c for c in claims if c.kind == "quantity"}
    in_cell = {cell: at[cell.start] for cell in cells if cell.start in at and at[cell.start].span.end <= cell.end}
    totals = {(cell.table, cell.column): claim.id for cell, claim in in_cell.items() if cell.total_row}
    read: dict[str, Claim] = {}
    for cell, claim in in_cell.items():
        unit_word = None if claim.unit else _unit_word(cell.header)
        if unit_word is not None:  # "| Carver | 22.0 |" under "snowfall_inches": 22 inches of snowfall
            claim = replace(claim, unit=unit_name(unit_word))
        # a column in a unit says no more of what is measured than prose's "22 inches in Carver" does
        header = "" if unit_word else _header_key(cell.header)
        per = PER_CAPITA.search(cell.header) if claim.unit is None else None
        if per is not None:  # "| 2025 | 28.6 |" under "Rate per 100,000 residents": a rate, as prose gives it
            claim = replace(claim, unit="/" + per.group("n").replace(",", "").replace(" ", ""))
            header = _header_key(cell.header[:per.start()]) or "rate"
        period = label_period(cell.row_label)  # "| 2024 | 96,400 |", "| March 2026 | 3.2 |": a period's figure, no part of the others
        part = not cell.total_row and cell.row_label and not period
        place = one_name(cell.row_label) if part and is_a_place_label(cell.row_label) else None  # "| Varnia | 2,310 |"
        read[claim.id] = replace(claim, what=f"{cell.header} ({cell.row_label})" if part else cell.header,
                                 what_key=f"{header} {_as_lemmas(cell.row_label)}|" if part and not place else f"{header}|",
                                 part_of=totals.get((cell.table, cell.column)) if part else claim.part_of, place=place,
                                 period=period or claim.period)
    return [read.get(c.id, c) for c in claims]


_HEADER_WORDS = re.compile(r"[A-Za-z%]+")


def _as_lemmas(label: str) -> str:
    """A row label's words as the parse's lemmas are, for the key: "Passengers" is "passenger"."""
    return " ".join(singular(w) for w in label.lower().split())


def _unit_word(header: str) -> str | None:
    """The unit a column's header names its figures in: its last word or a word in brackets
    ("snowfall_inches", "Rainfall (mm)", "Area burned, acres"); a figure's own unit comes first."""
    words = _HEADER_WORDS.findall(header)
    if len(words) >= 2 and words[-2].lower() == "per":
        return None  # "petrol_per_litre": a price for each litre, not a figure in litres
    bracketed = _HEADER_WORDS.findall(" ".join(re.findall(r"[(\[]([^)\]]*)[)\]]", header)))
    return next((w for w in [*bracketed, *words[-1:]] if (len(w) > 1 or w == "%") and unit_name(w) is not None), None)


def _read_from_fields(text: str, claims: list[Claim]) -> list[Claim]:
    """A figure in a field list counts what its label names, in the unit the label opens with
    ("Acres burned: 31,250" is an area in acres), of the people its note names ("Injuries: 3
    (firefighters)")."""
    fields = list(field_cells(text))
    if not fields:
        return claims
    at = {c.span.start: c for c in claims if c.kind == "quantity"}
    read: dict[str, Claim] = {}
    for field in fields:
        claim = at.get(field.start)
        if claim is None or claim.span.end > field.end:
            continue
        words = field.label.split()
        unit = None if claim.unit else unit_name(words[0])
        if unit is not None:
            words = words[1:]
        # "Acres burned": a unit and what it measures ("acre|burn"), else a noun and its predicate
        key = f"{unit}|{' '.join(_past_lemma(w) for w in words)}" if unit else _label_key(words, field.note)
        read[claim.id] = replace(claim, unit=claim.unit or unit, what=field.label + (f" ({field.note})" if field.note else ""),
                                 what_key=key)
    return [read.get(c.id, c) for c in claims]


def _label_key(words: list[str], note: str) -> str:
    """A field's label as the measures read a noun and its predicate: "Structures destroyed" ->
    "structure|destroy", "Injuries" with the note "firefighters" -> "injury firefighter|"."""
    said = [w.lower() for w in words]
    predicate = said.pop() if len(said) > 1 and said[-1].endswith("ed") else ""
    noun = " ".join(_singular(w) for w in said + note.split())
    for verb in (predicate.removesuffix("d"), predicate.removesuffix("ed"), predicate):
        if measure_of(f"{noun}|{verb}", None) is not None:
            return f"{noun}|{verb}"
    return f"{noun}|{_past_lemma(predicate)}"


def _past_lemma(word: str) -> str:
    """A regular past participle's verb, as near as a label needs: "burned" -> "burn"."""
    word = word.lower()
    return word[:-2] if word.endswith("ed") and len(word) > 4 else word


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _header_key(header: str) -> str:
    """A column header as the measures read a noun: "Deaths" -> "death", "Evacuated" -> "evacuate"."""
    words = header.lower().split()
    for candidate in (words, [w.removesuffix("s") for w in words], [w.removesuffix("d") for w in words]):
        if measure_of(f"{' '.join(candidate)}|", None) is not None:
            return " ".join(candidate)
    return " ".join(words)


def _noun_of(claim: Claim) -> str | None:
    return claim.what_key.split("|", 1)[0] or None if claim.what_key else None


def _completed_by_the_next(text: str, claims: list[Claim]) -> tuple[Claim, ...]:
    """A figure with a suspended hyphen counts what the figure completing it counts:
    "four-, five- and six-cylinder engines"."""
    out = list(claims)
    for i in range(len(out) - 2, -1, -1):
        claim, following = out[i], out[i + 1]
        if (claim.kind == following.kind == "quantity" and claim.evidence == following.evidence
                and following.what_key and SUSPENDED_HYPHEN.match(text, claim.span.end)):
            out[i] = replace(claim, what=following.what, what_key=following.what_key)
    return tuple(out)


def infer_publication(document: Document) -> str | None:
    """A publication year for an undated document: the ordinal of an anniversary it marks,
    added to the year of the earliest event it dates ("30th anniversary" of 1992 gives 2022)."""
    from claimledger.claims.dates import ANNIVERSARY_RE
    from claimledger.claims.numbers import ORDINAL_WORDS

    match = ANNIVERSARY_RE.search(document.text)
    if match is None:
        return None
    n = int(match.group("n")) if match.group("n") else ORDINAL_WORDS[match.group("w").lower()]
    years = Counter(int(m.value[:4]) for m in find_dates(document.text) if m.value)
    if not years:
        return None
    top = max(years.values())
    return f"{min(y for y, c in years.items() if c == top) + n:04d}"


# "1,200 people died in Varnia and 340 in Oskel": a bare figure after "and" that only names where
_GAPPED_BEFORE = re.compile(r"(?<![\s,]),?\s++and\s++\Z")
# a measurement's gapped figure, in its unit, at another place: "and 19 inches at Lakeport International Airport"
_MEASURED_GAPPED_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*+(?:\s+[A-Z][\w’'-]*+){0,3}+\s*+(?:[.,;:)]|\Z)")
_GAPPED_AFTER = re.compile(r"\s+in\s+[A-Z][\w’'-]*+(?:\s+[A-Z][\w’'-]*+){0,2}+\s*+(?:[.,;:)]|\Z)")


def _gapped_counts(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A bare figure that a sentence gives with the verb of the count before it left out ("1,200
    people died in Varnia and 340 in Oskel", "the snowfall reached 22 inches in Carver and 19 inches
    at the airport") counts what that count counts, in another place."""
    out = list(claims)
    for i, j in _each_quantity_and_the_one_before(out):
        claim, before = out[i], out[j]
        if (claim.unit is not None and claim.unit == before.unit and before.what_key and not claim.counted
                and before.evidence == claim.evidence and _GAPPED_BEFORE.search(text, max(0, claim.span.start - 8), claim.span.start)
                and _MEASURED_GAPPED_AFTER.match(text, claim.span.end)
                and not re.search(r"[.;:!?]", text[before.span.end:claim.span.start])):
            out[i] = _counting_as(claim, before)  # "The snowfall reached 22 inches in Carver and 19 inches at the airport"
            continue
        if (claim.measure is None and claim.unit is None and not (claim.what_key or "").partition("|")[2]
                and before.measure and before.unit is None and before.evidence == claim.evidence
                and _GAPPED_BEFORE.search(text, max(0, claim.span.start - 8), claim.span.start)
                and _GAPPED_AFTER.match(text, claim.span.end)
                and not re.search(r"[.;:!?]", text[before.span.end:claim.span.start])):
            out[i] = _counting_as(claim, before)
    return tuple(out)


def _counting_as(claim: Claim, before: Claim) -> Claim:
    """A bare figure that counts what the figure before it counts."""
    return replace(claim, measure=before.measure, counted=before.counted, what=before.what, what_key=before.what_key)


# "..., bringing the total for 2025 to 4,730", "taking the tally to 2,100": the total the figure before adds to
_BROUGHT_TO = re.compile(r"\b(?:bringing|brings|brought|taking|takes|took|pushing|raising)\s+(?:the|its|their|this\s+year's)\s+"
                         r"(?:overall\s+|running\s+|cumulative\s+|annual\s+|yearly\s+)?(?:total|tally|count|number)\b"
                         r"(?:[^.;:!?\d]|(?:19|20)\d\d){0,40}?\s+to\s+(?:about\s+|around\s+|some\s+|more\s+than\s+)?\Z", re.I)


def _candidates_columns(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A share in a results table's column that a name heads ("| County | Quell | Ardell |") is
    that candidate's share of the vote, where the document is about votes, as "Quell took 58%"
    is: one candidate's shares in a table and in prose are one figure."""
    if not _ELECTION_WORDS.search(text):
        return claims
    header_of = {cell.start: cell.header for cell in table_cells(text)}
    return tuple(replace(claim, counted=f"vote share of {header_of[claim.span.start]}")
                 if claim.kind == "quantity" and claim.unit == "percent" and claim.span.start in header_of
                 and is_a_place_label(header_of[claim.span.start]) else claim for claim in claims)


_A_TOTAL = frozenset(["", "total", "tally", "count", "number"])  # what a bare total's own words may call it


def _brought_to_a_total(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A bare total that the figure before it brought to its new figure ("Some 610 people crossed
    on Sunday, bringing the total for 2025 to 4,730") counts what that figure counts, which is some of it."""
    out = list(claims)
    for i, j in _each_quantity_and_the_one_before(out):
        total, before = out[i], out[j]
        if (total.measure in (None, before.measure) and total.measure in (None, "money") and total.unit == before.unit
                and (total.what_key or "").partition("|")[0] in _A_TOTAL and before.what_key
                and before.evidence == total.evidence
                and _BROUGHT_TO.search(text, max(before.span.end, total.span.start - 90), total.span.start)):
            out[i] = _counting_as(total, before)
            if before.part_of is None:
                out[j] = replace(before, part_of=total.id)
    return tuple(out)


def _each_quantity_and_the_one_before(claims: list[Claim]) -> Iterator[tuple[int, int]]:
    """(index, index of the quantity before it) for each quantity after the first, dates and
    quotes between them passed over."""
    before = None
    for i, claim in enumerate(claims):
        if claim.kind == "quantity":
            if before is not None:
                yield i, before
            before = i


# a percentage that says how much a count changed: "up 9.5% from 88,000" (quantities.CHANGE_SAID_BEFORE), "36% more than the 88,000 homes"
_MORE_THAN_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower)\s+than\b", re.I)
# "Completions did rise in 2024, by 9.5%": what rose, the subject of the verb before the share
# "Last year, murders in our city went down by", "the annual report shows homicides fell", "said murders "went down by"
_WHAT_CHANGED = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\bshows\s)|(?<=\bshowed\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bthat\s))"
                           r"\W*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?(?:[A-Z][a-z]+\s+){0,2}?(?P<noun>[A-Za-z]+)"
                           r"(?:\s+in\s+(?:[a-z]+\s+){0,2}?[A-Za-z]+)?\s+[“\"]?(?:did\s+|have\s+|has\s+)?"
                           r"(?:rise|rose|risen|fall|fell|fallen|grow|grew|grown|increased|declined|dropped|decreased|"
                           r"(?:went|gone|go)\s+(?:down|up))\b[^.;%]{0,40}\Z")
_EVENT_NOUNS = {word: name for name, words in lexicon.classes("predicate_classes").items() for word in words}


def _bases_of_changes(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """The figure a change is measured from counts what the changed figure counts: "1,204 people
    died in 2025, down 18% from 1,468 in 2024" gives 1,468 deaths, of its own year."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind == "quantity" and claim.measure is None and claim.unit is None and not claim.what_key and _FROM_A_CHANGE.search(
                text, max(0, claim.span.start - 40), claim.span.start):
            changed = next((c for c in reversed(out) if c.evidence == claim.evidence and c.kind == "quantity" and c.measure
                            and c.unit is None and c.what_key), None)
            if changed is not None:
                claim = _counting_as(claim, changed)
        out.append(claim)
    return tuple(out)


# "..., down 18% from 1,468", "up 9.5 percent from", "down from 259 in 2024", "fell 18%, from 259": the base a change is measured from
_FROM_A_CHANGE = re.compile(r"\b(?:up|down|rising|falling|rose|fell)\s+(?:(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent),?\s+)?"
                            r"(?:from|on|compared\s+with)\s+(?:a\s+|the\s+)?\Z", re.I)


def _changes_of_counts(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A percentage that says how much a count changed counts that change: of what its sentence's
    count counts ("96,400 dwellings were completed, up 9.5% from 88,000"; "36% more than the 88,000
    homes completed"), or of what the verb before it says rose ("Completions did rise, by 9.5%"),
    by the event or the thing counted, so two sources' rises of one count meet whatever they call it."""
    counts: dict[str, list[Claim]] = defaultdict(list)  # each sentence's counts of things, by its words
    for c in claims:
        if c.kind == "quantity" and c.unit is None and (c.measure is None or c.measure in _COUNTED_CHANGES) and _noun_of(c):
            counts[c.evidence].append(c)
    out = []
    for claim in claims:
        if claim.kind == "quantity" and claim.measure == "share" and (inflation := _inflation_said(claim, text)):
            claim = replace(claim, counted=inflation)
        elif claim.kind == "quantity" and claim.measure == "share" and claim.counted is None and (
                CHANGE_SAID_BEFORE.search(text, max(0, claim.span.start - 24), claim.span.start)
                or _MORE_THAN_AFTER.match(text, claim.span.end)):
            thing, period = _thing_counted(claim, counts.get(claim.evidence, []), text)
            claim = replace(claim, counted=f"change of {thing}", period=period or claim.period) if thing else claim
        out.append(claim)
    return tuple(out)


# "The Consumer Prices Index (CPI) rose by 3.2% in the 12 months to March", "Food prices rose 5.1% in the
# year to March": a change of prices over a year is that year's inflation, the level a statistics office reports
_PRICES_ROSE = re.compile(r"(?<![\w-])(?:the\s+)?(?P<kind>[A-Za-z]+\s+)??(?:consumer\s+)?"
                          r"(?:prices?(?:\s+index)?|CPI)(?:\s+\([A-Z]+\))?\s+(?:rose|fell|increased|climbed|went\s+up|was\s+up)"
                          r"(?:\s+by)?\s+\Z", re.I)
_OVER_A_YEAR = re.compile(r"\s+(?:(?:in|over|for)\s+the\s+(?:12|twelve)\s+months\s+(?:to|ending|ended|through)"
                          r"|in\s+the\s+year\s+to|year[\s-]on[\s-]year|from\s+a\s+year\s+(?:earlier|ago))\b", re.I)


def _inflation_said(claim: Claim, text: str) -> str | None:
    """The inflation a change of prices over a year is ("food inflation" for food prices), where
    its sentence says prices or their index changed by the share over a year."""
    if not _OVER_A_YEAR.match(text, claim.span.end):
        return None
    said = _PRICES_ROSE.search(text, max(0, claim.span.start - 80), claim.span.start)
    if said is None:
        return None
    kind = (said.group("kind") or "").strip().lower()
    return f"{kind} inflation" if kind and kind not in lexicon.months() and kind not in ("the", "consumer") else "inflation"


def _thing_counted(share: Claim, counts: list[Claim], text: str) -> tuple[str | None, str | None]:
    """What a change's percentage is of: the event or thing its sentence's nearest count counts, and
    that count's period (the change brought it to its figure: "212 homicides in 2025, down from 259 in
    2024, a decrease of 18.1%" is 2025's), else what the verb before it says changed."""
    if counts:
        count = min(counts, key=lambda c: abs(c.span.start - share.span.start))
        noun, _, predicate = (count.what_key or "").partition("|")
        verb = predicate.split()[0] if predicate.split() else ""
        return count.measure or _EVENT_NOUNS.get(verb) or counted_of(f"{noun}|", None, None), count.period
    said = _WHAT_CHANGED.search(text, max(0, share.span.start - 90), share.span.start)
    if said is None:
        return None, None
    noun = _singular(said.group("noun").lower())
    if noun in _TRADED:
        return None, None  # "Apple shares rose 5 percent": a day's move in a market, no count that changed
    measure = measure_of(f"{noun}|", None)  # "murders went down by 30 percent": the killed, as "homicides fell 18%"
    thing = (measure if measure in _COUNTED_CHANGES else None) or _EVENT_NOUNS.get(noun) or counted_of(f"{noun}|", None, None)
    return thing, None


# counts of an incident's people whose change a percentage may give, by the measure they count:
# "There were 212 homicides ..., a decrease of 18.1%" and "murders went down by 30 percent" are one change
_COUNTED_CHANGES = frozenset(["killed", "injured", "casualties", "infected", "arrested", "detained", "missing"])


_TRADED = frozenset(["share", "stock", "index", "bond", "yield"])


def _picked_by_another_measure(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """ "35 of the 41 inmates who escaped had been recaptured": the 35 are the recaptured, a count of
    its own that runs, not a part of a total of escapees; a part of the same measure as its whole
    ("12 of the 30 dead were children") stays a part."""
    by_id = {c.id: c for c in claims}
    out = []
    for claim in claims:
        whole = by_id.get(claim.part_of or "")
        if (whole is not None and claim.kind == "quantity" and claim.measure in _RUNNING_PEOPLE
                and whole.measure != claim.measure and whole.span.start > claim.span.start
                and _PICKED_FROM.match(text, claim.span.end)):
            claim = replace(claim, part_of=None)
        out.append(claim)
    return tuple(out)


_PICKED_FROM = re.compile(r"\s+of\s+(?:the|those|these)\s+", re.I)
_RUNNING_PEOPLE = frozenset(["recaptured", "at_large", "rescued", "missing", "hostages"])


def _count_before_in_its_sentence(claim: Claim, before: list[Claim]) -> Claim | None:
    """The nearest count of a measure with its verb before ``claim``, in its sentence."""
    for c in reversed(before):
        if c.evidence != claim.evidence:
            return None
        if c.kind == "quantity" and c.measure and c.unit is None and (c.what_key or "").partition("|")[2]:
            return c  # a count, not "(case fatality ratio 2.0%)" said between
    return None


def _places_where_it_happened(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A count of places a count of people happened in ("sickened 87 people in nine states", "the
    number of people sickened rose to 87 in nine states") counts the places where that happened:
    the states where people were sickened, however the sentence's verb runs."""
    out: list[Claim] = []
    for claim in claims:
        noun, _, predicate = (claim.what_key or "").partition("|")
        if claim.kind == "quantity" and claim.unit is None and not predicate and _counts_places(noun):
            happened = _count_before_in_its_sentence(claim, out)
            if happened is not None:
                verb = (happened.what_key or "").partition("|")[2]
                claim = replace(claim, what_key=f"{noun}|{verb}", what=f"{claim.what or noun} where {happened.what}")
        out.append(claim)
    return tuple(out)


def _parts_in_critical_condition(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """Some of a count whose lives are in danger ("six of them remain in critical condition", "Six of
    the 22 people injured remained in critical condition", "the condition of five is stated to be
    critical") are counted as "critical", a part of the count they are of, so that two reports of them
    meet; in any other condition they measure nothing."""
    out = []
    for c in claims:
        if c.kind == "quantity" and c.measure is None and c.unit is None and not c.part_of and _CONDITION_OF.search(
                text, max(0, c.span.start - 14), c.span.start) and _SAID_CRITICAL.match(text, c.span.end):
            hurt = _more_hurt_before(claims, c)
            c = replace(c, measure="critical", part_of=_nearest(hurt, c).id if hurt else None)
        elif c.kind == "quantity" and c.part_of and c.measure is None and c.unit is None and _CRITICAL.match(text, c.span.end):
            c = replace(c, measure="critical")
        elif (c.kind == "quantity" and not c.part_of and c.measure is None and c.unit is None
              and _OF_THEM_AFTER.match(text, c.span.end) and _CRITICAL.match(text, c.span.end)):
            # "87 are in hospital, 19 of them in intensive care": some of the count just given
            hurt = [h for h in _more_hurt_before(claims, c) if h.evidence == c.evidence]
            c = replace(c, measure="critical", part_of=_nearest(hurt, c).id) if hurt else c
        out.append(c)
    return tuple(out)


def _more_hurt_before(claims: tuple[Claim, ...], part: Claim) -> list[Claim]:
    """The whole counts of the hurt told before a figure that are larger than it: what it may be some of."""
    return [h for h in claims if h.measure == "injured" and h.part_of is None and isinstance(h.value, (int, float))
            and isinstance(part.value, (int, float)) and h.value > part.value and h.span.start < part.span.start]


# "Of the injured, the condition of five is stated to be critical", "The condition of 6 patients is stated to be critical"
_CONDITION_OF = re.compile(r"\bcondition\s+of\s+\Z", re.I)
_SAID_CRITICAL = re.compile(r"(?:\s+(?:of\s+)?(?:them|the\s+[a-z]+(?:\s+[a-z]+)?)|\s+[a-z]+)?\s+(?:is|was|are|were|remains?|remained)\s+"
                            r"(?:(?:stated|said|reported|described)\s+(?:to\s+be|as)\s+)?(?:critical|grave|life-threatening)\b", re.I)


# the words after a part's figure up to its condition: "of them remain in critical condition", "6 of them on ventilator support"
_CRITICAL = re.compile(r"[^.;:\n]{0,60}?\b(?:in\s+(?:(?:a\s+)?(?:critical|grave|life-threatening)\s+condition|intensive\s+care)"
                       r"|on\s+(?:a\s+)?(?:ventilators?(?:\s+support)?|life\s+support)"
                       r"|(?<=them\s)(?:critically|seriously|severely|gravely)\b)\b", re.I)  # "injured 150, 20 of them seriously"


def _cases_of_its_outbreak(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """Bare "cases" in a document about an illness's outbreak ("Over 6,000 cases have been reported",
    below "the outbreak" of cholera) are its infections, as "6,000 cholera cases" are; a court's
    cases are counted where no illness is named."""
    if not any(c.kind == "quantity" and c.measure == "infected" for c in claims) and not _AN_ILLNESS.search(text):
        return claims
    return tuple(replace(c, measure="infected", counted=CASES) if c.kind == "quantity" and c.measure is None and c.unit is None
                 and (c.what_key or "").partition("|")[0].split()[-1:] == ["case"] else c for c in claims)


_AN_ILLNESS = re.compile(rf"\b(?:{'|'.join(lexicon.words('illnesses'))}|outbreak|epidemic|pandemic)\b", re.I)


def _supplies_left(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A time a supply lasts that a report says is left ("about 45 hours of oxygen left", "70 hours of
    oxygen remain") is that supply's time remaining, a count that runs down as the days go by,
    whichever word says it is left."""
    out = []
    for c in claims:
        left = _OF_A_SUPPLY_LEFT.match(text, c.span.end) if c.kind == "quantity" and c.measure == "duration" else None
        if left is not None:
            unit = (c.what_key or "").partition("|")[0].split()[:1]
            # "left", not "remain", which says nothing of what a figure counts ("remained at 23")
            c = replace(c, what_key=f"{' '.join(unit + [left.group('supply').lower()])}|left", counted=left.group("supply").lower())
        out.append(c)
    return tuple(out)


# "of oxygen left", "of fuel remaining", "of water remain": the supply whose time is left
_OF_A_SUPPLY_LEFT = re.compile(r"\s+of\s+(?P<supply>[a-z]+(?:\s+[a-z]+)?)\s+(?:left|remaining|remains?|to\s+spare)\b", re.I)


# "searched an area of about 10,000 square miles", "The search now covers about 13,000 square miles",
# "widened their search to more than 20,000 square miles": the area a search covers
_A_SEARCH = re.compile(r"\b(?:search(?:ed|es|ing)?|hunt(?:ed|ing)?|scour(?:ed|ing)?|comb(?:ed|ing))\b", re.I)


def _areas_searched(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """An area its sentence says a search covers is the search's area, however the sentence words it
    ("searched an area of", "the search now covers", "widened their search to"): one area that grows
    as the search goes on."""
    out = []
    for c in claims:
        if c.kind == "quantity" and c.measure == "area" and _A_SEARCH.search(c.evidence):
            unit = (c.what_key or "").partition("|")[0]
            unit = " ".join(w for w in unit.split() if w not in ("area", "ocean", "sea", "land"))
            c = replace(c, what_key=f"{unit} search area|search".strip(), counted="search area")
        out.append(c)
    return tuple(out)


# "lies 12,500 feet (3,800 metres) below the surface", "nearly 4 km beneath the waves": a depth
_BELOW_A_SURFACE = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\)?\s+(?:below|beneath|under)\s+(?:the\s+)?"
                              r"(?:surface|sea\s+level|sea|waves|water|ground|ice|seabed|sea\s+floor)\b", re.I)


def _depths_below_a_surface(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A length said to lie below a surface ("12,500 feet (3,800 metres) below the surface") is a
    depth, as "at a depth of 3,800 metres" is, whatever verb places it there."""
    out = []
    for c in claims:
        if (c.kind == "quantity" and c.measure == "length" and not c.counted
                and _BELOW_A_SURFACE.match(text, c.span.end)):
            unit, _, verb = (c.what_key or "").partition("|")
            c = replace(c, what_key=f"{unit} depth|{verb}".lstrip(), counted="depth")
        out.append(c)
    return tuple(out)


# "the city's homicide rate was", "a murder rate of", "The rate fell to": the rate a figure in a population states
_RATE_BEFORE = re.compile(r"\b(?P<what>(?:[a-z]+\s+)?rate)\s+(?:(?:was|is|stood\s+at|of|(?:fell|dropped|rose|climbed|"
                          r"jumped)(?:\s+to)?)\s+)(?:about\s+|nearly\s+|almost\s+|some\s+)?\Z", re.I)


def _in_a_population(claim: Claim) -> bool:
    """Whether a figure is a rate in so many people: its unit "/100000", "/1000"."""
    unit = claim.unit or ""
    return unit.startswith("/") and unit[1:].isdigit()


def _rates_in_a_population(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A rate in a population ("28.6 per 100,000 residents") counts the rate its sentence names
    ("the homicide rate was"), or a rate, never the residents it is counted among."""
    out: list[Claim] = []
    for c in claims:
        noun = (c.what_key or "").partition("|")[0].split()[-1:]
        if c.kind == "quantity" and _in_a_population(c) and noun != ["rate"]:
            said = _RATE_BEFORE.search(text, max(0, c.span.start - 40), c.span.start)
            named = next((o.counted for o in reversed(out) if o.evidence == c.evidence and o.unit == c.unit and o.counted), None)
            what = (said.group("what").lower() if said else named  # "..., down from 35.2 a year earlier": the rate just named
                    or (f"{noun[0]} rate" if noun and not is_person_word(noun[0]) else "rate"))  # "4.1 deaths per 1,000 live births"
            c = replace(c, what=what, what_key=f"{what}|", counted=what)
        out.append(c)
    return tuple(out)


# "Of those, six were seriously injured.": a sentence that opens on the count the sentence before gave
_OF_THOSE = re.compile(r"\W*Of\s+(?:those|them|these|the\s+injured|the\s+wounded|the\s+victims)\s*,", re.I)


def _parts_of_those_before(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """A count in a sentence that opens "Of those," is some of the count the sentence before gave
    ("Seventy-one people were treated ... Of those, six were seriously injured"), not a rival of it."""
    out: list[Claim] = []
    for c in claims:
        if (c.kind == "quantity" and c.unit is None and not c.part_of and isinstance(c.value, (int, float))
                and _OF_THOSE.match(c.evidence)):
            whole = next((o for o in reversed(out) if o.kind == "quantity" and o.unit is None and o.evidence != c.evidence
                          and isinstance(o.value, (int, float)) and o.value > c.value), None)
            if whole is not None and text.find(whole.evidence) + len(whole.evidence) + 3 >= text.find(c.evidence):
                c = _part_named_by_who_they_are(replace(c, part_of=whole.id), whole, text)
        out.append(c)
    return tuple(out)


# "Of those, 212 are passengers and 18 are crew members": the figure, then who those of it are
_WHO_THEY_ARE = re.compile(r"\s+(?:are|were)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?)s?\b(?=\s*(?:,|\.|;|\band\b|$))")


def _part_named_by_who_they_are(part: Claim, whole: Claim, text: str) -> Claim:
    """A part that only says who its people are ("212 are passengers") is some of its whole's
    count: it takes the whole's measure, and counts the people it names."""
    if part.measure is not None or (part.what_key or "").partition("|")[2] not in ("", "be"):
        return part
    named = _WHO_THEY_ARE.match(text, part.span.end)
    if named is None:
        return replace(part, measure=whole.measure)
    who = named.group(1)
    return replace(part, measure=whole.measure, counted=counted_of(f"{who}|", None, whole.measure), what=who,
                   what_key=f"{who}|be")


def _participants_of_a_study(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """The people a study, a survey or a trial took in ("The team followed 48,310 adults", "a study of
    about 48,000 adults", "the 48,310 participants") are its participants: one size, which a later
    report may repeat or contradict but not add to. Participants something befell ("207 participants
    developed liver cancer") are counted by what befell them, not as a crowd that took part."""
    if not _STUDY_WORDS.search(text):
        return claims
    out = []
    for c in claims:
        noun, _, predicate = (c.what_key or "").partition("|")
        person = noun.split()[-1] if noun.split() else ""
        if c.kind == "quantity" and c.unit is None and c.measure in (None, "attended") and is_person_word(person):
            verb = predicate.partition(" ")[0]
            if (verb in _STUDYING or person == "participant" and not verb
                    or _A_STUDY_OF.search(text, max(0, c.span.start - 60), c.span.start)):
                c = replace(c, measure="participants")
            elif person == "participant" and c.measure == "attended" and measure_of(f"|{predicate}", None) is None:
                c = replace(c, measure=None)
        out.append(c)
    # every outcome a study counts is some of its participants: "207 of the 48,310 participants developed it"
    # is the count "207 participants developed liver cancer" gives, no part set apart from it
    sample = {c.id for c in out if c.measure == "participants"}
    return tuple(replace(c, part_of=None) if c.part_of in sample and c.measure != "participants" else c for c in out)


_STUDY_WORDS = re.compile(r"\b(?:study|studies|survey|poll|trial|researchers|scientists|cohort)\b", re.I)
# what a study does with the people it takes in: "followed 48,310 adults", "surveyed 2,000 voters"
_STUDYING = frozenset(["follow", "track", "survey", "poll", "enrol", "enroll", "recruit", "interview", "study", "question",
                       "sample", "analyse", "analyze", "examine", "involve"])
# "a study of about 48,000 adults", "a survey of 2,000 voters", "a trial involving 600 patients"
_A_STUDY_OF = re.compile(r"\b(?:study|survey|poll|trial|sample|cohort)\s+(?:of|involving|among)\s+(?:about\s+|around\s+|some\s+|"
                         r"nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|an\s+estimated\s+)?\Z", re.I)


def _places_it_reached(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """The places an outbreak, a storm or a fire reached ("has spread to 11 districts", "nine
    districts have reported cases", "cases were reported ... in nine districts") are a count of its
    own that runs, of those places; the whole they are picked from ("Nine of the country's 28
    districts") is not, nor are places where something else happened ("sickened 87 people in nine states")."""
    out = []
    for c in claims:
        noun, _, predicate = (c.what_key or "").partition("|")
        if (c.kind == "quantity" and c.measure is None and c.unit is None and _counts_places(noun)
                and predicate.partition(" ")[0] in _REACHING  # not "states where people were sickened", "shipped to 14 states"
                and not _WHOLE_OF_PLACES.search(text, max(0, c.span.start - 30), c.span.start)):
            c = replace(c, measure="affected", counted=noun.split()[-1], part_of=None)  # not a part of all the districts
        out.append(c)
    return tuple(out)


_REACHING = frozenset(["spread", "reach", "report", "record", "affect", "hit", "confirm", "detect", "register"])
_WHOLE_OF_PLACES = re.compile(r"\bof\s+(?:the|its|their)\s+(?:[\w’']+\s+){0,2}\Z", re.I)


def _homeless_or_displaced(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """ "2,500 people are homeless or displaced" and a field "Homeless or displaced: 2,496" count one
    thing, whichever of the two words the figure's own reading took: the displaced."""
    return tuple(replace(c, measure="displaced", counted="people") if c.kind == "quantity" and c.measure in ("homeless", "displaced")
                 and _EITHER_HOMELESS_OR_DISPLACED.search(text, max(0, c.span.start - 30), c.span.end + 40) else c for c in claims)


_EITHER_HOMELESS_OR_DISPLACED = re.compile(r"\bhomeless\s+or\s+displaced\b|\bdisplaced\s+or\s+homeless\b", re.I)


def _residents(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """The people who live in a place ("About 600 people lived in the tower", "home to around 350
    people", "a population of 12,000"): one count of a place that sources may disagree on; a count
    whose own verb says what befell them keeps that measure."""
    return tuple(replace(c, measure="residents", counted=c.counted or "people")
                 if c.kind == "quantity" and c.measure is None and c.unit is None and c.counted in (None, "people", "resident")
                 and (_LIVED_IN.match(text, c.span.end) or _HOME_TO.search(text, max(0, c.span.start - 40), c.span.start))
                 else c for c in claims)


_RESPONDERS = frozenset(lexicon.words("responders"))


def _responders_sent(claims: tuple[Claim, ...], _text: str) -> tuple[Claim, ...]:
    """Those sent to an incident are a count of those who attended it, whatever they did there
    ("About 80 firefighters fought the blaze", "80 firefighters attended"); what befell them (two
    firefighters injured) keeps its own measure."""
    return tuple(replace(c, measure="attended") if _sent_to_respond(c) else c for c in claims)


def _sent_to_respond(claim: Claim) -> bool:
    counted, verb = claim.counted or "", (claim.what_key or "").partition("|")[2].split()
    return (claim.kind == "quantity" and claim.measure is None and claim.unit is None and bool(verb) and verb[0] in _RESPONDING
            and (counted in _RESPONDERS or " ".join(counted.split()[-2:]) in _RESPONDERS))


# what those sent to an incident do there: "fought the blaze", "were deployed", "battled the flames"
_RESPONDING = frozenset(["fight", "battle", "tackle", "attend", "deploy", "send", "dispatch", "respond", "arrive", "rush",
                         "search", "call", "scramble", "mobilise", "mobilize", "work"])


_LIVED_IN = re.compile(r"\s+(?:people\s+|residents\s+|families\s+)?(?:lived|live|lives|were\s+living|are\s+living)\s+(?:in|at|on)\b", re.I)
_HOME_TO = re.compile(r"\b(?:home\s+to|population\s+of|inhabited\s+by)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|"
                      r"more\s+than\s+|over\s+|an\s+estimated\s+)?\Z", re.I)


# The passes that refine what each figure measures once its own words are read, in order: each reads
# the claims the one before it left (a headline's figure takes its body's measure before a whole
# gives its parts theirs, and a change is set apart from a rival figure last).
MEASURE_PASSES: tuple[tuple[str, Callable[[tuple[Claim, ...], str], tuple[Claim, ...]]], ...] = (
    ("a bare figure with the verb of the count before it left out", _gapped_counts),
    ("a bare total the figure before brought to its new figure", _brought_to_a_total),
    ("a share in a results table's column a candidate's name heads", _candidates_columns),
    ("a headline's people who flee are its body's refugees", _headline_as_its_lede),
    ("a percentage that gives a count's change counts that change", _changes_of_counts),
    ("bare cases in a document about an outbreak are its infections", _cases_of_its_outbreak),
    ("the people a study took in are its participants", _participants_of_a_study),
    ("a rate in a population counts the rate", _rates_in_a_population),
    ("a count after \"Of those,\" is some of the count before", _parts_of_those_before),
    ("the time a supply is said to have left runs down", _supplies_left),
    ("an area a search covers is the search's", _areas_searched),
    ("a length below a surface is a depth", _depths_below_a_surface),
    ("the people who live in a place", _residents),
    ("those sent to an incident attended it", _responders_sent),
    ("the homeless or displaced are the displaced", _homeless_or_displaced),
    ("the base a change is measured from counts what the changed figure counts", _bases_of_changes),
    ("places counted where a count happened", _places_where_it_happened),
    ("places an incident reached are a running count of them", _places_it_reached),
    ("a part picked out by another measure is a count of its own", _picked_by_another_measure),
    ("another source's figure of the number just given", _the_number_said_before),
    ("a sum restated in another currency counts what the sum counts", _sums_in_another_currency),
    ("a bare measurement measures the matter its document names in that unit", _matter_measured_elsewhere),
    ("a sum called only the figure is a figure of the sum before it", _figures_of_the_sum_before),
    ("a bare level in the unit of the measurement its sentence sets it against", _levels_in_the_unit_set_against),
    ("a class said of some of a fronted whole", _classes_of_a_fronted_whole),
    ("a partitive that names members counts no casualties", _without_members_named),
    ("counts set off after a count are its parts", _parts_set_off),
    ("a whole that counts people of its own", _whole_counts_of_their_own_in),
    ("a figure said again by another source", _said_again_by_another),
    ("a change that adds to a running count is part of it", _changes_are_parts),
    ("a figure risen from an earlier one", _risen_from_before),
    ("a count that names only its measure counts what the document's others of it count", _counted_as_the_others_of_its_measure),
    ("a live blog's later entry updates an earlier figure", _updated_in_later_entries),
    ("a source's bare figure before another source's count", _a_source_s_figure_of_the_next_count),
    ("a part a place names is that place's count of the whole's measure", _places_parts),
    ("a part that names a kind of people is that kind's count of the whole's measure", _kinds_of_people_in_a_toll),
    ("an age said of the attacker is the attacker's", _ages_of_the_attacker),
)
