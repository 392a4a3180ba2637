"""The Spark engine: the same per-document functions as the local engine, run as partitioned
Spark jobs, and the reuse blocking as a DataFrame group-by on keys, for corpora that do not
fit one machine's time.

Nothing here decides anything the local engine does not: sources are read and processed by
``engine.process_or_reject``, blocking keys come from ``reuse.document_keys`` and pairs are
aligned by ``reuse.reuse_between``, so the same inputs give the same ledger on either engine
(tests/test_spark.py builds the seeds and the demo both ways and compares the exports).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import combinations
from typing import Any

import numpy as np

from claimledger.errors import EngineError
from claimledger.model import DocumentResult, RawSource, Reject, ReusePair
from claimledger.settings import ReuseSettings, Settings

DEFAULT_MASTER = "local[2]"


@contextmanager
def spark_session(master: str | None = None) -> Iterator[Any]:
    """A Spark session bound to loopback with the UI off, using this interpreter for workers."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EngineError("the spark engine needs PySpark: pip install 'claimledger[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("claimledger")
    if master or not os.environ.get("SPARK_MASTER"):
        builder = builder.master(master or DEFAULT_MASTER)
    for key, value in (("spark.ui.enabled", "false"), ("spark.driver.host", "127.0.0.1"),
                       ("spark.driver.bindAddress", "127.0.0.1"), ("spark.sql.shuffle.partitions", "8"),
                       ("spark.python.worker.reuse", "true"),
                       ("spark.ui.showConsoleProgress", "false"), ("spark.log.level", "ERROR")):
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as err:  # PySpark raises plain exceptions when Java or the master is missing
        raise EngineError(f"Spark did not start: {err}") from None
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


def _process_partition(items: Iterable[str | Reject], settings: Settings,
                       known: frozenset[str]) -> Iterator[DocumentResult | Reject]:
    """Read every file of one partition and process each source not already in the ledger,
    in the local engine's batches."""
    from claimledger.ingest.readers import read_sources
    from claimledger.run.pipeline import batches, process_batch

    sources = (source for item in items
               for source in ([item] if isinstance(item, Reject) else read_sources(item, settings)))
    for entry in batches(sources, skip=lambda source: source.known_in(known)):
        if isinstance(entry, Reject):
            yield entry
        else:
            yield from process_batch(entry, settings)


def run_on_spark(
    session: Any, found: list[str | Reject], settings: Settings, known: frozenset[str]
) -> Iterator[tuple[RawSource | None, DocumentResult | Reject]]:
    """Process the discovered files on Spark executors; results stream back in input order."""
    if not found:
        return
    context = session.sparkContext
    slices = max(1, min(len(found), context.defaultParallelism * 4))
    known_everywhere = context.broadcast(known)
    rdd = context.parallelize(found, slices).mapPartitions(
        lambda items: _process_partition(items, settings, known_everywhere.value))
    for outcome in rdd.toLocalIterator(prefetchPartitions=True):
        yield None, outcome


PAGE = 500  # documents an executor reads from the ledger at once


def _keys_of_pages(target: str, pages: Iterable[tuple[int, list[str]]],
                   settings: ReuseSettings) -> Iterator[tuple[int, int]]:
    """(key, owner) for every document of some pages of ids, read by the executor from the ledger."""
    from claimledger.reuse.hashing import document_keys
    from claimledger.store.ledger import Ledger

    with Ledger.open(target, read_only=True) as ledger:
        for start, ids in pages:
            owner_of = {doc_id: start + offset for offset, doc_id in enumerate(ids)}
            for doc in ledger.iter_documents(ids, batch=PAGE):
                owner = owner_of[doc.id]
                for key in document_keys(doc.text, settings).view(np.int64).tolist():  # Spark's longs are signed
                    yield key, owner


def candidate_pairs_on_spark(session: Any, target: str, ids: list[str],
                             settings: ReuseSettings) -> list[tuple[int, int]]:
    """Index pairs (into ``ids``) sharing a blocking key: keys per document on executors, which
    read the documents from the ledger at ``target`` themselves, one group-by per key."""
    from pyspark.sql import functions as F


    context = session.sparkContext
    pages = [(start, ids[start : start + PAGE]) for start in range(0, len(ids), PAGE)]
    keyed = context.parallelize(pages, max(1, min(len(pages), context.defaultParallelism * 4))).mapPartitions(
        lambda part: _keys_of_pages(target, part, settings))
    frame = session.createDataFrame(keyed, "key long, owner int")
    buckets = (frame.groupBy("key").agg(F.collect_list("owner").alias("owners"))
               .where((F.size("owners") >= 2) & (F.size("owners") <= settings.max_bucket)))
    pairs = buckets.rdd.flatMap(lambda row: combinations(sorted(row.owners), 2)).distinct()
    return sorted(pairs.collect())


def _aligned_batches(target: str, batches: Iterable[list[tuple[str, str]]]) -> Iterator[ReusePair]:
    """The reuse of each candidate pair of some batches, documents read from the ledger a batch at a time."""
    from claimledger.reuse.passages import aligned_pairs
    from claimledger.store.ledger import Ledger

    with Ledger.open(target, read_only=True) as ledger:
        for batch in batches:
            documents = list(ledger.iter_documents({doc_id for pair in batch for doc_id in pair}))  # in id order
            index = {doc.id: k for k, doc in enumerate(documents)}
            yield from aligned_pairs([(index[a], index[b]) for a, b in batch], documents.__getitem__)


def find_reuse_on_spark(session: Any, target: str, ids: list[str], settings: ReuseSettings) -> list[ReusePair]:
    """``reuse.find_reuse`` as Spark jobs over the ledger at ``target``: blocking on a DataFrame,
    alignment on executors, a batch of candidate pairs per task. Executors read the documents
    themselves (a SQLite file they can reach, or PostgreSQL), so the driver holds the documents'
    ids and the candidate pairs, never their text."""
    from claimledger.reuse.passages import ALIGN_BATCH

    pairs = candidate_pairs_on_spark(session, target, ids, settings)
    if not pairs:
        return []
    batches = [[(ids[i], ids[j]) for i, j in pairs[start : start + ALIGN_BATCH]]
               for start in range(0, len(pairs), ALIGN_BATCH)]
    context = session.sparkContext
    found: list[ReusePair] = context.parallelize(batches, len(batches)).mapPartitions(
        lambda part: _aligned_batches(target, part)).collect()
    return found
