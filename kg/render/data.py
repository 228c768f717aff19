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
from kg.analyze.facts import humanize
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
NODE_EVIDENCE_CAP = 12  # evidence sentences listed for one entity (from its edges)
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


def relation_label(relation: str) -> str:
    """Edge text: 'alliedWith' -> 'allied with', 'treaty:Trade' -> 'trade treaty'."""
    if relation.startswith("treaty:"):
        return humanize(relation.split(":", 1)[1]) + " treaty"
    return humanize(relation)


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
    """
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    docs: dict[str, dict[str, str]] = G.graph.get("documents", {})
    ranks = pagerank(G)
    top_rank = max(ranks.values(), default=0.0)
    big = len(nodes) > PHYSICS_LIMIT
    positions = layout(G) if len(nodes) > PRESET_ABOVE else {}

    net = Network(directed=True)
    net.node_ids = _Ids()
    for i, n in enumerate(nodes):
        d = G.nodes[n]
        colour, shape = kind_style(d["kind"])
        extra = {"x": positions[n][0], "y": positions[n][1]} if n in positions else {}
        net.add_node(i, label=d["label"] or " ", shape=shape, group=d["kind"],
                     size=node_size(ranks.get(n, 0.0), top_rank), **extra)

    pairs: Counter[frozenset[int]] = Counter()
    edge_details = []
    node_evidence: dict[int, set[tuple[str, str]]] = {i: set() for i in range(len(nodes))}
    for j, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        relation = d.get("relation", key)
        pair = frozenset((index[u], index[v]))
        pairs[pair] += 1
        options: dict[str, Any] = {
            "id": j,
            "label": relation_label(relation),
            "arrows": "" if d.get("symmetric") else "to",
            "dashes": d.get("modality") in DASHED_MODALITIES,
            "color": edge_colour(relation),
            "width": round(1 + math.log2(max(1, d.get("weight", 1))), 2),
        }
        if pairs[pair] > 1:  # parallel edges bend apart instead of hiding each other
            options["smooth"] = {"enabled": True, "type": "curvedCW",
                                 "roundness": round(0.25 * (pairs[pair] - 1), 2)}
        net.add_edge(index[u], index[v], **options)
        evidence = [list(e) for e in d.get("evidence", [])]
        edge_details.append({
            "relation": relation_label(relation),
            "modality": d.get("modality", "Asserted"),
            "weight": d.get("weight", 1),
            "documents": _doc_names(docs, d.get("documents", [])),
            "evidence": evidence,
        })
        for i in (index[u], index[v]):
            if G.nodes[nodes[i]]["kind"] not in ("Treaty", "Deployment"):
                node_evidence[i].update(d.get("evidence", []))

    node_details = [_node_details(G, n, docs, node_evidence[i]) for i, n in enumerate(nodes)]
    counts = Counter(G.nodes[n]["kind"] for n in nodes)
    kinds = [k for k in KIND_STYLES if counts[k]]
    kinds += sorted(k for k in counts if k not in KIND_STYLES)
    return {
        "empty": False,
        "nodes": net.nodes,
        "edges": net.edges,
        "details": {"nodes": node_details, "edges": edge_details},
        "legend": [{"kind": k, "colour": kind_style(k)[0], "shape": kind_style(k)[1],
                    "count": counts[k]} for k in kinds],
        "groups": {k: _group(k) for k in kinds},
        "physics": not big,
        "stabilization": 120 if positions else 400,
        "counts": {"nodes": len(nodes), "edges": G.number_of_edges(), "documents": len(docs)},
    }


def _group(kind: str) -> dict[str, Any]:
    """vis-network group options: one colour whether idle, hovered or selected."""
    colour, shape = kind_style(kind)
    return {"shape": shape, "color": {
        "background": colour, "border": "#1a202c",
        "highlight": {"background": colour, "border": "#000000"},
        "hover": {"background": colour, "border": "#000000"},
    }}


def _doc_names(docs: dict[str, dict[str, str]], iris: list[str]) -> list[str]:
    return [docs.get(d, {}).get("name", d) for d in iris]


def _node_details(G: nx.MultiDiGraph, n: str, docs: dict[str, dict[str, str]],
                  edge_evidence: set[tuple[str, str]]) -> dict[str, Any]:
    d = G.nodes[n]
    qid = d.get("wikidata")
    own = d.get("evidence")
    evidence = sorted(own if own is not None else edge_evidence)
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
        "documents": _doc_names(docs, list(d.get("documents") or [])),
        "facts": [f for f in facts if f[1]],
        "evidence": [list(e) for e in evidence[:NODE_EVIDENCE_CAP]],
        "more_evidence": max(0, len(evidence) - NODE_EVIDENCE_CAP),
    }


def _refs(d: dict[str, Any]) -> list[str]:
    """Node ids a treaty or deployment node refers to."""
    refs = [*(d.get("parties") or []), *(d.get("signed_by") or []),
            *(d.get("ratified_by") or []), *(d.get("locations") or [])]
    return refs + [x for x in (d.get("actor"), d.get("in_support_of")) if x]
