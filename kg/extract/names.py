"""Names no gazetteer knows: people, organizations and places found by their context.

People: a title or role before the name ("Außenminister Choe Son Hui", "Prime Minister
Anthony Albanese"), an attribution after a quote dash ("– Hong Min, Institut ..."), a name
before an organization ("Hong Min vom Institute for ...") or before a role ("X, defence
analyst"). Organizations: a head word ("Institut für ...", "Centre for ...", "Panzer
Brigade 45"), a demonym before an institution ("das türkische Parlament"), a descriptor
before a name ("Söldnertruppe Wagner"). Places: a head word ("Region Kursk", "Suwałki
Gap"), a locational phrase ("at Rukla in central Lithuania"), an apposition ("HMAS
Stirling, a naval base"). Short forms of names found ("Kristersson", "Wagner-Kämpfer")
are then picked up everywhere in the document.

German capitalizes every noun, so a capitalized word counts as a name only if HanTa does
not know it as a common noun; words of the lexicon never count as names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.extract.numbers import number_format
from kg.extract.tagger import TagResult
from kg.extract.view import DASHES, DocView, Mention

# Words carrying one of these cues are vocabulary, never part of a name.
BLOCKING = frozenset({
    "role_leader", "role_official", "role_expert", "person_noun", "title", "org_head", "gov",
    "armed_forces", "force", "months", "weekdays", "treaty", "treaty_weak", "place_head_pre",
    "capital_word", "country_anaphor", "member", "accession", "alliance_noun", "conflict",
    "support", "sanction", "say_verb", "reported", "hypothetical", "denied", "not_name",
    "def_article", "coord", "between", "with", "locprep", "qualifier", "deploy",
    "count_anaphor", "direction", "then_prefix", "org_descriptor", "alliance_org_anaphor",
    "agree_verb", "sign_verb", "ratify_verb",
})
_CLOSERS = frozenset({"“", "”", '"', "»", "«", "'", "’", ".“", "?“"})
_QUOTES = frozenset({'"', "“", "”", "„", "»", "«"})
# person nouns ("des Predigers X", "the cleric X") only introduce a name, no office
_ROLE_CATS = ("role_leader", "role_official", "role_expert", "person_noun")
_ORDINAL = re.compile(r"^\d{1,3}(?:\.|st|nd|rd|th)$")
_ARTICLES_INDEF = frozenset({"a", "an", "ein", "eine", "einem", "einer", "einen", "the", "der",
                             "die", "das", "dem", "den", "des"})
_NAME_PUNCT = frozenset("-'’.")
_OPEN_QUOTES = frozenset({"„", "“", '"', "‚", "»", "«", "'"})
# Strength of a token as part of a name.
NO, WEAK, STRONG, KNOWN = 0, 1, 2, 3
MAX_NAME_TOKENS = 5
# Organization classes a demonym can own ("das türkische Parlament").
# A state's armed services: "die serbische Armee", "the Philippine navy", "US Navy".
_SERVICES = frozenset({"army", "navy", "air force", "coast guard"})
# A state's armed forces by organization class: its services and the forces as a whole.
ARMED_FORCES = _SERVICES | {"forces", "marines"}
# the classes of names rule-found armed groups get ("die Kikli-Miliz", "the Arakan Army")
ARMED_GROUP_CLASSES = frozenset({"group", "army", "forces"})
_STATE_ORG_CLASSES = frozenset({"parliament", "ministry", "agency", "council"} | _SERVICES)
# the rules that name a body by its common noun, no state ("das Verteidigungsministerium",
# "the Senate")
BARE_BODY_RULES = frozenset({"rule:bare-ministry", "rule:bare-legislature"})

Tagger = Callable[[str], TagResult | None]


# What may open the names after a role and its owner ("…, X", "… – X, Y und Z –") and
# what ends the owner's phrase before them
_APPOSITION_OPENERS = (",", "–", "—")
# organization heads of armed forces: named by their state, not by a purpose ("zur ...")
_FORCE_HEADS = frozenset({"army", "navy", "air force", "forces", "coast guard", "unit"})
_APPOSITION_STOPS = (",", ".", ";", ":", "–", "—")


def _plain_name_word(text: str) -> bool:
    """A plain word or a hyphenated one of capitalized parts ("Holm", "Ben-Ami")."""
    parts = text.split("-")
    return all(p.isalpha() for p in parts) and (len(parts) == 1 or all(
        p[:1].isupper() for p in parts))


@dataclass
class NameFinder:
    """Finds the unknown names of one document (see the module docstring)."""

    view: DocView
    gazetteer_mentions: list[Mention]
    tag: Tagger
    stop_words: frozenset[str]
    lookup: Callable[[str], list[Mention]] | None = None
    found: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.view)
        self.gaz_at: list[Mention | None] = [None] * n
        self.partial_at: dict[int, list[Mention]] = {}  # "Ostasien" in "Ostasien-Sicherheit"
        for m in self.gazetteer_mentions:
            if not m.partial:
                for i in range(m.tok, m.tok_end):
                    self.gaz_at[i] = m
            else:
                self.partial_at.setdefault(m.tok, []).append(m)
        self.used = [False] * n
        self.absorbed: set[int] = set()  # ids of gazetteer mentions inside a longer name
        self.particles = frozenset(self.view.lex.data.get("name_particles", []))
        self.based_suffixes = tuple(self.view.lex.terms("based_suffix"))
        self.region_heads = frozenset(self.view.lex.terms("region_compound_head"))
        self.connectors = frozenset(self.view.lex.terms("org_connector"))
        self.mission_nouns = tuple(self.view.lex.terms("mission_noun_suffix"))
        self.name_articles = frozenset(self.view.lex.terms("org_connector_article"))
        self.compass = sorted(self.view.lex.terms("compass_prefix"), key=len, reverse=True)
        self.quantity_words = self.view.lex.word_set("quantity_noun")
        self.person_ends: set[int] = set()  # where the persons found so far end
        self.title_small_words = frozenset(self.view.lex.data.get("title_case_small_words", []))
        self._strength: dict[int, int] = {}
        self._words: Counter[str] | None = None
        self._bigrams: Counter[tuple[str, str]] = Counter()
        self._alone: Counter[str] | None = None
        for m in self.gazetteer_mentions:
            if m.kind == "Organization" and m.form in ("alias", "inflected") and \
                    self._owned_by_other_state(m):
                # "Russia's Security Council", "der russische Sicherheitsrat": a state's own
                # body of that name, not the UN's
                self._unlink(m)
            elif m.kind == "Person" and m.form == "alias" and m.tok_end - m.tok == 1 and \
                    m.tok > 0 and self.gaz_at[m.tok - 1] is None and \
                    self.strength(m.tok - 1) == STRONG:
                # "der Sicherheitsforscher Henrik Valtonen": a given name the gazetteer's
                # Valtonen does not have makes it another person's surname
                self._unlink(m)
        languages: set[int] = set()
        for m in self.gazetteer_mentions:
            if m.kind == "State" and m.form == "demonym_adj" and not m.partial and \
                    self._language(m, languages):
                # "Anzeigen auf Spanisch und Portugiesisch", "a contract in Spanish": the
                # language, no state
                languages.add(m.tok_end)
                self._unlink(m)
                for i in range(m.tok, m.tok_end):
                    self.used[i] = True  # (and no name rule takes it up)

    def _language(self, m: Mention, languages: set[int]) -> bool:
        """Demonym ``m`` names a language: after "auf"/"in" (or "and" after another
        language) with no noun after it."""
        view = self.view
        before = m.tok - 1
        if before < 0:
            return False
        opens = view.lows[before] in view.lex.word_set("language_prep") or \
            view.has(before, "coord") and before in languages
        if not opens or view.lex.lang == "de" and not view.texts[m.tok][:1].isupper():
            return False  # (German writes the language, not the adjective, capitalized)
        if view.lex.lang == "de":
            return True  # "auf Spanisch": a capitalized word after "auf" is the noun
        after = m.tok_end
        return after >= len(view.texts) or not view.texts[after][:1].isalnum() or \
            view.has(after, "coord")  # (not "in Spanish waters")

    def _unlink(self, m: Mention) -> None:
        """Take gazetteer mention ``m`` back: its tokens are free for the name rules, and
        the mention itself is dropped (as one inside a longer name is)."""
        for i in range(m.tok, m.tok_end):
            self.gaz_at[i] = None
            self._strength.pop(i, None)
        self.absorbed.add(id(m))

    def _one_word(self, k: int) -> Mention | None:
        """The one-word gazetteer mention at token ``k``, if any."""
        g = self.gaz_at[k]
        return g if g is not None and g.tok == k and g.tok_end == k + 1 else None

    # ------------------------------------------------------------------ token tests

    def strength(self, i: int) -> int:
        """How name-like token ``i`` is: NO, WEAK (a common noun), STRONG, KNOWN (person)."""
        hit = self._strength.get(i)
        if hit is None:
            hit = self._compute_strength(i)
            self._strength[i] = hit
        return hit

    def _compute_strength(self, i: int) -> int:
        view = self.view
        text = view.texts[i]
        if text and not text[0].isupper() and self._particle_name(i) and \
                text.replace("-", "").isalpha():
            return STRONG  # "al-Sudani", "el-Sisi": a particle glued to the name
        if not text or not text[0].isupper() or len(text) > 40:
            return NO
        if not all(ch.isalpha() or ch in _NAME_PUNCT for ch in text):
            return NO
        if text.endswith(".") and len(text) > 2:
            return NO
        if "-" in text and text.rpartition("-")[2] in view.lex.word_set("adjective_suffix"):
            return NO  # "English-speaking", "Cold War-era", "Moskau-treue": an adjective
        g = self.gaz_at[i]
        if g is not None:
            return KNOWN if g.kind == "Person" else NO
        low = view.lows[i]
        if low in self.stop_words:
            # "sein somalischer Amtskollege Abdulkadir Mohamed Nur.": a capitalized function
            # word after a name, closing it inside the sentence, is the name's last part
            last = i + 1 >= len(view.texts) or not view.texts[i + 1][:1].isalpha()
            prev = i - 1
            if last and self._inside_sentence(i) and view.is_cap(prev) and \
                    view.lows[prev] not in self.stop_words and self.gaz_at[prev] is None and \
                    prev > 0 and view.is_cap(prev - 1) and view.lows[prev - 1] not in \
                    self.stop_words and all(c == "not_name" for c, _ in view.cues(i)):
                return STRONG
            return NO
        blocking = [c for c, _ in view.cues(i) if c in BLOCKING]
        if blocking and not all(self._s_after_a(i, c) for c in blocking):
            return NO  # (a word that is a cue only as "Duma" + "s" is left to the tagger)
        if i in view.phrases and any(c in BLOCKING for _, c, _ in view.phrases[i]):
            return NO
        result = self.tag(text)
        if result is not None:
            if result.common_noun:
                return WEAK
            if result.known and result.tag not in ("NE", "NN", "FM", "NNA", "NNI", "XY"):
                if result.tag.startswith("V") and self._inside_sentence(i):
                    return STRONG  # "Han Duck Soo": a verb is never capitalized mid-sentence
                return NO
        return STRONG

    def _s_after_a(self, i: int, category: str) -> bool:
        """Token ``i`` has its ``category`` cue only as a noun in -a plus -s: "Dumas" is no
        "Duma" + genitive s (a noun in -a takes none), so it may well be a surname."""
        return self.view.lows[i].endswith("as") and \
            not self.view.lex.has_stem(self.view.texts[i], category)

    def _particle_name(self, i: int) -> bool:
        """A name with its particle glued on ("al-Ansari", "el-Sisi")."""
        head, dash, rest = self.view.texts[i].partition("-")
        return bool(dash) and head in self.particles and rest[:1].isupper()

    def _inside_sentence(self, i: int) -> bool:
        """Token ``i`` stands inside its sentence (not first, not after a quote or colon),
        where German capitalizes only nouns and names."""
        view = self.view
        lo = view.sents[view.sent_of[i]][0]
        return i > lo and view.texts[i - 1][:1].isalnum()

    def acronym(self, i: int) -> bool:
        """An all-capitals token of 2 to 6 letters that is no known word."""
        text = self.view.texts[i]
        return (2 <= len(text) <= 6 and text.isupper() and text.isalpha()
                and self.gaz_at[i] is None and not self.view.cues(i))

    def name_run(self, j: int, b: int, *, min_len: int = 1, places: bool = False) -> list[int]:
        """Tokens of a personal or proper name starting at ``j`` (before ``b``).

        With ``places``, a small town's name counts as a name word ("Julien Marchand"
        where a village is called Marchand) when it stands in a name.
        """
        toks: list[int] = []
        if self._article_noun(j, b):
            j += 1  # "das Gespräch Ralph Gonsalves": the article's noun is no name word
        k = j
        while k < b and len(toks) < MAX_NAME_TOKENS and not self.used[k]:
            if k + 1 < b and self.role_end(k + 1) is not None:
                break  # "Defence Minister": a word of the title, not of a name
            s = self._run_strength(k, places)
            nxt = self._run_strength(k + 1, places) if k + 1 < b and not self.used[k + 1] else NO
            if s >= STRONG and s != KNOWN:
                toks.append(k)
            elif s != KNOWN and len(toks) >= 2 and self._alias_as_surname(k, b):
                toks.append(k)  # "Thérèse Kayikwamba Wagner": a known alias ends a name
                break
            elif places and not toks and self._place_as_first_name(k) and nxt >= STRONG \
                    and nxt != KNOWN and self.gaz_at[k + 1] is None:
                toks.append(k)  # "Defence Minister Wellington Koo", "Prime Minister Ariel Henry"
            elif s == WEAK and nxt >= STRONG and nxt != KNOWN:
                toks.append(k)
            elif places and not toks and nxt >= STRONG and nxt != KNOWN \
                    and self._plain_capitalized(k):
                toks.append(k)  # "Außenamtssprecher Nasser Kanaani": a given name, no adjective
            elif (toks and self.view.lows[k] in self.particles and nxt >= STRONG
                  and nxt != KNOWN):
                toks.append(k)
            elif (toks and self.view.texts[k] == "-" and self.view.glued[k - 1]
                  and self.view.glued[k] and nxt >= STRONG):
                toks.append(k)  # "Yunus-Bek", split by the English tokenizer
            elif toks and self._nickname(k, b, places):
                toks.extend((k, k + 1, k + 2))  # 'Jimmy "Barbecue" Chérizier'
                k += 3
                continue
            else:
                break
            k += 1
        while toks and self._run_strength(toks[-1], places) < STRONG and not (
                len(toks) >= 3 and self._alias_as_surname(toks[-1], b)):
            toks.pop()
        if places and len(toks) == 1 and self.gaz_at[toks[0]] is not None:
            return []
        return toks if len(toks) >= min_len else []

    def _article_noun(self, j: int, b: int) -> bool:
        """Token ``j`` is a common noun right after an article, followed by more words."""
        view = self.view
        return 0 < j and j + 1 < b and (view.has(j - 1, "def_article")
                                        or view.has(j - 1, "indef_article")) and \
            self.strength(j) == WEAK

    def _alias_as_surname(self, k: int, b: int) -> bool:
        """A one-word gazetteer name other than a state's, closing a name of two unknown
        words: a surname ("Thérèse Kayikwamba Wagner"), not the group Wagner."""
        g = self._one_word(k)
        view = self.view
        return g is not None and g.kind not in ("State", "Person") and all(
            self.gaz_at[t] is None for t in (k - 1, k - 2)) and view.texts[k].isalpha() and (
            k + 1 >= b or not view.is_cap(k + 1))

    def _nickname(self, k: int, b: int, places: bool) -> bool:
        """A quoted nickname between given name and surname: '"Barbecue"' in 'Jimmy
        "Barbecue" Chérizier' (the surname after it must read as a name)."""
        view = self.view
        return (k + 3 < b and view.texts[k] in _QUOTES and view.texts[k + 2] in _QUOTES
                and view.is_cap(k + 1) and view.texts[k + 1].isalpha()
                and not self.used[k + 3] and self._run_strength(k + 3, places) >= STRONG
                and self._run_strength(k + 3, places) != KNOWN)

    def _plain_capitalized(self, k: int) -> bool:
        """A capitalized word that no gazetteer, stop list or cue claims (its tag may say
        adjective or verb: in a name's slot after a title it is a given name)."""
        view = self.view
        return (view.is_cap(k) and view.texts[k].isalpha() and self.gaz_at[k] is None
                and view.lows[k] not in self.stop_words and not view.cues(k))

    def _place_as_first_name(self, k: int) -> bool:
        """A one-word gazetteer name (a city, even a capital, or a state's alias) that can
        be a given name when an unknown name word follows it in a person's slot."""
        g = self._one_word(k)
        return g is not None and g.form in ("name", "alias", "capital") and \
            self.view.texts[k].isalpha()

    def _run_strength(self, k: int, places: bool) -> int:
        s = self.strength(k)
        if s == NO and places:
            g = self.gaz_at[k]
            if g is not None and g.kind == "Place" and g.tok_end - g.tok == 1 and g.form in (
                    "name", "alias") and g.state is None:
                return STRONG
        return s

    def role_end(self, i: int) -> tuple[int, str] | None:
        """(end token, role category) of a role word or phrase starting at ``i``."""
        for cat in _ROLE_CATS:
            hit = self.view.phrase(i, cat)
            if hit is not None:
                return hit[0], cat
        return None

    # ------------------------------------------------------------------ building

    def add(self, a: int, b: int, kind: str, rule: str, *, core: tuple[int, int] | None = None,
            org_class: str | None = None, state: str | None = None, role: int = -1,
            extra: Iterable[str] = ()) -> Mention:
        """Record a name over tokens ``a``..``b`` and mark them used."""
        view = self.view
        start, end = view.idx[a], view.ends[b - 1]
        core_text = view.span_text(*core) if core else None
        first = self.gaz_at[a]
        if kind == "Organization" and state is None and first is not None and b - a > 1 \
                and first.kind == "State" and first.tok == a and first.form in (
                    "name", "abbrev", "demonym_adj"):
            state = first.state  # "U.S. Marines", "Russian Navy": the state's own force
        if kind == "Organization" and state is None and org_class in ARMED_FORCES:
            inner = next((g for i in range(a, b) if (g := self.gaz_at[i]) is not None
                          and g.kind == "State" and g.form in ("name", "demonym_adj")), None)
            if inner is not None:
                state = inner.state  # "Royal Thai Army", "Japan Air Self-Defense Force"
        if state is not None and kind == "Organization" and self._insurgent_name(a, b):
            state = None  # "Myanmar National Democratic Alliance Army": a rebel group
        m = Mention(start=start, end=end, text=view.text[start:end], tok=a, tok_end=b,
                    kind=kind, source="rule:" + rule, core=core_text, org_class=org_class,
                    state=state, role=role, extra=tuple(extra))
        self._use_up(a, b)
        if kind == "Organization" and b - a > 1:
            # a place inside the name proper ("Zentrum für Ostasien-Sicherheit"), not the
            # owner in its descriptor ("EU-Mission Aspides" keeps the EU)
            lo, hi = core or (a, b)
            for i in range(max(a, lo), min(b, hi)):
                self.absorbed.update(id(p) for p in self.partial_at.get(i, ()))
        self.found.append(m)
        if kind == "Person":
            self.person_ends.add(b)
        return m

    def _insurgent_name(self, a: int, b: int) -> bool:
        """A word of a rebel group's name ("Liberation", "-Allianz") in ``a``..``b``."""
        words = self.view.lex.word_set("insurgent_name")
        return any(part in words for i in range(a, b) for part in self.view.lows[i].split("-"))

    def _use_up(self, a: int, b: int) -> None:
        """Mark tokens ``a``..``b`` used; the gazetteer hits on them are absorbed."""
        for i in range(a, b):
            self.used[i] = True
            g = self.gaz_at[i]
            if g is not None:
                self.absorbed.add(id(g))

    def run(self) -> list[Mention]:
        """All rules in priority order; returns the new mentions."""
        titles = {k for k, (a, b) in enumerate(self.view.sents) if self.title_case(a, b)}
        for k, (a, b) in enumerate(self.view.sents):
            if self.view.boiler[k] or k in titles:
                continue
            self.aged_names(a, b)
            self.organizations(a, b)
            self.places(a, b)
            self.persons(a, b)
        for k, (a, b) in enumerate(self.view.sents):
            if not self.view.boiler[k] and k not in titles:
                self.bare_places(a, b)
        self.acronyms()
        self.apposed_acronyms()
        self.coalitions(titles)
        for k, (a, b) in enumerate(self.view.sents):
            if not self.view.boiler[k] and k not in titles:
                # before the echoes, so "Murillo" alone later is her too
                self.place_given_names(a, b, paired_only=True)
        self.echoes()
        for k, (a, b) in enumerate(self.view.sents):
            if not self.view.boiler[k] and k not in titles:
                self.person_pairs(a, b)
                self.subject_names(a, b)
                self.owner_names(a, b)
                self.place_given_names(a, b)
        self.found.sort(key=lambda m: m.start)
        return self.found

    def title_case(self, a: int, b: int) -> bool:
        """A headline In Title Case: capitals say nothing about names there, so only
        known names (gazetteer, and names found in the body) count."""
        view = self.view
        if view.lex.lang == "de":
            return False  # German capitalizes nouns anyway and writes no title case
        small = self.title_small_words
        if any(view.texts[i].isalpha() and view.texts[i].islower() and view.lows[i] not in small
               for i in range(a, b)):
            return False  # "Foreign Minister Pedro Alvarez met Blinken": a sentence
        words = [i for i in range(a, b) if view.texts[i].isalpha() and len(view.texts[i]) > 3
                 and view.lows[i] not in self.stop_words]
        if len(words) < 3:
            return False
        capitalized = sum(1 for i in words if view.is_cap(i))
        return capitalized >= 0.8 * len(words) and any(
            view.is_cap(i) and view.lows[i] in self.stop_words and i > a for i in range(a, b)
        ) or capitalized == len(words) and len(words) >= 4

    # ------------------------------------------------------------------ organizations

    def organizations(self, a: int, b: int) -> None:
        """Organization rules O1-O5 inside sentence ``a``..``b``."""
        view = self.view
        self._defined_acronyms(a, b)
        i = a
        while i < b:
            if self.used[i]:
                i += 1
                continue
            nxt = (self._ordinal_unit(i, b) or self._adjective_known(i, a, b)
                   or self._ship_name(i, b) or self._treaty_name(i, b)
                   or self._exercise_name(i, b)
                   or self._state_institution(i, b) or self._compound_region(i)
                   or self._numbered_place(i, b) or self._headed_run(i, b)
                   or self._head_with_purpose(i, b) or self._descriptor_name(i, b)
                   or self._compound_unit(i, b) or self._name_with_descriptor(i, b)
                   or self._named_compound(i) or self._state_compound(i)
                   or self._ministry_in_capital(i, b) or self._bare_ministry(i, b)
                   or self._bare_legislature(i, b))
            i = nxt if nxt else i + 1
        del view

    def _defined_acronyms(self, a: int, b: int) -> None:
        """O0: a name whose words' initials spell the acronym in brackets after it, however
        it is written ("Istituto per gli studi di politica internazionale (ISPI)")."""
        view = self.view
        for p in range(a + 2, b - 2):
            if view.texts[p] != "(" or view.texts[p + 2] != ")" or not self.acronym(p + 1) \
                    or self.used[p + 1] or self.used[p - 1]:
                continue
            letters = view.texts[p + 1].lower()
            initials = ""
            start = None
            for i in range(p - 1, max(a - 1, p - 13), -1):
                text = view.texts[i]
                if not text.replace("-", "").replace("'", "").replace("’", "").isalpha() or \
                        self.used[i]:
                    break  # "Ta'ang National Liberation Army (TNLA)"
                if len(text) > 3 or view.is_cap(i):
                    initials = text[0].lower() + initials
                if initials == letters and view.is_cap(i):
                    start = i
                    break
                if not letters.endswith(initials):
                    break
            if p + 3 < b and view.lows[p + 3] in view.lex.word_set("system_noun"):
                continue  # "a Terminal High Altitude Area Defense (THAAD) battery": a weapon
            if start is None or p - start < 2 or any(
                    view.has(i, "treaty") or view.has(i, "treaty_weak") or view.has(i, "months")
                    or (g := self.gaz_at[i]) is not None and g.tok <= start and g.tok_end >= p
                    for i in range(start, p)):
                continue  # a treaty's name, a date, or a name the gazetteer knows whole
            head = next((view.value(i, "org_head") for i in range(start, p)
                         if view.value(i, "org_head")), None)
            self.add(start, p, "Organization", "defined-acronym", org_class=head or "group")

    def _state_institution(self, i: int, b: int) -> int | None:
        """O3: demonym or genitive state + institution ("das russische Parlament")."""
        g = self.gaz_at[i]
        if g is None or g.kind != "State" or g.tok != i or g.form not in (
                "demonym_adj", "inflected", "name", "abbrev"):
            return None
        j = g.tok_end
        attributive = False
        if g.form != "demonym_adj":
            if j < b and self.view.lows[j] in ("'s", "’s"):
                j += 1
            elif g.form == "abbrev":
                attributive = True  # "US Navy", "US-Armee"
            elif g.form != "inflected":
                return None
        # optional adjective between ("das russische föderale Parlament" is rare; skip)
        head = self._org_head(j, b)
        force = self.view.phrase(j, "force")
        if force is not None and head is not None and force[0] > head[0]:
            return None  # "American service members": a force, no service (agency)
        if head is None or head[1] not in _STATE_ORG_CLASSES or (
                attributive and head[1] not in _SERVICES):
            return None
        end, cls = head
        view = self.view
        if self._forces_not_body([end - 1], i):
            return None
        if any((known := self.gaz_at[x]) is not None and known.kind == "Organization"
               and known.tok_end > end for x in range(j, min(b, end + 1))):
            return None  # "den russischen Inlandsgeheimdienst FSB": the known name after
        if end + 1 < b and view.lows[end] in ("of", "for", "für") and (
                view.is_cap(end + 1) or view.lows[end + 1] == "the" and end + 2 < b
                and view.is_cap(end + 2)):
            # "Canada's Department of National Defence", "Cuba's Ministry of the
            # Revolutionary Armed Forces": the name goes on after "of"
            k = end + 1
            while k < b and (view.is_cap(k) and view.texts[k].isalpha() or view.lows[k] in (
                    "the", "and") and k + 1 < b and view.is_cap(k + 1)):
                k += 1
            if k > end + 1 and view.is_cap(k - 1):
                end = k
        extra = [self.view.span_text(j, end)]
        if end < b and self.acronym(end):
            extra.append(self.view.texts[end])  # "des Geheimdienstes NIS"
            end += 1
        self.add(i, end, "Organization", "state-institution", core=(j, end), org_class=cls,
                 state=g.state, extra=extra)
        return end

    def _compound_region(self, i: int) -> int | None:
        """"die Savanes-Region", "in die Afar-Region": a name joined to a region word is
        a place; the name alone is its other form."""
        view = self.view
        text = view.texts[i]
        name, dash, head = text.rpartition("-")
        if not dash or not name[:1].isupper() or not name.replace("-", "").isalpha() or \
                head.lower() not in self.region_heads or self.gaz_at[i] is not None or \
                self.partial_at.get(i) and head.lower() in view.lex.word_set("admin_region_head"):
            return None  # "Kursk-Region": the gazetteer's region of Kursk ("Siliguri-Korridor"
            # is no city)
        inner = self.partial_at.get(i, ())
        self.add(i, i + 1, "Place", "compound-region", extra=() if inner else (name,))
        self.absorbed.update(id(p) for p in inner)
        return i + 1

    def _numbered_place(self, i: int, b: int) -> int | None:
        """"Airbase 101", "Camp 5": a capitalized place head and a number name a site."""
        view = self.view
        hit = view.phrase(i, "site_head")
        if hit is None or not view.is_cap(i):
            return None
        end = hit[0]
        if end >= b or not view.texts[end].isdigit() or self.used[end] or \
                len(view.texts[end]) > 3:
            return None
        if end + 1 < b and (view.has(end + 1, "months") or view.texts[end + 1].isdigit()):
            return None  # "Camp 5 May", not a site
        self.add(i, end + 1, "Place", "numbered-place")
        return end + 1

    def _ship_name(self, i: int, b: int) -> int | None:
        """"the frigate Admiral Gorshkov", "die Fregatte „Hessen“": a ship's name after its
        type names no person, place or state; its words are used up."""
        view = self.view
        hit = view.phrase(i, "vessel_noun")
        if hit is None and view.texts[i].isupper() and view.has(i, "ship_prefix") and \
                not self._base_apposition(i + 1, b):
            hit = (i + 1, "")  # "led by the USS Abraham Lincoln": the prefix types it
        if hit is None:
            return None
        j = hit[0]
        while j < b and view.texts[j] in _OPEN_QUOTES:
            j += 1
        k = j
        while k < b and k - j < 5 and (view.is_cap(k) and (
                view.texts[k].replace("-", "").isalpha() or view.texts[k].isupper()
                or len(view.texts[k]) == 2 and view.texts[k][1] == ".")  # "Gerald R. Ford"
                or k > j and k + 1 < b and view.lows[k] == "of" and view.is_cap(k + 1)
                and getattr(self.gaz_at[k + 1], "kind", None) != "State"):
            k += 1  # "HMS Prince of Wales"
        first = self.gaz_at[j] if j < b else None
        if k == j or (view.lex.lang != "en" and k - j == 1 and first is not None
                      and first.kind == "State"):
            return None  # "die Fregatte Deutschlands": whose ship, not its name
        self._use_up(j, k)
        return k

    def _base_apposition(self, j: int, b: int) -> bool:
        """"HMAS Stirling, a naval base on Australia's west coast": a base commissioned
        with a ship's prefix, as an apposition after the name says."""
        view = self.view
        k = j
        while k < b and view.is_cap(k):
            k += 1
        return k + 1 < b and view.texts[k] == "," and any(
            view.has(x, "base_word") for x in range(k + 1, min(b, k + 5)))

    def _exercise_name(self, i: int, b: int) -> int | None:
        """"the Cold Response exercise", "das Nato-Manöver Steadfast Defender": an
        exercise's name is no place, person or organization; its words are used up."""
        view = self.view
        if view.has(i, "exercise") and i + 1 < b:
            j = i + 1  # the name after the exercise word
            k = self._event_name_end(j, b)
            if k > j and (view.lex.lang == "en" or k - j >= 2 or self.strength(j) == STRONG):
                self._use_up(j, k)
                return k
            return None
        if not view.is_cap(i) or view.lows[i] in self.stop_words or view.lex.lang != "en":
            return None
        k = self._event_name_end(i, b)  # the name before the exercise word
        if k == i or k >= b:
            return None
        if view.texts[k] == "," and k + 1 < b and view.lows[k + 1] in ("a", "an"):
            # "Cold Response, a Norwegian-led NATO exercise": the apposition names the event
            end = next((j for j in range(k + 2, min(b, k + 8)) if not view.texts[j][:1].isalnum()),
                       min(b, k + 8))
            if any(view.has(j, "exercise") for j in range(k + 2, end)):
                self._use_up(i, k)
                return k
            return None
        if not view.has(k, "exercise") or view.is_cap(k):
            return None
        self._use_up(i, k)
        return k

    def _event_name_end(self, j: int, b: int) -> int:
        """The end of up to three capitalized words from ``j`` that the gazetteer knows as
        no actor: an event's name."""
        view = self.view
        k = j
        while k < b and k - j < 3 and view.is_cap(k) and view.texts[k].isalpha():
            g = self.gaz_at[k]
            if g is not None and g.kind in ("State", "Organization", "Person"):
                break
            k += 1
        return k

    def _treaty_name(self, i: int, b: int) -> int | None:
        """"the North Atlantic Treaty", "das Defence Cooperation Agreement": the name of a
        treaty, whose words are neither places nor organizations."""
        view = self.view
        if not view.is_cap(i) or view.lows[i] in self.stop_words:
            return None
        k = i
        while k < b and k - i < 6 and view.is_cap(k) and view.texts[k].isalpha():
            if view.has(k, "treaty") and k > i:
                if k + 1 < b and view.is_cap(k + 1) and view.has(k + 1, "org_head"):
                    return None  # "... Treaty Organization": an organization's name
                if view.lex.lang != "en" and any(self.gaz_at[x] is not None for x in range(i, k)):
                    return None  # "Finnlands Beitritt": German capitalizes every noun
                self._use_up(i, k + 1)
                return k + 1
            if view.has(k, "org_head") or view.has(k, "role_leader"):
                return None
            k += 1
        return None

    def _org_head(self, j: int, b: int) -> tuple[int, str] | None:
        """(end, class) of an organization head word or phrase at ``j``."""
        if j >= b:
            return None
        hit = self.view.phrase(j, "org_head")
        if hit is None:
            return None
        return hit[0], hit[1]

    def _headed_run(self, i: int, b: int) -> int | None:
        """O1/L5: a capitalized run with an organization or place head
        ("Centre for Baltic Defence Studies", "Panzer Brigade 45", "Naval Base Point Loma")."""
        view = self.view
        if not view.is_cap(i) or view.lows[i] in self.stop_words:
            return None
        connectors = self.connectors
        toks: list[int] = []
        k = i
        while k < b and not toks and view.lows[k].endswith(self.based_suffixes):
            k += 1  # "the Sydney-based Indo-Pacific Strategy Centre": where it sits, not its name
        while k < b and not self.used[k] and len(toks) < 8:
            text = view.texts[k]
            if view.is_cap(k) and (text.isalpha() or "-" in text or text.isupper() or (
                    text[-2:-1] not in ("'", "’") and text.replace("'", "").replace(
                        "’", "").isalpha())):
                # (an apostrophe inside a word: "Ta'ang National Liberation Army")
                g = self.gaz_at[k]
                if g is not None and g.kind == "Person" or view.has(k, "weekdays") or \
                        view.has(k, "months"):
                    break
                toks.append(k)
                if len(toks) > 1 and view.lows[k].endswith(self.based_suffixes):
                    toks = [k]  # "... of the Vienna-based Centre for ...": the name starts
                    # anew after its seat, with all eight words left for it
            elif (view.lows[k] in connectors and toks and k + 1 < b and (
                    view.is_cap(k + 1) or not view.has(k, "coord") and view.lows[k + 1]
                    in self.name_articles and k + 2 < b and view.is_cap(k + 2))
                  # "Armed Forces of the Philippines", "Centro de Estudios para la Seguridad"
                  and (view.lows[k] not in ("der", "des", "und", "and")
                       or view.lows[k] in ("und", "and") and self._joins_name(toks, k, b))
                  # (German "das" is the article: "bei X das System Y bestellt")
                  and not (view.lex.lang == "de" and view.lows[k] == "das")
                  and not view.has(k + 1, "weekdays") and not view.has(k + 1, "months")):
                toks.append(k)
            elif text in ("'s", "’s", "'") and toks and toks[-1] == k - 1 and \
                    view.has(k - 1, "possessive_in_name") and k + 1 < b and view.is_cap(k + 1):
                toks.append(k)  # "Tigray People's Liberation Front"
            elif text.isdigit() and toks and view.has(toks[-1], "org_head"):
                toks.append(k)
                k += 1
                break
            else:
                break
            k += 1
        if len(toks) > 1 and view.lows[toks[1]] in ("zur", "zum", "für", "for") and \
                view.value(toks[0], "org_head") in _FORCE_HEADS:
            toks = toks[:1]  # "ein Schiff der Marine zur Unterstützung Guyanas": a purpose
        purpose = next((n for n, t in enumerate(toks) if view.lows[t] in ("zum", "zur")), None)
        if purpose is not None and purpose > 0 and not any(view.has(t, "org_head")
                                                           for t in toks[:purpose]):
            # "Chinas Tor zum Roten Meer", "das Aufmarschgebiet zur Verfügung": German nouns
            # and a phrase, no name ("Institut für Studien zum Indischen Ozean" keeps it)
            return None
        based = [n for n, t in enumerate(toks[:-1]) if view.lows[t].endswith(self.based_suffixes)]
        if based:
            toks = toks[based[-1] + 1:]  # "the Tel Aviv-based Institute for ...": its seat
        cut = next((n for n, t in enumerate(toks) if view.has(t, "locprep")), None)
        if cut is not None and not any(view.is_cap(t) and view.has(t, "org_head")
                                       for t in toks[:cut]):
            # "Severomorsk on the Kola Peninsula", "Fort Sherman on the Caribbean coast": a
            # place and where it lies, two names ("Council on Foreign Relations" is one)
            toks = toks[:cut]
        if len(toks) < 2:
            return None
        if view.has(toks[0], "direction") and toks[0] > 0 and view.has(toks[0] - 1, "locprep"):
            return None  # "im Zentrum Rumäniens" is a part of the country, no "Zentrum" org
        head_org = [t for t in toks if view.is_cap(t) and view.has(t, "org_head")
                    and not self._s_after_a(t, "org_head")]
        mission_head = not head_org and len(toks) > 1 and view.is_cap(toks[-1]) and \
            view.lows[toks[-1]].endswith(self.mission_nouns) and \
            self._mission_place(toks[-1] + 1, b) > toks[-1] + 1
        if mission_head:
            head_org = [toks[-1]]  # "ECOWAS Mission in the Gambia", "EU Training Mission in"
        if head_org and self._forces_not_body(head_org, toks[0]):
            return None
        head_place = [t for t in toks if view.is_cap(t) and not view.has(t, "capital_word") and (
            view.has(t, "place_head_pre") or view.lex.has(view.texts[t], "place_head_post"))]
        for t in toks:
            # a head of several words ("Skrydstrup Air Base"): all its words are the head
            hit = view.phrase(t, "place_head_post") or view.phrase(t, "place_head_pre")
            if hit is not None and hit[0] - t > 1 and all(x in toks for x in range(t, hit[0])):
                head_place += [x for x in range(t, hit[0]) if x not in head_place]
        head_place.sort()
        if view.lex.lang != "en" and head_place and not head_org:
            lead = [t for t in toks if t < head_place[0]]
            if lead and all(self.strength(t) < STRONG and self.gaz_at[t] is None
                            and not self._adjective(t) for t in lead):
                # "Kriegsschiffe in Richtung Golf von Aden": nouns before the head are none
                # of the name ("Rotes Meer" keeps its adjective)
                toks = [t for t in toks if t >= head_place[0]]
                if len(toks) < 2:
                    return None
        first_of = next((n for n, t in enumerate(toks) if view.lows[t] in ("of", "at")), None)
        if first_of is not None and 1 <= first_of <= 3 and \
                view.lows[toks[first_of] + 1] == "the" and not any(
                t in head_org or t in head_place for t in toks[:first_of]) and any(
                t in head_org for t in toks[first_of:]):
            return None  # "Dragana Petković of the Centre for ...": a person, then her employer
        has_connector = any(view.lows[t] in connectors for t in toks)
        # "Archipelago Studies Institute", "Gulf Research Center": a place word before the
        # organization's head that closes the run is a word of its name
        org_led = bool(head_org) and head_org[-1] == toks[-1]
        others = [t for t in toks if t not in head_org and (
                      t not in head_place or org_led and t < head_org[0])
                  and view.lows[t] not in connectors and not view.texts[t].isdigit()]
        if not others and head_place == toks and not head_org and view.lex.lang == "en" \
                and self._numeral_lead(toks[0]):
            self.add(toks[0] - 1, toks[-1] + 1, "Place", "headed-place")  # "the 86th Air Base"
            return toks[-1] + 1
        if not others:
            return None
        if head_place and not head_org and all(self.gaz_at[t] is not None for t in others):
            return None  # "Hauptstadt Bamako": the gazetteer name with a head word
        gaz = [self.gaz_at[t] for t in toks]
        known = {id(g) for g in gaz if g is not None}
        other_gaz = [self.gaz_at[t] for t in others]
        if (all(g is not None for g in other_gaz) and any(
                g is not None and g.kind in ("Organization", "Person") for g in other_gaz) or (
                all(g is not None for g in gaz) and (len(known) == 1 or any(
                    g is not None and g.kind == "Organization" for g in gaz)))) and not (
                head_org and self._mission_place(head_org[-1] + 1, b) > head_org[-1] + 1):
            # the gazetteer knows this organization ("Jemens Huthi-Miliz") already; but
            # "ECOWAS Mission in the Gambia" names a mission of its own
            return None
        so_called = toks[0] > 0 and view.lows[toks[0] - 1] in view.lex.word_set("so_called")
        if view.lex.lang != "en" and not has_connector and not so_called:
            # German capitalizes nouns: every other word must look like a name, or be an
            # adjective of the name right before its head ("Kommunistische Partei Vietnams");
            # "die sogenannte Weiße Armee" is a name whatever its words
            if any(self.strength(t) < STRONG and self.gaz_at[t] is None and not (
                    t + 1 in head_org and t == toks[0] and len(others) > 1
                    and self._adjective(t)) for t in others):
                return None
        if view.lex.lang != "en" and has_connector and toks[0] in others and \
                self.strength(toks[0]) < STRONG and self.gaz_at[toks[0]] is None and \
                view.lows[toks[1]] in connectors:
            return None  # "Schätzungen von Hilfsorganisationen": a noun, no name, opens it
        if view.lex.lang != "en" and len(toks) == 3 and view.lows[toks[1]] == "von" and \
                toks[0] in head_org and self.strength(toks[2]) < STRONG and \
                self.gaz_at[toks[2]] is None:
            return None  # "eine Gruppe von Offizieren": a group of people, no body's name
        if len(toks) > 3 and view.lows[toks[1]] in ("von", "of") and toks[2] in head_place and \
                toks[0] not in head_place and toks[0] not in head_org and \
                self.gaz_at[toks[0]] is None:
            return None  # "der Exerzierplatz von Camp X": a part of the place named after it
        if any(view.has(t, "role_leader") or view.has(t, "role_official") for t in toks):
            return None
        before = toks[0] - 1
        if before > 0 and view.lows[before] in ("of", "von"):
            before -= 1  # "the departments of Artibonite and Centre"
        if view.has(toks[0], "region_plural") or before >= 0 and \
                view.has(before, "region_plural") or view.lows[toks[0]] in self.quantity_words:
            # "der Departements Artibonite und Centre": places, whatever head ends them;
            # "Hundreds of U.S. Marines": a count of a force, no name
            return None
        end = toks[-1] + 1
        start = toks[0]
        if has_connector and any(view.has(toks[n - 1], "org_head") for n, t in enumerate(toks)
                                 if n and view.has(t, "coord")) and end < b and \
                view.phrase(end, "force") is not None:
            return None  # "350 Army and Air Force personnel": the services, no name
        if head_org and (not head_place or head_org[0] < head_place[0] or has_connector
                         or head_org[-1] == toks[-1]):  # "Great Lakes Policy Institute"
            cls = "mission" if mission_head else view.value(head_org[0], "org_head") or "group"
            end = self._mission_place(end, b)
            core = None
            if view.lex.lang != "en" and head_org == [start] and not has_connector and \
                    len(toks) >= 2 and all(self.strength(t) >= STRONG for t in toks[1:]):
                core = (toks[1], end)  # "Rüstungskonzern Naval Group": a descriptor, a name
            else:
                # "Thinktank Africa Security Forum", "Quitoer Thinktank Instituto Andino":
                # the name is after the descriptor
                desc = [n for n, t in enumerate(toks[:3]) if view.has(t, "org_descriptor")]
                after = toks[desc[-1] + 1] if desc and desc[-1] + 1 < len(toks) else None
                place = self.gaz_at[after] if after is not None else None
                # (not "Berliner Institut für X": a descriptor's complement is no name)
                if after is not None and view.is_cap(after) and (
                        desc[-1] > 0 or len(toks) >= 3 and any(
                            t in head_org for t in toks[desc[-1] + 1:])) and not (
                        place is not None and place.kind in ("State", "Place")):
                    # "Istanbuler Thinktank Edam" is Edam; "Kommunistische Partei Vietnams"
                    # keeps its whole name
                    core = (after, end)
            extra = (view.span_text(*core),) if core else ()
            owner = self.gaz_at[start - 1] if start > 0 and core is None else None
            if owner is not None and owner.kind == "State" and owner.form == "abbrev" and \
                    owner.tok_end == start:
                # "US Africa Command", "US Forces Japan": named with the state's
                # abbreviation, which stays the state's own mention
                extra = (view.span_text(owner.tok, end),)
            self.add(start, end, "Organization", "headed-run", org_class=cls, core=core,
                     extra=extra)
            return end
        before = start - 1
        while before > 0 and start - before < 3 and view.is_cap(before) and \
                view.texts[before].isalpha() and not view.has(before, "title"):
            before -= 1
        if head_place and before >= 0 and view.has(before, "title"):
            return None  # "Sgt. William Jerome Rivers": a titled person, no river
        if head_place and toks[0] in head_place and view.has(toks[0], "region_plural"):
            # "der Provinzen Chanthaburi und Trat": each name a place of its own
            rest = [t for t in toks if t not in head_place]
            return self._plural_places(self.name_run(rest[0], b) or rest[:1], b) if rest \
                else None
        if head_place and self._numeral_lead(start):
            start -= 1  # "the 86th Air Base", "the Five Hills Training Area"
        if head_place:
            # "die Gegend von Raška": the name after "von" (not "the Port of Djibouti",
            # where the state's name would become the port's)
            names = [t for t in toks if t not in head_place and not (
                view.lows[t] in ("of", "von") and t - 1 in head_place
                and t + 1 < b and self.gaz_at[t + 1] is None)]
            core = (names[0], names[-1] + 1) if names and names == list(
                range(names[0], names[-1] + 1)) else None
            self.add(start, end, "Place", "headed-place", core=core,
                     extra=(view.span_text(*core),) if core else ())
            return end
        return None

    def _numeral_lead(self, start: int) -> bool:
        """An ordinal or a capitalized number word, not opening the sentence, opens the
        place name after it ("the 86th Air Base", "at the Five Hills Training Area")."""
        view = self.view
        j = start - 1
        if j <= 0 or self.used[j] or view.sents[view.sent_of[j]][0] == j:
            return False
        text = view.texts[j]
        return bool(_ORDINAL.match(text)) or (
            view.is_cap(j) and view.lows[j] in number_format(view.lex).words)

    def _forces_not_body(self, heads: list[int], start: int) -> bool:
        """Heads that name a body only after a definite article: "die russischen
        Streitkräfte" is a body; "Beteiligung nordkoreanischer Streitkräfte" and "Russische
        Streitkräfte sind ... stationiert" speak of forces."""
        view = self.view
        return all(view.lows[t] in view.lex.word_set("article_bound_head") for t in heads) and \
            not view.has(start - 1, "def_article")

    def _mission_place(self, end: int, b: int) -> int:
        """"African Union Mission in Somalia": a mission's name goes on over "in" and the
        state or place it serves in."""
        view = self.view
        if end + 1 >= b or not view.lows[end - 1].endswith(self.mission_nouns) or \
                view.lows[end] not in view.lex.word_set("name_place_prep"):
            return end
        at = end + 1
        if view.has(at, "def_article") and at + 1 < b:
            at += 1  # "ECOWAS Mission in the Gambia"
        g = self.gaz_at[at]
        if g is None or g.tok != at or g.kind not in ("State", "Place") or \
                g.form not in ("name", "alias"):
            return end
        return g.tok_end

    def _joins_name(self, toks: list[int], k: int, b: int) -> bool:
        """Whether "und"/"and" at ``k`` continues one organization's name: "Institut für
        Frieden und Sicherheit", "Stiftung Wissenschaft und Politik" (the head first, no
        second head after), "Sahel and Central Africa Institute" (a head closes the name)."""
        view = self.view
        g = self.gaz_at[k - 1]
        if g is not None and g.kind == "State" and g.tok_end == k and g.tok == toks[0]:
            return False  # "Saudi-Arabien und Jemens Huthi-Miliz": two actors
        if any(view.lows[t] in ("für", "for", "of") for t in toks):
            return True
        if view.value(toks[0], "org_head") == "institute" and not view.has(k + 1, "org_head"):
            return True  # not "die Miliz Raketen und Drohnen" (German capitalizes nouns)
        nxt = self.gaz_at[k + 1] if k + 1 < b else None
        if view.is_cap(toks[-1]) and view.has(toks[-1], "org_head") or (
                nxt is not None and nxt.kind == "Organization" and nxt.tok == k + 1):
            return False  # "the Mongolian Armed Forces and US Indo-Pacific Command"
        return any(view.is_cap(x) and view.has(x, "org_head") for x in range(k + 1, min(b, k + 5)))

    def _head_with_purpose(self, i: int, b: int) -> int | None:
        """O2: "Institut für nationale Vereinigung", "Ministerium für Staatssicherheit"."""
        view = self.view
        if not view.is_cap(i) or not view.has(i, "org_head") or \
                view.value(i, "org_head") in _FORCE_HEADS:
            return None  # not "ein Schiff der Marine zur Unterstützung Guyanas": a purpose
        j = i + 1
        if j >= b or view.lows[j] not in ("für", "zur", "zum", "for"):
            return None
        k = j + 1
        last_cap = -1
        while k < b and k - j <= 4:
            text = view.texts[k]
            if view.is_cap(k) and text.replace("-", "").isalpha() and (
                    self.gaz_at[k] is None or "-" in text):  # "Ostasien-Sicherheit"
                last_cap = k
            elif text.isalpha() and text.islower() and view.lows[k] not in self.stop_words:
                pass
            elif view.lows[k] in ("und", "and") and k + 1 < b:
                pass
            else:
                break
            k += 1
        if last_cap < 0:
            return None
        cls = view.value(i, "org_head") or "institute"
        self.add(i, last_cap + 1, "Organization", "head-purpose", org_class=cls)
        return last_cap + 1

    def _descriptor_name(self, i: int, b: int) -> int | None:
        """O4: a descriptor before a name ("Söldnertruppe Wagner", "Arbeiterpartei PKK")."""
        view = self.view
        if not view.has(i, "org_descriptor") or i + 1 >= b:
            return None
        j = i + 1
        known = view.phrase(j, "known_as")
        if known is not None:
            j = known[0]  # "a coalition known as Viv Ansanm"
        if view.texts[j] in _QUOTES:
            if view.lows[i].endswith(tuple(view.lex.word_set("operation_word"))):
                return None  # "die Operation „Sicheres Podlachien“": an operation, no body
            return self._quoted_after_descriptor(i, j, b)
        if self.acronym(j):
            run = [j]
        else:
            run = self.name_run(j, b)
            if not run or any(self.strength(t) < STRONG for t in run):
                return None
            run = run[:3]
        end = run[-1] + 1
        start = i
        adj = i - 1
        extra = [view.span_text(i, end)]
        cls = view.value(i, "org_head") or "group"
        if (adj >= 0 and view.texts[adj].isalpha() and view.texts[adj].islower()
                and not self.used[adj] and self._adjective(adj)):
            start = adj
            extra.append(view.span_text(adj, i + 1))
        extra.append(view.span_text(run[0], end))
        self.add(start, end, "Organization", "descriptor-name", core=(run[0], end),
                 org_class=cls, extra=extra)
        return end

    def _quoted_after_descriptor(self, i: int, j: int, b: int) -> int | None:
        """"des Exilmediums „The Irrawaddy“", "die Partei „Wir Serben“": the quoted
        words after a descriptor name the body (one to four capitalized words)."""
        view = self.view
        close = next((x for x in range(j + 1, min(b, j + 6)) if view.texts[x] in _QUOTES), None)
        if close is None or close == j + 1 or any(self.used[x] for x in range(j + 1, close)) \
                or not view.is_cap(j + 1) or not all(
                    view.texts[x][:1].isupper() or view.texts[x].isdigit()
                    for x in range(j + 1, close)):
            return None
        known = self.gaz_at[j + 1]
        if known is not None and known.tok == j + 1 and known.tok_end == close:
            return None  # a name the gazetteer knows whole ("der Zeitung „Haaretz“")
        # a party, a militia or a mission by its head; otherwise an outlet or a firm
        mission = view.has(i, "mission_word") or view.lows[i].endswith(self.mission_nouns)
        cls = ("mission" if mission else view.value(i, "org_head")) or "company"
        self.add(j + 1, close, "Organization", "descriptor-quoted", org_class=cls)
        return close + 1

    def _name_with_descriptor(self, i: int, b: int) -> int | None:
        """O6: an unknown name the text calls an organization: "Vectus Global, a private
        military company", "the Viv Ansanm coalition"."""
        view = self.view
        if not view.is_cap(i) or self.gaz_at[i] is not None:
            return None
        run = [i] if self.acronym(i) else self.name_run(i, b)
        if not run or run[0] != i or len(run) > 3 or \
                any(self.strength(t) != STRONG for t in run if not self.acronym(t)):
            # "the Resolute Support mission": a mission's name of two plain words
            mission = self._mission_name(i, b)
            if mission is None:
                return None
            run = mission
        if view.lows[run[-1]].endswith(self.based_suffixes):
            return None  # "the US-led coalition": who leads it, no name
        end = run[-1] + 1
        j = end
        if j + 1 < b and view.texts[j] == "," and view.lows[j + 1] in ("a", "an", "ein", "eine"):
            j += 2  # the apposition: ", a private military company"
            while j < b and j - end < 6 and view.is_lower_word(j) and not view.has(
                    j, "org_descriptor") and self.role_end(j) is None:
                j += 1
        elif not (i > 0 and view.lows[i - 1] in ("the", "der", "die", "das", "den", "dem")) \
                and not (i > 1 and view.lows[i - 1].endswith(self.based_suffixes)
                         and view.lows[i - 2] in ("the", "der", "die", "das", "den", "dem")) \
                and not (i > 1 and view.texts[i - 1] in ("'s", "’s") and j < b
                         and self.gaz_at[i - 2] is not None):
            # "the NATO-led Resolute Support mission" also has its article, "NATO's Resolute
            # Support mission" its owner
            return None
        hit = view.phrase(j, "org_descriptor") if j < b and view.is_lower_word(j) else None
        if hit is None and j == end:
            mission = self._mission_name(i, b)
            if mission is not None:
                end = j = mission[-1] + 1
                hit = view.phrase(j, "org_descriptor")
        if hit is None:
            return None
        cls = view.value(j, "org_head") or "group"
        self.add(i, end, "Organization", "name-descriptor", org_class=cls)
        return end

    def _mission_name(self, i: int, b: int) -> list[int] | None:
        """Two or three capitalized words inside a sentence before a mission word ("the
        Resolute Support mission")."""
        view = self.view
        j = i
        while j < b and j - i < 3 and view.is_cap(j) and view.texts[j].isalpha() and \
                self.gaz_at[j] is None and view.lows[j] not in self.stop_words:
            j += 1
        if j + 1 < b and view.is_lower_word(j) and view.has(j + 1, "mission_word") and \
                view.lows[j] in view.lex.word_set("mission_kind"):
            j_word = j + 1  # "the Resolute Support training mission"
        else:
            j_word = j
        if j - i < 2 or i == view.sents[view.sent_of[i]][0] or j_word >= b or \
                not view.has(j_word, "mission_word"):
            return None
        return list(range(i, j))

    def _named_compound(self, i: int) -> int | None:
        """O7: a name hyphenated to an institute, company or group head ("Clingendael-Institut",
        "Carnegie-Stiftung", "Kikli-Miliz"); a common noun before the hyphen is no name
        ("Friedens-Institut")."""
        view = self.view
        text = view.texts[i]
        if "-" not in text or not view.is_cap(i) or self.gaz_at[i] is not None:
            return None
        prefix, _, tail = text.rpartition("-")
        cls = view.value(i, "org_head")
        if cls not in ("institute", "company", "group") or not tail[:1].isupper() \
                or not prefix.replace("-", "").isalpha() or not prefix[:1].isupper() \
                or view.lex.cues(prefix.lower()):
            return None
        if self.lookup is not None and any(m.kind == "State" or cls == "group" and m.kind ==
                                           "Organization" for m in self.lookup(prefix)):
            return None  # "Russland-Institut" names a subject, not the house; "Ecowas-Truppe"
            # is the bloc's force, no group of its own name
        tagged = self.tag(prefix)
        after_from = i > 0 and view.lows[i - 1] in view.lex.terms("affil_direct")
        # "Drei-Bruderschafts-Allianz": three capitalized parts make a name, not a noun
        coined = "-" in prefix and prefix.split("-")[0].lower() not in view.lex.word_set(
            "name_negator") and all(p[:1].isupper() for p in prefix.split("-"))
        if tagged is not None and tagged.common_noun and not coined and \
                not (cls == "institute" and after_from):
            return None  # but "Katrin Behrendt vom Ostmitteleuropa-Forum": an expert's house
        self.add(i, i + 1, "Organization", "named-compound", org_class=cls)
        return i + 1

    def _state_compound(self, i: int) -> int | None:
        """O8: a state's name hyphenated to one of its institutions ("US-Außenministerium",
        "US-Armee", "Nato-Rat" is no state's): the state's own body."""
        view = self.view
        text = view.texts[i]
        if "-" not in text or self.gaz_at[i] is not None or \
                not text.rpartition("-")[2][:1].isupper():
            return None
        owner = next((m for m in self.partial_at.get(i, ()) if m.kind == "State" and m.state
                      and m.tok_end == i + 1 and view.idx[i] == m.start), None)
        if owner is None:
            return None
        cls = view.value(i, "org_head")
        if cls not in _STATE_ORG_CLASSES:
            cls = "forces" if view.has(i, "armed_forces") else None
        if cls is None:
            return None
        self.add(i, i + 1, "Organization", "state-compound", org_class=cls, state=owner.state)
        return i + 1

    def _bare_ministry(self, i: int, b: int) -> int | None:
        """O10: a ministry with its article and no state ("das Verteidigungsministerium",
        "the foreign ministry said"): a body the story names, whose state it leaves open."""
        view = self.view
        head = view.phrase(i, "org_head")
        if head is None or head[1] != "ministry" or i == 0 or \
                not view.has(i - 1, "def_article") or self.gaz_at[i] is not None or \
                any(self.used[x] for x in range(i, head[0])):
            return None
        if view.texts[i][:1].isupper() and view.lex.lang == "en":
            return None  # "the Foreign Ministry of X", a title-case name: other rules
        end = head[0]
        if end < b and view.lows[end] in ("of", "für", "for", "in"):
            return None  # "the ministry of defence", "das Ministerium für ...": named on
        if end < b and self.role_end(end) is not None or i > 1 and (
                self.role_end(i - 2) is not None or i > 2 and self.role_end(i - 3) is not None
                and view.lows[i - 2] in ("of", "for")):
            return None  # "the foreign ministry spokesperson X", "ein Sprecher des
            # Verteidigungsministeriums": the role's, whose state the story gives
        if end - i == 1 and view.lows[i] in view.lex.word_set("ministry_word"):
            return None  # "the ministry": which one, the text said before
        word = view.span_text(i, end)
        base = genitive_base(word) if view.lex.lang == "de" else word
        self.add(i, end, "Organization", "bare-ministry", org_class="ministry",
                 extra=(base,) if base != word else ())
        return end

    def _bare_legislature(self, i: int, b: int) -> int | None:
        """O11: a legislature by its common name ("the Senate", "Congress", "die
        Nationalversammlung", "des Kongresses"): a body the story names without its state.
        English writes it capitalized; German needs the article."""
        view = self.view
        names = view.lex.word_set("legislature_name")
        end = next((i + n for n in (3, 2, 1) if i + n <= b
                    and " ".join(view.lows[i:i + n]) in names), None)
        if end is None or self.gaz_at[i] is not None or \
                any(self.used[x] for x in range(i, end)) or not view.is_cap(i):
            return None
        if view.lex.lang == "de" and (i == 0 or not view.has(i - 1, "def_article")):
            return None
        if i > 0 and (self.gaz_at[i - 1] is not None or view.is_cap(i - 1)
                      and view.lows[i - 1] not in self.stop_words):
            return None  # "the US Senate", "Kenya's National Assembly": other rules
        if end < b and (view.lows[end] in ("of", "von") or view.is_cap(end)
                        and view.lex.lang == "en"):
            return None  # "the Congress of Deputies", "Senate Armed Services Committee"
        self.add(i, end, "Organization", "bare-legislature", org_class="parliament")
        return end

    def _ministry_in_capital(self, i: int, b: int) -> int | None:
        """O9: a ministry placed in a capital ("das Außenministerium in Moskau", "des
        Verteidigungsministeriums in Seoul"): that state's ministry."""
        view = self.view
        if view.value(i, "org_head") != "ministry" or i + 2 >= b or \
                view.lows[i + 1] != "in" or self.gaz_at[i] is not None:
            return None
        capital = self.gaz_at[i + 2]
        if capital is None or capital.form != "capital" or capital.tok != i + 2 or \
                not capital.state:
            return None
        if i > 0 and view.is_lower_word(i - 1) and not view.has(i - 1, "def_article"):
            return None  # "the defence ministry in Seoul": the portfolio word goes first
        self.add(i, capital.tok_end, "Organization", "ministry-in-capital",
                 org_class="ministry", state=capital.state,
                 extra=(view.texts[i],))  # the ministry's own word is its name too
        return capital.tok_end

    def _adjective_known(self, i: int, a: int, b: int) -> int | None:
        """O0 (German): "des Nationalen Sicherheitsrats", "der Oberste Rat": a capitalized
        adjective before a body the gazetteer knows by a common noun names another body
        (German capitalizes adjectives only in names), not that one."""
        view = self.view
        if view.lex.lang != "de" or i <= a or i + 1 >= b or not view.is_cap(i) or \
                self.gaz_at[i] is not None or not self._adjective(i):
            return None
        g = self.gaz_at[i + 1]
        if g is None or g.kind != "Organization" or g.tok != i + 1 or g.tok_end != i + 2:
            return None
        tagged = self.tag(view.texts[i + 1])
        if tagged is None or not tagged.common_noun:
            return None
        self.add(i, i + 2, "Organization", "adjective-known", org_class=g.org_class)
        return i + 2

    def _adjective(self, i: int) -> bool:
        """An inflected adjective ("kurdischen") by its ending and HanTa's reading."""
        endings = self.view.lex.data.get("adjective_endings", [])
        low = self.view.lows[i]
        if not endings or not low.endswith(tuple(endings)) or low in self.stop_words:
            return False
        r = self.tag(self.view.texts[i])
        return r is not None and r.tag.startswith("ADJ")

    def _ordinal_unit(self, i: int, b: int) -> int | None:
        """O8: a numbered unit: "44. Armeekorps", "the 82nd Airborne Division"."""
        view = self.view
        if not _ORDINAL.match(view.texts[i]) or i + 1 >= b:
            return None
        k = i + 1
        while k < b and k - i <= 4 and view.is_cap(k) and not self.used[k]:
            if view.value(k, "org_head") == "unit":
                self.add(i, k + 1, "Organization", "ordinal-unit", org_class="unit",
                         state=self._unit_state(i, k + 1))
                return k + 1
            k += 1
        return None

    def _unit_state(self, i: int, end: int) -> str | None:
        """The state a numbered unit belongs to by its words: "5. US-Flotte", "the U.S.
        5th Fleet"."""
        view = self.view
        owner = self.gaz_at[i - 1] if i > 0 else None
        if owner is not None and owner.kind == "State" and owner.tok_end == i and owner.state:
            return owner.state
        for x in range(i + 1, end):
            prefix, dash, _ = view.texts[x].partition("-")
            if dash and prefix and self.lookup is not None:
                found = next((m.state for m in self.lookup(prefix)
                              if m.kind == "State" and m.state), None)
                if found:
                    return found
        return None

    def _compound_unit(self, i: int, b: int) -> int | None:
        """O5: a unit compound with a number or a place prefix ("Panzerbrigade 45")."""
        view = self.view
        cls = view.value(i, "org_head")
        if cls != "unit" or not view.is_cap(i) or view.lows[i] in view.lex.words or \
                self.gaz_at[i] is not None:
            return None  # (a unit the gazetteer knows: "Schwarzmeerflotte")
        if i + 1 < b and view.texts[i + 1].isdigit():
            self.add(i, i + 2, "Organization", "unit-number", org_class=cls)
            return i + 2
        low = view.lows[i]
        for n in view.lex.head_lengths:
            head = low[-n:] if len(low) > n + 2 else None
            if head and head in view.lex.heads and self.lookup is not None:
                prefix = view.texts[i][:-n].rstrip("-")
                # "Kursk-Brigade", not "Nato-Kampfgruppe": an alliance's unit has no name;
                # "Nordflotte", "Schwarzmeerflotte": a compass point or a sea names one too
                # (not "Schattenflotte")
                sea = prefix.lower().endswith(tuple(view.lex.word_set("sea_suffix")))
                if prefix and (any(m.kind != "Organization" for m in self.lookup(prefix))
                               or prefix.lower() in self.compass
                               or sea):
                    # "die russische Schwarzmeerflotte": the state's own unit
                    owner = self.gaz_at[i - 1] if i > 0 else None
                    state = owner.state if owner is not None and owner.kind == "State" and \
                        owner.form == "demonym_adj" and owner.tok_end == i else None
                    self.add(i, i + 1, "Organization", "unit-prefix", org_class=cls,
                             state=state)
                    return i + 1
                break
        return None

    # ------------------------------------------------------------------ places

    def places(self, a: int, b: int) -> None:
        """Place rules L1-L4 inside sentence ``a``..``b``."""
        i = a
        while i < b:
            if self.used[i]:
                i += 1
                continue
            nxt = (self._dateline_place(i, a, b) or self._particle_place(i, b)
                   or self._head_then_name(i, b) or self._name_then_head(i, b)
                   or self._locational(i, b) or self._apposition_place(i, b)
                   or self._compass_compound(i) or self._adjective_name(i, a, b)
                   or self._possessed_place(i, b))
            i = nxt if nxt else i + 1

    def _possessed_place(self, i: int, b: int) -> int | None:
        """"a café in Sydney's Bondi": an unknown name a city's genitive owns is a place in
        it (not "Sydney's Lowy Institute", a longer name, nor a known actor)."""
        view = self.view
        g = self.gaz_at[i]
        if g is None or g.kind != "Place" or g.tok != i or g.tok_end + 1 >= b or \
                view.texts[g.tok_end] not in ("'s", "’s"):
            return None
        j = g.tok_end + 1
        run = self.name_run(j, b) if not self.used[j] and self.gaz_at[j] is None else []
        if not run or run[0] != j or len(run) > 2 or any(
                self.strength(t) != STRONG for t in run):
            return None
        end = run[-1] + 1
        if end < b and (view.is_cap(end) or view.texts[end] in ("'s", "’s", "-")
                        or view.phrase(end, "place_head_post") is not None):
            return None  # "Seoul's Yeouido island": the head rule takes the whole name
        if end < b and view.texts[end][:1].isalnum() and view.lows[end] not in self.stop_words:
            return None  # "Belgrade's Rafale purchase": a name used as a modifier
        self.add(j, end, "Place", "possessed-place")
        return end

    def _particle_place(self, i: int, b: int) -> int | None:
        """"San Antonio del Táchira", "São Gabriel da Cachoeira": a known place's name
        going on over a particle and capitalized words is another, longer place."""
        view = self.view
        g = self.gaz_at[i]
        if g is None or g.kind != "Place" or g.tok != i or g.tok_end >= b:
            return None
        hit = view.phrase(g.tok_end, "place_particle")
        if hit is None or hit[0] >= b or not view.is_cap(hit[0]) or self.used[hit[0]]:
            return None
        end = hit[0]
        while end < b and end - hit[0] < 3 and view.is_cap(end) and not self.used[end] and \
                view.texts[end].isalpha():
            end += 1
        self.add(i, end, "Place", "particle-place")
        return end

    def _adjective_name(self, i: int, a: int, b: int) -> int | None:
        """L5 (German): "in den Finnischen Meerbusen", "am Schwarzen Meer": after a
        locational word and an article, a capitalized adjective and a capitalized noun no
        rule knows are a place's name (German capitalizes adjectives only in names)."""
        view = self.view
        if view.lex.lang != "de" or i - 2 < a or i + 1 >= b:
            return None
        if view.phrase(i - 2, "locprep") is None and view.phrase(i - 1, "locprep") is None:
            return None
        word, noun = view.texts[i], view.texts[i + 1]
        if not (word[:1].isupper() and word.isalpha() and noun[:1].isupper() and noun.isalpha()
                and any(word.endswith(e) for e in ("e", "en", "er", "es", "em"))
                and word.lower().rstrip("nrsm").endswith(("isch", "ische", "ländisch",
                                                          "ländische"))):
            return None
        if any(c not in ("place_head_post", "place_head_pre", "feature_head")
               for c, _v in view.cues(i + 1)) or self.used[i + 1] or \
                self.gaz_at[i + 1] is not None:
            return None  # "im Arabischen Meer" is a place; "der Russischen Armee" no name
        stem = word.lower()
        while stem[-1:] in ("e", "n", "r", "s", "m") and not stem.endswith("isch"):
            stem = stem[:-1]
        if view.lex.has(stem, "org_adjective"):
            return None  # "der Europäischen Friedensfazilität": a body, no place
        self.add(i, i + 2, "Place", "adjective-name")
        return i + 2

    def _dateline_place(self, i: int, a: int, b: int) -> int | None:
        """L0: an unknown upper-case name opening a dateline ("SOMBOR, Serbia, Oct 9 —",
        "PUTRAJAYA, Malaysia —"): the place the story was filed from."""
        view = self.view
        if i != a:
            return None
        end = i
        while end < b and end - i < 3 and self.gaz_at[end] is None and len(view.texts[end]) > 1 \
                and view.texts[end].isalpha() and view.texts[end].isupper():
            end += 1
        if end == i or len(view.span_text(i, end)) < 4 or not view.dateline(i, end):
            return None
        self.add(i, end, "Place", "dateline")
        return end

    def bare_places(self, a: int, b: int) -> None:
        """L5, after the person rules: an unknown name right after "in" / "near" / "at" (or
        "to" / "nach" where troops move) that nothing else claimed ("in Rovaniemi", "in
        Lapland", "nahe Cobasna", "im finnischen Lappland"), and unknown names coordinated
        with a place there ("in Rovaniemi und Sodankylä", "zwischen Rascht und Astara") are
        places."""
        view = self.view
        for i in range(a, b - 1):
            if view.has(i, "bare_place_prep") or self._troops_to(i, a, b):
                j = i + 1
                while j < b and j - i <= 2 and (self._adjective_before_place(j) or (
                        view.has(j, "direction") and view.is_lower_word(j))):
                    j += 1  # "im finnischen Lappland", "in northern Luzon"
                self._bare_place(j, b)
            elif view.has(i, "origin_prep") and i + 2 < b:
                # "aus dem norditalienischen Pordenone": a demonym makes the name a place
                j = i + 1
                while j < b and j - i <= 2 and view.lows[j] in _ARTICLES_INDEF:
                    j += 1
                g = self.gaz_at[j] if j < b else None
                if g is not None and g.form == "demonym_adj" and g.tok_end == j + 1:
                    self._bare_place(j + 1, b)
            elif view.has(i, "coord") and self._place_in_list(i, a):
                self._bare_place(i + 1, b)
            elif view.texts[i] == "," and self._place_in_list(i, a) \
                    and self._list_goes_on(i + 1, b) \
                    and not any(view.phrase(x, "posted_role") is not None
                                for x in range(max(a, i - 5), i)):
                # "in den Regionen Gedo, Bakool und Hiiraan"; not "Russlands Botschafter in
                # Berlin, Sergej Netschajew, sagte": the envoy's name after his post
                self._bare_place(i + 1, b)

    def _adjective_before_place(self, j: int) -> bool:
        """A demonym or a lower-case adjective between a locational word and a name."""
        g = self.gaz_at[j]
        if g is not None:
            return g.form == "demonym_adj" and g.tok_end == j + 1
        return self._adjective(j)  # "im hohen Norden": an inflected adjective, not "at least"

    def _place_in_list(self, i: int, a: int) -> bool:
        """Token ``i`` (a coordination) follows a place that a locational word introduced."""
        view = self.view
        prev = self._place_ending(i)
        if prev is None:
            return False
        k = prev.tok - 1
        while k >= a:
            if view.is_lower_word(k) and not view.cues(k) or self._adjective_before_place(k) \
                    or view.lows[k] in _ARTICLES_INDEF:
                k -= 1
            elif (view.texts[k] == "," or view.has(k, "coord")) and self._place_ending(k):
                k = self._place_ending(k).tok - 1  # type: ignore[union-attr]
            else:
                break
        return k >= a and (view.has(k, "bare_place_prep") or view.has(k, "between")
                           or view.has(k, "dest_place_prep") or self._troops_to(k, a, i + 4))

    def _troops_to(self, i: int, a: int, b: int) -> bool:
        """Token ``i`` is "to" / "nach" naming where troops go: a force or stationing word
        shortly before it ("moved 1,600 troops to Surin") or a stationing verb right after
        the name ("nach Gao verlegt")."""
        view = self.view
        if not view.has(i, "dest_place_prep"):
            return False
        return any(view.has(j, "deploy") or view.has(j, "force") for j in range(max(a, i - 6), i)) \
            or any(view.has(j, "deploy") for j in range(i + 2, min(b, i + 5)))

    def _place_ending(self, i: int) -> Mention | None:
        """The place name that ends right before token ``i``."""
        return next((m for m in self.found + self.gazetteer_mentions
                     if m.tok_end == i and not m.partial and m.kind == "Place"), None)

    def _list_goes_on(self, j: int, b: int) -> bool:
        """After a comma in a list of places: one unknown name, then another comma or
        "und"/"and" ("Gedo, Bakool und Hiiraan"), not a sentence going on ("In Kyiv,
        Zelensky said")."""
        run = self.name_run(j, b)
        end = run[-1] + 1 if run and run[0] == j else j
        return j < end < b and (self.view.texts[end] == "," or self.view.has(end, "coord"))

    def _bare_place(self, j: int, b: int) -> int | None:
        """Add the unknown name at ``j`` as a place, if it reads as one; its end."""
        view = self.view
        if j >= b or self.used[j]:
            return None
        run = self.name_run(j, b)
        if not run or run[0] != j or len(run) > 2 or any(self.strength(t) != STRONG
                                                          for t in run) \
                or len(view.span_text(run[0], run[-1] + 1)) < 3:
            return None
        end = run[-1] + 1
        if end < b and (view.texts[end] in ("'s", "’s", "-") or view.is_cap(end)
                        or view.has(end, "org_head") or view.has(end, "affil_prep")
                        and view.lows[end] not in view.lex.word_set("loose_affil_prep")):
            # "in Kiriau's view", "in Meridian Institute" (but "in Umroi for two weeks")
            return None
        if any(view.has(t, "months") or view.has(t, "weekdays") or t in self.partial_at
               for t in run):
            return None  # "im Ukraine-Konflikt": a compound around a known name
        if view.has(run[0], "event_name_head"):
            return None  # "took part in Exercise Alon": an event, not a place
        if len(run) == 1 and any(m.kind == "Person" and m.text.split()[-1] == view.texts[j]
                                 for m in self.found):
            return None  # "sanctions on Murillo" after "Rosario Murillo": the person again
        self.add(run[0], end, "Place", "bare-locational")
        return end

    def _compass_compound(self, i: int) -> int | None:
        """L6: a compass word joined to a state ("Nordirak", "im Südlibanon", "der
        Ostukraine"): a region of that state, with the state as its container."""
        view = self.view
        text = view.texts[i]
        if self.lookup is None or not view.is_cap(i) or not text.isalpha() or \
                self.gaz_at[i] is not None or view.cues(i):
            return None
        low = text.lower()
        for prefix in self.compass:
            rest = text[len(prefix):]
            if low.startswith(prefix) and len(rest) >= 3:
                found = self.lookup(rest[:1].upper() + rest[1:])
                if found and found[0].state:
                    self.add(i, i + 1, "Place", "compass", state=found[0].state)
                    return i + 1
                return None
        return None

    def _head_then_name(self, i: int, b: int) -> int | None:
        """L1: "Region Kursk", "dem Ort Moura", "the town of Rukla"."""
        view = self.view
        water = view.phrase(i, "water_of")
        known = self.gaz_at[i]
        if water is not None and water[0] < b and (known is None or known.kind != "Place"
                                                   or known.tok_end <= water[0]):
            # "the Gulf of Thailand", "Golf von Aden": a sea of its own, neither the state
            # nor the city it is named after
            g = self.gaz_at[water[0]]
            end = g.tok_end if g is not None and g.tok == water[0] else (
                (self.name_run(water[0], b) or [water[0] - 1])[-1] + 1)
            if end > water[0]:
                self.add(i, end, "Place", "head-name")
                return end
        hit = view.phrase(i, "place_head_pre")
        if hit is None or view.has(i, "capital_word"):
            return None
        j = hit[0]
        if j < b and view.lows[j] == "of":
            j += 1
        g = self.gaz_at[j] if j < b else None
        if g is not None and g.kind == "Place" and g.tok == j:
            if view.has(i, "region_plural"):
                # "der Provinzen Chanthaburi und Trat": a known name, then more
                return self._plural_places(list(range(g.tok, g.tok_end)), b)
            g.extra = g.extra + (view.span_text(i, g.tok_end),)
            return g.tok_end
        run = self.name_run(j, b)
        if not self._short_strong(run):
            run = self._compound_place_name(i, j, b)
            if not run:
                return None
        end = run[-1] + 1
        if view.has(i, "region_plural"):
            return self._plural_places(run, b)
        self.add(i, end, "Place", "head-name", core=(run[0], end),
                 extra=(view.span_text(run[0], end),))
        return end

    def _compound_place_name(self, i: int, j: int, b: int) -> list[int]:
        """"dem Fliegerhorst Holzdorf", "der Ortschaft Chilia Veche": after a singular
        place word, a German compound that HanTa reads as a noun is the place's name
        when it is in its base form and no noun follows ("der Region Truppen" is none)."""
        view = self.view
        if view.has(i, "region_plural") or j >= b or self.used[j] or not view.is_cap(j) \
                or self.strength(j) != WEAK or self.gaz_at[j] is not None:
            return []
        run = [j]
        k = j + 1
        while k < b and len(run) < 3 and self.strength(k) >= STRONG and self.strength(k) != KNOWN \
                and self.gaz_at[k] is None and not self.used[k]:
            run.append(k)
            k += 1
        if k < b and view.is_cap(k) and self.strength(k) != STRONG:
            return []
        tagged = self.tag(view.texts[j])
        if len(run) == 1 and (tagged is None or tagged.lemma != view.texts[j]):
            return []  # "der Region Truppen": a plural noun, no name
        head = self.tag(view.texts[i])
        if head is None or head.lemma.lower() != view.lows[i]:
            return []  # "an den Stützpunkten Ausrüstung": a plural head lists no name
        return run

    def _plural_places(self, run: list[int], b: int) -> int:
        """"der Provinzen Chanthaburi und Trat", "the provinces of X and Y": each name a
        place of its own, without the plural head."""
        view = self.view
        while True:
            end = run[-1] + 1
            known = self.gaz_at[run[0]]
            if known is None or known.tok != run[0]:
                self.add(run[0], end, "Place", "head-name")
            j = end
            if j + 1 >= b or not (view.has(j, "coord") or view.texts[j] == ","):
                return end
            nxt = self.name_run(j + 1, b)
            last = j + 1
            if not self._short_strong(nxt) and view.has(j, "coord") and view.is_cap(last) \
                    and view.texts[last].isalpha() and self.gaz_at[last] is None \
                    and not self.used[last] and (last + 1 >= b
                                                 or not view.texts[last + 1][:1].isalnum()):
                nxt = [last]  # the list's last name may be a common word: "und Centre"
            elif not self._short_strong(nxt):
                return end
            run = nxt

    def _short_strong(self, run: list[int]) -> bool:
        """A place's name after a head word: one to three words that read as names."""
        return bool(run) and len(run) <= 3 and all(self.strength(t) >= STRONG for t in run)

    def _name_then_head(self, i: int, b: int) -> int | None:
        """L2: "Kaliningrad exclave", "Suwałki Gap"."""
        view = self.view
        if not view.is_cap(i) or not any(view.phrase(j, "place_head_post")
                                         for j in range(i + 1, min(b, i + 4))):
            return None
        g = self.gaz_at[i]
        if g is not None and g.kind == "Place" and g.tok == i:
            j = g.tok_end
            if j < b and view.lex.has(view.texts[j], "place_head_post") and not view.is_cap(j):
                g.extra = g.extra + (view.span_text(i, j + 1),)
                return j + 1
            feature = view.phrase(j, "feature_head") if j < b and view.is_cap(j) else None
            if feature is not None:
                # "Guantánamo Bay", "Manus Island": a place of its own beside the city
                self.add(i, feature[0], "Place", "name-head")
                return feature[0]
            return None
        run = self.name_run(i, b)
        if not run and i > 0 and not view.is_cap(i - 1) and view.lex.lang == "en":
            # "at Prince Sultan Air Base": title words, no name run, before a capitalised head
            j = i
            while j < b and j - i < 3 and view.is_cap(j) and \
                    any(view.has(j, c) for c in ("title", "role_leader", "role_official")):
                j += 1
            post = view.phrase(j, "place_head_post") if i < j < b and view.is_cap(j) else None
            if post is not None and not view.has(j, "org_head"):
                self.add(i, post[0], "Place", "name-head")
                return post[0]
            return None
        if not run or len(run) > 3 or any(self.strength(t) < STRONG for t in run):
            return None
        j = run[-1] + 1
        post = view.phrase(j, "place_head_post") if j < b else None
        if post is None or view.has(j, "org_head"):
            return None
        end = min(post[0], b)  # "the Khor Mor gas field": a head of two words
        if view.is_cap(j) or view.facility_head(j, end):
            # "Socotra airport": a site of its own, not the island or town it is named after
            self.add(i, end, "Place", "name-head")
        else:
            self.add(i, end, "Place", "name-head", core=(i, j), extra=(view.span_text(i, j),))
        return end

    def _locational(self, i: int, b: int) -> int | None:
        """L3: "at Rukla in central Lithuania", "in Gao im Norden Malis"."""
        view = self.view
        if view.value(i, "locprep") not in ("in", "at", "near", "to"):
            return None
        run = self.name_run(i + 1, b)
        if not run or len(run) > 3 or any(self.strength(t) < STRONG for t in run):
            return None
        j = run[-1] + 1
        comma = j < b and view.texts[j] == ","
        if comma:
            j += 1
        if j >= b:
            return None
        ok = False
        prep = view.phrase(j, "locprep")
        state = self.gaz_at[j]
        if comma and state is not None and state.kind == "State" and state.tok == j and \
                state.form == "name" and (state.tok_end >= b or view.texts[state.tok_end] in (
                    ",", ".", ";", ")")):
            ok = True  # "off Bioko, Equatorial Guinea": a state in apposition holds it
        elif prep is not None:
            k = prep[0]
            while k < b and (view.has(k, "direction") or view.lows[k] in _ARTICLES_INDEF):
                k += 1
            g = self.gaz_at[k] if k < b else None
            ok = g is not None and g.kind in ("State", "Place")
        elif view.has(j, "direction") or view.lows[j] in ("im", "in"):
            k = j + 1
            while k < b and (view.has(k, "direction") or view.lows[k] in _ARTICLES_INDEF):
                k += 1
            g = self.gaz_at[k] if k < b else None
            ok = g is not None and g.kind in ("State", "Place")
        if not ok:
            return None
        end = run[-1] + 1
        if i > 0 and view.has(i - 1, "role_expert"):
            # "an Iraq analyst at Chatham House in London": the employer, not a place
            self.add(run[0], end, "Organization", "role-at-name", org_class="institute")
            return end
        self.add(run[0], end, "Place", "locational")
        return end

    def _role_before_punct(self, k: int, b: int) -> bool:
        """A role word ("analyst", "Sprecher") from ``k`` up to the next punctuation."""
        while k < b and self.view.texts[k] not in (",", ".", ";", ":", "(", ")"):
            if self.role_end(k) is not None:
                return True
            k += 1
        return False

    def _apposition_place(self, i: int, b: int) -> int | None:
        """L4: "HMAS Stirling, a naval base on ...", "Rukla, eine Kleinstadt ..."."""
        view = self.view
        if not view.is_cap(i) or not any(
                view.texts[j] == "," and j + 1 < b and view.lows[j + 1] in _ARTICLES_INDEF
                for j in range(i + 1, min(b, i + 5))):
            return None
        run = [i] if self.acronym(i) else []
        run += self.name_run(i + len(run), b)
        if not run or len(run) > 3:
            return None
        j = run[-1] + 1
        if j + 2 >= b or view.texts[j] != ",":
            return None
        k = j + 1
        if view.lows[k] not in _ARTICLES_INDEF:
            return None
        k += 1
        while k < b and k - j < 5:
            if view.phrase(k, "place_head_pre") or view.lex.has(view.texts[k], "place_head_post"):
                if any(self.strength(t) < STRONG for t in run if t != run[0]):
                    return None
                if self._role_before_punct(k, b):
                    return None  # "Miriam Haddad, a Gulf security analyst at ..."
                end = run[-1] + 1
                self.add(run[0], end, "Place", "apposition")
                return end
            if view.is_lower_word(k):
                k += 1
                continue
            break
        return None

    # ------------------------------------------------------------------ persons

    def _known_person_after(self, run: list[int], b: int) -> Mention | None:
        """A gazetteer person's name right after the 1-2 given names of ``run``."""
        if not run or len(run) > 2 or run[-1] + 1 >= b:
            return None
        g = self.gaz_at[run[-1] + 1]
        if g is None or g.kind != "Person" or g.tok != run[-1] + 1 or \
                not all(self.strength(t) == STRONG for t in run):
            return None
        return g

    def _with_surname(self, run: list[int], b: int) -> list[int]:
        """A titled given name alone takes the capitalized word after it when that word
        closes the name ("Sicherheitsexperte Matthias Kern vom Institut ...", where "Kern"
        is also a noun): followed by an affiliation word, a comma or the sentence end."""
        view = self.view
        if len(run) != 1:
            return run
        n = run[0] + 1
        if n + 1 >= b or self.used[n] or not view.is_cap(n) or not view.texts[n].isalpha() \
                or view.cues(n) or self.gaz_at[n] is not None:
            return run
        if self._particle_name(n + 1) and not self.used[n + 1]:
            return [run[0], n, n + 1]  # "Scheich Salim Nasser al-Sabah"
        if view.phrase(n + 1, "affil_prep") is not None or view.texts[n + 1] in (",", ".", "(") \
                or view.is_lower_word(n + 1) and not view.has(n + 1, "coord"):
            # "Wirtschaftsminister Robert Habeck sagte", "... Robert Habeck (Grüne)"
            return [run[0], n]
        return run

    def _signed_run(self, j: int, b: int) -> list[int]:
        """A signature after a quote dash whose words read as nouns ("– Jonas Kaltenbach,
        Rüstungsexperte der ..."): two to four capitalized words, a comma, then a role or an
        organization within four words."""
        view = self.view
        run: list[int] = []
        while j < b and len(run) < 4 and view.is_cap(j) and not self.used[j] \
                and view.texts[j].replace("-", "").isalpha() and not view.cues(j):
            run.append(j)
            j += 1
        if not 2 <= len(run) <= 4 or j >= b or view.texts[j] != ",":
            return []
        for k in range(j + 1, min(b, j + 5)):
            if self.role_end(k) is not None or view.has(k, "org_head"):
                return run
        return []

    def persons(self, a: int, b: int) -> None:
        """Person rules P1-P4 inside sentence ``a``..``b``."""
        view = self.view
        # P2: "– Hong Min, Institut ..." after a quote (at the start of a line or right
        # after the closing quote mark: "„…“ – Jonas Hartwig, Experte am ...").
        for d in range(a, b - 1):
            if view.texts[d] not in DASHES or (d > a and view.texts[d - 1] not in _CLOSERS):
                continue
            run = self.name_run(d + 1, b, places=True)
            if not (run and len(run) >= 2):
                run = self._signed_run(d + 1, b)
            if run and len(run) >= 2 and (run[-1] + 1 >= b or view.texts[run[-1] + 1] == ","):
                self.add(run[0], run[-1] + 1, "Person", "dash-attribution")
        for i in range(a, b):
            if self.used[i]:
                continue
            led = view.phrase(i, "led_by")
            if led is not None:
                # "a firm run by the American businessman Erik Prince", "geführt von X"
                j = led[0]
                while j < b and j - led[0] < 4 and not self.used[j] and (
                        view.lows[j] in _ARTICLES_INDEF or self.role_end(j) is not None
                        or view.has(j, "title") or self._adjective_before_place(j)):
                    role = self.role_end(j)
                    j = role[0] if role is not None else j + 1  # "led by Chief Executive X"
                run = self.name_run(j, b, places=True) if j < b and not self.used[j] else []
                if 2 <= len(run) <= 4:
                    self.add(run[0], run[-1] + 1, "Person", "led-by-name")
                continue
            if view.has(i, "under_leader") and i > a and (
                    view.has(i - 1, "gov") or view.has(i - 1, "org_head")):
                # "die kurdische Regionalregierung unter Masrur Barsani"
                run = self.name_run(i + 1, b) if not self.used[i + 1] else []
                if 2 <= len(run) <= 4 and run[0] == i + 1 and all(
                        self.strength(t) == STRONG for t in run):
                    self.add(run[0], run[-1] + 1, "Person", "under-name")
                continue
            role = self.role_end(i)
            if role is not None:
                j = role[0]
                while j < b and j - role[0] < 2 and view.has(j, "title"):
                    j += 1
                pair = view.phrase(j, "pair_anaphor") if j < b else None
                if pair is not None and pair[0] < b and view.texts[pair[0]] == ",":
                    j = pair[0]  # "Die Außenminister beider Länder, X und Y"
                owner = self.gaz_at[j] if j < b else None
                posted = j < b and view.lows[j] in view.lex.word_set("posted_prep") and any(
                    view.phrase(x, "posted_role") is not None for x in range(i, j))
                if j < b and (view.has(j, "role_owner_prep") or posted or owner is not None
                              and owner.tok == j and owner.kind == "State"
                              and owner.form == "inflected"):
                    # "Eritreas Botschafter bei der Afrikanischen Union, Araya Desta, ...",
                    # "Der Sprecher des iranischen Außenministeriums, Nasser Kanaani, ...",
                    # "die Außenminister Kongos und Ruandas, X und Y"
                    k = j + 1
                    # "of Estonia, Latvia, Lithuania and Poland — A, B, C and D —": over a
                    # list of states, however long
                    span = 6 + self._state_list_length(j + 1, b)
                    while k < min(b, j + span + 3 * (view.texts[k - 1] == ")" or "(" in view.texts[
                            j:min(b, j + 6)])) and (view.texts[k] not in _APPOSITION_STOPS or (
                            # "der Türkei, Rumäniens und Bulgariens – A, B und C"
                            view.texts[k] == "," and k + 1 < b and self._state_at(k + 1))):
                        k += 1  # "des Anführers der pakistanischen Taliban (TTP), X"
                    if k < b and view.texts[k] in _APPOSITION_OPENERS:
                        j = k
                    elif view.has(j, "role_owner_prep") and self._owner_then_name(i, j, b):
                        continue
                if j + 1 < b and view.texts[j] in _APPOSITION_OPENERS and \
                        self._known_persons_take_role(i, j + 1, b):
                    continue  # "die Außenminister Kongos und Ruandas, <known> und <known>"
                if j + 1 < b and view.texts[j] in _APPOSITION_OPENERS and not self.used[j + 1]:
                    # "Iran's foreign ministry spokesman, Nasser Kanaani, said"
                    run = self.name_run(j + 1, b, places=True)
                    if len(run) < 2:
                        run = self._capitalized_run(j + 1, b)  # "Ali Nahjan": any words
                    end = run[-1] + 1 if run else j
                    while run and end < min(b, run[0] + 8) and not self.used[end] and (
                            view.lows[end] in self.particles or self._plain_capitalized(end)):
                        end += 1  # "Mohammed bin Sajid Al Nahjan,": up to the closing comma
                    if len(run) >= 2 and (end >= b or view.texts[end] in (",", ".", ";")
                                          or view.has(end, "coord")):
                        self.add(run[0], end, "Person", "role-comma-name", role=i)
                        for more in self._listed_names(end, b):
                            # "die Außenminister Kongos und Ruandas, X und Y,"; "... der
                            # Türkei, Rumäniens und Bulgariens – A, B und C –"
                            self.add(more[0], more[-1] + 1, "Person", "role-comma-name", role=i)
                    continue
                if j < b and not self.used[j]:
                    run = self._with_surname(self.name_run(j, b, places=True), b)
                    known = self._known_person_after(run, b)
                    if known is not None:
                        # "Übergangspräsident Brice Clotaire Oligui Nguema": the given
                        # names before the gazetteer's short form of the same person
                        self._unlink(known)
                        mm = self.add(run[0], known.tok_end, "Person", "role-name", role=i)
                        mm.entry, mm.form = known.entry, "alias"
                        continue
                    while run:
                        self.add(run[0], run[-1] + 1, "Person", "role-name", role=i)
                        # "Staats- und Regierungschefs A und B": every coordinated name
                        j = run[-1] + 1
                        if j + 1 < b and (view.has(j, "coord") or view.texts[j] == ","):
                            run = self.name_run(j + 1, b, places=True)
                            if run and len(run) < 2:
                                run = []
                            if run and view.texts[j] == "," and not (
                                    run[-1] + 1 < b and view.has(run[-1] + 1, "coord")):
                                run = []  # "des Unternehmers Erik Prince, Vectus Global,": no list
                        else:
                            run = []
                continue
            if view.has(i, "title") and i + 1 < b:
                run = self.name_run(i + 1, b)
                if run:
                    self.add(run[0], run[-1] + 1, "Person", "title-name")
                continue
            if view.has(i, "say_verb") and i + 2 < b:
                # P6: '..., said Nathalia Dukhan', '„…“, sagte Julien Marchand'
                run = self.name_run(i + 1, b, places=True)
                if len(run) < 2:
                    run = self._capitalized_run(i + 1, b)
                if 2 <= len(run) <= 4 and (all(self.strength(t) == STRONG or
                                               self.gaz_at[t] is not None for t in run)
                                           or self._role_apposition(run[-1] + 1, b)
                                           or self._org_follows(run[-1] + 1, b)):
                    # '„…“, sagte Anders Holm, Sprecher des ...': the role vouches for a
                    # name made of ordinary words
                    self.add(run[0], run[-1] + 1, "Person", "say-name")
                continue
            if not (view.is_cap(i) and i + 1 < b and (view.is_cap(i + 1)
                                                      or self._particle_name(i + 1)
                                                      or self._nickname(i + 1, b, False))):
                continue
            run = self.name_run(i, b, min_len=2, places=True)
            if not run or any(self.strength(t) < STRONG for t in run[-1:]):
                cap = self._capitalized_run(i, b)
                if len(cap) == 2 and self._org_follows(cap[-1] + 1, b):
                    # "Julia Brenner vom Carnegie Middle East Center": a surname that is
                    # also a noun, vouched for by the employer after it
                    self.add(cap[0], cap[-1] + 1, "Person", "name-org")
                elif self.strength(i) == STRONG and self._town_as_surname(i + 1, b) and \
                        self._role_apposition(i + 2, b):
                    # "Zhang Xiaogang, a spokesperson for ...": a town's name as surname
                    self.add(i, i + 2, "Person", "name-role")
                continue
            j = run[-1] + 1
            # P3: "Hong Min vom Institute for ...", "X of the Centre for ..."
            if j < b and self._org_follows(j, b):
                self.add(run[0], j, "Person", "name-org")
                continue
            # P5: "Ismail Omar Guelleh, who has ruled Djibouti": "who" follows a person
            if j + 1 < b and view.texts[j] == "," and view.has(j + 1, "person_relative") and \
                    2 <= len(run) <= 4 and all(self.strength(t) == STRONG for t in run):
                self.add(run[0], j, "Person", "name-who")
                continue
            # P4: "Rebecca Hallam, defence analyst", "Choe Son Hui, nordkoreanischer Minister"
            if j + 1 < b and view.texts[j] == ",":
                for k in range(j + 1, min(b, j + 8)):
                    if self.role_end(k) is not None:
                        self.add(run[0], j, "Person", "name-role")
                        break
                    if view.texts[k] in (",", ".", ";"):
                        break

    def _owner_then_name(self, role: int, j: int, b: int) -> bool:
        """"Der frühere Beamte des österreichischen Verfassungsschutzes Egisto Ott sitzt ...":
        a role, its owner named, then the name without a comma (before a lower-case word)."""
        view = self.view
        k = j + 1
        while k < min(b, j + 6) and (self.used[k] or self.gaz_at[k] is not None or
                                     view.has(k, "def_article")):
            k += 1
        if k == j + 1 or not self.used[k - 1] and self.gaz_at[k - 1] is None:
            return False  # the owner must be a name found or known
        g = self.gaz_at[k - 1]
        if g is not None and g.form == "demonym_adj" and not self.used[k - 1] and k < b:
            k += 1  # "des österreichischen Verfassungsschutzes": the adjective's noun
        run = self._capitalized_run(k, b)
        end = run[-1] + 1 if run else k
        if not run or end < b and (view.is_cap(end) or view.texts[end] in ("(", "-")):
            return False
        self.add(run[0], end, "Person", "role-owner-name", role=role)
        return True

    def _state_at(self, i: int) -> bool:
        """A state's gazetteer name starts at token ``i``."""
        g = self.gaz_at[i]
        return g is not None and g.tok == i and g.kind == "State"

    def _state_list_length(self, j: int, b: int) -> int:
        """How many tokens past four a list of states starting at ``j`` runs on."""
        view = self.view
        k = j
        while k < b:
            g = self.gaz_at[k]
            if g is not None and g.kind == "State" and g.tok == k:
                k = g.tok_end
            elif k + 1 < b and (view.texts[k] == "," or view.has(k, "coord")) and \
                    self._state_at(k + 1):
                k += 1
            else:
                break
        return max(0, k - j - 4)

    def _listed_names(self, end: int, b: int) -> list[list[int]]:
        """The names listed after one ending at ``end`` ("…, B und C"): runs of two or more
        words separated by commas, the last by a coordination (else none)."""
        view = self.view
        runs: list[list[int]] = []
        while end + 1 < b and (view.has(end, "coord") or view.texts[end] == ","):
            g = self.gaz_at[end + 1]
            if g is not None and g.kind == "Person" and g.tok == end + 1:
                # "..., B, C and <a known name>": the list ends with a name the gazetteer has
                return runs if view.has(end, "coord") else []
            if self.used[end + 1]:
                return []
            run = self.name_run(end + 1, b, places=True)
            if len(run) < 2:
                break
            runs.append(run)
            if view.has(end, "coord"):
                return runs
            end = run[-1] + 1
        return []

    def _known_persons_take_role(self, role: int, j: int, b: int) -> bool:
        """Give the role at token ``role`` to the gazetteer persons listed from ``j`` ("the
        foreign ministers, <A> and <B>,"), as the name rules do for unknown names."""
        view = self.view
        taken = False
        while j < b:
            g = self.gaz_at[j]
            if g is None or g.kind != "Person" or g.tok != j:
                break
            g.role = role
            taken = True
            j = g.tok_end
            if not (j + 1 < b and (view.has(j, "coord") or view.texts[j] == ",")):
                break
            nxt = self.gaz_at[j + 1]
            if nxt is None or nxt.kind != "Person" or nxt.tok != j + 1:
                # "<A>, Angel Tîlvăr und Todor Tagarev": unknown names go on the list
                for more in self._listed_names(j, b):
                    self.add(more[0], more[-1] + 1, "Person", "role-comma-name", role=role)
                break
            j += 1
        return taken

    def _capitalized_run(self, j: int, b: int) -> list[int]:
        """Two or three capitalized plain words no gazetteer claims ("Anders Holm"); the
        first may be a town's name used as a given name ("Hanna Sommerfeld")."""
        view = self.view
        toks: list[int] = []
        if self._article_noun(j, b):
            j += 1  # "das Gespräch Ralph Gonsalves": the article's noun is no name word
        k = j
        while k < b and len(toks) < 3 and not self.used[k] and view.is_cap(k) and \
                _plain_name_word(view.texts[k]) and (self.gaz_at[k] is None and not view.cues(k)
                                             or k == j and self._given_place_name(k, b)) and \
                not view.has(k, "def_article") and self.role_end(k) is None:
            toks.append(k)
            k += 1
        return toks if len(toks) >= 2 else []

    def _owned_by_other_state(self, m: Mention) -> bool:
        """A generic alias of an international body ("Security Council", "Sicherheitsrat")
        right after a state's genitive or demonym names that state's own body."""
        if m.entry is None or m.tok == 0 or not self.view.has(m.tok_end - 1, "org_head"):
            return False  # a proper name ("Bundeswehr") stays what the gazetteer says
        first = self.view.texts[m.tok]
        name = first if m.tok_end - m.tok > 1 else first.rpartition("-")[0]
        if self.lookup is not None and name and any(
                g.kind == m.kind for g in self.lookup(name)):
            return False  # "Yemen's Houthi movement", "Jemens Huthi-Miliz": a name in it
        j = m.tok - 1
        if self.view.texts[j] in ("'s", "’s") and j > 0:
            j -= 1
        g = self.gaz_at[j]
        return g is not None and g.kind == "State" and g.tok_end == j + 1 and (
            g.form == "demonym_adj" or self.view.after_genitive(g) == m.tok)

    def _town_as_surname(self, k: int, b: int) -> bool:
        """A one-word gazetteer place (no state) right before a comma: a surname there."""
        g = self._one_word(k)
        return k + 1 < b and self.view.texts[k + 1] == "," and g is not None and \
            g.kind == "Place"

    def _given_place_name(self, k: int, b: int) -> bool:
        """A town's name (no state's) opening a two-word name: "Hanna Sommerfeld"."""
        g = self.gaz_at[k]
        return k + 1 < b and g is not None and g.kind == "Place" and self._place_as_first_name(k)

    def _role_apposition(self, j: int, b: int) -> bool:
        """A comma at ``j`` and a role word within the next few tokens (", Sprecher des")."""
        view = self.view
        if j >= b or view.texts[j] != ",":
            return False
        for k in range(j + 1, min(b, j + 5)):
            if self.role_end(k) is not None:
                return True
            if view.texts[k] in (",", ".", ";"):
                break
        return False

    def _org_follows(self, j: int, b: int) -> bool:
        """An affiliation preposition and an organization start at ``j``."""
        view = self.view
        prep = view.phrase(j, "affil_prep")
        if prep is None:
            return False
        k = prep[0]
        if k < b and view.lows[k] in ("the", "der", "dem", "des"):
            k += 1
        if k >= b:
            return False
        g = self.gaz_at[k]
        if g is not None and g.kind == "State" and g.tok == k and g.tok_end < b and \
                not self._organization_at(k):
            # "of Britain's Royal United Services Institute", "vom israelischen Institut X"
            k = g.tok_end + (view.texts[g.tok_end] in ("'s", "’s"))
            if k >= b:
                return False
        return self._organization_at(k)

    def _organization_at(self, k: int) -> bool:
        """An organization (found by a rule or in the gazetteer) starts at token ``k``."""
        g = self.gaz_at[k]
        return any(m.tok == k and m.kind == "Organization" for m in self.found) or \
            g is not None and g.kind == "Organization"

    def aged_names(self, a: int, b: int) -> None:
        """P0: a name with the age after it ("Matthew Trickett, 37, was charged", "Egisto Ott
        (61)"): news gives ages of people only, so even a town's name is a name word here."""
        view = self.view
        for j in range(a + 2, b - 2):
            close = {",": ",", "(": ")"}.get(view.texts[j])
            age = view.texts[j + 1]
            if close is None or view.texts[j + 2] != close or not age.isdigit() or \
                    not 14 <= int(age) <= 105:
                continue
            k = j
            while k > a and j - k < 4 and not self.used[k - 1] and view.is_cap(k - 1) and \
                    _plain_name_word(view.texts[k - 1]) and not view.has(k - 1, "def_article") \
                    and self.role_end(k - 1) is None and not view.cues(k - 1) and not (
                        (g := self.gaz_at[k - 1]) is not None and g.kind != "Place") and (
                        k == j or not self._common_noun(k - 1)):
                k -= 1  # "Der Angeklagte Markus Hollenstein (61)": not the noun before
            if j - k >= 2:
                self.add(k, j, "Person", "name-age")

    def _common_noun(self, k: int) -> bool:
        """HanTa reads token ``k`` as a common noun (German; English has no tagger)."""
        tagged = self.tag(self.view.texts[k])
        return tagged is not None and tagged.common_noun

    def person_pairs(self, a: int, b: int) -> None:
        """P5: a known first name and a name-like word ("Henrik Valtonen") anywhere."""
        view = self.view
        for i in range(a + 1, b - 1):
            if self.used[i] or self.used[i + 1] or not (view.is_cap(i) and view.is_cap(i + 1)):
                continue
            if self.strength(i) != STRONG:
                continue
            r = self.tag(view.texts[i])
            if r is None or r.tag != "NE" or not r.known or self.strength(i) != STRONG:
                continue
            run = self.name_run(i, b, min_len=2)
            if run and all(self.strength(t) == STRONG for t in run):
                self.add(run[0], run[-1] + 1, "Person", "first-name")

    def subject_names(self, a: int, b: int) -> None:
        """P7: two or three name-like words no lexicon knows, right before a verb only
        people do ("Khalifa Haftar met ...", "Getachew Reda said ...")."""
        view = self.view
        i = a
        while i < b - 2:
            if self.used[i] or not view.is_cap(i):
                i += 1
                continue
            if i > a and (self.used[i - 1] or view.has(i - 1, "org_connector")):
                i += 1  # "Department of National Defence said": the rest of a name
                continue
            run = self.name_run(i, b, min_len=2)
            end = run[-1] + 1 if run else i + 1
            if 2 <= len(run) <= 3 and end < b and all(
                    self.strength(t) == STRONG and self.gaz_at[t] is None for t in run) and (
                    view.has(end, "say_verb") or view.has(end, "person_verb")) and \
                    self._recurs_alone(run[-1]):
                # an organization's name looks the same ("Human Rights Watch said"), so the
                # surname must recur on its own ("Haftar's forces", "Haftars Truppen")
                self.add(run[0], end, "Person", "name-verb")
            i = end

    def owner_names(self, a: int, b: int) -> None:
        """P8: a name right after a state's genitive ("Croatia's Ivan Anušić, Albania's Pirro
        Vengu and ..."): a person when the surname recurs alone, a verb only people use
        follows, or several such names stand in one list."""
        view = self.view
        hits: list[list[int]] = []
        for g in self._gazetteer_starting(a, b - 2):
            if g.kind != "State":
                continue
            j = view.after_genitive(g)
            if j is None or j >= b or self.used[j]:
                continue
            run = self.name_run(j, b, min_len=2)
            if 2 <= len(run) <= 3 and all(self.strength(t) == STRONG and self.gaz_at[t] is None
                                          and not view.texts[t].isupper() for t in run):
                hits.append(run)  # not "Germany's IRIS-T SLM": a system's capitals
        for run in hits:
            end = run[-1] + 1
            if len(hits) >= 2 or self._recurs_alone(run[-1]) or end < b and (
                    view.has(end, "say_verb") or view.has(end, "person_verb")):
                self.add(run[0], end, "Person", "owner-name")

    def place_given_names(self, a: int, b: int, *, paired_only: bool = False) -> None:
        """P9: a state's or city's one-word name as a given name ("Jordan Goudreau", "Israel
        Katz"): one unknown name word follows, and it recurs on its own as a surname does."""
        view = self.view
        for g in self._gazetteer_starting(a, b - 1):
            k = g.tok
            if id(g) in self.absorbed or not self._place_as_first_name(k):
                continue
            t = k + 1
            # "the co-presidents Daniel Ortega and Rosario Murillo": coordinated with a person
            before = self.gaz_at[k - 2] if k - 2 >= a else None
            paired = k - 2 >= a and view.has(k - 1, "coord") and (
                k - 1 in self.person_ends
                or before is not None and before.kind == "Person" and before.tok_end == k - 1)
            if paired_only and not paired or \
                    self.used[t] or self.strength(t) != STRONG or self.gaz_at[t] is not None or \
                    not view.is_cap(t) or t + 1 < b and view.is_cap(t + 1) or \
                    k > a and view.texts[k - 1] in ("'s", "’s") or \
                    not (paired or self._stands_alone(view.texts[t]) or k > a and any(
                        view.has(k - 1, c) for c in _ROLE_CATS)):
                # ("Associated Press writer Nadia Karimi": a person's word before it)
                continue
            self.add(k, t + 1, "Person", "place-given-name")

    def _gazetteer_starting(self, a: int, b: int) -> Iterator[Mention]:
        """The whole gazetteer mentions starting in tokens ``a``..``b`` (per sentence, so
        the name rules stay linear in the document's length)."""
        for k in range(a, b):
            g = self.gaz_at[k]
            if g is not None and g.tok == k:
                yield g

    def _stands_alone(self, word: str) -> bool:
        """Whether ``word`` occurs after a lower-case word or punctuation somewhere ("...
        Goudreau said"), as a surname does, not only inside names ("Donetsk People's
        Republic", "Luhansk People's Republic")."""
        view = self.view
        if self._alone is None:  # counted once per document: the check stays linear
            self._alone = Counter(view.texts[i] for i in range(1, len(view.texts))
                                  if not view.is_cap(i - 1))
        return self._alone[word] > 0

    def _recurs_alone(self, t: int) -> bool:
        """Whether the word at ``t`` occurs elsewhere in the text without the word before it
        ("Haftar's", "Haftars", "Reda added"): a surname does, "Watch" of "Human Rights
        Watch" does not."""
        view = self.view
        if self._words is None:  # counted once per document: the check stays linear
            self._words = Counter(view.texts)
            self._bigrams = Counter(zip(view.texts, view.texts[1:], strict=False))
        prev = view.texts[t - 1] if t > 0 else ""
        word = view.texts[t]
        return any(self._words[w] - self._bigrams[(prev, w)] > 0 for w in (word, word + "s"))

    # ------------------------------------------------------------------ short forms

    def acronyms(self) -> None:
        """"Tigray People's Liberation Front (TPLF)": the acronym in brackets after a new
        organization's name is that organization, here and wherever it recurs."""
        view = self.view
        orgs = [x for x in self.found if x.kind == "Organization"]
        by_text: dict[str, list[Mention]] = {}
        for x in orgs:
            by_text.setdefault(x.text.casefold(), []).append(x)
        for m in orgs:
            j = m.tok_end
            g = self.gaz_at[j + 1] if j + 2 < len(view) else None
            if g is not None and view.texts[j] == "(" and view.texts[j + 2] == ")" and \
                    g.kind == "Organization" and g.tok == j + 1 and g.tok_end == j + 2 and \
                    m.source == "rule:headed-run" and m.entry is None:
                # "African Union Mission in Somalia (AMISOM)": the known body's full name,
                # here and wherever it recurs
                for x in by_text[m.text.casefold()]:
                    if x.entry is None:
                        x.entry, x.form = g.entry, "alias"
                continue
            if self._bracketed_acronym(j):
                mm = self.add(j + 1, j + 2, "Organization", "acronym", org_class=m.org_class,
                              state=m.state)
                mm.core = m.core or " ".join(m.text.split())
                continue
            known = view.phrase(j + 1, "known_as") if j + 1 < len(view) and \
                view.texts[j] == "," else None
            if known is not None and known[0] < len(view) and not self.used[known[0]] and \
                    self.acronym(known[0]) and m.source == "rule:headed-run":
                # "the ECOWAS Mission in the Gambia, known as ECOMIG": its short name
                mm = self.add(known[0], known[0] + 1, "Organization", "acronym",
                              org_class=m.org_class, state=m.state)
                mm.core = m.core or " ".join(m.text.split())
        self._acronym_of_known()
        self._initials_over_gazetteer(orgs)
        self._initials_of_named(orgs)

    def _acronym_of_known(self) -> None:
        """"the Arakan Army (AA)": an unknown acronym in brackets after a known body's name
        is that body, here and wherever it recurs."""
        for g in list(self.gazetteer_mentions):
            j = g.tok_end
            if g.kind != "Organization" or not self._bracketed_acronym(j):
                continue
            mm = self.add(j + 1, j + 2, "Organization", "acronym", org_class=g.org_class,
                          state=g.state)
            mm.entry, mm.form = g.entry, "alias"
            mm.core = " ".join(g.text.split())

    def _bracketed_acronym(self, j: int) -> bool:
        """A free unknown acronym in brackets opens at token ``j``: "(TPLF)"."""
        view = self.view
        return j + 2 < len(view) and view.texts[j] == "(" and view.texts[j + 2] == ")" and \
            not self.used[j + 1] and self.acronym(j + 1)

    def _initials_of_named(self, orgs: list[Mention]) -> None:
        """"the Ta'ang National Liberation Army ... the TNLA": an unknown word in capitals
        spelling the initials of an organization the text names in full is that body."""
        view = self.view
        by_initials = _by_initials(orgs, 3)
        if not by_initials:
            return
        for t, text in enumerate(view.texts):
            named = by_initials.get(text)
            if named is None or self.used[t] or self.gaz_at[t] is not None or \
                    view.boiler[view.sent_of[t]]:
                continue
            mm = self.add(t, t + 1, "Organization", "acronym", org_class=named.org_class,
                          state=named.state)
            mm.core = named.core or " ".join(named.text.split())

    def apposed_acronyms(self) -> None:
        """"INTERFET, a multinational intervention force": an unknown word in capitals
        that an indefinite apposition calls a force, mission or body is its name."""
        view = self.view
        for k, (a, b) in enumerate(view.sents):
            if view.boiler[k]:
                continue
            for i in range(a, b - 3):
                text = view.texts[i]
                if self.used[i] or self.gaz_at[i] is not None or view.cues(i) or not (
                        3 <= len(text) <= 8 and text.isupper() and text.isalpha()) or \
                        view.texts[i + 1] != "," or not view.has(i + 2, "indef_article"):
                    continue
                for x in range(i + 3, min(b, i + 9)):
                    if view.texts[x] in _APPOSITION_STOPS:
                        break
                    head = view.value(x, "org_head") or (
                        "mission" if view.has(x, "mission_word") else None) or (
                        "group" if view.phrase(x, "force") is not None else None)
                    if head is not None:
                        self.add(i, i + 1, "Organization", "apposed-acronym", org_class=head)
                        break

    def _initials_over_gazetteer(self, orgs: list[Mention]) -> None:
        """"the Australian Defence Force ... 70 ADF personnel": an acronym spelling the
        initials of a name the text gave before is that body, not the gazetteer's body of
        the same letters (the Ugandan "ADF") that the text never names in full."""
        by_initials = _by_initials(orgs, 2)
        if not by_initials:
            return
        spelled = {g.entry for g in self.gazetteer_mentions if g.form != "abbrev"}
        for g in list(self.gazetteer_mentions):
            named = by_initials.get(g.text)
            if named is None or g.kind != "Organization" or g.form != "abbrev" or \
                    g.tok_end - g.tok != 1 or g.entry in spelled or named.tok > g.tok or \
                    self.used[g.tok] or self.gaz_at[g.tok] is not g:
                continue
            self._unlink(g)
            mm = self.add(g.tok, g.tok_end, "Organization", "acronym",
                          org_class=named.org_class, state=named.state)
            mm.core = named.core or " ".join(named.text.split())

    def coalitions(self, titles: set[int]) -> None:
        """O9: "the Saudi-led coalition", "eine von Saudi-Arabien angeführte
        Militärkoalition", "a coalition led by the US": a coalition its leader names is an
        organization, and so is "the coalition" after it (not a government coalition
        nobody leads)."""
        view = self.view
        led = tuple(view.lex.terms("led_suffix"))
        participles = frozenset(view.lex.terms("led_participle"))
        determiners = view.lex.word_set("coalition_determiner")  # "the coalition"
        first: Mention | None = None
        for k, (a, b) in enumerate(view.sents):
            if view.boiler[k] or k in titles:
                continue
            for i in range(a, b):
                hit = view.phrase(i, "coalition_noun")
                if hit is None or any(self.used[i:hit[0]]) or i > a and self.used[i - 1]:
                    continue  # "the Viv Ansanm coalition": the named one
                before = view.lows[i - 1] if i > a else ""
                named = bool(led) and before.endswith(led) or before in participles or (
                    hit[0] + 1 < b and view.lows[hit[0]] == "led"
                    and view.has(hit[0] + 1, "by_prep"))
                if first is None and not named:
                    continue
                if first is None:
                    extra = (view.span_text(i - 1, hit[0]),) if before.endswith(led) else ()
                    first = self.add(i, hit[0], "Organization", "led-coalition",
                                     org_class="coalition", extra=extra)
                    first.state = None
                elif named or before in determiners or before in ("'s", "’s"):
                    m = self.add(i, hit[0], "Organization", "echo", org_class="coalition")
                    m.core, m.state = first.text, None

    def echoes(self) -> None:
        """Repeated names ("Kim Jong Un" again) and short forms ("Kristersson",
        "Wagner-Kämpfer") of names found, everywhere in the document."""
        view = self.view
        keys: dict[str, Mention] = {}
        full: dict[str, list[tuple[tuple[str, ...], Mention]]] = {}
        for m in self.found + [g for g in self.gazetteer_mentions if g.kind == "Person"]:
            words = tuple(m.text.split())
            if len(words) >= 2 and m.kind in ("Person", "Organization", "Place"):
                full.setdefault(words[0], []).append((words, m))
            if m.kind == "Person":
                parts = [p for p in words if p[:1].isupper()]
                if len(parts) >= 2:
                    keys.setdefault(parts[-1], m)
                    if len(parts) >= 3:
                        keys.setdefault(parts[0], m)
            elif m.source == "rule:acronym":
                keys.setdefault(m.text, m)
            elif m.kind in ("Organization", "Place"):
                name = m.core or (m.text if len(words) == 1 else None)
                if name and " " not in name and name[:1].isupper():
                    keys.setdefault(name, m)
        if not keys and not full:
            return
        for g in self.gazetteer_mentions:
            known = keys.get(g.text)
            if g.kind == "Person" and g.form == "alias" and g.tok_end - g.tok == 1 and \
                    known is not None and known.source.startswith("rule:") and \
                    known.start < g.start:
                self._unlink(g)  # "Henrik Valtonen ... Valtonen": the one named
        for seqs in full.values():
            seqs.sort(key=lambda x: -len(x[0]))
        genitive = "s" if view.lex.lang == "de" else ""
        for k, (a, b) in enumerate(view.sents):
            if view.boiler[k]:
                continue
            i = a
            while i < b:
                if self.used[i] or self.gaz_at[i] is not None:
                    i += 1
                    continue
                text = view.texts[i]
                matched = False
                for words, m in full.get(text, ()):
                    n = len(words)
                    if i + n <= b and tuple(view.texts[i:i + n]) == words and not any(
                            self.used[i:i + n]):
                        mm = self.add(i, i + n, m.kind, "echo", org_class=m.org_class)
                        mm.core = m.core
                        mm.state = m.state
                        mm.entry = m.entry
                        i += n
                        matched = True
                        break
                if matched:
                    continue
                base = text
                short = keys.get(text)
                if short is None and genitive and text.endswith(genitive):
                    base = text[:-1]
                    short = keys.get(base)
                if short is not None:
                    mm = self.add(i, i + 1, short.kind, "echo", org_class=short.org_class)
                    mm.core = short.core if short.source == "rule:acronym" else base
                    mm.entry, mm.form = short.entry, "alias" if short.entry else mm.form
                elif "-" in text:
                    part = text.split("-", 1)[0]
                    part_of = keys.get(part)
                    if part_of is not None and part_of.kind != "Place":
                        start = view.idx[i]
                        self.found.append(Mention(
                            start=start, end=start + len(part), text=part, tok=i, tok_end=i + 1,
                            kind=part_of.kind, source="rule:echo-part", core=part,
                            org_class=part_of.org_class, partial=True, entry=part_of.entry))
                        if part_of.kind == "Person":
                            self.person_ends.add(i + 1)
                i += 1


