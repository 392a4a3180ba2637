"""Every written corpus built into one ledger, an event per folder, as a newsroom's archive of
many stories would be: each corpus's part of the ledger must score its floor, as it does alone,
and no group may hold claims of two corpora."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import SHARED, export_of, needs_shared, run_cli
from .test_written import CORPORA, FLOOR, WRITTEN


@pytest.fixture(scope="module")
def archive_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("archive") / "archive.db"
    result = run_cli("build", *(str(WRITTEN / corpus) for corpus in CORPORA), "--db", str(db), "-q",
                     "--workers", "0", "--events", "folder")
    assert result.exit_code == 0, result.output
    return export_of(db)


def _corpus_of(path: str) -> str:
    found = re.search(r"written[\\/]([^\\/]+)[\\/]", path)
    assert found, path
    return found.group(1)


def _part_of(export: dict[str, object], corpus: str) -> dict[str, object]:
    """The export as it would be of ``corpus``'s documents alone: its documents, their claims and
    the groups of those claims."""
    documents = [d for d in export["documents"] if _corpus_of(d["path"]) == corpus]  # type: ignore[attr-defined]
    ids = {d["id"] for d in documents}
    claims = [c for c in export["claims"] if c["doc"] in ids]  # type: ignore[attr-defined]
    claim_ids = {c["id"] for c in claims}
    groups = [g for g in export["groups"] if set(g["claims"]) & claim_ids]  # type: ignore[attr-defined]
    return {**export, "documents": documents, "claims": claims, "groups": groups}


def test_no_group_of_the_archive_holds_claims_of_two_events(archive_export: dict[str, object]) -> None:
    corpus_of_doc = {d["id"]: _corpus_of(d["path"]) for d in archive_export["documents"]}  # type: ignore[attr-defined]
    corpus_of_claim = {c["id"]: corpus_of_doc[c["doc"]] for c in archive_export["claims"]}  # type: ignore[attr-defined]
    spanning = [g["what"] for g in archive_export["groups"]  # type: ignore[attr-defined]
                if len({corpus_of_claim[c] for c in g["claims"]}) > 1]
    assert len(corpus_of_doc) > 300 and spanning == []


@needs_shared
@pytest.mark.parametrize("corpus", CORPORA)
def test_each_corpus_of_the_archive_scores_its_floor(archive_export: dict[str, object], corpus: str,
                                                     tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(json.dumps(_part_of(archive_export, corpus)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score_ledger.py"), str(export),
                           str(WRITTEN / f"{corpus}.gold.yaml"), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(done.stdout)
    assert scores and {m: v for m, v in scores.items() if v < FLOOR} == {}
