"""Fuzzing the readers end to end (hypothesis): JSON Lines records of any shape, damaged HTML and
damaged WARC bytes go through a real build into a real SQLite ledger. No input raises; each JSON
line and each page is stored or rejected by name; the build exits 0 or 1; the ledger stays whole."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.store import Ledger

from .conftest import run_cli

SENTENCES = ["About 40 people were killed in Orvale on 3 March 2024, police said.",
             "“We will rebuild,” said Mayor Ana Ruiz.", "The toll rose to 57.", "Share on Facebook"]
ANY_VALUE = st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.none(), st.booleans(),
                      st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
RECORD = st.fixed_dictionaries(
    {"text": st.one_of(st.lists(st.sampled_from(SENTENCES), max_size=6).map(" ".join), st.text(max_size=200), ANY_VALUE)},
    optional={"id": ANY_VALUE, "title": ANY_VALUE, "published": st.one_of(st.sampled_from(["2024-03-05", "0000-00-00",
              "yesterday", "2024-02-30"]), ANY_VALUE), "url": ANY_VALUE, "outlet": ANY_VALUE, "author": ANY_VALUE})
LINE = st.one_of(RECORD.map(lambda r: json.dumps(r, allow_nan=True).encode()),
                 st.binary(max_size=80).filter(lambda b: b"\n" not in b))


def _page(text: str) -> bytes:
    return (f"<html><head><title>Report</title><meta charset='utf-8'></head><body><article><p>{text}</p>"
            f"</article></body></html>").encode()


def _warc(texts: list[str]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for i, text in enumerate(texts):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                      payload=io.BytesIO(_page(text)), http_headers=headers))
    return buffer.getvalue()


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """The bytes with some cut, flipped, inserted or left out."""
    out = bytearray(data)
    for _ in range(draw(st.integers(0, 4))):
        if not out:
            break
        at = draw(st.integers(0, len(out) - 1))
        how = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        if how == "flip":
            out[at] ^= draw(st.integers(1, 255))
        elif how == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=12))
        elif how == "delete":
            del out[at:at + draw(st.integers(1, 40))]
        else:
            del out[at:]
    return bytes(out)


TEXTS = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINE, max_size=6, unique=True), page=TEXTS.map(_page).flatmap(damaged),
       warc=st.lists(TEXTS, min_size=1, max_size=3).map(_warc).flatmap(damaged))
def test_any_records_and_damaged_pages_and_warcs_are_stored_or_rejected_by_name(
        lines: list[bytes], page: bytes, warc: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        (corpus / "wire.jsonl").write_bytes(b"\n".join(lines))
        (corpus / "page.html").write_bytes(page)
        (corpus / "crawl.warc").write_bytes(warc)
        db = Path(folder) / "l.db"
        result = run_cli("build", str(corpus), "--db", str(db), "-q", "--workers", "0")
        assert result.exit_code in (0, 1), result.output
        with Ledger.open(str(db), read_only=True) as ledger:
            assert ledger.integrity_ok()
            stored = [d.path for d in ledger.documents()]
            rejected = [(r.path, r.location) for r in ledger.rejects()]
    jsonl, html, warc_path = (str(corpus / name) for name in ("wire.jsonl", "page.html", "crawl.warc"))
    told = {location for path, location in rejected if path == jsonl}
    told |= {p.split("#", 1)[1].replace("-", " ") for p in stored if p.startswith(jsonl + "#")}
    said = {f"line {n}" for n, line in enumerate(lines, start=1) if line.strip()}
    if not b"\n".join(lines).strip():
        said = set()
    assert said <= told | {""}, (said - told, rejected)
    assert html in stored or any(path == html for path, _ in rejected)
    if b"200 OK\r\nContent-Type: text/html" in warc:
        assert any(p.startswith(warc_path + "#") for p in stored) or any(path == warc_path for path, _ in rejected)
