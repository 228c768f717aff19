"""Every spaCy component of the extractor, registered with ``Language.factory``.

Order in a pipeline: ``kg_sentencizer`` -> ``kg_boilerplate`` -> ``kg_cues`` ->
``kg_gazetteer`` -> ``kg_hanta`` (German) -> ``kg_names`` -> ``kg_ner_candidates`` (only
with a trained pipeline). Results live on ``Doc._`` extensions:

- ``doc._.kg_boiler``: (start, end) character offsets of boilerplate lines;
- ``doc._.kg_view``: the ``DocView`` the rule modules read (texts, sentences, cues);
- ``doc._.kg_gazetteer``: gazetteer ``Mention``s; ``doc._.kg_names``: names found by rule
  or by a trained NER; ``doc._.kg_absorbed``: ids of gazetteer mentions inside a longer name.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.boilerplate import BoilerplateRules, boilerplate_lines
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import load_lexicon
from kg.extract.matching import GazetteerMatcher
from kg.extract.names import NameFinder, tag_candidates
from kg.extract.segment import MAX_SENTENCE_TOKENS, sentence_starts
from kg.extract.tagger import TagResult, word_tagger
from kg.extract.view import DocView, Mention

_EXTENSIONS: dict[str, Any] = {
    "kg_boiler": None,
    "kg_view": None,
    "kg_gazetteer": None,
    "kg_names": None,
    "kg_absorbed": None,
}
for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

# NER labels of trained pipelines -> our entity kinds.
NER_KINDS = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "LOC": "Place",
             "GPE": "Place", "NORP": None, "FAC": "Place"}


def _tokenize(nlp: Language, texts: list[str]) -> list[Doc]:
    """Tokenize ``texts`` with the pipeline's tokenizer (patterns for phrase matchers)."""
    return [nlp.make_doc(t) for t in texts]


def _lang(nlp: Language) -> str:
    return str(nlp.lang or "en")


@Language.factory(
    "kg_sentencizer",
    default_config={"max_tokens": MAX_SENTENCE_TOKENS},
    assigns=["token.is_sent_start"],
)
class NewsSentencizer:
    """Sentence starts for news text (lines, headlines, bullets, abbreviations, dates)."""

    def __init__(self, nlp: Language, name: str, *, max_tokens: int) -> None:
        self.name = name
        self.max_tokens = max_tokens
        data = load_lexicon(_lang(nlp)).data
        self.abbreviations = frozenset(str(a).lower() for a in data.get("abbreviations", []))
        # words before a number that make "102." an ordinal ("seine 102. Militärbasis")
        self.ordinal_before = frozenset(str(a).lower() for a in data.get("ordinal_before", []))

    def __call__(self, doc: Doc) -> Doc:
        flags = sentence_starts(doc, self.abbreviations, self.max_tokens,
                                ordinal_before=self.ordinal_before)
        if flags:
            flags[0] = True
            # One array write: setting token.is_sent_start one by one rescans the doc.
            values: Any = numpy.array([[1 if f else -1] for f in flags], dtype="int64")
            doc.from_array([SENT_START], values.astype("uint64"))
        return doc


@Language.factory("kg_boilerplate", assigns=["doc._.kg_boiler"])
class BoilerplateDetector:
    """Marks page furniture lines (tag lists, share bars, promotions) to be skipped."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules = BoilerplateRules.from_section(load_lexicon(_lang(nlp)).section("boilerplate"))

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_boiler = boilerplate_lines(doc.text, self.rules)
        return doc


@Language.factory(
    "kg_cues",
    assigns=["doc._.kg_view"],
    requires=["token.is_sent_start", "doc._.kg_boiler"],
)
class CueTagger:
    """Lexicon phrases (multi-word roles, triggers, qualifiers) and the shared ``DocView``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lex = load_lexicon(_lang(nlp))
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.values: dict[str, list[tuple[str, str]]] = {}
        phrases = list(self.lex.phrases)
        for text, pattern in zip(phrases, _tokenize(nlp, phrases), strict=True):
            if len(pattern) > 1:
                self.matcher.add(text, [pattern])
                self.values[text] = self.lex.phrases[text]
            else:
                # Tokenized as one token ("ca." or "z.B."): a word cue after all.
                self.lex.words.setdefault(text, []).extend(self.lex.phrases[text])

    def __call__(self, doc: Doc) -> Doc:
        view = DocView.build(doc, self.lex, doc._.kg_boiler or [])
        strings = doc.vocab.strings
        phrases: dict[int, list[tuple[int, str, str]]] = {}
        for match_id, a, b in self.matcher(doc):
            for cat, val in self.values.get(strings[match_id], ()):
                phrases.setdefault(a, []).append((b, cat, val))
        view.phrases = phrases
        doc._.kg_view = view
        return doc


