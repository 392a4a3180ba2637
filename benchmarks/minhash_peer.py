"""MinHash LSH candidate generation: claimledger's numpy implementation against datasketch.

    python benchmarks/minhash_peer.py [--docs 2000]

Both compute signatures of the same windows (2 x 6 word 3-shingles) with 64 permutations and
query LSH with 16 bands of 4 rows; the script prints the time of each and how many candidate
pairs each finds, and how many planted copies each catches.
"""

from __future__ import annotations

import argparse
import re
import time

from claimledger.reuse.index import candidate_pairs
from claimledger.settings import ReuseSettings
from corpus import generate  # noqa: I001
from reuse import documents

_REUSE = ReuseSettings()
BANDS, ROWS, HALF_WINDOW, SHINGLE = _REUSE.bands, _REUSE.rows, _REUSE.half_window, _REUSE.shingle
NUM_PERM = BANDS * ROWS


def datasketch_pairs(texts: list[str]) -> set[tuple[int, int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    seed = MinHash(num_perm=NUM_PERM, seed=1)
    pairs: set[tuple[int, int]] = set()
    for i, text in enumerate(texts):
        tokens = [t.casefold() for t in re.findall(r"\w+", text)]
        n = len(tokens) - SHINGLE + 1
        shingles = [" ".join(tokens[j : j + SHINGLE]).encode() for j in range(max(0, n))]
        for k, start in enumerate(range(0, max(1, n - HALF_WINDOW), HALF_WINDOW)):
            window = shingles[start : start + 2 * HALF_WINDOW]
            if not window:
                continue
            mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=seed.permutations, scheme=seed.scheme)
            mh.update_batch(window)
            for key in lsh.query(mh):
                j = int(key.split(":", 1)[0])
                if j != i:
                    pairs.add((min(i, j), max(i, j)))
            lsh.insert(f"{i}:{k}", mh, check_duplication=False)
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args()
    corpus = generate(args.docs, figures=False)
    texts = [d.text for d in documents(corpus.texts, corpus.dates)]
    planted = {(min(p.source, p.copy), max(p.source, p.copy)) for p in corpus.planted}
    for name, run in (("claimledger (numpy)", candidate_pairs), ("datasketch", datasketch_pairs)):
        start = time.perf_counter()
        pairs = run(texts)
        seconds = time.perf_counter() - start
        print(f"{name:<22} {seconds:7.2f} s  {len(pairs):7d} candidate pairs  planted caught {len(pairs & planted)}/{len(planted)}")


if __name__ == "__main__":
    main()
