"""The ``kg`` command: a thin click layer over the library.

Each command parses its arguments, calls one library function and prints the result.
Errors are turned into ``kg: error: <one line>`` and an exit code in one place,
``KGGroup.invoke``; library code only raises ``kg.errors.KGError``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any, NoReturn

import click

from kg.errors import KGError, OutputError, QueryError
from kg.ingest import SUPPORTED_LANGUAGES

BUILD_FORMATS = ("ttl", "trig", "jsonld", "nt", "nq")
QUERY_FORMATS = ("table", "csv", "tsv", "json")
REPORT_FORMATS = ("md", "json")
EXIT_INTERRUPTED = 130


def _fail(message: str, code: int) -> NoReturn:
    """Print one line on stderr and leave with ``code``."""
    line = " ".join(message.split())
    click.echo(f"kg: error: {line}", err=True)
    sys.exit(code)


def _os_message(exc: OSError) -> str:
    """``FILE: reason`` for an I/O error, on one line."""
    if exc.filename and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return exc.strerror or str(exc)


class KGGroup(click.Group):
    """The command group; its ``invoke`` is the one place user errors become messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            _fail(str(exc), exc.exit_code)
        except BrokenPipeError:
            # The reader of our stdout went away (``kg query ... | head``): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except UnicodeError as exc:
            _fail(f"cannot decode input: {exc}", 2)
        except OSError as exc:
            _fail(_os_message(exc), 2)
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:
        return "0+unknown"


@click.group(name="kg", cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="kg", message="%(prog)s %(version)s")
def cli() -> None:
    """Build knowledge graphs from German and English geopolitical news.

    Reads articles (text, HTML, JSONL), extracts actors, places, relations,
    treaties and troop deployments with spaCy, and writes them as RDF with the
    source sentence of every claim. The graph can then be queried with SPARQL,
    validated against the SHACL shapes, analysed and rendered as an HTML explorer.

    \b
    Example:
      kg build examples/articles --output out/examples.ttl
      kg query out/examples.ttl --file examples/queries/treaties.rq
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", required=True, help="Output file ('-' for stdout).")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(BUILD_FORMATS),
    help="RDF format (default: from the output's extension; Turtle for stdout).",
)
@click.option(
    "--lang", type=click.Choice(SUPPORTED_LANGUAGES),
    help="Language of every input (default: detected per document).",
)
@click.option("--model", metavar="NAME_OR_PATH", help="spaCy pipeline to use instead of ours.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line, no progress bar.")
def build(
    inputs: tuple[str, ...],
    output: str,
    fmt: str | None,
    lang: str | None,
    model: str | None,
    quiet: bool,
) -> None:
    """Build an RDF knowledge graph from news articles.

    INPUT is a .txt, .md, .html/.htm or .jsonl file, a directory (searched
    recursively) or '-' for stdin. All inputs are merged into one graph;
    .trig and .nq outputs keep one named graph per document. A summary line
    goes to stderr; the output file is written only when everything succeeded.

    \b
    Example:
      kg build examples/articles --output out/examples.ttl
      kg build news.jsonl --lang de --output graph.trig
    """
    from kg.pipeline import build_to_file

    result = build_to_file(
        inputs, output, fmt=fmt, lang=lang, model=model, progress=False if quiet else None
    )
    if not quiet:
        target = "<stdout>" if output == "-" else output
        click.echo(
            f"kg: {result.documents} documents, {result.entities} entities, "
            f"{result.triples} triples -> {target}",
            err=True,
        )


@cli.command()
@click.argument("args", nargs=-1, required=True, metavar="GRAPH... [SPARQL]")
@click.option(
    "--file", "query_file", type=click.Path(dir_okay=False),
    help="Read the SPARQL query from this file instead of the last argument.",
)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table",
    show_default=True, help="Result format.",
)
def query(args: tuple[str, ...], query_file: str | None, fmt: str) -> None:
    """Run a read-only SPARQL query over one or more graph files.

    Give the query as the last argument or with --file. SELECT results print
    as a table, CSV, TSV or SPARQL JSON; ASK prints true/false; CONSTRUCT and
    DESCRIBE print Turtle. Updates and SERVICE calls are refused.

    \b
    Example:
      kg query out/examples.ttl --file examples/queries/treaties.rq
      kg query out/examples.ttl "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    """
    from kg.rdf.query import format_result, run_query

    if query_file is not None:
        paths, sparql = list(args), Path(query_file).read_text(encoding="utf-8")
    else:
        paths, sparql = list(args[:-1]), args[-1]
    if not paths:
        raise QueryError("give at least one graph file and a query (or --file)")
    text = format_result(run_query(paths, sparql), fmt)
    click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
def validate(files: tuple[str, ...]) -> None:
    """Check graph files against kg's SHACL shapes.

    Each file is validated on its own. Exits 0 when every file conforms;
    otherwise prints the validation report and exits 1.

    \b
    Example:
      kg validate out/examples.ttl
    """
    from kg.rdf.validate import validate_file

    failed = 0
    for path in files:
        conforms, report = validate_file(path)
        failed += not conforms
        click.echo(f"{path}: {report.rstrip()}")
    if failed:
        click.echo(f"kg: {failed} of {len(files)} files do not conform", err=True)
        sys.exit(1)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="md",
    show_default=True, help="Report format.",
)
@click.option("-o", "--output", help="Write the report here instead of stdout.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many actors each ranking lists.")
@click.option("--path", "path", nargs=2, metavar="A B",
              help="Also explain how actor A connects to actor B.")
def analyze(
    graphs: tuple[str, ...],
    fmt: str,
    output: str | None,
    top: int,
    path: tuple[str, str] | None,
) -> None:
    """Report central actors, communities, treaties and deployments of a graph.

    The graph files are merged first. With --path the report also shows the
    shortest chain of relations between two actors, each step with its source
    sentence.

    \b
    Example:
      kg analyze out/examples.ttl --output out/report.md
      kg analyze out/examples.ttl --path Finnland NATO --format json
    """
    from kg.analyze import analyze_report
    from kg.rdf.io import load_graph

    report = analyze_report(load_graph(graphs), fmt=fmt, top=top, path=path or None)
    if output is None or output == "-":
        click.echo(report, nl=not report.endswith("\n"))
    else:
        write_text(output, report)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("-o", "--output", required=True, help="The HTML file to write.")
@click.option("--title", help="Page title (default: from the file names).")
def render(graphs: tuple[str, ...], output: str, title: str | None) -> None:
    """Render graph files as an interactive HTML explorer.

    Actors and places become nodes, relations, treaties and deployments become
    edges; clicking an edge shows its source sentences. The page works offline.

    \b
    Example:
      kg render out/examples.ttl --output out/explorer.html --title "Examples"
    """
    from kg.rdf.io import load_graph
    from kg.render import render_html

    written = render_html(load_graph(graphs), output, title=title)
    click.echo(f"kg: wrote {written}", err=True)


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, so a failed run leaves no partial file."""
    target = Path(path)
    if not target.parent.is_dir():
        raise OutputError(f"cannot write {str(target)!r}: directory does not exist")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text if text.endswith("\n") else text + "\n")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> None:
    """Entry point of the ``kg`` script and ``python -m kg``."""
    cli(prog_name="kg")
