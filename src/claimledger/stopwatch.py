"""Where a build's time goes: seconds per stage and per document, recorded only while a
:class:`Stopwatch` is running (``benchmarks/scale.py --real``), and a no-op otherwise."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")
_END = object()

_running: ContextVar[Stopwatch | None] = ContextVar("stopwatch", default=None)


class Stopwatch:
    """Seconds spent per (document, stage); the document is whatever key the caller is timing."""

    def __init__(self) -> None:
        self.seconds: dict[tuple[str, str], float] = defaultdict(float)
        self.document = ""

    @contextmanager
    def running(self) -> Iterator[Stopwatch]:
        token = _running.set(self)
        try:
            yield self
        finally:
            _running.reset(token)


@contextmanager
def on_document(key: str) -> Iterator[None]:
    """Time what the block does as the document ``key``'s, when a stopwatch is running."""
    watch = _running.get()
    if watch is None:
        yield
        return
    before, watch.document = watch.document, key
    try:
        yield
    finally:
        watch.document = before


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Time the block as ``name`` for the current document, when a stopwatch is running."""
    watch = _running.get()
    if watch is None:
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        watch.seconds[(watch.document, name)] += time.perf_counter() - start


def timed(items: Iterable[T], name: str) -> Iterator[T]:
    """The items, with the time taken to produce each one counted as stage ``name``."""
    iterator = iter(items)
    while True:
        with stage(name):
            item = next(iterator, _END)
        if item is _END:
            return
        yield item  # type: ignore[misc]
