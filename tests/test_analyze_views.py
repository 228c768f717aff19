"""Views of a hand-built kg graph: nodes, typed weighted edges, modality and evidence.

``sample_graph`` (German and English labels, a treaty, a deployment of 11,000, reported,
hypothetical and denied claims, one fact in two documents) is shared with the other
analyze/render test modules, which import it from here.
"""

from __future__ import annotations

import doctest
import hashlib
import importlib
from collections.abc import Sequence
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.analyze import actor_view, factual, full_view, load_views
from kg.errors import GraphError, InputError

KG = Namespace("https://w3id.org/newskg/ontology#")
RES = Namespace("https://w3id.org/newskg/resource/")
WD = Namespace("http://www.wikidata.org/entity/")

NK, RU, KIM, UA = RES["wd/Q423"], RES["wd/Q159"], RES["wd/Q56226"], RES["wd/Q212"]
US, NATO, KURSK = RES["wd/Q30"], RES["wd/Q7184"], RES["place/kursk"]
DOC_DE, DOC_EN = RES["doc/00000000000000de"], RES["doc/00000000000000en"]
TREATY = RES["treaty/MutualDefense/Q159--Q423"]
DEPLOYMENT = RES["deployment/0000000000000001"]


def add_entity(g: Graph, iri: URIRef, kind: str, labels: Sequence[tuple[str, str]],
               aliases: Sequence[tuple[str, str]] = (), qid: str | None = None) -> None:
    """Type an entity and give it labels, aliases and a Wikidata link."""
    g.add((iri, RDF.type, KG[kind]))
    for text, lang in labels:
        g.add((iri, RDFS.label, Literal(text, lang=lang)))
    for text, lang in aliases:
        g.add((iri, SKOS.altLabel, Literal(text, lang=lang)))
    if qid:
        g.add((iri, OWL.sameAs, WD[qid]))


def add_document(g: Graph, iri: URIRef, title: str, source: str, lang: str) -> None:
    """A kg:Document with title, source and language."""
    g.add((iri, RDF.type, KG.Document))
    g.add((iri, DCTERMS.title, Literal(title)))
    g.add((iri, DCTERMS.source, Literal(source)))
    g.add((iri, DCTERMS.language, Literal(lang)))


def add_provenance(g: Graph, node: URIRef, doc: URIRef, sentence: str, lang: str,
                   modality: str = "Asserted", start: int = 0) -> None:
    """Evidence, offsets, modality and source document on a claim node."""
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, KG.evidence, Literal(sentence, lang=lang)))
    g.add((node, KG.startOffset, Literal(start, datatype=rdflib.XSD.integer)))
    g.add((node, KG.endOffset, Literal(start + len(sentence), datatype=rdflib.XSD.integer)))
    g.add((node, KG.modality, KG[modality]))
    g.add((node, KG.confidence, Literal("0.8", datatype=rdflib.XSD.decimal)))


def add_assertion(g: Graph, s: URIRef, p: str, o: URIRef, doc: URIRef, sentence: str,
                  lang: str, modality: str = "Asserted") -> URIRef:
    """An Assertion node, plus the direct triple when the claim is asserted or reported."""
    digest = hashlib.sha256("|".join((s, p, o, doc, sentence)).encode()).hexdigest()
    node = RES[f"assertion/{digest[:16]}"]
    g.add((node, RDF.type, KG.Assertion))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, KG[p]))
    g.add((node, RDF.object, o))
    add_provenance(g, node, doc, sentence, lang, modality)
    if modality in ("Asserted", "Reported"):
        g.add((s, KG[p], o))
    return node


