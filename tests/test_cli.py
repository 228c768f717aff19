"""The ``kg`` command through click's runner: help, build formats, and the bad-input matrix.

The NLP is replaced by conftest's stand-in extractor (the ``stub_nlp`` fixture), so these
tests check the command line and the files it writes, not extraction quality.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.rdf.io import load_graph

ARTICLE_EN = (
    "Finland joins the alliance\n\n"
    "Finland became a member of NATO on Tuesday. "
    "Foreign Minister Pekka Haavisto handed over the documents in Brussels."
)
ARTICLE_DE = (
    "Bundeswehr in Litauen\n\n"
    "Deutschland stationiert rund 4800 Soldaten in Litauen. "
    "Verteidigungsminister Boris Pistorius unterzeichnete den Plan in Vilnius."
)
FORMATS = {"ttl": ".ttl", "trig": ".trig", "jsonld": ".jsonld", "nt": ".nt", "nq": ".nq"}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A directory with one English and one German article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (folder / "de.txt").write_text(ARTICLE_DE, encoding="utf-8")
    return folder


@pytest.fixture
def graph_file(runner: CliRunner, articles: Path, tmp_path: Path, stub_nlp: None) -> Path:
    """A Turtle file built from ``articles``."""
    out = tmp_path / "graph.ttl"
    result = runner.invoke(cli, ["build", str(articles), "--output", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _assert_user_error(result: Result, *fragments: str) -> None:
    """Non-zero exit, exactly one line ``kg: error: ...`` on stderr, no traceback."""
    assert result.exit_code not in (0, None)
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower()


def _commands() -> list[str]:
    return sorted(cli.commands)


def test_every_command_is_there() -> None:
    assert set(_commands()) == {"build", "query", "validate", "analyze", "render"}


@pytest.mark.parametrize("flag", ["-h", "--help"])
@pytest.mark.parametrize("command", [None, *_commands()])
def test_every_command_has_help_with_an_example(
    runner: CliRunner, command: str | None, flag: str
) -> None:
    args = [flag] if command is None else [command, flag]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0
    assert "Usage: kg" in result.output
    assert "Example:" in result.output
    assert "kg " + (command or "") in result.output.split("Example:", 1)[1]
    target: click.Command = cli if command is None else cli.commands[command]
    assert target.help and len(target.help.split()) >= 15


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("kg ")


@pytest.mark.usefixtures("stub_nlp")
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_build_writes_every_format_from_the_extension(
    runner: CliRunner, articles: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"graph{FORMATS[fmt]}"
    result = runner.invoke(cli, ["build", str(articles), "--output", str(out)])
    assert result.exit_code == 0, result.output
    graph = load_graph([out])
    summary = result.stderr.strip()
    assert summary.startswith("kg: 2 documents, 4 entities, ")
    assert summary.endswith(f"triples -> {out}")
    triples = int(summary.split(", ")[2].split()[0])
    if fmt in ("trig", "nq"):
        # One named graph per document: shared entities are repeated in each.
        assert triples > len(graph)
        named = Dataset()
        named.parse(out, format="trig" if fmt == "trig" else "nquads")
        assert len({g.identifier for g in named.graphs() if len(g)}) == 2
    else:
        assert triples == len(graph)


@pytest.mark.usefixtures("stub_nlp")
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_build_to_stdout_with_explicit_format(
    runner: CliRunner, articles: Path, fmt: str, tmp_path: Path
) -> None:
    result = runner.invoke(
        cli, ["build", str(articles), "--output", "-", "--format", fmt, "--quiet"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    copy = tmp_path / f"copy{FORMATS[fmt]}"
    copy.write_bytes(result.stdout_bytes)
    assert len(load_graph([copy])) > 20


def test_build_twice_gives_isomorphic_graphs(
    runner: CliRunner, graph_file: Path, articles: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.ttl"
    assert runner.invoke(cli, ["build", str(articles), "-o", str(again)]).exit_code == 0
    assert isomorphic(Graph().parse(graph_file), Graph().parse(again))


@pytest.mark.usefixtures("stub_nlp")
def test_build_reads_stdin(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "stdin.ttl"
    lines = "\n".join(json.dumps({"text": t}) for t in (ARTICLE_EN, ARTICLE_DE))
    result = runner.invoke(cli, ["build", "-", "--output", str(out)], input=lines)
    assert result.exit_code == 0, result.output
    assert "kg: 2 documents" in result.stderr


@pytest.mark.usefixtures("stub_nlp")
def test_build_decodes_latin1(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "alt.txt"
    src.write_bytes(ARTICLE_DE.replace("Litauen", "Litauen über Grenzen").encode("latin-1"))
    out = tmp_path / "alt.ttl"
    result = runner.invoke(cli, ["build", str(src), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "über" in out.read_text(encoding="utf-8")


@pytest.mark.usefixtures("stub_nlp")
@pytest.mark.parametrize(
    ("name", "content", "fragments"),
    [
        ("missing.txt", None, ("missing.txt", "no such file")),
        ("empty.txt", b"", ("empty.txt", "empty")),
        ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", ("binary.txt", "binary")),
        ("article.docx", b"PK\x03\x04", ("unknown file type", ".txt", ".jsonl")),
        ("bad.jsonl", b'{"text": "fine"}\n{oops\n', ("bad.jsonl:2",)),
    ],
)
def test_bad_input_is_one_line_and_leaves_no_output(
    runner: CliRunner,
    tmp_path: Path,
    articles: Path,
    name: str,
    content: bytes | None,
    fragments: tuple[str, ...],
) -> None:
    src = tmp_path / name
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out.ttl"
    result = runner.invoke(cli, ["build", str(articles), str(src), "--output", str(out)])
    _assert_user_error(result, *fragments)
    assert result.exit_code == 2
    assert not out.exists()


@pytest.mark.usefixtures("stub_nlp")
def test_failed_build_keeps_the_previous_output(
    runner: CliRunner, tmp_path: Path, articles: Path
) -> None:
    out = tmp_path / "out.ttl"
    out.write_text("# previous run\n", encoding="utf-8")
    missing = str(tmp_path / "nope.txt")
    result = runner.invoke(cli, ["build", str(articles), missing, "-o", str(out)])
    _assert_user_error(result, "nope.txt")
    assert out.read_text(encoding="utf-8") == "# previous run\n"


@pytest.mark.usefixtures("stub_nlp")
def test_output_into_missing_directory(runner: CliRunner, tmp_path: Path, articles: Path) -> None:
    out = tmp_path / "no" / "such" / "dir" / "graph.ttl"
    result = runner.invoke(cli, ["build", str(articles), "--output", str(out)])
    _assert_user_error(result, "does not exist")
    assert not out.parent.exists()
    assert list(tmp_path.iterdir()) == [articles]


@pytest.mark.usefixtures("stub_nlp")
def test_output_with_unknown_extension(runner: CliRunner, tmp_path: Path, articles: Path) -> None:
    out = tmp_path / "graph.xyz"
    result = runner.invoke(cli, ["build", str(articles), "--output", str(out)])
    _assert_user_error(result, "graph.xyz")
    assert not out.exists()


def test_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["build", "--frobnicate"])
    assert result.exit_code == 2
    assert "No such option" in result.stderr


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/newskg/ontology#State> }"


@pytest.mark.parametrize(
    ("fmt", "header", "value"),
    [("csv", "n", "2"), ("tsv", "?n", '"2"^^'), ("table", "n", "2")],
)
def test_query_inline(
    runner: CliRunner, graph_file: Path, fmt: str, header: str, value: str
) -> None:
    result = runner.invoke(cli, ["query", str(graph_file), COUNT, "--format", fmt])
    assert result.exit_code == 0, result.output
    lines = [line.strip(" |") for line in result.stdout.splitlines() if line.strip(" |-+=")]
    assert lines[0] == header
    assert lines[1].startswith(value)


def test_query_json(runner: CliRunner, graph_file: Path) -> None:
    result = runner.invoke(cli, ["query", str(graph_file), COUNT, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["results"]["bindings"][0]["n"]["value"] == "2"


@pytest.mark.parametrize("name", ["treaties", "deployments", "leaders", "claims"])
def test_example_queries_run(
    runner: CliRunner, graph_file: Path, repo_dir: Path, name: str
) -> None:
    query_file = repo_dir / "examples" / "queries" / f"{name}.rq"
    result = runner.invoke(
        cli, ["query", str(graph_file), "--file", str(query_file), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = result.stdout.strip().splitlines()
    assert len(rows) >= 2, result.stdout


def test_example_queries_find_what_the_stub_extracted(
    runner: CliRunner, graph_file: Path, repo_dir: Path
) -> None:
    queries = repo_dir / "examples" / "queries"

    def rows(name: str) -> str:
        args = ["query", str(graph_file), "--file", str(queries / name), "--format", "csv"]
        return runner.invoke(cli, args).stdout

    assert "Alliance" in rows("treaties.rq") and "Finland" in rows("treaties.rq")
    assert "4800" in rows("deployments.rq") and "Lithuania" in rows("deployments.rq")
    assert "Pekka Haavisto,official,Finland" in rows("leaders.rq")
    assert "Finland became a member of NATO on Tuesday." in rows("claims.rq")


@pytest.mark.parametrize(
    ("args", "fragments", "code"),
    [
        (["query", "{graph}", "SELECT WHERE {"], ("SPARQL",), 4),
        (["query", "{graph}", "INSERT DATA { <a:b> <a:c> <a:d> }"], ("update",), 4),
        (["query", "{graph}", "DELETE WHERE { ?s ?p ?o }"], ("update",), 4),
        (["query", "{bad}", "ASK { ?s ?p ?o }"], ("bad.ttl",), 3),
        (["query", "{missing}", "ASK { ?s ?p ?o }"], ("missing.ttl",), 2),
        (["query", "{graph}", "--file", "{missing_rq}"], ("missing.rq",), 2),
        (["query", "ASK { ?s ?p ?o }"], ("graph",), 4),
        (["validate", "{bad}"], ("bad.ttl",), 3),
        (["analyze", "{bad}"], ("bad.ttl",), 3),
        (["render", "{bad}", "--output", "{html}"], ("bad.ttl",), 3),
    ],
)
def test_bad_graph_and_query_inputs(
    runner: CliRunner,
    graph_file: Path,
    tmp_path: Path,
    args: list[str],
    fragments: tuple[str, ...],
    code: int,
) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/newskg/ontology#> .\nkg:a kg:b .\n")
    names = {
        "graph": str(graph_file),
        "bad": str(bad),
        "missing": str(tmp_path / "missing.ttl"),
        "missing_rq": str(tmp_path / "missing.rq"),
        "html": str(tmp_path / "out.html"),
    }
    result = runner.invoke(cli, [names.get(a.strip("{}"), a) for a in args])
    _assert_user_error(result, *fragments)
    assert result.exit_code == code
    assert not (tmp_path / "out.html").exists()


def test_query_refuses_update_case_insensitively(runner: CliRunner, graph_file: Path) -> None:
    before = graph_file.read_bytes()
    result = runner.invoke(cli, ["query", str(graph_file), "clear all"])
    _assert_user_error(result)
    assert graph_file.read_bytes() == before


def test_validate_conforming_graph(runner: CliRunner, graph_file: Path) -> None:
    result = runner.invoke(cli, ["validate", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{graph_file}: conforms")


def test_validate_reports_violations(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix kg: <https://w3id.org/newskg/ontology#> .\n"
        "<https://w3id.org/newskg/resource/deployment/x> a kg:Deployment ;\n"
        '    kg:troopCount "many" .\n',
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["validate", str(graph_file), str(broken)])
    assert result.exit_code == 1
    assert f"{graph_file}: conforms" in result.stdout
    assert f"{broken}: does not conform" in result.stdout
    assert "1 of 2 files do not conform" in result.stderr


def test_analyze_writes_report(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(cli, ["analyze", str(graph_file), "--output", str(out), "--top", "3"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("#")
    assert "Finland" in text


def test_analyze_json_to_stdout(runner: CliRunner, graph_file: Path) -> None:
    result = runner.invoke(cli, ["analyze", str(graph_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), dict)


def test_analyze_into_missing_directory(
    runner: CliRunner, graph_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "nowhere" / "report.md"
    _assert_user_error(runner.invoke(cli, ["analyze", str(graph_file), "-o", str(out)]))
    assert not out.parent.exists()


def test_render_writes_html(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "explorer.html"
    result = runner.invoke(
        cli, ["render", str(graph_file), "--output", str(out), "--title", "Test graph"]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Test graph" in html
    assert "Finland" in html
