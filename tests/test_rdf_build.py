"""Extraction records -> triples: the RDF shape of docs/DESIGN.md, determinism and merging."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from test_rdf_samples import (
    ENGLISH_TEXT,
    GERMAN_TEXT,
    english_extraction,
    evidence,
    german_extraction,
    sentence,
    tiny_extraction,
)

from kg.rdf.build import (
    add_extraction,
    build_dataset,
    confidence_literal,
    extraction_graph,
    strongest_modality,
)
from kg.rdf.iri import document_iri
from kg.rdf.namespace import GEO, KG, WD
from kg.records import Deployment, Entity, Evidence, Extraction, Relation, Treaty

DATA = Path(__file__).resolve().parent / "data"
RES = "https://w3id.org/newskg/resource/"
GERMANY, FRANCE, POLAND = URIRef(RES + "wd/Q183"), URIRef(RES + "wd/Q142"), URIRef(RES + "wd/Q36")
MERZ, MACRON = URIRef(RES + "person/friedrich-merz"), URIRef(RES + "wd/Q3052772")
LITHUANIA = URIRef(RES + "wd/Q37")
PACT = URIRef(RES + "treaty/MutualDefense/Q142--Q183")
# Plain IRIs: rdflib's XSD namespace warns when pytest inspects module attributes.
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


def _expected(name: str) -> Graph:
    return Graph().parse(DATA / name, format="turtle")


def _diff(expected: Graph, actual: Graph) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    return (
        "missing:\n"
        + "\n".join(sorted(t.n3() for t in only_expected))  # type: ignore[attr-defined]
        + "\nunexpected:\n"
        + "\n".join(sorted(t.n3() for t in only_actual))  # type: ignore[attr-defined]
    )


def _assertions(graph: Graph, s: URIRef, p: URIRef, o: URIRef) -> list[URIRef]:
    return [
        a
        for a in graph.subjects(RDF.type, KG.Assertion)
        if (a, RDF.subject, s) in graph
        and (a, RDF.predicate, p) in graph
        and (a, RDF.object, o) in graph
    ]


@pytest.mark.parametrize(
    ("make", "expected_file"),
    [
        (tiny_extraction, "rdf_tiny_hypothetical.ttl"),
        (english_extraction, "rdf_english_sample.ttl"),
    ],
)
def test_build_matches_expected_turtle(make: object, expected_file: str) -> None:
    actual = extraction_graph(make())  # type: ignore[operator]
    expected = _expected(expected_file)
    assert isomorphic(expected, actual), _diff(expected, actual)


def test_german_entities_labels_aliases_and_links() -> None:
    g = extraction_graph(german_extraction())
    assert (GERMANY, RDF.type, KG.State) in g
    assert (GERMANY, RDFS.label, Literal("Deutschland", lang="de")) in g
    assert (GERMANY, OWL.sameAs, WD.Q183) in g
    assert (MACRON, SKOS.altLabel, Literal("Macron", lang="de")) in g
    assert (MERZ, RDF.type, KG.Person) in g
    assert list(g.objects(MERZ, OWL.sameAs)) == []  # not linked: no sameAs
    place = URIRef(RES + "place/strassburg")
    assert (place, GEO.lat, Literal("48.573405", datatype=XSD_DECIMAL)) in g
    assert (place, GEO.long, Literal("7.752111", datatype=XSD_DECIMAL)) in g


def test_german_document_node() -> None:
    ex = german_extraction()
    g = extraction_graph(ex)
    doc = document_iri(ex.document)
    assert (doc, RDF.type, KG.Document) in g
    assert (doc, KG.contentHash, Literal(ex.document.sha256)) in g
    assert (doc, DCTERMS.language, Literal("de")) in g
    assert (doc, DCTERMS.source, Literal("articles/beistandspakt.txt")) in g
    assert (doc, DCTERMS.title, Literal("Beistandspakt", lang="de")) in g
    assert (doc, DCTERMS.date, Literal("2025-03-10", datatype=XSD_DATE)) in g


def test_treaty_between_two_states_with_signers() -> None:
    ex = german_extraction()
    g = extraction_graph(ex)
    doc = document_iri(ex.document)
    assert (PACT, RDF.type, KG.Treaty) in g
    assert (PACT, KG.treatyType, KG.MutualDefense) in g
    assert set(g.objects(PACT, KG.party)) == {GERMANY, FRANCE}
    assert set(g.objects(PACT, KG.signedBy)) == {MERZ, MACRON}
    assert (PACT, PROV.wasDerivedFrom, doc) in g
    assert (PACT, RDFS.label, Literal("Beistandspakt", lang="de")) in g
    assert set(g.objects(PACT, KG.evidence)) == {
        Literal(sentence(GERMAN_TEXT, 0), lang="de"),
        Literal(sentence(GERMAN_TEXT, 1), lang="de"),
    }
    assert list(g.objects(PACT, KG.modality)) == [KG.Asserted]
    assert list(g.objects(PACT, KG.confidence)) == [Literal("0.9", datatype=XSD_DECIMAL)]
    assert list(g.objects(PACT, KG.startOffset)) == []  # offsets live on its Assertions


@pytest.mark.parametrize(
    ("prop", "target", "sentence_no"),
    [
        (KG.party, GERMANY, 0),  # "Deutschland und Frankreich ..." names both parties
        (KG.party, FRANCE, 0),
        (KG.signedBy, MERZ, 1),  # the signers are named in the second sentence
        (KG.signedBy, MACRON, 1),
    ],
)
def test_one_assertion_per_treaty_fact_with_its_sentence(
    prop: URIRef, target: URIRef, sentence_no: int
) -> None:
    g = extraction_graph(german_extraction())
    found = _assertions(g, PACT, prop, target)
    assert len(found) == 1
    text = sentence(GERMAN_TEXT, sentence_no)
    start = GERMAN_TEXT.index(text)
    node = found[0]
    assert (node, KG.evidence, Literal(text, lang="de")) in g
    assert (node, KG.startOffset, Literal(start)) in g
    assert (node, KG.endOffset, Literal(start + len(text))) in g
    assert g.value(node, KG.startOffset).datatype == XSD_INTEGER  # type: ignore[union-attr]


def test_reported_deployment_with_count_and_qualifier() -> None:
    ex = german_extraction()
    g = extraction_graph(ex)
    (dep,) = list(g.subjects(RDF.type, KG.Deployment))
    assert g.value(dep, KG.deployingActor) == GERMANY
    assert list(g.objects(dep, KG.location)) == [LITHUANIA]
    count = g.value(dep, KG.troopCount)
    assert count == Literal(1500) and count.datatype == XSD_INTEGER  # type: ignore[union-attr]
    assert g.value(dep, KG.countQualifier) == KG.About
    assert g.value(dep, KG.forceType) == Literal("Soldaten")
    assert g.value(dep, KG.modality) == KG.Reported
    assert g.value(dep, KG.attributedToText) == Literal("Regierungskreisen", lang="de")
    assert g.value(dep, KG.confidence) == Literal("0.7", datatype=XSD_DECIMAL)
    assert g.value(dep, PROV.wasDerivedFrom) == document_iri(ex.document)
    text = sentence(GERMAN_TEXT, 2)
    assert g.value(dep, KG.startOffset) == Literal(GERMAN_TEXT.index(text))


@pytest.mark.parametrize(
    ("modality", "direct"),
    [("Asserted", True), ("Reported", True), ("Hypothetical", False), ("Denied", False)],
)
def test_direct_triple_only_for_asserted_and_reported(modality: str, direct: bool) -> None:
    ex = tiny_extraction()
    rel = dataclasses.replace(
        ex.relations[0], evidence=dataclasses.replace(ex.relations[0].evidence, modality=modality)
    )
    g = extraction_graph(dataclasses.replace(ex, relations=(rel,)))
    s, o = URIRef(RES + "wd/Q37"), POLAND
    assert ((s, KG.alliedWith, o) in g) is direct
    (node,) = _assertions(g, s, KG.alliedWith, o)
    assert g.value(node, KG.modality) == getattr(KG, modality)


def test_german_hypothetical_alliance_has_no_direct_triple() -> None:
    g = extraction_graph(german_extraction())
    assert (GERMANY, KG.alliedWith, POLAND) not in g
    assert len(_assertions(g, GERMANY, KG.alliedWith, POLAND)) == 1
    assert (MERZ, KG.leaderOf, GERMANY) in g  # the asserted one is there


@pytest.mark.parametrize(
    ("modalities", "strongest"),
    [
        (("Denied", "Reported"), "Reported"),
        (("Hypothetical", "Denied"), "Hypothetical"),
        (("Reported", "Asserted", "Denied"), "Asserted"),
        (("Denied",), "Denied"),
    ],
)
def test_treaty_modality_is_the_strongest_of_its_evidence(
    modalities: tuple[str, ...], strongest: str
) -> None:
    evs = tuple(Evidence(f"Satz {i}.", i * 10, i * 10 + 7, m) for i, m in enumerate(modalities))  # type: ignore[arg-type]
    assert strongest_modality(evs) == strongest
    ex = german_extraction()
    treaty = dataclasses.replace(ex.treaties[0], evidence=evs, signed_by=())
    g = extraction_graph(dataclasses.replace(ex, treaties=(treaty,)))
    assert list(g.objects(PACT, KG.modality)) == [getattr(KG, strongest)]


@pytest.mark.parametrize(
    ("value", "lexical"), [(0.8, "0.8"), (0.854, "0.85"), (0.855, "0.86"), (1.0, "1"), (1.7, "1")]
)
def test_confidence_is_a_rounded_clamped_decimal(value: float, lexical: str) -> None:
    assert confidence_literal(value) == Literal(lexical, datatype=XSD_DECIMAL)


@pytest.mark.parametrize("make", [german_extraction, english_extraction, tiny_extraction])
def test_building_twice_gives_isomorphic_graphs(make: object) -> None:
    first, second = extraction_graph(make()), extraction_graph(make())  # type: ignore[operator]
    assert len(first) > 0 and isomorphic(first, second)
    assert set(first) == set(second)  # no blank nodes: even the triples are identical


def test_no_blank_nodes_anywhere() -> None:
    g = extraction_graph(german_extraction())
    assert all(isinstance(t, (URIRef, Literal)) for triple in g for t in triple)


def test_two_documents_merge_on_the_wikidata_entity() -> None:
    g = Graph()
    add_extraction(g, german_extraction())
    add_extraction(g, english_extraction())
    assert set(g.objects(POLAND, RDFS.label)) == {
        Literal("Polen", lang="de"),
        Literal("Poland", lang="en"),
    }
    assert list(g.objects(POLAND, RDF.type)) == [KG.State]
    assert len(list(g.subjects(RDF.type, KG.Document))) == 2
    union = extraction_graph(german_extraction()) + extraction_graph(english_extraction())
    assert isomorphic(g, union)


def test_same_treaty_in_two_documents_is_one_node_derived_from_both() -> None:
    ex1 = german_extraction()
    text = "Frankreich und Deutschland bekräftigen ihren Beistandspakt."
    doc2 = dataclasses.replace(ex1.document, text=text, sha256="", source="b.txt")
    ex2 = Extraction(
        doc2,
        entities=ex1.entities[:2],
        treaties=(Treaty("MutualDefense", ("wd:Q142", "wd:Q183"), (evidence(text, text),)),),
    )
    g = Graph()
    add_extraction(g, ex1)
    add_extraction(g, ex2)
    assert set(g.objects(PACT, PROV.wasDerivedFrom)) == {
        document_iri(ex1.document),
        document_iri(doc2),
    }
    assert len(list(g.objects(PACT, KG.evidence))) == 3


def test_dataset_has_one_named_graph_per_document() -> None:
    exs = [german_extraction(), english_extraction(), tiny_extraction()]
    ds = build_dataset(exs)
    names = {c.identifier for c in ds.graphs() if len(c)}
    assert names == {document_iri(ex.document) for ex in exs}
    for ex in exs:
        assert isomorphic(ds.graph(document_iri(ex.document)), extraction_graph(ex))
    assert dict(ds.namespaces())["kg"] == URIRef(str(KG._NS))


def test_extraction_graph_is_named_by_the_document_and_binds_prefixes() -> None:
    ex = english_extraction()
    g = extraction_graph(ex)
    assert g.identifier == document_iri(ex.document)
    bound = {prefix: str(ns) for prefix, ns in g.namespaces()}
    for prefix in ("kg", "res", "wd", "prov", "dcterms", "skos", "owl", "geo"):
        assert prefix in bound
    assert bound["res"] == RES


def _with_bad_key(kind: str) -> Extraction:
    ex = german_extraction()
    ev = ex.relations[0].evidence
    if kind == "relation subject":
        return dataclasses.replace(ex, relations=(Relation("wd:Q1", "supports", "wd:Q183", ev),))
    if kind == "relation object":
        return dataclasses.replace(ex, relations=(Relation("wd:Q183", "supports", "nope", ev),))
    if kind == "treaty party":
        return dataclasses.replace(ex, treaties=(Treaty("Trade", ("wd:Q183", "nope"), (ev,)),))
    if kind == "treaty signer":
        bad = Treaty("Trade", ("wd:Q183",), (ev,), signed_by=("nope",))
        return dataclasses.replace(ex, treaties=(bad,))
    if kind == "deployment actor":
        return dataclasses.replace(ex, deployments=(Deployment("nope", ("wd:Q37",), ev),))
    if kind == "deployment location":
        return dataclasses.replace(ex, deployments=(Deployment("wd:Q183", ("nope",), ev),))
    if kind == "attribution":
        bad_ev = dataclasses.replace(ev, attributed_to="nope")
        return dataclasses.replace(
            ex, relations=(Relation("wd:Q183", "supports", "wd:Q37", bad_ev),)
        )
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    [
        "relation subject",
        "relation object",
        "treaty party",
        "treaty signer",
        "deployment actor",
        "deployment location",
        "attribution",
    ],
)
def test_unknown_entity_key_is_a_value_error(kind: str) -> None:
    with pytest.raises(ValueError, match="unknown entity key"):
        extraction_graph(_with_bad_key(kind))


def test_alias_tags_use_the_document_language() -> None:
    ex = english_extraction()
    german_label = Entity("wd:Q36", "State", "Polen", "de", "Q36", ("Poland",))
    g = extraction_graph(
        dataclasses.replace(ex, entities=(german_label, *ex.entities[:1], ex.entities[2]))
    )
    assert (POLAND, RDFS.label, Literal("Polen", lang="de")) in g
    assert (POLAND, SKOS.altLabel, Literal("Poland", lang="en")) in g


def test_duplicate_relation_records_keep_one_modality() -> None:
    ex = english_extraction()
    rel = ex.relations[1]
    again = dataclasses.replace(rel, evidence=dataclasses.replace(rel.evidence, confidence=0.3))
    g = extraction_graph(dataclasses.replace(ex, relations=(rel, again)))
    (node,) = _assertions(g, URIRef(RES + "wd/Q30"), KG.supports, POLAND)
    assert list(g.objects(node, KG.confidence)) == [Literal("0.8", datatype=XSD_DECIMAL)]


def test_english_text_offsets_match_the_evidence() -> None:
    g = extraction_graph(english_extraction())
    for node in g.subjects(RDF.type, KG.Assertion):
        start = int(g.value(node, KG.startOffset))  # type: ignore[arg-type]
        end = int(g.value(node, KG.endOffset))  # type: ignore[arg-type]
        assert ENGLISH_TEXT[start:end] == str(g.value(node, KG.evidence))


@pytest.mark.parametrize("field", ["parties", "evidence"])
def test_treaty_without_parties_or_evidence_is_left_out(field: str) -> None:
    ex = german_extraction()
    treaty = dataclasses.replace(ex.treaties[0], **{field: ()}, signed_by=())
    g = extraction_graph(dataclasses.replace(ex, treaties=(treaty,)))
    assert list(g.subjects(RDF.type, KG.Treaty)) == []


def test_unknown_document_language_still_tags_literals() -> None:
    ex = tiny_extraction()
    doc = dataclasses.replace(ex.document, lang="")
    g = extraction_graph(dataclasses.replace(ex, document=doc))
    (ev,) = list(g.objects(None, KG.evidence))
    assert ev.language == "und"  # type: ignore[attr-defined]
