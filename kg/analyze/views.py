"""RDF graph -> NetworkX views: actors only, or actors with treaties, deployments and places.

Nodes are keyed by IRI strings and carry ``label``, ``kind`` (the kg class), ``wikidata``,
``aliases`` and ``documents``; edges are keyed by their relation and carry ``relation``,
``weight`` (distinct supporting documents, at least 1), ``modality`` (the strongest
supporting one), ``evidence`` (sorted ``(sentence, document name)`` pairs), ``documents``
and ``symmetric``. Denied claims never become edges.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
from rdflib import Graph

from kg.analyze.facts import Claim, Facts, as_graph, humanize, read_facts, require_kg_data
from kg.analyze.vocab import FACTUAL_MODALITIES
from kg.rdf.io import load_graph
from kg.records import SYMMETRIC_PREDICATES

# Untyped endpoints of actor relations get kind "Actor"; they are actors too.
VIEW_ACTOR_KINDS: frozenset[str] = frozenset({"State", "Organization", "Person", "Actor"})
_QUALIFIER_SIGN = {"About": "~", "AtLeast": "≥", "AtMost": "≤", "Exact": ""}

EdgeKey = tuple[str, str, str]


class Views(NamedTuple):
    """The two NetworkX views of one RDF graph (and the graph itself)."""

    graph: Graph
    actors: nx.MultiDiGraph
    full: nx.MultiDiGraph


def actor_view(graph: Graph) -> nx.MultiDiGraph:
    """Actors as nodes; relations, shared treaties and deployments as typed, weighted edges.

    Two parties of one treaty are joined by a symmetric edge keyed ``"treaty:<Type>"``; a
    deploying actor points at each host state (a location that is a state, or the state a
    location lies in) and at the actor it supports with an edge keyed ``"deployment"``.

    Args:
        graph: an RDF graph in the kg ontology.

    Returns:
        A MultiDiGraph keyed by IRI strings (see the module docstring for attributes).

    Example:
        >>> from rdflib import Graph
        >>> g = Graph().parse(format="turtle", data='''
        ... @prefix kg: <https://w3id.org/newskg/ontology#> .
        ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ... <urn:a> a kg:State ; rdfs:label "Nordkorea"@de .
        ... <urn:b> a kg:State ; rdfs:label "Russland"@de .
        ... <urn:a> kg:alliedWith <urn:b> .''')
        >>> G = actor_view(g)
        >>> [(G.nodes[u]["label"], k, G.nodes[v]["label"]) for u, v, k in G.edges(keys=True)]
        [('Nordkorea', 'alliedWith', 'Russland')]
    """
    graph = as_graph(graph)
    require_kg_data(graph)
    return _actor_graph(read_facts(graph))


def full_view(graph: Graph) -> nx.MultiDiGraph:
    """Actors, places, treaties and deployments as nodes; RDF links between them as edges.

    Treaty nodes link to actors by ``party``/``signedBy``/``ratifiedBy`` edges, deployment
    nodes by ``deployingActor``/``location``/``inSupportOf`` edges (as in the RDF), and
    relations (``locatedIn`` between places included) join entities directly.

    Example:
        >>> from rdflib import Graph
        >>> g = Graph().parse(format="turtle", data='''
        ... @prefix kg: <https://w3id.org/newskg/ontology#> .
        ... <urn:t> a kg:Treaty ; kg:treatyType kg:MutualDefense ; kg:party <urn:a>, <urn:b> .
        ... <urn:a> a kg:State . <urn:b> a kg:State .''')
        >>> G = full_view(g)
        >>> sorted(G.nodes[n]["kind"] for n in G)
        ['State', 'State', 'Treaty']
    """
    graph = as_graph(graph)
    require_kg_data(graph)
    return _full_graph(read_facts(graph))


def build_views(graph: Graph) -> Views:
    """Both views from one pass over the RDF graph (raises GraphError without kg data)."""
    graph = as_graph(graph)
    require_kg_data(graph)
    facts = read_facts(graph)
    return Views(graph, _actor_graph(facts), _full_graph(facts))


def load_views(paths: str | Path | Iterable[str | Path]) -> Views:
    """Load and merge RDF files (format from the extension, see kg.rdf.io), build both views.

    Example:
        >>> views = load_views("out/examples.ttl")  # doctest: +SKIP
        >>> views.actors.number_of_nodes()  # doctest: +SKIP
        12
    """
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    return build_views(load_graph(items))


def factual(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The subgraph view without hypothetical edges (asserted and reported claims only).

    Example:
        >>> G = nx.MultiDiGraph()
        >>> G.add_edge("a", "b", key="supports", modality="Hypothetical")
        'supports'
        >>> factual(G).number_of_edges()
        0
    """

    def keep(u: str, v: str, k: str) -> bool:
        return G.edges[u, v, k].get("modality", "Asserted") in FACTUAL_MODALITIES

    view: nx.MultiDiGraph = nx.subgraph_view(G, filter_edge=keep)
    return view


def deployment_label(G: nx.MultiDiGraph, actor: str | None, locations: list[str],
                     count: int | None, qualifier: str | None) -> str:
    """'North Korea in Kursk: ~11,000' (the count is left out when the text gives none)."""
    who = G.nodes[actor]["label"] if actor in G else "?"
    where = ", ".join(G.nodes[loc]["label"] for loc in locations if loc in G) or "?"
    label = f"{who} in {where}"
    if count is not None:
        label += f": {_QUALIFIER_SIGN.get(qualifier or '', '')}{count:,}"
    return label


def _add_entities(G: nx.MultiDiGraph, facts: Facts, kinds: frozenset[str] | None) -> None:
    for iri in sorted(facts.entities):
        e = facts.entities[iri]
        if kinds is None or e.kind in kinds:
            G.add_node(iri, label=e.label, kind=e.kind, wikidata=e.wikidata,
                       aliases=list(e.aliases), documents=set())


