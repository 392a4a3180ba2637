"""Text reuse at scale: generated corpora of 1k, 10k and 100k documents with planted copies.

    python benchmarks/reuse.py [--sizes 1000 10000 100000]

Prints, per size: recall of planted copies (verbatim, edited, partial), the share of found
pairs that were not planted, time per run (the least of --repeat samples, each of enough runs
back to back to last --sample-seconds, taken in turn across the sizes),
and growth against the previous size. At the first size it
also runs a brute-force peer in the same process: every sentence of every document against
every other with rapidfuzz (``process.cdist``, ratio >= 90), so accuracy and time can be
compared. Targets: recall >= 0.98, false pairs <= 1%, time at most 12x per 10x documents.
"""

from __future__ import annotations

import argparse
import re
import time

import numpy as np

from claimledger.model import Document
from claimledger.reuse.passages import find_reuse
from corpus import generate  # noqa: I001  (benchmarks run as scripts from this folder)


def documents(texts: list[str], dates: list[str]) -> list[Document]:
    return [Document(f"d{i:07d}", f"gen/{i}.txt", t, f"h{i}", "txt", "utf-8", published=d)
            for i, (t, d) in enumerate(zip(texts, dates, strict=True))]


def _grams(text: str, n: int = 8) -> set[str]:
    words = text.split()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def evaluate(found: set[frozenset[int]], planted: set[frozenset[int]], texts: list[str]) -> tuple[float, float]:
    """Recall of planted copies, and the share of found pairs that share no text at all.

    A found pair that was not planted but shares an exact 8-word sequence is a copy of a copy
    (C copied a passage of B that B had copied from A): shared text, not a false pair.
    """
    recall = len(found & planted) / max(1, len(planted))
    false = [pair for pair in found - planted if not _grams(texts[min(pair)]) & _grams(texts[max(pair)])]
    return recall, len(false) / max(1, len(found))


def run_ours(sizes: list[int], repeat: int = 1,
             sample_seconds: float = 0.0) -> list[tuple[int, float, float, float, dict[str, float]]]:
    """Accuracy of one run per size, and its time per run: the least of ``repeat`` samples (as
    timeit does: noise only adds), where a sample runs the size back to back enough times to
    last about ``sample_seconds`` (timeit's ``number``). On this shared machine the same 1,000
    documents took 0.45 to 0.76 s from one moment to the next, and a short run can fall in a
    quiet moment that a long one cannot: timed alone, a sub-second size swung its growth figure
    by a third. Samples of about the same length (the largest size's run, by default) see the
    same noise, so their ratio is the code's. Every corpus is in memory before timing starts and
    the samples go round the sizes in turn, so each size is timed in the same process state and
    across the same stretch of the machine's time (its speed also drifts by a fifth over
    minutes)."""
    corpora = {n: generate(n, figures=False) for n in sizes}
    docs = {n: documents(c.texts, c.dates) for n, c in corpora.items()}
    found_pairs = {}
    first: dict[int, float] = {}
    for n in sizes:  # a first, untimed run sets how many runs make a sample
        start = time.perf_counter()
        found_pairs[n] = find_reuse(docs[n])
        first[n] = time.perf_counter() - start
    number = {n: max(1, round((sample_seconds or max(first.values())) / first[n])) for n in sizes}
    times: dict[int, list[float]] = {n: [] for n in sizes}
    for _ in range(repeat):
        for n in sizes:
            start = time.perf_counter()
            for _ in range(number[n]):
                find_reuse(docs[n])
            times[n].append((time.perf_counter() - start) / number[n])
    rows = []
    for n in sizes:
        corpus = corpora[n]
        index = {d.id: i for i, d in enumerate(docs[n])}
        found = {frozenset((index[p.a], index[p.b])) for p in found_pairs[n]}
        planted = {frozenset((p.source, p.copy)) for p in corpus.planted}
        recall, false_share = evaluate(found, planted, corpus.texts)
        by_kind = {}
        for kind in ("verbatim", "edited", "partial"):
            of_kind = {frozenset((p.source, p.copy)) for p in corpus.planted if p.kind == kind}
            by_kind[kind] = len(found & of_kind) / max(1, len(of_kind))
        rows.append((n, min(times[n]), recall, false_share, by_kind))
    return rows


def run_brute_force(n: int) -> tuple[float, float, float]:
    """Every sentence against every sentence of every other document, with rapidfuzz."""
    from rapidfuzz import fuzz, process

    corpus = generate(n, figures=False)
    sentences, owner = [], []
    for i, text in enumerate(corpus.texts):
        for s in re.split(r"(?<=\.)\s+", text):
            if len(s.split()) >= 8:
                sentences.append(s)
                owner.append(i)
    owners = np.array(owner)
    start = time.perf_counter()
    found: set[frozenset[int]] = set()
    chunk = 2000
    for row in range(0, len(sentences), chunk):
        scores = process.cdist(sentences[row : row + chunk], sentences, scorer=fuzz.ratio, score_cutoff=90,
                               workers=2, dtype=np.uint8)
        rows, cols = np.nonzero(scores)
        for r, c in zip(rows + row, cols, strict=True):
            if owners[r] != owners[c]:
                found.add(frozenset((int(owners[r]), int(owners[c]))))
    seconds = time.perf_counter() - start
    planted = {frozenset((p.source, p.copy)) for p in corpus.planted}
    recall, false_share = evaluate(found, planted, corpus.texts)
    return seconds, recall, false_share


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--repeat", type=int, default=3, help="time each size this many times and keep the least")
    ap.add_argument("--sample-seconds", type=float, default=0.0,
                    help="a sample runs a size back to back for about this long (timeit's number); "
                         "by default as long as one run of the largest size")
    ap.add_argument("--no-peer", action="store_true", help="skip the brute-force peer (about 200 s at 1k)")
    args = ap.parse_args()
    print(f"{'docs':>8}{'recall':>8}{'verbatim':>10}{'edited':>8}{'partial':>9}{'false':>8}{'seconds':>9}{'growth':>8}")
    previous = None
    for n, seconds, recall, false_share, by_kind in run_ours(args.sizes, args.repeat, args.sample_seconds):
        growth = f"{seconds / previous:.1f}x" if previous else "-"
        print(f"{n:>8}{recall:>8.3f}{by_kind['verbatim']:>10.3f}{by_kind['edited']:>8.3f}{by_kind['partial']:>9.3f}"
              f"{false_share:>8.3%}{seconds:>9.2f}{growth:>8}", flush=True)
        previous = seconds
    if args.no_peer:
        return
    n = args.sizes[0]
    seconds, recall, false_share = run_brute_force(n)
    print(f"peer at {n} docs: brute-force all pairs of sentences (rapidfuzz cdist, ratio >= 90): "
          f"recall {recall:.3f}, false {false_share:.3%}, {seconds:.1f} s")


if __name__ == "__main__":
    main()
