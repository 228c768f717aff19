"""Benchmark: ``analyze_report`` on a generated 100,000-triple kg graph must take under 30 s.

Run: ``python benchmarks/bench_analyze.py [TRIPLES ...]``. Prints the time to build the
views and the full report (with a path), with igraph and with NetworkX alone.
"""

from __future__ import annotations

import importlib
import sys
import time
from unittest import mock

import networkx as nx

from kg.analyze import analyze_report, betweenness_method, build_views, centrality, top
from kg.analyze import pagerank as pagerank_of
from kg.analyze.synthetic import synthetic_graph

LIMIT_SECONDS = 30.0


def run(triples: int, *, igraph: bool) -> float:
    """Seconds for one report on a fresh synthetic graph of ``triples`` triples."""
    graph = synthetic_graph(triples, seed=0)
    communities = importlib.import_module("kg.analyze.communities")
    with mock.patch.object(centrality, "has_igraph", lambda: igraph), \
            mock.patch.object(communities, "has_igraph", lambda: igraph):
        start = time.perf_counter()
        views = build_views(graph)
        built = time.perf_counter() - start
        hubs = top(pagerank_of(views.actors), 2)
        start = time.perf_counter()
        analyze_report(graph, path=(hubs[0], hubs[-1]))
        seconds = time.perf_counter() - start
        method = betweenness_method(nx.Graph(views.actors))
    actors = views.actors
    print(f"{len(graph):>9,} triples {actors.number_of_nodes():>6,} actors "
          f"{actors.number_of_edges():>7,} actor edges  igraph {'yes' if igraph else 'no ':3}  "
          f"views {built:6.2f} s  report {seconds:6.2f} s  betweenness: {method}")
    return seconds


def main(argv: list[str]) -> int:
    """Run the sizes given (default 100,000 triples); exit 1 if a report exceeds the limit."""
    sizes = [int(a.replace(",", "").replace("_", "")) for a in argv] or [100_000]
    worst = 0.0
    for triples in sizes:
        for igraph in ((True, False) if centrality.has_igraph() else (False,)):
            worst = max(worst, run(triples, igraph=igraph))
    ok = worst < LIMIT_SECONDS
    print(f"slowest report {worst:.2f} s: {'OK' if ok else 'FAIL'} (limit {LIMIT_SECONDS:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
