"""Articles in a spreadsheet (CSV or TSV, one row each, a header naming the columns as a JSON
record names its fields) and in a news feed (RSS or Atom, one item or entry each): each record
becomes a source as a JSON record does, and a bad row or item is rejected by its number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from typing import Any

from claimledger.errors import Code, InputError
from claimledger.model import RawSource, Reject
from claimledger.settings import Settings

# how a record becomes a source or a reject (ingest.readers): (path, where, record, raw bytes)
RecordSource = Callable[[str, str, object, bytes], "RawSource | Reject"]


def read_csv(path: str, data: bytes, settings: Settings, record_source: RecordSource,
             text_columns: tuple[str, ...] = ()) -> Iterator[RawSource | Reject]:
    """One source per row of a CSV or TSV file whose header names a text column ("text",
    "content", "body", ...; a row without text is rejected by its number); a file whose header
    names none is a table of data (a statistics office's figures, snowfall by town), one document
    whose rows are read as a table's."""
    text = _decoded(data)
    dialect = "excel-tab" if path.lower().removesuffix(".gz").endswith(".tsv") else _sniffed(text)
    csv.field_size_limit(max(settings.max_record_bytes, 131072))
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames:
        raise InputError(Code.BAD_RECORD, "a CSV file needs a header row naming its columns")
    if text_columns and not any(field_name(name.strip()) in text_columns for name in reader.fieldnames if name):
        yield _table_document(path, text, dialect, settings)
        return
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise InputError(Code.BAD_RECORD, f"unreadable CSV after row {number}: {err}") from None
        number += 1
        record = {k: v for k, v in row.items() if isinstance(k, str) and v not in (None, "")}
        raw = "\t".join(f"{k}={v}" for k, v in record.items()).encode("utf-8", "surrogatepass")
        if len(raw) > settings.max_record_bytes:
            yield Reject(path, f"row {number}", Code.LINE_TOO_LONG, f"row is {len(raw)} bytes, over the limit")
            continue
        yield record_source(path, f"row {number}", record, raw)


def field_name(key: str) -> str:
    """A field's or a column's name as JSON records and spreadsheets spell it, compared in lower case
    without "_" and "-" ("pubDate", "date_published", "articleBody")."""
    return key.lower().replace("_", "").replace("-", "")


def _table_document(path: str, text: str, dialect: type[csv.Dialect] | str, settings: Settings) -> RawSource:
    """A CSV of data as one document: its header and rows as a table ("| Carver | 22.0 |" under
    "| location | snowfall_inches |"), so each figure counts what its column names."""
    try:
        rows = [[cell.replace("|", "/").strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""), dialect=dialect)]
    except csv.Error as err:
        raise InputError(Code.BAD_RECORD, f"unreadable CSV: {err}") from None
    rows = [row for row in rows if any(row)]
    width = len(rows[0])
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join((row + [""] * width)[:width]) + " |" for row in rows[1:]]
    table = ("\n".join(lines) + "\n").encode("utf-8")
    if len(table) > settings.max_record_bytes:
        raise InputError(Code.TOO_LARGE, f"a table of {len(table)} bytes, over the limit of {settings.max_record_bytes}")
    return RawSource(path, "", "txt", table, None)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # a spreadsheet saved on Windows


def _sniffed(text: str) -> type[csv.Dialect] | str:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        return "excel"


# the parts of an RSS item or an Atom entry, by local name, as a record's fields name them
_ITEM_FIELDS = {"title": "title", "link": "url", "guid": "id", "id": "id", "pubdate": "published", "published": "published",
                "updated": "updated", "date": "published", "creator": "author", "author": "author",
                "encoded": "html", "content": "html", "description": "summary", "summary": "summary"}
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote)\s*>|<br\s*/?>", re.I)


def read_feed(path: str, data: bytes, settings: Settings, record_source: RecordSource) -> Iterator[RawSource | Reject]:
    """One source per item of an RSS feed or entry of an Atom feed: its full content where the
    feed carries it (content:encoded, content), else its description or summary, as text."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise InputError(Code.BAD_RECORD, f"invalid XML: {err}") from None
    items = [el for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname in ("item", "entry")]
    if not items:
        raise InputError(Code.NO_TEXT_FIELD, "no RSS item or Atom entry in the feed")
    outlet = _feed_title(root)
    for number, item in enumerate(items, start=1):
        record = _item_record(item)
        if outlet and "outlet" not in record:
            record["outlet"] = outlet  # the feed's own title names the outlet of its items
        raw = etree.tostring(item)
        if len(raw) > settings.max_record_bytes:
            yield Reject(path, f"item {number}", Code.LINE_TOO_LONG, f"item is {len(raw)} bytes, over the limit")
            continue
        yield record_source(path, f"item {number}", record, raw)


def _feed_title(root: Any) -> str | None:
    """The title of an RSS channel or an Atom feed, above its items."""
    from lxml import etree

    feed = next((el for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname in ("channel", "feed")),
                None)
    for child in feed if feed is not None else ():
        if isinstance(child.tag, str) and etree.QName(child).localname == "title":
            title = " ".join("".join(child.itertext()).split())
            return title or None
    return None


def _item_record(item: Any) -> dict[str, str]:
    """An item's parts as a record: its text from the fullest HTML part, tags taken out."""
    from lxml import etree

    found: dict[str, str] = {}
    for child in item:
        if not isinstance(child.tag, str):
            continue
        name = _ITEM_FIELDS.get(etree.QName(child).localname.lower())
        value = (child.get("href") if name == "url" and child.get("href") else
                 "".join(child.itertext()) if name != "author" else " ".join("".join(child.itertext()).split()))
        if name and value and value.strip() and name not in found:
            found[name] = value.strip()
    body = found.pop("html", None) or found.pop("summary", None)
    found.pop("summary", None)
    if body:
        found["text"] = _text_of(body)
    if "published" not in found and "updated" in found:
        found["published"] = found["updated"]
    found.pop("updated", None)
    return found


def _text_of(markup: str) -> str:
    """The text of an HTML fragment, a paragraph a line."""
    if "<" not in markup:
        return markup
    import lxml.html

    try:
        fragment = lxml.html.fromstring(_BLOCK_END.sub("\n\n", markup))
    except (ValueError, lxml.etree.ParserError):
        return markup
    return "\n\n".join(" ".join(p.split()) for p in fragment.text_content().split("\n\n") if p.strip())
