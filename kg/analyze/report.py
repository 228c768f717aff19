"""The analytics report: counts, key actors, communities, treaties, deployments, corroboration.

``analyze_report`` gathers the figures into one plain dict (``report_data``) and prints it
as Markdown or JSON. Centrality, communities and paths use asserted and reported claims
only; hypothetical ones are drawn by the explorer but do not connect actors here.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.analyze.centrality import betweenness, betweenness_method, degree, pagerank, top
from kg.analyze.communities import communities
from kg.analyze.facts import humanize, relation_label
from kg.analyze.paths import actor_path, find_actor
from kg.analyze.views import Views, build_views, factual
from kg.errors import OutputError

SEED = 42
FORMATS = ("md", "json")
COUNTED_KINDS = ("Person", "State", "Organization", "Place", "Actor", "Treaty", "Deployment")
# Full-view edges that link a treaty or deployment node rather than state a relation.
_LINK_RELATIONS = frozenset(
    {"party", "signedBy", "ratifiedBy", "deployingActor", "location", "inSupportOf"}
)


def analyze_report(
    graph: Graph, *, fmt: str = "md", top: int = 10, path: tuple[str, str] | None = None
) -> str:
    """A Markdown (``fmt="md"``) or JSON (``fmt="json"``) report on a kg graph.

    With ``path=(A, B)`` it also shows how two actors connect, hop by hop with evidence.
    Actor names may be any label or alias in any case, or a Wikidata id. An unknown name
    raises ``ActorNotFound``; two actors that do not connect are not an error: the report
    says there is no connection (JSON: ``"connected": false``). A graph without kg data
    raises ``GraphError``.

    Example:
        >>> from rdflib import Graph
        >>> g = Graph().parse(format="turtle", data='''
        ... @prefix kg: <https://w3id.org/newskg/ontology#> .
        ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ... <urn:a> a kg:State ; rdfs:label "Nordkorea"@de .
        ... <urn:b> a kg:State ; rdfs:label "Russland"@de .
        ... <urn:a> kg:alliedWith <urn:b> .''')
        >>> print(analyze_report(g, path=("nordkorea", "RUSSLAND")).splitlines()[-1])
        1. Nordkorea — allied with — Russland (asserted)
    """
    if fmt not in FORMATS:
        raise OutputError(f"unknown report format '{fmt}' (use one of: {', '.join(FORMATS)})")
    data = report_data(build_views(graph), top=top, path=path)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return to_markdown(data)


def report_data(views: Views, *, top: int = 10, path: tuple[str, str] | None = None
                ) -> dict[str, Any]:
    """Every figure of the report as plain JSON-ready data."""
    full, actors = views.full, factual(views.actors)
    docs = full.graph.get("documents", {})
    data: dict[str, Any] = {
        "counts": _counts(full),
        "top_actors": _top_actors(actors, top),
        "communities": _communities(actors, top),
        "treaties": _treaties(full, docs, top),
        "deployments": _deployments(full, docs, top),
        "corroboration": _corroboration(full, docs, top),
    }
    if path is not None:
        data["path"] = _path(actors, *path)
    return data


def _doc_names(docs: dict[str, dict[str, str]], iris: list[str]) -> list[str]:
    return [docs.get(d, {}).get("name", d) for d in iris]


def _labels(G: nx.MultiDiGraph, nodes: list[str]) -> list[str]:
    return [G.nodes[n]["label"] for n in nodes if n in G]


def _counts(full: nx.MultiDiGraph) -> dict[str, int]:
    counts = dict.fromkeys(COUNTED_KINDS, 0)
    for _, kind in full.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    if not counts["Actor"]:
        del counts["Actor"]
    counts["Document"] = len(full.graph.get("documents", {}))
    counts["Assertion"] = full.graph.get("assertions", 0)
    return counts


def _ranked(G: nx.MultiDiGraph, scores: dict[Any, float], n: int) -> list[dict[str, Any]]:
    labels = {node: G.nodes[node]["label"] for node in G}
    return [
        {"id": node, "label": labels[node], "kind": G.nodes[node]["kind"],
         "score": round(float(scores[node]), 6)}
        for node in top(scores, n, labels=labels)
    ]


def _top_actors(actors: nx.MultiDiGraph, n: int) -> dict[str, Any]:
    degrees = {k: float(v) for k, v in degree(actors).items()}
    return {
        "pagerank": _ranked(actors, pagerank(actors), n),
        "degree": _ranked(actors, degrees, n),
        "betweenness": _ranked(actors, betweenness(actors, seed=SEED), n),
        "betweenness_method": betweenness_method(nx.Graph(actors)),
    }


def _communities(actors: nx.MultiDiGraph, n: int) -> dict[str, Any]:
    parts = communities(actors, seed=SEED)
    ranks = pagerank(actors)
    groups = [p for p in parts if len(p) > 1]
    listed = []
    for p in groups[:n]:
        labels = {m: actors.nodes[m]["label"] for m in p}
        ordered = top({m: ranks[m] for m in p}, len(p), labels=labels)
        listed.append({"size": len(p), "members": [labels[m] for m in ordered]})
    return {"method": f"louvain seed={SEED}", "count": len(groups),
            "isolated": len(parts) - len(groups), "groups": listed}


def _treaties(full: nx.MultiDiGraph, docs: dict[str, dict[str, str]], n: int
              ) -> dict[str, Any]:
    nodes = [x for x, kind in full.nodes(data="kind") if kind == "Treaty"]
    nodes.sort(key=lambda x: (-len(full.nodes[x]["documents"]), full.nodes[x]["label"], x))
    items = []
    for x in nodes[:n]:
        d = full.nodes[x]
        items.append({
            "id": x, "label": d["label"], "type": d["treaty_type"],
            "parties": _labels(full, d["parties"]), "signed_by": _labels(full, d["signed_by"]),
            "ratified_by": _labels(full, d["ratified_by"]), "modality": d["modality"],
            "sources": _doc_names(docs, d["documents"]),
        })
    return {"count": len(nodes), "items": items}


def _deployments(full: nx.MultiDiGraph, docs: dict[str, dict[str, str]], n: int
                 ) -> dict[str, Any]:
    nodes = [x for x, kind in full.nodes(data="kind") if kind == "Deployment"]
    nodes.sort(key=lambda x: (full.nodes[x]["count"] is None, -(full.nodes[x]["count"] or 0),
                              full.nodes[x]["label"], x))
    items = []
    for x in nodes[:n]:
        d = full.nodes[x]
        support = d["in_support_of"]
        items.append({
            "id": x, "actor": _labels(full, [d["actor"]])[0] if d["actor"] else None,
            "locations": _labels(full, d["locations"]), "count": d["count"],
            "qualifier": d["qualifier"], "force": d["force"],
            "in_support_of": full.nodes[support]["label"] if support in full else None,
            "modality": d["modality"], "sources": _doc_names(docs, d["documents"]),
        })
    return {"count": len(nodes), "items": items}


def _corroboration(full: nx.MultiDiGraph, docs: dict[str, dict[str, str]], n: int
                   ) -> dict[str, Any]:
    """Facts (relations, treaties, deployments) by how many distinct documents support them."""
    facts: list[tuple[str, list[str]]] = []
    for u, v, data in full.edges(data=True):
        if data["relation"] not in _LINK_RELATIONS:
            sign = " — " if data.get("symmetric") else " → "
            text = (f"{full.nodes[u]['label']}{sign}{relation_label(data['relation'])}{sign}"
                    f"{full.nodes[v]['label']}")
            facts.append((text, data["documents"]))
    for _, d in full.nodes(data=True):
        if d["kind"] in ("Treaty", "Deployment"):
            facts.append((f"{d['kind']}: {d['label']}", d["documents"]))
    multi = sorted((f for f in facts if len(f[1]) >= 2), key=lambda f: (-len(f[1]), f[0]))
    return {
        "multi_document": len(multi),
        "single_document": sum(1 for f in facts if len(f[1]) == 1),
        "no_document": sum(1 for f in facts if not f[1]),
        "items": [{"fact": text, "documents": _doc_names(docs, ds)} for text, ds in multi[:n]],
    }


def _path(actors: nx.MultiDiGraph, source: str, target: str) -> dict[str, Any]:
    a, b = find_actor(actors, source), find_actor(actors, target)
    hops = actor_path(actors, a, b)
    return {"from": actors.nodes[a]["label"], "to": actors.nodes[b]["label"],
            "connected": hops is not None, "hops": hops or []}


def md_escape(text: object) -> str:
    """Text safe in a Markdown table cell: no HTML, no markup, no line breaks."""
    out = " ".join(str(text).split())
    for ch in "\\`*_[]<>|":
        out = out.replace(ch, "\\" + ch)
    return out


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _more(shown: int, total: int) -> list[str]:
    return [f"… and {total - shown} more.", ""] if total > shown else []


def to_markdown(data: dict[str, Any]) -> str:
    """Render ``report_data`` output as a Markdown document."""
    out = ["# kg report", "", "## Counts", ""]
    out += _table(["class", "count"], [[k, v] for k, v in data["counts"].items()])
    out += ["## Top actors", ""]
    ta = data["top_actors"]
    for key, title in (("pagerank", "PageRank"), ("degree", "Degree (distinct neighbours)"),
                       ("betweenness", f"Betweenness ({ta['betweenness_method']})")):
        out += [f"### {title}", ""]
        out += _table(["#", "actor", "class", "score"],
                      [[i, r["label"], r["kind"], f"{r['score']:g}"]
                       for i, r in enumerate(ta[key], 1)])
    com = data["communities"]
    out += [f"## Communities ({com['method']})", "",
            f"{com['count']} communities of two or more actors; {com['isolated']} actors stand "
            "alone.", ""]
    out += [f"{i}. ({g['size']}) " + ", ".join(md_escape(m) for m in g["members"])
            for i, g in enumerate(com["groups"], 1)]
    out += [""] + _more(len(com["groups"]), com["count"])
    tr = data["treaties"]
    out += ["## Treaties", ""]
    out += _table(["treaty", "type", "parties", "signed by", "ratified by", "modality", "sources"],
                  [[t["label"], humanize(t["type"]), ", ".join(t["parties"]),
                    ", ".join(t["signed_by"]), ", ".join(t["ratified_by"]),
                    t["modality"].lower(), "; ".join(t["sources"])] for t in tr["items"]])
    out += _more(len(tr["items"]), tr["count"])
    dep = data["deployments"]
    out += ["## Deployments (largest first)", ""]
    out += _table(["actor", "location", "count", "qualifier", "in support of", "modality",
                   "sources"],
                  [[d["actor"] or "?", ", ".join(d["locations"]),
                    f"{d['count']:,}" if d["count"] is not None else "unknown",
                    humanize(d["qualifier"]) if d["qualifier"] else "",
                    d["in_support_of"] or "", d["modality"].lower(), "; ".join(d["sources"])]
                   for d in dep["items"]])
    out += _more(len(dep["items"]), dep["count"])
    cor = data["corroboration"]
    out += ["## Corroboration", "",
            f"Facts supported by two or more documents: {cor['multi_document']}; by one: "
            f"{cor['single_document']}; by none: {cor['no_document']}.", ""]
    out += _table(["fact", "documents"],
                  [[c["fact"], "; ".join(c["documents"])] for c in cor["items"]])
    if "path" in data:
        out += _path_markdown(data["path"])
    return "\n".join(out).rstrip("\n") + "\n"


def _path_markdown(p: dict[str, Any]) -> list[str]:
    out = [f"## Path: {md_escape(p['from'])} → {md_escape(p['to'])}", ""]
    if not p["connected"]:
        return out + [f"No connection between {md_escape(p['from'])} and "
                      f"{md_escape(p['to'])} in this graph."]
    if not p["hops"]:
        return out + [f"{md_escape(p['from'])} is the actor itself."]
    for i, h in enumerate(p["hops"], 1):
        rel = relation_label(h["relation"])
        arrow = {"both": f" — {rel} — ", "forward": f" — {rel} → ",
                 "backward": f" ← {rel} — "}[h["direction"]]
        out.append(f"{i}. {md_escape(h['from'])}{arrow}{md_escape(h['to'])} "
                   f"({h['modality'].lower()})")
        if h["evidence"]:
            out.append(f"   > {md_escape(h['evidence'])} — {md_escape(h['document'])}")
    return out
