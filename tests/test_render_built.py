"""Analytics and the explorer on real ``kg build`` output: examples/articles and the seeds.

The seed bars: every actor once, North Korea and Russia joined by their treaty, the Kursk
deployment shown with its count. Builds run the real extractor, so these tests are slow.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, Graph

from kg.analyze import analyze_report, full_view
from kg.pipeline import build_graph
from kg.rdf.namespace import KG
from kg.render.data import network_data

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = [SHARED / "eval" / "dev" / "seed-000.txt", SHARED / "eval" / "dev" / "seed-002.txt"]
NK, RU = "https://w3id.org/newskg/resource/wd/Q423", "https://w3id.org/newskg/resource/wd/Q159"

pytestmark = pytest.mark.slow


@functools.cache
def built(name: str) -> Graph:
    """The graph of the example articles or of the two seed articles, built once per run."""
    if name == "seeds":
        if not all(p.is_file() for p in SEEDS):
            pytest.skip(f"{SHARED} is not there")
        inputs: list[Path] = SEEDS
    else:
        inputs = [REPO / "examples" / "articles"]
    graph = build_graph(inputs, progress=False)
    assert isinstance(graph, Graph)
    return graph


def actor_labels(data: dict[str, Any]) -> Counter[tuple[str, str]]:
    """(class, label) of every actor node in an explorer payload."""
    return Counter((d["kind"], d["label"].casefold()) for d in data["details"]["nodes"]
                   if d["kind"] in ("State", "Organization", "Person"))


@pytest.mark.parametrize("name", ["examples", "seeds"])
def test_explorer_shows_every_actor_once(name: str) -> None:
    data = network_data(full_view(built(name)))
    labels = actor_labels(data)
    assert labels and max(labels.values()) == 1
    iris = [d["iri"] for d in data["details"]["nodes"]]
    assert len(iris) == len(set(iris))


@pytest.mark.parametrize("name", ["examples", "seeds"])
def test_report_counts_agree_with_the_full_view(name: str) -> None:
    graph = built(name)
    report = json.loads(analyze_report(graph, fmt="json"))
    view = full_view(graph)
    for kind in ("Person", "State", "Organization", "Place", "Treaty", "Deployment"):
        assert report["counts"][kind] == sum(1 for _, k in view.nodes(data="kind") if k == kind)
    documents = set(graph.subjects(RDF.type, KG.Document))
    assert report["counts"]["Document"] == len(documents) >= 2


def test_seed_treaty_joins_north_korea_and_russia() -> None:
    view = full_view(built("seeds"))
    treaties = [n for n, d in view.nodes(data=True) if d["kind"] == "Treaty"]
    assert any({NK, RU} <= set(view.nodes[t]["parties"]) for t in treaties)
    assert any(view.has_edge(t, NK, "party") and view.has_edge(t, RU, "party") for t in treaties)


def test_seed_kursk_deployment_shows_its_count() -> None:
    data = network_data(full_view(built("seeds")))
    shown = [(n["label"], d) for n, d in zip(data["nodes"], data["details"]["nodes"], strict=True)
             if d["kind"] == "Deployment"]
    kursk = [(label, d) for label, d in shown if "Kursk" in label and "11,000" in label]
    assert kursk, [label for label, _ in shown]
    assert ["count", "11,000"] in kursk[0][1]["facts"]
    assert kursk[0][1]["evidence"]  # with the sentence it was read from


def test_seed_path_from_north_korea_to_russia() -> None:
    path = json.loads(analyze_report(built("seeds"), fmt="json", path=("North Korea", "Moskau")))
    assert path["path"]["connected"] and len(path["path"]["hops"]) == 1
    assert path["path"]["hops"][0]["evidence"]
