"""Passages documents share, verbatim or lightly edited, and which document came first.

Candidate pairs come from MinHash LSH over overlapping windows of word 3-shingles, so a
short copied passage inside two long documents still collides, and no pair of documents is
compared unless a window of one resembles a window of the other. Each candidate pair is then
aligned on shared word 4-grams chained across small gaps, which tolerates a changed spelling
("Khojali"/"Khojaly"), an inserted bracket or a swapped word, as passim and TextPAIR do.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from .budget import paused_cycle_collection
from .model import Document, Passage, ReusePair

HALF_WINDOW = 6  # a MinHash window is 2 x 6 word 3-shingles, and starts every 6 shingles
SHINGLE = 3  # words per shingle
BANDS, ROWS = 16, 4  # LSH: a pair is a candidate when all ROWS values of one band agree
MAX_BUCKET = 50  # a band value shared by more documents than this is boilerplate, not copying
SEED = 3  # words per exact seed of an alignment
MAX_GAP = 4  # words that may differ between two seeds of one passage
MIN_PASSAGE_WORDS = 8
NUM_PERM = BANDS * ROWS
QUOTATION_WEIGHT = 0.25  # a shared quotation is weaker evidence of copying than shared narrative

NAME_SHARE = 0.8  # a passage whose content words are this much capitalised is a shared name or title
STOPWORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "it", "its", "their", "his", "her", "which", "who", "whom", "against", "through", "into", "over", "under", "between", "within"]
)

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r"[\"“«„]([^\"”»“]{8,}?)[\"”»]", re.S)


class _Words:
    """A document's words as alignment needs them: a hash of the SEED words starting at each word
    and, only for documents that share seeds with another, where each word lies in the text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        words = _WORD.findall(doc.text)
        self.count = len(words)
        self.seeds = _gram_hashes(_hashes_of_words(words), SEED)  # per word: the seed starting there
        self.distinct = np.unique(self.seeds)

    @cached_property
    def _spans(self) -> tuple[list[int], list[int]]:
        spans = np.array([m.span() for m in _WORD.finditer(self.doc.text)], dtype=np.int64).reshape(-1, 2)
        return spans[:, 0].tolist(), spans[:, 1].tolist()

    @property
    def starts(self) -> list[int]:
        """Per word: where it starts in the text."""
        return self._spans[0]

    @property
    def ends(self) -> list[int]:
        return self._spans[1]

    @cached_property
    def in_quote(self) -> list[bool]:
        """Per word: whether it is inside quotation marks."""
        starts = np.array(self.starts, dtype=np.int64)
        quoted = np.array([m.span(1) for m in _QUOTED.finditer(self.doc.text)], dtype=np.int64).reshape(-1, 2)
        if not len(quoted):
            return [False] * len(starts)
        # the quotation that could hold each word is the last one opening at or before it
        holder = np.searchsorted(quoted[:, 0], starts, side="right") - 1
        inside: list[bool] = ((holder >= 0) & (starts < quoted[np.maximum(holder, 0), 1])).tolist()
        return inside

    def token(self, k: int) -> str:
        return self.doc.text[self.starts[k] : self.ends[k]].casefold()


MASK32 = np.uint64(0xFFFFFFFF)


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    a = rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
    return a, b


_A, _B = _permutations()
_BAND_WEIGHTS = np.random.default_rng(2).integers(1, 2**61, ROWS, dtype=np.uint64)


def _window_signatures(ids: np.ndarray) -> np.ndarray:
    """MinHash signatures (windows x NUM_PERM) of overlapping windows of word 3-shingles."""
    n = len(ids) - SHINGLE + 1
    if n <= 0:
        return np.empty((0, NUM_PERM), dtype=np.uint64)
    shingles = (ids[:n] * np.uint64(0x9E3779B1) ^ ids[1 : n + 1] * np.uint64(0x85EBCA77)
                ^ ids[2 : n + 2] * np.uint64(0xC2B2AE3D)) & MASK32
    hashed = shingles[:, None] * _A[None, :]  # one (shingles x NUM_PERM) array, then updated in place
    hashed += _B[None, :]
    hashed >>= np.uint64(32)
    halves = np.minimum.reduceat(hashed, np.arange(0, n, HALF_WINDOW), axis=0)
    if len(halves) == 1:
        return halves
    return np.minimum(halves[:-1], halves[1:])  # windows of two halves, each overlapping the next by half


_POWER = np.uint64(0x100000001B3)  # odd, so that it has an inverse modulo 2**64
_INVERSE = np.uint64(pow(int(_POWER), -1, 2**64))


