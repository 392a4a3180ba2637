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

    python benchmarks/scale.py --real CORPUS.jsonl [--slowest 10]

Real-text mode: the documents of a JSON Lines corpus (such as the real-news development kit's
articles, never committed), beside a generated corpus of as many documents as its peer. Each
is built once by ``claimledger build --workers 1`` (documents per second, peak memory), and
once in this process with a stopwatch on every stage (ingest, clean, metadata, extract,
parse, store, reuse, grouping), which prints seconds per stage and the slowest documents
with the stage that took their time. Targets: >= 30 documents per second on one worker,
no document over 2 s.
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
SHAPES = 0.2  # share of generated documents with a shape of real news (corpus.REAL_SHAPES)
CONFIGS = {
    "local1": (["--engine", "local", "--workers", "1"], 1),
    "local2": (["--engine", "local", "--workers", "2"], 2),
    "spark2": (["--engine", "spark", "--master", "local[2]"], 2),
}


def write_corpus(n: int, folder: Path) -> None:
    corpus = generate(n, shapes=SHAPES)
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


STAGES = ("ingest", "clean", "metadata", "extract", "parse", "store", "reuse", "grouping")


def stage_seconds(corpus: Path, db: Path) -> dict[tuple[str, str], float]:
    """Seconds per (document, stage) of an in-process build of ``corpus``; the shared parse of
    a batch and the cross-document stages have the document ""."""
    from claimledger import build
    from claimledger.stopwatch import Stopwatch

    watch = Stopwatch()
    with watch.running():
        build([str(corpus)], str(db), workers=0)
    return dict(watch.seconds)


def print_real(corpus: Path, slowest: int) -> None:
    """The real-text mode: the corpus and a generated peer of as many documents, side by side."""
    n = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    workdir = Path(tempfile.mkdtemp(prefix="claimledger-real-"))
    try:
        peer = workdir / "generated.jsonl"
        write_jsonl(generate(n, shapes=SHAPES), peer)
        runs = {"real": corpus, "generated": peer}
        print(f"{'corpus':<10}{'docs':>7}{'seconds':>9}{'docs/s':>8}{'peak MiB':>10}", *(f"{s:>9}" for s in STAGES),
              flush=True)
        timings = {}
        for name, path in runs.items():
            seconds, peak, _ = run_build(path, workdir / f"{name}.db", ["--workers", "1"])
            timings[name] = stage_seconds(path, workdir / f"{name}-timed.db")
            per_stage = {s: sum(t for (_, st), t in timings[name].items() if st == s) for s in STAGES}
            print(f"{name:<10}{n:>7}{seconds:>9.1f}{n / seconds:>8.1f}{peak / 1024:>10.0f}",
                  *(f"{per_stage[s]:>9.2f}" for s in STAGES), flush=True)
        print(f"\nslowest {slowest} documents of {corpus.name} (seconds of their own work; the shared parse apart)")
        per_doc: dict[str, dict[str, float]] = {}
        for (doc, st), t in timings["real"].items():
            if doc:
                per_doc.setdefault(doc, {})[st] = t
        for doc, stages in sorted(per_doc.items(), key=lambda item: -sum(item[1].values()))[:slowest]:
            top = max(stages, key=stages.__getitem__)
            print(f"{sum(stages.values()):>8.3f} s  {top:<9} {stages[top]:.3f} s  {doc}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=list(CONFIGS))
    ap.add_argument("--real", type=Path, help="a JSON Lines corpus of real text: per-stage times instead")
    ap.add_argument("--slowest", type=int, default=10)
    args = ap.parse_args()
    if args.real:
        print_real(args.real, args.slowest)
        return
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
