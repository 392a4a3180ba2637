"""The quality gate, as trafilatura pins its evaluation: the seeds' scores against the hand-made
gold ledger may not fall below the floor in ``seeds_floor.json``. Raising a floor is a decision
recorded in that file; lowering one is a decision too, and shows in review."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import GOLD, SHARED, needs_shared

FLOOR = json.loads((Path(__file__).parent / "seeds_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_scores(seeds_export: dict[str, object], tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    path = tmp_path_factory.mktemp("gate") / "seeds.json"
    path.write_text(json.dumps(seeds_export), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score_ledger.py"), str(path), str(GOLD), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@needs_shared
@pytest.mark.parametrize("metric", sorted(FLOOR))
def test_the_seeds_score_at_least_their_floor(seed_scores: dict[str, float], metric: str) -> None:
    assert seed_scores[metric] >= FLOOR[metric], f"{metric} fell to {seed_scores[metric]} (floor {FLOOR[metric]})"


@needs_shared
def test_every_metric_the_scorer_reports_has_a_floor(seed_scores: dict[str, float]) -> None:
    assert set(seed_scores) == set(FLOOR)
