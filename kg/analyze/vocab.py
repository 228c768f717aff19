"""The RDF terms and class names the analytics read, in one place."""

from __future__ import annotations

from kg.rdf.namespace import KG, WD

KG_NS = str(KG._NS)
WIKIDATA = str(WD)

ACTOR_KINDS: tuple[str, ...] = ("State", "Organization", "Person")
# A node typed with several classes takes the first of these (kg:State is also a kg:Place).
ENTITY_KINDS: tuple[str, ...] = ("State", "Organization", "Person", "Place")
# Strongest first: an edge carries the strongest modality among its supporting claims.
MODALITY_ORDER: tuple[str, ...] = ("Asserted", "Reported", "Hypothetical", "Denied")
FACTUAL_MODALITIES: frozenset[str] = frozenset({"Asserted", "Reported"})

__all__ = ["ACTOR_KINDS", "ENTITY_KINDS", "FACTUAL_MODALITIES", "KG", "KG_NS", "MODALITY_ORDER",
           "WIKIDATA"]
