"""The readers: what one file holds, as raw sources (a whole file, a JSON line, a WARC record) or
rejects with a stable code. Nothing here reaches the network.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator

from claimledger.errors import Code, InputError
from claimledger.ingest.discover import discover, format_of
from claimledger.ingest.tables_and_feeds import field_name, read_csv, read_feed
from claimledger.model import TEXT_ALREADY_DECODED, RawSource, Reject
from claimledger.settings import Settings

# field names as JSON Lines exports spell them, compared in lower case without "_" and "-"
# ("pubDate", "date_published", "articleBody" are found)
TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "articlebody", "fulltext")


HTML_FIELDS = ("html", "rawhtml")


META_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "sourceurl"),
    "published": ("published", "date", "datepublish", "publishedat", "pubdate", "datepublished", "publishdate",
                  "publicationdate", "publishedtime", "created", "createdat", "timestamp"),
    "outlet": ("outlet", "source", "sourcename", "site", "sitename", "publisher", "publication", "outletname",
               "newspaper", "domain", "user", "account", "channel"),  # a social post's account is its voice
    "author": ("author", "authors", "byline", "writer"),
    "id": ("id",),
    "story": ("story", "storyid", "event", "eventid", "incident", "incidentid", "cluster", "clusterid"),
}


_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


_MANY_RECORDS = frozenset(["jsonl", "json", "csv", "feed"])  # formats a file holds many articles in


def read_sources(path: str, settings: Settings) -> Iterator[RawSource | Reject]:
    """Yield the raw sources a file holds: one for txt/html, one per line or record."""
    fmt = format_of(path)
    try:
        size = os.path.getsize(path)
        if size > settings.max_file_bytes and fmt != "warc":  # a crawl's WARC streams, a record at a time
            raise InputError(Code.TOO_LARGE, f"file is {size} bytes, over the limit of {settings.max_file_bytes}")
        if size == 0:
            raise InputError(Code.EMPTY, "file is empty")
        if fmt == "warc":
            from claimledger.ingest.warc import read_warc

            yield from read_warc(path, settings)
            return
        data = _read_maybe_gzipped(path, settings, settings.max_decompressed_bytes if fmt in _MANY_RECORDS
                                   else settings.max_record_bytes)
        if fmt == "jsonl":
            yield from read_jsonl(path, data, settings)
        elif fmt == "json":
            yield from read_json(path, data, settings)
        elif fmt == "csv":
            yield from read_csv(path, data, settings, _record_source, TEXT_FIELDS + HTML_FIELDS)
        elif fmt == "feed":
            yield from read_feed(path, data, settings, _record_source)
        else:
            if len(data) > settings.max_record_bytes:
                raise InputError(Code.TOO_LARGE, f"one document of {len(data)} bytes, over the limit of "
                                                 f"{settings.max_record_bytes} for a document")
            charset = _declared_html_charset(data) if fmt == "html" else None
            yield RawSource(path, "", "html" if fmt == "html" else "txt", data, charset)
    except InputError as err:
        yield Reject(path, "", err.code, err.message)
    except OSError as err:
        yield Reject(path, "", Code.UNREADABLE, f"cannot read file: {err.strerror or err}")


def _read_maybe_gzipped(path: str, settings: Settings, inflated_limit: int) -> bytes:
    """The file's bytes, inflated where it is gzipped, never past ``inflated_limit``: a text or
    page is one document and may inflate to one record's size, a JSON Lines stream to many."""
    with open(path, "rb") as fh:  # read(n) holds n bytes at once: ask for the file's size, not the limit
        data = fh.read(min(os.fstat(fh.fileno()).st_size, settings.max_file_bytes) + 1)
    if path.lower().endswith(".gz"):
        data = bounded_gunzip(data, inflated_limit)
    return data


