"""The per-document stages of one batch of sources, as pure functions of their arguments, with the
retry policy: a batch that fails is redone one source at a time, so a bad source is rejected alone.

Every executor (one process, local workers, Spark) calls ``process_batch`` and nothing else.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from typing import TypeVar

from claimledger.budget import time_budget
from claimledger.claims import Described, Located, describe_figures, extract_claims, finish, locate
from claimledger.claims.parse import load_model
from claimledger.document.prepare import prepare_document
from claimledger.errors import Code, InputError
from claimledger.model import Claim, DocumentResult, RawSource, Reject
from claimledger.settings import Settings
from claimledger.stopwatch import on_document, stage

T = TypeVar("T")


def process_document(source: RawSource, settings: Settings) -> DocumentResult:
    """Decode, extract the main text, clean, read metadata and extract claims of one source."""
    _load_parser(settings)
    with time_budget(settings.doc_time_budget_s):
        document = prepare_document(source, settings)
        claims, notices = extract_claims(document, use_parser=settings.use_parser)
        return DocumentResult(replace(document, notices=document.notices + notices), claims)


def _extract_together(sources: list[RawSource], settings: Settings) -> list[DocumentResult | Reject]:
    """``process_document`` for many sources, with one parse batch for all of them (faster). Each
    source's own work (decoding, cleaning, the patterns, attribution) runs in its own time budget,
    so a source that runs out of time is rejected alone and the others are not done twice."""
    _load_parser(settings)
    budget = _Budgets(settings.doc_time_budget_s)
    prepared = [budget.run(source, partial(_prepare_and_locate, source, settings)) for source in sources]
    located = [item for item in prepared if isinstance(item, Located)]
    with time_budget(settings.doc_time_budget_s * max(1, len(located))), stage("parse"):
        descriptions, notices = describe_figures(located, use_parser=settings.use_parser)
    described = iter(zip(located, descriptions, strict=True))
    out: list[DocumentResult | Reject] = []
    for source, item in zip(sources, prepared, strict=True):
        if isinstance(item, Reject):
            out.append(item)
            continue
        one, found = next(described)
        finished = budget.run(source, partial(_finish, one, found, notices))
        out.append(finished if isinstance(finished, Reject)
                   else DocumentResult(replace(one.document, notices=one.document.notices + finished[1]), finished[0]))
    return out


def _prepare_and_locate(source: RawSource, settings: Settings) -> Located:
    document = prepare_document(source, settings)
    with stage("extract"):
        return locate(document)


def _finish(located: Located, described: Described, notices: tuple[str, ...]
            ) -> tuple[tuple[Claim, ...], tuple[str, ...]]:
    with stage("extract"):
        return finish(located, described, notices)


class _Budgets:
    """Each source's time across the steps of a batch: what one step spent, the next cannot."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.spent: dict[int, float] = {}

    def run(self, source: RawSource, step: Callable[[], T]) -> T | Reject:
        left = self.seconds - self.spent.get(id(source), 0.0) if self.seconds > 0 else 0.0
        start = time.perf_counter()
        try:
            if self.seconds > 0 and left <= 0:
                raise InputError(Code.OVER_TIME_BUDGET, f"document took longer than the budget of {self.seconds:g} s")
            with time_budget(left), on_document(source.where):
                return step()
        except BATCH_FAULTS as err:
            return _reject_of(source, err)
        finally:
            self.spent[id(source)] = self.spent.get(id(source), 0.0) + time.perf_counter() - start


def _load_parser(settings: Settings) -> None:
    """Load the parsing model before any document's time budget starts: loading it is not the
    document's time (a first document on a busy machine was rejected for it). The language models
    load with the first document (0.75 s on real news): loading them all beforehand held 180 MiB
    more in each worker and made detection slower on text no model knows."""
    if settings.use_parser:
        load_model()


# what a hostile or broken input can make the per-document stages raise: rejected as E017
DOCUMENT_FAULTS: tuple[type[Exception], ...] = (RecursionError, MemoryError, ValueError, UnicodeError)
BATCH_FAULTS: tuple[type[Exception], ...] = (InputError, *DOCUMENT_FAULTS)  # a batch redone source by source


def _one_or_reject(source: RawSource, settings: Settings) -> DocumentResult | Reject:
    try:
        return process_document(source, settings)
    except BATCH_FAULTS as err:
        return _reject_of(source, err)


def _reject_of(source: RawSource, err: Exception) -> Reject:
    """The reject of a source whose stages raised: its own code for an input error, E017 else."""
    if isinstance(err, InputError):
        return Reject(source.path, source.location, err.code, err.message, source.content_hash)
    return Reject(source.path, source.location, Code.PROCESSING_FAILED, f"{type(err).__name__}: {err}",
                  source.content_hash)


BATCH_SOURCES = 16  # sources a worker takes at once: their figure sentences are parsed in one batch


def process_batch(sources: list[RawSource], settings: Settings) -> list[DocumentResult | Reject]:
    """Each source's result or reject, with one parse for all of them: a parse costs
    about the same for one sentence as for sixteen, so this is a third faster on news. A batch
    that fails is redone one source at a time, so a bad source costs only itself."""
    if not sources:
        return []
    try:
        return _extract_together(sources, settings)
    except BATCH_FAULTS:
        return [_one_or_reject(source, settings) for source in sources]


def batches(items: Iterable[RawSource | Reject], skip: Callable[[RawSource], bool]
             ) -> Iterator[list[RawSource] | Reject]:
    """Sources in batches of BATCH_SOURCES, and rejects on their own, in input order."""
    batch: list[RawSource] = []
    for item in items:
        if isinstance(item, Reject):
            if batch:
                yield batch
                batch = []
            yield item
        elif not skip(item):
            batch.append(item)
            if len(batch) >= BATCH_SOURCES:
                yield batch
                batch = []
    if batch:
        yield batch
