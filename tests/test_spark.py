"""The Spark engine in a real local[2] session gives the ledger the local engine gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import SEEDS, export_of, needs_shared, run_cli

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[test]' brings it)")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 (.ci/run installs it)")


def _both_engines(paths: list[str], tmp_path: Path) -> tuple[dict[str, object], dict[str, object]]:
    exports = []
    for engine in ("local", "spark"):
        db = tmp_path / f"{engine}.db"
        extra = ["--master", "local[2]"] if engine == "spark" else []
        result = run_cli("build", *paths, "--db", str(db), "--engine", engine, *extra, "-q")
        assert result.exit_code in (0, 1), result.output  # 1: the demo holds a malformed line on purpose
        exports.append(export_of(db))
    return exports[0], exports[1]


@needs_shared
def test_seeds_give_the_same_export_on_spark_and_local(tmp_path: Path) -> None:
    local, spark = _both_engines([str(SEEDS)], tmp_path)
    assert spark == local
    assert len(local["claims"]) >= 60 and local["reuse"]  # type: ignore[arg-type]


def test_demo_corpus_gives_the_same_export_on_spark_and_local(tmp_path: Path) -> None:
    from claimledger.demo import corpus_path

    local, spark = _both_engines([str(corpus_path())], tmp_path)
    assert spark == local
    assert local["groups"] and local["reuse"]
    rerun = run_cli("build", str(corpus_path()), "--db", str(tmp_path / "spark.db"), "--engine", "spark", "-q")
    assert "0 new" in rerun.output
    assert export_of(tmp_path / "spark.db") == spark


@needs_shared
def test_spark_executors_read_a_postgresql_ledger_themselves(tmp_path: Path, postgres_url: str) -> None:
    """Executors read document texts from the ledger, not from the driver: with PostgreSQL they
    connect to the server by the ledger's URL and must find what a local build finds."""
    local_db = tmp_path / "local.db"
    assert run_cli("build", str(SEEDS), "--db", str(local_db), "-q").exit_code == 0
    spark = run_cli("build", str(SEEDS), "--db", postgres_url, "--engine", "spark", "--master", "local[2]", "-q")
    assert spark.exit_code == 0, spark.output
    local, on_postgres = export_of(local_db), export_of(postgres_url)
    assert on_postgres == local
    assert local["reuse"]
