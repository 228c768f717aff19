"""Treaties: one per (type, party set) per document, however many sentences name it.

A treaty word (lexicon ``treaty``; weak words such as "Kauf" or "roadmap" only next to an
agreement verb) gives the type, or "generic" ("Vertrag", "pact"), typed by the content
words around it ("gegenseitig", "Terror", "trade") or Other. Parties: the actors of
"zwischen X und Y", "X mit Y", "between A, B and C", else the actors the sentence names
(a person stands for the state the text ties it to). A definite or possessive mention
without parties of its own ("der Vertrag", "dieser Pakt", "the pact", "ihr Vertrag")
refers back to the last treaty of a compatible type. Membership statements ("Schweden
ist Mitglied der Nato") give Alliance treaties for a state whose accession the document
speaks of.
A treaty needs two parties; hypothetical or denied mentions never create one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.modality import Modal, clause_bounds, evidence, modality_of
from kg.extract.names import ARMED_FORCES, ARMED_GROUP_CLASSES
from kg.extract.numbers import count_before
from kg.extract.relations import RelationFinder, guessed, joinable
from kg.extract.resolve import Resolution
from kg.extract.view import DocView, Mention
from kg.records import Evidence, Relation, Treaty

CONFIDENCE = {"explicit": 0.85, "sentence": 0.7, "membership": 0.7, "reference": 0.75,
              "purchase": 0.6}
# How many sentences back "der Vertrag" may point.
REFERENCE_WINDOW = 12
_GENERIC = "generic"
# Words that open a treaty's complement: what it is about, what it comes with.
_ABOUT_PREPS = frozenset({"über", "zur", "zum", "für", "on", "for", "of"})
_WITH_PREPS = frozenset({"mit", "samt", "with", "including"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "–", "—", "(", ")"})  # quotes do not end a clause
_FINAL = frozenset({".", "!", "?", "…", ":"})  # a sentence ending otherwise is a headline
# "beide Regierungen": the two states named last within this many sentences before (a
# paragraph may name one of them only in passing: "Die AU hatte Gabun suspendiert")
_PAIR_REACH = 5
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "the", "a", "an", "ein", "eine",
                       "einem", "einer", "eines", "einen"})
_GENITIVE_MARKS = frozenset({"'s", "’s"})
_INDEFINITE = frozenset({"a", "an", "ein", "eine", "einem", "einer", "eines", "einen"})
# "brokered by", "unter Vermittlung der"
_MEDIATOR_PREPS = frozenset({"by", "of", "von", "der", "des"})
_TRUCES = frozenset({"Ceasefire", "PeaceAgreement"})


@dataclass
class TreatyDraft:
    """A treaty being assembled over the sentences that mention it."""

    treaty_type: str
    parties: frozenset[str]
    evidence: list[Evidence] = field(default_factory=list)
    signed_by: list[str] = field(default_factory=list)
    ratified_by: list[str] = field(default_factory=list)
    name: str | None = None
    last: int = 0
    years: set[str] = field(default_factory=set)
    # parties read from "the two governments": the signers' states may say better
    anaphoric: bool = False
    # the noun of its "über"/"on" complement ("ein Abkommen über die Mobilität")
    about: str | None = None

    def add(self, ev: Evidence, k: int) -> bool:
        """Add a sentence's evidence; whether it was new."""
        self.last = max(self.last, k)
        if all(e.start != ev.start for e in self.evidence):
            self.evidence.append(ev)
            return True
        return False

    def freeze(self) -> Treaty:
        ttype = "Other" if self.treaty_type == _GENERIC else self.treaty_type
        return Treaty(treaty_type=ttype,  # type: ignore[arg-type]
                      parties=tuple(sorted(self.parties)),
                      evidence=tuple(sorted(self.evidence, key=lambda e: e.start)),
                      signed_by=tuple(sorted(set(self.signed_by))),
                      ratified_by=tuple(sorted(set(self.ratified_by))), name=self.name)


@dataclass
class Cue:
    """One treaty word in a sentence."""

    start: int
    end: int
    treaty_type: str


