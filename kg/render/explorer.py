"""render_html: a kg graph as one self-contained, offline HTML explorer page."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Graph

from kg.analyze.facts import as_graph
from kg.analyze.views import build_views
from kg.errors import OutputError
from kg.render.data import network_data
from kg.render.page import page

DEFAULT_TITLE = "kg explorer"
EMPTY_MESSAGE = "This graph is empty: there is nothing to show."


def explorer_html(graph: Graph, *, title: str | None = None) -> str:
    """The explorer page for a graph as a string (see ``render_html``)."""
    graph = as_graph(graph)
    if len(graph) == 0:
        data = {"empty": True, "message": EMPTY_MESSAGE}
    else:
        data = network_data(build_views(graph).full)
    return page(data, title or DEFAULT_TITLE)


def render_html(graph: Graph, output: str | Path, *, title: str | None = None) -> Path:
    """Write the interactive explorer of ``graph`` to ``output`` and return its path.

    The page embeds vis-network, its data and its code, and loads nothing from the
    network. Treaties, deployments and places are nodes beside the actors. An empty graph
    gives a page that says so; a graph without kg data raises ``GraphError``; an
    unwritable output raises ``OutputError``. The file is replaced atomically.

    Example:
        >>> import pathlib, tempfile
        >>> from rdflib import Graph
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "explorer.html"
        >>> render_html(Graph(), out).read_text().count("This graph is empty")
        1
    """
    text = explorer_html(graph, title=title)
    path = Path(output)
    if not path.parent.is_dir():
        raise OutputError(f"cannot write {path}: no such directory {path.parent}")
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         prefix=f".{path.name}.", delete=False) as tmp:
            tmp.write(text)
        os.chmod(tmp.name, 0o644)
        os.replace(tmp.name, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
