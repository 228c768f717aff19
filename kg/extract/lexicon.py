"""Per-language word lists (ontologies/lexicon/<lang>.json) and a fast token -> cue lookup.

Every language-specific word the extractor reacts to lives in those data files; code only
asks "which cues does this token carry?". A cue is a ``(category, value)`` pair, e.g.
``("role_leader", "")`` or ``("treaty", "MutualDefense")``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.errors import InputError
from kg.paths import LEXICON_DIR

Cue = tuple[str, str]

# A compound head ("-minister") matches only words at least this much longer than itself.
_MIN_COMPOUND_PREFIX = 2
# Categories that exclude each other: a word listed as an official role is not also a
# leader role through its compound head ("Generalstabschef" is no "Chef" of a state).
_FAMILY = {"role_leader": "role", "role_official": "role", "role_expert": "role"}
# Categories of nouns whose inflected forms ("Regierungschefs", "Soldaten") share the cue;
# function words and month names are matched only as written ("Julien" is not "Juli").
INFLECTING = frozenset({
    "role_leader", "role_official", "role_expert", "person_noun", "org_head", "gov", "gov_bare",
    "armed_forces", "force", "deploy_noun", "treaty", "treaty_weak", "treaty_content", "member",
    "alliance_noun", "alliance_org_anaphor", "conflict", "support", "sanction",
    "place_head_pre", "place_head_post", "capital_word", "country_anaphor", "count_anaphor",
    "territory", "org_descriptor", "deploy_exclude", "accession", "exercise", "posted_role",
})


@dataclass
class Lexicon:
    """The cue vocabulary of one language: single words, compound heads and phrases."""

    lang: str
    data: dict[str, Any]
    words: dict[str, list[Cue]] = field(default_factory=dict)
    heads: dict[str, list[Cue]] = field(default_factory=dict)
    phrases: dict[str, list[Cue]] = field(default_factory=dict)
    head_lengths: tuple[int, ...] = ()
    endings: tuple[str, ...] = ()
    auxiliaries: frozenset[str] = frozenset()  # "ist", "sind", "has": a clause's verb
    _cache: dict[str, tuple[Cue, ...]] = field(default_factory=dict, repr=False)
    _maps: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def cues(self, word: str) -> tuple[Cue, ...]:
        """Cues of one token text (case-insensitive), inflection endings stripped if needed."""
        low = word.lower()
        hit = self._cache.get(low)
        if hit is not None:
            return hit
        found = self._lookup(low)
        if not any(c[0] in INFLECTING for c in found):
            # an inflected noun keeps its stem's cues even when the form itself carries
            # others ("Amtskollegen" is a counterpart word and, as "Amtskollege", a role)
            for end in self.endings:
                if len(low) > len(end) + 2 and low.endswith(end):
                    stem = [c for c in self._lookup(low[: -len(end)]) if c[0] in INFLECTING]
                    if stem:
                        found = found + stem
                        break
        result = tuple(dict.fromkeys(found))
        if len(self._cache) < 200_000:
            self._cache[low] = result
        return result

    def _lookup(self, low: str) -> list[Cue]:
        """The word's own cues plus those of its longest known compound head (after a
        hyphen or joined): "Bundeskanzler" is a leader role as "Kanzler" is."""
        out = list(self.words.get(low, ()))
        if "-" in low:
            tail = low.rsplit("-", 1)[1]
            # not a two-letter function word: "Jae-in", "Jong-un" are names, not "in"
            if tail and (tail in self.heads or tail in self.words and len(tail) > 2):
                return out + list(self.heads.get(tail) or self.words[tail])
        for n in self.head_lengths:
            if len(low) - n >= _MIN_COMPOUND_PREFIX:
                got = self.heads.get(low[-n:])
                if got:
                    have = {_FAMILY.get(c, c) for c, _ in out}
                    return out + [c for c in got if _FAMILY.get(c[0], c[0]) not in have]
        return out

    def cue_map(self, word: str) -> dict[str, str]:
        """{category: value of its first cue} of one token text (shared, do not mutate)."""
        hit = self._maps.get(word)
        if hit is None:
            hit = {}
            for c, v in self.cues(word):
                hit.setdefault(c, v)
            if len(self._maps) < 200_000:
                self._maps[word] = hit
        return hit

    def has(self, word: str, category: str) -> bool:
        """Whether ``word`` carries a cue of ``category``."""
        return any(c == category for c, _ in self.cues(word))

    def has_stem(self, word: str, category: str) -> bool:
        """Whether ``word`` itself (no inflection ending stripped) carries a ``category`` cue."""
        return any(c == category for c, _ in self._lookup(word.lower()))

    def value(self, word: str, category: str) -> str | None:
        """The value of the first ``category`` cue of ``word``, or None."""
        for c, v in self.cues(word):
            if c == category:
                return v
        return None

    def terms(self, category: str) -> list[str]:
        """The raw terms of a cue category (for categories matched as whole lines or phrases)."""
        raw = self.data.get("cues", {}).get(category, [])
        return list(raw.keys()) if isinstance(raw, dict) else list(raw)

    def word_set(self, name: str) -> frozenset[str]:
        """A closed word list of the data file's ``word_sets`` (lower case)."""
        hit = self._word_sets.get(name)
        if hit is None:
            hit = frozenset(w.lower() for w in self.data.get("word_sets", {}).get(name, []))
            self._word_sets[name] = hit
        return hit

    def section(self, name: str) -> Any:
        """A top-level section of the data file (``numbers``, ``boilerplate`` ...)."""
        return self.data.get(name, {})


def _index(lex: Lexicon) -> None:
    """Split every cue term into exact words, compound heads and multi-word phrases."""
    cues = dict(lex.data.get("cues", {}))
    cues["qualifier"] = lex.data.get("qualifiers", {})
    for category, raw in cues.items():
        items = raw.items() if isinstance(raw, dict) else ((t, "") for t in raw)
        for term, value in items:
            term = term.lower().strip()
            if not term:
                continue
            cue = (category, str(value))
            if " " in term:
                lex.phrases.setdefault(term, []).append(cue)
            elif term.startswith("-") and len(term) > 1:
                lex.heads.setdefault(term[1:], []).append(cue)
                lex.words.setdefault(term[1:], []).append(cue)
            else:
                lex.words.setdefault(term, []).append(cue)
    lex.head_lengths = tuple(sorted({len(h) for h in lex.heads}, reverse=True))
    lex.endings = tuple(sorted(lex.data.get("noun_endings", []), key=len, reverse=True))
    lex.auxiliaries = frozenset(lex.data.get("auxiliaries", []))


@lru_cache(maxsize=8)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (cached); falls back to English for unknown languages."""
    path = LEXICON_DIR / f"{lang}.json"
    if not path.exists():
        path = LEXICON_DIR / "en.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read lexicon {path}: {exc}") from exc
    lex = Lexicon(lang=lang, data=data)
    _index(lex)
    return lex


_STOP: dict[str, frozenset[str]] = {}


def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang`` (cached)."""
    if lang not in _STOP:
        from spacy.util import get_lang_class

        _STOP[lang] = frozenset(w.lower() for w in get_lang_class(lang).Defaults.stop_words)
    return _STOP[lang]
