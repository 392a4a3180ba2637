"""Grouping claims about the same thing across documents, with a verdict and the number of
independent origins behind each group.

Candidate pairs come from blocking keys — the value, the normalised "what", the day of a
date — never from all pairs; union-find joins them. Two clusters that share a key but give
different values join only when no document contributes to both: a document that states
two values for one key ("25 children lost both parents, and 130 children lost one") is
describing two things, not contradicting itself.
"""

from __future__ import annotations

import math
import pickle
import re
import sys
import tempfile
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, TypeVar

from .budget import paused_cycle_collection
from .model import Claim, Document, Group, ReusePair, Value, Verdict, stable_id

# Words that mean the same event or the same counted thing, for grouping only.
PREDICATE_CLASSES: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "slay", "slain", "die", "dead", "murder", "massacre", "lose life", "execute", "perish", "death"),
    "injured": ("injure", "wound", "hurt", "injury"),
    "captured": ("take hostage", "hostage", "abduct", "capture", "kidnap", "seize", "detain", "hold hostage"),
    "expelled": ("expel", "eject", "force out", "deport", "displace", "drive out", "uproot"),
    "missing": ("miss", "missing", "unclear", "unknown", "whereabout", "fate"),
    "lived": ("live", "inhabit", "reside", "populate", "home"),
    "adopted": ("adopt", "pass", "recognize", "recognise", "approve", "condemn"),
    "destroyed": ("destroy", "wipe out", "raze"),
    "evacuated": ("evacuate", "rescue", "relocate"),
}
NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "people": ("people", "person", "individual", "civilian", "resident", "inhabitant", "citizen", "azerbaijani",
               "victim", "dweller", "villager", "townspeople"),
    "child": ("child", "kid", "minor", "children", "boy", "girl"),
    "woman": ("woman", "women"),
    "elderly": ("elderly", "old person", "old people", "pensioner", "elderly people", "aged"),
    "family": ("family", "household"),
    "country": ("country", "nation", "parliament", "legislative body"),
    "state": ("state",),
}
# Running counts that legitimately change between reports; other figures do not evolve.
RUNNING_COUNTS = frozenset({"killed", "injured", "captured", "missing", "expelled", "adopted", "evacuated"})
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_SHORT_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_FUNCTION_WORDS = frozenset(["the", "and", "was", "were", "are", "for", "but", "not", "had", "has", "its", "his", "her", "our", "who", "why", "how", "all", "any"])
_CONTEXT_STOP = frozenset(["that", "this", "with", "from", "were", "have", "been", "which", "their", "there", "about", "more", "than", "also", "said"])


_EMPTY_PREDICATES = frozenset({"be", "have", "include", "say", "stand", "remain", "reach", "number", "total"})


@lru_cache(maxsize=65536)
def _class_name(text: str | None, vocabulary: str) -> str | None:
    """The class of a noun or predicate phrase ("town residents" -> "people"), memoised."""
    return _class_of(text, NOUN_CLASSES if vocabulary == "noun" else PREDICATE_CLASSES)


def _class_of(text: str | None, classes: dict[str, tuple[str, ...]]) -> str | None:
    if not text or text.strip() in _EMPTY_PREDICATES:
        return None
    text = text.lower().strip()
    for name, words in classes.items():
        for word in words:
            if text == word or text.endswith(" " + word) or text.startswith(word + " ") or text == word + "s":
                return name
    last = text.split()[-1]
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


@dataclass(frozen=True, slots=True)
class _Source:
    """What grouping needs of a document once its text is gone: how to cite it, and its names."""

    id: str
    path: str
    outlet: str | None
    title: str | None
    published: str | None
    published_inferred: str | None
    voice: str | None
    names: tuple[str, ...]  # interned: documents about one event name the same few names


def _source_of(doc: Document, with_names: bool = True) -> _Source:
    names = tuple(sys.intern(name) for name in sorted(_proper_names(doc.text))) if with_names else ()
    return _Source(doc.id, doc.path, doc.outlet, doc.title, doc.published, doc.published_inferred, doc.voice, names)


CONTEXT_BEFORE, CONTEXT_AFTER = 60, 20  # characters of text kept around each claim


