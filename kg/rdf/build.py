"""Turn one Extraction into triples with provenance, following the RDF shape of docs/DESIGN.md.

Every node gets a deterministic IRI (kg.rdf.iri), so building twice gives the same graph and
documents that mention the same Wikidata-linked entity merge into one node by union.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.rdf.iri import (
    assertion_iri,
    deployment_iri,
    document_iri,
    entity_iri,
    treaty_iri,
    wikidata_id,
)
from kg.rdf.namespace import GEO, KG, WD
from kg.rdf.prefixes import bind_prefixes
from kg.records import Deployment, Document, Entity, Evidence, Extraction, Relation, Treaty

# Strongest first: a treaty's modality is the strongest of its evidence.
MODALITY_STRENGTH: tuple[str, ...] = ("Asserted", "Reported", "Hypothetical", "Denied")
# Modalities whose relations also become a direct triple.
FACTUAL: frozenset[str] = frozenset({"Asserted", "Reported"})

# BCP 47 tag for text whose language is unknown, so evidence stays an rdf:langString.
UNDETERMINED = "und"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_IRI_SAFE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"{}|\\^`]+$")

Triple = tuple[Node, Node, Node]


def kg_term(name: str) -> URIRef:
    """The ontology term called ``name`` (AttributeError if kg.ttl has none)."""
    return URIRef(getattr(KG, name))


def decimal_literal(value: float, places: int) -> Literal:
    """xsd:decimal rounded to ``places`` in canonical form ("0.8", "1"), as Oxigraph stores it."""
    step = Decimal(1).scaleb(-places)
    rounded = Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP)
    text = format(rounded.normalize(), "f")
    return Literal("0" if text in ("-0", "") else text, datatype=XSD.decimal)


def confidence_literal(value: float) -> Literal:
    """Confidence clamped to [0, 1] and rounded to two places, so output is stable."""
    return decimal_literal(min(1.0, max(0.0, float(value))), 2)


def _coordinate(value: float) -> Literal:
    """A latitude/longitude as xsd:decimal with at most six places."""
    return decimal_literal(value, 6)


def strongest_modality(evidence: Iterable[Evidence]) -> str:
    """The strongest modality among the evidence (Asserted > Reported > Hypothetical > Denied)."""
    ranks = [MODALITY_STRENGTH.index(e.modality) for e in evidence]
    return MODALITY_STRENGTH[min(ranks)] if ranks else "Asserted"


def _date_literal(value: str) -> Literal:
    """xsd:date / xsd:dateTime when the text is ISO 8601, else a plain literal."""
    text = value.strip()
    if _DATE.match(text):
        return Literal(text, datatype=XSD.date)
    if _DATETIME.match(text):
        return Literal(text, datatype=XSD.dateTime)
    return Literal(text)


def _source_term(value: str) -> Node:
    """A URL as an IRI, anything else (a path, "<stdin>") as a literal."""
    return URIRef(value) if _IRI_SAFE.match(value) else Literal(value)


class _Builder:
    """Adds one extraction's triples to a graph; holds the key -> IRI map while doing it."""

    def __init__(self, graph: Graph, ex: Extraction) -> None:
        self.graph = graph
        self.ex = ex
        self.doc = ex.document
        self.lang = ex.document.lang or UNDETERMINED
        self.doc_iri = document_iri(ex.document)
        self.iris: dict[str, URIRef] = {}
        self.entities: dict[str, Entity] = {}
        for entity in ex.entities:
            self.entities.setdefault(entity.key, entity)
            self.iris.setdefault(entity.key, entity_iri(entity))

    def add(self, *triples: Triple) -> None:
        for triple in triples:
            self.graph.add(triple)

    def iri(self, key: str, role: str) -> URIRef:
        """The IRI of the entity with ``key``; ValueError when the extraction has none."""
        try:
            return self.iris[key]
        except KeyError:
            raise ValueError(
                f"{role} refers to unknown entity key {key!r} in document {self.doc.source!r}"
            ) from None

    # ------------------------------------------------------------ nodes

    def document(self) -> None:
        doc: Document = self.doc
        node = self.doc_iri
        self.add(
            (node, RDF.type, KG.Document),
            (node, KG.contentHash, Literal(doc.sha256)),
            (node, DCTERMS.language, Literal(doc.lang)),
            (node, DCTERMS.source, _source_term(doc.source)),
        )
        if doc.url and doc.url != doc.source:
            self.add((node, DCTERMS.source, _source_term(doc.url)))
        if doc.title:
            self.add((node, DCTERMS.title, Literal(doc.title, lang=self.lang)))
        if doc.date:
            self.add((node, DCTERMS.date, _date_literal(doc.date)))

    def entity(self, entity: Entity) -> None:
        node = self.iris[entity.key]
        self.add(
            (node, RDF.type, kg_term(entity.kind)),
            (node, RDFS.label, Literal(entity.label, lang=entity.label_lang or self.lang)),
        )
        for alias in entity.aliases:
            self.add((node, SKOS.altLabel, Literal(alias, lang=self.lang)))
        if entity.wikidata:
            self.add((node, OWL.sameAs, WD[wikidata_id(entity.wikidata)]))
        if entity.latitude is not None and entity.longitude is not None:
            self.add(
                (node, GEO.lat, _coordinate(entity.latitude)),
                (node, GEO.long, _coordinate(entity.longitude)),
            )

    def provenance(self, node: URIRef, ev: Evidence, *, offsets: bool = True) -> None:
        """derivedFrom, evidence sentence, offsets, modality, attribution and confidence."""
        self.add(
            (node, PROV.wasDerivedFrom, self.doc_iri),
            (node, KG.evidence, Literal(ev.sentence, lang=self.lang)),
            (node, KG.modality, kg_term(ev.modality)),
            (node, KG.confidence, confidence_literal(ev.confidence)),
        )
        if offsets:
            self.add(
                (node, KG.startOffset, Literal(int(ev.start))),
                (node, KG.endOffset, Literal(int(ev.end))),
            )
        if ev.attributed_to:
            self.add((node, KG.attributedTo, self.iri(ev.attributed_to, "attributed_to")))
        if ev.attributed_to_text:
            self.add((node, KG.attributedToText, Literal(ev.attributed_to_text, lang=self.lang)))

    def assertion(self, s: URIRef, p: URIRef, o: URIRef, ev: Evidence) -> URIRef:
        """A kg:Assertion node for the statement (s, p, o) read from ``ev``."""
        node = assertion_iri(self.doc, s, p, o, ev.start)
        if (node, RDF.type, KG.Assertion) in self.graph:
            return node  # the same fact read twice from one sentence: first record wins
        self.add(
            (node, RDF.type, KG.Assertion),
            (node, RDF.subject, s),
            (node, RDF.predicate, p),
            (node, RDF.object, o),
        )
        self.provenance(node, ev)
        return node

    def relation(self, rel: Relation) -> None:
        s = self.iri(rel.subject, "relation subject")
        o = self.iri(rel.object, "relation object")
        p = kg_term(rel.predicate)
        if rel.evidence.modality in FACTUAL:
            self.add((s, p, o))
        self.assertion(s, p, o, rel.evidence)

    def _supporting(self, key: str, evidence: tuple[Evidence, ...]) -> Evidence:
        """The first sentence that names the entity (label or alias), else the first sentence."""
        ordered = sorted(evidence, key=lambda e: (e.start, e.end, e.sentence))
        entity = self.entities[key]
        names = {n.casefold() for n in (entity.label, *entity.aliases) if n}
        for ev in ordered:
            text = ev.sentence.casefold()
            if any(name in text for name in names):
                return ev
        return ordered[0]

    def treaty(self, treaty: Treaty) -> None:
        if not treaty.parties or not treaty.evidence:
            return  # no party or no sentence: not data the shapes (or a reader) can use
        parties = [self.iri(k, "treaty party") for k in treaty.parties]
        node = treaty_iri(treaty.treaty_type, parties)
        self.add(
            (node, RDF.type, KG.Treaty),
            (node, KG.treatyType, kg_term(treaty.treaty_type)),
            (node, PROV.wasDerivedFrom, self.doc_iri),
            (node, KG.modality, kg_term(strongest_modality(treaty.evidence))),
            (node, KG.confidence, confidence_literal(max(e.confidence for e in treaty.evidence))),
        )
        if treaty.name:
            self.add((node, RDFS.label, Literal(treaty.name, lang=self.lang)))
        for ev in treaty.evidence:
            self.add((node, KG.evidence, Literal(ev.sentence, lang=self.lang)))
            if ev.attributed_to:
                self.add((node, KG.attributedTo, self.iri(ev.attributed_to, "attributed_to")))
            if ev.attributed_to_text:
                self.add(
                    (node, KG.attributedToText, Literal(ev.attributed_to_text, lang=self.lang))
                )
        facts = (
            (KG.party, treaty.parties, "treaty party"),
            (KG.signedBy, treaty.signed_by, "treaty signedBy"),
            (KG.ratifiedBy, treaty.ratified_by, "treaty ratifiedBy"),
        )
        for prop, keys, role in facts:
            for key in keys:
                target = self.iri(key, role)
                self.add((node, prop, target))
                self.assertion(node, prop, target, self._supporting(key, treaty.evidence))

    def deployment(self, dep: Deployment) -> None:
        actor = self.iri(dep.actor, "deployment actor")
        locations = [self.iri(k, "deployment location") for k in dep.locations]
        node = deployment_iri(self.doc, dep, actor, locations)
        if (node, RDF.type, KG.Deployment) in self.graph:
            return  # a duplicate record of the same report: first record wins
        self.add((node, RDF.type, KG.Deployment), (node, KG.deployingActor, actor))
        for place in locations:
            self.add((node, KG.location, place))
        if dep.count is not None:
            self.add((node, KG.troopCount, Literal(int(dep.count), datatype=XSD.integer)))
        if dep.qualifier:
            self.add((node, KG.countQualifier, kg_term(dep.qualifier)))
        if dep.in_support_of:
            self.add((node, KG.inSupportOf, self.iri(dep.in_support_of, "in_support_of")))
        if dep.force:
            self.add((node, KG.forceType, Literal(dep.force)))
        self.provenance(node, dep.evidence)

    def build(self) -> None:
        self.document()
        for entity in self.entities.values():
            self.entity(entity)
        for rel in self.ex.relations:
            self.relation(rel)
        for treaty in self.ex.treaties:
            self.treaty(treaty)
        for dep in self.ex.deployments:
            self.deployment(dep)


def add_extraction(graph: Graph, ex: Extraction) -> None:
    """Add one document's triples (document, entities, relations, treaties, deployments).

    Raises ValueError when a record refers to an entity key the extraction does not define.
    """
    _Builder(graph, ex).build()


def extraction_graph(ex: Extraction) -> Graph:
    """A new Graph, named by the document IRI, holding one extraction's triples."""
    graph = bind_prefixes(Graph(identifier=document_iri(ex.document)))
    add_extraction(graph, ex)
    return graph


def build_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """A Dataset with one named graph per document (named by its IRI); the union merges them."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    for ex in extractions:
        add_extraction(dataset.graph(document_iri(ex.document)), ex)
    return dataset
