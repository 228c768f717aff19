"""kg: knowledge graphs from German and English geopolitical news.

Articles go in (text, HTML, JSONL); an RDF graph of actors, places, relations, treaties
and troop deployments comes out, every claim with its source sentence. Importing ``kg``
loads nothing heavy: each name is imported on first use.

Example, run from the repository root (tested in tests/test_api.py)::

    import kg

    result = kg.build(["examples/articles"])
    print(result.documents, "documents,", result.entities, "entities")
    kg.write_graph(result.graph, "out/examples.ttl")
    ask = "ASK { ?t a <https://w3id.org/newskg/ontology#Treaty> }"
    print("treaties found:", kg.run_query(["out/examples.ttl"], ask).boolean)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Public name -> (module, attribute) it is imported from on first use.
_EXPORTS: dict[str, tuple[str, str]] = {
    "build_graph": ("kg.pipeline", "build_graph"),
    "build": ("kg.pipeline", "build"),
    "BuildResult": ("kg.pipeline", "BuildResult"),
    "read_inputs": ("kg.ingest", "read_inputs"),
    "extract_document": ("kg.extract", "extract"),
    "load_graph": ("kg.rdf.io", "load_graph"),
    "write_graph": ("kg.rdf.io", "write_graph"),
    "validate_graph": ("kg.rdf.validate", "validate_graph"),
    "run_query": ("kg.rdf.query", "run_query"),
    "analyze_report": ("kg.analyze", "analyze_report"),
    "render_html": ("kg.render", "render_html"),
    "actor_view": ("kg.analyze", "actor_view"),
    "full_view": ("kg.analyze", "full_view"),
    "Document": ("kg.records", "Document"),
    "Entity": ("kg.records", "Entity"),
    "Evidence": ("kg.records", "Evidence"),
    "Relation": ("kg.records", "Relation"),
    "Treaty": ("kg.records", "Treaty"),
    "Deployment": ("kg.records", "Deployment"),
    "Extraction": ("kg.records", "Extraction"),
    "KGError": ("kg.errors", "KGError"),
}

__all__ = [
    "BuildResult",
    "Deployment",
    "Document",
    "Entity",
    "Evidence",
    "Extraction",
    "KGError",
    "Relation",
    "Treaty",
    "actor_view",
    "analyze_report",
    "build",
    "build_graph",
    "extract_document",
    "full_view",
    "load_graph",
    "read_inputs",
    "render_html",
    "run_query",
    "validate_graph",
    "write_graph",
]

if TYPE_CHECKING:
    from kg.analyze import actor_view, analyze_report, full_view
    from kg.errors import KGError
    from kg.extract import extract as extract_document
    from kg.ingest import read_inputs
    from kg.pipeline import BuildResult, build, build_graph
    from kg.rdf.io import load_graph, write_graph
    from kg.rdf.query import run_query
    from kg.rdf.validate import validate_graph
    from kg.records import (
        Deployment,
        Document,
        Entity,
        Evidence,
        Extraction,
        Relation,
        Treaty,
    )
    from kg.render import render_html


def __getattr__(name: str) -> Any:
    """Import a public name on first access (PEP 562), so ``import kg`` stays cheap."""
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'kg' has no attribute {name!r}") from None
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
