"""German part of speech and lemma from HanTa, one word at a time and cached.

HanTa is accurate but slow (up to milliseconds per unknown word), so the extractor asks
only about the capitalized words it has to decide on (name or common noun?) and caches
the answer by word form. ``known`` tells a lexicon word from HanTa's guess for an
unknown one: a "noun" HanTa has never seen is as likely a foreign name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

# STTS tag (HanTa's coarse tag) -> Universal POS.
_UPOS = {
    "NN": "NOUN", "NE": "PROPN", "NNA": "NOUN", "NNI": "NOUN", "FM": "X",
    "ADJ(A)": "ADJ", "ADJ(D)": "ADJ", "ADV": "ADV", "ART": "DET", "CARD": "NUM",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP", "KON": "CCONJ",
    "KOUS": "SCONJ", "KOUI": "SCONJ", "KOKOM": "CCONJ", "ITJ": "INTJ", "XY": "X",
}
_CACHE_LIMIT = 100_000


@dataclass(frozen=True)
class TagResult:
    """HanTa's reading of one word: STTS tag, universal POS, lemma, and whether every
    morpheme of the analysis is in HanTa's lexicon (False: a guess)."""

    tag: str
    pos: str
    lemma: str
    known: bool

    @property
    def common_noun(self) -> bool:
        """A noun HanTa knows: not a name."""
        return self.known and self.tag in ("NN", "NNA", "NNI")


class WordTagger:
    """Cached per-word HanTa analysis (model 'morphmodel_ger.pgz', shipped with HanTa)."""

    def __init__(self, model: str = "morphmodel_ger.pgz") -> None:
        self.model = model
        self._tagger: Any = None
        self._morphemes: dict[int, Any] = {}
        self._cache: dict[str, TagResult] = {}
        self.calls = 0

    def _load(self) -> Any:
        if self._tagger is None:
            from HanTa import HanoverTagger as ht

            self._tagger = ht.HanoverTagger(self.model)
            self._morphemes = self._tagger.LP_m_t
        return self._tagger

    def tag(self, word: str) -> TagResult:
        """Tag, lemma and lexicon status of ``word`` (cached by form)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        tagger = self._load()
        self.calls += 1
        try:
            lemma, morphs, tag = tagger.analyze(word, taglevel=3)
        except Exception:  # HanTa fails on odd strings; treat them as unknown names
            log.debug("HanTa could not analyze %r", word)
            lemma, morphs, tag = word, [], "NE"
        tag2int = tagger.tag2int
        known = bool(morphs) and all(
            m in self._morphemes.get(tag2int.get(t, -999), ()) for m, t in morphs
            if t not in ("FUGE", "HYPHEN")
        )
        if tag in ("NN", "NE") and lemma:
            lemma = lemma[0].upper() + lemma[1:]
        result = TagResult(tag=tag, pos=_UPOS.get(tag.split("(")[0], _UPOS.get(tag, "X")),
                           lemma=lemma, known=known)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[word] = result
        return result


@lru_cache(maxsize=4)
def word_tagger(model: str = "morphmodel_ger.pgz") -> WordTagger:
    """The shared tagger for ``model`` (loaded on first use)."""
    return WordTagger(model)
