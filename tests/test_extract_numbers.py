"""Troop numbers in German and English formats, with their qualifiers."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_nlp
from kg.extract.lexicon import load_lexicon
from kg.extract.numbers import count_before, number_format, parse_number
from kg.records import Document


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "11.000", 11000),  # German thousands separator
        ("de", "1,5", 1.5),  # German decimal comma
        ("de", "zwei", 2),  # number word
        ("en", "4,800", 4800),  # English thousands separator
        ("en", "28,500", 28500),
        ("en", "1.5", 1.5),
        ("en", "three", 3),
        ("de", "Soldaten", None),
    ],
)
def test_parse_number(lang: str, text: str, value: float | None) -> None:
    assert parse_number(text, number_format(load_lexicon(lang))) == value


def count_of(text: str, lang: str, noun: str) -> tuple[int | None, str | None] | None:
    """The count (and qualifier) read right before ``noun`` in ``text``."""
    doc = load_nlp(lang)(text)
    view = doc._.kg_view
    t = view.texts.index(noun)
    found = count_before(view, t, 0)
    return None if found is None else (found.value, found.qualifier)


@pytest.mark.parametrize(
    ("lang", "text", "noun", "expected"),
    [
        ("de", "Dort sind mindestens 11.000 Soldaten.", "Soldaten", (11000, "AtLeast")),
        ("de", "Dort sind fast 11.000 Soldaten.", "Soldaten", (11000, "AtMost")),
        ("de", "Dort sind etwa 50.000 Soldaten.", "Soldaten", (50000, "About")),
        ("de", "Dort sind rund 1.000 Söldner.", "Söldner", (1000, "About")),
        ("de", "Dort sind mehr als 2.000 Soldaten.", "Soldaten", (2000, "AtLeast")),
        ("de", "Dort sind bis zu 500 Berater.", "Berater", (500, "AtMost")),
        ("de", "Dort sind 11.000 nordkoreanische Soldaten.", "Soldaten", (11000, "Exact")),
        ("de", "Dort sind zwei Millionen Soldaten.", "Soldaten", (2000000, "Exact")),
        ("de", "Dort sind Tausende Soldaten.", "Soldaten", (None, None)),
        ("de", "Dort sind mehrere hundert Berater.", "Berater", (None, None)),
        ("en", "There are some 200 advisers.", "advisers", (200, "About")),
        ("en", "There are about 4,800 soldiers.", "soldiers", (4800, "About")),
        ("en", "There are 28,500 troops.", "troops", (28500, "Exact")),
        ("en", "Up to 10,000 North Korean soldiers fight.", "soldiers", (10000, "AtMost")),
        ("en", "There are thousands of troops.", "troops", (None, None)),
    ],
)
def test_count_and_qualifier(lang: str, text: str, noun: str,
                             expected: tuple[int | None, str | None] | None) -> None:
    assert count_of(text, lang, noun) == expected


def test_a_year_is_no_troop_count() -> None:
    assert count_of("Seit dem Jahr 2014 Soldaten dort.", "de", "Soldaten") is None


def test_vague_quantity_gives_a_deployment_without_a_count() -> None:
    ex = extract(Document(text="Tausende russische Soldaten sind in Belarus stationiert.",
                          lang="de", source="t"))
    (dep,) = ex.deployments
    assert dep.count is None and dep.qualifier is None


def test_a_count_reaches_over_a_coordinated_noun_phrase() -> None:
    from kg.extract import extract
    from kg.records import Document

    ex = extract(Document(text="Finland has moved about 300 additional navy and border guard "
                               "personnel to the Gulf of Finland.", lang="en", source="test"))
    assert [d.count for d in ex.deployments] == [300]
    ex = extract(Document(text="Poland sent 500 tanks and troops to Lithuania.", lang="en",
                          source="test"))
    assert all(d.count != 500 for d in ex.deployments)
