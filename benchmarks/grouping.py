"""Grouping at scale: generated claim sets of 10k, 100k and 1M claims.

    python benchmarks/grouping.py [--sizes 10000 100000 1000000]

Prints, for each size, the time and peak memory of ``group_claims`` and its growth against
the previous size, beside a peer run in the same process: a naive all-pairs comparison on the
smallest size, extrapolated, to show what blocking saves. Target: time grows at most 13x per
10x more claims.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from concurrent.futures import ProcessPoolExecutor

from claimledger.grouping import group_claims
from claimledger.model import Claim, Document, Span, stable_id

NOUNS = ["people", "civilians", "children", "women", "houses", "soldiers", "families", "villages", "countries"]
VERBS = ["killed", "injured", "evacuated", "destroyed", "missing", "arrested", "displaced", "adopted"]


SYLLABLES = ["al", "bar", "cor", "dun", "el", "fen", "gar", "hol", "ist", "jor", "kel", "lom", "mar", "nor",
             "ost", "pel", "quin", "ros", "sel", "tor"]


def place(n: int) -> str:
    """A made-up place name, distinct for each n below 8000."""
    return "".join(SYLLABLES[(n // 20**i) % 20] for i in range(3)).capitalize() + "ville"


def generate(n_claims: int, seed: int = 7) -> tuple[list[Document], list[Claim]]:
    """Documents of ten claims each about events; each event's figures agree, conflict or grow."""
    rng = random.Random(seed)
    docs: list[Document] = []
    claims: list[Claim] = []
    n_docs = max(1, n_claims // 10)
    n_events = max(1, n_docs // 5)
    for d in range(n_docs):
        event = rng.randrange(n_events)
        day = 1 + d % 28
        sentences = []
        doc_id = stable_id("d", d)
        offset = 0
        for k in range(10):
            noun, verb = NOUNS[(event + k) % len(NOUNS)], VERBS[(event * 3 + k) % len(VERBS)]
            base = 10 + event * 100 + k * 7  # each event's figures are its own
            value = base + (day // 7) * (k % 3)  # some figures grow week by week, others stay put
            sentence = f"In the {place(event)} disaster, {value} {noun} were {verb} near {place(event + 1)}."
            start = offset + sentence.index(str(value))
            claims.append(Claim(stable_id("c", doc_id, k), doc_id, "quantity", Span(start, start + len(str(value))),
                                sentence, value, what=f"{noun} {verb}", what_key=f"{noun}|{verb}"))
            sentences.append(sentence)
            offset += len(sentence) + 1
        docs.append(Document(doc_id, f"gen/{d}.txt", "\n".join(sentences), doc_id, "txt", "utf-8",
                             published=f"2024-03-{day:02d}"))
    return docs, claims[:n_claims]


def _measure_here(n: int) -> tuple[float, float, int]:
    docs, claims = generate(n)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    groups = group_claims(docs, claims, [])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return seconds, peak - before, len(groups)


def measure(n: int) -> tuple[float, float, int]:
    """Time and peak resident memory added by grouping n claims, in a fresh process."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        return pool.submit(_measure_here, n).result()


def naive_pairs_seconds(n: int) -> float:
    """The peer: every pair of claims compared once (value and key), as grouping without blocking would."""
    _, claims = generate(n)
    start = time.perf_counter()
    same = 0
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            same += a.value == b.value and a.what_key == b.what_key
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args()
    print(f"{'claims':>10}{'groups':>10}{'seconds':>10}{'+peak MiB':>10}{'growth':>9}")
    previous = None
    for n in args.sizes:
        seconds, peak, groups = measure(n)
        growth = f"{seconds / previous:.1f}x" if previous else "-"
        print(f"{n:>10}{groups:>10}{seconds:>10.2f}{peak:>10.0f}{growth:>9}", flush=True)
        previous = seconds
    small = 3_000
    naive = naive_pairs_seconds(small)
    for n in args.sizes:
        print(f"peer: all pairs at {small} claims took {naive:.2f} s; extrapolated to {n}: "
              f"{naive * (n / small) ** 2:,.0f} s")


if __name__ == "__main__":
    main()
