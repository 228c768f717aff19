"""Node positions computed in Python for graphs too big for in-browser physics.

igraph's grid Fruchterman-Reingold (the optional ``fast`` extra) lays out 5,000 nodes in
about 0.8 s; without igraph a NetworkX spring layout of the best-connected nodes is
extended outward, each further node beside its placed neighbours (NetworkX's own
forceatlas2 took 134 s for 50 iterations on 5,000 nodes here).
"""

from __future__ import annotations

import math
import random
from collections import deque
from typing import Any

import networkx as nx

from kg.analyze.centrality import has_igraph

SKELETON = 400  # NetworkX's spring layout stays dense-NumPy (no SciPy) below 500 nodes
SPACING = 45.0  # roughly the pixels each node gets in the explorer


def layout(G: nx.Graph, *, seed: int = 42) -> dict[Any, tuple[float, float]]:
    """Deterministic (x, y) per node, in explorer pixels, centred on (0, 0).

    Each connected component is laid out on its own in a square whose side grows with the
    square root of its size, and the squares are packed in rows, largest first: laid out
    together, isolated nodes drift far out and shrink the main component to a dot.

    Example:
        >>> pos = layout(nx.path_graph(4))
        >>> sorted(pos) == [0, 1, 2, 3] and pos == layout(nx.path_graph(4))
        True
    """
    U = nx.Graph(G)
    U.remove_edges_from(nx.selfloop_edges(U))
    if U.number_of_nodes() == 0:
        return {}
    components = sorted((sorted(c, key=str) for c in nx.connected_components(U)),
                        key=lambda c: (-len(c), str(c[0])))
    placed = [(_component_layout(U.subgraph(c), seed), side(len(c))) for c in components]
    width = max(placed[0][1], math.sqrt(sum((s + SPACING) ** 2 for _, s in placed)))
    pos: dict[Any, tuple[float, float]] = {}
    x = y = row = 0.0
    for local, s in placed:
        if x > 0 and x + s > width:
            x, y, row = 0.0, y + row + SPACING, 0.0
        for n, (px, py) in local.items():
            pos[n] = (x + px, y + py)
        x += s + SPACING
        row = max(row, s)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (round(px - cx, 1), round(py - cy, 1)) for n, (px, py) in pos.items()}


def side(size: int) -> float:
    """The side of the square a component of ``size`` nodes is laid out in (0 for one)."""
    return SPACING * math.sqrt(size) * 1.5 if size > 1 else 0.0


def _component_layout(C: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """Positions inside [0, side] x [0, side] for one connected component."""
    nodes = list(C)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (side(2), 0.0)}
    raw = _igraph_layout(C, seed) if has_igraph() else _skeleton_layout(C, seed)
    return _fit(raw, side(len(nodes)))


def _fit(pos: dict[Any, tuple[float, float]], size: float) -> dict[Any, tuple[float, float]]:
    """Scale positions (keeping the aspect ratio) into [0, size] on both axes."""
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    k = size / span
    return {n: ((x - min(xs)) * k, (y - min(ys)) * k) for n, (x, y) in pos.items()}


def _igraph_layout(U: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    import igraph

    nodes = list(U)
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in U.edges()])
    # A seeded generator makes the random start (and so the layout) repeatable; passing a
    # start matrix instead made igraph's grid variant 50 times slower.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold()
    finally:
        igraph.set_random_number_generator(random)
    return {n: (float(coords[i][0]), float(coords[i][1])) for i, n in enumerate(nodes)}


def _skeleton_layout(U: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    rng = random.Random(seed)
    ranked = sorted(U, key=lambda n: (-U.degree(n), str(n)))
    core = U.subgraph(ranked[:SKELETON])
    pos: dict[Any, tuple[float, float]] = {
        n: (float(p[0]), float(p[1]))
        for n, p in nx.spring_layout(core, seed=seed, iterations=60).items()
    }
    step = 2.0 / math.sqrt(max(1, len(core)))
    queue = deque(n for n in ranked[:SKELETON])
    while len(pos) < U.number_of_nodes():
        if not queue:  # a component without a skeleton node: start it on an outer ring
            n = next(m for m in ranked if m not in pos)
            angle = rng.uniform(0, 2 * math.pi)
            pos[n] = (1.3 * math.cos(angle), 1.3 * math.sin(angle))
            queue.append(n)
        n = queue.popleft()
        for m in sorted(U[n], key=str):
            if m in pos:
                continue
            placed = [pos[x] for x in U[m] if x in pos]
            cx = sum(p[0] for p in placed) / len(placed)
            cy = sum(p[1] for p in placed) / len(placed)
            angle = rng.uniform(0, 2 * math.pi)
            r = step * rng.uniform(0.5, 1.5)
            pos[m] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
            queue.append(m)
    return pos
