"""Gazetteer matching: every known state, capital, demonym, organization, place and person
in a document, as ``Mention``s.

Surfaces are looked up by their token tuples: lower-cased for ordinary surfaces, exact for
the case-sensitive abbreviations ("US", "UN"). Parts of hyphenated compounds ("Nato-Chef",
"Ukraine-Konflikt") and the prefix of a closed compound head ("Kremlchef") are looked up
one by one. Plain dictionaries instead of spaCy's PhraseMatcher: loading 50,000 surfaces
then needs no pattern Docs (whose lexemes made start-up slow), and matching stays one
dictionary lookup per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.gazetteer import FORMS, Gazetteer, Surface
from kg.extract.view import DocView, Mention

# Forms that are adjectives and may be written lower-case; every other surface must start
# with a capital letter in the text (keeps "china" the porcelain and "turkey" the bird out).
LOWER_CASE_FORMS = frozenset({"demonym_adj"})
# Categories of compound heads whose prefix may name an actor ("Kreml|chef", "US-Präsident").
_PREFIX_HEADS = ("role_leader", "role_official", "gov", "force", "armed_forces", "conflict",
                 "treaty", "support", "sanction", "member", "role_expert")
_KIND_RANK = {"State": 0, "Organization": 1, "Person": 2, "Place": 3}
_FORM_RANK = {form: i for i, form in enumerate(FORMS)}  # the gazetteer's order of forms


_PLAIN = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


@dataclass
class GazetteerMatcher:
    """Surfaces of one language by their token tuple (multi-word) or token (one word)."""

    gazetteer: Gazetteer
    lang: str
    by_lower: dict[tuple[str, ...], list[Surface]]
    by_exact: dict[tuple[str, ...], list[Surface]]
    word_lower: dict[str, list[Surface]]
    word_exact: dict[str, list[Surface]]
    modifiers: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()  # "anti": "anti-IS" names what is fought
    # first token of a multi-word surface -> the token lengths of surfaces starting with it
    starts_lower: dict[str, tuple[int, ...]] = field(default_factory=dict)
    starts_exact: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, nlp: Language, gazetteer: Gazetteer, lang: str) -> GazetteerMatcher:
        """Split every surface of ``lang`` into tokens as the tokenizer would, and index it.

        Words separated by single spaces are split directly; anything else goes through the
        tokenizer, so surfaces and text agree (a test checks both ways give the same tokens).
        """
        lower_texts: dict[str, list[Surface]] = {}
        exact_texts: dict[str, list[Surface]] = {}
        for s in list(gazetteer.surfaces(lang)) + _foreign_names(gazetteer, lang):
            if s.case_sensitive:
                exact_texts.setdefault(s.text, []).append(s)
            else:
                # tokenized as written, then lower-cased: "U.N." is one token, "u.n." two
                lower_texts.setdefault(s.text, []).append(s)
        by_lower, word_lower = _patterns(nlp, lower_texts, True, gazetteer)
        by_exact, word_exact = _patterns(nlp, exact_texts, False, gazetteer)
        from kg.extract.lexicon import load_lexicon

        lex = load_lexicon(lang)
        modifiers = frozenset(lex.data.get("name_modifiers", []))
        return cls(gazetteer, lang, by_lower, by_exact, word_lower, word_exact, modifiers,
                   lex.word_set("name_negator"), _starts(by_lower), _starts(by_exact))

    def find(self, doc: Doc, view: DocView) -> list[Mention]:
        """Every gazetteer mention in ``doc`` outside boilerplate, longest match first."""
        spans = []
        found: dict[tuple[int, int], list[Surface]] = {}
        for starts, index, texts in ((self.starts_lower, self.by_lower, view.lows),
                                     (self.starts_exact, self.by_exact, view.texts)):
            if not starts:
                continue
            for a, first in enumerate(texts):
                lengths = starts.get(first)
                if lengths is None:
                    continue
                for n in lengths:
                    hit = index.get(tuple(texts[a : a + n]))
                    surfaces = self._fitting(hit, view, a) if hit else None
                    if surfaces:
                        found.setdefault((a, a + n), []).extend(surfaces)
                        spans.append(doc[a : a + n])
        word_lower, word_exact = self.word_lower, self.word_exact
        for i, low in enumerate(view.lows):
            hits = word_lower.get(low)
            exact = word_exact.get(view.texts[i]) if word_exact else None
            if hits or exact:
                surfaces = self._fitting(list(hits or []) + list(exact or []), view, i)
                if surfaces:
                    found.setdefault((i, i + 1), []).extend(surfaces)
                    spans.append(doc[i : i + 1])
        mentions: list[Mention] = []
        covered = [False] * len(doc)
        modifiers = self.modifiers
        for span in filter_spans(spans):
            if view.boiler[view.sent_of[span.start]]:
                continue
            b = span.end
            if b + 1 < len(doc) and view.texts[b] == "-" and view.lows[b + 1] in modifiers \
                    and not doc[b - 1].whitespace_:
                continue  # "Virginia-class submarines": a modifier, not the place
            a = span.start
            if a > 1 and view.texts[a - 1] == "-" and view.lows[a - 2] in self.negators and \
                    not doc[a - 2].whitespace_ and not doc[a - 1].whitespace_:
                continue  # "the anti-IS coalition": fights the name, is not it
            surfaces = found[(span.start, span.end)]
            surfaces.sort(key=lambda s: _rank(self.gazetteer, s))
            if surfaces[0].form == "demonym_adj" and self._in_proper_name(view, span.start, b):
                continue  # "im Finnischen Meerbusen": a name's word, not Finland
            if surfaces[0].form in ("capital", "capital_adj") and b < len(doc) and \
                    b - 1 == span.start and (
                    view.has(b, "treaty") or view.has(b, "treaty_weak")) and \
                    span.start > 0 and (view.has(span.start - 1, "def_article")
                                        or view.texts[span.start - 1].isdigit()):
                continue  # "the Ottawa Convention", "the 1997 Ottawa treaty": a treaty's name
            if b < len(doc) and view.lows[b] in view.lex.word_set("currency_noun") and \
                    self.gazetteer.entry(surfaces[0].entry).kind == "State":
                continue  # "8.1 billion US dollars": a currency, not the state
            if surfaces[0].form == "capital_adj" and b < len(doc) and (
                    view.has(b, "org_head") or view.has(b, "org_descriptor")):
                continue  # "der Berliner Stiftung X", "des Pariser Armeeministeriums"
            if surfaces[0].form == "alias" and b - a == 1 and b < len(doc) and \
                    self.gazetteer.entry(surfaces[0].entry).kind == "Person" and \
                    view.phrase(b, "place_head_post") is not None:
                continue  # "the Mulino training ground": a site's name, no president
            mentions.append(self._mention(view, span.start, span.end, surfaces[0]))
            for i in range(span.start, span.end):
                covered[i] = True
        mentions.extend(self._parts(view, covered))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _in_proper_name(self, view: DocView, a: int, b: int) -> bool:
        """A German adjective written capitalized inside a sentence and followed by a
        capitalized word that no rule knows is part of a proper name ("Finnischer
        Meerbusen"); German capitalizes adjectives nowhere else."""
        if self.lang != "de" or b - a != 1 or not view.texts[a][:1].isupper():
            return False
        lo = view.sents[view.sent_of[a]][0]
        if a == lo or not view.texts[a - 1][:1].isalnum():
            return False  # sentence start, after a quote or a colon
        return b < len(view.texts) and view.texts[b][:1].isupper() and \
            view.texts[b].isalpha() and not view.cues(b)

    def _fitting(self, surfaces: list[Surface], view: DocView, a: int) -> list[Surface]:
        """The surfaces that fit how the text is written (names start upper-case)."""
        text = view.texts[a]
        if text.isupper() and len(text) > 3 and a > view.sents[view.sent_of[a]][0] and \
                not view.texts[a - 1].isupper():
            # "Chief among them is GAESA": an acronym mid-sentence, not a town's other
            # spelling ("Gaesa" for Gaza); datelines ("KYIV (AP) —") open their line
            surfaces = [s for s in surfaces if not (
                s.form == "alias" and not s.text.isupper()
                and self.gazetteer.entry(s.entry).kind == "Place")]
        if text[:1].isupper():
            return surfaces
        # adjectives, and names the gazetteer itself writes lower-case ("al-Shabaab")
        return [s for s in surfaces if s.form in LOWER_CASE_FORMS or s.text[:1].islower()]

    def _mention(self, view: DocView, a: int, b: int, s: Surface, *,
                 start: int | None = None, end: int | None = None) -> Mention:
        entry = self.gazetteer.entry(s.entry)
        start = view.idx[a] if start is None else start
        end = view.ends[b - 1] if end is None else end
        state = entry.capital_of or None
        if entry.kind == "State":
            state = entry.id
        # an organization's class from the gazetteer ("party"), as the name rules give one
        org_class = entry.role if entry.kind == "Organization" and entry.role else None
        return Mention(
            start=start,
            end=end,
            text=view.text[start:end],
            tok=a,
            tok_end=b,
            kind=entry.kind,
            source="gazetteer",
            form=s.form,
            entry=entry.id,
            state=state,
            org_class=org_class,
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
                    parts = self._hyphen_parts(view, i, text)
                    if not parts and text.count("-") >= 2:
                        parts = self._hyphenated_name(view, i, text)
                    if not parts and i > a and view.has(i, "seat_suffix"):
                        parts = self._two_words_before_suffix(view, i, text, seat=True)
                    if not parts and i > a and not covered[i - 1] and text.rpartition(
                            "-")[2].lower() in view.lex.word_set("adjective_suffix"):
                        parts = self._two_words_before_suffix(view, i, text)
                    out.extend(parts)
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

    def _two_words_before_suffix(self, view: DocView, i: int, text: str, *,
                                 seat: bool = False) -> list[Mention]:
        """The known name of the word before and the part before the suffix: the city of
        "the Tel Aviv-based institute" (``seat``: a capitalized place), the actor of "the al
        Qaeda-linked group", "a United States-led coalition"."""
        prev = view.texts[i - 1]
        if not prev.isalpha() or seat and not prev[:1].isupper():
            return []
        name = f"{prev} {text.split('-', 1)[0]}"
        found = self.gazetteer.lookup(name, self.lang)
        hits = [s for s in found if self.gazetteer.entry(s.entry).kind == "Place"] if seat \
            else self._fitting(list(found), view, i - 1)
        if not hits:
            return []
        hits.sort(key=lambda s: _rank(self.gazetteer, s))
        start = view.idx[i - 1]
        return [self._mention(view, i - 1, i + 1, hits[0], start=start, end=start + len(name))]

    def _hyphenated_name(self, view: DocView, i: int, text: str) -> list[Mention]:
        """A hyphenated name before a suffix: the actor of "the al-Qaeda-linked JNIM",
        "Guinea-Bissau-based", "der Al-Kaida-Ableger"."""
        head, _, suffix = text.rpartition("-")
        if not head[:1].isalpha() or suffix.lower() not in view.lex.word_set(
                "adjective_suffix") and not view.lex.has(suffix.lower(), "offshoot_noun"):
            return []
        hits = [s for s in self.gazetteer.lookup(head, self.lang)
                if self.gazetteer.entry(s.entry).kind in ("State", "Organization")]
        if not hits:
            return []
        hits.sort(key=lambda s: _rank(self.gazetteer, s))
        start = view.idx[i]
        return [self._mention(view, i, i + 1, hits[0], start=start, end=start + len(head))]

    def _hyphen_parts(self, view: DocView, i: int, text: str) -> list[Mention]:
        """Known names among the parts of "Nato-Generalsekretär", "Pjöngjang-Moskau",
        "chinesisch-russische"; a part next to a word that is no cue and no name
        ("Virginia-class") is a modifier, not a mention."""
        parts = text.split("-")
        found: list[tuple[int, Surface]] = []
        offset = 0
        for part in parts:
            if len(part) >= 2:
                hits = [s for s in self.gazetteer.lookup(part, self.lang)
                        if s.form in LOWER_CASE_FORMS or part[:1].isupper()]
                if hits:
                    hits.sort(key=lambda s: _rank(self.gazetteer, s))
                    found.append((offset, hits[0]))
            offset += len(part) + 1
        if not found:
            return []
        if any(p.lower() in self.modifiers for p in parts):
            return []
        # "Anti-IS-Koalition", "Anti-Hamas-Proteste": a part after "Anti" names what is fought
        found = [(o, s) for o, s in found
                 if not any(text[:o].lower().endswith(n + "-") for n in self.negators)]
        if not found:
            return []
        cued = bool(view.cues(i))
        entries = [self.gazetteer.entry(s.entry) for _o, s in found]
        if not cued and len(found) == len(parts) and all(
                e.kind == "Place" and not e.capital_of for e in entries):
            return []  # "Asia-Pacific": a region of its own, neither Asia nor the Pacific
        # "Pjöngjang-Moskau", "chinesisch-russische": every part a known name; an actor's
        # name in a compound ("UN-Resolutionen"); a place only before a cue word
        if not (cued or len(found) == len(parts)):
            found = [(o, s) for o, s in found
                     if self.gazetteer.entry(s.entry).kind in ("State", "Organization")]
            if not found:
                return []
        if len(parts) == 2 and len(found) == 1 and found[0][0] == 0 and \
                parts[1].lower() in view.lex.word_set("org_alias_tail") and \
                self.gazetteer.entry(found[0][1].entry).kind == "Organization":
            # "die Hisbollah-Miliz", "die Hamas-Bewegung": the organization itself
            return [self._mention(view, i, i + 1, found[0][1])]
        out = []
        for offset, surface in found:
            start = view.idx[i] + offset
            length = len(text[offset:].split("-", 1)[0])
            out.append(self._mention(view, i, i + 1, surface, start=start, end=start + length))
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


# Names of actors from the other language that news quotes as they are ("die United
# States", "the Bundeswehr"); places stay in their own language (too many homonyms).
_FOREIGN_KINDS = frozenset({"State", "Organization", "Person"})
_FOREIGN_FORMS = frozenset({"name", "alias", "abbrev"})


def _foreign_names(gazetteer: Gazetteer, lang: str) -> list[Surface]:
    """Actor names of the other supported languages, usable in ``lang`` text."""
    own = {(s.text.lower(), s.entry) for s in gazetteer.surfaces(lang)}
    out: list[Surface] = []
    for other in ("de", "en"):
        if other == lang:
            continue
        for s in gazetteer.surfaces(other):
            if s.lang != other or s.form not in _FOREIGN_FORMS or " " not in s.text and \
                    len(s.text) < 4 and not s.case_sensitive:
                continue
            if gazetteer.entry(s.entry).kind in _FOREIGN_KINDS and (
                    s.text.lower(), s.entry) not in own:
                out.append(s)
    return out


def direct_tokens(text: str, special: frozenset[str]) -> tuple[str, ...] | None:
    """The tokens of ``text`` when it is plain words separated by single spaces, else None.

    Our tokenizers split such text exactly at the spaces and keep hyphenated words whole,
    unless a word is one of their ``special`` cases ("cannot"); for those, and everything
    else, None says: tokenize it. A test checks this against the tokenizer for the whole
    gazetteer.
    """
    pieces = tuple(text.split(" "))
    for piece in pieces:
        if not _PLAIN.match(piece) or piece in special:
            return None
    return pieces


def special_cases(nlp: Language) -> frozenset[str]:
    """The tokenizer's special-case strings, which it may split although they are words."""
    return frozenset(getattr(nlp.tokenizer, "rules", None) or {})


def _patterns(nlp: Language, texts: dict[str, list[Surface]], lower: bool,
              gazetteer: Gazetteer
              ) -> tuple[dict[tuple[str, ...], list[Surface]], dict[str, list[Surface]]]:
    """Index surfaces by their tokens (lower-cased when ``lower``): one word, or a tuple."""
    index: dict[tuple[str, ...], list[Surface]] = {}
    single: dict[str, list[Surface]] = {}
    hard: list[str] = []
    special = special_cases(nlp)
    for text in texts:
        pieces = direct_tokens(text, special)
        if pieces is None:
            hard.append(text)
            continue
        if lower:
            pieces = tuple(p.lower() for p in pieces)
        if len(pieces) == 1:
            single.setdefault(pieces[0], []).extend(texts[text])
        else:
            index.setdefault(pieces, []).extend(texts[text])
    tokenizer: Any = nlp.tokenizer
    docs = list(tokenizer.pipe(hard)) if hasattr(tokenizer, "pipe") else [
        nlp.make_doc(t) for t in hard]
    for pattern in docs:
        key = tuple(t.lower_ if lower else t.text for t in pattern)
        if len(key) == 1:
            single.setdefault(key[0], []).extend(texts.get(pattern.text, []))
        elif key:
            index.setdefault(key, []).extend(texts.get(pattern.text, []))
    for surfaces in list(index.values()) + list(single.values()):
        surfaces.sort(key=lambda s: _rank(gazetteer, s))
    return index, single


def _starts(index: dict[tuple[str, ...], list[Surface]]) -> dict[str, tuple[int, ...]]:
    """First token -> the lengths of the surfaces that begin with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in index:
        lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


def _rank(gazetteer: Gazetteer, s: Surface) -> tuple[int, int, int]:
    """Preference among several entries for one surface: states first, then by form."""
    e = gazetteer.entry(s.entry)
    return (_KIND_RANK.get(e.kind, 9), 0 if e.capital_of else 1, _FORM_RANK.get(s.form, 9))