def sample_graph(*, de_title: str = "Beistandspakt in Kraft") -> Graph:
    """A small two-document kg graph with every kind of node and claim."""
    g = Graph()
    add_document(g, DOC_DE, de_title, "artikel-de.txt", "de")
    add_document(g, DOC_EN, "Allies at war", "article-en.txt", "en")
    add_entity(g, NK, "State", [("Nordkorea", "de"), ("North Korea", "en")],
               [("Pjöngjang", "de"), ("DPRK", "en")], "Q423")
    add_entity(g, RU, "State", [("Russland", "de"), ("Russia", "en")], [("Moskau", "de")], "Q159")
    add_entity(g, KIM, "Person", [("Kim Jong Un", "de")], [("Kim", "de")], "Q56226")
    add_entity(g, UA, "State", [("Ukraine", "en")], [], "Q212")
    add_entity(g, US, "State", [("United States", "en")], [("Washington", "en")], "Q30")
    add_entity(g, NATO, "Organization", [("NATO", "en")], [], "Q7184")
    add_entity(g, KURSK, "Place", [("Kursk", "de")], [("Region Kursk", "de")])
    add_assertion(g, KIM, "leaderOf", NK, DOC_DE, "Kim Jong Un regiert Nordkorea.", "de")
    add_assertion(g, NK, "alliedWith", RU, DOC_DE, "Nordkorea ist mit Russland verbündet.", "de")
    add_assertion(g, RU, "alliedWith", NK, DOC_EN, "Russia and North Korea are allies.", "en")
    add_assertion(g, KURSK, "locatedIn", RU, DOC_DE, "Kursk gehört zu Russland.", "de")
    add_assertion(g, NK, "supports", RU, DOC_EN, "North Korea reportedly arms Russia.", "en",
                  "Reported")
    add_assertion(g, RU, "inConflictWith", UA, DOC_EN, "Russia fights Ukraine.", "en")
    add_assertion(g, US, "sanctions", NK, DOC_EN, "Washington might sanction North Korea.",
                  "en", "Hypothetical")
    add_assertion(g, US, "affiliatedWith", NATO, DOC_EN, "Washington belongs to NATO.", "en")
    add_assertion(g, NK, "inConflictWith", UA, DOC_EN, "North Korea denies fighting Ukraine.",
                  "en", "Denied")
    g.add((TREATY, RDF.type, KG.Treaty))
    g.add((TREATY, KG.treatyType, KG.MutualDefense))
    for party in (NK, RU):
        g.add((TREATY, KG.party, party))
    g.add((TREATY, KG.signedBy, KIM))
    g.add((TREATY, KG.ratifiedBy, KIM))
    add_provenance(g, TREATY, DOC_DE, "Der Beistandspakt von Nordkorea und Russland gilt.", "de")
    g.add((DEPLOYMENT, RDF.type, KG.Deployment))
    g.add((DEPLOYMENT, KG.deployingActor, NK))
    g.add((DEPLOYMENT, KG.location, KURSK))
    g.add((DEPLOYMENT, KG.location, RU))
    g.add((DEPLOYMENT, KG.troopCount, Literal(11000, datatype=rdflib.XSD.integer)))
    g.add((DEPLOYMENT, KG.countQualifier, KG.About))
    g.add((DEPLOYMENT, KG.inSupportOf, RU))
    g.add((DEPLOYMENT, KG.forceType, Literal("Soldaten")))
    add_provenance(g, DEPLOYMENT, DOC_DE, "Rund 11.000 Soldaten aus Nordkorea sind in Kursk.",
                   "de", "Reported")
    return g


