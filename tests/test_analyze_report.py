"""The analytics report and the measures behind it, on the hand-built sample graph."""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
from rdflib import Graph
from test_analyze_views import NK, RU, sample_graph

from kg.analyze import (
    actor_path,
    actor_view,
    analyze_report,
    betweenness,
    betweenness_method,
    communities,
    find_actor,
    pagerank,
)
from kg.analyze import centrality as centrality_module
from kg.errors import ActorNotFound, GraphError, OutputError


def report_json(graph: Graph | None = None, *, top: int = 10,
                path: tuple[str, str] | None = None) -> dict[str, Any]:
    """The JSON report of the sample graph (or another), parsed."""
    data: dict[str, Any] = json.loads(
        analyze_report(graph or sample_graph(), fmt="json", top=top, path=path))
    return data


def test_counts_by_class() -> None:
    counts = report_json()["counts"]
    assert counts == {"Person": 1, "State": 4, "Organization": 1, "Place": 1, "Treaty": 1,
                      "Deployment": 1, "Document": 2, "Assertion": 9}


def test_markdown_has_every_section() -> None:
    md = analyze_report(sample_graph())
    for heading in ("## Counts", "### PageRank", "### Degree", "### Betweenness (exact)",
                    "## Communities", "## Treaties", "## Deployments", "## Corroboration"):
        assert heading in md
    assert "| State | 4 |" in md
    assert "| North Korea | Kursk, Russia | 11,000 | about | Russia | reported |" in md
    assert "Facts supported by two or more documents: 1; by one: 8; by none: 0." in md


def test_top_actors_rank_the_hubs_first() -> None:
    top = report_json()["top_actors"]
    assert top["pagerank"][0]["label"] == "Russia"
    assert {r["label"] for r in top["degree"][:2]} == {"North Korea", "Russia"}
    assert top["betweenness"][0]["score"] == pytest.approx(0.2)


def test_treaties_and_deployments_list_parties_sizes_and_sources() -> None:
    data = report_json()
    (treaty,) = data["treaties"]["items"]
    assert treaty["type"] == "MutualDefense"
    assert sorted(treaty["parties"]) == ["North Korea", "Russia"]
    assert treaty["signed_by"] == ["Kim Jong Un"]
    assert treaty["sources"] == ["Beistandspakt in Kraft"]
    (dep,) = data["deployments"]["items"]
    assert (dep["actor"], dep["count"], dep["qualifier"], dep["in_support_of"]) == (
        "North Korea", 11000, "About", "Russia")


def test_corroboration_separates_multi_document_facts() -> None:
    cor = report_json()["corroboration"]
    assert (cor["multi_document"], cor["single_document"]) == (1, 8)
    assert cor["items"] == [{"fact": "Russia — allied with — North Korea",
                             "documents": ["Beistandspakt in Kraft", "Allies at war"]}]


def test_communities_are_seeded_and_stable_across_reloads() -> None:
    g = sample_graph()
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert analyze_report(g, fmt="json") == analyze_report(again, fmt="json")
    groups = report_json()["communities"]["groups"]
    assert [sorted(c["members"]) for c in groups] == [
        ["Kim Jong Un", "North Korea", "Russia", "Ukraine"], ["NATO", "United States"]]


@pytest.mark.parametrize(("a", "b"), [
    ("kim jong un", "ukraine"),          # label, any case
    ("KIM", "Q212"),                     # alias and Wikidata id
    ("Kim  Jong   Un", "ukraine"),       # whitespace collapsed
])
def test_path_goes_hop_by_hop_with_evidence(a: str, b: str) -> None:
    path = report_json(path=(a, b))["path"]
    assert path["connected"] is True
    assert [(h["from"], h["relation"], h["to"]) for h in path["hops"]] == [
        ("Kim Jong Un", "leaderOf", "North Korea"),
        ("North Korea", "alliedWith", "Russia"),
        ("Russia", "inConflictWith", "Ukraine"),
    ]
    assert path["hops"][0]["evidence"] == "Kim Jong Un regiert Nordkorea."
    assert path["hops"][0]["document"] == "Beistandspakt in Kraft"
    assert path["hops"][0]["direction"] == "forward"


def test_path_in_markdown_shows_arrows_and_sentences() -> None:
    md = analyze_report(sample_graph(), path=("Nordkorea", "Kim"))
    assert "1. North Korea ← leader of — Kim Jong Un (asserted)" in md
    assert "   > Kim Jong Un regiert Nordkorea. — Beistandspakt in Kraft" in md


def test_hypothetical_claims_do_not_connect_actors() -> None:
    data = report_json(path=("DPRK", "NATO"))
    assert data["path"] == {"from": "North Korea", "to": "NATO", "connected": False, "hops": []}
    md = analyze_report(sample_graph(), path=("DPRK", "NATO"))
    assert md.rstrip().endswith("No connection between North Korea and NATO in this graph.")


