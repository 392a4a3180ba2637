"""The grouping stage: figures and dates joined by the rules of ``join``, quotes and lists by
``clusters``, then each group made with its verdict and origins, a wave of claims at a time."""

from __future__ import annotations

import math
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial

from claimledger.budget import paused_cycle_collection
from claimledger.grouping.clusters import list_clusters, quote_clusters
from claimledger.grouping.events import by_event, event_of
from claimledger.grouping.items import DocKey, Figure, Item, figure_of, gathering_of, item_of, source_of
from claimledger.grouping.join import join_figures
from claimledger.grouping.origins import Links, Origin, affiliations, origin_groups, reuse_links
from claimledger.grouping.verdicts import Provenance, verdict_of
from claimledger.grouping.waves import waves_of_items
from claimledger.model import WHOLE_YEAR, YEAR_TO_DATE, Claim, Document, Group, OriginMembers, ReusePair, stable_id
from claimledger.settings import GroupingSettings

DEFAULT_GROUPING = GroupingSettings()


def group_claims(documents: Iterable[Document], claims: Iterable[Claim], reuse: Iterable[ReusePair],
                 settings: GroupingSettings = DEFAULT_GROUPING) -> list[Group]:
    """Groups of figure and date claims about the same thing, each with verdict, origins and notes,
    from documents and claims held in memory, in any order."""
    held_documents = sorted(documents, key=lambda d: d.id)
    held_claims = sorted(claims, key=lambda c: (c.doc, c.span.start, c.id))
    return group_ledger(lambda: held_documents, lambda: held_claims, reuse, settings)


GROUPED_KINDS = ("quantity", "date", "quote", "list")


def group_ledger(documents: Callable[[], Iterable[Document]], claims: Callable[[], Iterable[Claim]],
                 reuse: Iterable[ReusePair], settings: GroupingSettings = DEFAULT_GROUPING) -> list[Group]:
    """``group_claims`` over streams a ledger can give twice: documents in id order, claims in
    (document, position, id) order.

    Joining holds a few small fields of each figure and date (``Figure``), not its text. Then
    one more pass over the streams reads the words each verdict quotes, and the groups are made
    a wave of about ``settings.wave_claims`` claims at a time (the waves wait in temporary files), so memory
    holds the small fields of every claim but the words of only one wave.
    """
    with paused_cycle_collection():
        figures, others = _figures_and_others(_by_document(documents(), claims()), settings.events)
        affiliated = affiliations({f.attributed_to for f in figures if f.attributed_to}
                                  | {i.claim.speaker for i in others if i.claim.speaker},
                                  {(i.claim.speaker, i.doc.voice) for i in others if i.claim.speaker and i.doc.voice})
        clusters = _join_within_events(figures, settings)
        checks = array("I", (zlib.crc32(f.id.encode()) for f in figures))
        del figures
        links = reuse_links(reuse)
        quotes = [i for i in others if i.claim.kind == "quote"]
        lists = [i for i in others if i.claim.kind == "list"]
        event = partial(_event_of_item, settings.events)
        groups = [_group(members, links, affiliated, settings.events)
                  for one_event in by_event(quotes, event) for members in quote_clusters(one_event, settings)]
        groups += [_group(members, links, affiliated, settings.events)
                   for one_event in by_event(lists, event) for members in list_clusters(one_event, settings)]
        for members_of_wave in waves_of_items(clusters, checks, _by_document(documents(), claims()), settings.wave_claims):
            groups += [_group(members, links, affiliated, settings.events) for members in members_of_wave]
            del members_of_wave  # before the next wave is read
        return sorted(groups, key=lambda g: g.id)


def _join_within_events(figures: list[Figure], settings: GroupingSettings) -> list[list[int]]:
    """``join_figures`` run on each event's figures apart (``grouping.events``): clusters of
    indices into ``figures``, in order of first member."""
    if not figures or all(f.doc.event == figures[0].doc.event for f in figures):
        return join_figures(figures, settings)
    positions = by_event(range(len(figures)), lambda k: figures[k].doc.event)
    clusters = [[one_event[k] for k in cluster] for one_event in positions
                for cluster in join_figures([figures[k] for k in one_event], settings)]
    return sorted(clusters, key=lambda cluster: cluster[0])


