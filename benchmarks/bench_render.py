"""Benchmark: the explorer against a plain PyVis page of the same graph, in headless Chromium.

Run: ``python benchmarks/bench_render.py [NODES ...]`` (default 1000 5000). For each size
it writes a synthetic kg graph to Turtle, then times ``kg render`` (load + render_html),
and the time from navigation until the page is ready (drawn, and physics settled or off)
for our explorer and for ``pyvis.network.Network.write_html`` with inline resources,
both offline in the same browser run. The 5,000-node explorer must be ready in under 5 s
and in at most half the plain page's time. Needs Chromium.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from pyvis.network import Network
from rdflib import Graph

from kg.analyze import full_view
from kg.analyze.synthetic import synthetic_graph
from kg.rdf.io import load_graph, write_graph
from kg.render import render_html
from kg.render.chromium import BrowserError, Chromium, find_chromium

PLAIN_TIMEOUT = 120.0
EXPLORER_TIMEOUT = 60.0
TARGET_NODES = 5_000
TARGET_SECONDS = 5.0
# Records when the plain page's physics has settled (its script keeps `network` global).
PLAIN_PROBE = """
setInterval(function () {
  if (!window.__readyAt && window.network && window.network.physics &&
      window.network.physics.stabilized === true) { window.__readyAt = performance.now(); }
}, 20);
"""


def graph_with_nodes(nodes: int) -> Graph:
    """A synthetic kg graph whose full view has exactly ``nodes`` nodes."""
    triples = nodes * 40
    entities = nodes - triples // 4000 - triples // 2000
    return synthetic_graph(triples, seed=0, entities=entities)


def plain_pyvis(view: nx.MultiDiGraph, path: Path) -> float:
    """Write the same view as a default PyVis page; returns the seconds it took."""
    start = time.perf_counter()
    net = Network(directed=True, cdn_resources="in_line")
    index = {n: i for i, n in enumerate(view)}
    for n, i in index.items():
        net.add_node(i, label=view.nodes[n]["label"], group=view.nodes[n]["kind"])
    for u, v, key in view.edges(keys=True):
        net.add_edge(index[u], index[v], label=key)
    net.write_html(str(path), notebook=False)
    return time.perf_counter() - start


def time_until_ready(path: Path, probe: str | None, expression: str, timeout: float) -> str:
    """Seconds from navigation to ready, read from the page's own clock, in a fresh browser."""
    with Chromium(timeout=timeout + 30) as browser:
        if probe:
            browser.add_script_on_load(probe)
        browser.open(path)
        try:
            browser.wait_for(f"({expression}) != null", timeout=timeout, interval=0.1)
        except BrowserError:
            return f">{timeout:.0f}"
        return f"{browser.evaluate(expression) / 1000:.2f}"


def bench(nodes: int, workdir: Path) -> tuple[str, str]:
    """One size: print a line, return (explorer ready, plain ready) as text seconds."""
    graph = graph_with_nodes(nodes)
    ttl = workdir / f"graph-{nodes}.ttl"
    write_graph(graph, ttl)
    start = time.perf_counter()
    loaded = load_graph([ttl])
    loaded_at = time.perf_counter()
    page = render_html(loaded, workdir / f"explorer-{nodes}.html")
    rendered_at = time.perf_counter()
    view = full_view(loaded)
    plain = workdir / f"plain-{nodes}.html"
    plain_seconds = plain_pyvis(view, plain)
    ours = time_until_ready(page, None, "window.kgExplorer && kgExplorer.readyAt",
                            EXPLORER_TIMEOUT)
    theirs = time_until_ready(plain, PLAIN_PROBE, "window.__readyAt", PLAIN_TIMEOUT)
    print(f"{view.number_of_nodes():>6,} nodes {view.number_of_edges():>6,} edges | kg render "
          f"{rendered_at - start:5.2f} s (load {loaded_at - start:4.2f} s, "
          f"{page.stat().st_size / 1e6:4.1f} MB) ready {ours:>6} s | plain PyVis write "
          f"{plain_seconds:5.2f} s ready {theirs:>6} s", flush=True)
    return ours, theirs


def main(argv: list[str]) -> int:
    """Run the sizes given; exit 1 if the 5,000-node explorer misses its targets."""
    if find_chromium() is None:
        print("chromium not found: install it (apt-get install chromium)")
        return 2
    sizes = [int(a) for a in argv] or [1_000, TARGET_NODES]
    ok = True
    with tempfile.TemporaryDirectory(prefix="kg-bench-render-") as tmp:
        for nodes in sizes:
            ours, theirs = bench(nodes, Path(tmp))
            if nodes == TARGET_NODES:
                ours_s = float(ours.lstrip(">"))
                theirs_s = float(theirs.lstrip(">"))
                ok = not ours.startswith(">") and ours_s < TARGET_SECONDS \
                    and ours_s <= theirs_s / 2
                print(f"5,000-node explorer ready in {ours} s (target < {TARGET_SECONDS:.0f} s "
                      f"and <= half of plain PyVis {theirs} s): {'OK' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
