"""The per-document stages in batches: the same results as one source at a time, in input
order, and a bad source in a batch costs only itself."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from claimledger.claims.parse import load_model
from claimledger.model import DocumentResult, RawSource, Reject
from claimledger.run.local import run_local
from claimledger.run.pipeline import BATCH_SOURCES, process_batch
from claimledger.settings import Settings

from .conftest import descendants

ARTICLES = [
    "Floods killed 41 people in the valley on Monday, officials said, and about 300 homes were destroyed.",
    "The ministry said more than 1,200 families had been evacuated by Tuesday.",
    "Rescuers found 12 survivors. Police said 7 people were still missing.",
    "\x00\x01\x02\x03",  # binary content: rejected
    "Officials said the death toll rose to 44 on Wednesday; 18 were injured.",
    "",  # empty: rejected
]


def _sources(texts: list[str]) -> list[RawSource]:
    return [RawSource(f"batch/{n}.txt", "", "txt", text.encode()) for n, text in enumerate(texts)]


def _outcome(result: DocumentResult | Reject) -> object:
    if isinstance(result, Reject):
        return ("reject", result.path, result.code)
    return (result.document.id, result.document.text, result.claims, result.document.notices)


def test_a_batch_gives_what_each_source_gives_alone() -> None:
    sources = _sources(ARTICLES * 4)  # more than one batch
    settings = Settings()
    alone = [_outcome(process_batch([source], settings)[0]) for source in sources]
    assert [_outcome(r) for r in process_batch(sources, settings)] == alone
    assert sum(1 for o in alone if o[0] == "reject") == 8


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_sources_come_back_in_input_order_whatever_the_batches(workers: int) -> None:
    sources = _sources([f"Officials said {n + 3} people were killed." for n in range(BATCH_SOURCES * 2 + 5)])
    items: list[RawSource | Reject] = [*sources[:3], Reject("x.bin", "", "E015", "binary content"), *sources[3:]]
    outcomes = list(run_local(items, Settings(), workers=workers, skip=lambda s: s is sources[10]))
    assert [source for source, _ in outcomes] == [*sources[:3], None, *sources[3:10], *sources[11:]]
    for source, result in outcomes:
        if source is not None:
            assert isinstance(result, DocumentResult) and result.document.path == source.path
            figures = [c.value for c in result.claims if c.kind == "quantity"]
            assert figures == [int(source.path.split("/")[1].split(".")[0]) + 3]


def test_a_runaway_document_is_rejected_alone_and_its_batch_still_lands() -> None:
    load_model()  # loading the model is not the documents' time
    runaway = " ".join(f"On day {n} some {n * 7} people were killed and {n} injured." for n in range(40_000))
    sources = _sources([ARTICLES[0], runaway, ARTICLES[1]])
    results = process_batch(sources, Settings(doc_time_budget_s=1.0))
    assert isinstance(results[1], Reject) and results[1].code == "E012"
    assert all(isinstance(r, DocumentResult) and r.claims for r in (results[0], results[2]))


def test_a_runaway_document_costs_only_its_own_budget() -> None:
    """The others of its batch are not redone: the batch takes one budget, not the batch's
    budget and then each source again (over four budgets here before)."""
    load_model()
    runaway = " ".join(f"On day {n} some {n * 7} people were killed and {n} injured." for n in range(40_000))
    sources = _sources([ARTICLES[0], runaway, ARTICLES[1], ARTICLES[2]])
    start = time.perf_counter()
    results = process_batch(sources, Settings(doc_time_budget_s=1.0))
    assert time.perf_counter() - start < 2.0
    assert [isinstance(r, Reject) for r in results] == [False, True, False, False]


def _fork_servers() -> list[int]:
    """This process's descendants that are a multiprocessing fork server."""
    return [pid for pid in descendants(os.getpid()) if "forkserver" in _command_line(pid)]


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_no_fork_server_outlives_the_per_document_stages() -> None:
    sources = _sources([f"Officials said {n + 3} people were killed." for n in range(4)])
    outcomes = run_local(sources, Settings(), workers=1)
    next(outcomes)
    assert _fork_servers()  # it served the worker
    list(outcomes)
    assert not _fork_servers()
