"""Whole builds at scale: generated corpora of 1k, 10k and 100k documents, on every engine.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--configs local1 local2 spark2]

The corpus (benchmarks/corpus.py: ~500-word articles with planted figures, evolving counts
and copied passages) is written as shards of 500 documents, alternately JSON Lines and
WARC, as a crawl would arrive. Each configuration runs ``claimledger build`` as its own
process into a fresh SQLite ledger, and the script prints, side by side: documents per
second, documents per second per core, peak memory of the whole process tree (workers and
the Spark JVM included, sampled every 0.1 s), and time growth against the previous size.
Targets: >= 25 documents per second per core on the local engine; peak memory at 100k
<= 1.5x that at 10k; time at most 12x per 10x documents.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import Corpus, generate, write_jsonl, write_warc  # noqa: I001  (run as a script from this folder)

SHARD = 500
CONFIGS = {
    "local1": (["--engine", "local", "--workers", "1"], 1),
    "local2": (["--engine", "local", "--workers", "2"], 2),
    "spark2": (["--engine", "spark", "--master", "local[2]"], 2),
}


def write_corpus(n: int, folder: Path) -> None:
    corpus = generate(n)
    folder.mkdir(parents=True, exist_ok=True)
    for index, start in enumerate(range(0, n, SHARD)):
        shard = Corpus(corpus.texts[start : start + SHARD], corpus.dates[start : start + SHARD])
        if index % 2:
            write_warc(shard, folder / f"shard_{index:04d}.warc.gz")
        else:
            write_jsonl(shard, folder / f"shard_{index:04d}.jsonl")


def _tree_rss_kib(root: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/status") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as fh:
                    stack.extend(int(child) for child in fh.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def run_build(folder: Path, db: Path, args: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak tree memory (KiB) and the summary line of one build."""
    command = [sys.executable, "-m", "claimledger", "build", str(folder), "--db", str(db), "-q", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kib(proc.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}): {err[-2000:]}")
    return seconds, peak, out.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=list(CONFIGS))
    args = ap.parse_args()
    print(f"{'docs':>8} {'engine':<8}{'seconds':>9}{'docs/s':>8}{'per core':>10}{'peak MiB':>10}{'growth':>8}{'mem x':>7}",
          flush=True)
    previous: dict[str, tuple[float, int]] = {}
    for n in args.sizes:
        workdir = Path(tempfile.mkdtemp(prefix=f"claimledger-scale-{n}-"))
        try:
            write_corpus(n, workdir / "corpus")
            for name in args.configs:
                extra, cores = CONFIGS[name]
                seconds, peak, _ = run_build(workdir / "corpus", workdir / f"{name}.db", extra)
                growth, memory = "-", "-"
                if name in previous:
                    growth = f"{seconds / previous[name][0]:.1f}x"
                    memory = f"{peak / previous[name][1]:.2f}"
                previous[name] = (seconds, peak)
                print(f"{n:>8} {name:<8}{seconds:>9.1f}{n / seconds:>8.1f}{n / seconds / cores:>10.1f}"
                      f"{peak / 1024:>10.0f}{growth:>8}{memory:>7}", flush=True)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
