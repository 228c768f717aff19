"""The quality bars on the shared dev set, scored by ../shared/eval/evaluate.py through the
CLI (skipped when ../shared is absent)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PARTS = ("entities", "relations", "treaties", "deployments")

pytestmark = pytest.mark.slow


def _scores() -> tuple[dict[str, float], str]:
    """F1 per part from evaluate.py's output (and the output, for failure messages)."""
    if not (SHARED / "eval" / "evaluate.py").is_file():
        pytest.skip(f"{SHARED} is not there")
    script = Path(sys.executable).parent / "kg"
    kg = str(script) if script.exists() else f"{sys.executable} -m kg"
    run = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "evaluate.py"), "--gold",
         str(SHARED / "eval" / "dev"), "--kg", kg],
        cwd=REPO, capture_output=True, text=True, timeout=1200,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    scores: dict[str, float] = {}
    for line in run.stdout.splitlines():
        m = re.match(r"^(\w+)\s+P=[\d.]+ R=[\d.]+ F1=([\d.]+)", line)
        if m:
            scores[m.group(1)] = float(m.group(2))
    return scores, run.stdout


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, float], str]:
    return _scores()


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
