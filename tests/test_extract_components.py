"""The spaCy components: registration, pipeline order, results on Doc extensions, and
HanTa asked only about the words that need it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import load_nlp
from kg.extract.tagger import word_tagger

FACTORIES = ["kg_sentencizer", "kg_boilerplate", "kg_cues", "kg_gazetteer", "kg_hanta",
             "kg_names", "kg_ner_candidates"]


@pytest.mark.parametrize("name", FACTORIES)
def test_every_component_is_a_registered_factory(name: str) -> None:
    load_nlp("en")  # importing the pipeline registers the factories
    assert Language.has_factory(name)


@pytest.mark.parametrize(
    ("lang", "pipes"),
    [
        ("de", ["kg_sentencizer", "kg_boilerplate", "kg_cues", "kg_gazetteer", "kg_hanta",
                "kg_names"]),
        ("en", ["kg_sentencizer", "kg_boilerplate", "kg_cues", "kg_gazetteer", "kg_names"]),
    ],
)
def test_default_pipeline_is_blank_plus_our_components(lang: str, pipes: list[str]) -> None:
    nlp = load_nlp(lang)
    assert nlp.pipe_names == pipes
    assert load_nlp(lang) is nlp  # cached


def test_sentencizer_on_a_hand_built_doc() -> None:
    nlp = load_nlp("de")
    words = ["Am", "7.", "März", "traten", "sie", "bei", ".", "Dann", "kam", "Finnland", "."]
    doc = Doc(nlp.vocab, words=words)
    doc = nlp.get_pipe("kg_sentencizer")(doc)
    assert [t.is_sent_start for t in doc] == [True, False, False, False, False, False, False,
                                              True, False, False, False]


def test_results_live_on_doc_extensions() -> None:
    doc = load_nlp("de")("Die ukrainische Außenministerin Olena Brodska reiste ab.\n"
                         "Themen: Ukraine · Polen")
    assert doc._.kg_boiler and doc.text[slice(*doc._.kg_boiler[0])].startswith("Themen")
    assert any(m.text == "ukrainische" for m in doc._.kg_gazetteer)
    assert any(m.text == "Olena Brodska" for m in doc._.kg_names)
    assert doc._.kg_view.sents


def test_hanta_tags_only_the_words_it_must_judge_and_caches_them() -> None:
    nlp = load_nlp("de")
    doc = nlp("Die Regierung sagte, Außenministerin Halyna Brodska reise morgen ab.")
    tagged = {t.text for t in doc if t.tag_}
    assert {"Halyna", "Brodska"} <= tagged
    assert "Regierung" not in tagged and "reise" not in tagged
    tagger = word_tagger("morphmodel_ger.pgz")
    before = tagger.calls
    nlp("Die Regierung sagte, Außenministerin Halyna Brodska reise morgen ab.")
    assert tagger.calls == before
