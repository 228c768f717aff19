"""Read-only SPARQL on Oxigraph: results, refusals, errors and output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from test_rdf_samples import english_extraction, german_extraction, tiny_extraction

from kg.errors import GraphError, InputError, QueryError
from kg.rdf.build import build_dataset
from kg.rdf.io import write_graph
from kg.rdf.query import QueryResult, check_read_only, format_result, run_query

RES = "https://w3id.org/newskg/resource/"
KG_NS = "https://w3id.org/newskg/ontology#"
DATA = Path(__file__).resolve().parent / "data"

TREATIES = """
SELECT ?treaty ?party WHERE { ?treaty a kg:Treaty ; kg:party ?party }
ORDER BY ?treaty ?party
"""


def _dataset_file(tmp_path: Path, ext: str = ".trig") -> Path:
    path = tmp_path / f"graph{ext}"
    write_graph(build_dataset([german_extraction(), english_extraction(), tiny_extraction()]), path)
    return path


@pytest.mark.parametrize("ext", [".trig", ".nq", ".ttl", ".jsonld"])
def test_select_over_the_union_of_named_graphs(tmp_path: Path, ext: str) -> None:
    result = run_query([_dataset_file(tmp_path, ext)], TREATIES)
    assert result.kind == "select" and result.variables == ("treaty", "party")
    pairs = {(str(t).removeprefix(RES), str(p).removeprefix(RES)) for t, p in result.rows}
    assert pairs == {
        ("treaty/MutualDefense/Q142--Q183", "wd/Q142"),
        ("treaty/MutualDefense/Q142--Q183", "wd/Q183"),
        ("treaty/SecurityAgreement/Q30--Q36", "wd/Q30"),
        ("treaty/SecurityAgreement/Q30--Q36", "wd/Q36"),
    }


def test_select_merges_entities_across_documents(tmp_path: Path) -> None:
    query = "SELECT ?label WHERE { res:wd\\/Q36 rdfs:label ?label } ORDER BY ?label"
    result = run_query([_dataset_file(tmp_path)], query)
    assert [row[0] for row in result.rows] == [
        Literal("Poland", lang="en"),
        Literal("Polen", lang="de"),
    ]


def test_unbound_values_are_none(tmp_path: Path) -> None:
    query = """SELECT ?d ?count WHERE {
        ?d a kg:Deployment . OPTIONAL { ?d kg:inSupportOf ?count } }"""
    result = run_query([_dataset_file(tmp_path)], query)
    assert len(result) == 2 and all(row[1] is None for row in result.rows)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ASK { ?d a kg:Deployment ; kg:countQualifier kg:AtLeast }", True),
        ("ASK { ?s kg:inConflictWith ?o }", False),  # only a Denied Assertion, no triple
        ("ASK { ?a rdf:predicate kg:inConflictWith ; kg:modality kg:Denied }", True),
    ],
)
def test_ask(tmp_path: Path, query: str, expected: bool) -> None:
    result = run_query([_dataset_file(tmp_path)], query)
    assert result.kind == "ask" and result.boolean is expected


def test_construct(tmp_path: Path) -> None:
    query = "CONSTRUCT { ?s kg:supports ?o } WHERE { ?s kg:supports ?o }"
    result = run_query([_dataset_file(tmp_path)], query)
    assert result.kind == "graph"
    expected = Graph()
    expected.add((URIRef(RES + "wd/Q30"), URIRef(KG_NS + "supports"), URIRef(RES + "wd/Q36")))
    assert isomorphic(result.graph(), expected)


def test_describe(tmp_path: Path) -> None:
    result = run_query(
        [_dataset_file(tmp_path)], "DESCRIBE <https://w3id.org/newskg/resource/wd/Q184>"
    )
    assert result.kind == "graph" and len(result) >= 3


def test_query_prefixes_override_predeclared_ones(tmp_path: Path) -> None:
    query = "PREFIX kg: <http://example.org/other#> ASK { ?t a kg:Treaty }"
    assert run_query([_dataset_file(tmp_path)], query).boolean is False
    assert run_query([_dataset_file(tmp_path)], "ASK { ?t a kg:Treaty }").boolean is True


def test_several_files_are_merged(tmp_path: Path) -> None:
    a, b = tmp_path / "a.ttl", tmp_path / "b.nt"
    from kg.rdf.build import extraction_graph

    write_graph(extraction_graph(german_extraction()), a)
    write_graph(extraction_graph(english_extraction()), b)
    result = run_query([a, b], "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }")
    assert int(result.rows[0][0]) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <http://example.org/g>",
        "CREATE GRAPH <http://example.org/g>",
        "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "add default to <http://example.org/g>",
        "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <http://a> <http://b> <http://c> }",
    ],
)
def test_updates_are_refused(tmp_path: Path, query: str) -> None:
    with pytest.raises(QueryError, match="read-only: SPARQL UPDATE"):
        run_query([_dataset_file(tmp_path)], query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://localhost:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o .SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o }}SERVICE<http://localhost:9/sparql>{?s ?p ?o}",
        'SELECT * WHERE { ?s ?p "x" SERVICE ?endpoint { ?s ?p ?o } }',
        "SELECT * WHERE {\n# a comment\nSeRvIcE <http://localhost:9/sparql> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(query: str) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        check_read_only(query)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s rdfs:label ?l FILTER(CONTAINS(?l, "service")) }',
        "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(?l != 'SERVICE <http://x> { }') }",
        'SELECT ?s WHERE { ?s rdfs:label """a SERVICE b\nINSERT DATA""" }',
        "SELECT ?s WHERE { ?s <http://example.org/service#insert> ?o }",
        "SELECT ?service WHERE { ?service ?p ?o }",
        "PREFIX service: <http://example.org/> SELECT ?s WHERE { ?s service:delete ?o }",
        "SELECT ?s WHERE { ?s ?p ?o } # SERVICE in a comment, DROP too",
        'SELECT ?s WHERE { ?s ?p "drop"@en }',
    ],
)
def test_keywords_inside_strings_iris_names_and_comments_are_allowed(
    tmp_path: Path, query: str
) -> None:
    check_read_only(query)
    assert run_query([_dataset_file(tmp_path)], query).kind == "select"


def test_syntax_error_is_one_line_with_the_parser_message(tmp_path: Path) -> None:
    with pytest.raises(QueryError) as info:
        run_query([_dataset_file(tmp_path)], "SELECT ?s WHERE {\n ?s ?p \n")
    message = str(info.value)
    assert message.startswith("SPARQL syntax error:") and "\n" not in message
    assert "error at" in message  # Oxigraph's position: line:column


def test_malformed_input_file_is_a_graph_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="bad.ttl:2"):
        run_query([bad], "ASK { ?s ?p ?o }")


def test_missing_input_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        run_query([tmp_path / "nope.trig"], "ASK { ?s ?p ?o }")


# ---------------------------------------------------------------- formatting


def _select(tmp_path: Path) -> QueryResult:
    query = """SELECT ?dep ?count ?evidence ?missing WHERE {
        ?dep a kg:Deployment ; kg:troopCount ?count ; kg:evidence ?evidence .
        OPTIONAL { ?dep kg:inSupportOf ?missing } } ORDER BY ?count"""
    return run_query([_dataset_file(tmp_path)], query)


def test_table_is_aligned_with_compact_iris(tmp_path: Path) -> None:
    text = format_result(_select(tmp_path), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["dep", "count", "evidence", "missing"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[-1] == "(2 rows)"
    assert lines[2].startswith("res:deployment/")
    column = lines[0].index("count")
    assert lines[2][column:].startswith("1500") and lines[3][column:].startswith("3000")
    assert " Laut Regierungskreisen sollen" in lines[2]
    assert lines[2].rstrip().endswith("verlegt werden.@de")


def test_table_uses_the_query_prefixes(tmp_path: Path) -> None:
    query = (
        "PREFIX ent: <http://www.wikidata.org/entity/> SELECT ?w WHERE { ?x owl:sameAs ?w } LIMIT 1"
    )
    text = format_result(run_query([_dataset_file(tmp_path)], query), "table")
    assert text.splitlines()[2].startswith("ent:Q")


def test_csv_parses_back(tmp_path: Path) -> None:
    text = format_result(_select(tmp_path), "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["dep", "count", "evidence", "missing"]
    assert [r[1] for r in rows[1:]] == ["1500", "3000"]
    assert rows[1][0].startswith(RES + "deployment/") and rows[1][3] == ""
    assert rows[2][2].startswith("Officials in Washington said")  # commas inside are quoted
    assert "\r\n" in text


def test_tsv_parses_back(tmp_path: Path) -> None:
    text = format_result(_select(tmp_path), "tsv")
    rows = [line.split("\t") for line in text.splitlines()]
    assert rows[0] == ["?dep", "?count", "?evidence", "?missing"]
    assert all(len(r) == 4 for r in rows)
    assert rows[1][0].startswith("<" + RES + "deployment/") and rows[1][0].endswith(">")
    assert rows[1][1] == '"1500"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert rows[1][2].endswith('"@de') and rows[1][3] == ""


def test_json_is_sparql_results_json(tmp_path: Path) -> None:
    doc = json.loads(format_result(_select(tmp_path), "json"))
    assert doc["head"]["vars"] == ["dep", "count", "evidence", "missing"]
    first = doc["results"]["bindings"][0]
    assert first["dep"]["type"] == "uri"
    assert first["count"] == {
        "type": "literal",
        "value": "1500",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }
    assert first["evidence"]["xml:lang"] == "de"
    assert "missing" not in first


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("table", "true\n"), ("csv", "boolean\r\ntrue\r\n"), ("tsv", "?boolean\ntrue\n")],
)
def test_ask_formats(tmp_path: Path, fmt: str, expected: str) -> None:
    result = run_query([_dataset_file(tmp_path)], "ASK { ?t a kg:Treaty }")
    assert format_result(result, fmt) == expected


def test_ask_json(tmp_path: Path) -> None:
    result = run_query([_dataset_file(tmp_path)], "ASK { ?t a kg:Nothing }")
    assert json.loads(format_result(result, "json")) == {"head": {}, "boolean": False}


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_construct_prints_sorted_ntriples(tmp_path: Path, fmt: str) -> None:
    query = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a kg:State ; rdfs:label ?l }"
    result = run_query([_dataset_file(tmp_path)], query)
    text = format_result(result, fmt)
    lines = text.splitlines()
    assert lines == sorted(lines) and len(lines) == len(result)
    assert isomorphic(Graph().parse(data=text, format="nt"), result.graph())


def test_construct_json_is_json_ld(tmp_path: Path) -> None:
    query = "CONSTRUCT { ?s kg:supports ?o } WHERE { ?s kg:supports ?o }"
    result = run_query([_dataset_file(tmp_path)], query)
    text = format_result(result, "json")
    json.loads(text)
    assert isomorphic(Graph().parse(data=text, format="json-ld"), result.graph())


def test_unknown_result_format(tmp_path: Path) -> None:
    result = run_query([_dataset_file(tmp_path)], "ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(result, "xml")


def test_query_on_expected_test_data() -> None:
    query = "SELECT ?m WHERE { ?a a kg:Assertion ; kg:modality ?m }"
    result = run_query([DATA / "rdf_tiny_hypothetical.ttl"], query)
    assert format_result(result, "csv").splitlines() == ["m", KG_NS + "Hypothetical"]


def test_graph_clause_sees_each_document(tmp_path: Path) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a kg:Document } }"
    result = run_query([_dataset_file(tmp_path)], query)
    assert len(result) == 3
    assert all(str(row[0]).startswith(RES + "doc/") for row in result.rows)


def test_triples_in_several_documents_count_once(tmp_path: Path) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:State }"
    result = run_query([_dataset_file(tmp_path)], query)
    assert int(result.rows[0][0]) == 6  # type: ignore[arg-type]  # Q36 is in all three