def _event_of_item(layout: str | None, item: Item) -> str:
    return event_of(item.doc.path, item.doc.story, layout)


def _by_document(documents: Iterable[Document], claims: Iterable[Claim]) -> Iterator[tuple[Document, list[Claim]]]:
    """Each document with its claims to group, from two streams in document id order."""
    pending = iter(claims)
    claim = next(pending, None)
    for doc in documents:
        mine = []
        while claim is not None and claim.doc <= doc.id:
            if claim.doc == doc.id and claim.kind in GROUPED_KINDS:
                mine.append(claim)
            claim = next(pending, None)
        if mine:
            yield doc, mine


def _figures_and_others(by_document: Iterable[tuple[Document, list[Claim]]],
                        events: str | None) -> tuple[list[Figure], list[Item]]:
    """The figures and dates to join, as ``Figure``, and the quotes and lists, as full items;
    each document's event read from its path under the ``events`` layout."""
    figures: list[Figure] = []
    others: list[Item] = []
    for doc, claims in by_document:
        source = source_of(doc)
        key = DocKey(doc.id, source.names, doc.published, event_of(doc.path, doc.story, events))
        beside, incidents = _beside_another_place(claims, doc.text)
        for claim in claims:
            item = item_of(claim, source, doc.text)
            if claim.kind not in ("quantity", "date"):
                others.append(item)
            elif not math.isnan(item.low):
                figures.append(figure_of(item, key, claim.id in beside, claim.id in incidents, gathering_of(claim, doc.text)))
    return figures, others


