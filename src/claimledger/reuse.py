"""Passages documents share, verbatim or lightly edited, and which document came first.

Candidate pairs come from MinHash LSH (datasketch) over overlapping windows of words, so a
short copied passage inside two long documents still collides, and no pair of documents is
compared unless a window of one resembles a window of the other. Each candidate pair is then
aligned on shared word 4-grams chained across small gaps, which tolerates a changed spelling
("Khojali"/"Khojaly"), an inserted bracket or a swapped word, as passim and TextPAIR do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .model import Document, Passage, ReusePair

WINDOW = 16  # words per MinHash window
STEP = 8
SHINGLE = 3  # words per shingle inside a window
SEED = 3  # words per exact seed of an alignment
MAX_GAP = 4  # words that may differ between two seeds of one passage
MIN_PASSAGE_WORDS = 8
NUM_PERM = 64
LSH_THRESHOLD = 0.15
QUOTATION_WEIGHT = 0.25  # a shared quotation is weaker evidence of copying than shared narrative

NAME_SHARE = 0.8  # a passage whose content words are this much capitalised is a shared name or title
STOPWORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "it", "its", "their", "his", "her", "which", "who", "whom", "against", "through", "into", "over", "under", "between", "within"]
)

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r"[\"“«„]([^\"”»“]{8,}?)[\"”»]", re.S)


@dataclass(frozen=True, slots=True)
class _Words:
    doc: Document
    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    in_quote: tuple[bool, ...]  # per word: inside quotation marks


def _words(doc: Document) -> _Words:
    matches = list(_WORD.finditer(doc.text))
    quoted = [m.span(1) for m in _QUOTED.finditer(doc.text)]
    in_quote = []
    q = 0
    for m in matches:
        while q < len(quoted) and quoted[q][1] <= m.start():
            q += 1
        in_quote.append(q < len(quoted) and quoted[q][0] <= m.start() < quoted[q][1])
    return _Words(doc, tuple(m.group(0).casefold() for m in matches), tuple(m.start() for m in matches),
                  tuple(m.end() for m in matches), tuple(in_quote))


def _hash(token_tuple: Sequence[str]) -> int:
    return hash(" ".join(token_tuple)) & 0xFFFFFFFF


def candidate_pairs(words: list[_Words]) -> set[tuple[int, int]]:
    """Document index pairs whose word windows collide in MinHash LSH."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    pairs: set[tuple[int, int]] = set()
    seed = MinHash(num_perm=NUM_PERM, seed=1)
    for i, w in enumerate(words):
        n = len(w.tokens)
        for k, start in enumerate(range(0, max(1, n - WINDOW + STEP), STEP)):
            window = w.tokens[start : start + WINDOW]
            if len(window) < SHINGLE:
                continue
            shingles = {_hash(window[j : j + SHINGLE]) for j in range(len(window) - SHINGLE + 1)}
            mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=seed.permutations, scheme=seed.scheme)
            mh.update_batch([s.to_bytes(4, "little") for s in shingles])
            for other in lsh.query(mh):
                j = int(other.split(":", 1)[0])
                if j != i:
                    pairs.add((min(i, j), max(i, j)))
            lsh.insert(f"{i}:{k}", mh, check_duplication=False)
    return pairs


def align(a: _Words, b: _Words) -> list[tuple[int, int, int, int, bool]]:
    """Shared passages as word ranges (a_start, a_end, b_start, b_end, quoted), ends exclusive.

    Seeds inside quotation marks in both documents chain only with each other, so a shared
    quotation and the copied narrative around it come out as separate passages.
    """
    index: dict[int, list[int]] = defaultdict(list)
    for j in range(len(b.tokens) - SEED + 1):
        index[_hash(b.tokens[j : j + SEED])].append(j)
    seeds = sorted((i, j) for i in range(len(a.tokens) - SEED + 1) for j in index.get(_hash(a.tokens[i : i + SEED]), ()))
    passages: list[list[int]] = []  # [a_start, a_end, b_start, b_end, quoted]
    active: list[list[int]] = []
    for i, j in seeds:
        quoted = int(a.in_quote[i] and b.in_quote[j])
        active = [p for p in active if i - p[1] <= MAX_GAP]
        for p in active:
            if p[4] != quoted:
                continue
            continues = 0 <= i - p[1] <= MAX_GAP and 0 <= j - p[3] <= MAX_GAP and abs((i - p[1]) - (j - p[3])) <= MAX_GAP
            inside = p[0] <= i < p[1] and p[2] <= j < p[3]
            if continues or inside:
                p[1], p[3] = max(p[1], i + SEED), max(p[3], j + SEED)
                break
        else:
            passage = [i, i + SEED, j, j + SEED, quoted]
            passages.append(passage)
            active.append(passage)
    return [(p[0], p[1], p[2], p[3], bool(p[4])) for p in passages
            if min(p[1] - p[0], p[3] - p[2]) >= MIN_PASSAGE_WORDS]


def _is_a_name(w: _Words, start: int, end: int) -> bool:
    """ "Convention on the Prevention and Punishment of the Crime of Genocide": a title both
    documents name, not text one copied from the other."""
    content = [w.doc.text[w.starts[k]] for k in range(start, end)
               if w.tokens[k] not in STOPWORDS and not w.tokens[k].isdigit()]
    return bool(content) and sum(ch.isupper() for ch in content) / len(content) >= NAME_SHARE


def _date_key(doc: Document) -> str:
    return doc.published or doc.published_inferred or "9999"


def find_reuse(documents: Iterable[Document]) -> list[ReusePair]:
    """Every pair of documents that shares text, earlier document first, heavy copying scored highest."""
    words = [_words(d) for d in documents]
    out = []
    for i, j in sorted(candidate_pairs(words)):
        a, b = words[i], words[j]
        if (_date_key(b.doc), b.doc.id) < (_date_key(a.doc), a.doc.id):
            a, b = b, a
        spans = align(a, b)
        if not spans:
            continue
        passages = []
        weight = 0.0
        for a0, a1, b0, b1, quotation in spans:
            if _is_a_name(a, a0, a1):
                continue
            pa = (a.starts[a0], a.ends[a1 - 1])
            pb = (b.starts[b0], b.ends[b1 - 1])
            passages.append(Passage(pa[0], pa[1], pb[0], pb[1], "quotation" if quotation else "prose"))
            weight += (a1 - a0) * (QUOTATION_WEIGHT if quotation else 1.0)
        if not passages:
            continue
        shorter = min(len(a.tokens), len(b.tokens))
        score = round(float(np.clip(weight / max(1, shorter), 0.0, 1.0)), 4)
        out.append(ReusePair(a.doc.id, b.doc.id, score, tuple(passages)))
    return out
