"""SHACL: what kg builds conforms to ontologies/shapes.ttl; broken graphs are reported clearly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH
from test_rdf_samples import english_extraction, german_extraction, tiny_extraction

from kg.errors import GraphError, InputError
from kg.paths import SHAPES_FILE
from kg.rdf.build import build_dataset, extraction_graph
from kg.rdf.io import write_graph
from kg.rdf.namespace import KG
from kg.rdf.validate import validate_file, validate_graph

DATA = Path(__file__).resolve().parent / "data"
RES = "https://w3id.org/newskg/resource/"
PACT = URIRef(RES + "treaty/MutualDefense/Q142--Q183")
GERMANY = URIRef(RES + "wd/Q183")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def test_shapes_file_is_shacl_core_with_class_targets() -> None:
    shapes = Graph().parse(SHAPES_FILE)
    targets = set(shapes.objects(None, SH.targetClass))
    assert {KG.Treaty, KG.Deployment, KG.Assertion, KG.Document, KG.Person, KG.State} <= targets
    assert not list(shapes.subjects(RDF.type, SH.SPARQLConstraint))


@pytest.mark.parametrize("make", [german_extraction, english_extraction, tiny_extraction])
def test_built_graphs_conform(make: Callable[[], object]) -> None:
    conforms, report = validate_graph(extraction_graph(make()))  # type: ignore[arg-type]
    assert conforms, report
    assert report.startswith("conforms")


def test_built_dataset_conforms() -> None:
    ds = build_dataset([german_extraction(), english_extraction(), tiny_extraction()])
    conforms, report = validate_graph(ds)
    assert conforms, report


@pytest.mark.parametrize("name", ["rdf_tiny_hypothetical.ttl", "rdf_english_sample.ttl"])
def test_expected_test_data_conforms(name: str) -> None:
    conforms, report = validate_file(DATA / name)
    assert conforms, report


def _deployment(g: Graph) -> URIRef:
    (node,) = list(g.subjects(RDF.type, KG.Deployment))
    return node  # type: ignore[return-value]


def _drop(g: Graph, s: object, p: URIRef) -> None:
    for triple in list(g.triples((s, p, None))):  # type: ignore[arg-type]
        g.remove(triple)


def _no_actor(g: Graph) -> None:
    _drop(g, _deployment(g), KG.deployingActor)


def _two_actors(g: Graph) -> None:
    g.add((_deployment(g), KG.deployingActor, URIRef(RES + "wd/Q142")))


def _place_as_actor(g: Graph) -> None:
    dep = _deployment(g)
    _drop(g, dep, KG.deployingActor)
    g.add((dep, KG.deployingActor, URIRef(RES + "place/strassburg")))


def _negative_count(g: Graph) -> None:
    dep = _deployment(g)
    _drop(g, dep, KG.troopCount)
    g.add((dep, KG.troopCount, Literal(-5)))


def _string_count(g: Graph) -> None:
    dep = _deployment(g)
    _drop(g, dep, KG.troopCount)
    g.add((dep, KG.troopCount, Literal("1500")))


def _bad_qualifier(g: Graph) -> None:
    g.add((_deployment(g), KG.countQualifier, KG.Reported))


def _two_modalities(g: Graph) -> None:
    g.add((_deployment(g), KG.modality, KG.Denied))


def _confidence_above_one(g: Graph) -> None:
    dep = _deployment(g)
    _drop(g, dep, KG.confidence)
    g.add((dep, KG.confidence, Literal("1.5", datatype=XSD_DECIMAL)))


def _untagged_evidence(g: Graph) -> None:
    dep = _deployment(g)
    _drop(g, dep, KG.evidence)
    g.add((dep, KG.evidence, Literal("ohne Sprache")))


def _end_before_start(g: Graph) -> None:
    dep = _deployment(g)
    _drop(g, dep, KG.endOffset)
    g.add((dep, KG.endOffset, Literal(1)))


def _treaty_without_party(g: Graph) -> None:
    _drop(g, PACT, KG.party)


def _treaty_unknown_type(g: Graph) -> None:
    _drop(g, PACT, KG.treatyType)
    g.add((PACT, KG.treatyType, KG.Exact))


def _treaty_without_source(g: Graph) -> None:
    _drop(g, PACT, PROV.wasDerivedFrom)


def _assertion_without_object(g: Graph) -> None:
    node = next(iter(g.subjects(RDF.type, KG.Assertion)))
    _drop(g, node, RDF.object)


def _document_without_hash(g: Graph) -> None:
    doc = next(iter(g.subjects(RDF.type, KG.Document)))
    _drop(g, doc, KG.contentHash)


def _entity_without_label(g: Graph) -> None:
    _drop(g, GERMANY, RDFS.label)


BREAKAGES: list[tuple[Callable[[Graph], None], str]] = [
    (_no_actor, "kg:deployingActor"),
    (_two_actors, "kg:deployingActor"),
    (_place_as_actor, "kg:deployingActor"),
    (_negative_count, "kg:troopCount"),
    (_string_count, "kg:troopCount"),
    (_bad_qualifier, "kg:countQualifier"),
    (_two_modalities, "kg:modality"),
    (
        _confidence_above_one,
        "kg:confidence: needs one kg:confidence, an xsd:decimal in [0, 1] [MaxInclusive]",
    ),
    (_untagged_evidence, "kg:evidence"),
    (_end_before_start, "kg:startOffset"),
    (_treaty_without_party, "kg:party"),
    (_treaty_unknown_type, "kg:treatyType"),
    (_treaty_without_source, "prov:wasDerivedFrom"),
    (_assertion_without_object, "rdf:object"),
    (_document_without_hash, "kg:contentHash"),
    (_entity_without_label, "rdfs:label"),
]


@pytest.mark.parametrize(("breakage", "path"), BREAKAGES, ids=[b.__name__ for b, _ in BREAKAGES])
def test_broken_graphs_do_not_conform(breakage: Callable[[Graph], None], path: str) -> None:
    g = extraction_graph(german_extraction())
    breakage(g)
    conforms, report = validate_graph(g)
    assert not conforms
    lines = report.splitlines()
    assert lines[0].startswith("does not conform")
    assert any(path in line for line in lines[1:]), report


def test_report_names_the_deployment_without_actor() -> None:
    g = extraction_graph(german_extraction())
    dep = _deployment(g)
    _no_actor(g)
    conforms, report = validate_graph(g)
    assert not conforms
    local = "res:deployment/" + str(dep).rsplit("/", 1)[-1]
    assert f"{local} kg:deployingActor: needs exactly one kg:deployingActor" in report


def test_validate_file_on_written_output(tmp_path: Path) -> None:
    path = tmp_path / "out.trig"
    write_graph(build_dataset([german_extraction(), english_extraction()]), path)
    conforms, report = validate_file(path)
    assert conforms, report


def test_validate_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        validate_file(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="bad.ttl"):
        validate_file(bad)
