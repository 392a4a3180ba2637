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
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".warc": "warc", ".arc": "warc",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


def format_of(path: str) -> str | None:
    """The input format a file name announces, ``None`` when unsupported."""
    name = path.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIX_FORMATS.get(os.path.splitext(name)[1])


def discover(paths: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[str | Reject]:
    """Expand files, folders (recursively, sorted, following links to folders once) and globs
    into file paths, each file once however often it is named.

    A path that names nothing, a link to nothing or a loop of links, a folder that cannot be
    read, and a file of a type we cannot read are rejects, each by name. ``exclude`` names files
    that are no input (the ledger being built, kept in the folder it is built from).
    """
    seen: set[str] = {os.path.realpath(path) for path in exclude}
    for given in paths:
        if os.path.isdir(given):
            yield from _walk(given, seen)
        elif os.path.lexists(given):
            yield from _one(given, seen)
        else:
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield Reject(given, "", Code.UNREADABLE, "no such file, folder or glob match")
            for match in matches:
                yield from _walk(match, seen) if os.path.isdir(match) else _one(match, seen)


def _walk(folder: str, seen: set[str]) -> Iterator[str | Reject]:
    """The files of a folder and its subfolders; a folder reached twice through links is read once."""
    errors: list[OSError] = []
    folders: set[str] = set()
    for root, dirs, files in os.walk(folder, onerror=errors.append, followlinks=True):
        yield from (Reject(err.filename or folder, "", Code.UNREADABLE, f"cannot read folder: {err.strerror or err}")
                    for err in errors)
        errors.clear()
        real = os.path.realpath(root)
        if real in folders:  # a link back to a folder already read: a loop
            dirs[:] = []
            continue
        folders.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield from _one(os.path.join(root, name), seen)
    yield from (Reject(err.filename or folder, "", Code.UNREADABLE, f"cannot read folder: {err.strerror or err}")
                for err in errors)


def _one(path: str, seen: set[str]) -> Iterator[str | Reject]:
    if not os.path.exists(path):  # the name exists but leads nowhere
        yield Reject(path, "", Code.UNREADABLE, "a symbolic link to nothing, or a loop of links")
        return
    real = os.path.realpath(path)
    if real not in seen:
        seen.add(real)
        yield from _file_or_reject(path)


def _file_or_reject(path: str) -> Iterator[str | Reject]:
    if format_of(path) is None:
        yield Reject(path, "", Code.UNSUPPORTED_TYPE, "unsupported file type (expected .txt, .html, .jsonl, .json, .csv, .tsv, .rss, .xml, "
                                                           ".warc[.gz])")
    else:
        yield path
