"""The join rules: which figures and dates are about the same thing. Each rule draws candidates
from blocking keys (a value, a key of what is counted, a day of the year, a context word), never
from all pairs, and adds them to one union-find.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from claimledger import lexicon
from claimledger.claims.units import CURRENCY_CODES
from claimledger.grouping.items import SHORT_WORD, Figure, nominal
from claimledger.grouping.unionfind import UnionFind
from claimledger.grouping.vocabulary import ONE_TIME_COUNTS, PREDICATE_CLASSES, RUNNING_MEASURES
from claimledger.model import DAY_OCCURRED, DAY_SAID, ONE_VICTIM, WHOLE_YEAR
from claimledger.settings import GroupingSettings


def _compatible_values(a: Figure, b: Figure) -> bool:
    return not (math.isnan(a.low) or math.isnan(b.low)) and a.low <= b.high and b.low <= a.high


def _compatible_keys(a: Figure, b: Figure) -> bool:
    if (a.unit != b.unit or a.event != b.event or a.place != b.place or (a.part != b.part and a.noun and b.noun)
            or not _same_period(a, b)):
        return False
    if a.kind == "date" and (a.measure == DAY_SAID) != (b.measure == DAY_SAID):
        return False  # the day a source spoke is no claim about the day anything happened
    if (a.measure == "money" and a.doc.id == b.doc.id and a.attributed_to and b.attributed_to
            and not _one_source(a.attributed_to, b.attributed_to)):
        return False  # one report's Rs 2 lakh from the governor and from the prime minister are two pledges
    nouns_ok = a.noun is None or b.noun is None or a.noun == b.noun
    predicates_ok = a.predicate is None or b.predicate is None or a.predicate == b.predicate
    return nouns_ok and predicates_ok


def _same_period(a: Figure, b: Figure) -> bool:
    """Whether two figures may be of one period (a month, a quarter, a year, a day): unless each
    names its own and they differ (a figure that names none may be of any: "fined 4.5 million
    pounds in March" and "fined 4.5 million pounds"); a whole year's figure whose year is not
    said may be of any year's."""
    if a.period is None or b.period is None or a.period == b.period:
        return True
    return {a.period, b.period} & {WHOLE_YEAR} == {WHOLE_YEAR} and len(a.period) == len(b.period) == 4  # "2025", "year"


def _named_apart(a: set[str] | None, b: set[str] | None) -> bool:
    """Whether two clusters each name some (months, or the gatherings of crowds: a final's and a
    parade's) and not the same ones."""
    return bool(a and b and a != b)


def join_figures(figures: list[Figure], settings: GroupingSettings) -> list[list[int]]:
    """Figures (by index) about the same thing, in order of first member."""
    figures = _bare_measurements_of_one_matter(_placed_where_split(figures))
    uf = UnionFind(len(figures))
    for _name, rule in JOIN_RULES:
        rule(figures, uf, settings)
    return uf.clusters(list(range(len(figures))))


def _bare_measurements_of_one_matter(figures: list[Figure]) -> list[Figure]:
    """A measurement that names nothing ("held 12 million cubic metres") measures the matter that
    every report naming one in that unit names ("14 million cubic metres of water"): one report
    names the matter, another gives the figure bare. Where reports name two matters in a unit,
    a bare figure in it is left unnamed."""
    named: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    for f in figures:
        if f.kind == "quantity" and f.measure in AMOUNTS_OF_MATTER and f.counted and not f.part:
            named[(f.measure, f.unit)].add(f.counted)
    if not named:
        return figures
    return [replace(f, counted=next(iter(named[(f.measure, f.unit)])))
            if f.kind == "quantity" and f.measure in AMOUNTS_OF_MATTER and f.counted is None and not f.part
            and len(named.get((f.measure, f.unit), ())) == 1 else f for f in figures]


def _placed_where_split(figures: list[Figure]) -> list[Figure]:
    """The figures with the place they are of kept only where some report splits its measure
    by place in one sentence or table: "1,200 people in Varnia and 340 in Oskel" makes every
    count of Varnia or Oskel a place's count, and a count that names no place the whole
    incident's; where no report does, "killed 3 in Akron" is the incident's own count, as
    "killed 3" is, and so is a region whose count is all its districts' together. A place's
    count is no part of another count: the place tells it apart. A year's statistic of a place
    ("Marlow County recorded 312 overdose deaths in 2025") is that place's whatever the others say:
    a year's count has no one incident to be of. A roundup that tells separate incidents place by
    place splits them too, and a report about one of them is that place's throughout."""
    counts_of: dict[tuple[str, str | None], dict[str, float]] = defaultdict(dict)
    beside: set[tuple[str, str | None, str]] = set()  # (document, measure, place) set beside another place
    split: dict[str | None, set[str]] = defaultdict(set)
    incidents: dict[str | None, set[str]] = defaultdict(set)  # places a roundup tells as separate incidents
    for figure in figures:
        if not figure.place:
            continue
        if figure.incident_place:
            incidents[figure.measure].add(figure.place)
        if figure.beside_another_place:
            beside.add((figure.doc.id, figure.measure, figure.place))
            split[figure.measure].add(figure.place)
        if math.isfinite(nominal(figure)):
            counts = counts_of[(figure.doc.id, figure.measure)]
            counts[figure.place] = max(counts.get(figure.place, 0.0), nominal(figure))
    if not counts_of:
        return figures
    for (doc, measure), counts in counts_of.items():
        whole = _whole_of_the_others(counts)
        if whole and (doc, measure, whole) not in beside:  # "the EU $500 million, the US $300 million and ...": a party
            split[measure].discard(whole)
    figures = [_in_its_report_s_one_place(figure, counts_of, incidents) for figure in figures]
    figures = _years_of_one_place(figures)
    return [figure if not figure.place or figure.period and len(figure.period) == 4 else
            replace(figure, part=False) if figure.place in split.get(figure.measure, ()) or figure.measure in _KEPT_APART_BY_PLACE
            else replace(figure, place=None) for figure in figures]


# counts whose place or party is never the whole's: one airline's or one country's flights cancelled
# beside the count of every flight
_KEPT_APART_BY_PLACE = frozenset(["cancelled"])


def _years_of_one_place(figures: list[Figure]) -> list[Figure]:
    """A year's statistic that names no place, where every report that places that measure's count
    of that year places it in one place and the statistic's own report names that place: that
    place's ("homicides fell ... to 212 in 2025" in a report about Calderon, beside "212 homicides in
    Calderon in 2025"), as a year's statistic keeps its place whatever the others say."""
    places: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for figure in figures:
        if figure.place and figure.period and len(figure.period) == 4:
            places[(figure.measure, figure.period)].add(figure.place)
    if not places:
        return figures
    out = []
    for figure in figures:
        found = places.get((figure.measure, figure.period or ""), set()) if not figure.place and not figure.event else set()
        if len(found) == 1 and all(word in figure.doc.names for word in next(iter(found)).split()):
            figure = replace(figure, place=next(iter(found)))
        out.append(figure)
    return out


def _in_its_report_s_one_place(figure: Figure, counts_of: dict[tuple[str, str | None], dict[str, float]],
                               split: dict[str | None, set[str]]) -> Figure:
    """A count that names no place, in a report whose counts of its measure name one place only (or,
    naming none, whose text names one place only of those a roundup tells as separate incidents,
    ``split``): that place's count ("Three workers killed" over "... a warehouse in Marlow", beside a
    roundup's Marlow and Hesby). Places an incident's own report splits it by give no such place."""
    if figure.place or figure.event or figure.kind != "quantity" or not split.get(figure.measure):
        return figure
    places = counts_of.get((figure.doc.id, figure.measure), {})
    if not places:  # a report that places none of its counts: the one split place it names at all
        names = set(figure.doc.names)
        places = {p: 0.0 for p in split[figure.measure] if all(word in names for word in p.split())}
    if len(places) != 1:
        return figure
    place = next(iter(places))
    return replace(figure, place=place) if place in split[figure.measure] else figure


def _whole_of_the_others(counts: dict[str, float]) -> str | None:
    """The place whose count is all the others' together ("214 cases in Dorval Province" beside
    its districts' 120, 61 and 33): the region the others lie in, not a place beside them."""
    largest = max(counts, key=counts.__getitem__)
    others = sum(counts.values()) - counts[largest]
    return largest if len(counts) > 2 and counts[largest] >= others > 0 else None


def _join_changes(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """A figure joins the value it changed from ("rose from 42 to 57"): the two are the same
    thing at two times, so a running count reads 42 -> 57 -> 61 across the documents."""
    earlier = {item.changed_from for item in items if item.changed_from}
    index = {item.id: k for k, item in enumerate(items) if item.id in earlier}
    for k, item in enumerate(items):
        if item.changed_from in index and items[index[item.changed_from]].place == item.place:  # not another place's count
            uf.union(index[item.changed_from], k)


def _join_restated_currencies(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """A sum and the same sum its report gives in another currency ("$50 million (€46 million)"):
    one sum, whose two figures meet the reports that give either."""
    restating = [(k, item.restates) for k, item in enumerate(items) if item.restates is not None]
    if not restating:
        return
    at = {item.id: k for k, item in enumerate(items)}
    for k, restated in restating:
        if restated in at:
            uf.union(at[restated], k)


def _join_same_values(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Claims with compatible values and compatible keys, blocked on the stated value.

    Within a value block, claims with identical keys join directly; only the few distinct
    keys of a block are compared with each other, so a block costs its size plus its keys squared.
    """
    blocks: dict[tuple[str, str | None, int], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        if item.kind == "date" and item.value and len(str(item.value)) == 4:
            continue  # bare years join through _join_years_to_their_dates
        if _too_wide_to_anchor(item):
            continue  # "dozens" (12 to 120) would join any figure in its span: it joins its document's own count
        anchor = nominal(item)
        if math.isfinite(anchor):
            blocks[(item.kind, item.unit, round(anchor))].append(k)
    for members in blocks.values():
        _join_block(items, members, uf)


def _join_block(items: list[Figure], members: list[int], uf: UnionFind) -> None:
    """One value block: the same key joins at once; a key missing its noun or its predicate
    joins the keys that agree on the part it has. Linear in the block and its keys."""
    by_key: dict[tuple[str | None, str | None, bool], list[int]] = defaultdict(list)
    for k in members:
        item = items[k]
        by_key[(item.noun, item.predicate, item.part)].append(k)
    full: dict[tuple[str | None, str | None, bool], int] = {}
    by_noun: dict[tuple[str | None, bool], int] = {}
    by_predicate: dict[tuple[str | None, bool], int] = {}
    by_period: dict[tuple[str, bool], int] = {}
    for (noun, predicate, part), ks in by_key.items():
        for k in ks:
            if _joinable(items[ks[0]], items[k]):
                uf.union(ks[0], k)
        if noun and predicate:
            full[(noun, predicate, part)] = ks[0]
            by_noun.setdefault((noun, part), ks[0])
            by_predicate.setdefault((predicate, part), ks[0])
            period = items[ks[0]].period
            if period:
                by_period.setdefault((period, part), ks[0])
    for (noun, predicate, part), ks in by_key.items():
        if noun and predicate:
            continue
        if noun:
            anchors = [by_noun.get((noun, p)) for p in (part, not part)]
        elif predicate:
            anchors = [by_predicate.get((predicate, p)) for p in (part, not part)]
        else:  # nothing said of what is counted: join only a block that is about one thing
            anchors = list(full.values()) if len(full) == 1 else []
        period = items[ks[0]].period
        if period:  # "revenue was $3.9 billion" and "booked ... $3.9 billion in Q2": one quarter's one sum
            anchors.append(by_period.setdefault((period, part), ks[0]))
        # a key with a noun or a verb joined its members above; bare figures, which say nothing of
        # what they count, join none of their own, so each meets the anchor on its own
        for k in ks[:1] if noun or predicate else ks:
            for anchor in anchors:
                if anchor is not None and anchor != k and _joinable(items[anchor], items[k]):
                    uf.union(anchor, k)
                    break


def _joinable(a: Figure, b: Figure) -> bool:
    """Compatible values and keys, where something says what is counted: a noun, a verb, or the
    month or incident both figures are of ("July's gain was revised up to 114,000")."""
    return (_compatible_values(a, b) and _compatible_keys(a, b)
            and bool(a.noun or a.predicate or b.noun or b.predicate or a.kind == "date" or a.period and a.period == b.period))


def _join_same_keys_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Clusters with the same specific key ("country|adopted"), disjoint documents, and words in
    common around the claims (the same place, body or event): a figure reported again later. A
    figure said to add to a count ("another 900 flights") is more of it, not a report of it; nor is
    one a pass set apart from its measure ("two of the victims ... and two suffered minor injuries")."""
    _join_across_documents(items, uf, settings, lambda item: (item.noun, item.predicate, item.unit, item.part, item.event,
                                                              item.place, item.counted == ONE_VICTIM, item.measure)
                           if item.kind == "quantity" and item.noun and item.predicate and not item.added else None)


# properties of a measured thing that a sentence can tell with any verb ("2,750 tonnes of
# ammonium nitrate" stored, unloaded or blamed); a sum of money, by what it is for ("2 million
# euros in emergency aid" pledged, or aid increased to 5 million euros), joins the same way
MEASURED_PROPERTIES = frozenset(["mass", "volume", "area", "length", "speed"])
SCALES = frozenset(["magnitude"])  # a measure an incident has one value of
# amounts of some matter (tonnes of a cargo, cubic metres of a reservoir's water), unlike lengths and
# areas, which measure many things in one report (a distance, a depth, snow in each town)
AMOUNTS_OF_MATTER = frozenset(["mass", "volume", "area"])


def _join_same_measure_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Clusters of one thing in other words: the same measure of the same counted thing ("people
    killed", "the death toll", "a man was shot dead" all measure people killed; the tonnes of a
    cargo stored, unloaded or blamed), in disjoint documents that name the same place, body or event.
    Clusters that state the same figure join first: a document's "three injured" is the same
    claim as another's "three wounded" sooner than its own "two in critical condition" is."""
    _join_across_documents(items, uf, settings, _people_key, agreeing_only=True, stated_by=_measure_key)
    _join_across_documents(items, uf, settings, _measure_key)


def _join_same_measure_within_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """The same figure of the same measure said twice in one document in other words ("three
    people were dead", "the three deaths"): one claim repeated, blocked on document, key and value."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        key = _people_key(item)  # "19 dead" in a headline, "19 miners lost their lives" below it
        anchor = nominal(item)
        if key is not None and math.isfinite(anchor):
            blocks[(item.doc.id, key, anchor)].append(k)
    for members in blocks.values():
        for k in members[1:]:
            if _compatible_values(items[members[0]], items[k]):
                uf.union(members[0], k)


def _join_restated_sums_within_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """One document's sums of money of one exact figure, said with two or more significant digits
    ("charged in $480 million investment fraud" above "took in at least $480 million"): the
    document restating its sum in other words. A round sum ("$5 million" for schools and for
    roads) may be two sums and is left to the other rules."""
    firsts: dict[tuple[object, ...], int] = {}
    for k, item in enumerate(items):
        if item.kind != "quantity" or item.measure != "money" or item.part or _vague(item) or not _specific(nominal(item)):
            continue
        first = firsts.setdefault((item.doc.id, item.unit, nominal(item), item.event, item.place), k)
        if first != k and _same_period(items[first], item):
            uf.union(first, k)


def _join_same_specific_figure_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """One exact figure of three significant digits or more and in the thousands, in two reports of
    one event ("31,400 runners who started", "the 31,400 starters"), is one fact told in other
    words: such a figure is not said twice by chance. The measure, the unit, the incident, the place
    and the period must still agree; a sum of money is left to what it is for."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        value = nominal(item)
        if (item.kind == "quantity" and item.measure != "money" and not _vague(item) and value >= 1000
                and _significant_digits(value) >= 3):  # a sum is told by what it is for: "lost" and "repay" $212 million differ
            blocks[(value, item.unit, item.measure, item.event, item.place, item.period)].append(k)
    for members in blocks.values():
        if len({items[k].doc.id for k in members}) > 1:
            for k in members[1:]:
                uf.union(members[0], k)


def _join_one_source_s_sum_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """One sum credited to one source in two reports ("the Prime Minister announced an ex-gratia of
    Rs 2 lakh each", "The Prime Minister had announced Rs 2 lakh each") is one pledge told twice,
    whatever words each gives of what it is for; another source's sum of the same value is its own."""
    first: dict[tuple[object, ...], int] = {}  # blocked on the sum and each word of its source: linear
    for k, item in enumerate(items):
        if item.kind != "quantity" or item.measure != "money" or not item.attributed_to or _vague(item):
            continue
        for word in _source_words(item.attributed_to):
            earlier = first.setdefault((nominal(item), item.unit, item.event, item.place, item.period, word), k)
            if items[earlier].doc.id != item.doc.id:
                uf.union(earlier, k)


def _join_sums_set_against_each_other(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """A sum its report sets against the sum before it ("estimates the final cost at 3.4 billion euros,
    well above the 2.8 billion euros the city has budgeted") is another figure of that sum, in the same
    currency: rivals, where two parties' sums said side by side stay each their own."""
    for k, item in enumerate(items):
        if not item.set_against or k == 0:
            continue
        before = items[k - 1]
        if (before.doc.id == item.doc.id and before.measure == "money" and before.unit == item.unit
                and before.period == item.period and before.place == item.place):
            uf.union(k - 1, k)  # "$4.2 billion in Q3, against $3.9 billion in Q2": two quarters, each its own sum


def _join_rival_estimates_within_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Two estimates of one thing in one report ("The city's forecast of 120,000 passengers a day is
    optimistic. Our central estimate is 85,000 passengers a day"): rival figures of one quantity, the
    same thing counted in the same unit, that a report sets side by side."""
    first: dict[tuple[object, ...], int] = {}
    for k, item in enumerate(items):
        if item.kind == "quantity" and item.estimate and item.noun and not item.part and not _vague(item):
            earlier = first.setdefault((item.doc.id, item.noun, item.unit, item.measure, item.event, item.place, item.period), k)
            uf.union(earlier, k)


def _significant_digits(value: float) -> int:
    return len(f"{value:.6g}".split("e")[0].replace(".", "").strip("0"))


def _specific(value: float) -> bool:
    """A figure of two or more significant digits: 480 million, 61.5 million, not 5 million."""
    if not math.isfinite(value) or value <= 0:
        return False
    return _significant_digits(value) >= 2


def _join_rival_sources_within_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Different figures of one running count, of one period's statistic, or of one matter measured
    that one document credits to different sources ("the group said 35 people died. The ministry
    puts the death toll at 33"; the minister's 120,000 homes built last year, the statistics office's
    96,400; the company's "less than 5 tonnes of ammonia", "the 12 tonnes estimated by engineers") are
    the document setting two figures against each other: one group, in conflict. Figures of the same source, or
    of none, may be some of the victims and are left apart, as are people besides others ("three
    other people had been shot, authorities said")."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        statistic = _statistic_key(item)
        key = _running_key(item) or statistic or _matter_key(item) or _sum_key(item)
        if key is None or item.part or not (item.attributed_to or statistic) or not math.isfinite(nominal(item)) or item.besides:
            continue
        # a statistic in the document's own voice is the document's figure, set against a source's
        sources = blocks[(item.doc.id, key)]
        if not any(_one_credit(item.attributed_to, items[other].attributed_to) for other in sources):
            sources.append(k)
    for firsts in blocks.values():
        if len({nominal(items[k]) for k in firsts}) < 2:
            continue
        for k in firsts[1:]:
            if (_same_period(items[firsts[0]], items[k]) and _one_event_of_a_matter(items[firsts[0]], items[k])
                    and _set_against_a_sum(items[firsts[0]], items[k])):
                uf.union(firsts[0], k)


# verbs that tell a figure rather than what befell the matter: "the 12 tonnes estimated", "the figure moved to 4.5"
_TELLING_VERBS = frozenset(["estimate", "put", "say", "report", "give", "cite", "claim", "state", "calculate", "assess", "be",
                            "move", "revise", "count", "measure", "reach", "total"])


def _one_event_of_a_matter(a: Figure, b: Figure) -> bool:
    """Whether two figures of a matter are of one event: 88,000 gallons leaked and 31,000 recovered
    are two; a figure told with a verb that only tells it ("estimated") is of the other's event."""
    if a.measure not in MEASURED_PROPERTIES:
        return True
    verbs = [(f.predicate or "").split()[:1] for f in (a, b)]
    return any(not v or v[0] in _TELLING_VERBS for v in verbs) or verbs[0] == verbs[1]


def _join_one_time_counts_within_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Different figures of a count or a scale an incident has one value of, in one document
    ("police said 8,000 people joined the march, while organisers put the crowd at 25,000"; "the
    observatory measured the quake at 6.8, while the USGS put it at 7.1"): a crowd has one size and
    a quake one magnitude, so the figures are rivals, one group in conflict. The crowds of two kinds of
    gathering a report tells of (a final's 81,500, the parade's 150,000 the next day) are two."""
    firsts: dict[tuple[object, ...], list[int]] = defaultdict(list)  # per document and key: the first of each gathering
    for k, item in enumerate(items):
        key = _measure_key(item)
        if (key is None or item.measure not in ONE_TIME_COUNTS and item.measure not in SCALES or item.part
                or not math.isfinite(nominal(item))):
            continue
        seen = firsts[(item.doc.id, key)]
        same = next((f for f in seen if None in (items[f].gathering, item.gathering) or items[f].gathering == item.gathering), None)
        if same is None:
            seen.append(k)
        else:
            uf.union(same, k)


def _one_credit(a: str | None, b: str | None) -> bool:
    """Whether two figures are credited alike: to one source, or both to the document's own voice."""
    return a is None and b is None or a is not None and b is not None and _one_source(a, b)


def _source_words(source: str) -> frozenset[str]:
    return frozenset(word for word in SHORT_WORD.findall(source.lower()) if word not in ("the", "and"))


def _one_source(a: str, b: str) -> bool:
    """Whether two credits name one source: words in common ("police" and "a police lieutenant",
    "Prime Minister" and "Prime Minister Vikram Rao"), unless both are names of bodies and neither
    holds the other's words ("Ministry of Health" and "World Health Organization" share a word, not a source)."""
    words_a, words_b = _source_words(a), _source_words(b)
    if not words_a & words_b:
        return False
    return not (_a_name(a) and _a_name(b) and not (words_a <= words_b or words_b <= words_a))


def _a_name(source: str) -> bool:
    """A body's name as a name: each of its words capitalised but its joining words."""
    words = [w for w in source.split() if w.lower() not in _JOINING_WORDS]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


_JOINING_WORDS = frozenset(["of", "for", "and", "the", "on", "de", "du", "des", "la", "le"])


def _join_principal_counts_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Each document's own figure of a running count (the value it states most, the first on a
    tie) joins the other documents' own figures of that count whatever the value: reports of one
    incident that give different tolls are one group, whose verdict then tells whether they agree,
    evolve or conflict. A document's other figures of the count (some of the victims, an earlier
    state) are left to the rules after."""
    stated: dict[tuple[str, tuple[object, ...]], dict[int, list[int]]] = defaultdict(dict)
    for k, item in enumerate(items):
        key = _principal_key(item)
        if key is not None:
            seen = stated[(item.doc.id, key)].setdefault(uf.find(k), [0, k])
            seen[0] += 1
    principal = set()
    for by_root in stated.values():
        # a precise figure before a vague one ("dozens missing" in a headline, "40 missing" below it)
        # and a whole count before one of people besides others ("2 more bodies ... deaths now 11")
        _, (_, first) = max(by_root.items(), key=lambda kv: (kv[1][0], not _vague(items[kv[1][1]]),
                                                             not items[kv[1][1]].added, -kv[1][1]))
        principal.add(items[first].id)
        for _, k in by_root.values():  # the document's vague amount is shown beside its figure, deciding nothing
            if _vague(items[k]) and not _vague(items[first]):
                uf.union(first, k)
    # the documents of a cluster are those whose own figure it holds: a document that sets two
    # tolls against each other ("21 dead, while the governor's office put it at 23") is a conflict
    _join_across_documents(items, uf, settings, lambda item: _principal_key(item) if item.id in principal else None)


def _too_wide_to_anchor(item: Figure) -> bool:
    """A vague amount whose span holds figures five times apart ("dozens", "hundreds"), not a range a
    source states ("between 40 and 45")."""
    return _vague(item) and item.high >= 5 * max(item.low, 1)


def _vague(item: Figure) -> bool:
    """A range or a vague amount ("dozens" reads 12 to 120), not one figure."""
    return isinstance(item.value, tuple)


_PEOPLE_CLASSES = frozenset(["people", "child", "woman", "elderly"])
_SOME_OF_THEM = _PEOPLE_CLASSES - {"people"}
_CUSTODY = frozenset(["arrested"])  # and "detained", the same count (vocabulary.SAME_COUNT)
_PERSON_NOUNS = frozenset(lexicon.words("person_nouns"))


def _people_key(item: Figure) -> tuple[object, ...] | None:
    """The measure key with any count of people read as people: "four children were killed" and
    "four people were killed" state the same figure; only where the figures agree is that safe
    ("five people, three of them children" are not one count)."""
    key = _measure_key(item)
    if key is None or item.measure not in RUNNING_MEASURES or not _counts_people(item.counted):
        return key
    return (key[0], "people", *key[2:])


# counts of people that may be some of another count of people, or another side of a clash, rather
# than the same count in other words: "three children" among "five people", "3 soldiers" beside "120 protesters"
_COUNTED_APART = frozenset(lexicon.words("counted_apart"))


def _principal_key(item: Figure) -> tuple[object, ...] | None:
    """The running key of a document's own figure, with the people it counts read as people unless
    they are a class that is some of them or a side of a clash: one report's "23 miners remain
    unaccounted for" and another's "30 others remain trapped" are the two reports' figures of one
    count; "three children" beside "five people" may be some of them, "3 soldiers" another side."""
    key = _running_key(item)
    return key if key is None or _counted_apart(item.counted, item.measure) else _people_key(item)


def _counted_apart(counted: str | None, measure: str | None) -> bool:
    """Whether people are counted apart from the people another report counts; those taken into
    custody are of one side, so there only some of them (children, women) are apart."""
    last = (counted or "").split()[-1:] or [""]
    if measure in _CUSTODY:
        return last[0] in _SOME_OF_THEM
    return last[0] in _COUNTED_APART or last[0].rstrip("s") in _COUNTED_APART


def _counts_people(counted: str | None) -> bool:
    if not counted or counted == ONE_VICTIM:
        return False
    last = counted.split()[-1]
    return counted in _PEOPLE_CLASSES or last in _PERSON_NOUNS or last.rstrip("s") in _PERSON_NOUNS


def _statistic_key(item: Figure) -> tuple[object, ...] | None:
    """A count no incident measures, by what it counts ("home|built"), or a share by what it is
    of ("change of built"); their periods are checked apart, one that names none fitting any."""
    if item.kind != "quantity":
        return None
    if item.measure == "share" and item.counted:
        return (item.measure, item.counted, item.event, item.place)
    if item.measure is not None or item.unit is not None or not (item.noun and item.predicate):
        return None
    return (item.noun, item.predicate, item.event, item.place)


def _sum_key(item: Figure) -> tuple[object, ...] | None:
    """The key of a sum of money by what it is for, if anything: two sources' sums in one report
    meet only where one is a figure of the other (``_set_against_a_sum``)."""
    if item.kind != "quantity" or item.measure != "money":
        return None
    return (item.measure, item.unit, item.counted, item.event)


def _set_against_a_sum(a: Figure, b: Figure) -> bool:
    """Whether two sums of one report are two figures of one sum: one is called only "the figure"
    of it ("putting the figure at £48,000"); two parties' pledges are each their own sum."""
    return a.measure != "money" or "figure" in (a.noun, b.noun)


def _matter_key(item: Figure) -> tuple[object, ...] | None:
    """The key of a measurement of a named matter ("tonnes of ammonia"), whose sources may differ."""
    return _measure_key(item) if item.measure in MEASURED_PROPERTIES and item.counted else None


def _running_key(item: Figure) -> tuple[object, ...] | None:
    key = _measure_key(item)
    return key if key is not None and item.measure in RUNNING_MEASURES else None


# counts told in any noun, whatever they count: an outage's "212,000 homes and businesses" and "48,500
# customers", a crowd's "10,000 patriots" and "4,500 people", a goal's "target of 4.5 million" and "aims to
# vaccinate 4.5 million children"
_COUNTED_IN_ANY_NOUN = frozenset(["without_power", "attended", "target"])


_RESPONDERS = frozenset(lexicon.words("responders"))


def _responders(counted: str | None) -> bool:
    """Whether a count is of those sent to an incident ("200 firefighters", "40 fire engines"), each
    kind its own count, never one crowd."""
    words = (counted or "").split()
    return bool(words) and (" ".join(words[-2:]) in _RESPONDERS or words[-1] in _RESPONDERS)


_SIDES_ABOARD = frozenset(["passenger", "crew"])


def _measure_key(item: Figure) -> tuple[object, ...] | None:
    if item.kind != "quantity":
        return None
    if item.measure in _COUNTED_IN_ANY_NOUN and item.unit is None and not _responders(item.counted):
        return (item.measure, None, item.part, item.event, item.place)  # customers, homes or businesses: one outage; patriots or people: one crowd
    if (item.measure in RUNNING_MEASURES or item.measure in ONE_TIME_COUNTS) and item.unit is None:
        # those aboard split into passengers and crew ("including 276 guests and 21 crew members"): each
        # side is the count of it that another report gives on its own
        part = item.part and item.counted not in _SIDES_ABOARD
        return (item.measure, item.counted, part, item.event, item.place)
    if item.measure == "money" and item.place:  # one party's sum: "the United States $300 million", then "$350 million"
        return (item.measure, item.unit, item.part, item.event, item.place)
    if (item.measure in MEASURED_PROPERTIES or item.measure in ("share", "money")) and item.counted:
        return (item.measure, item.unit, item.counted, item.part, item.event, item.place)
    if item.measure in SCALES:  # the magnitude of the incident, whatever the sentence calls the quake
        return (item.measure, item.unit, item.part, item.event)
    if item.measure == "age" and item.counted == "attacker":  # the attacker's age, whatever each report calls them
        return (item.measure, item.counted, item.event)
    return None


def _join_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings,
                           key_of: Callable[[Figure], tuple[object, ...] | None], agreeing_only: bool = False,
                           stated_by: Callable[[Figure], tuple[object, ...] | None] | None = None) -> None:
    """Join clusters of the same key in disjoint documents with words in common around them: the
    documents of a cluster are those of its members with a key (``stated_by``, else ``key_of``),
    not of every figure a value or a word joined to it.

    Candidates come from (key, context word) blocks, never from all clusters of a key; the
    documents and names of a cluster are gathered only for clusters that share a key.
    """
    by_key: dict[tuple[object, ...], set[int]] = defaultdict(set)
    keys = [key_of(item) for item in items]
    for k, key in enumerate(keys):
        if key is not None:
            by_key[key].add(uf.find(k))
    candidates = {root for roots in by_key.values() if len(roots) >= 2 for root in roots}
    docs_of: dict[int, set[str]] = defaultdict(set)
    words_of: dict[int, set[str]] = defaultdict(set)
    span_of: dict[int, tuple[float, float]] = {}  # the values every member of a cluster allows
    stated_of: dict[int, set[float]] = defaultdict(set)  # the figures its members state
    periods_of: dict[int, set[str]] = {}  # the months its members name, only for clusters that name one
    gatherings_of: dict[int, set[str]] = {}  # the gatherings its crowds are of, only for clusters that name one
    for k, item in enumerate(items):
        root = uf.find(k)
        if root in candidates and item.period:
            periods_of.setdefault(root, set()).add(item.period)
        if root in candidates and item.gathering:
            gatherings_of.setdefault(root, set()).add(item.gathering)
        if root in candidates:
            low, high = span_of.get(root, (-math.inf, math.inf))
            span_of[root] = (max(low, item.low), min(high, item.high))
            if agreeing_only and keys[k] is not None:
                stated_of[root].add(nominal(item))
        stated = keys[k] if stated_by is None else stated_by(item) if root in candidates else None
        if root in candidates and item.doc.id not in docs_of[root] and stated is not None:
            docs_of[root].add(item.doc.id)
            if len(docs_of[root]) <= 5:
                words_of[root].update(item.doc.names)
    for roots in by_key.values():
        if len(roots) < 2:
            continue
        buckets: dict[str, list[int]] = defaultdict(list)
        for root in sorted(roots):
            for word in sorted(words_of[root]):  # not a set's hash order: it differs between processes
                buckets[word].append(root)
        for bucket in buckets.values():
            if not 2 <= len(bucket) <= settings.max_block:
                continue
            for x, r1 in enumerate(bucket):
                for r2 in bucket[x + 1 :]:
                    a, b = uf.find(r1), uf.find(r2)
                    if (a == b or docs_of[a] & docs_of[b] or _named_apart(periods_of.get(a), periods_of.get(b))
                            or _named_apart(gatherings_of.get(a), gatherings_of.get(b))):
                        continue
                    joint = (max(span_of[a][0], span_of[b][0]), min(span_of[a][1], span_of[b][1]))
                    # agreeing: every member allows a figure, or both state one figure ("14 protesters
                    # arrested" with a report that the arrests rose to 31 "up from 14")
                    if agreeing_only and not (joint[0] <= joint[1] or stated_of[a] & stated_of[b]):
                        continue
                    uf.union(a, b)
                    root = uf.find(a)
                    docs_of[root] = docs_of[a] | docs_of[b]
                    words_of[root] = words_of[a] | words_of[b]
                    if a in periods_of or b in periods_of:
                        periods_of[root] = periods_of.get(a, set()) | periods_of.get(b, set())
                    if a in gatherings_of or b in gatherings_of:
                        gatherings_of[root] = gatherings_of.get(a, set()) | gatherings_of.get(b, set())
                    span_of[root] = joint
                    if agreeing_only:
                        stated_of[root] = stated_of[a] | stated_of[b]


def _join_same_price_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """One price per unit stated in reports that name the same place, body or event ("$2.45 a litre"
    as the maximum pump price, as what motorists pay, or "to $2.18" where the sentence before gave
    the litre): a sum per unit of a thing, of three figures or more, is specific enough to be the
    same price whatever verb or noun the sentence gives it."""
    blocks: dict[tuple[str, float], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        currency = (item.unit or "").split("/")[0]
        if (item.kind == "quantity" and currency in CURRENCY_CODES and not item.part and not item.event
                and item.low == item.high and math.isfinite(nominal(item)) and len(f"{nominal(item):g}".strip("0.")) >= 3):
            blocks[(currency, nominal(item))].append(k)
    _union_in_blocks(blocks.values(), uf, settings, lambda i, j: (
        items[i].doc.id != items[j].doc.id and "/" in (items[i].unit or "") + (items[j].unit or "")
        and (items[i].unit == items[j].unit or "/" not in (items[i].unit or "") or "/" not in (items[j].unit or ""))
        and not set(items[i].doc.names).isdisjoint(items[j].doc.names)
        and not _other_periods_of(items[i], items[j])))


def _other_periods_of(a: Figure, b: Figure) -> bool:
    """Whether two figures name periods and not the same one."""
    return bool(a.period and b.period and a.period != b.period)


def _join_contradicting_dates(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Full dates on the same day of the year, in different years, said about the same thing.
    Dates read against the publication date, or on the day of publication itself, have no
    context (``date_context``) and stay out."""
    by_day: dict[str, list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        value = str(item.value)
        if item.kind == "date" and item.context is not None and len(value) >= 10:
            for part in value.split("/"):
                by_day[part[5:]].append(k)
    for members in by_day.values():
        by_year: dict[str, list[int]] = defaultdict(list)
        for k in members:
            by_year[str(items[k].value)[:4]].append(k)
        if len(by_year) < 2:
            continue
        contexts = {k: items[k].context or frozenset() for k in members}
        years = sorted(by_year)
        for x, year_a in enumerate(years):
            for year_b in years[x + 1 :]:
                for i in by_year[year_a][:settings.max_block]:
                    for j in by_year[year_b][:settings.max_block]:
                        if len(contexts[i] & contexts[j]) >= 2:
                            uf.union(i, j)


def _join_years_to_their_dates(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """An anniversary or "N years ago" joins the largest group of exact dates in the year it implies."""
    dated = [k for k, item in enumerate(items) if item.kind == "date" and len(str(item.value)) >= 10]
    date_roots = {uf.find(k) for k in dated}
    sizes: dict[int, set[str]] = defaultdict(set)  # documents of each group of exact dates
    for k, item in enumerate(items):
        root = uf.find(k)
        if root in date_roots:
            sizes[root].add(item.doc.id)
    best_by_year: dict[str, int] = {}
    for k in dated:
        year, root = str(items[k].value)[:4], uf.find(k)
        current = best_by_year.get(year)
        if current is None or len(sizes[root]) > len(sizes[uf.find(current)]):
            best_by_year[year] = k
    for k, item in enumerate(items):
        value = str(item.value)
        if item.kind == "date" and len(value) == 4 and item.noted and value in best_by_year:
            uf.union(k, best_by_year[value])


def _join_years_said_of_the_same_thing(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Bare years said in the same words ("the dam was built in 1962" / "... in 1958")."""
    contexts = {k: item.context for k, item in enumerate(items)
                if item.kind == "date" and len(str(item.value)) == 4 and item.context is not None}
    _union_in_blocks(_by_context_word(contexts), uf, settings,
                     lambda i, j: items[i].doc.id != items[j].doc.id and len(contexts[i] & contexts[j]) >= 2
                     and _ahead_of_its_report(items[i]) == _ahead_of_its_report(items[j]))


def _ahead_of_its_report(item: Figure) -> bool:
    """A year later than its report's: a plan's, never one with a year the report tells as past."""
    return item.doc.published is not None and str(item.value)[:4] > item.doc.published[:4]


def _join_planned_years(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Years ahead of their report said of one step of a plan ("will open in 2028", "its opening has
    been pushed back to 2029", "cannot open before 2030"): the plan's date as each report gives it,
    whatever the other words around it. A year already past when it was reported ("Line 2 opened in
    1998") is history, not the plan."""
    contexts = {k: frozenset(word for word in item.context if word in PREDICATE_CLASSES) for k, item in enumerate(items)
                if item.kind == "date" and len(str(item.value)) == 4 and item.context and _ahead_of_its_report(item)}
    _union_in_blocks(_by_context_word(contexts), uf, settings, lambda i, j: items[i].doc.id != items[j].doc.id)


def _join_days_said_of_the_same_thing(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """Days a few apart that two reports tell in the same words ("The first case was reported on 3
    January", "Since the first case was reported on 4 January"): one date two ways, a conflict."""
    contexts = {k: item.context for k, item in enumerate(items)
                if item.kind == "date" and len(str(item.value)) == 10 and item.context and item.measure != DAY_OCCURRED}
    _union_in_blocks(_by_context_word(contexts), uf, settings,
                     lambda i, j: items[i].doc.id != items[j].doc.id and items[i].measure == items[j].measure
                     and len(contexts[i] & contexts[j]) >= 3
                     and abs(_day_number(items[i]) - _day_number(items[j])) <= _INCIDENT_DAYS_APART)


def _by_context_word(contexts: dict[int, frozenset[str]]) -> Iterable[list[int]]:
    """The figures (by index, in order) that hold each word of context: the blocks two figures said in
    the same words meet in."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for k, words in contexts.items():
        for word in sorted(words):
            by_word[word].append(k)
    return by_word.values()


def _union_in_blocks(blocks: Iterable[list[int]], uf: UnionFind, settings: GroupingSettings,
                     same: Callable[[int, int], bool]) -> None:
    """Join the pairs of each block (of ``max_block`` members at most) that ``same`` says are one thing."""
    for members in blocks:
        if len(members) > settings.max_block:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if same(i, j):
                    uf.union(i, j)


# the smallest figure that, said of the same thing in two related reports, is the same claim
# whatever the verb ("38 relatives" the group represents, "38 relatives" who want answers)
_TELLING_FIGURE = 10


def _join_same_figure_of_a_thing_across_documents(items: list[Figure], uf: UnionFind, settings: GroupingSettings
                                                  ) -> None:
    """A count of the same thing at the same figure in reports that name the same place, body or
    event, told with other verbs, and of no measure that would join it otherwise: one claim."""
    blocks: dict[tuple[str, str | None, float], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        if (item.kind == "quantity" and item.measure is None and item.noun and not item.part
                and not item.event and not _vague(item) and nominal(item) >= _TELLING_FIGURE):
            blocks[(item.noun, item.unit, nominal(item))].append(k)
    _union_in_blocks(blocks.values(), uf, settings, lambda i, j: items[i].doc.id != items[j].doc.id
                     and not set(items[i].doc.names).isdisjoint(items[j].doc.names))


def _join_same_measurement_of_a_matter(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """The same measurement of the same matter, told with any verb ("about 12 tonnes of ammonia
    escaped", "the 12 tonnes estimated"), of one incident and place: one claim, joined before any
    rule joins other figures of that matter, so that one report's two rival figures each meet the
    reports that agree with them."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        if (item.kind == "quantity" and item.measure in MEASURED_PROPERTIES and item.counted and not item.part
                and not _vague(item) and math.isfinite(nominal(item))):
            blocks[(item.measure, item.counted, nominal(item), item.event, item.place)].append(k)
    _union_in_blocks(blocks.values(), uf, settings, lambda i, j: _compatible_values(items[i], items[j]))


def _join_one_measurement_in_any_unit(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """A length, an area, a volume, a mass or a temperature that no word ties to a thing, or that
    words tie to one thing, written as its sources rounded it in any unit ("a 12-mile (19 km)
    stretch", "along 19 kilometres of the river", "12,500 feet (3,800 metres) below the surface"),
    in reports that name the same place, body or event: one measurement."""
    blocks: dict[tuple[str, str | None, float, str | None], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        if (item.kind == "quantity" and item.measure in _MEASURED_LENGTHS_AND_AMOUNTS
                and not item.part and not item.event and not _vague(item) and nominal(item) > 0):
            blocks[(item.measure, item.unit, _two_figures(nominal(item)), item.counted)].append(k)
    _union_in_blocks(blocks.values(), uf, settings, lambda i, j: (
        abs(nominal(items[i]) - nominal(items[j])) <= 0.04 * max(nominal(items[i]), nominal(items[j]))
        and (items[i].doc.id == items[j].doc.id or not set(items[i].doc.names).isdisjoint(items[j].doc.names))))


_MEASURED_LENGTHS_AND_AMOUNTS = frozenset(["mass", "volume", "area", "length", "temperature"])


def _two_figures(value: float) -> float:
    """A value rounded to its two leading figures: 19,312 and 19,000 metres are both 19,000."""
    return float(f"{value:.2g}")


# how far apart two reports may put the day of one incident: a night's date read two ways, a
# weekday resolved against a late publication
_INCIDENT_DAYS_APART = 3


def _join_days_of_one_incident(items: list[Figure], uf: UnionFind, settings: GroupingSettings) -> None:
    """The day an incident happened as each report first gives it ("collapsed late on Monday",
    "the collapse occurred in the early hours of March 4"), days apart at most, in documents naming
    the same place, body or event: one date, whose verdict tells whether the reports agree. Only
    each document's first such day joins: a later one may be another incident it recalls."""
    first_of: dict[str, int] = {}
    for k, item in enumerate(items):  # in text order within each document
        if item.kind == "date" and item.measure == DAY_OCCURRED and not item.event and len(str(item.value)) == 10:
            first_of.setdefault(item.doc.id, k)
    by_word: dict[str, list[int]] = defaultdict(list)
    for k in first_of.values():
        for word in sorted(items[k].doc.names):
            by_word[word].append(k)
    _union_in_blocks(by_word.values(), uf, settings,
                     lambda i, j: abs(_day_number(items[i]) - _day_number(items[j])) <= _INCIDENT_DAYS_APART)


def _day_number(item: Figure) -> int:
    return date.fromisoformat(str(item.value)).toordinal()


Rule = Callable[[list[Figure], UnionFind, GroupingSettings], None]
# The join rules in the order they run: each adds to the clusters of those before it.
JOIN_RULES: tuple[tuple[str, Rule], ...] = (
    ("a sum and its restatement in another currency", _join_restated_currencies),
    ("same value and key", _join_same_values),
    ("the same measurement of the same matter", _join_same_measurement_of_a_matter),
    ("one measurement in any unit", _join_one_measurement_in_any_unit),
    ("same key across documents", _join_same_keys_across_documents),
    ("one specific figure across documents", _join_same_specific_figure_across_documents),
    ("one source's sum across documents", _join_one_source_s_sum_across_documents),
    ("same measure and figure within a document", _join_same_measure_within_documents),
    ("one sum of money restated in a document", _join_restated_sums_within_documents),
    ("a sum set against the one before it", _join_sums_set_against_each_other),
    ("rival estimates of one thing in a document", _join_rival_estimates_within_documents),
    ("one running count credited to rival sources in a document", _join_rival_sources_within_documents),
    ("a one-time count stated two ways in a document", _join_one_time_counts_within_documents),
    ("each document's own running count across documents", _join_principal_counts_across_documents),
    ("same running count across documents", _join_same_measure_across_documents),
    ("the same figure of the same thing across documents", _join_same_figure_of_a_thing_across_documents),
    ("one price per unit across documents", _join_same_price_across_documents),
    ("contradicting dates", _join_contradicting_dates),
    ("the day of one incident as each report gives it", _join_days_of_one_incident),
    ("years to their dates", _join_years_to_their_dates),
    ("years said of the same thing", _join_years_said_of_the_same_thing),
    ("years ahead said of one step of a plan", _join_planned_years),
    ("days said of the same thing", _join_days_said_of_the_same_thing),
    ("a change and its earlier value", _join_changes),
)
