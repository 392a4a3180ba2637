"""The web app under load: requests from several connections at once on a large ledger.

    python benchmarks/serve_load.py [--db LEDGER] [--documents 10000] [--requests 2000] [--connections 8]

Without ``--db``, a generated corpus (benchmarks/corpus.py) of ``--documents`` documents is built
into a temporary ledger first. The same mix of requests (the group list, filtered and paged; group
pages; document pages; the documents list; the groups API, paged) goes, from ``--connections``
client threads, to ``claimledger serve`` (waitress) and, as the peer in the same run, to Flask's
development server (threaded) serving the same app. For each: errors (any status but 200, or a
failed connection), requests per second, and latency p50, p95, p99 and the slowest.
Target: 0 errors on 2,000 requests with 8 connections on 10k documents.
"""

from __future__ import annotations

import argparse
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claimledger.store import Ledger
from scale import write_corpus  # noqa: I001  (run as a script from this folder)

PEER_SERVER = """
import sys
from claimledger.present.web import create_app
create_app(sys.argv[1]).run(host="127.0.0.1", port=int(sys.argv[2]), threaded=True)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def request_mix(db: str, n: int, seed: int = 5) -> list[str]:
    """``n`` paths a reader would ask for, drawn from the ledger's own groups and documents."""
    with Ledger.open(db, read_only=True) as ledger:
        _, groups = ledger.group_page(None, 0, 400)
        documents = ledger.document_ids()
    rng = random.Random(seed)
    kinds = [
        (3, lambda: "/"), (2, lambda: f"/?page={rng.randint(2, 20)}"), (2, lambda: "/?verdict=conflict"),
        (1, lambda: "/?q=killed&kind=quantity"), (6, lambda: f"/group/{rng.choice(groups).id}"),
        (6, lambda: f"/document/{rng.choice(documents)}"), (1, lambda: "/documents"),
        (3, lambda: f"/api/groups?page={rng.randint(1, 20)}&limit=100"),
    ]
    weighted = [make for weight, make in kinds for _ in range(weight)]
    return [rng.choice(weighted)() for _ in range(n)]


def wait_until_up(base: str, proc: subprocess.Popen[bytes], within: float = 60) -> None:
    deadline = time.time() + within
    while time.time() < deadline and proc.poll() is None:
        try:
            urllib.request.urlopen(base + "/favicon.ico", timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server at {base} did not start")


def load(base: str, paths: list[str], connections: int) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def fetch(path: str) -> None:
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=60) as answer:
                answer.read()
                failed = None if answer.status == 200 else f"{answer.status} {path}"
        except (urllib.error.URLError, OSError) as err:
            failed = f"{err} {path}"
        with lock:
            latencies.append(time.perf_counter() - started)
            if failed:
                errors.append(failed)

    started = time.perf_counter()
    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(fetch, paths))
    wall = time.perf_counter() - started
    ordered = sorted(latencies)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    for line in errors[:5]:
        print("   error:", line[:160])
    return {"errors": len(errors), "rps": len(paths) / wall, "p50": at(0.50), "p95": at(0.95), "p99": at(0.99),
            "max": ordered[-1]}


def serve(command: list[str], port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an existing ledger; else a generated corpus is built")
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--connections", type=int, default=8)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="serve-load-"))
    db = args.db
    if db is None:
        db = str(work / "ledger.db")
        write_corpus(args.documents, work / "corpus")
        print(f"building {args.documents} generated documents ...", flush=True)
        subprocess.run([sys.executable, "-m", "claimledger", "build", str(work / "corpus"), "--db", db, "-q",
                        "--workers", "2"], check=True)
    with Ledger.open(db, read_only=True) as ledger:
        counts = ledger.counts()
    paths = request_mix(db, args.requests)
    print(f"{counts['documents']:,} documents, {counts['claim_groups']:,} groups; {len(paths):,} requests from "
          f"{args.connections} connections")
    print(f"{'server':34} {'errors':>6} {'req/s':>7} {'p50 s':>7} {'p95 s':>7} {'p99 s':>7} {'max s':>7}")
    servers = {
        "claimledger serve (waitress)": lambda port: [sys.executable, "-m", "claimledger", "serve", "--db", db,
                                                      "--port", str(port)],
        "Flask development server (peer)": lambda port: [sys.executable, "-c", PEER_SERVER, db, str(port)],
    }
    for name, command in servers.items():
        port = free_port()
        proc = serve(command(port), port)
        try:
            wait_until_up(f"http://127.0.0.1:{port}", proc)
            figures = load(f"http://127.0.0.1:{port}", paths, args.connections)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        print(f"{name:34} {figures['errors']:>6} {figures['rps']:>7.1f} {figures['p50']:>7.3f} {figures['p95']:>7.3f} "
              f"{figures['p99']:>7.3f} {figures['max']:>7.3f}", flush=True)


if __name__ == "__main__":
    main()