_POWERS: list[tuple[np.ndarray, np.ndarray]] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """POWER ** (i + 1) and INVERSE ** i for i < n, computed once for the longest text so far."""
    if not _POWERS or len(_POWERS[0][0]) < n:
        size = max(n, 1 << 16)
        powers = np.cumprod(np.full(size, _POWER, dtype=np.uint64))
        inverses = np.concatenate(([np.uint64(1)], np.cumprod(np.full(size - 1, _INVERSE, dtype=np.uint64))))
        _POWERS[:] = [(powers, inverses)]
    powers, inverses = _POWERS[0]
    return powers[:n], inverses[:n]


def token_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of each word of a text, casefolded, from the text alone.

    Hashes depend on nothing but the word, so a document's keys are the same in any corpus,
    process or Spark executor. Each word is a polynomial over its code points, computed for
    all words at once from one prefix sum (wrapping modulo 2**64) instead of a call per word.
    """
    return _hashes_of_words(_WORD.findall(text))


def _hashes_of_words(words: list[str]) -> np.ndarray:
    if not words:
        return np.empty(0, dtype=np.uint64)
    points = np.frombuffer("\x00".join(words).casefold().encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    separators = np.flatnonzero(points == 0)
    starts = np.concatenate(([0], separators + 1))
    ends = np.concatenate((separators, [len(points)]))
    powers, inverses = _powers(len(points) + 1)
    prefix = np.concatenate(([np.uint64(0)], np.cumsum(points * powers[:-1], dtype=np.uint64)))
    hashed: np.ndarray = (prefix[ends] - prefix[starts]) * inverses[starts]  # as if every word started at 0
    hashed ^= hashed >> np.uint64(29)
    hashed *= np.uint64(0xBF58476D1CE4E5B9)
    return hashed


WINNOW_WORDS, WINNOW_WINDOW = 5, 8  # exact keys: any shared run of 5 + 8 - 1 = 12 words shares one


def _gram_hashes(hashes: np.ndarray, width: int) -> np.ndarray:
    """A 64-bit hash of each run of ``width`` words, from the words' hashes (empty when shorter)."""
    n = max(0, len(hashes) - width + 1)
    grams = np.zeros(n, dtype=np.uint64)
    for k in range(width):
        grams = grams * np.uint64(0x9E3779B97F4A7C15) + hashes[k : k + n]
    return grams


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``values`` sorted in place, each once: cheaper than numpy's hash-based np.unique on the
    thousand-odd keys of a document (a fifth of the key time)."""
    values.sort()
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if values.size else values


def _winnowed_keys(hashes: np.ndarray) -> np.ndarray:
    """Exact fingerprints of word 5-grams chosen by winnowing (Schleimer et al., 2003).

    MinHash windows find edited copies but may miss a short verbatim passage inside two long
    texts; winnowing keeps the least hash of every 8 consecutive 5-grams, so two texts that
    share 12 words in a row are sure to share a key, with about a fifth of the 5-grams kept.
    """
    n = len(hashes) - WINNOW_WORDS + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    grams = _gram_hashes(hashes, WINNOW_WORDS)
    grams ^= grams >> np.uint64(31)
    if n <= WINNOW_WINDOW:
        return grams[[int(np.argmin(grams))]]
    least, width = grams, 1  # the least of every WINNOW_WINDOW in a row, by doubling the width:
    while width < WINNOW_WINDOW:  # three array operations for 8, cheaper than a sliding window view
        step = min(width, WINNOW_WINDOW - width)
        least, width = np.minimum(least[:-step], least[step:]), width + step
    return least


def document_keys(text: str) -> np.ndarray:
    """Every blocking key of one text: LSH band keys of its windows and its winnowed fingerprints.

    A pure function of the text, so it runs wherever the document is (a worker, a Spark
    executor); two documents are a candidate pair when they share a key.
    """
    hashes = token_hashes(text)
    if len(hashes) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    signatures = _window_signatures(hashes)
    bands = signatures.reshape(len(signatures), BANDS, ROWS)
    band_keys = (bands * _BAND_WEIGHTS).sum(axis=2) + np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return _sorted_unique(np.concatenate((band_keys.ravel(), _winnowed_keys(hashes))))


def _pairs_in_sorted(keys: np.ndarray, owners: np.ndarray) -> set[tuple[int, int]]:
    """Owner pairs that share a key held by 2 to MAX_BUCKET owners; ``keys`` sorted, each
    (key, owner) once, owners ascending within a key."""
    boundaries = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = np.concatenate(([0], boundaries))
    sizes = np.diff(np.concatenate((starts, [len(keys)])))
    pair_codes = []
    twos = starts[sizes == 2]
    if len(twos):
        pair_codes.append(owners[twos] * (1 << 32) + owners[twos + 1])
    larger = (sizes > 2) & (sizes <= MAX_BUCKET)
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
MEMORY_KEYS = 1 << 23  # partitioned keys held in memory (64 MiB) before they go to files


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
                 chunk_keys: int = CHUNK_KEYS, memory_keys: int = MEMORY_KEYS) -> None:
        wanted = max(1, expected_documents * keys_per_document // PARTITION_KEYS)
        self.bits = min(16, (wanted - 1).bit_length())  # 2**bits partitions, at least `wanted`
        self.owner_bits = max(1, (expected_documents - 1).bit_length())
        self.chunk_keys, self.memory_keys = chunk_keys, memory_keys
        self._keys: list[np.ndarray] = []
        self._owners: list[int] = []
        self._buffered = 0
        self._pieces: dict[int, list[np.ndarray]] = defaultdict(list)
        self._held = 0
        self._folder: tempfile.TemporaryDirectory[str] | None = None

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
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="claimledger-keys-")
        for index, pieces in self._pieces.items():
            with open(Path(self._folder.name) / f"{index}.keys", "ab") as out:
                for piece in pieces:
                    piece.tofile(out)
        self._pieces.clear()
        self._held = 0

    def _partition(self, index: int) -> np.ndarray | None:
        """Every entry of one partition, from memory and file, and forget them."""
        pieces = self._pieces.pop(index, [])
        if self._folder is not None:
            path = Path(self._folder.name) / f"{index}.keys"
            if path.exists():
                pieces.insert(0, np.fromfile(path, dtype=np.uint64))
                path.unlink()
        return np.concatenate(pieces) if pieces else None

    def _pairs_of(self, packed: np.ndarray) -> set[tuple[int, int]]:
        packed = _sorted_unique(packed)
        owners = (packed & np.uint64((1 << self.owner_bits) - 1)).astype(np.int64)
        return _pairs_in_sorted(packed >> np.uint64(self.owner_bits), owners)

    def pairs(self) -> set[tuple[int, int]]:
        """Owner pairs that share a key held by 2 to MAX_BUCKET owners."""
        if self._buffered:
            self._split()
        found: set[tuple[int, int]] = set()
        for index in range(1 << self.bits):
            entries = self._partition(index)
            if entries is not None:
                found |= self._pairs_of(entries)
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
        self._held = 0
        return found


def candidate_pairs(texts: Iterable[str], expected: int | None = None) -> set[tuple[int, int]]:
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
    index = KeyIndex(expected)
    for owner, text in enumerate(texts):
        index.add(owner, document_keys(text))
    return index.pairs()


@dataclass(slots=True)
class _Chain:
    """A passage being aligned: its word ranges in both documents, ends exclusive."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    quoted: bool

    def takes(self, i: int, j: int) -> bool:
        """Whether the seed at (i, j) extends this passage: it follows within MAX_GAP words in
        both documents, with gaps that differ by at most MAX_GAP, or lies inside it."""
        continues = (0 <= i - self.a_end <= MAX_GAP and 0 <= j - self.b_end <= MAX_GAP
                     and abs((i - self.a_end) - (j - self.b_end)) <= MAX_GAP)
        return continues or (self.a_start <= i < self.a_end and self.b_start <= j < self.b_end)

    def extend(self, i: int, j: int) -> None:
        self.a_end, self.b_end = max(self.a_end, i + SEED), max(self.b_end, j + SEED)

    def is_long_enough(self) -> bool:
        return min(self.a_end - self.a_start, self.b_end - self.b_start) >= MIN_PASSAGE_WORDS