@dataclass(frozen=True, slots=True)
class _Item:
    claim: Claim
    doc: _Source
    said: str  # the claim's own words
    before: str  # the text just before and after it
    after: str
    noun: str | None
    predicate: str | None
    low: float
    high: float
    part: bool

    @property
    def date(self) -> str:
        return self.doc.published or self.doc.published_inferred or ""


@dataclass(frozen=True, slots=True)
class _DocKey:
    """What joining needs of a document: its id, names and publication day."""

    id: str
    names: tuple[str, ...]
    published: str | None


@dataclass(frozen=True, slots=True)
class _Figure:
    """What joining needs of a figure or date claim: a few small fields and no text, so the
    claims of a large ledger fit in memory while they are joined; the words a verdict quotes
    are read again, a wave of groups at a time (``group_ledger``)."""

    id: str
    doc: _DocKey
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


def _interval(claim: Claim) -> tuple[float, float]:
    value = claim.value
    if claim.kind == "date":
        return _date_interval(str(value))
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


def _date_interval(value: str) -> tuple[float, float]:
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


def _item(claim: Claim, doc: _Source, text: str) -> _Item:
    said, before, after = _words_around(claim, text)
    if claim.kind in ("quote", "list"):  # grouped by their words or members, not by a value
        return _Item(claim, doc, said, before, after, None, None, math.nan, math.nan, False)
    noun = predicate = None
    if claim.what_key:
        noun_text, _, verb_text = claim.what_key.partition("|")
        noun = _class_name(noun_text, "noun")
        predicate = _class_name(verb_text, "predicate")
    low, high = _interval(claim)
    if noun is None and claim.unit:
        noun = claim.unit  # "14 million cubic metres held": the unit says what is measured
    return _Item(claim, doc, said, before, after, noun, predicate, low, high, claim.part_of is not None)


def _figure(item: _Item, doc: _DocKey) -> _Figure:
    claim = item.claim
    return _Figure(claim.id, doc, claim.kind, claim.unit, claim.value, bool(claim.notes), item.noun, item.predicate,
                   item.low, item.high, item.part, _date_context(item), claim.changed_from)


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")


def _date_context(item: _Item) -> frozenset[str] | None:
    """The words that join dates said of the same thing: of the sentence for a full date, of
    the few words around it for a bare year; None for a date read against the publication
    date or within a week of it, which is "today", not history."""
    claim = item.claim
    if claim.kind != "date" or claim.notes:
        return None
    value = str(claim.value)
    if len(value) == 4:
        words = _local_context(item, 30)
    elif _FULL_DATE.fullmatch(value) and not _near_publication(item):
        words = _context(item)
    else:
        return None
    return frozenset(sys.intern(word) for word in words)


def _words_around(claim: Claim, text: str) -> tuple[str, str, str]:
    start, end = claim.span.start, claim.span.end
    return text[start:end], text[max(0, start - CONTEXT_BEFORE) : start], text[end : end + CONTEXT_AFTER]


def _nominal(item: _Figure) -> float:
    """The number the text states (the low end of a range), which blocking keys on."""
    value = item.value
    if isinstance(value, tuple):
        return float(value[0])
    if isinstance(value, (int, float)):
        return float(value)
    return item.low


def _compatible_values(a: _Figure, b: _Figure) -> bool:
    return not (math.isnan(a.low) or math.isnan(b.low)) and a.low <= b.high and b.low <= a.high


def _compatible_keys(a: _Figure, b: _Figure) -> bool:
    if a.unit != b.unit or (a.part != b.part and a.noun and b.noun):
        return False
    nouns_ok = a.noun is None or b.noun is None or a.noun == b.noun
    predicates_ok = a.predicate is None or b.predicate is None or a.predicate == b.predicate
    return nouns_ok and predicates_ok


def _context(item: _Item) -> set[str]:
    return {w.lower() for w in _WORD.findall(item.claim.evidence)} - _CONTEXT_STOP