def test_unknown_actor_lists_closest_names() -> None:
    with pytest.raises(ActorNotFound, match=r"no actor named 'Nordkorae'.*closest: Nordkorea"):
        analyze_report(sample_graph(), path=("Nordkorae", "Russia"))
    with pytest.raises(ActorNotFound, match=r"^no actor named 'zzz' in the graph$"):
        analyze_report(sample_graph(), path=("Russia", "zzz"))


@pytest.mark.parametrize(("name", "label"), [
    ("Vereinigte Staaten", "United States"),  # German name the graph never saw
    ("Kreml", "Russia"),                      # a seat of government stands for its state
    ("Kiew", "Ukraine"),                      # a capital stands for its state
    ("Paris", None),                          # a capital whose state is not in the graph
])
def test_names_the_graph_lacks_come_from_the_gazetteer(name: str, label: str | None) -> None:
    G = actor_view(sample_graph())
    if label is None:
        with pytest.raises(ActorNotFound):
            find_actor(G, name)
    else:
        assert G.nodes[find_actor(G, name)]["label"] == label


def test_places_are_not_actors() -> None:
    with pytest.raises(ActorNotFound):
        find_actor(actor_view(sample_graph()), "Kursk")


def test_markdown_escapes_article_text() -> None:
    md = analyze_report(sample_graph(de_title="<img src=x onerror=alert(1)> | x"))
    assert re.search(r"(?<!\\)[<>]", md) is None
    assert "\\<img src=x onerror=alert(1)\\> \\| x" in md


def test_top_limits_lists_and_says_how_many_more() -> None:
    data = report_json(top=2)
    assert len(data["top_actors"]["pagerank"]) == 2
    assert len(data["communities"]["groups"]) == 2
    md = analyze_report(sample_graph(), top=1)
    assert "… and 1 more." in md


def test_bad_format_and_empty_graph_are_errors() -> None:
    with pytest.raises(OutputError, match="unknown report format 'xml'"):
        analyze_report(sample_graph(), fmt="xml")
    with pytest.raises(GraphError, match="holds no kg data"):
        analyze_report(Graph())


def test_pagerank_matches_networkx_reference() -> None:
    G = nx.gnm_random_graph(60, 150, seed=3, directed=True)
    for u, v in G.edges():
        G.edges[u, v]["weight"] = 1 + (u + v) % 3
    mine, ref = pagerank(G), _pagerank_python(G, weight="weight")
    assert max(abs(mine[n] - ref[n]) for n in G) < 1e-4


def test_pagerank_counts_symmetric_edges_both_ways() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="alliedWith", symmetric=True)
    G.add_edge("c", "b", key="supports")
    r = pagerank(G)
    assert r["a"] > r["c"]


def test_big_graphs_sample_betweenness_with_a_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    G = nx.gnm_random_graph(300, 900, seed=1)
    monkeypatch.setattr(centrality_module, "NX_EXACT_BUDGET", 0)
    monkeypatch.setattr(centrality_module, "SAMPLE_BUDGET", 30 * 1200)
    monkeypatch.setattr(centrality_module, "has_igraph", lambda: False)
    assert betweenness_method(G) == "sampled k=30"
    first = betweenness(G, seed=7)
    assert first == betweenness(G, seed=7) and len(first) == 300
    exact = nx.betweenness_centrality(G)
    best = max(exact, key=lambda n: exact[n])
    assert first[best] > sorted(first.values())[150]


def test_igraph_betweenness_agrees_with_networkx(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("igraph")
    G = nx.gnm_random_graph(80, 200, seed=2)
    monkeypatch.setattr(centrality_module, "NX_EXACT_BUDGET", 0)
    assert betweenness_method(G) == "igraph"
    fast, exact = betweenness(G), nx.betweenness_centrality(G)
    assert max(abs(fast[n] - exact[n]) for n in G) < 1e-9


def test_igraph_louvain_is_seeded(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("igraph")
    communities_module = importlib.import_module("kg.analyze.communities")
    monkeypatch.setattr(communities_module, "IGRAPH_ABOVE", 0)
    G = nx.connected_caveman_graph(6, 5)
    parts = communities(G, seed=1)
    assert parts == communities(G, seed=1)
    assert sorted(len(p) for p in parts) == [5] * 6


def test_actor_path_between_direct_neighbours() -> None:
    G = actor_view(sample_graph())
    (hop,) = actor_path(G, str(NK), str(RU)) or []
    assert hop["relation"] == "alliedWith"  # two documents beat the treaty's one


def test_hop_evidence_prefers_the_sentence_naming_both_actors() -> None:
    G = nx.MultiDiGraph()
    G.add_node("k", label="Kim Jong Un", aliases=["Kim"])
    G.add_node("p", label="Wladimir Putin", aliases=["Putin"])
    G.add_edge("k", "p", key="alliedWith", symmetric=True, evidence=[
        ("A pact was signed.", "a"), ("Kim praised the pact.", "b"), ("Kim met Putin.", "c")])
    (hop,) = actor_path(G, "kim", "putin") or []
    assert (hop["evidence"], hop["document"]) == ("Kim met Putin.", "c")
