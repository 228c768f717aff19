"""Read the kg facts of an RDF graph once into plain Python data that the views are built from.

This is the only analytics module that touches rdflib terms: entities, documents, relation
claims (Assertion nodes and bare direct triples), treaties and deployments, each with the
documents and evidence sentences that support it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import Node

from kg.analyze.vocab import ENTITY_KINDS, KG, KG_NS, MODALITY_ORDER, WIKIDATA
from kg.errors import GraphError
from kg.records import RELATION_PREDICATES, SYMMETRIC_PREDICATES

# Labels in these languages win, in this order, when an entity carries several.
LABEL_LANGS: tuple[str, ...] = ("en", "de", "")
_QID = re.compile(r"Q[1-9][0-9]*")

Evidence = tuple[str, str]  # (sentence, document name)


@dataclass
class Claim:
    """Support for one fact: the documents, evidence sentences and modalities behind it."""

    documents: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    modalities: set[str] = field(default_factory=set)

    def add(self, other: Claim) -> None:
        """Merge the support of another claim into this one."""
        self.documents |= other.documents
        self.evidence |= other.evidence
        self.modalities |= other.modalities

    @property
    def modality(self) -> str:
        """The strongest modality among the supporting claims (Asserted if none is given)."""
        for m in MODALITY_ORDER:
            if m in self.modalities:
                return m
        return "Asserted"


@dataclass
class EntityFact:
    """A typed entity: its display label, class, Wikidata id and other names."""

    label: str
    kind: str
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class TreatyFact:
    """A kg:Treaty with its parties, signers, ratifiers and support."""

    type: str
    name: str | None
    parties: list[str]
    signed_by: list[str]
    ratified_by: list[str]
    claim: Claim


@dataclass
class DeploymentFact:
    """A kg:Deployment: whose forces, where, how many, for whom, and its support."""

    actor: str | None
    locations: list[str]
    count: int | None
    qualifier: str | None
    in_support_of: str | None
    force: str | None
    claim: Claim


@dataclass
class Facts:
    """Everything the views need, keyed by IRI strings."""

    entities: dict[str, EntityFact] = field(default_factory=dict)
    documents: dict[str, dict[str, str]] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Claim] = field(default_factory=dict)
    treaties: dict[str, TreatyFact] = field(default_factory=dict)
    deployments: dict[str, DeploymentFact] = field(default_factory=dict)
    assertion_count: int = 0


def as_graph(graph: Graph) -> Graph:
    """A plain Graph: a Dataset (named graphs, one per document) becomes the union of its
    graphs, so that ``kg build --dataset`` output analyses like a single graph."""
    if not isinstance(graph, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def has_kg_data(graph: Graph) -> bool:
    """True if any triple uses a kg: term as predicate or as rdf:type."""
    for _, p, o in graph:
        if str(p).startswith(KG_NS) or (p == RDF.type and str(o).startswith(KG_NS)):
            return True
    return False


def require_kg_data(graph: Graph) -> None:
    """Raise GraphError unless the graph holds kg data (an empty graph holds none)."""
    if not has_kg_data(graph):
        raise GraphError("the graph holds no kg data (no triple uses the kg: ontology)")


def local_name(term: Node | None) -> str | None:
    """The part of a kg: IRI after '#', or None for anything else."""
    if term is None:
        return None
    text = str(term)
    return text[len(KG_NS) :] if text.startswith(KG_NS) else None


def humanize(name: str) -> str:
    """'MutualDefense' -> 'mutual defense', 'leaderOf' -> 'leader of'."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


