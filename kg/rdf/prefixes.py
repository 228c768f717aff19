"""The prefixes kg binds in every graph it writes and predeclares in every SPARQL query."""

from __future__ import annotations

import re

from rdflib import BNode, Graph, Literal, URIRef
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


def compact(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """``prefix:rest`` for an IRI under a known namespace (longest wins), else ``<iri>``.

    Meant for people reading tables and reports: ``res:wd/Q183`` is not strict Turtle.
    """
    best = ""
    best_prefix = ""
    for prefix, ns in (prefixes or PREFIXES).items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, best_prefix = ns, prefix
    if best and len(iri) > len(best):
        return f"{best_prefix}:{iri[len(best) :]}"
    return f"<{iri}>"


# Datatypes Turtle writes without quotes, with the lexical forms it accepts bare.
_BARE = {
    str(XSD.integer): re.compile(r"^[+-]?[0-9]+$"),
    str(XSD.decimal): re.compile(r"^[+-]?[0-9]*\.[0-9]+$"),
    str(XSD.boolean): re.compile(r"^(true|false)$"),
}


def show(node: object) -> str:
    """An rdflib term for people: compact IRIs, Turtle-style literals ("x"@de, 1500, 0.8)."""
    if isinstance(node, URIRef):
        return compact(str(node))
    if isinstance(node, Literal):
        text = str(node)
        if node.language:
            return f"{_quote(text)}@{node.language}"
        dtype = str(node.datatype) if node.datatype else str(XSD.string)
        if dtype in _BARE and _BARE[dtype].match(text):
            return text
        if dtype == str(XSD.string):
            return _quote(text)
        return f"{_quote(text)}^^{compact(dtype)}"
    if isinstance(node, BNode):
        return f"_:{node}"
    return "" if node is None else str(node)


def _quote(text: str) -> str:
    """A string in double quotes with quotes, backslashes and line breaks escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\r", "\\r") + '"'
