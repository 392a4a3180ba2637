"""Reading inputs: formats, encodings, and every kind of bad input the ledger must survive."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.errors import InputError
from claimledger.ingest.decode import decode
from claimledger.ingest.discover import discover
from claimledger.ingest.readers import bounded_gunzip, read_paths, read_sources
from claimledger.model import RawSource, Reject
from claimledger.run.pipeline import process_document
from claimledger.settings import Settings

RUSSIAN = "Москва, 5 марта 2021 года. По данным министерства, погибли 12 человек, ранены ещё 40 человек. Власти объявили траур."


def make_warc(path: Path, pages: list[str], gz: bool = True) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i, body in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/a{i}", "response",
                                                      payload=io.BytesIO(body.encode()), http_headers=headers))
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def page(i: int) -> str:
    return (f"<html><head><title>Story {i}</title></head><body><article><p>Story number {i}: "
            + "officials said that 40 people were evacuated from the valley after the flood. " * 5
            + "</p></article></body></html>")


def sources_and_rejects(path: Path, settings: Settings | None = None) -> tuple[list[RawSource], list[Reject]]:
    items = list(read_paths([str(path)], settings or Settings()))
    return [i for i in items if isinstance(i, RawSource)], [i for i in items if isinstance(i, Reject)]


def test_discover_walks_folders_sorted_and_rejects_unknown_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text("h")
    found = list(discover([str(tmp_path)]))
    files = [f for f in found if isinstance(f, str)]
    rejects = [f for f in found if isinstance(f, Reject)]
    assert [Path(f).name for f in files] == ["a.html", "z.txt"]
    assert [(Path(r.path).name, r.code) for r in rejects] == [("notes.docx", "E014")]


def test_glob_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("one")
    (tmp_path / "two.txt").write_text("two")
    found = list(discover([str(tmp_path / "*.txt"), str(tmp_path / "nothing-here")]))
    assert [Path(f).name for f in found if isinstance(f, str)] == ["one.txt", "two.txt"]
    assert [r.code for r in found if isinstance(r, Reject)] == ["E001"]


def test_jsonl_bad_line_is_rejected_with_its_number_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "First story.", "title": "A", "outlet": "Wire", "published": "2024-01-02"}) + "\n"
        + '{"id": "b", "text": "unterminated\n'
        + json.dumps({"id": "c", "content": "Third story."}) + "\n"
        + json.dumps({"id": "d", "headline": "no body"}) + "\n",
        encoding="utf-8",
    )
    sources, rejects = sources_and_rejects(path)
    assert [s.location for s in sources] == ["line 1", "line 3"]
    assert dict(sources[0].meta)["outlet"] == "Wire"
    assert [(r.location, r.code) for r in rejects] == [("line 2", "E004"), ("line 4", "E005")]
    assert "line 1 column" in rejects[0].message


def test_a_text_field_that_holds_no_text_is_named_in_the_reject(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a", "text": 12}) + "\n", encoding="utf-8")
    _, [reject] = sources_and_rejects(path)
    assert (reject.location, reject.code) == ("line 1", "E005")
    assert reject.message == "field 'text' holds int, not text"


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_complete_records_and_rejects_the_cut_one(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    data = make_warc(path, [page(i) for i in range(3)], gz=gz)
    path.write_bytes(data[:-150])
    sources, rejects = sources_and_rejects(path)
    assert [s.url for s in sources] == ["https://example.org/a0", "https://example.org/a1"]
    assert len(rejects) == 1 and rejects[0].code == "E006"
    assert all(b"Story number" in s.data for s in sources)


def _with_length(data: bytes, record: int, change: int) -> bytes:
    """A plain WARC whose ``record``-th record header states a Content-Length off by ``change``."""
    at = -1
    for _ in range(record + 1):
        at = data.index(b"WARC/1", at + 1)
    field = data.index(b"Content-Length: ", at) + len(b"Content-Length: ")
    end = data.index(b"\r\n", field)
    return data[:field] + str(int(data[field:end]) + change).encode() + data[end:]


@pytest.mark.parametrize(("record", "change", "kept"), [
    (1, -40, ["a0", "a2"]),      # a short length stored the record cut ("About 2002 residents were") with exit 0
    (0, +300, ["a1", "a2"]),     # a long length ran into the next record
    (0, +100_000, ["a1", "a2"]),  # and past the end of the file: every record after it was lost
])
def test_a_wrong_content_length_rejects_its_record_and_keeps_the_others_whole(
        tmp_path: Path, record: int, change: int, kept: list[str]) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_with_length(make_warc(path, [page(i) for i in range(3)], gz=False), record, change))
    sources, rejects = sources_and_rejects(path)
    assert [s.url.rsplit("/", 1)[1] for s in sources if s.url] == kept
    assert all(s.data.count(b"40 people") == 5 and s.data.endswith(b"</html>") for s in sources)
    assert [r.code for r in rejects] == ["E018"] and "Content-Length" in rejects[0].message


def test_a_payload_that_fails_its_digest_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    data = make_warc(path, [page(i) for i in range(3)], gz=False)
    path.write_bytes(data.replace(b"Story number 1: officials said that 40", b"Story number 1: officials said that 90"))
    sources, rejects = sources_and_rejects(path)
    assert [s.url for s in sources] == ["https://example.org/a0", "https://example.org/a2"]
    assert [r.code for r in rejects] == ["E018"] and "digest" in rejects[0].message


def test_the_record_after_an_oversize_gzip_member_is_labelled_with_its_own_offset(tmp_path: Path) -> None:
    big = tmp_path / "big.warc.gz"
    first = make_warc(big, [page(0) + "x" * 50_000])
    rest = make_warc(tmp_path / "rest.warc.gz", [page(1)])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(first + rest)
    sources, rejects = sources_and_rejects(path, Settings(max_record_bytes=20_000))
    assert [(r.code, r.location) for r in rejects] == [("E009", "offset 0")]
    assert [(s.url, s.location) for s in sources] == [("https://example.org/a0", f"record at offset {len(first)}")]


def test_complete_warc_gives_every_record_with_its_payload(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    make_warc(path, [page(i) for i in range(3)])
    sources, rejects = sources_and_rejects(path)
    assert rejects == []
    assert [s.data.count(b"40 people") for s in sources] == [5, 5, 5]


def test_a_crawl_gives_its_pages_and_leaves_requests_redirects_errors_images_and_site_files(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = b"<html><body><article><p>At least 12 people were killed when the river burst its banks.</p></article></body></html>"
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, kind, body in [("https://n.example/robots.txt", "200 OK", "text/plain", b"User-agent: *"),
                                        ("https://n.example/sitemap-news.xml", "200 OK", "text/plain", b"<urlset/>"),
                                        ("https://n.example/old", "301 Moved Permanently", "text/html", b""),
                                        ("https://n.example/logo.png", "200 OK", "image/png", b"\x89PNG" + bytes(64)),
                                        ("https://n.example/gone", "404 Not Found", "text/html", b"<p>Not found</p>"),
                                        ("https://n.example/flood", "200 OK", "text/html", page)]:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    sources, rejects = sources_and_rejects(path)
    assert rejects == [] and [s.url for s in sources] == ["https://n.example/flood"]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E002"),
        ("notwarc.warc", b"hello, this is not a WARC file\n" * 5, "E007"),
        ("flipped.warc.gz", None, "E007"),
        ("garbage.warc.gz", b"\x1f\x8b" + b"\x00" * 40, "E007"),
    ],
)
def test_broken_containers_give_one_clear_reject(tmp_path: Path, name: str, content: bytes | None, code: str) -> None:
    path = tmp_path / name
    if content is None:
        data = bytearray(make_warc(path, [page(0)]))
        data[60] ^= 0xFF
        content = bytes(data)
    path.write_bytes(content)
    sources, rejects = sources_and_rejects(path)
    assert sources == []
    assert [r.code for r in rejects] == [code]


def test_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"0" * (50 * 1024 * 1024)))
    sources, rejects = sources_and_rejects(path, Settings(max_decompressed_bytes=1024 * 1024))
    assert sources == [] and [r.code for r in rejects] == ["E009"]
    with pytest.raises(InputError):
        bounded_gunzip(path.read_bytes(), 1000)


def test_a_gzipped_text_is_one_document_and_stops_inflating_at_a_document_s_size(tmp_path: Path) -> None:
    """240 MB of text in a 1 MB .txt.gz took 2 GB before its reject: a text is one document, so
    it may inflate to one document's size, and is rejected there."""
    import tracemalloc

    path = tmp_path / "long.txt.gz"
    path.write_bytes(gzip.compress(b"Some 40 people were hurt. " * (24 * 1024 * 1024 // 26), compresslevel=9))
    tracemalloc.start()
    try:
        sources, rejects = sources_and_rejects(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sources == [] and [r.code for r in rejects] == ["E009"]
    assert peak < 2.5 * Settings().max_record_bytes, f"{peak} bytes held"


def test_a_text_file_larger_than_one_document_is_rejected_by_name(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"x" * 5000)
    _, rejects = sources_and_rejects(path, Settings(max_record_bytes=1000))
    assert [(r.path, r.code) for r in rejects] == [(str(path), "E008")] and "for a document" in rejects[0].message


def test_a_jsonl_gz_stream_may_inflate_past_one_document(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl.gz"
    records = [json.dumps({"id": str(i), "text": f"Some {i} people were hurt in Orvale. " * 20}) for i in range(40)]
    path.write_bytes(gzip.compress("\n".join(records).encode()))
    sources, rejects = sources_and_rejects(path, Settings(max_record_bytes=2000))
    assert len(sources) == 40 and rejects == []


def test_a_file_mixing_utf8_and_cp1251_lines_is_rejected_not_garbled(tmp_path: Path) -> None:
    """Read as one encoding (mac_cyrillic, by the detector) half its lines were garbled silently."""
    line = "Около 40 человек погибли в Орвале, сообщили в министерстве."
    path = tmp_path / "mixed.txt"
    path.write_bytes(line.encode("utf-8") + b"\n" + line.encode("cp1251") + b"\n")
    [source] = [s for s in read_paths([str(path)], Settings()) if isinstance(s, RawSource)]
    with pytest.raises(InputError) as err:
        decode(source, Settings())
    assert err.value.code == "E003" and "line 2 is not UTF-8" in err.value.message
    one = tmp_path / "cp1251.txt"
    one.write_bytes((line + "\n") .encode("cp1251") * 3)
    [single] = [s for s in read_paths([str(one)], Settings()) if isinstance(s, RawSource)]
    assert decode(single, Settings())[0].startswith(line)


@pytest.mark.parametrize("gz", [True, False])
def test_a_warc_larger_than_the_file_limit_is_read_record_by_record(tmp_path: Path, gz: bool) -> None:
    """A crawl's WARC is often 1 GB: it was rejected whole as any file over 64 MB."""
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    data = make_warc(path, [page(i) for i in range(3)], gz=gz)
    sources, rejects = sources_and_rejects(path, Settings(max_file_bytes=len(data) // 3))
    assert rejects == [] and [s.url for s in sources] == [f"https://example.org/a{i}" for i in range(3)]


def test_oversized_file_is_rejected_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * 5000)
    _, rejects = sources_and_rejects(path, Settings(max_file_bytes=1000))
    assert [r.code for r in rejects] == ["E008"]


@pytest.mark.parametrize(("bad_line", "message"), [
    ('{"id": "x", "text": "Some 40 died.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deep"),
    ('{"id": "x", "text": "Some 40 died.", "n": ' + "9" * 5000 + "}", "unreadable JSON value"),
])
def test_a_jsonl_record_python_cannot_read_is_rejected_by_line_and_the_rest_is_read(
        tmp_path: Path, bad_line: str, message: str) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(bad_line + "\n" + json.dumps({"id": "y", "text": "About 12 people were hurt."}) + "\n",
                    encoding="utf-8")
    sources, rejects = sources_and_rejects(path)
    assert [s.location for s in sources] == ["line 2"]
    assert [(r.location, r.code) for r in rejects] == [("line 1", "E004")] and message in rejects[0].message


def test_a_lone_surrogate_in_a_record_s_url_is_replaced_and_the_record_stored(tmp_path: Path) -> None:
    from claimledger import Ledger, build

    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "d", "text": "Some 42 people died.", "url": "http://example.org/\\ud800"}\n', encoding="utf-8")
    stats = build([str(path)], str(tmp_path / "l.db"), workers=0)
    with Ledger.open(str(tmp_path / "l.db"), read_only=True) as ledger:
        [doc] = ledger.documents()
    assert stats.rejected == 0 and doc.url == "http://example.org/\ufffd"


@pytest.mark.parametrize("published", ["2023-02-29", "0000-00-00", "2023-13-01"])
def test_a_published_field_that_names_no_day_is_dropped_and_the_text_kept(tmp_path: Path, published: str) -> None:
    from claimledger import Ledger, build

    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "e", "text": "Some 43 people died in Orvale.", "published": published}) + "\n",
                    encoding="utf-8")
    stats = build([str(path)], str(tmp_path / "l.db"), workers=0)
    with Ledger.open(str(tmp_path / "l.db"), read_only=True) as ledger:
        [doc] = ledger.documents()
    assert stats.rejected == 0 and doc.published is None and "Some 43 people" in doc.text
    assert any(published in notice for notice in doc.notices)


def test_long_jsonl_line_rejected_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": "ok"}) + "\n" + json.dumps({"text": "y" * 5000}) + "\n")
    sources, rejects = sources_and_rejects(path, Settings(max_record_bytes=1000))
    assert len(sources) == 1 and [(r.location, r.code) for r in rejects] == [("line 2", "E016")]


@pytest.mark.parametrize(
    ("data", "declared", "expected_text", "expected_encoding"),
    [
        ("Café in Zürich".encode(), None, "Café in Zürich", "utf-8"),
        ("\ufeffBOM text".encode(), None, "BOM text", "utf-8-sig"),
        (RUSSIAN.encode("cp1251"), None, RUSSIAN, "cp1251"),
        (RUSSIAN.encode("cp1251"), "windows-1251", RUSSIAN, "windows-1251"),
        (RUSSIAN.encode("koi8-r"), "koi8-r", RUSSIAN, "koi8-r"),
        # a UTF-8 page that declares a single-byte charset: the declaration is the mistake
        ("The bill was €5 million.".encode(), "windows-1252", "The bill was €5 million.", "utf-8"),
        ("Café in Zürich".encode(), "iso-8859-1", "Café in Zürich", "utf-8"),
        ("Café in Zürich".encode("cp1252"), "windows-1252", "Café in Zürich", "windows-1252"),
        (b"Plain ASCII only.", "windows-1252", "Plain ASCII only.", "windows-1252"),
        ("Some 40 people died in Zürich.".encode("utf-16-le"), None, "Some 40 people died in Zürich.", "utf-16-le"),
        ("Some 40 people died in Zürich.".encode("utf-16-be"), None, "Some 40 people died in Zürich.", "utf-16-be"),
        ("Some 40 people died.".encode("utf-16"), None, "Some 40 people died.", "utf-16"),
    ],
)
def test_decoding_order(data: bytes, declared: str | None, expected_text: str, expected_encoding: str) -> None:
    text, encoding = decode(RawSource("x.txt", "", "txt", data, declared), Settings())
    assert text == expected_text
    assert encoding == expected_encoding


def test_invalid_utf8_without_a_confident_guess_is_rejected() -> None:
    noise = b"Hello world, this is \xff\xfe\x80 text \xc3\x28 with \x9d\x8f broken bytes \xe2\x82 everywhere \xf0\x28\x8c\x28."
    with pytest.raises(InputError) as err:
        decode(RawSource("bad.txt", "", "txt", noise), Settings())
    assert err.value.code == "E003"
    assert "--encoding" in err.value.message


def test_forced_encoding_wins() -> None:
    text, encoding = decode(RawSource("x.txt", "", "txt", RUSSIAN.encode("cp1251")), Settings(encoding="cp1251"))
    assert (text, encoding) == (RUSSIAN, "cp1251")
    with pytest.raises(InputError):
        decode(RawSource("x.txt", "", "txt", "naïve".encode()), Settings(encoding="ascii"))


def test_binary_file_is_rejected() -> None:
    with pytest.raises(InputError) as err:
        decode(RawSource("x.txt", "", "txt", b"\x00\x01\x02" * 500), Settings())
    assert err.value.code == "E015"


def test_lone_surrogates_nul_bidi_and_zero_width_are_cleaned_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"text": "Some 40\\u0000 people\\u200b were\\u202e hurt \\ud800 in the town of Alba on the day of the flood."}\n')
    sources, _ = sources_and_rejects(path)
    result = process_document(sources[0], Settings(use_parser=False))
    counts = dict(result.document.cleaned_chars)
    assert counts == {"bidi-control": 1, "lone-surrogate": 1, "nul": 1, "zero-width": 1}
    assert "\x00" not in result.document.text and "\ud800" not in result.document.text
    assert "Some 40 people were hurt" in result.document.text


def test_html_too_deep_is_rejected_not_silently_cut() -> None:
    html = "<html><body>" + "<div>" * 400 + "<p>deep text</p>" + "</div>" * 400 + "</body></html>"
    with pytest.raises(InputError) as err:
        process_document(RawSource("deep.html", "", "html", html.encode()), Settings())
    assert err.value.code == "E010"


def test_html_with_a_tag_of_too_many_attributes_is_rejected_before_lxml_reads_it() -> None:
    """lxml's time grows with the square of one tag's attributes: 600,000 ran past ten minutes."""
    html = "<html><body><div " + " ".join(f'a{i}="x"' for i in range(5000)) + "><p>Some 40 people were hurt.</p></div></body></html>"
    with pytest.raises(InputError) as err:
        process_document(RawSource("wide.html", "", "html", html.encode()), Settings())
    assert err.value.code == "E010" and "5000 attributes" in err.value.message


def test_html_main_text_and_metadata() -> None:
    html = """<html><head><title>Flood: 40 evacuated</title><meta property="og:site_name" content="Daily X">
    <meta name="author" content="Jo Bloggs"><meta property="article:published_time" content="2021-03-04"></head>
    <body><nav>Home | News | Sport</nav><article><h1>Flood: 40 evacuated</h1>
    <p>Some 40 people were evacuated on Tuesday, officials said, as the river rose above its banks in the night.</p>
    <p>Also Read: Another story entirely</p><p>Rescue teams worked through the night in the lower town.</p>
    </article><footer>Copyright 2021</footer></body></html>"""
    result = process_document(RawSource("page.html", "", "html", html.encode()), Settings())
    doc = result.document
    assert (doc.title, doc.outlet, doc.author, doc.published) == ("Flood: 40 evacuated", "Daily X", "Jo Bloggs", "2021-03-04")
    assert "Some 40 people were evacuated" in doc.text
    assert "Home | News" not in doc.text and "Also Read" not in doc.text
    assert [d.reason for d in doc.debris] == ["related-link"]


def test_time_budget_fires() -> None:
    text = ("1 " * 200_000).encode()
    with pytest.raises(InputError) as err:
        process_document(RawSource("slow.txt", "", "txt", text), Settings(doc_time_budget_s=0.05, use_parser=False))
    assert err.value.code == "E012"


def _discovered(paths: list[Path]) -> tuple[list[str], list[tuple[str, str]]]:
    found = list(discover([str(p) for p in paths]))
    files = [Path(f).name for f in found if isinstance(f, str)]
    rejects = [(Path(r.path).name, r.code) for r in found if isinstance(r, Reject)]
    return files, rejects


def test_links_to_nothing_and_loops_of_links_are_rejected_by_name(tmp_path: Path) -> None:
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    files, rejects = _discovered([tmp_path / "loop1", tmp_path / "dangling.txt"])
    assert files == [] and rejects == [("loop1", "E001"), ("dangling.txt", "E001")]


def test_linked_folders_globbed_folders_and_a_file_named_twice_are_read_once_each(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "b.txt").write_text("About 12 people were hurt.", encoding="utf-8")
    (tmp_path / "real" / "back").symlink_to(tmp_path / "real")  # a loop through a folder link
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "a.txt").write_text("Some 40 people died.", encoding="utf-8")
    files, rejects = _discovered([tmp_path / "linked", tmp_path / "rea*", tmp_path / "a.txt", tmp_path / "a.txt"])
    assert files == ["b.txt", "a.txt"] and rejects == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder whatever its permissions")
def test_an_unreadable_folder_is_rejected_by_name(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text("x", encoding="utf-8")
    locked.chmod(0)
    try:
        files, rejects = _discovered([tmp_path])
    finally:
        locked.chmod(0o755)
    assert files == [] and rejects == [("locked", "E001")]


def test_a_forced_utf16_encoding_reads_the_file_it_names() -> None:
    data = "Some 40 people died.".encode("utf-16-le")
    text, encoding = decode(RawSource("x.txt", "", "txt", data, None), Settings(encoding="utf-16-le"))
    assert (text, encoding) == ("Some 40 people died.", "utf-16-le")


def test_nul_bytes_that_are_not_utf16_are_binary() -> None:
    with pytest.raises(InputError) as caught:
        decode(RawSource("x.bin", "", "txt", b"\x00\x01\x00\x00\xff" * 500, None), Settings())
    assert caught.value.code == "E015"


def test_jsonl_fields_are_found_whatever_their_case_and_separators(tmp_path: Path) -> None:
    from claimledger import Ledger, build

    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"headline": "Dam gives way", "articleBody": "Some 12 people died in Orvale.",
                                "pubDate": "Sat, 08 Mar 2025 19:05:00 GMT", "Publisher": "Capital Wire",
                                "Source_URL": "https://wire.example.org/dam"}) + "\n", encoding="utf-8")
    stats = build([str(path)], str(tmp_path / "l.db"), workers=0)
    with Ledger.open(str(tmp_path / "l.db"), read_only=True) as ledger:
        [doc] = ledger.documents()
    assert stats.rejected == 0
    assert (doc.title, doc.published, doc.outlet, doc.url) == (
        "Dam gives way", "2025-03-08", "Capital Wire", "https://wire.example.org/dam")
    assert "Some 12 people died" in doc.text


