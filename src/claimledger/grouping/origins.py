"""Independent origins of a group: documents joined by copied prose, or by naming the same body,
count once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimledger import lexicon
from claimledger.grouping.items import Item
from claimledger.grouping.unionfind import UnionFind
from claimledger.model import ReusePair, cited_name, web_site

Links = dict[str, set[str]]


def reuse_links(reuse: Iterable[ReusePair]) -> Links:
    """For each document, the documents it shares copied prose with."""
    links: Links = defaultdict(set)
    for r in reuse:
        if any(p.kind == "prose" for p in r.passages):
            links[r.a].add(r.b)
            links[r.b].add(r.a)
    return links


@dataclass(frozen=True, slots=True)
class Origin:
    name: str
    documents: tuple[str, ...]  # how each member document is cited
    why: tuple[str, ...]  # why documents were counted as this one origin
    document_ids: tuple[str, ...] = ()


def origin_groups(members: list[Item], links: Links) -> list[Origin]:
    """The origins of a group with the documents behind each and the reasons they were merged."""
    docs = sorted({m.doc.id for m in members})
    index = {d: i for i, d in enumerate(docs)}
    cited = {m.doc.id: f"{cited_name(m.doc, with_location=False)} ({m.date or 'undated'})" for m in members}
    uf = UnionFind(len(docs))
    why: dict[tuple[str, str], str] = {}
    for doc in docs:
        for other in sorted(links.get(doc, ())):
            if other in index and uf.find(index[doc]) != uf.find(index[other]):
                uf.union(index[doc], index[other])
                why[(doc, other)] = f"{cited[doc]} and {cited[other]} share a copied passage"
    speakers = _speakers(members)
    by_body: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for m in members:
        body = _said_by(m)
        if body:
            by_body[speakers.key(body)].append((m.doc.id, body))
    for said in by_body.values():
        first_doc, first_name = said[0]
        for doc, name in said[1:]:
            if uf.find(index[first_doc]) != uf.find(index[doc]):
                uf.union(index[first_doc], index[doc])
                same = "the same body" if name == first_name else f"one speaker or body under two names ({first_name}; {name})"
                why[(first_doc, doc)] = f"{cited[first_doc]} and {cited[doc]} attribute it to {same}"
    return _origins(members, uf, index, speakers, why, cited)


def _origins(members: list[Item], uf: UnionFind, index: dict[str, int], speakers: _Speakers,
             why: dict[tuple[str, str], str], cited: dict[str, str]) -> list[Origin]:
    names: dict[int, str] = {}
    documents: dict[int, list[str]] = defaultdict(list)
    ids: dict[int, list[str]] = defaultdict(list)
    bodies: dict[int, dict[str, set[str]]] = defaultdict(dict)  # root -> body -> the documents that credit it
    for m in sorted(members, key=lambda m: (m.date, m.doc.id)):
        root = uf.find(index[m.doc.id])
        body = _said_by(m)
        names.setdefault(root, _outlet(m))
        if body:
            bodies[root].setdefault(speakers.fullest(body), set()).add(m.doc.id)
        if m.doc.id not in ids[root]:
            ids[root].append(m.doc.id)
        if cited[m.doc.id] not in documents[root]:
            documents[root].append(cited[m.doc.id])
    for root, credited in bodies.items():  # the body most documents credit, the earliest on a tie; else the outlet
        names[root] = max(credited, key=lambda body: len(credited[body]))
    reasons: dict[int, list[str]] = defaultdict(list)
    for (a, _), reason in why.items():
        reasons[uf.find(index[a])].append(reason)
    # the earliest origin first
    return [Origin(names[r], tuple(documents[r]), tuple(reasons[r]), tuple(ids[r])) for r in names]


def _said_by(item: Item) -> str | None:
    """Whom the claim is attributed to, else the body whose statement its document carries."""
    return item.claim.attributed_to or item.doc.voice


def _outlet(item: Item) -> str:
    """The outlet's own voice: its name, else its web domain; never a file name or a title."""
    return item.doc.outlet or web_site(item.doc.url) or "an unnamed outlet"


_TITLES = sorted(lexicon.words("role_titles"), key=len, reverse=True)
_TITLE = re.compile(rf"^(?:the\s+)?(?:{'|'.join(re.escape(t) for t in _TITLES)})\.?\s+", re.I)


class _Speakers:
    """The speakers and bodies of one group, each known by every name it goes by there: "Prime
    Minister Hassan Diab", "Hassan Diab", "Diab" and "the prime minister" are one speaker when
    nothing else in the group has that surname or title."""

    def __init__(self, names: list[str]) -> None:
        self.full: dict[str, str] = {}  # key -> the fullest name
        self.surname: dict[str, set[str]] = defaultdict(set)
        self.title: dict[str, set[str]] = defaultdict(set)
        for name in sorted(set(names), key=len, reverse=True):
            title, person = _split_title(name)
            if len(person.split()) >= 2:
                key = person.lower()
                self.full.setdefault(key, name)
                self.surname[person.split()[-1].lower()].add(key)
                if title:
                    self.title[title.lower()].add(key)

    def key(self, name: str) -> str:
        title, person = _split_title(name)
        plain = " ".join(name.lower().replace("the ", "").split())
        if len(person.split()) >= 2:
            return person.lower()
        words = person.lower().split()
        if len(words) == 1 and len(self.surname.get(words[0], ())) == 1:
            return next(iter(self.surname[words[0]]))
        if not person and title and len(self.title.get(title.lower(), ())) == 1:
            return next(iter(self.title[title.lower()]))
        return plain

    def fullest(self, name: str) -> str:
        return self.full.get(self.key(name), name)


def _split_title(name: str) -> tuple[str, str]:
    """("Prime Minister", "Hassan Diab") of "Prime Minister Hassan Diab"; a bare title is all title."""
    cleaned = " ".join(name.split())
    found = _TITLE.match(cleaned + " ")
    if not found:
        return "", cleaned
    title = found.group().strip().removeprefix("the ").removeprefix("The ").rstrip(".")
    return title, cleaned[found.end():].strip()


def _speakers(members: list[Item]) -> _Speakers:
    return _Speakers([body for m in members if (body := _said_by(m))])
