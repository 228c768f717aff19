"""The prefixes kg binds in every graph it writes and predeclares in every SPARQL query."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf.namespace import GEO, KG, RES, WD

# prefix -> namespace IRI, in the order they are shown.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "res": str(RES),
    "wd": str(WD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "xsd": str(XSD),
    "geo": str(GEO),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes on ``graph`` (replacing rdflib's defaults for the same names)."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph
