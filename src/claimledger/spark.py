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

from .errors import EngineError
from .model import Document, DocumentResult, RawSource, Reject, ReusePair
from .settings import Settings

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
    from .engine import BATCH_SOURCES, process_sources
    from .ingest import read_sources

    batch: list[RawSource] = []
    for item in items:
        for source in [item] if isinstance(item, Reject) else read_sources(item, settings):
            if isinstance(source, Reject):
                yield from process_sources(batch, settings)
                batch = []
                yield source
            elif source.content_hash not in known:
                batch.append(source)
                if len(batch) >= BATCH_SOURCES:
                    yield from process_sources(batch, settings)
                    batch = []
    yield from process_sources(batch, settings)


def run_per_document_on_spark(
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


def _keys_of(indexed: tuple[int, str]) -> Iterator[tuple[int, int]]:
    from .reuse import document_keys

    index, text = indexed
    for key in document_keys(text).view(np.int64).tolist():  # Spark's longs are signed
        yield key, index


def candidate_pairs_on_spark(session: Any, texts: list[str]) -> list[tuple[int, int]]:
    """Index pairs sharing a blocking key: keys per document on executors, one group-by per key."""
    from pyspark.sql import functions as F

    from .reuse import MAX_BUCKET

    context = session.sparkContext
    keyed = context.parallelize(list(enumerate(texts)), max(1, context.defaultParallelism * 4)).flatMap(_keys_of)
    frame = session.createDataFrame(keyed, "key long, owner int")
    buckets = (frame.groupBy("key").agg(F.collect_list("owner").alias("owners"))
               .where((F.size("owners") >= 2) & (F.size("owners") <= MAX_BUCKET)))
    pairs = buckets.rdd.flatMap(lambda row: combinations(sorted(row.owners), 2)).distinct()
    return sorted(pairs.collect())


def _aligned(pair: tuple[int, tuple[Document, Document]]) -> tuple[tuple[str, str], ReusePair | None]:
    from .reuse import reuse_between

    _, (first, second) = pair
    return (first.id, second.id), reuse_between(first, second)


def find_reuse_on_spark(session: Any, documents: list[Document]) -> list[ReusePair]:
    """``reuse.find_reuse`` as Spark jobs: blocking on a DataFrame, alignment on executors."""
    pairs = candidate_pairs_on_spark(session, [d.text for d in documents])
    if not pairs:
        return []
    context = session.sparkContext
    by_index = context.parallelize(list(enumerate(documents)), max(1, context.defaultParallelism * 4))
    firsts = context.parallelize(pairs).join(by_index)  # i -> (j, doc_i)
    both = firsts.map(lambda row: (row[1][0], (row[0], row[1][1]))).join(by_index)  # j -> ((i, doc_i), doc_j)
    aligned = both.map(lambda row: (row[1][0][0], (row[1][0][1], row[1][1]))).map(_aligned).collect()
    found = dict(aligned)
    order = {d.id: n for n, d in enumerate(documents)}
    ranked = sorted(found.items(), key=lambda item: tuple(sorted((order[item[0][0]], order[item[0][1]]))))
    return [pair for _, pair in ranked if pair is not None]
