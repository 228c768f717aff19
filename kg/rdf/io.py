"""Read and write RDF files: format from the extension, atomic writes, fast parsing via Oxigraph.

Parsing goes through pyoxigraph (a Rust parser) and converts terms to rdflib, which is several
times faster than rdflib's own parsers on big files; writing uses rdflib's serializers so
Turtle output keeps our prefixes and stays readable.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.errors import GraphError, InputError, OutputError
from kg.rdf.namespace import RES
from kg.rdf.prefixes import PREFIXES, bind_prefixes

# Extension -> rdflib serializer/parser name.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".nt": "ntriples",
    ".nq": "nquads",
    ".rdf": "xml",
    ".xml": "xml",
}

# rdflib format name -> the Oxigraph parser for it.
_OX_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "xml": ox.RdfFormat.RDF_XML,
}

# Formats written with Oxigraph's serializers (the rest with rdflib's).
_OX_WRITERS: frozenset[str] = frozenset({"turtle", "trig", "ntriples", "nquads"})

# Formats that can hold named graphs.
DATASET_FORMATS: frozenset[str] = frozenset({"trig", "nquads", "json-ld"})

# The graph name a plain Graph gets when written to a dataset format and has no IRI of its own.
DEFAULT_GRAPH_NAME = RES["graph/default"]

_ALIASES: dict[str, str] = {
    "ttl": "turtle",
    "nt": "ntriples",
    "nq": "nquads",
    "jsonld": "json-ld",
    "rdf": "xml",
    "rdfxml": "xml",
    "rdf/xml": "xml",
}


def _known() -> str:
    """The known extensions, for error messages."""
    return ", ".join(FORMATS)


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """The rdflib format name for writing ``path``: ``explicit`` if given, else from its extension.

    ``explicit`` may be a format name ("turtle") or an extension ("ttl", ".ttl").
    Raises OutputError for anything unknown.
    """
    if explicit:
        name = explicit.strip().lower()
        if name in FORMATS.values():
            return name
        if name in _ALIASES:
            return _ALIASES[name]
        if ("." + name.lstrip(".")) in FORMATS:
            return FORMATS["." + name.lstrip(".")]
        known = ", ".join(sorted(set(FORMATS.values())))
        raise OutputError(f"unknown RDF format {explicit!r} (known: {known})")
    suffix = Path(str(path)).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(
            f"cannot tell the RDF format of {str(path)!r} from its extension (known: {_known()})"
        )
    return FORMATS[suffix]


def _default_name(graph: Graph) -> URIRef:
    """The name a plain Graph gets inside a dataset file: its own IRI, else a fixed one."""
    ident = graph.identifier
    return ident if isinstance(ident, URIRef) else DEFAULT_GRAPH_NAME


def _as_dataset(graph: Graph) -> Dataset:
    """A Dataset holding ``graph`` as one named graph, with the same prefixes."""
    ds = Dataset()
    for prefix, ns in graph.namespaces():
        ds.bind(prefix, ns, override=True, replace=True)
    named = ds.graph(_default_name(graph))
    for triple in graph:
        named.add(triple)
    return ds


def union_graph(graph: Graph) -> Graph:
    """A plain Graph with every triple of a Dataset's graphs (its union), same prefixes."""
    union = Graph()
    for prefix, ns in graph.namespaces():
        union.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in graph.quads((None, None, None, None)):  # type: ignore[attr-defined]
        union.add((s, p, o))
    return union


def _rdflib_serialize(graph: Graph, fmt: str) -> bytes:
    """rdflib's serializer, after adapting Graph/Dataset to the format's shape."""
    is_dataset = isinstance(graph, ConjunctiveGraph)
    target: Graph = graph
    if fmt in ("trig", "nquads") and not is_dataset:
        target = _as_dataset(graph)
    elif fmt not in DATASET_FORMATS and is_dataset:
        target = union_graph(graph)
    data = target.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


class _ToOxigraph:
    """rdflib terms -> (Oxigraph term, its N-Triples text), cached: terms repeat a lot."""

    def __init__(self) -> None:
        self.cache: dict[Node, tuple[Any, str]] = {}

    def __call__(self, term: Node) -> tuple[Any, str]:
        hit = self.cache.get(term)
        if hit is not None:
            return hit
        value: Any
        if isinstance(term, URIRef):
            value = ox.NamedNode(str(term))
        elif isinstance(term, BNode):
            value = ox.BlankNode(str(term))
        elif isinstance(term, Literal):
            if term.language:
                value = ox.Literal(str(term), language=term.language)
            elif term.datatype is not None and term.datatype != XSD.string:
                value = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            else:
                value = ox.Literal(str(term))
        else:
            raise ValueError(f"cannot write term {term!r}")
        hit = (value, str(value))
        self.cache[term] = hit
        return hit


