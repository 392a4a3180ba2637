"""The verdict of a group (agree, conflict, evolving, single) with notes that say why in plain words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from claimledger.grouping.items import Item, in_common_unit, measured_unit, restated_sum
from claimledger.grouping.measurements import common_unit, rounding_step, same_measurement
from claimledger.grouping.vocabulary import RUNNING_COUNTS, RUNNING_MEASURES
from claimledger.model import Verdict, cited_name, publication_date


def _name_and_date(item: Item) -> tuple[str, str]:
    """The document a claim is in, as a reader would cite it, and its date."""
    return cited_name(item.doc), publication_date(item.doc) or "undated"


def _source(item: Item) -> str:
    name, where = _name_and_date(item)
    return f"{name} ({where})"


def _describe(item: Item) -> str:
    name, where = _name_and_date(item)
    return f'"{item.said}" ({name}, {where})'


Finding = tuple[Verdict, list[str]]


@dataclass(frozen=True, slots=True)
class Provenance:
    """What a group's reuse and origins tell of its members' times: the members that repeat an
    earlier report's figure in its copied words (a wire story run a day later tells when the
    wire said it, not when the figure stood there), and the one origin of each document that
    has one (a body's two figures of one day are its count at two moments, not a dispute)."""

    copies: frozenset[str] = frozenset()
    origin_of: Mapping[str, str] = field(default_factory=dict)


def verdict_of(members: list[Item], provenance: Provenance | None = None) -> Finding:
    """agree, conflict, evolving or single, with notes that say why in plain words.

    Values are intervals; a set of intervals is compatible exactly when the largest low end is
    at most the smallest high end, so the check is linear in the size of the group. Figures and
    dates are judged by the first rule of FIGURE_RULES that decides.
    """
    if len(members) == 1:
        return "single", ["one claim in one document"]
    if members[0].claim.kind == "list":
        return _list_verdict(members)
    if members[0].claim.kind == "quote":
        variants = sorted({m.said for m in members})
        return "agree", [f"the same quote in {len({m.doc.id for m in members})} documents, in {len(variants)} wordings"]
    # "rose from 42 to 57": the 42 is what the figure was before, not a rival of the 57
    superseded = {m.claim.changed_from for m in members if m.claim.changed_from}
    before = [f"{_describe(m)} is the value before the change the same document reports"
              for m in members if m.claim.id in superseded]
    earlier = _of_earlier_periods(members) - superseded
    before += [f"{_describe(m)} is the value of {m.claim.period}, before the latest period's" for m in members if m.claim.id in earlier]
    superseded |= earlier
    figures = _Figures.of(_in_one_currency(_in_one_unit([m for m in members if m.claim.id not in superseded])),
                          _anniversary_contradictions(members), provenance or Provenance())
    for _name, rule in FIGURE_RULES:
        found = rule(figures)
        if found is not None:
            verdict, notes = found
            return verdict, notes + before
    raise AssertionError("the last of FIGURE_RULES always decides")


_A_MONTH_OR_QUARTER = re.compile(r"\d{4}-(?:\d\d|Q[1-4])")


def _of_earlier_periods(members: list[Item]) -> set[str]:
    """The members of a level that moved from month to month ("fell to 3.2% in March from 3.4% in
    February") that are of a month (or a quarter) before the latest one a member names: that level's earlier
    values, as a change's value before is, never rivals of the latest month's."""
    months = {m.claim.period for m in members if m.claim.period and _A_MONTH_OR_QUARTER.fullmatch(m.claim.period)}
    if len(months) < 2 or len({period[5] == "Q" for period in months}) > 1:
        return set()
    latest = max(months)
    return {m.claim.id for m in members if m.claim.period in months and m.claim.period != latest}


@dataclass(frozen=True, slots=True)
class _Figures:
    """What the figure rules read of a group: its members less the values a change superseded,
    their documents, the most incompatible pair, and the dates the same document contradicts."""

    members: list[Item]
    by_doc: dict[str, list[Item]]
    clash: tuple[Item, Item] | None
    contradicted: list[str]
    provenance: Provenance

    @classmethod
    def of(cls, members: list[Item], contradicted: list[str], provenance: Provenance) -> _Figures:
        by_doc: dict[str, list[Item]] = defaultdict(list)
        for m in members:
            by_doc[m.doc.id].append(m)
        return cls(members, by_doc, _incompatible_pair(_precise(members)), contradicted, provenance)


def _one_value_left(f: _Figures) -> Finding | None:
    return ("single", ["one claim in one document"]) if len(f.members) == 1 else None


def _contradicted_in_one_document(f: _Figures) -> Finding | None:
    notes = list(f.contradicted)
    for doc_members in f.by_doc.values():
        clash = _incompatible_pair(_precise(doc_members))  # "hundreds" in a headline never contradicts its body's figure
        if clash:
            notes.append(f"the same document gives {_describe(clash[0])} and {_describe(clash[1])}")
    return ("conflict", notes) if notes else None


def _said_again_in_one_document(f: _Figures) -> Finding | None:
    """One document that gives its figure twice (a headline and its body) is one source, which
    agrees with no one."""
    if len(f.by_doc) != 1 or len({_stated(m) for m in _precise(f.members)}) != 1:
        return None
    return "single", [f"one document states it {len(f.members)} times"]


def _same_figure(f: _Figures) -> Finding | None:
    """The same stated figure, hedged or not: "7,000", "about 7,000", "more than 7,000"."""
    precise = _precise(f.members)
    stated = {_stated(m) for m in precise}
    if f.clash is not None or len(stated) != 1:
        return None
    vague = [m for m in f.members if m not in precise]
    if len(precise) == 1 and vague:  # "dozens missing" beside "at least 50 missing": one figure, nothing agrees with it
        return "single", [f"one claim states a figure; {', '.join(_describe(m) for m in vague)} gives no figure to compare"]
    notes = [f"{len(precise)} claims in {len({m.doc.id for m in precise})} documents state the same figure"]
    if vague:
        notes.append(f"{', '.join(_describe(m) for m in vague)} gives no figure to compare")
    return "agree", notes


def _compatible(f: _Figures) -> Finding | None:
    if f.clash is not None:
        return None
    return "agree", [f"{len(f.members)} claims in {len(f.by_doc)} documents give compatible values"]


def _different_figures(f: _Figures) -> Finding | None:
    """Figures that each allow the other ("at least 30" and "45") but differ, where no running
    count explains them: said the same day, in one document, or of a count that does not run.
    Only dated reports decide it; an undated one fits anywhere in a run, as before."""
    precise = [m for m in f.members if m.claim.approx != "vague"]
    points = [m for m in precise if m.claim.approx != "range"]
    # "between 40 and 60" beside "52": a range that holds every figure the others state states none against them
    precise = [m for m in precise if m.claim.approx != "range" or not points
               or any(not m.low <= _stated(p) <= m.high for p in points)]
    if f.clash is not None or len({_stated(m) for m in precise}) < 2 or not all(m.date for m in precise):
        return None
    if precise[0].claim.kind == "date" and _each_within_the_wider(precise):
        return None  # "1999" and "2 to 4 May 1999": one date, told less or more precisely
    low = min(precise, key=_stated)
    high = max(precise, key=_stated)
    return "conflict", [f"{_describe(low)} and {_describe(high)} state different figures"]


def _each_within_the_wider(members: list[Item]) -> bool:
    """Whether the dates' spans nest, each within every wider one: a year, a month of it, a day of
    the month say one date, where two days, or two spans that only overlap, say two."""
    spans = sorted({(m.low, m.high) for m in members}, key=lambda span: span[0] - span[1])
    return all(wide[0] <= narrow[0] and narrow[1] <= wide[1] for wide, narrow in zip(spans, spans[1:], strict=False))


def _running_count(f: _Figures) -> Finding | None:
    """Figures that move one way in publication order, for a count that runs: a lower bound
    that a later figure exceeds is the count's earlier state, not agreement with it."""
    if not _is_evolving(_precise([m for m in f.members if m.claim.id not in f.provenance.copies]),
                        f.provenance.origin_of):
        return None
    values = " → ".join(f"{m.claim.value} ({m.date or 'undated'})" for m in f.members)
    return "evolving", [f"the figure moves in one direction in publication order: {values}"]


def _incompatible(f: _Figures) -> Finding | None:
    assert f.clash is not None  # _compatible decided otherwise
    return "conflict", [f"{_describe(f.clash[0])} and {_describe(f.clash[1])} are incompatible"]


# The verdict rules of figures and dates, in the order they are tried; the first that decides wins.
FIGURE_RULES: tuple[tuple[str, Callable[[_Figures], Finding | None]], ...] = (
    ("one value left once changes are set aside", _one_value_left),
    ("contradicted within one document", _contradicted_in_one_document),
    ("one document saying its figure again", _said_again_in_one_document),
    ("the same stated figure", _same_figure),
    ("a running count that moves one way", _running_count),
    ("different figures", _different_figures),
    ("compatible values", _compatible),
    ("incompatible values", _incompatible),
)


def _list_verdict(members: list[Item]) -> Finding:
    """Named lists (in publication order): the same members agree; a list that only grows is
    evolving; members named by one source and dropped by a later one are a conflict."""
    sets = [set(m.claim.members) for m in members]
    if all(s == sets[0] for s in sets):
        return "agree", [f"{len(members)} documents name the same {len(sets[0])} members"]
    notes = []
    for earlier, later, a, b in zip(members, members[1:], sets, sets[1:], strict=False):
        dropped, added = sorted(a - b), sorted(b - a)
        if dropped:
            notes.append(f"{_source(earlier)} names {', '.join(dropped)}, which {_source(later)} does not")
        if added:
            notes.append(f"{_source(later)} adds {', '.join(added)}")
    grows = all(a <= b for a, b in zip(sets, sets[1:], strict=False)) and all(m.date for m in members)
    return ("evolving" if grows else "conflict"), notes


def _incompatible_pair(members: list[Item]) -> tuple[Item, Item] | None:
    highest_low = max(members, key=lambda m: m.low)
    lowest_high = min(members, key=lambda m: m.high)
    if highest_low.low <= lowest_high.high:
        return None
    return tuple(sorted((lowest_high, highest_low), key=lambda m: (m.date, m.claim.span.start)))  # type: ignore[return-value]


def _anniversary_contradictions(members: list[Item]) -> list[str]:
    """A full date that the same document's own anniversary or "years ago" contradicts."""
    notes = []
    implied = [m for m in members if m.claim.kind == "date" and m.claim.notes and len(str(m.claim.value)) == 4]
    for year_claim in implied:
        for m in members:
            value = str(m.claim.value)
            if (m.doc.id == year_claim.doc.id and len(value) >= 10 and not m.claim.notes
                    and value[:4] != str(year_claim.claim.value)):
                notes.append(f"{_describe(m)} is contradicted in the same document by {_describe(year_claim)}: "
                             f"{year_claim.claim.notes[0]}")
    return notes


def _stated(item: Item) -> float:
    """The figure a claim states, whatever its hedge, in the common unit of its measurement: 7,000
    for "more than 7,000"."""
    if item.stated is not None:
        return item.stated
    value = item.claim.value
    if isinstance(value, tuple):
        return in_common_unit(item.claim, float(value[0]))
    return in_common_unit(item.claim, float(value)) if isinstance(value, (int, float)) else item.low


def _in_one_unit(members: list[Item]) -> list[Item]:
    """A group whose figures are written in several units ("88,000 gallons", "330,000 litres"):
    each figure that another unit's figure states as rounded takes that figure, the coarser of
    the two, so the same measurement is read as the same figure and not as a rival one."""
    units = {m.claim.unit for m in members if m.claim.kind == "quantity"}
    # a share is often given rounded ("61%" and "61.3%"), and so is a count or a sum in millions ("1.2 million",
    # "1,184,300"; "$175 billion", "$175.4 billion")
    if len(units) < 2 and units != {"percent"} and not (_counts_or_one_currency(members, units) and any(_scaled(m) for m in members)):
        return members
    by_coarseness = sorted(members, key=lambda m: -_step(m))
    snapped: dict[int, Item] = {}  # coarsest first, so a reference has taken its own reference's figure already
    for k, m in enumerate(by_coarseness):
        reference = next((r for r in by_coarseness[:k] if (r.claim.unit != m.claim.unit or _decimals(r) < _decimals(m)
                                                            or _scaled(r) and not _scaled(m)) and _rounds_to(m, r)), None)
        if reference is not None:
            stated = _stated(snapped.get(id(reference), reference))
            shift = stated - _stated(m)
            m = replace(m, stated=stated, low=m.low + shift, high=m.high + shift)
        snapped[id(by_coarseness[k])] = m
    return [snapped[id(m)] for m in members]


def _counts_or_one_currency(members: list[Item], units: set[str | None]) -> bool:
    """Whether a group's figures are counts, or sums all in one currency."""
    return units == {None} or len(units) == 1 and all(m.claim.measure == "money" for m in members if m.claim.kind == "quantity")


def _in_one_currency(members: list[Item]) -> list[Item]:
    """A group of sums in two currencies that one of its reports ties together ("$50 million (€46
    million)"): each sum in the other currency is read at the rate that report gives, in the
    currency most members use, and a figure it rounds to there is that figure; with no such report
    the ledger holds no rate, and the sums are compared only in their own currency."""
    money = [m for m in members if m.claim.kind == "quantity" and m.claim.measure == "money" and m.claim.unit]
    units = Counter(m.claim.unit for m in money)
    if len(units) < 2:
        return members
    base = units.most_common(1)[0][0]
    by_id = {m.claim.id: m for m in money}
    rate: dict[str, float] = {}  # units of the base currency in one unit of another
    for m in money:
        restated = by_id.get(restated_sum(m.claim) or "")
        if restated is None or not (isinstance(m.claim.value, (int, float)) and isinstance(restated.claim.value, (int, float))):
            continue
        if m.claim.unit == base and restated.claim.unit != base and restated.claim.value:
            rate.setdefault(str(restated.claim.unit), float(m.claim.value) / float(restated.claim.value))
        elif restated.claim.unit == base and m.claim.unit != base and m.claim.value:
            rate.setdefault(str(m.claim.unit), float(restated.claim.value) / float(m.claim.value))
    based = [_stated(m) for m in money if m.claim.unit == base]
    in_money = {m.claim.id for m in money}
    out = []
    for m in members:
        if m.claim.id in in_money and m.claim.unit != base and str(m.claim.unit) in rate:
            converted = _stated(m) * rate[str(m.claim.unit)]
            near = [b for b in based if abs(b - converted) <= 0.05 * max(abs(b), abs(converted))]
            stated = near[0] if near else converted  # "$50 million" is the "€46 million" its report says it is
            shift = stated - _stated(m)
            m = replace(m, stated=stated, low=m.low + shift, high=m.high + shift)
        out.append(m)
    return out


def _decimals(item: Item) -> int:
    """The decimal places a share is written with: "61%" none, "61.3%" and "46.0%" one."""
    written = re.search(r"\d+(?:\.\d+)?", item.said)
    return len(written.group().partition(".")[2]) if written else 0


def _step(item: Item) -> float:
    """The step its source rounded a figure to, in the common unit: "330,000 litres" 10,000 litres."""
    value = item.claim.value
    written = float(value[0] if isinstance(value, tuple) else value) if isinstance(value, (int, float, tuple)) else 0.0
    return rounding_step(written) * common_unit(measured_unit(item.claim))[1]


# a round figure said to be a little above the measurement it rounds: "nearly 4 km", "almost 2,500"
_JUST_UNDER = re.compile(r"\s*(?:nearly|almost|just\s+under|close\s+to|approaching)\b", re.I)


def _rounds_to(item: Item, reference: Item) -> bool:
    a, b = item.claim.value, reference.claim.value
    if not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return False
    if _JUST_UNDER.match(reference.said):  # "nearly 4 km" for 3,800 metres: a round figure just above it
        shortfall = in_common_unit(reference.claim, float(b)) - in_common_unit(item.claim, float(a))
        return 0 <= shortfall <= _step(reference) / 2
    if item.claim.unit == reference.claim.unit and (item.claim.unit is None or item.claim.measure == reference.claim.measure == "money"):
        # a count to a count said in millions, rounded as said; a sum to a sum in billions of its currency that a
        # report gives after it ("$175.4 billion", then "$175 billion"), never one given before a finer sum, which
        # may have moved since ("$1.2 billion" pledged, then "$1.25 billion")
        if item.claim.unit is not None and item.date > reference.date:
            return False
        return _scaled(reference) and abs(a - b) <= rounding_step(b) / 2 and abs(a - b) <= 0.04 * max(abs(a), abs(b))
    return same_measurement(a, measured_unit(item.claim), b, measured_unit(reference.claim))


_SCALE = re.compile(r"\d\s*(?:million|billion|trillion|thousand|mln|bn|m)\b", re.I)


def _scaled(item: Item) -> bool:
    """Whether a count is written with a scale word ("1.2 million") or hedged as a round figure in
    the thousands ("nearly 2,500"), and so rounded to it."""
    value = item.claim.value
    return item.claim.kind == "quantity" and (bool(_SCALE.search(item.said)) or (
        item.claim.approx in ("about", "at_most") and isinstance(value, int) and value >= 1000 and value % 100 == 0))


def _precise(members: list[Item]) -> list[Item]:
    """The members that state a figure: a vague amount ("dozens") neither agrees nor conflicts
    with a precise one on its own; it is shown in the timeline."""
    precise = [m for m in members if m.claim.approx != "vague"]
    return precise or members


# a figure its report gives as not yet final: "preliminary results", "with 62% of ballots counted"
_PROVISIONAL = re.compile(r"\b(?:preliminary|provisional|partial|early|incomplete)\s+(?:results?|count|returns|figures?|tally)\b"
                          r"|\bwith\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)\s+"
                          r"of\s+(?:the\s+)?(?:ballots|votes|precincts|polling\s+stations)\s+(?:counted|reporting|in)\b", re.I)


# a figure its report gives as a tally still running: "41 adverse events have been reported so far"
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now)\b", re.I)


