"""Fixtures shared by every test module: the shared/ directory beside the repo, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.records import Deployment, Document, Entity, Evidence, Extraction, Relation, Treaty

REPO_DIR = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_DIR.parent / "shared"


@pytest.fixture
def repo_dir() -> Path:
    """The repository root (examples/, ontologies/ live here)."""
    return REPO_DIR


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the repository; the test is skipped when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is not there")
    return SHARED_DIR


@pytest.fixture
def runner() -> CliRunner:
    """A click test runner that keeps stderr apart from stdout."""
    return CliRunner()


def stub_extract(doc: Document, *, model: str | None = None) -> Extraction:
    """A fixed, deterministic Extraction for any document (its first sentence as evidence).

    Four entities (Finland, NATO, Pekka Haavisto, Lithuania), one officialOf relation, one
    Alliance treaty and one deployment of about 4800: enough to exercise every RDF shape.
    """
    end = doc.text.index(".") + 1
    start = doc.text.rfind("\n", 0, end) + 1
    ev = Evidence(sentence=doc.text[start:end], start=start, end=end, confidence=0.9)
    lang = doc.lang
    entities = (
        Entity("wd:Q33", "State", "Finland", lang, wikidata="Q33"),
        Entity("wd:Q7184", "Organization", "NATO", lang, wikidata="Q7184"),
        Entity("Person:Pekka Haavisto", "Person", "Pekka Haavisto", lang),
        Entity("wd:Q37", "State", "Lithuania", lang, wikidata="Q37"),
    )
    return Extraction(
        document=doc,
        entities=entities,
        relations=(Relation("Person:Pekka Haavisto", "officialOf", "wd:Q33", ev),),
        treaties=(Treaty("Alliance", ("wd:Q33", "wd:Q7184"), (ev,)),),
        deployments=(Deployment("wd:Q33", ("wd:Q37",), ev, count=4800, qualifier="About"),),
    )


@pytest.fixture
def stub_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the pipeline use ``stub_extract`` instead of spaCy (tests of the plumbing)."""
    import kg.extract

    monkeypatch.setattr(kg.extract, "extract", stub_extract, raising=False)


def evaluate_scores(gold_dir: Path) -> tuple[dict[str, float], str]:
    """Run ../shared/eval/evaluate.py over ``gold_dir`` with the installed ``kg``.

    Returns F1 per part and the scorer's output (for failure messages); skips the test
    when the scorer is absent.
    """
    import re
    import subprocess
    import sys

    scorer = SHARED_DIR / "eval" / "evaluate.py"
    if not scorer.is_file():
        pytest.skip(f"{scorer} is not there")
    script = Path(sys.executable).parent / "kg"
    kg = str(script) if script.exists() else f"{sys.executable} -m kg"
    run = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold_dir), "--kg", kg],
        cwd=REPO_DIR, capture_output=True, text=True, timeout=1800,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.findall(r"^(\w+)\s+P=[\d.]+ R=[\d.]+ F1=([\d.]+)", run.stdout, re.M)
    return {part: float(f1) for part, f1 in found}, run.stdout
