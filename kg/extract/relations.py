"""Actor relations the text states, one rule per wording (trigger words are lexicon data).

- leaderOf / officialOf: a role word with the state or organization it belongs to, by a
  demonym or genitive before it ("Nordkoreas Machthaber", "German Chancellor"), inside it
  ("Nato-Generalsekretär", "Kremlchef"), after it ("President of X"), a government word
  ("die Junta von Übergangspräsident X"), a coordinated role ("German Chancellor A and
  Defence Minister B"), or for "Staats- und Regierungschefs A und B" the states the text
  names in the same order;
- affiliatedWith: "X vom ORG", "X, ORG", "X, analyst at ORG", "Mitglied der Nato",
  "a NATO member";
- alliedWith: an alliance word with "zwischen X und Y"; inConflictWith: "russischer
  Angriff auf die Ukraine", "Russia's invasion of Ukraine"; supports: "Unterstützung
  Russlands", deployments in support of someone; sanctions: "Sanktionen gegen X";
- locatedIn: "in der russischen Region Kursk", "Gao im Norden Malis", "Rukla in central
  Lithuania", "HMAS Stirling, a naval base on Australia's west coast", "Russia's
  Kaliningrad exclave", a capital the text calls the capital of a state it names.

- a bare title ("Präsident Wladimir Putin", "Prime Minister X"): the state the gazetteer
  knows the person serves, only if the document names it and the office kind agrees;
- from reported treaties: a mutual-defence pact or alliance between states -> alliedWith,
  a two-sided ceasefire -> inConflictWith.

Gazetteer background (who leads a state, where a city lies) never becomes a relation on
its own: "Wladimir Putin reiste nach Peking" gives no leaderOf.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import stop_words as _stop_words
from kg.extract.modality import Modal, clause_bounds, evidence, in_apposition
from kg.extract.names import ARMED_FORCES, ARMED_GROUP_CLASSES
from kg.extract.numbers import number_format
from kg.extract.resolve import Resolution
from kg.extract.view import DASHES, DocView, Mention
from kg.extract.wars import load_wars
from kg.records import Deployment, Relation, Treaty

# organization classes of forces a state's genitive owns ("Russia's Pacific Fleet")
_FORCE_CLASSES = ARMED_FORCES | {"unit"}
# the prepositions before a sanction's target ("Sanktionen gegen", "sanctions on")
_SANCTION_PREPS = ("gegen", "against", "on")
_OTHER_SERVICES = frozenset({"navy", "air force", "coast guard"})  # an army is none of them
# Endings of an inflected German participle or adjective ("finanzierte", "verbundenen").
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# "31st", "2nd": an ordinal between an organization's genitive and "member"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")

# Confidence per rule kind.
CONFIDENCE = {
    "role": 0.85, "role-coordinated": 0.7, "role-paired": 0.65, "role-known": 0.6,
    "role-said": 0.55, "role-anaphor": 0.6, "role-side": 0.6,
    "role-ministry": 0.6, "role-story": 0.45,
    "owner-name": 0.6, "led-under": 0.7, "led-possessed": 0.6,
    "affiliation": 0.75, "membership": 0.8, "alliance": 0.7, "alliance-treaty": 0.6,
    "conflict": 0.8, "conflict-ceasefire": 0.6, "conflict-named": 0.6,
    "support": 0.6, "support-deployment": 0.6,
    "sanctions": 0.7, "located": 0.8, "capital": 0.7, "compound": 0.7,
}


def guessed(r: Relation) -> bool:
    """Whether a relation is a guess from the story, not read from a sentence: other rules
    (treaty parties, whose forces) must not build on it."""
    return r.evidence.confidence <= CONFIDENCE["role-story"]


_SKIPPABLE_BEFORE_ROLE = ("then_prefix",)
# A weapon's model designation: "F-16s", "MiG-29", "T-72", "Su-35"
_MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s?$")

# How far (tokens) a "counterpart" looks back for the title whose office it shares.
_COUNTERPART_REACH = 8
# ... and across a clause ("Prime Minister A said he had invited his Swedish counterpart, B")
# when no other name stands between
_COUNTERPART_FAR = 25
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "the", "a", "an", "ein", "eine",
                       "einen", "einem", "einer", "eines"})
_GENITIVE_MARKS = frozenset({"'s", "’s", "'"})
# Rules that find a place by its head word ("Northern Territory", "Provinz Dohuk").
_HEADED_PLACE_RULES = frozenset({"rule:headed-place", "rule:name-head", "rule:head-name"})
# What may follow a bare apposition "Fort Wainwright, Alaska": its end, not a verb or a list.
_APPOSITION_END = frozenset({",", "(", ")", ".", ";", ":"}) | DASHES
_DETERMINERS = frozenset({"its", "their", "his", "her", "the", "a", "an", "of", "for", "our",
                          "military", "financial", "further", "more", "new"})
_ACTOR_KINDS = ("State", "Organization")
# Who may open a clause as its subject.
_SUBJECT_KINDS = ("Person", "State", "Organization")
_MODALITY_RANK = {"Asserted": 0, "Reported": 1, "Hypothetical": 2, "Denied": 3}


# A lower-case adjective of origin no gazetteer demonym explains ("sowjetische").
_DEMONYM_LIKE = re.compile(r"[a-zäöü]+isch(?:e[mnrs]?)?")


# Rules whose relation is an attribute of a name or where a place lies, not the clause's
# claim: asserted whatever the clause's modality.
_PRESUPPOSED = frozenset({"compound", "located", "led-possessed"})


@dataclass
class RelationFinder:
    """The relation rules over one resolved document."""

    view: DocView
    res: Resolution
    out: list[Relation] = field(default_factory=list)
    memberships: list[tuple[int, str, str]] = field(default_factory=list)
    # (sentence, founding states) of an alliance the text says they founded
    foundings: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts: dict[int, Mention] = {}
        self.ends: dict[int, Mention] = {}
        self.partials: dict[int, list[Mention]] = {}
        # one-word names of organizations the text names on their own ("U.N.", "NATO")
        self.org_words: dict[str, str] = {}
        # organization key -> the state one of its mentions says it is a body of
        self.body_state: dict[str, str] = {}
        for m in self.res.mentions:
            if m.key and m.state and not m.partial and self.res.kind(m.key) == "Organization":
                state = self.res.state_key(m)
                if state:
                    self.body_state.setdefault(m.key, state)
        for m in self.res.mentions:
            if not m.partial and m.key and m.entry and not m.state and \
                    m.tok_end - m.tok == 1 and self.res.kind(m.key) == "Organization":
                self.org_words.setdefault(self.view.lows[m.tok], m.key)
        for m in self.res.mentions:
            if m.partial:
                self.partials.setdefault(m.tok, []).append(m)
            else:
                self.starts.setdefault(m.tok, m)
                self.ends[m.tok_end] = m
        self.person_targets: dict[str, str] = {}
        self.bare_titled: dict[str, str] = {}  # person -> role category, no state named yet
        # person -> (sentence, title token, name token) of that bare title
        self.bare_title_at: dict[str, tuple[int, int, int]] = {}
        self.genitive_bodies: dict[str, str] = {}  # "Russia's Security Council" -> Russia
        self._mention_toks: list[int] | None = None
        self.auxiliaries = self.view.lex.auxiliaries
        # the named wars ("der Krieg in der Ukraine") whose two sides this document names
        self.named_sides = [
            (war.pattern, (keys[0], keys[1])) for war in load_wars(self.view.lex.lang)
            if len(keys := [key for side in war.sides if (key := self.res.entry_keys.get(side))
                            and key in self.res.entities]) == 2]
        self.stop_words = _stop_words(self.view.lex.lang)
        self.by_words = frozenset(self.view.lex.terms("by_prep"))
        self.weekdays = frozenset(self.view.lex.terms("weekdays"))
        self.mission_words = tuple(w.lstrip("-") for w in self.view.lex.terms("mission_word"))
        self.mission_nouns = tuple(self.view.lex.terms("mission_noun_suffix"))
        self.mission_kinds = self.view.lex.word_set("mission_kind")
        self.direct_affil = frozenset(self.view.lex.terms("affil_direct"))
        self.based = tuple(self.view.lex.terms("based_suffix"))
        # "der Istanbuler Thinktank": a city's adjective, capitalized in German
        self.place_adjective = tuple(self.view.lex.terms("place_adjective_suffix"))
        self.deputy_prefixes = tuple(self.view.lex.terms("deputy_prefix"))
        self.led = tuple(self.view.lex.terms("led_suffix"))
        self.led_participles = frozenset(self.view.lex.terms("led_participle"))
        # "die mit Al-Kaida verbündete Miliz": a participle closing an attribute before a noun
        self.backing = self.view.lex.word_set("backed_participle") | self.view.lex.word_set(
            "linked_participle") | self.view.lex.word_set("allied_participle")
        self.attributive = self.led_participles | self.backing
        self._org_state_cache: tuple[dict[str, set[str | None]],
                                     dict[str, set[str | None]]] | None = None
        self.participle_suffix = tuple(self.view.lex.word_set("participle_suffix"))
        self.backed = tuple(self.view.lex.terms("backed_suffix"))
        self.linked = tuple(self.view.lex.terms("linked_suffix"))
        self.pair_words = self.view.lex.word_set("pair_word")  # "two", "beide"
        # "three", "vier": the size of a group a member phrase speaks of
        self.small_numbers = {w: v for w, v in number_format(self.view.lex).words.items()
                              if 3 <= v <= 6}
        self.against = self.view.lex.word_set("against_prep")
        self.fire_at = self.view.lex.word_set("fire_at_prep")  # "Raketen auf Israel"
        self.kill_verbs = self.view.lex.word_set("kill_verb")
        self.copulas = self.view.lex.word_set("copula")  # "ist", "is", "bleibt"
        self.founder_words = tuple(self.view.lex.word_set("founder_word"))
        self.army_prefixes = tuple(self.view.lex.word_set("army_prefix"))  # "Armeesprecher"
        self.install_verbs = self.view.lex.word_set("install_verb")  # "sworn", "vereidigt"
        self.as_words = self.view.lex.word_set("as_office")  # "as", "als", "zum"
        # the sentence and category of the last office named (for "his counterpart")
        self.sentence_cat: tuple[int, str] | None = None
        # "gehören zu", "belong to": a place given to its state
        self.belong_verbs = self.view.lex.word_set("place_belong_verb")
        self.belong_preps = self.view.lex.word_set("place_belong_prep")

    # ------------------------------------------------------------------ helpers

    def emit(self, s: str | None, p: str, o: str | None, k: int, toks: tuple[int, ...],
             rule: str, modal: Modal | None = None) -> None:
        """Record a relation (not reflexive, both ends entities)."""
        if not s or not o or s == o or s not in self.res.entities or o not in self.res.entities:
            return
        if rule in _PRESUPPOSED and modal is None:
            # "Iran-backed militias", "Russia's Wagner Group", "the Russian-led CSTO": an
            # attribute of a name holds whatever the clause around it says may happen
            modal = Modal()
        ev = evidence(self.view, self.res, k, toks, CONFIDENCE[rule], modal)
        self.out.append(Relation(subject=s, predicate=p, object=o, evidence=ev))  # type: ignore[arg-type]

    def mention_before(self, tok: int, a: int, *, skip_adjectives: int = 0) -> Mention | None:
        """The mention ending right before ``tok`` (over "'s", then-words, adjectives)."""
        view = self.view
        j = tok
        skipped = 0
        joined = genitive = False
        while j > a:
            m = self.ends.get(j)
            if m is not None:
                # adjectives joined by "and" only after a genitive ("Russia's illegal and
                # unjustifiable invasion"), not verbs ("machte X verantwortlich und flog")
                return None if joined and not genitive else m
            prev = j - 1
            text = view.texts[prev]
            if text in _GENITIVE_MARKS or any(view.has(prev, c) for c in _SKIPPABLE_BEFORE_ROLE):
                genitive = genitive or text in _GENITIVE_MARKS
                j -= 1
                continue
            if text in ("-",) and prev > a and view.lows[prev - 1] in ("then", "ex", "former"):
                j -= 2
                continue
            if skipped < skip_adjectives and view.is_lower_word(prev) \
                    and not view.has(prev, "coord"):
                j -= 1
                skipped += 1
                continue
            if 0 < skipped < skip_adjectives and view.has(prev, "coord") and prev > a and \
                    view.is_lower_word(prev - 1) and not view.has(prev - 1, "coord"):
                j -= 1  # "Russia's illegal and unjustifiable invasion"
                joined = True
                continue
            if skipped < skip_adjectives and text == "-":
                j -= 1
                continue
            return None
        return None

    def mention_after(self, tok: int, b: int, *, max_skip: int = 2) -> Mention | None:
        """The mention starting at ``tok`` (over articles and up to ``max_skip`` adjectives)."""
        view = self.view
        j = tok
        skipped = 0
        while j < b:
            m = self.starts.get(j)
            seat = next((p for p in self.partials.get(j, ()) if p.tok == j and p.tok_end > j + 1
                         and view.lows[p.tok_end - 1].endswith(self.based)), None)
            if m is None and seat is not None:
                j = seat.tok_end  # "the Tel Aviv-based Mediterranean Policy Forum": its seat
                continue
            q = m.tok - 1 if m is not None else -1
            if q > tok and view.lows[q] in _ARTICLES:
                q -= 1  # "gegen die mit dem IS verbundene Gruppe"
            if m is not None and q >= tok and view.has(q, "preposition") and \
                    m.tok_end < b and view.lows[m.tok_end] in self.attributive:
                j = m.tok_end + 1  # "gegen die mit Al-Kaida verbündete Miliz Al-Shabaab"
                continue
            if m is not None:
                return m
            if view.has(j, "org_descriptor") and j + 1 in self.starts and view.is_cap(j):
                j += 1  # "gegen die Terrormiliz Boko Haram": the descriptor of a known name
                continue
            if view.lows[j] in _ARTICLES and j + 1 < b and view.is_lower_word(j + 1) and \
                    view.lows[j + 1] not in _ARTICLES:
                j += 1  # "at the independent Centre for ...": the article costs no skip
                continue
            word = view.texts[j].isalpha() or "-" in view.texts[j] and \
                view.texts[j].replace("-", "").isalnum()  # "the eight-member council"
            if view.lows[j] in _ARTICLES or view.lows[j].endswith(self.based) or (
                    skipped < max_skip and word and (
                        not view.is_cap(j) or self.place_adjective and
                        view.lows[j].endswith(self.place_adjective) and j + 1 < b
                        and j + 1 in self.starts)):
                j += 1
                skipped += 1
                continue
            return None
        return None

    def sentence_mentions(self, k: int) -> list[Mention]:
        return self.res.by_sentence.get(k, [])

    def sentences(self) -> Iterator[tuple[int, int, int]]:
        for k, (a, b) in enumerate(self.view.sents):
            if not self.view.boiler[k] and k in self.res.by_sentence:
                yield k, a, b

    def actor_key(self, m: Mention | None, *, institutions_as_state: bool = False) -> str | None:
        """The actor a mention stands for (institutions of a state optionally as the state)."""
        if m is None or m.key is None:
            return None
        kind = self.res.kind(m.key)
        if kind == "State":
            return m.key
        if kind == "Organization":
            if institutions_as_state and m.state:
                return self.res.state_key(m) or m.key
            if institutions_as_state and m.key in self.res.state_bodies:
                return self.res.state_bodies[m.key]  # "the Bundeswehr": Germany's
            if institutions_as_state and (m.org_class in _FORCE_CLASSES
                                          or m.org_class in ("parliament", "ministry")):
                owner = self._genitive_owner(m, self.view.sents[self.view.sent_of[m.tok]][0])
                if owner is not None:
                    # "Russia's Pacific Fleet sent two corvettes", "ratified by Turkey's
                    # Grand National Assembly"
                    return owner
            return m.key
        return None

    # ------------------------------------------------------------------ run

    def run(self) -> list[Relation]:
        """Every rule over every sentence; duplicates keep their firmest evidence."""
        for k, a, b in self.sentences():
            self.roles(k, a, b)
            self.role_anaphors(k, a, b)
            self.led_by(k, a, b)
            self.led_under(k, a, b)
            self.led_possessed(k, a, b)
            self.rules_over(k, a, b)
            self.affiliations(k, a, b)
            self.offshoots(k, b)
            self.possessed_units(k)
            self.membership(k, a, b)
            self.member_pair(k, a, b)
            self.compounds(k)
            self.linked_relative(k)
            self.founders(k)
            self.army_chiefs(k)
            self.members(k)
            self.composition(k)
            self.alliances(k, a, b)
            self.affiliated_with(k, a, b)
            self.subordinate(k, a, b)
            self.conflicts(k, a, b)
            self.named_wars(k, a, b)
            self.attacks(k, a, b)
            self.seized(k, a, b)
            self.forces_against(k, a, b)
            self.fired_at(k, a, b)
            self.killed_leader(k, a, b)
            self.support(k, a, b)
            self.suppliers(k, a, b)
            self.received(k, a, b)
            self.sanctions(k, a, b)
            self.sanction_listing(k, a, b)
            self.fought_beside(k, a, b)
            self.located(k, a, b)
            self.state_bodies(k)
            self.missions(k)
        self.capitals()
        for k, a, b in self.sentences():
            self.war_on_the_supported(k, a, b)
        for k, a, b in self.sentences():
            self.advisers(k, a, b)
        self.institution_officials()
        self.story_state_officials()
        return _no_affiliation_beside_office(dedupe(self.out))

    def story_state_officials(self) -> None:
        """"Innenministerin Mari Rantanen", "Foreign Minister Bruno Rodríguez" with no state
        said anywhere in the text: a cabinet title serves the state the story opens with and
        names most. A guess, so it carries a low confidence (32 right, 9 wrong over our 30
        gold sets; taking the first state alone was worse)."""
        states = [m.key for m in self.res.mentions if not m.partial and m.key
                  and self.res.kind(m.key) == "State"]
        if not states:
            return
        first = states[0]
        # a story that opens with a state it then says less about gives no guess, unless
        # the official speaks of that state ("Foreign Minister X said Canada had ...")
        dominant = states.count(first) >= max(states.count(s) for s in set(states))
        placed = {r.subject for r in self.out
                  if r.predicate in ("officialOf", "leaderOf", "affiliatedWith")}
        cabinet = self.view.lex.word_set("cabinet_title")
        suffixes = tuple(w[1:] for w in cabinet if w.startswith("-"))
        for p, (k, r, tok) in self.bare_title_at.items():
            person = self.starts.get(tok)
            said = self._speech_subject(person, self.view.sents[k][1]) if person else None
            if said is not None and said.key != first and \
                    self.res.kind(said.key) == "State" and not said.partial:
                continue  # "Foreign Minister X said Canada had ...": not the story's state
            if not dominant and (said is None or said.key != first):
                continue
            words = self.view.lows[r:max(r + 1, min(tok, r + 4))]  # "Defence Minister"
            if p in placed or p in self.person_targets or \
                    self.bare_titled.get(p) != "role_official" or \
                    not any(low in cabinet or (suffixes and low.endswith(suffixes))
                            for low in words):
                continue
            self.emit(p, "officialOf", first, k, (r, tok), "role-story", Modal())

    def war_on_the_supported(self, k: int, a: int, b: int) -> None:
        """"Tschechien hatte der Ukraine nach dem russischen Angriff Panzer geliefert": an
        attack a demonym names without its target, in a sentence about support for one
        state, is an attack on the state supported."""
        view = self.view
        attackers = {m.key for m in self.sentence_mentions(k) if m.form == "demonym_adj"
                     and m.key and self.res.kind(m.key) == "State" and m.tok_end < b
                     and view.has(m.tok_end, "conflict")
                     and not (m.tok_end + 1 < b and view.has(m.tok_end + 1, "conflict_prep"))}
        if len(attackers) != 1:
            return
        attacker = attackers.pop()
        start = view.idx[a]
        supported = {r.object for r in self.out if r.predicate == "supports"
                     and r.evidence.start == start and self.res.kind(r.object) == "State"
                     and r.object != attacker}
        if len(supported) == 1:
            self.emit(attacker, "inConflictWith", supported.pop(), k, (a,), "conflict")

    def advisers(self, k: int, a: int, b: int) -> None:
        """"X, außenpolitischer Berater von Präsident Alijew", "X, senior adviser to Supreme
        Leader Khamenei", "X, Aliyev's foreign policy adviser": an adviser of a state's
        leader serves that state."""
        view = self.view
        for w in view.positions(k, "adviser_word"):
            comma = next((i for i in range(w - 1, max(a, w - 6), -1) if view.texts[i] == ","),
                         None)
            if comma is None or not all(view.is_lower_word(i) or view.texts[i] in ("'s", "’s")
                                        or i in self.starts or i + 1 in self.ends
                                        for i in range(comma + 1, w)):
                continue
            adviser = self.ends.get(comma)
            if adviser is None or self.res.kind(adviser.key) != "Person":
                continue
            boss = next((m for m in self.sentence_mentions(k) if comma < m.tok < w
                         and self.res.kind(m.key) == "Person"
                         and view.after_genitive(m) is not None), None)  # "Aliyev's adviser"
            if boss is None and w + 1 < b and view.has(w + 1, "role_owner_prep"):
                j = w + 2
                while j < b and j - w <= 5 and j not in self.starts:
                    j += 1
                nxt = self.starts.get(j)
                boss = nxt if nxt is not None and self.res.kind(nxt.key) == "Person" else None
            state = self.person_targets.get(boss.key or "") if boss is not None else None
            if state and self.res.kind(state) == "State":
                self.emit(adviser.key, "officialOf", state, k, (adviser.tok, w), "role-coordinated",
                          Modal())

    def missions(self, k: int) -> None:
        """"die UN-Friedensmission Minusma", "die EU-Marineoperation Irini": a named mission
        belongs to the organization its compound names."""
        view = self.view
        for m in self.sentence_mentions(k):
            if m.partial or not m.key or self.res.kind(m.key) != "Organization":
                continue
            owner = self._apposed_mission_owner(m)
            if owner is not None:
                # "UNFICYP, the UN peacekeeping force, ...": the owner in the apposition
                self.emit(m.key, "affiliatedWith", owner.key, k, (m.tok,), "compound")
                continue
            if m.tok < 1:
                continue
            t = m.tok - 1
            if t > 0 and not view.texts[t][:1].isalnum():
                t -= 1  # "EU-Mission „Irini“"
            if m.tok_end - m.tok >= 2 and "-" in view.lows[m.tok]:
                t = m.tok  # the compound opens the name: "EU-Marineoperation Irini"
            inner = next((self.org_words[view.lows[i]] for i in range(m.tok, m.tok_end)
                          if view.lows[i] in self.org_words), None) \
                if m.tok_end - m.tok >= 2 else None
            if inner is not None and inner != m.key and (m.entry is None
                                                         or m.org_class == "mission"):
                # "the U.N. Mission in Liberia", "Standing NATO Maritime Group 2": a body
                # whose name carries the name of an organization the text names (a group
                # the gazetteer knows, "Pakistani Taliban", is not thereby part of another)
                self.emit(m.key, "affiliatedWith", inner, k, (m.tok,), "compound")
            low = view.lows[t]
            if m.org_class == "mission" and (head := self._mission_head(m)) is not None:
                # "The EU force, EUFOR Althea,", "the U.N. mission UNMIL": the organization
                # whose mission the apposed name is
                owner = self.ends.get(head)
                j = head
                while owner is None and j > head - 2 and (
                        view.lows[j - 1] in self.mission_kinds or view.is_lower_word(j - 1)):
                    j -= 1  # "the U.N. peacekeeping mission X", "the UN stabilisation mission"
                    owner = self.ends.get(j)
                if owner is None and view.texts[head - 1] in _GENITIVE_MARKS:
                    owner = self.ends.get(head - 1)
                if owner is not None and owner.key != m.key and owner.entry and \
                        not owner.state and self.res.kind(owner.key) == "Organization":
                    self.emit(m.key, "affiliatedWith", owner.key, k, (head, m.tok),
                              "compound")
                continue
            if "-" not in low or not any(low.endswith(w) for w in self.mission_words):
                continue
            owner = next((o for o in self.partials.get(t, ()) if o.key != m.key
                          and self.res.kind(o.key) == "Organization" and o.entry
                          and not o.state), None)
            if owner is not None:
                self.emit(m.key, "affiliatedWith", owner.key, k, (t, m.tok), "compound")

    def _apposed_mission_owner(self, m: Mention) -> Mention | None:
        """"MINUSMA, the UN mission in Mali": the organization an apposition after a
        mission's name calls it a mission or force of."""
        view = self.view
        b = view.sents[view.sent_of[m.tok]][1]
        j = m.tok_end
        if j + 2 >= b or view.texts[j] != "," or not view.has(j + 1, "def_article"):
            return None
        owner = self.starts.get(j + 2)
        low = view.lows[j + 2]
        inside = owner is None and "-" in low and low.endswith(self.mission_words)
        if inside:
            # "die Minusma, die UN-Mission in Mali": the owner inside the compound
            owner = next((o for o in self.partials.get(j + 2, ()) if o.tok == j + 2), None)
        if owner is None or owner.key == m.key or not owner.entry or owner.state or \
                self.res.kind(owner.key) != "Organization":
            return None
        if inside:
            return owner
        i = owner.tok_end
        while i < min(b, owner.tok_end + 3) and (view.is_lower_word(i) or "-" in view.lows[i]):
            if view.lows[i].endswith(self.mission_nouns):
                return owner
            i += 1
        return None

    def _mission_head(self, m: Mention) -> int | None:
        """The word "mission"/"force" right before a mission's name (over a comma)."""
        view = self.view
        j = m.tok - 1
        if j > 1 and view.texts[j] == ",":
            j -= 1
        if j < 2 or "-" in view.lows[j] or not view.lows[j].endswith(self.mission_nouns):
            return None
        return j

    def state_bodies(self, k: int) -> None:
        """"China's Central Military Commission", "Russia's Wagner Group": a body named
        with a state's genitive belongs to that state."""
        view = self.view
        for m in self.sentence_mentions(k):
            if m.partial or not m.key or self.res.kind(m.key) != "Organization" or \
                    m.org_class in ("institute", "company", "party") or m.tok == 0 or \
                    view.texts[m.tok - 1] not in _GENITIVE_MARKS:
                continue
            words = [w for w in m.text.split() if w.isalpha()]
            if not words or not all(w[:1].isupper() for w in words):
                continue  # "Pakistan's army": a common noun, no body of its own name
            owner = self.ends.get(m.tok - 1)
            if len(words) < 2 and (owner is None or self.res.kind(owner.key) == "State"):
                continue  # "Russia's Navy": one word names no body of a state's own
            if owner is not None and not owner.partial and \
                    self.res.kind(owner.key) == "State" and owner.key != m.key:
                self.emit(m.key, "affiliatedWith", owner.key, k, (m.tok,), "compound")
                if owner.key:
                    self.genitive_bodies.setdefault(m.key, owner.key)
            elif owner is not None and not owner.partial and joinable(owner) and \
                    self.res.kind(owner.key) == "Organization" and owner.key != m.key:
                # "NATO's Resolute Support mission": the alliance's own body
                self.emit(m.key, "affiliatedWith", owner.key, k, (m.tok,), "compound")

    def institution_officials(self) -> None:
        """An official of a state's institution ("a spokesman for the Hungarian Defence
        Ministry") holds an office of that state as well."""
        owner: dict[str, str] = dict(self.res.state_bodies)  # "Pentagon-Sprecher X"
        for m in self.res.mentions:
            if m.key and self.res.kind(m.key) == "Organization" and m.state:
                state = self.res.state_key(m)
                if state:
                    owner.setdefault(m.key, state)
        for body, state in self.genitive_bodies.items():
            owner.setdefault(body, state)  # "the secretary of Russia's Security Council"
        for r in list(self.out):
            if r.predicate in ("leaderOf", "officialOf") and r.object in owner and \
                    self.res.kind(r.subject) == "Person":
                self.out.append(replace(r, predicate="officialOf", object=owner[r.object]))

    # ------------------------------------------------------------------ roles

    def _titled_next(self, p: Mention, b: int) -> bool:
        """The list item after ``p`` brings its own title ("Malis Übergangspräsident A,
        Traoré und Nigers Juntachef B"): ``p`` shares no office with the one before."""
        view = self.view
        j = p.tok_end
        if j >= b or not (view.has(j, "coord") or view.texts[j] == ","):
            return False
        for x in range(j + 1, min(b, j + 5)):
            if any(view.phrase(x, cat) is not None for cat in ("role_leader", "role_official")):
                return True
            if (m := self.starts.get(x)) is not None and self.res.kind(m.key) == "Person":
                return False
        return False

    def role_of(self, p: Mention, a: int, b: int) -> tuple[int, str] | None:
        """(role token, category) for a person: the role before the name, or an
        apposition role after it ("X, nordkoreanischer Außenminister")."""
        before = self._role_before(p, a, b)
        if before is not None and before[1] == "role_expert":
            # "Der Politiker X, bis dahin Vizechef der Partei Y": the office says more
            after = self._role_after(p, b)
            if after is not None and after[1] != "role_expert":
                return self._deputy(after)
        role = before if before is not None else self._role_after(p, b)
        if role is None:
            role = self._installed_as(p, b)
        return self._deputy(role) if role is not None else None

    def _installed_as(self, p: Mention, b: int) -> tuple[int, str] | None:
        """"X was sworn in as president", "X wurde am Mittwoch als Präsident vereidigt", "X
        was elected as South Korea's president": the office a verb of installing gives the
        person named right before it."""
        view = self.view
        k = next((i for i in range(p.tok_end, min(b, p.tok_end + 7))
                  if view.lows[i] in self.as_words), None)
        if k is None or any(not view.texts[i][:1].isalnum() or i in self.starts
                            for i in range(p.tok_end, k)):
            return None  # "X, ... as": another clause or another name between
        r = k + 1
        while r < b and r - k < 5 and (view.lows[r] in _ARTICLES or view.texts[r] in
                                       _GENITIVE_MARKS or r in self.starts):
            m = self.starts.get(r)
            r = m.tok_end if m is not None else r + 1
        cat = _role_category(view, r) if r < b else None
        if cat not in ("role_leader", "role_official"):
            return None
        # the verb of installing, before the office or after it ("als Präsident vereidigt")
        if any(view.lows[i] in self.install_verbs for i in range(p.tok_end, k)) or any(
                view.lows[i] in self.install_verbs for i in range(r + 1, min(b, r + 6))):
            return r, cat
        return None

    def _former(self, r: int, a: int) -> bool:
        """The role at ``r`` is a former one ("Ex-Präsident", "former President", "der
        frühere Regierungschef")."""
        view = self.view
        if view.lows[r].startswith(("ex-", "former-")):
            return True
        return any(view.has(i, "former") or view.lows[i] in ("ex-", "former-")
                   for i in range(max(a, r - 3), r))

    def _headed_org(self, r: int, p: Mention) -> Mention | None:
        """The organization a head word right before a name is compounded with ("OFAC
        director", "Frontex-Direktor"), not a deputy's."""
        view = self.view
        if r >= p.tok or not view.has(r, "head_expert") or r > 0 and view.has(r - 1, "deputy"):
            return None
        org = next((m for m in self.partials.get(r, ()) if self.res.kind(m.key) == "Organization"),
                   None) or self.ends.get(r)
        if org is None or self.res.kind(org.key) != "Organization":
            return None
        return org

    def _deputy(self, role: tuple[int, str]) -> tuple[int, str]:
        """A deputy leads nothing: "Australia's deputy prime minister", "Vize-Regierungschef"
        hold an office (officialOf)."""
        r, cat = role
        view = self.view
        if cat == "role_leader" and (r > 0 and view.has(r - 1, "deputy")
                                     or view.lows[r].startswith(self.deputy_prefixes)):
            return r, "role_official"
        return role

    def _role_before(self, p: Mention, a: int, b: int) -> tuple[int, str] | None:
        """The role before a person's name ("Außenminister X", "the minister, X,")."""
        view = self.view
        if p.role >= 0:
            cat = _role_category(view, p.role)
            if not cat:
                return None
            r = p.role
            longer = view.phrase_ending(r + 1, "role_leader")
            if longer is not None and longer[0] < r:
                r, cat = longer[0], "role_leader"  # "Hungary's prime minister, X"
            if view.has(r, "title"):
                # "Sudan's army chief Gen. X", "Brig. Gen. X": the office before the rank
                j = r
                while j > a and view.has(j - 1, "title"):
                    j -= 1
                hits = [(hit[0], c) for c in ("role_leader", "role_official")
                        if (hit := view.phrase_ending(j, c)) is not None]
                if hits:
                    r, cat = min(hits, key=lambda h: h[0])
            return self._office_before(r, a) or self._first_role(r, cat, a)
        j = p.tok
        while j > a and view.has(j - 1, "title"):
            j -= 1
        for end in (j, p.tok) if j < p.tok else (j,):
            # "Katars Außenminister Scheich X": the role before the titles; "Crown Prince X":
            # the title word ends the role phrase. The longest phrase wins ("EU foreign
            # policy chief": an official, not a "chief")
            hits = [(hit[0], cat) for cat in ("role_leader", "role_official", "role_expert")
                    if (hit := view.phrase_ending(end, cat)) is not None]
            if end < p.tok:
                # "Sudan's army chief Gen X": not a phrase that opens inside a name
                # ("army chief" in "Sudan's army"), the office after that name
                free = [h for h in hits if not any(
                    m.tok <= h[0] < m.tok_end for m in self.sentence_mentions(
                        view.sent_of[p.tok]) if not m.partial)]
                hits = free or hits
            if hits:
                r, cat = min(hits, key=lambda h: h[0])
                return self._office_before(r, a) or self._first_role(r, cat, a)
        if j - 1 > a and view.texts[j - 1] in (",", "–", "—", ":") and (
                p.tok_end >= b or view.texts[p.tok_end] in (",", ".", ";")
                or view.has(p.tok_end, "coord")):
            # "Russia's defence minister, Andrei Belousov, said"
            end = j - 1
            pair = view.phrase_ending(end, "pair_anaphor")
            if pair is not None:
                end = pair[0]  # "Die Außenminister beider Länder, A und B": the pair's
            for cat in ("role_leader", "role_official", "role_expert"):
                hit = view.phrase_ending(end, cat)
                if hit is not None:
                    return self._first_role(hit[0], cat, a)
            posted = self.ends.get(end)
            q = posted.tok - 1 if posted is not None else a
            while q > a and view.lows[q] in _ARTICLES:
                q -= 1
            if q > a and view.has(q, "locprep"):
                # "der saudische Botschafter in den USA, X": the envoy's post, then his name
                hit = view.phrase_ending(q, "role_official")
                if hit is not None and view.phrase(hit[0], "posted_role") is not None:
                    return self._first_role(hit[0], "role_official", a)
            for f in range(j - 2, max(a, j - 6), -1):
                # "Ruandas Staatsminister für regionale Integration, James Kabarebe"
                if view.lows[f] in ("für", "for") and all(
                        view.texts[x].isalpha() and x not in self.starts for x in range(f, j - 1)):
                    for cat in ("role_leader", "role_official"):
                        hit = view.phrase_ending(f, cat)
                        if hit is not None:
                            return self._first_role(hit[0], cat, a)
            return self._role_of_owner(j - 1, a)
        return None

    def _office_before(self, rank: int, a: int) -> tuple[int, str] | None:
        """The office named before a comma ahead of the rank at ``rank``: "A spokesman for
        the X, Colonel Y", "Der Generalstabschef der Streitkräfte, General Y" (the rank says
        less)."""
        view = self.view
        if rank - 2 > a and view.texts[rank - 2] == "," and view.is_cap(rank - 1) and \
                view.texts[rank - 1].isalpha() and rank - 1 not in self.starts:
            rank -= 1  # "Myanmar's junta leader, Senior General X": a two-word rank
        if rank - 1 > a and view.texts[rank - 1] == ",":
            for cat in ("role_leader", "role_official"):
                hit = view.phrase_ending(rank - 1, cat)
                if hit is not None:
                    return self._first_role(hit[0], cat, a)  # "..., junta leader, General X"
            return self._role_of_owner(rank - 1, a)
        return None

    def _role_of_owner(self, comma: int, a: int) -> tuple[int, str] | None:
        """"Der Chef der russischen Armee, X", "the head of Pakistan's navy, X": the role
        before the owner named before the comma."""
        view = self.view
        if comma - 3 > a and view.texts[comma - 1] == ")" and view.texts[comma - 3] == "(":
            comma -= 3  # "der ugandischen Streitkräfte (UPDF), Brigadegeneral X": the name
        owner = self.ends.get(comma)
        if owner is None and comma - 1 > a and (view.has(comma - 1, "armed_forces")
                                                or view.has(comma - 1, "org_head")):
            owner = self.ends.get(comma - 1)  # "der philippinischen Streitkräfte"
        if (owner is None or self.res.kind(owner.key) not in _ACTOR_KINDS) and comma - 4 > a \
                and view.lows[comma - 2] in ("in", "im", "for", "für"):
            # "Der Kommandeur der französischen Streitkräfte in Afrika, Generalmajor X": the
            # owner before the place the office covers
            inner = self.ends.get(comma - 2)
            if inner is None and view.has(comma - 3, "armed_forces"):
                inner = self.ends.get(comma - 3)
            owner = inner if inner is not None else owner
        if owner is None or self.res.kind(owner.key) not in _ACTOR_KINDS:
            return None
        if self.res.kind(owner.key) == "State":
            # "Die Verteidigungsminister der Türkei, Rumäniens und Bulgariens – A, B und C"
            owner = self._list_start(owner, a, "State")
        i = owner.tok - 1
        if i > a and view.texts[i] in _GENITIVE_MARKS:
            i -= 1
        opener = self.ends.get(i + 1)
        if opener is not None and opener is not owner and self.res.kind(owner.key) == \
                "Organization" and self.res.kind(opener.key) == "State":
            i = opener.tok - 1  # "The head of US Southern Command, General X"
        else:
            i = owner.tok - 1
        preps = ("of", "von", "vom", "for", "für")
        if i <= a or view.lows[i] not in _ARTICLES and view.lows[i] not in preps:
            return None
        while i > a and (view.lows[i] in _ARTICLES or view.lows[i] in preps):
            i -= 1
        for cat in ("role_leader", "role_official"):
            hit = view.phrase_ending(i + 1, cat)
            if hit is not None:
                return self._first_role(hit[0], cat, a)
        return None

    def _role_after(self, p: Mention, b: int) -> tuple[int, str] | None:
        """An apposition role after a person's name ("X, nordkoreanischer Außenminister")."""
        view = self.view
        j = p.tok_end
        # "X, nordkoreanischer Außenminister", "recognises X as Venezuela's president"
        if j < b and (view.texts[j] == "," or view.lows[j] in ("as", "als")):
            if j + 1 < b and view.lows[j + 1] in self.copulas:
                return None  # "Austin, who met President Ruto, is the first US secretary"
            for r in range(j + 1, min(b, j + 6)):
                cat = _role_category(view, r)
                if cat:
                    end = r + 1
                    while end < b and (_role_category(view, end) or view.has(end, "title")):
                        end += 1
                    nxt = self.starts.get(end)
                    if nxt is not None and self.res.kind(nxt.key) == "Person":
                        return None  # ", then-British Prime Minister Boris Johnson"
                    return r, cat
                if view.texts[r] in (",", ";", "."):
                    break
        return None

    def _first_role(self, r: int, cat: str, a: int) -> tuple[int, str]:
        """The first of two roles in apposition ("Pakistans Armeechef, Feldmarschall Asim
        Munir"): its owner is the one named."""
        view = self.view
        rank = view.phrase_ending(r + 1, "military_rank")
        if rank is not None and a < rank[0] < r:
            r = rank[0]  # "ISI chief Lieutenant General X": the rank as a whole
        if r - 1 > a and view.texts[r - 1] == ",":
            for cat2 in ("role_leader", "role_official", "role_expert"):
                first = view.phrase_ending(r - 1, cat2)
                if first is not None:
                    return first[0], cat2
        if r > a and view.phrase(r, "military_rank") is not None:
            # "RSF commander General X", "Armeechef General X": the office before the rank
            for cat2 in ("role_leader", "role_official"):
                first = view.phrase_ending(r, cat2)
                if first is not None and first[0] < r:
                    return first[0], cat2
        if r - 1 > a and view.has(r - 1, "coord"):
            # "Bahrain's Crown Prince and Prime Minister, X": one person, two offices; the
            # owner stands before the first, and the higher office counts
            for cat2 in ("role_leader", "role_official"):
                first = view.phrase_ending(r - 1, cat2)
                if first is not None:
                    return first[0], "role_leader" if "role_leader" in (cat, cat2) else cat2
        return r, cat

    def _role_end(self, r: int, b: int) -> int:
        """Where the role words from ``r`` end, over whole phrases ("chief executive",
        "head of state") and further role words ("Defence Minister")."""
        view = self.view
        end = r
        while end < b:
            hit = view.phrase(end, "role_leader") or view.phrase(end, "role_official")
            if hit is not None:
                end = hit[0]
            elif end > r and _role_category(view, end):
                end += 1
            else:
                break
        return max(end, r + 1)

    def _founder(self, p: Mention, org: str, k: int, r: int, rule: str) -> None:
        """"Wagner-Gründer X", "Wagner founder X": a founder also belongs to what he
        founded (the role word at ``r`` says founder)."""
        if self.view.lows[r].endswith(self.founder_words) and \
                self.res.kind(org) == "Organization":
            self.emit(p.key, "affiliatedWith", org, k, (r, p.tok), rule, Modal())

    def armed_body(self, m: Mention) -> bool:
        """An army or armed force by its class or its words ("die libanesische Armee",
        "Uganda People's Defence Forces")."""
        return self.res.kind(m.key) == "Organization" and (
            m.org_class in ARMED_GROUP_CLASSES or self._armed_words(m))

    def _armed_words(self, m: Mention) -> bool:
        """A name with an armed-forces word in it ("Armee", "Defence Forces")."""
        return any(self.view.has(i, "armed_forces") for i in range(m.tok, m.tok_end))

    def _army_named_last(self, r: int, a: int) -> Mention | None:
        """"Armeesprecher X", "army spokesman X": a spokesman of the army the text named
        last (within a few sentences), not of any state it names."""
        view = self.view
        low = view.lows[r]
        prefixed = low.startswith(self.army_prefixes) or (
            r > a and view.is_lower_word(r - 1) and view.has(r - 1, "armed_forces"))
        if not prefixed:
            return None
        # "Pakistans Armeechef": only an army the text gives that state
        owner = self.ends.get(r - 1 if r > a and view.texts[r - 1] in _GENITIVE_MARKS else r)
        state = owner.key if owner is not None and self.res.kind(owner.key) == "State" \
            else None
        k = view.sent_of[r]
        for m in reversed(self.res.mentions):
            if m.tok >= r or m.partial:
                continue
            if k - view.sent_of[m.tok] > 4:
                return None
            if self.res.kind(m.key) == "Organization" and self._armed_words(m) and \
                    m.org_class not in _OTHER_SERVICES and (
                        state is None or state in self._org_states()[0].get(m.key or "", ())):
                return m  # (not "die pakistanische Marine" for "Armeechef X")
        return None

    def role_target(self, r: int, p: Mention, a: int, b: int) -> Mention | None:
        """The state or organization a role at token ``r`` belongs to."""
        view = self.view
        if view.phrase(r, "posted_role") is not None:
            # "Nordkoreas UN-Botschafter X", "North Korea's UN ambassador": the state that
            # sends the envoy, not the body he is posted to
            for i in range(max(a, r - 4), r):
                m = self.starts.get(i)
                if m is not None and self.res.kind(m.key) == "State" and (
                        m.form in ("inflected", "demonym_adj") or m.tok_end < b
                        and view.texts[m.tok_end] in _GENITIVE_MARKS):
                    return m
        for m in self.partials.get(r, ()):
            if self.res.kind(m.key) in _ACTOR_KINDS:
                return m
        army = self._army_named_last(r, a)
        if army is not None:
            return army
        start = r
        phrase_start = view.phrase_ending(r + 1, "role_leader") or view.phrase_ending(
            r + 1, "role_official")
        if phrase_start is not None:
            start = min(start, phrase_start[0])
        before = self.mention_before(start, a, skip_adjectives=2)
        if before is None:
            # "India's External Affairs Minister": capitalized words of the office after
            # the owner's genitive
            j = start
            while j - 1 > a and start - j < 3 and view.is_cap(j - 1) and \
                    view.texts[j - 1].isalpha() and j not in self.ends:
                j -= 1
            if j < start and view.texts[j - 1] in _GENITIVE_MARKS:
                before = self.ends.get(j - 1)
            elif start - 3 > a and view.texts[start - 3] in _GENITIVE_MARKS and \
                    self._portfolio_pair(range(start - 3, start)):
                before = self.ends.get(start - 3)  # "Mali's economy and finance minister"
            elif j < start and (owner := self.ends.get(j)) is not None and \
                    self.res.kind(owner.key) == "State" and \
                    owner.form in ("demonym_adj", "abbrev"):
                # "der saudische Nationale Sicherheitsberater X", "US Homeland Security
                # Secretary X": the office's capitalized words after a demonym or an
                # abbreviated state
                return owner
        if before is not None and before.tok_end < start:
            between = range(before.tok_end, start)
            genitive = all(view.texts[i] in _GENITIVE_MARKS or view.has(i, "then_prefix")
                           for i in between) or (
                # "India's External Affairs Minister": the office's own capitalized words
                view.texts[between[0]] in _GENITIVE_MARKS and len(between) <= 4 and all(
                    view.is_cap(i) and view.texts[i].isalpha() and i not in self.starts
                    for i in between[1:])) or (
                # "Eritrea's information minister": the portfolio's plain words
                view.texts[between[0]] in _GENITIVE_MARKS and len(between) <= 3 and all(
                    view.has(i, "role_modifier") or view.is_lower_word(i)
                    and view.lows[i] not in self.stop_words and not view.cues(i)
                    for i in between[1:])) or self._portfolio_pair(between)
            adjectives = before.form in ("demonym_adj", "inflected") and all(
                view.lows[i] not in self.stop_words and not view.cues(i)
                or view.has(i, "then_prefix") for i in between)
            # "Houthi military spokesman X", "NATO senior official Y"
            modifiers = before.form != "government" and all(
                view.has(i, "role_modifier") for i in between)
            if not (genitive or adjectives or modifiers):
                before = None  # "... Republic to support President X": not his state
        if start - 2 > a and view.has(start - 1, "possessive") and view.has(start - 2, "coord"):
            # "The RSF and its commander, X", "die Hamas und ihr Anführer X"
            owner = self.ends.get(start - 2)
            if owner is not None and self.res.kind(owner.key) in _ACTOR_KINDS:
                return owner
        if start - 1 > a and view.has(start - 1, "possessive"):
            # "für die RSF deren Vizekommandeur X": the owner right before the possessive
            owner = self.ends.get(start - 1)
            if owner is not None and self.res.kind(owner.key) in _ACTOR_KINDS:
                return owner
        if before is None and start > a:
            # "the alliance's secretary general": the alliance last named
            j = start - 1
            if view.texts[j] in _GENITIVE_MARKS:
                j -= 1
            if j >= a and view.has(j, "alliance_org_anaphor"):
                anaphor = self._alliance_anaphor(j - 1, b)
                if anaphor is not None:
                    return anaphor
        if before is not None and view.lex.lang == "de" and before.tok_end == start and \
                before.form == "name" and self.res.kind(before.key) == "Organization":
            before = None  # "setzte das US-Finanzministerium Präsident X auf ...": German
            # joins an owner to its office in one word or by the genitive, not side by side
        if before is not None and self.res.kind(before.key) in _ACTOR_KINDS:
            if before.tok_end == start or self.view.texts[before.tok_end] in _GENITIVE_MARKS \
                    or before.form != "government":
                if not (before.form == "government" and view.lows[start - 1] not in ("von", "of")
                        and view.texts[start - 1] not in _GENITIVE_MARKS
                        and not (before.tok_end == start and view.has(r, "role_official"))):
                    return before  # "the junta's spokesman": the genitive owns the office
        end_role = self._role_end(r, b)
        after = None
        j = end_role
        ranked = r < p.tok and j <= p.tok and view.has(r, "military_rank") and all(
            view.has(i, "title") for i in range(j, p.tok))
        if ranked:
            j = p.tok_end  # "Brig. Gen. X of Nigeria's army": the rank's body after the name
        if j < b and view.lows[j] in ("von", "vom", "of", "der", "des", "the", "for", "für"):
            # "spokesman for the Armed Forces of the Philippines"
            after = self.mention_after(j + 1 if view.lows[j] in ("von", "of", "for", "für")
                                       else j, b)
            if after is not None and self._participle_agent(after, led=True):
                # "Präsident der nur von der Türkei anerkannten „Türkischen Republik
                # Nordzypern“": the noun the participle describes, not its agent
                after = self.mention_after(after.tok_end + 1, b)
        elif j < b:
            gen = self.starts.get(j)
            if gen is not None and gen.form == "inflected" and gen is not p:
                after = gen
        if after is not None and self.res.kind(after.key) == "State" and after.form != "government":
            # "head of US Southern Command", "chief of Russia's Pacific Fleet": the body the
            # state's name opens
            j = after.tok_end + (after.tok_end < b and view.texts[after.tok_end] in _GENITIVE_MARKS)
            body = self.starts.get(j)
            if body is not None and self.res.kind(body.key) == "Organization":
                after = body
        if after is not None and after is not p and self.res.kind(after.key) in _ACTOR_KINDS:
            if after.tok < p.tok or r > p.tok or ranked:
                return after
        # "die Militärjunta von Übergangspräsident X"
        if r >= 2 and view.lows[r - 1] in ("von", "of"):
            gov = self.ends.get(r - 1)
            if gov is not None and gov.form == "government":
                return gov
        return None

    def roles(self, k: int, a: int, b: int) -> None:
        """leaderOf / officialOf for every person with a role."""
        view = self.view
        persons = [m for m in self.sentence_mentions(k) if self.res.kind(m.key) == "Person"
                   and not m.partial]
        by_role: dict[int, list[Mention]] = {}
        targets: dict[int, str | None] = {}
        prev_target: tuple[Mention, str, str] | None = None
        prev_role: tuple[Mention, tuple[int, str]] | None = None
        last_cat: tuple[int, str] | None = None
        # "die drei Militärmachthaber: Burkinas Hauptmann X, Malis General Y": a list under a
        # leaders' title lists leaders, whatever rank each one holds
        leaders_from = next((c for c in range(a + 1, b) if view.texts[c] == ":" and
                             view.phrase_ending(c, "role_leader") is not None), None)
        for p in persons:
            role = self.role_of(p, a, b)
            if role is not None and leaders_from is not None and role[0] > leaders_from and \
                    role[1] == "role_official":
                role = (role[0], "role_leader")
            if role is None and prev_role is not None and _coordinated(view, prev_role[0], p,
                                                                       strict=True) and \
                    not self._clause_after_comma(prev_role[0], p, b) and \
                    not self._titled_next(p, b):
                role = prev_role[1]  # "Staats- und Regierungschefs A und B"
            prev_role = (p, role) if role is not None else None
            if role is None:
                state = self._genitive_owner(p, a)
                office = self.res.known_roles.get(p.key or "")
                if state is not None:
                    # "Croatia's Ivan Anušić", "Kroatiens Ivan Anušić": he speaks for it;
                    # "Nigeria's Bola Tinubu" leads it, as the gazetteer knows the office
                    said = "leaderOf" if office == ("leader", state) else "officialOf"
                    self.emit(p.key, said, state, k, (p.tok,), "owner-name", Modal())
                elif office is not None and office[0] == "leader" and p.tok - 2 > a and \
                        view.lows[p.tok - 1] in ("of", "von") and \
                        view.has(p.tok - 2, "gov") and office[1] in self.res.entities:
                    # "the government of Nicolás Maduro": the text says he heads a
                    # government; the gazetteer says which state's
                    state = office[1]
                    self.emit(p.key, "leaderOf", state, k, (p.tok - 2, p.tok), "role-known",
                              Modal())
                bare = self.bare_titled.get(p.key or "")
                if state is None and bare and p.key not in self.person_targets:
                    # "Secretary of State Mike Pompeo ... Pompeo said Washington would ...":
                    # a bare title earlier, the state he speaks of now
                    state = self._own_state_said(p, p.tok, a, b)
                    if state is not None and p.key:
                        self.emit(p.key, "leaderOf" if bare == "role_leader" else "officialOf",
                                  state, k, (p.tok,), "role-said", Modal())
                        self.person_targets.setdefault(p.key, state)
                prev_target = None
                last_cat = None  # "A und sein Amtskollege B": A's office is not said here
                continue
            r, cat = role
            if cat == "role_leader" and r > a and \
                    view.lows[r - 1] in view.lex.word_set("department_modifier"):
                cat = "role_official"  # "the UN's peacekeeping chief": one department's head
            if self._former(r, a):
                # "Ex-Regierungschef Robert Fico", "former President X": an office no longer
                # held is no relation now
                prev_target, last_cat = None, None
                continue
            if view.has(r, "counterpart"):
                # "Prime Minister A and his counterpart B": the office of the title just before
                if last_cat is not None and (r - last_cat[0] <= _COUNTERPART_REACH or (
                        r - last_cat[0] <= _COUNTERPART_FAR and self._no_other_name(
                            k, last_cat[0], r))):
                    cat = last_cat[1]
                elif last_cat is None and self.sentence_cat is not None and \
                        self.sentence_cat[0] == k - 1 and r - a <= 4:
                    # "Prime Minister X hailed the deal. His British counterpart Y said ...":
                    # the office of the sentence before, when this one opens with the word
                    cat = self.sentence_cat[1]
            elif cat != "role_expert":
                last_cat = (r, cat)
                self.sentence_cat = (k, cat)
            if cat == "role_expert":
                head = self._headed_org(r, p)
                if head is not None and head.key and p.key:
                    # "OFAC director Andrea Gacki", "Frontex-Direktor X": he heads the body
                    self.emit(p.key, "leaderOf", head.key, k, (r, p.tok), "role", Modal())
                    self._founder(p, head.key, k, r, "role")
                elif head is None and p.key and view.has(r, "head_expert"):
                    body = self._demonym_body(r, b)
                    if body is not None:
                        # "Leiter des ägyptischen Informationsdienstes": he heads a body of
                        # the state the demonym names, so he serves that state
                        self.emit(p.key, "officialOf", body, k, (r, p.tok), "role", Modal())
                continue
            target = self.role_target(r, p, a, b) or self._whose_role(r, a)
            appositive = False
            # "die Verteidigungsminister der drei Nato-Staaten, A, B und C": each the
            # minister of one of the states listed before, in order
            owners_listed = self._group_owner(r, b)
            if target is None:
                # "General Laura Richardson, the head of US Southern Command": a bare rank
                # before the name, the office in apposition after it
                after_role = self._role_after(p, b)
                if after_role is not None and after_role[0] != r and \
                        after_role[1] != "role_expert" and \
                        self._apposition_end(after_role[0], b) is not None:
                    target2 = self.role_target(after_role[0], p, a, b)
                    if target2 is not None:
                        (r, cat), target = self._deputy(after_role), target2
                        appositive = True
                        nxt = self._role_end(r, b)
                        if self.res.kind(target2.key) == "State" and nxt < b and \
                                view.lows[nxt] in ("of", "der", "des"):
                            # "Uganda's Chief of Defence Forces": an office of the state
                            cat = "role_official"
            pred = "leaderOf" if cat == "role_leader" else "officialOf"
            if pred == "leaderOf" and target is not None and \
                    self._demonym_body(r, b) == target.key:
                pred = "officialOf"  # "Chef der ägyptischen Delegation": a body's head
            if target is not None and view.has(r, "commander") and not target.state and \
                    not view.lows[r].startswith(self.deputy_prefixes) and \
                    not self._sub_command(r, a, b) and \
                    self.res.kind(target.key) == "Organization" and not _state_body_entry(target):
                # "the RSF and its commander, X": the force's own head; a state's own command
                # ("Africom-Kommandeur X") has him as an official, as the Luftwaffe's inspector
                pred = "leaderOf"
            if pred == "officialOf" and target is not None and self.armed_body(target) and (
                    view.phrase(r, "force_chief") or view.phrase_ending(r + 1, "force_chief")):
                pred = "leaderOf"  # "Armeechef X" after "die libanesische Armee": its head
            key = self.actor_key(target, institutions_as_state=True)
            if target is not None and target.form == "government" and \
                    target.tok_end - target.tok == 1 and not self._may_serve(p, key or ""):
                # "der Regierung von Präsident Erdoğan" in a story about Libya: a bare
                # "Regierung" is his known state's, not the one the story dwells on
                known = self._known_role_state(p, cat, k, r)
                key = known if known and known in self.res.entities else None
                target = None if key else target
            if target is not None and self.res.kind(key) == "State" and r < target.tok and \
                    len([x for x in self.coordinated_actors(target.tok, b)
                         if self.res.kind(x) == "State"]) > 1:
                # "die Außenminister Kongos und Ruandas, X und Y": each owns one, in order
                key = None
                owners_listed = True
            elif target is not None and target.form == "demonym_adj" and target.tok < r and \
                    self.res.kind(key) == "State" and len(
                        [x for x in self.coordination_ending(target, a)
                         if self.res.kind(x) == "State"]) > 1:
                # "his Pakistani and Afghan counterparts, Ishaq Dar and Amir Khan Muttaqi"
                key = None
                owners_listed = True
            rule = "role"
            if pred == "leaderOf" and target is not None and key != target.key:
                # "Pakistan's army chief X", "Chef des russischen Generalstabs": he leads the
                # institution and is an official, not the leader, of its state
                self.emit(p.key, pred, target.key, k, (r, p.tok), rule, Modal())
                pred = "officialOf"
            elif target is not None and key != target.key and \
                    self.res.kind(target.key) == "Organization":
                # "Die Sprecherin des iranischen Außenministeriums, X": an official of the
                # ministry and, through it, of its state
                self.emit(p.key, pred, target.key, k, (r, p.tok), rule, Modal())
            # the role word or a phrase over it ("Secretary of War")
            implied = next((hit[1] for i in range(max(a, r - 3), r + 1)
                            if (hit := view.phrase(i, "implied_state")) and hit[0] > r
                            # not "Secretary of State for Defence" (a British office)
                            and not (hit[0] < b and view.lows[hit[0]] in ("for", "für"))),
                           None)
            # "Bundeskanzler" is Germany's or Austria's: the one the text names
            implied = next((q for q in (implied or "").split()
                            if f"wd:{q}" in self.res.entities), None)
            if implied and (
                    key is None or target is not None and target.form == "government"):
                # "Bundeskanzler" names its state, also in "die Regierung von Bundeskanzler X"
                key = f"wd:{implied}"
            if key is None:
                owner = self.bracketed(p, b)
                if owner is not None and self.res.kind(owner.key) == "State":
                    key = owner.key  # "die Juntachefs Assimi Goïta (Mali), Ibrahim Traoré (...)"
            if key is None:
                key = self._known_role_state(p, cat, k, r)
                rule = "role-known" if key else rule
            if key is None:
                key = self._apposition_owner(p, b)
            if key is None and cat == "role_official":
                key = self._said_in_capital(p, b)
            if key is None:
                key = self._own_state_said(p, r, a, b)
                rule = "role-said" if key else rule
            if key is None and cat in ("role_leader", "role_official"):
                key = self._country_anaphor_owner(r, b)
                rule = "role-anaphor" if key else rule
            if key is None and cat in ("role_leader", "role_official"):
                key = self._government_before(p, k, a, b)
                rule = "role-said" if key else rule
            if key is None and cat in ("role_leader", "role_official"):
                key = self._counterpart_other(p, b)
                rule = "role-side" if key else rule
            if key is None and cat == "role_official":
                key = self._possessor_state(p, r, k, a)
                rule = "role-anaphor" if key else rule
            if key is None and cat in ("role_leader", "role_official"):
                key = self._delegation_state(p, k) or self._junta_compound_state(r)
                rule = "role-side" if key else rule
            if key is None and prev_target is not None and not owners_listed and _coordinated(
                    view, prev_target[0], p) and not self._owner_named(r, b) and \
                    not self._unknown_owner_before(r, p) and \
                    self._may_serve(p, prev_target[1]):
                key, rule = prev_target[1], "role-coordinated"
            by_role.setdefault(r, []).append(p)
            targets[id(p)] = key
            if key is None and p.key and cat in ("role_leader", "role_official"):
                self.bare_titled.setdefault(p.key, cat)
                self.bare_title_at.setdefault(p.key, (k, r, p.tok))
            if key is not None and target is not None and target.form == "government" and \
                    target.tok < r and any(view.lows[i] in view.lex.word_set("expel_verb")
                                           for i in range(clause_bounds(view, r, k)[0], r)):
                # "wies die irakische Regierung Botschafterin X aus": the government expels
                # an envoy of another state
                key = None
            if key is not None and pred == "leaderOf" and self.res.kind(key) == "State" and \
                    view.lows[r] in view.lex.word_set("force_chief"):
                pred = "officialOf"  # "Ukraine's commander-in-chief": he leads its army
            if key is not None:
                self.emit(p.key, pred, key, k, (r, p.tok), rule, Modal())
                self._founder(p, key, k, r, rule)
                if p.key:
                    self.person_targets.setdefault(p.key, key)
                prev_target = (p, key, pred)
                # "X, head of Kyrgyzstan's State Committee ...": the body's state as well
                state = self._apposition_owner(p, b) if appositive or r > p.tok and (
                    target is not None and self.res.kind(target.key) == "Organization") else None
                if state is not None and state != key:
                    # "..., deputy head of the Office ... at China's Central Military
                    # Commission": an official of the state as well
                    self.emit(p.key, "officialOf", state, k, (r, p.tok), rule, Modal())
            else:
                prev_target = None
            command = self._office_before_apposition(p, r, a, b)
            if command is not None:
                self.emit(p.key, command[1], command[0], k, (command[2], p.tok), "role",
                          Modal())
        # "Staats- und Regierungschefs A und B": pair with the states named in order.
        for r, group in by_role.items():
            if len(group) < 2 or all(targets.get(id(p)) for p in group):
                continue
            pred = "leaderOf" if _role_category(view, r) == "role_leader" else "officialOf"
            states = self._ordered_states(k, len(group))
            # a name the gazetteer knows may have its state already: it must fit the order
            if states and all(targets.get(id(p)) in (None, s)
                              for p, s in zip(group, states, strict=True)):
                for p, s in zip(group, states, strict=True):
                    if targets.get(id(p)):
                        continue
                    self.emit(p.key, pred, s, k, (r, p.tok), "role-paired", Modal())
                    if p.key:
                        self.person_targets.setdefault(p.key, s)
                    targets[id(p)] = s
        # "India's Ministry of External Affairs said ... spokesperson Randhir Jaiswal": an
        # official with no state in his title speaks for the one ministry named next to him
        # (a guess from the story's main state was measured: more wrong than right)
        assigned = [v for v in targets.values() if v]
        for r, group in by_role.items():
            if _role_category(view, r) != "role_official":
                continue
            for p in group:
                if targets.get(id(p)) is None and p.key and p.tok_end - p.tok >= 2:
                    state = self._body_state_near(k, assigned)
                    if state is not None:
                        self.emit(p.key, "officialOf", state, k, (r, p.tok), "role-ministry",
                                  Modal())
                        self.person_targets.setdefault(p.key, state)
                        targets[id(p)] = state

    def role_anaphors(self, k: int, a: int, b: int) -> None:
        """"Emmanuel Macron said ... The French president, who co-chairs the group, ...": a
        definite office with no name, opening its sentence, is held by the one person the
        sentence before names who can hold it (the gazetteer may only say which of two it
        is, never add a fact)."""
        view = self.view
        i = a + (a + 1 < b and not view.texts[a][:1].isalnum())  # after an opening quote
        if k == 0 or i >= b - 2 or not view.has(i, "def_article"):
            return
        m = self.starts.get(i + 1)
        if m is None or m.form != "demonym_adj" or self.res.kind(m.key) != "State" or \
                not m.key:
            return
        r = m.tok_end
        cat = _role_category(view, r)
        if cat not in ("role_leader", "role_official"):
            return
        end = self._role_end(r, b)
        nxt = self.mention_after(end + (end < b and view.texts[end] == ","), b, max_skip=0)
        if nxt is not None and self.res.kind(nxt.key) == "Person" and nxt.tok - end <= 1:
            return  # "the French president, Emmanuel Macron": the name follows
        state = m.key
        # someone the text already gave another tie (an analyst of an institute) is not it
        tied = {rel.subject for rel in self.out}
        candidates: list[str] = []
        for p in self.sentence_mentions(k - 1):
            if self.res.kind(p.key) != "Person" or not p.key or \
                    not any(w[:1].isupper() and not w.isupper() for w in p.text.split()):
                continue  # not an all-capitals word the name rules took for a person
            held = self.person_targets.get(p.key)
            known = self.res.known_roles.get(p.key)
            if held and held != state or known and known[1] != state or \
                    not known and p.key in tied and held != state:
                continue
            candidates.append(p.key)
        known_fit = [c for c in candidates if c in self.res.known_roles]
        pick = set(known_fit) if known_fit else set(candidates)
        if len(pick) == 1:
            person = pick.pop()
            self.emit(person, "leaderOf" if cat == "role_leader" else "officialOf", state,
                      k, (r,), "role-anaphor", Modal())
            self.person_targets.setdefault(person, state)

    def _unknown_owner_before(self, r: int, p: Mention) -> bool:
        """"Reagan and Soviet leader Mikhail Gorbachev": a capitalized word no mention
        explains opens the second title, so it names an owner of its own."""
        view = self.view
        start = r
        phrase = view.phrase_ending(r + 1, "role_leader") or view.phrase_ending(
            r + 1, "role_official")
        if phrase is not None:
            start = min(start, phrase[0])
        j = start - 1
        if 0 <= j < p.tok and _DEMONYM_LIKE.fullmatch(view.texts[j]) and j not in self.ends:
            return True  # "und der sowjetische Staatschef Michail Gorbatschow"
        return 0 <= j < p.tok and view.is_cap(j) and view.texts[j].isalpha() and \
            j not in self.ends and j not in self.partials and \
            not _role_category(view, j) and not view.has(j, "title") and \
            not view.has(j, "coord") and not view.has(j, "def_article") and \
            not view.has(j, "role_modifier") and not view.has(j, "then_prefix")

    def _clause_after_comma(self, first: Mention, p: Mention, b: int) -> bool:
        """"after a visit by Secretary of State Marco Rubio, Mulino announced": a comma that
        ends a phrase, not a list, stands between the two names."""
        view = self.view
        between = [view.texts[i] for i in range(first.tok_end, p.tok)]
        return between == [","] and p.tok_end < b and view.texts[p.tok_end] not in (
            ",", ")", "(") and not view.has(p.tok_end, "coord")

    def _may_serve(self, p: Mention, key: str) -> bool:
        """Whether ``p`` may hold an office of state ``key``: not when the gazetteer knows
        him as another state's man ("Kremlchef Putin und Machthaber Kim")."""
        known = self.res.role_states.get(p.key or "")
        return known is None or self.res.entry_keys.get(known, known) == key

    def _body_state_near(self, k: int, exclude: list[str]) -> str | None:
        """The one state whose ministry this or the previous sentence names ("India's
        Ministry of External Affairs said ... spokesperson X"), if there is just one."""
        states = {self.res.state_key(m) for j in (k - 1, k) for m in self.sentence_mentions(j)
                  if self.res.kind(m.key) == "Organization" and m.state
                  and m.org_class == "ministry"}
        states = {x for x in states if x and x not in exclude}
        return states.pop() if len(states) == 1 else None

    def _said_in_capital(self, p: Mention, b: int) -> str | None:
        """"Foreign ministry spokesperson Mao Ning said in Beijing": an official speaking
        in a capital speaks for its state."""
        view = self.view
        j = p.tok_end
        k = view.sent_of[p.tok]
        a = view.sents[k][0]
        while a < p.tok and not view.texts[a][:1].isalnum():
            a += 1  # an opening quote or dash
        if view.lows[a] in ("in", "im") and a + 1 < p.tok and p.tok - a <= 8 and any(
                view.has(i, "say_verb") for i in range(a + 2, b)):
            # "In Tokyo, the defence minister, Gen Nakatani, said", "In Tokio sagte
            # Verteidigungsminister X": the capital that opens the sentence
            m = self.starts.get(a + 1)
            if m is not None and not m.partial and m.form == "capital" and \
                    m.tok_end < p.tok:
                return self.res.state_key(m)
        if not (j + 2 < b and view.has(j, "say_verb") and view.lows[j + 1] in ("in", "im")):
            return None
        m = self.starts.get(j + 2)
        if m is None or m.partial or m.form != "capital":
            return None
        return self.res.state_key(m)

    def _office_before_apposition(self, p: Mention, r: int, a: int, b: int
                                  ) -> tuple[str, str, int] | None:
        """"Der KFOR-Kommandeur, der italienische Generalmajor X", "The UNIFIL commander,
        Italian Maj. Gen. X": the office an apposition before his rank names (key,
        predicate, role token); his rank gives him his state apart."""
        view = self.view
        i = r - 1
        while i > a and r - i <= 4 and view.texts[i] != ",":
            m = self.ends.get(i + 1)
            if m is not None and m.form == "demonym_adj":
                i = m.tok - 1
            elif view.lows[i] in _ARTICLES or view.is_lower_word(i) and \
                    view.lows[i] not in self.stop_words or view.has(i, "title") or \
                    view.has(i, "role_official") and i + 1 == r:
                i -= 1  # (a two-word rank: "Maj. Gen.")
            else:
                return None
        q = i - 1
        if q <= a or view.texts[i] != "," or q + 1 in self.ends:
            return None
        if not (view.has(q, "commander") or view.has(q, "role_leader")
                or view.has(q, "role_official")):
            return None
        target = self.role_target(q, p, a, b)
        if target is None or target.key is None or \
                self.res.kind(target.key) != "Organization" or _state_body_entry(target):
            return None
        leads = (view.has(q, "commander") or view.has(q, "role_leader")) and \
            not view.lows[q].startswith(self.deputy_prefixes)
        return target.key, "leaderOf" if leads else "officialOf", q

    def _counterpart_other(self, p: Mention, b: int) -> str | None:
        """"Verteidigungsminister A und sein rumänischer Kollege B", "Defence Minister A and
        his Romanian counterpart B": A holds the office in the state the text is about, which
        the counterpart's demonym rules out."""
        view = self.view
        j = p.tok_end
        if j + 3 >= b or not view.has(j, "coord") or not view.has(j + 1, "possessive"):
            return None
        other = self.starts.get(j + 2)
        if other is None or other.form != "demonym_adj" or \
                self.res.kind(other.key) != "State" or not view.has(other.tok_end, "counterpart"):
            return None
        state = self.res.salient_state(p.tok, exclude=[other.key or ""])
        return state if state and state != other.key else None

    def _sub_command(self, r: int, a: int, b: int) -> bool:
        """A commander below the head: a deputy ("der stellvertretende Kommandeur"), a field
        or regional one ("RSF-Feldkommandeur", "field commander"), or one of a region ("der
        RSF-Befehlshaber in Nord-Darfur")."""
        view = self.view
        subs = view.lex.word_set("sub_command")
        tail = view.lows[r].rpartition("-")[2]
        if r > a and (view.has(r - 1, "deputy") or view.lows[r - 1] in subs) or \
                any(tail.startswith(x) and len(tail) > len(x) + 4 for x in subs):
            return True
        j = r + 1
        if j + 1 < b and view.phrase(j, "locprep") is not None:
            place = self.mention_after(j + 1, b, max_skip=1)
            return place is not None and self.res.kind(place.key) == "Place"
        return False

    def _forces_pair(self, first: Mention, b: int) -> list[str]:
        """"M23 fighters and pro-government Wazalendo militias": two sides named with their
        force words and adjectives around the "and"."""
        view = self.view
        x = first.tok_end
        force = view.phrase(x, "force") if x < b else None
        if force is not None:
            x = force[0]
        if x >= b or not view.has(x, "coord"):
            return []
        second = self.mention_after(x + 1, b, max_skip=2)
        keys = [self.actor_key(first, institutions_as_state=True),
                self.actor_key(second, institutions_as_state=True) if second else None]
        return [key for key in keys if key] if None not in keys and keys[0] != keys[1] else []

    def _portfolio_pair(self, between: range) -> bool:
        """"Mali's economy and finance minister": two plain portfolio words joined by "and"
        between the owner's genitive and the office."""
        view = self.view
        if len(between) not in (3, 4) or view.texts[between[0]] not in _GENITIVE_MARKS or \
                not view.has(between[2], "coord"):
            return False  # (the office phrase may open on the second: "finance minister")
        return all(view.is_lower_word(i) and view.lows[i] not in self.stop_words
                   and i not in self.starts for i in (between[1], *between[3:]))

    def _whose_role(self, r: int, a: int) -> Mention | None:
        """"Die ELN, deren Oberkommandierender X ...", "the ELN, whose commander X": the
        body or state the relative clause hangs on."""
        view = self.view
        j = r - 1
        if j - 1 <= a or view.lows[j] not in view.lex.word_set("relative_possessive") or \
                view.texts[j - 1] != ",":
            return None
        head = self.ends.get(j - 1)
        if head is None or head.partial or self.res.kind(head.key) not in ("State",
                                                                            "Organization"):
            return None
        if head.tok > a and view.phrase_ending(head.tok, "locprep") is not None and \
                self.res.kind(head.key) == "State":
            return None  # "the UN monitoring mission in Ukraine, whose head, X": the mission's
        return head

    def _group_owner(self, r: int, b: int) -> bool:
        """The role at ``r`` is held in a group of states ("der drei Nato-Staaten", "of the
        two countries")."""
        view = self.view
        j = self._role_end(r, b)
        if j < b and view.lows[j] in ("der", "of"):
            j += 1  # (or none: "die Verteidigungsminister beider Länder")
        if j < b and view.has(j, "def_article"):
            j += 1
        return j + 1 < b and view.lows[j] in view.lex.word_set("group_count") and \
            view.lows[j + 1].rpartition("-")[2] in view.lex.word_set("pair_noun")

    def _country_anaphor_owner(self, r: int, b: int) -> str | None:
        """"Premierminister des Landes", "the country's prime minister": the office of the
        state the text has dwelt on."""
        view = self.view
        e = self._role_end(r, b)
        j = e + 1 if e < b and view.lows[e] in ("des", "of") else None
        if j is not None and j < b and view.has(j, "def_article"):
            j += 1
        if j is None or j >= b or not view.has(j, "country_anaphor") or j in self.starts:
            j = r - 2 if r >= 2 and view.texts[r - 1] in ("'s", "’s") else None
            if j is None or not view.has(j, "country_anaphor") or j in self.starts:
                return None
        # "auf dem Inselstaat St. Vincent ... Premierminister des Inselstaats": the state the
        # text named with the same noun, else the one it has dwelt on
        stem = view.lows[j].removesuffix("s").removesuffix("e")
        for i in range(r - 1, 0, -1):
            named = self.starts.get(i + 1)
            if view.lows[i].startswith(stem) and named is not None and \
                    self.res.kind(named.key) == "State":
                return named.key
        return self.res.salient_state(r)

    def _government_before(self, p: Mention, k: int, a: int, b: int) -> str | None:
        """"Die Regierung in Juba widersprach. Informationsminister X sagte ...", "In Kampala
        sorgte der Vorstoß für Irritationen. Verteidigungsminister Y sagte ...": a minister
        with no state of his own speaks for the government the sentence before names."""
        view = self.view
        if k == 0 or view.boiler[k - 1] or any(
                self.res.kind(m.key) == "State" for m in self.sentence_mentions(k)
                if m.tok < p.tok and not m.partial) or \
                not any(view.has(i, "say_verb") for i in range(p.tok_end, b)):
            return None
        pa, _pb = view.sents[k - 1]
        states = set()
        for m in self.sentence_mentions(k - 1):
            if m.partial:
                continue
            if m.form == "government" or m.form == "capital" and m.tok > pa and (
                    self.ends.get(m.tok - 1) is not None
                    and self.ends[m.tok - 1].form == "government"
                    or m.tok == pa + 1 and view.lows[pa] in ("in", "im")):
                states.add(self.res.state_key(m))
            elif self.res.kind(m.key) == "State" and m.form != "government":
                return None  # another state named: not sure whose minister he is
        return states.pop() if len(states) == 1 else None

    def _possessor_state(self, p: Mention, r: int, k: int, a: int) -> str | None:
        """"Präsident X wies das zurück. Sein Sprecher Y sagte ...", "His spokesman Y": an
        official whose title a personal possessive opens serves the state of the person
        named last before him (in this or the sentence before), if that one's is known."""
        view = self.view
        j = r - 1
        while j > a and view.is_lower_word(j) and not view.has(j, "possessive") and r - j < 3:
            j -= 1  # "sein langjähriger Sprecher"
        if j < a or view.lows[j] not in view.lex.word_set("personal_possessive"):
            return None  # not "its spokesman", "deren Sprecher": a body's, not a person's
        for kk in (k, k - 1):
            for m in reversed(self.res.by_sentence.get(kk, [])):
                if kk == k and m.tok >= j or m.partial or m.key == p.key or \
                        self.res.kind(m.key) != "Person":
                    continue
                state = self.person_targets.get(m.key or "")
                return state if state is not None and self.res.kind(state) == "State" else None
        return None

    def _own_state_said(self, p: Mention, r: int, a: int, b: int) -> str | None:
        """"Defence Secretary X said Britain was ready", "Schweden lasse sich nicht unter
        Druck setzen, betonte Verteidigungsminister X": an official with no state in his
        title who speaks of a state as the subject of what he says speaks for it."""
        view = self.view
        said = self._speech_subject(p, b)
        if said is not None:
            return self._state_intending(said, b)
        start = min(r, p.tok)
        if start - 2 > a and view.has(start - 1, "say_verb") and view.texts[start - 2] == ",":
            i = a
            while i < b and not view.texts[i][:1].isalnum():
                i += 1  # an opening quote
            return self._state_intending(self.starts.get(i), b)
        return None

    def _speech_subject(self, p: Mention, b: int) -> Mention | None:
        """The name opening what ``p`` says ("X said Canada had ...", "X has said on Monday
        that Colombia would ..."), if a speech verb follows ``p``."""
        view = self.view
        j = p.tok_end
        while j < b and j - p.tok_end < 2 and view.lows[j] in self.auxiliaries:
            j += 1  # "X has said Colombia would ..."
        if j >= b or not view.has(j, "say_verb"):
            return None
        i = j + 1
        while i < b and i - j <= 5 and i not in self.starts and (
                view.has(i, "speech_filler") or view.texts[i][:1].isdigit()
                or view.lows[i] in self.weekdays or view.has(i, "months")):
            i += 1  # "said on Monday", "told reporters"; not "said no new contracts"
        if i < b and (view.texts[i] == "," or view.has(i, "complementizer")):
            i += 1
        return self.starts.get(i)

    def _state_intending(self, m: Mention | None, b: int) -> str | None:
        """The state ``m`` names when the speech says what it will do or is ready for
        ("Britain was ready", "Oslo would keep", "Schweden lasse sich nicht"), not what a
        speaker blames it for ("Seoul had continued to damage trust")."""
        if m is None or m.partial or m.form == "demonym_adj" or \
                self.res.kind(m.key) != "State":
            return None
        view = self.view
        if any(view.phrase(i, "own_intent") is not None
               for i in range(m.tok_end, min(b, m.tok_end + 2))):
            return m.key
        return None

    def _apposition_owner(self, p: Mention, b: int) -> str | None:
        """The state owning the office in an apposition after ``p`` (", deputy director of
        the Office ... at China's Central Military Commission,")."""
        view = self.view
        role = self._role_after(p, b)
        if role is None:
            return None
        end = self._apposition_end(role[0], b)
        if end is None:
            return None  # ", the head of the Ugandan military said": another person
        for i in range(role[0] + 1, end):
            m = self.starts.get(i)
            if m is None or m.partial or self.res.kind(m.key) != "State":
                continue
            if m.form == "demonym_adj" or (m.tok_end < b and view.texts[m.tok_end] in
                                           _GENITIVE_MARKS):
                return m.key
        return None

    def _apposition_end(self, r: int, b: int) -> int | None:
        """Where the apposition with the role at ``r`` ends; None when a verb makes it a
        clause of its own (", the head of the Ugandan military said")."""
        view = self.view
        end = next((i for i in range(r + 1, b) if view.texts[i] in (",", ";", ".", "(", ")")
                    or view.has(i, "person_relative")), b)  # "..., who took up the post"
        if any(view.has(i, "say_verb") or view.has(i, "person_verb") for i in range(r + 1, end)):
            return None
        return end

    def _genitive_owner(self, p: Mention, a: int) -> str | None:
        """The state whose genitive stands right before ``p`` ("Croatia's X", "Russia's
        Pacific Fleet")."""
        j = p.tok
        if j - 1 > a and self.view.texts[j - 1] in ("'s", "’s"):
            j -= 1
        owner = self.ends.get(j)
        if owner is None or owner.partial or self.res.kind(owner.key) != "State" or \
                self.view.after_genitive(owner) != p.tok:
            return None
        return owner.key

    def _no_other_name(self, k: int, i: int, j: int) -> bool:
        """No capitalized word between tokens ``i`` and ``j`` that no mention, role or date
        explains (German capitalizes nouns, so there this rarely holds)."""
        view = self.view
        covered = {t for m in self.sentence_mentions(k) for t in range(m.tok, m.tok_end)}
        return not any(
            view.is_cap(t) and t not in covered and not _role_category(view, t)
            and not view.has(t, "weekdays") and not view.has(t, "months")
            and not view.has(t, "title") and view.texts[t].isalpha()
            for t in range(i + 1, j))

    def _owner_named(self, r: int, b: int) -> bool:
        """The role at ``r`` names its own owner ("der Präsident von Somaliland"), even one
        that is no actor: it takes no office from a coordinated person."""
        view = self.view
        end = r + 1
        while end < b and _role_category(view, end):
            end += 1
        return end + 1 < b and view.has(end, "of_prep") and view.is_cap(end + 1)

    def _known_role_state(self, p: Mention, cat: str, k: int, r: int) -> str | None:
        """For a bare title ("Präsident Wladimir Putin", "Prime Minister X"): the state the
        gazetteer knows the person serves, if the document names it and the kind of office
        agrees with the title. The text states the office; the gazetteer only says where."""
        known = self.res.known_roles.get(p.key or "")
        if known is None:
            # No guess from the story's main state: "President X" in a story about Russia's
            # mercenaries is as often the host's president as Russia's. Nor from the dateline:
            # measured on 48 articles it gave 12 right and 15 wrong.
            return None
        kind, state = known
        kind = kind.removeprefix("former-")
        if (cat == "role_leader") != (kind == "leader"):
            return None
        if self.res.kind(state) != "State" and self.view.phrase(r, "government_head"):
            # "Regierungschef Mark Rutte": a head of government heads a state, whatever
            # alliance the gazetteer knows him to lead now
            return None
        return state

    def _led_passive(self, k: int, a: int, b: int) -> None:
        """"Das Freiwilligenkorps wird von dem Rechtsextremisten X angeführt", "die MPCP, die
        von X angeführt wird": the person after "von" leads the body the clause is about."""
        view = self.view
        participles = view.lex.word_set("led_passive")
        if not participles:
            return
        for v in range(a + 2, b):
            if view.lows[v] not in participles:
                continue
            lo, _hi = clause_bounds(view, v, k)
            person = next((m for m in reversed(self.sentence_mentions(k)) if lo <= m.tok < v
                           and not m.partial and self.res.kind(m.key) == "Person"), None)
            if person is None or not (v - person.tok_end <= 1 or view.texts[person.tok_end] == ","):
                continue
            j = person.tok - 1
            while j > lo and view.lows[j] not in self.by_words and (
                    view.lows[j] in _ARTICLES or view.is_lower_word(j)
                    or _role_category(view, j) or view.has(j, "person_noun")
                    or view.lows[j - 1] in _ARTICLES and view.texts[j].isalpha()):
                j -= 1  # "von dem Rechtsextremisten X": an article and a descriptor
            if view.lows[j] not in self.by_words:
                continue
            if lo > a and view.texts[lo - 1] == "," and view.has(lo, "relative_pronoun"):
                body = self._relative_antecedent(v, k, ("Organization",))
            else:
                first = next((m for m in self.sentence_mentions(k) if lo <= m.tok < j
                              and not m.partial), None)
                body = first.key if first is not None else None
            if body and self.res.kind(body) == "Organization" and person.key:
                self.emit(person.key, "leaderOf", body, k, (v, person.tok), "role", Modal())

    def led_under(self, k: int, a: int, b: int) -> None:
        """"die sudanesische Armee unter General X", "the junta under Prime Minister X":
        the person named after "unter"/"under" leads the body or state just before it."""
        view = self.view
        for t in view.positions(k, "under_leader"):
            body = self.ends.get(t)
            if body is None and t - 3 > a and view.texts[t - 1] == ")" and \
                    view.texts[t - 3] == "(":
                body = self.ends.get(t - 3)  # "die Rapid Support Forces (RSF) unter X"
            gov = body is None and t - 1 > a and view.has(t - 1, "gov")
            if gov:
                # "Nigers Militärregierung unter General X", "Niger's military government
                # under X": the state whose genitive owns the government
                j = t - 1
                while j - 1 > a and t - j < 3 and view.is_lower_word(j - 1) and \
                        view.lows[j - 1] not in self.stop_words:
                    j -= 1
                if view.texts[j - 1] in _GENITIVE_MARKS:
                    j -= 1
                body = self.ends.get(j)
                marked = view.texts[j] in _GENITIVE_MARKS
                if body is not None and (self.res.kind(body.key) != "State"
                                         or not marked and body.form != "inflected"):
                    body = None
            gov = gov or body is not None and body.form == "government"
            key = self.actor_key(body, institutions_as_state=False) if body else None
            if body is None or body.partial or key is None or \
                    self.res.kind(key) not in ("State", "Organization"):
                continue
            j = t + 1
            while j < b and j - t <= 3 and (view.has(j, "title") or _role_category(view, j)
                                           or view.has(j, "commander")):
                j += 1
            person = self.starts.get(j)
            if j == t + 1 and person is not None and self.res.kind(key) != "Organization":
                continue  # "sanctions on Russia under Trump": a bare name leads a body only
            if person is not None and self.res.kind(person.key) == "Person":
                role = _role_category(view, j - 1)
                pred = "officialOf" if role == "role_official" and not gov and \
                    self.res.kind(key) == "State" else "leaderOf"  # the body it names he leads
                self.emit(person.key, pred, key, k, (t, person.tok), "led-under", Modal())

    def led_possessed(self, k: int, a: int, b: int) -> None:
        """"Khalifa Haftar's self-styled Libyan National Army": an organization a person's
        genitive owns (over up to two adjectives) is one he leads; a state's own body
        ("Putin's army") is the state's, not his."""
        view = self.view
        for m in self.sentence_mentions(k):
            if m.partial or self.res.kind(m.key) != "Person" or m.tok_end + 1 >= b or \
                    view.texts[m.tok_end] not in ("'s", "’s"):
                continue
            j = m.tok_end + 1
            while j < b and j - m.tok_end <= 3 and j not in self.starts and \
                    view.is_lower_word(j) and view.lows[j] not in self.stop_words:
                j += 1
            org = self.starts.get(j)
            if org is None or org.partial or org.key is None or org.state or \
                    self.res.kind(org.key) != "Organization" or \
                    org.key in self.res.state_bodies:
                continue
            self.emit(m.key, "leaderOf", org.key, k, (m.tok, org.tok), "led-possessed")

    def rules_over(self, k: int, a: int, b: int) -> None:
        """"Guelleh, who has ruled Djibouti since 1999", "Alijew, der das Land seit 2003
        regiert": the person the relative clause hangs on leads the one state in it."""
        view = self.view
        for v in view.positions(k, "rule_verb"):
            comma = next((i for i in range(v - 1, max(a, v - 8), -1)
                          if view.texts[i] == "," and view.has(i + 1, "relative_pronoun")),
                         None)
            if comma is None:
                continue
            person = self.ends.get(comma)
            if person is None or self.res.kind(person.key) != "Person":
                continue
            end = next((i for i in range(v, b) if view.texts[i] in (",", ";", ".")), b)
            # not "who led the Ukrainian delegation": an adjective's state is not what he led
            states = {m.key for m in self.sentence_mentions(k) if comma < m.tok < end
                      and not m.partial and self.res.kind(m.key) == "State"
                      and m.form != "demonym_adj"}
            if len(states) == 1:
                self.emit(person.key, "leaderOf", states.pop(), k, (person.tok, v), "role",
                          Modal())

    def led_by(self, k: int, a: int, b: int) -> None:
        """"die Junta, angeführt von General X", "the group, led by X": X leads it."""
        view = self.view
        for t in view.positions(k, "led_by"):
            hit = view.phrase(t, "led_by")
            if hit is None:
                continue
            j = hit[0]
            # "run by the American businessman X": article, demonym, role and title words
            while j < b and j - hit[0] < 5 and self.starts.get(j) is None and (
                    _role_category(view, j) or view.has(j, "title")
                    or view.lows[j] in _ARTICLES or view.is_lower_word(j)) or (
                    j < b and (m := self.starts.get(j)) is not None
                    and m.form == "demonym_adj"):
                j = self.starts[j].tok_end if self.starts.get(j) is not None else j + 1
            person = self.starts.get(j)
            if person is None and j + 1 < b and view.texts[j].isalpha():
                person = self.starts.get(j + 1)  # "unter Führung des früheren Polizisten X"
            if person is None or self.res.kind(person.key) != "Person":
                continue
            i = t
            if i > a and view.texts[i - 1] == ",":
                i -= 1
            if i - 3 > a and view.texts[i - 1] == ")" and view.texts[i - 3] == "(":
                i -= 3  # "the Rapid Support Forces (RSF) led by X"
            led = self.ends.get(i)
            if led is None and i - 1 > a and view.is_lower_word(i - 1) and \
                    view.has(i - 1, "org_head"):
                led = self.ends.get(i - 1)  # "the Viv Ansanm coalition led by X"
            if led is None:
                # "The Russian Volunteer Corps is led by X": over the auxiliaries
                h = i
                while h > a and view.lows[h - 1] in self.auxiliaries:
                    h -= 1
                led = self.ends.get(h) if h < i else None
                if led is not None and self.res.kind(led.key) != "Organization":
                    led = None
            if led is None:
                # "Vectus Global, a firm run by X": the name before the descriptor
                comma = next((c for c in range(i - 1, max(a, i - 6), -1)
                              if view.texts[c] == ","), None)
                if comma is not None and all(view.is_lower_word(x) or view.lows[x] in _ARTICLES
                                             for x in range(comma + 1, i)):
                    led = self.ends.get(comma)
            key = self.actor_key(led)
            if key:
                self.emit(person.key, "leaderOf", key, k, (t, person.tok), "role", Modal())
        self._led_passive(k, a, b)
        for m in self.sentence_mentions(k):
            # "die Rapid Support Forces (RSF) von Mohamed Hamdan Daglo", "the paramilitary
            # RSF of X": an armed group named after its leader
            if m.partial or m.org_class in ("company", "ministry", "institute") or \
                    self.res.kind(m.key) != "Organization":
                continue
            j = m.tok_end
            if j + 2 < b and view.texts[j] == "(" and view.texts[j + 2] == ")":
                j += 3
            if j + 1 < b and view.lows[j] in ("von", "of"):
                i = j + 1
                while i < b and i - j <= 3 and (view.has(i, "title") or view.has(i, "commander")
                                                or _role_category(view, i) == "role_official"):
                    i += 1  # "the LNA of commander Khalifa Haftar", "von General X"
                person = self.starts.get(i)
                if person is not None and self.res.kind(person.key) == "Person":
                    self.emit(person.key, "leaderOf", m.key, k, (m.tok, person.tok), "role",
                              Modal())
        for t in view.positions(k, "who_leads"):
            # "X, a former police officer who leads the Viv Ansanm coalition"
            hit = view.phrase(t, "who_leads")
            led = self.mention_after(hit[0], b, max_skip=1) if hit is not None else None
            if led is not None and led.tok_end < b and view.texts[led.tok_end] in _GENITIVE_MARKS:
                # "who heads Sudan's ruling Sovereign Council": the state's body
                owned = self.mention_after(led.tok_end + 1, b, max_skip=2)
                if owned is not None and self.res.kind(owned.key) == "Organization":
                    led = owned
            if led is None and hit is not None:
                led = self._named_head(k, hit[0], b)  # "who chairs the council"
            person = next((m for m in reversed(self.sentence_mentions(k))
                           if m.tok < t and self.res.kind(m.key) == "Person"), None)
            if person is not None and sum(view.texts[x] == "," for x in range(
                    person.tok_end, t)) > 1:
                person = None  # "X, ..., Y, a former officer who leads Z": too far
            key = self.actor_key(led)
            if person is not None and self.res.kind(person.key) == "Person" and key:
                self.emit(person.key, "leaderOf", key, k, (t, person.tok), "role", Modal())

    def _named_head(self, k: int, j: int, b: int) -> Mention | None:
        """"the council": the organization named last (here or before) whose name has
        that head word."""
        view = self.view
        if j < b and view.lows[j] in _ARTICLES:
            j += 1
        mission = j < b and view.is_lower_word(j) and view.has(j, "mission_word")
        if not (j < b and view.is_lower_word(j) and (view.has(j, "org_head") or mission)):
            return None
        head = view.lows[j]
        start = view.sents[k][0]
        for m in reversed(self.res.mentions):
            if m.tok >= start and m.tok >= j or m.partial or \
                    self.res.kind(m.key) != "Organization":
                continue
            if head in m.text.lower().split() or mission and m.org_class == "mission":
                return m  # "who heads the mission": the mission named last (MINUSCA)
        return None

    def _ordered_states(self, k: int, n: int) -> list[str] | None:
        """``n`` distinct states named in order in this sentence or, failing that, in one
        of the two before it."""
        fallback = None
        for kk in (k, k - 1, k - 2, k - 3):
            if kk < 0 or self.view.boiler[kk]:
                continue
            seen: list[str] = []
            for m in self.res.by_sentence.get(kk, []):
                if self.res.kind(m.key) == "State" and m.key and m.key not in seen:
                    seen.append(m.key)
                    # "Frankreich und Griechenland haben ...": a coordination fixes the order
                    pair = [key for key in self.coordinated_actors(m.tok, self.view.sents[kk][1])
                            if self.res.kind(key) == "State"]
                    if len(pair) == n and not m.partial:
                        return pair
            if len(seen) == n and fallback is None and kk != k - 3:
                fallback = seen
            if kk == k and fallback is not None:
                return fallback
        return fallback

    # ------------------------------------------------------------------ affiliations

    def affiliations(self, k: int, a: int, b: int) -> None:
        """"X vom ORG", "– X, ORG", "X, analyst at ORG"."""
        view = self.view
        for p in self.sentence_mentions(k):
            if self.res.kind(p.key) != "Person" or p.partial:
                continue
            j = p.tok_end
            if j >= b:
                continue
            org = None
            predicate = "affiliatedWith"
            prep = view.phrase(j, "affil_prep")
            bracketed = self.bracketed(p, b)
            if bracketed is not None:
                org = bracketed  # "Boris Pistorius (SPD)"
            elif prep is not None and view.lows[j] in self.direct_affil:
                org = self.mention_after(prep[0], b, max_skip=0)
                i = prep[0]
                if org is None and i + 1 < b and (view.has(i, "org_descriptor") or (
                        view.is_cap(i) and view.lows[i].endswith(self.place_adjective))):
                    # "vom Kieler Zentrum für ...", "vom Thinktank Maritime Asia Forum"
                    org = self.mention_after(i + 1, b, max_skip=0)
            elif view.texts[j] == ",":
                org = self.mention_after(j + 1, b, max_skip=0)
                if org is not None and self.res.kind(org.key) != "Organization":
                    org = None  # "X, a Pacific security analyst at ORG": a place, then the role
                if org is None:
                    for r in range(j + 1, min(b, j + 7)):
                        if view.has(r, "role_expert") or view.has(r, "role_official"):
                            pr = view.phrase(r + 1, "affil_prep") or (
                                (r + 2, "") if view.has(r + 1, "role_of") else None)
                            if pr is not None:
                                # "Rüstungsexperte beim Istanbuler Thinktank Edam"
                                # "a fellow at the New Delhi-based Centre for ...": the
                                # body after its seat
                                seat = next((x + 1 for x in range(pr[0], min(b, pr[0] + 4))
                                             if view.lows[x].endswith(self.based)), pr[0])
                                org = self.mention_after(seat, b, max_skip=1)
                                if view.has(r, "role_official"):
                                    predicate = "officialOf"  # "X, a spokesman for ORG"
                                elif view.has(r, "head_expert") and view.has(r + 1, "role_of") \
                                        and not view.has(r - 1, "deputy"):
                                    predicate = "leaderOf"  # "X, director of the Y Institute"
                                if org is None:
                                    # "director of peace operations research at the Geneva
                                    # Centre": the head of a part, at the body
                                    org, predicate = self._at_body(r + 1, b), "affiliatedWith"
                            elif view.has(r, "role_expert"):
                                # "a researcher on Myanmar at the University of Sydney": the
                                # subject of the research, then the body
                                org = self._at_body(r + 1, b)
                            break
                if org is None and j + 1 < b and view.has(j + 1, "relative_pronoun"):
                    # "Hannah Corbett, who directs the Levant programme at the Ashbury
                    # Institute"
                    org = self._at_body(j + 2, b)
            if org is not None and org.tok_end + 1 < b and \
                    view.lex.has(view.texts[org.tok_end - 1], "org_subunit") and \
                    view.has(org.tok_end, "of_prep"):
                # "vom Westafrika-Programm des Hamburger Instituts": the institute's man
                outer = self.mention_after(org.tok_end + 1, b, max_skip=0)
                if outer is not None and self.res.kind(outer.key) == "Organization":
                    org = outer
            if org is not None and self.res.kind(org.key) == "State":
                # "an analyst at Britain's Royal United Services Institute"
                body = self._owned_body(org, b)
                org = body if body is not None and self.res.kind(body.key) == "Organization" \
                    else org
            persons = [p]
            if org is None:
                org = self.bracketed(p, b, shared=True)
                persons = self._person_list(p, a) if org is not None else persons
            if org is not None and self.res.kind(org.key) == "Organization":
                if org.state and self.res.state_key(org) and _role_category(view, p.role) in (
                        "role_official", "role_leader"):
                    continue  # "Sprecher des russischen Außenministeriums": a role relation
                for person in persons:
                    self.emit(person.key, predicate, org.key, k, (person.tok, org.tok),
                              "affiliation", Modal())

    def _at_body(self, j: int, b: int) -> Mention | None:
        """The organization after "at"/"bei" a few plain words after token ``j`` ("of peace
        operations research at the Geneva Centre"), if no clause break comes first."""
        view = self.view
        for i in range(j, min(b, j + 8)):
            if view.lows[i] in view.lex.word_set("body_prep"):
                x = i + 1
                while x < b and x - i <= 4 and (view.lows[x] in _ARTICLES or (
                        x not in self.starts and (view.phrase(x, "org_descriptor")
                                                  or self._hyphen_adjective(x)))):
                    hit = view.phrase(x, "org_descriptor") if x not in self.starts else None
                    x = hit[0] if hit is not None else x + 1  # "the Bucharest-based think tank"
                m = self.mention_after(x, b, max_skip=1)
                return m if m is not None and self.res.kind(m.key) == "Organization" else None
            if not view.texts[i].replace("-", "").isalpha():
                return None  # a comma or a figure ends the phrase
        return None

    def offshoots(self, k: int, b: int) -> None:
        """"Al-Shabaab, ein Ableger des Terrornetzwerks Al-Kaida", "JNIM, an al-Qaeda
        affiliate": an organization an apposition calls another's branch."""
        view = self.view
        for o in self.sentence_mentions(k):
            j = o.tok_end
            if not o.partial and o.key and o.tok > 1 and \
                    self.res.kind(o.key) == "Organization":
                self._offshoot_before(o, k)
            if j + 3 < b and view.texts[j] == "(" and view.texts[j + 2] == ")":
                j += 3  # "the Arakan Army (AA), the armed wing of"
            if o.partial or not o.key or self.res.kind(o.key) != "Organization" or \
                    j + 2 >= b or not (view.texts[j] == "," or view.lows[j] in self.copulas):
                continue
            j += 1  # "X, the armed wing of", "X is the armed wing of"
            while j < b and view.lows[j] in _ARTICLES:
                j += 1
            parent = self.starts.get(j)
            if parent is not None:
                # "an al-Qaeda affiliate", "al-Qaeda's affiliate in Somalia"
                i = parent.tok_end + (parent.tok_end < b
                                      and view.texts[parent.tok_end] in _GENITIVE_MARKS)
                start = i
                while i < b and i - start < 2 and view.is_lower_word(i) and \
                        not view.has(i, "offshoot_noun"):
                    i += 1
                if i >= b or not view.has(i, "offshoot_noun"):
                    continue
            else:
                start = j
                while j < b and j - start < 2 and view.is_lower_word(j) and \
                        not view.has(j, "offshoot_noun"):
                    j += 1  # "the armed wing of Hamas"
                if j + 1 >= b or not view.has(j, "offshoot_noun") or \
                        view.lows[j + 1] not in ("of", "des", "der", "von"):
                    continue
                parent = self.mention_after(j + 2, b, max_skip=1)
            if parent is not None and parent.key and parent.key != o.key and \
                    self.res.kind(parent.key) == "Organization":
                self.emit(o.key, "affiliatedWith", parent.key, k, (o.tok, parent.tok),
                          "affiliation", Modal())

    def possessed_units(self, k: int) -> None:
        """"the BLA ... saying its Majeed Brigade had struck", "die BLA und ihre
        Selbstmordeinheit „Majeed-Brigade“": a body an organization's possessive names
        belongs to that organization (not to a state or person named last)."""
        view = self.view
        a = view.sents[k][0]
        ms = [m for m in self.sentence_mentions(k) if not m.partial and m.key]
        for m in ms:
            if self.res.kind(m.key) != "Organization":
                continue
            j = m.tok - 1
            while j > a and m.tok - j <= 3 and (not view.texts[j][:1].isalnum()
                                                or view.has(j, "org_descriptor")):
                j -= 1  # over a quote mark or "Selbstmordeinheit"
            if j <= a or not view.has(j, "possessive") or \
                    view.lows[j] in view.lex.word_set("his_her"):
                continue  # (German "seine" may be an organization's too)
            owner = next((x for x in reversed(ms) if x.tok_end <= j and x is not m
                          and self.res.kind(x.key) in _ACTOR_KINDS), None)
            if owner is not None and owner.key != m.key and \
                    self.res.kind(owner.key) == "Organization":
                self.emit(m.key, "affiliatedWith", owner.key, k, (owner.tok, m.tok),
                          "affiliation", Modal())

    def _offshoot_before(self, o: Mention, k: int) -> None:
        """"the al Qaeda affiliate JNIM", "der Al-Kaida-Ableger JNIM": the organization
        named before a branch word that stands right before the name."""
        view = self.view
        t = o.tok - 1
        if not view.has(t, "offshoot_noun"):
            return
        parent = self.ends.get(t) or next(
            (m for m in self.partials.get(t, ()) if self.res.kind(m.key) == "Organization"
             and m.end < view.ends[t]), None)  # "der IS-Ableger ISWAP"
        if parent is not None and parent.key and parent.key != o.key and \
                self.res.kind(parent.key) == "Organization" and not parent.state:
            self.emit(o.key, "affiliatedWith", parent.key, k, (parent.tok, o.tok),
                      "affiliation", Modal())

    def _person_list(self, last: Mention, a: int) -> list[Mention]:
        """The persons of the coordination ending with ``last``, each perhaps with a title
        ("Außenministerin Annalena Baerbock und Wirtschaftsminister Robert Habeck")."""
        view = self.view
        out = [last]
        cur = last
        while True:
            j = cur.tok - 1
            while j > a and j > cur.tok - 4 and view.is_cap(j) and not view.has(j, "coord") \
                    and j not in self.ends:
                j -= 1  # the title before the name
            if j <= a or not (view.has(j, "coord") or view.texts[j] == ","):
                break
            prev = self.ends.get(j)
            if prev is None:
                j2 = j
                while j2 > a and j2 > j - 3 and j2 not in self.ends:
                    j2 -= 1
                prev = self.ends.get(j2)
                if prev is None or not all(view.is_cap(i) for i in range(j2, j)):
                    break
            if self.res.kind(prev.key) != "Person" or prev.partial:
                break
            out.insert(0, prev)
            cur = prev
        return out

    def bracketed(self, p: Mention, b: int, *, shared: bool = False) -> Mention | None:
        """The one name in brackets right after ``p`` ("Pistorius (SPD)", "Tiani (Niger)");
        with ``shared``, after a distributive word ("(beide Grüne)", "(both Republicans)")."""
        j = p.tok_end
        first = j + 2 if shared else j + 1
        if first + 1 >= b or self.view.texts[j] != "(" or (
                shared and not self.view.has(j + 1, "distributive")):
            return None
        m = self.starts.get(first)
        if m is None or m.partial or m.tok_end >= b or self.view.texts[m.tok_end] != ")":
            return None
        return m

    # ------------------------------------------------------------------ membership

    def membership(self, k: int, a: int, b: int) -> None:
        """"Schweden ist Mitglied der Nato", "Lithuania, a NATO member", "Nato-Mitglied"."""
        view = self.view
        for t in range(a, b):
            if view.has(t, "accession") and not view.has(t, "treaty"):
                self._joined(k, a, b, t)
                continue
            if view.split_verb(t, "accession_split", b):
                # "Togo tritt der Allianz der Sahelstaaten bei", "Schweden trat 2024 der Nato
                # bei": the alliance right after the verb (not "schließt sich der Kritik an")
                j = t + 1
                while j < b and (view.lows[j] in _ARTICLES or view.lows[j] == "sich"
                                 or view.texts[j].isdigit()):
                    j += 1
                m = self.starts.get(j)
                if m is not None and joinable(m) and self.res.kind(m.key) == "Organization":
                    self._joined(k, a, b, t)
                continue
            if view.has(t, "found_verb"):
                self._founded(k, a, b, t)
                continue
            if view.phrase(t, "among_verb") is not None:
                # "Ungarn und die Slowakei gehören zu den wenigen EU-Staaten", "are among the
                # NATO members": only a member word makes the group an alliance's members
                self._belongs(k, a, t, member_noun=True)
                continue
            if view.phrase(t, "belong_verb") is not None:
                self._belongs(k, a, t)
                continue
            if view.has(t, "include_verb"):
                self._includes(k, t)
                continue
            if not view.has(t, "member") and not self._member_country(t):
                continue
            org = None
            for m in self.partials.get(t, ()):
                if self.res.kind(m.key) == "Organization":
                    org = m
            if org is None:
                end = t - 1 if t - 1 > a and _ORDINAL.fullmatch(view.texts[t - 1]) else t
                before = self.mention_before(end, a, skip_adjectives=1)  # "Nato's 31st member"
                if before is not None and self.res.kind(before.key) == "Organization":
                    org = before
            if org is not None and org.org_class == "party":
                org = None  # "supports Swedish membership, but his Fidesz party ...": no alliance
            orgs: list[str] = [org.key] if org is not None and org.key else []
            if org is None:
                j = t + 1
                if j < b and view.lows[j] in ("of", "der", "des", "im", "in", "von"):
                    j += 1
                if j < b and view.has(j, "distributive"):
                    j += 1  # "a member of both NATO and the EU"
                agent = self.starts.get(j + 1) if j < b and view.lows[j] in ("von", "vom") \
                    else None
                if agent is not None and agent.tok_end < b and \
                        view.lows[agent.tok_end] in self.led_participles:
                    j = agent.tok_end + 1  # "Mitglieder der von Russland geführten OVKS"
                after = self.mention_after(j, b, max_skip=0)
                if after is not None and self.res.kind(after.key) == "Organization":
                    org = after
                    orgs = [key for key in self.coordinated_actors(j, b)
                            if self.res.kind(key) == "Organization"] or [after.key or ""]
            if org is None and t > a and view.has(t - 1, "possessive") and t + 1 < b:
                # "Die Nato sicherte ihren Mitgliedern Polen und Litauen Unterstützung zu"
                owner = next((m for m in reversed(self.sentence_mentions(k)) if m.tok < t
                              and not m.partial and joinable(m)
                              and self.res.kind(m.key) == "Organization"), None)
                first = self.starts.get(t + 1)
                if owner is not None and owner.key and first is not None and \
                        self.res.kind(first.key) == "State":
                    for state in self.coordinated_actors(first.tok, b):
                        if self.res.kind(state) == "State":
                            self.emit(state, "affiliatedWith", owner.key, k, (t,), "membership")
                continue
            if org is None:
                org = self._alliance_anaphor(t, b)
                orgs = [org.key] if org is not None and org.key else []
            nxt = (view.phrase(t, "member") or (t + 1, ""))[0]
            if org is None and nxt + 2 < b and view.texts[nxt] == "," and \
                    view.phrase(nxt + 1, "subset_marker") is not None:
                # "Mehrere Mitgliedstaaten, darunter Deutschland, ...": members of the
                # alliance the text has been about
                org = self._last_alliance(t)
                orgs = [org.key] if org is not None and org.key else []
                first = self.mention_after((view.phrase(nxt + 1, "subset_marker")
                                            or (nxt + 2, ""))[0], b, max_skip=1)
                if org is not None and first is not None:
                    for state in self.coordinated_actors(first.tok, b):
                        if self.res.kind(state) == "State":
                            self.emit(state, "affiliatedWith", org.key or "", k, (t,),
                                      "membership")
                continue
            if org is None or not orgs or org.state and org.org_class in ARMED_FORCES:
                continue  # (a state's army has no member states: "the closest ally of
                # Sudan's army")
            states = self._member_states(k, a, t, org)
            if states:
                states = states + [s for s in self._members_alongside(t, b) if s not in states]
            for state in states:
                for key in orgs:
                    self.emit(state, "affiliatedWith", key, k, (t,), "membership")
            if len(states) == 1 and len(orgs) == 1:
                self.memberships.append((k, states[0], orgs[0]))

    def member_pair(self, k: int, a: int, b: int) -> None:
        """"the two NATO allies", "beide Nato-Staaten": the pair of states named last are
        members of the alliance the phrase names."""
        view = self.view
        for i in range(a, b - 1):
            size = 2 if view.lows[i] in self.pair_words else self.small_numbers.get(view.lows[i])
            if size is None:
                continue
            org = next((m for m in self.partials.get(i + 1, ()) if joinable(m)
                        and self.res.kind(m.key) == "Organization"), None)
            if org is not None:  # "beiden Nato-Staaten"
                tail = view.lows[i + 1].rpartition("-")[2]
            else:
                org = self.starts.get(i + 1)
                if org is None or not joinable(org) or self.res.kind(org.key) != "Organization" \
                        or org.tok_end >= b:
                    continue
                tail = view.lows[org.tok_end]
            if tail not in view.lex.word_set("member_noun") or not org.key:
                continue
            # "the three NATO members" after "Estonia, Latvia and Lithuania": the list of
            # that many states, not whichever three came last
            group = self._last_states(i, 2) if size == 2 else self._last_group(k, i, size)
            for state in group:
                self.emit(state, "affiliatedWith", org.key, k, (i,), "membership")

    def _last_group(self, k: int, tok: int, n: int) -> list[str]:
        """The last coordination of exactly ``n`` states before token ``tok`` in sentence
        ``k`` or the two sentences before it."""
        for kk in range(k, max(-1, k - 3), -1):
            last = self.listed_states(kk, min(tok, self.view.sents[kk][1]), n)
            if last:
                return last
        return []

    def listed_states(self, k: int, end: int, n: int) -> list[str]:
        """The last coordination of exactly ``n`` different states in sentence ``k`` before
        token ``end`` ("Die Türkei, Aserbaidschan und Pakistan"), or []."""
        last: list[str] = []
        covered: set[str] = set()
        for m in self.sentence_mentions(k):
            if m.tok >= end or m.partial or self.res.kind(m.key) != "State" or \
                    m.key in covered:
                continue
            group = list(dict.fromkeys(key for key in self.coordinated_actors(m.tok, end)
                                       if self.res.kind(key) == "State"))
            covered.update(group)
            if len(group) == n:
                last = group
        return last

    def _members_alongside(self, t: int, b: int) -> list[str]:
        """"a member of the CSTO alongside Russia, Belarus and Armenia", "Mitglied der OVKS
        neben Russland und Belarus": the states listed with the member are members too."""
        view = self.view
        for j in range(t + 1, min(b, t + 14)):
            hit = view.phrase(j, "member_alongside")
            if hit is not None:
                return [key for key in self.coordinated_actors(hit[0], b)
                        if self.res.kind(key) == "State"]
            if view.texts[j] in (",", ";") and view.phrase(j + 1, "member_alongside") is None:
                break
        return []

    def linked_relative(self, k: int) -> None:
        """"JNIM, die mit dem Terrornetzwerk Al-Kaida verbunden ist", "JNIM, which is linked
        to al-Qaeda": a relative clause ties the group to another organization."""
        view = self.view
        b = view.sents[k][1]
        linked = view.lex.word_set("linked_predicate")
        if not linked:
            return
        for m in self.sentence_mentions(k):
            if m.partial or not m.key or self.res.kind(m.key) != "Organization":
                continue
            j = m.tok_end
            if j + 2 < b and view.texts[j] == "(":
                j = next((x + 1 for x in range(j + 1, min(b, j + 6)) if view.texts[x] == ")"),
                         j)  # "(JNIM)"
            elif j < b and view.texts[j] == ")":
                j += 1  # the abbreviation itself: "... (JNIM), die ..."
            if j + 2 >= b or view.texts[j] != "," or not view.has(j + 1, "relative_pronoun"):
                continue
            end = next((x for x in range(j + 2, b) if view.texts[x] in (",", ";", ":")), b)
            if not any(view.lows[x] in linked for x in range(j + 2, end)) or any(
                    view.has(x, "negation") for x in range(j + 2, end)):
                continue
            other = next((o for o in self.sentence_mentions(k) if j + 2 < o.tok < end
                          and not o.partial and o.key and o.key != m.key
                          and self.res.kind(o.key) == "Organization"), None)
            if other is not None:
                self.emit(m.key, "affiliatedWith", other.key or "", k, (m.tok, other.tok),
                          "compound")

    def members(self, k: int) -> None:
        """"Raafat al-Thaqali, a member of the STC", "X, Mitglied des Übergangsrats": a
        person a member noun follows belongs to the organization after it."""
        view = self.view
        b = view.sents[k][1]
        nouns = view.lex.word_set("person_member_noun")
        for p in self.sentence_mentions(k):
            if p.partial or self.res.kind(p.key) != "Person":
                continue
            j = p.tok_end
            if j < b and view.texts[j] == ",":
                j += 1
            while j < b and j - p.tok_end <= 3 and (view.lows[j] in _ARTICLES
                                                   or view.is_lower_word(j)
                                                   and view.lows[j] not in nouns):
                j += 1  # "a senior member", "ein ranghohes Mitglied"
            if j + 1 >= b or view.lows[j] not in nouns or \
                    view.lows[j + 1] not in ("of", "des", "der"):
                continue
            org = self.mention_after(j + 1 + (view.lows[j + 1] == "of"), b, max_skip=1)
            if org is not None and not org.partial and \
                    self.res.kind(org.key) == "Organization":
                self.emit(p.key, "affiliatedWith", org.key, k, (p.tok, org.tok), "affiliation")

    def army_chiefs(self, k: int) -> None:
        """"Pakistan's army chief, Field Marshal Asim Munir", "Armeechef Rodolphe Haykal",
        "Asim Munir, Pakistan's army chief": the chief leads the army the text names (of
        that state, or the only army it names)."""
        view = self.view
        a, b = view.sents[k]
        for i in view.positions(k, "army_chief"):
            hit = view.phrase(i, "army_chief")
            if hit is None:
                continue
            j = hit[0]
            while j < b and (view.texts[j] in (",", ".") or view.is_cap(j) and (
                    view.has(j, "military_rank") or view.phrase(j, "military_rank"))):
                j = (view.phrase(j, "military_rank") or (j + 1, ""))[0]  # "Gen.", ","
            person = self.starts.get(j)
            # "Pakistan's army chief": the phrase may open inside the army's own name
            cover = next((m for m in self.sentence_mentions(k) if m.tok < i < m.tok_end), None)
            if person is None or self.res.kind(person.key) != "Person":
                q = cover.tok if cover is not None else i  # back over "Pakistan's"
                while q > a:
                    before = self.ends.get(q)
                    if before is not None and self.res.kind(before.key) == "State":
                        q = before.tok
                    elif view.texts[q - 1] in _GENITIVE_MARKS or view.lows[q - 1] in _ARTICLES:
                        q -= 1
                    else:
                        break
                person = self.ends.get(q - 1) if q - 1 > a and view.texts[q - 1] == "," \
                    else None
            if person is None or self.res.kind(person.key) != "Person":
                continue
            owner = cover or self.ends.get(i) or self.ends.get(
                i - 1 if i > a and view.texts[i - 1] in _GENITIVE_MARKS else i)
            state = self.res.state_key(owner) if owner is not None else None
            if state is None:  # "Armeechef Asim Munir": the state the gazetteer knows him for
                state = (self.res.known_roles.get(person.key or "") or ("", None))[1]
            armies = self._org_states()[1]
            fit = [key for key, states in armies.items()
                   if (state in states if state else states == {None} or len(armies) == 1)]
            if len(fit) == 1:
                self.emit(person.key, "leaderOf", fit[0], k, (i, person.tok), "role")

    def _org_states(self) -> tuple[dict[str, set[str | None]], dict[str, set[str | None]]]:
        """(organization -> the states any of its mentions names, army -> the states its
        whole army or forces mentions name: not the navy), built once per document."""
        if self._org_state_cache is None:
            states: dict[str, set[str | None]] = {}
            armies: dict[str, set[str | None]] = {}
            for m in self.res.mentions:
                if m.key and self.res.kind(m.key) == "Organization":
                    states.setdefault(m.key, set()).add(self.res.state_key(m))
                    if not m.partial and m.org_class in ("army", "forces"):
                        armies.setdefault(m.key, set()).add(self.res.state_key(m))
            self._org_state_cache = (states, armies)
        return self._org_state_cache

    def founders(self, k: int) -> None:
        """"the Alliance of Sahel States, formed by Mali, Burkina Faso and Niger", "die von
        Mali, Burkina Faso und Niger gegründete Allianz": the founding states are members."""
        view = self.view
        a, b = view.sents[k]
        founded = view.lex.word_set("founded_participle")
        ment = self.sentence_mentions(k)
        for p in range(a + 1, b):
            if view.lows[p] not in founded:
                continue
            org: Mention | None = None
            members: list[str] = []
            if p + 2 < b and view.has(p + 1, "by_prep"):
                # "X, formed by A, B and C": the organization before the participle
                members = self.coordinated_actors(p + 2, b)
                org = next((m for m in reversed(ment) if p - 4 <= m.tok_end <= p and not m.partial
                            and self.res.kind(m.key) == "Organization"), None)
            else:
                # "die von A, B und C gegründete Allianz": the agent list before, the noun after
                start = next((x for x in range(p - 1, max(a, p - 12), -1)
                              if view.has(x, "by_prep")), None)
                if start is not None:
                    members = self.coordinated_actors(start + 1, p)
                    org = self.mention_after(p + 1, b, max_skip=1)
                    comma = next((x for x in range(start - 1, max(a, start - 5), -1)
                                  if view.texts[x] == "," and view.has(x + 1, "relative_pronoun")),
                                 None)
                    if comma is not None:
                        org = self.ends.get(comma)  # "die Allianz, die ... gegründet wurde"
            if org is None or not org.key or self.res.kind(org.key) != "Organization":
                continue
            for key in members:
                if self.res.kind(key) == "State":
                    self.emit(key, "affiliatedWith", org.key, k, (p, org.tok), "membership")

    def composition(self, k: int) -> None:
        """"der Quad-Gruppe aus den USA, Saudi-Arabien, den VAE und Ägypten", "the Quad group
        of the United States, Saudi Arabia, ...": the states a group is made of are members
        (two at least; a plain "of" only after a group noun)."""
        view = self.view
        b = view.sents[k][1]
        strong = view.lex.word_set("composed_of")
        weak = view.lex.word_set("composed_of_weak")
        groups = view.lex.word_set("group_noun")
        for m in self.sentence_mentions(k):
            if m.partial or not m.key or self.res.kind(m.key) != "Organization":
                continue
            j = m.tok_end
            grouped = view.lows[j - 1].rpartition("-")[2] in groups
            if j < b and view.lows[j] in groups:
                j, grouped = j + 1, True  # "the Quad group of ..."
            if j + 1 >= b:
                continue
            if view.lows[j] in strong:
                j += 1
            elif j + 2 < b and " ".join(view.lows[j:j + 2]) in strong:
                j += 2  # "bestehend aus", "made up of"
            elif j + 2 < b and " ".join(view.lows[j:j + 3]) in strong:
                j += 3
            elif grouped and view.lows[j] in weak:
                j += 1
            else:
                continue
            states = self.coordinated_actors(j, b)
            if len(states) >= 2 and all(self.res.kind(x) == "State" for x in states):
                for key in states:
                    self.emit(key, "affiliatedWith", m.key, k, (m.tok, j), "membership")

    def compounds(self, k: int) -> None:
        """"the Russian-led CSTO", "Iran-backed militias", "das von Russland geführte
        Bündnis": a state leading an organization belongs to it; one backing it supports it."""
        view = self.view
        led, backed = self.led, self.backed
        if not led and not backed:
            return
        ms = self.sentence_mentions(k)
        b = view.sents[k][1]
        backed_participles = view.lex.word_set("backed_participle")
        group_words = tuple(view.lex.word_set("group_anaphor"))
        for m in ms:
            q = m.tok - 1  # over a group noun: "des von Russland dominierten Bündnisses OVKS"
            if q > 2 and not m.partial and (view.has(q, "alliance_org_anaphor")
                                            or view.has(q, "org_descriptor")
                                            or view.lows[q] in view.lex.word_set("group_anaphor")):
                q -= 1
            part = view.lows[q] if q > 2 else ""
            backs = part in backed_participles
            if (m.source == "rule:led-coalition" or joinable(m) and (
                    not m.partial or backs and m.tok == q + 1)  # "vom Iran unterstützte
                    and self.res.kind(m.key) == "Organization") and \
                    (part in self.led_participles or backs):  # Hisbollah-Miliz"
                # "eine von Saudi-Arabien angeführte Militärkoalition": it belongs to the
                # coalition it leads; "die vom Iran unterstützte Hisbollah": it supports it
                leader = self.ends.get(q)
                if leader is not None and view.lows[leader.tok - 1] in ("von", "vom"):
                    self.emit(self.actor_key(leader),
                              "affiliatedWith" if part in self.led_participles else "supports",
                              m.key, k, (leader.tok, m.tok), "compound")
            p = m.tok - 1  # over a group word: "der mit Al-Kaida verbundenen Gruppe JNIM"
            if p > 2 and (view.lows[p] in group_words or view.lows[p].endswith(group_words)):
                p -= 1  # "Terrormiliz"
            allied = p > 1 and view.lows[p] in view.lex.word_set("allied_participle")
            if not m.partial and p > 1 and self.res.kind(m.key) == "Organization" and (
                    allied or view.lows[p] in view.lex.word_set("linked_participle")):
                # "der mit Al-Kaida verbundenen JNIM": the group belongs to the other; "die
                # mit Al-Kaida verbündete Miliz Al-Shabaab": the two are allies
                parent = self.ends.get(p)
                if parent is not None and not parent.partial and parent.key != m.key and \
                        view.has(parent.tok - 1, "preposition") and \
                        self.res.kind(parent.key) == "Organization":
                    self.emit(m.key, "alliedWith" if allied else "affiliatedWith", parent.key,
                              k, (parent.tok, m.tok), "compound")
            if not m.partial or not m.key or self.res.kind(m.key) not in ("State",
                                                                          "Organization"):
                continue
            low = view.lows[m.tok_end - 1]  # "Iran-backed", "al Qaeda-linked"
            target = self.mention_after(m.tok_end, b, max_skip=2)
            if self.linked and low.endswith(self.linked):
                # "the al Qaeda-linked militant group al Shabaab": the group named after it
                # belongs to the organization
                if target is not None and target.key != m.key and \
                        self.res.kind(m.key) == "Organization" and \
                        self.res.kind(target.key) == "Organization":
                    self.emit(target.key, "affiliatedWith", m.key, k, (m.tok, target.tok),
                              "compound")
                continue
            pred = "affiliatedWith" if led and low.endswith(led) else (
                "supports" if backed and low.endswith(backed) else None)
            if pred is None:
                continue
            if target is None and pred == "supports":
                target = self._apposed_name(m.tok)  # "Kataib Hezbollah, an Iran-backed militia"
            if target is None and pred == "supports" and m.tok > 0 and \
                    view.has(m.tok - 1, "def_article") and m.tok_end < b:
                target = self._group_antecedent(m.tok_end, k)  # "the Iran-backed group"
            if target is None and pred == "supports" and m.tok > 1 and \
                    view.texts[m.tok - 1] in _GENITIVE_MARKS and view.phrase(m.tok + 1, "gov"):
                # "Yemen's Saudi-backed government": the state whose government it is
                owner = self.ends.get(m.tok - 1)
                target = owner if owner is not None and self.res.kind(owner.key) == "State" \
                    else None
            if target is None or target.key == m.key or self.res.kind(target.key) not in (
                    ("Organization",) if pred == "affiliatedWith" else _ACTOR_KINDS):
                continue
            if any(view.has(i, "conflict_prep") or view.has(i, "of_prep")
                   or view.phrase(i, "locprep") for i in range(m.tok + 1, target.tok)):
                continue  # "the US-led coalition against the Islamic State group"
            if pred == "affiliatedWith" and self.res.kind(m.key) == "Organization":
                # "the NATO-led Resolute Support mission": the mission is part of NATO
                self.emit(target.key, pred, m.key, k, (m.tok, target.tok), "compound")
                continue
            self.emit(m.key, pred, target.key, k, (m.tok, target.tok), "compound")

    def _group_antecedent(self, noun: int, k: int) -> Mention | None:
        """The armed group a definite "the group", "die Miliz" at ``noun`` stands for: the
        organization named last in this or the two sentences before, not a state's body."""
        view = self.view
        if view.lows[noun] not in view.lex.word_set("group_anaphor") and \
                not view.has(noun, "armed_anaphor"):
            return None
        first = view.sents[max(0, k - 2)][0]
        return next((m for m in reversed(self.res.mentions) if first <= m.tok < noun
                     and not m.partial and m.key and self.res.kind(m.key) == "Organization"
                     and m.key not in self.res.state_bodies and not m.state
                     and (m.org_class is None or m.org_class in ARMED_GROUP_CLASSES)), None)

    def _apposed_name(self, t: int, *, definite: bool = False) -> Mention | None:
        """The name an apposition opening with an indefinite (or, with ``definite``, any)
        article before ``t`` describes ("Kataib Hezbollah, an Iran-backed militia", "die
        Hisbollah, eine vom Iran finanzierte Miliz", "the Africa Corps, the unit under")."""
        view = self.view

        def opens(j: int) -> bool:
            return view.has(j, "indef_article") or definite and view.lows[j] in _ARTICLES

        j = t - 1
        while j > 0 and t - j <= 3 and not opens(j):
            if view.texts[j] in (",", "(") or j in self.ends:
                return None
            j -= 1  # over "vom Iran"
        if j < 2 or not opens(j) or view.texts[j - 1] != ",":
            return None
        named = self.ends.get(j - 1)
        return named if named is not None and not named.partial else None

    def _includes(self, k: int, t: int) -> None:
        """"Mercosur, which includes Brazil, Argentina ...", "The bloc comprises X and Y":
        the states after the verb are members of the body right before it."""
        view = self.view
        org_key = self._relative_antecedent(t, k, ("Organization",))
        if org_key is None:
            org_key = self._conjoined_relative(t, k)
        if org_key is None:
            before = self.ends.get(t)
            org_key = before.key if before is not None and not before.partial and \
                self.res.kind(before.key) == "Organization" else None
        if org_key is None or org_key not in self.res.entities:
            return
        first = self.mention_after(t + 1, view.sents[k][1], max_skip=1)
        if first is None or self.res.kind(first.key) != "State":
            return
        for state in self.coordinated_actors(first.tok, view.sents[k][1]):
            if self.res.kind(state) == "State":
                # a relative clause states the membership whatever the main clause says
                self.emit(state, "affiliatedWith", org_key, k, (t,), "membership", Modal())

    def _conjoined_relative(self, t: int, k: int) -> str | None:
        """"the task force, which is headquartered in N'Djamena, and also includes Chad":
        the organization a relative clause hangs on, when the verb at ``t`` is its second
        conjunct."""
        view = self.view
        a = view.sents[k][0]
        j = t - 1
        while j > a and t - j <= 2 and view.is_lower_word(j) and not view.has(j, "coord"):
            j -= 1  # "also"
        if j <= a or not view.has(j, "coord"):
            return None
        _r, owner = self._relative_after_comma(j, a)
        if owner is None or owner.partial or self.res.kind(owner.key) != "Organization":
            return None
        return owner.key

    def _body_to_join(self, m: Mention) -> bool:
        """An organization one can belong to, known or not ("the Congo River Alliance"): no
        state's own body, no party, no firm."""
        return self.res.kind(m.key) == "Organization" and not m.state and \
            m.org_class not in ("party", "company") and m.key not in self.res.state_bodies

    def _armed_group(self, m: Mention) -> bool:
        """An armed group of its own (no state's force): it can join an alliance of groups."""
        return self.res.kind(m.key) == "Organization" and not m.state and \
            m.org_class in ARMED_GROUP_CLASSES and m.key not in self.res.state_bodies

    def _belongs(self, k: int, a: int, t: int, *, member_noun: bool = False) -> None:
        """"Beide Länder gehören der OVKS an", "Poland belongs to NATO": the states before
        the verb are members of the alliance after it."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        # with a member word, also a compound's part ("zu den EU-Staaten")
        # (an unknown body only after "to"/"zu": in "Der Allianz gehören die Arakan Army
        # ... an" the groups after the verb are the members)
        org = next((m for m in self.sentence_mentions(k) if t < m.tok < hi
                    and (member_noun or not m.partial) and self._body_to_join(m) and (
                        joinable(m) or view.lex.lang == "en" or any(
                            view.lows[i] in self.belong_preps
                            for i in range(max(t, m.tok - 3), m.tok)))), None)
        if org is not None and not member_noun:
            named = {i for m in self.sentence_mentions(k) for i in range(m.tok, m.tok_end)}
            if any(view.is_cap(i) and i not in named and view.texts[i].isalpha()
                   and not view.has(i, "member") for i in range(t + 1, org.tok)):
                # "gehört sie zu den Garanten der Waffenruhe zwischen Israel und der
                # Hamas": a noun before the name is what they belong to
                org = None
        if member_noun and (org is None or not self._members_word(org)):
            return
        if org is None and view.lex.lang == "de":
            # "Dem Bündnis gehören neben Russland und Kasachstan auch Belarus ... an", "Der
            # Nato gehören 32 Staaten an": the alliance first, its members after the verb
            first = next((m for m in self.sentence_mentions(k) if lo <= m.tok < t
                          and not m.partial and joinable(m) and self._body_to_join(m)), None)
            if first is None and any(view.has(i, "alliance_org_anaphor") for i in range(lo, t)):
                first = self._alliance_anaphor(lo, t)
            span = (t, hi)
            rel, ante = self._relative_after_comma(t, a)
            whole = next((m for m in self.sentence_mentions(k)
                          if rel is not None and rel < m.tok < t and not m.partial
                          and self._body_to_join(m)
                          and any(view.lows[i] in self.belong_preps
                                  for i in range(max(rel, m.tok - 3), m.tok))), None)
            if whole is not None and ante is not None and ante.key and ante.key != whole.key \
                    and self.res.kind(ante.key) in ("State", "Organization"):
                # "die M23, die zum Rebellenbündnis AFC gehört": the antecedent belongs to
                # the body after "zu"
                self.emit(ante.key, "affiliatedWith", whole.key or "", k, (t,), "membership")
                return
            if rel is not None and ante is not None and ante.key and \
                    self.res.kind(ante.key) == "Organization":
                # "Mercosur, dem neben Brasilien auch Argentinien ... angehören": the
                # relative clause lists the members before its verb
                first, span = ante, (rel, t)
            members = [m.key for m in self.sentence_mentions(k) if span[0] < m.tok < span[1]
                       and not m.partial and m.form != "demonym_adj" and m.key and (
                           self.res.kind(m.key) == "State" or first is not None
                           and m.key != first.key and self._armed_group(m))]
            last = next((m for m in reversed(self.sentence_mentions(k))
                         if span[0] < m.tok < span[1] and view.texts[m.tok - 1] != "("
                         and m.key == (members[-1] if members else None)), None)
            if last is not None:
                # "... auch Belarus, Armenien, Tadschikistan und Kirgistan an": the whole list
                # (of groups, when the first member is one)
                kinds = ("State", "Organization") if self._armed_group(last) else ("State",)
                members += [x for x in self.coordinated_actors(last.tok, view.sents[k][1])
                            if self.res.kind(x) in kinds and x not in self.res.state_bodies]
            if not members and ante is not None and ante.key and \
                    self.res.kind(ante.key) == "State":
                members = [ante.key]  # "Russland, das der OVKS angehört"
            if first is not None and first.key and members:
                for state in dict.fromkeys(members):
                    self.emit(state, "affiliatedWith", first.key, k, (t,), "membership")
            return
        if org is None or org.key is None:
            return
        before = [m for m in self.sentence_mentions(k) if lo <= m.tok < t and not m.partial
                  and self.res.kind(m.key) == "State"]
        if before:
            # "Kazakhstan, Kyrgyzstan and Tajikistan belong to": a list over its commas
            states = self.coordination_ending(before[-1], a)
        elif any(view.phrase(i, "pair_anaphor") is not None for i in range(lo, t)):
            states = self._last_states(lo, 2)  # "Beide Länder gehören ... an"
        elif (ante_key := self._relative_antecedent(t, k, ("State", "Organization"))) \
                is not None and ante_key != org.key and (
                    self.res.kind(ante_key) == "State" or any(
                        self._body_to_join(m) for m in self.sentence_mentions(k)
                        if m.key == ante_key and m.tok < t)):
            # "Russia, which belongs to the CSTO", "the M23, which operates as part of the AFC"
            states = [ante_key]
        else:
            return
        orgs = [key for key in self.coordinated_actors(org.tok, hi)
                if self.res.kind(key) == "Organization"] or [org.key]
        for i in range(lo, org.tok):
            hit = view.phrase(i, "together_with")
            if hit is not None:
                # "Beide Länder gehören gemeinsam mit Japan und Australien dem Quad an": the
                # states named with them belong as well
                states = list(states) + [x for x in self.coordinated_actors(hit[0], org.tok)
                                         if self.res.kind(x) == "State" and x not in states]
                break
        for state in states:
            for key in orgs:  # "belongs to NATO and the EU"
                self.emit(state, "affiliatedWith", key, k, (t,), "membership")
        if len(states) == 1 and len(orgs) == 1:
            self.memberships.append((k, states[0], org.key))

    def _demonym_body(self, r: int, b: int) -> str | None:
        """The state of "der ägyptischen Delegation", "of the Egyptian delegation" right after
        the role word at ``r``: a demonym before a noun that names no government."""
        view = self.view
        j = self._role_end(r, b)
        while j < b and (view.lows[j] in _ARTICLES or view.lows[j] in ("of", "des", "der")
                         or view.is_lower_word(j) and not view.has(j, "gov")
                         and j not in self.starts and j - r < 4):
            j += 1
        m = self.starts.get(j)
        n = m.tok_end if m is not None else b
        if m is None or m.form != "demonym_adj" or self.res.kind(m.key) != "State" or \
                n >= b or not view.texts[n].isalpha() or n in self.starts or any(
                view.has(n, c) for c in ("gov", "country_anaphor", "role_leader",
                                         "role_official", "armed_forces", "force")):
            return None
        return m.key

    def _member_country(self, t: int) -> bool:
        """"das einzige EU-Land", "an EU country": a singular country word an alliance
        names, which speaks of one member as "EU-Mitglied" does."""
        view = self.view
        if not view.has(t, "country_anaphor") or view.has(t, "region_plural") or \
                view.lows[t] in view.lex.word_set("states_plural"):
            return False
        inside = any(self.res.kind(m.key) == "Organization" and joinable(m)
                     for m in self.partials.get(t, ()))
        before = self.ends.get(t)
        if not (inside or before is not None and joinable(before) and
                self.res.kind(before.key) == "Organization"):
            return False
        # only as the predicate of a state: "Zypern ist das einzige EU-Land", "Malta is an
        # EU country" (not "wie kein anderes Nato-Land", "threatened EU countries")
        j = (before.tok if before is not None and not inside else t) - 1
        while j > 0 and t - j < 5 and (view.lows[j] in _ARTICLES or view.is_lower_word(j)
                                       and view.lows[j] not in self.copulas):
            j -= 1
        subject = self.ends.get(j)
        return j > 0 and view.lows[j] in self.copulas and subject is not None and \
            self.res.kind(subject.key) == "State"

    def _members_word(self, org: Mention) -> bool:
        """"EU-Staaten", "Nato-Mitglieder", "EU states", "NATO members": the organization
        names a group of its member states."""
        view = self.view
        if org.partial:
            return view.has(org.tok, "member") or view.has(org.tok, "country_anaphor")
        j = org.tok_end
        return j < len(view.texts) and (view.has(j, "member")
                                        or view.has(j, "country_anaphor"))

    def _member_states(self, k: int, a: int, t: int, org: Mention) -> list[str]:
        """The states a member word speaks of: one ("Schweden ist Mitglied der Nato"), a
        coordination an apposition describes ("Lithuania and Poland, both NATO members"),
        or the pair a "both" stands for ("both are members of the CSTO")."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        if lo > a and view.texts[lo - 1] == "," and view.has(lo, "distributive"):
            named = self.ends.get(lo - 1)
            if named is not None and self.res.kind(named.key) == "State":
                return self.coordination_ending(named, a)
        one = self._member_state(k, t, org)
        if one is not None and one.tok > a + 1 and view.lows[one.tok - 1] in ("wie", "like"):
            # "Tadschikistan ist wie Russland Mitglied der OVKS": the subject as well
            subject = self.mention_before(one.tok - 1, a, skip_adjectives=1)
            if subject is None and one.tok - 2 > a:
                subject = self.mention_before(one.tok - 2, a)  # over "ist"
            if subject is not None and self.res.kind(subject.key) == "State" and subject.key:
                return [subject.key, one.key or ""]
        if one is not None:
            # "South Africa, Russia and China are all members", "Deutschland und
            # Großbritannien sind Nato-Mitglieder": every state of the coordination
            if one.tok < t:
                return self.coordination_ending(one, a - 1)
            # "NATO members Poland and Lithuania": the coordination after the word
            listed = [x for x in self.coordinated_actors(one.tok, view.sents[k][1])
                      if self.res.kind(x) == "State"]
            return listed if one.key in listed else [one.key or ""]
        if any(view.has(i, "distributive") or view.has(i, "pair_anaphor")
               for i in range(lo, t)):
            return self._last_states(t, 2)
        return []

    def _listed_before(self, last: Mention, a: int, fits: Callable[[Mention], bool], *,
                       articles: bool = False) -> list[Mention]:
        """The mentions of the coordination ending with ``last`` that ``fits`` accepts, in
        text order ("Lithuania and Poland"; with ``articles``: "die USA und die EU")."""
        view = self.view
        listed = [last]
        while True:
            j = listed[0].tok - 1
            if articles and j > a and view.has(j, "def_article"):
                j -= 1
            if j <= a or not (view.has(j, "coord") or view.texts[j] == ","):
                return listed
            prev = self.ends.get(j)
            if prev is None or not fits(prev):
                return listed
            listed.insert(0, prev)

    def _list_start(self, last: Mention, a: int, kind: str) -> Mention:
        """The first mention of kind ``kind`` in the coordination ending with ``last``
        ("Lithuania and Poland", "Fordo, Natans und Isfahan")."""
        return self._listed_before(last, a, lambda m: self.res.kind(m.key) == kind)[0]

    def coordination_ending(self, last: Mention, a: int) -> list[str]:
        """The states of the coordination that ends with ``last`` ("Lithuania and Poland")."""
        # "Ungarn und die Slowakei": an article may open a later item
        start = self._listed_before(last, a, lambda m: self.res.kind(m.key) == "State",
                                    articles=True)[0]
        keys = [key for key in self.coordinated_actors(start.tok, last.tok_end)
                if self.res.kind(key) == "State"]
        return keys if last.key in keys else [last.key or ""]

    def _sides_ending(self, last: Mention, a: int) -> list[str]:
        """The states and blocs coordinated before ``last``, articles allowed ("die USA und
        die Europäische Union"), as actor keys."""
        def side(m: Mention) -> str | None:
            return self.actor_key(m, institutions_as_state=True)

        listed = self._listed_before(
            last, a, lambda m: (key := side(m)) is not None and bool(key)
            and self.res.kind(key) in ("State", "Organization"), articles=True)
        return [side(m) or "" for m in listed]

    def _last_states(self, tok: int, n: int) -> list[str]:
        """The last ``n`` different states named before token ``tok``."""
        found: list[str] = []
        if self._mention_toks is None:
            self._mention_toks = [m.tok for m in self.res.mentions]
        for m in reversed(self.res.mentions[:bisect_left(self._mention_toks, tok)]):
            if not m.partial and self.res.kind(m.key) == "State" and m.key and \
                    m.key not in found:
                found.append(m.key)
                if len(found) == n:
                    break
        return found if len(found) == n else []

    def _joined(self, k: int, a: int, b: int, t: int) -> None:
        """"Sweden joined NATO", "Finnland ist der Nato beigetreten"; not "would seek to
        join", an aim."""
        view = self.view
        if t > a and view.has(t - 1, "infinitive_marker"):
            return
        lo, hi = clause_bounds(view, t, k)
        if any(view.has(i, "negation") for i in range(lo, hi)):
            return  # "hat sich ... nicht angeschlossen"
        if any(view.lows[i] in view.lex.word_set("intent_modal") for i in range(lo, hi)):
            return  # "Serbien, das der EU beitreten will": an aim
        if lo - 3 > a and view.texts[lo - 1] == ")" and view.texts[lo - 3] == "(":
            lo = clause_bounds(view, lo - 4, k)[0]  # "der Allianz (AES) angeschlossen"
        orgs = [m for m in self.sentence_mentions(k) if lo <= m.tok < hi and joinable(m)
                and self.res.kind(m.key) == "Organization"]
        # not the body a coalition is against ("der Koalition gegen die Terrormiliz
        # Islamischer Staat (IS)"), under any of its names
        fought = {m.key for m in orgs if self._against_before(m, lo)}
        orgs = [m for m in orgs if m.key not in fought]
        if not orgs:
            # "Congo joined the seven-nation bloc": the alliance last named
            anaphor = self._alliance_anaphor(t, hi)
            if anaphor is None or not joinable(anaphor):
                return
            orgs = [anaphor]
        org = min(orgs, key=lambda m: abs(m.tok - t))
        state = self._nearest_state(k, t, exclude=org)
        if state is None or org.key is None:
            return
        self.emit(state, "affiliatedWith", org.key, k, (t,), "membership")
        self.memberships.append((k, state, org.key))

    def _founded(self, k: int, a: int, b: int, t: int) -> None:
        """"Mali, Burkina Faso und Niger hatten die Allianz der Sahelstaaten gegründet":
        the founders are members; founders of an alliance are allied with each other."""
        view = self.view
        mentions = [m for m in self.sentence_mentions(k) if not m.partial]
        orgs = [m for m in mentions if self.res.kind(m.key) == "Organization" and m.key]
        first = next((m for m in mentions if self.res.kind(m.key) == "State"), None)
        if not orgs or first is None or first.tok > t:
            return
        org = min(orgs, key=lambda m: abs(m.tok - t))
        # the founded body is the verb's object: right after it ("formed the Alliance of
        # Sahel States") or, with a German participle, right before it ("die Allianz ...
        # gegründet"); not an organization elsewhere ("..., NATO said")
        if not (0 < org.tok - t <= 5 or 0 <= t - org.tok_end <= 3):
            return
        founders = [key for key in self.coordinated_actors(first.tok, min(t, org.tok))
                    if self.res.kind(key) == "State"]
        if len(founders) < 2 and first.tok > a and view.has(first.tok - 1, "with"):
            # "Gemeinsam mit Burkina Faso haben Mali und Niger ... gegründet": the partner
            # named first and the subject after it
            founders = list(dict.fromkeys(
                m.key for m in mentions if m.key and first.tok <= m.tok < min(t, org.tok)
                and self.res.kind(m.key) == "State" and m.form != "demonym_adj"))
        if org.key is None:
            return
        for state in founders:
            self.emit(state, "affiliatedWith", org.key, k, (t,), "membership")
        if any(view.has(i, "alliance_noun") for i in range(org.tok, org.tok_end)):
            for i, x in enumerate(founders):
                for y in founders[i + 1:]:
                    self.emit(x, "alliedWith", y, k, (t,), "alliance")
            if len(set(founders)) >= 2:
                self.foundings.append((k, tuple(dict.fromkeys(founders))))

    def _against_before(self, m: Mention, lo: int, reach: int = 4) -> bool:
        """"gegen die Terrormiliz IS", "fighting against the ADF": an against-preposition
        within ``reach`` tokens before ``m`` (not before ``lo``) makes it the side fought."""
        return any(self.view.lows[i] in self.against for i in range(max(lo, m.tok - reach), m.tok))

    def _alliance_anaphor(self, t: int, b: int) -> Mention | None:
        """"als Mitglied in das Bündnis", "the alliance's 32nd member": the organization
        last named as such."""
        view = self.view
        for j in list(range(t + 1, min(b, t + 5))) + list(range(max(0, t - 4), t)):
            if view.has(j, "alliance_org_anaphor"):
                orgs = [m for m in self.res.mentions
                        if m.tok < t and self.res.kind(m.key) == "Organization"]
                # "die Koalition gegen die Terrormiliz IS": not IS, under any of its names
                fought = {m.key for m in orgs
                          if self._against_before(m, view.sents[view.sent_of[m.tok]][0])}
                for m in reversed(orgs):
                    named = m.entry or m.text.lower().endswith(view.lows[j])
                    if named and m.org_class not in ("mission", "party") and \
                            m.key not in fought:
                        return m  # a known body, or "die Drei-Bruderschafts-Allianz"
        return None

    def _member_state(self, k: int, t: int, org: Mention) -> Mention | None:
        """The state a member word belongs to: in its clause ("Schweden ist Mitglied der
        Nato"), or the name an apposition describes ("Lithuania, a NATO member"); not a
        state of another clause ("Mozambique's business, and members of Parliament")."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        inside = [m for m in self.sentence_mentions(k) if lo <= m.tok < hi and m is not org
                  and self.res.kind(m.key) == "State" and not self.city_of(m)]
        nxt = self.starts.get((view.phrase(t, "member") or (t + 1, ""))[0])
        if nxt is not None and nxt in inside and nxt.form != "demonym_adj" and nxt.tok > t:
            return nxt  # "in den Luftraum des Nato-Mitglieds Rumänien": the one it names
        before = [m for m in inside if m.tok < t and not any(
            view.lows[x] in view.lex.word_set("question_word") for x in range(m.tok_end, t))]
        # (not "Russia is probing how quickly NATO members react": a question's members)
        if before:
            # "Finland ... after Russia's invasion of Ukraine and became Nato's 31st member":
            # not the object of a preposition
            free = [m for m in before if not (m.tok > lo and view.has(m.tok - 1, "object_prep"))
                    and not (m.tok_end < t and view.texts[m.tok_end] in _GENITIVE_MARKS)]
            return (free or before)[-1]
        if lo > 0 and view.texts[lo - 1] == "," and t - lo <= 4 and (
                view.lows[lo] in _ARTICLES or all(view.is_lower_word(i) or view.texts[i].isdigit()
                                                  for i in range(lo, t))):
            # "Lithuania, a NATO member", "Rumänien, seit 2004 Mitglied der Nato"
            named = self.ends.get(lo - 1)
            if named is not None and self.res.kind(named.key) == "State":
                return named
        # "Nato-Mitglied Polen", not "die Nato-Mitglieder entlang ihrer Grenzen zu Russland"
        # or "a member of the alliance has fired on Russian drones"
        # nor "NATO allies were alarmed by Russia's intervention": an agent or an owner
        after = [m for m in inside if m.tok > t and m.tok - t <= 6 and m.form != "demonym_adj"
                 and not any(view.has(m.tok - 1, cat)
                             for cat in ("locprep", "object_prep", "toward_prep", "by_prep"))
                 and not (m.tok_end < hi and view.texts[m.tok_end] in _GENITIVE_MARKS)
                 # not "NATO members bordering Russia": a verb between says something else
                 and not any(view.is_lower_word(x) and view.lows[x] not in _ARTICLES
                             and not view.has(x, "subset_marker") and not view.has(x, "member")
                             and not view.has(x, "coord")
                             for x in range(t + 1, m.tok))]
        return after[0] if after else None

    def city_of(self, m: Mention) -> bool:
        """A demonym naming where a city lies ("in der kasachischen Hauptstadt Astana", "im
        chinesischen Kunming"): where, not who."""
        view = self.view
        if m.form != "demonym_adj" or m.tok_end >= len(view.texts):
            return False
        place = self.starts.get(m.tok_end)  # "im südchinesischen Kunming"
        return view.has(m.tok_end, "capital_word") or view.has(m.tok_end, "city_head") or \
            place is not None and self.res.kind(place.key) == "Place" and self._is_city(place)

    def _nearest_state(self, k: int, t: int, exclude: Mention | None = None) -> str | None:
        """The state mentioned closest before token ``t`` in sentence ``k`` (else after),
        not one inside a relative clause ("Sein Land, das eine Grenze mit Russland teilt,
        war der Nato beigetreten")."""
        view = self.view
        inside = view.relative_clauses(view.sents[k][0], t)
        before = [m for m in self.sentence_mentions(k) if m.tok < t and m is not exclude
                  and self.res.kind(m.key) == "State" and m.tok not in inside
                  and not self.city_of(m)]
        if before:
            return before[-1].key
        after = [m for m in self.sentence_mentions(k) if m.tok > t and m is not exclude
                 and self.res.kind(m.key) == "State"]
        return after[0].key if after else None

    # ------------------------------------------------------------------ alliances

    def alliances(self, k: int, a: int, b: int) -> None:
        """An alliance word with "zwischen X und Y" / "between X and Y" or "Achse X-Y"."""
        view = self.view
        nouns = [i for i in range(a, b) if view.has(i, "alliance_noun")]
        if not nouns:
            return
        for pair, t in self.pairs(k, a, b):
            # "Allianz zwischen X und Y", "Achse X-Y", "zwischen X und Y ... ihr Bündnis"
            near = any(0 <= t - n <= 3 or abs(t - n) <= 1 for n in nouns)
            owned = any(n > t and view.lows[n - 1] in ("ihr", "ihre", "ihres", "their")
                        for n in nouns)
            if near or owned:
                self.emit(pair[0], "alliedWith", pair[1], k, (t,), "alliance")
        for n in nouns:
            self._ally_of(k, a, b, n)
            self._allied_with(k, a, b, n)

    def _allied_with(self, k: int, a: int, b: int, n: int) -> None:
        """"the Houthis, who are allied with Iran", "Serbia is closely allied with Russia":
        the subject (or the name the relative clause hangs on) and the partner."""
        view = self.view
        hit = view.phrase(n, "allied_with")
        if hit is None or hit[0] >= b:
            return
        partner = self.mention_after(hit[0], b, max_skip=1)
        if partner is None or self.actor_key(partner) is None:
            return
        subject = self._described_before(n, a)
        if subject is None or self.actor_key(subject) is None or subject.key == partner.key:
            return
        for key in self.coordination_ending(subject, a) if self.res.kind(
                subject.key) == "State" else [subject.key or ""]:
            if key and key != partner.key:
                self.emit(key, "alliedWith", partner.key, k, (n,), "alliance")

    def _described_before(self, n: int, a: int) -> Mention | None:
        """The name a predicate at ``n`` describes: "the Houthis, who are allied with",
        "Serbia is closely allied with", "X, allied with", "the ADF, a rebel group allied
        with"."""
        view = self.view
        j = n
        while j > a and (view.lows[j - 1] in self.auxiliaries or view.has(j - 1, "relative_pronoun")
                         or view.has(j - 1, "degree_adverb")):
            j -= 1  # "who are closely allied with"
        if j == n and not (j > a and view.texts[j - 1] == ","):
            # "the ADF, a rebel group allied with": the name the apposition describes; not
            # "the allied forces with" (no predicate; "X, allied with Y" is one)
            return self._apposed_name(n, definite=True)
        if j > a and view.texts[j - 1] == ",":
            j -= 1
        if j - 3 >= a and view.texts[j - 1] == ")" and view.texts[j - 3] == "(" and \
                self.ends.get(j - 1) is not None:
            j -= 1  # "the Kachin Independence Army (KIA) is allied with"
        return self.ends.get(j)

    def subordinate(self, k: int, a: int, b: int) -> None:
        """"the Africa Corps, a force controlled by Russia's defence ministry", "das
        Afrikakorps, das dem russischen Verteidigungsministerium untersteht": a body under
        another organization belongs to it."""
        view = self.view
        for n in view.positions(k, "subordinate_to"):
            hit = view.phrase(n, "subordinate_to")
            if hit is None:
                continue
            # the verb last in a relative clause: ", das dem Verteidigungsministerium
            # untersteht"; else the body after the phrase: "a force controlled by X"
            lo, _hi = clause_bounds(view, n, k)
            parent = next((m for m in self.sentence_mentions(k) if lo < m.tok < n
                           and not m.partial), None) if lo >= 2 and \
                view.texts[lo - 1] == "," and view.has(lo, "relative_pronoun") else None
            if parent is not None:
                self._part_of(self.ends.get(lo - 1), parent, k, n)
            else:
                self._part_of(self._described_before(n, a),
                              self.mention_after(hit[0], b, max_skip=2), k, n)

    def affiliated_with(self, k: int, a: int, b: int) -> None:
        """"Al Shabaab, which is affiliated with al Qaeda", "a group linked to al Qaeda":
        the name described belongs to the organization after the phrase."""
        view = self.view
        for n in view.positions(k, "affiliated_with"):
            hit = view.phrase(n, "affiliated_with")
            if hit is None or hit[0] >= b:
                continue
            self._part_of(self._described_before(n, a),
                          self.mention_after(hit[0], b, max_skip=1), k, n)

    def _part_of(self, member: Mention | None, parent: Mention | None, k: int, n: int) -> None:
        """``member`` belongs to ``parent`` when both are organizations, named whole."""
        if member is None or parent is None or member.partial or parent.partial or \
                member.key == parent.key or self.res.kind(member.key) != "Organization" or \
                self.res.kind(parent.key) != "Organization":
            return
        self.emit(member.key, "affiliatedWith", parent.key, k, (n,), "membership")

    def _ally_of(self, k: int, a: int, b: int, n: int) -> None:
        """"Belarus, Moscow's closest ally", "Turkey is Azerbaijan's closest ally", "Belarus
        ist der engste Verbündete Russlands": the state described is the owner's ally."""
        view = self.view
        owner = self.mention_before(n, a, skip_adjectives=2)
        modifier = owner is not None and owner.tok_end == n and owner.form == "abbrev" and \
            view.lex.lang == "en"  # "US allies Japan and South Korea"
        if owner is not None and not modifier and not (
                owner.tok_end < n and view.texts[owner.tok_end] in _GENITIVE_MARKS
                or owner.form == "inflected"):
            owner = None
        if owner is None and n + 1 < b:
            after = self.starts.get(n + 1)
            if after is not None and after.form == "inflected":
                owner = after  # "der engste Verbündete Russlands"
            elif view.lows[n + 1] in ("der", "des", "of") and n + 2 < b:
                # "der wichtigste Verbündete der Polisario", "a close ally of the United States"
                owner = self.starts.get(n + 2) or self.starts.get(n + 3) if \
                    view.lows[n + 2] in _ARTICLES else self.starts.get(n + 2)
        if owner is None:
            self._possessed_ally(k, a, n)
            return
        if not (self.res.kind(owner.key) == "State" or self.res.kind(
                owner.key) == "Organization" and not owner.partial and (
                    not owner.state or owner.org_class in ARMED_FORCES)):
            return  # (a state's army may have allies of its own: "der Verbündete der
            # sudanesischen Armee" in a civil war)
        start = min(owner.tok, n)
        j = start - 1
        while j > a and (view.lows[j] in _ARTICLES or view.is_lower_word(j)
                         and not view.has(j, "coord") and j > start - 4
                         and view.lows[j] not in self.auxiliaries
                         and view.lows[j] not in self.copulas):
            j -= 1
        described = None
        if j > a and view.texts[j] == ",":
            described = self.ends.get(j)  # apposition
        elif j >= a and (view.lows[j] in self.auxiliaries or view.lows[j] in self.copulas):
            # "Turkey is Azerbaijan's closest ally", "Katar gilt als enger Verbündeter der USA"
            described = self.ends.get(j)
        if described is not None and self.res.kind(described.key) == "State":
            # "Japan and South Korea are US allies": every state of the coordination
            for key in self.coordination_ending(described, a):
                if key and key != owner.key:
                    self.emit(key, "alliedWith", owner.key, k, (n,), "alliance")
        elif n + 1 < b and n + 1 in self.starts and (
                modifier or owner.tok_end < n and view.texts[owner.tok_end] in _GENITIVE_MARKS):
            # "US allies Japan and South Korea", "Moscow's ally Belarus": the states named
            # right after the noun (not the owner of the next phrase: "and China's partner")
            owners = self._owners_after(n, b)
            for key in self.coordinated_actors(n + 1, b):
                if self.res.kind(key) == "State" and key != owner.key and key not in owners:
                    self.emit(key, "alliedWith", owner.key, k, (n,), "alliance")

    def _last_alliance(self, t: int) -> Mention | None:
        """The alliance (a known organization, no mission or party) named last before
        token ``t``, within a few sentences."""
        k = self.view.sent_of[t]
        if self._mention_toks is None:
            self._mention_toks = [m.tok for m in self.res.mentions]
        for m in reversed(self.res.mentions[:bisect_left(self._mention_toks, t)]):
            if m.partial:
                continue
            if k - self.view.sent_of[m.tok] > 3:
                return None
            if self.res.kind(m.key) == "Organization" and m.entry and joinable(m) and \
                    m.org_class not in ("mission", "party"):
                return m
        return None

    def _possessed_ally(self, k: int, a: int, n: int) -> None:
        """"in solidarity with Azerbaijan, its close ally", "die Türkei, seinen wichtigsten
        Verbündeten": the state in apposition is the ally of the clause's subject."""
        view = self.view
        j = n - 1
        while j > a and n - j <= 3 and view.is_lower_word(j) and not view.has(j, "possessive"):
            j -= 1
        if j <= a or not view.has(j, "possessive"):
            return
        after = self.starts.get(n + 1)
        if view.texts[j - 1] != "," and after is not None and not after.partial and \
                self.res.kind(after.key) == "State":
            # "Turkey ... out of solidarity with its ally Azerbaijan", "Russland und sein
            # Verbündeter Belarus": the state named after the noun
            subjects = [x for x in self._clause_subjects(k, j)
                        if x != after.key and self.res.kind(x) == "State"]
            if len(subjects) == 1 and after.key:
                self.emit(subjects[0], "alliedWith", after.key, k, (n,), "alliance")
            return
        if j - 1 <= a or view.texts[j - 1] != ",":
            return
        described = self.ends.get(j - 1)
        if described is None or self.res.kind(described.key) != "State":
            return
        subjects = self._clause_subjects(k, described.tok)
        subjects = [x for x in subjects if x != described.key and self.res.kind(x) == "State"]
        if len(subjects) == 1 and described.key:
            self.emit(subjects[0], "alliedWith", described.key, k, (n,), "alliance")

    def pairs(self, k: int, a: int, b: int) -> Iterator[tuple[tuple[str, str], int]]:
        """Actor pairs a sentence joins: "zwischen X und Y", "X-Y" (hyphen partials)."""
        view = self.view
        for t in range(a, b):
            if view.has(t, "between"):
                actors = self.coordinated_actors(t + 1, b)
                for i in range(len(actors)):
                    for j in range(i + 1, len(actors)):
                        yield (actors[i], actors[j]), t
        for t, parts in self.partials.items():
            if a <= t < b:
                keys = [m.key for m in parts if self.res.kind(m.key) in _ACTOR_KINDS]
                if len(keys) == 2 and keys[0] and keys[1] and keys[0] != keys[1]:
                    yield (keys[0], keys[1]), t

    def coordinated_actors(self, j: int, b: int) -> list[str]:
        """Actors of a coordination starting at ``j``: "der Türkei, Finnland und Schweden"."""
        view = self.view
        keys: list[str] = []
        after_comma = False
        while j < b:
            m = self.mention_after(j, b, max_skip=1)
            if m is not None and m.form == "demonym_adj" and self.res.kind(m.key) == "Place":
                # "dem südamerikanischen Staatenbund Mercosur": the name after the region's
                # adjective and its noun
                m = self.mention_after(m.tok_end, b, max_skip=1)
            if m is not None and m.tok > 1 and view.lows[m.tok - 2] in _ARTICLES and \
                    self._participle_agent(m, led=True) and \
                    self.starts.get(m.tok_end + 1) is not None:
                # "zwischen Iran und der von Moskau dominierten Eurasischen
                # Wirtschaftsunion": the noun the participle describes, not its agent
                m = self.starts[m.tok_end + 1]
            if m is None:
                break
            key = self.actor_key(m, institutions_as_state=True)
            if key is None:
                break
            end = m.tok_end
            if end + 2 < b and view.texts[end] == "(" and view.texts[end + 2] == ")" and \
                    (short := self.starts.get(end + 1)) is not None and short.key == m.key:
                end += 3  # "die Ta'ang National Liberation Army (TNLA) und ...": its acronym
            if end < b and view.texts[end] in _GENITIVE_MARKS:
                end += 1
                owned = self.starts.get(end)
                owned_key = self.actor_key(owned, institutions_as_state=True) if owned else None
                if owned is not None and owned_key and self.res.kind(owned.key) in _ACTOR_KINDS:
                    key, end = owned_key, owned.tok_end  # "Yemen's Houthi movement"
                elif keys and m.tok > 0 and view.texts[m.tok - 1] == ",":
                    break  # "The United States, Poland's most important ally, ..."
            if after_comma and keys and end < b and view.lows[end] in self.auxiliaries:
                break  # ", and the United States has ...": a new clause, not a coordination
            if key not in keys:
                keys.append(key)
            j = end
            if j < b and (view.texts[j] == "," or view.has(j, "coord")):
                # only a comma right before this conjunct can open a new clause
                after_comma = view.texts[j] == "," or (
                    j + 1 < b and view.texts[j + 1] == "," and view.has(j, "coord"))
                if view.texts[j] == "," and j + 1 < b and view.has(j + 1, "coord"):
                    j += 1  # ", and"
                j += 1
                continue
            break
        return keys

    # ------------------------------------------------------------------ conflict

    def named_wars(self, k: int, a: int, b: int) -> None:
        """"der Krieg in der Ukraine", "the Gaza war": a war named without its sides, in a
        document that names both sides (``wars.json``), says they fight each other."""
        view = self.view
        if view.boiler[k] or not self.named_sides:
            return
        begin = view.idx[a]
        text = view.text[begin:view.ends[b - 1]].lower()
        for pattern, (first, second) in self.named_sides:
            hit = pattern.search(text)
            if hit is not None:
                tok = next((i for i in range(a, b) if view.idx[i] >= begin + hit.start()), a)
                self.emit(first, "inConflictWith", second, k, (tok,), "conflict-named")

    def _verbal(self, t: int) -> bool:
        """Token ``t`` reads as a verb form after an auxiliary ("are fighting", "have
        fought", "haben gekämpft"), not as a noun ("has launched attacks", "hat Angriffe
        geflogen": German nouns are capitalized)."""
        low = self.view.lows[t]
        if self.view.lex.lang == "de":
            return not self.view.is_cap(t)
        return low.endswith(("ing", "ed")) or low in self.view.lex.word_set("irregular_participle")

    def conflicts(self, k: int, a: int, b: int) -> None:
        """"russischer Angriff auf die Ukraine", "Russia's invasion of Ukraine", "Russland
        führt einen Krieg gegen die Ukraine", "seit Beginn seines Kriegs gegen X". "Das
        Nachbarland" is not resolved: which neighbour is background the text leaves open."""
        view = self.view
        for t in range(a, b):
            war = view.phrase(t, "war_state")
            if war is not None:
                self._at_war(k, t, war[0], b)
            if "-" in view.texts[t]:
                self._compound_war(k, t, b)
            if not view.has(t, "conflict") or "-" in view.texts[t]:
                continue
            attacker = self.mention_before(t, a, skip_adjectives=2)
            if attacker is not None and self._verbal(t) and any(
                    view.lows[i] in self.auxiliaries for i in range(attacker.tok_end, t)) \
                    and self._waged_by(t, k) is None:
                continue  # "soldiers are reportedly fighting": not an attack noun phrase
            if any(view.has(i, "condemn_verb") for i in range(clause_bounds(view, t, k)[0], t)):
                continue  # "Russland verurteilt die Angriffe auf Iran": the critic, no side
            j = t + 1
            # "clashes this week between ...": over a time phrase to "between"
            jj = next((x for x in range(j, min(b, j + 4)) if view.has(x, "between")
                       and all(view.is_lower_word(y) for y in range(j, x))), None)
            if jj is not None:
                # "Kämpfe zwischen Armee und RSF", "clashes between India and Pakistan",
                # "between M23 fighters and pro-government Wazalendo militias"
                first = self.mention_after(jj + 1, b, max_skip=2)
                if first is not None and self.actor_key(first):
                    pair = self.coordinated_actors(first.tok, b)
                    if len(pair) != 2:
                        pair = self._forces_pair(first, b)
                    if len(pair) == 2:
                        self.emit(pair[0], "inConflictWith", pair[1], k, (t,), "conflict")
                continue
            if view.lows[t] == "kämpfen":
                continue  # the verb ("kämpfen gegen") is a deployment's, not a war noun
            if view.lex.lang == "de":
                # "Indien und Pakistan hatten sich Gefechte geliefert": each other
                lo, _hi = clause_bounds(view, t, k)
                sides = [m for m in self.sentence_mentions(k) if lo <= m.tok < t
                         and not m.partial and self.actor_key(m)]
                if len(sides) == 2 and _coordinated(view, sides[0], sides[1], strict=True):
                    self._reciprocal(k, sides, t)
            owner = None
            if t + 2 < b and view.lows[t + 1] in ("der", "des"):
                owner = self.mention_after(t + 2, b, max_skip=1)  # "der Angriff der Hamas auf"
            elif t + 1 < b and view.lex.lang == "de":
                after = self.starts.get(t + 1)  # "dem Angriff Russlands auf die Ukraine"
                owner = after if after is not None and after.form == "inflected" else None
            if owner is not None and self.actor_key(owner) and owner.tok_end < b and \
                    view.lows[owner.tok_end] in ("auf", "gegen"):
                victim = self.actor_key(self.mention_after(owner.tok_end + 1, b, max_skip=1),
                                        institutions_as_state=True)
                attacker_key = self.actor_key(owner, institutions_as_state=True)
                if victim and attacker_key and victim != attacker_key:
                    self.emit(attacker_key, "inConflictWith", victim, k, (t,), "conflict")
                    continue
            if j >= b or not view.has(j, "conflict_prep"):
                against, subject = self._against_after(t, b, attacker)
                if against is None:
                    self._fought_before(k, t)
                    continue
                j, attacker = against, subject or attacker
            # a state's own forces fight for it ("die kongolesische Armee kämpft gegen ...")
            attacker_key = self.actor_key(attacker, institutions_as_state=True) \
                if attacker is not None else None
            if attacker is not None and attacker_key is None and attacker.key and \
                    view.after_genitive(attacker) is not None:
                # "Russian President Vladimir Putin's invasion of Ukraine": his state's war
                leads = self.person_targets.get(attacker.key)
                attacker_key = leads if leads and self.res.kind(leads) == "State" else None
            if attacker is None and view.lows[j] not in ("in", "im"):
                # not "Pretoria's claim to be neutral on the war in Ukraine": a war's place
                # says nothing about the clause's subject taking part
                # (an armed group too, with "with": "Hezbollah, which was weakened in the
                # conflict with Israel", "Die Hisbollah ist durch den Krieg mit Israel ...")
                kinds = ("State", "Organization") if view.has(j, "with") else ("State",)
                attacker_key = self._clause_subject_state(t, k, kinds) or \
                    self._relative_antecedent(t, k, kinds)
            elif attacker is None and t > a and view.has(t - 1, "possessive"):
                attacker_key = self._clause_subject_state(t, k)  # "for its war in Ukraine"
            elif attacker is None:
                attacker_key = self._waged_by(t, k)  # "Russland führt seit 2022 Krieg in"
            if attacker_key is None and attacker is None:
                attacker_key = self._perpetrator(t, k)
            if attacker_key is None:
                continue
            # "auf die benachbarte Ukraine": an article and an adjective may stand between
            hit = self.mention_after(j + 1, b, max_skip=1)
            if hit is None and j + 2 < b and view.is_lower_word(j + 2):
                hit = self.mention_after(j + 1, b, max_skip=2)
            victim_key = self.actor_key(hit, institutions_as_state=True)
            if victim_key and victim_key != attacker_key:
                self.emit(attacker_key, "inConflictWith", victim_key, k, (t,), "conflict")

    def _compound_war(self, k: int, t: int, b: int) -> None:
        """"the Israel-Hamas war", "des Israel-Hamas-Krieges": the two sides a war's
        compound names."""
        view = self.view
        parts = view.texts[t].split("-")
        lex = view.lex
        if len(parts) == 3:
            head = parts[-1].lower()
            if not any(lex.has(h, "conflict") for h in (head, head[:-1], head[:-2])):
                return
        elif len(parts) != 2 or t + 1 >= b or not view.has(t + 1, "conflict"):
            return
        sides = list(dict.fromkeys(self.actor_key(m) for m in self.partials.get(t, ())
                                   if self.actor_key(m)))
        if len(sides) == 2:
            self.emit(sides[0], "inConflictWith", sides[1], k, (t,), "conflict")

    def forces_against(self, k: int, a: int, b: int) -> None:
        """"Kampala schickt weitere Soldaten gegen die ADF-Miliz", "Burundian soldiers are
        operating against the RED-Tabara rebels": forces sent or fighting against an armed
        group or a state put their state in conflict with it."""
        view = self.view
        for j in range(a + 1, b - 1):
            if view.lows[j] not in self.against:
                continue
            lo, _hi = clause_bounds(view, j, k)
            force = next((t for t in range(j - 1, max(lo, j - 8) - 1, -1)
                          if self._is_force(t)), None)
            if force is None:
                continue
            target = self.mention_after(j + 1, b, max_skip=2)
            x = j + 1
            while target is None and x < b and x - j < 3 and view.lows[x] in _ARTICLES:
                x += 1
            if target is None and x < b:
                # "gegen die ADF-Miliz": the group named inside the compound
                target = next((p for p in self.partials.get(x, ())
                               if self.res.kind(p.key) == "Organization"), None)
            if target is None or target.form == "demonym_adj" or not (
                    self.res.kind(target.key) == "State" and not target.partial
                    or self.res.kind(target.key) == "Organization"
                    and target.key not in self.res.state_bodies):
                continue  # an armed group ("die ADF-Miliz") or a state
            owner = self._force_owner(force, lo)
            if owner is None:
                subjects = self._clause_subjects(k, force)
                owner = subjects[0] if len(subjects) == 1 else None
            if owner and target.key and owner != target.key and \
                    self.res.kind(owner) == "State":
                self.emit(owner, "inConflictWith", target.key, k, (force, j), "conflict")

    def fired_at(self, k: int, a: int, b: int) -> None:
        """"Teheran hatte rund 180 ballistische Raketen auf Israel abgefeuert", "Iran fired
        missiles at Israel": who fires weapons at a state or group is in conflict with it."""
        view = self.view
        for v in view.positions(k, "fire_verb"):
            lo, hi = clause_bounds(view, v, k)
            weapon = next((i for i in range(lo, hi) if view.has(i, "weapon")), None)
            if weapon is None:
                continue
            at = next((i for i in range(weapon + 1, hi) if view.lows[i] in self.fire_at), None)
            target = self.mention_after(at + 1, hi, max_skip=1) if at is not None else None
            if target is None or target.partial or target.form == "demonym_adj" or \
                    self.res.kind(target.key) not in ("State", "Organization"):
                continue
            owner = self._force_owner(weapon, lo)
            if owner is None:
                firsts = [m for m in self.sentence_mentions(k) if lo <= m.tok < min(v, weapon)
                          and not m.partial and self.res.kind(m.key) in ("State", "Organization")
                          and not self.after_locprep(m)]
                owner = self.actor_key(firsts[0], institutions_as_state=True) \
                    if len(firsts) == 1 else None
            key = self.actor_key(target, institutions_as_state=True)
            if owner and key and owner != key:
                self.emit(owner, "inConflictWith", key, k, (v,), "conflict")

    def killed_leader(self, k: int, a: int, b: int) -> None:
        """"Irak und USA töten mutmaßlichen IS-Anführer Abu Khadija", "a US strike killed
        Hezbollah commander X": killing a group's leader is fighting the group; killing
        anyone else says nothing of sides."""
        view = self.view
        for v in (i for i in range(a, b) if view.lows[i] in self.kill_verbs):
            lo, hi = clause_bounds(view, v, k)
            victim = next((m for m in self.sentence_mentions(k) if v < m.tok < hi
                           and not m.partial and self.res.kind(m.key) == "Person"), None)
            if victim is None:
                group = self._killed_force(v, hi, lo)
            else:
                group = next((r.object for r in reversed(self.out) if r.subject == victim.key
                              and r.predicate == "leaderOf"
                              and self.res.kind(r.object) == "Organization"), None)
            if group is None:
                continue
            killers = [m for m in self.sentence_mentions(k) if lo <= m.tok < v
                       and (not self.after_locprep(m) or self._fighters_from(m))
                       and (not m.partial or m.form == "demonym_adj"
                                                          or self.res.kind(m.key) == "State")
                       and self.res.kind(m.key) in ("State", "Organization")]
            if not killers:
                continue
            first = self.actor_key(killers[0])
            for key in self.coordinated_actors(killers[0].tok, v) or ([first] if first else []):
                if key != group and self.res.kind(key) in ("State", "Organization"):
                    self.emit(key, "inConflictWith", group, k, (v,), "conflict")

    def _fighters_from(self, m: Mention) -> bool:
        """"fighters from JNIM", "Soldaten aus Nordkorea": a force word and a preposition
        before the name say whose men they are."""
        view = self.view
        j = m.tok - 1
        while j > 0 and m.tok - j <= 2 and view.lows[j] in _ARTICLES:
            j -= 1
        return j > 0 and view.has(j, "preposition") and view.phrase(j - 1, "force") is not None

    def _killed_force(self, v: int, hi: int, lo: int) -> str | None:
        """The state whose soldiers the kill verb at ``v`` names ("killed 54 Beninese
        soldiers", "tötete zwölf nigrische Soldaten")."""
        force = next((t for t in range(v + 1, min(hi, v + 6)) if self._is_force(t)), None)
        owner = self._force_owner(force, lo) if force is not None else None
        return owner if owner and self.res.kind(owner) == "State" else None

    def _is_force(self, t: int) -> bool:
        """A force word ("soldiers", "Truppen") at ``t``, not a vessel of one."""
        return self.view.phrase(t, "force") is not None and \
            self.view.phrase(t, "force_vessel") is None

    def _force_owner(self, t: int, lo: int) -> str | None:
        """Who owns the force word at ``t``: the state a demonym right before it names
        ("Burundian soldiers", "russische Truppen") or the body it ends ("der
        aserbaidschanischen Armee"); "" for a body of no state (no clause subject then)."""
        whole = self.ends.get(t + 1)
        if whole is not None and whole.tok < t:
            # "der aserbaidschanischen Armee": the force is a state's named body
            return self.actor_key(whole, institutions_as_state=True) or ""
        m = self.mention_before(t, lo, skip_adjectives=1)
        if m is None or m.form != "demonym_adj" or m.tok_end < t - 1:
            return None
        return self.actor_key(m)

    def _against_after(self, t: int, b: int, attacker: Mention | None
                       ) -> tuple[int | None, Mention | None]:
        """"kämpft seit 2015 gegen die Huthis", "Seit 2015 kämpft Saudi-Arabien gegen die
        Huthis": "gegen"/"against" a few words after the fight word, over an adverbial and,
        in German verb-second order, the subject (returned with the token)."""
        view = self.view
        subject = None
        j = t + 1
        while j < b and j - t <= 6 and view.lows[j] not in self.against:
            m = self.starts.get(j)
            if m is not None and self.res.kind(m.key) == "Place":
                j = m.tok_end  # "kämpft seit Jahren im Nordirak gegen die PKK"
                continue
            if m is not None and attacker is None and view.lex.lang == "de" and \
                    self.actor_key(m) and (subject is None or view.lows[subject.tok - 1] in (
                        "von", "vom")):
                # the subject, over its "von X angeführte" modifier
                subject, j = m, m.tok_end
                continue
            if m is not None or not view.texts[j].isalnum():
                return None, None
            j += 1
        if j < b and j - t <= 6 and view.lows[j] in self.against:
            return j, subject
        return None, None

    def _at_war(self, k: int, t: int, end: int, b: int) -> None:
        """"Israel has been at war with Hamas", "Russland, das sich im Krieg mit der Ukraine
        befindet": the last actor before the phrase in its clause, and the one after it."""
        view = self.view
        if end >= b or not view.has(end, "conflict_prep"):
            # "Russia and Ukraine have been at war since 2022": the coordinated subject
            lo, hi = clause_bounds(view, t, k)
            sides = [m for m in self.sentence_mentions(k) if lo <= m.tok < t and not m.partial
                     and self.actor_key(m) and not self.after_locprep(m)]
            if any(end <= m.tok < hi and not m.partial and self.res.kind(m.key) in _ACTOR_KINDS
                   for m in self.sentence_mentions(k)):
                return  # "Israel und die USA hatten in einem Krieg iranische Anlagen
                # bombardiert": allies against a third, not each other
            if len(sides) == 2 and _coordinated(view, sides[0], sides[1], strict=True) and \
                    all(m.form != "demonym_adj" for m in sides) and \
                    not any(view.has(i, "negation") or view.has(i, "negative_det")
                            for i in range(lo, t)):
                s, o = (self.actor_key(m, institutions_as_state=True) for m in sides)
                if s and o and s != o:
                    self.emit(s, "inConflictWith", o, k, (t,), "conflict")
            elif not sides and any(
                    view.phrase(i, "pair_anaphor") is not None or view.lows[i] in self.pair_words
                    and view.lows[i + 1] in view.lex.word_set("states_plural")
                    for i in range(max(view.sents[k][0], lo - 4), t)) and \
                    not any(view.has(i, "negation") or view.has(i, "negative_det")
                            for i in range(lo, t)):
                # "... by two countries that remain formally at war": the pair named last
                pair = self._last_states(lo, 2)
                if len(pair) == 2:
                    self.emit(pair[1], "inConflictWith", pair[0], k, (t,), "conflict")
            return
        other = self.actor_key(self.mention_after(end + 1, b, max_skip=1))
        lo, _hi = clause_bounds(view, t, k)
        before = [m for m in self.sentence_mentions(k) if lo <= m.tok < t and not m.partial
                  and self.actor_key(m) and not self.after_locprep(m)
                  and not in_apposition(view, m.tok, lo)]
        if not before and lo - 1 > view.sents[k][0] and view.texts[lo - 1] == "," and \
                (named := self.ends.get(lo - 1)) is not None and not named.partial and \
                lo == t and self.actor_key(named):
            before = [named]  # "The Kremlin, at war with Ukraine since 2022, ...": apposed
        subject = self.actor_key(before[-1]) if before else None
        if subject and other and subject != other:
            self.emit(subject, "inConflictWith", other, k, (t,), "conflict")

    def attacks(self, k: int, a: int, b: int) -> None:
        """"Als Israel iranische Anlagen bombardierte", "US and British jets struck Houthi
        positions": the attacker named before the verb, the attacked after it (or, with the
        verb at the clause end, the second actor)."""
        view = self.view
        fights = view.positions(k, "fight_verb")
        for v in sorted(view.positions(k, "attack_verb") + fights):
            if view.lex.lang == "de" and view.is_cap(v) and v > view.sents[k][0]:
                continue  # "der Angriff": a noun, not the verb "angriff"
            lo, hi = clause_bounds(view, v, k)
            if view.has(v, "attack_particle_verb") and not any(
                    view.has(i, "attack_particle") for i in range(v + 1, hi)):
                continue  # "greift ... an" attacks, "greift ein" / "greift zu" do not
            actors = [m for m in self.sentence_mentions(k) if lo <= m.tok < hi and not m.partial
                      and self.actor_key(m, institutions_as_state=True)
                      and not self.after_locprep(m) and not self._participle_agent(m)]
            before = [m for m in actors if m.tok < v]
            # not past a relative clause ("fought a 12-day war in which the United States
            # bombed ...": the United States is not what they fought)
            after = [m for m in actors if m.tok > v and not self._beside(m, v) and not any(
                view.has(i, "relative_pronoun") and (view.texts[i - 1] == ","
                                                     or view.has(i - 1, "preposition"))
                for i in range(v + 1, m.tok))]
            if not before and after and view.has(lo, "relative_pronoun"):
                # "Azerbaijan, its close ally, which was then fighting Armenian forces"
                antecedent = self._relative_antecedent(v, k)
                head = next((m for m in self.sentence_mentions(k) if m.key == antecedent
                             and m.tok < lo and not m.partial), None)
                before = [head] if head is not None else before
            if v in fights:
                # "Ugandische Soldaten kämpfen gegen die ADF" (not "kämpfen für X"): the
                # side fought stands after "gegen", before or after the verb
                against = [m for m in actors if not self._beside(m, v)
                           and self._against_before(m, lo, reach=5)]
                # a side fighting "gemeinsam mit" / "an der Seite" the subject fights too
                sides = [m for m in actors if m not in against
                         and not self.introduced_by(m, lo, "attrib_pre")]
                if against and not sides and view.has(lo, "relative_pronoun"):
                    # "den Islamischen Staat in der Sahelprovinz, der seit Jahren gegen die
                    # nigrische Armee kämpft": the name the relative clause hangs on
                    antecedent = self._relative_antecedent(v, k, _ACTOR_KINDS)
                    sides = [m for m in self.sentence_mentions(k) if m.key == antecedent
                             and m.tok < lo and not m.partial][-1:]
                if not against or not sides:
                    continue
                if any(self._beside(m, v) or self.introduced_by(m, lo, "support_marker")
                       for m in sides):
                    # "Nepalesen haben in den Reihen der russischen Armee ... gekämpft": its
                    # citizens fighting for another state do not make their state a side
                    sides = [m for m in sides if not self._nationals(m)]
                # "Seit 2015 kämpft eine von Saudi-Arabien angeführte Koalition ... gegen X"
                before = sides
                after = against[:1]
            if len(before) == 1 and not after and v + 1 < hi and view.lex.lang != "en":
                # "Pakistan greift TTP-Führung in Afghanistan an": the group a compound names
                after = [m for m in self.sentence_mentions(k) if v < m.tok < hi and m.partial
                         and self.res.kind(m.key) == "Organization"
                         and m.key != before[0].key][:1]
            if len(before) == 1 and not after and (
                    view.lex.lang == "en" and v - before[0].tok_end <= 1
                    or view.lex.lang != "en" and (v + 1 >= hi or view.texts[v + 1] in ",.")):
                # "Als Israel militärische Ziele in Iran angriff": the state the targets lie in
                placed = [m for m in self.sentence_mentions(k) if lo <= m.tok < hi
                          and not m.partial and self.res.kind(m.key) == "State"
                          and m.form != "demonym_adj"  # "in der katarischen Hauptstadt"
                          and self.after_locprep(m) and m.key != before[0].key
                          and not self._backer(m, lo)]
                after = placed[:1]
            if v in fights:
                # every side named, also one fighting "gemeinsam mit" the subject
                subjects, target = before, after[0]
            elif before and after:
                subjects, target = self._chain_ending(before), after[0]
            elif not before and len(after) >= 2 and view.lex.lang != "en":
                # "Am Montag griff Russland die Ukraine an": the subject after the verb in
                # second place, then the target
                subjects, rest = [after[0]], after[1:]
                while rest and _coordinated(view, subjects[-1], rest[0], strict=True):
                    subjects.append(rest.pop(0))
                if not rest or any(view.has(i, "coord")
                                   for i in range(subjects[-1].tok_end, rest[0].tok)):
                    continue  # "Ableger des IS und von Al-Kaida": two attackers, no target
                target = rest[0]
            elif len(before) >= 2 and not after:
                # verb at the clause end: the subject (a coordination) first, then the target
                subjects = [before[0]]
                rest = before[1:]
                while rest and _coordinated(view, subjects[-1], rest[0], strict=True):
                    subjects.append(rest.pop(0))
                if not rest:
                    self._reciprocal(k, subjects, v)  # "India and Pakistan clashed"
                    continue
                if view.lex.lang == "en":
                    continue  # English puts the attacked after the verb
                target = rest[0]
            else:
                continue
            o = self._controller(target) or self.actor_key(target, institutions_as_state=True)
            for subject in subjects:
                s = self.actor_key(subject, institutions_as_state=True)
                if self.body_state.get(s or "") == o or self.body_state.get(o or "") == s:
                    continue  # a state's own army (named twice) is no side against it
                if s and o and s != o:
                    self.emit(s, "inConflictWith", o, k, (v,), "conflict")

    def _backer(self, m: Mention, v: int) -> bool:
        """``m`` gives the support a clause fights with ("with support from Russia", "mit
        Unterstützung Moskaus"): a helper, not the side fought."""
        view = self.view
        j = m.tok - 1
        while j > v and (view.lows[j] in _ARTICLES or view.has(j, "source_prep")):
            j -= 1
        return j > v and view.has(j, "support") and view.has(j - 1, "with")

    def _participle_agent(self, m: Mention, *, led: bool = False) -> bool:
        """"Die vom Iran finanzierte Hamas griff an", "Kämpfer der mit Al-Kaida verbundenen
        JNIM greifen an": a name inside a participle phrase that describes the next noun
        takes no part in the clause's verb (with ``led``, nor the leader in "der von Moskau
        dominierten Union", which a coordination of parties does not list)."""
        view = self.view
        e = m.tok_end
        j = m.tok - 1
        while j > 0 and view.lows[j] in _ARTICLES:
            j -= 1  # "von der Türkei anerkannten"
        return m.tok > 0 and e + 1 < len(view.texts) and view.has(j, "preposition") \
            and view.is_lower_word(e) and view.lows[e].endswith(_ADJECTIVE_ENDINGS) \
            and (view.is_cap(e + 1) or e + 2 < len(view.texts) and view.texts[e + 1] in "„“\"'"
                 and view.is_cap(e + 2)) and (led or view.lows[e] not in self.led_participles)
        # (but "eine von Saudi-Arabien angeführte Koalition kämpft": its leader fights)

    def seized(self, k: int, a: int, b: int) -> None:
        """"M23 rebels seized two of eastern Congo's largest cities", "haben die M23-Rebellen
        im Osten der DR Kongo die Stadt Uvira eingenommen": an armed group taking a state's
        towns is at war with that state."""
        view = self.view
        verbs = view.lex.word_set("seize_verb")
        for v in range(a, b):
            if view.lows[v] not in verbs:
                continue
            lo, hi = clause_bounds(view, v, k)
            if any(view.phrase(j, "force") for j in range(v + 1, min(hi, v + 5))):
                continue  # "captured dozens of Egyptian soldiers": people, not towns
            ms = [m for m in self.sentence_mentions(k) if lo <= m.tok < hi and m.key]
            # (a group of no state, also in "die M23-Rebellen": the gazetteer's rebels carry
            # no class of their own)
            groups = [m for m in ms if self._body_to_join(m) and m.org_class != "mission"
                      and m.tok < v and not self.after_locprep(m)]
            ms = [m for m in ms if not m.partial]
            if view.lex.lang == "en" and groups and v - groups[-1].tok_end > 2:
                groups = []  # "X seized": the subject right before the verb
            # the state the towns belong to: a genitive or a locational phrase
            states = [m for m in ms if self.res.kind(m.key) == "State"
                      and (m.tok > v or view.lex.lang != "en")
                      and (m.form == "demonym_adj" and m.tok_end < hi
                           and view.has(m.tok_end, "place_head_pre")  # "the Israeli town of"
                           or m.form != "demonym_adj" and m.tok_end < hi
                           and view.texts[m.tok_end] in _GENITIVE_MARKS
                           or self._locprep_before(m) == "in"
                           or m.tok > a and view.lows[m.tok - 1] in ("der", "des"))
                      and not self.border_of(m, lo)]
            if len(groups) != 1 or len({m.key for m in states}) != 1:
                continue
            group, state = groups[0], states[0]
            if group.key != state.key and self.res.kind(group.key) == "Organization":
                self.emit(group.key or "", "inConflictWith", state.key or "", k, (v,), "conflict")

    def border_of(self, m: Mention, lo: int) -> bool:
        """Whether ``m`` is in a list after "the border(s) of", or names a border the
        sentence is at ("along the Chinese border", "to Myanmar border", "an der polnischen
        Grenze")."""
        view = self.view
        border = view.border_word(m.tok_end)
        if m.form in ("demonym_adj", "name") and border is not None and not border[1]:
            # (not an area: "in die russische Grenzregion" lies in Russia)
            j = m.tok - 1
            while j > 0 and view.lows[j] in _ARTICLES:
                j -= 1
            # where, not whose: "along the Chinese border" (but "sichern die armenischen
            # Außengrenzen": Armenia's own borders)
            return view.has(j, "locprep") or view.phrase_ending(j + 1, "locprep") is not None \
                or view.lows[j] in view.lex.word_set("border_prep")
        lo = min(lo, view.sents[view.sent_of[m.tok]][0])
        j = m.tok - 1
        preps = view.lex.word_set("border_prep")
        while j > lo:
            listed = view.has(j - 1, "coord") or view.texts[j - 1] == ","
            if view.lows[j] in _ARTICLES or view.texts[j] == "," or view.has(j, "coord") or \
                    view.lows[j] in preps and listed:
                j -= 1  # (also "zur Türkei und zum Iran": the second item's own preposition)
                continue
            prev = self.ends.get(j + 1)  # an earlier item of the list
            if prev is None:
                break
            j = prev.tok - 1
        # "the border(s) of X", "an der Grenze zu Haiti", "the border with Venezuela"
        return j > lo and (view.has(j, "of_prep") or view.has(j, "with")
                           or view.lows[j] in preps) and view.has(j - 1, "border_noun")

    def introduced_by(self, m: Mention, lo: int, category: str, *,
                      adjectives: bool = False) -> bool:
        """A ``category`` phrase stands right before ``m``, over articles (and with
        ``adjectives`` up to three words): "laut der Armee" (a source), "auf Bitten der
        zentralafrikanischen Regierung" (who asked)."""
        view = self.view
        j = m.tok
        while j - 1 > lo and (view.lows[j - 1] in _ARTICLES or adjectives and (
                view.is_lower_word(j - 1) and not view.has(j - 1, "preposition"))) and (
                not adjectives or m.tok - j < 3):
            j -= 1
        return j > lo and view.phrase_ending(j, category) is not None

    def _nationals(self, m: Mention) -> bool:
        """``m`` names a state's people, not its forces: "Nepalesen", "Chinese citizens"."""
        view = self.view
        return m.form == "demonym_noun" or m.form == "demonym_adj" and \
            m.tok_end < len(view) and view.lows[m.tok_end] in view.lex.word_set("nationals_noun")

    def _beside(self, m: Mention, v: int) -> bool:
        """``m`` fights with the subject, not against it: "fighting alongside Britain", "an
        der Seite der Briten", "together with Poland"."""
        view = self.view
        for start in range(max(v, m.tok - 5), m.tok):
            for cat in ("support_marker", "with"):
                hit = view.phrase(start, cat)
                if hit is not None and all(view.lows[i] in _ARTICLES for i in range(hit[0], m.tok)):
                    return True
        return False

    def _reciprocal(self, k: int, sides: list[Mention], t: int) -> None:
        """Two coordinated actors fighting each other ("India and Pakistan clashed",
        "Indien und Pakistan hatten sich Gefechte geliefert")."""
        view = self.view
        if len(sides) != 2 or any(m.form == "demonym_adj" for m in sides):
            return  # "Russian and Syrian jets struck ...": one side, its target unnamed
        if view.lex.lang == "de" and not any(
                view.lows[i] == "sich" for i in range(clause_bounds(view, t, k)[0], t)):
            # "A und B bekämpfen X": a target is missing, not each other; "liefern sich A
            # und B Gefechte", "A und B hatten sich Gefechte geliefert"
            return
        if view.lex.lang == "en" and view.lows[t] not in ("clashed", "fought"):
            return
        if any(view.has(i, "negation") or view.has(i, "negative_det")
               for i in range(sides[1].tok_end, t)):
            return  # "Russland und die Ukraine befinden sich nicht im Krieg"
        s, o = (self.actor_key(m, institutions_as_state=True) for m in sides)
        if s and o and s != o:
            self.emit(s, "inConflictWith", o, k, (t,), "conflict")

    def _controller(self, target: Mention) -> str | None:
        """"targets across Houthi-controlled Yemen": the group that holds the place is the
        one attacked, not the state."""
        view = self.view
        j = target.tok - 1
        if j < 0 or not view.has(j, "controlled_by"):
            return None
        for m in self.partials.get(j, ()):
            key = self.actor_key(m)
            if key and self.res.kind(key) == "Organization":
                return key
        return None

    def _chain_ending(self, mentions: list[Mention]) -> list[Mention]:
        """The coordination that ends with the last of ``mentions`` ("the US and Britain")."""
        chain = [mentions[-1]]
        for m in reversed(mentions[:-1]):
            if not _coordinated(self.view, m, chain[0], strict=True):
                break
            chain.insert(0, m)
        return chain

    def _locprep_before(self, m: Mention) -> str | None:
        """The kind ("in", "to", "near" ...) of the locational preposition right before a
        mention, over articles and direction words ("in eastern Syria", "im Norden")."""
        j = m.tok - 1
        while j >= 0 and (self.view.lows[j] in _ARTICLES or self.view.has(j, "direction")):
            j -= 1
        hit = self.view.phrase_ending(j + 1, "locprep") if j >= 0 else None
        return hit[1] if hit is not None else None

    def after_locprep(self, m: Mention) -> bool:
        """A mention right after a locational preposition ("im Jemen"): a place here."""
        return self._locprep_before(m) is not None

    def _placed_in(self, m: Mention) -> bool:
        """A mention after "in"/"at"/"near" (a place here), not after "to" (a recipient)."""
        return self._locprep_before(m) in ("in", "at", "near")

    def _relative_after_comma(self, t: int, a: int) -> tuple[int | None, Mention | None]:
        """The relative pronoun after a comma nearest before token ``t`` (", die ...",
        ", which ..."), and the name that ends at that comma, whatever clause lies between."""
        view = self.view
        r = next((i for i in range(t - 1, a, -1) if view.texts[i - 1] == ","
                  and view.has(i, "relative_pronoun")), None)
        return r, (self.ends.get(r - 1) if r is not None else None)

    def _relative_antecedent(self, t: int, k: int, kinds: tuple[str, ...] = ("State",)
                             ) -> str | None:
        """"Russland, das ... Krieg gegen die Ukraine führt", "Russia, which has waged war
        on Ukraine": the actor (a state, unless ``kinds`` says more) a relative clause
        holding ``t`` hangs on."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        if lo < 2 or view.texts[lo - 1] != "," or not view.has(lo, "relative_pronoun"):
            return None
        m = self.ends.get(lo - 1)
        if m is None and lo > 2 and view.lex.lang == "de" and view.is_lower_word(lo - 2):
            m = self.ends.get(lo - 2)  # "geht von Russland aus, das ..."
        if m is None:
            # "Azerbaijan, its close ally, which was then fighting ...": over the apposition
            comma = next((j for j in range(lo - 2, max(0, lo - 7), -1)
                          if not view.is_lower_word(j)), None)
            if comma is not None and view.texts[comma] == "," and view.has(comma + 1,
                                                                            "possessive"):
                m = self.ends.get(comma)
        if m is None and view.value(lo - 2, "org_head") == "group":
            # "die Hisbollah-Miliz, die vom Iran finanziert wird": the group in the compound
            m = next((x for x in self.partials.get(lo - 2, ())
                      if self.res.kind(x.key) == "Organization"), None)
            return m.key if m is not None and "Organization" in kinds else None
        if m is None or m.partial or self.res.kind(m.key) not in kinds:
            return None
        return m.key

    def fought_beside(self, k: int, a: int, b: int) -> None:
        """"Wagner-Kämpfer kämpfen an der Seite der Armee", "units that fight on the
        Ukrainian side", "die alle auf ukrainischer Seite kämpfen": the fighters support
        the side they fight on (not their home state when they are its citizens)."""
        view = self.view
        verbs = view.lex.word_set("side_fight_verb")
        # verbs whose object follows them ("they fight al Shabaab alongside X"); German
        # "kämpfen" takes none, and its subject may follow ("In Mali kämpfen Söldner ...")
        transitive = view.lex.word_set("fight_object_verb")
        for v in range(a, b):
            if view.lows[v] not in verbs:
                continue
            lo, hi = clause_bounds(view, v, k)
            helped = self._side_of(lo, hi)
            if helped is None:
                continue
            keys = [self.actor_key(m, institutions_as_state=True)
                    for m in self.sentence_mentions(k) if lo <= m.tok < helped.tok
                    and not (m.tok > v and view.lows[v] in transitive)
                    and not m.partial and m is not helped and not self._nationals(m)
                    and not self.after_locprep(m)
                    # "Kyiv has reported citizens of a dozen countries fighting ...": who
                    # reports it does not fight
                    and not any(view.has(i, "say_verb") or view.has(i, "subset_marker")
                                for i in range(m.tok_end, v))]
            keys = [key for key in keys if key]
            if not keys and view.has(lo, "relative_pronoun") and lo >= a + 2 and \
                    view.texts[lo - 1] == ",":
                # "Das Russische Freiwilligenkorps, die Legion X und das Sibirische Bataillon,
                # die alle auf ukrainischer Seite kämpfen": the list the clause hangs on
                last = self.ends.get(lo - 1)
                if last is not None and not last.partial:
                    start = self._list_start(last, a, self.res.kind(last.key) or "")
                    keys = [key for key in self.coordinated_actors(start.tok, lo)
                            if self.res.kind(key) in _ACTOR_KINDS]
            target = self.actor_key(helped, institutions_as_state=True)
            for key in dict.fromkeys(keys):
                if key and target and key != target and \
                        self.body_state.get(key) != target:
                    self.emit(key, "supports", target, k, (v,), "support")

    def _delegation_state(self, p: Mention, k: int) -> str | None:
        """"Auf ukrainischer Seite saß Verteidigungsminister X", "Geleitet wurde die russische
        Delegation von Präsidentenberater X": the one state whose side or delegation the
        clause of a bare-titled person names."""
        view = self.view
        lo, hi = clause_bounds(view, p.tok, k)
        nouns = view.lex.word_set("delegation_noun")
        states = {m.key for i in range(lo, hi) if view.lows[i] in nouns
                  and (m := self.ends.get(i)) is not None and m.form == "demonym_adj"
                  and self.res.kind(m.key) == "State"}
        return states.pop() if len(states) == 1 else None

    def _junta_compound_state(self, r: int) -> str | None:
        """"Juntasprecher X", "Regimechef Y": a role word opened by a bare government word
        speaks for the government the text named last."""
        view = self.view
        low = view.lows[r]
        if not any(low.startswith(g) and len(low) > len(g) + 3
                   for g in view.lex.terms("gov_bare") if " " not in g and g[:1] != "-"):
            return None
        last = next((m for m in reversed(self.res.mentions) if m.tok < r
                     and m.form == "government" and self.res.kind(m.key) == "State"), None)
        return last.key if last is not None else None

    def _side_of(self, lo: int, hi: int) -> Mention | None:
        """The side a clause fights on: after "an der Seite"/"alongside"/"aufseiten", or a
        demonym or genitive before "Seite"/"side" ("auf ukrainischer Seite", "on Russia's
        side")."""
        view = self.view
        sides = view.lex.word_set("side_noun")
        for i in range(lo, hi):
            hit = view.phrase(i, "side_marker")
            if hit is not None:
                m = self.mention_after(hit[0], hi, max_skip=1)
                if m is not None and not m.partial and self.actor_key(m):
                    return m
            if view.lows[i] in sides and i - 1 >= lo:
                m = self.ends.get(i) or (self.ends.get(i - 1) if view.texts[i - 1] in
                                         _GENITIVE_MARKS else None)
                if m is not None and not m.partial and self.res.kind(m.key) == "State":
                    return m
        return None

    def _fought_before(self, k: int, t: int) -> None:
        """"die Truppe der Afrikanischen Union, die gegen al-Shabaab kämpft": in a German
        relative clause "gegen X" stands before the verb; the side is its antecedent."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        if not view.has(lo, "relative_pronoun") or lo < 2 or view.texts[lo - 1] != ",":
            return
        against = next((i for i in range(lo + 1, t) if view.lows[i] in self.against), None)
        if against is None:
            return
        victim = self.actor_key(self.mention_after(against + 1, t, max_skip=2),
                                institutions_as_state=True)
        head = self.ends.get(lo - 1)
        if head is None and lo > 2 and view.texts[lo - 2] == ")":
            head = self.ends.get(next((i for i in range(lo - 3, max(0, lo - 8), -1)
                                       if view.texts[i] == "("), lo - 1))  # "Union (AU), die"
        side = self.actor_key(head, institutions_as_state=True) if head is not None else None
        if side and victim and side != victim:
            self.emit(side, "inConflictWith", victim, k, (t,), "conflict")

    def _perpetrator(self, t: int, k: int) -> str | None:
        """"Kataib Hezbollah carried out dozens of drone attacks on US forces", "Die Huthis
        verübten Angriffe auf Schiffe": the subject of a verb of carrying out the attack."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        verbs = view.lex.word_set("perpetrate_verb")
        for v in range(t - 1, max(lo, t - 8) - 1, -1):
            words = [" ".join(view.lows[v:v + n]) for n in (1, 2, 3)]
            if any(w in verbs for w in words):
                subject = self._subject_before(k, lo, v, None)
                return self.actor_key(subject, institutions_as_state=True) \
                    if subject is not None else None
        return None

    def _waged_by(self, t: int, k: int) -> str | None:
        """"Russland führt seit 2022 Krieg in der Ukraine", "Russia has waged war in
        Ukraine": the one state before the verb that wages the war named at ``t``."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        verb = next((i for i in range(t - 1, max(lo, t - 5) - 1, -1)
                     if view.has(i, "wage_verb")), None)
        if verb is None or any(not view.texts[i].isalnum() for i in range(verb, t)):
            return None
        states = {m.key for m in self.sentence_mentions(k)
                  if lo <= m.tok < verb and not m.partial and self.res.kind(m.key) == "State"
                  and m.form != "demonym_adj" and not self.after_locprep(m)}
        return states.pop() if len(states) == 1 else None

    def _clause_subject_state(self, t: int, k: int, kinds: tuple[str, ...] = ("State",)
                              ) -> str | None:
        """The one state named before a conflict noun in its clause, when a possessive or an
        article leads the noun phrase ("Russland führt einen Krieg", "Russia and its war")."""
        view = self.view
        i = t - 1
        lo = view.sents[k][0]
        steps = 0
        while i >= lo and steps < 5 and (view.is_lower_word(i)
                                          or view.texts[i] == "-") \
                and not view.has(i, "possessive") and view.lows[i] not in _ARTICLES:
            i -= 1
            steps += 1
        if i < lo or not (view.has(i, "possessive") or view.lows[i] in _ARTICLES):
            return None
        if view.has(i, "possessive"):
            # "to Russia for use in its war against Ukraine", "dass Moskau in Pjöngjang ...
            # für seinen Krieg": the state named last before the possessive, not a place
            named = [m for m in self.sentence_mentions(k) if m.tok < i and not m.partial
                     and self.res.kind(m.key) == "State" and m.form != "demonym_adj"
                     and not self._placed_in(m)]
            return named[-1].key if named else None
        lo, _hi = clause_bounds(view, i, k)
        states = {m.key for m in self.sentence_mentions(k)
                  if lo <= m.tok < i and not m.partial and self.res.kind(m.key) in kinds}
        return states.pop() if len(states) == 1 else None

    # ------------------------------------------------------------------ support

    def support(self, k: int, a: int, b: int) -> None:
        """"die militärische Unterstützung Russlands (durch) Nordkorea", "Hilfe für X"."""
        view = self.view
        for t in view.positions(k, "support_verb"):
            if not view.is_cap(t) or t == a:
                self._support_verb(k, a, b, t)
        for t in view.positions(k, "transfer_verb"):
            self._transfer(k, a, b, t)
        for t in view.positions(k, "turn_to"):
            self._turned_to(k, b, t)
        for t in view.positions(k, "support"):
            if not view.is_cap(t) and view.lex.lang == "de":
                continue
            if t > a and view.has(t - 1, "with"):
                self._with_backing(k, b, t)
                continue
            supported = None
            j = t + 1
            if j < b:
                m = self.starts.get(j)
                if m is not None and m.form == "inflected" and view.lex.lang == "de" and not (
                        t > a and view.has(t - 1, "with")):
                    # "die Unterstützung Russlands durch X"; not "mit Unterstützung Moskaus",
                    # where Moscow gives it
                    supported = m
                elif view.lows[j] in ("für", "for", "to"):
                    supported = self.mention_after(j + 1, b, max_skip=1)
            offered = supported is None
            if supported is None:
                supported = self._offered_to(k, t)
            if supported is None:
                continue
            # "support for the Armenian military": the state whose forces they are
            helped = self.body_state.get(supported.key or "", supported.key)
            if helped is None or self.res.kind(helped) != "State":
                continue
            lo, hi = clause_bounds(view, t, k)
            if any(lo <= i < hi for i in view.positions(k, "cancel_verb")):
                continue  # "suspended its aid to X"
            if self._heads_conflict(supported, hi):
                continue  # "support for Russian President Putin's invasion": not for Russia
            # an alliance or union may offer it ("The EU has offered Moldova a package")
            others = [m for m in self.sentence_mentions(k)
                      if (self.res.kind(m.key) == "State" or offered and joinable(m)
                          or m.tok < t and joinable(m)  # "the EU approved assistance for"
                          and self.res.kind(m.key) == "Organization")
                      and m.key != helped and lo <= m.tok < hi and not m.partial]
            if len(others) == 1 and not offered and supported.tok == t + 1 and any(
                    view.lows[i] in view.lex.word_set("offer_verb") for i in range(lo, hi)) and \
                    others[0].tok < t and self.res.kind(others[0].key) == "State" and any(
                        lo <= m.tok < others[0].tok and self.res.kind(m.key) in _SUBJECT_KINDS
                        for m in self.sentence_mentions(k)):
                # "Macron hat Armenien die Unterstützung Frankreichs zugesichert": the
                # genitive gives what the subject pledges to the other
                self.emit(helped, "supports", others[0].key, k, (t,), "support")
            elif len(others) == 1:
                self.emit(others[0].key, "supports", helped, k, (t,), "support")
            elif not others:
                # "Deutschland, das zur Unterstützung Rumäniens Eurofighter stationiert hat"
                antecedent = self._relative_antecedent(t, k, ("State",))
                if antecedent is None:
                    antecedent = self._possessor_of(k, a, t)
                if antecedent is None:
                    # "Washington stepped up support, approving $230 million in aid for
                    # Lebanon"
                    antecedent = self._participle_subject(k, a, lo)
                if antecedent is not None and antecedent != helped:
                    self.emit(antecedent, "supports", helped, k, (t,), "support")

    def _with_backing(self, k: int, b: int, t: int) -> None:
        """"besieged Tripoli with backing from the UAE and Egypt", "kämpft mit Unterstützung
        Moskaus": the givers support the clause's subject."""
        view = self.view
        j = t + 1
        if j < b and view.has(j, "source_prep"):
            j += 1
        first = self.mention_after(j, b, max_skip=1)
        if first is None or first.partial or self.res.kind(first.key) != "State" or \
                j == t + 1 and first.form != "inflected":
            return
        givers = [key for key in self.coordinated_actors(first.tok, b)
                  if self.res.kind(key) == "State"] or [first.key or ""]
        for subject in self._clause_subjects(k, t - 1):
            for giver in givers:
                if giver and subject != giver:
                    self.emit(giver, "supports", subject, k, (t,), "support")

    def _possessor_of(self, k: int, a: int, t: int) -> str | None:
        """"NATO said it would not change its support for Ukraine", "Nato-Sprecherin X:
        ... ihre Unterstützung für die Ukraine": the state or alliance that opens the
        sentence, which a possessive before the noun at ``t`` points back to."""
        view = self.view
        j = t - 1
        while j > a and t - j < 3 and view.is_lower_word(j) and not view.has(j, "possessive"):
            j -= 1
        if j <= a or not view.has(j, "possessive"):
            return None
        first = next((m for m in self.sentence_mentions(k) if m.tok < j and m.key and (
            self.res.kind(m.key) == "State" and not m.partial or joinable(m))), None)
        if first is None or first.form == "demonym_adj":
            return None
        return self.actor_key(first)

    def _turned_to(self, k: int, b: int, t: int) -> None:
        """"Niger's rulers have turned to Russia for security assistance": the one turned
        to supports the clause's subject."""
        view = self.view
        hit = view.phrase(t, "turn_to")
        helper = self.mention_after(hit[0], b, max_skip=0) if hit is not None else None
        if helper is None or helper.partial or self.res.kind(helper.key) not in _ACTOR_KINDS:
            return
        j = helper.tok_end
        if j >= b or view.lows[j] not in view.lex.word_set("for_purpose"):
            return
        if not any(view.has(i, "support") for i in range(j + 1, min(b, j + 4))):
            return
        lo, hi = clause_bounds(view, t, k)
        if any(lo <= i < hi for i in view.positions(k, "cancel_verb")):
            return
        for subject in self._clause_subjects(k, t):
            if subject != helper.key:
                self.emit(self.actor_key(helper, institutions_as_state=True), "supports",
                          subject, k, (t,), "support")

    def _offered_to(self, k: int, t: int) -> Mention | None:
        """"sicherte Polen Unterstützung zu", "offered Moldova a support package": the state
        right before the support noun, in a clause whose verb offers or promises it."""
        view = self.view
        j = t - 1
        lo, hi = clause_bounds(view, t, k)
        while j > lo and t - j <= 3 and (view.lows[j] in _ARTICLES or view.is_lower_word(j)):
            j -= 1
        m = self.ends.get(j + 1)
        offers = view.lex.word_set("offer_verb")
        if m is None or m.partial or m.form == "demonym_adj" or self.res.kind(m.key) != "State" \
                or not any(view.lows[i] in offers for i in range(lo, hi)):
            return None
        return m

    def _heads_conflict(self, m: Mention, hi: int) -> bool:
        """``m`` only opens a noun phrase about a war ("Russian President Putin's invasion",
        "Russia's war")."""
        view = self.view
        for i in range(m.tok_end, min(hi, m.tok_end + 6)):
            if view.has(i, "conflict"):
                return True
            if view.has(i, "preposition") or not view.texts[i][:1].isalnum() and \
                    view.texts[i] not in _GENITIVE_MARKS:
                return False
        return False

    def _support_verb(self, k: int, a: int, b: int, t: int) -> None:
        """"Die USA unterstützen Israel", "Iran supports the Houthis": subject, verb,
        object, all in one clause."""
        view = self.view
        if self._passive_support(k, a, b, t):
            return
        reflexive = view.lex.word_set("reflexive")
        if t + 1 >= b or view.lows[t + 1] in reflexive:
            return  # "liefern sich ... Gefechte": they fight each other
        lo, hi = clause_bounds(view, t, k)
        if view.is_lower_word(t) and any(view.lows[i] in reflexive for i in range(lo, t)):
            return  # "hatte sich einen Krieg mit Israel geliefert"
        if view.lex.lang == "en":
            if view.lows[t - 1] in _DETERMINERS if t > a else False:
                return  # "its support", "the support": a noun
            o = t + 1
            if o + 1 < hi and view.has(o, "coord") and view.has(o + 1, "support_verb"):
                o += 2  # "armed and financed the STC": the object of both verbs
            obj = self.mention_after(o, b, max_skip=0)
            if obj is None:
                # "by arming the paramilitary Rapid Support Forces": over the article and
                # plain adjectives to the object
                j = o
                while j < hi and j - o <= 2 and j not in self.starts and (
                        view.lows[j] in _ARTICLES or j > o and view.is_lower_word(j)
                        and view.lows[j] not in self.stop_words and not view.cues(j)):
                    j += 1  # (an article first: not "helped persuade Hamas")
                obj = self.starts.get(j) if j > o and view.lows[o] in _ARTICLES else None
            if obj is None and view.has(t, "give_verb"):
                # "Beijing will provide equipment and training to the Maldives ... Force"
                to = next((i for i in range(t + 1, min(hi, t + 8)) if view.lows[i] == "to"),
                          None)
                obj = self.mention_after(to + 1, b, max_skip=1) if to is not None else None
        elif t > a and view.has(t - 1, "infinitive_marker"):
            self._support_infinitive(k, a, t)
            return
        else:
            # the first actor after the verb in its clause ("unterstützt seit 2020 die ...")
            obj = next((m for m in self.sentence_mentions(k) if t < m.tok < min(hi, t + 7)
                        and not m.partial), None)
            recipient = self._recipient_after(obj, k, hi) if obj is not None else None
            if obj is not None and recipient is not None and not view.is_lower_word(t - 1) \
                    and not any(
                    lo <= m.tok < t and not m.partial and self.res.kind(m.key) in _ACTOR_KINDS
                    for m in self.sentence_mentions(k)):
                # "Zudem liefert Deutschland erstmals Waffen an die Ukraine": the subject
                # after the verb, the recipient after "an"
                if self.res.kind(obj.key) in _ACTOR_KINDS and obj.key != recipient.key:
                    self.emit(self.actor_key(obj, institutions_as_state=True), "supports",
                              recipient.key, k, (t,), "support")
                return
            after = [m for m in self.sentence_mentions(k) if t < m.tok < hi and not m.partial
                     and self.res.kind(m.key) in _ACTOR_KINDS]
            if obj is not None and len(after) >= 2 and after[0] is obj and t > lo and \
                    not view.is_lower_word(t - 1) and \
                    not view.has(lo, "relative_pronoun") and not any(
                        lo <= m.tok < t and not m.partial
                        and self.res.kind(m.key) in _ACTOR_KINDS
                        for m in self.sentence_mentions(k)):
                # "Seit Jahren unterstützt Russland die Regierung in Damaskus": verb second,
                # the subject right after it and the object next
                second = after[1]
                target = self.actor_key(second, institutions_as_state=True)
                if second.state and second.source.startswith("rule:") and \
                        second.org_class in ARMED_FORCES:
                    target = self.res.state_key(second) or target  # the host's own forces
                if second.key != obj.key and (not self.after_locprep(second)
                                              or second.form == "government"):
                    self.emit(self.actor_key(obj, institutions_as_state=True), "supports",
                              target, k, (t,), "support")
                return
            if obj is None:
                # verb at the end: "Deutschland hat der Ukraine Panzer geliefert", "will die
                # ukrainische Flugabwehr stärken": subject, auxiliary, object, verb
                inside = [m for m in self.sentence_mentions(k) if lo <= m.tok < t
                          and not m.partial and self.res.kind(m.key) in _ACTOR_KINDS]
                # "Die Niederlande und Rumänien haben ... an die Ukraine geliefert": a
                # coordinated subject before the auxiliary
                n = 0
                while n + 1 < len(inside) and _coordinated(view, inside[n], inside[n + 1],
                                                           strict=True):
                    n += 1
                # (the object right after the relative pronoun, however much stands between
                # it and the verb: "Ruanda, das die M23 nach Erkenntnissen von UN-Experten
                # militärisch unterstützt")
                antecedent = self._relative_antecedent(t, k, _ACTOR_KINDS) \
                    if len(inside) == 1 and (t - inside[0].tok_end <= 3
                                             or inside[0].tok - lo <= 2) else None
                if antecedent is not None and antecedent != inside[0].key:
                    # "dem Iran, der die Huthis unterstützt": the relative clause's object,
                    # the actor it hangs on
                    self.emit(antecedent, "supports", inside[0].key, k, (t,), "support")
                elif len(inside) == 2 and n == 0 and self._subordinate_order(lo, inside):
                    # "Während Frankreich Kiew mit Waffen unterstützt": a subordinate clause,
                    # subject then object before the final verb
                    self.emit(self.actor_key(inside[0], institutions_as_state=True),
                              "supports", inside[1].key, k, (t,), "support")
                elif n + 1 < len(inside) and inside[n].tok_end < b and \
                        view.lows[inside[n].tok_end] in self.auxiliaries:
                    obj = inside[n + 1]
                    for subject in inside[:n + 1]:
                        if subject.key != obj.key and not self.after_locprep(obj):
                            self.emit(self.actor_key(subject, institutions_as_state=True),
                                      "supports", obj.key, k, (t,), "support")
                return
        if obj is None or self.res.kind(obj.key) not in _ACTOR_KINDS:
            return
        if any(lo <= i < hi for i in view.positions(k, "cancel_verb")):
            return
        target = obj.key
        if obj.state and obj.source.startswith("rule:") and obj.org_class in ARMED_FORCES:
            target = self.res.state_key(obj) or target  # the host's own forces stand for it
        before = self._subject_before(k, lo, t, obj.key)
        if before is None and t > lo and view.has(t - 1, "infinitive_marker") and any(
                view.has(i, "deploy") for i in range(lo, t - 1)):
            # "Russia deployed forces in 2015 to support Syria": a purpose of sending troops,
            # whose subject opens the clause
            before = next((m for m in self.sentence_mentions(k) if lo <= m.tok < t
                           and not m.partial and m.key != obj.key
                           and self.res.kind(m.key) in ("State", "Organization")
                           and not self.after_locprep(m)), None)
            if before is not None and any(view.lows[i] not in _ARTICLES
                                          for i in range(lo, before.tok)):
                before = None  # only the clause's opening subject
        if before is None and t == lo:
            # "Ankara has become the junta's partner, supplying drones to Niger"
            opener = self._participle_subject(k, a, lo)
            before = next((m for m in self.sentence_mentions(k) if m.key == opener
                           and m.tok < lo and m.key != obj.key), None)
        if before is not None and self.res.kind(before.key) == "State":
            # "The Netherlands and Romania have delivered ... to Ukraine": each of them
            for state in self.coordination_ending(before, a):
                self.emit(state, "supports", target, k, (t,), "support")
        elif before is not None:
            self.emit(self.actor_key(before, institutions_as_state=True), "supports", target,
                      k, (t,), "support")

    def _participle_subject(self, k: int, a: int, lo: int) -> str | None:
        """The subject of the clause a participle clause starting at ``lo`` hangs on
        (", approving ...", ", supplying drones to Niger"): the one state or organization
        the clause before the comma opens with."""
        view = self.view
        if lo <= a + 1 or view.texts[lo - 1] != "," or \
                not view.lows[lo].endswith(self.participle_suffix):
            return None
        subjects = [x for x in self._clause_subjects(k, lo - 1)
                    if self.res.kind(x) in ("State", "Organization")]
        return subjects[0] if len(subjects) == 1 else None

    def _subordinate_order(self, lo: int, inside: list[Mention]) -> bool:
        """A clause opened by a subordinator whose subject and object follow each other
        right after it ("weil Russland Nordkorea ... unterstützt"), the object in no
        prepositional phrase ("während Frankreich in Kiew ...")."""
        view = self.view
        subject, obj = inside
        if view.lows[lo] not in view.lex.word_set("subordinator") or \
                any(view.lows[i] not in _ARTICLES for i in range(lo + 1, subject.tok)):
            return False
        return subject.key != obj.key and obj.form != "demonym_adj" and \
            subject.form != "demonym_adj" and not self.after_locprep(obj) and \
            all(view.lows[i] in _ARTICLES for i in range(subject.tok_end, obj.tok))

    def _subject_before(self, k: int, lo: int, t: int, other: str | None) -> Mention | None:
        """The actor right before the verb at ``t`` (at most two words between, no comma),
        not the ``other`` side and not the object of a preposition ("Seit dem Überfall auf
        die Ukraine liefert Berlin Waffen": no subject)."""
        view = self.view
        subjects = [m for m in self.sentence_mentions(k) if lo <= m.tok < t and not m.partial
                    and self.res.kind(m.key) in _ACTOR_KINDS and m.key != other]
        if not subjects and lo == t:
            head = self._before_relative(k, lo)
            return head if head is not None and head.key != other else None
        if not subjects and lo > 0 and view.texts[lo - 1] == "," and \
                view.has(lo, "relative_pronoun") and t - lo <= 4 and \
                all(view.is_lower_word(i) for i in range(lo + 1, t)):
            # "The UAE, which has long armed the STC": the name the clause hangs on
            head = self.ends.get(lo - 1)
            return head if head is not None and head.key != other and \
                self.res.kind(head.key) in _ACTOR_KINDS else None
        if not subjects:
            return None
        subject = subjects[-1]
        between = range(subject.tok_end, t)
        # "The EU will continue to support ...": a catenative verb before "to" is no gap
        catenative = len(between) <= 4 and view.has(t - 1, "infinitive_marker") and all(
            view.is_lower_word(i) for i in between)
        if (len(between) > 2 and not catenative) or any(
                view.texts[i] in (",", ";") for i in between) or \
                self._in_prepositional_phrase(subject, lo):
            return None
        return subject

    def _before_relative(self, k: int, lo: int) -> Mention | None:
        """"AMISOM, which has 22,000 troops from ..., backs Somalia's government": the actor
        before the relative clause that ends right before token ``lo``."""
        view = self.view
        a = view.sents[k][0]
        if lo - 1 <= a or view.texts[lo - 1] != ",":
            return None
        for j in range(lo - 2, max(a, lo - 40), -1):
            if view.texts[j] in (";", ":", ".") or view.has(j, "say_verb"):
                return None
            if view.texts[j] == "," and view.has(j + 1, "relative_pronoun"):
                head = self.ends.get(j)
                return head if head is not None and \
                    self.res.kind(head.key) in _ACTOR_KINDS else None
        return None

    def _transfer(self, k: int, a: int, b: int, t: int) -> None:
        """"Slovakia hands MiG-29s to Ukraine", "Pyongyang had shipped missiles to Russia's
        Wagner group", "Berlin schickt Panzer an Kiew": a verb of giving counts as support
        only with weapons as its object and a recipient after "to"/"an"."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        # "hat Waffen und Munition nach Somalia geschickt": German puts the verb last
        first = t + 1 if view.lex.lang == "en" else max(lo, t - 8)
        weapon = next((i for i in range(first, min(hi, t + 6)) if i != t and (
                       view.has(i, "weapon") or view.has(i, "arms_item")
                       or _MODEL_DESIGNATION.match(view.texts[i]))), None)
        if weapon is None or any(lo <= i < hi for i in view.positions(k, "cancel_verb")):
            return
        prep = next((i for i in range(weapon + 1, min(hi, weapon + 6))
                     if view.has(i, "recipient_prep")
                     or view.lows[i] in view.lex.word_set("destination_prep")), None)
        recipient = self.mention_after(prep + 1, hi, max_skip=1) if prep is not None else None
        if recipient is not None and self.res.kind(recipient.key) == "State":
            body = self._owned_body(recipient, hi)  # "to Russia's Wagner mercenary group"
            recipient = body if body is not None and \
                self.res.kind(body.key) == "Organization" else recipient
        if recipient is None or recipient.partial or \
                self.res.kind(recipient.key) not in _ACTOR_KINDS:
            return
        if weapon < t:
            # verb last: the clause's subject before the weapons ("Ägypten hat Waffen ...
            # nach Somalia geschickt")
            subject = next((m for m in self.sentence_mentions(k) if lo <= m.tok < weapon
                            and not m.partial and m.key != recipient.key
                            and self.res.kind(m.key) in _ACTOR_KINDS
                            and not self._in_prepositional_phrase(m, lo)), None)
        else:
            subject = self._subject_before(k, lo, t, recipient.key)
        if subject is None:
            return
        key = self.actor_key(subject, institutions_as_state=True)
        if key and key != recipient.key:
            self.emit(key, "supports", recipient.key, k, (t,), "support")

    def _recipient_after(self, obj: Mention, k: int, hi: int) -> Mention | None:
        """The actor after "an"/"to" later in the clause ("liefert X Waffen an die Ukraine")."""
        view = self.view
        for i in range(obj.tok_end, min(hi, obj.tok_end + 8)):
            if view.has(i, "recipient_prep"):
                m = self.mention_after(i + 1, hi, max_skip=1)
                if m is not None and not m.partial and self.res.kind(m.key) in _ACTOR_KINDS:
                    return m
                return None
        return None

    def _in_prepositional_phrase(self, m: Mention, lo: int) -> bool:
        """``m`` is governed by a preposition ("auf die Ukraine", "since the invasion of
        Ukraine"), so it is no subject."""
        view = self.view
        j = m.tok - 1
        while j >= lo and (view.lows[j] in _ARTICLES or view.is_lower_word(j)
                           and not view.has(j, "preposition") and j not in self.ends):
            j -= 1  # articles and adjectives before the name
        return j >= lo and view.has(j, "preposition")

    def _support_infinitive(self, k: int, a: int, t: int) -> None:
        """"Burundi hat Soldaten entsandt, um die Regierung in Kinshasa zu unterstützen",
        "Experten werfen Ruanda vor, die M23 zu unterstützen": the object stands in the
        infinitive clause, the supporter first in the clause before it."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        inside = [m for m in self.sentence_mentions(k) if lo <= m.tok < t and not m.partial
                  and self.res.kind(m.key) in _ACTOR_KINDS and not self.after_locprep(m)]
        if not inside or lo <= a:
            return
        obj = inside[0]
        before = [m for m in self.sentence_mentions(k) if a <= m.tok < lo and not m.partial
                  and self.res.kind(m.key) in ("State", "Organization")
                  and not self.after_locprep(m) and m.key != obj.key]
        if before:
            # "Die Bundesregierung wirft dem Iran vor, Russland ... zu beliefern": the actor
            # nearest the infinitive clause, the one accused, not the accuser
            self.emit(self.actor_key(before[-1], institutions_as_state=True), "supports",
                      obj.key, k, (t,), "support")

    def _passive_support(self, k: int, a: int, b: int, t: int) -> bool:
        """"Haftar wird von Russland und den Emiraten unterstützt", "X is backed by Y"."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        by = [i for i in range(lo, hi) if view.lows[i] in self.by_words
              and (view.lex.lang == "en" and i > t or view.lex.lang != "en" and i < t)]
        if not by:
            return False
        # the agent phrase next to the participle: "Nach Einschätzung von UN-Experten wird
        # die M23 von Ruanda unterstützt" (the last "von" before it, in German)
        by_tok = by[0] if view.lex.lang == "en" else by[-1]
        supporters = self.coordinated_actors(by_tok + 1, hi)
        if not supporters:
            return False
        listed = self._listed_after(by_tok + 1, b) if t - 1 not in self.ends else []
        if listed and view.lex.lang == "en" and by_tok > t:
            # "armed groups backed by Tehran, including Hamas and Islamic Jihad": the groups
            # the list names
            for s in supporters:
                for x in listed:
                    if s != x:
                        self.emit(s, "supports", x, k, (t,), "support")
            return True
        nxt = self.starts.get(t + 1)
        if view.lex.lang != "en" and nxt is None and t + 1 < hi and by_tok > lo and \
                view.has(by_tok - 1, "def_article"):
            # "Die vom Iran unterstützte Miliz": the group named last
            nxt = self._group_antecedent(t + 1, k)
        elif view.lex.lang != "en" and nxt is None and t + 1 < hi:
            nxt = self._apposed_name(by_tok + 1)  # "die Hisbollah, eine vom Iran finanzierte Miliz"
        if view.lex.lang != "en" and nxt is not None and not nxt.partial and \
                self.res.kind(nxt.key) in _ACTOR_KINDS:
            # "der vom Iran unterstützten Volksmobilmachungskräfte": the participle is an
            # attribute of the name after it
            for s in supporters:
                if s != nxt.key:
                    self.emit(s, "supports", nxt.key, k, (t,), "support")
            return True
        subjects = [m for m in self.sentence_mentions(k) if lo <= m.tok < min(by_tok, t)
                    and not m.partial and self.res.kind(m.key) in ("State", "Organization",
                                                                    "Person")]
        if not subjects:
            antecedent = self._relative_antecedent(t, k, _ACTOR_KINDS)
            if antecedent is not None:
                # "Yemen's Houthi rebels, who are backed by Iran", "die M23, die von Ruanda
                # unterstützt wird": the name the relative clause hangs on
                for s in supporters:
                    if s != antecedent:
                        self.emit(s, "supports", antecedent, k, (t,), "support")
                return True
            return False
        supported = subjects[0]
        if view.lex.lang == "en":
            # "X is backed by Y", "X, backed by Y": X stands right before the verb, not
            # "the Pentagon described ... the attack by militias backed by Iran"
            supported = subjects[-1]
            if supported.tok_end + 2 < t and view.texts[supported.tok_end] == "(" and \
                    view.texts[supported.tok_end + 2] == ")":
                supported_end = supported.tok_end + 3  # "the Puntland Security Force (PSF)"
            else:
                supported_end = supported.tok_end
            filler = view.lex.word_set("passive_filler")  # "has long been trained and funded"
            claims = view.lex.word_set("claim_verb")
            said = any(view.lows[i] in claims for i in range(supported_end, t))
            head = self._relative_after_comma(t, a)[1] if said else None
            antecedent = head.key if head is not None and not head.partial and \
                self.res.kind(head.key) in _ACTOR_KINDS else None
            if antecedent is not None:
                # "The M23, which Congo and the UN say is backed by Rwanda": the sayers are
                # no subject; the name the relative clause hangs on is
                for s in supporters:
                    if s != antecedent:
                        self.emit(s, "supports", antecedent, k, (t,), "support")
                return True
            if t - supported_end > 6 or any(view.texts[i] in (";", ":") or
                                            view.is_lower_word(i) and
                                            view.lows[i] not in self.auxiliaries and
                                            view.lows[i] not in filler
                                            for i in range(supported_end, t)):
                return True
        for s in supporters:
            self.emit(s, "supports", supported.key, k, (t,), "support")
        return True

    # ------------------------------------------------------------------ sanctions

    def sanctions(self, k: int, a: int, b: int) -> None:
        """"X verhängt Sanktionen gegen Y", "US sanctions on Y", "Sanktionen der EU gegen
        Y", "A und B hatten Sanktionen gegen Y verhängt"."""
        view = self.view
        for t0 in range(a, b):
            word = view.phrase(t0, "sanction")
            if word is None:
                continue
            t = word[0] - 1  # a phrase's last word: "asset freezes on X"
            if self._under_sanctions(k, a, t):
                continue
            j = self._after_sanction_words(t + 1, b)
            sources: list[str] = []
            if j < b and view.lows[j] in ("der", "des", "of"):
                # "die Sanktionen der Europäischen Union gegen Russland"
                owner = self.mention_after(j + 1 if view.lows[j] == "of" else j, b, max_skip=1)
                key = self.actor_key(owner)
                if owner is not None and key:
                    sources, j = [key], owner.tok_end
            verb = view.has(t, "sanction_verb")
            hit_with = self._hit_with(t, a, b)
            if hit_with is not None:
                # "Washington hat Nicaragua mit Sanktionen belegt", "hit Iran with sanctions"
                self._emit_sanctions(k, a, b, t, sources, hit_with, hit_with.tok)
                continue
            if not verb and j + 1 < b and view.texts[j] == "," and \
                    view.has(j + 1, "relative_pronoun"):
                if self._relative_sanction(k, j + 1, b, t):
                    continue
            if verb and j < b and view.lows[j] not in _SANCTION_PREPS:
                j -= 1  # "the UN has sanctioned X": the object
            elif j >= b or view.lows[j] not in _SANCTION_PREPS:
                if not verb:
                    continue
            target = self.mention_after(j + 1, b, max_skip=1) if j + 1 < b else None
            if target is None and j + 1 < b:
                target = self._sanction_target(j + 1, b)
            if target is None and j + 2 < b and view.has(j + 1, "def_article") and \
                    view.lows[j + 2] in view.lex.word_set("group_anaphor"):
                # "weitere Sanktionen gegen die Gruppe": the organization named last with
                # that head noun ("die Söldnergruppe Wagner", "the Wagner Group")
                head = view.lows[j + 2]
                target = next((m for m in reversed(self.res.mentions) if m.tok < t
                               and self.res.kind(m.key) == "Organization" and not m.partial
                               and (head in m.text.lower() or m.tok > 0
                                    and view.lows[m.tok - 1].endswith(head))), None)
            if (target is None or target.form == "demonym_adj") and j + 1 < b:
                # "asset freezes on 14 Georgian officials, including Interior Minister X"
                lo, hi = clause_bounds(view, j + 1, k)
                sub = next((i for i in range(j + 1, min(hi + 2, b, j + 10))
                            if view.has(i, "subset_marker")), None)
                named = self.mention_after(sub + 1, b, max_skip=1) or \
                    self._sanction_target(sub + 1, b) if sub is not None else None
                target = named or target
            if target is None and j + 1 < b:
                # "gegen den staatlichen venezolanischen Ölkonzern PDVSA"
                owner = self.mention_after(j + 1, b, max_skip=3)
                if owner is not None and owner.form == "demonym_adj":
                    target = self._owned_body(owner, b)
            subject_end = t  # where the sanctioning side's part of the clause ends
            if verb and target is None:
                # "Die EU hat Iran sanktioniert": the object right before the participle
                # (over adverbs and a time: "hatte X bereits im November sanktioniert")
                e = t
                while e - 1 > a and t - e < 5 and e not in self.ends and (
                        view.is_lower_word(e - 1) or view.has(e - 1, "months")
                        or view.has(e - 1, "weekdays") or view.texts[e - 1].isdigit()):
                    e -= 1
                before = self.ends.get(e)
                if before is not None and self._clause_subjects(k, before.tok):
                    first = self._list_start(before, a, self.res.kind(before.key) or "")
                    target, subject_end = first, first.tok  # "hat Russland und Belarus ..."
            if target is not None and self.res.kind(target.key) == "State":
                target = self._official_named(target, b) or self._owned_body(target, b) \
                    or target
            elif target is not None and self.res.kind(target.key) == "Organization":
                # "sanctioned the Eritrean army's chief of staff, General X": the officer
                target = self._official_named(target, b) or target
            if target is None or target.form == "demonym_adj" or self.res.kind(
                    target.key) not in _ACTOR_KINDS + ("Person",):
                continue  # "sanctioned three Russian banks": the banks, not Russia
            self._emit_sanctions(k, a, b, t, sources, target, subject_end)

    def _listed_after(self, j: int, b: int) -> list[str]:
        """The organizations a subset marker ("including", "such as", "darunter") lists
        within a few words after the actor list starting at ``j``."""
        view = self.view
        m = self.mention_after(j, b, max_skip=1)
        if m is None:
            return []
        end = m.tok_end
        while end < b and (view.has(end, "coord") or view.texts[end] == ",") and \
                end + 1 in self.starts:
            end = self.starts[end + 1].tok_end  # "by Iran and Russia"
        i = end + 1 if end < b and view.texts[end] == "," else end
        hit = view.phrase(i, "subset_marker")
        if hit is None:
            return []
        return [x for x in self.coordinated_actors(hit[0], b)
                if self.res.kind(x) == "Organization"]

    def _relative_sanction(self, k: int, rel: int, b: int, t: int) -> bool:
        """"das Ölembargo, das die EU 2022 gegen Russland verhängt hatte", "the embargo,
        which the EU imposed on Russia": the relative clause's subject sanctions its
        target; True when it said so."""
        view = self.view
        _lo, hi = clause_bounds(view, rel, k)
        imposed = view.lex.word_set("impose_verb")
        if not any(view.lows[x] in imposed for x in range(rel + 1, hi)):
            return False
        source = self.mention_after(rel + 1, hi, max_skip=1)
        prep = next((x for x in range(rel + 1, hi) if view.lows[x] in _SANCTION_PREPS), None)
        target = self.mention_after(prep + 1, hi, max_skip=1) if prep is not None else None
        key = self.actor_key(source, institutions_as_state=True)
        if source is None or target is None or prep is None or not key or source.tok > prep \
                or self.res.kind(target.key) not in _ACTOR_KINDS or target.form == "demonym_adj":
            return False
        self._emit_sanctions(k, view.sents[k][0], b, t, [key], target, t)
        return True

    def _prep_object(self, m: Mention, a: int) -> bool:
        """Mention ``m`` follows a preposition (articles and adjectives between)."""
        view = self.view
        j = m.tok - 1
        while j > a and (view.lows[j] in _ARTICLES or view.is_lower_word(j)
                         and not view.has(j, "preposition") and m.tok - j < 3):
            j -= 1
        return j >= a and view.has(j, "preposition") and view.lows[j] not in self.by_words

    def _after_sanction_words(self, j: int, b: int) -> int:
        """The token after the head nouns and coordinated measures that follow a sanction
        word: "sanctions package against", "entry bans and asset freezes on"."""
        view = self.view
        while j < b:
            if view.has(j, "sanction_head"):
                j += 1
                continue
            nxt = view.phrase(j + 1, "sanction") if view.has(j, "coord") else None
            if nxt is None:
                return j
            j = nxt[0]
        return j

    def sanction_listing(self, k: int, a: int, b: int) -> None:
        """"Washington added X and Y to its sanctions list", "setzte X auf die
        Sanktionsliste": the listing state sanctions what it lists."""
        view = self.view
        for t in view.positions(k, "sanction_list"):
            prep = t - 1
            owner: Mention | None = None
            while prep > a and t - prep <= 5 and not view.has(prep, "list_prep"):
                m = self.ends.get(prep + 1)
                if m is not None:
                    owner = owner or m  # "to the U.S. sanctions list": whose list
                    prep = m.tok - 1
                    continue
                if not view.is_lower_word(prep):
                    break
                prep -= 1
            if prep <= a or not view.has(prep, "list_prep"):
                continue
            verb = next((i for i in range(prep - 1, max(a, prep - 40) - 1, -1)
                         if view.has(i, "list_verb")), None)
            if verb is None or any(view.texts[i] in (";", ":") for i in range(verb, prep)):
                continue
            source = self.actor_key(owner, institutions_as_state=True) if owner else None
            first = verb + 1
            if source is None and not self._clause_subjects(k, verb):
                # "Zugleich setzte das US-Finanzministerium X auf seine Sanktionsliste": the
                # subject after the verb
                subject = self.mention_after(verb + 1, prep, max_skip=0)
                source = self.actor_key(subject, institutions_as_state=True)
                first = subject.tok_end if subject is not None and source else first
            sources = [self.res.state_bodies.get(source, source)] if source else []
            for m in self.sentence_mentions(k):
                if not first <= m.tok < prep or m.partial or m.form == "demonym_adj" or \
                        self.res.kind(m.key) not in _ACTOR_KINDS + ("Person",) or (
                        m.tok_end < prep and view.texts[m.tok_end] in _GENITIVE_MARKS):
                    continue
                if view.has(m.tok - 1, "of_prep") or view.has(m.tok - 2, "of_prep"):
                    continue  # "Offiziere der ruandischen Armee": the officers are listed
                self._emit_sanctions(k, a, prep, t, sources, m, verb)

    def _under_sanctions(self, k: int, a: int, t: int) -> bool:
        """"Min Aung Hlaing and Soe Win have been under U.S. sanctions", "Iran steht unter
        US-Sanktionen": the subjects are sanctioned by the owner of the sanctions."""
        view = self.view
        owner = next((m for m in self.partials.get(t, ()) if self.actor_key(m)), None)
        under = t - 1
        if owner is None:
            owner = self.ends.get(t)
            under = owner.tok - 1 if owner is not None else t
        if owner is None or under <= a or not view.has(under, "under_leader"):
            return False
        source = self.actor_key(owner, institutions_as_state=True)
        lo, _hi = clause_bounds(view, under, k)
        first = next((m for m in self.sentence_mentions(k) if lo <= m.tok < under
                      and not m.partial and m.key), None)
        if first is None or not source:
            return False
        targets = [first]
        while True:
            j = targets[-1].tok_end
            while j < under and (view.texts[j] == "," or view.has(j, "coord")):
                j += 1
            nxt = self.starts.get(j)
            if j == targets[-1].tok_end or nxt is None or nxt.partial:
                break
            targets.append(nxt)
        for m in targets:
            if self.res.kind(m.key) in _ACTOR_KINDS + ("Person",) and m.form != "demonym_adj":
                self.emit(source, "sanctions", m.key, k, (t,), "sanctions")
        return True

    def _hit_with(self, t: int, a: int, b: int) -> Mention | None:
        """The object of "X mit Sanktionen belegen" / "hit X with sanctions" for the
        sanction word at ``t``: the actor right before "mit"/"with"."""
        view = self.view
        w = t - 1
        while w > a and t - w < 3 and view.is_lower_word(w) and not view.has(w, "with"):
            w -= 1  # "mit harten Sanktionen"
        if w <= a or not view.has(w, "with") or not any(
                view.has(i, "sanction_with_verb") for i in range(max(a, t - 8), min(b, t + 3))):
            return None
        target = self.ends.get(w)
        if target is None and w - 1 > a and view.is_lower_word(w - 1):
            target = self.ends.get(w - 1)  # "den Iran erneut mit Sanktionen belegt"
        if target is None or target.form == "demonym_adj" or self.res.kind(
                target.key) not in _ACTOR_KINDS + ("Person",):
            return None
        return target

    def _emit_sanctions(self, k: int, a: int, b: int, t: int, sources: list[str],
                        target: Mention, subject_end: int) -> None:
        """sanctions from the sanctioning side (given, or the clause's subject) to the
        target and, for firms, the firms coordinated with it; none in a negated clause
        ("trägt die westlichen Sanktionen gegen Moskau nicht mit")."""
        lo, hi = clause_bounds(self.view, t, k)
        if not sources and any(self.view.has(i, "negation") for i in range(lo, hi)):
            return  # (but "hat sich den Sanktionen der EU nicht angeschlossen": the EU's)
        if not sources and any(self.view.has(i, "block_verb") for i in range(lo, t)):
            return  # "Hungary and Slovakia have blocked every sanctions package on Georgia"
        if not sources:
            end = subject_end
            if end - 1 > a and self.view.texts[end - 1] == ")":
                # "Office of Foreign Assets Control (OFAC) blacklisted": the name before
                end = next((j for j in range(end - 2, max(a, end - 8), -1)
                            if self.view.texts[j] == "("), end)
            before = self.mention_before(end, a, skip_adjectives=2)
            if before is not None and before.tok - 1 > a and \
                    self.view.texts[before.tok - 1] in _GENITIVE_MARKS:
                owner = self.ends.get(before.tok - 1)
                if owner is not None and owner.key in self.res.state_bodies:
                    before = owner  # "the Treasury Department's Office ...": the state's
            if before is not None and self._prep_object(before, a):
                # "hat wegen des Angriffskriegs gegen die Ukraine Sanktionen ... verhängt":
                # a preposition's object is no sanctioning side
                before = None
            key = self.actor_key(before, institutions_as_state=True)
            sources = [key] if key else self._clause_subjects(k, subject_end)
            if key and before is not None and self.res.kind(before.key) == "State":
                # "Estland, Lettland und Litauen hatten Sanktionen ... verhängt": every
                # state of the coordination the subject ends with
                sources = self.coordination_ending(before, a)
            elif key and before is not None and self.res.kind(before.key) == "Organization":
                sources = self._sides_ending(before, a)  # "Die USA und die EU haben ..."
        if not sources:
            # "Die USA und die EU haben wegen der Repression gegen A, B und C Sanktionen
            # gegen X verhängt": the subject before the sentence's auxiliary, over commas,
            # when a verb of imposing them follows
            aux = next((x for x in range(a + 1, t) if self.view.lows[x] in self.auxiliaries),
                       None)
            subject = self.ends.get(aux) if aux is not None else None
            imposed = self.view.lex.word_set("impose_verb")
            if aux is not None and subject is not None and self.res.kind(subject.key) in (
                    "State", "Organization") and \
                    any(self.view.lows[x] in imposed for x in range(aux, b)) and \
                    not any(self.view.has(x, "negation") for x in range(aux, t)):
                sources = self._sides_ending(subject, a)
        if not sources:
            # "European Union leaders, who have imposed sanctions on Russia": the relative
            # clause's antecedent
            lo, _hi = clause_bounds(self.view, subject_end, k)
            if lo > a + 1 and self.view.texts[lo - 1] == "," and \
                    self.view.has(lo, "relative_pronoun"):
                head = self.ends.get(lo - 1) or (
                    self.ends.get(lo - 2) if self.view.is_lower_word(lo - 2)
                    or _role_category(self.view, lo - 2) else None)
                key = self.actor_key(head)
                sources = [key] if key else []
        # a state's office sanctions for its state ("the U.S. Treasury sanctioned ...")
        sources = [self.res.state_bodies.get(s, s) for s in sources]
        targets = [target.key]
        if self.res.kind(target.key) in ("Organization", "State"):
            # "sanctioned Rosneft and Lukoil", "Sanktionen gegen Russland und Belarus": every
            # firm or state of the coordination
            kind = self.res.kind(target.key)
            owners = self._owners_after(target.tok, b, inflected=kind == "State")
            # not an owner: "sanctions on Iran and China's purchases of oil"
            targets += [key for key in self.coordinated_actors(target.tok, b)
                        if key not in targets and self.res.kind(key) == kind
                        and key not in owners]
        if self.res.kind(target.key) in ("Organization", "Person"):
            targets += [key for key in self._sanction_list(target, b) if key not in targets]
        for source in sources:
            for key in targets:
                if key and source != key:
                    self.emit(source, "sanctions", key, k, (t,), "sanctions")

    def _sanction_list(self, first: Mention, b: int) -> list[str]:
        """The bodies and persons of a sanctions list after its first item ("blacklisted
        the army, the ruling party (PFDJ), two party-owned firms, the X Trust, as well as
        Y, head of Z, and W"): items between commas and "and", a bracket or a person's
        apposition skipped, an item that names no one passed over."""
        view = self.view
        keys: list[str] = []
        i = first.tok_end
        last_person = self.res.kind(first.key) == "Person"
        while i < b:
            if view.texts[i] == "(":
                close = next((j for j in range(i + 1, min(b, i + 8)) if view.texts[j] == ")"),
                             None)
                if close is None:
                    break
                i = close + 1
                continue
            sep = view.phrase(i, "member_alongside")
            if view.texts[i] == "," or view.has(i, "coord") or sep is not None:
                i = sep[0] if sep is not None else i + 1
                while i < b and (view.texts[i] == "," or view.has(i, "coord")
                                 or view.lows[i] in _ARTICLES):
                    i += 1
                m = self.starts.get(i)
                if m is not None and not m.partial and \
                        self.res.kind(m.key) in ("Organization", "Person"):
                    if m.key:
                        keys.append(m.key)
                    last_person = self.res.kind(m.key) == "Person"
                    i = m.tok_end
                    continue
                named = self._sanction_target(i, b)
                if named is not None and named.key:
                    # "Rosneft und dessen Chef Igor Setschin": the person the role names
                    keys.append(named.key)
                    last_person = True
                    i = named.tok_end
                    continue
                # an item naming no one ("two party-owned firms") or a person's apposition
                # (", head of Eritrea's security office,"): on to the next separator
                j = i
                while j < b and j - i < 8 and view.texts[j] not in (",", ";", ".") and \
                        not view.has(j, "coord") and view.phrase(j, "member_alongside") is None:
                    if view.has(j, "say_verb") or (view.has(j, "relative_pronoun")
                                                   and not last_person):
                        return keys
                    j += 1
                if j >= b or j - i >= 8 or view.texts[j] in (";", "."):
                    break
                i = j
                continue
            break
        return keys

    def suppliers(self, k: int, a: int, b: int) -> None:
        """"Turkey is Pakistan's biggest arms supplier", "zu den wichtigsten
        Waffenlieferanten Kiews": the subject supports the supplier noun's owner."""
        view = self.view
        for t in view.positions(k, "supplier_noun"):
            end = (view.phrase(t, "supplier_noun") or (t + 1, ""))[0]
            owner = None
            for i in range(t - 1, max(a - 1, t - 5), -1):  # "Kyiv's most important"
                if view.texts[i] in _GENITIVE_MARKS:
                    owner = self.ends.get(i)
                    break
                genitive = self.ends.get(i + 1)
                if genitive is not None and genitive.form == "inflected" and \
                        self.res.kind(genitive.key) == "State":
                    owner = genitive  # "Indiens wichtigster Waffenlieferant"
                    break
                if not view.is_lower_word(i):
                    break
            if owner is None and end < b:
                after = self.starts.get(end)  # "Waffenlieferanten Kiews"
                if after is not None and after.form == "inflected":
                    owner = after
                elif end + 1 < b and view.lows[end] in ("der", "des", "of"):
                    # "Unterstützern der Ukraine", "Unterstützer der sudanesischen Armee",
                    # "the main backer of the RSF"
                    after = self.mention_after(end + 1, b, max_skip=1)
                    if after is not None and self.res.kind(after.key) in ("State",
                                                                          "Organization"):
                        owner = after
            okey = self.actor_key(owner)
            if owner is None or okey is None:
                continue
            subjects = self._clause_subjects(k, min(t, owner.tok))
            lo = clause_bounds(view, t, k)[0]
            if not subjects and lo > a and view.texts[lo - 1] == ",":
                named = self.actor_key(self.ends.get(lo - 1))  # "The US, Ukraine's backer,"
                lo2, _ = clause_bounds(view, lo - 2, k)
                if lo2 > a + 1 and view.texts[lo2 - 1] == "," and (
                        view.has(lo2, "indef_article") or view.has(lo2, "def_article")):
                    # "Lithuania, a member of NATO and the EU, has been one of Ukraine's
                    # backers": the subject before the apposition
                    named = self.actor_key(self.ends.get(lo2 - 1))
                subjects = [named] if named else []
            for s in subjects:
                if s != okey and self.res.kind(s) in _ACTOR_KINDS:
                    self.emit(s, "supports", okey, k, (t,), "support")

    def received(self, k: int, a: int, b: int) -> None:
        """"Die Armee erhält Drohnen aus der Türkei und dem Iran", "Pakistan buys its jets
        from China": the states the arms come from support the clause's subject."""
        view = self.view
        for t in view.positions(k, "receive_verb"):
            lo, hi = clause_bounds(view, t, k)
            self._received_aid(k, lo, hi, t)
            arms = next((i for i in range(t + 1, min(hi, t + 8))
                         if view.has(i, "weapon") or view.has(i, "arms_item")), None)
            if arms is None:
                self._received_support(k, lo, hi, t)
                continue
            src = next((i for i in range(arms + 1, min(hi, arms + 6))
                        if view.has(i, "source_prep")), None)
            if src is None:
                continue
            first = self.mention_after(src + 1, hi, max_skip=0)
            if first is None or self.res.kind(first.key) != "State":
                continue
            suppliers = [key for key in self.coordinated_actors(first.tok, hi)
                         if self.res.kind(key) == "State"] or [first.key or ""]
            subject = self.mention_before(t, lo, skip_adjectives=2)
            recipient = self.actor_key(subject) if subject is not None else None
            if recipient is None:
                continue
            for key in suppliers:
                if key and key != recipient:
                    self.emit(key, "supports", recipient, k, (t,), "support")

    def _received_support(self, k: int, lo: int, hi: int, t: int) -> None:
        """"Unterstützung bekommt die Junta vor allem aus Moskau", "Mali's junta receives
        support from Russia": the state the support comes from supports the receiver."""
        view = self.view
        if not any(view.phrase(i, "support") is not None and view.is_cap(i) == (
                view.lex.lang == "de") for i in range(lo, hi) if i != t):
            return
        src = next((i for i in range(t + 1, hi) if view.has(i, "source_prep")), None)
        if src is None:
            return
        giver = self.mention_after(src + 1, hi, max_skip=1)
        if giver is None or giver.partial or self.res.kind(giver.key) != "State":
            return
        taker = next((m for m in self.sentence_mentions(k) if lo <= m.tok < src
                      and not m.partial and m.key != giver.key and not self.after_locprep(m)
                      and self.res.kind(m.key) in ("State", "Organization")), None)
        anaphor = next((i for i in range(lo, src) if view.has(i, "alliance_org_anaphor")
                        and i > lo and view.has(i - 1, "def_article")), None)
        if taker is None and anaphor is not None:
            # "Unterstützung bekommt die Allianz aus Moskau": the one named with that word
            # ("die Allianz der Sahelstaaten"), not any alliance named last
            word = view.lows[anaphor]
            taker = next((m for m in reversed(self.res.mentions) if m.tok < anaphor
                          and not m.partial and self.res.kind(m.key) == "Organization"
                          and word in m.text.lower()), None)
        key = self.actor_key(taker, institutions_as_state=True) if taker else None
        if key and key != giver.key:
            self.emit(giver.key, "supports", key, k, (t,), "support")

    def _received_aid(self, k: int, lo: int, hi: int, t: int) -> None:
        """"Ägypten erhält amerikanische Militärhilfe", "one of the largest recipients of
        American military aid": the state of the demonym supports the clause's subject."""
        view = self.view
        giver = next((m for i, m in self.starts.items() if t < i < min(hi, t + 6)
                      and m.form in ("demonym_adj", "abbrev") and m.tok_end < hi
                      and (view.phrase(m.tok_end, "support") is not None
                           or view.has(m.tok_end, "weapon")
                           or view.has(m.tok_end, "arms_item"))), None)
        if giver is None or self.res.kind(giver.key) != "State":
            return
        taker = next((m for i, m in sorted(self.starts.items()) if lo <= i < t
                      and not m.partial and self.res.kind(m.key) in ("State", "Organization")
                      and m.key != giver.key), None)
        key = self.actor_key(taker, institutions_as_state=True)
        if key and key != giver.key:
            self.emit(giver.key, "supports", key, k, (t,), "support")

    def _sanction_target(self, j: int, b: int) -> Mention | None:
        """The person a role introduces as a sanction's object: "gegen dessen Anführer
        Jimmy Chérizier", "sanctioned the party's founder, billionaire Bidzina Ivanishvili"."""
        view = self.view
        role = False
        for i in range(j, min(b, j + 8)):
            m = self.starts.get(i)
            if m is not None:
                return m if role and self.res.kind(m.key) == "Person" else None
            if _role_category(view, i) or view.has(i, "title") or view.has(i, "role_expert"):
                role = True
            elif view.texts[i] == "," and role:
                continue  # "the party's founder, billionaire X"
            elif not (view.texts[i].isalpha() or view.texts[i] in _GENITIVE_MARKS):
                return None
        return None

    def _owners_after(self, t: int, b: int, *, inflected: bool = False) -> set[str | None]:
        """Keys of the mentions after token ``t`` that own the next phrase ("and China's
        partner", with ``inflected`` also "Chinas Ölkäufe"): no items of a list."""
        return {m.key for i, m in self.starts.items() if t < i < b and (
            m.tok_end < b and self.view.texts[m.tok_end] in _GENITIVE_MARKS
            or inflected and m.form == "inflected")}

    def _owned_body(self, state: Mention, b: int) -> Mention | None:
        """The firm or group a state's genitive or demonym introduces as a sanction's
        object: "Venezuela's state oil company PDVSA", "den venezolanischen Ölkonzern
        PDVSA", "Russia's Wagner Group"."""
        view = self.view
        j = state.tok_end
        if state.form != "demonym_adj":
            if j >= b or view.texts[j] not in _GENITIVE_MARKS and not (
                    view.lex.lang == "de" and state.form == "inflected"):
                return None
            if view.texts[j] in _GENITIVE_MARKS:
                j += 1
        for i in range(j, min(b, j + 4)):
            m = self.starts.get(i)
            if m is not None:
                return m if self.res.kind(m.key) in ("Organization", "Person") else None
            if not view.texts[i].isalpha() or view.lows[i] in self.stop_words \
                    or view.has(i, "coord") or view.has(i, "locprep"):
                return None
        return None

    def _official_named(self, state: Mention, b: int) -> Mention | None:
        """"Ruandas Staatsminister ..., James Kabarebe", "Russia's defence minister X": the
        official a state's genitive and a role introduce (the one a sanction targets)."""
        view = self.view
        if state.form == "government":
            return None  # "sanctions on junta leaders": the junta's, no one named
        j = state.tok_end
        if j < b and view.texts[j] in _GENITIVE_MARKS:
            j += 1
        if j >= b or not _role_category(view, j) and view.phrase_ending(j + 1, "role_official") \
                is None and view.phrase_ending(j + 1, "role_leader") is None:
            return None
        for i in range(j + 1, min(b, j + 9)):
            if view.texts[i] in (";", ":", "(", ")"):
                return None
            m = self.starts.get(i)
            if m is not None:
                return m if self.res.kind(m.key) == "Person" else None
        return None

    def _clause_subjects(self, k: int, t: int) -> list[str]:
        """The actors before token ``t`` in its clause, the clause's subject: one, or one
        coordination ("Großbritannien und die USA hatten Sanktionen ... verhängt")."""
        lo, _hi = clause_bounds(self.view, t, k)
        cands = [m for m in self.sentence_mentions(k) if lo <= m.tok < t
                 and self.res.kind(m.key) in _ACTOR_KINDS]
        a = self.view.sents[k][0]
        if not cands and lo > a and self.view.has(lo, "coord"):
            # "Die EU spricht von einem Angriff – und verschärft die Sanktionen": the
            # sentence's subject, when it opens the sentence
            first = next(iter(self.sentence_mentions(k)), None)
            if first is not None and first.tok < lo and self.res.kind(first.key) in \
                    _ACTOR_KINDS and all(self.view.lows[i] in _ARTICLES
                                         for i in range(a, first.tok)):
                cands = [first]
        keys = list(dict.fromkeys(self.actor_key(m) for m in cands))
        if len(keys) == 1:
            return [k for k in keys if k]
        if len(keys) > 1 and set(self.coordinated_actors(cands[0].tok, t)) >= set(keys):
            return [k for k in keys if k]
        if len(keys) > 1 and keys[0] and all(self.view.lows[i] in _ARTICLES
                                             for i in range(lo, cands[0].tok)):
            # "Washington designated X a terrorist group and has sanctioned Y": the
            # clause's subject
            return [keys[0]]
        return []

    # ------------------------------------------------------------------ places

    def located(self, k: int, a: int, b: int) -> None:
        """locatedIn from demonym/genitive, "X im Norden Y", "X in central Y",
        apposition ("X, a naval base on Y's coast")."""
        inside: dict[str, tuple[str, int]] = {}  # place -> (its container, token)
        for p in self.sentence_mentions(k):
            if self.res.kind(p.key) != "Place" or p.partial:
                continue
            container = self._container_of(p, a, b)
            if container is not None and p.key is not None and container != p.key:
                # where a place lies is presupposed (_PRESUPPOSED): in "Baku fordert einen
                # Korridor durch die armenische Provinz Sjunik" only the corridor is a demand
                self.emit(p.key, "locatedIn", container, k, (p.tok,), "located")
                inside.setdefault(p.key, (container, p.tok))
        for p, container in self._listed_under_plural_head(k, a, b, inside):
            self.emit(p.key, "locatedIn", container, k, (p.tok,), "located")
            inside[p.key or ""] = (container, p.tok)
        for p, owner in self._belonging_places(k, a, b):
            if p.key is not None and p.key not in inside:
                self.emit(p.key, "locatedIn", owner, k, (p.tok,), "located")
                inside[p.key] = (owner, p.tok)
        for p, state in self._focused_places(k, a, b) + self._framed_places(k, a, b):
            if p.key is not None and p.key not in inside:
                self.emit(p.key, "locatedIn", state, k, (p.tok,), "located")
                inside[p.key] = (state, p.tok)
        # "Hmeimim in der Provinz Latakia im Westen Syriens": the sentence places the base
        # in Syria as well
        for place, (container, tok) in inside.items():
            seen = {place, container}
            outer = inside.get(container)
            while outer is not None and outer[0] not in seen:
                self.emit(place, "locatedIn", outer[0], k, (tok,), "located")
                seen.add(outer[0])
                outer = inside.get(outer[0])

    def _belonging_places(self, k: int, a: int, b: int) -> list[tuple[Mention, str]]:
        """"Damit gehören die Inseln X und Y zu Äquatorialguinea", "the island belongs to
        Gabon", "die zu Spanien gehörenden Kanarischen Inseln": places a verb of belonging
        gives to a state or a larger place."""
        view = self.view
        found: list[tuple[Mention, str]] = []
        ment = self.sentence_mentions(k)
        for t in range(a, b):
            if view.lows[t] not in self.belong_verbs:
                continue
            lo, hi = clause_bounds(view, t, k)
            before = next((z for z in range(t - 1, max(lo, t - 5) - 1, -1)
                           if view.lows[z] in self.belong_preps), None)
            if before is not None:
                # "die zu Spanien gehörenden Kanarischen Inseln": the owner before the verb
                owner = next((m for m in ment if before < m.tok < t), None)
                places = [m for m in ment if t < m.tok < hi and m.tok - t <= 4]
            else:
                z = next((z for z in range(t + 1, hi) if view.lows[z] in self.belong_preps),
                         None)
                if z is None:
                    continue
                j = z + 1
                while j < hi and view.lows[j] in _ARTICLES:
                    j += 1
                owner = self.starts.get(j)
                places = [m for m in ment if lo <= m.tok < z and m is not owner]
            if owner is None or owner.key is None or \
                    self.res.kind(owner.key) not in ("State", "Place"):
                continue
            found.extend((p, owner.key) for p in places
                         if self.res.kind(p.key) == "Place" and not p.partial
                         and p.key != owner.key)
        return found

    def _listed_under_plural_head(self, k: int, a: int, b: int,
                                  inside: dict[str, tuple[str, int]]
                                  ) -> list[tuple[Mention, str]]:
        """"in Niger's Dosso and Tahoua regions": the place before a plural head lies where
        the first of its list (already placed in ``inside``) lies."""
        view = self.view
        out: list[tuple[Mention, str]] = []
        for p in self.sentence_mentions(k):
            if p.key is None or p.partial or p.key in inside or p.tok - 2 <= a or \
                    self.res.kind(p.key) != "Place" or p.tok_end >= b or \
                    not view.has(p.tok_end, "plural_place_head"):
                continue
            j, first = p.tok - 1, None
            while j > a and (view.texts[j] == "," or view.has(j, "coord")):
                first = self.ends.get(j)
                if first is None or first.key in inside:
                    break
                j = first.tok - 1
            if first is not None and first.key in inside and first.key != p.key:
                out.append((p, inside[first.key or ""][0]))
        return out

    def _focused_places(self, k: int, a: int, b: int) -> list[tuple[Mention, str]]:
        """Places a focus phrase singles out within a state just named ("stationed in Saudi
        Arabia, most of them at Prince Sultan Air Base", "in Rumänien, vor allem auf dem
        Stützpunkt X nahe der Hafenstadt Y"), or a relative "where" clause opens on ("in
        Estonia, where 900 British troops are based at Tapa"): up to the next comma."""
        view = self.view
        out: list[tuple[Mention, str]] = []
        where = set(view.positions(k, "relative_where"))
        for f in sorted(where | set(view.positions(k, "place_focus"))):
            if f - 2 <= a or view.texts[f - 1] != ",":
                continue
            j = f - 1
            while j - 1 > a and f - 1 - j < 2 and j not in self.ends and \
                    view.is_lower_word(j - 1):
                j -= 1  # "in Rumänien bleiben, vor allem ...": over the final verb
            state = self.ends.get(j)
            if state is None or self.res.kind(state.key) != "State" or state.key is None or \
                    not self.after_locprep(state):
                continue
            end = next((i for i in range(f + 1, b) if view.texts[i] in (",", ";", ":")), b)
            out += [(m, state.key) for m in self.sentence_mentions(k)
                    if f < m.tok < end and self.res.kind(m.key) == "Place" and not m.partial
                    and (f not in where or self.after_locprep(m))]
        return out

    def _framed_places(self, k: int, a: int, b: int) -> list[tuple[Mention, str]]:
        """Places a sentence opening on "In STATE," sets in that state ("In neighbouring
        Kyrgyzstan, 300 soldiers drilled near Osh", "In Kirgistan unterhält Russland den
        Stützpunkt Kant"): a place the gazetteer puts in another state stays out."""
        view = self.view
        i = a
        while i < b and not view.texts[i][:1].isalnum():
            i += 1
        hit = view.phrase(i, "locprep") if i < b else None
        if hit is None and view.lex.lang == "de":
            # "..., in Kirgistan unterhält Russland zudem den Stützpunkt Kant": a clause
            # after a comma that opens on the frame
            i = next((x + 1 for x in range(a, b - 1) if view.texts[x] in (",", ";")
                      and view.lows[x + 1] == "in"), b)
            hit = view.phrase(i, "locprep") if i < b else None
        if hit is None or hit[1] != "in":
            return []
        j = hit[0]
        while j < b and j - hit[0] < 2 and view.is_lower_word(j) and \
                view.lows[j] not in _ARTICLES:
            j += 1  # "In neighbouring Kyrgyzstan" (not ", in dem die USA ...": a relative)
        frame = self.starts.get(j)
        if frame is None or frame.partial or frame.key is None or \
                self.res.kind(frame.key) != "State" or \
                frame.form not in ("name", "alias", "inflected") \
                or frame.tok_end >= b:
            return []
        if not (view.texts[frame.tok_end] == "," if view.lex.lang == "en"
                else view.is_lower_word(frame.tok_end)):
            return []  # "In Kyrgyzstan's capital ...", "In Kirgistan und Tadschikistan ..."
        gaz = load_gazetteer()
        out: list[tuple[Mention, str]] = []
        for m in self.sentence_mentions(k):
            if m.tok <= frame.tok or m.partial or m.key is None or \
                    self.res.kind(m.key) != "Place":
                continue
            if not (self._placed_in(m) or m.tok > a and view.has(m.tok - 1, "place_head_pre")
                    or view.has(m.tok, "place_head_pre")):
                continue
            known = gaz.entries.get(m.entry) if m.entry else None
            home = known.capital_of or known.state if known is not None else None
            if home is not None and self.res.entry_keys.get(home) != frame.key:
                continue  # (the gazetteer puts it elsewhere)
            out.append((m, frame.key))
        return out

    def _container_of(self, p: Mention, a: int, b: int) -> str | None:
        """The state or place the sentence puts place ``p`` in, if any."""
        view = self.view
        if p.source == "rule:compass" and p.state:
            # "im Nordirak": the word itself names the state it lies in
            return self.res.entry_keys.get(p.state)
        site_state = self._sites_owner(p, a)
        if site_state is not None:
            return site_state
        before = self.mention_before(p.tok, a, skip_adjectives=0)
        if before is None and p.tok - 1 > a and view.has(p.tok - 1, "place_head_pre"):
            before = self.mention_before(p.tok - 1, a)
        if before is None and p.tok - 2 > a:
            # "the Ukrainian city of Dnipro", "die burundische Wirtschaftsmetropole Bujumbura"
            j = p.tok - 1 if view.lows[p.tok - 1] in ("of", "von") else p.tok
            head = view.phrase_ending(j, "place_head_pre") or view.phrase_ending(
                p.tok, "place_head_pre")  # "the Mexican cities of Tijuana": "cities of"
            if head is not None and head[0] > a:
                before = self.mention_before(head[0], a)
        poss = p.tok - 1
        if poss > a and view.has(poss, "place_head_pre") and not self.starts.get(poss):
            poss -= 1
        if before is None and poss > a and view.has(poss, "possessive") and \
                (view.phrase(p.tok, "place_head_pre") or poss < p.tok - 1
                 or p.tok_end - p.tok > 1 and view.lex.has(view.texts[p.tok_end - 1],
                                                          "place_head_post")
                 and all(view.texts[i].isalpha() and view.is_cap(i)
                         for i in range(p.tok, p.tok_end - 1))):
            # "Aserbaidschan mit seiner Exklave Nachitschewan", "its exclave of Nakhchivan":
            # the state the possessive points back to
            owner = next((m for m in reversed(self.sentence_mentions(view.sent_of[p.tok]))
                          if m.tok < poss and not m.partial
                          and self.res.kind(m.key) == "State"), None)
            if owner is not None:
                return owner.key
        gen = p.tok
        if before is None:
            # "in Yemen's eastern Mahra province": over a direction word to the owner
            while gen - 1 > a and p.tok - gen < 2 and view.has(gen - 1, "direction"):
                gen -= 1
            if gen == p.tok and self._after_place_head(p.tok_end, len(view.texts)) > p.tok_end:
                # "Iraq's semi-autonomous Kurdistan region": over adjectives to the owner
                while gen - 1 > a and p.tok - gen < 3 and (
                        view.is_lower_word(gen - 1) and view.lows[gen - 1] not in
                        self.stop_words or view.texts[gen - 1] == "-"):
                    gen -= 1
            if gen < p.tok:
                before = self.ends.get(gen - 1 if view.texts[gen - 1] in _GENITIVE_MARKS
                                       else gen)
        if before is not None and before.form in ("demonym_adj", "inflected") \
                and self.res.kind(before.key) == "State":
            return before.key
        if before is not None and self.res.kind(before.key) == "State" and \
                gen > 0 and view.texts[gen - 1] in _GENITIVE_MARKS:
            return before.key
        if before is not None and self.res.kind(before.key) == "Place" and \
                before.tok_end + 1 == p.tok and view.texts[before.tok_end] in _GENITIVE_MARKS:
            return before.key  # "Mariupol's Azovstal steelworks", "Bangui's M'Poko airport"
        return self._container_after(p, b) or self._possessed_place(p, a) or \
            self._apposed_container(p, b)

    def _possessed_place(self, p: Mention, a: int) -> str | None:
        """"Venezuela has deployed troops to its western border states of Zulia and
        Táchira", "attacks in its western Xinjiang region": the state a possessive before
        the place (over adjectives and place words) points back to."""
        view = self.view
        first = self._list_start(p, a, "Place")
        j = first.tok - 1
        while j > a and first.tok - j <= 5 and not view.has(j, "possessive") and (
                view.lows[j] in ("of", "von") or view.has(j, "place_head_pre")
                or view.has(j, "direction") or view.has(j, "region_plural")
                or view.is_lower_word(j) and view.lows[j] not in self.stop_words):
            j -= 1
        if j <= a or j == first.tok - 1 or not view.has(j, "possessive"):
            return None
        owner = next((m for m in reversed(self.sentence_mentions(view.sent_of[p.tok]))
                      if m.tok < j and not m.partial and self.res.kind(m.key) == "State"
                      and m.form != "demonym_adj"), None)
        return owner.key if owner is not None and owner.key != p.key else None

    def _apposed_container(self, p: Mention, b: int) -> str | None:
        """"Puerto Ayacucho, capital of the southern state of Amazonas", "near Pokrovsk,
        Donetsk region": the place an apposition right after the name puts it in."""
        view = self.view
        j = p.tok_end
        if j + 1 >= b or view.texts[j] != ",":
            return None
        j += 1
        if view.lows[j] in _ARTICLES and j + 1 < b:
            j += 1
        if view.has(j, "capital_word") and j + 1 < b and view.lows[j + 1] in (
                "of", "des", "der", "von"):
            k = j + 2
            while k < b and k - j < 7 and k not in self.starts and (
                    view.lows[k] in _ARTICLES or view.lows[k] in ("of", "des", "der", "von")
                    or view.is_lower_word(k) or view.has(k, "place_head_pre")):
                k += 1
            m = self.starts.get(k)
            if m is not None and not m.partial and self.res.kind(m.key) in ("State", "Place"):
                return m.key
            return None
        m = self.starts.get(j)
        if m is None or m.partial or self.res.kind(m.key) != "Place" or \
                not view.lex.has(view.texts[m.tok_end - 1], "place_head_post") or \
                m.tok_end < b and view.texts[m.tok_end] not in (",", ".", ")", ";"):
            return None  # "Pokrovsk, Donetsk region": a region word closes the apposition
        return m.key

    def _sites_owner(self, p: Mention, a: int) -> str | None:
        """"iranische Atomanlagen in Fordo, Natans und Isfahan", "Ukrainian ports such as
        Odesa": places listed after a state's adjective and a plural of sites lie in it."""
        view = self.view
        first = self._list_start(p, a, "Place").tok
        if first - 1 > a and view.lows[first - 1] == "of":
            first -= 1  # "the Mexican border cities of Tijuana and Mexicali"
        intro = view.phrase_ending(first, "list_intro")
        sites = view.phrase_ending(intro[0], "site_plural") if intro and intro[0] > a else \
            view.phrase_ending(first, "site_plural")  # "aus den ukrainischen Häfen Odessa"

        if sites is None or sites[0] <= a:
            return None  # "Atomanlagen in", "ports such as", "nuclear facilities at"
        g = sites[0]
        if g - 1 > a and g not in self.ends and view.is_lower_word(g - 1) and \
                view.lows[g - 1] not in self.stop_words and not view.cues(g - 1):
            g -= 1  # "Ukrainian military sites"; not "Ukrainian soldiers at bases"
        owner = self.ends.get(g)
        if owner is not None and owner.form == "demonym_adj" and \
                self.res.kind(owner.key) == "State":
            return owner.key
        return None

    def _container_after(self, p: Mention, b: int) -> str | None:
        view = self.view
        j = self._after_place_head(p.tok_end, b)  # "al-Jufra airbase in central Libya"
        lie = view.phrase(j + (j < b and view.texts[j] == ","), "lie_verb") if j < b else None
        if lie is not None and lie[0] < b and view.phrase(lie[0], "locprep"):
            # "Uvira liegt in der Provinz Süd-Kivu", "the base, located in Gyumri"
            j = lie[0]
        # "die Basen Olenja in der Region Murmansk und Belaja in der Region Irkutsk": a
        # place that is itself a container takes the container of a list it opens only
        # when the text says it is the whole list's
        container = self._contains_before(p)
        walked = False
        while j < b and (view.has(j, "coord") or view.texts[j] == ","):
            # "in Rovaniemi und Sodankylä im finnischen Lappland", "Santa Ana and Lal-lo
            # Airport, both in Cagayan", "in Gao, Timbuktu und Kidal im Norden Malis": the
            # container of the list
            other = self.starts.get(j + 1)
            if other is None or self.res.kind(other.key) != "Place":
                break
            if view.texts[j] == "," and j == p.tok_end:
                region = self._bare_apposition(p, j + 1, b)
                if region is not None:
                    return region  # "KATHERINE, Northern Territory —": no list
            j, walked = other.tok_end, True
        if container and walked and not (j + 1 < b and view.texts[j] == "," and
                                         view.has(j + 1, "distributive")):
            return None  # (but "in Santa Ana and Lal-lo Airport, both in Cagayan")
        if j < b and view.texts[j] == ",":
            j += 1
            if j < b and view.has(j, "distributive"):
                j += 1  # ", both in the province of Cagayan"
            owner = self._owner_apposition(j, b) or self._bare_apposition(p, j, b)
            if owner is not None:
                return owner
            # apposition: ", a naval base on Australia's west coast", ", capital of X"
            if j < b and (view.lows[j] in _ARTICLES or view.has(j, "capital_word")):
                k = j + 1 if view.lows[j] in _ARTICLES else j
                while k < b and k - j < 5 and not view.phrase(k, "place_head_pre") and not \
                        view.lex.has(view.texts[k], "place_head_post") and not \
                        view.has(k, "capital_word"):
                    k += 1
                if k >= b or k - j >= 5:
                    return None
                j = (view.phrase(k, "place_head_pre") or (k + 1, ""))[0]
                while j < b:
                    head = view.phrase(j, "place_head_pre") or view.phrase(j, "city_head")
                    if head is None:
                        break
                    j = head[0]
                if j < b and view.lows[j - 1] in ("of", "von"):
                    j -= 1  # "a port city of Syria"
                named = self.starts.get(j) if j < b else None
                if named is not None and named.form == "inflected" and named is not p and \
                        self.res.kind(named.key) == "State":
                    return named.key  # ", dem Regierungssitz Malaysias"
                if j + 1 < b and view.lows[j] in ("der", "des", "of", "von"):
                    # ", die Hauptstadt der Provinz Süd-Kivu", ", the capital of Mali"
                    m = self.mention_after(j + 1 if view.lows[j] in ("of", "von") else j,
                                           b, max_skip=2)
                    if m is not None and m is not p and m.key != p.key and \
                            self.res.kind(m.key) in ("State", "Place"):
                        return self._genitive_region(m, b) or m.key
        prep = view.phrase(j, "locprep") if j < b else None
        if prep is None and j == p.tok_end and j + 1 < b and view.lows[j] == "of" and \
                p.tok_end - p.tok > 1 and \
                view.lows[j - 1] in view.lex.word_set("division_word"):
            prep = (j + 1, "in")  # "the Panjgur district of Pakistan's Baluchistan province"
        if prep is None or prep[1] != "in" or view.phrase(j, "motion_locprep"):
            return None  # "von Okinawa auf die Insel Guam": where it goes, not where it is
        k = prep[0]
        # "in der Provinz Latakia", "in the western city of Poznań"
        while k < b and (view.has(k, "direction") and not self.starts.get(k)
                         or view.lows[k] in _ARTICLES
                         # (not "in der von Kanada geführten Brigade": the agent of a
                         # participle)
                         or view.lows[k] in ("of", "von") and view.lows[k - 1] not in _ARTICLES
                         or view.has(k, "coord") and k + 1 < b and view.has(k + 1, "direction")
                         or view.phrase(k, "place_head_pre") and not self.starts.get(k)
                         # "in der autonomen Provinz X": an adjective before the head word
                         or view.is_lower_word(k) and view.lows[k] not in self.stop_words
                         and k + 1 < b and view.phrase(k + 1, "place_head_pre")
                         # "in Indian-administered Kashmir", "in rebel-held Goma"
                         or self._hyphen_adjective(k) and k + 1 < b):
            k = (view.phrase(k, "place_head_pre") or (k + 1, ""))[0] if view.phrase(
                k, "place_head_pre") and not self.starts.get(k) else k + 1
        if k < b and view.has(k, "country_anaphor") and view.lows[k - 1] in _ARTICLES:
            subject = self._sentence_subject_state(p.tok)
            if subject is not None and not view.has(k, "monarchy_anaphor") and not \
                    view.positions(view.sent_of[p.tok], "force"):
                # (with soldiers in the sentence, its subject may be the state sending them)
                return subject  # "Ivory Coast has agreed ... near Odienné, in the country's
                # northwest": the state the sentence is about
            return self.res.salient_state(p.tok, monarchy=view.has(k, "monarchy_anaphor"))
        m = self.starts.get(k)
        if m is None or m is p:
            return None
        nxt = self.starts.get(m.tok_end + 1 if m.tok_end < b and view.texts[m.tok_end] in
                              _GENITIVE_MARKS else m.tok_end)
        if nxt is not None and nxt is not p and self.res.kind(nxt.key) == "Place" and (
                m.form == "demonym_adj" or m.tok_end < b and view.texts[m.tok_end]
                in _GENITIVE_MARKS):
            m = nxt  # "im finnischen Lappland", "in Cambodia's Preah Sihanouk province"
        kind = self.res.kind(m.key)
        if kind == "Place" and self._is_city(p, capital=True) and self._is_city(m):
            return None  # "near the capital Sanaa, in the port city of Hodeidah": a list
        if kind == "State" or (kind == "Place" and m.key != p.key):
            return m.key
        return None

    def _hyphen_adjective(self, k: int) -> bool:
        """Token ``k`` is an adjective compound ending on a lower-case word
        ("Indian-administered", "Russian-occupied", "rebel-held") that names no entity."""
        text = self.view.texts[k]
        tail = text.rsplit("-", 1)[-1]
        return "-" in text and len(tail) > 2 and tail.isalpha() and tail.islower() and \
            k not in self.starts

    def _sentence_subject_state(self, t: int) -> str | None:
        """The state named first in the sentence of token ``t``, as its opening subject
        ("Ivory Coast has agreed ..."), if it stands before ``t``."""
        view = self.view
        k = view.sent_of[t]
        a = view.sents[k][0]
        i = a
        while i < t and (not view.texts[i][:1].isalnum() or view.lows[i] in _ARTICLES):
            i += 1
        m = self.starts.get(i)
        if m is None or m.tok_end > t or m.partial or m.form not in ("name", "inflected") or \
                self.res.kind(m.key) != "State":
            return None
        return m.key

    def _genitive_region(self, m: Mention, b: int) -> str | None:
        """The region a state's genitive owns ("Iraq's semi-autonomous Kurdistan region",
        "Syriens Provinz Idlib"), or None when the state stands alone."""
        view = self.view
        j = m.tok_end
        if j < b and view.texts[j] in _GENITIVE_MARKS:
            j += 1
        elif m.form != "inflected":
            return None
        start = j
        while j < b and j - start < 2 and view.is_lower_word(j) and \
                view.lows[j] not in self.stop_words:
            j += 1
        if j < b and view.phrase(j, "place_head_pre"):
            j = view.phrase(j, "place_head_pre")[0]  # type: ignore[index]
        region = self.starts.get(j)
        if region is None or region is m or self.res.kind(region.key) != "Place":
            return None
        return region.key

    def _after_place_head(self, j: int, b: int) -> int:
        """The token after a lower-case head word that follows a place name ("Meiktila air
        base", "the Shoalwater Bay training area"), or ``j`` when there is none."""
        view = self.view
        hit = view.phrase(j, "place_head_post") if j < b and view.is_lower_word(j) else None
        return hit[0] if hit is not None and hit[0] <= b else j

    def _contains_before(self, p: Mention) -> bool:
        """``p`` is the object of "in" right after another place ("Olenja in der Region
        Murmansk"): it contains that place."""
        view = self.view
        i = p.tok - 1
        while i > 0 and (view.lows[i] in _ARTICLES or view.phrase(i, "place_head_pre")):
            i -= 1
        if i <= 0 or view.phrase(i, "locprep") is None:
            return False
        before = self.ends.get(i)
        return before is not None and self.res.kind(before.key) == "Place"

    def _bare_apposition(self, p: Mention, j: int, b: int) -> str | None:
        """"Fort Wainwright, Alaska,", "RICHARDS BAY, South Africa (AP)", "in Trøndelag,
        central Norway", "in Leyton, east London": a state, a region or (after a compass
        word) a city standing alone after the comma contains the place; a list of places
        ("Kyiv, Kharkiv and Odesa") does not."""
        view = self.view
        start = j
        while j < b and view.has(j, "direction") and view.is_lower_word(j):
            j += 1
        m = self.starts.get(j)
        if m is None or m is p or m.partial or m.key == p.key:
            return None
        district = j > start and self._is_city(m)  # "Leyton, east London"
        kind = self.res.kind(m.key)
        if m.form not in ("name", "abbrev") and not (district and m.form == "capital") and \
                not (m.form == "alias" and kind == "State"):  # "BUNIA, Congo (AP)"
            return None
        if kind == "State":
            if self.res.kind(p.key) != "Place" or self._is_state_like(p):
                return None
        elif kind != "Place" or self._is_city(m) and not district or \
                p.entry and not self._is_city(p) or not (
                m.entry or m.source in _HEADED_PLACE_RULES or m.tok_end - m.tok == 1):
            return None  # a city or region in a region; "Tapa, Tallinn" is a list
        end = m.tok_end
        if end < b and view.texts[end] not in _APPOSITION_END:
            return None  # "Russia, China and Iran", "Kyiv, Ukraine's capital", "…, Ukraine said"
        return m.key

    def _is_state_like(self, p: Mention) -> bool:
        """A place the gazetteer files as a territory of its own (no city, no region of a
        named state): "Greenland", "Kosovo" after a comma are list items, not inside."""
        entry = load_gazetteer().entries.get(p.entry) if p.entry else None
        return entry is not None and entry.state is None and not self._is_city(p)

    def _owner_apposition(self, j: int, b: int) -> str | None:
        """", Finland's northernmost region", ", Finnlands nördlichste Provinz": the state
        whose region the apposition says the place is."""
        view = self.view
        start = j
        while j < b and j - start < 4 and (view.lows[j] in _ARTICLES or view.is_lower_word(j)
                                           and view.lows[j] not in self.stop_words):
            j += 1  # ", a Tajik exclave", ", der westlichsten bewohnten Insel Japans"
        if j > start and j < b and (view.phrase(j, "place_head_pre") or view.lex.has(
                view.texts[j], "place_head_post")):
            owner = self.starts.get(j + 1)
            if owner is not None and owner.form == "inflected" and \
                    self.res.kind(owner.key) == "State":
                return owner.key
        m = self.starts.get(j)
        if m is None or self.res.kind(m.key) != "State":
            return None
        k = m.tok_end
        if k < b and view.texts[k] in _GENITIVE_MARKS:
            k += 1
        elif m.form == "demonym_adj" and j > start:
            # ", a Tajik exclave": the demonym owns the place word after it; not ", the
            # American naval base at Cuba's eastern tip": a base's demonym is who runs it
            if any(view.names_base(i) for i in range(k, min(b, k + 3))):
                return None
        elif m.form != "inflected":
            return None
        for i in range(k, min(b, k + 3)):
            if view.phrase(i, "place_head_pre") or view.lex.has(view.texts[i], "place_head_post"):
                return m.key
            if not view.is_lower_word(i):
                break
        return None

    def _is_city(self, m: Mention, *, capital: bool = False) -> bool:
        """A city the gazetteer knows (with ``capital``: a capital): no city lies in a
        city, and a capital lies in no other city."""
        entry = load_gazetteer().entries.get(m.entry) if m.entry else None
        if entry is None:
            # "the port city of Hodeidah", "die Hafenstadt X": a city by its head word
            view = self.view
            return not capital and any(view.has(i, "city_head")
                                       for i in range(max(0, m.tok - 2), m.tok_end))
        return bool(entry.capital_of) if capital else bool(entry.capital_of or entry.population)

    def _last_state(self, tok: int, exclude: list[str] | None = None) -> str | None:
        """The state mentioned last before token ``tok`` ("des Landes", "the country")."""
        for m in reversed(self.res.mentions):
            if m.tok < tok and self.res.kind(m.key) == "State" and not m.partial and (
                    not exclude or m.key not in exclude):
                return m.key
        return None

    def capitals(self) -> None:
        """A capital the text calls a capital ("der Hauptstadt Bamako", "the Lithuanian
        capital") lies in its state, when the document names that state."""
        view = self.view
        capitals: dict[str, Mention] = {}
        for m in self.res.mentions:
            if m.entry and self.res.kind(m.key) == "Place" and not m.partial:
                capitals.setdefault(m.entry, m)
        if not capitals:
            return
        gaz_state = _capital_states(self.res, capitals)
        for k, a, b in self.sentences():
            for t in range(a, b):
                if not view.has(t, "capital_word"):
                    continue
                after = self.starts.get(t + 1)
                if after is None and t + 2 < b and view.texts[t + 1] == ",":
                    after = self.starts.get(t + 2)  # "in the capital, Niamey"
                if after is not None and after.entry in gaz_state:
                    state = gaz_state[after.entry]
                    if state in self.res.entities:
                        self.emit(after.key, "locatedIn", state, k, (t,), "capital")
                    continue
                before = self.mention_before(t, a, skip_adjectives=0)
                if before is not None and self.res.kind(before.key) == "State":
                    for entry, state in gaz_state.items():
                        if state == before.key:
                            self.emit(capitals[entry].key, "locatedIn", state, k, (t,),
                                      "capital")


def _capital_states(res: Resolution, capitals: dict[str, Mention]) -> dict[str, str]:
    """Capital entry -> key of the state it is the capital of (gazetteer), for the states
    the document names."""
    from kg.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out: dict[str, str] = {}
    for entry in capitals:
        e = gaz.entries.get(entry)
        if e is not None and e.capital_of and e.capital_of in res.entry_keys:
            out[entry] = res.entry_keys[e.capital_of]
    return out


def _role_category(view: DocView, r: int) -> str | None:
    if r < 0:
        return None
    best: tuple[int, str] | None = None
    for cat in ("role_leader", "role_official", "role_expert"):
        hit = view.phrase(r, cat)
        if hit is not None and (best is None or hit[0] > best[0]):
            best = (hit[0], cat)  # "chief of the general staff" is no "chief"
    return best[1] if best else None


def joinable(m: Mention) -> bool:
    """An organization states join or treat with: one the gazetteer knows, no state's own
    body, no political party and no firm (NATO, the CSTO; not "Fidesz", not "the Russian
    army", not the news agency of the dateline)."""
    return bool(m.entry) and not m.state and m.org_class not in ("party", "company")


def _coordinated(view: DocView, first: Mention, second: Mention, *, strict: bool = False
                 ) -> bool:
    """Two persons joined by "und"/"and"/"," (with role words between, unless ``strict``;
    a bracket after the first is skipped: "A (Mali), B (Niger)")."""
    start = first.tok_end
    if start < second.tok and view.texts[start] == "(":
        close = next((i for i in range(start + 1, min(second.tok, start + 6))
                      if view.texts[i] == ")"), None)
        if close is not None:
            start = close + 1
    between = range(start, second.tok)
    if strict and len(between) == 2 and view.has(start, "coord") and (
            view.lows[start + 1] in _ARTICLES or view.has(start + 1, "title")):
        return True  # "Israel und die USA", "A und Scheich B" (a title is no office)
    if not between or len(between) > (1 if strict else 6):
        return False
    return any(view.has(i, "coord") or view.texts[i] == "," for i in between)


def dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (subject, predicate, object), with its firmest evidence."""
    best: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        key = (r.subject, r.predicate, r.object)
        old = best.get(key)
        if old is None or _MODALITY_RANK[r.evidence.modality] < _MODALITY_RANK[
                old.evidence.modality]:
            best[key] = r
    return list(best.values())


def _no_affiliation_beside_office(relations: list[Relation]) -> list[Relation]:
    """"Jean-Pierre Lacroix, the UN's peacekeeping chief": an official of a body is not also
    said to be merely affiliated with it."""
    official = {(r.subject, r.object) for r in relations if r.predicate == "officialOf"}
    return [r for r in relations if r.predicate != "affiliatedWith"
            or (r.subject, r.object) not in official]


def _state_body_entry(m: Mention) -> bool:
    """Whether a mention is a gazetteer organization that is one state's body."""
    entry = load_gazetteer().entries.get(m.entry) if m.entry else None
    return entry is not None and entry.kind == "Organization" and entry.state is not None


def find_relations(view: DocView, res: Resolution) -> list[Relation]:
    """Every relation the document states."""
    return RelationFinder(view, res).run()


def relations_from_deployments(deployments: list[Deployment], relations: list[Relation]
                               ) -> list[Relation]:
    """supports(actor, helped) for forces the text says are there in support of someone."""
    have: set[tuple[str, str, str]] = {(r.subject, r.predicate, r.object) for r in relations}
    out: list[Relation] = []
    for d in deployments:
        if not d.in_support_of or d.evidence.modality not in ("Asserted", "Reported"):
            continue
        key = (d.actor, "supports", d.in_support_of)
        if key in have or d.actor == d.in_support_of:
            continue
        have.add(key)
        ev = d.evidence
        out.append(Relation(subject=d.actor, predicate="supports", object=d.in_support_of,
                            evidence=type(ev)(sentence=ev.sentence, start=ev.start, end=ev.end,
                                              modality=ev.modality,
                                              attributed_to=ev.attributed_to,
                                              attributed_to_text=ev.attributed_to_text,
                                              confidence=CONFIDENCE["support-deployment"])))
    return out


def relations_from_treaties(treaties: list[Treaty], relations: list[Relation],
                            kinds: dict[str, str]) -> list[Relation]:
    """What a reported treaty says about its parties: a mutual-defence pact or alliance
    between states makes them allies; a ceasefire between two sides says they have been
    fighting. ``kinds`` maps entity keys to their kind."""
    have: set[tuple[str, str, str]] = {(r.subject, r.predicate, r.object) for r in relations}
    out: list[Relation] = []
    for t in treaties:
        ev = next((e for e in t.evidence if e.modality in ("Asserted", "Reported")), None)
        if ev is None:
            continue
        if t.treaty_type == "Ceasefire" and len(t.parties) == 2:
            pred, rule = "inConflictWith", "conflict-ceasefire"
        elif t.treaty_type in ("MutualDefense", "Alliance") and len(t.parties) >= 2 and all(
                kinds.get(p) == "State" for p in t.parties):
            pred, rule = "alliedWith", "alliance-treaty"
        else:
            continue
        for i, s in enumerate(t.parties):
            for o in t.parties[i + 1:]:
                if (s, pred, o) in have or (o, pred, s) in have:
                    continue
                have.add((s, pred, o))
                out.append(Relation(subject=s, predicate=pred, object=o,  # type: ignore[arg-type]
                                    evidence=replace(ev, confidence=CONFIDENCE[rule])))
    return out
