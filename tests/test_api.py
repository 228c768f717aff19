"""The public Python API: ``import kg`` is cheap, every exported name resolves, the build works."""

from __future__ import annotations

import runpy
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

import kg
import kg.records
from kg.errors import InputError
from kg.rdf.namespace import KG

HEAVY = ("spacy", "rdflib", "pyoxigraph", "pyshacl", "networkx", "pyvis", "trafilatura", "click")
TEXT_EN = "Finland joined NATO on Tuesday. The flag was raised in Brussels."
TEXT_DE = "Finnland ist der NATO beigetreten. Die Flagge wurde in Brüssel gehisst."


def _articles(folder: Path, *texts: str) -> Path:
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, kg; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name", kg.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(kg, name) is not None
    assert name in dir(kg)


@pytest.mark.parametrize(
    "name", ["Document", "Entity", "Evidence", "Relation", "Treaty", "Deployment", "Extraction"]
)
def test_record_types_are_the_records_module_types(name: str) -> None:
    assert getattr(kg, name) is getattr(kg.records, name)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'frobnicate'"):
        kg.frobnicate  # noqa: B018


@pytest.mark.usefixtures("stub_nlp")
def test_build_graph_merges_documents(tmp_path: Path) -> None:
    graph = kg.build_graph([_articles(tmp_path / "in", TEXT_EN, TEXT_DE)])
    assert isinstance(graph, Graph) and not isinstance(graph, Dataset)
    assert len(set(graph.subjects(RDF.type, KG.Document))) == 2
    result = kg.build([tmp_path / "in"])
    assert (result.documents, result.entities) == (2, 4)
    assert result.triples == len(result.graph)
    assert isomorphic(result.graph, graph)


@pytest.mark.usefixtures("stub_nlp")
def test_build_dataset_has_a_named_graph_per_document(tmp_path: Path) -> None:
    graph = kg.build_graph([_articles(tmp_path / "in", TEXT_EN, TEXT_DE)], dataset=True)
    assert isinstance(graph, Dataset)
    named = [g for g in graph.graphs() if len(g) and g.identifier != graph.default_graph.identifier]
    assert len(named) == 2


@pytest.mark.usefixtures("stub_nlp")
def test_same_text_twice_is_one_document(tmp_path: Path) -> None:
    result = kg.build([_articles(tmp_path / "in", TEXT_EN, TEXT_EN)])
    assert result.documents == 1


def test_build_without_inputs_is_an_error() -> None:
    with pytest.raises(InputError, match="no inputs"):
        kg.build_graph([])


@pytest.mark.usefixtures("stub_nlp")
@pytest.mark.parametrize(("progress", "shown"), [(True, True), (False, False), (None, False)])
def test_progress_bar_only_when_asked_or_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], progress: bool | None, shown: bool
) -> None:
    texts = [f"{TEXT_EN} Item {i}." for i in range(6)]
    kg.build([_articles(tmp_path / "in", *texts)], progress=progress)
    assert ("kg build" in capsys.readouterr().err) is shown


@pytest.mark.usefixtures("stub_nlp")
def test_write_load_validate_and_query_round_trip(tmp_path: Path) -> None:
    graph = kg.build_graph([_articles(tmp_path / "in", TEXT_EN)])
    out = tmp_path / "g.ttl"
    kg.write_graph(graph, out)
    loaded = kg.load_graph([out])
    assert isomorphic(loaded, graph)
    conforms, report = kg.validate_graph(loaded)
    assert conforms, report
    result = kg.run_query([out], "ASK { ?t a <https://w3id.org/newskg/ontology#Treaty> }")
    assert result.boolean is True


def test_read_inputs_is_lazy_and_typed(tmp_path: Path) -> None:
    docs = kg.read_inputs([_articles(tmp_path / "in", TEXT_EN, TEXT_DE)])
    first = next(iter(docs))
    assert isinstance(first, kg.Document)
    assert first.lang == "en"


@pytest.mark.usefixtures("stub_nlp")
def test_api_example_script_runs(repo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(repo_dir / "examples" / "api_example.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert out.startswith("6 documents, 4 entities, ")
    (treaty,) = [line for line in out.splitlines() if "Alliance" in line]
    assert sorted(treaty.split(maxsplit=1)[1].split(" + ")) == ["Finland", "NATO"]
    assert "Finland -> Lithuania: 4800" in out


@pytest.mark.usefixtures("stub_nlp")
def test_package_docstring_example_runs(
    repo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert kg.__doc__ is not None
    code = textwrap.dedent(kg.__doc__.split("::", 1)[1])
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "articles").symlink_to(repo_dir / "examples" / "articles")
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "kg.__doc__", "exec"), {})
    assert capsys.readouterr().out == "6 documents, 4 entities\ntreaties found: True\n"
