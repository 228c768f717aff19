"""Ingest -> extract -> RDF: the whole build of a knowledge graph from articles.

``build`` returns the graph together with a summary (documents, entities, triples);
``build_graph`` is the same when only the graph is wanted.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.errors import InputError, OutputError
from kg.records import Document, Extraction

# Show a progress bar (on a terminal) from this many documents on.
PROGRESS_MIN_DOCUMENTS = 5
# Output formats that get one named graph per document.
NAMED_GRAPH_FORMATS = frozenset({"trig", "nquads"})


@dataclass(frozen=True)
class BuildResult:
    """A built graph and what went into it, for the one-line summary the CLI prints."""

    graph: Graph
    documents: int
    entities: int
    triples: int


def build(
    inputs: Sequence[str | Path],
    *,
    lang: str | None = None,
    model: str | None = None,
    dataset: bool = False,
    progress: bool | None = None,
) -> BuildResult:
    """Read every input, extract facts and merge them into one graph (or one Dataset).

    ``dataset=True`` gives an ``rdflib.Dataset`` with one named graph per document (for
    TriG/N-Quads). ``progress=None`` shows a bar on stderr only for many documents on a
    terminal. The same text given twice is read once.
    """
    if not inputs:
        raise InputError("no inputs given")
    from kg.extract import extract
    from kg.ingest import read_inputs

    documents = _unique(read_inputs(inputs, lang=lang))
    extractions = [
        extract(doc, model=model) for doc in _with_progress(documents, progress)
    ]
    graph = _to_rdf(extractions, dataset=dataset)
    return BuildResult(
        graph=graph,
        documents=len(documents),
        entities=count_entities(graph),
        triples=count_triples(graph),
    )


def build_graph(
    inputs: Sequence[str | Path],
    *,
    lang: str | None = None,
    model: str | None = None,
    dataset: bool = False,
    progress: bool | None = None,
) -> Graph | Dataset:
    """The knowledge graph of ``inputs`` (files, directories, ``"-"``); see ``build``."""
    return build(inputs, lang=lang, model=model, dataset=dataset, progress=progress).graph


def build_to_file(
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    fmt: str | None = None,
    lang: str | None = None,
    model: str | None = None,
    progress: bool | None = None,
) -> BuildResult:
    """Build the graph of ``inputs`` and write it atomically to ``output`` (``"-"``: stdout).

    The format comes from ``fmt`` or the extension; TriG and N-Quads get one named graph
    per document. The output is checked before the (slow) build, and never left half written.
    """
    from kg.rdf.io import format_for, write_graph

    name = format_for(output, fmt or ("ttl" if str(output) == "-" else None))
    _check_output(output)
    result = build(
        inputs, lang=lang, model=model, dataset=name in NAMED_GRAPH_FORMATS, progress=progress
    )
    write_graph(result.graph, output, name)
    return result


def count_entities(graph: Graph) -> int:
    """Distinct actors and places (nodes typed kg:Person/State/Organization/Place)."""
    from kg.rdf.namespace import KG

    kinds = {KG.Person, KG.State, KG.Organization, KG.Place}
    return len({s for s, p, o in _triples(graph) if p == RDF.type and o in kinds})


def count_triples(graph: Graph) -> int:
    """Triples in a Graph, or quads over every named graph of a Dataset."""
    return sum(1 for _ in _triples(graph))


def _triples(graph: Graph) -> Iterator[tuple[Node, Node, Node]]:
    """Every statement of a Graph, or of every named graph of a Dataset."""
    if isinstance(graph, Dataset):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


def _check_output(output: str | Path) -> None:
    """Fail early, before extraction, when the output cannot be written."""
    if str(output) == "-":
        return
    target = Path(output)
    if not target.parent.is_dir():
        missing = str(target.parent)
        raise OutputError(f"cannot write {str(target)!r}: directory {missing!r} does not exist")
    if target.is_dir():
        raise OutputError(f"cannot write {str(target)!r}: it is a directory")


def _unique(documents: Iterable[Document]) -> list[Document]:
    """The documents in order, each distinct text once."""
    seen: set[str] = set()
    unique = []
    for doc in documents:
        if doc.sha256 not in seen:
            seen.add(doc.sha256)
            unique.append(doc)
    return unique


def _with_progress(documents: list[Document], progress: bool | None) -> Iterable[Document]:
    """The documents, wrapped in a tqdm bar on stderr when wanted."""
    if progress is None:
        progress = len(documents) >= PROGRESS_MIN_DOCUMENTS and sys.stderr.isatty()
    if not progress:
        return documents
    from tqdm import tqdm

    return tqdm(documents, desc="kg build", unit="doc", file=sys.stderr, leave=False)


def _to_rdf(extractions: list[Extraction], *, dataset: bool) -> Graph:
    """One merged Graph, or a Dataset with a named graph per document."""
    from kg.rdf.build import add_extraction, build_dataset
    from kg.rdf.prefixes import bind_prefixes

    if dataset:
        return build_dataset(extractions)
    graph = bind_prefixes(Graph())
    for ex in extractions:
        add_extraction(graph, ex)
    return graph
