"""The ledger file: idempotent reruns, all-or-nothing documents, kill -9 and resume,
refusing ledgers it cannot trust."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimledger.engine import build
from claimledger.errors import LedgerError, SchemaTooNewError
from claimledger.settings import Settings
from claimledger.store import Ledger

from .conftest import SEEDS, export_of, needs_shared, run_cli

TOWNS = ["Alba", "Brest", "Corva", "Dunmore", "Elst", "Farro", "Gallin", "Hove"]


def write_corpus(folder: Path, n: int) -> Path:
    """N short articles with figures and dates, each distinct."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"story_{i:03d}.txt").write_text(
            f"Flood in {town}, report {i}\n\n"
            f"{town}, {1 + i % 27} March 2024 (Wire): At least {10 + i} people were killed and {100 + 3 * i} were "
            f"injured when the river rose on 3 March 2024, officials said.\n\n"
            f"About {2000 + 10 * i} residents were evacuated. The dam was built in {1950 + i % 30}.\n"
            + "Rescue teams from the region worked through the night in the lower town. " * 5 + "\n",
            encoding="utf-8",
        )
    return folder


def table_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    out = {}
    for table in ("documents", "debris", "claims", "claim_groups", "group_claims", "reuse_pairs", "rejects"):
        cols = "*" if table != "rejects" else "path, location, code, message, raw_sha256"
        if table == "documents":
            cols = "id, content_hash, path, title, published, text, notices"
        out[table] = sorted(conn.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
    conn.close()
    return out


def test_second_build_writes_nothing_new(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 6)
    db = tmp_path / "l.db"
    first = build([str(corpus)], str(db), Settings(use_parser=False))
    before = table_rows(db)
    second = build([str(corpus)], str(db), Settings(use_parser=False))
    assert (first.documents_new, second.documents_new) == (6, 0)
    assert table_rows(db) == before
    with Ledger.open(str(db), read_only=True) as ledger:
        assert ledger.integrity_ok()
        runs = ledger.conn.execute("SELECT status, documents_new FROM runs ORDER BY id").fetchall()
    assert runs == [("completed", 6), ("completed", 0)]


@needs_shared
def test_seeds_rebuild_same_ids_and_counts(tmp_path: Path, seeds_ledger: Path) -> None:
    before = table_rows(seeds_ledger)
    result = run_cli("build", str(SEEDS), "--db", str(seeds_ledger), "-q")
    assert result.exit_code == 0
    assert "0 new" in result.output
    assert table_rows(seeds_ledger) == before


def _build_process(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "claimledger", "build", str(corpus), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _documents_in(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.parametrize("kill_after", [1, 7, 15])
def test_kill_9_mid_build_then_rerun_gives_the_uninterrupted_ledger(tmp_path: Path, kill_after: int) -> None:
    corpus = write_corpus(tmp_path / "c", 20)
    reference = tmp_path / "ref.db"
    assert run_cli("build", str(corpus), "--db", str(reference), "-q").exit_code == 0

    db = tmp_path / "killed.db"
    proc = _build_process(corpus, db)
    deadline = time.time() + 120
    while _documents_in(db) < kill_after and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Ledger.open(str(db), read_only=True) as ledger:
        assert ledger.integrity_ok()
        # every stored document has all its claims: all-or-nothing per source
        for doc_id, n in ledger.conn.execute("SELECT document_id, COUNT(*) FROM claims GROUP BY document_id"):
            assert n >= 4, doc_id
    assert _documents_in(db) < 20 or proc.returncode == -signal.SIGKILL

    assert run_cli("build", str(corpus), "--db", str(db), "-q").exit_code == 0
    assert table_rows(db) == table_rows(reference)
    assert export_of(db) == export_of(reference)


def test_two_builds_at_once_store_each_document_once(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 10)
    db = tmp_path / "l.db"
    procs = [_build_process(corpus, db) for _ in range(2)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    rows = table_rows(db)
    assert len(rows["documents"]) == 10
    assert len({r[1] for r in rows["documents"]}) == 10


def test_reader_during_a_build_sees_whole_documents_only(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 20)
    db = tmp_path / "l.db"
    proc = _build_process(corpus, db)
    seen = 0
    while proc.poll() is None:
        if db.exists():
            try:
                with Ledger.open(str(db), read_only=True, timeout=10) as ledger:
                    docs = {r[0] for r in ledger.conn.execute("SELECT id FROM documents")}
                    with_claims = {r[0] for r in ledger.conn.execute("SELECT DISTINCT document_id FROM claims")}
                    assert with_claims <= docs
                    assert all(n >= 4 for (n,) in ledger.conn.execute(
                        "SELECT COUNT(*) FROM claims GROUP BY document_id"))
                    seen += 1
            except LedgerError as err:
                assert "older than this claimledger" in str(err) or "no such table" in str(err)
        time.sleep(0.02)
    assert proc.returncode == 0
    assert seen > 0


def test_schema_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    with Ledger.open(str(db)) as ledger:
        ledger.conn.execute("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', 'x')")
    with pytest.raises(SchemaTooNewError):
        Ledger.open(str(db))
    corpus = write_corpus(tmp_path / "c", 1)
    result = run_cli("build", str(corpus), "--db", str(db))
    assert result.exit_code == 3
    assert str(db) in result.output and "newer claimledger" in result.output
    assert _documents_in(db) == 0


def test_corrupt_ledger_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    corpus = write_corpus(tmp_path / "c", 1)
    result = run_cli("build", str(corpus), "--db", str(db))
    assert result.exit_code == 3
    assert "not a usable ledger" in result.output
    assert db.read_bytes() == before


def test_unwritable_ledger_location_exits_3(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 1)
    result = run_cli("build", str(corpus), "--db", str(tmp_path / "no" / "such" / "dir" / "l.db"))
    assert result.exit_code == 3
    assert "l.db" in result.output