@pytest.mark.parametrize(("outlet_field", "date_field"), [("source_name", "date_published"), ("publication", "created_at"),
                                                           ("newspaper", "published_time")])
def test_jsonl_fields_in_other_exports_words_name_the_outlet_and_the_day(tmp_path: Path, outlet_field: str,
                                                                           date_field: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"headline": "Dam gives way", "content": "Some 12 people died in Orvale.",
                                date_field: "2025-04-05", outlet_field: "Provincial Herald"}) + "\n", encoding="utf-8")
    [source] = [s for s in read_sources(str(path), Settings()) if isinstance(s, RawSource)]
    assert (dict(source.meta)["outlet"], dict(source.meta)["published"]) == ("Provincial Herald", "2025-04-05")


def test_a_news_api_s_nested_source_and_authors_give_their_names(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"status": "ok", "articles": [
        {"source": {"id": None, "name": "Daily Wire"}, "author": [{"name": "Ana Ruiz"}, {"name": "Tom Berg"}],
         "title": "Toll rises to 59", "publishedAt": "2025-11-03T10:00:00Z",
         "content": "The number of bodies recovered rose to 59 on Monday."}]}), encoding="utf-8")
    [source] = [s for s in read_sources(str(path), Settings()) if isinstance(s, RawSource)]
    meta = dict(source.meta)
    assert (meta["outlet"], meta["author"], meta["published"]) == ("Daily Wire", "Ana Ruiz, Tom Berg", "2025-11-03T10:00:00Z")