def _tally_so_far(member: Item) -> bool:
    """Whether a figure is said as the tally so far, which later reports carry on."""
    return bool(_SO_FAR.search(member.claim.evidence))


def _provisional(member: Item) -> bool:
    """Whether the first report of a figure says it is not final, so the later figure is what it
    became: the share of a count in progress, not a rival of the final one."""
    return bool(_PROVISIONAL.search(member.claim.evidence))


def _is_evolving(members: list[Item], origin_of: Mapping[str, str]) -> bool:
    """Values that move one way as publication dates advance, for a count that can change. An
    undated report fits anywhere in such a run, so only the dated ones, two at least, decide."""
    dated = [m for m in members if m.date]
    if not members or members[0].claim.kind != "quantity" or len({m.doc.id for m in dated}) < 2:
        return False
    members = dated
    first_day = min(m.date[:10] for m in members)
    if not any(_runs_by_its_verb(m) and (m.predicate != "changed" or m.date[:10] > first_day)
               or m.claim.measure in RUNNING_MEASURES or m.claim.changed_from
               or _tally_so_far(m) for m in members) and not _provisional(min(members, key=lambda m: m.date)):
        # a figure runs where its measure does, a later report says it changed (a change said first tells
        # nothing of the figures after it), it is the tally so far, or it was not final
        return False
    # "104 people were injured, up from the 30 it had reported": the 30 is the count before, not a rival
    # figure of the day; it stands in the run where its first report put it
    bases = {m.claim.changed_from for m in members if m.claim.changed_from}
    later = [m for m in members if m.claim.id not in bases]
    if len({m.doc.id for m in later}) >= 2:
        members = later
    if _each_origin_holds_its_figure(members, origin_of):
        return False
    may_fall = _may_fall(members)
    for rising in (True, False):
        series = _values_in_order(members, origin_of, rising)
        if series is not None and _moves_one_way(_bounds_already_passed(series, rising), None if may_fall else True):
            return True
    return False


