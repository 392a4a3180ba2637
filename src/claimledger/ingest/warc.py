"""WARC and WARC.gz reading that notices truncation instead of keeping partial payloads.

warcio alone returns a short payload for a plain WARC cut inside a record, and stops
silently on a ``.warc.gz`` whose last member is cut. So gzip members are inflated here,
one at a time with a byte bound, and each record's ``raw_stream.limit`` is checked.
warcio also trusts a record's Content-Length and accepts a payload that fails its digest: here a
record must end where the next begins and match its digest, or it is rejected (E018) and
reading goes on at the next record header.
"""

from __future__ import annotations

import io
import logging
import re
import zlib
from collections.abc import Generator, Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from claimledger.errors import Code
from claimledger.model import RawSource, Reject
from claimledger.settings import Settings

log = logging.getLogger(__name__)
CHUNK = 1 << 20
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# files a crawl fetches from a site for itself, never an article: robots.txt, ads.txt, sitemaps
_SITE_FILE = re.compile(r"/(?:robots|ads|app-ads|humans|security)\.txt$|/sitemap[\w.-]*\.xml(?:\.gz)?$", re.I)


def read_warc(path: str, settings: Settings) -> Iterator[RawSource | Reject]:
    """Yield one source per text or HTML response record; truncated records are rejects."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
        fh.seek(0)
        if magic == b"\x1f\x8b":
            yield from _gzip_members(path, fh, settings)
        elif not fh.read(64).lstrip().startswith((b"WARC/", b"filedesc://")):
            yield Reject(path, "offset 0", Code.NOT_WARC, "not a WARC file (no WARC/ version line)")
        else:
            fh.seek(0)
            yield from _plain_records(path, fh, 0, settings, whole_file=True)


def _gzip_members(path: str, fh: IO[bytes], settings: Settings) -> Iterator[RawSource | Reject]:
    offset = 0
    pending = b""
    index = 0
    while True:
        member_start = offset
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = bytearray()
        too_big = False
        data = pending or fh.read(CHUNK)
        while True:
            if not data:
                break
            try:
                piece = inflater.decompress(data, settings.max_record_bytes + 1 - len(out))
            except zlib.error as err:
                yield Reject(path, f"offset {member_start}", Code.NOT_WARC, f"corrupt gzip member: {err}")
                return
            if not too_big:
                out += piece
            if len(out) > settings.max_record_bytes or inflater.unconsumed_tail:
                too_big = True
                out.clear()
                data = inflater.unconsumed_tail
                # keep inflating without storing, to find where the member ends
                while data and not inflater.eof:
                    inflater.decompress(data, CHUNK)
                    data = inflater.unconsumed_tail
            if inflater.eof:
                pending = inflater.unused_data
                offset = fh.tell() - len(pending)  # every byte read so far was fed to a member or is pending
                break
            data = fh.read(CHUNK)
        if not inflater.eof:
            if out or fh.tell() > member_start:
                yield Reject(path, f"offset {member_start}", Code.TRUNCATED, "WARC record truncated (gzip member cut short)")
            return
        if too_big:
            yield Reject(path, f"offset {member_start}", Code.DECOMPRESSION_BOMB, f"record inflates past {settings.max_record_bytes} bytes")
        else:
            yield from _plain_records(path, io.BytesIO(bytes(out)), member_start, settings, whole_file=False, index=index)
        index += 1
        if not pending:
            pending = fh.read(CHUNK)
            if not pending:
                return


_RECORD_START = b"\r\nWARC/"


def _plain_records(
    path: str, stream: IO[bytes], base: int, settings: Settings, whole_file: bool, index: int = 0
) -> Iterator[RawSource | Reject]:
    """The records of an uncompressed stream. A record whose Content-Length does not end it where
    the next record (or the stream) begins, or whose payload fails its digest, is a reject; reading
    goes on at the next record header after its start, so one wrong length loses one record."""
    stream.seek(0, io.SEEK_END)
    total = stream.tell()
    start: int | None = 0
    while start is not None and start < total:
        stream.seek(start)
        start = yield from _records_from(path, stream, base, settings, total)


def _records_from(path: str, stream: IO[bytes], base: int, settings: Settings, total: int
                  ) -> Generator[RawSource | Reject, None, int | None]:
    """Records from the stream's position; returns where to go on after a damaged record, or None."""
    iterator = ArchiveIterator(stream, check_digests=True)
    end = stream.tell()
    try:
        for record in iterator:
            # read the payload before asking for the offset: get_record_offset() consumes the record
            payload = record.content_stream().read(settings.max_record_bytes + 1)
            offset = iterator.get_record_offset()
            where = f"record at offset {base + offset}"
            if record.raw_stream.limit > 0:
                resume = _next_record_after(stream, offset, total)
                if resume is None:
                    yield Reject(path, where, Code.TRUNCATED, f"WARC record truncated: {record.raw_stream.limit} bytes missing")
                else:
                    yield Reject(path, where, Code.DAMAGED_WARC_RECORD,
                                 "Content-Length runs past the end of the data, over the records after it (a wrong length)")
                return resume
            iterator.read_to_end(record)
            end = offset + iterator.get_record_length()
            damage = _damage(stream, record, end, total)
            if damage:
                yield Reject(path, where, Code.DAMAGED_WARC_RECORD, damage)
                return _next_record_after(stream, offset, total)
            if len(payload) > settings.max_record_bytes:
                yield Reject(path, where, Code.TOO_LARGE, "record payload over the size limit")
                continue
            source = _source_of(path, where, record, payload)
            if source is not None:
                yield source
    except Exception as err:  # warcio raises many kinds of errors on damaged input
        yield Reject(path, f"offset {base + end}", Code.NOT_WARC, f"not a readable WARC record: {type(err).__name__}: {err}")
        return None
    if end < total:
        stream.seek(end)
        if stream.read(total - end).strip():
            yield Reject(path, f"offset {base + end}", Code.TRUNCATED, "WARC data ends inside a record (truncated)")
    return None


