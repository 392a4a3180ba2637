"""The build: per-document stages as pure functions, run in one process or a pool, then
the cross-document stages over the whole ledger.

``process_source`` depends on nothing but its argument and the settings, so the same
function runs locally, in worker processes, or on Spark executors.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import forkserver  # at import time: a build cut short stops it as Python exits, when imports fail
from typing import TYPE_CHECKING

from .budget import time_budget
from .clean import clean_lines, strip_unsafe_characters
from .errors import InputError
from .extract import extract_claims, extract_claims_many, infer_publication
from .extract.attribution import document_voice
from .extract.parse import load_model
from .html import extract_html
from .ingest import decode, discover, read_sources
from .metadata import detect_language, guess_title, other_language_lines, read_header
from .model import Document, DocumentResult, RawSource, Reject, stable_id
from .settings import Settings

if TYPE_CHECKING:
    from .store import Ledger

log = logging.getLogger(__name__)
PARENT_CHECK_SECONDS = 1.0  # how often a worker checks that the build it serves is still running


def process_source(source: RawSource, settings: Settings) -> DocumentResult:
    """Decode, extract the main text, clean, read metadata and extract claims of one source."""
    _load_parser(settings)
    with time_budget(settings.doc_time_budget_s):
        document = prepare_document(source, settings)
        claims, notices = extract_claims(document, use_parser=settings.use_parser)
        return DocumentResult(replace(document, notices=notices), claims)


def process_batch(sources: list[RawSource], settings: Settings) -> list[DocumentResult | Reject]:
    """``process_source`` for many sources, with one parse batch for all of them (faster)."""
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


def prepare_document(source: RawSource, settings: Settings) -> Document:
    """Everything before claims: decoding, main text, cleaning, metadata, language."""
    text, encoding = decode(source, settings)
    removed_from_meta: Counter[str] = Counter()
    meta: dict[str, str] = {}
    for key, value in source.meta:  # titles and bylines reach the store too: no NUL there either
        meta[key], removed = strip_unsafe_characters(value)
        removed_from_meta.update(removed)
    page_published = None
    if source.fmt == "html":
        page = extract_html(text, settings, source.url)
        text = page.text
        page_published = page.published
        for key, found in (("title", page.title), ("outlet", page.outlet), ("author", page.author)):
            if found and not meta.get(key):
                meta[key] = found
    stripped, removed = strip_unsafe_characters(text)
    removed.update(removed_from_meta)
    lines = stripped.split("\n")
    header = read_header(lines)
    cleaned = clean_lines(lines, header.line_reasons)
    if not cleaned.text.strip():
        raise InputError("E013", "no main text left after cleaning")
    language = detect_language(cleaned.text)
    runs = other_language_lines(cleaned.text, cleaned.line_starts, language)
    other_lines = {i for i, start in enumerate(cleaned.line_starts) if any(r.span.start == start for r in runs)}
    document = Document(
        id=stable_id("d", source.content_hash),
        path=source.path if not source.location else f"{source.path}#{source.location.replace(' ', '-')}",
        text=cleaned.text,
        content_hash=source.content_hash,
        fmt=source.fmt,
        encoding=encoding,
        url=source.url or meta.get("url"),
        title=meta.get("title") or guess_title(cleaned.text.split("\n"), other_lines),
        outlet=meta.get("outlet"),
        author=meta.get("author") or header.author,
        published=_iso_day(meta.get("published")) or page_published or header.published,
        language=language,
        debris=cleaned.debris,
        other_languages=runs,
        cleaned_chars=tuple(sorted(removed.items())),
        voice=meta.get("voice") or document_voice("\n".join(lines[:15]) + "\n" + cleaned.text),
    )
    if document.published is None:
        document = replace(document, published_inferred=infer_publication(document))
    return document


def _iso_day(value: str | None) -> str | None:
    if not value:
        return None
    from .extract.dates import parse_date_string

    head = value.strip()[:10]
    if len(head) == 10 and head[4] == "-" and head[7] == "-":
        return head
    return parse_date_string(value)


@dataclass
class BuildStats:
    documents_read: int = 0
    documents_new: int = 0
    rejected: int = 0
    seconds: float = 0.0


def iter_sources(paths: Iterable[str], settings: Settings) -> Iterator[RawSource | Reject]:
    """Every raw source and every reject the given paths hold, in a stable order."""
    for found in discover(paths):
        if isinstance(found, Reject):
            yield found
        else:
            yield from read_sources(found, settings)


def process_or_reject(source: RawSource, settings: Settings) -> DocumentResult | Reject:
    try:
        return process_source(source, settings)
    except InputError as err:
        return Reject(source.path, source.location, err.code, err.message, source.content_hash)
    except (RecursionError, MemoryError, ValueError, UnicodeError) as err:
        return Reject(source.path, source.location, "E001", f"{type(err).__name__}: {err}", source.content_hash)


BATCH_SOURCES = 16  # sources a worker takes at once: their figure sentences are parsed in one batch


def process_sources(sources: list[RawSource], settings: Settings) -> list[DocumentResult | Reject]:
    """``process_or_reject`` of each source, with one parse for all of them: a parse costs
    about the same for one sentence as for sixteen, so this is a third faster on news. A batch
    that fails is redone one source at a time, so a bad source costs only itself."""
    if not sources:
        return []
    try:
        return process_batch(sources, settings)
    except (InputError, RecursionError, MemoryError, ValueError, UnicodeError):
        return [process_or_reject(source, settings) for source in sources]


def source_batches(items: Iterable[RawSource | Reject], skip: Callable[[RawSource], bool]
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


def run_per_document(
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
        for entry in source_batches(items, skip):
            yield from _settle((entry, entry if isinstance(entry, Reject) else process_sources(entry, settings)))
        return
    # forkserver: a worker forked from this process would inherit its ledger connection, and after a
    # kill -9 of this process keep PostgreSQL's transaction and lock alive until the worker ended
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=_worker_context(),
                                 initializer=_end_with, initargs=(os.getpid(),)) as pool:
            window: deque[tuple[list[RawSource] | Reject, object]] = deque()
            for entry in source_batches(items, skip):
                window.append((entry, entry if isinstance(entry, Reject) else pool.submit(process_sources, entry, settings)))
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
    context.set_forkserver_preload(["claimledger.engine", "spacy"])
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


def timer() -> Callable[[], float]:
    start = time.perf_counter()
    return lambda: time.perf_counter() - start


def build(
    paths: list[str],
    db: str,
    settings: Settings,
    workers: int = 1,
    on_result: Callable[[RawSource | None, DocumentResult | Reject, bool], None] | None = None,
    engine: str = "local",
    master: str | None = None,
) -> BuildStats:
    """Build or extend the ledger at ``db`` from ``paths``; reruns skip known sources.

    Each document commits on its own; the cross-document tables are rebuilt at the end,
    in one transaction, only when the set of documents changed. ``engine`` is ``local``
    (``workers`` processes) or ``spark`` (PySpark, ``master`` or Spark's own configuration).
    """
    if engine == "spark":
        from .spark import spark_session

        with spark_session(master) as session:
            return _build(paths, db, settings, workers, on_result, session)
    return _build(paths, db, settings, workers, on_result, None)


def _build(paths: list[str], db: str, settings: Settings, workers: int,
           on_result: Callable[[RawSource | None, DocumentResult | Reject, bool], None] | None,
           session: object | None) -> BuildStats:
    from .store import Ledger

    elapsed = timer()
    stats = BuildStats()
    with Ledger.open(db) as ledger:
        run_id = ledger.start_run(paths, settings.as_dict())
        status = "failed"
        try:
            if session is None:
                outcomes = run_per_document(iter_sources(paths, settings), settings, workers,
                                            skip=lambda s: ledger.has_source(s.content_hash))
            else:
                from .spark import run_per_document_on_spark

                outcomes = run_per_document_on_spark(session, list(discover(paths)), settings, ledger.content_hashes())
            for source, outcome in outcomes:
                new = False
                if isinstance(outcome, Reject):
                    stats.rejected += 1
                    ledger.add_reject(outcome, run_id)
                else:
                    stats.documents_read += 1
                    new = ledger.add_result(outcome, run_id)
                    stats.documents_new += new
                if on_result:
                    on_result(source, outcome, new)
            derive(ledger, session, db)
            status = "completed"
        finally:
            stats.seconds = elapsed()
            ledger.finish_run(run_id, status, stats.documents_read, stats.documents_new, stats.rejected)
    return stats


def derive(ledger: Ledger, session: object | None = None, target: str | None = None) -> bool:
    """Rebuild groups, verdicts and reuse pairs when the ledger's documents changed.

    With a Spark ``session`` the reuse blocking and alignment run as Spark jobs whose executors
    read the documents from the ledger at ``target`` (its path or URL) themselves.
    """
    from .align import group_ledger
    from .reuse import find_reuse

    with ledger.snapshot():  # one state of the ledger, even while another build commits
        fingerprint = ledger.fingerprint()
        if ledger.state("derived_from") == fingerprint:
            return False
        if session is None:  # texts stream from the ledger: memory does not grow with the corpus
            reuse = find_reuse(ledger.iter_documents(), fetch=ledger.iter_documents,
                               expected=ledger.document_count())
        else:
            from .spark import find_reuse_on_spark
            from .store import is_postgres_url

            if target is None:
                raise ValueError("the Spark engine needs the ledger's path or URL for its executors")
            where = target if is_postgres_url(target) else os.path.abspath(target)
            reuse = find_reuse_on_spark(session, where, ledger.document_ids())
        groups = group_ledger(ledger.iter_documents, ledger.iter_claims, reuse)
    ledger.replace_derived(groups, reuse, fingerprint)
    return True
