"""One node per real entity in a document: mentions -> entity keys, labels and aliases.

- a capital or seat used as an actor stands for its state; in a purely locational phrase
  ("in Washington", "VILNIUS —", "south of Vilnius") it is the city, and one sense holds
  per document: if it acts as the state anywhere, every mention is the state;
- demonyms, inflected names and government words ("die deutsche Bundesregierung",
  "US-Regierung", a junta the text places in a state) are the state;
- short forms ("Kim", "Merz") join the full name, institutions of one state and kind
  ("türkisches Parlament" / "türkische Nationalversammlung") are one organization;
- linked entities get key ``wd:Q…`` and the gazetteer label in the document language,
  others ``<Kind>:<longest full form>``. Every surface form seen becomes an alias.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field, replace

from kg.extract.gazetteer import GazEntry, Gazetteer
from kg.extract.lexicon import stop_words
from kg.extract.names import BARE_BODY_RULES, genitive_base
from kg.extract.view import DocView, Mention
from kg.records import Entity

# How many sentences back a junta or bare government word looks for its state.
GOVERNMENT_WINDOW = 4
_LOCATIONAL = frozenset({"in", "at", "near", "to"})
# Marks that end the part of a sentence a reaction word may speak about.
_PART_BREAKS = frozenset({";", ":", "–", "—", "(", ")", "„", "“", "\"", "?"})


@dataclass
class EntityDraft:
    """An entity being assembled from its mentions."""

    key: str
    kind: str
    label: str
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    linked_label: bool = False

    def add_alias(self, text: str) -> None:
        """Record a surface form once (exactly as written, whitespace collapsed)."""
        text = " ".join(text.split())
        if text and text not in self.aliases:
            self.aliases.append(text)

    def freeze(self, lang: str) -> Entity:
        """The immutable record."""
        aliases = list(self.aliases)
        if self.label not in aliases:
            aliases.insert(0, self.label)
        return Entity(key=self.key, kind=self.kind, label=self.label, label_lang=lang,  # type: ignore[arg-type]
                      wikidata=self.wikidata, aliases=tuple(aliases),
                      latitude=self.latitude, longitude=self.longitude)


class Salience:
    """Weighted counts of state mentions up to a token, with snapshots so a query costs
    a bounded number of steps (documents of any length stay linear).

    As a place ("im Land", "the country") mentions after a locational word count triple;
    as an actor ("Soldaten aus dem Land") only the others count.
    """

    STEP = 64

    # weights of one mention by its use: (as a place, as an actor)
    WEIGHTS = {"located": (3, 0), "named": (1, 1), "demonym": (0, 1)}

    def __init__(self, items: list[tuple[int, str, str]]) -> None:
        self.items = sorted(items)
        self.toks = [t for t, _, _ in self.items]
        self.snapshots: list[tuple[dict[str, int], dict[str, int]]] = [({}, {})]
        place: dict[str, int] = {}
        actor: dict[str, int] = {}
        for n, (_, key, use) in enumerate(self.items, 1):
            wp, wa = self.WEIGHTS[use]
            place[key] = place.get(key, 0) + wp
            actor[key] = actor.get(key, 0) + wa
            if n % self.STEP == 0:
                self.snapshots.append((dict(place), dict(actor)))

    def best(self, tok: int, exclude: list[str] | None = None, *, actor: bool = False,
             only: frozenset[str] | None = None) -> str | None:
        n = bisect_left(self.toks, tok)
        snap = n // self.STEP
        counts = dict(self.snapshots[snap][1 if actor else 0])
        last: dict[str, int] = {}
        for i in range(snap * self.STEP, n):
            _, key, use = self.items[i]
            counts[key] = counts.get(key, 0) + self.WEIGHTS[use][1 if actor else 0]
        for i in range(max(0, n - self.STEP), n):
            last[self.items[i][1]] = i
        cands = [(c, last.get(k, -1), k) for k, c in counts.items()
                 if c > 0 and (not exclude or k not in exclude) and (only is None or k in only)]
        return max(cands)[2] if cands else None


@dataclass
class Resolution:
    """The entities of a document and its mentions with keys set, in text order."""

    entities: dict[str, EntityDraft]
    mentions: list[Mention]
    by_sentence: dict[int, list[Mention]]
    entry_keys: dict[str, str] = field(default_factory=dict)
    salience: Salience | None = None
    # person key -> (background role kind, state key) from the gazetteer ("leader", "wd:Q159"):
    # it only says *which* state a title the text gives belongs to, never a fact by itself.
    known_roles: dict[str, tuple[str, str]] = field(default_factory=dict)
    # organization key -> key of the state it is a body of (gz:state: Bundeswehr, Pentagon),
    # for states this document names
    state_bodies: dict[str, str] = field(default_factory=dict)
    # person key -> gazetteer id of the state the gazetteer says the person serves, named in
    # the document or not: only to refuse a state the text does not give him ("Kremlchef
    # Putin und Machthaber Kim": Kim's title does not inherit Russia)
    role_states: dict[str, str] = field(default_factory=dict)
    # keys of the document's states the gazetteer files as kingdoms, emirates, sultanates
    monarchies: frozenset[str] = frozenset()

    def salient_state(self, tok: int, exclude: list[str] | None = None, *, actor: bool = False,
                      monarchy: bool = False) -> str | None:
        """The state the text has dwelt on most before token ``tok``: as a place ("im
        Land", "the country") or as an actor ("Soldaten aus dem Land"); with ``monarchy``
        only a kingdom or emirate ("das Königreich", "the kingdom")."""
        if not self.salience:
            return None
        return self.salience.best(tok, exclude, actor=actor,
                                  only=self.monarchies if monarchy else None)

    def state_key(self, m: Mention) -> str | None:
        """The key of the state a mention stands for or belongs to ("das russische
        Parlament" -> Russia), if that state is an entity of the document."""
        if m.kind == "State":
            return m.key
        if m.state:
            key = self.entry_keys.get(m.state)
            if key in self.entities:
                return key
        return None

    def kind(self, key: str | None) -> str | None:
        """The kind of the entity ``key``."""
        if key is None or key not in self.entities:
            return None
        return self.entities[key].kind


class Resolver:
    """Turns the mentions of one document into entities (see the module docstring)."""

    def __init__(self, view: DocView, gazetteer: Gazetteer, lang: str) -> None:
        self.view = view
        self.gaz = gazetteer
        self.lang = lang
        self.entities: dict[str, EntityDraft] = {}
        self.entry_keys: dict[str, str] = {}
        self.seats = seat_entries(gazetteer, lang)
        self.stop_words = stop_words(view.lex.lang)
        self._doc_states: set[str] = set()
        self._named_states: set[str | None] = set()  # filled by resolve()
        self._full_names: set[str] = set()  # entries the text names by a full name
        self._known_surnames: dict[str, str] = {}  # surname -> the one known person's entry

    # ------------------------------------------------------------------ keys

    def _entity_for_entry(self, entry_id: str) -> EntityDraft:
        entry = self.gaz.entry(entry_id)
        key = f"wd:{entry.wikidata}" if entry.wikidata else None
        label = entry.labels.get(self.lang) or next(iter(entry.labels.values()), entry_id)
        if key is None:
            key = f"{entry.kind}:{label}"
        self.entry_keys[entry_id] = key
        draft = self.entities.get(key)
        if draft is None:
            draft = EntityDraft(key=key, kind=entry.kind, label=label, wikidata=entry.wikidata,
                                latitude=entry.lat, longitude=entry.lon, linked_label=True)
            self.entities[key] = draft
        return draft

    def _entity_for_name(self, kind: str, label: str) -> EntityDraft:
        key = f"{kind}:{label}"
        draft = self.entities.get(key)
        if draft is None:
            draft = EntityDraft(key=key, kind=kind, label=label)
            self.entities[key] = draft
        return draft

    # ------------------------------------------------------------------ main

    def resolve(self, mentions: list[Mention]) -> Resolution:
        """Keys for every mention; mentions that resolve to nothing are dropped."""
        # "MOSKAU (dpa) –": the credited agency is the article's source, not in its story
        mentions = sorted((m for m in mentions if not self.view.dateline_credit(m.tok, m.tok_end)),
                          key=lambda m: (m.start, -m.end))
        actor_capitals = self._capital_senses(mentions)
        governments = self._government_mentions(mentions)
        # "the Trump administration" names the state, not the man
        named = {(g.tok, g.tok_end) for g in governments}
        mentions = [m for m in mentions if not (m.kind == "Person" and any(
            a == m.tok and (m.tok_end < b or m.partial) for a, b in named))] + governments
        mentions.sort(key=lambda m: (m.start, -m.end))
        self._surnames_as_persons(mentions)
        persons = self._person_groups(mentions)
        # "Yaşar Güler ... der türkische Verteidigungsminister Güler": a surname alone is the
        # known person of this text who bears it (if only one does)
        surnames: dict[str, set[str]] = defaultdict(set)
        particles = self.view.lex.word_set("patronymic_particle")
        for m in mentions:
            if m.kind == "Person" and m.entry is not None and " " in m.text.strip():
                words = m.text.split()
                surnames[words[-1]].add(m.entry)
                if len(words) >= 3 and words[1].lower() in particles:
                    # "Mohammed bin Salman ... Prince Mohammed": named by the given name
                    surnames[words[0]].add(m.entry)
        self._known_surnames = {name: next(iter(e)) for name, e in surnames.items()
                                if len(e) == 1}
        mentions = self._local_bodies(mentions)
        orgs = self._org_groups(mentions)
        places = self._place_groups(mentions)
        self._doc_states = {m.state for m in mentions if m.kind == "State" and m.state}
        self._full_names = {m.entry for m in mentions if m.entry and m.form != "alias"}
        # every state the text points to: by name, capital, or a leader the gazetteer knows
        self._named_states = set[str | None](self._doc_states) | {
            e.capital_of or (role[1] if (role := _person_role(e)) else None)
            for m in mentions if m.entry is not None and (e := self.gaz.entry(m.entry))}
        kept: list[Mention] = []
        regions = self._regions_by_name(mentions)
        for m in mentions:
            region = self._city_as_region(m, regions)
            draft = self._draft(region or m, actor_capitals, persons, orgs, places)
            if draft is None:
                continue
            m.key = draft.key
            draft.add_alias(m.text)
            for extra in m.extra:
                draft.add_alias(extra)
            bare = self._without_head(m) if draft.kind == "Place" else None
            if bare:
                draft.add_alias(bare)
            if draft.kind == "Place":
                self._state_word_alias(m, draft)
            if m.text[:4].lower() == "the " and not any(
                    s.text.startswith("The ") for s in self.gaz.lookup(m.text, self.lang)):
                draft.add_alias(m.text[4:])  # "the Gulf" is named "Gulf", "The Hague" not "Hague"
            kept.append(m)
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in kept:
            by_sentence[self.view.sent_of[m.tok]].append(m)
        salience = Salience([item for m in kept if m.key and not m.partial
                             for item in self._salience_item(m)])
        monarchies = frozenset(key for entry, key in self.entry_keys.items()
                               if entry in self.gaz.entries and self.gaz.entries[entry].monarchy)
        return Resolution(self.entities, kept, dict(by_sentence), self.entry_keys, salience,
                          self._known_roles(), self._state_bodies(), self._role_states(),
                          monarchies)

    def _role_states(self) -> dict[str, str]:
        """Person key -> the gazetteer id of the state the gazetteer says he serves."""
        out: dict[str, str] = {}
        for entry_id, key in self.entry_keys.items():
            role = _person_role(self.gaz.entry(entry_id))
            if role is not None:
                out[key] = role[1]
        return out

    def _state_bodies(self) -> dict[str, str]:
        """Gazetteer organizations that are a body of a state this document names."""
        out: dict[str, str] = {}
        for entry, key in self.entry_keys.items():
            known = self.gaz.entries.get(entry)
            if known is not None and known.kind == "Organization" and known.state and \
                    self.entry_keys.get(known.state) in self.entities:
                out[key] = self.entry_keys[known.state]
        return out

    def _known_roles(self) -> dict[str, tuple[str, str]]:
        """Gazetteer background of the persons named: the kind of office and the state key,
        for states this document names."""
        out: dict[str, tuple[str, str]] = {}
        for entry_id, key in self.entry_keys.items():
            role = _person_role(self.gaz.entry(entry_id))
            if role is None:
                continue
            kind, state_id = role
            state_key = self.entry_keys.get(state_id)
            if state_key in self.entities and self.entities[state_key].kind in (
                    "State", "Organization"):
                out[key] = (kind, state_key)
        return out

    def _draft(self, m: Mention, actor_capitals: set[str], persons: dict[int, str],
               orgs: dict[int, str], places: dict[int, str]) -> EntityDraft | None:
        if m.entry is not None:
            entry = self.gaz.entry(m.entry)
            if entry.kind == "Organization" and entry.state and m.form == "alias" and \
                    m.tok_end - m.tok == 1 and entry.state not in self._named_states and \
                    entry.id not in self._full_names:
                # "Der Kongress billigte ..." in a story about Colombia: a common word the
                # gazetteer gives one state's body names it only where that state is named
                # (or the body by its full name: "US Africa Command ... AFRICOM")
                return None
            if entry.capital_of and entry.id in self.seats:
                return self._entity_for_entry(entry.capital_of)
            if entry.capital_of:
                if entry.id in actor_capitals and entry.capital_of in self.gaz.entries and \
                        not self._site(m):
                    return self._entity_for_entry(entry.capital_of)
                return self._entity_for_entry(entry.id)
            if m.kind == "State" and m.state and m.state != entry.id:
                return self._entity_for_entry(m.state)
            if self._stray_alternate(m, entry):
                return self._entity_for_name("Place", places.get(id(m), m.core or m.text))
            return self._entity_for_entry(entry.id)
        if m.kind == "State" and m.state:
            return self._entity_for_entry(m.state)
        if m.kind == "Person":
            name = persons.get(id(m), m.text)
            known_here = self._known_surnames.get(name.strip())
            if known_here is not None and " " not in name.strip():
                return self._entity_for_entry(known_here)
            known = self.gaz.person_by_tail(name)
            if known is not None and known in self.gaz.entries:
                return self._entity_for_entry(known)  # "Tayyip Erdogan"
            return self._entity_for_name("Person", name)
        if m.kind == "Organization":
            if m.state and m.state in self.gaz.entries and m.core and m.text.endswith(m.core):
                # The demonym inside "das russische Parlament" mentions the state too.
                owner = self._entity_for_entry(m.state)
                owner.add_alias(m.text[: len(m.text) - len(m.core)].strip().removesuffix("'s"))
            return self._entity_for_name("Organization", orgs.get(id(m), m.core or m.text))
        if m.kind == "Place":
            return self._entity_for_name("Place", places.get(id(m), m.core or m.text))
        return None

    def _stray_alternate(self, m: Mention, entry: GazEntry) -> bool:
        """A city matched only by one of its alternate spellings ("Manda" for Japan's Handa)
        in a text that never names its country: the name is the text's own, not that city."""
        if not (m.kind == "Place" and m.form == "alias" and entry.population is not None
                and not entry.wikidata and entry.state is not None
                and entry.state not in self._doc_states):
            return False
        # "Poznan" for "Poznań" is the same name without its accents, not another spelling
        return _fold(m.core or m.text) not in {_fold(label) for label in entry.labels.values()}

    def _without_head(self, m: Mention) -> str | None:
        """"Kaliningrad" of "Kaliningrad exclave", "Kursk" of "Region Kursk"."""
        view = self.view
        if m.partial or m.tok_end - m.tok < 2:
            return None
        if view.has(m.tok, "place_head_pre") and not view.has(m.tok, "capital_word"):
            start = m.tok + 1
            if start < m.tok_end - 1 and view.lows[start] in ("of", "von"):
                start += 1  # "town of Ouallam"
            rest = view.span_text(start, m.tok_end)
            return None if rest.isdigit() else rest  # "Airbase 101" is no "101"
        last = m.tok_end - 1
        if any(view.facility_head(j, m.tok_end)
               for j in range(max(m.tok + 1, last - 1), m.tok_end)):
            return None  # "Socotra airport" is not Socotra
        if view.lex.has(view.texts[last], "place_head_post") and not view.is_cap(last):
            return view.span_text(m.tok, last)
        return None

    # ------------------------------------------------------------------ capitals

    def _capital_senses(self, mentions: list[Mention]) -> set[str]:
        """Capitals that act as their state somewhere in the document (one sense per
        discourse); the rest are places."""
        actors: set[str] = set()
        place_starts = {m.tok for m in mentions if m.kind == "Place" and not m.partial}
        # "the Warsaw-Lublin line": a compound of two places names a route, no actor
        routes = [m.tok for m in mentions if m.partial and m.kind == "Place" and m.entry
                  and not self.gaz.entry(m.entry).capital_of]
        # "über Kopenhagen und Aalborg", "between Warsaw and Lublin": listed with a city
        cities = {m.tok: m for m in mentions if not m.partial and m.kind == "Place"
                  and not (m.entry and self.gaz.entry(m.entry).capital_of)}
        cities_end = {m.tok_end: m for m in cities.values()}
        view = self.view
        for m in mentions:
            if m.entry is None or m.entry in self.seats or (m.partial and m.tok in routes):
                continue
            if not m.partial and (
                    m.tok_end + 1 < len(view.texts) and view.has(m.tok_end, "coord")
                    and m.tok_end + 1 in cities
                    or m.tok > 1 and view.has(m.tok - 1, "coord") and m.tok - 1 in cities_end):
                continue
            if self.gaz.entry(m.entry).capital_of and m.form != "alias" and \
                    not self._locational(m) and not self._owns_place(m, place_starts):
                actors.add(m.entry)
        return actors

    def _site(self, m: Mention) -> bool:
        """"Kabul airport", "der Flughafen Kopenhagen", "Leyton, east London": a site or a
        district in the city, a place even where the city acts for its state elsewhere."""
        view = self.view
        a, b = view.sents[view.sent_of[m.tok]]
        return not m.partial and (m.tok > a and view.has(m.tok - 1, "place_head_pre")
                                  # "der Hafen von Havanna", "the port of Havana"
                                  or m.tok - 1 > a and view.lows[m.tok - 1] in ("of", "von")
                                  and view.has(m.tok - 2, "place_head_pre")
                                  or m.tok_end < b and view.has(m.tok_end, "place_head_post")
                                  or m.tok - 3 >= a and view.has(m.tok - 1, "direction")
                                  and view.texts[m.tok - 2] == "," and view.is_cap(m.tok - 3))

    def _owns_place(self, m: Mention, place_starts: set[int]) -> bool:
        """"Bangui's M'Poko airport", "Kyivs Flughafen Boryspil": a city's genitive before a
        place in it is the city, not its state acting."""
        view = self.view
        j = m.tok_end
        if j < len(view.texts) and view.texts[j] in ("'s", "’s"):
            j += 1
        return j > m.tok_end and j in place_starts

    def _locational(self, m: Mention) -> bool:
        """A purely locational use: after a locational preposition, as a dateline, or as
        the apposition of the word "capital"."""
        view = self.view
        k = self.view.sent_of[m.tok]
        a, b = view.sents[k]
        if m.partial:
            # "das Ottawa-Übereinkommen": a treaty named for the city it was signed in;
            # "the Kampala-based institute": where it sits
            return view.has(m.tok, "treaty") or view.has(m.tok, "treaty_weak") or \
                view.has(m.tok, "seat_suffix")
        if m.form == "capital_adj":
            # "im Kiewer Stadtzentrum" is the city; "die Kiewer Regierung", "nach Pariser
            # Angaben" its state: the noun the adjective qualifies decides
            return self._site(m) or m.tok_end < b and view.has(m.tok_end, "place_head_pre")
        if view.dateline(m.tok, m.tok_end):
            return True  # "VILNIUS —", "BRUSSELS, 4 April 2023 -"
        if all(not view.texts[i][:1].isalnum() for i in range(a, b) if not m.tok <= i < m.tok_end):
            return True  # "Kopenhagen." on a line of its own: a dateline
        if m.tok_end < len(view.texts) and view.texts[m.tok_end] in ("'s", "’s"):
            # "doubt on Washington's commitment": the city owns, it is no site; but
            # "flights from Bamako's airport" name a site in the city
            return m.tok_end + 1 < b and view.has(m.tok_end + 1, "place_head_post")
        if self._site(m):
            return True  # "der Flughafen Kopenhagen", "Vilnius airport": a site in the city
        j = m.tok - 1
        if j - 1 >= a and view.texts[j] == "," and view.has(j - 1, "capital_word"):
            return True  # "in the capital, Honiara, ..."
        if j >= a and view.has(j, "place_verb"):
            return True  # "his soldiers had entered Juba", "Truppen erreichten Kiew"
        if view.lex.lang == "de" and m.tok_end < b and view.has(m.tok_end, "place_verb") and \
                (m.tok_end + 1 >= b or not view.texts[m.tok_end + 1][:1].isalnum()):
            return True  # "hatte Außenminister Barrot N'Djamena besucht": the verb last
        if j - 1 >= a and view.has(j, "of_prep") and (view.has(j - 1, "treaty")
                                                     or view.has(j - 1, "treaty_weak")):
            return True  # "das Abkommen von Washington": named for where it was signed
        steps = 0
        while j >= a and steps < 3:
            if view.has(j, "capital_word"):
                return True
            hit = view.phrase_ending(j + 1, "locprep")
            if hit is not None:
                h = hit[0]
                if h > a and view.lows[h - 1] in view.lex.word_set("embassy_noun") and \
                        view.lows[h] in view.lex.word_set("container_prep"):
                    return True  # "die schwedische Botschaft in Bagdad": a building there
                if h > a and (view.has(h - 1, "sanction") or view.has(h - 1, "target_noun")):
                    return False  # "sanctions on Moscow", "pressure on Beijing": a target
                if h + 1 < m.tok and (view.has(h + 1, "sanction") or
                                      view.has(h + 1, "target_noun")):
                    return False  # "urged Egypt to pressure Washington": a verb's object
                if view.phrase_ending(h + 1, "attrib_pre") is not None:
                    return False  # "according to Kyiv": the source of a claim
                if hit[1] == "in" and self._opinion_seat(m, h, a):
                    return False
                return hit[1] in _LOCATIONAL
            low = view.lows[j]
            # "in der nahen Hauptstadt", not "auf die sich Washington ... verständigt"
            if view.has(j, "def_article") or (low.isalpha() and low == view.texts[j]
                                               and not view.has(j, "coord")
                                               and low not in self.stop_words):
                j -= 1
                steps += 1
                continue
            break
        return False

    def _opinion_seat(self, m: Mention, h: int, a: int) -> bool:
        """"die Regierung in Berlin", "officials in Washington", "In Peking wird ... mit
        Argwohn verfolgt": a capital whose government acts or is watched is its state."""
        view = self.view
        if h > a and view.has(h - 1, "gov") and not view.has(h - 1, "gov_plural"):
            return True
        if h > a and view.lows[h - 1] in view.lex.word_set("opinion_holder"):
            return True
        b = view.sents[view.sent_of[m.tok]][1]
        lo, hi = m.tok, m.tok_end
        while lo > max(a, m.tok - 8) and view.texts[lo - 1] not in _PART_BREAKS:
            lo -= 1
        while hi < min(b, m.tok_end + 16) and view.texts[hi] not in _PART_BREAKS:
            hi += 1
        return any(view.has(j, "reaction") for j in range(lo, hi))

    # ------------------------------------------------------------------ governments

    def _government_mentions(self, mentions: list[Mention]) -> list[Mention]:
        """"die deutsche Bundesregierung", "US-Regierung", "Niger's junta", "die Junta"
        -> the state. A bare government word ("die Junta", "the government") is the state
        the document has spoken of most so far, places of events counting double; once
        tied, a government word keeps its state for the whole document."""
        view = self.view
        starts: dict[int, Mention] = {}
        ends: dict[int, Mention] = {}
        partial_at: dict[int, Mention] = {}
        covered: set[int] = set()
        for m in mentions:
            if m.partial:
                role = _person_role(self.gaz.entry(m.entry)) \
                    if m.kind == "Person" and m.entry else None
                if m.kind == "State" and m.state:
                    partial_at.setdefault(m.tok, m)
                elif role is not None and role[0] == "leader":
                    # "die Trump-Regierung": the state he leads
                    partial_at.setdefault(m.tok, replace(m, kind="State", state=role[1]))
                continue
            starts.setdefault(m.tok, m)
            ends[m.tok_end] = m
            covered.update(range(m.tok, m.tok_end))
        named = {m.state for m in mentions if m.kind in ("State", "Organization") and m.state}
        # a state counts by its name and by the places in it where things happen
        # ("Kyaukme", "in Hsipaw") when the text names that state too
        states: list[tuple[Mention, str, int]] = []
        for m in mentions:
            if m.partial:
                continue
            entry = self.gaz.entries.get(m.entry) if m.entry and m.kind == "Place" else None
            if m.kind == "State" and m.state:
                states.append((m, m.state, 3 if self._after_locational(m) else 1))
            elif entry is not None and entry.state in named and not entry.capital_of:
                states.append((m, entry.state, 2))
        score: dict[str, float] = defaultdict(float)
        seen = 0
        out: list[Mention] = []
        tied: dict[str, str] = {}  # government word -> state (one sense per document)
        for k, (a, _b) in enumerate(view.sents):
            if view.boiler[k]:
                continue
            for i in view.positions(k, "gov"):
                while seen < len(states) and states[seen][0].tok < i:
                    _m, key, points = states[seen]
                    # whole points per mention; the fraction prefers the later on ties
                    score[key] = int(score[key]) + points + (seen + 1) / (len(states) + 1)
                    seen += 1
                if i in covered or view.has(i, "gov_plural"):
                    continue  # "all ruled by juntas": many governments, no one state
                if any(view.has(j, "under_leader") for j in range(max(a, i - 2), i)):
                    continue  # "unter britischer Führung": led by, no government named
                state, start = self._government_state(i, a, ends, starts, partial_at, tied,
                                                      score)
                if state is None:
                    continue
                tied.setdefault(view.lows[i], state)
                begin, end = view.idx[start], view.ends[i]
                extra = (view.texts[i],) if start != i else ()
                out.append(Mention(start=begin, end=end, text=view.text[begin:end],
                                   tok=start, tok_end=i + 1, kind="State", source="rule:gov",
                                   form="government", state=state, extra=extra))
        return out

    def _government_state(self, i: int, a: int, ends: dict[int, Mention],
                          starts: dict[int, Mention], partial_at: dict[int, Mention],
                          tied: dict[str, str], score: dict[str, float]
                          ) -> tuple[str | None, int]:
        view = self.view
        j = i
        if j - 1 > a and view.is_lower_word(j - 1) and view.texts[j - 2] in ("'s", "’s"):
            j -= 1  # "Niger's military government"
        if j > a and view.texts[j - 1] in ("'s", "’s"):
            j -= 1  # "Niger's junta"
        prev = ends.get(j)
        if prev is not None and prev.kind == "State" and prev.state:
            return prev.state, prev.tok
        role = _person_role(self.gaz.entry(prev.entry)) if prev is not None and prev.entry \
            and prev.kind == "Person" and j == i else None
        if prev is not None and role is not None and role[0] == "leader":
            return role[1], prev.tok  # "the Trump administration": his state's
        inside = partial_at.get(i)
        if inside is not None:
            return inside.state, i  # "US-Regierung"
        nxt = starts.get(i + 1)
        if nxt is not None and nxt.kind == "State" and nxt.state and nxt.form == "inflected":
            return nxt.state, i  # "die Regierung Frankreichs"
        seat = starts.get(i + 2)
        if seat is not None and seat.state and view.lows[i + 1] in ("in", "im") and \
                seat.kind in ("State", "Place"):
            return seat.state, i  # "die Regierung in Tripolis", "the government in Kyiv"
        word = view.lows[i]
        if word in tied:
            return tied[word], i
        if tied and view.has(i, "gov_bare"):
            # one government per document: "the military government in Niamey" ...
            # "The junta ended ..." (the latest tie wins)
            return list(tied.values())[-1], i
        if not view.has(i, "gov_bare"):
            return None, i
        # "die Junta", "the military junta": a definite bare word
        k = i - 1
        while k > a and view.is_lower_word(k) and not view.has(
                k, "def_article") and i - k <= 2:
            k -= 1
        if k < a or not view.has(k, "def_article") or not score:
            return None, i
        return max(score.items(), key=lambda kv: kv[1])[0], i

    def _salience_item(self, m: Mention) -> list[tuple[int, str, str]]:
        """How mention ``m`` counts for the salience of a state: where something is ("in
        Dschibuti", a dateline's capital), who acts ("Djibouti said"), or whose ("Chinese
        personnel": says who, never where)."""
        kind = self.entities[m.key or ""].kind
        if kind == "State":
            use = "located" if self._after_locational(m) else (
                "demonym" if m.form == "demonym_adj" else "named")
            return [(m.tok, m.key or "", use)]
        entry = self.gaz.entries.get(m.entry) if kind == "Place" and m.entry else None
        state = self.entry_keys.get(entry.capital_of) if entry and entry.capital_of else None
        if state and state in self.entities:
            return [(m.tok, state, "located")]  # "DJIBOUTI CITY —", "in Bamako"
        return []

    def _after_locational(self, m: Mention) -> bool:
        view = self.view
        j = m.tok - 1
        while j >= 0 and view.has(j, "def_article"):
            j -= 1
        hit = view.phrase_ending(j + 1, "locprep")
        return hit is not None and hit[1] in ("in", "to")

    # ------------------------------------------------------------------ persons

    def _state_word_alias(self, m: Mention, draft: EntityDraft) -> None:
        """"in Kachin State", "im Rakhine-Staat": a region a federation calls a state is
        also named with that word."""
        view = self.view
        words = self.view.lex.word_set("region_state_word")
        end = m.tok_end
        entry = self.gaz.entries.get(m.entry) if m.entry else None
        inland = entry is None or entry.state is not None  # not "a Gulf state" (a sea's)
        if end < len(view.texts) and view.lows[end] in words and inland and (
                view.is_cap(end) or view.lex.lang == "en"):
            draft.add_alias(f"{m.text} {view.texts[end]}")  # "Kachin State", "Upper Nile state"
        token = view.texts[m.tok_end - 1]
        head, dash, tail = token.rpartition("-")
        if dash and m.text.endswith(head) and tail.lower() in words:
            draft.add_alias(m.text[: len(m.text) - len(head)] + token)  # "Rakhine-Staat"

    def _surnames_as_persons(self, mentions: list[Mention]) -> None:
        """"General Laura Richardson ... Richardson warned", "Präsident Juan Manuel Santos
        ... Santos verzichtete": a town's name that is the surname of a person named
        before is that person."""
        first: dict[str, int] = {}
        for m in mentions:
            words = m.text.split()
            if m.kind == "Person" and not m.partial and len(words) >= 2:
                first.setdefault(words[-1], m.start)
        for m in mentions:
            if m.kind != "Place" or m.entry is None or m.partial or m.tok_end - m.tok != 1 \
                    or first.get(m.text, m.start) >= m.start:
                continue
            entry = self.gaz.entry(m.entry)
            if entry.capital_of or entry.kind != "Place":
                continue
            m.kind, m.entry, m.state, m.core = "Person", None, None, None

    def _person_groups(self, mentions: list[Mention]) -> dict[int, str]:
        """Mention id -> canonical full name, short forms joined to the full name."""
        full: list[str] = []
        for m in mentions:
            if m.kind == "Person" and m.entry is None:
                name = " ".join(m.text.split())
                if " " in name and name not in full:
                    full.append(name)
        # A longer name absorbs a shorter one that is its suffix ("Jong Un" rarely, but
        # "Recep Tayyip Erdoğan" vs "Tayyip Erdoğan").
        canonical: dict[str, str] = {}
        for name in sorted(full, key=len, reverse=True):
            target = next((c for c in canonical.values() if c.endswith(" " + name)), None)
            canonical[name] = target or name
        groups: dict[int, str] = {}
        for m in mentions:
            if m.kind != "Person" or m.entry is not None:
                continue
            name = " ".join(m.text.split())
            if name in canonical:
                groups[id(m)] = canonical[name]
                continue
            base = m.core or name
            hits = [c for c in set(canonical.values())
                    if c.split()[-1] == base or (len(c.split()) >= 3 and c.split()[0] == base)]
            if len(hits) == 1:
                groups[id(m)] = hits[0]
        return groups

    # ------------------------------------------------------------------ organizations

    def _local_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """"Der peruanische Kongress ... Kongress erlaubt Einsatz": a one-word name the
        gazetteer gives another state's body ("Kongress", "Congress" for the US Congress) is
        the body of the state the text names with that word, when it names exactly one."""
        local: dict[str, set[tuple[str, str | None, str]]] = defaultdict(set)
        for m in mentions:
            if m.kind == "Organization" and m.entry is None and m.state and m.org_class:
                head = m.text.split()[-1].lower()
                local[head].add((m.state, m.org_class, " ".join(m.text.split())))
        if not local:
            return mentions
        out = []
        for m in mentions:
            entry = self.gaz.entry(m.entry) if m.kind == "Organization" and m.entry else None
            owners = local.get(m.text.lower()) if entry is not None and " " not in m.text \
                and m.form == "alias" and entry.state else None
            if owners and len(owners) == 1 and entry is not None:
                state, org_class, label = next(iter(owners))
                if state != entry.state:
                    m = replace(m, entry=None, state=state, org_class=org_class, core=label,
                                source="rule:echo")
            out.append(m)
        return out

    def _org_groups(self, mentions: list[Mention]) -> dict[int, str]:
        """Mention id -> canonical name: one entity per institution of a state and class,
        echoes to the name they repeat, translations tied by a shared person."""
        groups: dict[int, str] = {}
        by_state_class: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        by_core: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            if m.kind != "Organization" or m.entry is not None:
                continue
            if m.state and m.org_class:
                by_state_class[(m.state, m.org_class)].append(m)
            by_core[_inflection_base(m)].append(m)
        state_toks = {i for m in mentions if m.kind == "State" for i in range(m.tok, m.tok_end)}
        for same_class in by_state_class.values():
            split = same_class[0].org_class == "ministry"
            for members in (self._by_portfolio(same_class, state_toks) if split
                            else [same_class]):
                # the fullest name, and of its inflections the shortest ("das
                # Außenministerium in Moskau", not "des Außenministeriums in Moskau")
                label = max((" ".join(x.text.split()) for x in members),
                            key=lambda t: (len(t.split()), -len(t)))
                for x in members:
                    groups[id(x)] = label
                    by_core.pop(_inflection_base(x), None)
        for members in by_core.values():
            # "Rüstungskonzern Naval Group": the name, not the descriptor before it
            named = [" ".join((x.core or x.text).split()) for x in members
                     if x.source not in ("rule:echo", "rule:echo-part")]
            if not named:
                continue
            # (of a bare ministry's inflections the shortest: "das Verteidigungsministerium",
            # not "des Verteidigungsministeriums")
            label = min(named, key=len) if all(x.source in BARE_BODY_RULES for x in members) \
                else max(named, key=len)
            for x in members:
                groups[id(x)] = label
        # Echoes and bare heads join the named organization whose core they repeat.
        by_name = {_inflection_base(x): groups.get(id(x), x.text) for x in mentions
                   if x.kind == "Organization" and x.core and id(x) in groups}
        for m in mentions:
            if m.kind == "Organization" and m.entry is None and (
                    id(m) not in groups or m.source == "rule:bare-ministry"):
                # ("das Verteidigungsministerium" after "das russische
                # Verteidigungsministerium": that one)
                target = by_name.get(_inflection_base(m))
                if target:
                    groups[id(m)] = target
        self._merge_translations(mentions, groups)
        return groups

    def _by_portfolio(self, members: list[Mention], state_toks: set[int]
                      ) -> list[list[Mention]]:
        """One state's institutions of one class, split by the portfolio their words name
        ("Qatar's defence ministry" and "Qatar's foreign ministry" are two; a bare "the
        ministry" joins the one named last before it)."""
        view = self.view
        generic = view.lex.word_set("generic_body_word")  # "the ministry", "das Ministerium"
        keyed: list[tuple[frozenset[str], Mention]] = []
        for m in members:
            words = set()
            for i in range(m.tok, m.tok_end):
                low = view.lows[i]
                if i in state_toks or not low.isalpha() or low in generic or any(
                        self.gaz.entries[x.entry].kind == "State"
                        for x in self.gaz.lookup(view.texts[i], self.lang)):
                    continue  # "Qatar's", "chinesischen": the owner, no portfolio
                words.add(low[:-1] if low.endswith(("ums", "amts")) else low)
            keyed.append((frozenset(words - generic), m))  # "ministeriums" -> "ministerium"
        groups: dict[frozenset[str], list[Mention]] = {}
        for key, m in sorted(keyed, key=lambda km: km[1].tok):
            if not key:
                continue
            groups.setdefault(key, []).append(m)
        if len(groups) <= 1:
            return [members]
        for key, m in keyed:
            if not key:
                before = [(x.tok, k) for k, xs in groups.items() for x in xs if x.tok < m.tok]
                home = max(before)[1] if before else next(iter(groups))
                groups[home].append(m)
        return list(groups.values())

    def _merge_translations(self, mentions: list[Mention], groups: dict[int, str]) -> None:
        """Two unlinked organizations of one class that the same person is attributed to
        ("Hong Min vom Institute for …" / "– Hong Min, Institut für …") are one."""
        view = self.view
        persons_orgs: dict[str, list[Mention]] = defaultdict(list)
        ordered = [m for m in mentions if not m.partial]
        for x, y in zip(ordered, ordered[1:], strict=False):
            if x.kind != "Person" or y.kind != "Organization" or y.entry is not None:
                continue
            between = [view.lows[t] for t in range(x.tok_end, y.tok)]
            if len(between) > 3:
                continue
            persons_orgs[" ".join(x.text.split()).split()[-1]].append(y)
        for orgs in persons_orgs.values():
            by_class: dict[str, list[Mention]] = defaultdict(list)
            for o in orgs:
                by_class[o.org_class or ""].append(o)
            for same in by_class.values():
                # in text order: of two names as long, the one introduced first is kept
                # (a set here let the hash seed pick between "Institute for National
                # Unification" and "Institut für nationale Vereinigung")
                labels = list(dict.fromkeys(groups.get(id(o), o.text) for o in same))
                if len(labels) > 1:
                    keep = max(labels, key=len)
                    for m in mentions:
                        if groups.get(id(m)) in labels:
                            groups[id(m)] = keep

    # ------------------------------------------------------------------ places

    def _regions_by_name(self, mentions: list[Mention]) -> dict[str, Mention]:
        """"Region Kursk", "Kursk region", "Oblast Sumy": the region a document names, by
        the bare name it is called after (lower case)."""
        view = self.view
        divisions = view.lex.word_set("division_word")
        out: dict[str, Mention] = {}
        for m in mentions:
            if m.kind != "Place" or m.partial or m.tok_end - m.tok != 2:
                continue
            rest = [view.texts[i] for i in range(m.tok, m.tok_end)
                    if view.lows[i] not in divisions]
            if len(rest) == 1 and rest[0][:1].isupper():
                out.setdefault(rest[0].lower(), m)
        return out

    def _city_as_region(self, m: Mention, regions: dict[str, Mention]) -> Mention | None:
        """"Ukrainian troops pushed into the Kursk region ... the fighting in Kursk": where
        the text names a region after its city, the bare name is the region (not "die
        Stadt Sumy", and not a capital: "Kyiv region" and Kyiv stay two)."""
        if m.kind != "Place" or m.partial or m.tok_end - m.tok != 1 or m.entry is None:
            return None
        region = regions.get(self.view.lows[m.tok])
        if region is None or region.entry == m.entry:
            return None
        if self.gaz.entry(m.entry).capital_of or m.form in ("capital", "capital_adj"):
            return None
        view = self.view
        if m.tok > 0 and (view.has(m.tok - 1, "city_head") or view.lows[m.tok - 1] == "of"
                          and m.tok > 1 and view.has(m.tok - 2, "city_head")):
            return None  # "die Stadt Sumy", "the city of Kursk": the city itself
        return replace(m, entry=region.entry, core=m.text)

    def _place_groups(self, mentions: list[Mention]) -> dict[int, str]:
        """Mention id -> canonical name: a place with and without its head word is one."""
        groups: dict[int, str] = {}
        by_core: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            if m.kind == "Place" and m.entry is None:
                by_core[(m.core or m.text).lower()].append(m)
        for members in by_core.values():
            label = max((" ".join(x.text.split()) for x in members), key=len)
            for x in members:
                groups[id(x)] = label
        return groups

_SEATS: dict[tuple[int, str], frozenset[str]] = {}


def seat_entries(gazetteer: Gazetteer, lang: str) -> frozenset[str]:
    """Entries that are seats of government ("Kreml", "Élysée"): always their state."""
    key = (id(gazetteer), lang)
    if key not in _SEATS:
        _SEATS[key] = frozenset(s.entry for s in gazetteer.surfaces(lang) if s.form == "seat")
    return _SEATS[key]



def resolve(view: DocView, gazetteer: Gazetteer, lang: str, mentions: list[Mention]
            ) -> Resolution:
    """Entities and keyed mentions of one document."""
    return Resolver(view, gazetteer, lang).resolve(mentions)


def _person_role(entry: GazEntry) -> tuple[str, str] | None:
    """(kind of office, gazetteer id of the state) the gazetteer gives a person
    ("leader:Q159"), or None."""
    if entry.kind != "Person" or not entry.role or ":" not in entry.role:
        return None
    kind, _, state_id = entry.role.partition(":")
    return kind, state_id


def _fold(text: str) -> str:
    """Lower case without accents ("Poznań" -> "poznan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def _inflection_base(m: Mention) -> str:
    """An organization mention's name in lower case, a German genitive folded ("des
    Verteidigungsministeriums" -> "verteidigungsministerium", "des Kongresses")."""
    return genitive_base((m.core or m.text).lower(),
                         legislature=m.source == "rule:bare-legislature")