def _local_context(item: _Item, reach: int = CONTEXT_BEFORE) -> set[str]:
    """Content words just before and after the claim: "the dam was built in [1962]"."""
    around = item.before[len(item.before) - reach :] + " " + item.after[: reach // 3]
    return {w.lower() for w in _SHORT_WORD.findall(around)} - _CONTEXT_STOP - _FUNCTION_WORDS


T = TypeVar("T")


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def clusters(self, items: list[T]) -> list[list[T]]:
        """``items`` (indexed as the union-find is) gathered by their set, in order of first member."""
        by_root: dict[int, list[T]] = defaultdict(list)
        for k, item in enumerate(items):
            by_root[self.find(k)].append(item)
        return list(by_root.values())


def group_claims(documents: Iterable[Document], claims: Iterable[Claim], reuse: Iterable[ReusePair]) -> list[Group]:
    """Groups of figure and date claims about the same thing, each with verdict, origins and notes,
    from documents and claims held in memory, in any order."""
    held_documents = sorted(documents, key=lambda d: d.id)
    held_claims = sorted(claims, key=lambda c: (c.doc, c.span.start, c.id))
    return group_ledger(lambda: held_documents, lambda: held_claims, reuse)


GROUPED_KINDS = ("quantity", "date", "quote", "list")
WAVE_CLAIMS = 50_000  # claims whose full items are held at once while their groups are made


def group_ledger(documents: Callable[[], Iterable[Document]], claims: Callable[[], Iterable[Claim]],
                 reuse: Iterable[ReusePair], wave: int = WAVE_CLAIMS) -> list[Group]:
    """``group_claims`` over streams a ledger can give twice: documents in id order, claims in
    (document, position, id) order.

    Joining holds a few small fields of each figure and date (``_Figure``), not its text. Then
    one more pass over the streams reads the words each verdict quotes, and the groups are made
    a wave of about ``wave`` claims at a time (the waves wait in temporary files), so memory
    holds the small fields of every claim but the words of only one wave.
    """
    with paused_cycle_collection():
        figures, others = _figures_and_others(_by_document(documents(), claims()))
        clusters = _join(figures)
        checks = array("I", (zlib.crc32(f.id.encode()) for f in figures))
        del figures
        links = _reuse_links(reuse)
        quotes = [i for i in others if i.claim.kind == "quote"]
        lists = [i for i in others if i.claim.kind == "list"]
        groups = [_group(members, links) for members in _quote_clusters(quotes) + _list_clusters(lists)]
        for members_of_wave in _waves_of_items(clusters, checks, _by_document(documents(), claims()), wave):
            groups += [_group(members, links) for members in members_of_wave]
            del members_of_wave  # before the next wave is read
        return sorted(groups, key=lambda g: g.id)


def _join(figures: list[_Figure]) -> list[list[int]]:
    """Figures (by index) about the same thing, in order of first member."""
    uf = _UnionFind(len(figures))
    _join_same_values(figures, uf)
    _join_same_keys_across_documents(figures, uf)
    _join_contradicting_dates(figures, uf)
    _join_years_to_their_dates(figures, uf)
    _join_years_said_of_the_same_thing(figures, uf)
    _join_changes(figures, uf)
    return uf.clusters(list(range(len(figures))))


def _join_changes(items: list[_Figure], uf: _UnionFind) -> None:
    """A figure joins the value it changed from ("rose from 42 to 57"): the two are the same
    thing at two times, so a running count reads 42 -> 57 -> 61 across the documents."""
    earlier = {item.changed_from for item in items if item.changed_from}
    index = {item.id: k for k, item in enumerate(items) if item.id in earlier}
    for k, item in enumerate(items):
        if item.changed_from in index:
            uf.union(index[item.changed_from], k)


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


def _figures_and_others(by_document: Iterable[tuple[Document, list[Claim]]]) -> tuple[list[_Figure], list[_Item]]:
    """The figures and dates to join, as ``_Figure``, and the quotes and lists, as full items."""
    figures: list[_Figure] = []
    others: list[_Item] = []
    for doc, claims in by_document:
        source = _source_of(doc)
        key = _DocKey(doc.id, source.names, doc.published)
        for claim in claims:
            item = _item(claim, source, doc.text)
            if claim.kind not in ("quantity", "date"):
                others.append(item)
            elif not math.isnan(item.low):
                figures.append(_figure(item, key))
    return figures, others


def _waves_of_items(clusters: list[list[int]], checks: array[int],
                    by_document: Iterable[tuple[Document, list[Claim]]], size: int) -> Iterator[list[list[_Item]]]:
    """The full items of every cluster, read again from the streams, a wave of about ``size``
    claims at a time: waves after the first wait in temporary files (pickled items)."""
    wave_of = array("i", [0]) * len(clusters)
    cluster_of = array("i", [0]) * len(checks)
    held = waves = 0
    for c, cluster in enumerate(clusters):
        if held and held + len(cluster) > size:
            waves, held = waves + 1, 0
        wave_of[c] = waves
        held += len(cluster)
        for k in cluster:
            cluster_of[k] = c
    with ExitStack() as stack:
        spills = [stack.enter_context(tempfile.TemporaryFile()) for _ in range(waves)]  # waves 1, 2, ...
        first: dict[int, list[_Item]] = defaultdict(list)
        k = 0
        for doc, claims in by_document:
            source = _source_of(doc, with_names=False)
            for claim in claims:
                if claim.kind not in ("quantity", "date"):
                    continue
                item = _item(claim, source, doc.text)
                if math.isnan(item.low):
                    continue
                if k >= len(checks) or checks[k] != zlib.crc32(claim.id.encode()):
                    raise RuntimeError("the ledger's claims changed while they were grouped")
                c = cluster_of[k]
                if wave_of[c] == 0:
                    first[c].append(item)
                else:
                    pickle.dump((c, item), spills[wave_of[c] - 1], protocol=pickle.HIGHEST_PROTOCOL)
                k += 1
        if k != len(checks):
            raise RuntimeError("the ledger's claims changed while they were grouped")
        yield list(first.values())
        first.clear()
        for spill in spills:
            yield _read_wave(spill)


def _read_wave(spill: IO[bytes]) -> list[list[_Item]]:
    members: dict[int, list[_Item]] = defaultdict(list)
    spill.seek(0)
    while True:
        try:
            c, item = pickle.load(spill)
        except EOFError:
            return list(members.values())
        members[c].append(item)


Links = dict[str, set[str]]


def normalise_quote(text: str) -> str:
    """Quote text for comparison: case, brackets, ellipses, punctuation and spacing set aside."""
    text = text.casefold().replace("…", " ").replace("...", " ")
    text = re.sub(r"[\[\]]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _quote_clusters(quotes: list[_Item]) -> list[list[_Item]]:
    """The same quote in several documents, with its variants: spelling, brackets, ellipses, case."""
    from rapidfuzz import fuzz

    texts = [normalise_quote(q.said) for q in quotes]
    index: dict[str, set[int]] = defaultdict(set)
    for k, text in enumerate(texts):
        words = text.split()
        for j in range(0, max(1, len(words) - 3)):
            index[" ".join(words[j : j + 4])].add(k)
    uf = _UnionFind(len(quotes))
    for members in index.values():
        if len(members) > MAX_BLOCK:
            continue
        ordered = sorted(members)
        for x, i in enumerate(ordered):
            for j in ordered[x + 1 :]:
                if uf.find(i) == uf.find(j):
                    continue
                a, b = texts[i], texts[j]
                shorter, longer = sorted((len(a), len(b)))
                if fuzz.ratio(a, b) >= 85 or (fuzz.partial_ratio(a, b) >= 90 and shorter >= 0.5 * longer):
                    uf.union(i, j)
    return uf.clusters(quotes)


LIST_OVERLAP = 0.5  # named lists of one kind sharing this share of their members name the same set


def _list_clusters(lists: list[_Item]) -> list[list[_Item]]:
    """Named lists of the same kind of member ("countries") in different documents that
    share most of their members: one list as each source gives it, blocked on the noun."""
    by_what: dict[str | None, list[int]] = defaultdict(list)
    for k, item in enumerate(lists):
        by_what[item.claim.what_key].append(k)
    uf = _UnionFind(len(lists))
    for ks in by_what.values():
        for x, i in enumerate(ks[:MAX_BLOCK]):
            for j in ks[x + 1 : MAX_BLOCK]:
                a, b = set(lists[i].claim.members), set(lists[j].claim.members)
                if lists[i].doc.id != lists[j].doc.id and len(a & b) >= LIST_OVERLAP * max(len(a), len(b)):
                    uf.union(i, j)
    return uf.clusters(lists)


MAX_BLOCK = 50  # blocking keys shared by more claims than this are too common to say "same thing"


def _join_same_values(items: list[_Figure], uf: _UnionFind) -> None:
    """Claims with compatible values and compatible keys, blocked on the stated value.

    Within a value block, claims with identical keys join directly; only the few distinct
    keys of a block are compared with each other, so a block costs its size plus its keys squared.
    """
    blocks: dict[tuple[str, str | None, int], list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        if item.kind == "date" and item.value and len(str(item.value)) == 4:
            continue  # bare years join through _join_years_to_their_dates
        anchor = _nominal(item)
        if math.isfinite(anchor):
            blocks[(item.kind, item.unit, round(anchor))].append(k)
    for members in blocks.values():
        _join_block(items, members, uf)


def _join_block(items: list[_Figure], members: list[int], uf: _UnionFind) -> None:
    """One value block: the same key joins at once; a key missing its noun or its predicate
    joins the keys that agree on the part it has. Linear in the block and its keys."""
    by_key: dict[tuple[str | None, str | None, bool], list[int]] = defaultdict(list)
    for k in members:
        item = items[k]
        by_key[(item.noun, item.predicate, item.part)].append(k)
    full: dict[tuple[str | None, str | None, bool], int] = {}
    by_noun: dict[tuple[str | None, bool], int] = {}
    by_predicate: dict[tuple[str | None, bool], int] = {}
    for (noun, predicate, part), ks in by_key.items():
        for k in ks:
            if _joinable(items[ks[0]], items[k]):
                uf.union(ks[0], k)
        if noun and predicate:
            full[(noun, predicate, part)] = ks[0]
            by_noun.setdefault((noun, part), ks[0])
            by_predicate.setdefault((predicate, part), ks[0])
    for (noun, predicate, part), ks in by_key.items():
        if noun and predicate:
            continue
        if noun:
            anchors = [by_noun.get((noun, p)) for p in (part, not part)]
        elif predicate:
            anchors = [by_predicate.get((predicate, p)) for p in (part, not part)]
        else:  # nothing said of what is counted: join only a block that is about one thing
            anchors = list(full.values()) if len(full) == 1 else []
        for anchor in anchors:
            if anchor is not None and _joinable(items[anchor], items[ks[0]]):
                uf.union(anchor, ks[0])
                break


def _joinable(a: _Figure, b: _Figure) -> bool:
    return (_compatible_values(a, b) and _compatible_keys(a, b)
            and bool(a.noun or a.predicate or b.noun or b.predicate or a.kind == "date"))


def _join_same_keys_across_documents(items: list[_Figure], uf: _UnionFind) -> None:
    """Clusters with the same specific key ("country|adopted"), disjoint documents, and words in
    common around the claims (the same place, body or event): a figure reported again later.

    Candidates come from (key, context word) blocks, never from all clusters of a key; the
    documents and names of a cluster are gathered only for clusters that share a key.
    """
    by_key: dict[tuple[str | None, str | None, str | None, bool], set[int]] = defaultdict(set)
    for k, item in enumerate(items):
        if item.kind == "quantity" and item.noun and item.predicate:
            by_key[(item.noun, item.predicate, item.unit, item.part)].add(uf.find(k))
    candidates = {root for roots in by_key.values() if len(roots) >= 2 for root in roots}
    docs_of: dict[int, set[str]] = defaultdict(set)
    words_of: dict[int, set[str]] = defaultdict(set)
    for k, item in enumerate(items):
        root = uf.find(k)
        if root in candidates and item.doc.id not in docs_of[root]:
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
            if not 2 <= len(bucket) <= MAX_BLOCK:
                continue
            for x, r1 in enumerate(bucket):
                for r2 in bucket[x + 1 :]:
                    a, b = uf.find(r1), uf.find(r2)
                    if a != b and not docs_of[a] & docs_of[b]:
                        uf.union(a, b)
                        root = uf.find(a)
                        docs_of[root] = docs_of[a] | docs_of[b]
                        words_of[root] = words_of[a] | words_of[b]


_NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
_NOT_NAMES = frozenset(
    ["The", "This", "That", "These", "Those", "There", "Their", "They", "When", "Where", "While", "What", "Which", "After", "Before", "According", "However", "Some", "More", "Most", "Many", "Also", "Other", "Such", "With", "From", "Into", "Over", "Under", "Since", "During", "Until", "About", "Around", "Among", "Officials", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Minister", "Ministry", "President", "Government", "Police", "Court"]
)


def _proper_names(text: str) -> frozenset[str]:
    """The names a document uses most (places, bodies, people): the event it is about."""
    counts: dict[str, int] = defaultdict(int)
    for word in _NAME_WORD.findall(text[:20000]):
        if word not in _NOT_NAMES:
            counts[word] += 1
    return frozenset(sorted(counts, key=lambda w: (-counts[w], w))[:12])


def _join_contradicting_dates(items: list[_Figure], uf: _UnionFind) -> None:
    """Full dates on the same day of the year, in different years, said about the same thing.
    Dates read against the publication date, or on the day of publication itself, have no
    context (``_date_context``) and stay out."""
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
                for i in by_year[year_a][:MAX_BLOCK]:
                    for j in by_year[year_b][:MAX_BLOCK]:
                        if len(contexts[i] & contexts[j]) >= 2:
                            uf.union(i, j)


def _near_publication(item: _Item) -> bool:
    """A date within a week of the document's own publication date: "today", not history."""
    published = item.doc.published
    if not published or item.claim.kind != "date":
        return False
    low, high = _date_interval(published)
    return abs(item.low - low) <= 7


def _join_years_to_their_dates(items: list[_Figure], uf: _UnionFind) -> None:
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


def _join_years_said_of_the_same_thing(items: list[_Figure], uf: _UnionFind) -> None:
    """Bare years said in the same words ("the dam was built in 1962" / "... in 1958")."""
    contexts = {k: item.context for k, item in enumerate(items)
                if item.kind == "date" and len(str(item.value)) == 4 and item.context is not None}
    years = list(contexts)
    by_word: dict[str, list[int]] = defaultdict(list)
    for k in years:
        for word in contexts[k]:
            by_word[word].append(k)
    for members in by_word.values():
        if len(members) > MAX_BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if items[i].doc.id != items[j].doc.id and len(contexts[i] & contexts[j]) >= 2:
                    uf.union(i, j)


def _reuse_links(reuse: Iterable[ReusePair]) -> Links:
    """For each document, the documents it shares copied prose with."""
    links: Links = defaultdict(set)
    for r in reuse:
        if any(p.kind == "prose" for p in r.passages):
            links[r.a].add(r.b)
            links[r.b].add(r.a)
    return links


def _origins(members: list[_Item], links: Links) -> list[str]:
    """Distinct origins: documents joined by copied prose, or by naming the same body, count once."""
    docs = sorted({m.doc.id for m in members})
    index = {d: i for i, d in enumerate(docs)}
    uf = _UnionFind(len(docs))
    for doc in docs:
        for other in links.get(doc, ()):
            if other in index:
                uf.union(index[doc], index[other])
    by_body: dict[str, list[str]] = defaultdict(list)
    for m in members:
        body = m.claim.attributed_to or m.doc.voice
        if body:
            by_body[_body_key(body)].append(m.doc.id)
    for doc_ids in by_body.values():
        for d in doc_ids[1:]:
            uf.union(index[doc_ids[0]], index[d])
    names: dict[int, str] = {}
    for m in sorted(members, key=lambda m: (m.date, m.doc.id)):
        root = uf.find(index[m.doc.id])
        names.setdefault(root, m.claim.attributed_to or m.doc.voice or m.doc.outlet or m.doc.title
                         or m.doc.path.rsplit("/", 1)[-1])
    return [names[r] for r in sorted(names)]


def _body_key(body: str) -> str:
    return " ".join(body.lower().replace("the ", "").split())


def _group(members: list[_Item], links: Links) -> Group:
    members = sorted(members, key=lambda m: (m.date, m.doc.id, m.claim.span.start))
    first = members[0].claim
    verdict, notes = _verdict(members)
    notes = list(dict.fromkeys(notes))
    origins = _origins(members, links)
    what = next((m.claim.what for m in members if m.claim.what), None) or _default_what(first)
    return Group(
        id=stable_id("g", *sorted(m.claim.id for m in members)),
        kind=first.kind, what=what, claims=tuple(m.claim.id for m in members), verdict=verdict,
        independent_origins=len(origins), origins=tuple(origins), notes=tuple(notes),
    )


def _default_what(claim: Claim) -> str:
    if claim.kind == "quote":
        return f"quote of {claim.speaker or 'an unnamed speaker'}"
    if claim.kind == "date":
        return f"date: {claim.evidence[:80]}"
    return claim.evidence[:80]


def _name_and_date(item: _Item) -> tuple[str, str]:
    """The document a claim is in, as a reader would cite it, and its date."""
    name = item.doc.outlet or item.doc.title or item.doc.path.rsplit("/", 1)[-1]
    return name, item.doc.published or item.doc.published_inferred or "undated"


def _source(item: _Item) -> str:
    name, where = _name_and_date(item)
    return f"{name} ({where})"


def _describe(item: _Item) -> str:
    name, where = _name_and_date(item)
    return f'"{item.said}" ({name}, {where})'


def _verdict(members: list[_Item]) -> tuple[Verdict, list[str]]:
    """agree, conflict, evolving or single, with notes that say why in plain words.

    Values are intervals; a set of intervals is compatible exactly when the largest low end is
    at most the smallest high end, so the check is linear in the size of the group.
    """
    if len(members) == 1:
        return "single", ["one claim in one document"]
    if members[0].claim.kind == "list":
        return _list_verdict(members)
    if members[0].claim.kind == "quote":
        variants = sorted({m.said for m in members})
        return "agree", [f"the same quote in {len({m.doc.id for m in members})} documents, in {len(variants)} wordings"]
    notes = _anniversary_contradictions(members)
    # "rose from 42 to 57": the 42 is what the figure was before, not a rival of the 57
    superseded = {m.claim.changed_from for m in members if m.claim.changed_from}
    before = [f"{_describe(m)} is the value before the change the same document reports"
              for m in members if m.claim.id in superseded]
    members = [m for m in members if m.claim.id not in superseded]
    if len(members) == 1:
        return "single", ["one claim in one document", *before]
    by_doc: dict[str, list[_Item]] = defaultdict(list)
    for m in members:
        by_doc[m.doc.id].append(m)
    for doc_members in by_doc.values():
        clash = _incompatible_pair(doc_members)
        if clash:
            notes.append(f"the same document gives {_describe(clash[0])} and {_describe(clash[1])}")
    if notes:
        return "conflict", notes + before
    clash = _incompatible_pair(members)
    if clash is None:
        return "agree", [f"{len(members)} claims in {len(by_doc)} documents give compatible values", *before]
    if _is_evolving(members):
        values = " → ".join(f"{m.claim.value} ({m.date or 'undated'})" for m in members)
        return "evolving", [f"the figure moves in one direction in publication order: {values}", *before]
    return "conflict", [f"{_describe(clash[0])} and {_describe(clash[1])} are incompatible", *before]


def _list_verdict(members: list[_Item]) -> tuple[Verdict, list[str]]:
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


def _incompatible_pair(members: list[_Item]) -> tuple[_Item, _Item] | None:
    highest_low = max(members, key=lambda m: m.low)
    lowest_high = min(members, key=lambda m: m.high)
    if highest_low.low <= lowest_high.high:
        return None
    return tuple(sorted((lowest_high, highest_low), key=lambda m: (m.date, m.claim.span.start)))  # type: ignore[return-value]


def _anniversary_contradictions(members: list[_Item]) -> list[str]:
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


def _is_evolving(members: list[_Item]) -> bool:
    """Values that move one way as publication dates advance, for a count that can change."""
    if members[0].claim.kind != "quantity" or any(not m.date for m in members):
        return False
    if not any(m.predicate in RUNNING_COUNTS for m in members):
        return False
    by_date: dict[str, set[float]] = defaultdict(set)
    for m in members:
        by_date[m.date[:10]].add(m.low)
    if any(len(v) > 1 for v in by_date.values()):
        return False
    series = [next(iter(by_date[d])) for d in sorted(by_date)]
    steps = [b - a for a, b in zip(series, series[1:], strict=False)]
    return all(s >= 0 for s in steps) or all(s <= 0 for s in steps)
