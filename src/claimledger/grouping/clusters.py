"""Quotes and named lists that are the same across documents: a quote in its variant wordings, a
list of the same members as each source gives it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from claimledger.grouping.items import Item
from claimledger.grouping.origins import split_title
from claimledger.grouping.unionfind import UnionFind
from claimledger.settings import GroupingSettings


def normalise_quote(text: str) -> str:
    """Quote text for comparison: case, brackets, ellipses, punctuation and spacing set aside."""
    text = text.casefold().replace("…", " ").replace("...", " ")
    text = re.sub(r"[\[\]]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def quote_clusters(quotes: list[Item], settings: GroupingSettings) -> list[list[Item]]:
    """The same quote in several documents, with its variants: spelling, brackets, ellipses, case."""
    from rapidfuzz import fuzz

    texts = [normalise_quote(q.said) for q in quotes]
    index: dict[str, set[int]] = defaultdict(set)
    short: dict[str, set[int]] = defaultdict(set)  # the three words of a short quote, and the quotes holding them
    for k, text in enumerate(texts):
        words = text.split()
        for j in range(0, max(1, len(words) - 3)):
            index[" ".join(words[j : j + 4])].add(k)
        if len(words) == _FEWEST_WORDS:
            short[text].add(k)
        parts = _ELLIPSIS.split(quotes[k].said)
        for part in parts if len(parts) > 1 else ():
            # "a ticking bomb ... everyone knew about": each part meets the words it was cut from,
            # where no four words run across the cut
            cut = normalise_quote(part).split()
            if len(cut) >= _FEWEST_WORDS:
                short[" ".join(cut[:_FEWEST_WORDS])].add(k)
    for k, text in enumerate(texts) if short else ():
        words = text.split()
        for j in range(0, len(words) - 2):
            held = short.get(" ".join(words[j : j + 3]))
            if held is not None:
                held.add(k)
    uf = UnionFind(len(quotes))
    for members in [*index.values(), *short.values()]:
        if len(members) > settings.max_block:
            continue
        ordered = sorted(members)
        for x, i in enumerate(ordered):
            for j in ordered[x + 1 :]:
                if uf.find(i) == uf.find(j):
                    continue
                a, b = texts[i], texts[j]
                if _phrase_of_others(quotes[i], quotes[j], a, b):
                    continue
                shorter, longer = sorted((len(a), len(b)))
                if (fuzz.ratio(a, b) >= 85 or (fuzz.partial_ratio(a, b) >= 90 and shorter >= 0.5 * longer
                                               and not _speakers_differ(quotes[i], quotes[j]))
                        or _shortened_by_its_speaker(quotes[i], quotes[j], a, b)
                        or _shortened_under_a_title(quotes[i], quotes[j], a, b)
                        or _ellipted_from(quotes[i], b) or _ellipted_from(quotes[j], a)):
                    uf.union(i, j)
    return uf.clusters(quotes)


# the fewest words a shortened quote keeps to be told from a common phrase ("we will rebuild"), and
# the fewest a quoted phrase keeps where it is the other's words exactly, in another document
_SHORTENED_WORDS = 5
_FEWEST_WORDS = 3


def _shortened_by_its_speaker(one: Item, other: Item, a: str, b: str) -> bool:
    """A quote cut down to a part of itself ("We have not given up on anyone" from "We are working
    around the clock and we have not given up on anyone"; crews had "turned a corner" from "We
    turned a corner today", told in a later report) and credited to the same speaker is the same
    quote; the same words from another speaker are not."""
    from rapidfuzz import fuzz

    if _surname(one) is None or _surname(one) != _surname(other):
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter.split()) >= _SHORTENED_WORDS:
        return fuzz.partial_ratio(a, b) >= 95
    return (len(shorter.split()) >= _FEWEST_WORDS and one.claim.doc != other.claim.doc
            and f" {shorter} " in f" {longer} ")


def _speakers_differ(one: Item, other: Item) -> bool:
    """Whether two quotes are credited to two people: two surnames, or a title the other's
    speaker does not hold ("the mayor" is not Transport Minister Ilse Maran)."""
    first, second = one.claim.speaker, other.claim.speaker
    if not first or not second:
        return False
    if _only_a_title(first) or _only_a_title(second):
        titled, named = (first, second) if _only_a_title(first) else (second, first)
        return split_title(titled)[0].casefold() not in named.casefold()
    return _surname(one) != _surname(other)


def _shortened_under_a_title(one: Item, other: Item, a: str, b: str) -> bool:
    """A part of a quote, in its very words, credited only to a title the other quote's speaker
    holds ("As the minister put it, 'no stone will be left unturned'" from Transport Minister Ilse
    Maran's longer words) is that quote, told where the document names no one."""
    titled = [q.claim.speaker for q in (one, other) if q.claim.speaker and _only_a_title(q.claim.speaker)]
    if len(titled) != 1 or None in (one.claim.speaker, other.claim.speaker):
        return False
    named = other.claim.speaker if titled[0] == one.claim.speaker else one.claim.speaker
    shorter, longer = sorted((a, b), key=len)
    return (split_title(titled[0])[0].casefold() in (named or "").casefold() and len(shorter.split()) >= _SHORTENED_WORDS
            and f" {shorter} " in f" {longer} ")


def _only_a_title(speaker: str) -> bool:
    """ "minister", "the minister": a speaker named by a title alone (``origins.split_title``)."""
    title, person = split_title(speaker)
    return bool(title) and not person


_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")


def _ellipted_from(one: Item, other: str) -> bool:
    """A quote shortened with an ellipsis ("For three years our members have kept this port running
    ... Today they say enough") whose every part is in the other quote, in order: the same words
    with some left out."""
    parts = [normalise_quote(part) for part in _ELLIPSIS.split(one.said)]
    parts = [part for part in parts if part]
    if len(parts) < 2 or sum(len(part.split()) for part in parts) < _SHORTENED_WORDS:
        return False
    at = 0
    padded = f" {other} "
    for part in parts:
        found = padded.find(f" {part} ", at)
        if found < 0:
            return False
        at = found + len(part) + 1
    return True


def _phrase_of_others(one: Item, other: Item, a: str, b: str) -> bool:
    """A phrase of a few words that two named speakers each said ("turned a corner") is a common
    phrase in two mouths, not one quote."""
    return (min(len(a.split()), len(b.split())) < _SHORTENED_WORDS and None not in (_surname(one), _surname(other))
            and _surname(one) != _surname(other))


def _surname(quote: Item) -> str | None:
    words = (quote.claim.speaker or "").split()
    return words[-1].casefold() if words else None


def list_clusters(lists: list[Item], settings: GroupingSettings) -> list[list[Item]]:
    """Named lists of the same kind of member ("countries") in different documents that
    share most of their members: one list as each source gives it, blocked on the noun."""
    by_what: dict[str | None, list[int]] = defaultdict(list)
    for k, item in enumerate(lists):
        by_what[item.claim.what_key].append(k)
    uf = UnionFind(len(lists))
    for ks in by_what.values():
        for x, i in enumerate(ks[:settings.max_block]):
            for j in ks[x + 1 : settings.max_block]:
                a, b = set(lists[i].claim.members), set(lists[j].claim.members)
                if lists[i].doc.id != lists[j].doc.id and len(a & b) >= settings.list_overlap * max(len(a), len(b)):
                    uf.union(i, j)
    return uf.clusters(lists)
