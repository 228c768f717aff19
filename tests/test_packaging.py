"""A built wheel carries the ontology, shapes, gazetteer and lexicons, so `pip install .` works.

Builds the wheel from this checkout (pip fetches the build backend from PyPI; skips when it
cannot), installs it into a scratch directory without dependencies and runs `kg build` from
there, in a directory where the checkout is not importable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Directory holding the kg package installed from a freshly built wheel."""
    work = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build the wheel here: {build.stderr.strip()[-300:]}")
    (wheel,) = work.glob("kg-*.whl")
    target = work / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         str(wheel)],
        check=True,
    )
    return target


def _run(target: Path, args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(target)}
    return subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, text=True, env=env,
        cwd=target.parent,
    )


def test_wheel_reads_its_own_data_files(installed_wheel: Path) -> None:
    out = _run(installed_wheel, ["-c", "import kg.paths as p; print(p.ONTOLOGY_DIR)"])
    assert out.returncode == 0, out.stderr
    data = Path(out.stdout.strip())
    assert data == installed_wheel / "kg" / "ontologies"
    for name in ("kg.ttl", "shapes.ttl", "gazetteer/states.ttl", "gazetteer/cities.ttl",
                 "lexicon/de.json", "lexicon/en.json"):
        assert (data / name).is_file(), name
    assert (installed_wheel / "kg" / "render" / "templates" / "explorer.html").is_file()


def test_wheel_builds_a_graph(installed_wheel: Path) -> None:
    text = ("Rund 11.000 nordkoreanische Soldaten sollen in der russischen Region Kursk "
            "stationiert sein.\n")
    out = _run(installed_wheel, ["-m", "kg", "build", "--lang", "de", "-o", "-", "-"], text)
    assert out.returncode == 0, out.stderr
    assert "kg:Deployment" in out.stdout
    assert "11000" in out.stdout
