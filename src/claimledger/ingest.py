"""Read files, folders and globs into raw sources, and decode their bytes.

Every failure becomes an :class:`InputError` with a stable code; the caller turns it
into a reject row and carries on. Nothing here reaches the network.
"""

from __future__ import annotations

import glob
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator

import charset_normalizer

from .errors import InputError
from .model import RawSource, Reject
from .settings import Settings

SUFFIX_FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".arc": "warc",
}
TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
HTML_FIELDS = ("html", "raw_html")
META_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "published": ("published", "date", "date_publish", "published_at", "pubdate"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher", "domain"),
    "author": ("author", "authors", "byline"),
    "id": ("id",),
}
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


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
                yield Reject(given, "", "E001", "no such file, folder or glob match")
            for match in matches:
                if os.path.isfile(match):
                    yield from _file_or_reject(match)


def _file_or_reject(path: str) -> Iterator[str | Reject]:
    if format_of(path) is None:
        yield Reject(path, "", "E014", "unsupported file type (expected .txt, .html, .jsonl, .warc[.gz])")
    else:
        yield path


def read_sources(path: str, settings: Settings) -> Iterator[RawSource | Reject]:
    """Yield the raw sources a file holds: one for txt/html, one per line or record."""
    fmt = format_of(path)
    try:
        size = os.path.getsize(path)
        if size > settings.max_file_bytes:
            raise InputError("E008", f"file is {size} bytes, over the limit of {settings.max_file_bytes}")
        if size == 0:
            raise InputError("E002", "file is empty")
        if fmt == "warc":
            from .warc import read_warc

            yield from read_warc(path, settings)
            return
        data = _read_maybe_gzipped(path, settings)
        if fmt == "jsonl":
            yield from read_jsonl(path, data, settings)
        else:
            charset = _declared_html_charset(data) if fmt == "html" else None
            yield RawSource(path, "", "html" if fmt == "html" else "txt", data, charset)
    except InputError as err:
        yield Reject(path, "", err.code, err.message)
    except OSError as err:
        yield Reject(path, "", "E001", f"cannot read file: {err.strerror or err}")


def _read_maybe_gzipped(path: str, settings: Settings) -> bytes:
    with open(path, "rb") as fh:
        data = fh.read(settings.max_file_bytes + 1)
    if path.lower().endswith(".gz"):
        data = bounded_gunzip(data, settings.max_decompressed_bytes)
    return data


def bounded_gunzip(data: bytes, limit: int) -> bytes:
    """Inflate every gzip member, stopping at ``limit`` bytes instead of exhausting memory."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(data, limit - len(out) + 1)
        except zlib.error as err:
            raise InputError("E007", f"corrupt gzip data: {err}") from None
        if len(out) > limit or inflater.unconsumed_tail:
            raise InputError("E009", f"inflates past the limit of {limit} bytes")
        if not inflater.eof:
            raise InputError("E006", "gzip stream is truncated")
        data = inflater.unused_data
    return bytes(out)


def read_jsonl(path: str, data: bytes, settings: Settings) -> Iterator[RawSource | Reject]:
    """One source per JSON line; a bad line is rejected with its number and the rest is read."""
    for line_no, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"line {line_no}"
        if len(line) > settings.max_record_bytes:
            yield Reject(path, where, "E016", f"line is {len(line)} bytes, over the limit")
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield Reject(path, where, "E004", f"invalid JSON: {err}", _sha(line))
            continue
        if not isinstance(record, dict):
            yield Reject(path, where, "E004", "a JSON line must hold an object", _sha(line))
            continue
        source = _source_from_record(path, where, record)
        if source is None:
            yield Reject(path, where, "E005", f"no text field (one of {', '.join(TEXT_FIELDS + HTML_FIELDS)})", _sha(line))
        else:
            yield source


def _source_from_record(path: str, where: str, record: dict[str, object]) -> RawSource | None:
    meta = []
    for name, keys in META_FIELDS.items():
        value = next((record[k] for k in keys if record.get(k) not in (None, "", [])), None)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value is not None:
            meta.append((name, str(value)))
    for key in TEXT_FIELDS + HTML_FIELDS:
        body = record.get(key)
        if isinstance(body, str) and body.strip():
            data = body.encode("utf-8", "surrogatepass")
            return RawSource(path, where, "html" if key in HTML_FIELDS else "txt", data, "utf-8-surrogates", dict(meta).get("url"), tuple(meta))
    return None


def _declared_html_charset(data: bytes) -> str | None:
    match = _CHARSET_META.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def decode(source: RawSource, settings: Settings) -> tuple[str, str]:
    """Bytes to text: forced encoding, BOM, declared charset, strict UTF-8, then a
    confident detector. Never a silent latin-1 fallback. Returns (text, encoding used)."""
    data = source.data
    if source.declared_charset == "utf-8-surrogates":
        return data.decode("utf-8", "surrogatepass"), "utf-8"
    if b"\x00" in data[:8192] and data[:8192].count(b"\x00") > len(data[:8192]) // 100 + 1:
        raise InputError("E015", "binary content (NUL bytes), not text")
    for encoding in _candidates(source, settings):
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            if encoding == settings.encoding:
                raise InputError("E003", f"not valid {encoding} (the forced --encoding)") from None
    return _detect(data, source, settings)


def _candidates(source: RawSource, settings: Settings) -> list[str]:
    if settings.encoding:
        return [settings.encoding]
    found = []
    if source.data.startswith(b"\xef\xbb\xbf"):
        found.append("utf-8-sig")
    elif source.data.startswith((b"\xff\xfe", b"\xfe\xff")):
        found.append("utf-16")
    if source.declared_charset:
        found.append(source.declared_charset)
    found.append("utf-8")
    return found


# Measured on cp1251 Russian (coherence 0.78) against invalid UTF-8 noise (coherence 0.0).
MIN_COHERENCE = 0.2
MAX_CHAOS = 0.1


def _detect(data: bytes, source: RawSource, settings: Settings) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(data[: settings.max_record_bytes]).best()
    if best is None or best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        guess = "" if best is None else f" (best guess {best.encoding}, too unsure)"
        raise InputError(
            "E003", f"not UTF-8 and no charset declared{guess}; try --encoding, e.g. --encoding=cp1251"
        )
    return data.decode(best.encoding, "strict"), best.encoding
