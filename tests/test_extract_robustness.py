"""Odd inputs: a megabyte without punctuation, emoji, HTML remnants, mixed languages,
empty text. Nothing crashes and offsets stay exact."""

from __future__ import annotations

import random

import pytest

from kg.extract import extract, load_nlp
from kg.extract.segment import MAX_SENTENCE_TOKENS
from kg.records import Document, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Document(text=text, lang=lang, source="test"))


def check_offsets(ex: Extraction) -> None:
    text = ex.document.text
    evidences = [d.evidence for d in ex.deployments] + [r.evidence for r in ex.relations]
    evidences += [e for t in ex.treaties for e in t.evidence]
    for ev in evidences:
        assert text[ev.start : ev.end] == ev.sentence


@pytest.mark.slow
def test_a_megabyte_without_sentence_punctuation() -> None:
    rng = random.Random(3)
    words = ("die Soldaten marschieren durch das Land während Russland und die Ukraine über "
             "einen Waffenstillstand verhandeln und Kanzler Friedrich Merz in Berlin mit "
             "Nato-Generalsekretär Mark Rutte spricht").split()
    text = " ".join(rng.choice(words) for _ in range(150_000))
    assert len(text) > 1_000_000
    ex = run(text, "de")
    check_offsets(ex)
    doc = load_nlp("de")(text[:100_000])
    assert max(b - a for a, b in doc._.kg_view.sents) <= MAX_SENTENCE_TOKENS


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # emoji and flags around names
        ("de", "🇺🇦 Die Ukraine 🙏 meldet Angriffe 🔥 aus Russland 💥.", {"Ukraine", "Russland"}),
        # HTML remnants and entities left in plain text
        ("de", "<p>Die <b>Türkei</b> und&nbsp;<i>Griechenland</i> verhandeln.</p>",
         {"Türkei", "Griechenland"}),
        ("en", "<div class='x'>Poland &amp; Lithuania</div> signed <br/> a pact.",
         {"Poland", "Lithuania"}),
        # mixed German and English
        ("de", "Der Spiegel schreibt: \"NATO troops are stationed in Estonia.\" Estland "
               "bestätigt das.", {"Estland"}),
    ],
)
def test_noisy_text_still_yields_entities(lang: str, text: str, expected: set[str]) -> None:
    ex = run(text, lang)
    check_offsets(ex)
    aliases = {a for e in ex.entities for a in e.aliases}
    assert expected <= aliases


@pytest.mark.parametrize("text", ["", "   \n\t  ", "....", "\u200b\u200b", "1234 5678"])
def test_empty_or_contentless_text(text: str) -> None:
    ex = run(text, "de")
    assert ex.entities == () and ex.relations == () and ex.deployments == ()


def test_unsupported_language_uses_the_english_rules() -> None:
    ex = run("Poland and Lithuania signed a defence agreement.", "fr")
    assert {e.label for e in ex.entities} >= {"Poland", "Lithuania"}


def test_same_text_gives_the_same_extraction() -> None:
    text = ("Rund 1.500 französische Soldaten sind in Estland stationiert. "
            "Frankreich und Estland unterzeichneten ein Sicherheitsabkommen.")
    assert run(text, "de") == run(text, "de")
