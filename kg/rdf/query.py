"""Read-only SPARQL over RDF files with Oxigraph, and result formatting (table, CSV, TSV, JSON).

Files are loaded into an in-memory pyoxigraph Store (named graphs of TriG/N-Quads included)
and queried over the union of all graphs. Updates and SERVICE clauses are refused before
anything runs; kg's prefixes (kg:, res:, wd:, rdf:, rdfs:, owl:, skos:, prov:, dcterms:,
xsd:, geo:) are predeclared unless the query declares them itself.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as Kind

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import QueryError
from kg.rdf.io import load_store
from kg.rdf.prefixes import PREFIXES, bind_prefixes, compact

RESULT_FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")

UPDATE_KEYWORDS: frozenset[str] = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)

# Pieces of SPARQL whose text is not syntax: strings, IRIs and comments (in that priority,
# scanned left to right so that '#' inside an IRI or a string is not a comment).
_OPAQUE = re.compile(
    r"""
      '''(?:[^'\\]|\\.|'(?!''))*'''
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'
    | "(?:[^"\\\n\r]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>
    | \#[^\n\r]*
    """,
    re.VERBOSE | re.DOTALL,
)
# Tokens that look like words but are not keywords: variables, language tags, prefixed names
# and blank node labels (whose local part may contain dots, as the SPARQL grammar says).
_NOT_KEYWORD = re.compile(
    r"[?$][\w]+|@[A-Za-z][A-Za-z0-9-]*|(?:[A-Za-z_][\w.-]*)?:(?:[\w:%\\-]|\.(?=[\w:%\\-]))*"
)
_WORD = re.compile(r"(?<!\w)[A-Za-z]+(?!\w)")
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*|)\s*:\s*<([^<>\s]*)>", re.IGNORECASE)


def _keywords(sparql: str) -> set[str]:
    """Upper-cased keywords of the query: bare words outside strings, IRIs, comments, names."""
    code = _OPAQUE.sub(" ", sparql)
    code = _NOT_KEYWORD.sub(" ", code)
    return {word.upper() for word in _WORD.findall(code)}


def check_read_only(sparql: str) -> None:
    """Raise QueryError if the query is a SPARQL UPDATE or calls a remote SERVICE."""
    words = _keywords(sparql)
    update = sorted(words & UPDATE_KEYWORDS)
    if update:
        raise QueryError(
            f"read-only: SPARQL UPDATE ({', '.join(update)}) is not allowed; "
            "use SELECT, ASK, CONSTRUCT or DESCRIBE"
        )
    if "SERVICE" in words:
        raise QueryError("read-only: SERVICE (federated query to a remote endpoint) is not allowed")


def declared_prefixes(sparql: str) -> dict[str, str]:
    """The PREFIX declarations of the query (comments and strings ignored)."""
    code = _OPAQUE.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", sparql)
    return {m.group(1): m.group(2) for m in _PREFIX_DECL.finditer(code)}


@dataclass
class QueryResult:
    """What a query returned: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE.

    ``kind`` is "select", "ask" or "graph"; terms are rdflib terms (None for unbound).
    ``prefixes`` (kg's plus the query's own) are used to compact IRIs in tables.
    """

    kind: Kind["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIXES))

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def graph(self) -> Graph:
        """CONSTRUCT/DESCRIBE triples as an rdflib Graph with the prefixes bound."""
        graph = bind_prefixes(Graph())
        for prefix, iri in self.prefixes.items():
            if prefix not in PREFIXES:
                graph.bind(prefix, iri, override=True)
        for triple in self.triples:
            graph.add(triple)
        return graph


def _term(term: object) -> Node | None:
    """An Oxigraph term as an rdflib term (plain strings without a datatype, like rdflib)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dtype = term.datatype.value
        if dtype == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dtype))
    raise QueryError(f"unsupported term in result: {term!r}")


def _union_store(paths: Sequence[str | Path]) -> ox.Store:
    """A Store of the files whose default graph is the set union of all their graphs.

    Named graphs stay queryable with GRAPH; copying their triples into the default graph
    (rather than Oxigraph's union view) keeps a triple found in several documents from
    being counted once per document.
    """
    store = load_store(paths)
    named = [q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)]
    store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in named)
    return store


def run_query(paths: Sequence[str | Path], sparql: str) -> QueryResult:
    """Run a read-only SPARQL query over the union of the RDF files in ``paths``.

    Raises QueryError for updates, SERVICE and syntax errors (parser message on one line),
    GraphError for a malformed file and InputError for a missing one.
    """
    check_read_only(sparql)
    prefixes = declared_prefixes(sparql)  # first, so they win when compacting IRIs
    prefixes.update({p: iri for p, iri in PREFIXES.items() if p not in prefixes})
    store = _union_store(paths)
    try:
        answer = store.query(sparql, prefixes=dict(PREFIXES))
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer), prefixes=prefixes)
        if isinstance(answer, ox.QuerySolutions):
            names = tuple(v.value for v in answer.variables)
            rows = [tuple(_term(solution[i]) for i in range(len(names))) for solution in answer]
            return QueryResult("select", variables=names, rows=rows, prefixes=prefixes)
        triples = [
            (_term(t.subject), _term(t.predicate), _term(t.object))
            for t in answer  # type: ignore[union-attr]
        ]
        return QueryResult("graph", triples=triples, prefixes=prefixes)  # type: ignore[arg-type]
    except SyntaxError as exc:
        message = " ".join(str(exc.msg or exc).split())
        raise QueryError(f"SPARQL syntax error: {message}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {' '.join(str(exc).split())}") from None