def edge_keys(G: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    """(subject label, key, object label) of every edge."""
    return {(G.nodes[u]["label"], k, G.nodes[v]["label"]) for u, v, k in G.edges(keys=True)}


def test_actor_view_has_every_actor_once_with_english_labels_first() -> None:
    G = actor_view(sample_graph())
    labels = sorted(d["label"] for _, d in G.nodes(data=True))
    assert labels == ["Kim Jong Un", "NATO", "North Korea", "Russia", "Ukraine", "United States"]
    nk = G.nodes[str(NK)]
    assert nk["kind"] == "State" and nk["wikidata"] == "Q423"
    assert set(nk["aliases"]) == {"Nordkorea", "Pjöngjang", "DPRK"}
    assert nk["documents"] == sorted([str(DOC_DE), str(DOC_EN)])


def test_actor_view_edges_are_typed_and_denied_claims_left_out() -> None:
    assert edge_keys(actor_view(sample_graph())) == {
        ("Kim Jong Un", "leaderOf", "North Korea"),
        ("Russia", "alliedWith", "North Korea"),
        ("North Korea", "supports", "Russia"),
        ("Russia", "inConflictWith", "Ukraine"),
        ("United States", "sanctions", "North Korea"),
        ("United States", "affiliatedWith", "NATO"),
        ("Russia", "treaty:MutualDefense", "North Korea"),
        ("North Korea", "deployment", "Russia"),
    }


def test_fact_in_two_documents_weighs_two_with_both_sentences() -> None:
    G = actor_view(sample_graph())
    (u, v), = [(u, v) for u, v, k in G.edges(keys=True) if k == "alliedWith"]
    edge = G.edges[u, v, "alliedWith"]
    assert edge["weight"] == 2 and edge["symmetric"] and edge["modality"] == "Asserted"
    assert edge["evidence"] == [
        ("Nordkorea ist mit Russland verbündet.", "Beistandspakt in Kraft"),
        ("Russia and North Korea are allies.", "Allies at war"),
    ]


@pytest.mark.parametrize(("key", "modality"), [
    ("leaderOf", "Asserted"), ("supports", "Reported"), ("sanctions", "Hypothetical"),
    ("deployment", "Reported"), ("treaty:MutualDefense", "Asserted"),
])
def test_edges_carry_the_modality_of_their_claims(key: str, modality: str) -> None:
    G = actor_view(sample_graph())
    found = [d["modality"] for _, _, k, d in G.edges(keys=True, data=True) if k == key]
    assert found == [modality]


def test_deployment_edge_points_at_host_state_with_troops() -> None:
    G = actor_view(sample_graph())
    edge = G.edges[str(NK), str(RU), "deployment"]
    assert edge["troops"] == [11000] and edge["deployments"] == [str(DEPLOYMENT)]
    assert edge["evidence"][0][1] == "Beistandspakt in Kraft"


def test_deployment_host_found_through_located_in() -> None:
    g = sample_graph()
    g.remove((DEPLOYMENT, KG.location, RU))
    g.remove((DEPLOYMENT, KG.inSupportOf, RU))
    assert actor_view(g).has_edge(str(NK), str(RU), "deployment")


def test_full_view_holds_treaty_deployment_and_place_nodes() -> None:
    G = full_view(sample_graph())
    kinds = sorted(d["kind"] for _, d in G.nodes(data=True))
    assert kinds == ["Deployment", "Organization", "Person", "Place", "State", "State", "State",
                     "State", "Treaty"]
    assert G.number_of_edges() == 15
    dep = G.nodes[str(DEPLOYMENT)]
    assert dep["label"] == "North Korea in Kursk, Russia: ~11,000"
    assert dep["count"] == 11000 and dep["qualifier"] == "About"
    treaty = G.nodes[str(TREATY)]
    assert treaty["label"] == "Mutual defense (Russia, North Korea)"
    assert treaty["parties"] == sorted([str(NK), str(RU)])
    assert ("Kursk", "locatedIn", "Russia") in edge_keys(G)


def test_factual_drops_hypothetical_edges() -> None:
    keys = {k for _, _, k in factual(actor_view(sample_graph())).edges(keys=True)}
    assert "sanctions" not in keys and "supports" in keys


def test_symmetric_claims_in_both_directions_merge() -> None:
    g = Graph()
    add_document(g, DOC_DE, "a", "a.txt", "de")
    add_document(g, DOC_EN, "b", "b.txt", "en")
    add_entity(g, NK, "State", [("Nordkorea", "de")])
    add_entity(g, RU, "State", [("Russland", "de")])
    add_assertion(g, NK, "inConflictWith", RU, DOC_DE, "Satz eins.", "de")
    add_assertion(g, RU, "inConflictWith", NK, DOC_EN, "Sentence two.", "en")
    G = actor_view(g)
    assert G.number_of_edges() == 1
    assert next(iter(G.edges(data="weight")))[2] == 2


def test_untyped_endpoints_become_actor_nodes() -> None:
    g = Graph()
    g.add((NK, KG.supports, RU))
    G = actor_view(g)
    assert sorted(d["kind"] for _, d in G.nodes(data=True)) == ["Actor", "Actor"]
    assert G.edges[str(NK), str(RU), "supports"]["weight"] == 1


@pytest.mark.parametrize("turtle", [
    "",
    "<urn:a> <http://xmlns.com/foaf/0.1/name> 'x' .",
    "<urn:a> a <http://xmlns.com/foaf/0.1/Person> .",
])
def test_graph_without_kg_data_raises(turtle: str) -> None:
    with pytest.raises(GraphError, match="holds no kg data"):
        actor_view(Graph().parse(data=turtle, format="turtle"))


def test_load_views_merges_files(tmp_path: Path) -> None:
    g = sample_graph()
    first, second = Graph(), Graph()
    for i, triple in enumerate(sorted(g)):
        (first if i % 2 else second).add(triple)
    first.serialize(tmp_path / "a.ttl", format="turtle")
    second.serialize(tmp_path / "b.nt", format="nt", encoding="utf-8")
    views = load_views([tmp_path / "a.ttl", str(tmp_path / "b.nt")])
    assert edge_keys(views.actors) == edge_keys(actor_view(g))
    assert views.full.number_of_nodes() == 9


def test_load_views_reports_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_views(tmp_path / "missing.ttl")
    (tmp_path / "bad.ttl").write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(GraphError, match="cannot parse"):
        load_views(tmp_path / "bad.ttl")


@pytest.mark.parametrize("module", [
    "kg.analyze", "kg.analyze.views", "kg.analyze.centrality", "kg.analyze.communities",
    "kg.analyze.paths", "kg.analyze.report", "kg.analyze.facts",
])
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_a_dataset_is_read_as_the_union_of_its_graphs() -> None:
    g = sample_graph()
    ds = rdflib.Dataset()
    for i, triple in enumerate(sorted(g)):
        ds.graph(URIRef(f"urn:graph:{i % 3}")).add(triple)
    assert edge_keys(actor_view(ds)) == edge_keys(actor_view(g))
    assert full_view(ds).number_of_nodes() == 9
