"""A trained pipeline's NER adds name candidates (``load_nlp(lang, model=path)``); linking
and relation rules stay ours. The test trains a tiny German NER itself and saves it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from kg.errors import InputError
from kg.extract import extract, load_nlp
from kg.records import Document

SENTENCE = "Gestern kam Zoran Pelko spät an."
TRAIN = [
    (SENTENCE, [(12, 23, "PER")]),
    ("Heute kam Marta Ilves nicht.", [(10, 21, "PER")]),
    ("Dort wartete Tomas Verr geduldig.", [(13, 23, "PER")]),
    ("Die Firma Kelvora baut Drohnen.", [(10, 17, "ORG")]),
]


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank German pipeline with an NER trained on four sentences, saved to disk."""
    spacy.util.fix_random_seed(0)  # the same tiny model in every run, whatever ran before
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner")
    for _, spans in TRAIN:
        for _, _, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": s}) for t, s in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(40):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("ner") / "tiny-de"
    nlp.to_disk(path)
    return path


def test_trained_pipeline_keeps_its_ner_and_adds_ours(model_path: Path) -> None:
    nlp = load_nlp("de", str(model_path))
    assert "ner" in nlp.pipe_names
    assert nlp.pipe_names[-1] == "kg_ner_candidates"
    assert "kg_gazetteer" in nlp.pipe_names


def test_ner_finds_a_name_the_rules_do_not(model_path: Path) -> None:
    doc = Document(text=SENTENCE, lang="de", source="t")
    blank = {e.label for e in extract(doc).entities}
    trained = {e.label: e.kind for e in extract(doc, model=str(model_path)).entities}
    assert "Zoran Pelko" not in blank
    assert trained.get("Zoran Pelko") == "Person"


def test_linking_still_comes_from_the_gazetteer(model_path: Path) -> None:
    ex = extract(Document(text="Polen und Litauen unterzeichneten ein Sicherheitsabkommen.",
                          lang="de", source="t"), model=str(model_path))
    assert {e.key for e in ex.entities} >= {"wd:Q36", "wd:Q37"}
    assert ex.treaties


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_nlp("de", str(tmp_path / "nothing-here"))