class _Index:
    """Objects by subject for the predicates read per node: one pass per predicate instead
    of one store lookup per node and predicate (5x faster on 200,000 triples)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._cache: dict[Node, dict[Node, list[Node]]] = {}

    def all(self, node: Node, predicate: URIRef) -> list[Node]:
        table = self._cache.get(predicate)
        if table is None:
            table = defaultdict(list)
            for s, o in self.graph.subject_objects(predicate):
                table[s].append(o)
            self._cache[predicate] = table
        return table.get(node, [])

    def one(self, node: Node, predicate: URIRef) -> Node | None:
        found = self.all(node, predicate)
        return min(found, key=str) if found else None


def relation_label(relation: str) -> str:
    """Words for an edge key: 'alliedWith' -> 'allied with', 'treaty:Trade' -> 'trade treaty'.

    Example:
        >>> relation_label("treaty:MutualDefense")
        'mutual defense treaty'
    """
    if relation.startswith("treaty:"):
        return humanize(relation.split(":", 1)[1]) + " treaty"
    return humanize(relation)


def read_facts(graph: Graph) -> Facts:
    """Collect entities, documents, relations, treaties and deployments from a kg graph."""
    facts = Facts()
    index = _Index(graph)
    facts.documents = _documents(graph)
    facts.entities = _entities(graph, index)
    by_subject: dict[str, list[Node]] = defaultdict(list)
    for a in graph.subjects(RDF.type, KG.Assertion):
        facts.assertion_count += 1
        subject = index.one(a, RDF.subject)
        if subject is not None:
            by_subject[str(subject)].append(a)
    _relations(graph, index, facts, by_subject)
    _treaties(graph, index, facts, by_subject)
    _deployments(graph, index, facts)
    _ensure_endpoints(facts)
    return facts


def _documents(graph: Graph) -> dict[str, dict[str, str]]:
    docs: dict[str, dict[str, str]] = {}
    for d in sorted(set(graph.subjects(RDF.type, KG.Document)), key=str):
        title = graph.value(d, DCTERMS.title)
        source = graph.value(d, DCTERMS.source)
        lang = graph.value(d, DCTERMS.language)
        docs[str(d)] = {
            "title": str(title) if title is not None else "",
            "source": str(source) if source is not None else "",
            "language": str(lang) if lang is not None else "",
            "name": str(title or source or d),
        }
    return docs


def _pick_label(labels: list[Literal]) -> str | None:
    def rank(lit: Literal) -> tuple[int, str]:
        lang = (lit.language or "").lower()
        pos = LABEL_LANGS.index(lang) if lang in LABEL_LANGS else len(LABEL_LANGS)
        return pos, str(lit)

    return str(min(labels, key=rank)) if labels else None


def _entities(graph: Graph, index: _Index) -> dict[str, EntityFact]:
    entities: dict[str, EntityFact] = {}
    for kind in ENTITY_KINDS:
        for node in sorted(set(graph.subjects(RDF.type, KG[kind])), key=str):
            iri = str(node)
            if iri in entities:
                continue
            labels = [o for o in index.all(node, RDFS.label) if isinstance(o, Literal)]
            label = _pick_label(labels) or iri.rstrip("/").rsplit("/", 1)[-1]
            names = {str(o) for o in labels} | {str(o) for o in index.all(node, SKOS.altLabel)}
            seen = {label.casefold()}
            aliases = []
            for name in sorted(names):
                if name.casefold() not in seen:
                    seen.add(name.casefold())
                    aliases.append(name)
            wikidata = None
            for same in sorted(index.all(node, OWL.sameAs), key=str):
                qid = str(same)[len(WIKIDATA) :] if str(same).startswith(WIKIDATA) else ""
                if _QID.fullmatch(qid):
                    wikidata = qid
                    break
            entities[iri] = EntityFact(label, kind, wikidata, aliases)
    return entities


def _claim(index: _Index, node: Node, documents: dict[str, dict[str, str]]) -> Claim:
    """The support one Assertion, Treaty or Deployment node gives."""
    docs = sorted({str(d) for d in index.all(node, PROV.wasDerivedFrom)})
    where = "; ".join(documents.get(d, {}).get("name", d) for d in docs)
    claim = Claim(documents=set(docs))
    claim.evidence = {(str(s), where) for s in index.all(node, KG.evidence)}
    claim.modalities = {m for m in map(local_name, index.all(node, KG.modality)) if m}
    return claim


def relation_key(subject: str, relation: str, obj: str) -> tuple[str, str, str]:
    """A relation's identity: symmetric relations are stored with sorted endpoints."""
    if relation in SYMMETRIC_PREDICATES and obj < subject:
        subject, obj = obj, subject
    return subject, relation, obj


