"""Check graphs against ontologies/shapes.ttl with pySHACL and say what is wrong, one line each.

The ontology is passed as pySHACL's ont_graph so rdfs:subClassOf links (kg:State is a
kg:Actor) are visible to sh:class and sh:targetClass. No inference is run: the shapes need
none, and RDFS inference made validation several times slower (see the tests' report).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH

from kg.paths import ONTOLOGY_FILE, SHAPES_FILE
from kg.rdf.io import load_graph, union_graph
from kg.rdf.prefixes import show

# pySHACL inference mode; "none" measured fastest and sufficient for shapes.ttl.
INFERENCE = "none"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes of ontologies/shapes.ttl (parsed once)."""
    return Graph().parse(SHAPES_FILE, format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The kg ontology (parsed once)."""
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def _report(results: Graph) -> tuple[int, list[str]]:
    """Number of violations and one sorted line per result: focus, path, value, message."""
    lines: list[str] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if (result, SH.detail, None) in results:
            continue  # an sh:node summary: its details are listed themselves
        focus = show(results.value(result, SH.focusNode))
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        component = results.value(result, SH.sourceConstraintComponent)
        parts = [focus]
        if path is not None:
            parts.append(show(path))
        line = " ".join(parts) + ": " + " ".join(str(message or "constraint violated").split())
        if isinstance(component, URIRef):
            line += f" [{str(component).rsplit('#', 1)[-1].removesuffix('ConstraintComponent')}]"
        if value is not None and value != results.value(result, SH.focusNode):
            line += f" (value {show(value)})"
        if severity is not None and severity != SH.Violation:
            line += f" ({show(severity)})"
        lines.append(line)
    return len(lines), sorted(set(lines))


def validate_graph(graph: Graph) -> tuple[bool, str]:
    """Validate ``graph`` (a Dataset is checked as the union of its graphs) against the shapes.

    Returns (conforms, report); the report is "conforms: N triples" or one line per problem.
    """
    data = union_graph(graph) if isinstance(graph, ConjunctiveGraph) else graph
    conforms, results, _text = shacl_validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference=INFERENCE,
        abort_on_first=False,
        allow_warnings=False,
        advanced=False,
    )
    if conforms:
        return True, f"conforms: {len(data)} triples satisfy {SHAPES_FILE.name}"
    assert isinstance(results, Graph)
    count, lines = _report(results)
    head = f"does not conform: {count} violation{'s' if count != 1 else ''}"
    return False, "\n".join([head, *("  " + line for line in lines)])


def validate_file(path: str | Path) -> tuple[bool, str]:
    """Load one RDF file (any kg format) and validate it; errors as InputError / GraphError."""
    return validate_graph(load_graph([path]))
