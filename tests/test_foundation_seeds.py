"""End to end on the two seed articles in ../shared/eval/dev (skipped when shared/ is absent).

Both articles report North Korean troops in the Kursk region and the North Korea-Russia
mutual-defence treaty. Built into one graph they must give one node per actor, one treaty,
a deployment of 11000 with its evidence, and the same graph on every build.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from kg.cli import cli
from kg.rdf.namespace import KG

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
WD = "http://www.wikidata.org/entity/"
SEEDS = ("seed-000.txt", "seed-002.txt")
NORTH_KOREA, RUSSIA, KIM = "Q423", "Q159", "Q56226"

pytestmark = pytest.mark.slow


def _build(runner: CliRunner, shared_dir: Path, out: Path) -> Graph:
    dev = shared_dir / "eval" / "dev"
    result = runner.invoke(cli, ["build", *(str(dev / s) for s in SEEDS), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "kg: 2 documents" in result.stderr
    return Graph().parse(out)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Graph, Graph]:
    """The seed graph built twice (module-scoped: the NLP is loaded once)."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is not there")
    tmp = tmp_path_factory.mktemp("seeds")
    runner = CliRunner()
    return _build(runner, SHARED_DIR, tmp / "a.ttl"), _build(runner, SHARED_DIR, tmp / "b.ttl")


def _linked(graph: Graph, qid: str) -> list[URIRef]:
    return sorted(s for s in graph.subjects(OWL.sameAs, URIRef(WD + qid)) if isinstance(s, URIRef))


def _names(graph: Graph, node: URIRef) -> set[str]:
    return {str(o).casefold() for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)}


def _assert_has_provenance(graph: Graph, node: URIRef) -> None:
    assert list(graph.objects(node, KG.evidence)), f"{node} has no kg:evidence"
    docs = list(graph.objects(node, PROV.wasDerivedFrom))
    assert docs and all((d, RDF.type, KG.Document) in graph for d in docs)


@pytest.mark.parametrize(
    ("qid", "kind"), [(NORTH_KOREA, KG.State), (RUSSIA, KG.State), (KIM, KG.Person)]
)
def test_one_node_per_actor(seeds: tuple[Graph, Graph], qid: str, kind: URIRef) -> None:
    graph = seeds[0]
    (node,) = _linked(graph, qid)
    assert (node, RDF.type, kind) in graph
    names = _names(graph, node)
    # No second node of the same kind under one of its names ("Nordkoreas" as a State).
    others = [
        s for s in set(graph.subjects(RDF.type, kind)) if s != node and _names(graph, s) & names
    ]
    assert others == [], f"duplicates of {qid}: {others}"


def _kursk(graph: Graph) -> set[URIRef]:
    return {
        s
        for s in graph.subjects(RDF.type, KG.Place)
        if isinstance(s, URIRef)
        and (s, RDF.type, KG.State) not in graph
        and any("kursk" in n for n in _names(graph, s))
    }


def test_one_mutual_defense_treaty_between_north_korea_and_russia(
    seeds: tuple[Graph, Graph],
) -> None:
    graph = seeds[0]
    (nk,), (ru,) = _linked(graph, NORTH_KOREA), _linked(graph, RUSSIA)
    treaties = [
        t for t in graph.subjects(RDF.type, KG.Treaty)
        if {nk, ru} <= set(graph.objects(t, KG.party))
    ]
    assert len(treaties) == 1
    (treaty,) = treaties
    assert (treaty, KG.treatyType, KG.MutualDefense) in graph
    _assert_has_provenance(graph, treaty)
    assert len(set(graph.objects(treaty, PROV.wasDerivedFrom))) == 2


def test_north_korean_deployment_to_kursk_of_11000(seeds: tuple[Graph, Graph]) -> None:
    graph = seeds[0]
    (nk,) = _linked(graph, NORTH_KOREA)
    kursk = _kursk(graph)
    assert kursk, "no Kursk place node"
    matching = [
        d
        for d in graph.subjects(KG.deployingActor, nk)
        if (d, RDF.type, KG.Deployment) in graph
        and set(graph.objects(d, KG.location)) & kursk
        and 11000 in {o.toPython() for o in graph.objects(d, KG.troopCount)}
    ]
    assert matching
    for deployment in matching:
        _assert_has_provenance(graph, deployment)


def test_building_twice_gives_isomorphic_graphs(seeds: tuple[Graph, Graph]) -> None:
    first, second = seeds
    assert len(first) > 50
    assert isomorphic(first, second)


def test_evaluate_script_runs_end_to_end(shared_dir: Path) -> None:
    repo = Path(__file__).resolve().parents[1]
    script = Path(sys.executable).parent / "kg"
    kg_command = str(script) if script.exists() else f"{sys.executable} -m kg"
    run = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "evaluate.py"),
            "--gold",
            str(shared_dir / "eval" / "dev"),
            "--kg",
            kg_command,
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.strip().splitlines()
    assert lines[-1].startswith("summary: entities_f1=")
    assert "mean_f1=" in lines[-1]
    assert "ERROR" not in run.stdout, run.stdout
