"""Sentence boundaries for news text and the evidence offsets built on them."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_nlp
from kg.extract.segment import MAX_SENTENCE_TOKENS
from kg.records import Document


def sentences(text: str, lang: str = "de") -> list[str]:
    """The sentences the pipeline finds in ``text`` (whitespace-trimmed)."""
    doc = load_nlp(lang)(text)
    view = doc._.kg_view
    return [view.sentence_text(k)[0] for k in range(len(view.sents))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headline without final punctuation, one paragraph per line
        ("Gipfel in Vilnius endet ohne Einigung\nDie Nato-Staaten vertagten den Streit.",
         ["Gipfel in Vilnius endet ohne Einigung", "Die Nato-Staaten vertagten den Streit."]),
        # abbreviation "z. B." and a date "7. März" do not end a sentence
        ("Staaten wie z. B. Schweden traten am 7. März 2024 bei. Danach folgte die Feier.",
         ["Staaten wie z. B. Schweden traten am 7. März 2024 bei.", "Danach folgte die Feier."]),
        # ordinal before a noun
        ("Finnland wurde 2023 das 31. Mitglied des Bündnisses. Schweden folgte.",
         ["Finnland wurde 2023 das 31. Mitglied des Bündnisses.", "Schweden folgte."]),
        # bullet lines are sentences of their own
        ("Folgen:\n- Mehr Truppen an der Ostflanke\n- Höhere Ausgaben",
         ["Folgen:", "- Mehr Truppen an der Ostflanke", "- Höhere Ausgaben"]),
        # a quote that ends with the full stop stays whole
        ("„Wir stehen zusammen.“ Das sagte der Kanzler in Berlin.",
         ["„Wir stehen zusammen.“", "Das sagte der Kanzler in Berlin."]),
        # a number with its full stop at the end of a sentence
        ("Die Zahl stieg auf rund 1.000. Dann sank sie wieder.",
         ["Die Zahl stieg auf rund 1.000.", "Dann sank sie wieder."]),
        # a question mark ends a sentence
        ("Bleiben die Truppen? Niemand weiß es.", ["Bleiben die Truppen?", "Niemand weiß es."]),
    ],
)
def test_german_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV — Ukraine said on Monday it had repelled the attack. Officials gave no figures.",
         ["KYIV — Ukraine said on Monday it had repelled the attack.",
          "Officials gave no figures."]),
        ("The U.S. Army sent Gen. Smith to Poland. He arrived on Friday.",
         ["The U.S. Army sent Gen. Smith to Poland.", "He arrived on Friday."]),
    ],
)
def test_english_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


def test_text_without_punctuation_is_cut_into_bounded_sentences() -> None:
    text = " ".join(["Soldaten marschieren durch das Land"] * 400)
    doc = load_nlp("de")(text)
    view = doc._.kg_view
    assert len(view.sents) > 1
    assert max(b - a for a, b in view.sents) <= MAX_SENTENCE_TOKENS


@pytest.mark.parametrize("lang", ["de", "en"])
def test_evidence_offsets_index_the_document_text(lang: str) -> None:
    text = {
        "de": "Vorspann ohne Punkt\n\nMindestens 1.500 französische Soldaten sind in Mali "
              "stationiert.  Der Präsident Frankreichs, Emmanuel Macron, bestätigte das.",
        "en": "Intro line\n\nAbout 4,000 British troops are stationed in Estonia.  "
              "British Prime Minister Keir Starmer confirmed it.",
    }[lang]
    ex = extract(Document(text=text, lang=lang, source="t"))
    evidences = [d.evidence for d in ex.deployments] + [r.evidence for r in ex.relations]
    assert evidences
    for ev in evidences:
        assert text[ev.start : ev.end] == ev.sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Moskau unterhält seine 102. Militärbasis in Gjumri. Sie hat 3.000 Soldaten.",
      ["Moskau unterhält seine 102. Militärbasis in Gjumri.", "Sie hat 3.000 Soldaten."]),
     ("Die Zahl stieg auf 300. Danach sank sie.",
      ["Die Zahl stieg auf 300.", "Danach sank sie."])],
)
def test_an_ordinal_after_an_article_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_rank_abbreviation_keeps_its_stop_and_ends_no_sentence() -> None:
    from kg.extract import load_nlp

    doc = load_nlp("en")("In March, junta spokesman Col. Amadou Abdramane spoke. Sgt. Lee agreed.")
    assert "Col." in [t.text for t in doc]
    assert [s.text for s in doc.sents] == [
        "In March, junta spokesman Col. Amadou Abdramane spoke.", "Sgt. Lee agreed."]
