"""Corpora written for claimledger, each with a hand-made gold ledger, scored by the shared scorer:
events, outlets and wordings that neither the seeds nor the development data hold (a running toll
and a missing count that fall and rise, a date two reports give two ways, a wire story run twice,
a press release reposted in a WARC, page debris and traps). Every metric must stay at its floor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import SHARED, export_of, needs_shared, run_cli

WRITTEN = Path(__file__).parent / "written"
CORPORA = sorted(p.name for p in WRITTEN.iterdir() if p.is_dir())
FLOOR = 1.0  # every metric of every written corpus; a corpus that cannot reach it says so in its gold file


def _scores(corpus: str, tmp_path: Path) -> dict[str, float]:
    db = tmp_path / "ledger.db"
    result = run_cli("build", str(WRITTEN / corpus), "--db", str(db), "-q", "--workers", "0")
    assert result.exit_code == 0, result.output
    export = tmp_path / "export.json"
    export.write_text(json.dumps(export_of(db)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score_ledger.py"), str(export),
                           str(WRITTEN / f"{corpus}.gold.yaml"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@needs_shared
@pytest.mark.parametrize("corpus", CORPORA)
def test_a_written_corpus_scores_its_floor_on_every_metric(corpus: str, tmp_path: Path) -> None:
    scores = _scores(corpus, tmp_path)
    assert scores and {m: v for m, v in scores.items() if v < FLOOR} == {}


def test_every_written_corpus_has_its_gold_ledger() -> None:
    assert CORPORA and all((WRITTEN / f"{corpus}.gold.yaml").is_file() for corpus in CORPORA)
