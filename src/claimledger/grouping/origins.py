"""Independent origins of a group: documents joined by copied prose, or by naming the same body,
count once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from claimledger.grouping.items import Item
from claimledger.grouping.unionfind import UnionFind
from claimledger.model import ReusePair, cited_name

Links = dict[str, set[str]]


def reuse_links(reuse: Iterable[ReusePair]) -> Links:
    """For each document, the documents it shares copied prose with."""
    links: Links = defaultdict(set)
    for r in reuse:
        if any(p.kind == "prose" for p in r.passages):
            links[r.a].add(r.b)
            links[r.b].add(r.a)
    return links


def origins_of(members: list[Item], links: Links) -> list[str]:
    """Distinct origins: documents joined by copied prose, or by naming the same body, count once."""
    docs = sorted({m.doc.id for m in members})
    index = {d: i for i, d in enumerate(docs)}
    uf = UnionFind(len(docs))
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
        names.setdefault(root, m.claim.attributed_to or m.doc.voice or cited_name(m.doc))
    return [names[r] for r in sorted(names)]


def _body_key(body: str) -> str:
    return " ".join(body.lower().replace("the ", "").split())
