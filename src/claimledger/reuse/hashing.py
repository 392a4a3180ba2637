"""Per-document blocking keys for text reuse: word hashes, MinHash signatures of shingle windows
(edited copies) and winnowed exact fingerprints (any run of shared words). A pure function of
one text, so executors compute them where the text is.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from claimledger.settings import ReuseSettings

DEFAULT_REUSE = ReuseSettings()


WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4)
def _permutations(count: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``count`` hash permutations of MinHash, the same in every process."""
    rng = np.random.default_rng(1)
    a = rng.integers(1, 2**63, count, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, count, dtype=np.uint64)
    return a, b


@lru_cache(maxsize=4)
def _band_weights(rows: int) -> np.ndarray:
    """How the ``rows`` values of a band are folded into one key, the same in every process."""
    return np.random.default_rng(2).integers(1, 2**61, rows, dtype=np.uint64)


MASK32 = np.uint64(0xFFFFFFFF)
# one odd multiplier per word of a shingle (xxHash32's primes), so the words' order counts
SHINGLE_MULTIPLIERS = tuple(np.uint64(m) for m in (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1))
_POWERS: list[tuple[np.ndarray, np.ndarray]] = []
WINNOW_WORDS, WINNOW_WINDOW = 5, 8  # exact keys: any shared run of 5 + 8 - 1 = 12 words shares one


def _window_signatures(ids: np.ndarray, settings: ReuseSettings) -> np.ndarray:
    """MinHash signatures (windows x bands * rows) of overlapping windows of word shingles."""
    n = len(ids) - settings.shingle + 1
    permutations = settings.bands * settings.rows
    if n <= 0:
        return np.empty((0, permutations), dtype=np.uint64)
    a, b = _permutations(permutations)
    shingles = ids[:n] * SHINGLE_MULTIPLIERS[0]
    for k in range(1, settings.shingle):
        shingles ^= ids[k : n + k] * SHINGLE_MULTIPLIERS[k]
    shingles &= MASK32
    hashed = shingles[:, None] * a[None, :]  # one (shingles x permutations) array, then updated in place
    hashed += b[None, :]
    hashed >>= np.uint64(32)
    halves = np.minimum.reduceat(hashed, np.arange(0, n, settings.half_window), axis=0)
    if len(halves) == 1:
        return halves
    return np.minimum(halves[:-1], halves[1:])  # windows of two halves, each overlapping the next by half


_POWER = np.uint64(0x100000001B3)  # odd, so that it has an inverse modulo 2**64


_INVERSE = np.uint64(pow(int(_POWER), -1, 2**64))


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
    return hashes_of_words(WORD.findall(text))


def hashes_of_words(words: list[str]) -> np.ndarray:
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


def gram_hashes(hashes: np.ndarray, width: int) -> np.ndarray:
    """A 64-bit hash of each run of ``width`` words, from the words' hashes (empty when shorter)."""
    n = max(0, len(hashes) - width + 1)
    grams = np.zeros(n, dtype=np.uint64)
    for k in range(width):
        grams = grams * np.uint64(0x9E3779B97F4A7C15) + hashes[k : k + n]
    return grams


def sorted_unique(values: np.ndarray) -> np.ndarray:
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
    grams = gram_hashes(hashes, WINNOW_WORDS)
    grams ^= grams >> np.uint64(31)
    if n <= WINNOW_WINDOW:
        return grams[[int(np.argmin(grams))]]
    least, width = grams, 1  # the least of every WINNOW_WINDOW in a row, by doubling the width:
    while width < WINNOW_WINDOW:  # three array operations for 8, cheaper than a sliding window view
        step = min(width, WINNOW_WINDOW - width)
        least, width = np.minimum(least[:-step], least[step:]), width + step
    return least


def document_keys(text: str, settings: ReuseSettings = DEFAULT_REUSE) -> np.ndarray:
    """Every blocking key of one text: LSH band keys of its windows and its winnowed fingerprints.

    A pure function of the text, so it runs wherever the document is (a worker, a Spark
    executor); two documents are a candidate pair when they share a key.
    """
    hashes = token_hashes(text)
    if len(hashes) < settings.shingle:
        return np.empty(0, dtype=np.uint64)
    signatures = _window_signatures(hashes, settings)
    bands = signatures.reshape(len(signatures), settings.bands, settings.rows)
    band_keys = ((bands * _band_weights(settings.rows)).sum(axis=2)
                 + np.arange(settings.bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    return sorted_unique(np.concatenate((band_keys.ravel(), _winnowed_keys(hashes))))