def test_a_social_post_s_account_is_its_voice(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps({"id": "1987001", "created_at": "2025-11-08T11:02:00Z",
                                "user": {"name": "Tessaly Truth", "screen_name": "TessalyTruth"},
                                "full_text": "BREAKING: more than 40 dead in the Karst Pass bus crash."}) + "\n",
                    encoding="utf-8")
    [source] = [s for s in read_sources(str(path), Settings()) if isinstance(s, RawSource)]
    meta = dict(source.meta)
    assert (meta["outlet"], meta["published"]) == ("Tessaly Truth", "2025-11-08T11:02:00Z")


@pytest.mark.parametrize("content", [
    [{"title": "Quake hits coast", "text": "At least 14 people were killed on the coast."}, {"title": "no text"}, 5],
    {"status": "ok", "articles": [{"title": "Quake hits coast", "text": "At least 14 people were killed on the coast."},
                                  {"title": "no text"}, 5]},
])
def test_a_json_file_of_articles_gives_one_source_each_and_rejects_bad_records_by_number(
        tmp_path: Path, content: object) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    found = list(read_sources(str(path), Settings()))
    [source] = [s for s in found if isinstance(s, RawSource)]
    assert source.location == "item 1" and dict(source.meta)["title"] == "Quake hits coast"
    assert [(r.location, r.code) for r in found if isinstance(r, Reject)] == [("item 2", "E005"), ("item 3", "E004")]


def test_a_json_file_that_is_not_json_is_rejected_by_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('{"articles": [', encoding="utf-8")
    [reject] = list(read_sources(str(path), Settings()))
    assert isinstance(reject, Reject) and reject.path == str(path) and "invalid JSON" in reject.message
