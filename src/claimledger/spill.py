"""Numbered temporary files that a cross-document stage writes to and reads back once, so that
its memory stays bounded whatever the corpus: reuse spills partitions of blocking keys, grouping
spills the later waves of its items. The folder is made on first use, under TMPDIR, and removed
by ``close`` (or at exit of a ``with`` block)."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


class SpillFiles:
    """Files named by a number (a partition, a wave), appended to in any order, each read once."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._writers: dict[int, IO[bytes]] = {}

    def __enter__(self) -> SpillFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def on_disk(self) -> bool:
        """Whether anything was written to a file yet."""
        return self._folder is not None

    def _path(self, number: int) -> Path:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix=self.prefix)
        return Path(self._folder.name) / f"{number}.spill"

    def writer(self, number: int) -> IO[bytes]:
        """The open file of ``number``, for appending; kept open until it is read or released."""
        if number not in self._writers:
            self._writers[number] = open(self._path(number), "ab")  # noqa: SIM115 (closed by release or take)
        return self._writers[number]

    def dump(self, number: int, record: Any) -> None:
        """Append one pickled record to the file of ``number``."""
        pickle.dump(record, self.writer(number), protocol=pickle.HIGHEST_PROTOCOL)

    def release(self) -> None:
        """Close every open writer (the files stay, to be appended to or read later)."""
        for handle in self._writers.values():
            handle.close()
        self._writers.clear()

    def take(self, number: int) -> bytes | None:
        """Everything written to ``number``, and the file removed; None when nothing was."""
        if self._folder is None:
            return None
        handle = self._writers.pop(number, None)
        if handle is not None:
            handle.close()
        path = self._path(number)
        if not path.exists():
            return None
        data = path.read_bytes()
        path.unlink()
        return data

    def records(self, number: int) -> Iterator[Any]:
        """The pickled records written to ``number``, in order, read from the file as they go."""
        handle = self._writers.pop(number, None)
        if handle is not None:
            handle.close()
        if self._folder is None or not self._path(number).exists():
            return
        path = self._path(number)
        with open(path, "rb") as spilled:
            while True:
                try:
                    yield pickle.load(spilled)
                except EOFError:
                    break
        path.unlink()

    def close(self) -> None:
        self.release()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