def _by_initials(orgs: list[Mention], fewest: int) -> dict[str, Mention]:
    """Initials -> the first organization the text names in full with at least ``fewest``
    capitalized words and no gazetteer entry ("Australian Defence Force" -> "ADF")."""
    out: dict[str, Mention] = {}
    for m in orgs:
        words = [w for w in m.text.split() if w[:1].isupper()]
        if len(words) >= fewest and m.entry is None:
            out.setdefault("".join(w[0] for w in words), m)
    return out


# Cues after which a capitalized word may be a name (the words HanTa has to judge).
_NAME_CONTEXT = ("role_leader", "role_official", "role_expert", "person_noun", "title",
                 "org_descriptor",
                 "place_head_pre", "locprep", "org_head")


def tag_candidates(view: DocView, gazetteer_mentions: list[Mention]) -> list[int]:
    """Tokens whose reading (name or common noun?) the name rules may need: capitalized
    words that are no lexicon or gazetteer word and stand next to another capitalized
    word or after a role, title, descriptor or locational word."""
    covered = [False] * len(view)
    for m in gazetteer_mentions:
        if not m.partial:
            for i in range(m.tok, m.tok_end):
                covered[i] = True
    out: list[int] = []
    for k, (a, b) in enumerate(view.sents):
        if view.boiler[k]:
            continue
        for i in range(a, b):
            text = view.texts[i]
            if covered[i] or not text[:1].isupper() or not text.replace("-", "").isalpha():
                continue
            if view.cues(i):
                continue
            near_cap = (i + 1 < b and view.is_cap(i + 1)) or (i > a and view.is_cap(i - 1))
            if near_cap or any(
                    view.has(j, cat) for j in range(max(a, i - 2), i) for cat in _NAME_CONTEXT):
                out.append(i)
    return out


def genitive_base(name: str, *, legislature: bool = False) -> str:
    """A body's name with its German genitive ending folded ("Verteidigungsministeriums" ->
    "Verteidigungsministerium"; for a legislature also "Kongresses", "Senats")."""
    low = name.lower()
    if low.endswith("iums"):
        return name[:-1]
    if legislature and low.endswith("sses"):
        return name[:-2]
    if legislature and low.endswith(("ats", "ents")):
        return name[:-1]
    return name
