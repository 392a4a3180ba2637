"""Files, folders and globs named by a user, expanded into the files the readers know, in a stable order.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from claimledger.errors import Code
from claimledger.model import Reject

SUFFIX_FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".arc": "warc",
}


def format_of(path: str) -> str | None:
    """The input format a file name announces, ``None`` when unsupported."""
    name = path.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIX_FORMATS.get(os.path.splitext(name)[1])


def discover(paths: Iterable[str]) -> Iterator[str | Reject]:
    """Expand files, folders (recursively, sorted) and globs into file paths.

    A path that names nothing, or a file of a type we cannot read, is a reject.
    """
    for given in paths:
        if os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield from _file_or_reject(os.path.join(root, name))
        elif os.path.exists(given):
            yield from _file_or_reject(given)
        else:
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield Reject(given, "", Code.UNREADABLE, "no such file, folder or glob match")
            for match in matches:
                if os.path.isfile(match):
                    yield from _file_or_reject(match)


def _file_or_reject(path: str) -> Iterator[str | Reject]:
    if format_of(path) is None:
        yield Reject(path, "", Code.UNSUPPORTED_TYPE, "unsupported file type (expected .txt, .html, .jsonl, .warc[.gz])")
    else:
        yield path
