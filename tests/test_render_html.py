"""The explorer page without a browser: self-contained, escaped, deterministic, styled by data."""

from __future__ import annotations

import base64
import doctest
import hashlib
import importlib
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Graph
from test_analyze_views import DEPLOYMENT, NK, RU, TREATY, sample_graph

from kg.analyze import full_view
from kg.analyze.facts import relation_label
from kg.errors import GraphError, OutputError
from kg.render import data as data_module
from kg.render import explorer_html, render_html
from kg.render import layout as layout_module
from kg.render.data import network_data
from kg.render.explorer import EMPTY_MESSAGE
from kg.render.page import script_json


def payload(html: str) -> dict[str, Any]:
    """The JSON the page embeds for its script."""
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def test_render_writes_one_self_contained_file(tmp_path: Path) -> None:
    out = render_html(sample_graph(), tmp_path / "explorer.html", title="Demo")
    assert out == tmp_path / "explorer.html"
    html = out.read_text(encoding="utf-8")
    assert re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.I) is None
    assert re.search(r"url\(\s*['\"]?(https?:|//)", html, re.I) is None
    assert "<title>Demo</title>" in html
    assert "vis-network" in html and "@license" in html  # vis-network inlined, header kept
    assert [p.name for p in tmp_path.iterdir()] == ["explorer.html"]  # no temp file left


def test_csp_allows_exactly_the_inline_scripts() -> None:
    html = explorer_html(sample_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    allowed = set(re.findall(r"'sha256-([^']+)'", csp.group(1)))
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    assert allowed == {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
                       for s in scripts}
    assert "'unsafe-inline'" not in csp.group(1).split("style-src")[0]


def test_payload_counts_match_the_full_view() -> None:
    graph = sample_graph()
    data = payload(explorer_html(graph))
    view = full_view(graph)
    assert len(data["nodes"]) == view.number_of_nodes() == len(data["details"]["nodes"])
    assert len(data["edges"]) == view.number_of_edges() == len(data["details"]["edges"])
    assert data["counts"] == {"nodes": 9, "edges": 15, "documents": 2}
    assert [k["kind"] for k in data["legend"]] == ["State", "Organization", "Person", "Place",
                                                   "Treaty", "Deployment"]


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x", "a\u2028b",
                                  "<img src=x onerror=alert(1)>", "&lt;"])
def test_script_json_cannot_break_out_and_round_trips(text: str) -> None:
    encoded = script_json({"t": text})
    assert not set("<>&\u2028\u2029") & set(encoded)
    assert json.loads(encoded) == {"t": text}


def test_article_text_in_the_page_is_never_markup() -> None:
    html = explorer_html(sample_graph(de_title="<img src=x onerror=alert(1)>"),
                         title="</title><script>alert(2)</script>")
    assert "<img src=x" not in html
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>" in html
    data = payload(html)
    assert "<img src=x onerror=alert(1)>" in data["documents"]


def by_iri(data: dict[str, Any], iri: object) -> int:
    """The explorer id of a node."""
    return next(i for i, d in enumerate(data["details"]["nodes"]) if d["iri"] == str(iri))


def test_nodes_sized_by_pagerank_and_styled_by_class() -> None:
    data = network_data(full_view(sample_graph()))
    sizes = {d["iri"]: n["size"] for n, d in zip(data["nodes"], data["details"]["nodes"],
                                                  strict=True)}
    assert max(sizes, key=lambda iri: sizes[iri]) == str(RU)
    node = data["nodes"][by_iri(data, NK)]
    assert (node["group"], node["shape"], node["label"]) == ("State", "hexagon", "North Korea")
    assert data["groups"]["Deployment"]["shape"] == "star"


@pytest.mark.parametrize(("relation", "dashed", "arrows"), [
    ("leader of", False, "to"),
    ("supports", True, "to"),          # reported
    ("sanctions", True, "to"),         # hypothetical
    ("allied with", False, ""),        # symmetric
    ("deploying actor", True, "to"),   # the deployment is reported
])
def test_edges_show_relation_modality_and_direction(relation: str, dashed: bool,
                                                    arrows: str) -> None:
    data = network_data(full_view(sample_graph()))
    (edge,) = [e for e in data["edges"] if e["label"] == relation]
    assert (edge.get("dashes", False), edge.get("arrows", "to")) == (dashed, arrows)


def test_parallel_edges_bend_apart() -> None:
    data = network_data(full_view(sample_graph()))
    nk, ru = by_iri(data, NK), by_iri(data, RU)
    between = [e for e in data["edges"] if {e["from"], e["to"]} == {nk, ru}]
    assert len(between) == 2
    assert sum("smooth" in e for e in between) == 1


