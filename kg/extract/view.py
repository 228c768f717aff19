"""A read-only, list-based view of a processed ``Doc`` that the rule modules share.

spaCy token attribute access is slow in tight Python loops, so the view copies what the
rules read (texts, offsets, sentence bounds, cue lookups) into plain lists once per doc.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.extract.lexicon import Cue, Lexicon

# Dashes as tokens: a dateline's end ("VILNIUS —"), an attribution ("– Hong Min, ...").
DASHES = frozenset({"—", "–", "-", "--", "―"})


# the cues a rank that is also a given name loses before a single name ("Gen Nakatani")
_RANK_CUES = frozenset({"title", "role_official", "military_rank"})


@dataclass
class Mention:
    """A stretch of text that names (or stands for) an actor or place.

    ``start``/``end`` index the document text; ``tok``/``tok_end`` the tokens it lies in
    (a part of a hyphenated token keeps its token's bounds). ``state`` is the state a
    demonym, capital or government word stands for; ``core`` the bare name inside a longer
    phrase ("Kursk" in "Region Kursk"); ``role`` the token of the role word before a person's
    name; ``extra`` more surface forms to record as aliases; ``key`` is set by resolution.
    """

    start: int
    end: int
    text: str
    tok: int
    tok_end: int
    kind: str
    source: str
    form: str = "name"
    entry: str | None = None
    state: str | None = None
    org_class: str | None = None
    core: str | None = None
    key: str | None = None
    partial: bool = False
    role: int = -1
    extra: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class DocView:
    """Plain-list copy of a ``Doc`` plus lexicon access, built once per document."""

    doc: Doc
    lex: Lexicon
    text: str
    texts: list[str]
    lows: list[str]
    idx: list[int]
    ends: list[int]
    spaces: list[bool]
    sents: list[tuple[int, int]]
    sent_of: list[int]
    boiler: list[bool]
    maps: list[dict[str, str]] = field(default_factory=list)
    glued: list[bool] = field(default_factory=list)  # no whitespace after the token
    demoted: set[int] = field(default_factory=set)  # ranks read as given names here
    phrases: dict[int, list[tuple[int, str, str]]] = field(default_factory=dict)
    _by_sentence: dict[int, dict[str, list[int]]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, doc: Doc, lex: Lexicon, boiler_lines: list[tuple[int, int]]) -> DocView:
        """The view of ``doc`` (sentence starts must be set)."""
        texts = [t.text for t in doc]
        idx = [t.idx for t in doc]
        ends = [i + len(t) for i, t in zip(idx, texts, strict=True)]
        spaces = [t.is_space for t in doc]
        sents: list[tuple[int, int]] = []
        sent_of = [0] * len(doc)
        for s in doc.sents:
            a, b = s.start, s.end
            while b > a and spaces[b - 1]:
                b -= 1
            if b > a:
                for i in range(s.start, s.end):
                    sent_of[i] = len(sents)
                sents.append((a, b))
            else:
                for i in range(s.start, s.end):
                    sent_of[i] = max(0, len(sents) - 1)
        boiler = [False] * len(sents)
        if boiler_lines:
            starts = [a for a, _ in boiler_lines]
            for k, (a, _b) in enumerate(sents):
                pos = bisect_right(starts, idx[a]) - 1
                if pos >= 0 and boiler_lines[pos][0] <= idx[a] < boiler_lines[pos][1]:
                    boiler[k] = True
        lows = [t.lower() for t in texts]
        maps = [lex.cue_map(t) for t in texts]
        names = lex.word_set("rank_or_given_name")
        demoted: set[int] = set()
        for i, low in enumerate(lows):
            if low in names and not (i + 2 < len(texts) and texts[i + 1][:1].isupper()
                                     and texts[i + 2][:1].isupper()):
                # "Gen Nakatani": a rank written without its full stop is a given name
                # unless a full name follows it ("Gen Pavel Muraveiko")
                maps[i] = {c: v for c, v in maps[i].items() if c not in _RANK_CUES}
                demoted.add(i)
        return cls(
            doc=doc,
            lex=lex,
            text=doc.text,
            texts=texts,
            lows=lows,
            idx=idx,
            ends=ends,
            spaces=spaces,
            sents=sents,
            sent_of=sent_of,
            boiler=boiler,
            maps=maps,
            glued=[not t.whitespace_ for t in doc],
            demoted=demoted,
        )

    def __len__(self) -> int:
        return len(self.texts)

    def cues(self, i: int) -> tuple[Cue, ...]:
        """Word cues of token ``i``."""
        cues = self.lex.cues(self.texts[i])
        if i in self.demoted:
            return tuple(c for c in cues if c[0] not in _RANK_CUES)
        return cues

    def has(self, i: int, category: str) -> bool:
        """Token ``i`` carries a word cue of ``category``."""
        if i < 0 or i >= len(self.maps):
            return False
        return category in self.maps[i]

    def value(self, i: int, category: str) -> str | None:
        """Value of the ``category`` word cue of token ``i``."""
        if i < 0 or i >= len(self.maps):
            return None
        return self.maps[i].get(category)

    def phrase(self, i: int, category: str) -> tuple[int, str] | None:
        """(end token, value) of the longest ``category`` cue starting at token ``i``,
        a multi-word phrase or the single word."""
        best: tuple[int, str] | None = None
        for end, cat, val in self.phrases.get(i, ()):
            if cat == category and (best is None or end > best[0]):
                best = (end, val)
        if best is None:
            val2 = self.value(i, category)
            if val2 is not None:
                best = (i + 1, val2)
        return best

    def phrase_ending(self, end: int, category: str) -> tuple[int, str] | None:
        """(start token, value) of a ``category`` cue that ends just before token ``end``."""
        for start in range(max(0, end - 5), end):
            for e, cat, val in self.phrases.get(start, ()):
                if e == end and cat == category:
                    return start, val
        val2 = self.value(end - 1, category)
        if val2 is not None:
            return end - 1, val2
        return None

    def positions(self, k: int, category: str) -> list[int]:
        """Tokens of sentence ``k`` where a ``category`` cue (word or phrase) starts; one
        pass per sentence, cached, so sentence-wide questions cost no rescans."""
        cats = self._by_sentence.get(k)
        if cats is None:
            cats = {}
            a, b = self.sents[k]
            for i in range(a, b):
                for c, _ in self.lex.cues(self.texts[i]):
                    cats.setdefault(c, []).append(i)
                for _, c, _ in self.phrases.get(i, ()):
                    hits = cats.setdefault(c, [])
                    if not hits or hits[-1] != i:
                        hits.append(i)
            self._by_sentence[k] = cats
        return cats.get(category, [])

    def dateline(self, tok: int, end: int) -> bool:
        """Whether tokens ``tok``..``end`` open a dateline: "VILNIUS —", "BRUSSELS, 4 April
        2023 -", "MOSKAU (dpa) –": the place a story was filed from."""
        k = self.sent_of[tok]
        a, b = self.sents[k]
        while a < tok and (not self.texts[a].strip() or self.texts[a] == "/" or a + 1 < tok
                           and self.texts[a + 1] == "/" and self.texts[a][:1].isupper()):
            a += 1  # a line break before it; "Port-au-Prince/Nairobi (dpa) -": two cities
        if tok != a:
            return False
        bracket = False
        for j in range(end, min(b, end + 12)):
            text = self.texts[j]
            if text in DASHES:
                return True
            bracket = text == "(" or bracket and text != ")"
            if not (text in (",", ".", "(", ")", "/", "&") or text.rstrip(".").isdigit()
                    or self.has(j, "coord") and j > end  # "Trinidad and Tobago (AP) —"
                    or self.has(j, "months") or text[:1].isupper()
                    and text.replace("-", "").isalpha()  # "BISSAU, Guinea-Bissau (AP) —"
                    or bracket and text.isalpha()):  # "MOSKAU (dpa) –"
                return False
        return False

    def dateline_credit(self, tok: int, end: int) -> bool:
        """Whether tokens ``tok``..``end`` name the agency credited in a dateline's brackets:
        "MOSKAU (dpa) –", "NAQOURA, Lebanon, Oct 27 (Reuters) -": the article's source, no
        actor of its story."""
        k = self.sent_of[tok]
        a, b = self.sents[k]
        open_ = next((j for j in range(tok - 1, max(a - 1, tok - 6), -1)
                      if self.texts[j] == "("), None)
        if open_ is None or open_ - a > 14:
            return False
        close = next((j for j in range(end, min(b, end + 6)) if self.texts[j] == ")"), None)
        return close is not None and close + 1 < b and self.texts[close + 1] in DASHES and all(
            self.texts[j] == "/" or self.texts[j].replace("-", "").isalpha()
            for j in range(open_ + 1, close))

    def after_genitive(self, m: Mention) -> int | None:
        """The token after state or name ``m`` used in the genitive ("Croatia's X",
        "Kroatiens X"), or None when ``m`` is no genitive."""
        j = m.tok_end
        if j < len(self.texts) and self.texts[j] in ("'s", "’s"):
            return j + 1
        if self.lex.lang == "de" and m.form == "inflected" and m.text.endswith("s"):
            return j
        return None

    def split_verb(self, i: int, category: str, b: int) -> bool:
        """Whether token ``i`` is a separable verb of ``category`` whose particle follows
        before ``b`` ("wies die Berichte zurück", "tritt der Nato bei")."""
        particle = self.value(i, category)
        return particle is not None and particle in self.lows[i + 1 : b]

    def relative_clauses(self, lo: int, t: int) -> set[int]:
        """Tokens of relative clauses closed between ``lo`` and ``t``: "Russia, which fought
        a war with Georgia in 2008, keeps 4,000 troops" is about Russia, not Georgia."""
        inside: set[int] = set()
        i = lo
        while i < t - 1:
            if self.texts[i] == "," and self.has(i + 1, "relative_pronoun"):
                close = next((j for j in range(i + 2, t) if self.texts[j] == ","), None)
                if close is None:
                    break
                inside.update(range(i + 1, close))
                i = close
            i += 1
        return inside

    def span_text(self, a: int, b: int) -> str:
        """The document text of tokens ``a``..``b`` (exclusive)."""
        return self.text[self.idx[a] : self.ends[b - 1]]

    def is_cap(self, i: int) -> bool:
        """Token ``i`` starts with an upper-case letter."""
        t = self.texts[i]
        return bool(t) and t[0].isupper()

    def is_lower_word(self, i: int) -> bool:
        """Token ``i`` is a lower-case word, hyphenated ones included ("full-scale")."""
        t = self.texts[i]
        return t.replace("-", "").isalpha() and not t[0].isupper() and t[0] != "-"

    def border_word(self, i: int) -> tuple[int, bool] | None:
        """(end, is an area) of a border word at token ``i``: a line between two states
        ("border", "Grenze") or an area inside the one that names it ("border region",
        "Grenzregion")."""
        hit = self.phrase(i, "border_noun") if i < len(self.texts) else None
        if hit is None:
            return None
        return hit[0], self.span_text(i, hit[0]).lower() in self.lex.word_set("border_area")

    def facility_head(self, i: int, end: int) -> bool:
        """Tokens ``i:end`` are a site's head word ("airport", "air base", "port"): the site
        is a place of its own, not the town or island it is named after."""
        return self.span_text(i, end).lower() in self.lex.word_set("facility_head")

    def names_base(self, i: int) -> bool:
        """Token ``i`` is a military base's head word ("air base", "Stützpunkt", "camp")."""
        return self.phrase(i, "base_noun") is not None or \
            self.lows[i] in self.lex.word_set("base_head_word")

    def sentence_text(self, k: int) -> tuple[str, int, int]:
        """(text, start, end) of sentence ``k``; ``text == doc.text[start:end]``."""
        a, b = self.sents[k]
        start, end = self.idx[a], self.ends[b - 1]
        return self.text[start:end], start, end
