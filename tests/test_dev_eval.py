"""The quality bars on the shared dev set, scored by ../shared/eval/evaluate.py through the
CLI (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import evaluate_scores

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PARTS = ("entities", "relations", "treaties", "deployments")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, float], str]:
    return evaluate_scores(SHARED / "eval" / "dev")


def test_mean_f1_reaches_the_bar(scores: tuple[dict[str, float], str]) -> None:
    values, out = scores
    assert sum(values[p] for p in PARTS) / len(PARTS) >= 0.85, out


@pytest.mark.parametrize("part", PARTS)
def test_every_part_reaches_the_bar(scores: tuple[dict[str, float], str], part: str) -> None:
    values, out = scores
    assert values[part] >= 0.75, out


@pytest.mark.parametrize("part", ["troop_count", "linking"])
def test_counts_and_links_reach_the_bar(scores: tuple[dict[str, float], str], part: str) -> None:
    values, out = scores
    assert values[part] >= 0.9, out


def test_the_in_process_scorer_agrees_with_the_cli(scores: tuple[dict[str, float], str]
                                                   ) -> None:
    """scripts/score_gold.py (one process, for tuning) scores the dev set as the CLI does."""
    import os
    import re
    import subprocess
    import sys

    values, _out = scores
    run = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "score_gold.py"), str(SHARED / "eval" / "dev")],
        cwd=REPO, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    fast = {part: float(f1) for part, f1 in re.findall(r"(\w+)_f1=([\d.]+)", run.stdout)}
    for part in PARTS:
        assert abs(fast[part] - values[part]) <= 0.01, (part, run.stdout)
