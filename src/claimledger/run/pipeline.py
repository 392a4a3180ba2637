"""The per-document stages of one batch of sources, as pure functions of their arguments, with the
retry policy: a batch that fails is redone one source at a time, so a bad source is rejected alone.

Every executor (one process, local workers, Spark) calls ``process_batch`` and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from claimledger.budget import time_budget
from claimledger.claims import extract_claims, extract_claims_many
from claimledger.claims.parse import load_model
from claimledger.document.prepare import prepare_document
from claimledger.errors import Code, InputError
from claimledger.model import Document, DocumentResult, RawSource, Reject
from claimledger.settings import Settings


def process_document(source: RawSource, settings: Settings) -> DocumentResult:
    """Decode, extract the main text, clean, read metadata and extract claims of one source."""
    _load_parser(settings)
    with time_budget(settings.doc_time_budget_s):
        document = prepare_document(source, settings)
        claims, notices = extract_claims(document, use_parser=settings.use_parser)
        return DocumentResult(replace(document, notices=notices), claims)


def _extract_together(sources: list[RawSource], settings: Settings) -> list[DocumentResult | Reject]:
    """``process_document`` for many sources, with one parse batch for all of them (faster)."""
    _load_parser(settings)
    prepared: list[Document | Reject] = []
    for source in sources:
        try:
            with time_budget(settings.doc_time_budget_s):
                prepared.append(prepare_document(source, settings))
        except InputError as err:
            prepared.append(Reject(source.path, source.location, err.code, err.message, source.content_hash))
    documents = [d for d in prepared if isinstance(d, Document)]
    with time_budget(settings.doc_time_budget_s * max(1, len(documents))):
        extracted = iter(extract_claims_many(documents, use_parser=settings.use_parser))
    out: list[DocumentResult | Reject] = []
    for item in prepared:
        if isinstance(item, Reject):
            out.append(item)
        else:
            claims, notices = next(extracted)
            out.append(DocumentResult(replace(item, notices=notices), claims))
    return out


def _load_parser(settings: Settings) -> None:
    """Load the parsing model before any document's time budget starts: loading it is not the
    document's time (a first document on a busy machine was rejected for it)."""
    if settings.use_parser:
        load_model()


# what a hostile or broken input can make the per-document stages raise: rejected as E017
DOCUMENT_FAULTS: tuple[type[Exception], ...] = (RecursionError, MemoryError, ValueError, UnicodeError)
BATCH_FAULTS: tuple[type[Exception], ...] = (InputError, *DOCUMENT_FAULTS)  # a batch redone source by source


def _one_or_reject(source: RawSource, settings: Settings) -> DocumentResult | Reject:
    try:
        return process_document(source, settings)
    except InputError as err:
        return Reject(source.path, source.location, err.code, err.message, source.content_hash)
    except DOCUMENT_FAULTS as err:
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
