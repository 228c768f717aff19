"""Reading and writing RDF files: formats, round trips, atomic writes, errors users see."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from test_rdf_samples import english_extraction, german_extraction, tiny_extraction

import kg.rdf.io as rdf_io
from kg.errors import GraphError, InputError, OutputError
from kg.rdf.build import build_dataset, extraction_graph
from kg.rdf.io import FORMATS, format_for, load_graph, load_store, write_graph
from kg.rdf.iri import document_iri

DATA = Path(__file__).resolve().parent / "data"


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("out.ttl", "turtle"),
        ("out.trig", "trig"),
        ("out.jsonld", "json-ld"),
        ("out.nt", "ntriples"),
        ("out.nq", "nquads"),
        ("out.rdf", "xml"),
        ("out.xml", "xml"),
        ("OUT.TTL", "turtle"),
    ],
)
def test_format_from_extension(name: str, fmt: str) -> None:
    assert format_for(name) == fmt


@pytest.mark.parametrize(
    ("explicit", "fmt"), [("ttl", "turtle"), (".nq", "nquads"), ("json-ld", "json-ld")]
)
def test_explicit_format_wins(explicit: str, fmt: str) -> None:
    assert format_for("out.txt", explicit) == fmt


def test_unknown_extension_lists_the_known_ones() -> None:
    with pytest.raises(OutputError) as info:
        format_for("graph.csv")
    message = str(info.value)
    assert "graph.csv" in message and all(ext in message for ext in FORMATS)
    assert "\n" not in message


def test_unknown_explicit_format() -> None:
    with pytest.raises(OutputError, match="unknown RDF format"):
        format_for("x.ttl", "yaml")


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_graph_round_trip_in_every_format(tmp_path: Path, ext: str) -> None:
    graph = extraction_graph(german_extraction())
    path = tmp_path / f"graph{ext}"
    write_graph(graph, path)
    back = load_graph([path])
    assert isomorphic(graph, back)
    # rdflib's own parser reads what we wrote, too
    assert isomorphic(
        graph,
        Graph().parse(path, format=FORMATS[ext])
        if ext not in (".trig", ".nq")
        else _union(Dataset().parse(path, format=FORMATS[ext])),
    )


@pytest.mark.parametrize("ext", [".trig", ".nq", ".jsonld"])
def test_dataset_round_trip_keeps_named_graphs(tmp_path: Path, ext: str) -> None:
    exs = [german_extraction(), english_extraction()]
    ds = build_dataset(exs)
    path = tmp_path / f"ds{ext}"
    write_graph(ds, path)
    back = Dataset().parse(path, format=FORMATS[ext])
    for ex in exs:
        name = document_iri(ex.document)
        assert isomorphic(back.graph(name), extraction_graph(ex))
    assert isomorphic(load_graph([path]), _union(ds))


@pytest.mark.parametrize("ext", [".ttl", ".nt", ".rdf"])
def test_dataset_written_as_triples_is_flattened(tmp_path: Path, ext: str) -> None:
    ds = build_dataset([german_extraction(), english_extraction()])
    path = tmp_path / f"flat{ext}"
    write_graph(ds, path)
    assert isomorphic(Graph().parse(path, format=FORMATS[ext]), _union(ds))


@pytest.mark.parametrize("ext", [".trig", ".nq"])
def test_graph_written_as_dataset_goes_into_one_named_graph(tmp_path: Path, ext: str) -> None:
    ex = tiny_extraction()
    graph = extraction_graph(ex)
    path = tmp_path / f"one{ext}"
    write_graph(graph, path)
    store = load_store([path])
    names = [str(n.value) for n in store.named_graphs()]
    assert names == [str(document_iri(ex.document))]
    assert len(store) == len(graph)


def test_unnamed_graph_gets_a_fixed_graph_name(tmp_path: Path) -> None:
    graph = Graph()
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
    write_graph(graph, tmp_path / "g.nq")
    assert "<https://w3id.org/newskg/resource/graph/default>" in (tmp_path / "g.nq").read_text()


def test_turtle_output_is_byte_stable(tmp_path: Path) -> None:
    write_graph(build_dataset([german_extraction(), english_extraction()]), tmp_path / "a.ttl")
    write_graph(build_dataset([english_extraction(), german_extraction()]), tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()
    assert b"@prefix kg: <https://w3id.org/newskg/ontology#>" in (tmp_path / "a.ttl").read_bytes()


def test_missing_directory_is_an_output_error_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.ttl"
    with pytest.raises(OutputError) as info:
        write_graph(extraction_graph(tiny_extraction()), target)
    assert "does not exist" in str(info.value) and "\n" not in str(info.value)
    assert not target.exists() and not target.parent.exists()


def test_failed_write_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.ttl"
    target.write_text("old content\n", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rdf_io.os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):
        write_graph(extraction_graph(tiny_extraction()), target)
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]


def test_write_replaces_an_existing_file_with_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.nt"
    target.write_text("old\n", encoding="utf-8")
    write_graph(extraction_graph(tiny_extraction()), target)
    assert "old" not in target.read_text(encoding="utf-8")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_dash_writes_turtle_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    graph = extraction_graph(tiny_extraction())
    write_graph(graph, "-")
    out = capsysbinary.readouterr().out
    assert isomorphic(Graph().parse(data=out.decode("utf-8"), format="turtle"), graph)


def test_load_merges_files_and_keeps_blank_nodes_apart(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text('_:b <http://example.org/p> "a" .\n', encoding="utf-8")
    (tmp_path / "b.nt").write_text('_:b <http://example.org/p> "b" .\n', encoding="utf-8")
    merged = load_graph([tmp_path / "a.ttl", tmp_path / "b.nt"])
    subjects = set(merged.subjects())
    assert len(merged) == 2 and len(subjects) == 2
    assert all(isinstance(s, BNode) for s in subjects)


def test_loaded_literals_equal_rdflib_parsing(tmp_path: Path) -> None:
    path = tmp_path / "lit.ttl"
    path.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        'ex:a ex:p "plain", "tagged"@de, 5, 0.5, "2025-01-01"^^xsd:date .\n',
        encoding="utf-8",
    )
    assert set(load_graph([path])) == set(Graph().parse(path))


def test_malformed_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(
        '@prefix ex: <http://example.org/> .\nex:a ex:p "ok" .\nex:a ex:p ex:b ex:c .\n',
        encoding="utf-8",
    )
    with pytest.raises(GraphError) as info:
        load_graph([path])
    message = str(info.value)
    assert f"{path}:3" in message and "\n" not in message


@pytest.mark.parametrize("loader", [load_graph, load_store])
def test_missing_file_is_an_input_error(tmp_path: Path, loader: object) -> None:
    with pytest.raises(InputError, match="no such file"):
        loader([tmp_path / "nope.ttl"])  # type: ignore[operator]


def test_unknown_input_extension_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "graph.csv"
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="known"):
        load_graph([path])


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a file"):
        load_graph([tmp_path])


@pytest.mark.parametrize("name", ["rdf_tiny_hypothetical.ttl", "rdf_english_sample.ttl"])
def test_expected_test_data_loads(name: str) -> None:
    assert len(load_graph([DATA / name])) > 10


def test_dash_reads_turtle_or_trig_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'<http://example.org/a> <http://example.org/p> "x"@de .\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    graph = load_graph(["-"])
    assert len(graph) == 1 and Literal("x", lang="de") in set(graph.objects())