def _damage(stream: IO[bytes], record: Any, end: int, total: int) -> str | None:
    """Why a fully read record cannot be trusted, or None: its length runs into the next record
    or stops short of it, or its payload is not the one its digest names."""
    position = stream.tell()  # warcio reads ahead of the record it gives: leave the stream where it was
    stream.seek(end)
    after = stream.read(64)
    stream.seek(position)
    ends_well = after.startswith(b"\r\n\r\n") and (not after[4:].strip() or after[4:].lstrip().startswith(b"WARC/"))
    if not ends_well and after.strip():
        return "Content-Length does not end the record where the next one begins (a wrong length)"
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        return f"payload does not match its digest ({'; '.join(checker.problems)[:120]})"
    return None


def _next_record_after(stream: IO[bytes], offset: int, total: int, window: int = CHUNK) -> int | None:
    """Where the next record header after ``offset`` begins, or None where no other follows."""
    at = offset + 1
    while at < total:
        stream.seek(at)
        block = stream.read(window + len(_RECORD_START))
        found = block.find(_RECORD_START)
        if found >= 0:
            return at + found + 2
        at += window
    return None


def _source_of(path: str, where: str, record: Any, payload: bytes) -> RawSource | None:
    if record.rec_type not in ("response", "resource", "conversion"):
        return None
    content_type = ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in TEXT_TYPES:
        log.debug("%s %s: skipping %s record", path, where, mime)
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if uri and _SITE_FILE.search(uri.split("?", 1)[0]):
        log.debug("%s %s: skipping the site's own file %s", path, where, uri)
        return None
    charset = None
    if "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=")[1].split(";")[0].strip().strip("\"'") or None
    return RawSource(path, where, "txt" if mime == "text/plain" else "html", payload, charset, uri)