def _add_edges(G: nx.MultiDiGraph, edges: dict[EdgeKey, tuple[Claim, dict[str, Any]]]) -> None:
    """Add accumulated edges in a stable order and credit their documents to both ends."""
    for (u, v, key) in sorted(edges):
        claim, extra = edges[(u, v, key)]
        if claim.modality == "Denied" or u not in G or v not in G:
            continue
        docs = sorted(claim.documents)
        G.add_edge(u, v, key=key, relation=key, weight=max(1, len(docs)),
                   modality=claim.modality, evidence=sorted(claim.evidence),
                   documents=docs, **extra)
        G.nodes[u]["documents"].update(docs)
        G.nodes[v]["documents"].update(docs)


def _finish(G: nx.MultiDiGraph, facts: Facts, name: str) -> nx.MultiDiGraph:
    for n in G:
        G.nodes[n]["documents"] = sorted(G.nodes[n]["documents"])
    G.graph["name"] = name
    G.graph["documents"] = dict(facts.documents)
    G.graph["assertions"] = facts.assertion_count
    return G


def _merge(edges: dict[EdgeKey, tuple[Claim, dict[str, Any]]], key: EdgeKey,
           claim: Claim, extra: dict[str, Any]) -> None:
    if key not in edges:
        edges[key] = (Claim(), {k: (list(v) if isinstance(v, list) else v)
                                for k, v in extra.items()})
    edges[key][0].add(claim)
    for k, v in extra.items():
        if isinstance(v, list):
            edges[key][1][k] = sorted(set(edges[key][1][k]) | set(v), key=str)


def _relation_edges(facts: Facts) -> dict[EdgeKey, tuple[Claim, dict[str, Any]]]:
    """One edge per relation fact (facts are already unique per subject, relation, object)."""
    return {(s, o, relation): (claim, {"symmetric": relation in SYMMETRIC_PREDICATES})
            for (s, relation, o), claim in facts.relations.items()}


def _parents(facts: Facts) -> dict[str, set[str]]:
    """Place -> the places it lies in, from asserted or reported locatedIn claims."""
    parents: dict[str, set[str]] = {}
    for (s, relation, o), claim in facts.relations.items():
        if relation == "locatedIn" and claim.modality in FACTUAL_MODALITIES:
            parents.setdefault(s, set()).add(o)
    return parents


def _host_states(facts: Facts, parents: dict[str, set[str]], place: str) -> list[str]:
    """The place itself if it is a state, else the nearest states it lies in."""
    level, seen = {place}, {place}
    while level:
        states = sorted(p for p in level if facts.entities[p].kind == "State")
        if states:
            return states
        level = {q for p in level for q in parents.get(p, ()) if q not in seen}
        seen |= level
    return []


def _actor_graph(facts: Facts) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    _add_entities(G, facts, VIEW_ACTOR_KINDS)
    edges = _relation_edges(facts)
    for iri, t in facts.treaties.items():
        for a, b in itertools.combinations(sorted(set(t.parties)), 2):
            _merge(edges, (a, b, f"treaty:{t.type}"), t.claim,
                   {"symmetric": True, "treaties": [iri]})
    parents = _parents(facts)
    for iri, d in facts.deployments.items():
        if d.actor is None:
            continue
        targets = {h for loc in d.locations for h in _host_states(facts, parents, loc)}
        if d.in_support_of:
            targets.add(d.in_support_of)
        troops = [d.count] if d.count is not None else []
        for target in sorted(targets - {d.actor}):
            _merge(edges, (d.actor, target, "deployment"), d.claim,
                   {"symmetric": False, "deployments": [iri], "troops": troops})
    _add_edges(G, edges)
    return _finish(G, facts, "kg actor view")


def _full_graph(facts: Facts) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    _add_entities(G, facts, None)
    edges = _relation_edges(facts)
    for iri, t in facts.treaties.items():
        G.add_node(iri, label="", kind="Treaty", wikidata=None, aliases=[], documents=set(),
                   treaty_type=t.type, parties=t.parties, signed_by=t.signed_by,
                   ratified_by=t.ratified_by, modality=t.claim.modality,
                   evidence=sorted(t.claim.evidence))
        for relation, members in (("party", t.parties), ("signedBy", t.signed_by),
                                  ("ratifiedBy", t.ratified_by)):
            for m in members:
                _merge(edges, (iri, m, relation), t.claim, {"symmetric": False})
    for iri, d in facts.deployments.items():
        G.add_node(iri, label="", kind="Deployment", wikidata=None, aliases=[],
                   documents=set(), actor=d.actor, locations=d.locations, count=d.count,
                   qualifier=d.qualifier, in_support_of=d.in_support_of, force=d.force,
                   modality=d.claim.modality, evidence=sorted(d.claim.evidence))
        links = [("deployingActor", d.actor), ("inSupportOf", d.in_support_of)]
        links += [("location", loc) for loc in d.locations]
        for relation, target in links:
            if target is not None:
                _merge(edges, (iri, target, relation), d.claim, {"symmetric": False})
    _add_edges(G, edges)
    for iri, t in facts.treaties.items():
        G.nodes[iri]["documents"].update(t.claim.documents)
        parties = ", ".join(G.nodes[p]["label"] for p in t.parties)
        G.nodes[iri]["label"] = t.name or f"{humanize(t.type).capitalize()} ({parties})"
    for iri, d in facts.deployments.items():
        G.nodes[iri]["documents"].update(d.claim.documents)
        G.nodes[iri]["label"] = deployment_label(G, d.actor, d.locations, d.count, d.qualifier)
    return _finish(G, facts, "kg full view")
