"""The passages two documents share: a seed-and-chain alignment tolerant of small edits,
quotations told apart from copied prose, the earlier document first; and the whole stage,
``find_reuse``, over a stream of documents.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from claimledger.budget import paused_cycle_collection
from claimledger.model import Document, Passage, ReusePair, publication_date
from claimledger.reuse.hashing import DEFAULT_REUSE, WORD, gram_hashes, hashes_of_words
from claimledger.reuse.index import candidate_pairs
from claimledger.settings import ReuseSettings

SEED = 3  # words per exact seed of an alignment


MAX_GAP = 4  # words that may differ between two seeds of one passage


MIN_PASSAGE_WORDS = 8


MIN_SEEDED = 0.5  # of the seeds a passage of its length holds where it is copied word for word


QUOTATION_WEIGHT = 0.25  # a shared quotation is weaker evidence of copying than shared narrative


NAME_SHARE = 0.8  # a passage whose content words are this much capitalised is a shared name or title


STOPWORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "it", "its", "their", "his", "her", "which", "who", "whom", "against", "through", "into", "over", "under", "between", "within"]
)


_QUOTED = re.compile(r"[\"“«„]([^\"”»“]{8,}?)[\"”»]", re.S)


class _Words:
    """A document's words as alignment needs them: a hash of the SEED words starting at each word
    and, only for documents that share seeds with another, where each word lies in the text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        words = WORD.findall(doc.text)
        self.count = len(words)
        self.seeds = gram_hashes(hashes_of_words(words), SEED)  # per word: the seed starting there
        self.distinct = np.unique(self.seeds)

    @cached_property
    def _spans(self) -> tuple[list[int], list[int]]:
        spans = np.array([m.span() for m in WORD.finditer(self.doc.text)], dtype=np.int64).reshape(-1, 2)
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


@dataclass(slots=True)
class _Chain:
    """A passage being aligned: its word ranges in both documents, ends exclusive."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    quoted: bool
    seeds: int = 1  # exact seeds the passage is made of

    def takes(self, i: int, j: int) -> bool:
        """Whether the seed at (i, j) extends this passage: it follows within MAX_GAP words in
        both documents, with gaps that differ by at most MAX_GAP, or lies inside it."""
        continues = (0 <= i - self.a_end <= MAX_GAP and 0 <= j - self.b_end <= MAX_GAP
                     and abs((i - self.a_end) - (j - self.b_end)) <= MAX_GAP)
        return continues or (self.a_start <= i < self.a_end and self.b_start <= j < self.b_end)

    def extend(self, i: int, j: int) -> None:
        self.a_end, self.b_end = max(self.a_end, i + SEED), max(self.b_end, j + SEED)
        self.seeds += 1

    def is_long_enough(self) -> bool:
        """Long enough, and copied for the most part: two seeds a few words apart ("on Friday.
        The jobless rate eased to 4.2" and "on Friday. The unemployment rate fell to 4.2") are two
        reports of one fact, not a copied passage."""
        words = min(self.a_end - self.a_start, self.b_end - self.b_start)
        return words >= MIN_PASSAGE_WORDS and self.seeds >= MIN_SEEDED * (words - SEED + 1)


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


MIN_WORDS_BESIDE_FIGURES = 3  # "revenue of $4.4 billion to $4.6 billion" is one fact, "366th motorized infantry regiment" text
_SCALE_WORDS = frozenset(["hundred", "thousand", "million", "billion", "trillion", "percent", "per", "cent"])


def _tells_more_than_figures(w: _Words, start: int, end: int) -> bool:
    """Whether a passage holds words of its own besides the figures two reports of one fact share
    ("revenue of $4.4 billion to $4.6 billion" is the fact each gives, not text one copied)."""
    words = [token for k in range(start, end) if (token := w.token(k)) not in STOPWORDS
             and token not in _SCALE_WORDS and not token[:1].isdigit()]  # "4.4", "366th"; never "A320" nor "w17"
    return len(words) >= MIN_WORDS_BESIDE_FIGURES


SHORT_PASSAGE_WORDS = 12  # below this, a passage that ends on its figure is one fact's phrase


def _ends_on_a_figure(w: _Words, start: int, end: int) -> bool:
    """Whether a short passage is the phrase of one fact that stops at its figure ("full-year net
    sales of about $7.6 billion"): two reports of the fact word it alike and part right after it,
    where a copied passage runs on past its figures."""
    if end - start >= SHORT_PASSAGE_WORDS:
        return False
    last = end - 1
    if w.token(last) in _SCALE_WORDS and last > start:
        last -= 1
    return w.token(last)[:1].isdigit()


def _date_key(doc: Document) -> str:
    return publication_date(doc) or "9999"


def reuse_between(first: Document, second: Document) -> ReusePair | None:
    """The text two documents share, earlier document first, or None when they share none."""
    return _reuse_of_words(_Words(first), _Words(second))


def _reuse_of_words(a: _Words, b: _Words) -> ReusePair | None:
    if (_date_key(b.doc), b.doc.id) < (_date_key(a.doc), a.doc.id):
        a, b = b, a
    spans = [span for span in align(a, b) if not _is_a_name(a, span[0], span[1])
             and _tells_more_than_figures(a, span[0], span[1]) and not _ends_on_a_figure(a, span[0], span[1])]
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
               expected: int | None = None, batch: int = ALIGN_BATCH,
               settings: ReuseSettings = DEFAULT_REUSE) -> list[ReusePair]:
    """Every pair of documents that shares text, earlier document first, heavy copying scored highest.

    With ``fetch`` (documents by id, as a ledger gives them) ``documents`` is read once as a
    stream for the blocking keys, and only the documents of candidate pairs are fetched
    again, a batch of pairs at a time: no text is held beyond the batch it serves, so memory
    does not grow with the corpus. Without it every document is held until the end.
    ``expected`` (the number of documents, when they come as a stream) sizes the key index;
    ``batch`` is the number of candidate pairs whose documents are fetched at once; ``settings``
    say which keys make a candidate pair.
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
        pairs = sorted(candidate_pairs(texts(), expected, settings))
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
