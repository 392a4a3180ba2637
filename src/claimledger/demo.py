"""The demo: build a ledger from the example corpus that ships with the package."""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

from claimledger.present.export import export_json
from claimledger.present.report import render_report
from claimledger.run.build import build
from claimledger.settings import Settings
from claimledger.store.ledger import Ledger


def corpus_path() -> Path:
    """The folder of example articles (txt, html, jsonl, warc.gz) about one invented event."""
    return Path(str(resources.files("claimledger") / "demo_corpus"))


def _as_given(folder: Path) -> str:
    """The folder as a user in the current directory would name it, where it lies below it."""
    relative = os.path.relpath(folder)
    return str(folder) if relative.startswith("..") else relative


def run_demo(out_dir: Path) -> dict[str, Path]:
    """Build ``out_dir/demo.db`` from the demo corpus and write its JSON export beside it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db = out_dir / "demo.db"
    corpus = out_dir / "corpus"  # a copy beside the ledger: the export names files there, not inside the install
    shutil.copytree(corpus_path(), corpus, dirs_exist_ok=True)
    stats = build([_as_given(corpus)], str(db), Settings())
    export = out_dir / "demo.json"
    report = out_dir / "report.html"
    with Ledger.open(str(db), read_only=True) as ledger:
        export.write_text(export_json(ledger), encoding="utf-8")
        report.write_text(render_report(ledger, "demo: the Veldmark dam failure"), encoding="utf-8")
    return {
        "corpus": corpus,
        "ledger": db,
        "export": export,
        "report": report,
        "summary": Path(f"{stats.documents_read} documents, {stats.rejected} rejected (the demo holds one bad JSON line on purpose)"),
    }