def test_details_explain_treaty_deployment_and_evidence() -> None:
    data = network_data(full_view(sample_graph()))
    dep = data["details"]["nodes"][by_iri(data, DEPLOYMENT)]
    assert ["count", "11,000"] in dep["facts"] and ["qualifier", "about"] in dep["facts"]
    assert dep["evidence"] == [["Rund 11.000 Soldaten aus Nordkorea sind in Kursk.",
                                "Beistandspakt in Kraft"]]
    treaty = data["details"]["nodes"][by_iri(data, TREATY)]
    assert ["type", "mutual defense"] in treaty["facts"]
    assert ["parties", "Russia, North Korea"] in treaty["facts"]
    allied = next(d for d in data["details"]["edges"] if d["relation"] == "allied with")
    assert allied["weight"] == 2 and len(allied["evidence"]) == 2
    nk = data["details"]["nodes"][by_iri(data, NK)]
    assert [data["documents"][i] for i in nk["documents"]] == ["Beistandspakt in Kraft",
                                                               "Allies at war"]
    assert nk["evidence"] == []  # gathered from its edges by the page


def test_big_graphs_get_python_positions_and_no_physics(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data_module, "PHYSICS_LIMIT", 5)
    monkeypatch.setattr(data_module, "PRESET_ABOVE", 5)
    data = network_data(full_view(sample_graph()))
    assert data["physics"] is None
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])


def test_small_graphs_let_the_browser_lay_out() -> None:
    data = network_data(full_view(sample_graph()))
    assert not any("x" in n for n in data["nodes"])
    assert data["physics"]["enabled"] is True
    assert data["physics"]["stabilization"]["iterations"] == 400


def test_mid_sized_graphs_start_from_python_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data_module, "PRESET_ABOVE", 5)
    data = network_data(full_view(sample_graph()))
    assert all("x" in n for n in data["nodes"])
    assert data["physics"]["stabilization"]["iterations"] == 60


@pytest.mark.parametrize("igraph", [True, False])
def test_layout_is_deterministic_and_packs_components(monkeypatch: pytest.MonkeyPatch,
                                                      igraph: bool) -> None:
    if igraph:
        pytest.importorskip("igraph")
    monkeypatch.setattr(layout_module, "has_igraph", lambda: igraph)
    monkeypatch.setattr(layout_module, "SKELETON", 50)
    giant = nx.barabasi_albert_graph(300, 2, seed=1)
    G = nx.disjoint_union_all([giant, nx.path_graph(5), nx.empty_graph(40)])
    pos = layout_module.layout(G)
    assert pos == layout_module.layout(G) and set(pos) == set(G)
    assert len(set(pos.values())) == len(G)
    # the main component fills its square; isolated nodes sit close by, not far out
    xs, ys = [pos[n][0] for n in giant], [pos[n][1] for n in giant]
    span = max(max(xs) - min(xs), max(ys) - min(ys))
    assert span == pytest.approx(layout_module.side(300), rel=0.01)
    extent = max(max(abs(x), abs(y)) for x, y in pos.values())
    assert extent < 1.5 * layout_module.side(len(G))


def test_same_graph_same_page() -> None:
    assert explorer_html(sample_graph()) == explorer_html(sample_graph())


def test_empty_graph_gives_a_page_that_says_so(tmp_path: Path) -> None:
    html = render_html(Graph(), tmp_path / "empty.html").read_text(encoding="utf-8")
    assert payload(html) == {"empty": True, "message": EMPTY_MESSAGE}


def test_graph_without_kg_data_is_an_error(tmp_path: Path) -> None:
    g = Graph().parse(data="<urn:a> <urn:p> <urn:b> .", format="turtle")
    with pytest.raises(GraphError, match="holds no kg data"):
        render_html(g, tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_missing_output_directory_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no such directory"):
        render_html(sample_graph(), tmp_path / "nope" / "x.html")


@pytest.mark.parametrize(("relation", "label"), [
    ("alliedWith", "allied with"), ("treaty:MutualDefense", "mutual defense treaty"),
    ("deployingActor", "deploying actor"),
])
def test_relation_labels(relation: str, label: str) -> None:
    assert relation_label(relation) == label


@pytest.mark.parametrize("module", ["kg.render.data", "kg.render.page", "kg.render.layout",
                                    "kg.render.explorer", "kg.analyze.synthetic"])
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
