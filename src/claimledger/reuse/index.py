"""Candidate pairs from blocking keys: documents that share a key, found a partition of keys at a
time so memory does not grow with the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from claimledger.reuse.hashing import DEFAULT_REUSE, document_keys, sorted_unique
from claimledger.settings import ReuseSettings
from claimledger.spill import SpillFiles


def _pairs_in_sorted(keys: np.ndarray, owners: np.ndarray, max_bucket: int) -> set[tuple[int, int]]:
    """Owner pairs that share a key held by 2 to ``max_bucket`` owners; ``keys`` sorted, each
    (key, owner) once, owners ascending within a key."""
    boundaries = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = np.concatenate(([0], boundaries))
    sizes = np.diff(np.concatenate((starts, [len(keys)])))
    pair_codes = []
    twos = starts[sizes == 2]
    if len(twos):
        pair_codes.append(owners[twos] * (1 << 32) + owners[twos + 1])
    larger = (sizes > 2) & (sizes <= max_bucket)
    for start, size in zip(starts[larger].tolist(), sizes[larger].tolist(), strict=True):
        group = owners[start : start + size]
        low, high = np.triu_indices(size, k=1)
        pair_codes.append(group[low] * (1 << 32) + group[high])
    if not pair_codes:
        return set()
    codes = np.unique(np.concatenate(pair_codes))
    return set(zip((codes >> 32).tolist(), (codes & 0xFFFFFFFF).tolist(), strict=True))


PARTITION_KEYS = 1 << 20  # keys sorted at once (8 MiB): a partition's sort and scan need about six times that


CHUNK_KEYS = 1 << 19  # keys buffered before they are split into partitions (4 MiB)


class KeyIndex:
    """Blocking keys of many documents, spread over partitions by the keys' top bits.

    Every copy of a key lands in one partition, so collisions are found one partition at a
    time: each sort is of about PARTITION_KEYS keys whatever the corpus size. Keys are split
    into their partitions ``chunk_keys`` at a time as they arrive, so a split's temporaries stay
    small whatever the corpus (chunk sizes from 2**18 to 2**20 keys made no measurable
    difference to the time). Up to ``memory_keys`` the pieces wait in memory, so a corpus of
    five thousand documents writes no file; beyond, every piece goes to its partition's file
    under TMPDIR (about 1,150 keys of 8 bytes per 500-word document: 0.9 GB for 100k
    documents, deleted as read).

    Each entry is one 64-bit word: the key's bits below the partition bits, with its lowest
    bits replaced by the owner, so a partition is put in order by one plain sort (a quarter of
    the time of sorting keys and carrying owners along). The key keeps 64 minus the owner bits
    (47 at 100k documents, with the partition bits on top): a chance collision of two
    unrelated keys only adds a candidate pair that the alignment then rejects.
    """

    def __init__(self, expected_documents: int, keys_per_document: int = 1200,
                 chunk_keys: int = CHUNK_KEYS, settings: ReuseSettings = DEFAULT_REUSE) -> None:
        wanted = max(1, expected_documents * keys_per_document // PARTITION_KEYS)
        self.bits = min(16, (wanted - 1).bit_length())  # 2**bits partitions, at least `wanted`
        self.owner_bits = max(1, (expected_documents - 1).bit_length())
        self.chunk_keys, self.memory_keys, self.max_bucket = chunk_keys, settings.memory_keys, settings.max_bucket
        self._keys: list[np.ndarray] = []
        self._owners: list[int] = []
        self._buffered = 0
        self._pieces: dict[int, list[np.ndarray]] = defaultdict(list)
        self._held = 0
        self._files = SpillFiles("claimledger-keys-")

    @property
    def spilled(self) -> bool:
        """Whether some keys went to temporary files (the memory budget was reached)."""
        return self._files.on_disk

    def add(self, owner: int, keys: np.ndarray) -> None:
        if owner >> self.owner_bits:
            raise ValueError(f"owner {owner} beyond the {1 << self.owner_bits} documents this index was sized for")
        self._keys.append(keys)
        self._owners.append(owner)
        self._buffered += keys.size
        if self._buffered >= self.chunk_keys:
            self._split()

    def _split(self) -> None:
        """Move the buffered entries into their partitions' pieces (to files beyond the budget)."""
        counts = np.array([k.size for k in self._keys], dtype=np.int64)
        owner_of = np.repeat(np.array(self._owners, dtype=np.uint64), counts)
        flat = np.concatenate(self._keys) if self._keys else np.empty(0, dtype=np.uint64)
        self._keys, self._owners, self._buffered = [], [], 0
        low_mask = np.uint64((1 << self.owner_bits) - 1)
        packed = ((flat << np.uint64(self.bits)) & ~low_mask) | owner_of
        if self.bits:
            part = (flat >> np.uint64(64 - self.bits)).astype(np.uint16)
            order = np.argsort(part, kind="stable")  # a radix sort for 16-bit values
            packed = packed[order]
            bounds = np.searchsorted(part[order], np.arange((1 << self.bits) + 1)).tolist()
        else:
            bounds = [0, packed.size]
        for index in range(1 << self.bits):
            if bounds[index] < bounds[index + 1]:
                self._pieces[index].append(packed[bounds[index] : bounds[index + 1]])
        self._held += packed.size
        if self._held > self.memory_keys:
            self._spill()

    def _spill(self) -> None:
        for index, pieces in self._pieces.items():
            for piece in pieces:
                piece.tofile(self._files.writer(index))
        self._files.release()
        self._pieces.clear()
        self._held = 0

    def _partition(self, index: int) -> np.ndarray | None:
        """Every entry of one partition, from memory and file, and forget them."""
        pieces = self._pieces.pop(index, [])
        spilled = self._files.take(index)
        if spilled is not None:
            pieces.insert(0, np.frombuffer(spilled, dtype=np.uint64))
        return np.concatenate(pieces) if pieces else None

    def _pairs_of(self, packed: np.ndarray) -> set[tuple[int, int]]:
        packed = sorted_unique(packed)
        owners = (packed & np.uint64((1 << self.owner_bits) - 1)).astype(np.int64)
        return _pairs_in_sorted(packed >> np.uint64(self.owner_bits), owners, self.max_bucket)

    def pairs(self) -> set[tuple[int, int]]:
        """Owner pairs that share a key held by 2 to ``max_bucket`` owners."""
        if self._buffered:
            self._split()
        found: set[tuple[int, int]] = set()
        for index in range(1 << self.bits):
            entries = self._partition(index)
            if entries is not None:
                found |= self._pairs_of(entries)
        self._files.close()
        self._held = 0
        return found


def candidate_pairs(texts: Iterable[str], expected: int | None = None,
                    settings: ReuseSettings = DEFAULT_REUSE) -> set[tuple[int, int]]:
    """Index pairs of texts that share a blocking key (``document_keys``).

    Signatures and keys are computed with numpy over whole documents, and collisions are
    found by sorting the keys partition by partition (``KeyIndex``). datasketch's MinHash and
    MinHashLSH do the LSH part per window in Python: on 1,000 generated documents
    (benchmarks/minhash_peer.py) both catch every planted copy, in 0.7 s here against 17 s
    with datasketch. ``expected`` (the number of texts, when ``texts`` is a stream) sizes the
    partitions.
    """
    if expected is None:
        texts = list(texts)
        expected = len(texts)
    index = KeyIndex(expected, settings=settings)
    for owner, text in enumerate(texts):
        index.add(owner, document_keys(text, settings))
    return index.pairs()
