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
    assert html.count("changed from 12000") == 1
    row = html[html.index("changed from 12000") - 200 : html.index("changed from 12000")]
    assert "8500" in row
