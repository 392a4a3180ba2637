"""The full items of every cluster, read again from the ledger's streams a wave of claims at a time,
the later waves waiting in spill files, so memory holds the words of one wave only.
"""

from __future__ import annotations

import math
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator

from claimledger.grouping.items import Item, item_of, source_of
from claimledger.model import Claim, Document
from claimledger.spill import SpillFiles


def waves_of_items(clusters: list[list[int]], checks: array[int],
                    by_document: Iterable[tuple[Document, list[Claim]]], size: int) -> Iterator[list[list[Item]]]:
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
    with SpillFiles("claimledger-waves-") as spills:  # waves 1, 2, ...
        first: dict[int, list[Item]] = defaultdict(list)
        k = 0
        for doc, claims in by_document:
            source = source_of(doc, with_names=False)
            for claim in claims:
                if claim.kind not in ("quantity", "date"):
                    continue
                item = item_of(claim, source, doc.text)
                if math.isnan(item.low):
                    continue
                if k >= len(checks) or checks[k] != zlib.crc32(claim.id.encode()):
                    raise RuntimeError("the ledger's claims changed while they were grouped")
                c = cluster_of[k]
                if wave_of[c] == 0:
                    first[c].append(item)
                else:
                    spills.dump(wave_of[c], (c, item))
                k += 1
        if k != len(checks):
            raise RuntimeError("the ledger's claims changed while they were grouped")
        yield list(first.values())
        first.clear()
        spills.release()
        for wave in range(1, waves + 1):
            yield _read_wave(spills.records(wave))


def _read_wave(records: Iterator[tuple[int, Item]]) -> list[list[Item]]:
    members: dict[int, list[Item]] = defaultdict(list)
    for c, item in records:
        members[c].append(item)
    return list(members.values())
