"""Hand-built Extraction records (German and English) shared by the tests of kg.rdf.

The texts are written for these tests; offsets are computed from them so they stay right.
"""

from __future__ import annotations

import pytest

from kg.records import Deployment, Document, Entity, Evidence, Extraction, Relation, Treaty

GERMAN_TEXT = (
    "Deutschland und Frankreich haben am Montag einen Beistandspakt unterzeichnet. "
    "Bundeskanzler Friedrich Merz und Präsident Emmanuel Macron setzten in Straßburg "
    "ihre Unterschriften unter den Vertrag. "
    "Laut Regierungskreisen sollen rund 1.500 Soldaten nach Litauen verlegt werden. "
    "Ein Bündnis mit Polen könnte folgen."
)

ENGLISH_TEXT = (
    "Officials in Washington said the United States has sent at least 3,000 troops to Poland. "
    "Poland and the United States signed a security agreement last year, the ministry said. "
    "Warsaw denies that it is in conflict with Belarus. "
    "The United States supports Poland."
)

TINY_TEXT = "Lithuania could join the alliance with Poland."


def evidence(text: str, sentence: str, modality: str = "Asserted", **kw: object) -> Evidence:
    """Evidence for ``sentence``, with its offsets found in ``text``."""
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence), modality, **kw)  # type: ignore[arg-type]


def sentence(text: str, number: int) -> str:
    """The ``number``-th sentence of our sample texts (they end in '. ')."""
    parts = [p if p.endswith(".") else p + "." for p in text.split(". ")]
    return parts[number]


GERMANY = Entity("wd:Q183", "State", "Deutschland", "de", "Q183", ("Deutschland",))
FRANCE = Entity("wd:Q142", "State", "Frankreich", "de", "Q142", ("Frankreich",))
MERZ = Entity("Person:Friedrich Merz", "Person", "Friedrich Merz", "de", None, ("Friedrich Merz",))
MACRON = Entity("wd:Q3052772", "Person", "Emmanuel Macron", "de", "Q3052772", ("Macron",))
LITHUANIA = Entity("wd:Q37", "State", "Litauen", "de", "Q37", ("Litauen",), 55.0, 24.0)
POLAND_DE = Entity("wd:Q36", "State", "Polen", "de", "Q36", ("Polen",))
STRASBOURG = Entity(
    "Place:Straßburg", "Place", "Straßburg", "de", None, ("Straßburg",), 48.5734053, 7.7521113
)


def german_extraction() -> Extraction:
    """A treaty signed by two leaders, a Reported deployment, a Hypothetical alliance."""
    t = GERMAN_TEXT
    doc = Document(t, "de", "articles/beistandspakt.txt", title="Beistandspakt", date="2025-03-10")
    s0, s1, s2, s3 = (sentence(t, i) for i in range(4))
    return Extraction(
        document=doc,
        entities=(GERMANY, FRANCE, MERZ, MACRON, LITHUANIA, POLAND_DE, STRASBOURG),
        relations=(
            Relation("Person:Friedrich Merz", "leaderOf", "wd:Q183", evidence(t, s1, "Asserted")),
            Relation("wd:Q3052772", "leaderOf", "wd:Q142", evidence(t, s1, "Asserted")),
            Relation("wd:Q183", "alliedWith", "wd:Q36", evidence(t, s3, "Hypothetical")),
        ),
        treaties=(
            Treaty(
                "MutualDefense",
                ("wd:Q142", "wd:Q183"),
                (evidence(t, s0, confidence=0.9), evidence(t, s1, confidence=0.854)),
                signed_by=("Person:Friedrich Merz", "wd:Q3052772"),
                name="Beistandspakt",
            ),
        ),
        deployments=(
            Deployment(
                "wd:Q183",
                ("wd:Q37",),
                evidence(t, s2, "Reported", attributed_to_text="Regierungskreisen", confidence=0.7),
                count=1500,
                qualifier="About",
                force="Soldaten",
            ),
        ),
    )


USA = Entity("wd:Q30", "State", "United States", "en", "Q30", ("United States", "Washington"))
POLAND_EN = Entity("wd:Q36", "State", "Poland", "en", "Q36", ("Poland", "Warsaw"))
BELARUS = Entity("wd:Q184", "State", "Belarus", "en", "Q184", ("Belarus",))


def english_extraction() -> Extraction:
    """A Reported deployment with a lower bound, a treaty, a Denied conflict, a support."""
    t = ENGLISH_TEXT
    doc = Document(t, "en", "https://news.example.org/2025/poland", title="Troops to Poland")
    s0, s1, s2, s3 = (sentence(t, i) for i in range(4))
    return Extraction(
        document=doc,
        entities=(USA, POLAND_EN, BELARUS),
        relations=(
            Relation(
                "wd:Q36",
                "inConflictWith",
                "wd:Q184",
                evidence(t, s2, "Denied", attributed_to="wd:Q36", confidence=0.6),
            ),
            Relation("wd:Q30", "supports", "wd:Q36", evidence(t, s3)),
        ),
        treaties=(
            Treaty(
                "SecurityAgreement",
                ("wd:Q30", "wd:Q36"),
                (evidence(t, s1, "Reported", attributed_to_text="the ministry"),),
                signed_by=("wd:Q30", "wd:Q36"),
            ),
        ),
        deployments=(
            Deployment(
                "wd:Q30",
                ("wd:Q36",),
                evidence(t, s0, "Reported", attributed_to_text="Officials in Washington"),
                count=3000,
                qualifier="AtLeast",
                force="troops",
            ),
        ),
    )


LITHUANIA_EN = Entity("wd:Q37", "State", "Lithuania", "en", "Q37", ("Lithuania",))


def tiny_extraction() -> Extraction:
    """One Hypothetical relation only: the Assertion node, no direct triple."""
    t = TINY_TEXT
    doc = Document(t, "en", "tiny.txt")
    return Extraction(
        document=doc,
        entities=(LITHUANIA_EN, POLAND_EN),
        relations=(Relation("wd:Q37", "alliedWith", "wd:Q36", evidence(t, t, "Hypothetical")),),
    )


ALL_SAMPLES = (german_extraction, english_extraction, tiny_extraction)


@pytest.mark.parametrize("make", ALL_SAMPLES)
def test_sample_offsets_index_the_text(make: object) -> None:
    ex = make()  # type: ignore[operator]
    evs = [r.evidence for r in ex.relations] + [d.evidence for d in ex.deployments]
    evs += [e for t in ex.treaties for e in t.evidence]
    for ev in evs:
        assert ex.document.text[ev.start : ev.end] == ev.sentence
