"""Regression guard on our own gold articles (tests/data/eval/), scored by the shared scorer.

These articles were written blind to the extractor's rules, so their score says how the
rules generalize; the floors sit a little below what was measured on 2026-11-23 (mean F1
about 0.65) and only catch regressions. Skipped when ../shared (the scorer) is absent.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "eval" / "evaluate.py"
GOLD = REPO / "tests" / "data" / "eval"
PARTS = ("entities", "relations", "treaties", "deployments")
FLOORS = {"entities": 0.8, "relations": 0.4, "treaties": 0.5, "deployments": 0.4, "linking": 0.9}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, float], str]:
    """F1 per part from evaluate.py run over tests/data/eval with the installed kg."""
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is not there")
    script = Path(sys.executable).parent / "kg"
    kg = str(script) if script.exists() else f"{sys.executable} -m kg"
    run = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--kg", kg],
        cwd=REPO, capture_output=True, text=True, timeout=1800,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.findall(r"^(\w+)\s+P=[\d.]+ R=[\d.]+ F1=([\d.]+)", run.stdout, re.M)
    return {part: float(f1) for part, f1 in found}, run.stdout


def test_every_article_builds() -> None:
    articles = sorted(GOLD.glob("*.txt"))
    assert len(articles) == 16
    assert all(a.with_suffix("").with_suffix(".gold.json").exists() for a in articles)


def test_mean_f1_stays_above_the_floor(scores: tuple[dict[str, float], str]) -> None:
    values, out = scores
    assert sum(values[p] for p in PARTS) / len(PARTS) >= 0.55, out


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_each_part_stays_above_its_floor(scores: tuple[dict[str, float], str], part: str) -> None:
    values, out = scores
    assert values[part] >= FLOORS[part], out
