"""How two actors connect: name lookup (labels, aliases, Wikidata ids) and hop-by-hop paths."""

from __future__ import annotations

import difflib
from typing import Any

import networkx as nx

from kg.errors import ActorNotFound, KGError


def normalize(name: str) -> str:
    """Case-folded with whitespace collapsed: the form names are compared in."""
    return " ".join(name.split()).casefold()


def find_actor(G: nx.Graph, name: str) -> Any:
    """The node a name means: a label or alias (any language, any case), a Wikidata id or IRI.

    A label beats an alias; among equals the node with more documents wins. A name the
    graph does not hold is looked up in the gazetteer (German and English names, capitals
    for their states: "Finnland", "Moskau") and matched by Wikidata id. Unknown names raise
    ``ActorNotFound`` listing the closest names in the graph.

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("urn:nk", label="Nordkorea", aliases=["North Korea"], wikidata="Q423")
        >>> find_actor(G, "north  KOREA"), find_actor(G, "q423")
        ('urn:nk', 'urn:nk')
    """
    wanted = normalize(name)
    best: tuple[int, int, str] | None = None
    found: Any = None
    for node, data in G.nodes(data=True):
        rank = _match_rank(node, data, wanted)
        if rank is None:
            continue
        key = (rank, -len(data.get("documents") or ()), str(node))
        if best is None or key < best:
            best, found = key, node
    if best is not None:
        return found
    by_qid = {d.get("wikidata"): n for n, d in sorted(G.nodes(data=True), key=lambda x: str(x[0]))
              if d.get("wikidata")}
    for qid in gazetteer_ids(name):
        if qid in by_qid:
            return by_qid[qid]
    names = sorted({n for _, d in G.nodes(data=True) for n in _names(d)})
    by_norm = {normalize(n): n for n in names}
    close = difflib.get_close_matches(wanted, list(by_norm), n=3, cutoff=0.6)
    hint = f" (closest: {', '.join(by_norm[c] for c in close)})" if close else ""
    raise ActorNotFound(f"no actor named '{name}' in the graph{hint}")


def actor_path(G: nx.Graph, source: str, target: str) -> list[dict[str, Any]] | None:
    """The shortest chain of relations between two actors, or None if they do not connect.

    Names are resolved with ``find_actor``; direction is ignored for finding the chain and
    reported per hop. Each hop names the relation, its modality and one evidence sentence
    with its document (the best-supported edge between the two nodes).

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("k", label="Kim"); G.add_node("n", label="Nordkorea")
        >>> G.add_node("r", label="Russland")
        >>> _ = G.add_edge("k", "n", key="leaderOf", evidence=[("Kim führt Nordkorea.", "doc")])
        >>> _ = G.add_edge("n", "r", key="alliedWith", symmetric=True)
        >>> [(h["from"], h["relation"], h["to"]) for h in actor_path(G, "kim", "russland")]
        [('Kim', 'leaderOf', 'Nordkorea'), ('Nordkorea', 'alliedWith', 'Russland')]
    """
    a, b = find_actor(G, source), find_actor(G, target)
    U = nx.Graph()
    U.add_nodes_from(G)
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    try:
        nodes = nx.shortest_path(U, a, b)
    except nx.NetworkXNoPath:
        return None
    return [_hop(G, u, v) for u, v in zip(nodes, nodes[1:], strict=False)]


def gazetteer_ids(name: str) -> list[str]:
    """Wikidata ids the gazetteer knows for a name, best first (a capital gives its state).

    Example:
        >>> gazetteer_ids("Finnland"), gazetteer_ids("Moskau")[0]
        (['Q33'], 'Q159')
    """
    try:  # plain data (no spaCy); kept optional so analytics work without it
        from kg.extract.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except (ImportError, OSError, KGError):
        return []
    ids: list[str] = []
    for lang in ("de", "en"):
        for surface in gazetteer.lookup(name, lang):
            entry = gazetteer.entries.get(surface.entry)
            if entry is None:
                continue
            stands_for = entry.capital_of if surface.form in ("capital", "seat") else None
            for key in (stands_for, entry.id):
                target = gazetteer.entries.get(key) if key else None
                if target is not None and target.wikidata and target.wikidata not in ids:
                    ids.append(target.wikidata)
    return ids


def _names(data: dict[str, Any]) -> list[str]:
    names = [data.get("label") or ""] + list(data.get("aliases") or [])
    return [n for n in names if n]


def _match_rank(node: Any, data: dict[str, Any], wanted: str) -> int | None:
    if normalize(data.get("label") or "") == wanted:
        return 0
    if any(normalize(a) == wanted for a in data.get("aliases") or ()):
        return 1
    if normalize(data.get("wikidata") or "") == wanted or normalize(str(node)) == wanted:
        return 2
    return None


def _best_evidence(G: nx.Graph, u: Any, v: Any, evidence: list[tuple[str, str]]
                   ) -> tuple[str | None, str | None]:
    """The sentence that names both ends (by label or alias), else one end, else the first."""
    if not evidence:
        return None, None
    names = [[normalize(n) for n in _names(G.nodes[x])] for x in (u, v)]

    def named(sentence: str) -> int:
        text = normalize(sentence)
        return sum(any(n and n in text for n in ends) for ends in names)

    sentence, document = max(evidence, key=lambda e: (named(e[0]), -evidence.index(e)))
    return sentence, document


def _hop(G: nx.Graph, u: Any, v: Any) -> dict[str, Any]:
    """Describe the best edge between u and v, whichever way it points."""
    candidates = []
    for x, y in ((u, v), (v, u)):
        found = G.get_edge_data(x, y)
        if not found:
            continue
        for key, data in found.items() if G.is_multigraph() else [("", found)]:
            strength = 0 if data.get("modality", "Asserted") == "Asserted" else 1
            candidates.append((-data.get("weight", 1), strength, str(key), x, y, data))
    _, _, key, x, y, data = min(candidates, key=lambda c: c[:3])
    if data.get("symmetric"):
        direction = "both"
    else:
        direction = "forward" if x == u else "backward"
    sentence, document = _best_evidence(G, u, v, data.get("evidence") or [])
    return {
        "from": G.nodes[u].get("label", str(u)),
        "to": G.nodes[v].get("label", str(v)),
        "from_id": str(u),
        "to_id": str(v),
        "relation": data.get("relation", key),
        "direction": direction,
        "modality": data.get("modality", "Asserted"),
        "evidence": sentence,
        "document": document,
    }
