"""The HTML report without a browser: what a reader sees beside each value."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.present.report import render_report
from claimledger.run.build import build
from claimledger.settings import Settings
from claimledger.store.ledger import Ledger


def test_a_changed_value_shows_the_value_it_changed_from(tmp_path: Path) -> None:
    articles = tmp_path / "a.jsonl"
    articles.write_text(json.dumps({
        "id": "u1", "published": "2024-03-02", "outlet": "Courier",
        "text": "The number of homes without power in Veldmark fell from 12,000 to 8,500 on Saturday, the utility said.",
    }) + "\n", encoding="utf-8")
    db = tmp_path / "l.db"
    build([str(articles)], str(db), Settings(), workers=0)
    with Ledger.open(str(db), read_only=True) as ledger:
        html = render_report(ledger, "changes")
        claims = {c.value: c for c in ledger.claims() if c.kind == "quantity"}
    assert claims[8500].changed_from == claims[12000].id
    assert html.count("changed from 12,000") == 1
    row = html[html.index("changed from 12,000") - 200 : html.index("changed from 12,000")]
    assert "8,500" in row


def test_a_quantity_group_gives_its_answer_first_figure_range_and_timeline(tmp_path: Path) -> None:
    from claimledger.demo import run_demo

    export = json.loads(run_demo(tmp_path / "demo")["export"].read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in export["claims"]}
    [killed] = [g for g in export["groups"] if g.get("measure") == "killed" and g["verdict"] == "evolving"]
    dates = [p["published"] for p in killed["timeline"]]
    assert dates == sorted(dates) and len(dates) == len(killed["claims"])
    assert killed["answer"] == killed["timeline"][-1]["value"] == claims[killed["timeline"][-1]["claim"]]["value"]
    assert killed["first"] == killed["timeline"][0]["value"]
    assert killed["range"] == [min(p["value"] for p in killed["timeline"]), max(p["value"] for p in killed["timeline"])]
    assert all("answer" not in g for g in export["groups"] if g["kind"] != "quantity")


def test_the_report_s_stylesheet_is_inlined_as_written(tmp_path: Path) -> None:
    from claimledger.demo import run_demo

    html = run_demo(tmp_path / "demo")["report"].read_text(encoding="utf-8")
    style = html[html.index("<style>") + len("<style>"): html.index("</style>")]
    assert '"Segoe UI"' in style and "details.group > summary" in style
    assert "&#34;" not in style and "&gt;" not in style


def test_the_report_opens_with_contents_and_key_figures_and_says_none_found(tmp_path: Path) -> None:
    """The answer first: a contents list naming every section, the key figures (latest figure,
    first, range, sources, origins, verdict) before the documents, "None found" for an empty
    section instead of leaving it out, and counts in the right number."""
    import re

    articles = tmp_path / "a.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "1", "published": "2024-03-02", "outlet": "Courier", "text": "At least 14 people were killed in the Orlen quarry collapse."},
        {"id": "2", "published": "2024-03-04", "outlet": "Wire", "text": "The death toll in the Orlen quarry collapse rose to 23."},
    ]), encoding="utf-8")
    db = tmp_path / "l.db"
    build([str(articles)], str(db), Settings(), workers=0)
    with Ledger.open(str(db), read_only=True) as ledger:
        html = render_report(ledger, "quarry")
    contents = html[html.index('<nav aria-label="Contents">'):html.index("</nav>")]
    for section in ("key-figures", "documents", "conflict", "evolving", "agree", "single", "quotes", "reuse", "debris", "rejects"):
        assert f'href="#{section}"' in contents and f'id="{section}"' in html, section
    key = html[html.index('id="key-figures"'):html.index('id="documents"')]
    assert "killed: people" in key and "<strong>23</strong>" in key and "at least 14" in key and "evolving" in key
    quotes = html[html.index('id="quotes"'):html.index('id="reuse"')]
    assert "None found." in quotes
    assert not re.search(r"\b1 (?:claims|documents|independent origins|passages|occurrences)\b", html)
    assert html.index('id="key-figures"') < html.index('id="documents"') and "<main>" in html