# ---------------------------------------------------------------- formatting


def _json_term(node: Node) -> dict[str, str]:
    """One RDF term in SPARQL 1.1 Query Results JSON form."""
    if isinstance(node, URIRef):
        return {"type": "uri", "value": str(node)}
    if isinstance(node, BNode):
        return {"type": "bnode", "value": str(node)}
    assert isinstance(node, Literal)
    out = {"type": "literal", "value": str(node)}
    if node.language:
        out["xml:lang"] = node.language
    elif node.datatype:
        out["datatype"] = str(node.datatype)
    return out


def _csv_value(node: Node | None) -> str:
    """SPARQL CSV: IRIs and literals as plain text, blank nodes as _:x, unbound empty."""
    if node is None:
        return ""
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _tsv_value(node: Node | None) -> str:
    """SPARQL TSV: terms in N-Triples syntax (full IRIs, escaped tabs), unbound empty."""
    if node is None:
        return ""
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, URIRef):
        return f"<{node}>"
    assert isinstance(node, Literal)
    text = str(node)
    for raw, escaped in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        text = text.replace(raw, escaped)
    if node.language:
        return f'"{text}"@{node.language}'
    if node.datatype and node.datatype != XSD.string:
        return f'"{text}"^^<{node.datatype}>'
    return f'"{text}"'


def _table_value(node: Node | None, prefixes: dict[str, str]) -> str:
    """A cell: compact IRIs, literal text as is (``Polen@de`` when tagged), '' when unbound."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return compact(str(node), prefixes)
    if isinstance(node, BNode):
        return f"_:{node}"
    text = str(node).replace("\r\n", "\n").replace("\n", "\\n").replace("\t", " ")
    language = node.language if isinstance(node, Literal) else None
    return f"{text}@{language}" if language else text


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned text columns with a dashed rule under the header."""
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(row) for row in rows)
    return "\n".join(out)


def _ntriples(result: QueryResult) -> str:
    """CONSTRUCT/DESCRIBE triples as sorted N-Triples lines (stable, greppable)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in result.triples)
    return "\n".join(lines) + ("\n" if lines else "")


def _delimited(result: QueryResult, delimiter: str) -> str:
    """SELECT/ASK as SPARQL 1.1 CSV (CRLF, plain values) or TSV (?vars, N-Triples terms)."""
    buffer = io.StringIO()
    if delimiter == ",":
        writer = csv.writer(buffer, lineterminator="\r\n")
        if result.kind == "ask":
            writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        else:
            writer.writerow(result.variables)
            writer.writerows([_csv_value(v) for v in row] for row in result.rows)
        return buffer.getvalue()
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    lines.extend("\t".join(_tsv_value(v) for v in row) for row in result.rows)
    return "\n".join(lines) + "\n"


def format_result(result: QueryResult, fmt: str) -> str:
    """Render a result as ``table``, ``csv``, ``tsv`` or ``json``.

    SELECT/ASK: an aligned text table for people (compact prefixed IRIs, literal text with
    ``@lang``, line breaks shown as ``\\n``, a row count), SPARQL 1.1 CSV/TSV, or SPARQL 1.1
    Query Results JSON. CONSTRUCT/DESCRIBE: ``json`` gives JSON-LD, the other three give
    sorted N-Triples (one triple per line, easy to grep and diff).
    """
    name = fmt.strip().lower()
    if name not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r} (known: {', '.join(RESULT_FORMATS)})")
    if result.kind == "graph":
        if name == "json":
            data = result.graph().serialize(format="json-ld", indent=2)
            return data if data.endswith("\n") else data + "\n"
        return _ntriples(result)
    if name == "json":
        if result.kind == "ask":
            doc: dict[str, object] = {"head": {}, "boolean": bool(result.boolean)}
        else:
            bindings = [
                {
                    v: _json_term(t)
                    for v, t in zip(result.variables, row, strict=True)
                    if t is not None
                }
                for row in result.rows
            ]
            doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if name in ("csv", "tsv"):
        return _delimited(result, "," if name == "csv" else "\t")
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    cells = [[_table_value(v, result.prefixes) for v in row] for row in result.rows]
    count = len(result.rows)
    footer = f"({count} row{'s' if count != 1 else ''})"
    return _table(result.variables, cells) + "\n" + footer + "\n"