# verbs that run a count of people or things, never a measurement: prisoners captured run, a cargo seized does not
_COUNTS_ONLY = frozenset(["captured", "recaptured", "expelled", "adopted", "crossed"])


def _runs_by_its_verb(member: Item) -> bool:
    """Whether a figure's verb is one of a count that runs ("captured", "spread", "destroyed"); "1.2
    tonnes of cocaine seized" is a cargo's weight, which does not."""
    return member.predicate in RUNNING_COUNTS and not (member.claim.unit and member.predicate in _COUNTS_ONLY)


def _may_fall(members: list[Item]) -> bool:
    """Whether a run may go down: a sum raised, pledged or funded only grows, so a smaller sum in a
    later report that says of no change ("The $21 million campaign", then "costing an estimated $18
    million") is a rival figure, not the run's next state."""
    return not all(m.claim.measure == "money" for m in members) or any(
        m.claim.changed_from or m.predicate == "changed" for m in members)


_LOWER_BOUNDS = frozenset(["at_least", "more_than"])
_UPPER_BOUNDS = frozenset(["at_most", "less_than"])


def _bounds_already_passed(series: list[tuple[float, str]], rising: bool) -> list[float]:
    """The figures of a run, where a later bound the run has already passed ("more than 100" after
    103 in a rising count) says nothing new and stands at the run's figure so far."""
    out: list[float] = []
    for value, approx in series:
        passed = out and (approx in _LOWER_BOUNDS and rising and value <= max(out)
                          or approx in _UPPER_BOUNDS and not rising and value >= min(out))
        out.append((max(out) if rising else min(out)) if passed else value)
    return out