def _positions_of(values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Where ``values`` hold one of ``wanted`` (sorted, few): a binary search, cheaper than np.isin."""
    at = np.minimum(np.searchsorted(wanted, values), len(wanted) - 1)
    return np.flatnonzero(wanted[at] == values)


def align(a: _Words, b: _Words) -> list[tuple[int, int, int, int, bool]]:
    """Shared passages as word ranges (a_start, a_end, b_start, b_end, quoted), ends exclusive.

    Seeds inside quotation marks in both documents chain only with each other, so a shared
    quotation and the copied narrative around it come out as separate passages.
    """
    shared = np.intersect1d(a.distinct, b.distinct, assume_unique=True)
    if not len(shared):
        return []
    in_b = _positions_of(b.seeds, shared)
    index: dict[int, list[int]] = defaultdict(list)
    for j, h in zip(in_b.tolist(), b.seeds[in_b].tolist(), strict=True):
        index[h].append(j)
    in_a = _positions_of(a.seeds, shared)
    seeds = [(i, j) for i, h in zip(in_a.tolist(), a.seeds[in_a].tolist(), strict=True) for j in index[h]]
    chains: list[_Chain] = []
    active: list[_Chain] = []
    for i, j in seeds:
        quoted = bool(a.in_quote[i] and b.in_quote[j])
        active = [c for c in active if i - c.a_end <= MAX_GAP]
        chain = next((c for c in active if c.quoted == quoted and c.takes(i, j)), None)
        if chain is not None:
            chain.extend(i, j)
        else:
            chain = _Chain(i, i + SEED, j, j + SEED, quoted)
            chains.append(chain)
            active.append(chain)
    return [(c.a_start, c.a_end, c.b_start, c.b_end, c.quoted) for c in chains if c.is_long_enough()]


def _is_a_name(w: _Words, start: int, end: int) -> bool:
    """ "Convention on the Prevention and Punishment of the Crime of Genocide": a title both
    documents name, not text one copied from the other."""
    content = [w.doc.text[w.starts[k]] for k in range(start, end)
               if (token := w.token(k)) not in STOPWORDS and not token.isdigit()]
    return bool(content) and sum(ch.isupper() for ch in content) / len(content) >= NAME_SHARE


def _date_key(doc: Document) -> str:
    return doc.published or doc.published_inferred or "9999"


def reuse_between(first: Document, second: Document) -> ReusePair | None:
    """The text two documents share, earlier document first, or None when they share none."""
    return _reuse_of_words(_Words(first), _Words(second))


def _reuse_of_words(a: _Words, b: _Words) -> ReusePair | None:
    if (_date_key(b.doc), b.doc.id) < (_date_key(a.doc), a.doc.id):
        a, b = b, a
    spans = [span for span in align(a, b) if not _is_a_name(a, span[0], span[1])]
    if not spans:
        return None
    passages = []
    weight = 0.0
    for a0, a1, b0, b1, quotation in spans:
        passages.append(Passage(a.starts[a0], a.ends[a1 - 1], b.starts[b0], b.ends[b1 - 1],
                                "quotation" if quotation else "prose"))
        weight += (a1 - a0) * (QUOTATION_WEIGHT if quotation else 1.0)
    shorter = min(a.count, b.count)
    score = round(float(np.clip(weight / max(1, shorter), 0.0, 1.0)), 4)
    return ReusePair(a.doc.id, b.doc.id, score, tuple(passages))


ALIGN_BATCH = 2000  # candidate pairs whose documents are fetched together when texts are not held


def find_reuse(documents: Iterable[Document], fetch: Callable[[list[str]], Iterable[Document]] | None = None,
               expected: int | None = None, batch: int = ALIGN_BATCH) -> list[ReusePair]:
    """Every pair of documents that shares text, earlier document first, heavy copying scored highest.

    With ``fetch`` (documents by id, as a ledger gives them) ``documents`` is read once as a
    stream for the blocking keys, and only the documents of candidate pairs are fetched
    again, a batch of pairs at a time: no text is held beyond the batch it serves, so memory
    does not grow with the corpus. Without it every document is held until the end.
    ``expected`` (the number of documents, when they come as a stream) sizes the key index;
    ``batch`` is the number of candidate pairs whose documents are fetched at once.
    """
    held = list(documents) if fetch is None else None
    if held is not None:
        expected = len(held)
    elif expected is None:
        raise ValueError("find_reuse over a stream of documents needs the expected number of documents")
    ids: list[str] = []

    def texts() -> Iterator[str]:
        for doc in documents if held is None else held:
            ids.append(doc.id)
            yield doc.text

    with paused_cycle_collection():
        pairs = sorted(candidate_pairs(texts(), expected))
        if held is not None:
            return aligned_pairs(pairs, held.__getitem__)
        assert fetch is not None
        out = []
        for start in range(0, len(pairs), batch):
            some = pairs[start : start + batch]
            needed = sorted({k for pair in some for k in pair})
            fetched = {d.id: d for d in fetch([ids[k] for k in needed])}
            out += aligned_pairs(some, {k: fetched[ids[k]] for k in needed}.__getitem__)
    return out


def aligned_pairs(pairs: list[tuple[int, int]], document: Callable[[int], Document]) -> list[ReusePair]:
    """The reuse of each candidate pair that shares text; a document's words go after its last pair."""
    remaining = Counter(k for pair in pairs for k in pair)
    words: dict[int, _Words] = {}
    out = []
    for i, j in pairs:
        for k in (i, j):
            if k not in words:
                words[k] = _Words(document(k))
        pair = _reuse_of_words(words[i], words[j])
        if pair is not None:
            out.append(pair)
        for k in (i, j):
            remaining[k] -= 1
            if not remaining[k]:
                del words[k]
    return out