class TreatyFinder:
    """Treaty rules over one resolved document."""

    def __init__(self, view: DocView, res: Resolution, relations: list[Relation],
                 memberships: list[tuple[int, str, str]],
                 foundings: list[tuple[int, tuple[str, ...]]] | None = None) -> None:
        self.view = view
        self.res = res
        self.rel = RelationFinder(view, res)
        self.memberships = memberships
        self.added = 0  # pieces of evidence added so far: did a sentence add a treaty?
        self.person_state: dict[str, str] = {}
        # an armed group the gazetteer does not know is a party only to a truce or a peace
        self.armed_parties = False
        self._mediator_tokens: dict[int, set[int]] = {}
        for r in relations:
            if r.predicate in ("leaderOf", "officialOf") and self.res.kind(r.object) == "State" \
                    and not guessed(r):
                self.person_state.setdefault(r.subject, r.object)
        known = set(res.entry_keys.values())
        for r in relations:
            if r.predicate == "leaderOf" and self.res.kind(r.object) == "Organization" and \
                    r.object not in res.state_bodies and r.object in known:
                # "EU-Ratspräsident António Costa ... vereinbarten": the union he heads (a
                # known international body, not a state's own)
                self.person_state.setdefault(r.subject, r.object)
        armed = {m.key for m in res.mentions if m.key and m.key not in res.state_bodies
                 and self.rel.armed_body(m)}
        for r in relations:
            if r.predicate == "officialOf" and r.object in armed and r.object in known:
                # "Saddam Haftar, der stellvertretende Oberbefehlshaber der LNA": an officer
                # of an armed group the gazetteer knows signs for it
                self.person_state.setdefault(r.subject, r.object)
        for person, (kind, state) in res.known_roles.items():
            # "a treaty signed by Vladimir Putin and Kim Jong Un": a signer the text gives no
            # office speaks for the state the gazetteer knows he leads (if the text names it)
            if kind == "leader" and self.res.kind(state) == "State":
                self.person_state.setdefault(person, state)
        self.drafts: list[TreatyDraft] = []
        self.touched: dict[int, TreatyDraft] = {}  # the treaty each sentence last added to
        self.older: dict[int, TreatyDraft] = {}  # an older treaty a sentence's one builds on
        self.foundings = foundings or []
        # the latest year the text names: a treaty dated years before it is an old one
        self.latest_year = max((int(t) for t in view.texts if len(t) == 4 and t.isdigit()
                                and t[:2] in ("19", "20")), default=0)
        # treaty words inside names ("North Atlantic Treaty Organization") are no mentions
        self.named: set[int] = set()
        for m in res.mentions:
            if not m.partial and res.kind(m.key) in ("Organization", "Place", "Person"):
                self.named.update(range(m.tok, m.tok_end))

    # ------------------------------------------------------------------ cues

    def cues(self, a: int, b: int) -> list[Cue]:
        """Treaty words of a sentence; weak ones only beside an agreement verb. "Vertrag
        über eine strategische Partnerschaft" is one treaty: the generic word takes the
        named type (or a firmer one its content gives)."""
        view = self.view
        k = view.sent_of[a]
        agreed = bool(view.positions(k, "agree_verb"))
        if not (view.positions(k, "treaty") or agreed and view.positions(k, "treaty_weak")):
            return []
        out: list[Cue] = []
        i = a
        while i < b:
            hit = view.phrase(i, "treaty")
            if hit is None and agreed and self._agreed_in_clause(k, i):
                hit = view.phrase(i, "treaty_weak")
                j = i - 1
                while j > a and not view.texts[j][:1].isalnum():
                    j -= 1  # over a quote mark: a "strong partnership"
                if hit is not None and j >= a and \
                        view.lows[j] in view.lex.word_set("rhetorical_adjective"):
                    hit = None  # "a sign of a strong partnership": praise, no agreement
            if hit is not None and i > a and view.lows[i] in view.lex.word_set("treaty_verb") \
                    and view.lows[i - 1] in view.lex.word_set("verb_before"):
                i = hit[0]  # "Beijing will have to deal with them": the verb, no treaty
                continue
            if hit is not None and i > a and view.has(i - 1, "negative_det"):
                i = hit[0]  # "Partnerschaft ohne Beistandspflicht": what the treaty lacks
                continue
            if hit is not None and view.has(i, "treaty_clause") and any(
                    view.has(x, "negation") for x in range(*clause_bounds(view, i, k))):
                i = hit[0]  # "Eine Beistandsklausel enthält das Dokument nicht": lacking too
                continue
            if hit is not None and hit[0] < b and view.has(hit[0], "treaty_modifier"):
                i = hit[0]  # "a long-standing US treaty ally": a kind of ally, no treaty
                continue
            if hit is not None and i not in self.named and out and out[-1].end == i:
                # "a partnership treaty", "the security pact": one treaty, the typed word's
                prev = out[-1]
                if prev.treaty_type in (_GENERIC, "Other"):
                    prev.treaty_type = hit[1]
                prev.end = hit[0]
                i = hit[0]
                continue
            if hit is not None and i not in self.named:
                cue = Cue(i, hit[0], hit[1])
                inner = self._named_type(cue, b) if cue.treaty_type == _GENERIC else None
                if inner is not None:
                    content = self._content_type(k, a, b, same_sentence=True)
                    cue.treaty_type = _firmer(inner[1], content if content == "MutualDefense"
                                              else None)
                    out.append(cue)
                    i = inner[0]
                    continue
                out.append(cue)
                i = hit[0]
                continue
            i += 1
        return out

    def _agreed_in_clause(self, k: int, i: int) -> bool:
        """An agreement verb in the clause of token ``i`` ("Es ist die erste Lieferung, seit
        ... ein Abkommen geschlossen haben": the delivery is no deal)."""
        view = self.view
        a, b = view.sents[k]
        lo = i
        while lo > a and view.texts[lo - 1] not in _CLAUSE_ENDS:
            lo -= 1
        hi = i
        while hi < b and view.texts[hi] not in _CLAUSE_ENDS:
            hi += 1
        if hi + 1 < b and view.texts[hi] == "," and view.has(hi + 1, "treaty_relative"):
            # "die Schuscha-Erklärung, die Alijew und Erdoğan unterzeichnet hatten": the
            # relative clause on the treaty word agrees on it
            hi += 1
            while hi < b and view.texts[hi] not in _CLAUSE_ENDS:
                hi += 1
        return any(lo <= j < hi for j in view.positions(k, "agree_verb"))

    def _named_type(self, cue: Cue, b: int) -> tuple[int, str] | None:
        """(end, type) of "über/on/zur + typed treaty phrase" right after a generic word."""
        view = self.view
        j = cue.end
        if j >= b or view.lows[j] not in ("über", "zur", "zum", "on", "for", "of"):
            return None
        for s in range(j + 1, min(b, j + 4)):
            hit = view.phrase(s, "treaty")
            if hit is not None and hit[1] != _GENERIC:
                return hit
        return None

    def accession_states(self) -> set[str]:
        """The states named in the sentences that speak of joining an alliance (accession
        words): the ones whose membership is the document's news."""
        view = self.view
        found: set[str] = set()
        for k, (a, b) in enumerate(view.sents):
            if view.boiler[k]:
                continue
            if any(view.has(i, "accession") or view.value(i, "treaty") == "Alliance"
                   or view.split_verb(i, "accession_split", b)  # "tritt der Nato bei"
                   for i in range(a, b)):
                found.update(m.key for m in self.res.by_sentence.get(k, [])
                             if m.key and self.res.kind(m.key) == "State")
        return found

    # ------------------------------------------------------------------ run

    def run(self) -> list[Treaty]:
        membership_by_sentence: dict[int, list[tuple[str, str]]] = {}
        joining = self.accession_states()
        for k, state, org in self.memberships:
            if state in joining:
                # "Schweden ist jetzt Mitglied der Nato" where Sweden's accession is the
                # news, not "Croatia, a NATO member, said ..." beside it
                membership_by_sentence.setdefault(k, []).append((state, org))
        for k, (a, b) in enumerate(self.view.sents):
            if self.view.boiler[k]:
                continue
            for state, org in membership_by_sentence.get(k, []):
                self.membership(k, a, b, state, org)
            for kk, founders in self.foundings:
                if kk == k:
                    self.founded(k, a, b, founders)
            before = self.added
            for cue in self.cues(a, b):
                self.mention(k, a, b, cue)
            self.purchase(k, a, b)
            if self.added == before:
                self.agreed_on(k, a, b)
        return [d.freeze() for d in self.drafts if len(d.parties) >= 2]

    def founded(self, k: int, a: int, b: int, founders: tuple[str, ...]) -> None:
        """"Mali, Burkina Faso und Niger hatten die Allianz der Sahelstaaten gegründet": the
        founders of an alliance are parties of one pact."""
        toks = tuple(m.tok for m in self.res.by_sentence.get(k, []) if m.key in founders)
        ev = evidence(self.view, self.res, k, toks or (a,), CONFIDENCE["membership"])
        if ev.modality in ("Hypothetical", "Denied"):
            return
        self.merge("Alliance", frozenset(founders), ev, k, a, b)

    def purchase(self, k: int, a: int, b: int) -> None:
        """"Griechenland hat 24 Rafale aus Frankreich gekauft", "Poland bought 250 tanks
        from the United States": a purchase between two states is a Trade agreement."""
        view = self.view
        for v in view.positions(k, "purchase_verb"):
            lo, hi = clause_bounds(view, v, k)
            sellers = [m for m in self.res.by_sentence.get(k, []) if lo < m.tok < hi
                       and self._sold_by(m, lo) is not None and not m.partial]
            if len(sellers) > 1 and any(m.org_class == "company" for m in sellers):
                # "beim französischen Hersteller Dassault Aviation": the maker sells
                sellers = [m for m in sellers if m.org_class == "company"]
            if len(sellers) != 1 or sellers[0].key is None:
                continue
            seller = sellers[0].key
            prep = self._sold_by(sellers[0], lo)
            if any(view.phrase(i, "force") and not view.phrase(i, "force_vessel")
                   or view.has(i, "withdraw") for i in range(v + 1, sellers[0].tok)):
                continue  # "Trump ordered 12,000 soldiers withdrawn from Germany": a command
                # (jets and ships are bought: "agreed to buy 12 Rafale fighter jets from")
            # "Bei dem türkischen Hersteller Baykar kaufte die Regierung": the maker's
            # nationality buys nothing
            maker = {m.tok for m in self.res.by_sentence.get(k, [])
                     if m.form == "demonym_adj" and prep is not None
                     and prep < m.tok < sellers[0].tok}
            buyer = self._subject(k, v if prep is None else min(v, prep), maker, {seller})
            if buyer is None or self.res.kind(buyer) != "State":
                continue
            ev = evidence(view, self.res, k, (v,), CONFIDENCE["purchase"])
            if ev.modality in ("Hypothetical", "Denied"):
                continue
            self.merge("Trade", frozenset({buyer, seller}), ev, k, a, b)

    def _sold_by(self, m: Mention, lo: int) -> int | None:
        """"from the United States", "bei den USA", "beim Hersteller Naval Group": the
        seller's preposition before a state or a company, articles and modifiers between."""
        view = self.view
        if not (self.res.kind(m.key) == "State" or m.org_class == "company"):
            return None
        j = m.tok - 1
        while j > lo and m.tok - j <= 4 and not view.has(j, "seller_prep"):
            other = self.rel.ends.get(j + 1)
            if other is not None and other.form != "demonym_adj" or not view.texts[j].isalpha():
                break  # another name, a comma: not this one's preposition
            j -= 1  # "from French manufacturer", "beim südkoreanischen Hersteller"
        return j if j >= lo and view.has(j, "seller_prep") else None

    def agreed_on(self, k: int, a: int, b: int) -> None:
        """"Japan, Südkorea und die USA vereinbarten, ... auszutauschen", "Russia and
        Ukraine agreed to exchange prisoners": an agreement with no treaty word, between the
        coordinated subject of the verb."""
        view = self.view
        for v in view.positions(k, "agree_on_verb"):
            nxt = v + 1
            while nxt < b and nxt - v <= 2 and view.is_lower_word(nxt) and \
                    not view.has(nxt, "agree_on_intro"):
                nxt += 1  # "vereinbarten inzwischen, ...", "agreed on Tuesday to ..."
            stop = next((i for i in range(v + 1, min(b, v + 6)) if view.texts[i] in _CLAUSE_ENDS
                         or view.has(i, "contrast")), min(b, v + 6))
            if any(view.has(i, "negation") for i in range(max(a, v - 7), v)) or any(
                    view.has(i, "negation") or view.has(i, "negative_det")
                    for i in range(v + 1, stop)):
                continue  # "konnten sich nicht einigen", "vereinbarten nichts" ("... – aber
                # keine Waffenruhe" denies another thing)
            reflexive = (nxt >= b or view.texts[nxt] in (",", ".")) and any(
                view.has(i, "agree_on_reflexive") for i in range(a, v)) or (
                # "einigten sich am Montag in Quito auf die Rückkehr der Botschafter"
                v + 1 < b and view.has(v + 1, "agree_on_reflexive") and any(
                    view.has(i, "agree_on_prep") for i in range(v + 2, min(b, v + 9))))
            inverted = self._subject_after(v, b)
            # "Russland und Ukraine vereinbaren (einen) Gefangenenaustausch": an object noun
            obj = nxt + 1 if nxt + 1 < b and view.has(nxt, "indef_article") else nxt
            noun = view.lex.lang == "de" and obj < b and view.is_cap(obj) and \
                view.texts[obj].isalpha() and obj not in self.rel.starts
            if not reflexive and not inverted and not noun and (
                    nxt >= b or view.texts[nxt] != "," and not view.has(nxt, "agree_on_intro")):
                continue  # "haben sich auf ein Ende des Einsatzes verständigt" agrees too
            parties = inverted or self._signing_subject(k, a, v + 1, set())
            if len(parties) < 2 and any(view.phrase(i, "pair_anaphor") is not None
                                        or view.phrase(i, "leader_pair_anaphor") is not None
                                        for i in range(a, v)):
                # "im Juni hatten beide Regierungen den Bau von Straßen vereinbart": the two
                # states named last, in this sentence or before
                parties = self._pair_before(k, v, set())
            if reflexive and len(parties) < 2:
                # "Die USA und der Irak haben sich auf ... verständigt": the coordinated
                # subject before the reflexive pronoun
                sich = next((i for i in range(a, v) if view.has(i, "agree_on_reflexive")), v)
                first = next((m for m in self.res.by_sentence.get(k, [])
                              if a <= m.tok < sich and not m.partial
                              and self.res.kind(m.key) in ("State", "Organization")), None)
                if first is not None:
                    parties = set(self.rel.coordinated_actors(first.tok, sich))
            if len(parties) < 2:
                continue
            ev = evidence(view, self.res, k, (v,), CONFIDENCE["sentence"])
            if ev.modality in ("Hypothetical", "Denied"):
                continue
            ttype = self._content_type(k, a, b, same_sentence=True) or "Other"
            self.merge(ttype, frozenset(parties), ev, k, a, b)

    def _subject_after(self, v: int, b: int) -> set[str]:
        """"Nach fünf Stunden vereinbaren Venezuela und Kolumbien die Rückkehr ...": the
        coordinated states right after a verb that comes before its subject."""
        m = self.rel.starts.get(v + 1) if v + 1 < b else None
        if m is None or m.partial or self.res.kind(m.key) != "State":
            return set()
        states = [x for x in self.rel.coordinated_actors(m.tok, b) if self.res.kind(x) == "State"]
        return set(states) if len(states) >= 2 else set()

    def membership(self, k: int, a: int, b: int, state: str, org: str) -> None:
        view = self.view
        if any(view.phrase(i, "founding_word") or view.has(i, "time_since_prep") and i + 1 < b
               and view.texts[i + 1].isdigit() and len(view.texts[i + 1]) == 4
               for i in range(a, b)):
            return  # "seit 1952 Mitglied der Nato", "a founding member of NATO": no news
        toks = tuple(m.tok for m in self.res.by_sentence.get(k, []) if m.key in (state, org))
        ev = evidence(self.view, self.res, k, toks or (a,), CONFIDENCE["membership"])
        if ev.modality in ("Hypothetical", "Denied"):
            return
        self.merge("Alliance", frozenset({state, org}), ev, k, a, b)

    def mention(self, k: int, a: int, b: int, cue: Cue) -> None:
        """One treaty word: a new treaty, a merge, or a reference back."""
        self.armed_parties = cue.treaty_type in _TRUCES
        try:
            self._mention(k, a, b, cue)
        finally:
            self.armed_parties = False

    def _mention(self, k: int, a: int, b: int, cue: Cue) -> None:
        view = self.view
        name_toks, det = self._determiner(cue.start, a)
        name = view.span_text(name_toks[0], cue.start) if name_toks else None
        label = name or self._compound_name(cue)
        year = self._year_near(cue, a, b)
        excluded = set(range(name_toks[0], cue.start)) if name_toks else set()
        excluded |= self._apposed_organization(cue.start, a)
        excluded |= {j for j in self._appositions(a, b) if not cue.start <= j < cue.end}
        excluded |= self._founded_bodies(cue, b)
        excluded |= self._terms_clause(cue, b)
        if self._generic_plural(cue, a):
            return  # "ein Verstoß gegen internationale Verträge": treaties in general
        if self._enlistment(cue, b):
            return  # "einen Vertrag mit der russischen Armee": a soldier's contract
        explicit = self._explicit_parties(k, a, b, cue, excluded | self._mediators(k))
        modal = modality_of(view, self.res, k, (cue.start,), permission_hedges=False)
        definite = det is not None and det not in _INDEFINITE
        # "rund 15 Abkommen": a count of treaties, new ones as an indefinite article says
        counted = det is None and count_before(view, cue.start, max(a, cue.start - 3)) is not None
        if modal.modality == "Hypothetical" and definite and self._proper_name(cue, a, name):
            # "an attack would invoke the 1951 Mutual Defense Treaty": the hedge is on
            # invoking it; a treaty the text calls by its name exists
            modal = Modal()
        if cue.treaty_type == "Alliance" and self._years_after(cue.start, a):
            return  # "zwei Jahre nach dem Nato-Beitritt Finnlands": background, no news
        if self._not_yet_or_cited(name_toks[0] if name_toks else cue.start, a):
            return
        if self._provided_for(name_toks[0] if name_toks else cue.start, a):
            return  # "The agreement provides for a ceasefire": a term of it, no treaty
        if self._agreement_negated(k, a, b, cue):
            return  # "haben sich nicht auf eine Waffenruhe geeinigt": no treaty
        if cue.treaty_type == "Alliance" and self._accession_negated(cue, a, b) and \
                self._reference(k, cue, label, year) is None:
            # "Einen Nato-Beitritt strebe Chișinău nicht an": no accession (but "the
            # membership did not target anyone" still speaks of the one reported)
            return
        if explicit is None and cue.treaty_type == "Alliance":
            owner = self._accession_owner(cue, a, b)
            if owner is None and definite and self._reference(k, cue, label, year) is not None:
                explicit = None  # "das Beitrittsprotokoll": the accession already named
            else:
                explicit = self._accession_parties(k, a, b, cue, owner)
                if explicit is None:
                    return  # "nach ihrem Beitritt": joining what, no alliance says
        succeeded = self._succeeded(k, a, cue)
        if succeeded is not None:
            self._older(*succeeded, k, a, b, cue, explicit, label, year, modal)
            return
        clause = any(view.has(j, "treaty_clause") for j in range(cue.start, cue.end))
        if clause and explicit is None:
            # "Kernstück des Aachener Vertrags ist eine Beistandsklausel": a clause of the
            # treaty just named, which it makes a mutual defence pact
            recent = [d for d in self.drafts if k - d.last <= REFERENCE_WINDOW]
            if recent:
                latest = max(recent, key=lambda d: d.last)
                if cue.treaty_type == "MutualDefense" and latest.treaty_type in (
                        _GENERIC, "Other", "StrategicPartnership", "SecurityAgreement"):
                    latest.treaty_type = "MutualDefense"
                self._attach(latest, k, a, b, cue, "reference")
                return
        if explicit is None and definite:
            # "Erst 2024 hatten beide Staaten die Vereinbarung ... verlängert": the pair the
            # clause names, not the treaty named last
            lo_c = self._clause(cue.start, a, b)[0]
            anaphors = [i for i in view.positions(k, "pair_anaphor") if lo_c <= i < cue.start]
            if anaphors:
                named_pair = self._last_pair(k)
                # "beide Staaten": states, not the truce of Israel and Hamas named before
                states = any(view.lows[x] in view.lex.word_set("states_plural")
                             for x in range(anaphors[0], min(cue.start, anaphors[0] + 3)))
                if states and any(self.res.kind(key) != "State" for key in named_pair):
                    named_pair = set(self._states_named_last(k, 2))
                explicit = named_pair if len(named_pair) == 2 else None
        # a definite or bare mention refers back; so does a plain word no verb of agreeing
        # goes with ("by writing nuclear escalation into a treaty, the Kremlin ...")
        # "similar agreements", "by separate mutual defence treaties": new ones, no reference
        similar = any(view.has(j, "treaty_similar") or view.has(j, "treaty_separate")
                      and not definite for j in range(max(a, cue.start - 3), cue.start))
        if explicit is None and not similar and (definite or det is None and not counted or (
                cue.treaty_type == _GENERIC and not name
                and not view.positions(k, "agree_verb"))):
            target = self._reference(k, cue, label, year)
            if target is not None and any(view.has(j, "possessive")
                                          for j in range(max(a, cue.start - 3), cue.start)):
                # "The United States, a treaty ally of the Philippines, has said its Mutual
                # Defense Treaty ...": its owner's treaty, not the last one named
                owner = next((key for tok, key in self._actor_mentions(k, excluded)
                              if tok < cue.start), None)
                if owner is not None and owner not in target.parties:
                    target, definite = None, False
            if target is not None:
                self._attach(target, k, a, b, cue, "reference")
                return
        if explicit is None and definite and any(
                view.has(j, "welcome_verb") or view.has(j, "condemn_verb")
                for j in range(self._clause(cue.start, a, b)[0], cue.start)):
            return  # "EU leaders ... welcomed the agreement": who reacts is no party
        if explicit is None and cue.start - 2 >= a and \
                view.texts[cue.start - 1] in _GENITIVE_MARKS and view.is_lower_word(cue.start - 2):
            return  # "the envoy overseeing the country's peace deal": a treaty named before
        parties = explicit if explicit is not None else set()
        if explicit is None and definite:
            # "The United States and Niger have agreed that ... The agreement comes ...":
            # the agreement the sentence before reached
            parties = self._agreed_before(k)
        if not parties:
            parties = self._sentence_parties(k, a, b, cue, excluded)

        if len(parties) == 1 and cue.treaty_type != _GENERIC and (definite or name) and \
                self._reference(k, cue, label, year) is None:
            # "... engere Zusammenarbeit mit den Vereinigten Staaten. Der schwedische Reichstag
            # stimmte dem Defence Cooperation Agreement zu": the one other state just named
            parties = parties | self._other_state_before(k, parties)
        if len(parties) < 2:
            target = self._reference(k, cue, label, year)
            if target is not None and det in _INDEFINITE and \
                    cue.treaty_type not in (_GENERIC, target.treaty_type):
                return  # "hatten ... eine Waffenruhe vereinbart": another one, parties unknown
            topic = self._about_noun(cue, b)
            if target is not None and det in _INDEFINITE and topic and target.about and \
                    topic != target.about and parties and parties <= target.parties:
                # "ein Abkommen über die Mobilität ... Die Duma hatte ein Abkommen über
                # gegenseitige logistische Unterstützung ratifiziert": another agreement of
                # the pair, about another thing
                ttype = self._complement_type(cue, b) or self._content_type(
                    k, cue.end, b, same_sentence=True) or _GENERIC
                other = self.merge(ttype, target.parties, evidence(
                    view, self.res, k, (cue.start,), CONFIDENCE["sentence"], modal), k, a, b,
                    label, year, new=True, additional=True, about=topic)
                self._actors(other, k, a, b)
                return
            if target is not None:
                self._attach(target, k, a, b, cue, "reference")
                return
            pair = next((d.parties for d in reversed(self.drafts) if len(d.parties) == 2
                         and k - d.last <= REFERENCE_WINDOW), None)
            if not (label and definite and pair and parties <= pair):
                return
            # "Das Indus-Abkommen bleibt ausgesetzt, teilte Neu-Delhi mit": another treaty,
            # by its name, of the pair whose treaty the text is about
            parties = set(pair)
        if modal.unsure and explicit and any(
                view.has(v, "sign_verb") for v in range(cue.end, min(b, cue.end + 3))):
            modal = Modal()  # "would keep troops under an agreement signed by A and B": the
            # hedge is on keeping them; the signing the text reports happened
        if modal.unsure:
            return
        ttype = cue.treaty_type
        if ttype == "StrategicPartnership" and self._complement_type(
                cue, b, preps=_WITH_PREPS) == "MutualDefense":
            ttype = "MutualDefense"  # "a friendship treaty with a mutual defence pledge"
        elif ttype == "StrategicPartnership" and (complement := self._complement_type(
                cue, b)) in ("SecurityAgreement", "MutualDefense"):
            ttype = complement or ttype  # "eine Partnerschaft für Sicherheit und Verteidigung"
        additional = (det in _INDEFINITE or counted) and self._additional(k, a, b, cue)
        if ttype == _GENERIC and additional:
            # "zudem ein Abkommen über ...": what this one is about, not the one before
            ttype = (self._complement_type(cue, b) or self._content_type(
                k, cue.end, b, same_sentence=True) or _GENERIC)
        elif ttype == _GENERIC and not any(d.parties == frozenset(parties) for d in self.drafts):
            ttype = (self._complement_type(cue, b) or self._content_type(k, a, b)
                     or self._similar_type(k, cue) or _GENERIC)
        if self._similar(k, cue):
            same = [d for d in self.drafts if d.parties == frozenset(parties)]
            if same:
                # "das erste Land, das eine solche Partnerschaft mit der EU unterzeichne":
                # the treaty of these parties just named, not a second one
                self._attach(same[-1], k, a, b, cue, "reference")
                return
        ev = evidence(view, self.res, k, (cue.start,),
                      CONFIDENCE["explicit" if explicit else "sentence"], modal)
        for group in self._separate(k, a, cue, set(parties), excluded):
            unnamed = next((d for d in reversed(self.drafts) if d.parties == frozenset(group)
                            and d.name is None and k - d.last <= REFERENCE_WINDOW), None) \
                if label and name and definite and explicit is None and year is None else None
            if unnamed is not None:
                # "... signed a deal with President Hadi. The Peace and National Partnership
                # Agreement, signed at the palace, ...": the name of the deal just reported
                self._attach(unnamed, k, a, b, cue, "reference")
                unnamed.name = label
                continue
            draft = self.merge(ttype, frozenset(group), ev, k, a, b, label, year,
                               new=det in _INDEFINITE, additional=additional,
                               about=self._about_noun(cue, b))
            if label and not draft.name:
                draft.name = label
            if explicit is None and len(draft.evidence) == 1 and any(
                    view.positions(k, cat) for cat in ("pair_anaphor", "leader_pair_anaphor")):
                draft.anaphoric = True

    def _plain_noun_after(self, m: Mention) -> bool:
        """``m`` is one of coordinated demonyms describing a noun no cue knows ("spanischen
        und französischen Thunfischfängern"): whose boats, not parties."""
        view = self.view
        j = m.tok_end
        if j > 0 and view.has(m.tok - 1, "coord") and m.tok - 1 in self.rel.ends:
            return self._plain_noun_after(self.rel.ends[m.tok - 1])  # the second demonym
        coordinated = False
        while j + 1 < len(view.texts) and view.has(j, "coord") and j + 1 in self.rel.starts \
                and self.rel.starts[j + 1].form == "demonym_adj":
            j, coordinated = self.rel.starts[j + 1].tok_end, True
        if not coordinated or j >= len(view.texts) or not view.texts[j].isalpha() or \
                j in self.rel.starts:
            return False  # one demonym ("Kyrgyz debt") may still name a party
        return not view.cues(j) and (view.lex.lang != "de" or view.is_cap(j))

    def _terms_clause(self, cue: Cue, b: int) -> set[int]:
        """Tokens of a clause right after the treaty word that says what it provides
        ("an agreement under which their navies would hunt Russian submarines"): whoever
        it names there is no party."""
        view = self.view
        words = view.lex.word_set("treaty_relative")
        for n in (2, 1):
            if cue.end + n <= b and " ".join(view.lows[cue.end:cue.end + n]) in words:
                return set(range(cue.end, b))
        return set()

    def _generic_plural(self, cue: Cue, a: int) -> bool:
        """A plural treaty word after "internationale"/"international" with no article:
        treaties in general, none made here."""
        view = self.view
        return any(view.has(i, "treaty_plural") for i in range(cue.start, cue.end)) and \
            cue.start - 1 >= a and \
            view.lows[cue.start - 1] in view.lex.word_set("generic_treaty_adjective")

    def _agreement_negated(self, k: int, a: int, b: int, cue: Cue) -> bool:
        """The clause's verb of agreeing is negated ("konnten sich nicht auf eine Waffenruhe
        einigen", "have not agreed on a ceasefire")."""
        view = self.view
        lo, hi = self._clause(cue.start, a, b)
        return any(view.has(i, "negation") for v in view.positions(k, "agree_on_verb")
                   if lo <= v < hi for i in range(max(lo, v - 7), v))

    def _accession_negated(self, cue: Cue, a: int, b: int) -> bool:
        """The clause of an accession word is negated ("strebe ... nicht an"), unless the
        negation is lifted ("blockiert nicht länger den Beitritt")."""
        view = self.view
        lo, hi = self._clause(cue.start, a, b)
        lifted = view.lex.word_set("negation_lifted")
        return any(view.has(i, "negation") and not (i + 1 < hi and view.lows[i + 1] in lifted)
                   for i in range(lo, hi))

    def _year_near(self, cue: Cue, a: int, b: int) -> str | None:
        """The year a treaty word is dated by ("the 1951 Mutual Defense Treaty", "das
        Simla-Abkommen von 1972", "a logistics pact with the US in 2016")."""
        view = self.view
        lo, hi = self._clause(cue.start, a, b)
        after = []
        for i in range(cue.end, min(hi, cue.end + 7)):
            if view.has(i, "treaty") or view.has(i, "treaty_weak"):
                break  # "a logistics pact in 2016 and a communications pact in 2018"
            after.append(i)
        for i in after + list(range(cue.start - 1, max(lo, cue.start - 5) - 1, -1)):
            text = view.texts[i]
            if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
                return text
        return None

    def _compound_name(self, cue: Cue) -> str | None:
        """The name in a German compound treaty word ("Indus-Abkommen", "Simla-Abkommen"):
        a capitalized first part that names no actor."""
        view = self.view
        text = view.texts[cue.start]
        if cue.end - cue.start != 1 or "-" not in text:
            return None
        head = text.split("-", 1)[0]
        if not (head[:1].isupper() and head.isalpha() and len(head) >= 3):
            return None
        if any(self.res.kind(m.key) in ("State", "Organization")
               for m in self.rel.partials.get(cue.start, ())):
            return None  # "Nato-Abkommen", "EU-Vertrag": whose, not which
        return head

    def _proper_name(self, cue: Cue, a: int, name: str | None) -> bool:
        """Whether the treaty word is part of a proper name ("the AUKUS pact", English
        "the Mutual Defense Treaty"; German capitalizes every noun, so only a name before)."""
        view = self.view
        return bool(name) or (view.lex.lang == "en" and cue.start > a
                              and all(view.is_cap(i) for i in range(cue.start, cue.end)))

    def _other_state_before(self, k: int, parties: set[str]) -> set[str]:
        """The single state other than ``parties`` that the sentence before names as a
        partner ("with X")."""
        if k == 0 or self.view.boiler[k - 1]:
            return set()
        view = self.view
        # only a partner the sentence names as such ("Zusammenarbeit mit den USA")
        others = {m.key for m in self.res.by_sentence.get(k - 1, []) if m.key and not m.partial
                  and self.res.kind(m.key) == "State" and m.key not in parties
                  and any(view.has(j, "with") for j in range(max(0, m.tok - 2), m.tok))}
        return others if len(others) == 1 else set()

    def _agreed_before(self, k: int) -> set[str]:
        """The coordinated actors who agreed on something in the sentence before ``k``."""
        if k == 0 or self.view.boiler[k - 1]:
            return set()
        a, b = self.view.sents[k - 1]
        return self._signing_subject(k - 1, a, b, set())

    def _apposed_organization(self, t: int, a: int) -> set[int]:
        """Tokens of the organization a treaty word is in apposition to ("the Alliance of
        Sahel States, a mutual defence pact"): the pact itself, not a party to it."""
        view = self.view
        j = t - 1
        while j > a and t - j <= 4 and (view.lows[j] in _ARTICLES or view.is_lower_word(j)):
            j -= 1
        if j <= a or view.texts[j] != ",":
            return set()
        m = self.rel.ends.get(j)
        if m is None or self.res.kind(m.key) != "Organization":
            return set()
        return set(range(m.tok, m.tok_end))

    def _founded_bodies(self, cue: Cue, b: int) -> set[int]:
        """"a 1999 treaty creating the so-called Union State": the body a treaty founds is
        what it made, not a party to it."""
        view = self.view
        for j in range(cue.end, min(b, cue.end + 3)):
            if view.has(j, "create_verb"):
                k = (view.phrase(j, "create_verb") or (j + 1, ""))[0]
                while k < b and k - j < 6 and k not in self.rel.starts and (
                        view.lows[k] in _ARTICLES or view.is_lower_word(k)
                        or view.texts[k] == "-"):
                    k += 1  # "the so-called"
                m = self.rel.starts.get(k)
                return set(range(m.tok, m.tok_end)) if m is not None else set()
        return set()

    def _appositions(self, a: int, b: int) -> set[int]:
        """Tokens of noun-phrase appositions to an actor ("Turkey, a NATO member since 1952,
        agreed", "Solomon Islands, PNG's eastern neighbour, signed"): what describes a party
        is not one."""
        view = self.view
        out: set[int] = set()
        for i in range(a + 1, b - 2):
            if view.texts[i] != "," or self.rel.ends.get(i) is None:
                continue
            j = i + 1
            owner = self.rel.starts.get(j)
            owned = view.after_genitive(owner) if owner is not None else None
            if not (view.lows[j] in _INDEFINITE
                    or owned is not None and owned < b and view.is_lower_word(owned)
                    or view.lows[j] in _ARTICLES and view.is_lower_word(j + 1)):
                continue
            close = next((c for c in range(j + 1, min(b, j + 12))
                          if view.texts[c] in _CLAUSE_ENDS), None)
            if close is not None and view.texts[close] == "," and not any(
                    view.has(c, "treaty_modifier") for c in range(j, close)):
                out.update(range(j, close))  # "a treaty ally of the Philippines" names one
        return out

    def _complement_type(self, cue: Cue, b: int, preps: frozenset[str] = _ABOUT_PREPS
                         ) -> str | None:
        """"ein Abkommen über militärische Zusammenarbeit", "an agreement on defence
        cooperation": the treaty's own complement says what it is about."""
        view = self.view
        j = cue.end
        if j >= b or view.lows[j] not in preps:
            return None
        for i in range(j + 1, min(b, j + 5)):
            if self._mutual_without_defence(i, b):
                continue  # "über gegenseitigen Truppenzugang": mutual access, no defence pact
            val = view.value(i, "treaty_content")
            if val:
                return val
            armed = view.has(i, "weapon") or view.has(i, "arms_item")
            if armed and any(view.texts[x][:1].isdigit() for x in range(j + 1, i)):
                return "Trade"  # "ein Vertrag über 26 Kampfflugzeuge", "a deal for 80 jets"
        return None

    def _about_noun(self, cue: Cue, b: int) -> str | None:
        """The noun a treaty word's complement names: "Mobilität" in "ein Abkommen über die
        Mobilität von Arbeitskräften", "cooperation" in "an agreement on defence
        cooperation" (the first capitalized word in German, the last word before "of" or a
        comma in English)."""
        view = self.view
        j = cue.end
        if j >= b or view.lows[j] not in _ABOUT_PREPS:
            return None
        words = []
        for i in range(j + 1, min(b, j + 6)):
            if not view.texts[i].isalpha() or view.has(i, "of_prep") or view.has(i, "coord"):
                break
            if view.lex.lang == "de" and view.is_cap(i):
                return view.lows[i]
            words.append(view.lows[i])
        return words[-1] if words and view.lex.lang != "de" else None

    def _mutual_without_defence(self, i: int, b: int) -> bool:
        """"mutual" makes a defence pact only with defence or help after it ("gegenseitiger
        Beistand", "mutual defence"), not "mutual troop access"."""
        view = self.view
        if not view.has(i, "mutual_word"):
            return False
        return not any(view.has(j, "mutual_defence_head") for j in range(i + 1, min(b, i + 3)))

    def _similar(self, k: int, cue: Cue) -> bool:
        """The treaty word is qualified as "similar"/"such" ("ähnliche Abkommen", "eine
        solche Partnerschaft")."""
        marks = self.view.positions(k, "treaty_similar")
        return any(cue.start - 3 <= j < cue.start or cue.end <= j < cue.end + 2 for j in marks)

    def _similar_type(self, k: int, cue: Cue) -> str | None:
        """"signed similar agreements with Sweden and Denmark": the type of the treaty the
        text named last."""
        if not self._similar(k, cue):
            return None
        typed = [d for d in self.drafts if d.treaty_type not in (_GENERIC, "Other")]
        return typed[-1].treaty_type if typed else None

    def _separate(self, k: int, a: int, cue: Cue, parties: set[str], excluded: set[int]
                  ) -> list[set[str]]:
        """"separate treaties with Tokyo and Seoul", "ähnliche Abkommen mit A und B": one
        bilateral treaty between the subject and each other party; else the one set."""
        view = self.view
        if len(parties) < 3:
            return [parties]
        marks = view.positions(k, "treaty_separate")
        plural_word = any(view.has(i, "treaty_plural") for i in range(cue.start, cue.end))
        plural = plural_word and any(view.phrase(i, "with") for i in range(cue.end, cue.end + 3))
        similar = any(cue.start - 3 <= j < cue.start
                      for j in view.positions(k, "treaty_similar"))
        if plural_word or similar:
            # "Mit ähnlichen Abkommen hatten sich Großbritannien, Deutschland und Frankreich
            # zu Hilfe für Kiew verpflichtet": one each, with the party outside the list
            hub = self._outside_pair(k, parties, excluded)
            if hub is not None:
                # "Japan and South Korea are bound to the United States by mutual defence
                # treaties": each of the pair with the one outside it
                return [{hub, other} for other in sorted(parties - {hub})]
        if not plural and not any(cue.start - 3 <= j < cue.end + 4 for j in marks):
            return [parties]  # "its military agreements with Paris and Washington": one each
        # the hub is the one party outside the coordination of the others ("Deutschland und
        # Frankreich hatten mit der Ukraine jeweils Abkommen unterzeichnet"), else the first
        # party named before the treaty word ("Washington is bound to Tokyo and Seoul by
        # separate treaties"), else the clause's subject after it
        first = self._outside_pair(k, parties, excluded) or next(
            (key for tok, key in self._actor_mentions(k, excluded)
             if tok < cue.start and key in parties), None)
        subject = first or self._subject(k, cue.start, excluded, set())
        if subject not in parties:
            return [parties]
        return [{subject, other} for other in sorted(parties - {subject})]

    def _outside_pair(self, k: int, parties: set[str], excluded: set[int]) -> str | None:
        """The one party outside the sentence's coordination of all the others, if any."""
        b = self.view.sents[k][1]
        groups = [set(self.rel.coordinated_actors(tok, b))
                  for tok, _key in self._actor_mentions(k, excluded)]
        if any(group >= parties for group in groups):
            return None  # "Japan, South Korea and the US signed agreements": all together
        for group in groups:
            rest = parties - group
            if len(group) >= 2 and group < parties and len(rest) == 1:
                return rest.pop()
        return None

    def merge(self, ttype: str, parties: frozenset[str], ev: Evidence, k: int, a: int, b: int,
              name: str | None = None, year: str | None = None, new: bool = False,
              additional: bool = False, about: str | None = None) -> TreatyDraft:
        """Add to the treaty of this type and party set, or create it; a generic mention
        joins a typed treaty of the same parties (and a typed one upgrades a generic); a
        treaty named otherwise is another one ("BECA" is not "LEMOA"), and so is an
        ``additional`` one ("unterzeichneten zudem ein Abkommen über ...")."""
        for d in self.drafts:
            if d.parties != parties or additional and d.last != k:
                continue
            if not _may_name(d, name, ttype, k) or not _may_date(d, year, new) or \
                    self._dated_apart(d, year):
                continue
            if d.treaty_type == ttype or ttype in (_GENERIC, "Other"):
                break
            if d.treaty_type in (_GENERIC, "Other"):
                d.treaty_type = ttype
                break
        else:
            d = TreatyDraft(ttype, parties)
            self.drafts.append(d)
        d.years.update([year] if year else [])
        d.about = d.about or about
        self.added += d.add(ev, k)
        self._actors(d, k, a, b)
        self.touched[k] = d
        return d

    def _additional(self, k: int, a: int, b: int, cue: Cue) -> bool:
        """An indefinite treaty word the clause marks as one more ("unterzeichneten zudem
        ein Abkommen über ...", "also signed an agreement on ..."), after a verb of signing
        or agreeing: another treaty than the one reported before."""
        view = self.view
        lo, _hi = self._clause(cue.start, a, b)
        if not any(view.has(j, "treaty_additional") for j in range(lo, cue.start)):
            return False
        return any(lo <= v < cue.start for v in view.positions(k, "sign_verb")
                   + view.positions(k, "agree_verb"))

    def _succeeded(self, k: int, a: int, cue: Cue) -> tuple[TreatyDraft, int] | None:
        """The treaty the sentence is about, and the verb of succession, when that verb
        puts this treaty word after it ("The new deal builds on a security pact signed in
        2022", "It replaces a framework agreed in 2005"): the one named before it in the
        sentence, or just before."""
        marks = [j for j in self.view.positions(k, "treaty_successor")
                 if a <= j < cue.start and cue.start - j <= 12]
        if not marks:
            return None
        current = self.touched.get(k)
        if current is None and marks[-1] - a <= 3:
            recent = [d for d in self.drafts if k - d.last <= 1]
            current = max(recent, key=lambda d: d.last) if recent else None
        return (current, marks[-1]) if current is not None else None

    def _older(self, current: TreatyDraft, mark: int, k: int, a: int, b: int, cue: Cue,
               explicit: set[str] | None, label: str | None, year: str | None,
               modal: Modal) -> None:
        """The treaty a newer one builds on or replaces (after the verb at ``mark``):
        another one, of the parties the text gives it or else of the newer one's, signed
        by those named after the verb."""
        view = self.view
        if self.older.get(k) is current:
            # "builds on the Trinity House agreement, a defence accord signed ...": the
            # older treaty again, in apposition, whose words say what it is
            if cue.treaty_type != _GENERIC:
                current.treaty_type = cue.treaty_type
            self.added += current.add(evidence(view, self.res, k, (cue.start,),
                                               CONFIDENCE["reference"], modal), k)
            return
        parties = frozenset(explicit) if explicit and len(explicit) >= 2 else current.parties
        ttype = cue.treaty_type
        if ttype == _GENERIC:
            # "the Trinity House agreement, a defence accord": its own words, else the kind
            # of the newer one
            ttype = self._complement_type(cue, b) or self._content_type(
                k, cue.end, b, same_sentence=True) or current.treaty_type
        ev = evidence(view, self.res, k, (cue.start,),
                      CONFIDENCE["explicit" if explicit else "sentence"], modal)
        d = next((d for d in self.drafts if d is not current and d.parties == parties and (
            d.treaty_type == ttype or year and year in d.years)), None)
        if d is None:
            d = TreatyDraft(ttype, parties, years={year} if year else set(), name=label)
            self.drafts.append(d)
        self.added += d.add(ev, k)
        mentions = self.res.by_sentence.get(k, [])
        after = {m.key for m in mentions if m.tok > mark} - {m.key for m in mentions
                                                           if m.tok < mark}
        known = set(d.signed_by) | set(d.ratified_by)
        self._actors(d, k, a, b)
        d.signed_by = [x for x in d.signed_by if x in known or x in after]
        d.ratified_by = [x for x in d.ratified_by if x in known or x in after]
        current.signed_by = [x for x in current.signed_by if x not in after]
        current.ratified_by = [x for x in current.ratified_by if x not in after]
        self.touched[k] = self.older[k] = d

    def _attach(self, d: TreatyDraft, k: int, a: int, b: int, cue: Cue, rule: str) -> None:
        ev = evidence(self.view, self.res, k, (cue.start,), CONFIDENCE[rule], modality_of(
            self.view, self.res, k, (cue.start,), permission_hedges=False))
        self.added += d.add(ev, k)
        self.touched[k] = d
        if cue.treaty_type not in (_GENERIC, d.treaty_type) and d.treaty_type in (
                _GENERIC, "Other"):
            d.treaty_type = cue.treaty_type
        self._actors(d, k, a, b)

    # ------------------------------------------------------------------ parts

    def _determiner(self, t: int, a: int) -> tuple[list[int], str | None]:
        """(name tokens before the treaty word, the article or possessive before it)."""
        view = self.view
        j = t - 1
        names: list[int] = []
        skipped = 0
        contiguous = True  # a name stands right before the treaty word ("the AUKUS pact")
        while j >= a and skipped < 4:
            low = view.lows[j]
            if view.has(j, "treaty_anaphor") or low in _ARTICLES:
                return sorted(names), low
            if any(view.has(j, c) for c in ("ratify_verb", "sign_verb", "agree_verb")):
                break  # "North Korea Ratifies Defense Pact": a headline's verb ends the name
            if contiguous and view.is_cap(j) and (view.texts[j].isupper()
                                                  or view.lex.lang == "en") \
                    and view.texts[j].isalpha() and not view.has(j, "treaty_content"):
                names.append(j)
            elif view.is_lower_word(j) or view.texts[j].isdigit() or (
                    "-" in view.texts[j] and view.texts[j].rsplit("-", 1)[1].islower()):
                contiguous = False  # "a United Nations-brokered deal": no name
            elif not (view.texts[j].isalpha() or "-" in view.texts[j] or view.texts[j].isdigit()):
                break
            j -= 1
            skipped += 1
        return sorted(names), None

    def _enlistment(self, cue: Cue, b: int) -> bool:
        """"Verträge mit der russischen Armee", "contracts with the Russian army", "ein
        Vertrag mit dem Verteidigungsministerium": made with a state's armed forces or a
        ministry the text gives no state, it is a recruit's contract, no treaty."""
        j = cue.end
        if not (j < b and self.view.has(j, "with")):
            return False
        partner = self.rel.mention_after(j + 1, b, max_skip=2)
        if partner is None:
            return False
        if partner.form == "demonym_adj":
            return partner.tok_end < b and self.view.has(partner.tok_end, "armed_forces")
        if partner.source == "rule:bare-ministry":
            return True  # "ein Einjahresvertrag mit dem Verteidigungsministerium"
        return partner.org_class in ARMED_FORCES and partner.state is not None

    def _explicit_parties(self, k: int, a: int, b: int, cue: Cue, excluded: set[int]
                          ) -> set[str] | None:
        """Parties of "zwischen X und Y" / "between ..." / "X mit Y" around the cue."""
        view = self.view
        for j in list(range(cue.end, min(b, cue.end + 4))) + list(range(max(a, cue.start - 8),
                                                                         cue.start)):
            if view.has(j, "between"):
                actors = self.rel.coordinated_actors(j + 1, b)
                if len(actors) >= 2:
                    return set(actors)
                if j + 1 < b and (view.phrase(j + 1, "pair_anaphor") is not None
                                  or self._named_pair(j + 1, b)):
                    # "a pact between the two nations": the two states named just before
                    pair = self._pair_before(k, cue.start, excluded)
                    if len(pair) == 2:
                        return pair
        if view.positions(k, "sign_verb") or view.positions(k, "agree_verb"):
            # "signed in Pretoria by X for the Ethiopian government and Y for the TPLF",
            # "Für die Regierung unterschrieb X, für die Rebellen Y": whom each signer signs for
            sides = []
            for j in range(a, b):
                if view.lows[j] in ("for", "für"):
                    m = self.rel.mention_after(j + 1, b, max_skip=2)
                    key = self.rel.actor_key(m, institutions_as_state=True) if m else None
                    if key and m is not None and m.tok not in excluded and key not in sides:
                        sides.append(key)
            if len(sides) >= 2:
                return set(sides)
        for j in range(cue.end + 1, min(b - 1, cue.end + 4)):
            if view.lows[j] in ("by", "von") and (view.has(j - 1, "agree_verb")
                                                  or view.has(j - 1, "sign_verb")):
                # "The agreement, reached by Israel and Lebanon", "the Oslo Accords, signed
                # by Israel and the PLO": the states and bodies that made it
                actors = self.rel.coordinated_actors(j + 1, b)
                if len(actors) >= 2 and all(self.res.kind(x) in ("State", "Organization")
                                            for x in actors) and \
                        any(self.res.kind(x) == "State" for x in actors):
                    return set(actors)
        j = cue.end
        owner = self.rel.starts.get(j)
        if owner is not None and owner.form == "inflected" and owner.tok_end < b and \
                view.has(owner.tok_end, "with") and self.res.kind(owner.key) == "State":
            # "im Vertrag Russlands mit Nordkorea": the genitive owner and the partner
            other = self.rel.coordinated_actors(owner.tok_end + 1, b)
            if other and owner.key:
                return set(other) | {owner.key}
        if not (j < b and view.has(j, "with")) and any(
                cue.start - 3 <= m < cue.end + 4 for cat in ("treaty_similar", "treaty_separate")
                for m in view.positions(k, cat)):
            # "Ähnliche Abkommen hatten die USA auch mit Finnland und Dänemark geschlossen"
            _lo, hi = self._clause(cue.start, a, b)
            j = next((i for i in range(cue.end, min(hi, cue.end + 8)) if view.has(i, "with")), j)
        if j + 2 < b and not view.has(j, "with") and view.has(j + 2, "with") and (
                view.has(j + 1, "weekdays") or view.has(j + 1, "months")):
            j += 2  # "signed a contract on Wednesday with Korea Aerospace Industries"
        own = self._own_country(k, cue, b) if not (j < b and view.has(j, "with")) else None
        if own is not None and j + 2 < b and view.has(j + 2, "with"):
            j += 2  # "die Partnerschaft seines Landes mit den USA"
        if j < b and view.has(j, "with"):
            other = self.rel.coordinated_actors(j + 1, b)
            if other and own is not None and own not in other:
                return set(other) | {own}
            if other:
                subject = self._subject(k, cue.start, excluded, set(other))
                if subject:
                    return set(other) | set(self._coordination_of(k, subject, cue.start))
        if j < b and view.texts[j] == ",":
            # "dem Truppenstatut, das Australien 2022 mit Japan unterzeichnet hatte": the
            # relative clause says who made it, whatever treaty came before
            relative = self._relative_parties(k, j, b, excluded)
            if len(relative) >= 2:
                return relative
        return None

    def _dated_apart(self, d: TreatyDraft, year: str | None) -> bool:
        """"Under the 1977 neutrality treaty" in a story of 2025: not the undated deal the
        text reports as news."""
        return bool(year) and not d.years and int(year or 0) <= self.latest_year - 3

    def _signer_states(self, k: int, b: int) -> list[str]:
        """The states of the persons named after "signed by"/"unterzeichnet von"."""
        view = self.view
        out: list[str] = []
        for v in view.positions(k, "sign_verb"):
            if v + 1 < b and view.lows[v + 1] in ("by", "von"):
                for m in self.res.by_sentence.get(k, []):
                    if v < m.tok < b and m.key in self.person_state:
                        out.append(self.person_state[m.key])
        return list(dict.fromkeys(out))

    def _own_country(self, k: int, cue: Cue, b: int) -> str | None:
        """"die Partnerschaft seines Landes", "his country's partnership": the state of the
        person the sentence names before the treaty word."""
        view = self.view
        j = cue.end
        if not (j + 1 < b and view.has(j, "possessive") and view.has(j + 1, "country_anaphor")):
            i = next((x for x in range(cue.start - 1, max(0, cue.start - 5), -1)
                      if view.texts[x] in _GENITIVE_MARKS), None)
            if i is None or i < 2 or not (view.has(i - 1, "country_anaphor")
                                          and view.has(i - 2, "possessive")):
                return None
        persons = [m.key for m in self.res.by_sentence.get(k, []) if m.tok < cue.start
                   and m.key and m.key in self.person_state]
        return self.person_state[persons[-1]] if persons else None

    def _coordination_of(self, k: int, key: str, t: int) -> list[str]:
        """The coordination the actor ``key`` ends before token ``t`` ("Mali and Burkina
        Faso, which signed a pact with Niger")."""
        view = self.view
        last = None
        for m in self.res.by_sentence.get(k, []):
            if m.tok < t and not m.partial and self.rel.actor_key(m, institutions_as_state=True
                                                                  ) == key:
                last = m
        if last is None:
            return [key]
        start = last.tok
        while start > 0:
            p = start - 1
            while p > 0 and view.lows[p] in _ARTICLES:
                p -= 1
            if not (view.texts[p] == "," or view.has(p, "coord")):
                break
            q = p
            while q > 0 and view.lows[q - 1] in _ARTICLES:
                q -= 1
            prev = self.rel.ends.get(q)
            if prev is None or not self.rel.actor_key(prev, institutions_as_state=True):
                break
            start = prev.tok
        keys = self.rel.coordinated_actors(start, last.tok_end)
        return keys if key in keys else [key]

    def _subject(self, k: int, t: int, excluded: set[int], others: set[str]) -> str | None:
        """The actor of the clause before the treaty word (or after, in German V2)."""
        cands = [x for x in self._actor_mentions(k, excluded) if x[1] not in others]
        # "North Korea, which sent troops to fight for Russia against Ukraine, signed a
        # treaty with Moscow": not an actor of the relative clause
        inside = self.view.relative_clauses(self.view.sents[k][0], t)
        before = [key for tok, key in cands if tok < t and tok not in inside]
        if before:
            return before[-1]
        a = self.view.sents[k][0]
        lo = self._clause(t, a, self.view.sents[k][1])[0]
        if k > 0 and any(self.view.has(i, "state_pronoun") for i in {a} | set(range(lo, t))):
            # "Turkey has become Somalia's closest partner. It ... signed an agreement with
            # the Somali government", "In 2024 it agreed to buy jets from France": the actor
            # the sentence before opens with (over sentences that open with "it" as well)
            for j in range(k - 1, max(-1, k - 4), -1):
                prior = [key for _tok, key in self._actor_mentions(j, set())
                         if key not in others]
                if prior:
                    return prior[0]
                start = self.view.sents[j][0]
                if not any(self.view.has(i, "state_pronoun")
                           for i in range(start, min(start + 3, self.view.sents[j][1]))):
                    break  # ("But it has been modernising ...")
            return None
        # (not "follows closer ties with Turkey": the partner of another noun)
        after = [key for tok, key in cands if not (tok > 0 and self.view.has(tok - 1, "with"))]
        return after[0] if after else None

    def _actor_mentions(self, k: int, excluded: set[int]) -> list[tuple[int, str]]:
        """(token, actor key) of the states, alliances and persons-as-states of a sentence."""
        view = self.view
        out: list[tuple[int, str]] = []
        for m in self.res.by_sentence.get(k, []):
            if m.tok in excluded or m.key is None or m.partial and \
                    view.lows[m.tok].endswith(self.rel.based):
                continue  # "the Russian-led CSTO": Russia is no party to what the CSTO does
            if self._at_event(m):
                continue  # "on the sidelines of the NATO summit": where, not who
            if m.partial and view.lows[m.tok].rpartition("-")[2] in \
                    view.lex.word_set("pair_noun"):
                continue  # "die drei Nato-Staaten": the members, not the alliance
            if self._in_dispute(m):
                continue  # "a pact that has sharpened tensions between Somalia and Ethiopia"
            before = self.rel.ends.get(m.tok - 1) if m.tok > 1 and view.texts[m.tok - 1] == "," \
                else None
            kind_state = self.res.kind(m.key) == "State"
            if before is not None and self.res.kind(before.key) == "Place" and kind_state:
                continue  # "in Putrajaya, Malaysia,": the place's country, no party
            if self.rel.city_of(m) or kind_state and self._place_country(m):
                continue  # "in der katarischen Hauptstadt Doha": where they met, no party
            if kind_state and self.rel.border_of(m, view.sents[k][0]):
                continue  # "along Armenia's frontiers with Iran and Turkey": neighbours
            if m.form == "demonym_adj" and m.tok_end < len(view.texts) and (
                    view.has(m.tok_end, "conflict") or view.has(m.tok_end, "attack_noun")):
                continue  # "am Jahrestag des russischen Überfalls": the war, no party
            if m.form == "demonym_adj" and self._plain_noun_after(m):
                continue  # "spanischen und französischen Thunfischfängern": whose boats
            kind = self.res.kind(m.key)
            if m.org_class in ("party", "company"):
                continue  # a political party or a firm is no party to a treaty
            owned_at = view.after_genitive(m) if kind == "State" else None
            owned = self.rel.starts.get(owned_at) if owned_at is not None else None
            if owned is not None and owned.entry and not owned.state and \
                    self.res.kind(owned.key) == "Organization":
                continue  # "Yemen's Houthi movement": the group is the party, not Yemen
            if kind == "State":
                out.append((m.tok, m.key))
            elif kind == "Organization" and m.key in self.res.state_bodies:
                # "Duma billigt Vertrag mit Iran": a body of a state the text names acts for it
                out.append((m.tok, self.res.state_bodies[m.key]))
            elif kind == "Organization" and m.entry and not m.state:
                out.append((m.tok, m.key))
            elif kind == "Organization" and self.armed_parties and not m.state and \
                    m.org_class in ARMED_GROUP_CLASSES:
                out.append((m.tok, m.key))  # "die Junta und die MNDAA vereinbarten eine Waffenruhe"
            elif kind == "Organization" and m.state:
                # "Finland's parliament approved an agreement with the US": its state
                key = self.rel.actor_key(m, institutions_as_state=True)
                if key and key != m.key:
                    out.append((m.tok, key))
            elif kind == "Person" and m.key in self.person_state:
                out.append((m.tok, self.person_state[m.key]))
        return out

    def _place_country(self, m: Mention) -> bool:
        """"in Argyle auf dem Inselstaat St. Vincent", "in Sochi in Russia": the state that
        holds the place just named, no party."""
        view = self.view
        j = m.tok - 1
        while j > 0 and m.tok - j <= 3 and (view.lows[j] in _ARTICLES
                                             or view.has(j, "country_anaphor")
                                             or view.has(j, "country_noun")):
            j -= 1
        if j < 1 or view.phrase(j, "locprep") is None:
            return False
        place = self.rel.ends.get(j)
        return place is not None and self.res.kind(place.key) == "Place" and \
            self.rel.after_locprep(place)

    def _in_dispute(self, m: Mention) -> bool:
        """A state named after "tensions between"/"Streit mit" ("tensions between Somalia
        and neighbouring Ethiopia"): the sides of a quarrel, not of the treaty."""
        view = self.view
        j = m.tok - 1
        steps = 0
        while j > 0 and steps < 6 and not (view.has(j, "between") or view.has(j, "with")):
            if view.texts[j] in (".", ";", ":") or view.has(j, "treaty"):
                return False
            j -= 1
            steps += 1
        return j > 0 and (view.has(j, "between") or view.has(j, "with")) and \
            view.has(j - 1, "dispute_noun")

    def _at_event(self, m: Mention) -> bool:
        """An organization named as the host of a meeting ("the NATO summit", "beim
        Nato-Gipfel"): the meeting is where something was signed, not a party."""
        view = self.view
        if self.res.kind(m.key) != "Organization":
            return False
        if m.partial:
            return view.has(m.tok, "event_noun")  # "Nato-Gipfel": the compound's head
        nxt = m.tok_end
        if nxt < len(view.texts) and view.texts[nxt] in ("'s", "’s"):
            nxt += 1  # "at NATO's summit in Vilnius"
        return nxt < len(view.texts) and view.phrase(nxt, "event_noun") is not None

    def _sentence_parties(self, k: int, a: int, b: int, cue: Cue, excluded: set[int]
                          ) -> set[str]:
        """Parties a sentence connects to an unqualified treaty word: the coordinated
        subject of its agreement verb ("Japan, Philippines sign ..."), else the actors of
        the cue's clause (a comma between two names does not end it), else of the
        sentence; mediators ("Katar und Ägypten vermitteln") are no parties."""
        excluded = excluded | self._mediators(k)
        agreed_by = self._that_clause_parties(k, cue, b, excluded)
        if len(agreed_by) >= 2:
            return agreed_by  # "a truce that the Houthis and the government agreed"
        subject = self._signing_subject(k, a, b, excluded)
        if len(subject) >= 2:
            return subject
        signers = self._signed_by_after(k, cue, b, excluded)
        if len(signers) >= 2:
            return signers
        sides = self._generic_sides(k, a, cue.start) or self._compass_pair(a, b)
        if len(sides) == 2:
            return sides
        inverted = self._inverted_subject(k, a, cue, excluded)
        if len(inverted) >= 2:
            return inverted
        leaders = [i for i in self.view.positions(k, "leader_pair_anaphor") if i < cue.start]
        pair = self._leader_pair(k, leaders[0]) if leaders else set()
        if len(pair) == 2:
            return pair  # "The two leaders watched as officials signed agreements"
        group = self._anaphor_subject(k, a, cue.start)
        if len(group) >= 2:
            return group
        lo_c, hi_c = self._clause(cue.start, a, b)
        if any(self.view.phrase(i, "pair_anaphor") is not None for i in range(lo_c, hi_c)) \
                and len({key for tok, key in self._actor_mentions(k, excluded)
                         if lo_c <= tok < hi_c}) < 2:
            # "US envoy X and the AU's envoy Y are pressing both sides for a ceasefire":
            # the two sides named before, not the envoys' states
            return self._pair_before(k, cue.start, excluded)
        lo, hi = self._clause(cue.start, a, b)
        clause = {key for tok, key in self._actor_mentions(k, excluded) if lo <= tok < hi}
        if len(clause) >= 2:
            return clause
        view = self.view
        host = next((i for i in view.positions(k, "country_anaphor") if lo <= i < hi
                     and view.phrase_ending(i - (view.lows[i - 1] in _ARTICLES), "locprep")),
                    None)
        if len(clause) == 1 and host is not None:
            # "Rwanda maintains troops in the country under a bilateral defence agreement":
            # the state the text is about, where the troops are
            state = self.res.salient_state(host, exclude=list(clause))
            if state:
                return clause | {state}
        if not clause and any(lo <= i < hi for i in self.view.positions(k, "parties_anaphor")):
            # "„Beide Parteien haben sich ... geeinigt“, sagte der AU-Gesandte X": the
            # parties of the treaty just named, else the pair named before; not the speaker
            recent = [d for d in self.drafts if k - d.last <= 3 and len(d.parties) == 2]
            return set(recent[-1].parties) if recent else self._last_pair(k)
        if len(clause) < 2:
            relative = self._relative_parties(k, hi, b, excluded)
            if relative:
                return relative
        if len(clause) == 1 and lo > a and self.view.texts[lo - 1] == ",":
            # "The Philippines, bound to the US by a 1951 treaty, ...": the apposition's
            # actor and the one it describes
            head = self.rel.ends.get(lo - 1)
            key = self.rel.actor_key(head, institutions_as_state=True) if head else None
            if key and key not in clause and head is not None and head.tok not in excluded:
                return clause | {key}
        semi = [i for i in range(a, b) if self.view.texts[i] == ";"]
        seg_lo = max([i + 1 for i in semi if i < cue.start], default=a)
        seg_hi = min([i for i in semi if i >= cue.end], default=b)
        # "South Africa's contingent heads home; Tanzania to keep troops under bilateral
        # deal": a semicolon ends what the treaty's clause can say about its parties
        sentence = {key for tok, key in self._actor_mentions(k, excluded) if seg_lo <= tok < seg_hi}
        if len(sentence) < 2 and self.view.positions(k, "pair_anaphor"):
            return self._last_pair(k)  # "Beide Länder ... unterzeichneten ein Abkommen"
        groups = [self.view.phrase(i, "group_anaphor") for i in
                  self.view.positions(k, "group_anaphor")]
        if len(sentence) < 2 and groups and groups[0] is not None:
            # "Im September schlossen die drei Länder einen Beistandspakt"
            return self._last_pair(k, int(groups[0][1]))
        if len(sentence) > 2 and len(clause) < 2 and self.view.texts[b - 1] not in _FINAL:
            # "Streit um Hafendeal: Ägypten schickt Waffen nach Somalia, Äthiopien warnt":
            # three actors in other clauses say nothing about who made the deal
            return set()
        return sentence

    def _generic_sides(self, k: int, a: int, t: int) -> set[str]:
        """"Im Juni 2023 unterzeichneten Regierung und Guerilla einen Waffenstillstand": a
        government word and a rebel word coordinated before the treaty word are the state
        the story opens with and, of the groups introduced with that word ("der
        Guerillagruppe ELN", "the rebel group X"), the one named last."""
        view = self.view
        for i in range(a, t - 2):
            if not view.has(i + 1, "coord"):
                continue
            first, second = i, i + 3 if view.has(i + 2, "def_article") else i + 2
            gov, armed = (first, second) if view.has(first, "gov") else (second, first)
            stem = view.value(armed, "armed_anaphor")
            if not view.has(gov, "gov") or stem is None or armed in self.rel.starts:
                continue
            named = self.rel.ends.get(gov + 1)  # "die kolumbianische Regierung und ..."
            owned = named is not None and named.tok < gov
            state = self.rel.actor_key(named, institutions_as_state=True) if owned else \
                next((m.key for m in self.res.mentions if m.key and not m.partial
                      and self.res.kind(m.key) == "State"), None)  # the story's state
            before = view.sents[k][0]
            groups = {m.key for m in self.res.mentions if m.tok < before and m.key
                     and self.res.kind(m.key) == "Organization" and (
                         stem in m.text.lower() or any(stem in view.lows[x] for x in range(
                             max(0, m.tok - 2), m.tok)))}
            # the group so introduced that the text named last ("die Gespräche mit der ELN")
            group = next((m.key for m in reversed(self.res.mentions)
                          if m.tok < before and m.key in groups and not m.partial), None)
            return {state, group} if state and group else set()
        return set()

    def _compass_pair(self, a: int, b: int) -> set[str]:
        """"das Nord und Süd 2018 geschlossen hatten", "North and South signed": the two
        states of the text named with those compass words ("Nordkorea", "South Korea")."""
        view = self.view
        north, south = view.lex.word_set("compass_north"), view.lex.word_set("compass_south")
        if not any(view.lows[i] in north and view.has(i + 1, "coord") and view.lows[i + 2] in south
                   for i in range(a, b - 2)):
            return set()
        found: dict[str, set[str]] = {"n": set(), "s": set()}
        for key, ent in self.res.entities.items():
            if ent.kind != "State":
                continue
            names = [n.lower() for n in [ent.label, *ent.aliases]]
            if any(n.startswith(tuple(north)) for n in names):
                found["n"].add(key)
            if any(n.startswith(tuple(south)) for n in names):
                found["s"].add(key)
        if len(found["n"]) == 1 and len(found["s"]) == 1 and found["n"] != found["s"]:
            return found["n"] | found["s"]
        return set()

    def _inverted_subject(self, k: int, a: int, cue: Cue, excluded: set[int]) -> set[str]:
        """"Beim Gipfel in Samarkand vereinbarten EU-Ratspräsident X und die Präsidenten
        Kasachstans, ... eine strategische Partnerschaft": after a fronted phrase, the
        subject stands between the verb and the treaty word."""
        view = self.view
        verbs = [v for v in view.positions(k, "agree_verb") if a < v < cue.start
                 and (view.lex.lang == "de" or view.texts[v - 1] == ",")]
        if not verbs or any(view.texts[i] in (".", ";", ":") for i in range(verbs[0],
                                                                          cue.start)):
            return set()
        v = verbs[0]
        before = self.rel.ends.get(v)
        if before is not None and self.res.kind(before.key) != "Place" and \
                not self.rel.after_locprep(before):
            return set()  # "Japan and the Philippines signed": the subject before the verb
        if v + 1 not in self.rel.starts and v + 2 not in self.rel.starts:
            return set()  # the subject opens right after the verb (over a title word)
        return {key for tok, key in self._actor_mentions(k, excluded) if v < tok < cue.start}

    def _leader_pair(self, k: int, t: int) -> set[str]:
        """The states of the two officials named last before token ``t`` ("Putin ...
        Khurelsukh greeted Putin ... The two leaders")."""
        found: list[str] = []
        for kk in range(k, max(-1, k - 4), -1):
            for m in reversed(self.res.by_sentence.get(kk, [])):
                if kk == k and m.tok >= t or not m.key or m.key not in self.person_state:
                    continue
                state = self.person_state[m.key]
                if state not in found:
                    found.append(state)
                if len(found) == 2:
                    return set(found)
        return set()

    def _anaphor_subject(self, k: int, a: int, t: int) -> set[str]:
        """"Both countries, together with Burkina Faso, signed a mutual defence pact": the
        pair named before and the states joined to it, when a pair word is the subject of
        the verb of signing before the treaty word."""
        view = self.view
        i = a
        while i < t and not view.texts[i][:1].isalnum():
            i += 1
        if view.phrase(i, "pair_anaphor") is None:
            return set()
        if not any(i < v < t for v in view.positions(k, "sign_verb") + view.positions(
                k, "agree_verb")):
            return set()
        pair = self._last_pair(k)
        if len(pair) != 2:
            return set()
        joined: set[str] = set()
        for j in range(i, t):
            hit = view.phrase(j, "member_alongside")
            if hit is not None:
                joined |= {key for key in self.rel.coordinated_actors(hit[0], t)
                           if self.res.kind(key) == "State"}
        return pair | joined

    def _that_clause_parties(self, k: int, cue: Cue, b: int, excluded: set[int]) -> set[str]:
        """"a truce for the port of Hodeidah that the Houthis and Hadi's government agreed in
        Sweden": the actors of a relative clause (no comma) that agreed on the treaty just
        named, not the clause around it; a place after "in" is where, no party."""
        view = self.view
        relatives = view.lex.word_set("bare_relative")  # no comma before it: "that", not "den"
        rel = next((j for j in range(cue.end, min(b, cue.end + 8))
                    if view.lows[j] in relatives or view.texts[j] in (",", ";")), None)
        if rel is None or view.lows[rel] not in relatives:
            return set()
        lo2, hi2 = self._clause(rel + 1, rel + 1, b)
        verbs = [v for v in view.positions(k, "agree_verb") if lo2 <= v < hi2]
        if not verbs:
            return set()
        return {key for tok, key in self._actor_mentions(k, excluded)
                if lo2 <= tok < hi2 and not (tok > verbs[0] and view.has(tok - 1, "locprep"))}

    def _relative_parties(self, k: int, hi: int, b: int, excluded: set[int]) -> set[str]:
        """"ein Beistandspakt, wie ihn Russland mit Nordkorea geschlossen hat", "a pact,
        which Mali signed with Niger": the actors of a relative clause that agrees on the
        treaty named just before it."""
        view = self.view
        if hi + 1 >= b or view.texts[hi] != ",":
            return set()
        # "the Abraham Accords, under which the UAE and Bahrain normalised relations with
        # Israel": what the treaty does, done by its parties
        under = view.has(hi + 1, "relative_prep")
        if under:
            hi += 1
        if hi + 1 >= b or not view.has(hi + 1, "treaty_relative"):
            return set()
        lo2, hi2 = self._clause(hi + 1, hi + 1, b)
        if not under and not any(lo2 <= v < hi2 for v in view.positions(k, "agree_verb")
                                 + view.positions(k, "sign_verb")):
            return set()  # (also "das Abkommen, das X und Y unterzeichnet hatten")
        if any(view.phrase(i, "pair_anaphor") is not None for i in range(lo2, hi2)):
            # "eines Verteidigungsabkommens, das beide Regierungen geschlossen hatten": the
            # two states named before
            pair = self._pair_before(k, hi, excluded)
            return pair if len(pair) == 2 else set()
        actors = {key for tok, key in self._actor_mentions(k, excluded) if lo2 <= tok < hi2}
        return actors if len(actors) >= 2 else set()

    def _named_pair(self, i: int, b: int) -> bool:
        """"the two NATO allies", "die beiden EU-Staaten": a pair word with a body's name in
        it, which says what the two belong to, not who they are."""
        view = self.view
        for n in (2, 1):
            opener = " ".join(view.lows[i:i + n])
            if i + n < b and opener in view.lex.word_set("pair_opener"):
                m = self.rel.starts.get(i + n)
                if m is not None and self.res.kind(m.key) == "Organization" and \
                        m.tok_end < b and view.lows[m.tok_end] in view.lex.word_set("pair_noun"):
                    return True
        return False

    def _pair_before(self, k: int, t: int, excluded: set[int]) -> set[str]:
        """The two states a pair word before token ``t`` stands for: the last two the
        sentence names before it, else the pair named in the sentences before."""
        leaders = [i for i in self.view.positions(k, "leader_pair_anaphor") if i < t]
        pair = self._leader_pair(k, leaders[0]) if leaders else set()
        if len(pair) == 2:
            return pair  # "verständigten sich die beiden Regierungschefs auf ..."
        states = [(tok, key) for tok, key in self._actor_mentions(k, excluded)
                  if self.res.kind(key) == "State"]
        named = list(dict.fromkeys(key for tok, key in states if tok < t))
        if len(named) >= 2:
            return set(named[-2:])
        whole = {key for _tok, key in states}
        if len(whole) == 2 and named:
            # "during a visit by President Putin, the two countries signed an agreement
            # extending Russia's lease ... Kyrgyz debt": the two the sentence names
            return whole
        return self._last_pair(k)

    def _last_pair(self, k: int, n: int = 2) -> set[str]:
        """The ``n`` states named last before sentence ``k`` ("beide Länder", "the three
        countries")."""
        if n >= 3:
            listed = self._last_listed(k, n)
            if listed:
                return listed
        else:
            met = self._met_pair(k - 1) if k > 0 else set()
            if len(met) == 2:
                return met  # "Shoigu met Nicaragua's Ortega. The two sides signed ..."
            # "Turkey and Armenia agreed ... the two countries signed": the pair the text
            # named together, within a few sentences
            for kk in range(k - 1, max(-1, k - 4), -1):
                pair = [] if self.view.boiler[kk] else self.rel.listed_states(
                    kk, self.view.sents[kk][1], 2)
                if pair:
                    return set(pair)
            recent = [d for d in self.drafts if k - d.last <= 2 and len(d.parties) == 2]
            if recent:
                # "Maduro und sein guyanischer Amtskollege ... verabschiedet. Beide Seiten
                # vereinbarten zudem ...": the two whose treaty was just reported
                return set(recent[-1].parties)
        found = self._states_named_last(k, n)
        while 0 < len(found) < n:
            # "Beide Staaten sind Vertragsparteien ...", the second state named paragraphs
            # before: the state the text has dwelt on most besides the one named last
            more = self.res.salient_state(self.view.sents[k][0], exclude=found, actor=True)
            if more is None:
                break
            found.append(more)
        if len(found) < n:
            return set()
        here = {key for _tok, key in self._actor_mentions(k, set())}
        last = next((d for d in reversed(self.drafts) if len(d.parties) == n), None)
        if last is not None and here and here <= last.parties and not here & set(found):
            # "Singh sprach von einer Partnerschaft, die beide Länder 2016 geschlossen
            # hatten": the pair the speaker's country made treaties with, not the states
            # named last
            return set(last.parties)
        return set(found)

    def _met_pair(self, k: int) -> set[str]:
        """The states of the two sides of a meeting in sentence ``k`` ("In Managua, Shoigu met
        Nicaragua's co-president Daniel Ortega"): the actor before the verb and the first after."""
        view = self.view
        meet = view.lex.word_set("meet_verb")
        verbs = [i for i in range(*view.sents[k]) if view.lows[i] in meet]
        if not verbs or self.view.boiler[k]:
            return set()
        v = verbs[0]
        actors = [(tok, self.person_state.get(key, key)) for tok, key in
                  self._actor_mentions(k, set())]
        before = [key for tok, key in actors if tok < v and self.res.kind(key) == "State"]
        after = [key for tok, key in actors if tok > v and self.res.kind(key) == "State"]
        if not before and len(after) > 1:
            before = after[:1]  # "In Managua traf Schoigu den Präsidenten Ortega"
            after = [key for key in after if key != before[0]]
        if not before or not after or before[-1] == after[0]:
            return set()
        return {before[-1], after[0]}

    def _states_named_last(self, k: int, n: int) -> list[str]:
        """Up to ``n`` different states named last before sentence ``k``, within a few
        sentences, whatever else was named."""
        found: list[str] = []
        for kk in range(k - 1, max(-1, k - 1 - _PAIR_REACH), -1):
            if self.view.boiler[kk]:
                continue
            for m in reversed(self.res.by_sentence.get(kk, [])):
                if self.res.kind(m.key) == "State" and m.key and m.key not in found:
                    found.append(m.key)
                if len(found) == n:
                    return found
        return found

    def _last_listed(self, k: int, n: int) -> set[str]:
        """The last list of exactly ``n`` states before sentence ``k`` ("Die Türkei,
        Aserbaidschan und Pakistan ... die drei Staaten"): a group anaphor names a group the
        text listed, not whichever states came last."""
        for kk in range(k - 1, -1, -1):
            if self.view.boiler[kk]:
                continue
            last = self.rel.listed_states(kk, self.view.sents[kk][1], n)
            if last:
                return set(last)
        return set()

    def _clause(self, t: int, a: int, b: int) -> tuple[int, int]:
        """Clause bounds around ``t``; a comma between two names is a coordination."""
        view = self.view
        breaks = {",", ";", ":", "–", "—", "(", ")"}

        def is_break(i: int) -> bool:
            if view.texts[i] not in breaks:
                return False
            return not (view.texts[i] == "," and i in self.rel.ends and i + 1 in self.rel.starts)

        lo = t
        while lo > a and not is_break(lo - 1):
            lo -= 1
        hi = t
        while hi < b and not is_break(hi):
            hi += 1
        return lo, hi

    def _signing_subject(self, k: int, a: int, b: int, excluded: set[int]) -> set[str]:
        """The coordinated actors right before an agreement verb ("Japan and the
        Philippines signed", "Polen und die Ukraine unterzeichneten")."""
        view = self.view
        for v in view.positions(k, "agree_verb"):
            j = v
            while j > a and view.lows[j - 1] in _ARTICLES | {"have", "has", "haben", "hat"}:
                j -= 1
            if self.rel.ends.get(j) is None:
                # "Litauen, Lettland und Estland hatten Anfang 2024 vereinbart": the subject
                # before the auxiliary, a time phrase between it and the verb at the end
                aux = next((x for x in range(v - 1, max(a, v - 7), -1)
                            if view.lows[x] in self.rel.auxiliaries), None)
                if aux is not None and self.rel.ends.get(aux) is not None and not any(
                        x in self.rel.starts or view.texts[x] in _CLAUSE_ENDS
                        for x in range(aux + 1, v)):
                    j = aux
            end = self.rel.ends.get(j)
            if end is None or end.tok in excluded:
                # "Koizumi and his South Korean counterpart, Ahn Gyu-back, signed"
                signers = self._signers_before(k, a, v, excluded)
                if len(signers) >= 2:
                    return signers
                continue
            start = end.tok
            while start > a:
                prev = start - 1
                while prev > a and view.lows[prev] in _ARTICLES and view.has(prev - 1, "coord"):
                    prev -= 1  # "Japan, Südkorea und die USA"
                if view.texts[prev] == "," or view.has(prev, "coord"):
                    p = prev
                    while p > a and view.lows[p - 1] in _ARTICLES:
                        p -= 1
                    m = self.rel.ends.get(p)
                    if m is None or m.tok in excluded:
                        break
                    start = m.tok
                    continue
                break
            keys = self.rel.coordinated_actors(start, v)
            p = start - 1
            while p > a and view.lows[p] in _ARTICLES:
                p -= 1
            if p >= a and view.has(p, "with"):
                # "das Iran mit den USA, Russland und China geschlossen hatte": the partners
                # of the verb-final clause and the actor before them
                lo, _hi = self._clause(p, a, b)
                before = [key for tok, key in self._actor_mentions(k, excluded)
                          if lo <= tok < p and key not in keys]
                keys = keys + before[-1:] if before else []
            if len(keys) >= 2:
                return set(keys)
            signers = self._signers_before(k, a, v, excluded) or self._signed_with(k, a, b, v,
                                                                                 excluded)
            if len(signers) >= 2:
                return signers
        return set()

    def _signed_with(self, k: int, a: int, b: int, v: int, excluded: set[int]) -> set[str]:
        """"Kirchner ... unterzeichnete mit Xi Jinping eine Reihe von Vereinbarungen": the
        states of the official before the verb and of the one after "mit"/"with"."""
        view = self.view
        lo, hi = self._clause(v, a, b)
        persons = [m for m in self.res.by_sentence.get(k, []) if lo <= m.tok < hi
                   and m.tok not in excluded and m.key in self.person_state]
        before = [m for m in persons if m.tok < v]
        after = [m for m in persons if m.tok > v and any(
            view.has(i, "with") for i in range(max(v, m.tok - 3), m.tok))]
        if not before or not after:
            return set()
        states = {self.person_state[before[-1].key or ""], self.person_state[after[0].key or ""]}
        return states if len(states) == 2 else set()

    def _signed_by_after(self, k: int, cue: Cue, b: int, excluded: set[int]) -> set[str]:
        """"a declaration signed in Tirana by the defence ministers of Albania, Croatia and
        Kosovo": the actors of the by-phrase of a signing participle after the treaty word."""
        view = self.view
        for v in view.positions(k, "sign_verb"):
            if not cue.end <= v <= cue.end + 6:
                continue
            by = next((j for j in range(v + 1, min(b, v + 14)) if view.has(j, "by_prep")), None)
            if by is None:
                continue
            first = next((m for m in self.res.by_sentence.get(k, []) if by < m.tok <= by + 5
                          and m.tok not in excluded), None)
            if first is None:
                continue
            keys: set[str] = set()
            for key in self.rel.coordinated_actors(first.tok, b):
                key = self.person_state.get(key, key)
                if self.res.kind(key) in ("State", "Organization"):
                    keys.add(key)
            return keys
        return set()

    def _signers_before(self, k: int, a: int, v: int, excluded: set[int]) -> set[str]:
        """"Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud
        signed": the states of coordinated officials right before the verb."""
        view = self.view
        persons = [m for m in self.res.by_sentence.get(k, []) if a <= m.tok < v
                   and m.tok not in excluded and m.key in self.person_state]
        if len(persons) < 2 or v - persons[-1].tok_end > 1:
            return set()
        for first, second in zip(persons, persons[1:], strict=False):
            if not any(view.has(i, "coord") or view.texts[i] == ","
                       for i in range(first.tok_end, second.tok)):
                return set()
        return {self.person_state[m.key] for m in persons if m.key}

    def _mediators(self, k: int) -> set[int]:
        """Tokens of actors in a clause that mediates ("vermitteln", "brokered by"), worked
        out once per sentence (every treaty word of it asks)."""
        if k not in self._mediator_tokens:
            self._mediator_tokens[k] = self._find_mediators(k)
        return self._mediator_tokens[k]

    def _find_mediators(self, k: int) -> set[int]:
        view = self.view
        out: set[int] = set()
        a, b = view.sents[k]
        proposals = view.lex.word_set("proposal_noun")
        for i in range(a, b):
            low = view.lows[i]
            if low in proposals or "-" in low and low.rpartition("-")[2] in proposals:
                # "ein US-Vorschlag für eine Waffenruhe", "the US proposal for a truce": the
                # one who proposes it mediates
                owner = self.rel.ends.get(i)
                for m in [*self.rel.partials.get(i, ()), *([owner] if owner else [])]:
                    out.update(range(m.tok, m.tok_end))
        under = view.lex.word_set("mediation_prep")  # "unter Vermittlung", "with mediation"
        for i in view.positions(k, "mediate"):
            lo, hi = self._clause(i, *view.sents[k])
            end = view.phrase(i, "mediate")
            nxt = end[0] if end is not None else i + 1
            owner = next((m for m in self.res.by_sentence.get(k, []) if m.tok_end == i
                          and m.tok > lo and view.lows[m.tok - 1] in under), None)
            if owner is not None:
                # "unter Pekings Vermittlung", "with Qatar's mediation": the owner alone
                out.update(range(owner.tok, owner.tok_end))
                continue
            if i > lo and (view.lows[i - 1] in under or view.has(i - 1, "time_since_prep")) or (
                    nxt < hi and view.lows[nxt] in _MEDIATOR_PREPS):
                # "unter Vermittlung der USA", "brokered by Qatar": only the mediator named
                # in the phrase, not the rest of the clause ("hosted by X between A and B")
                lo, hi = nxt, min(hi, nxt + 8)
                hi = next((j for j in range(lo, hi) if view.has(j, "between")), hi)
                out.update(self._named_run(k, lo, hi))
                continue
            # "China has brokered ceasefires between the junta and X": the sides after
            # "between" are the parties
            hi = next((j for j in range(i + 1, hi) if view.has(j, "between")), hi)
            if lo > a and view.texts[lo - 1] == "," and not any(
                    view.has(j, "treaty") or view.has(j, "agree_verb") for j in range(a, lo)):
                lo = a  # "China's special envoy, Deng Xijun, has brokered ...": the subject
            for m in self.res.by_sentence.get(k, []):
                if lo <= m.tok < hi:
                    out.update(range(m.tok, m.tok_end))
        return out

    def _named_run(self, k: int, lo: int, hi: int) -> set[int]:
        """Tokens of the actors named from ``lo`` on, one after another, coordinated or
        behind a title ("hosted by Malaysian Prime Minister Anwar Ibrahim"): "unter
        Vermittlung Pekings haben sich Myanmars Militärregierung ...": Peking alone."""
        view = self.view
        out: set[int] = set()
        at = lo
        coordinated = False
        for m in sorted(self.res.by_sentence.get(k, []), key=lambda m: m.tok):
            if m.tok < at or m.tok >= hi:
                continue
            gap = range(at, m.tok)
            if len(gap) > 3 or any(not (
                    view.has(j, "coord") or view.has(j, "def_article") or view.is_cap(j) or
                    view.texts[j] == "," and not coordinated or
                    not out and view.lows[j] in _MEDIATOR_PREPS) for j in gap):
                break  # "with the mediation of Qatar and Egypt, Israel and Hamas ...": the
                # comma after a coordinated pair ends the mediators
            coordinated = coordinated or any(view.has(j, "coord") for j in gap)
            out.update(range(m.tok, m.tok_end))
            at = max(at, m.tok_end)
        return out

    def _not_yet_or_cited(self, t: int, a: int) -> bool:
        """A treaty still to come ("once a ceasefire is reached", "sobald ein
        Waffenstillstand gilt") or cited as a legal basis ("under Article 4 of the North
        Atlantic Treaty", "nach Artikel 5 des Nato-Vertrags"): no agreement between the
        actors of the sentence."""
        view = self.view
        j = t - 1
        if j - 1 > a and view.lows[j] in ("or", "oder") and (
                view.has(j - 1, "treaty") or view.has(j - 1, "treaty_weak")):
            return self._not_yet_or_cited(j - 1, a)  # "once a ceasefire or peace deal ..."
        if j >= a and view.has(j, "pending_treaty_adj"):
            return True  # "bis zu einem möglichen Nato-Beitritt", "a possible peace deal"
        while j > a and (view.lows[j] in _ARTICLES or view.has(j, "possessive")):
            j -= 1
        if j >= a and (view.has(j, "pending_treaty_pre")
                       or view.phrase_ending(j + 1, "pending_treaty_pre") is not None):
            return True  # "once", "path to (NATO membership)"
        urged_for = view.lex.word_set("urge_prep")  # "drängt zu", "pressing ... for"
        u = t - 1
        while u > a and (view.lows[u] in _ARTICLES or t - u <= 2 and (
                view.is_lower_word(u) or view.texts[u][:1].isdigit() and "-" in view.texts[u])
                and view.lows[u] not in urged_for):
            u -= 1  # "zu einer 30-tägigen Feuerpause", "for a lasting ceasefire"
        if u >= a and view.lows[u] in urged_for and any(
                view.has(x, "urge_verb") for x in range(max(a, u - 6), u)):
            return True  # "pressing both sides for a ceasefire": wanted, not made
        party = (view.phrase_ending(j + 1, "party_to") or view.phrase_ending(t, "party_to")) \
            if j - 1 > a else None
        if party is not None and any(view.has(x, "negation") or view.has(x, "negative_det")
                                     for x in range(max(a, party[0] - 3), party[0])):
            return True  # "is not a party to the treaty", "ist kein Vertragsstaat des"
        if j - 1 >= a and view.lows[j] in ("of", "des", "der"):
            j -= 1  # "Article 4 of the", "Artikel 5 des"
        return j - 2 >= a and view.texts[j - 1][:1].isdigit() and view.has(j - 2, "article_word") \
            or j - 1 >= a and view.texts[j][:1].isdigit() and view.has(j - 1, "article_word")

    def _provided_for(self, t: int, a: int) -> bool:
        """The word at ``t`` is a term another agreement sets ("provides for a ceasefire",
        "sieht eine Waffenruhe vor")."""
        view = self.view
        j = t - 1
        while j > a and (view.lows[j] in _ARTICLES or view.is_lower_word(j) and t - j <= 2
                         and not view.has(j, "treaty_provision")):
            j -= 1  # "provides for an immediate ceasefire"
        return j >= a and view.phrase_ending(j + 1, "treaty_provision") is not None and \
            any(view.has(i, "treaty") for i in range(a, j))

    def _years_after(self, t: int, a: int) -> bool:
        """The word at ``t`` dates something else: "two years after joining the alliance",
        "zwei Jahre nach dem Nato-Beitritt Finnlands"."""
        view = self.view
        j = t - 1
        while j > a and view.lows[j] in _ARTICLES:
            j -= 1
        return j > a and view.has(j, "time_since_prep") and view.has(j - 1, "time_span_unit")

    def _accession_owner(self, cue: Cue, a: int, b: int) -> str | None:
        """The state whose accession it is: "Beitritt Schwedens", "Schwedens Beitritt",
        "Sweden's accession"."""
        view = self.view
        after = self.rel.starts.get(cue.end)
        if after is not None and after.form == "inflected" and self.res.kind(after.key) == "State":
            return after.key
        before = self.rel.mention_before(cue.start, a, skip_adjectives=1)
        if before is not None and self.res.kind(before.key) == "State" and (
                before.form == "inflected" or view.texts[before.tok_end] in ("'s", "’s")):
            return before.key
        return None

    def _accession_parties(self, k: int, a: int, b: int, cue: Cue, owner: str | None = None
                           ) -> set[str] | None:
        """"Schwedens Beitritt zur Nato": the joining state and the alliance."""
        mentions = self.res.by_sentence.get(k, [])
        lo, hi = clause_bounds(self.view, cue.start, k)
        if any(self.view.has(i, "membership_end") for i in range(lo, hi)):
            return None  # "hat die Mitgliedschaft in der OVKS eingefroren": leaving, not joining
        joinables = [m for m in mentions if self.res.kind(m.key) == "Organization" and joinable(m)]
        # the alliance named after the word ("Mitgliedschaft in der OVKS") before any other
        after = [m for m in joinables if m.tok > cue.start]
        # "EU-Beitritt", "NATO accession": the alliance the word itself names comes first
        inside = [m for m in joinables if cue.start <= m.tok < cue.end and m.partial]
        org = next((m.key for m in inside + after + joinables), None)
        if org is None:
            org = self._alliance_org()
        state = owner or self.rel._nearest_state(k, cue.start)
        if org and state:
            return {state, org}
        return None

    def _alliance_org(self) -> str | None:
        for d in reversed(self.drafts):
            if d.treaty_type == "Alliance":
                for p in d.parties:
                    if self.res.kind(p) == "Organization":
                        return p
        return None

    def _reference(self, k: int, cue: Cue, label: str | None = None, year: str | None = None
                   ) -> TreatyDraft | None:
        """The treaty a definite mention refers back to: the latest compatible one, one
        that shares more actors with the sentence first; none named or dated otherwise."""
        compatible = [d for d in self.drafts if k - d.last <= REFERENCE_WINDOW and (
            cue.treaty_type in (_GENERIC, d.treaty_type) or d.treaty_type in (_GENERIC, "Other"))
            and _may_name(d, label, cue.treaty_type, k) and _may_date(d, year)
            and not self._dated_apart(d, year)]
        if not compatible:
            return None
        actors = {key for _, key in self._actor_mentions(k, set())}
        # "the Serbian-Hungarian pact": the one sharing most actors, then the latest
        return max(compatible, key=lambda d: (len(d.parties & actors), d.last))

    def _content_type(self, k: int, a: int, b: int, same_sentence: bool = False
                      ) -> str | None:
        """The type the words of this and the previous sentence suggest."""
        view = self.view
        ranges = [(a, b)]
        if k > 0 and not view.boiler[k - 1] and not same_sentence:
            ranges.append(view.sents[k - 1])
        stems = _content_stems(view)
        # "the Trump Route for International Peace and Prosperity": where only names are
        # capitalized, a capitalized word inside a sentence belongs to a name
        in_name = not view.lex.data.get("nouns_capitalized", False)
        for lo, hi in ranges:
            for i in range(lo, hi):
                if view.has(i, "treaty") or view.has(i, "treaty_weak"):
                    continue  # another treaty's own word says nothing about this one
                if in_name and view.is_cap(i) and i > view.sents[view.sent_of[i]][0]:
                    continue
                if i > lo and view.has(i - 1, "negative_det"):
                    continue  # "ohne Beistandspflicht", "keine Beistandsklausel"
                if self._mutual_without_defence(i, hi):
                    continue
                val = view.value(i, "treaty_content")
                if val:
                    return val
                low = view.lows[i]
                if len(low) > 4:
                    for stem, value in stems:
                        if low.startswith(stem) or stem in low and len(stem) >= 6:
                            return value
        if any(view.has(i, "force") for lo, hi in ranges for i in range(lo, hi)):
            return "SecurityAgreement"  # an agreement about where soldiers go
        return None

    def _actors(self, d: TreatyDraft, k: int, a: int, b: int) -> None:
        """Signers and ratifiers the sentence names (persons, parliaments, states)."""
        view = self.view
        if d.anaphoric:
            states = self._signer_states(k, b)
            if len(states) == 2 and set(states) != d.parties and set(states) & d.parties:
                # "as the two governments signed ... The memorandum, signed by Rubio and
                # Guyana's foreign minister": the states of those who signed
                d.parties, d.anaphoric = frozenset(states), False
        signs = bool(view.positions(k, "sign_verb"))
        ratifies = bool(view.positions(k, "ratify_verb"))
        if not (signs or ratifies):
            return
        for m in self.res.by_sentence.get(k, []):
            kind = self.res.kind(m.key)
            if m.key is None or kind not in ("Person", "Organization"):
                continue
            if kind == "Organization" and m.org_class != "parliament":
                continue
            if ratifies:
                d.ratified_by.append(m.key)
            elif signs and kind == "Person":
                d.signed_by.append(m.key)


