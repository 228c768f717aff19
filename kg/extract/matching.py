"""Gazetteer matching: every known state, capital, demonym, organization, place and person
in a document, as ``Mention``s.

A PhraseMatcher on lower-case text finds ordinary surfaces, a second one on exact text the
case-sensitive abbreviations ("US", "UN"); parts of hyphenated compounds ("Nato-Chef",
"Ukraine-Konflikt") and the prefix of a closed compound head ("Kremlchef") are looked up
one by one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.gazetteer import Gazetteer, Surface
from kg.extract.view import DocView, Mention

# Forms that are adjectives and may be written lower-case; every other surface must start
# with a capital letter in the text (keeps "china" the porcelain and "turkey" the bird out).
LOWER_CASE_FORMS = frozenset({"demonym_adj"})
# Categories of compound heads whose prefix may name an actor ("Kreml|chef", "US-Präsident").
_PREFIX_HEADS = ("role_leader", "role_official", "gov", "force", "armed_forces", "conflict",
                 "treaty", "support", "sanction", "member", "role_expert")
_KIND_RANK = {"State": 0, "Organization": 1, "Person": 2, "Place": 3}
_FORM_RANK = {"name": 0, "inflected": 1, "abbrev": 2, "demonym_adj": 3, "demonym_noun": 4,
              "capital": 5, "seat": 6, "alias": 7, "region": 8}


@dataclass
class GazetteerMatcher:
    """Compiled matchers for one language."""

    gazetteer: Gazetteer
    lang: str
    lower: PhraseMatcher
    exact: PhraseMatcher
    by_key: dict[str, list[Surface]]

    @classmethod
    def build(cls, nlp: Language, gazetteer: Gazetteer, lang: str) -> GazetteerMatcher:
        """Tokenize every surface of ``lang`` once and load both matchers."""
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[str, list[Surface]] = {}
        low_texts: dict[str, None] = {}
        exact_texts: dict[str, None] = {}
        for s in gazetteer.surfaces(lang):
            if s.case_sensitive:
                by_key.setdefault("=" + s.text, []).append(s)
                exact_texts[s.text] = None
            else:
                key = s.text.lower()
                by_key.setdefault(key, []).append(s)
                low_texts[key] = None
        for matcher, texts, prefix in ((lower, low_texts, ""), (exact, exact_texts, "=")):
            batch = list(texts)
            for text, pattern in zip(batch, (nlp.make_doc(t) for t in batch), strict=True):
                matcher.add(prefix + text, [pattern])
        for key in by_key:
            by_key[key].sort(key=lambda s: _rank(gazetteer, s))
        return cls(gazetteer, lang, lower, exact, by_key)

    def find(self, doc: Doc, view: DocView) -> list[Mention]:
        """Every gazetteer mention in ``doc`` outside boilerplate, longest match first."""
        strings = doc.vocab.strings
        spans = []
        for matcher in (self.lower, self.exact):
            for match_id, a, b in matcher(doc):
                key = strings[match_id]
                surfaces = self._fitting(key, view, a, b)
                if surfaces:
                    span = doc[a:b]
                    span.label_ = key
                    spans.append(span)
        mentions: list[Mention] = []
        covered = [False] * len(doc)
        for span in filter_spans(spans):
            if view.boiler[view.sent_of[span.start]]:
                continue
            surfaces = self._fitting(span.label_, view, span.start, span.end)
            mentions.append(self._mention(view, span.start, span.end, surfaces[0]))
            for i in range(span.start, span.end):
                covered[i] = True
        mentions.extend(self._parts(view, covered))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _fitting(self, key: str, view: DocView, a: int, b: int) -> list[Surface]:
        """The surfaces under ``key`` that fit how the text is written."""
        surfaces = self.by_key.get(key, [])
        first = view.texts[a]
        if first[:1].isupper():
            return surfaces
        return [s for s in surfaces if s.form in LOWER_CASE_FORMS]

    def _mention(self, view: DocView, a: int, b: int, s: Surface, *,
                 start: int | None = None, end: int | None = None) -> Mention:
        entry = self.gazetteer.entry(s.entry)
        start = view.idx[a] if start is None else start
        end = view.ends[b - 1] if end is None else end
        state = entry.capital_of if s.form in ("capital", "seat") else None
        if entry.kind == "State":
            state = entry.id
        return Mention(
            start=start,
            end=end,
            text=view.doc.text[start:end],
            tok=a,
            tok_end=b,
            kind=entry.kind,
            source="gazetteer",
            form=s.form,
            entry=entry.id,
            state=state,
            partial=(start, end) != (view.idx[a], view.ends[b - 1]),
        )

    def _parts(self, view: DocView, covered: list[bool]) -> list[Mention]:
        """Names inside compounds: hyphen parts and the prefix of a known compound head."""
        out: list[Mention] = []
        lookup = self.gazetteer.lookup
        for k, (a, b) in enumerate(view.sents):
            if view.boiler[k]:
                continue
            for i in range(a, b):
                if covered[i]:
                    continue
                text = view.texts[i]
                if "-" in text and len(text) > 3:
                    offset = 0
                    for part in text.split("-"):
                        hits: list[Surface] = []
                        if len(part) >= 2:
                            hits = [s for s in lookup(part, self.lang)
                                    if s.form in LOWER_CASE_FORMS or part[:1].isupper()]
                        if hits:
                            hits.sort(key=lambda s: _rank(self.gazetteer, s))
                            start = view.idx[i] + offset
                            out.append(self._mention(view, i, i + 1, hits[0], start=start,
                                                     end=start + len(part)))
                        offset += len(part) + 1
                elif text[:1].isupper() and len(text) > 5:
                    prefix = _compound_prefix(view, i)
                    if prefix:
                        hits = lookup(prefix, self.lang)
                        if hits:
                            hits.sort(key=lambda s: _rank(self.gazetteer, s))
                            start = view.idx[i]
                            out.append(self._mention(view, i, i + 1, hits[0], start=start,
                                                     end=start + len(prefix)))
        return out


def _compound_prefix(view: DocView, i: int) -> str | None:
    """The part before a known compound head ("Kreml" in "Kremlchef"), if any."""
    lex = view.lex
    low = view.lows[i]
    if not any(c in _PREFIX_HEADS for c, _ in lex.cues(low)):
        return None
    for n in lex.head_lengths:
        if len(low) - n >= 2 and low[-n:] in lex.heads:
            cats = {c for c, _ in lex.heads[low[-n:]]}
            if cats & set(_PREFIX_HEADS):
                prefix = view.texts[i][:-n]
                return prefix if len(prefix) >= 3 else None
    return None


def _rank(gazetteer: Gazetteer, s: Surface) -> tuple[int, int, int]:
    """Preference among several entries for one surface: states first, then by form."""
    e = gazetteer.entry(s.entry)
    return (_KIND_RANK.get(e.kind, 9), 0 if e.capital_of else 1, _FORM_RANK.get(s.form, 9))