def _graph_name(context: object) -> Node | None:
    """The IRI/blank node naming a context of a Dataset, None for the default graph."""
    name = context.identifier if isinstance(context, Graph) else context
    if name is None or name == DATASET_DEFAULT_GRAPH_ID or not isinstance(name, Node):
        return None
    return name


def _oxigraph_serialize(graph: Graph, fmt: str) -> bytes:
    """Turtle/TriG/N-Triples/N-Quads via Oxigraph terms: sorted (byte-stable) and fast.

    N-Triples/N-Quads lines are written directly from Oxigraph's term syntax; Turtle/TriG go
    through Oxigraph's serializer. Resource IRIs stay in full (``res:`` local names would
    need escaped slashes), but the ``res:`` prefix is still declared for people who edit or
    query the file.
    """
    to_ox = _ToOxigraph()
    dataset_format = fmt in ("trig", "nquads")
    quads: Iterable[tuple[Node, Node, Node, Node | None]]
    if isinstance(graph, ConjunctiveGraph):
        quads = {
            (s, p, o, _graph_name(c) if dataset_format else None)
            for s, p, o, c in graph.quads((None, None, None, None))
        }
    else:
        name = _default_name(graph) if dataset_format else None
        quads = ((s, p, o, name) for s, p, o in graph)
    rows = []
    for s, p, o, g in quads:
        rows.append((to_ox(g) if g is not None else None, to_ox(s), to_ox(p), to_ox(o)))
    if fmt in ("ntriples", "nquads"):
        lines = sorted(
            f"{s[1]} {p[1]} {o[1]} {g[1]} .\n" if g else f"{s[1]} {p[1]} {o[1]} .\n"
            for g, s, p, o in rows
        )
        return "".join(lines).encode("utf-8")
    rows.sort(key=lambda r: (r[0][1] if r[0] else "", r[1][1], r[2][1], r[3][1]))
    items: list[Any] = [
        ox.Quad(s[0], p[0], o[0], g[0] if g else ox.DefaultGraph())
        if dataset_format
        else ox.Triple(s[0], p[0], o[0])
        for g, s, p, o in rows
    ]
    prefixes = {k: v for k, v in PREFIXES.items() if k != "res"}
    data = ox.serialize(items, format=_OX_FORMATS[fmt], prefixes=prefixes) or b""
    return f"@prefix res: <{PREFIXES['res']}> .\n".encode() + data


def serialize(graph: Graph, fmt: str) -> bytes:
    """The graph in ``fmt`` as UTF-8 bytes, adapting Graph/Dataset to the format's shape.

    A plain Graph written to a dataset format (TriG, N-Quads) goes into one named graph; a
    Dataset written to a triples-only format (Turtle, N-Triples, RDF/XML) is flattened to
    its union. Turtle, TriG and N-Triples/N-Quads come out sorted, so the same graph gives
    the same bytes; JSON-LD and RDF/XML use rdflib's serializers.
    """
    if fmt in _OX_WRITERS:
        try:
            return _oxigraph_serialize(graph, fmt)
        except ValueError:  # a term Oxigraph rejects (e.g. an IRI with spaces): rdflib copes
            pass
    return _rdflib_serialize(graph, fmt)