def _may_name(d: TreatyDraft, label: str | None, ttype: str, k: int) -> bool:
    """Whether a mention called ``label`` in sentence ``k`` may be treaty ``d``: not when
    both have names that differ, nor when a named plain agreement would be a typed treaty
    named in an earlier sentence without a name ("das Indus-Abkommen" after "eine
    Waffenruhe"; but "the Cessation of Hostilities Agreement" is one)."""
    if not label:
        return True
    if d.name:
        return _same_name(label, d.name)
    return d.last == k or not (ttype in (_GENERIC, "Other")
                               and d.treaty_type not in (_GENERIC, "Other"))


def _may_date(d: TreatyDraft, year: str | None, new: bool = False) -> bool:
    """A mention dated ``year`` is not a treaty dated otherwise (the 2016 pact is not the
    2018 one); a ``new`` one ("signed a pact in 2016") only a treaty of that year."""
    if not year:
        return True
    return year in d.years if new else not (d.years and year not in d.years)


def _same_name(first: str, second: str) -> bool:
    """Two names of one treaty: one holds the other ("BECA", "the BECA deal")."""
    x, y = first.casefold(), second.casefold()
    return x in y or y in x


# Which type wins when one treaty's words suggest two: the more binding military tie.
_PRECEDENCE = ("MutualDefense", "Alliance", "SecurityAgreement", "ArmsControl", "Ceasefire",
               "PeaceAgreement", "StrategicPartnership", "Trade", "Other", _GENERIC)


