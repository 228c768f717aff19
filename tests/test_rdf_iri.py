"""Stable IRIs: same record -> same IRI; the layout of docs/DESIGN.md."""

from __future__ import annotations

import dataclasses

import pytest
from rdflib import URIRef

from kg.rdf.iri import (
    assertion_iri,
    deployment_iri,
    document_iri,
    entity_iri,
    slug,
    treaty_iri,
    wikidata_id,
)
from kg.records import Deployment, Document, Entity, Evidence

RES = "https://w3id.org/newskg/resource/"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friedrich Merz", "friedrich-merz"),  # plain name
        ("Straßburg", "strassburg"),  # German sharp s
        ("Müller-Lüdenscheidt", "muller-ludenscheidt"),  # umlauts and hyphen
        ("São Tomé and Príncipe", "sao-tome-and-principe"),  # accents
        ("Łódź", "lodz"),  # letters NFKD does not fold
        ("  U.S. Army  ", "u-s-army"),  # punctuation and spaces collapse
        ("NATO", "nato"),  # lowercase
        ("Øresund 2024", "oresund-2024"),  # digits kept
    ],
)
def test_slug_folds_to_ascii_hyphenated_lowercase(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_slug_of_non_latin_text_is_a_stable_hash() -> None:
    first, second = slug("Владимир Путин"), slug("Владимир Путин")
    assert first == second and first.startswith("u-") and len(first) == 14
    assert slug("Сергей Лавров") != first


def test_long_slugs_are_cut_but_stay_distinct() -> None:
    a, b = slug("Abkommen " * 20 + "eins"), slug("Abkommen " * 20 + "zwei")
    assert a != b and len(a) <= 90


@pytest.mark.parametrize("value", ["Q183", "wd:Q183", "http://www.wikidata.org/entity/Q183"])
def test_wikidata_ids_are_normalised(value: str) -> None:
    assert wikidata_id(value) == "Q183"


@pytest.mark.parametrize("value", ["", "183", "Q", "Q0183x", "P31"])
def test_malformed_wikidata_ids_are_rejected(value: str) -> None:
    with pytest.raises(ValueError):
        wikidata_id(value)


def test_linked_entity_iri_is_the_same_in_every_language() -> None:
    de = Entity("wd:Q183", "State", "Deutschland", "de", "Q183")
    en = Entity("wd:Q183", "State", "Germany", "en", "Q183")
    assert entity_iri(de) == entity_iri(en) == URIRef(RES + "wd/Q183")


@pytest.mark.parametrize(
    ("kind", "label", "path"),
    [
        ("Person", "Hong Min", "person/hong-min"),
        ("Organization", "Bundeswehr", "organization/bundeswehr"),
        ("Place", "Straßburg", "place/strassburg"),
        ("State", "Atlantis", "state/atlantis"),
    ],
)
def test_unlinked_entity_iri_uses_kind_and_slug(kind: str, label: str, path: str) -> None:
    entity = Entity(f"{kind}:{label}", kind, label, "de")  # type: ignore[arg-type]
    assert entity_iri(entity) == URIRef(RES + path)


def test_document_iri_depends_on_text_only() -> None:
    a = Document("Ein Text.", "de", "a.txt")
    b = Document("Ein Text.", "de", "b.txt", title="anders")
    c = Document("Ein anderer Text.", "de", "a.txt")
    assert document_iri(a) == document_iri(b) == URIRef(RES + "doc/" + a.sha256[:16])
    assert document_iri(a) != document_iri(c)


def test_treaty_iri_sorts_parties() -> None:
    one = treaty_iri("MutualDefense", [RES + "wd/Q183", RES + "wd/Q142"])
    two = treaty_iri("MutualDefense", [RES + "wd/Q142", RES + "wd/Q183"])
    assert one == two == URIRef(RES + "treaty/MutualDefense/Q142--Q183")
    assert treaty_iri("Trade", [RES + "wd/Q142", RES + "wd/Q183"]) != one


def test_treaty_iri_needs_a_party() -> None:
    with pytest.raises(ValueError):
        treaty_iri("Other", [])


DOC = Document("Rund 500 Soldaten wurden nach Litauen verlegt.", "de", "x.txt")
EV = Evidence(DOC.text, 0, len(DOC.text), "Reported")
DEP = Deployment("wd:Q183", ("wd:Q37",), EV, count=500, qualifier="About")


def test_deployment_iri_is_stable_and_sensitive() -> None:
    base = deployment_iri(DOC, DEP, RES + "wd/Q183", [RES + "wd/Q37"])
    assert base == deployment_iri(DOC, DEP, RES + "wd/Q183", [RES + "wd/Q37"])
    assert base.startswith(RES + "deployment/") and len(base) == len(RES) + len("deployment/") + 16
    other_count = dataclasses.replace(DEP, count=600)
    assert deployment_iri(DOC, other_count, RES + "wd/Q183", [RES + "wd/Q37"]) != base
    assert deployment_iri(DOC, DEP, RES + "wd/Q30", [RES + "wd/Q37"]) != base


def test_deployment_iri_ignores_location_order() -> None:
    a = deployment_iri(DOC, DEP, RES + "wd/Q183", [RES + "wd/Q37", RES + "place/x"])
    b = deployment_iri(DOC, DEP, RES + "wd/Q183", [RES + "place/x", RES + "wd/Q37"])
    assert a == b


def test_assertion_iri_is_stable_and_sensitive() -> None:
    args = (DOC, RES + "wd/Q183", "https://w3id.org/newskg/ontology#supports", RES + "wd/Q37")
    assert assertion_iri(*args, 0) == assertion_iri(*args, 0)
    assert assertion_iri(*args, 0) != assertion_iri(*args, 10)
    assert str(assertion_iri(*args, 0)).startswith(RES + "assertion/")