def _each_origin_holds_its_figure(members: list[Item], origin_of: Mapping[str, str]) -> bool:
    """Whether two origins or more each keep one figure all along, each said on two days at least,
    and differ: the government's 12 said on two days and a rights group's 30 said on two are rival
    figures, not a count that rose (one report from each source tells no such thing)."""
    if not all(m.doc.id in origin_of for m in members):
        return False
    figures: dict[str, set[float]] = defaultdict(set)
    days: dict[str, set[str]] = defaultdict(set)
    for m in members:
        figures[origin_of[m.doc.id]].add(_stated(m))
        days[origin_of[m.doc.id]].add(m.date[:10])
    return (len(figures) >= 2 and all(len(held) == 1 and len(days[origin]) >= 2 for origin, held in figures.items())
            and len(set().union(*figures.values())) >= 2)


def _moves_one_way(series: list[float], upward: bool | None = None) -> bool:
    """Whether the figures never turn back: up or down, or only the way ``upward`` says."""
    steps = [b - a for a, b in zip(series, series[1:], strict=False)]
    return all(s >= 0 for s in steps) and upward is not False or all(s <= 0 for s in steps) and upward is not True


def _values_in_order(members: list[Item], origin_of: Mapping[str, str], rising: bool) -> list[tuple[float, str]] | None:
    """The figures in order of publication, one a day; two figures of one day are ordered by the
    moments their reports give (a wire's 08:00 toll, then its 20:15 update). Without them, one
    origin's figures of a day are its count at moments of that day, taken in the course
    (``rising`` or not) that other days set; different origins' are no order at all (None)."""
    by_day: dict[str, list[Item]] = defaultdict(list)
    for m in members:
        by_day[m.date[:10]].append(m)
    series: list[tuple[float, str]] = []
    for day in sorted(by_day):
        of_day = by_day[day]
        if len({_stated(m) for m in of_day}) == 1:
            series.append((_stated(of_day[0]), _one_hedge(of_day)))
            continue
        if not all(_moment(m) for m in of_day):
            origins = {origin_of.get(m.doc.id) for m in of_day}
            if len(by_day) < 2 or len(origins) != 1 or None in origins:
                return None  # the day's figures are not all of one origin
            series.extend((v, "exact") for v in sorted({_stated(m) for m in of_day}, reverse=not rising))
            continue
        by_moment: dict[str, list[Item]] = defaultdict(list)
        for m in of_day:
            by_moment[_moment(m) or ""].append(m)
        if any(len({_stated(m) for m in v}) > 1 for v in by_moment.values()):
            return None
        series.extend((_stated(by_moment[t][0]), _one_hedge(by_moment[t])) for t in sorted(by_moment))
    return series


# the moment a figure was true, where its sentence gives it: "As of 14:00, 11 people have died"
_AS_OF_A_TIME = re.compile(r"\bas\s+of\s+(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)\b", re.I)


def _moment(member: Item) -> str | None:
    """When a figure was said: its report's moment of publication, else the day's time its own
    sentence gives ("as of 14:00"), so two reports of one day fall in order."""
    if member.doc.published_at:
        return member.doc.published_at
    said = _AS_OF_A_TIME.search(member.claim.evidence)
    return f"{member.date[:10]}T{int(said['hour']):02d}:{said['minute']}" if said and member.date else None


def _one_hedge(said: list[Item]) -> str:
    """The hedge that members saying one figure share, "exact" where they differ."""
    hedges = {m.claim.approx for m in said}
    return hedges.pop() if len(hedges) == 1 else "exact"