def _firmer(first: str, second: str | None) -> str:
    """The type of ``first`` and ``second`` that comes first in ``_PRECEDENCE``."""
    if second is None or second not in _PRECEDENCE:
        return first
    return min(first, second, key=_PRECEDENCE.index) if first in _PRECEDENCE else first


_STEMS: dict[str, list[tuple[str, str]]] = {}


def _content_stems(view: DocView) -> list[tuple[str, str]]:
    """Content words as stems ("terror" in "Terroristen", "Antiterrorkampf"), longest first."""
    lang = view.lex.lang
    if lang not in _STEMS:
        raw = view.lex.data.get("cues", {}).get("treaty_content", {})
        stems = {t.lstrip("-").lower(): v for t, v in raw.items() if len(t.lstrip("-")) >= 5}
        _STEMS[lang] = sorted(stems.items(), key=lambda x: -len(x[0]))
    return _STEMS[lang]


def find_treaties(view: DocView, res: Resolution, relations: list[Relation],
                  memberships: list[tuple[int, str, str]] | None = None,
                  foundings: list[tuple[int, tuple[str, ...]]] | None = None) -> list[Treaty]:
    """Every treaty the document reports, each once; ``foundings`` (sentence, states) are
    alliances the relation rules saw states found, which makes them parties of a pact."""
    return TreatyFinder(view, res, relations, memberships or [], foundings).run()
