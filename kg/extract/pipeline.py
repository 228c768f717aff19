"""The extractor's entry points: ``load_nlp`` builds (and caches) the spaCy pipeline of a
language, ``extract`` turns one ``Document`` into an ``Extraction``.

The default pipeline is offline and rule-based on ``spacy.blank(lang)``; with ``model``
(a package name such as ``de_core_news_sm`` or a path) a trained pipeline's NER adds name
candidates, while linking and relation rules stay ours.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from kg.errors import InputError
from kg.extract import components as _components  # noqa: F401  (registers the factories)
from kg.extract.deployments import deployments_and_support
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import load_lexicon
from kg.extract.relations import (
    RelationFinder,
    relations_from_deployments,
    relations_from_treaties,
)
from kg.extract.resolve import resolve
from kg.extract.treaties import find_treaties
from kg.records import Document, Extraction

SUPPORTED = ("de", "en")
# Longest text one spaCy call takes (our components are linear; spaCy's default guards
# the parser and NER, which the default pipeline does not have).
MAX_CHARS = 50_000_000
# Components of a trained pipeline we never run: their sentence splits would fight ours.
_TRAINED_EXCLUDE = ("parser", "senter", "sentencizer", "lemmatizer", "attribute_ruler",
                    "tagger", "morphologizer", "entity_linker", "textcat")
_lock = threading.Lock()


def _pipeline_lang(lang: str) -> str:
    return lang if lang in SUPPORTED else "en"


@lru_cache(maxsize=8)
def _load(lang: str, model: str | None) -> Language:
    lang = _pipeline_lang(lang)
    if model:
        try:
            nlp = spacy.load(model, exclude=list(_TRAINED_EXCLUDE))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot load spaCy pipeline {model!r}: {exc}") from exc
        if nlp.lang != lang:
            raise InputError(f"pipeline {model!r} is for {nlp.lang!r}, not {lang!r}")
    else:
        nlp = spacy.blank(lang)
    nlp.max_length = MAX_CHARS
    _news_tokenizer(nlp)
    nlp.add_pipe("kg_sentencizer")
    nlp.add_pipe("kg_boilerplate")
    nlp.add_pipe("kg_cues")
    nlp.add_pipe("kg_gazetteer")
    if lang == "de":
        nlp.add_pipe("kg_hanta")
    nlp.add_pipe("kg_names")
    if model and "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_ner_candidates")
    return nlp


# A lexicon abbreviation the tokenizer keeps whole: letters and one closing stop ("col.").
_ABBREVIATION = re.compile(r"[^\W\d_]{2,5}\.")
# HTML left in plain text: tags and character entities are tokens of their own.
_MARKUP = (r"<[^<>\s][^<>]{0,60}>", r"&[a-zA-Z]{2,8};", r"&#[0-9]{2,5};",
           r"[a-zA-Z-]+=[\"'][^\"'<>]{0,60}[\"']/?>")


def _news_tokenizer(nlp: Language) -> None:
    """Adapt the tokenizer to news text: split a full stop from a number of three or more
    digits ("rund 1.000.", "2022.": German keeps it glued, hiding the number and the
    sentence end; ordinals such as "7. März" keep theirs) and split HTML remnants
    ("<b>Türkei</b>", "und&nbsp;Griechenland") from the words they touch."""
    tokenizer: Any = nlp.tokenizer
    # "then-Prime Minister": a hyphenated title prefix of the lexicon is a token of its own
    glued = [re.escape(w) + r"(?=[^\W\d_])" for w in load_lexicon(nlp.lang).terms("then_prefix")
             if w.endswith("-")]
    prefixes = list(_MARKUP) + [f"(?i:{p})" for p in glued] + list(nlp.Defaults.prefixes or [])
    # (and from a name that ends in digits, "die M23.", "die F-16.": no ordinal)
    suffixes = list(_MARKUP) + list(nlp.Defaults.suffixes or []) + [
        r"(?<=[0-9]{3})\.", r"(?<=[^\W\d_][0-9])\.", r"(?<=[^\W\d_][0-9]{2})\.",
        r"(?<=-[0-9])\.", r"(?<=-[0-9]{2})\."]
    # Keep "Indo-Pacific", "Soo-min", "US-led" one token as the German tokenizer does, so
    # names and compounds are read the same way in both languages.
    infixes = list(_MARKUP) + [r for r in nlp.Defaults.infixes or []
                               if re.search(r, "a-b") is None]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "Col. Amadou Abdramane", "Sgt. Smith": abbreviated titles keep their stop (as spaCy
    # already does for "Gen."), so no sentence ends inside a title; "Jr." may end one
    rules = getattr(tokenizer, "rules", None) or {}
    lex = load_lexicon(nlp.lang)
    titles = set(lex.terms("title")) | set(lex.terms("role_official")) | set(
        lex.terms("role_leader"))
    for abbr in lex.data.get("abbreviations", []):
        if not _ABBREVIATION.fullmatch(abbr) or abbr not in titles:
            continue
        for form in (abbr, abbr.capitalize()):
            if form not in rules:
                tokenizer.add_special_case(form, [{ORTH: form}])


def load_nlp(lang: str, model: str | None = None) -> Language:
    """The spaCy pipeline for ``lang`` ("de", "en"; others use English rules), cached.

    ``model`` names a trained spaCy pipeline (package or path) whose NER adds candidates.
    """
    with _lock:
        return _load(lang, model)


def extract(doc: Document, *, model: str | None = None) -> Extraction:
    """Entities, relations, treaties and deployments stated in one document."""
    lang = _pipeline_lang(doc.lang)
    if not doc.text.strip():
        return Extraction(document=doc, meta={"lang": lang})
    nlp = load_nlp(lang, model)
    sdoc = nlp(doc.text)
    view = sdoc._.kg_view
    absorbed = sdoc._.kg_absorbed or set()
    mentions = [m for m in sdoc._.kg_gazetteer or [] if id(m) not in absorbed]
    mentions += list(sdoc._.kg_names or [])
    res = resolve(view, load_gazetteer(), lang, mentions)
    finder = RelationFinder(view, res)
    relations = finder.run()
    treaties = find_treaties(view, res, relations, finder.memberships, finder.foundings)
    deployments, supporting = deployments_and_support(view, res, relations)
    relations = relations + relations_from_deployments(supporting, relations)
    relations = relations + relations_from_treaties(
        treaties, relations, {k: e.kind for k, e in res.entities.items()})
    entities = tuple(d.freeze(lang) for d in res.entities.values())
    return Extraction(
        document=doc,
        entities=entities,
        relations=tuple(relations),
        treaties=tuple(treaties),
        deployments=tuple(deployments),
        meta={"lang": lang, "model": model or "blank", "sentences": str(len(view.sents))},
    )

