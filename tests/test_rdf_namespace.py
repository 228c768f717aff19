"""kg/rdf/namespace.py must be exactly what scripts/gen_namespace.py makes of ontologies/kg.ttl."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import OWL, RDF, SKOS, Graph, URIRef

from kg.paths import ONTOLOGY_FILE
from kg.rdf.namespace import KG

ROOT = Path(__file__).resolve().parents[1]


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "gen_namespace", ROOT / "scripts" / "gen_namespace.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_namespace_module_is_in_sync_with_the_ontology() -> None:
    generated = _generator().render(ONTOLOGY_FILE)
    current = (ROOT / "kg" / "rdf" / "namespace.py").read_text(encoding="utf-8")
    assert current == generated, "run: python scripts/gen_namespace.py"


def _ontology_terms() -> set[URIRef]:
    graph = Graph().parse(ONTOLOGY_FILE)
    ns = str(KG._NS)
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(ns)}


def test_every_ontology_term_is_an_attribute() -> None:
    for term in _ontology_terms():
        assert getattr(KG, term[len(str(KG._NS)) :]) == term


@pytest.mark.parametrize(
    ("name", "rdf_type"),
    [
        ("Treaty", OWL.Class),
        ("deployingActor", OWL.ObjectProperty),
        ("troopCount", OWL.DatatypeProperty),
        ("MutualDefense", SKOS.Concept),
        ("Reported", KG.Modality),
        ("AtLeast", KG.CountQualifier),
    ],
)
def test_terms_of_each_kind_are_generated(name: str, rdf_type: URIRef) -> None:
    graph = Graph().parse(ONTOLOGY_FILE)
    assert (getattr(KG, name), RDF.type, rdf_type) in graph


def test_unknown_terms_fail_loudly() -> None:
    with pytest.raises(AttributeError):
        KG.treatyKind  # noqa: B018 - the attribute access is the test


def test_check_mode_reports_sync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gen = _generator()
    assert gen.main(["--check"]) == 0
    stale = tmp_path / "namespace.py"
    stale.write_text("# stale\n", encoding="utf-8")
    monkeypatch.setattr(gen, "TARGET", stale)
    assert gen.main(["--check"]) == 1