def bounded_gunzip(data: bytes, limit: int) -> bytes:
    """Inflate every gzip member, stopping at ``limit`` bytes instead of exhausting memory."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(data, limit - len(out) + 1)
        except zlib.error as err:
            raise InputError(Code.NOT_WARC, f"corrupt gzip data: {err}") from None
        if len(out) > limit or inflater.unconsumed_tail:
            raise InputError(Code.DECOMPRESSION_BOMB, f"inflates past the limit of {limit} bytes")
        if not inflater.eof:
            raise InputError(Code.TRUNCATED, "gzip stream is truncated")
        data = inflater.unused_data
    return bytes(out)


def _lines(data: bytes) -> Iterator[bytes]:
    """The lines of a stream one at a time, without a second copy of the whole stream."""
    start = 0
    while start <= len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        yield data[start:end]
        start = end + 1


def read_jsonl(path: str, data: bytes, settings: Settings) -> Iterator[RawSource | Reject]:
    """One source per JSON line; a bad line is rejected with its number and the rest is read."""
    for line_no, line in enumerate(_lines(data), start=1):
        if not line.strip():
            continue
        where = f"line {line_no}"
        if len(line) > settings.max_record_bytes:
            yield Reject(path, where, Code.LINE_TOO_LONG, f"line is {len(line)} bytes, over the limit")
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield Reject(path, where, Code.BAD_RECORD, f"invalid JSON: {err}", _sha(line))
            continue
        except RecursionError:
            yield Reject(path, where, Code.BAD_RECORD, "JSON nested too deep to read", _sha(line))
            continue
        except ValueError as err:  # an integer of more digits than Python converts
            yield Reject(path, where, Code.BAD_RECORD, f"unreadable JSON value: {str(err)[:120]}", _sha(line))
            continue
        yield _record_source(path, where, record, line)


# where a JSON file that is an object keeps its articles: {"articles": [...]} as news APIs return them
_RECORD_LISTS = ("articles", "items", "data", "results", "documents", "records", "docs", "entries", "stories")


def read_json(path: str, data: bytes, settings: Settings) -> Iterator[RawSource | Reject]:
    """One source per article of a JSON file: a list of records, an object that lists them under
    a key news APIs use ("articles", "items", ...), or one record; a bad record is rejected by its
    number and the rest is read."""
    try:
        parsed = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(Code.BAD_RECORD, f"invalid JSON: {err}") from None
    except (RecursionError, ValueError) as err:
        raise InputError(Code.BAD_RECORD, f"unreadable JSON: {str(err)[:120] or 'nested too deep'}") from None
    if isinstance(parsed, dict):
        listed = next((parsed[k] for k in parsed if field_name(k) in _RECORD_LISTS and isinstance(parsed[k], list)), None)
        records = listed if listed is not None else [parsed]
    elif isinstance(parsed, list):
        records = parsed
    else:
        raise InputError(Code.BAD_RECORD, "a JSON file must hold an object or a list of objects")
    for number, record in enumerate(records, start=1):
        raw = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
        if len(raw) > settings.max_record_bytes:
            yield Reject(path, f"item {number}", Code.LINE_TOO_LONG, f"record is {len(raw)} bytes, over the limit")
            continue
        yield _record_source(path, f"item {number}", record, raw)


def _record_source(path: str, where: str, record: object, raw: bytes) -> RawSource | Reject:
    """The source one JSON record holds, or a reject that names the record and says why."""
    if not isinstance(record, dict):
        return Reject(path, where, Code.BAD_RECORD, "a JSON record must be an object", _sha(raw))
    source = _source_from_record(path, where, record)
    if source is not None:
        return source
    named = {field_name(k): v for k, v in record.items()}
    not_text = [f for f in TEXT_FIELDS + HTML_FIELDS if f in named and not isinstance(named[f], str)]
    why = (f"field {not_text[0]!r} holds {type(named[not_text[0]]).__name__}, not text" if not_text
           else f"no text field (one of {', '.join(TEXT_FIELDS + HTML_FIELDS)})")
    return Reject(path, where, Code.NO_TEXT_FIELD, why, _sha(raw))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _source_from_record(path: str, where: str, record: dict[str, object]) -> RawSource | None:
    record = {field_name(k): v for k, v in reversed(record.items())}  # the first spelling wins
    meta = []
    for name, keys in META_FIELDS.items():
        value = next((record[k] for k in keys if record.get(k) not in (None, "", [], {})), None)
        if isinstance(value, dict):  # a news API's "source": {"id": null, "name": "Daily Wire"}
            value = next((value[k] for k in ("name", "title", "id") if isinstance(value.get(k), str) and value[k]), None)
        if isinstance(value, list):
            value = ", ".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
        if value is not None:  # a lone surrogate ("\\ud800") cannot be stored: replaced, as in the text
            meta.append((name, _LONE_SURROGATE.sub("\ufffd", str(value))))
    for key in TEXT_FIELDS + HTML_FIELDS:
        body = record.get(key)
        if isinstance(body, str) and body.strip():
            data = body.encode("utf-8", "surrogatepass")
            return RawSource(path, where, "html" if key in HTML_FIELDS else "txt", data, TEXT_ALREADY_DECODED, dict(meta).get("url"), tuple(meta))
    return None


def _declared_html_charset(data: bytes) -> str | None:
    match = _CHARSET_META.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def read_paths(paths: Iterable[str], settings: Settings, exclude: Iterable[str] = ()) -> Iterator[RawSource | Reject]:
    """Every raw source and every reject the given paths hold, in a stable order, leaving out
    the files ``exclude`` names."""
    for found in discover(paths, exclude):
        if isinstance(found, Reject):
            yield found
        else:
            yield from read_sources(found, settings)
