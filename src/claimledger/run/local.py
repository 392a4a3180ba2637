"""The local executor: the pipeline's batches in this process or in worker processes started from
a fork server, results in input order.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import forkserver  # at import time: a build cut short stops it as Python exits, when imports fail

from claimledger.model import DocumentResult, RawSource, Reject
from claimledger.run.pipeline import batches, process_batch
from claimledger.settings import Settings

PARENT_CHECK_SECONDS = 1.0  # how often a worker checks that the build it serves is still running


def run_local(
    items: Iterable[RawSource | Reject],
    settings: Settings,
    workers: int = 1,
    skip: Callable[[RawSource], bool] = lambda source: False,
) -> Iterator[tuple[RawSource | None, DocumentResult | Reject]]:
    """Apply the per-document stages to every source, in input order, in ``workers`` processes
    (0: in this one). One worker is a process of its own too: the parser and its memory stay
    there, and the cross-document stages that follow in this process start without them (a
    build of 100k documents peaked at 483 MiB with the parser in the same process, against
    about 340 MiB for its cross-document stages alone)."""
    if workers <= 0:
        for entry in batches(items, skip):
            yield from _settle((entry, entry if isinstance(entry, Reject) else process_batch(entry, settings)))
        return
    # forkserver: a worker forked from this process would inherit its ledger connection, and after a
    # kill -9 of this process keep PostgreSQL's transaction and lock alive until the worker ended
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=_worker_context(),
                                 initializer=_end_with, initargs=(os.getpid(),)) as pool:
            window: deque[tuple[list[RawSource] | Reject, object]] = deque()
            for entry in batches(items, skip):
                window.append((entry, entry if isinstance(entry, Reject) else pool.submit(process_batch, entry, settings)))
                if len(window) >= workers * 2:
                    yield from _settle(window.popleft())
            while window:
                yield from _settle(window.popleft())
    finally:
        _stop_fork_server()


def _stop_fork_server() -> None:
    """End the idle fork server (about 100 MiB with spaCy imported) before the cross-document
    stages, whose memory grows with the corpus. A later pool starts a new one. Python has only
    a private call for this; where it is missing the server stays until the build ends."""
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if callable(stop):
        stop()


def _worker_context() -> multiprocessing.context.BaseContext:
    """A fork server that has imported the stages and spaCy once, so each worker forks ready."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["claimledger.run.pipeline", "spacy"])
    return context


def _end_with(build: int) -> None:
    """Make this worker exit when the build process is gone. A worker waits for work on a pipe
    that it holds open itself, so after a kill -9 of the build it would otherwise wait forever,
    with the parser's memory, and keep its fork server alive too."""

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            try:
                os.kill(build, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # alive, owned by another user (only after its pid was reused)
                pass

    threading.Thread(target=watch, name="end-with-build", daemon=True).start()


def _settle(entry: tuple[list[RawSource] | Reject, object]) -> Iterator[tuple[RawSource | None, DocumentResult | Reject]]:
    sources, pending = entry
    if isinstance(sources, Reject):
        yield None, sources
        return
    results = pending if isinstance(pending, list) else pending.result()  # type: ignore[attr-defined]
    yield from zip(sources, results, strict=True)