def _beside_another_place(claims: list[Claim], text: str) -> tuple[set[str], set[str]]:
    """The placed counts of a document that its sentence or its table sets beside another place's
    count of the same measure ("1,200 people in Varnia and 340 in Oskel", "| Varnia | 2,310 |"):
    where a report splits an incident by place, not where it names two places in passing; and,
    apart, those of separate incidents a roundup tells place by place."""
    places: dict[tuple[str, str | None], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        if claim.place and claim.kind == "quantity":
            # a table's rows share their total, a sentence its words ("13 died in the state, 9 of them in Millbrook"),
            # a roundup its paragraphs ("In Marlow, three workers were killed ... Hours later in Hesby, three people died")
            for setting in {claim.part_of or claim.evidence, claim.evidence, _ROUNDUP}:
                places[(setting, claim.measure)][claim.place].append(claim.id)
    incidents = {cid for (setting, _), by_place in places.items()
                 if setting == _ROUNDUP and len(by_place) > 1 and _separate_incidents(by_place, claims, text)
                 for ids in by_place.values() for cid in ids}
    beside = {cid for (setting, _), by_place in places.items() if setting != _ROUNDUP and len(by_place) > 1
              for ids in by_place.values() for cid in ids}
    return beside | incidents, incidents


_ROUNDUP = "\x00whole document"
_INCIDENT_COUNTS = frozenset(["killed", "injured", "casualties", "missing", "evacuated", "rescued", "displaced", "homeless"])


def _separate_incidents(by_place: dict[str, list[str]], claims: list[Claim], text: str) -> bool:
    """Whether a document's counts of one measure in two places or more are of separate incidents,
    told each in its own paragraph ("In Marlow, three workers were killed ... \n\nHours later in
    Hesby, three people died"): counts of casualties, none a part of another count (a table's row),
    no place's count the others' together (a region and its towns), and no unplaced count of the
    measure in the document that would be the incident's whole (a roundup's total is another event's)."""
    placed = {cid for ids in by_place.values() for cid in ids}
    mine = [c for c in claims if c.id in placed]
    measure = mine[0].measure
    if measure not in _INCIDENT_COUNTS or any(c.part_of for c in mine):
        return False
    paragraphs = {place: {text.rfind("\n", 0, c.span.start) for c in mine if c.id in ids} for place, ids in by_place.items()}
    if any(a is not b and paragraphs[a] & paragraphs[b] for a in paragraphs for b in paragraphs):
        return False  # two places' counts in one paragraph: one incident told place by place
    figures = {place: [float(c.value) for c in mine if c.id in ids and isinstance(c.value, (int, float))]
               for place, ids in by_place.items()}
    values = {place: max(said) for place, said in figures.items() if said}
    total = sum(values.values())
    largest = max(values.values(), default=0.0)
    if len(values) > 2 and largest >= total - largest:
        return False  # the region whose count is its towns' together
    return len(values) > 1 and not any(
        float(c.value) >= total for c in claims if c.kind == "quantity" and c.measure == measure and not c.place
        and c.id not in placed and not c.event and not c.part_of and isinstance(c.value, (int, float)))


def _later_copies(members: list[Item], links: Links) -> frozenset[str]:
    """The members whose document copies prose of an earlier member's document and states that
    member's figure again."""
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for m in members:
        by_doc[m.doc.id].append(m)
    return frozenset(m.claim.id for m in members for other in links.get(m.doc.id, ()) for o in by_doc.get(other, ())
                     if o.claim.value == m.claim.value and _published(o) < _published(m))


def _published(member: Item) -> str:
    return member.doc.published_at or member.date


def _one_origin_of(found: list[Origin]) -> dict[str, str]:
    """Each document's origin, where it has only one."""
    names: dict[str, set[str]] = defaultdict(set)
    for origin in found:
        for doc in origin.document_ids:
            names[doc].add(origin.name)
    return {doc: next(iter(held)) for doc, held in names.items() if len(held) == 1}


def _group(members: list[Item], links: Links, affiliated: Mapping[str, str], layout: str | None = None) -> Group:
    members = sorted(members, key=lambda m: (m.date, m.doc.id, m.claim.span.start))
    first = members[0].claim
    found = origin_groups(members, links, affiliated)
    verdict, notes = verdict_of(members, Provenance(_later_copies(members, links), _one_origin_of(found)))
    notes = list(dict.fromkeys(notes))
    origins = [o.name for o in found]
    notes += [f"one origin, {o.name}, behind {', '.join(o.documents)}: {'; '.join(o.why)}" for o in found if o.why]
    events = sorted({m.claim.event for m in members if m.claim.event})
    if events:  # a reader must not take these for the documents' own incident
        notes.insert(0, f"about another incident than the documents' own: {'; '.join(repr(e) for e in events)}")
    what = _with_place_and_period(next((m.claim.what for m in members if m.claim.what), None) or _default_what(first),
                                  [m.claim for m in members])
    return Group(
        id=group_id(first),
        kind=first.kind, what=what, claims=tuple(m.claim.id for m in members), verdict=verdict,
        independent_origins=len(origins), origins=tuple(origins), notes=tuple(notes),
        origin_members=tuple(OriginMembers(o.name, o.document_ids, o.why) for o in found),
        event=_event_of_item(layout, members[0]) or None,
    )


def group_id(first: Claim) -> str:
    """A group's id, from its kind and its first published claim: a document published later that
    joins the group, or that makes groups of its own, leaves it as it was, so links to a group hold
    as a ledger grows. (A group that merges or splits leaves its former id to the store's aliases.)"""
    return stable_id("g", first.kind, first.id)


def _with_place_and_period(what: str, claims: list[Claim]) -> str:
    """A group's label with the one place and the one period its figures are of, where they name
    them: Varnia's toll and Oskel's, or two quarters' revenue, read apart at a glance."""
    places = {c.place for c in claims if c.place}
    periods = {c.period for c in claims if c.period}
    if len(places) == 1:
        what = f"{what} in {places.pop()}"
    if len(periods) == 1:
        period = periods.pop()
        said = "full year" if period == WHOLE_YEAR else period.replace(YEAR_TO_DATE, " to date")
        what = f"{what} ({said})"
    return what


def _default_what(claim: Claim) -> str:
    if claim.kind == "quote":
        return f"quote of {claim.speaker or 'an unnamed speaker'}"
    if claim.kind == "date":
        return f"date: {_shortened(claim.evidence)}"
    return _shortened(claim.evidence)


def _shortened(sentence: str, most: int = 80) -> str:
    """A sentence cut to ``most`` characters at a word's end, never inside a word."""
    if len(sentence) <= most:
        return sentence
    cut = sentence[:most + 1].rsplit(" ", 1)[0].rstrip(",;:")
    return (cut if len(cut) > most // 2 else sentence[:most]) + "…"
