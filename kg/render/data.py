"""The explorer's payload: vis-network nodes and edges (built with PyVis) plus their details.

Node and edge ids are list positions; ``details`` holds, at the same positions, everything
the side panel shows (class, Wikidata id, aliases, documents, evidence sentences), so the
vis DataSets stay small.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.analyze.centrality import pagerank
from kg.analyze.facts import humanize, relation_label
from kg.render.layout import layout
from kg.render.style import (
    DASHED_MODALITIES,
    KIND_STYLES,
    edge_colour,
    kind_style,
    node_size,
)

PHYSICS_LIMIT = 2_000  # above this many nodes the layout is computed in Python, physics off
PRESET_ABOVE = 300  # above this many nodes physics only polishes a Python layout
_QID = re.compile(r"Q[1-9][0-9]*")


class _Ids(list):  # type: ignore[type-arg]
    """PyVis keeps node ids in a list and tests membership per node and edge (quadratic);
    this list answers ``in`` from a set so 5,000-node graphs build in well under a second."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._seen.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


def network_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Vis nodes/edges, per-item details, legend and physics settings for a full view.

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("a", label="Nordkorea", kind="State", wikidata="Q423", aliases=[],
        ...            documents=[])
        >>> G.add_node("b", label="Russland", kind="State", wikidata=None, aliases=[],
        ...            documents=[])
        >>> _ = G.add_edge("a", "b", key="alliedWith", relation="alliedWith", modality="Reported",
        ...                weight=1, evidence=[], documents=[], symmetric=True)
        >>> d = network_data(G)
        >>> d["edges"][0]["label"], d["edges"][0]["dashes"], d["edges"][0]["arrows"]
        ('allied with', True, '')

    Edge options the page sets globally are left out per edge: arrows point "to" unless
    ``arrows`` is "", edges are solid unless ``dashes``, one pixel wide unless ``width``.
    """
    nodes = list(G)
    docs: dict[str, dict[str, str]] = G.graph.get("documents", {})
    positions = layout(G) if len(nodes) > PRESET_ABOVE else {}
    net = Network(directed=True)
    net.node_ids = _Ids()
    _add_nodes(net, G, nodes, positions)
    edge_details = _add_edges(net, G, {n: i for i, n in enumerate(nodes)})
    doc_names = [docs[d]["name"] for d in sorted(docs)]
    doc_index = {d: i for i, d in enumerate(sorted(docs))}
    node_details = [_node_details(G, n, doc_index) for n in nodes]
    counts = Counter(G.nodes[n]["kind"] for n in nodes)
    kinds = [k for k in KIND_STYLES if counts[k]]
    kinds += sorted(k for k in counts if k not in KIND_STYLES)
    return {
        "empty": False,
        "nodes": net.nodes,
        "edges": net.edges,
        "documents": doc_names,
        "details": {"nodes": node_details, "edges": edge_details},
        "legend": [{"kind": k, "colour": kind_style(k)[0], "shape": kind_style(k)[1],
                    "count": counts[k]} for k in kinds],
        "groups": {k: _group(k) for k in kinds},
        "physics": None if len(nodes) > PHYSICS_LIMIT else physics_options(preset=bool(positions)),
        "counts": {"nodes": len(nodes), "edges": G.number_of_edges(), "documents": len(docs)},
    }


def _add_nodes(net: Network, G: nx.MultiDiGraph, nodes: list[Any],
               positions: dict[Any, tuple[float, float]]) -> None:
    """One vis node per graph node: label, class (group and shape), size from PageRank."""
    ranks = pagerank(G)
    top_rank = max(ranks.values(), default=0.0)
    for i, n in enumerate(nodes):
        d = G.nodes[n]
        extra = {"x": positions[n][0], "y": positions[n][1]} if n in positions else {}
        net.add_node(i, label=d["label"] or " ", shape=kind_style(d["kind"])[1],
                     group=d["kind"], size=node_size(ranks.get(n, 0.0), top_rank), **extra)


def _add_edges(net: Network, G: nx.MultiDiGraph, index: dict[Any, int]) -> list[dict[str, Any]]:
    """One vis edge per graph edge (only what differs from the page's defaults); returns the
    details the side panel shows for each."""
    pairs: Counter[frozenset[int]] = Counter()
    details = []
    for j, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        relation = d.get("relation", key)
        pair = frozenset((index[u], index[v]))
        pairs[pair] += 1
        options: dict[str, Any] = {"id": j, "label": relation_label(relation),
                                   "color": edge_colour(relation)}
        if d.get("symmetric"):
            options["arrows"] = ""
        if d.get("modality") in DASHED_MODALITIES:
            options["dashes"] = True
        if d.get("weight", 1) > 1:
            options["width"] = round(1 + math.log2(d["weight"]), 2)
        if pairs[pair] > 1:  # parallel edges bend apart instead of hiding each other
            options["smooth"] = {"enabled": True, "type": "curvedCW",
                                 "roundness": round(0.25 * (pairs[pair] - 1), 2)}
        net.add_edge(index[u], index[v], **options)
        details.append({
            "relation": relation_label(relation),
            "modality": d.get("modality", "Asserted"),
            "weight": d.get("weight", 1),
            "evidence": [list(e) for e in d.get("evidence", [])],
        })
    for e in net.edges:  # PyVis sets arrows "to" on every directed edge: the page default
        if e.get("arrows") == "to":
            del e["arrows"]
    return details


def physics_options(*, preset: bool) -> dict[str, Any]:
    """vis-network physics: ForceAtlas2 from scratch for small graphs, a short, coarser
    (theta 0.9) polish of the Python layout for mid-sized ones. The page runs the
    stabilization iterations and then turns physics off."""
    return {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -120, "centralGravity": 0.02,
                             "springLength": 120, "springConstant": 0.06, "damping": 0.5,
                             "avoidOverlap": 0.2 if preset else 0.6,
                             "theta": 0.9 if preset else 0.5},
        "stabilization": {"enabled": True, "iterations": 60 if preset else 400,
                          "updateInterval": 50, "fit": True},
    }


def _group(kind: str) -> dict[str, Any]:
    """vis-network group options: one colour whether idle, hovered or selected."""
    colour, shape = kind_style(kind)
    return {"shape": shape, "color": {
        "background": colour, "border": "#1a202c",
        "highlight": {"background": colour, "border": "#000000"},
        "hover": {"background": colour, "border": "#000000"},
    }}


def _node_details(G: nx.MultiDiGraph, n: str, doc_index: dict[str, int]) -> dict[str, Any]:
    """What the side panel shows for a node; documents are indices into ``documents``.

    Treaties and deployments carry their own evidence; for an entity the page gathers the
    evidence of its edges when it is shown, so no sentence is stored twice.
    """
    d = G.nodes[n]
    qid = d.get("wikidata")
    facts: list[list[str]] = []
    labels = {m: G.nodes[m]["label"] for m in _refs(d) if m in G}

    def names(key: str) -> str:
        return ", ".join(labels.get(m, m) for m in d.get(key) or [])

    if d["kind"] == "Treaty":
        facts = [["type", humanize(d["treaty_type"])], ["parties", names("parties")],
                 ["signed by", names("signed_by")], ["ratified by", names("ratified_by")],
                 ["modality", d["modality"].lower()]]
    elif d["kind"] == "Deployment":
        count = f"{d['count']:,}" if d["count"] is not None else "not given"
        facts = [["actor", labels.get(d["actor"], "?")], ["location", names("locations")],
                 ["count", count], ["qualifier", humanize(d["qualifier"] or "") or "—"],
                 ["in support of", labels.get(d["in_support_of"], "—")],
                 ["forces", d["force"] or "—"], ["modality", d["modality"].lower()]]
    return {
        "iri": str(n),
        "label": d["label"],
        "kind": d["kind"],
        "wikidata": qid if isinstance(qid, str) and _QID.fullmatch(qid) else None,
        "aliases": list(d.get("aliases") or []),
        "documents": sorted(doc_index[x] for x in d.get("documents") or [] if x in doc_index),
        "facts": [f for f in facts if f[1]],
        "evidence": [list(e) for e in d.get("evidence") or []],
    }


def _refs(d: dict[str, Any]) -> list[str]:
    """Node ids a treaty or deployment node refers to."""
    refs = [*(d.get("parties") or []), *(d.get("signed_by") or []),
            *(d.get("ratified_by") or []), *(d.get("locations") or [])]
    return refs + [x for x in (d.get("actor"), d.get("in_support_of")) if x]