def _umask() -> int:
    """The process umask (read without changing it for longer than a call)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_graph(graph: Graph, path: str | Path, fmt: str | None = None) -> None:
    """Write ``graph`` to ``path`` atomically (temp file + rename); ``'-'`` writes to stdout.

    The format comes from ``fmt`` or the extension ('-' defaults to Turtle, or TriG for a
    Dataset). A missing directory raises OutputError and leaves no file behind.
    """
    if str(path) == "-":
        default = "trig" if isinstance(graph, ConjunctiveGraph) else "turtle"
        data = serialize(graph, format_for("-", fmt or default))
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    name = format_for(target, fmt)
    parent = target.parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {str(target)!r}: directory {str(parent)!r} does not exist")
    if target.is_dir():
        raise OutputError(f"cannot write {str(target)!r}: it is a directory")
    data = serialize(graph, name)
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {str(target)!r}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- reading


def input_format(path: str | Path) -> ox.RdfFormat:
    """The Oxigraph parser for an input path ('-' is stdin, read as TriG, a superset of Turtle)."""
    if str(path) == "-":
        return ox.RdfFormat.TRIG
    suffix = Path(str(path)).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"cannot tell the RDF format of {str(path)!r} (known: {_known()})")
    return _OX_FORMATS[FORMATS[suffix]]


def _check_readable(path: str | Path) -> None:
    """Raise InputError unless ``path`` is '-' or an existing regular file."""
    if str(path) == "-":
        return
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {str(p)!r}")
    if not p.is_file():
        raise InputError(f"not a file: {str(p)!r}")


def _syntax_message(path: str | Path, exc: SyntaxError) -> str:
    """One line naming the file and, when the parser knows it, the line."""
    msg = " ".join(str(exc.msg or exc).split())
    where = f"{path}:{exc.lineno}" if exc.lineno else str(path)
    return f"cannot parse {where}: {msg}"


def _input(path: str | Path) -> IO[bytes] | None:
    """The stream for '-' (stdin), else None (Oxigraph reads the path itself)."""
    return sys.stdin.buffer if str(path) == "-" else None


def iter_quads(path: str | Path) -> Iterator[ox.Quad]:
    """Oxigraph quads of one RDF file, errors turned into InputError / GraphError."""
    _check_readable(path)
    fmt = input_format(path)
    stream = _input(path)
    try:
        if stream is not None:
            parser = ox.parse(stream, format=fmt)
        else:
            parser = ox.parse(path=str(path), format=fmt)
        yield from parser
    except SyntaxError as exc:
        raise GraphError(_syntax_message(path, exc)) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise GraphError(f"cannot parse {path}: {' '.join(str(exc).split())}") from None
    except OSError as exc:
        raise InputError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None


class _Converter:
    """Turns Oxigraph terms into rdflib terms, interning IRIs and literals (they repeat a lot)."""

    def __init__(self, bnode_prefix: str) -> None:
        self.cache: dict[object, Node] = {}
        self.bnode_prefix = bnode_prefix

    def __call__(self, term: object) -> Node:
        cached = self.cache.get(term)
        if cached is not None:
            return cached
        node: Node
        if isinstance(term, ox.NamedNode):
            node = URIRef(term.value)
        elif isinstance(term, ox.BlankNode):
            node = BNode(self.bnode_prefix + term.value)
        elif isinstance(term, ox.Literal):
            node = _literal(term)
        else:  # RDF-star triple terms: kg never writes them
            raise GraphError(f"unsupported RDF term {term!r}")
        self.cache[term] = node
        return node


def _literal(term: ox.Literal) -> Literal:
    """An rdflib Literal equal to what rdflib's own parser would produce."""
    if term.language:
        return Literal(term.value, lang=term.language)
    dtype = term.datatype.value
    if dtype == str(XSD.string):
        return Literal(term.value)
    if dtype == str(RDF.langString):  # pragma: no cover - always has a language
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(dtype))


def load_graph(paths: Iterable[str | Path]) -> Graph:
    """Merge RDF files into one rdflib Graph (named graphs of TriG/N-Quads go into the union).

    Missing file -> InputError; malformed file -> GraphError naming the file and line.
    Blank nodes are kept apart per file.
    """
    graph = bind_prefixes(Graph())
    add = graph.add
    for index, path in enumerate(paths):
        conv = _Converter(f"f{index}")
        for quad in iter_quads(path):
            add((conv(quad.subject), conv(quad.predicate), conv(quad.object)))  # type: ignore[arg-type]
    return graph


def load_store(paths: Iterable[str | Path]) -> ox.Store:
    """An in-memory Oxigraph Store with every file loaded (named graphs kept)."""
    store = ox.Store()
    for path in paths:
        _check_readable(path)
        fmt = input_format(path)
        try:
            stream = _input(path)
            if stream is not None:
                store.load(stream, format=fmt)
            else:
                store.load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise GraphError(_syntax_message(path, exc)) from None
        except ValueError as exc:
            raise GraphError(f"cannot parse {path}: {' '.join(str(exc).split())}") from None
        except OSError as exc:
            raise InputError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    return store
