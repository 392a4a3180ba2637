"""A build: sources through an executor into the ledger, one document per transaction, then the
cross-document stages (reuse, grouping) derived again when the ledger changed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimledger.ingest.discover import discover
from claimledger.ingest.readers import read_paths
from claimledger.model import BuildStats, DocumentResult, RawSource, Reject
from claimledger.run.local import run_local
from claimledger.settings import Settings
from claimledger.stopwatch import on_document, stage, timed

if TYPE_CHECKING:
    from claimledger.store.ledger import Ledger


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
    in one transaction, only when the documents, the code's version or the settings that
    change them differ from those they were derived from (``derive``). ``engine`` is ``local``
    (``workers`` processes) or ``spark`` (PySpark, ``master`` or Spark's own configuration).
    """
    if engine == "spark":
        from claimledger.run.spark import spark_session

        with spark_session(master) as session:
            return _build(paths, db, settings, workers, on_result, session)
    return _build(paths, db, settings, workers, on_result, None)


def _ledger_files(db: str) -> list[str]:
    """The ledger's own files, which a build of the folder that holds them must not read as input."""
    if "://" in db:
        return []
    return [db + suffix for suffix in ("", "-wal", "-shm", "-journal")]


def _build(paths: list[str], db: str, settings: Settings, workers: int,
           on_result: Callable[[RawSource | None, DocumentResult | Reject, bool], None] | None,
           session: object | None) -> BuildStats:
    from claimledger.store.ledger import Ledger

    elapsed = timer()
    stats = BuildStats()
    read_with = settings.extract_fingerprint()
    with Ledger.open(db) as ledger:
        settings = _with_event_layout(ledger, settings)
        run_id = ledger.start_run(paths, settings.as_dict())
        status = "failed"
        try:
            if session is None:
                outcomes = run_local(timed(read_paths(paths, settings, _ledger_files(db)), "ingest"), settings, workers,
                                     skip=lambda source: ledger.knows(source, read_with))
            else:
                from claimledger.run.spark import run_on_spark

                outcomes = run_on_spark(session, list(discover(paths, _ledger_files(db))), settings,
                                        ledger.source_keys(read_with))
            for source, outcome in outcomes:
                new = False
                if isinstance(outcome, Reject):
                    stats.rejected += 1
                    ledger.add_reject(outcome, run_id)
                else:
                    stats.documents_read += 1
                    with on_document(source.where if source else ""), stage("store"):
                        read_before = ledger.read_with(outcome.document.id)
                        new = ledger.add_result(outcome, run_id, (source.path, source.location) if source else None,
                                                read_with)
                    if new and read_before is not None:
                        stats.documents_reread += 1  # read by an earlier version, read again and replaced
                    else:
                        stats.documents_new += new
                if on_result:
                    on_result(source, outcome, new)
            derive(ledger, settings, session, db)
            status = "completed"
        finally:
            stats.seconds = elapsed()
            ledger.finish_run(run_id, status, stats.documents_read, stats.documents_new, stats.rejected)
    return stats


def _with_event_layout(ledger: Ledger, settings: Settings) -> Settings:
    """The settings with the event layout this build groups by: the one given, else the one the
    ledger was last built with, else one event; kept in the ledger for the next build."""
    events = settings.grouping.events or ledger.state(EVENTS_STATE) or "one"
    if ledger.state(EVENTS_STATE) != events:
        ledger.set_state(EVENTS_STATE, events)
    return replace(settings, grouping=replace(settings.grouping, events=events))


EVENTS_STATE = "grouping_events"
DERIVE_ATTEMPTS = 3


def derive(ledger: Ledger, settings: Settings, session: object | None = None, target: str | None = None) -> bool:
    """Rebuild groups, verdicts and reuse pairs when the ledger's documents, the code's version or
    the settings that change them (``Settings.derive_fingerprint``) changed.

    The tables are replaced only if the ledger still holds the documents they were derived from:
    when another build added a document meanwhile, they are derived again (a few times, then left
    to that build), never overwritten with stale groups.

    With a Spark ``session`` the reuse blocking and alignment run as Spark jobs whose executors
    read the documents from the ledger at ``target`` (its path or URL) themselves.
    """
    for _ in range(DERIVE_ATTEMPTS):
        outcome = _derive_once(ledger, settings, session, target)
        if outcome is not None:
            return outcome
    return False


def _derive_once(ledger: Ledger, settings: Settings, session: object | None, target: str | None) -> bool | None:
    """True when derived, False when nothing changed, None when the ledger changed meanwhile."""
    from claimledger.grouping import group_ledger
    from claimledger.reuse.passages import find_reuse

    with ledger.snapshot():  # one state of the ledger, even while another build commits
        fingerprint = ledger.fingerprint(settings.derive_fingerprint())
        if ledger.state("derived_from") == fingerprint:
            return False
        if session is None:  # texts stream from the ledger: memory does not grow with the corpus
            with stage("reuse"):
                reuse = find_reuse(ledger.iter_documents(), fetch=ledger.iter_documents,
                                   expected=ledger.document_count(), settings=settings.reuse)
        else:
            from claimledger.run.spark import find_reuse_on_spark
            from claimledger.store.dialect import is_postgres_url

            if target is None:
                raise ValueError("the Spark engine needs the ledger's path or URL for its executors")
            where = target if is_postgres_url(target) else os.path.abspath(target)
            reuse = find_reuse_on_spark(session, where, ledger.document_ids(), settings.reuse)
        with stage("grouping"):
            groups = group_ledger(ledger.iter_documents, ledger.iter_claims, reuse, settings.grouping)
    with stage("store"):
        return True if ledger.replace_derived(groups, reuse, fingerprint, settings.derive_fingerprint()) else None