@Language.factory(
    "kg_gazetteer",
    assigns=["doc._.kg_gazetteer"],
    requires=["doc._.kg_view"],
)
class GazetteerComponent:
    """Known states, capitals, demonyms, organizations, places and persons."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = GazetteerMatcher.build(nlp, load_gazetteer(), _lang(nlp))

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_gazetteer = self.matcher.find(doc, doc._.kg_view)
        return doc


@Language.factory(
    "kg_hanta",
    default_config={"model": "morphmodel_ger.pgz"},
    assigns=["token.tag", "token.pos", "token.lemma"],
    requires=["doc._.kg_view", "doc._.kg_gazetteer"],
)
class HanTaTagger:
    """German tag, POS and lemma from HanTa for the capitalized words the name rules
    must decide on (not for every token: HanTa is slow), cached by word form."""

    def __init__(self, nlp: Language, name: str, *, model: str) -> None:
        self.name = name
        self.tagger = word_tagger(model)

    def __call__(self, doc: Doc) -> Doc:
        view = doc._.kg_view
        for i in tag_candidates(view, doc._.kg_gazetteer or []):
            r = self.tagger.tag(view.texts[i])
            tok = doc[i]
            tok.tag_ = r.tag
            tok.pos_ = r.pos if r.pos != "X" or r.tag == "FM" else "X"
            tok.lemma_ = r.lemma
        return doc


@Language.factory(
    "kg_names",
    default_config={"hanta_model": "morphmodel_ger.pgz"},
    assigns=["doc._.kg_names", "doc._.kg_absorbed"],
    requires=["doc._.kg_view", "doc._.kg_gazetteer"],
)
class NameDetector:
    """People, organizations and places no gazetteer knows, found by their context."""

    def __init__(self, nlp: Language, name: str, *, hanta_model: str) -> None:
        self.name = name
        self.lang = _lang(nlp)
        self.gazetteer = load_gazetteer()
        self.stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words)
        self.tagger = word_tagger(hanta_model) if self.lang == "de" else None

    def _tag(self, word: str) -> TagResult | None:
        return self.tagger.tag(word) if self.tagger is not None else None

    def _lookup(self, text: str) -> list[Mention]:
        """A stand-in mention when the gazetteer knows ``text``; for a state its entry id
        is the mention's ``state`` ("Irak" in "Nordirak")."""
        found = self.gazetteer.lookup(text, self.lang)
        if not found:
            return []
        entry = self.gazetteer.entry(found[0].entry)
        state = entry.id if entry.kind == "State" else None
        return [Mention(0, 0, text, 0, 0, entry.kind, "lookup", state=state)]

    def __call__(self, doc: Doc) -> Doc:
        finder = NameFinder(doc._.kg_view, doc._.kg_gazetteer or [], self._tag,
                            self.stop_words, self._lookup)
        doc._.kg_names = finder.run()
        doc._.kg_absorbed = finder.absorbed
        return doc


@Language.factory(
    "kg_ner_candidates",
    default_config={"min_chars": 3},
    assigns=["doc._.kg_names"],
    requires=["doc.ents", "doc._.kg_names"],
)
class NerCandidates:
    """Entities of a trained NER as extra name candidates where no rule found a name."""

    def __init__(self, nlp: Language, name: str, *, min_chars: int) -> None:
        self.name = name
        self.min_chars = min_chars

    def __call__(self, doc: Doc) -> Doc:
        view: DocView = doc._.kg_view
        taken = [False] * len(doc)
        for m in list(doc._.kg_gazetteer or []) + list(doc._.kg_names or []):
            for i in range(m.tok, m.tok_end):
                taken[i] = True
        extra: list[Mention] = []
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            if kind is None or len(ent.text) < self.min_chars:
                continue
            if any(taken[i] for i in range(ent.start, ent.end)):
                continue
            if view.boiler[view.sent_of[ent.start]] or not ent.text[:1].isupper():
                continue
            a, b = view.sents[view.sent_of[ent.start]]
            if ent.start == a and len(ent) == 1:
                continue  # a lone sentence-initial word is too often a common noun
            extra.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text,
                                 tok=ent.start, tok_end=ent.end, kind=kind, source="ner"))
        names = list(doc._.kg_names or []) + extra
        names.sort(key=lambda m: m.start)
        doc._.kg_names = names
        return doc