def _relations(graph: Graph, index: _Index, facts: Facts,
               by_subject: dict[str, list[Node]]) -> None:
    for subject, assertions in by_subject.items():
        for a in assertions:
            relation = local_name(index.one(a, RDF.predicate))
            obj = index.one(a, RDF.object)
            if relation not in RELATION_PREDICATES or not isinstance(obj, URIRef):
                continue
            key = relation_key(subject, relation, str(obj))
            facts.relations.setdefault(key, Claim()).add(_claim(index, a, facts.documents))
    # Direct triples without an Assertion (hand-made or background data) still count.
    for relation in RELATION_PREDICATES:
        for s, o in graph.subject_objects(KG[relation]):
            if isinstance(o, URIRef):
                facts.relations.setdefault(relation_key(str(s), relation, str(o)), Claim())


def _objects(index: _Index, node: Node, predicate: URIRef) -> list[str]:
    return sorted({str(o) for o in index.all(node, predicate) if isinstance(o, URIRef)})


def _treaties(graph: Graph, index: _Index, facts: Facts,
              by_subject: dict[str, list[Node]]) -> None:
    for t in sorted(set(graph.subjects(RDF.type, KG.Treaty)), key=str):
        claim = _claim(index, t, facts.documents)
        # Assertions about the treaty pair each sentence with its own document; the treaty's
        # own evidence (paired with all its documents) fills in the sentences they lack.
        paired: set[Evidence] = set()
        for a in by_subject.get(str(t), []):
            part = _claim(index, a, facts.documents)
            claim.documents |= part.documents
            claim.modalities |= part.modalities
            paired |= part.evidence
        sentences = {sentence for sentence, _ in paired}
        claim.evidence = paired | {e for e in claim.evidence if e[0] not in sentences}
        treaty_type = local_name(index.one(t, KG.treatyType)) or "Other"
        name = index.one(t, RDFS.label)
        facts.treaties[str(t)] = TreatyFact(
            type=treaty_type,
            name=str(name) if name is not None else None,
            parties=_objects(index, t, KG.party),
            signed_by=_objects(index, t, KG.signedBy),
            ratified_by=_objects(index, t, KG.ratifiedBy),
            claim=claim,
        )


def _deployments(graph: Graph, index: _Index, facts: Facts) -> None:
    for d in sorted(set(graph.subjects(RDF.type, KG.Deployment)), key=str):
        actor = index.one(d, KG.deployingActor)
        count = index.one(d, KG.troopCount)
        support = index.one(d, KG.inSupportOf)
        force = index.one(d, KG.forceType)
        troops: int | None = None
        if isinstance(count, Literal):
            try:
                troops = int(count.toPython())
            except (TypeError, ValueError):
                troops = None
        facts.deployments[str(d)] = DeploymentFact(
            actor=str(actor) if isinstance(actor, URIRef) else None,
            locations=_objects(index, d, KG.location),
            count=troops,
            qualifier=local_name(index.one(d, KG.countQualifier)),
            in_support_of=str(support) if isinstance(support, URIRef) else None,
            force=str(force) if force is not None else None,
            claim=_claim(index, d, facts.documents),
        )


def _ensure_endpoints(facts: Facts) -> None:
    """Give untyped endpoints a node too (kind 'Actor', or 'Place' where only a place fits)."""

    def ensure(iri: str | None, kind: str) -> None:
        if iri is not None and iri not in facts.entities:
            label = iri.rstrip("/").rsplit("/", 1)[-1]
            facts.entities[iri] = EntityFact(label, kind)

    for s, relation, o in sorted(facts.relations):
        kind = "Place" if relation == "locatedIn" else "Actor"
        ensure(s, kind)
        ensure(o, kind)
    for t in facts.treaties.values():
        for iri in (*t.parties, *t.signed_by, *t.ratified_by):
            ensure(iri, "Actor")
    for d in facts.deployments.values():
        ensure(d.actor, "Actor")
        ensure(d.in_support_of, "Actor")
        for iri in d.locations:
            ensure(iri, "Place")
