"""Who matters in a view: PageRank, degree and betweenness, sized to the graph.

NetworkX is the API (graphs in, ``{node: score}`` dicts out). Underneath, betweenness is
exact on small graphs, computed by igraph (the optional ``fast`` extra) on mid-sized ones
and sampled with a fixed seed on big ones, so a report on 10,000 actors stays in seconds.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import networkx as nx
import numpy as np

# Work units are node visits times source nodes, n * (n + m), measured on sparse graphs:
# NetworkX does about 1e6 per second, igraph about 5e7 per second.
NX_EXACT_BUDGET = 2_000_000
IGRAPH_EXACT_BUDGET = 200_000_000
SAMPLE_BUDGET = 2_000_000
MIN_SAMPLES = 20


def has_igraph() -> bool:
    """True if python-igraph is importable (pip install 'kg[fast]')."""
    return importlib.util.find_spec("igraph") is not None


def pagerank(G: nx.Graph, *, weight: str = "weight", alpha: float = 0.85) -> dict[Any, float]:
    """PageRank of every node; symmetric edges count in both directions.

    Parallel edges add their weights. Uses ``nx.pagerank`` when SciPy is installed and an
    equivalent NumPy power iteration otherwise.

    Example:
        >>> G = nx.MultiDiGraph([("a", "c"), ("b", "c")])
        >>> r = pagerank(G)
        >>> max(r, key=r.get)
        'c'
    """
    D = _weighted_digraph(G, weight)
    if D.number_of_nodes() == 0:
        return {}
    if importlib.util.find_spec("scipy") is not None:
        result: dict[Any, float] = nx.pagerank(D, alpha=alpha, weight="weight")
        return result
    return _pagerank_numpy(D, alpha)


def degree(G: nx.Graph) -> dict[Any, int]:
    """Number of distinct neighbours of each node, whatever the direction or relation.

    Example:
        >>> G = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "c")])
        >>> degree(G)
        {'a': 2, 'b': 1, 'c': 1}
    """
    U = nx.Graph(G)
    U.remove_edges_from(nx.selfloop_edges(U))
    return {n: U.degree(n) for n in G}


def betweenness_method(G: nx.Graph) -> str:
    """How ``betweenness`` will compute on this graph: 'exact', 'igraph' or 'sampled k=N'.

    Example:
        >>> betweenness_method(nx.path_graph(5))
        'exact'
    """
    n, m = G.number_of_nodes(), G.number_of_edges()
    work = n * (n + m)
    if work <= NX_EXACT_BUDGET:
        return "exact"
    if work <= IGRAPH_EXACT_BUDGET and has_igraph():
        return "igraph"
    k = min(n, max(MIN_SAMPLES, SAMPLE_BUDGET // max(1, n + m)))
    return "exact" if k >= n else f"sampled k={k}"


def betweenness(G: nx.Graph, *, seed: int = 42) -> dict[Any, float]:
    """Normalized betweenness on the undirected simple graph (hops, not weights).

    Exact where affordable, else igraph, else sampled from ``k`` seeded pivots (see
    ``betweenness_method``), so the same graph always gets the same scores.

    Example:
        >>> b = betweenness(nx.path_graph(3))
        >>> b[1]
        1.0
    """
    U = nx.Graph(G)
    U.remove_edges_from(nx.selfloop_edges(U))
    method = betweenness_method(U)
    if method == "igraph":
        return _betweenness_igraph(U)
    k = None if method == "exact" else int(method.split("=")[1])
    result: dict[Any, float] = nx.betweenness_centrality(U, k=k, seed=seed, normalized=True)
    return result


def top(scores: dict[Any, float], n: int, *, labels: dict[Any, str] | None = None) -> list[Any]:
    """The n best nodes by score, ties broken by label then id so the order is stable.

    Example:
        >>> top({"a": 1.0, "b": 3.0, "c": 3.0}, 2)
        ['b', 'c']
    """
    names = labels or {}
    return sorted(scores, key=lambda x: (-scores[x], names.get(x, ""), str(x)))[:n]


def _weighted_digraph(G: nx.Graph, weight: str) -> nx.DiGraph:
    D = nx.DiGraph()
    D.add_nodes_from(G)
    for u, v, data in G.edges(data=True):
        w = float(data.get(weight, 1) or 1)
        pairs = [(u, v), (v, u)] if data.get("symmetric") or not G.is_directed() else [(u, v)]
        for a, b in pairs:
            if a != b:
                D.add_edge(a, b, weight=D.get_edge_data(a, b, {"weight": 0.0})["weight"] + w)
    return D


def _pagerank_numpy(D: nx.DiGraph, alpha: float, tol: float = 1e-6,
                    max_iter: int = 100) -> dict[Any, float]:
    """Power iteration with NetworkX's conventions (uniform teleport and dangling mass)."""
    nodes = list(D)
    index = {n: i for i, n in enumerate(nodes)}
    N = len(nodes)
    src = np.array([index[u] for u, _ in D.edges()], dtype=np.int64)
    dst = np.array([index[v] for _, v in D.edges()], dtype=np.int64)
    w = np.array([d["weight"] for _, _, d in D.edges(data=True)], dtype=float)
    out = np.zeros(N)
    np.add.at(out, src, w)
    share = np.divide(w, out[src], out=np.zeros_like(w), where=out[src] > 0)
    dangling = out == 0
    x = np.full(N, 1.0 / N)
    for _ in range(max_iter):
        last = x
        x = np.zeros(N)
        np.add.at(x, dst, alpha * last[src] * share)
        x += (alpha * last[dangling].sum() + 1.0 - alpha) / N
        if np.abs(x - last).sum() < N * tol:
            break
    return {n: float(x[i]) for i, n in enumerate(nodes)}


def _betweenness_igraph(U: nx.Graph) -> dict[Any, float]:
    import igraph

    nodes = list(U)
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in U.edges()])
    raw = g.betweenness(directed=False)
    n = len(nodes)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return {node: float(raw[i]) * scale for i, node in enumerate(nodes)}
