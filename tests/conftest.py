"""Shared fixtures: the ../shared reference data, ledgers in temporary folders, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimledger.cli import main
from claimledger.store import Ledger

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpora" / "seeds"
GOLD = SHARED / "gold" / "seeds.yaml"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"../shared is absent (looked in {SHARED})")


def run_cli(*args: str, input: str | None = None) -> Result:
    """Run the real command in-process, returning exit code and output."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def run_cli_process(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run the installed command as a separate process (for kills and real exit codes)."""
    return subprocess.run([sys.executable, "-m", "claimledger", *args], capture_output=True, text=True,
                          check=False, **kwargs)  # type: ignore[call-overload]


def export_of(db: Path | str) -> dict[str, object]:
    result = run_cli("export", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def seeds_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The seeds built once per session into a real SQLite file, in this process (worker processes
    are tested apart; here they would only load the language models again)."""
    if not SEEDS.is_dir():
        pytest.skip(f"../shared is absent (looked in {SHARED})")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    result = run_cli("build", str(SEEDS), "--db", str(db), "-q", "--workers", "0")
    assert result.exit_code == 0, result.output
    yield db


@pytest.fixture(scope="session")
def seeds_export(seeds_ledger: Path) -> dict[str, object]:
    return export_of(seeds_ledger)


@pytest.fixture
def fresh_ledger(tmp_path: Path) -> Iterator[Ledger]:
    """An empty ledger in a real SQLite file, migrated and open for writing; closed after the test.
    Stages can be stored and read back directly, without a build."""
    with Ledger.open(str(tmp_path / "fresh.db")) as ledger:
        yield ledger


POSTGRES = os.environ.get("CLAIMLEDGER_TEST_POSTGRES", "")  # a server URL; .ci/run starts one


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty database on the real PostgreSQL server of CLAIMLEDGER_TEST_POSTGRES."""
    if not POSTGRES:
        pytest.skip("CLAIMLEDGER_TEST_POSTGRES is not set; .ci/postgres starts a server and prints its URL")
    import uuid

    import psycopg

    name = f"claimledger_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield POSTGRES.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's ledger lives: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return str(request.getfixturevalue("postgres_url"))


def _tasks_of(pid: int) -> list[Path]:
    """The threads of ``pid``; none once it has exited, as a process being killed may at any moment."""
    try:
        return list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, from Linux's /proc."""
    found, stack = set(), [pid]
    while stack:
        for task in _tasks_of(stack.pop()):
            try:
                children = {int(c) for c in (task / "children").read_text().split()}
            except OSError:
                continue
            stack.extend(children - found)
            found |= children
    return found
