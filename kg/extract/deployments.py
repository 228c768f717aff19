"""Deployments: forces of an actor stationed in or sent to places, one per source figure.

A force word ("Soldaten", "Wagner-Kämpfer", "troops", "battlegroup"; vessels only with a
stationing verb) or a deployment noun with an owner ("ihren Einsatz in Mali") starts one.
The actor comes from a demonym or genitive ("nordkoreanische Soldaten", "Germany's
brigade"), the compound ("Wagner-Kämpfer"), a genitive or command phrase after it ("unter
dem Kommando des russischen Verteidigungsministeriums"), a possessive ("ihren Einsatz",
"their own submarines") or the clause's subject ("Germany is stationing"); "the brigade"
and "They" continue the last deployment. Locations are every place the sentence names
and every state after a locational word ("in Russland ... in der Region Kursk" gives
both); a later sentence may supply them ("They will be based at ...") or the count ("ihre
Zahl auf rund 1.000"). Own forces at home are no deployment; forces named only as the
side supported ("Seite an Seite mit russischen Streitkräften") neither.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.extract.gazetteer import GazEntry, load_gazetteer
from kg.extract.modality import Modal, clause_bounds, evidence, in_apposition, modality_of
from kg.extract.names import ARMED_FORCES
from kg.extract.numbers import Count, count_after, count_before, number_format
from kg.extract.relations import RelationFinder, guessed, joinable
from kg.extract.resolve import Resolution
from kg.extract.view import DASHES, DocView, Mention
from kg.records import Deployment, Relation

CONFIDENCE = {"direct": 0.8, "own": 0.8, "subject": 0.7, "anaphor": 0.6, "contributor": 0.6,
              "home-army": 0.5}
# Sentences a deployment waits for a missing location or count, and "the brigade" looks back.
PENDING_WINDOW = 3
# Words between a negation and the stationing verb it denies ("nicht ins Schwarze Meer
# verlegen").
_NEGATION_REACH = 7
# Sentences "in beiden Ländern" looks back for the two states it means.
_PAIR_WINDOW = 5
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "the", "a", "an", "ein", "eine",
                       "einem", "einer", "eines", "einen"})
_DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des", "the", "these", "those",
                       "diese", "dieser", "diesen"})
_SUBJECT_PRONOUNS = frozenset({"they", "sie", "these", "diese"})
_QUOTE_MARKS = frozenset({"“", "”", "„", '"', "»", "«"})
# Force words that name units: a number before them counts units, not troops.
# Units and ships: "two battalions", "two corvettes" count them, not the troops.
_UNITS = frozenset({"battalion", "brigade", "division", "battlegroup", "contingent", "squadron",
                    "regiment", "company", "warships", "submarines"})
# A state's bodies whose report of troops names their own state ("according to the army").
_REPORTING_BODIES = ARMED_FORCES | {"ministry"}
# Organizations that are a fighting force of whoever sends them ("National Guard troops").
_FORCE_CLASSES = ARMED_FORCES | {"unit"}
_COMMAND = frozenset({"kommando", "befehl", "command", "leitung", "führung"})
# A state's counted troops with no place of their own serve where the last force named
# within this many sentences stands ("Den Kern bilden etwa 730 kenianische Polizisten").
_BORROW_WINDOW = 6
# Without a stationing word, a place counts only this many tokens after the force word.
_ATTACHED = 6


@dataclass
class Draft:
    """A deployment being assembled."""

    actors: list[str]
    k: int
    toks: tuple[int, ...]
    force: str
    modal: Modal
    locations: list[str] = field(default_factory=list)
    count: Count | None = None
    support: str | None = None
    rule: str = "direct"
    support_said: bool = False
    trains: bool = False  # trainers, advisers, a training mission: they serve their host
    home_border: bool = False  # "moved 3,000 soldiers to its border with Belarus"


class DeploymentFinder:
    """Deployment rules over one resolved document."""

    def __init__(self, view: DocView, res: Resolution, relations: list[Relation]) -> None:
        self.view = view
        self.res = res
        self.rel = RelationFinder(view, res)
        self.inside: dict[int, Mention] = {}
        self._name_states: dict[str, str | None] = {}  # organization -> state its name opens with
        for m in res.mentions:
            if not m.partial and m.tok_end - m.tok > 1 or (
                    not m.partial and res.kind(m.key) in ("Organization",) and m.core):
                for i in range(m.tok, m.tok_end):
                    self.inside[i] = m
        self.container: dict[str, str] = {}
        self.office: dict[str, str] = {}  # person -> the state the text says he serves
        self.leaders: dict[str, str] = {}  # person -> the state the text says he leads
        for r in relations:
            if r.predicate == "leaderOf" and res.kind(r.object) == "State":
                self.leaders.setdefault(r.subject, r.object)
            if r.predicate == "locatedIn":
                self.container.setdefault(r.subject, r.object)
            elif r.predicate in ("leaderOf", "officialOf") and res.kind(r.object) == "State" \
                    and not guessed(r):
                self.office.setdefault(r.subject, r.object)
        gaz = load_gazetteer()
        # continents and regions of several states: "presence in Europe" stands nowhere
        self.macro_regions = frozenset(
            key for entry, key in res.entry_keys.items()
            if entry in gaz.entries and gaz.entries[entry].macro_region)
        # a state's own forces and institutions (Bundeswehr, PLA, Bundestag) deploy for it
        self.state_body = res.state_bodies
        self._body_states: dict[str, str | None] = {}
        self._entries: dict[str, str] | None = None  # key -> gazetteer entry (_gaz_entry)
        self._no_forces = {m.key for m in res.mentions
                           if m.key and (m.org_class in ("company", "party")
                                         or m.source == "rule:bare-legislature")}
        self.drafts: list[Draft] = []
        self.orphans: list[Draft] = []  # a figure and a force word, but no actor or place
        self.placed: list[Draft] = []  # a figure and a place, but no actor
        self.adjuncts: dict[int, Mention] = {}
        self._source_cache: dict[int, set[int]] = {}
        self._deploy_verbs: dict[int, bool] = {}  # sentence -> has a stationing verb
        # deployments whose text says whom they help ("an der Seite", "to help train")
        self.stated_support: list[Deployment] = []
        self.vessels = frozenset(view.lex.terms("force_vessel"))
        # the missions (UNMIL, Minusma) the text names under their own name
        self.missions = frozenset(m.key for m in res.mentions
                                  if m.key and m.org_class == "mission")
        # where each mission serves: the state its name holds ("ECOWAS Mission in the
        # Gambia"), later also where the text first places it
        self.mission_area: dict[str, list[str]] = {}
        known = {m.key for m in res.mentions if m.key and res.kind(m.key) == "State"}
        for m in res.mentions:
            if m.key in self.missions and m.key not in self.mission_area:
                inner = [g.entry for g in (view.doc._.kg_gazetteer or [])
                         if m.tok <= g.tok and g.tok_end <= m.tok_end and g.entry in known]
                if inner:
                    self.mission_area[m.key] = [inner[-1]]
        self.adjective_endings = tuple(view.lex.data.get("adjective_endings", []))
        self.area_nouns = view.lex.word_set("area_noun")  # "in dem ... Gebiet"
        self.number_words = frozenset(number_format(view.lex).words)
        self.region_modifiers = view.lex.word_set("region_modifier")  # "border states of X"
        self.infinitives = view.lex.word_set("infinitive_verb")  # "to counter China"
        self.hedges = view.lex.word_set("hedge_word")  # "are believed to be in"
        self.qualifier_words = frozenset(
            w for phrase in view.lex.data.get("qualifiers", {}) for w in phrase.split())

    # ------------------------------------------------------------------ run

    def run(self) -> list[Deployment]:
        for k, (a, b) in enumerate(self.view.sents):
            if self.view.boiler[k]:
                continue
            made = len(self.drafts)
            prior = self._recent(k, with_location=True)
            found = self.sentence(k, a, b)
            new = self.drafts[made:]
            if prior is not None and new and all(d.rule == "anaphor" for d in new):
                # "Die Soldaten stammen aus Österreich, Bulgarien und der Slowakei": the
                # force named before, its contributors named now
                del self.drafts[made:]
                if not self._contributors(k, a, b, prior):
                    self.drafts.extend(new)
            elif placed := [d for d in new if d.locations and d.rule != "contributor"]:
                # "UNMIL had 15,000 troops in Liberia, with Nigeria and Ghana among the main
                # contributors": the states that serve in the force the sentence reports
                self._contributors(k, a, b, placed[-1])
            self._origin_list(k, made)
            self._contributed(k, made)
            if self._partitive(k, a, b):
                pass  # "Some 1,600 of them are stationed in ...": the force named before
            elif not found or len(self.drafts) == made:
                self.continuation(k, a, b)
            self._elliptic(k, a, b)
            self._source_figure(k, a, b)
        self._named_places()
        self._borrow_locations()
        self._lend_counts()
        self._drop_uncounted_repeats()
        out: list[Deployment] = []
        seen: set[tuple[object, ...]] = set()
        for d in self.drafts:
            for dep in self.freeze(d):
                key = (dep.actor, dep.locations, dep.count, dep.evidence.start)
                if key not in seen:
                    seen.add(key)
                    out.append(dep)
                    if d.support_said and dep.in_support_of:
                        self.stated_support.append(dep)
        return out

    def _lend_counts(self) -> None:
        """"the brigade is to number about 4,800 soldiers", "insgesamt sollen rund 14.000
        Soldaten ... kämpfen" with no place of their own: the figure belongs to the same
        actor's deployment just before, if that has none."""
        for i, d in enumerate(self.drafts):
            if d.locations or d.count is None:
                continue
            # "more than 1,000 soldiers with UNIFIL, the peacekeeping force in southern
            # Lebanon": the same actor's force the sentence goes on to place
            same = next((x for x in self.drafts[i + 1:] if x.k == d.k and x.actors == d.actors
                         and x.locations and x.count is None and not x.modal.unsure), None)
            if same is not None:
                same.count = d.count
                continue
            lent = False
            for prior in reversed(self.drafts[:i]):
                if d.k - prior.k > PENDING_WINDOW:
                    break
                if prior.actors == d.actors and prior.locations and prior.count is None:
                    prior.count = d.count
                    lent = True
                    break
            if not lent:
                self._lend_forward(d, same_actors=True)
        for o in self.orphans:
            # "In Transnistrien sind russische Truppen stationiert. Nach westlichen Schätzungen
            # handelt es sich um rund 1.500 Soldaten.": a bare figure in the next sentence
            if o.modal.unsure:
                continue
            last = next((d for d in reversed(self.drafts) if d.k < o.k), None)
            if last is not None and self.view.positions(o.k, "total_marker") and len(
                    {x for d in self.drafts if d.k == last.k for x in d.actors}) > 1:
                continue  # "Japan and South Korea have each sent a platoon. In all, roughly
                # 1,500 troops are involved": everyone's, not the last one's
            if last is not None and o.k - last.k == 1 and last.locations \
                    and last.count is None and not last.modal.unsure:
                last.count = o.count
            else:
                self._lend_forward(o, same_actors=False)

    def _named_places(self) -> None:
        """"AMISOM (African Union Mission in Somalia), which has 22,000 troops": a mission
        with no place of its own serves where its name says, and so do the troops the same
        words give it."""
        preps = self.view.lex.word_set("name_place_prep")
        places = {m.text.casefold(): m.key for m in self.res.mentions
                  if m.key and not m.partial and self.res.kind(m.key) in ("State", "Place")}
        named: dict[tuple[int, tuple[int, ...]], list[str]] = {}
        for d in self.drafts:
            if d.locations or len(d.actors) != 1 or \
                    self.res.kind(d.actors[0]) != "Organization":
                continue
            for alias in self.res.entities[d.actors[0]].aliases:
                words = alias.split()
                cut = max((i for i, w in enumerate(words[:-1]) if w.lower() in preps),
                          default=None)
                key = places.get(" ".join(words[cut + 1:]).casefold()) if cut else None
                if key:
                    d.locations = [key]
                    named[(d.k, d.toks)] = [key]
                    break
        for d in self.drafts:
            if not d.locations and (d.k, d.toks) in named:
                d.locations = list(named[(d.k, d.toks)])

    def _borrow_locations(self) -> None:
        """"Die Ecowas schickt eine Eingreiftruppe nach Benin. Das größte Kontingent stellt
        Nigeria mit 1.500 Soldaten": a state's contribution with no place of its own serves
        where the force just named goes."""
        for i, d in enumerate(self.drafts):
            if d.locations or d.modal.unsure or d.rule == "own":
                continue
            # ("The mission, made up of troops from South Africa and Malawi, numbered 3,000
            # soldiers": contributors to the force the sentence refers back to)
            end = self._force_end(d)
            of_force = d.rule == "direct" and end < len(self.view.texts) and \
                self.view.has(end, "origin_prep") and any(
                    x.k == d.k and x.rule == "anaphor" for x in self.drafts)
            if not (d.count and d.count.value or self.view.positions(d.k, "deploy")
                    or of_force):
                continue
            if self.view.phrase(d.toks[0], "force") is None and \
                    self.view.phrase(d.toks[0], "counted_force") is None:
                continue  # "The Kremlin has criticised the deployment": no forces of its own
            if self._serving_in(d.toks[0]):
                continue  # "Tausende Nepalesen stehen in den Streitkräften der beiden
                # Länder": service in a force, no place
            if not any(self.res.kind(x) == "State" or self._body_state(x) for x in d.actors):
                continue  # (a body with the states its troops come from may borrow, and a
                # state's own forces: "About 340 members of the Irish Defence Forces serve")
            # the force just named, owned or not ("Die Fregatte soll mit 230 Soldaten in der
            # Ostsee patrouillieren. Dänemark beteiligt sich mit 90 Soldaten")
            pool = [p for p in self.drafts[:i] if p.locations and not p.modal.unsure] + [
                p for p in self.placed if p.k < d.k or p.k == d.k and p.toks[0] < d.toks[0]]
            prior = max(pool, key=lambda p: (p.k, p.toks[0]), default=None)
            if prior is None or d.k - prior.k > _BORROW_WINDOW:
                # a body's force the same sentence places after it: "340 members of the
                # Irish Defence Forces serve with Unifil, ... as part of a joint battalion"
                prior = next((p for p in self.drafts[i + 1:] if p.k == d.k and p.locations
                              and not p.modal.unsure and all(
                                  self.res.kind(x) == "Organization" for x in p.actors)),
                             prior)
            if prior is None or d.k - prior.k > _BORROW_WINDOW or prior.modal.unsure or \
                    set(prior.actors) & set(d.actors) and d.k - prior.k > 2:
                d.locations = self._destination_before(d) or self._exercise_place(d)
                continue
            d.locations = [loc for loc in prior.locations
                           if self._state_of(loc) not in d.actors]
        for o in self.placed:
            # "Rund 2.400 Soldaten sollen in den Norden Benins verlegt werden": a figure for
            # the force just sent to that place
            prior = next((p for p in reversed(self.drafts) if p.k <= o.k
                          and o.k - p.k <= _BORROW_WINDOW and set(p.locations) & set(o.locations)
                          and p.count is None), None)
            if prior is not None and not prior.modal.unsure:
                prior.count = o.count
                continue
            # "den Abzug der indischen Soldaten verlangt. Rund 80 Militärangehörige waren
            # auf den Malediven stationiert": the owned force just named, with no place or
            # figure of its own, is the one the figure places
            prior = next((p for p in reversed(self.drafts) if p.k <= o.k and o.k - p.k <= 1
                          and not p.locations and p.count is None and p.actors
                          and not p.modal.unsure), None)
            if prior is not None and not any(self._state_of(x) in prior.actors
                                             for x in o.locations):
                prior.locations, prior.count = list(o.locations), o.count

    def _destination_before(self, d: Draft) -> list[str]:
        """"Several allies sent help to Denmark. Germany dispatched some 40 soldiers": where
        the sentence before sends its help is where these forces go."""
        view = self.view
        k = d.k - 1
        if k < 0 or view.boiler[k]:
            return []
        b = view.sents[k][1]
        for v in view.positions(k, "deploy"):
            j = next((x for x in range(v + 1, min(b, v + 5)) if view.has(x, "dest_place_prep")
                      or view.has(x, "recipient_prep")), None)
            if j is None:
                continue
            m = self.rel.mention_after(j + 1, b, max_skip=1)
            if m is not None and m.key and not m.partial and self.res.kind(m.key) in (
                    "State", "Place") and m.key not in d.actors and not view.has(v, "withdraw"):
                return [m.key]
        return []

    def _exercise_place(self, d: Draft) -> list[str]:
        """"About 9,000 American service members ... are taking part in the drills": where
        the exercise was placed a few sentences before."""
        view = self.view
        named = [kk for kk in range(max(0, d.k - 3), d.k + 1) if view.positions(kk, "exercise")]
        if not named:
            return []  # (an exercise named in this sentence or the three before it)
        for kk in range(d.k - 1, max(-1, min(named) - 2), -1):
            if view.boiler[kk]:
                continue  # "Schauplatz sind die Gewässer vor Durban": the exercise's place
            sa, sb = view.sents[kk]
            places = [loc for loc in self.locations(kk, sa, sb, sa, d.actors, sentence=(sa, sb))
                      if self._state_of(loc) not in d.actors]
            if places:
                return places
        return []

    def _drop_uncounted_repeats(self) -> None:
        """"der Einsatz im Nachbarland Mali. Dort waren mehr als 1.000 Bundeswehrsoldaten":
        a mention with no figure, a few sentences from the same actor's counted deployment
        to the same place, is that deployment, not a second one."""
        def whose(d: Draft) -> set[str]:
            return {self.state_body.get(x, x) for x in d.actors}

        counted = [d for d in self.drafts if d.count is not None and d.count.value]
        self.drafts = [d for d in self.drafts if d.count is not None or not any(
            whose(c) == whose(d) and set(c.locations) & set(d.locations)
            and abs(c.k - d.k) <= PENDING_WINDOW and c.modal.modality == d.modal.modality
            for c in counted)]

    def _lend_forward(self, d: Draft, *, same_actors: bool) -> None:
        """"Rund 3.500 Soldaten gehören zur 7. Militärbasis. Sie ist in Gudauta stationiert",
        "roughly 80 French soldiers will stay on. They are to remain in Abidjan": the figure
        goes to the next sentence's deployment when that one opens with a pronoun."""
        nxt = next((x for x in self.drafts if x.k == d.k + 1), None)
        if nxt is None or nxt.count is not None or not nxt.locations:
            return
        if same_actors and nxt.actors != d.actors:
            return
        if nxt.modal.unsure:
            return
        a = self.view.sents[nxt.k][0]
        if any(low in _SUBJECT_PRONOUNS for low in self.view.lows[a : a + 3]):
            nxt.count = d.count  # "Sie ist in ...", "Stationiert werden sie in ..."

    def _has_deploy_verb(self, k: int) -> bool:
        """Sentence ``k`` has a stationing verb, also a separable one ("nahmen ... teil",
        "setzt die Legionäre in Charkiw ein")."""
        found = self._deploy_verbs.get(k)
        if found is None:
            view = self.view
            a, b = view.sents[k]
            found = bool(view.positions(k, "deploy")) or any(
                view.split_verb(i, "deploy_split", b) for i in range(a, b))
            self._deploy_verbs[k] = found  # (asked per sentence and again per draft)
        return found

    def freeze(self, d: Draft) -> list[Deployment]:
        out: list[Deployment] = []
        a, b = self.view.sents[d.k]
        moved = self._has_deploy_verb(d.k)
        state_of = {loc: self._state_of(loc) for loc in d.locations}  # once per place
        # "Die Armee hat Tausende Soldaten in den Süden verlegt": a state's own forces moved
        # within it are the state's deployment there
        at_home = {x: body for x in d.actors
                   if moved and (body := self._body_state(x)) in d.locations}
        # "Die Armee verlegte Bataillone nach Bajaur": a state's armed forces act for it
        for actor in dict.fromkeys(at_home.get(x) or self._body_state(x) or x
                                   for x in d.actors):
            # Forces at home count only when the text says they were moved there ("Die
            # Armee hat Soldaten in den Süden verlegt": its state's army within it); a
            # group in the state its name carries ("the Syrian Free Army") is at home
            home = self._name_state(actor)
            locations = [loc for loc in d.locations if d.home_border
                         or loc == actor and actor in at_home.values() or loc != actor
                         and (moved or state_of[loc] != actor)
                         and (home is None or state_of[loc] != home)]
            if not locations or actor == d.support or actor in self._no_forces:
                continue  # (a firm, a news agency, a party or a legislature sends no troops)
            if not (d.count and d.count.value) and all(
                    loc in self.macro_regions for loc in locations):
                continue  # "The stronger the American presence in Europe, ..."
            ev = evidence(self.view, self.res, d.k, d.toks, CONFIDENCE[d.rule], d.modal)
            support = d.support
            trained = None
            if support is None and d.trains:
                # "American troops train fighters of the Syrian Free Army": the group trained;
                # "russische Militärausbilder in Niamey": they train the host's forces
                trained = self._trained_group(d.k, actor)
                support = trained or self._stated_host(locations, actor)
                d.support_said = d.support_said or support is not None
            if support is not None and support != trained and \
                    self.res.kind(support) == "Organization":
                # "alongside the PNG Defence Force": the host's own forces stand for it
                support = self._body_state(support) or support
            # "US troops at Palawan" in a story that names the Philippines: the place and
            # the state it lies in (as the text says, else as the gazetteer knows), so a
            # query by country finds them; a state the story never names is not added
            hosts = [host for loc in locations if self.res.kind(loc) != "State"
                     and (host := state_of[loc]) and host != actor
                     and host in self.res.entities]
            out.append(Deployment(
                actor=actor, locations=tuple(dict.fromkeys(locations + hosts)), evidence=ev,
                count=d.count.value if d.count else None,
                qualifier=d.count.qualifier if d.count and d.count.value else None,  # type: ignore[arg-type]
                in_support_of=support if support != actor else None, force=d.force))
        return out

    def _name_state(self, key: str) -> str | None:
        """The state an organization's name opens with ("Syrian Free Army": Syria), looked
        up once per actor."""
        if key not in self._name_states:
            self._name_states[key] = self._find_name_state(key)
        return self._name_states[key]

    def _find_name_state(self, key: str) -> str | None:
        if self.res.kind(key) != "Organization":
            return None
        whole = next((m for m in self.res.mentions if m.key == key and m.tok_end - m.tok > 1
                      and m.source.startswith("rule:")), None)
        if whole is None:
            return None
        gaz = load_gazetteer()
        for surface in gaz.lookup(self.view.texts[whole.tok], self.view.lex.lang):
            entry = gaz.entries.get(surface.entry)
            if entry is not None and entry.kind == "State":
                return self.res.entry_keys.get(entry.id)
        return None  # "the ECOWAS Mission in The Gambia" is no Gambian group

    def _trained_group(self, k: int, actor: str) -> str | None:
        """The armed group a training word of sentence ``k`` names right after it."""
        view = self.view
        for i in view.positions(k, "training"):
            for m in self.res.by_sentence.get(k, []):
                if i < m.tok <= i + 6 and not m.partial and m.key and m.key != actor and \
                        self.res.kind(m.key) == "Organization" and \
                        self.state_body.get(m.key) is None and m.form != "government":
                    return m.key
        return None

    def _stated_host(self, locations: list[str], actor: str) -> str | None:
        """The state the forces are in, as the text names it (the state itself, or a place
        the text puts in it): no gazetteer background."""
        for loc in locations:
            key: str | None = loc
            seen: set[str] = set()
            while key is not None and key not in seen and self.res.kind(key) != "State":
                seen.add(key)
                key = self.container.get(key)
            if key is not None and key != actor and self.res.kind(key) == "State":
                return key
        for loc in locations:
            # "Russische Ausbilder in Niamey": a capital lies in the state it is the
            # capital of, when the text names that state
            known = self._gaz_entry(loc)
            host = self.res.entry_keys.get(known.capital_of) if known is not None and \
                known.capital_of else None
            if host is not None and host != actor and host in self.res.entities:
                return host
        return None

    def _state_of(self, key: str, seen: frozenset[str] = frozenset()) -> str | None:
        """The state a place lies in: as the text says, else as the gazetteer knows
        (used to tell forces at home from forces abroad, and for "in the country")."""
        if self.res.kind(key) == "State":
            return key
        outer = self.container.get(key)
        if outer is not None and outer not in seen and outer != key:
            state = self._state_of(outer, seen | {key})
            if state is not None:
                return state
        if key.startswith("wd:") or key in self.res.entities:
            entry = self._gaz_entry(key)
            if entry is not None and entry.state:
                return self.res.entry_keys.get(entry.state)
        return None

    def _gaz_entry(self, key: str) -> GazEntry | None:
        """The gazetteer entry of the first mention of ``key`` that has one."""
        if self._entries is None:  # built once: places ask per draft and location
            self._entries = {}
            for m in self.res.mentions:
                if m.key and m.entry and m.key not in self._entries:
                    self._entries[m.key] = m.entry
        entry = self._entries.get(key)
        return load_gazetteer().entries.get(entry) if entry else None

    # ------------------------------------------------------------------ triggers

    def triggers(self, a: int, b: int) -> list[tuple[int, int, str, bool]]:
        """(start, end, force word, is a deployment noun) of a sentence."""
        view = self.view
        out: list[tuple[int, int, str, bool]] = []
        i = a
        while i < b:
            hit = view.phrase(i, "force")
            noun = False
            counted_force = view.phrase(i, "counted_force") if hit is None else None
            if counted_force is not None:
                counted = count_before(view, i, a)
                if counted is not None and counted.value and counted.value >= 10 and \
                        i - counted.end <= 1:
                    hit = counted_force  # "600 Mann": a force when counted, "the two men" no
            if hit is None:
                hit = view.phrase(i, "deploy_noun")
                noun = hit is not None
            if hit is None and i in self.inside and self.inside[i].tok == i and \
                    self._named_unit(self.inside[i]):
                hit = (self.inside[i].tok_end, "")
            elif hit is None and (named := self.rel.starts.get(i)) is not None and \
                    self._named_mission(named):
                hit = (named.tok_end, "")
            elif hit is None or i in self.inside and not self._counted_force_name(
                    i, hit[0], a) and not self._state_force(i, hit[0]):
                i += 1
                continue
            out.append((i, hit[0], view.span_text(i, hit[0]), noun))
            i = hit[0]
        return out

    def _state_force(self, i: int, end: int) -> bool:
        """"Die ugandische Armee ist in Ituri stationiert": a state's own forces, named by the
        text from its demonym and a force word, are a force of that state where a verb
        moves or stations them."""
        view = self.view
        m = self.inside[i]
        j = m.tok - 1
        while j > 0 and view.lows[j] in _ARTICLES:
            j -= 1
        return m.tok_end == end and bool(m.state) and m.source.startswith("rule:") and \
            m.org_class in ARMED_FORCES and bool(view.positions(view.sent_of[i], "deploy")) \
            and not view.has(j, "preposition")  # not "Granaten für die ukrainische Armee"

    def _presence_as_cause(self, t: int, end: int, a: int, b: int) -> bool:
        """"wegen der Wagner-Präsenz ... in die Woiwodschaft X verlegt", "because of the
        Russian presence": a presence given as a reason, with no place of its own right
        after it, stands nowhere the sentence names."""
        view = self.view
        j = t - 1
        while j > a:
            named = self.rel.ends.get(j + 1)  # "the Russian presence": over the name
            if named is not None and named.tok <= j:
                j = named.tok - 1
            elif view.lows[j] in _ARTICLES or view.lows[j] in ("of", "to"):
                j -= 1
            else:
                break
        return j >= a and view.lows[j] in view.lex.word_set("cause_prep") and not (
            end < b and view.has(end, "locprep"))

    def _named_unit(self, m: Mention) -> bool:
        """"Die 5. US-Flotte ist in Bahrain stationiert", "the Fifth Fleet is based in
        Bahrain": a state's named unit that a stationing verb after it places somewhere."""
        view = self.view
        # (the names finder gives "5. US-Flotte" its state; the gazetteer's fleets have theirs)
        state = m.state or self.state_body.get(m.key or "")
        if not state or not (m.org_class == "unit" or m.org_class is None and
                             view.value(m.tok_end - 1, "org_head") == "unit"):
            return False
        return self._stationed_by_verb(m, 6)

    def _stationed_by_verb(self, m: Mention, reach: int) -> bool:
        """A stationing verb within ``reach`` words after the name places the body named
        (not "Schiffe der 5. Flotte": a preposition's object owns a force, it is none; not
        "the US Southern Command announced that a submarine had arrived": who says)."""
        view = self.view
        j = m.tok - 1
        while j >= 0 and view.lows[j] in _ARTICLES:
            j -= 1
        if j >= 0 and view.has(j, "preposition"):
            return False
        hi = min(clause_bounds(view, m.tok, view.sent_of[m.tok])[1], m.tok_end + reach)
        verb = next((x for x in range(m.tok_end, hi) if view.has(x, "deploy")), None)
        return verb is not None and not any(
            view.has(x, "say_verb") or view.phrase(x, "force") for x in range(m.tok_end, verb))

    def _named_mission(self, m: Mention) -> bool:
        """"UNFICYP ist seit 1964 auf Zypern im Einsatz", "UNIFIL has been deployed in
        southern Lebanon since 1978": a named mission that a stationing verb right after it
        places somewhere is a force of its own."""
        if m.org_class != "mission" or self.res.kind(m.key) != "Organization":
            return False
        # ("Soldaten der Mission UNIFIL": the mission owns a force, it is none)
        return self._stationed_by_verb(m, 12)

    def _counted_force_name(self, i: int, end: int, a: int) -> bool:
        """"350 Royal Marines": a counted force whose name ends in its force word."""
        m = self.inside[i]
        if m.tok_end != end or self.res.kind(m.key) != "Organization":
            return False
        count = count_before(self.view, m.tok, a)
        return count is not None and count.value is not None and m.tok - count.end <= 1

    def sentence(self, k: int, a: int, b: int) -> bool:
        """Deployments of one sentence; False when it has no force word."""
        view = self.view
        triggers = self.triggers(a, b)
        if not triggers:
            return False
        has_verb = self._has_deploy_verb(k)
        # "police advisers", "soldiers and marines": adjacent force words are one force
        single_force = all(triggers[n + 1][0] - triggers[n][1] <= 1
                           or self._restated(triggers[n][1] - 1, triggers[n + 1][0])
                           for n in range(len(triggers) - 1))
        made: list[Draft] = []
        for t, end, word, noun in triggers:
            if self._supported_side(t, a, end, b) or self._excluded(t, end, b) or \
                    self._firing(t, k) or self._in_attack(t, a) or self._trained(t, k):
                continue
            if t > a and view.lows[t - 1] in view.lex.word_set("civil_mission_modifier"):
                continue  # "its technical mission in Kabul", "a diplomatic mission": no force
            if noun and self._presence_as_cause(t, end, a, b):
                continue
            # "naval vessels", "Kriegsschiffe": ships go nowhere without a verb that sends
            if view.lows[t] in self.vessels or view.span_text(t, end).lower() in self.vessels \
                    or (view.phrase(t, "force") or (0, ""))[1] == "warships":
                if not has_verb:
                    continue
            actors, rule, support = self.actors(k, a, b, t, end, noun)
            if rule == "anaphor" and made and made[-1].actors and not noun:
                # "Mit rund 870 Soldaten stellt das Land das größte Kontingent": the force
                # this sentence named, not one of an earlier sentence
                actors = list(made[-1].actors)
            counted = count_before(view, t, a)
            if (not actors and not noun and counted is not None and counted.value
                    or noun and rule == "anaphor") and self._mission_subject(k, a, t, noun):
                actors, rule = list(self.missions), "anaphor"
            owner_force = self.inside.get(t) or self.rel.ends.get(t)  # "350 Royal Marines"
            if len(actors) == 1 and owner_force is not None and owner_force.key == actors[0] \
                    and owner_force.org_class in _FORCE_CLASSES and not owner_force.state \
                    and actors[0] not in self.state_body:
                # "Mexico will send 10,000 National Guard troops": a force of no known state
                # serves the state that sends it
                subject = self._subject(k, a, owner_force.tok, None, clause_only=True)
                if subject and all(self.res.kind(x) == "State" for x in subject):
                    actors = subject
            if rule == "direct" and len(actors) == 1 and self._serving_in(t):
                # "die russische Armee setze die Kubaner in Sturmeinheiten ein": the
                # people serve in units of the state the clause's subject stands for
                lo = clause_bounds(view, t, k)[0]
                sources = self._sources(k)
                first = next((m for m in self.res.by_sentence.get(k, []) if lo <= m.tok < t
                              and not m.partial and self.rel.actor_key(m)
                              and m.tok not in sources), None)
                unit_owner = self._body_state(first.key) if first is not None else None
                if unit_owner is not None and unit_owner not in actors:
                    actors, rule = [unit_owner], "subject"
            base_owner: tuple[list[str], list[str]] | None = None
            if not actors:
                base_owner = self._base_relative(k, a, t)
                if base_owner is not None:
                    actors, rule = base_owner[0], "subject"
            if not actors:
                owner = self._base_owner_before(k, a, b)
                if owner:
                    actors, rule = owner, "anaphor"
            if not actors and not noun:
                # "Seitdem haben beide Staaten in Ost-Ladakh jeweils rund 50.000 Soldaten
                # stationiert": the two states named last, each with its own force
                lo = clause_bounds(view, t, k)[0]
                pair = next((i for i in range(lo, t) if view.phrase(i, "pair_anaphor")
                             and not view.phrase_ending(i, "locprep")), None)
                if pair is not None and view.positions(k, "deploy"):
                    actors, rule = self._last_two(k, pair, []), "anaphor"
                    actors = actors if len(actors) == 2 and all(
                        self.res.kind(x) == "State" for x in actors) else []
            if not actors and not noun:
                home = self._bare_army_subject(k, t)
                if home is not None:
                    actors, rule = [home], "home-army"
            if not actors and not noun and self._manned_base(k, a, t):
                # "Der größte Stützpunkt ist Al-Udeid in Katar mit etwa 10.000 Soldaten":
                # the troops of the forces the sentence before placed
                prior = self._recent(k)
                if prior is not None and k - prior.k <= 1:
                    actors, rule = list(prior.actors), "anaphor"
            if noun and not actors:
                continue
            actors = self._mission_meant(k, actors, t, end)
            named = self.rel.starts.get(end + (end + 1 < b and view.texts[end] in _QUOTE_MARKS)
                                        ) if noun and end < b else None  # "„Resolute Support“"
            if named is not None and self.res.kind(named.key) == "Organization":
                continue  # "die UN-Mission MINUSMA": the mission's name, not a deployment
            if noun and rule == "anaphor" and view.phrase(t, "base_noun") is not None:
                continue  # "the air base in Niamey": a place named again, not whose base
            if noun and view.phrase(t, "base_noun") is not None and any(
                    view.has(j, "former") for j in range(max(a, t - 3), t)):
                continue  # "the former US air base at Kangerlussuaq": nobody is there now
            if noun and rule != "direct" and view.phrase(t, "base_noun") is not None and any(
                    view.phrase(j, "overrun_verb") is not None
                    for j in range(*clause_bounds(view, t, k))):
                # "die Miliz hatte einen Armeestützpunkt überrannt": the attackers' target,
                # not their base ("a Kenyan army base" stays Kenya's)
                continue
            if noun and any(view.lows[j] in self.vessels or view.has(j, "weapon")
                            for j in range(end, min(b, end + 4))):
                continue  # "stationing long-range weapons": weapons are no troops
            count = count_before(view, t, a)
            if count is not None and view.value(t, "force") in _UNITS:
                count = None  # "two battalions": how many units, not how many troops
            if count is None and any(view.has(j, "count_anaphor") for j in range(max(a, t - 5), t)):
                count = self._count_to(t, end, b)  # "the number of Kenyan officers ... to 400"
            if count is None:
                count = self._count_from_to(end, b)  # "reduce its forces from 13,000 to 8,600"
            if self._casualties(count.start if count is not None else t, t, a):
                continue  # "the deaths of three American soldiers": the dead, no force
            # "Seoul spricht von 11.000 ...": a figure someone gives
            given = count is not None and \
                view.phrase_ending(count.start, "figure_source") is not None
            if count is not None and given and rule != "direct":
                # "Kiew spricht von bis zu 15.000 Mann": who gives the figure sends nobody;
                # the figure counts the deployment just named
                prior = self._recent(k, with_location=True)
                if prior is not None and k - prior.k <= 1 and prior.count is None and \
                        set(prior.actors) == set(actors):
                    # "Kenya sent its forces into Somalia ... Kenya says about 4,000 of its
                    # soldiers serve in the mission": the sender's own figure for them
                    prior.count = count
                    continue
                if prior is None or k - prior.k > 1 or prior.count is None:
                    continue
                self.drafts.append(self._figure_of(
                    prior, k, count.start, count,
                    self._figure_modal(k, count.start - 1, count.start)))
                continue
            prev = made[-1] if made else None
            if prev is not None and self._same_force(prev, t, actors):
                if count is not None and prev.count is None:
                    prev.count = count
                    prev.force = word
                if actors and not prev.actors:
                    prev.actors = actors
                if not prev.locations:
                    # "a contingent of some 200 US Marines is already in Panama": the place
                    # attached to the force word that ends the phrase
                    lo2, hi2 = clause_bounds(view, t, k)
                    prev.locations = self.locations(
                        k, t, hi2 if has_verb else min(hi2, end + _ATTACHED), t,
                        prev.actors, sentence=(a, b))
                continue
            modal = modality_of(view, self.res, k, (t,))
            if modal.modality == "Hypothetical" and count is not None and \
                    self._presupposed(k, a, count.start, end):
                modal = modality_of(view, self.res, k, (a,))  # the clause before the verb
                if modal.modality == "Hypothetical":
                    modal = Modal("Asserted")
            if modal.modality == "Asserted" and count is not None and given:
                modal = self._figure_modal(k, count.start - 1, t)
            if modal.modality == "Reported" and self._denied_next(k):
                modal = Modal("Denied")  # "X claimed that ... The ministry denied the report."
            # (not "troops from nine allied countries": they come from elsewhere)
            foreign = end < b and view.has(end, "origin_prep")
            body_state = self._body_state(modal.attributed_to) \
                if not actors and not foreign else None
            if body_state is None and not actors and not foreign and modal.attributed_to and \
                    self.res.kind(modal.attributed_to) == "State" and len(triggers) == 1 and \
                    all(self.res.state_key(m) in (None, modal.attributed_to)
                        for m in self.res.by_sentence.get(k, [])):
                # "Nach brasilianischen Angaben wurden ... Soldaten stationiert": the state
                # that gives the figure for troops no other state is named with
                body_state = modal.attributed_to
            if body_state is not None:
                # "According to the Lebanese army, about 6,000 troops have been deployed":
                # a state's forces reporting troops nobody else is said to own
                actors, rule = [body_state], "subject"
            if self._negated(t, a) or not noun and self._verb_negated(t, k):
                modal = Modal("Denied")  # "werde keine Soldaten in den Kosovo schicken"
            # "at the request of President Salva Kiir": whom the forces come to help
            said = self.support(k, a, b) or self.support(k, a, b, "request_of")
            # "im Rahmen der Mission X", "as part of an AU force": the forces serve X, which
            # is no statement that their state supports X
            frame = None if said else self.support(k, a, b, "framework_marker")
            d = Draft(actors=actors, k=k, toks=(t,), force=word, modal=modal, count=count,
                      support=said or support or frame, rule=rule,
                      support_said=said is not None,
                      trains=(view.phrase(t, "force") or (t, ""))[1] in ("trainers", "advisers")
                      or any(
                          view.phrase(j, "training") is not None and not self._after_training(j)
                          for j in range(*clause_bounds(view, t, k))))
            lo, hi = clause_bounds(view, t, k)
            hi = self._list_goes_on(k, hi, b)
            serving = self._serving_in(t)
            if serving:
                # "foreigners serving in the Russian armed forces": only a place after the
                # force says where it is ("in Sturmeinheiten in den Gebieten X und Y")
                lo = max(lo, t)
            if not has_verb and not noun:
                # no stationing word: only a place attached to the force ("Soldaten in
                # Mali") says where it is, not any place of the sentence
                # a hedge may stand between ("are said to be in the Kursk region")
                reach = end + _ATTACHED
                prep = next((j for j in range(end, min(hi, reach))
                             if view.phrase(j, "locprep") is not None
                             and j + 1 < hi and view.lows[j + 1] not in self.rel.auxiliaries),
                            None)
                hedged = prep is not None and all(
                    view.lows[x] in self.rel.auxiliaries or view.lows[x] == "to"
                    or view.has(x, "reported") or view.has(x, "say_verb")
                    or view.lows[x] in self.hedges
                    for x in range(end, prep))
                lo, hi = t, min(hi, max(reach, prep + 4) if hedged and prep else reach)
            d.locations = self._relative_locations(k, t, end, b, actors) or \
                self.locations(k, lo, hi, t, actors, sentence=(a, b))
            hosted = self._host(k, t, actors) if d.locations else []
            if hosted and hosted[0] not in d.locations:
                # "Dschibuti liegt an der Meerenge X und beherbergt Stützpunkte der USA": the
                # host, and the places named after the verb
                verb = max(i for i in view.positions(k, "host_verb") if i < t)
                d.locations = hosted + [m.key for m in self.res.by_sentence.get(k, [])
                                        if m.key in d.locations and m.tok > verb]
            if not d.locations and base_owner is not None:
                d.locations = base_owner[1]
            adjunct = self.adjuncts.get(t)
            if adjunct is not None and adjunct.key and adjunct.key not in actors:
                d.locations.insert(0, adjunct.key)
            if not d.locations:
                # "the Bashiqa base northeast of Mosul, where 2,000 Turkish troops are
                # stationed": a relative clause with no place of its own stands on the name
                # it hangs on
                where = self._relative_where(k, t, actors)
                clo, chi = clause_bounds(view, t, k)
                ante = self._antecedent(k, t, "relative_where")
                if ante is not None and ante.tok > 0 and (
                        view.has(ante.tok - 1, "coord") or view.texts[ante.tok - 1] == ","):
                    where = []  # "in Mali, Burkina Faso und Niger, wo ...": the whole list
                if where and not any(clo <= m.tok < chi and m.key not in actors and
                                     self.res.kind(m.key) in ("Place", "State")
                                     for m in self.res.by_sentence.get(k, [])):
                    d.locations = where
            if not d.locations and single_force and has_verb and not serving:
                # the whole sentence, but not the speaker's side of a quote ("..., sagt X
                # vom Y in Berlin")
                says = [i for i in view.positions(k, "say_verb") if i > t]
                # "Congo and Rwanda sign a deal in Washington, but ... Rwandan troops remain":
                # a place across "but" is another story
                lo = max([i for i in view.positions(k, "contrast") if i < t], default=a)
                hi = min([i for i in view.positions(k, "contrast") if i > t]
                         + ([says[0]] if says else []) + [b])
                d.locations = self.locations(k, lo, hi, t, actors, sentence=(a, b))
            if not d.locations:
                d.locations = self._subset_locations(k, made, t, actors)
            if not d.locations and has_verb:
                d.locations = self._fronted_place(k, a, t, actors)
            co_hosts: list[str] = []
            if not d.locations:
                d.locations = self._host(k, t, actors)
                if d.locations:
                    # "Katar, Bahrain und die Emirate beherbergen US-Stützpunkte": each host
                    co_hosts = self._co_hosts(k, d.locations[0], t, actors)
            if not d.locations:
                d.locations = self._relative_where(k, t, actors)
            if not d.locations:
                d.locations = self._inviter(k, t, actors)
            state = self.state_body.get(d.actors[0], d.actors[0]) if len(d.actors) == 1 \
                else None
            if not d.locations and state is not None and self.res.kind(state) == "State":
                # "Poland has moved 3,000 soldiers to its border with Belarus", "Algerien
                # verlegt Truppen an die Grenze zu Mali": its own border region; "an die
                # polnische Grenze": the state the adjective names
                border = self._border_state(k, t, b, state)
                if border is None and self._own_border_where(k, t):
                    border = state  # "its southern border, where it keeps ... troops"
                if border is not None:
                    d.locations, d.home_border = [border], border == state
            elif not d.locations and len(d.actors) == 1:
                # "Frontex entsendet 50 Beamte an die finnische Ostgrenze": a body has no
                # border of its own, only the one a demonym or "of X" names
                border = self._border_state(k, t, b, d.actors[0])
                if border is not None and border != d.actors[0]:
                    d.locations = [border]
            helped = self._body_state(d.support) or d.support
            if not d.locations and helped and d.support_said and \
                    self.res.kind(helped) == "State" \
                    and (d.trains or any(f > t for f in view.positions(k, "fight_for"))
                         or self._government_helped(a, b, helped)):
                # "sent thousands of troops to fight for Russia", "80 Polizeiberater, die die
                # Regierung Vanuatus unterstützen", "advisers working with the Azerbaijani
                # army": in the state they fight for (after the force word: not "citizens
                # lured to fight for Russia as police rescue 22 men") or advise
                d.locations = [helped]
            if len(d.actors) == 1 and d.actors[0] in self.missions:
                if not d.locations:
                    # "The force now numbers about 1,000 personnel": where the mission serves
                    d.locations = list(self.mission_area.get(d.actors[0], []))
                elif d.actors[0] not in self.mission_area:
                    self.mission_area[d.actors[0]] = list(d.locations)
            if rule == "own":
                # "Ukraine, whose forces have been fighting in the country's east": the
                # country is its own, only a place the sentence names is elsewhere
                elsewhere = {m.key for m in self.res.by_sentence.get(k, [])
                             if not m.partial and m.tok > t}
                d.locations = [loc for loc in d.locations if loc in elsewhere]
            partner = (self._host_partner(a, b, d) or self._helped_government(a, b, d)) \
                if d.locations and len(d.actors) == 1 and (
                    d.support is None or not d.support_said) else None
            if partner is not None:
                d.support, d.support_said = partner, True
            if rule == "home-army" and not (d.locations and all(
                    self._state_of(loc) in (actors[0], None) for loc in d.locations)):
                # "the army" moves troops only inside the state the text is about (or to a
                # district the gazetteer places nowhere)
                continue
            made.append(d)
            made += [replace(d, locations=[h]) for h in co_hosts]
            made += self._split_counts(k, t, b, d)
        made += self._subset_origins(k, a, b, made)
        made += self._coordinated_origins(k, b, made)
        for d in made:
            if d.actors:
                self.drafts.append(d)
            elif d.count is not None and d.count.value and not d.locations \
                    and view.phrase(d.toks[0], "force") is not None:
                self.orphans.append(d)
            elif d.count is not None and d.count.value and d.locations:
                self.placed.append(d)
        return True

    def _border_state(self, k: int, t: int, b: int, actor: str) -> str | None:
        """Where forces sent to a border word after them stand: the state a demonym before
        the word names ("an die polnische Grenze"), else the actor's own state."""
        view = self.view
        if not view.positions(k, "deploy"):
            return None
        j = next((j for j in range(t + 1, min(b, t + 12))
                  if view.phrase(j, "border_noun") is not None), None)
        if j is None:
            # "hat an der Grenze zu Haiti 11.000 Soldaten zusammengezogen": before the force
            lo = clause_bounds(view, t, k)[0]
            j = next((j for j in range(t - 1, max(lo, t - 10) - 1, -1)
                      if view.phrase(j, "border_noun") is not None and any(
                          view.phrase(x, "locprep") is not None for x in range(max(lo, j - 3), j))),
                     None)
        if j is None:
            return None
        if any((view.phrase(x, "locprep") or (0, ""))[1] == "near"
               for x in range(max(t, j - 4), j)):
            return None  # "closer to the Russian border", "near the border": outside it
        owner = self.rel.ends.get(j)
        if owner is not None and owner.form in ("demonym_adj", "name") and \
                self.res.kind(owner.key) == "State":
            # "Frontex entsendet Beamte an die finnische Ostgrenze": the border the demonym
            # names; a state's own forces at "the Belarusian border" stand on its own side
            area = (view.border_word(j) or (j + 1, False))[1]  # "in die russische Grenzregion"
            return actor if self.res.kind(actor) == "State" and not area else owner.key
        end = (view.phrase(j, "border_noun") or (j + 1, ""))[0]
        if end + 1 < b and view.lows[end] in ("der", "des", "of"):
            # "an die Südgrenze der USA", "to the southern border of the US"
            after = self.rel.mention_after(end + 1 if view.lows[end] == "of" else end, b,
                                           max_skip=1)
            if after is not None and self.res.kind(after.key) == "State":
                return after.key
        return actor

    def _count_from_to(self, end: int, b: int) -> Count | None:
        """"reduce its forces in the country from about 13,000 to 8,600", "die Truppe von
        rund 600 auf 1.100 Soldaten aufstocken": the strength the change starts from."""
        view = self.view
        for j in range(end, min(b, end + 6)):
            if view.lows[j] not in ("from", "von"):
                continue
            count = count_after(view, j + 1, min(b, j + 5))
            if count is not None and count.value and count.end < b and \
                    view.lows[count.end] in ("to", "auf") and \
                    count_after(view, count.end + 1, min(b, count.end + 4)) is not None:
                return count
        return None

    def _count_to(self, t: int, end: int, b: int) -> Count | None:
        """The figure a "number of <force>" is brought to ("... to some 400", "auf 1.000")."""
        view = self.view
        for j in range(end, min(b, end + 12)):
            if view.has(j, "count_to"):
                count = count_after(view, j + 1, min(b, j + 5))
                if count is not None and count.value:
                    return count
        return None

    def _mission_meant(self, k: int, actors: list[str], t: int, end: int) -> list[str]:
        """"die Friedensmission der Vereinten Nationen", "the U.N. mission had 15,000
        troops", "the UN is to cut its peacekeeping force in Cyprus": the one mission the
        text names, not the organization that runs it."""
        if len(actors) != 1 or len(self.missions) != 1 or actors[0] in self.missions or \
                self.res.kind(actors[0]) != "Organization" or not self.rel.mission_nouns:
            return actors
        view = self.view
        if (view.phrase(t, "force") or (0, ""))[1] == "peacekeepers":
            return list(self.missions)  # "its peacekeeping force", "UN-Blauhelme"
        for m in self.res.by_sentence.get(k, []):
            if m.key != actors[0]:
                continue
            near = range(max(0, m.tok - 2), min(len(view.texts), m.tok_end + 1))
            if any(view.lows[j].endswith(self.rel.mission_nouns) for j in near):
                return list(self.missions)
        return actors

    def _split_counts(self, k: int, t: int, b: int, d: Draft) -> list[Draft]:
        """"about 2,500 troops in Iraq and some 900 in Syria": each figure with its own
        place is a deployment of its own, of the same actor and force."""
        view = self.view
        if d.count is None or not d.locations:
            return []
        out: list[Draft] = []
        for j in range(t + 1, b - 2):
            # "... and some 900 in Syria", "80,000 U.S. troops - about 28,500 in South Korea"
            if not (view.has(j, "coord") or view.texts[j] in (",", "-", "–", "—", ":", "(")):
                continue
            count = count_after(view, j + 1, min(b, j + 4))
            if count is None or count.value is None or count.end >= b:
                continue
            if any(view.lows[i] not in self.qualifier_words for i in range(j + 1, count.start)):
                continue
            prep = view.phrase(count.end, "locprep")
            if prep is None or view.has(count.end, "origin_prep"):
                continue  # ("and about 130 from Romania": where they come from)
            place = self.rel.mention_after(prep[0], b, max_skip=1)
            if place is None or place.key is None or place.key in d.actors \
                    or self.res.kind(place.key) not in ("Place", "State"):
                continue
            if place.key in d.locations and len(d.locations) > 1:
                d.locations.remove(place.key)
            out.append(Draft(actors=list(d.actors), k=k, toks=(count.start,), force=d.force,
                             modal=d.modal, locations=[place.key], count=count,
                             support=d.support, rule=d.rule))
        return out

    def _presupposed(self, k: int, a: int, start: int, end: int) -> bool:
        """"could complicate supply lines for the roughly 14,000 U.S. troops in
        Afghanistan": a force the definite article presents as being somewhere, after the
        hypothetical verb, is there whatever may happen to it (not "could send the 3,000
        troops to Poland")."""
        view = self.view
        if end >= len(view.texts) or view.value(end, "locprep") not in ("in", "at") or any(
                view.has(i, "deploy") or view.has(i, "withdraw") for i in range(a, start)):
            return False
        j = start - 1
        while j > a and view.lows[j] in self.qualifier_words:
            j -= 1
        if j <= a or view.lows[j] not in _DEFINITE:
            return False
        cues = [i for i in view.positions(k, "hypothetical") if i < j]
        return bool(cues) and not view.has(a, "conditional_initial") and \
            not any(i > j for i in view.positions(k, "hypothetical"))

    def _casualties(self, start: int, t: int, a: int) -> bool:
        """A figure of the killed or wounded ("the deaths of three soldiers", "drei getötete
        Soldaten", "40 others were wounded")."""
        view = self.view
        reach = 3
        if any(view.phrase(j, "partitive") is not None or view.phrase(j, "among_them")
               is not None for j in range(max(a, start - 4), t)):
            reach = 14  # "killing at least 26 people, more than half of them soldiers"
        return any(view.has(j, "casualty") for j in range(max(a, start - reach), t))

    def _negated(self, t: int, a: int) -> bool:
        """"keine (ausländischen) Soldaten", "no US troops": the force is denied."""
        view = self.view
        for j in range(t - 1, max(a, t - 4) - 1, -1):
            if view.has(j, "negative_det"):
                return True
            if not view.texts[j].replace("-", "").isalpha():
                return False  # "no more than 500 troops": a figure, not a denial
        return False

    def _trained(self, t: int, k: int) -> bool:
        """"Sie sollen nigrische Soldaten an Luftabwehrsystemen schulen": the soldiers a
        German training verb after them governs are trained, not sent."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        verbs = view.lex.word_set("train_verb")
        return any(view.lows[j] in verbs for j in range(t + 1, hi))

    def _verb_negated(self, t: int, k: int) -> bool:
        """"kann ihre Minenjagdboote nicht ins Schwarze Meer verlegen", "has not sent
        troops": a negation in the clause of the force word ("not only", "nicht weit" do
        not negate)."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        free = view.lex.word_set("negation_free_next")
        verbs = [v for v in range(lo, hi) if view.has(v, "deploy")]
        for i in range(lo, hi):
            if not view.has(i, "negation") or i + 1 < hi and view.lows[i + 1] in free:
                continue
            # the negation governs a stationing verb a few words after it, with no clause
            # between ("will not give up its arsenal while Israeli troops remain": not so)
            if any(0 < v - i <= _NEGATION_REACH and all(
                    view.texts[x][:1].isalnum() and not view.has(x, "contrast_subordinator")
                    and not view.has(x, "condition_subordinator") for x in range(i + 1, v))
                   for v in verbs):
                return True
        return False

    def _subset_locations(self, k: int, made: list[Draft], t: int, actors: list[str]
                          ) -> list[str]:
        """Where the force is that a "darunter" / "among them" before token ``t`` takes a
        part of: "17,000 troops ... across the Philippines, among them 12,000 US soldiers"."""
        view = self.view
        for d in reversed(made):
            head = d.toks[-1]
            marks = [i for i in view.positions(k, "subset_marker") if head < i < t]
            if marks:
                start = view.sents[k][0]
                return list(d.locations) or self.locations(k, start, marks[0], head,
                                                           actors + d.actors)
        return []

    def _subset_origins(self, k: int, a: int, b: int, made: list[Draft]) -> list[Draft]:
        """"rund 15.000 Soldaten in X, darunter rund 11.000 aus den USA": a part of the head
        force with a number and an origin but no force word of its own."""
        view = self.view
        out: list[Draft] = []
        for s in view.positions(k, "subset_marker"):
            head = next((d for d in reversed(made) if d.toks[-1] < s), None)
            hit = view.phrase(s, "subset_marker")
            if head is None or hit is None:
                continue
            where = list(head.locations) or self.locations(k, a, s, head.toks[-1], head.actors)
            if not where:
                continue
            start = hit[0]
            if not head.actors and self._from_many_states(head, s):
                # "Verbindungsoffiziere aus rund 20 Staaten vor Ort, darunter Großbritannien,
                # Frankreich und Jordanien": each state named is one of them
                for state in self.rel.coordinated_actors(start, b):
                    if self.res.kind(state) == "State" and state not in where:
                        out.append(Draft(actors=[state], k=k, toks=head.toks, force=head.force,
                                         modal=head.modal, locations=where, count=None,
                                         support=head.support, rule="subject"))
                continue
            while start < b:
                # "including some 600 from Spain and about 250 from Italy"
                count = count_after(view, start, min(b, start + 4))
                if count is None or count.value is None or count.end >= b:
                    break
                if not view.has(count.end, "origin_prep"):
                    break
                origin = self.rel.mention_after(count.end + 1, b, max_skip=1)
                key = self.rel.actor_key(origin, institutions_as_state=True) if origin else None
                if origin is None or key is None or key in where:
                    break
                out.append(Draft(actors=[key], k=k, toks=(count.start,), force=head.force,
                                 modal=head.modal, locations=where, count=count,
                                 support=head.support, rule="subject"))
                start = origin.tok_end
                if start < b and (view.texts[start] == "," or view.has(start, "coord")):
                    start += 1
                else:
                    break
        return out

    def _after_training(self, j: int) -> bool:
        """The training word at ``j`` is what came before ("nach zwei Wochen Ausbildung",
        "after two weeks of training"): the forces were trained, they train nobody."""
        view = self.view
        after, units = view.lex.word_set("after_prep"), view.lex.word_set("duration_unit")
        i = j - 1
        while i > 0 and j - i < 6 and (view.lows[i] in _ARTICLES or view.lows[i] in units
                                       or view.is_lower_word(i) and view.lows[i] not in after
                                       or view.texts[i][:1].isdigit()):
            i -= 1
        return i >= 0 and view.lows[i] in after

    def _serving_in(self, t: int) -> bool:
        """The force word at ``t`` is the object of "in" ("in den Streitkräften", "in the
        army"): its people serve in that force, which says nothing of where."""
        view = self.view
        j = t - 1
        while j > 0 and t - j < 4:
            owner = self.rel.ends.get(j + 1)
            if owner is not None and owner.form == "demonym_adj":
                j = owner.tok - 1  # "in the Russian armed forces"
            elif view.lows[j] in _ARTICLES or view.is_lower_word(j) and \
                    not view.has(j, "locprep"):
                j -= 1
            else:
                break
        return j >= 0 and view.lows[j] in view.lex.word_set("serve_in_prep")

    def _force_end(self, d: Draft) -> int:
        """The token after the force word (or phrase) of draft ``d``."""
        return (self.view.phrase(d.toks[0], "force") or (d.toks[0] + 1, ""))[0]

    def _coordinated_origins(self, k: int, b: int, made: list[Draft]) -> list[Draft]:
        """"Rund 250 Soldaten aus der Türkei und etwa 130 aus Rumänien": a second figure
        from a second state, the force word left out, is that state's own deployment."""
        view = self.view
        out: list[Draft] = []
        for d in made:
            if len(d.actors) != 1 or d.count is None:
                continue
            end = self._force_end(d)
            if end >= b or not view.has(end, "origin_prep"):
                continue
            origin = self.rel.mention_after(end + 1, b, max_skip=1)
            if origin is None or origin.key != d.actors[0]:
                continue
            j = origin.tok_end
            if j >= b or not view.has(j, "coord"):
                continue
            count = count_after(view, j + 1, min(b, j + 5))
            if count is None or count.value is None or count.end >= b or \
                    not view.has(count.end, "origin_prep"):
                continue
            other = self.rel.mention_after(count.end + 1, b, max_skip=1)
            key = self.rel.actor_key(other, institutions_as_state=True) if other else None
            if key is None or key == d.actors[0] or self.res.kind(key) != "State":
                continue
            out.append(replace(d, actors=[key], toks=(count.start,), count=count,
                               locations=list(d.locations)))
        return out

    def _from_many_states(self, head: Draft, s: int) -> bool:
        """The force of ``head`` comes "from (some) 20 countries" before token ``s``."""
        view = self.view
        end = self._force_end(head)
        if end >= s or not view.has(end, "origin_prep"):
            return False
        plural = view.lex.word_set("country_plural")
        return any(view.lows[x] in plural for x in range(end + 1, min(s, end + 6)))

    def _elliptic(self, k: int, a: int, b: int) -> None:
        """"Weitere 5.000 will Kairo in das Land schicken", "another 2,000 were deployed to
        X": a number after "weitere"/"another" with no force word of its own continues the
        force named before; it needs a stationing word (or a copula: "Another 900 are in
        Syria") and a place in its clause."""
        view = self.view
        prior = self._recent(k)
        if prior is None:
            return
        for i in view.positions(k, "more_marker"):
            count = count_after(view, i + 1, min(b, i + 4))
            if count is None or count.value is None or count.end >= b:
                continue
            if any(view.phrase(j, "force") for j in range(count.end, min(b, count.end + 2))):
                continue  # "weitere 5.000 Soldaten": a trigger of its own
            lo, hi = clause_bounds(view, count.start, k)
            # "Another 900 are in Syria", "Weitere 900 sind in Syrien": a copula and a place
            # say where they stand as well as a stationing word does
            there = count.end + 1 < hi and view.lows[count.end] in self.rel.auxiliaries and \
                view.phrase(count.end + 1, "locprep") is not None
            if not there and not any(lo <= j < hi for j in view.positions(k, "deploy")):
                continue
            actors = self._subject(k, lo, count.start, None, clause_only=True)
            if not actors:
                after = [m for m in self.res.by_sentence.get(k, []) if count.end <= m.tok < hi
                         and not m.partial and self.rel.actor_key(m)
                         and not self._locational(m)]
                key = self.rel.actor_key(after[0], institutions_as_state=True) if after else None
                actors = [key] if key else list(prior.actors)
            where = self.locations(k, lo, hi, count.start, actors)
            if not where:
                continue
            self.drafts.append(Draft(actors=actors, k=k, toks=(count.start,), force=prior.force,
                                     modal=modality_of(view, self.res, k, (count.start,)),
                                     locations=where, count=count, rule="anaphor"))
        for i in view.positions(k, "more_after"):
            # "Around 850 more, drawn from ..., are being sent": more of the force just
            # named (and placed), to where it stands unless the sentence names another place
            prior = self._recent(k, with_location=True) or prior
            count = count_before(view, i, a)
            # "850 more, drawn from ...", "2.000 weitere im Einsatz", "2,000 more were sent";
            # not "2,000 more troops" (a trigger of its own)
            if count is None or not count.value or i + 1 < b and (
                    view.phrase(i + 1, "force") or view.texts[i + 1][:1].isalpha() and not (
                        view.phrase(i + 1, "locprep") or view.lows[i + 1] in self.rel.auxiliaries
                    )) or not prior.locations or prior.modal.unsure:
                continue
            where = self.locations(k, a, b, count.start, list(prior.actors))
            self.drafts.append(self._figure_of(
                prior, k, count.start, count, modality_of(view, self.res, k, (count.start,)),
                where or None, keep_support=False))

    def _source_figure(self, k: int, a: int, b: int) -> None:
        """"..., die Ukraine spricht von 12.000", "while Kyiv says 12,000", "nach ukrainischen
        Angaben sind es 12.000": another source's figure for the counted deployment just
        named is a deployment of its own, with that source's provenance."""
        view = self.view
        prior = self._recent(k, with_location=True)
        if prior is None or prior.count is None or not prior.count.value or k - prior.k > 1 \
                or prior.modal.unsure:
            return
        taken = {j for d in self.drafts if d.k == k and d.count is not None
                 for j in range(d.count.start, d.count.end)}
        fmt = number_format(view.lex)
        for j in view.positions(k, "figure_source"):
            hit = view.phrase(j, "figure_source")
            if hit is None:
                continue
            start = hit[0]
            count = count_after(view, start, min(b, start + 4))
            if count is None or not count.value or count.value == prior.count.value \
                    or count.start in taken or count.value < 10:
                continue
            # the figure ends its clause ("12.000.", "12.000 aus"): it counts no other noun
            nxt = count.end
            particle = nxt + 1 < b and view.is_lower_word(nxt) and \
                not view.texts[nxt + 1][:1].isalnum()  # "von 12.000 aus."
            if nxt < b and view.texts[nxt][:1].isalnum() and not particle \
                    or nxt < b and view.lows[nxt] in fmt.scales:
                continue
            self.drafts.append(self._figure_of(prior, k, count.start, count,
                                              self._figure_modal(k, j, count.start)))
            return

    def _figure_of(self, prior: Draft, k: int, tok: int, count: Count, modal: Modal,
                   locations: list[str] | None = None, *, keep_support: bool = True) -> Draft:
        """A further figure of the force ``prior`` named, from sentence ``k``: same actors,
        force and (unless given) places, a deployment of its own."""
        return Draft(actors=list(prior.actors), k=k, toks=(tok,), force=prior.force,
                     modal=modal, locations=list(prior.locations if locations is None
                                                 else locations),
                     count=count, support=prior.support if keep_support else None,
                     rule="anaphor")

    def _figure_modal(self, k: int, cue: int, at: int) -> Modal:
        """Reported, credited to whoever gives the figure: the actor last named in the clause
        before the cue ("Kyiv says", "nach ukrainischen Angaben sind es")."""
        modal = modality_of(self.view, self.res, k, (at,))
        if modal.unsure:
            return modal
        lo, _hi = clause_bounds(self.view, cue, k)
        sources = [m for m in self.res.by_sentence.get(k, [])
                   if m.key and lo <= m.tok < cue and self.res.kind(m.key) != "Place"]
        if sources:
            return Modal("Reported", sources[-1].key)
        return modal if modal.modality == "Reported" else Modal("Reported")

    def _antecedent(self, k: int, t: int, category: str) -> Mention | None:
        """The name right before ", <relative word>" when token ``t``'s clause opens with a
        relative word of ``category`` ("Darwin, where ...", "Unifil, die ...")."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        if lo < 2 or view.texts[lo - 1] != ",":
            return None
        prep = view.phrase(lo, "locprep") if category == "relative_where" and lo < t else None
        if prep is not None and prep[1] == "in" and view.has(prep[0], "relative_pronoun"):
            pass  # "die Drohnenbasis bei Agadez, auf der ... stationiert waren"
        elif not view.has(lo, category):
            return None
        m = self.rel.ends.get(lo - 1)
        if m is None and lo > 2 and view.lex.lang == "de" and view.is_lower_word(lo - 2):
            m = self.rel.ends.get(lo - 2)  # "baut die Panzerbrigade 45 auf, die ..."
        near = view.phrase_ending(m.tok, "locprep") if m is not None else None
        if m is not None and category == "relative_where" and near is not None and \
                (near[1] == "near" or m.key in self.macro_regions) and near[0] in self.rel.ends:
            # "Dschibuti am Horn von Afrika, wo ...": the place, not the region it lies in
            # "der Stützpunkt Baschika nordöstlich von Mossul, auf dem ...": the base, not
            # the city it is placed by
            m = self.rel.ends[near[0]]
        return None if m is None or m.partial else m

    def _base_relative(self, k: int, a: int, t: int) -> tuple[list[str], list[str]] | None:
        """"In Gjumri unterhält Moskau seine Militärbasis, auf der rund 3.000 Soldaten
        stationiert sind": troops in a relative clause on a base are the base owner's, and
        stand where the main clause puts the base. (actors, places) or None."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        prep = view.phrase(lo, "locprep") if lo < t else None
        j = prep[0] if prep is not None else lo  # "..., auf der ..."
        if lo - 1 <= a or view.texts[lo - 1] != "," or not (
                view.has(j, "relative_pronoun") or view.has(j, "relative_where")):
            return None
        if view.phrase_ending(lo - 1, "base_noun") is None:
            return None
        owners: list[str] = []
        for m in self.res.by_sentence.get(k, []):
            if a <= m.tok < lo - 1 and not m.partial and not self._locational(m) and \
                    not view.has(m.tok - 1, "direction"):  # "im Norden Armeniens" is where
                key = self.rel.actor_key(m, institutions_as_state=True)
                if key and key not in owners:
                    owners.append(key)
        if len(owners) != 1:
            return None
        return owners, self.locations(k, a, lo - 1, t, owners, sentence=view.sents[k])

    def _relative_locations(self, k: int, t: int, end: int, b: int, actors: list[str]
                            ) -> list[str]:
        """"Zerstörer der US-Marine, die im spanischen Rota stationiert sind": a relative
        clause on the force that stations it says where, not the clause around it."""
        view = self.view
        comma = next((i for i in range(end, min(b, end + 6)) if view.texts[i] == ","), None)
        if comma is None:
            # "mit rund 1.050 Soldaten eines der größten Kontingente der Mission, die ... im
            # Südlibanon stationiert ist": a relative clause on the mission they serve in
            comma = next((i for i in range(end, min(b, end + 9)) if view.texts[i] == ","
                          and any(view.has(j, "mission_word") for j in range(end, i))), None)
        if comma is not None and comma + 1 < b and any(
                comma < v <= comma + 3 and all(view.is_lower_word(x) for x in range(comma + 1, v))
                for v in view.positions(k, "deploy")) and view.lex.lang == "en":
            # "A Spanish patrol vessel, currently deployed to the Gulf of Guinea as part of
            # ..., was standing by": a participle in apposition says where
            stop = next((i for i in range(comma + 2, b) if view.texts[i] in (",", ";", ":")), b)
            return self.locations(k, comma + 1, stop, t, actors, sentence=view.sents[k])
        if comma is None or comma + 2 >= b or not view.has(comma + 1, "relative_pronoun") or \
                view.is_cap(comma + 2) or \
                any(view.texts[i] in (";", ":") for i in range(end, comma)):
            return []  # not ", das Europa-Kommando soll ...": an article before a noun
        stop = next((i for i in range(comma + 2, b) if view.texts[i] in (",", ";", ":")), b)
        if not any(comma < i < stop for i in view.positions(k, "deploy")):
            return []
        return self.locations(k, comma + 1, stop, t, actors, sentence=view.sents[k])

    def _relative_where(self, k: int, t: int, actors: list[str]) -> list[str]:
        """"... Darwin, where about 2,500 US Marines rotate through": the place the relative
        clause hangs on."""
        m = self._antecedent(k, t, "relative_where")
        if m is None or m.key is None or m.key in actors:
            return []
        return [m.key] if self.res.kind(m.key) in ("Place", "State") else []

    def _own_border_where(self, k: int, t: int) -> bool:
        """"for its southern border, where it keeps tens of thousands of troops": the
        force stands in a relative clause on a border a possessive gives its subject."""
        view = self.view
        lo = clause_bounds(view, t, k)[0]
        if lo < 3 or view.texts[lo - 1] != "," or not view.has(lo, "relative_where"):
            return False
        for i in range(lo - 2, max(view.sents[k][0], lo - 4) - 1, -1):
            hit = view.border_word(i)
            if hit is not None and hit[0] == lo - 1:
                j = i - 1  # back over "roughly 1,300-kilometer (800-mile) southern"
                while j > view.sents[k][0] and i - j < 8 and view.texts[j] != "," and \
                        not view.has(j, "possessive"):
                    j -= 1
                return view.has(j, "possessive")
        return False

    def _host(self, k: int, t: int, actors: list[str]) -> list[str]:
        """"Japan hosts about 54,000 American troops", "Armenien beherbergt einen
        russischen Stützpunkt": the host, named before the verb in the clause, is where."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        while lo > view.sents[k][0] + 1 and view.texts[lo - 1] == "," and \
                (named := self.rel.ends.get(lo - 1)) is not None and \
                self.res.kind(named.key) in ("State", "Place"):
            # "Katar, Bahrain und die Emirate beherbergen ...": a list's comma ends no clause
            lo = clause_bounds(view, named.tok, k)[0]
        verbs = [i for i in view.positions(k, "host_verb") if lo <= i < t]
        if not verbs:
            return []
        hosts = [m for m in self.res.by_sentence.get(k, []) if lo <= m.tok < verbs[-1]
                 and not m.partial and self.res.kind(m.key) in ("State", "Place")
                 and m.key not in actors and not self._locational(m)
                 and not self.rel.after_locprep(m)  # "liegt an der Meerenge X und beherbergt"
                 # "after Russian military personnel moved into a base that hosts US forces":
                 # other forces' demonym hosts nothing
                 and not self._demonym_forces(m)]
        if not hosts and verbs[-1] - lo <= 2:
            # "Zugleich beherbergen Katar, Bahrain und die Emirate ...": the subject after a
            # verb in second place
            j = verbs[-1] + 1
            while j < t and view.lows[j] in _ARTICLES:
                j += 1
            after = self.rel.starts.get(j)
            if after is not None and after.key and not after.partial and \
                    after.key not in actors and self.res.kind(after.key) in ("State", "Place"):
                hosts = [after]
        if not hosts:
            # "Camp Lemonnier, next to the airport, is home to ...": the sentence's subject
            a = view.sents[k][0]
            first = next((m for m in self.res.by_sentence.get(k, []) if not m.partial), None)
            if first is not None and first.key and first.key not in actors and \
                    self.res.kind(first.key) in ("State", "Place") and \
                    all(view.lows[i] in _ARTICLES for i in range(a, first.tok)):
                hosts = [first]
        # the host state before places its clause locates it by ("Dschibuti liegt an der
        # Meerenge X und beherbergt ...")
        host = next((m for m in hosts if self.res.kind(m.key) == "State"), None) \
            or (hosts[-1] if hosts else None)
        return [host.key] if host is not None and host.key else []

    def _co_hosts(self, k: int, host: str, t: int, actors: list[str]) -> list[str]:
        """The states coordinated with ``host`` before the host verb ("Katar, Bahrain und
        die Emirate beherbergen ..."), other than the host itself."""
        first = next((m for m in self.res.by_sentence.get(k, [])
                      if m.key == host and not m.partial and m.tok < t), None)
        if first is None:
            return []
        keys = self.rel.coordinated_actors(first.tok, t)
        if host not in keys[:1] or len(keys) < 2:
            return []
        return [x for x in keys[1:] if self.res.kind(x) == "State" and x not in actors]

    def _inviter(self, k: int, t: int, actors: list[str]) -> list[str]:
        """"Tokayev called in more than 2,000 troops from the bloc": the state of who
        called them in (a state, or a person the text gives an office of a state)."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        verbs = [i for i in range(lo, t) if view.phrase(i, "invite_verb") is not None]
        if not verbs:
            return []
        who = next((m for m in reversed(self.res.by_sentence.get(k, []))
                    if lo <= m.tok < verbs[0] and not m.partial and m.key), None)
        if who is None:
            return []
        state = self.office.get(who.key or "") if self.res.kind(who.key) == "Person" else (
            who.key if self.res.kind(who.key) == "State" else None)
        return [state] if state and state not in actors else []

    def _same_force(self, prev: Draft, t: int, actors: list[str]) -> bool:
        """"eine Streitmacht von etwa 50.000 Soldaten", "the brigade is to number about
        4,800 soldiers": two force words for one force."""
        last = prev.toks[-1]
        breaks = any(self.view.texts[i] in (",", ";", "–", "—", "-") for i in range(last, t))
        if t - last > 6 or breaks and not self._restated(last, t):
            return False
        return not actors or not prev.actors or actors == prev.actors

    def _firing(self, t: int, k: int) -> bool:
        """"Cambodian forces fired rockets into Thai villages": forces shooting across, no
        stationing word in their clause."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        # not a relative clause after the force ("... two boats which had left Venezuela")
        hi = next((i for i in range(t + 1, hi) if view.has(i, "relative_pronoun") and (
            view.texts[i - 1] == "," or not view.has(i, "def_article"))), hi)
        clause = range(lo, hi)
        # "US forces have since struck two boats": an attack is no stationing either
        return any(view.has(i, "fire_verb") or view.has(i, "attack_verb") for i in clause) \
            and not any(view.has(i, "deploy") for i in clause)

    def _restated(self, last: int, t: int) -> bool:
        """"two battalions — some 1,600 soldiers —": a dash apposition after a unit word
        restates the force in troops."""
        view = self.view
        return (t - last <= 6 and last + 1 < t and view.texts[last + 1] in ("–", "—")
                and view.value(last, "force") in _UNITS
                and not any(view.texts[i] in (",", ";", "–", "—", "-")
                            for i in range(last + 2, t)))

    def _supported_side(self, t: int, a: int, end: int, b: int) -> bool:
        """The force is the side helped ("Seite an Seite mit russischen Streitkräften"),
        not forces whose states follow ("alongside contingents from Belgium and Spain":
        troops beside them)."""
        view = self.view
        if self._origins_after(end, b):
            return False
        for j in range(max(a, t - 4), t):
            hit = view.phrase(j, "support_marker")
            if hit is not None and hit[0] <= t:
                return True
        return False

    def _origins_after(self, end: int, b: int) -> bool:
        """A force word followed by "from"/"aus" and a state ("contingents from Belgium")."""
        view = self.view
        if end + 1 >= b or not view.has(end, "origin_prep"):
            return False
        m = self.rel.starts.get(end + 1)
        return m is not None and self.res.kind(m.key) == "State"

    def _base_owner_before(self, k: int, a: int, b: int) -> list[str]:
        """"China betreibt einen Marinestützpunkt beim Hafen Doraleh. Dort sollen 2.000
        Soldaten stationiert sein": whoever runs the base the sentence before named."""
        view = self.view
        if k == 0 or view.boiler[k - 1] or not any(a <= x < b for x in view.positions(
                k, "place_anaphor")):
            return []
        pa, _pb = view.sents[k - 1]
        bases = [i for i in view.positions(k - 1, "base_noun")]
        if not bases:
            return []
        owners = self._subject(k - 1, pa, bases[0], None, clause_only=True)
        return [o for o in owners if self.res.kind(o) == "State"]

    def _denied_next(self, k: int) -> bool:
        """The next sentence denies the report ("The ministry denied the report", "Moskau
        dementierte das")."""
        view = self.view
        if k + 1 >= len(view.sents) or view.boiler[k + 1]:
            return False
        a, b = view.sents[k + 1]
        # "Benin weist das entschieden zurück": a separable verb of denial as well
        split = [i for i in view.positions(k + 1, "denied_split")
                 if view.split_verb(i, "denied_split", b)]
        for i in view.positions(k + 1, "denied") + split:
            if any(view.phrase(j, "denial_object") and not view.has(j, "complementizer")
                   for j in range(i + 1, min(b, i + 3))):
                return True  # not "denied that its forces fight": another claim
        return False

    def _in_attack(self, t: int, a: int) -> bool:
        """Forces in an attack, not stationed: "nach einem Angriff serbischer Paramilitärs auf
        kosovarische Polizisten", "an attack by Houthi fighters"."""
        view = self.view
        j = t - 1
        while j >= a and t - j <= 6:
            if view.has(j, "attack_noun"):
                # not "nach dem Anschlag 1.200 Soldaten": a figure starts a force of its own
                return not (view.texts[j + 1][:1].isdigit()
                            or view.lows[j + 1] in self.qualifier_words)
            if view.lows[j] in self.rel.auxiliaries:
                return False  # "Nach dem Anschlag wurden Soldaten ... stationiert"
            m = self.rel.ends.get(j + 1)
            if view.texts[j] in (",", ";", ":") or view.has(j, "deploy") or (
                    m is not None and m.form != "demonym_adj"
                    and self.res.kind(m.key) != "Organization"):
                return False  # "Houthi fighters" may stand in it, "in Jizan" ends it
            j -= 1
        return False

    def _excluded(self, t: int, end: int, b: int) -> bool:
        """Killed or civilian people, and forces that only speak ("Die ukrainische Armee
        meldete ...", "the army said")."""
        view = self.view
        if t > 0 and view.has(t - 1, "foreign_adj") and not (t > 1 and view.has(t - 2, "coord")):
            # "Western soldiers", "westlicher Bodentruppen": nobody's in particular (but
            # "American and allied troops" are the Americans')
            return True
        if end < b and view.phrase(end, "indefinite_owner") is not None:
            return True  # "die Truppen eines anderen Landes": some state's, nobody's here
        lex = view.lex
        if "-" in view.lows[t] and lex.has(view.lows[t].split("-", 1)[0], "former") or \
                t > 0 and lex.has(view.lows[t - 1].rstrip("-"), "former") or \
                t > 1 and view.texts[t - 1] == "-" and view.has(t - 2, "former"):
            return True  # "ex-soldiers", "ehemalige Soldaten": veterans, not a force
        _lo, hi = clause_bounds(view, t)
        if any(view.phrase(i, "home_word") is not None for i in range(end, min(hi, end + 3))) \
                and not any(end <= m.tok < hi and self.res.kind(m.key) in ("State", "Place")
                            for m in self.res.by_sentence.get(view.sent_of[t], [])):
            return True  # "bringing their contingents home": going, and from nowhere said
        first = view.sents[view.sent_of[t]][0]
        if any(view.has(i, "recruit_word") and not in_apposition(view, i, first)
               for i in range(max(first, t - 8), min(hi, end + 6))):
            # "the recruitment, use, financing and training of mercenaries", "Söldner
            # angeworben": hired men, not a force someone sends (but "300 soldiers,
            # recruited by private firms, have been fighting in Darfur")
            return True
        j = end
        while j < min(b, end + 4) and view.lows[j] in self.rel.auxiliaries:
            j += 1  # "service members have been killed"
        if any(view.has(i, "deploy_exclude") for i in range(end, min(b, max(j + 1, end + 2)))) \
                and not (end < b and view.has(end, "coord")):
            return True  # "Soldaten getötet", not "Soldaten und zivile Mitarbeiter"
        if view.has(t, "aircraft_sense") and t > 0 and self.rel.ends.get(t) is None and \
                view.is_cap(t - 1):
            return True  # "Rafale fighters", "F-35 fighters": jets, not combatants
        if end + 1 < b and view.lows[end] in view.lex.word_set("adviser_of_prep") and (
                m := self.rel.mention_after(end + 1, b, max_skip=2)) is not None and \
                self.res.kind(m.key) == "Person":
            return True  # "der außenpolitische Berater von Präsident Alijew": his aide
        return end < b and view.has(end, "say_verb")

    # ------------------------------------------------------------------ actor

    def _dative_objects(self, a: int, t: int) -> set[int]:
        """Articles of a bare dative object before token ``t`` ("warf dem Militär vor"), not
        of a prepositional phrase ("mit dem Militär", "auf dem Stützpunkt")."""
        view = self.view
        articles, preps = view.lex.word_set("dative_article"), view.lex.word_set("dative_prep")
        return {x for x in range(max(a, t - 4), t) if view.lows[x] in articles
                and not (x > a and view.lows[x - 1] in preps)}

    def actors(self, k: int, a: int, b: int, t: int, end: int, noun: bool
               ) -> tuple[list[str], str, str | None]:
        """(actor keys, rule, in-support-of key) of the force at ``t``."""
        view = self.view
        rel = self.rel
        support = None
        whole = rel.starts.get(t)
        if whole is not None and whole.tok_end == end:
            key = rel.actor_key(whole, institutions_as_state=True)
            if key:
                return [key], "direct", None  # "Wagner-Söldner" known as one word
        for m in rel.partials.get(t, ()):
            key = rel.actor_key(m, institutions_as_state=True)
            if key and joinable(m) and not noun:
                # "Frankreich führt einen Nato-Gefechtsverband": the alliance names the
                # formation; a state that is the clause's subject sends it
                subject = self._subject(k, a, t, None, clause_only=True)
                if subject and all(self.res.kind(x) == "State" for x in subject):
                    return subject, "subject", None
            if key:
                return [key], "direct", None
        led = self._led_by_state(t, a)
        if led is not None:
            return [led[0]], "direct", led[1]
        flag = view.value(end, "ship_prefix") if end < b and view.texts[end].isupper() \
            else None  # right after the vessel word, not "through HMAS Stirling" (a base)
        if flag and f"wd:{flag}" in self.res.entities:
            return [f"wd:{flag}"], "direct", None  # "the destroyer USS Gravely": a US ship
        if noun:
            owned = self._presence_of(t, end, b)
            if owned is not None:
                return owned, "direct", None
        before = rel.mention_before(t, a, skip_adjectives=3) if not noun else None
        if before is None and noun:
            before = rel.mention_before(t, a, skip_adjectives=0)
        if before is not None and any(view.lows[x] in rel.backing
                                      for x in range(before.tok_end, t)):
            # "von Saudi-Arabien unterstützte Regierungstruppen": the backer (but "die von
            # Kanada geführte Brigade" is Canada's)
            before = None
        if before is not None and before.tok_end == t and before.form in ("name", "alias") \
                and view.lex.lang == "en" and self.res.kind(before.key) == "State":
            # "Germany's Lithuania brigade": the bare name is where, the genitive is whose
            self.adjuncts[t] = before
            before = rel.mention_before(before.tok, a, skip_adjectives=0)
            if before is None or view.texts[before.tok_end] not in ("'s", "’s"):
                before = None
        dative = self._dative_objects(a, t)
        if before is not None and any(x in dative for x in range(before.tok_end, t)):
            before = None  # "Die KNU warf dem Militär vor": the subject, not the force's owner
        whose = self._whose(t, a)
        if whose:
            return [whose], "own", None  # (its own forces: no place borrowed for them)
        contributed = self._contributing_body(k, t, end, b) if not noun else []
        if contributed:
            return contributed, "subject", None
        owner = self._owner_after(k, end, b) if not noun else None
        if owner is not None and self.res.kind(owner) == "Organization":
            return [owner], "direct", None  # "Russian mercenaries from the Wagner Group"
        if before is not None:
            key = rel.actor_key(before, institutions_as_state=True)
            if key and before.form not in ("name", "alias") or (
                    key and view.texts[before.tok_end] in ("'s", "’s")):
                if self.res.kind(key) == "Organization" and before.entry and \
                        view.texts[before.tok_end] in ("'s", "’s"):
                    support = key  # "NATO's battlegroup": led by someone else for NATO
                else:
                    return self._coordinated_demonyms(before, a) + [key], "direct", None
        after = self._owner_after(k, end, b)
        if after:
            return [after], "direct", None
        owners = self._states_after(end, b)
        if owners:
            return owners, "direct", None
        if t - 1 in dative:
            return [], "direct", None  # "Die TNLA warf dem Militär vor, ...": no subject's
        lo, _hi = clause_bounds(view, t, k)
        in_clause = self._subject(k, lo, t, support, clause_only=True)
        if in_clause and support and all(self.res.kind(x) == "Organization"
                                         for x in in_clause):
            # "The Security Council extended the mandate of the EU's peacekeeping force":
            # a body that decides on the force is not the one that sends it
            return [support], "direct", None
        if in_clause:
            return in_clause, "subject", support  # "Canada will expand the battlegroup"
        for j in range(lo, t):
            if view.has(j, "alliance_org_anaphor") and (
                    j == lo or view.lows[j - 1] in _ARTICLES):
                # "Das Bündnis hat rund 4.500 Soldaten im Land": the alliance last named
                key = self.rel.actor_key(self.rel._alliance_anaphor(j - 1, b))
                if key and key != support:
                    return [key], "anaphor", support
                break
        # "UNIFIL, which numbers 10,000 troops", "Unifil, die rund 10.000 Blauhelme ...":
        # the relative clause's subject is the name it hangs on
        antecedent = self._antecedent(k, t, "relative_pronoun")
        key = self.rel.actor_key(antecedent, institutions_as_state=True)
        if antecedent is not None and key == antecedent.key and antecedent.org_class == "unit":
            # "Deutschland baut die Panzerbrigade 45 auf, die 4.800 Soldaten umfassen soll":
            # the state that sets the unit up
            owners = self._subject(k, a, antecedent.tok, support, clause_only=True)
            if len(owners) == 1 and self.res.kind(owners[0]) == "State":
                key = owners[0]
        if key and key != support:
            if antecedent is not None and antecedent.key == key and \
                    self.res.kind(key) == "State":
                # "Guatemala und El Salvador, die bereits Soldaten in Haiti haben": each
                listed = [x for x in self.rel.coordination_ending(antecedent, a)
                          if x and x != support]
                return listed or [key], "subject", support
            return [key], "subject", support
        j = t - 1
        while j >= a and (view.lows[j] in _ARTICLES or not view.texts[j][:1].isalnum()
                          or (view.is_lower_word(j)
                              and not view.has(j, "possessive") and t - j < 4)):
            if view.lows[j] in _DEFINITE and not self._mention_between(j, t):
                prior = self._recent(k)
                if prior is not None:
                    return list(prior.actors), "anaphor", support or prior.support
                break
            j -= 1
        if j >= a and view.has(j, "possessive") or (j >= a and view.lows[j] == "own"):
            subject = self._subject(k, a, t, support)
            if subject:
                return subject, "subject", support
            prior = self._recent(k)
            if prior is not None:
                return list(prior.actors), "anaphor", support
        if noun:
            return [], "direct", support
        country = self._country_subject(k, t, end)
        if country:
            # "Mit mehr als 800 Soldaten stellt das Land eines der größten Kontingente"
            return [country], "anaphor", support
        opener = self._pronoun_after(k, a, end, b)
        if opener:
            # "Georgia has sought ...: with about 870 troops, it is the largest
            # contributor": the pronoun after the force is the sentence's subject
            return [opener], "subject", support
        subject = self._subject(k, a, t, support)
        if subject:
            return subject, "subject", support
        if view.lows[a] in _SUBJECT_PRONOUNS:
            prior = self._recent(k)
            if prior is not None:
                return list(prior.actors), "anaphor", support
        previous = self._previous_subject(k)
        if previous:
            return [previous], "anaphor", support
        return [], "direct", support

    def _led_by_state(self, t: int, a: int) -> tuple[str, str | None] | None:
        """"the French-led NATO battlegroup", "a German-led battlegroup": the state the
        compound names leads the force (its troops), for the alliance named between."""
        view = self.view
        k = view.sent_of[t]
        hi = clause_bounds(view, t, k)[1]
        if any(self._origins_after(x, hi) for x in range(t + 1, hi - 1)):
            return None  # "The Irish-led battalion also includes soldiers from Poland"
        for j in range(t - 1, max(a, t - 4) - 1, -1):
            if not view.lows[j].endswith(self.rel.led):
                if self.rel.starts.get(j) is None and self.rel.ends.get(j + 1) is None and \
                        not view.is_lower_word(j):
                    return None
                continue
            state = next((m.key for m in self.rel.partials.get(j, ()) if m.key
                          and self.res.kind(m.key) == "State"), None)
            if state is None:
                return None
            org = next((m.key for m in self.res.by_sentence.get(view.sent_of[t], [])
                        if j < m.tok < t and m.key and not m.partial
                        and self.res.kind(m.key) == "Organization"), None)
            return state, org
        return None

    def _government_helped(self, a: int, b: int, state: str) -> bool:
        """The sentence names the helped state's government ("sollen die beninische
        Regierung dabei unterstützen", "to support the Beninese government"): troops sent
        to prop it up are in its country."""
        view = self.view
        return any(view.has(i, "gov") and (m := self.rel.ends.get(i)) is not None
                   and m.key == state for i in range(a + 1, b))

    def _presence_of(self, t: int, end: int, b: int) -> list[str] | None:
        """"the presence in Afghanistan of Uyghur militants": whose presence the words after
        the place name (an actor, or nobody the text names), not the genitive before it."""
        view = self.view
        j = end
        prep = view.phrase(j, "locprep") if j < b else None
        if prep is None or prep[1] != "in":
            return None
        place = self.rel.mention_after(prep[0], b, max_skip=1)
        if place is None:
            return None
        j = place.tok_end
        if j + 1 >= b or view.lows[j] not in view.lex.word_set("presence_owner_prep"):
            return None
        m = self.rel.mention_after(j + 1, b, max_skip=2)
        key = self.rel.actor_key(m, institutions_as_state=True) if m is not None else None
        return [key] if key else []

    def _manned_base(self, k: int, a: int, t: int) -> bool:
        """The force is counted "with" a base the clause names before it ("the largest base is
        Al Udeid in Qatar, with about 10,000 troops")."""
        view = self.view
        count = count_before(view, t, a)
        start = count.start if count is not None else t
        if start - 1 <= a or not view.has(start - 1, "with"):
            return False
        return any(view.names_base(i) for i in range(a, start))

    def _bare_army_subject(self, k: int, t: int) -> str | None:
        """"Die Armee verlegte 2.000 Soldaten nach X", "Der Generalstab kündigte an, ...":
        a clause opening on a bare definite army word is the army of the state the text is
        about (kept only when the place lies in that state, or in none the gazetteer knows:
        see ``sentence``)."""
        view = self.view
        for i in dict.fromkeys((view.sents[k][0], clause_bounds(view, t, k)[0])):
            while i < t and (not view.texts[i][:1].isalnum() or view.has(i, "coord")):
                i += 1  # ", and the army has deployed troops there"
            if i + 2 <= t and view.lows[i] in _DEFINITE and view.has(i + 1, "armed_forces") \
                    and i + 1 not in self.rel.starts and not self.rel.partials.get(i + 1):
                # the state the text has most named as an actor ("Pakistan's military
                # says ... the army has deployed"), not where its enemies hide; else the
                # state it has placed most in ("Talon ordnete in Benin ... an")
                return self.res.salient_state(t, actor=True) or self.res.salient_state(t)
        return None

    def _previous_subject(self, k: int) -> str | None:
        """"Norwegen verstärkt den Schutz seiner Anlagen. Rund 1.500 Soldaten sollen dort
        stationiert sein": troops no actor of their own sentence owns are those of the state
        that opens the sentence before as its subject."""
        view = self.view
        sources = self._sources(k)  # ("wie ... der Nachrichtenagentur Reuters sagten")
        if any(self.res.kind(m.key) in ("State", "Organization") and m.tok not in sources
               for m in self.res.by_sentence.get(k, [])):
            return None
        j = k - 1
        if j < 0 or view.boiler[j]:
            return None
        a, b = view.sents[j]
        mentions = [m for m in self.res.by_sentence.get(j, []) if not m.partial]
        if mentions and self._dateline(mentions[0], a, b):
            # "JERUSALEM (Reuters) - Israeli tanks entered ...": the subject after the dateline
            a = next((i + 1 for i in range(mentions[0].tok_end, min(b, mentions[0].tok_end + 12))
                      if view.texts[i] in DASHES), a)
            mentions = mentions[1:]
        first = mentions[0] if mentions else None
        if first is None or first.form not in ("name", "alias", "inflected", "demonym_adj") or \
                any(view.lows[i] not in _ARTICLES for i in range(a, first.tok)):
            return None
        key = self.rel.actor_key(first)
        if len(self.rel.coordinated_actors(first.tok, b)) > 1:
            return None  # "Uganda and Tanzania have each sent a battalion": no one subject
        return key if key and self.res.kind(key) == "State" else None

    def _mention_between(self, j: int, t: int) -> bool:
        return any(i in self.rel.starts for i in range(j, t))

    def _owner_after(self, k: int, end: int, b: int) -> str | None:
        """"Truppen Russlands", "Soldaten der Bundeswehr", "unter dem Kommando des X"."""
        view = self.view
        j = end
        if j < b and view.lows[j] in ("unter", "under"):
            j += 1
            while j < b and (view.lows[j] in _ARTICLES or view.lows[j] in _COMMAND):
                j += 1
            m = self.rel.mention_after(j, b, max_skip=1)
            return self.rel.actor_key(m, institutions_as_state=True) if m else None
        m = self.rel.starts.get(j)
        if m is not None and m.form == "inflected":
            return self.rel.actor_key(m, institutions_as_state=True)
        if view.phrase_ending(end, "deploy_noun") is not None:
            # "den Einsatz US-amerikanischer Soldaten", "the deployment of American troops":
            # whose soldiers the noun's complement names, not where they go
            i = j + 1 if j < b and view.lows[j] == "of" else j
            while i < b and view.lows[i] in _ARTICLES:
                i += 1
            named = self.rel.starts.get(i)
            if named is not None and named.form == "demonym_adj" and \
                    self.res.kind(named.key) == "State" and any(
                        view.has(x, "force") for x in range(named.tok_end,
                                                            min(b, named.tok_end + 2))):
                return named.key
        if j < b and view.has(j, "origin_prep") and not self._withdrawn(*clause_bounds(view, j, k)):
            # "Soldaten aus Nordkorea", "troops from the country" (not "withdrew troops from
            # Armenia": they leave it)
            origin = self.rel.mention_after(j + 1, b, max_skip=1)
            if origin is not None and origin.tok_end + 1 < b and \
                    view.phrase_ending(end, "deploy_noun") is not None and \
                    view.has(origin.tok_end, "range_to") and \
                    self.rel.mention_after(origin.tok_end + 1, b, max_skip=1) is not None:
                return None  # "missions from Lebanon to South Sudan": a range, no origin
            if origin is not None:
                return self.rel.actor_key(origin, institutions_as_state=True)
            if j + 2 < b and view.lows[j + 1] in _DEFINITE and \
                    view.has(j + 2, "alliance_org_anaphor"):
                # "troops from the bloc": the alliance named last
                bloc = self.rel._alliance_anaphor(j, b)
                key = self.rel.actor_key(bloc) if bloc is not None else None
                if key:
                    return key
            k2 = j + 1
            while k2 < b and k2 - j <= 3 and not view.has(k2, "country_anaphor"):
                k2 += 1
            counted = any(view.texts[x][:1].isdigit() for x in range(j + 1, k2))
            if k2 < b and view.has(k2, "country_anaphor") and not counted:
                # "Soldaten aus dem Land", not "Soldaten aus 29 Staaten"
                return self.res.salient_state(j, actor=True,
                                              monarchy=view.has(k2, "monarchy_anaphor"))
        if j < b and view.lows[j] in ("der", "des", "of"):
            m = self.rel.mention_after(j + 1 if view.lows[j] == "of" else j, b, max_skip=0)
            if m is not None and self.res.kind(m.key) == "State" and m.tok_end < b:
                # "Kämpfer des russischen Afrikakorps", "members of Russia's Africa Corps":
                # the state's own force named next
                nxt = m.tok_end + (view.texts[m.tok_end] in ("'s", "’s"))
                force = self.rel.starts.get(nxt)
                if force is not None and (m.form == "demonym_adj" or nxt > m.tok_end) and \
                        self.res.kind(force.key) == "Organization":
                    m = force
            if m is not None and self.res.kind(m.key) == "Organization":
                return self.rel.actor_key(m, institutions_as_state=True)
            if m is not None and self.res.kind(m.key) == "State" and m.form == "demonym_adj":
                x = m.tok_end
                while x < b and x - m.tok_end < 3 and (view.texts[x].endswith("-")
                                                       or view.has(x, "coord")):
                    x += 1  # "der französischen Luft- und Weltraumstreitkräfte"
                if x < b and view.has(x, "armed_forces"):
                    return m.key  # "a small contingent of Filipino marines"
            if m is not None and self.res.kind(m.key) == "State" and m.form == "demonym_noun":
                return m.key  # "die Präsenz der Türken", "the presence of the Americans"
        return None

    def _origin_at(self, end: int, b: int) -> int | None:
        """The origin preposition after a force word: right after it ("troops from"), or
        after a comma and a hedge ("800 Soldaten, unter anderem aus", "troops, mainly
        from")."""
        view = self.view
        if end < b and view.has(end, "origin_prep"):
            return end
        if end + 1 < b and view.texts[end] == ",":
            j = end + 1
            hedges = view.lex.word_set("origin_hedge")
            while j < b and j - end <= 3 and view.lows[j] in hedges:
                j += 1
            if j > end + 1 and j < b and view.has(j, "origin_prep"):
                return j
        return None

    def _contributing_body(self, k: int, t: int, end: int, b: int) -> list[str]:
        """"AMISOM, which has some 22,000 troops from Uganda, Burundi and Kenya", "UNFICYP
        ... zählt etwa 800 Soldaten, unter anderem aus Argentinien, ...": the organization
        that has the troops (each state they come from: ``_origin_list``)."""
        view = self.view
        at = self._origin_at(end, b)
        if at is None:
            return []
        stop = next((i for i in range(at + 1, b - 1) if view.texts[i] == ","
                     and view.is_lower_word(i + 1) and not view.has(i + 1, "coord")), b)
        states = [key for key in self.rel.coordinated_actors(at + 1, stop)
                  if self.res.kind(key) == "State"]  # (not "..., backs Somalia's government")
        if len(states) < 2:
            return []
        ante = self._antecedent(k, t, "relative_pronoun")
        key = self.rel.actor_key(ante) if ante is not None else None
        if key is None:
            # the mission the clause is about ("UNFICYP ... zählt 800 Soldaten aus ...")
            a = view.sents[k][0]
            subject = next((m for m in self.res.by_sentence.get(k, []) if a <= m.tok < t
                            and m.key in self.missions and not m.partial), None)
            key = subject.key if subject is not None else None
        return [key] if key and self.res.kind(key) == "Organization" else []

    def _whose(self, t: int, a: int) -> str | None:
        """"Ukraine, whose forces have been fighting", "Mali, dessen Armee ...": the
        actor the possessive relative hangs on."""
        view = self.view
        whose = view.lex.word_set("relative_possessive")
        j = t - 1
        while j > a and t - j <= 2 and view.is_lower_word(j) and view.lows[j] not in whose:
            j -= 1  # "whose own forces"
        if j - 1 <= a or view.lows[j] not in whose or view.texts[j - 1] != ",":
            return None
        return self.rel.actor_key(self.rel.ends.get(j - 1), institutions_as_state=True)

    def _country_subject(self, k: int, t: int, end: int) -> str | None:
        """"das Land" / "the country" as the subject of the verb after the force (or of the
        verb before it): the state the text has been about."""
        view = self.view
        lo, hi = clause_bounds(view, t, k)
        # "Berichten zufolge schickt der Stadtstaat Truppen": the subject after the verb
        before = range(max(lo + 2, t - 8), t)
        for i in [*range(end + 1, min(hi, end + 4)), *before]:
            if view.has(i, "country_anaphor") and view.lows[i - 1] in _DEFINITE and \
                    (i - 2 >= end or i in before and view.is_lower_word(i - 2)) and \
                    not view.has(i - 2, "preposition") and \
                    view.phrase(i - 2, "locprep") is None and (
                        not view.is_cap(i + 1) or i + 1 == t):
                return self.res.salient_state(i, actor=True)
        return None

    def _pronoun_after(self, k: int, a: int, end: int, b: int) -> str | None:
        """The actor opening sentence ``k`` when a subject pronoun follows the force word
        after a comma ("with about 870 troops, it is ...")."""
        view = self.view
        if not (end + 1 < b and view.texts[end] == "," and view.lows[end + 1]
                in view.lex.word_set("state_pronoun")):
            return None
        first = next((m for m in self.res.by_sentence.get(k, []) if not m.partial), None)
        if first is None or any(view.lows[i] not in _ARTICLES for i in range(a, first.tok)):
            return None
        key = self.rel.actor_key(first, institutions_as_state=True)
        return key if key and self.res.kind(key) == "State" else None

    def _states_after(self, end: int, b: int) -> list[str]:
        """"Militärstützpunkte der USA, Frankreichs und Japans", "bases of the United
        States and France": the states named by name in the genitive after the force."""
        view = self.view
        if end >= b or view.lows[end] not in ("der", "des", "of"):
            return []
        j = end + 1 if view.lows[end] == "of" else end
        m = self.rel.mention_after(j, b, max_skip=1)
        if m is None or m.form not in ("name", "alias", "inflected") or \
                self.res.kind(m.key) != "State":
            return []
        return [key for key in self.rel.coordinated_actors(m.tok, b)
                if self.res.kind(key) == "State"]

    def _subject(self, k: int, a: int, t: int, support: str | None, *,
                 clause_only: bool = False) -> list[str]:
        """The acting states or organizations of the clause before ``t`` (coordinated
        subjects give several), skipping places named after a locational word."""
        view = self.view
        lo, _hi = clause_bounds(view, t, k)
        if not any(lo <= m.tok < t for m in self.res.by_sentence.get(k, [])
                   if self.rel.actor_key(m) and not self._locational(m)
                   and not self._requester(m, lo)):
            if clause_only:
                return []
            lo = a
        adjunct = self.adjuncts.get(t)
        # a relative clause before the force says nothing of its subject, unless the force
        # stands in it ("Katar, in dem die USA ihre größte Militärbasis unterhalten")
        relative = self.view.relative_clauses(lo, t)
        if t in self.view.relative_clauses(lo, t + 1):
            relative = set()
        sources = self._sources(k) | relative
        cands = [m for m in self.res.by_sentence.get(k, []) if lo <= m.tok < t
                 and not m.partial and self.rel.actor_key(m) and not self._locational(m)
                 and self.rel.actor_key(m) != support and m is not adjunct
                 and not self._regions_of(m, lo)  # "die Gebiete Abchasien und Südossetien"
                 and not (m.form == "demonym_adj" and self._region_word_after(m.tok_end))
                 and m.tok not in sources and not self._requester(m, lo)
                 # "Die vom Iran unterstützte Miliz": a name in an attribute is no subject
                 and not (m.tok_end < t and view.lows[m.tok_end] in self.rel.backing)
                 # "under U.S. sanctions ... when troops poured in": whose sanctions
                 and not (m.tok_end < t and view.has(m.tok_end, "sanction"))]
        # "the coalition fighting the Islamic State group is to end its mission": the
        # enemy a clause names is not its subject
        cands = [m for m in cands if not self._opposed(m, lo)] or cands
        # "Poland shut its border crossings with Belarus and moved 40,000 troops": not
        # the object of a preposition, when the clause has another actor
        free = [m for m in cands if not self._prep_object(m, lo)]
        # "where the borders of Jordan, Syria and Iraq meet": states that name a border
        # own no force
        cands = [m for m in free or cands if not self.rel.border_of(m, lo)]
        # "The United States, Poland's most important ally, has ...": the genitive in an
        # apposition describes the subject, it does not act with it
        apposed = [m for m in cands if view.after_genitive(m) is not None and m.tok > 1 and (
            view.texts[m.tok - 1] == "," or view.texts[m.tok - 2] == ","
            and view.lows[m.tok - 1] in _ARTICLES)]  # "The UAE, the coalition's member,"
        cands = [m for m in cands if m not in apposed] or cands
        # "Britain has led NATO's battlegroup ... and had 900 soldiers": a genitive owns an
        # object, it is no subject
        cands = [m for m in cands if view.after_genitive(m) is None
                 or view.after_genitive(m) == t] or cands
        if not cands:
            return self._person_subject(k, lo, t, sources)
        first = cands[-1]
        if len(cands) > 1 and joinable(first) and first.tok_end <= t and \
                view.phrase(first.tok_end, "force") is not None and \
                self.res.kind(cands[-2].key) == "State" and cands[-2].form != "demonym_adj":
            # "France leads a NATO battlegroup of about 1,500 troops": the alliance names
            # the formation, the state before the verb sends the troops
            first = cands[-2]
        # walk back to the start of a coordination ("the United States and Britain"), also
        # over a comma that ended the clause ("Fiji, Papua New Guinea and New Zealand")
        earlier = [m for m in self.res.by_sentence.get(k, []) if m.tok < lo
                   and not m.partial and self.rel.actor_key(m) and not self._locational(m)
                   and not self.rel.border_of(m, lo) and m.tok not in sources]
        for m in reversed(earlier + cands[:-1]):
            between = range(m.tok_end, first.tok)
            if len(between) <= 2 and all(view.texts[i] == "," or view.has(i, "coord")
                                          for i in between) or len(between) <= 3 and all(
                    view.texts[i] == "," or view.has(i, "coord") or view.lows[i] in _ARTICLES
                    for i in between) and any(view.has(i, "coord") for i in between):
                first = m
            else:
                break
        keys = self.rel.coordinated_actors(first.tok, t)
        keys = [x for x in keys if x not in {m.key for m in apposed}] or keys
        return keys or [k2 for k2 in [self.rel.actor_key(cands[-1])] if k2]

    def _beyond(self, m: Mention, a: int) -> bool:
        """``m`` marks a line others stand beyond ("north of the Litani", "hinter den
        Litani")."""
        view = self.view
        j = self._word_before(m, a)
        return j > a and (view.lows[j] in view.lex.word_set("beyond_prep") or view.has(
            j, "of_prep") and view.lows[j - 1] in view.lex.word_set("compass_word"))

    def _coordinated_demonyms(self, m: Mention, a: int) -> list[str]:
        """The states of demonyms coordinated before demonym ``m`` ("Irish and Polish
        soldiers", "amerikanische, britische und französische Truppen"), in text order."""
        view = self.view
        out: list[str] = []
        chain: set[int] = set()
        j = m.tok - 1
        while m.form == "demonym_adj" and j > a and (view.has(j, "coord")
                                                     or view.texts[j] == ","):
            prev = self.rel.ends.get(j)
            if prev is None or prev.form not in ("demonym_adj", "abbrev") or prev.partial or \
                    self.res.kind(prev.key) != "State":  # (also "US, British and French")
                break
            key = self.rel.actor_key(prev, institutions_as_state=True)
            if key and key not in out:
                out.insert(0, key)
            chain.add(prev.tok)
            m, j = prev, prev.tok - 1
        # "Serbian and Hungarian soldiers ... in northern Serbia": a state the sentence also
        # names as a place is the host, at home there
        named = {x.key for x in self.res.by_sentence.get(self.view.sent_of[m.tok], [])
                 if x.form != "demonym_adj" and x.tok not in chain}
        return [x for x in out if x not in named]

    def _opposed(self, m: Mention, lo: int) -> bool:
        """``m`` is what the clause fights ("fighting the Islamic State group", "gegen die
        Miliz"): right after a war word or "against" (over an article)."""
        view = self.view
        j = self._word_before(m, lo)
        return j >= lo and (view.lows[j] in self.rel.against
                            or view.has(j, "conflict") and not view.is_cap(j))

    def _requester(self, m: Mention, lo: int) -> bool:
        """``m`` asked for the troops ("auf Bitten der zentralafrikanischen Regierung", "at
        the request of the government"): the host, not the sender."""
        return self.rel.introduced_by(m, lo, "request_of", adjectives=True)

    def _person_subject(self, k: int, lo: int, t: int, sources: set[int]) -> list[str]:
        """"Die Regierung von Premierminister X hatte ... verlegt": a person in office as
        the subject acts for the state the text says he serves."""
        view = self.view
        persons = [m for m in self.res.by_sentence.get(k, []) if lo <= m.tok < t
                   and not m.partial and m.key and self.res.kind(m.key) == "Person"
                   and m.tok not in sources
                   # "laut Verteidigungsminister X": a source, not the subject
                   and not any(view.has(i, "attrib_pre") or view.has(i, "attrib_post")
                               for i in range(max(lo, m.tok - 4), m.tok_end + 2))]
        state = self.office.get(persons[0].key or "") if persons else None
        if state is None and not persons:
            state = self._anaphor_subject(lo, t)
        return [state] if state else []

    def _anaphor_subject(self, lo: int, t: int) -> str | None:
        """"Das Königreich hat 10.000 Soldaten ... verlegt", "The country has sent": the
        state the text dwells on, when the clause opens with that anaphor."""
        view = self.view
        j = lo
        while j < t and not view.texts[j][:1].isalnum():
            j += 1
        if j + 1 < t and view.lows[j] in _DEFINITE and not view.has(j + 1, "country_anaphor"):
            # "Die vom Iran unterstützte Miliz soll Tausende Kämpfer ... geschickt haben":
            # the armed group named last (over an attribute before the noun)
            noun = next((x for x in range(j + 1, min(t, j + 6))
                         if view.lows[x] in view.lex.word_set("group_anaphor")), None)
            group = self.rel._group_antecedent(noun, view.sent_of[j]) \
                if noun is not None and all(not view.is_cap(x) or x in self.rel.starts
                                            or view.lows[x] in self.rel.attributive
                                            for x in range(j + 1, noun)) else None
            return group.key if group is not None else None
        if j + 1 >= t or view.lows[j] not in _DEFINITE or not view.has(j + 1, "country_anaphor"):
            return None
        if j + 2 < t and view.lows[j + 2] in ("of", "von"):
            return None  # "the state of emergency"
        return self.res.salient_state(j, actor=True,
                                      monarchy=view.has(j + 1, "monarchy_anaphor"))

    def _prep_object(self, m: Mention, lo: int) -> bool:
        """Whether ``m`` is the object of "with"/"of"/"against" (not "together with": a
        partner)."""
        view = self.view
        j = m.tok - 1
        while j > lo and view.lows[j] in _ARTICLES:
            j -= 1
        if j > lo and (view.has(j, "coord") or view.texts[j] == ","):
            # "the regions of Abkhazia and South Ossetia": the second object as well
            prev = self.rel.ends.get(j)
            return prev is not None and self._prep_object(prev, lo)
        if j < lo or not (view.has(j, "object_prep") or view.has(j, "with")):
            return False
        return not (j > lo and (view.phrase(j - 1, "with") or (j, ""))[0] > j)

    def _sources(self, k: int) -> set[int]:
        """Tokens of the sources a sentence credits ("laut dem britischen Ministerium",
        "according to the Pentagon", "X zufolge"): they report, they do not deploy."""
        view = self.view
        cached = self._source_cache.get(k)
        if cached is not None:
            return cached
        a, b = view.sents[k]
        out: set[int] = set()
        for i in view.positions(k, "attrib_pre"):
            hit = view.phrase(i, "attrib_pre")
            if hit is not None:
                m = self.rel.mention_after(hit[0], b, max_skip=2)
                # "laut dem britischen Ministerium", not "laut Einsatzführungskommando 28
                # deutsche Soldaten": only articles and adjectives before the source
                if m is not None and all(view.lows[j] in _ARTICLES or view.is_lower_word(j)
                                         for j in range(hit[0], m.tok)):
                    out.update(range(m.tok, m.tok_end))
        for i in view.positions(k, "say_verb"):
            lo, _hi = clause_bounds(view, i, k)
            if lo < i and view.has(lo, "source_clause_intro"):
                # "Wie das japanische Verteidigungsministerium mitteilte, ...", "as the
                # ministry said,": the clause names who reports
                for m in self.res.by_sentence.get(k, []):
                    if lo < m.tok < i:
                        out.update(range(m.tok, m.tok_end))
        if view.lex.lang != "en":
            for i in view.positions(k, "attrib_post"):
                m = self.rel.mention_before(i, a, skip_adjectives=1)
                if m is not None:
                    out.update(range(m.tok, m.tok_end))
        self._source_cache[k] = out
        return out

    def _locational(self, m: Mention) -> bool:
        """After a locational word, or coordinated with a mention that is ("in Südkorea
        und den USA")."""
        view = self.view
        j = m.tok - 1
        while j >= 0 and view.lows[j] in _ARTICLES:
            j -= 1
        if j >= 0 and (view.has(j, "coord") or view.texts[j] == ","):
            prev = self.rel.ends.get(j)
            if prev is not None and prev is not m and self._locational(prev):
                return True
        j = m.tok - 1
        articles = 0
        while j >= 0 and (view.lows[j] in _ARTICLES or view.has(j, "direction")):
            articles += view.lows[j] in _ARTICLES
            j -= 1
        if j < 0 or articles >= 2:
            return False  # "Katar, in dem die USA ...": a relative pronoun, then the subject
        hit = view.phrase_ending(j + 1, "locprep")
        # "according to Ukraine's general staff": a source, not a place
        return hit is not None and view.phrase_ending(j + 1, "attrib_pre") is None

    def _recent(self, k: int, *, with_location: bool = False) -> Draft | None:
        for d in reversed(self.drafts):
            if k - d.k > PENDING_WINDOW:
                return None
            if d.actors and (d.locations or not with_location):
                return d
        return None

    # ------------------------------------------------------------------ where, for whom

    def locations(self, k: int, a: int, b: int, t: int, actors: list[str],
                  sentence: tuple[int, int] | None = None) -> list[str]:
        """Places between tokens ``a`` and ``b`` of sentence ``k`` and states after a
        locational word or before a territory word; "im Land" / "the country" is the state
        last named (other than the actor)."""
        view = self.view
        sa, sb = sentence or view.sents[k]
        out: list[str] = []
        for m in self.res.by_sentence.get(k, []):
            if m.key is None or m.key in actors or not a <= m.tok < b:
                continue
            kind = self.res.kind(m.key)
            if self._support_target(m, sa) or self._dateline(m, sa, sb) or \
                    self._said_where(m, k, t) or self._source_place(m, sa) or self._seat(m) or \
                    m.form == "demonym_adj" and m.tok in self._sources(k):
                continue  # "according to Iranian officials": who says it, not where
            prep = self._prep_before(m)
            if prep is not None and view.has(prep, "origin_prep") and not self._withdrawn(
                    *clause_bounds(view, t, k)):
                continue  # "Soldaten aus Nordkorea" come from there; withdrawn ones were there
            if prep is not None and any(view.has(j, "origin_prep") and not any(
                    x in self.rel.starts for x in range(j + 1, prep)) and any(
                    view.has(x, "base_word") for x in range(j + 1, prep))
                    for j in range(max(sa, prep - 3), prep)) and \
                    not self._withdrawn(*clause_bounds(view, t, k)):
                continue  # "sent from their base in Germany": where they come from
            where = view.phrase(prep, "locprep") if prep is not None else None
            if where is None and self._left(m, a):
                where = (m.tok, "in")  # "Indiens Soldaten verlassen die Malediven"
            if where is None and prep is None and self._left_from(m, sa, sb) and \
                    self._withdrawn(*clause_bounds(view, t, k)):
                where = (m.tok, "in")  # "von der Basis Al-Anad abgezogen": they were there
            if where is not None and prep is not None and prep > sa and (view.has(
                    prep - 1, "not_destination") or view.has(prep - 1, "conflict")
                    and view.has(prep, "attack_target_prep")):
                where = None  # "poses a threat to Russia", "der Angriff auf die Ukraine"
            if m.form == "demonym_adj" and m.tok_end < b and (
                    view.has(m.tok_end, "conflict")
                    or view.lows[m.tok_end] in view.lex.word_set("embassy_noun")):
                # "nach dem russischen Angriff": whose attack, not where; "in mexikanischer
                # Vertretung": an embassy stands in another state
                continue
            if kind == "Place" and not m.partial:
                if m.tok in self.inside and self.res.kind(self.inside[m.tok].key) != "Place":
                    continue
                if self._beyond(m, sa) and (self._withdrawn(*clause_bounds(view, t, k)) or any(
                        view.lows[x] in view.lex.word_set("back_particle") for x in range(a, b))):
                    continue  # "pull its fighters back north of the Litani": away from it
                if where is not None:
                    out.append(m.key)
            elif kind == "State" and not m.partial:
                if self._inhabitants(m):
                    continue  # "in den serbisch bewohnten Norden des Landes": who lives there
                line = view.border_word(m.tok_end) if m.tok_end < b else None
                if line is not None and not line[1] and \
                        any(self.res.kind(x) == "State" for x in actors):
                    continue  # "India sends troops to the Myanmar border": its own side
                territory = m.tok_end < b and view.has(m.tok_end, "territory") and not (
                    where is not None and where[1] == "near")  # "closer to the Russian border"
                # "an Russland" is a recipient, "in Russland" a place; "near Russia's
                # border" is outside it
                if where is not None and where[1] not in ("at", "near") or territory:
                    out.append(m.key)
        pairs = [x for x in view.positions(k, "pair_anaphor") if a <= x < b and x > sa
                 and view.phrase_ending(x, "locprep") is not None]
        if not out and pairs:
            # "Russland unterhält in beiden Ländern Militärstützpunkte": the two named last
            out.extend(self._last_two(k, pairs[0], actors))
        anaphors = [x for x in view.positions(k, "place_anaphor") if a <= x < b
                    and (view.lows[x] not in self.area_nouns or self._definite_area(x, a, b))
                    and not self._named_area(x, b)
                    # ("„Wir bleiben hier“": the speaker's here, not the story's)
                    and not self._in_quote(sa, x)]
        if not out and anaphors:
            prior = self._recent(k, with_location=True)
            if prior is not None and actors and set(prior.actors) == set(actors):
                out.extend(prior.locations)  # "The Dutch contingent ... in the area"
            else:
                last = self._last_place(k, actors, anaphors[0])
                if last:
                    out.append(last)
                elif prior is not None and prior.k < k:
                    # "Rund 200 US-Soldaten arbeiten hier ... Inzwischen sind auch
                    # Verbindungsoffiziere aus 20 Staaten vor Ort": where the force just
                    # reported stands, when no place is nearer
                    out.extend(prior.locations)
        if not out:
            # "150 US personnel are stationed at the base": the base named last
            bases = [x for x in view.positions(k, "base_anaphor") if a <= x < b]
            base = self._last_base(k, bases[0]) if bases else None
            if base is not None:
                out.append(base)
        if not out:
            capital = self._capital_anaphor(k, a, b, actors)
            if capital:
                out.append(capital)
        if not out:
            part = self._country_part(k, a, b, actors)
            if part:
                out.append(part)
        if not out:
            beside = self._forces_beside(k, a, b, actors)
            if beside:
                out.append(beside)
        for i in view.positions(k, "country_anaphor"):
            # "in the country", "im Land", "in the Nordic country", "in dem westafrikanischen
            # Land": a locational word, an article and up to two adjectives
            if i + 2 < b and view.lows[i + 1] in ("of", "von") and view.is_cap(i + 2):
                continue  # "the border states of Zulia and Táchira": named, no anaphor
            j = i - 1
            while j > a and i - j <= 2 and view.texts[j].isalpha() and not (
                    view.lows[j] in _ARTICLES or view.lows[j] == "im") and j not in self.rel.ends:
                j -= 1
            if a < i < b and j >= a and (view.lows[j] in _ARTICLES or view.lows[j] in ("im", "in")):
                prep = j if view.lows[j] in ("im",) else j - 1
                if prep > a and view.phrase(prep, "locprep") is None and (
                        view.has(prep, "direction") or view.lows[prep] == "of"):
                    # "in den serbisch bewohnten Norden des Landes", "in the north of the
                    # country": a part of the country
                    q = prep
                    while q > a and prep - q < 5 and view.phrase(q, "locprep") is None:
                        q -= 1
                    if any(view.has(x, "direction") for x in range(q, prep + 1)):
                        prep = q
                if prep >= a and view.phrase(prep, "locprep") is not None:
                    # "Deutschland baut im Land eine Brigade auf": not the state that acts
                    lo_clause = clause_bounds(view, i, k)[0]
                    acting = actors + [m.key for m in self.res.by_sentence.get(k, [])
                                       if m.key and lo_clause <= m.tok < i and not m.partial
                                       and m.form != "demonym_adj"
                                       and self.res.kind(m.key) == "State"
                                       and not self._locational(m)]
                    if view.has(i, "monarchy_anaphor"):
                        # "in the kingdom": the kingdom the text has dwelt on, no republic
                        state = self.res.salient_state(i, exclude=acting, monarchy=True)
                    else:
                        state = self._state_named_as_place(k, i, acting) or \
                            self._apposed_state(k, i, acting) or self._recent_host(k, acting) \
                            or self._host_demonym(k, acting) or \
                            self.res.salient_state(i, exclude=acting)
                    if state and state not in acting:
                        out.append(state)
        return list(dict.fromkeys(out))

    def _said_where(self, m: Mention, k: int, t: int) -> bool:
        """``m`` is where someone spoke: "Wie das Bündnis in Brüssel mitteilte, ...", "as
        the ministry said in Ankara"; not where the force ``t`` "is reported in"."""
        view = self.view
        lo, hi = clause_bounds(view, m.tok, k)
        if view.lows[lo] in ("wie", "as") and any(view.has(i, "say_verb") for i in range(lo, hi)):
            return True
        prep = self._prep_before(m)
        if prep is not None and prep > lo and view.has(prep - 1, "say_verb"):
            # "the ministry said in Ankara that ...", but "11,000 soldiers are reported in
            # Kursk": the force itself is what is reported there
            end = (view.phrase(t, "force") or view.phrase(t, "deploy_noun") or (t + 1,))[0]
            return not (end < prep - 1 and all(
                view.lows[j] in self.rel.auxiliaries for j in range(end, prep - 1)))
        # "... in Brüssel mitteilte"
        return m.tok_end < hi and view.has(m.tok_end, "say_verb")

    def _seat(self, m: Mention) -> bool:
        """``m`` is where a government sits: "die Regierung in Stockholm beschloss",
        "the government in Kyiv"."""
        view = self.view
        j = m.tok - 1
        return m.form in ("capital", "seat") and j > 0 and view.lows[j] in ("in", "im") \
            and view.has(j - 1, "gov")

    def _source_place(self, m: Mention, a: int) -> bool:
        """``m`` is where the source of a report sits: "laut dem Verteidigungsministerium in
        Kopenhagen", "according to officials in Kyiv"."""
        view = self.view
        prep = self._prep_before(m)
        if prep is None or view.lows[prep] not in ("in", "im"):
            return False
        for j in range(prep - 1, max(a - 1, prep - 6), -1):
            if view.texts[j] in (",", ";", ":") or view.lows[j] in self.rel.auxiliaries or \
                    view.has(j, "deploy") or view.phrase(j, "force") is not None:
                # "Laut Berichten sind in Syrien ...", "laut Kommando 28 deutsche Soldaten in
                # Bosnien": the clause goes on
                return False
            ended = self.rel.ends.get(j + 1)
            if ended is not None and ended.key and self.res.kind(ended.key) == "State":
                return False  # "laut Seoul in Kursk": a state reports, it sits nowhere
            hit = view.phrase(j, "attrib_pre")
            if hit is not None:
                return hit[0] < prep
        return False

    def _body_state(self, key: str | None) -> str | None:
        """The state whose armed forces or institution ``key`` is, as the text names it."""
        if key is None:
            return None
        if key in self.state_body:
            return self.state_body[key]
        if key not in self._body_states:  # (once per key: drafts ask often)
            self._body_states[key] = next(
                (self.res.state_key(m) for m in self.res.mentions
                 if m.key == key and m.state and m.org_class in _REPORTING_BODIES), None)
        return self._body_states[key]

    def _country_part(self, k: int, a: int, b: int, actors: list[str]) -> str | None:
        """"deployed in the south", "im Norden stationiert": a part of the country the text
        is about, when no name follows ("im Norden Malis" names its own)."""
        view = self.view
        for i in range(a + 1, b):
            if not view.has(i, "direction") or view.is_lower_word(i) and view.lex.lang == "de":
                continue
            if view.phrase(i, "border_noun") is not None:
                continue  # "in das Grenzgebiet": a border, whose the actor's is (_border_state)
            prev = i - 1
            if view.lows[prev] in _ARTICLES:
                prev -= 1
            prep = view.phrase(prev, "locprep") if prev >= a else None
            if prep is None or prep[1] != "in":
                continue
            named = self.rel.ends.get(prev)
            if named is not None and self.res.kind(named.key) == "Place":
                # "in control of most of Rafah in the south": the part of the place just
                # named, not of the country the text is about
                return named.key if named.key not in actors else None
            nxt = i + 1
            while nxt + 1 < b and (view.has(nxt, "coord") or view.texts[nxt] == "-") and (
                    view.has(nxt + 1, "direction")):
                nxt += 2  # "in the west and north-west of Russia"
            if nxt < b and (view.lows[nxt] in ("of", "des", "der") or self.rel.starts.get(nxt)
                            or view.is_cap(nxt) and view.lex.lang == "de"):
                continue  # "im Norden Malis", "in the north of the country"
            state = self._recent_host(k, actors) or self.res.salient_state(i, exclude=actors)
            if state and state not in actors:
                return state
        return None

    def _inhabitants(self, m: Mention) -> bool:
        """A demonym saying who lives somewhere ("serbisch bewohnt", "Serb-populated")."""
        return m.form == "demonym_adj" and self.view.has(m.tok_end, "inhabited_by")

    def _withdrawn(self, a: int, b: int) -> bool:
        """Tokens ``a``..``b`` say forces were pulled out ("aus Niger abgezogen", "withdrew
        from Mali"): the place they left is where they had been stationed."""
        view = self.view
        return any(view.phrase(i, "withdraw") is not None
                   or view.phrase(i, "leave_verb") is not None for i in range(a, b))

    def _word_before(self, m: Mention, a: int) -> int:
        """The token before mention ``m`` over its articles (down to ``a``)."""
        j = m.tok - 1
        while j > a and self.view.lows[j] in _ARTICLES:
            j -= 1
        return j

    def _left(self, m: Mention, a: int) -> bool:
        """Mention ``m`` is the object of a verb of leaving ("verlassen die Malediven",
        "left Niger", "haben die Malediven verlassen")."""
        view = self.view
        j = self._word_before(m, a)
        after = m.tok_end < len(view.texts) and view.has(m.tok_end, "leave_verb")
        if j > a and view.has(j, "leave_verb") and view.phrase(j - 1, "relative_pronoun"):
            return False  # "The group, which left Portsmouth in April, ...": its port of origin
        return after or j >= a and view.has(j, "leave_verb")

    def _left_from(self, m: Mention, a: int, b: int) -> bool:
        """Mention ``m`` follows the word of a withdrawal's origin ("von der Basis X"),
        not as the leader of a force ("des von Moskau geführten Bündnisses")."""
        view = self.view
        j = self._word_before(m, a)
        led = m.tok_end < b and view.lows[m.tok_end] in self.rel.led_participles
        return j >= a and view.has(j, "withdraw_from") and not led

    def _state_named_as_place(self, k: int, i: int, actors: list[str]) -> str | None:
        """The state last put after a locational word, in this sentence before token ``i``
        or in the one before ("Nor is Russia alone in CAR. The UN has ... in the country")."""
        for kk in (k, k - 1):
            if kk < 0:
                break
            for m in reversed(self.res.by_sentence.get(kk, [])):
                if (kk == k and m.tok >= i) or m.partial or m.key in actors:
                    continue
                if self.res.kind(m.key) == "State" and self._prep_before(m) is not None \
                        and not self._inhabitants(m):
                    return m.key
        return None

    def _apposed_state(self, k: int, i: int, actors: list[str]) -> str | None:
        """A state's genitive in an apposition to the subject: "The United States, Poland's
        most important ally, has 10,000 troops in the country"."""
        view = self.view
        a = view.sents[k][0]
        for m in self.res.by_sentence.get(k, []):
            if not (a < m.tok < i) or m.partial or m.key in actors or \
                    self.res.kind(m.key) != "State" or view.after_genitive(m) is None:
                continue
            if view.texts[m.tok - 1] == "," and self.rel.ends.get(m.tok - 1) is not None and \
                    self.rel.ends[m.tok - 1].key in actors:
                return m.key
        return None

    def _forces_beside(self, k: int, a: int, b: int, actors: list[str]) -> str | None:
        """"sent 40 soldiers to work alongside Belgian forces": troops with no place named
        serve where the host's forces they join are."""
        view = self.view
        for i in view.positions(k, "beside_forces"):
            hit = view.phrase(i, "beside_forces")
            j = hit[0] if hit is not None else i + 1
            if not a <= i < b or j >= b:
                continue
            if view.lows[j] in _ARTICLES:
                j += 1
            m = self.rel.starts.get(j)
            if m is not None and m.key not in actors and self._demonym_forces(m):
                return m.key
        return None

    def _demonym_forces(self, m: Mention) -> bool:
        """``m`` is a state's demonym before a force word ("Belgian forces", "Afghan
        troops")."""
        view = self.view
        return m.form == "demonym_adj" and bool(m.key) and self.res.kind(m.key) == "State" \
            and m.tok_end < len(view.texts) and (view.phrase(m.tok_end, "force") is not None
                                                 or view.has(m.tok_end, "armed_forces"))

    def _host_demonym(self, k: int, actors: list[str]) -> str | None:
        """The one other state whose forces a sentence names by a demonym ("The mission,
        which trains Afghan forces, has 16,000 personnel in the country"): whose country it
        is; not "the killing of an Iranian general"."""
        view = self.view
        states = {m.key for m in self.res.by_sentence.get(k, []) if m.key not in actors
                  and self._demonym_forces(m)
                  and not any(view.texts[j][:1].isdigit() for j in range(max(0, m.tok - 3),
                                                                         m.tok))}
        return states.pop() if len(states) == 1 else None  # not "1,300 German soldiers"

    def _recent_host(self, k: int, actors: list[str]) -> str | None:
        """The state where the last deployment before sentence ``k`` stood ("Chinese police
        ... in Honiara. Some Australian personnel remain in the country")."""
        for d in reversed(self.drafts):
            if d.k >= k:
                continue
            if k - d.k > PENDING_WINDOW:
                break  # (twice as far was measured: it carried wrong places further)
            for loc in d.locations:
                state = self._state_of(loc)
                if state and state not in actors and state not in d.actors:
                    return state
        return None

    def _capital_anaphor(self, k: int, a: int, b: int, actors: list[str]) -> str | None:
        """"sent police to the capital": the capital named last before, else the state the
        text dwells on (a bare "the capital" names no city of its own)."""
        view = self.view
        end = view.sents[k][1]
        for i in view.positions(k, "capital_word"):
            if not (a < i < b and view.lows[i - 1] in _ARTICLES) or (
                    i + 1 < end and (view.texts[i + 1] == "," or i + 1 in self.rel.starts)):
                continue  # "the capital, Honiara": the name is there
            prep = view.phrase(i - 2, "locprep")
            if prep is None or prep[1] == "near":
                continue  # "südöstlich der Hauptstadt": where a base lies, not the place
            gaz = load_gazetteer()
            for m in reversed(self.res.mentions):
                if m.tok >= i:
                    continue
                entry = gaz.entries.get(m.entry) if m.entry else None
                if entry is not None and entry.capital_of and self.res.kind(m.key) == "Place" \
                        and self.res.entry_keys.get(entry.capital_of) not in actors:
                    return m.key  # not the force's own capital
            state = self.res.salient_state(i, exclude=actors)
            if state and state not in actors:
                return state
        return None

    def _fronted_place(self, k: int, a: int, t: int, actors: list[str]) -> list[str]:
        """"In neighbouring Solomon Islands, a team of Chinese police officers ...": the
        place a locational phrase opening the sentence sets the scene in."""
        view = self.view
        hit = view.phrase(a, "locprep")
        if hit is None or hit[1] not in ("in", "at"):
            return []
        j = hit[0]
        while j < t and (view.lows[j] in _ARTICLES or view.is_lower_word(j)) and j - a < 4:
            j += 1
        m = self.rel.starts.get(j)
        if m is None or m.partial or m.key in actors or m.tok_end >= t or \
                view.texts[m.tok_end] != "," or self.res.kind(m.key) not in ("Place", "State"):
            return []
        return [m.key] if m.key else []

    def _named_area(self, x: int, b: int) -> bool:
        """"the area of Jenin", "the area around Kherson": an area word a name follows
        points nowhere back."""
        view = self.view
        end = (view.phrase(x, "place_anaphor") or (x + 1, ""))[0]
        j = end + 1 if end < b and (view.lows[end] in ("of", "des", "der", "um")
                                    or view.phrase(end, "locprep") is not None) else end
        return j > end and j < b and (j in self.rel.starts or view.lows[j] in _ARTICLES
                                      and j + 1 in self.rel.starts)

    def _definite_area(self, x: int, a: int, b: int) -> bool:
        """"in dem etwa 10.000 Quadratkilometer großen Gebiet": an area noun after a definite
        article points back; "auf seinem Gebiet", "dem Gebiet südlich des Litani" do not."""
        view = self.view
        if x + 1 < b and (view.lows[x + 1] in _ARTICLES or view.has(x + 1, "direction")
                          or view.is_cap(x + 1) or view.phrase(x + 1, "locprep") is not None):
            return False
        j = x - 1
        while j > a and x - j <= 6 and not view.has(j, "def_article"):
            if view.has(j, "possessive") or j + 1 in self.rel.ends or \
                    not view.texts[j][:1].isalnum():
                return False
            j -= 1
        return j >= a and view.has(j, "def_article")

    def _last_base(self, k: int, anaphor: int) -> str | None:
        """The place named last (in this or the seven sentences before, a paragraph's
        reach) whose name holds a base word ("Pituffik Space Base", "Militärbasis Gjumri")."""
        view = self.view
        for kk in range(k, max(-1, k - 8), -1):
            for m in reversed(self.res.by_sentence.get(kk, [])):
                if kk == k and m.tok >= anaphor or m.partial or self.res.kind(m.key) != "Place":
                    continue
                if any(view.has(t, "base_word") or view.has(t, "base_noun")
                       for t in range(m.tok, m.tok_end)):
                    return m.key
        return None

    def _in_quote(self, a: int, t: int) -> bool:
        """Token ``t`` stands inside a quotation opened after token ``a`` (its sentence's
        start): an odd number of quote marks lies between."""
        return sum(self.view.texts[i] in _QUOTE_MARKS for i in range(a, t)) % 2 == 1

    def _last_place(self, k: int, actors: list[str], anaphor: int) -> str | None:
        """"dort", "there": the place named earlier in the sentence ("Frankreich, das den
        Verband in Cincu führt, hat dort ..."), else the one the previous sentence put
        something in; "the town", "die Stadt": the town or city named last."""
        view = self.view
        town = any(view.lows[t] in view.lex.word_set("town_noun")
                   for t in range(anaphor, min(anaphor + 2, len(view.lows))))
        for kk in (k, k - 1, k - 2):
            if kk < 0:
                break
            a, b = self.view.sents[kk]
            # "Auf den Inseln X und Y, die vor der chinesischen Küste liegen, ...: Dort":
            # not a place the relative clause names
            aside = {t for t in self.view.relative_clauses(a, anaphor if kk == k else b)
                     if self._about_place(t)}
            for m in reversed(self.res.by_sentence.get(kk, [])):
                if kk == k and m.tok >= anaphor or m.tok in aside:
                    continue
                if self._in_quote(a, m.tok):
                    continue  # "„... the lifeline to Ukraine“": a quote's place, not the story's
                if any(self.view.has(t, "unit_word") for t in range(max(a, m.tok - 4), m.tok)):
                    continue  # "rund 20 Kilometer vom Gazastreifen entfernt": a distance's
                    # landmark, not where anything is
                kind = self.res.kind(m.key)
                if m.key in actors or m.partial or kind not in ("Place", "State") or \
                        self._dateline(m, a, b):
                    continue
                entry = self._gaz_entry(m.key or "") if town else None
                if town and (kind != "Place" or m.source == "rule:headed-place"
                             or entry is not None and entry.population is None):
                    continue  # "the town": a town or city, not the sea or region beside it
                if kind == "Place" or self._prep_before(m) is not None or \
                        self._regions_of(m, a):
                    return m.key
        return None

    def _last_two(self, k: int, anaphor: int, actors: list[str]) -> list[str]:
        """The two states or places named last before the pair word at ``anaphor`` (in
        its sentence or the five before), not the actors."""
        seen: list[str] = []
        for kk in range(k, k - _PAIR_WINDOW - 1, -1):
            if kk < 0 or self.view.boiler[kk]:
                break
            for m in reversed(self.res.by_sentence.get(kk, [])):
                if kk == k and m.tok >= anaphor or m.partial or not m.key:
                    continue
                key = m.key
                if key in actors or self.res.kind(key) not in ("State", "Place") or \
                        key in self.macro_regions:
                    continue
                if key not in seen:
                    seen.append(key)
                if len(seen) == 2:
                    return seen
        return []

    def _region_word_after(self, i: int) -> bool:
        """Token ``i`` (or the one after an adjective) is a territory or region word ("die
        abtrünnigen georgischen Gebiete"): a demonym before it names whose land, no actor."""
        view = self.view
        for j in (i, i + 1):
            if j >= len(view.texts):
                return False
            if self._region_word(j):
                return True
            if not view.is_lower_word(j):
                return False
        return False

    def _region_word(self, j: int) -> bool:
        """Token ``j`` is a territory or region word, plural too ("Gebiete", "regions")."""
        word = self.view.lows[j]
        return any(self.view.lex.has(w, "territory") or self.view.lex.has(w, "place_head_post")
                   for w in (word, word.rstrip("s"), word.rstrip("e")))

    def _regions_of(self, m: Mention, a: int) -> bool:
        """``m`` is named as a region ("the breakaway regions of Abkhazia and South
        Ossetia"), a place, not an actor."""
        view = self.view
        j = m.tok - 1
        while j > a and (view.has(j, "coord") or view.texts[j] == ","):
            prev = self.rel.ends.get(j)
            if prev is None:
                return False
            j = prev.tok - 1
        if j - 1 >= a and view.lows[j] in ("of", "von"):
            j -= 1  # "the breakaway regions of X", else "die Gebiete X und Y"
        return j >= a and self._region_word(j)

    def _about_place(self, t: int) -> bool:
        """Token ``t`` lies in a relative clause whose antecedent is a place."""
        view = self.view
        comma = t
        while comma > 0 and not (view.texts[comma] == "," and view.has(comma + 1,
                                                                       "relative_pronoun")):
            comma -= 1
        before = self.rel.ends.get(comma)
        return before is not None and self.res.kind(before.key) == "Place"

    def _dateline(self, m: Mention, a: int, b: int) -> bool:
        """"VILNIUS —": where the story was filed, not where anything is."""
        return not m.partial and self.view.dateline(m.tok, m.tok_end)

    def _prep_before(self, m: Mention) -> int | None:
        """The locational word before a mention (over articles, adjectives, directions)."""
        view = self.view
        j = m.tok - 1
        steps = hops = 0
        cur = m  # the list item the walk has reached
        while j >= 0 and steps < 6:
            if view.phrase(j, "locprep") is not None:
                longer = view.phrase_ending(j + 1, "locprep")
                if longer is not None and longer[0] < j:
                    return longer[0]  # "closer to": the phrase, not its "to"
                if j + 1 < m.tok and (view.texts[j + 1][:1].isdigit()
                                      or view.lows[j + 1] in self.number_words) and \
                        m.tok_end < len(view.texts) and view.phrase(m.tok_end, "force"):
                    return None  # "up to 150 US Marines": a count of the force, no place
                if any(view.lows[x] in self.infinitives for x in range(j + 1, m.tok)):
                    return None  # "vows to counter China": a verb's object, no place
                return j
            ending = view.phrase_ending(j + 1, "locprep")
            if ending is not None:
                return ending[0]  # "south of the Litani": a phrase ending here
            low = view.lows[j]
            # (in German only a word with an adjective's ending: not the verb of "auf der
            # Insel beunruhigt die Amerikaner")
            adjective = (view.is_lower_word(j)
                         and low not in self.rel.stop_words and not view.cues(j)
                         and (not self.adjective_endings or low.endswith(self.adjective_endings)))
            # a capitalized adjective inside a place name ("in der Autonomen Region X")
            adjective = adjective or (view.has(j + 1, "place_head_pre") and view.is_cap(j)
                                      and low.endswith(self.adjective_endings))
            if low in ("of", "von") and j > 0 and (view.has(j - 1, "place_head_pre")
                                          or view.has(j - 1, "region_plural")
                                          or view.has(j - 1, "part_noun")):
                j -= 1  # "in the border provinces of Dajabón and Elías Piña", "am Hafen von"
                continue
            head = view.phrase_ending(j + 1, "place_head_pre") if low == "of" else None
            if head is not None and head[0] < j:
                j = head[0] - 1  # "to the US territory of Guam"
                owner = self.rel.ends.get(j + 1)
                if owner is not None and self.res.kind(owner.key) == "State":
                    j = owner.tok - 1
                steps += 1
                continue
            if low in _ARTICLES or view.has(j, "direction") or view.has(j, "place_head_pre") \
                    or view.has(j, "region_plural") or view.has(j, "part_noun") \
                    or low in self.region_modifiers or view.has(j, "possessive") \
                    or adjective or view.has(j, "capital_word") or view.texts[j].isdigit() \
                    or low in self.number_words or (
                        j + 1 == m.tok and view.has(j, "country_noun")):  # "im Nachbarland Mali"
                j -= 1
                steps += 1
                continue
            if view.texts[j] in ("'s", "’s"):
                j -= 1
                continue
            if view.texts[j] == "," and view.has(j - 1, "capital_word"):
                j -= 1  # "in the capital, Honiara"
                continue
            item = self.rel.ends.get(j) if j > 0 and (
                view.texts[j] == "," or view.has(j, "coord")) else None
            if item is not None and item is not m and hops < 4 and self.res.kind(
                    item.key) in ("State", "Place") and (
                        self._list_end(cur, item) if view.has(j, "coord")
                        else self._in_list(cur)):
                # "in Mali, Burkina Faso und der Zentralafrikanischen Republik": the list's
                # locational word
                j, cur = item.tok - 1, item
                hops += 1
                continue
            hit = self.rel.ends.get(j + 1)
            if hit is not None and hit is not m and (
                    hit.form == "demonym_adj" or self.res.kind(hit.key) == "Place"
                    or view.texts[j + 1] in ("'s", "’s")):
                # "in der russischen Region Kursk", "at Bangui's airport", "in Russia's
                # Kursk region"
                j = hit.tok - 1
                steps += 1
                continue
            return None
        return None

    def _list_goes_on(self, k: int, hi: int, b: int) -> int:
        """The end of a clause whose last comma only separates places ("in Mali, Burkina
        Faso und der Zentralafrikanischen Republik"): the list belongs to the clause."""
        view = self.view
        while hi + 1 < b and view.texts[hi] == ",":
            before = self.rel.ends.get(hi)
            m = self.rel.mention_after(hi + 1, b, max_skip=0)
            if m is None or before is None or any(
                    self.res.kind(x.key) not in ("State", "Place") for x in (m, before)) or \
                    self._prep_before(m) is None:
                break
            hi = max(hi + 1, clause_bounds(view, m.tok, k)[1])
        return hi

    def _in_list(self, m: Mention) -> bool:
        """``m`` after a comma is a list item: another comma or "und"/"and" follows it."""
        end = m.tok_end
        return end < len(self.view.texts) and (self.view.texts[end] == ","
                                                or self.view.has(end, "coord"))

    def _list_end(self, m: Mention, item: Mention) -> bool:
        """``m`` closes a list of places after "und"/"and": the list had a comma before
        ("A, B und C") or nothing follows ``m`` in its clause but punctuation or a verb
        (or one lower-case word before the punctuation)."""
        view = self.view
        if item.tok > 0 and view.texts[item.tok - 1] == ",":
            return True
        end = m.tok_end
        if end + 1 < len(view.texts) and view.is_lower_word(end) and \
                view.texts[end + 1] in ".,;:":
            end += 1  # "setzt Soldaten in Donezk und Saporischschja ein.": the clause's
            # last word, a verb or its particle
        elif end + 2 < len(view.texts) and view.has(end, "infinitive_marker") and \
                view.has(end + 1, "deploy") and view.texts[end + 2] in ".,;:":
            end += 1  # "..., Soldaten in die Departements A und B zu verlegen."
        return end >= len(view.texts) or view.texts[end] in ".,;:" or view.has(end, "deploy")

    def _support_target(self, m: Mention, a: int) -> bool:
        view = self.view
        for j in range(max(a, m.tok - 5), m.tok):
            hit = view.phrase(j, "support_marker")
            if hit is not None and hit[0] <= m.tok:
                # "an der Seite der Rebellen im Ostkongo": a place of its own after the side
                return not any(view.phrase(x, "locprep") is not None
                               for x in range(hit[0] + 1, m.tok))
        return False

    def support(self, k: int, a: int, b: int, marker: str = "support_marker") -> str | None:
        """Whom the forces help: "an der Seite russischer Streitkräfte", "to help train
        Australian crews", "in support of NATO" (or what they serve in, by ``marker``)."""
        view = self.view
        for j in range(a, b):
            hit = view.phrase(j, marker)
            if hit is None and marker == "support_marker" and view.lex.lang == "de" and \
                    view.has(j, "support") and not view.is_cap(j):
                hit = (j + 1, "")  # "..., die die Militärregierung in Bamako unterstützen"
            if hit is None:
                continue
            force = view.phrase(hit[0], "force") if hit[0] < b else None
            if force is not None and self._origins_after(force[0], b):
                continue  # "alongside contingents from Belgium": troops beside them
            if view.lex.lang == "de" and not view.is_cap(j):
                # German puts the object before the verb: "um die Regierung in Cotonou ...
                # zu unterstützen"
                key = self._object_before(j, a)
                if key:
                    return key
                if marker == "support_marker" and view.has(j, "support"):
                    continue
            against = self.rel.against
            m = self.rel.mention_after(hit[0], b, max_skip=2)
            if m is not None and any(view.lows[i] in against for i in range(hit[0], m.tok)):
                continue  # "as part of the campaign against IS": the enemy, not the frame
            if m is None:
                for jj in range(hit[0], min(b, hit[0] + 4)):
                    if view.lows[jj] in against:
                        break
                    m = self.rel.starts.get(jj)
                    if m is not None:
                        break
            if m is not None and m.tok_end + 1 < b and view.texts[m.tok_end] in ("'s", "’s"):
                owned = self.rel.starts.get(m.tok_end + 1)
                if owned is not None and self.res.kind(owned.key) == "Organization":
                    m = owned  # "to support Haftar's Libyan National Army": the force owned
            if m is not None and m.form == "demonym_adj" and m.tok_end < b and \
                    view.phrase(m.tok_end, "force") is not None and not any(
                        x.key == m.key and x.form != "demonym_adj" or x.key and self.res.kind(
                            x.key) == "Place" and self._state_of(x.key) == m.key
                        for x in self.res.by_sentence.get(k, [])) and any(
                        x.key and x.form not in ("demonym_adj", "seat") and self._locational(x)
                        for x in self.res.by_sentence.get(k, [])):
                # "gemeinsam mit niederländischen Einheiten in der Slowakei": a force beside
                # them in a place named, not the host's own ("an der Seite malischer Truppen
                # in Mali"; "alongside Armenian troops" at a place not named)
                continue
            key = self.rel.actor_key(m, institutions_as_state=True) or self._led_state(m) \
                if m else None
            if key:
                return key
        return None

    def _led_state(self, m: Mention) -> str | None:
        """"um Präsident Salva Kiir zu stützen", "to prop up President X": the state the text
        says the person leads."""
        if m.key is None or self.res.kind(m.key) != "Person":
            return None
        return self.leaders.get(m.key)

    def _object_before(self, j: int, a: int) -> str | None:
        """The actor a German verb-final clause names before token ``j`` ("um [die Regierung
        in Cotonou] zu unterstützen", ", die [die Militärregierung in Bamako] unterstützen"):
        a government in a city stands for the city's state."""
        view = self.view
        lo = j
        while lo > a and view.texts[lo - 1] not in (",", ";", ":", "–") and \
                view.lows[lo - 1] != "um":
            lo -= 1
        listed = lo > a and view.texts[lo - 1] == "," and self.rel.ends.get(lo - 1) is not None \
            and self.rel.starts.get(lo + 1) is not None  # ", der Elfenbeinküste und ...": a list
        if lo <= a or listed or not (view.lows[lo - 1] == "um"
                                     or view.has(lo, "relative_pronoun")):
            # "Soldaten aus A und B sollen die beninische Regierung dabei unterstützen": a
            # government its demonym names right before the final verb
            for i in range(j - 1, max(a, j - 5), -1):
                m = self.rel.ends.get(i) if view.has(i, "gov") else None
                if m is not None and m.form == "demonym_adj" and \
                        self.res.kind(m.key) == "State":
                    return m.key
            return None
        # ", die dem Afrikakorps angehören und die Militärregierung in Bamako unterstützen":
        # the verb's own conjunct
        coord = max((i for i in range(lo, j) if view.has(i, "coord")), default=None)
        if coord is not None and any(i in self.rel.starts for i in range(coord + 1, j)):
            lo = coord + 1
        for i in range(lo, j):
            m = self.rel.starts.get(i)
            if m is None or m.partial:
                continue
            key = self.rel.actor_key(m, institutions_as_state=True) or self._led_state(m)
            if key:
                return key
            if m.key and self.res.kind(m.key) == "Place" and i >= 2 and \
                    view.lows[i - 1] in ("in", "im") and view.has(i - 2, "gov"):
                return self._state_of(m.key)  # "die Regierung in Cotonou"
        return None

    # ------------------------------------------------------------------ later sentences

    def _partitive(self, k: int, a: int, b: int) -> bool:
        """"Pakistani troops ... Some 1,600 of them are stationed in Saudi Arabia", "Davon
        sind rund 900 in Tapa stationiert": a figure for the force of an earlier sentence."""
        view = self.view
        if not view.positions(k, "deploy"):
            return False
        for i in view.positions(k, "partitive"):
            # the force named last before the figure, in this sentence or one before
            prior = next((d for d in reversed(self.drafts) if d.actors and (
                d.k < k or d.toks[0] < i) and k - d.k <= PENDING_WINDOW), None)
            if prior is None:
                continue
            hit = view.phrase(i, "partitive")
            after = hit[0] if hit is not None else i + 1
            count = count_before(view, i, a) or count_after(view, after, min(b, i + 6))
            if count is None or not count.value or any(
                    d.k == k and d.count is not None and d.count.start == count.start
                    for d in self.drafts):
                continue  # no figure, or one a force word of this sentence already has
            places = self.locations(k, a, b, i, prior.actors, sentence=(a, b))
            if prior.count is None and (not places or not prior.locations
                                        or set(places) & set(prior.locations)):
                prior.count = count
                prior.locations = prior.locations or places
            else:
                self.drafts.append(Draft(
                    actors=list(prior.actors), k=k, toks=(i,), force=prior.force,
                    modal=modality_of(view, self.res, k, (i,)),
                    locations=places or list(prior.locations), count=count,
                    support=prior.support, rule="anaphor"))
            return True
        return False

    def continuation(self, k: int, a: int, b: int) -> None:
        """A sentence without force words that completes a recent deployment: "They will
        be based at ...", "ihre Zahl auf rund 1.000"."""
        view = self.view
        prior = self._recent(k)
        if prior is None:
            return
        for i in view.positions(k, "count_anaphor"):
            count = count_after(view, i + 1, b)
            if count is None or not count.value:
                continue
            if prior.count is None:
                prior.count = count
            else:
                self.drafts.append(self._figure_of(prior, k, i, count,
                                                  modality_of(view, self.res, k, (i,))))
            return
        if self._contributors(k, a, b, prior):
            return
        if not view.positions(k, "deploy"):
            return
        subject_pronoun = view.lows[a] in _SUBJECT_PRONOUNS
        if not subject_pronoun:
            return
        places = self.locations(k, a, b, a, prior.actors, sentence=(a, b))
        if places:
            for d in self.drafts:
                if k - d.k <= PENDING_WINDOW and d.actors == prior.actors and not d.locations:
                    d.locations = places


    def _origin_list(self, k: int, made: int) -> None:
        """"Soldaten aus Österreich, Bulgarien, Rumänien und der Slowakei": a force from a
        list of states is one deployment of each."""
        view = self.view
        b = view.sents[k][1]
        for d in list(self.drafts[made:]):
            if len(d.actors) != 1:
                continue
            # "Soldaten aus Österreich, Bulgarien, Rumänien und der Slowakei": one each
            origin = next((m for m in self.res.by_sentence.get(k, []) if m.key == d.actors[0]
                           and not m.partial and (p := self._prep_before(m)) is not None
                           and view.has(p, "origin_prep")), None)
            end = (view.phrase(d.toks[0], "force") or (d.toks[0], ""))[0]
            at = self._origin_at(end, b)
            if at is None and d.actors[0] in self.missions:
                # "UNFICYP ist ... im Einsatz und zählt 800 Soldaten, unter anderem aus ...":
                # the mission's troops named after its deployment word
                at = next((o for x in range(d.toks[0] + 1, b)
                           if (f := view.phrase(x, "force")) is not None
                           and (o := self._origin_at(f[0], b)) is not None), None)
            if origin is None and d.rule == "subject" and at is not None and \
                    self.res.kind(d.actors[0]) == "Organization":
                # "AMISOM, which has 22,000 troops from Uganda, Burundi and Kenya": each
                # state's own troops serve there too, of a number not given
                origin = self.rel.mention_after(at + 1, b, max_skip=1)
            if origin is None:
                continue
            for key in self.rel.coordinated_actors(origin.tok, b):
                if key != d.actors[0] and self.res.kind(key) == "State" and \
                        key not in d.locations:
                    self.drafts.append(replace(d, actors=[key], locations=list(d.locations),
                                               count=None))

    def _contributed(self, k: int, made: int) -> None:
        """"Denmark, France and Germany had committed forces": forces a sentence says
        states contribute, with no place of their own, serve where the deployment just
        reported stands."""
        if not self.view.positions(k, "contribute_verb"):
            return
        # the deployment of the mission the sentence names ("sich an der Nato-Mission zu
        # beteiligen"), else the last one with a place
        named = {m.key for m in self.res.by_sentence.get(k, [])}
        placed = [d for d in reversed(self.drafts[:made]) if d.locations]
        # "the largest contributor to the alliance's Resolute Support mission in
        # Afghanistan": the mission this sentence places
        prior = next((d for d in self.drafts[made:] if d.locations and all(
            self.res.kind(x) == "Organization" for x in d.actors)), None)
        prior = prior or next((d for d in placed if set(d.actors) & named), None)
        if prior is None:
            prior = next(iter(placed), None)
            if prior is None or k - prior.k > PENDING_WINDOW:
                return
        hosts = self._hosts(prior)
        for d in self.drafts[made:]:
            if not d.locations and not set(d.actors) & hosts:
                d.locations = list(prior.locations)

    def _mission_subject(self, k: int, a: int, t: int, noun: bool) -> bool:
        """"The force now numbers about 1,000 personnel", "Die Mission, die zuletzt rund
        12.000 Soldaten ... hatte": "the mission"/"the force" as the subject of the force at
        ``t`` (or the noun itself) stands for the one mission the text names."""
        if len(self.missions) != 1:
            return False
        view = self.view
        lo = clause_bounds(view, t, k)[0]
        if lo > a and view.texts[lo - 1] == "," and view.has(lo, "relative_pronoun"):
            lo = clause_bounds(view, lo - 2, k)[0]  # the relative clause's head
        in_names = {j for m in self.res.by_sentence.get(k, []) for j in range(m.tok, m.tok_end)}

        def article_before(j: int) -> int:
            # "die Nato-geführte Mission", "the NATO-led mission": over a led-compound
            i = j - 1
            while i > lo and j - i <= 3 and (view.lows[i] in self.rel.led_participles
                                             or view.lows[i].endswith(self.rel.led)
                                             or view.texts[i] == "-" or i in in_names):
                i -= 1
            return i

        return any(view.lows[j].endswith(self.rel.mission_nouns) and j not in in_names
                   and view.has(article_before(j), "def_article") and article_before(j) >= lo
                   for j in ([t] if noun and article_before(t) == lo else range(lo + 1, t)))

    def _host_partner(self, a: int, b: int, d: Draft) -> str | None:
        """"deployed special forces ... under a bilateral defence agreement with Bangui",
        "im Rahmen eines Abkommens mit Bamako": forces sent under a treaty with the host
        serve the host."""
        view = self.view
        hosts = self._hosts(d)
        for i in range(a, b - 1):
            if not (view.has(i, "treaty") or view.has(i, "treaty_weak")) or \
                    not view.has(i + 1, "with"):
                continue
            partner = self.rel.mention_after(i + 2, b, max_skip=1)
            key = self.rel.actor_key(partner, institutions_as_state=True) if partner else None
            if key and key in hosts and key not in d.actors:
                return key
        return None

    def _helped_government(self, a: int, b: int, d: Draft) -> str | None:
        """"deployed 1,000 troops to Mozambique to help the government fight insurgents",
        "um die Regierung zu unterstützen": the host's government, named by no state."""
        view = self.view
        hosts = [h for h in self._hosts(d) if self.res.kind(h) == "State" and h not in d.actors]
        if len(hosts) != 1 or self.res.kind(d.actors[0]) != "State":
            return None  # (a council that asks a mission to help sends no one itself)
        for j in range(a, b):
            hit = view.phrase(j, "support_marker")
            if hit is None and view.lex.lang == "de" and view.has(j, "support") and \
                    not view.is_cap(j):
                # German: "um die Regierung ... zu unterstützen", the object before the verb
                i = j - 1
                while i > a and j - i < 8 and not view.has(i, "gov"):
                    i -= 1
                if view.has(i, "gov") and view.has(i - 1, "def_article") and \
                        i not in self.rel.ends and i + 1 not in self.rel.starts:
                    return hosts[0]
                continue
            if hit is None:
                continue
            i = hit[0]
            if i + 1 < b and view.has(i, "def_article") and (
                    view.has(i + 1, "gov") or view.has(i + 1, "country_anaphor")) and \
                    i + 2 not in self.rel.starts and not (i + 2 < b and view.lows[i + 2] in (
                        "of", "in", "von", "der", "des")):
                return hosts[0]
        return None

    def _hosts(self, d: Draft) -> set[str]:
        """The states (or places with no known state) a deployment stands in."""
        return {self._state_of(loc) or loc for loc in d.locations}

    def _contributors(self, k: int, a: int, b: int, prior: Draft) -> bool:
        """"Beteiligen wollen sich Deutschland, die Niederlande und Polen", "Denmark, France
        and Germany had committed forces": a list of states that take part in the
        deployment just reported, each with forces of its own there."""
        view = self.view
        verbs = view.positions(k, "contribute_verb")
        if not prior.locations:
            prior = self._recent(k, with_location=True) or prior
        if not verbs or not prior.locations:
            return False
        states: list[str] = []
        for m in self.res.by_sentence.get(k, []):
            prep = self._prep_before(m)
            if m.partial or self.res.kind(m.key) != "State" or prep is not None and \
                    not view.has(prep, "origin_prep"):
                continue
            group = [key for key in self.rel.coordinated_actors(m.tok, b)
                     if self.res.kind(key) == "State"]
            if len(group) >= 2:
                if view.phrase_ending(m.tok, "example_intro") is not None:
                    return False  # "troop contributors such as Nepal and India": examples
                states = group
                break
        hosts = self._hosts(prior)
        states = [s for s in states if s not in hosts and s not in prior.actors]
        if len(states) < 2:
            return False
        modal = modality_of(view, self.res, k, (verbs[0],))
        count = self._each_count(a, b)
        for state in states:
            self.drafts.append(Draft(actors=[state], k=k, toks=(verbs[0],), force=prior.force,
                                     modal=modal, locations=list(prior.locations),
                                     rule="contributor", count=count))
        return True

    def _each_count(self, a: int, b: int) -> Count | None:
        """"..., each with more than 850 troops", "mit jeweils rund 500 Soldaten": the figure
        a distributive word gives every listed contributor."""
        view = self.view
        for t, _end, _word, noun in self.triggers(a, b):
            count = count_before(view, t, a)
            if not noun and count is not None and count.value and any(
                    view.has(j, "distributive") for j in range(max(a, count.start - 3),
                                                               count.start)):
                return count
        return None


def find_deployments(view: DocView, res: Resolution, relations: list[Relation] | None = None
                     ) -> list[Deployment]:
    """Every deployment the document reports (hypothetical and denied ones marked)."""
    return DeploymentFinder(view, res, relations or []).run()


def deployments_and_support(view: DocView, res: Resolution, relations: list[Relation]
                            ) -> tuple[list[Deployment], list[Deployment]]:
    """(every deployment, those whose text says whom they support)."""
    finder = DeploymentFinder(view, res, relations)
    return finder.run(), finder.stated_support
