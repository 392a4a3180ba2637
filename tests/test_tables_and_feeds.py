"""Articles in spreadsheets (CSV, TSV) and news feeds (RSS, Atom), each written for these tests:
one source per row or item, with the fields a JSON record would give, and bad ones rejected by
number."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimledger
from claimledger.ingest.readers import read_sources
from claimledger.model import RawSource, Reject
from claimledger.settings import Settings
from claimledger.store.ledger import Ledger

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley News</title><link>https://valleynews.example.com</link>
<item><title>Dam gives way in Orvale</title><link>https://valleynews.example.com/dam</link>
<pubDate>Sat, 08 Mar 2025 19:05:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator>
<description>Some 12 people died.</description>
<content:encoded><![CDATA[<p>Some 12 people died in Orvale when the dam gave way, officials said.</p>
<p>"We lost everything," said farmer Tomas Berg.</p>]]></content:encoded></item>
<item><title>No body here</title><link>https://valleynews.example.com/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title>
<entry><title>Boat sinks off Cape Lindos</title><link href="https://harbourtimes.example.com/boat"/>
<published>2025-11-02T15:00:00Z</published><author><name>Sara Lind</name></author>
<summary type="html">&lt;p&gt;At least 31 people died after a boat sank off Cape Lindos.&lt;/p&gt;</summary></entry>
</feed>"""


def _sources(tmp_path: Path, name: str, content: str) -> list[RawSource | Reject]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_sources(str(path), Settings()))


def test_an_rss_item_gives_its_full_content_as_text_and_an_item_without_text_is_rejected(tmp_path: Path) -> None:
    found = _sources(tmp_path, "feed.rss", RSS)
    [item] = [s for s in found if isinstance(s, RawSource)]
    meta = dict(item.meta)
    assert (item.location, meta["title"], meta["url"], meta["author"], meta["outlet"]) == (
        "item 1", "Dam gives way in Orvale", "https://valleynews.example.com/dam", "Ana Ruiz", "Valley News")
    assert item.data.decode() == ('Some 12 people died in Orvale when the dam gave way, officials said.\n\n'
                                  '"We lost everything," said farmer Tomas Berg.')
    assert [(r.location, r.code) for r in found if isinstance(r, Reject)] == [("item 2", "E005")]


def test_an_atom_entry_gives_its_link_date_author_and_summary(tmp_path: Path) -> None:
    [entry] = _sources(tmp_path, "feed.atom", ATOM)
    assert isinstance(entry, RawSource)
    meta = dict(entry.meta)
    assert (meta["url"], meta["published"], meta["author"], meta["outlet"]) == (
        "https://harbourtimes.example.com/boat", "2025-11-02T15:00:00Z", "Sara Lind", "Harbour Times")
    assert entry.data.decode() == "At least 31 people died after a boat sank off Cape Lindos."


def test_a_feed_cut_off_is_rejected_by_name(tmp_path: Path) -> None:
    [reject] = _sources(tmp_path, "bad.xml", "<rss><channel><item><title>open")
    assert isinstance(reject, Reject) and reject.path.endswith("bad.xml") and reject.code == "E004"


def test_a_feed_s_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    found = _sources(tmp_path, "evil.xml", f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]><rss><channel><item>'
                                           "<description>Figures: &x;</description></item></channel></rss>")
    assert found and not any(isinstance(r, RawSource) and b"root:" in r.data for r in found)


def test_a_csv_row_is_a_record_and_a_row_without_text_is_rejected_by_number(tmp_path: Path) -> None:
    found = _sources(tmp_path, "articles.csv", (
        "title,url,published,outlet,text\n"
        'Dam gives way,https://a.example.com/dam,2025-03-08,Capital Wire,"Some 12 people died in Orvale.\n'
        'Rescuers searched all night."\n'
        "No text row,https://a.example.com/none,2025-03-09,Capital Wire,\n"))
    [row] = [s for s in found if isinstance(s, RawSource)]
    assert (row.location, dict(row.meta)["outlet"], dict(row.meta)["published"]) == ("row 1", "Capital Wire", "2025-03-08")
    assert row.data.decode() == "Some 12 people died in Orvale.\nRescuers searched all night."
    assert [(r.location, r.code) for r in found if isinstance(r, Reject)] == [("row 2", "E005")]


@pytest.mark.parametrize(("name", "content"), [
    ("articles.tsv", "headline\tcontent\tdate\nDam gives way\tSome 12 people died in Orvale.\t2025-03-08\n"),
    ("articles.csv", "headline;content;date\nDam gives way;Some 12 people died in Orvale.;2025-03-08\n"),
])
def test_tabs_and_semicolons_separate_columns_as_commas_do(tmp_path: Path, name: str, content: str) -> None:
    [row] = _sources(tmp_path, name, content)
    assert isinstance(row, RawSource)
    assert (dict(row.meta)["title"], row.data.decode()) == ("Dam gives way", "Some 12 people died in Orvale.")


def test_a_csv_without_a_text_column_is_one_table_of_data(tmp_path: Path) -> None:
    [table] = _sources(tmp_path, "snowfall.csv", "location,snowfall_inches\nCarver,22.0\nDunmore | East,15.5\n")
    assert isinstance(table, RawSource) and table.location == ""
    assert table.data.decode() == ("| location | snowfall_inches |\n|---|---|\n| Carver | 22.0 |\n| Dunmore / East | 15.5 |\n")


def test_a_table_of_data_gives_each_figure_its_column_s_unit_and_its_row_s_place(tmp_path: Path) -> None:
    path = tmp_path / "snowfall.csv"
    path.write_text("location,county,snowfall_inches,reported\nCarver,Carver,22.0,2027-01-17 08:00\n"
                    "Dunmore,Dunmore,15.5,2027-01-17 07:30\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    claimledger.build([str(path)], str(db), workers=0)
    with Ledger.open(str(db)) as ledger:
        figures = [c for c in ledger.claims() if c.kind == "quantity"]
    assert sorted((c.value, c.unit, c.measure, c.place) for c in figures) == [
        (15.5, "inch", "length", "Dunmore"), (22, "inch", "length", "Carver")]


def test_a_table_of_those_aboard_and_those_ill_reads_each_row_s_people_by_its_column(tmp_path: Path) -> None:
    path = tmp_path / "outbreak.html"
    path.write_text("<html><body><article><h1>Outbreak update: Aurora Star</h1><p>An outbreak of norovirus on the "
                    "cruise ship Aurora Star is being monitored by the health agency.</p><table>"
                    "<tr><th></th><th>Total on board</th><th>Number ill</th></tr>"
                    "<tr><td>Passengers</td><td>2,318</td><td>212</td></tr>"
                    "<tr><td>Crew</td><td>1,030</td><td>18</td></tr></table></article></body></html>", encoding="utf-8")
    db = tmp_path / "ledger.db"
    claimledger.build([str(path)], str(db), workers=0)
    with Ledger.open(str(db)) as ledger:
        figures = {c.value: c for c in ledger.claims() if c.kind == "quantity"}
    assert [(figures[v].measure, figures[v].counted) for v in (2318, 212, 1030, 18)] == [
        ("aboard", "passenger"), ("infected", "passenger"), ("aboard", "crew"), ("infected", "crew")]
