"""Synthetic kg graphs of any size, shaped like extractor output, for benchmarks and tests.

Actors are picked with a skew (a few hubs, a long tail) as in news, every claim has an
Assertion with provenance beside its direct triple, and some treaties and deployments are
mixed in. Deterministic for a given seed.
"""

from __future__ import annotations

import random

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.analyze.vocab import KG, WIKIDATA
from kg.rdf.namespace import RES

_KIND_SHARES = (("State", 0.1), ("Person", 0.4), ("Organization", 0.25), ("Place", 0.25))
_MODALITIES = (("Asserted", 0.7), ("Reported", 0.2), ("Hypothetical", 0.07), ("Denied", 0.03))
_BY_SUBJECT_KIND = {
    "Person": ("leaderOf", "officialOf", "affiliatedWith"),
    "State": ("alliedWith", "inConflictWith", "supports", "sanctions"),
    "Organization": ("affiliatedWith", "supports", "sanctions", "alliedWith"),
    "Place": ("locatedIn",),
}
_TREATY_TYPES = ("MutualDefense", "Alliance", "SecurityAgreement", "Trade", "Ceasefire")
_QUALIFIERS = ("About", "AtLeast", "AtMost", "Exact")
# Triples one assertion adds (type, s, p, o, source, evidence, offsets, modality, confidence,
# direct triple), and roughly per entity, used to size a graph from a triple budget.
_PER_ASSERTION = 11
_PER_ENTITY = 5


def synthetic_graph(triples: int, *, seed: int = 0, entities: int | None = None) -> Graph:
    """A kg graph of about ``triples`` triples (``entities`` defaults to triples / 40).

    Example:
        >>> g = synthetic_graph(2_000, seed=1)
        >>> 1_500 < len(g) < 2_500
        True
    """
    rng = random.Random(seed)
    n_entities = max(10, entities if entities is not None else triples // 40)
    g = Graph()
    docs = [_document(g, i) for i in range(max(2, triples // 500))]
    kinds = [_pick(rng, _KIND_SHARES) for _ in range(n_entities)]
    nodes = [_entity(g, rng, i, kind) for i, kind in enumerate(kinds)]
    by_kind = {k: [n for n, kk in zip(nodes, kinds, strict=True) if kk == k]
               for k, _ in _KIND_SHARES}
    actors = by_kind["State"] + by_kind["Organization"] + by_kind["Person"]
    for i in range(max(1, triples // 4000)):
        _treaty(g, rng, i, by_kind["State"] or actors, rng.choice(docs))
    for i in range(max(1, triples // 2000)):
        _deployment(g, rng, i, by_kind["State"] or actors, by_kind["Place"] or nodes, docs)
    i = 0
    while len(g) < triples:
        s_kind = rng.choice(kinds)
        subjects = by_kind[s_kind]
        s = _skewed(rng, subjects)
        relation = rng.choice(_BY_SUBJECT_KIND[s_kind])
        targets = (by_kind["State"] + by_kind["Place"]) if relation == "locatedIn" else actors
        o = _skewed(rng, targets)
        if s != o:
            _assertion(g, rng, i, s, relation, o, rng.choice(docs))
        i += 1
    return g


def _pick(rng: random.Random, shares: tuple[tuple[str, float], ...]) -> str:
    x, total = rng.random(), 0.0
    for name, share in shares:
        total += share
        if x < total:
            return name
    return shares[-1][0]


def _skewed(rng: random.Random, items: list[URIRef]) -> URIRef:
    """Low indices far more often: hubs and a long tail."""
    return items[int(len(items) * rng.random() ** 2.5)]


def _document(g: Graph, i: int) -> URIRef:
    doc = RES[f"doc/{i:016x}"]
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, DCTERMS.title, Literal(f"Synthetic article {i}")))
    g.add((doc, DCTERMS.source, Literal(f"synthetic/{i}.txt")))
    g.add((doc, DCTERMS.language, Literal("de" if i % 2 else "en")))
    return doc


def _entity(g: Graph, rng: random.Random, i: int, kind: str) -> URIRef:
    node = RES[f"wd/Q{1000 + i}"] if i % 2 == 0 else RES[f"{kind.lower()}/entity-{i}"]
    g.add((node, RDF.type, KG[kind]))
    g.add((node, RDFS.label, Literal(f"{kind} {i}", lang="en")))
    g.add((node, SKOS.altLabel, Literal(f"{kind} Nr. {i}", lang="de")))
    if i % 2 == 0:
        g.add((node, OWL.sameAs, URIRef(f"{WIKIDATA}Q{1000 + i}")))
    return node


def _provenance(g: Graph, rng: random.Random, node: URIRef, doc: URIRef, text: str) -> None:
    start = rng.randrange(0, 5000)
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, KG.evidence, Literal(text, lang="en")))
    g.add((node, KG.startOffset, Literal(start, datatype=XSD.integer)))
    g.add((node, KG.endOffset, Literal(start + len(text), datatype=XSD.integer)))
    g.add((node, KG.modality, KG[_pick(rng, _MODALITIES)]))


def _assertion(g: Graph, rng: random.Random, i: int, s: URIRef, relation: str, o: URIRef,
               doc: URIRef) -> None:
    node = RES[f"assertion/{i:016x}"]
    g.add((node, RDF.type, KG.Assertion))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, KG[relation]))
    g.add((node, RDF.object, o))
    g.add((node, KG.confidence, Literal("0.8", datatype=XSD.decimal)))
    _provenance(g, rng, node, doc, f"Sentence {i} says that {relation} holds.")
    if g.value(node, KG.modality) in (KG.Asserted, KG.Reported):
        g.add((s, KG[relation], o))


def _treaty(g: Graph, rng: random.Random, i: int, states: list[URIRef], doc: URIRef) -> None:
    node = RES[f"treaty/synthetic/{i}"]
    g.add((node, RDF.type, KG.Treaty))
    g.add((node, KG.treatyType, KG[rng.choice(_TREATY_TYPES)]))
    for party in {_skewed(rng, states) for _ in range(rng.randint(2, 4))}:
        g.add((node, KG.party, party))
    _provenance(g, rng, node, doc, f"Treaty sentence {i}.")


def _deployment(g: Graph, rng: random.Random, i: int, states: list[URIRef],
                places: list[URIRef], docs: list[URIRef]) -> None:
    node = RES[f"deployment/{i:016x}"]
    g.add((node, RDF.type, KG.Deployment))
    g.add((node, KG.deployingActor, _skewed(rng, states)))
    g.add((node, KG.location, rng.choice(places)))
    g.add((node, KG.troopCount, Literal(rng.randrange(100, 50_000, 100), datatype=XSD.integer)))
    g.add((node, KG.countQualifier, KG[rng.choice(_QUALIFIERS)]))
    if rng.random() < 0.5:
        g.add((node, KG.inSupportOf, _skewed(rng, states)))
    _provenance(g, rng, node, rng.choice(docs), f"Deployment sentence {i}.")
