"""How sure the text is of a fact, and who it credits: Asserted, Reported (hedged or
attributed: "sollen", "Berichten zufolge", "laut X", "according to X", "reportedly"),
Hypothetical (a question, "würde", "könnte", "would", "if") or Denied ("bestreitet",
"weist zurück", "denies").

Reported and Denied cues hold for the whole sentence, Hypothetical cues for the clause
(between commas, colons and dashes) that holds the fact; a question mark makes the whole
sentence hypothetical. Cue words come from the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.resolve import Resolution
from kg.extract.view import DocView, Mention
from kg.records import Evidence

CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "„", "“", '"', "”"})
_QUESTION = frozenset({"?", "?!", "!?", "??"})
# How many tokens an attribution ("laut X", "X zufolge") may span.
_ATTRIBUTION_TOKENS = 6


@dataclass(frozen=True)
class Modal:
    """Modality of a fact with the source the text credits, if any."""

    modality: str = "Asserted"
    attributed_to: str | None = None
    attributed_to_text: str | None = None

    @property
    def unsure(self) -> bool:
        """A question, a conditional or a denial: nothing to complete or count on."""
        return self.modality in ("Hypothetical", "Denied")


def clause_bounds(view: DocView, tok: int, k: int | None = None) -> tuple[int, int]:
    """Token bounds of the clause around ``tok`` inside its sentence."""
    k = view.sent_of[tok] if k is None else k
    a, b = view.sents[k]
    texts = view.texts
    start = tok
    while start > a:
        if texts[start - 1] == ")" and start - 3 >= a and texts[start - 3] == "(":
            start -= 3  # "the Rapid Support Forces (RSF) have been fighting": an abbreviation
            continue
        opener = _apposition_before(view, start - 1, a)
        if opener is not None:
            start = opener  # "the ADF, an Islamist militia, ...": one clause around it
            continue
        quoted = _quoted_name(view, start - 1, a, b, back=True)
        if quoted is not None:
            start = quoted  # "der Ausbildungsmission „Resolute Support“": a name in quotes
            continue
        if texts[start - 1] in CLAUSE_BREAKS:
            break
        start -= 1
    end = tok
    while end < b:
        if texts[end] == "(" and end + 2 < b and texts[end + 2] == ")" and end > tok:
            end += 3
            continue
        closer = _apposition_after(view, end, b) if end > tok else None
        if closer is not None:
            end = closer + 1
            continue
        quoted = _quoted_name(view, end, a, b, back=False)
        if quoted is not None:
            end = quoted + 1
            continue
        if texts[end] in CLAUSE_BREAKS:
            break
        end += 1
    return start, max(end, tok + 1)


_OPEN_QUOTES = frozenset({"„", "“", '"'})
_CLOSE_QUOTES = frozenset({"“", "”", '"'})
_QUOTED_NAME_MAX = 4  # words of a name in quotes ("„Resolute Support“")


def _quoted_name(view: DocView, i: int, a: int, b: int, *, back: bool) -> int | None:
    """The far quote of a short capitalized name in quotes whose near quote is at ``i``
    (walking back from a closing quote, or forward from an opening one), else None."""
    texts = view.texts
    if back and texts[i] in _CLOSE_QUOTES:
        far = next((j for j in range(i - 1, max(a - 1, i - _QUOTED_NAME_MAX - 2), -1)
                    if texts[j] in _OPEN_QUOTES), None)
        inner = range(far + 1, i) if far is not None else range(0)
    elif not back and texts[i] in _OPEN_QUOTES:
        far = next((j for j in range(i + 1, min(b, i + _QUOTED_NAME_MAX + 2))
                    if texts[j] in _CLOSE_QUOTES), None)
        inner = range(i + 1, far) if far is not None else range(0)
    else:
        return None
    if far is None or not inner or not all(texts[j][:1].isupper() for j in inner):
        return None
    return far


_APPOSITION_MAX = 7  # words in ", an Islamist militia," between its commas


def _apposition_words(view: DocView, lo: int, hi: int) -> bool:
    """Tokens ``lo``..``hi`` are an indefinite noun phrase (an article, then plain words) or
    a participle with its agent (", led by Mohamed Hamdan Dagalo,", ", angeführt von X,")."""
    opens = view.has(lo, "indef_article") or hi - lo >= 3 and view.is_lower_word(lo) and \
        view.lows[lo + 1] in ("by", "von")
    return hi - lo <= _APPOSITION_MAX and opens and all(
        view.texts[i][:1].isalnum() and view.texts[i] not in CLAUSE_BREAKS
        and not view.has(i, "relative_pronoun") and not view.has(i, "person_relative")
        for i in range(lo, hi))


def _apposition_after(view: DocView, i: int, b: int) -> int | None:
    """The closing comma of an apposition opening with the comma at ``i`` (", an Islamist
    militia,")."""
    if view.texts[i] != "," or i + 2 >= b:
        return None
    close = next((j for j in range(i + 2, min(b, i + 2 + _APPOSITION_MAX)) if
                  view.texts[j] in CLAUSE_BREAKS), None)
    if close is None or view.texts[close] != "," or not _apposition_words(view, i + 1, close):
        return None
    return close


def in_apposition(view: DocView, tok: int, lo: int) -> bool:
    """Token ``tok`` stands in an apposition that opened after ``lo`` ("The RSF, led by
    Dagalo, ..."): it describes the phrase before, it is no actor of the clause."""
    b = view.sents[view.sent_of[tok]][1]
    opener = next((j for j in range(tok - 1, max(lo, tok - _APPOSITION_MAX) - 1, -1)
                   if view.texts[j] in CLAUSE_BREAKS), None)
    if opener is None:
        return False
    close = _apposition_after(view, opener, b)
    return close is not None and close > tok


def _apposition_before(view: DocView, i: int, a: int) -> int | None:
    """The opening comma of an apposition closing with the comma at ``i``."""
    if i <= a or view.texts[i] != ",":
        return None
    opener = next((j for j in range(i - 2, max(a, i - 2 - _APPOSITION_MAX) - 1, -1)
                   if view.texts[j] in CLAUSE_BREAKS), None)
    if opener is None or view.texts[opener] != "," or not _apposition_words(view, opener + 1, i):
        return None
    return opener


def modality_of(view: DocView, res: Resolution, k: int, toks: tuple[int, ...], *,
                permission_hedges: bool = True) -> Modal:
    """Modality of a fact expressed by tokens ``toks`` of sentence ``k``.

    A permission ("allowed US troops to operate") leaves a deployment hypothetical; with
    ``permission_hedges=False`` (treaties: "an agreement that allowed ...") it does not.
    """
    a, b = view.sents[k]
    if view.texts[b - 1] in _QUESTION or view.texts[b - 1].endswith("?"):
        return Modal("Hypothetical")
    if view.has(a, "conditional_initial"):
        return Modal("Hypothetical")  # "Sollten Truppen ... verlegt werden, ..."
    # "Britain said it would deploy 200 soldiers": a reported plan, not a conditional
    hypothetical = [i for i in view.positions(k, "hypothetical") if _cue(view, i, a)
                    and (permission_hedges or not view.has(i, "permission"))
                    and not (view.has(i, "reported_plan") and (
                        _said_around(view, a, b, i) or _planned(view, a, b, i)))]
    if hypothetical:
        bounds = {clause_bounds(view, t, k) for t in toks}
        if any(lo <= i < hi and not _in_relative_after(view, max(toks), i)
               and not _next_conjunct(view, max(toks), i)
               for i in hypothetical for lo, hi in bounds):
            return Modal("Hypothetical")
    # "near disputed reefs", "die dementierte Meldung": a participle used as an adjective
    denied = [i for i in view.positions(k, "denied") if _cue(view, i, a)
              and not (i > a and view.has(i - 1, "attributive_before"))]
    # separable verbs: "wies die Berichte zurück", "stritt jede Beteiligung ab"
    denied += [i for i in view.positions(k, "denied_split")
               if view.split_verb(i, "denied_split", b)]
    denied = [i for i in denied if not _other_claim(view, toks, a, i)]
    if denied and toks:
        # "Iran, which denies the charge, supplies the Houthis": a relative clause closed
        # before the fact denies something of its own
        aside = view.relative_clauses(a, min(toks))
        denied = [i for i in denied if i not in aside]
        # "Die Polisario, die von Algerien unterstützt wird, wies die Resolution zurück": a
        # fact told in a relative clause is not what the main clause denies
        inner = view.relative_clauses(a, b)
        if all(t in inner for t in toks):
            denied = [i for i in denied if i in inner]
    if denied:
        return Modal("Denied", *_source_near(view, res, k, denied[0]))
    if any(_cue(view, i, a) for i in view.positions(k, "reported")) or _gap_sources(view, k):
        who, words = _attribution(view, res, k)
        return Modal("Reported", who, words)
    return Modal("Asserted")


_GAP = 3  # words between "nach" and "Angaben": "nach offiziellen brasilianischen Angaben"


def _gap_sources(view: DocView, k: int) -> list[tuple[int, int]]:
    """(start, noun) of "nach brasilianischen Angaben", "by Western estimates": a source
    whose adjectives stand between the preposition and the noun of reporting."""
    nouns = view.lex.word_set("attrib_noun")
    b = view.sents[k][1]
    out = []
    for i in view.positions(k, "attrib_gap"):
        noun = next((j for j in range(i + 2, min(b, i + 2 + _GAP)) if view.lows[j] in nouns),
                    None)
        if noun is not None and all(view.texts[j][:1].isalpha() for j in range(i + 1, noun)):
            out.append((i, noun))
    return out


def _said_around(view: DocView, a: int, b: int, i: int) -> bool:
    """"Britain said it would deploy", "the minister said on Tuesday that 1,000 troops
    would be deployed", "1.200 Soldaten würden verlegt, teilte der Sprecher mit": a verb
    of saying reports the plan that "would" states; "if"/"wenn" makes it a condition."""
    if any(view.has(j, "condition_subordinator") for j in range(a, i)):
        return False
    # the verb of the plan right after "would" or, in German order, right before it
    plan = any(view.has(j, "deploy") for j in range(max(a, i - 3), min(b, i + 4)))
    says = [j for j in range(a, i) if view.has(j, "say_verb")]
    if says and i - says[-1] <= 3:
        return True
    # "said that ... would be deployed", not "said that a war would force ..."
    if says and plan and any(view.has(c, "complementizer") for c in range(says[-1] + 1, i)):
        return True
    # "It said about 200 Serbian soldiers would travel to Hungary": a plain report, the
    # "that" left out
    if says and plan and i - says[-1] <= 8 and all(
            view.texts[c][:1].isalnum() for c in range(says[-1] + 1, i)):
        return True
    # "..., teilte Pentagon-Sprecher X mit": the saying closes the sentence
    comma = next((j for j in range(i + 1, b) if view.texts[j] == ","), None)
    if comma is None or not any(view.has(j, "say_verb") for j in range(comma + 1,
                                                                      min(b, comma + 3))):
        return False
    return plan or view.has(comma - 1, "deploy")  # "würden ... verlegt, teilte X mit"


def _planned(view: DocView, a: int, b: int, i: int) -> bool:
    """"Under the new plan, around 700 Marines would rotate through the country": "would"
    in a sentence about a plan states the plan, unless "if" makes it a condition."""
    if any(view.has(j, "condition_subordinator") for j in range(a, b)):
        return False
    return bool(view.positions(view.sent_of[i], "plan_marker"))


def _other_claim(view: DocView, toks: tuple[int, ...], a: int, cue: int) -> bool:
    """"US widens sanctions on Iran as Tehran denies arming Houthis": a denial in a clause
    that "as"/"while"/"während" opens after the fact denies something else, unless it
    points back at the fact ("while Moscow denies it")."""
    first = max(toks, default=a)
    subs = [j for j in range(first + 1, cue) if view.has(j, "contrast_subordinator")]
    if not subs:
        return False
    # the object may stand after the verb or, in a German subordinate clause, before it
    return not any(view.phrase(j, "denial_object") for j in range(
        subs[-1] + 1, min(cue + 4, len(view.texts))))


def _in_relative_after(view: DocView, fact: int, i: int) -> bool:
    """Whether cue ``i`` lies in an "under which"/"unter welchem" clause after the fact's
    words ("reached a deal ... under which the army would deploy"): the hedge is the
    clause's, not the fact's."""
    return any(view.has(j, "relative_prep") and view.has(j + 1, "relative_which")
               for j in range(fact + 1, i - 1))


def _next_conjunct(view: DocView, fact: int, i: int) -> bool:
    """"die von Algerien unterstützt wird und einen eigenen Staat anstrebt": a hedge in a
    verb phrase joined after the fact's closing auxiliary is that phrase's own."""
    return any(view.has(c, "coord") and view.lows[c - 1] in view.lex.auxiliaries
               for c in range(fact + 1, i))


def _cue(view: DocView, i: int, sentence_start: int) -> bool:
    """Whether a modality cue word at ``i`` counts: a capitalized English word inside a
    sentence is a name or a month ("May"), not the cue word."""
    return not (i > sentence_start and view.texts[i][:1].isupper() and view.lex.lang == "en"
                and i not in view.phrases)


def _attribution(view: DocView, res: Resolution, k: int) -> tuple[str | None, str | None]:
    """The source a sentence credits: "laut X", "nach Angaben X", "X zufolge",
    "according to X"; an entity key when it names one, else its words."""
    a, b = view.sents[k]
    mentions = res.by_sentence.get(k, [])
    for i, noun in _gap_sources(view, k):
        who = _mention_at(mentions, i + 1, noun)
        if who is not None:
            return who.key, None
    cues = sorted(set(view.positions(k, "attrib_pre")) | set(view.positions(k, "attrib_post")))
    for i in cues:
        pre = view.phrase(i, "attrib_pre")
        if pre is not None:
            j = pre[0]
            # the source ends at its verb: "laut X sind 90 dänische Soldaten" credits X
            end = next((x for x in range(j, min(b, j + _ATTRIBUTION_TOKENS))
                        if _source_ends(view, x)), min(b, j + _ATTRIBUTION_TOKENS))
            who = _mention_at(mentions, j, end)
            if who is not None:
                return who.key, None
            words = _words(view, j, end, forward=True)
            return None, words
        if view.has(i, "attrib_post") and view.lex.lang != "en":
            who = _mention_at(mentions, max(a, i - _ATTRIBUTION_TOKENS), i)
            if who is not None:
                return who.key, None
            words = _words(view, max(a, i - _ATTRIBUTION_TOKENS), i, forward=False)
            return None, words
    return None, None


def _source_near(view: DocView, res: Resolution, k: int, cue: int) -> tuple[str | None, None]:
    """The actor right before a denial cue ("Moskau bestreitet")."""
    mentions = [m for m in res.by_sentence.get(k, []) if m.tok < cue and m.kind != "Place"]
    return (mentions[-1].key if mentions else None), None


def _mention_at(mentions: list[Mention], a: int, b: int) -> Mention | None:
    for m in mentions:
        # a capital counts as its state: "laut Seoul"
        if a <= m.tok < b and (m.kind in ("Person", "Organization", "State") or m.state):
            return m
    return None


def _source_ends(view: DocView, i: int) -> bool:
    """Token ``i`` is past a source's words: punctuation, a figure or an auxiliary ("laut
    dem Ministerium in Kopenhagen sind 90 Soldaten")."""
    text = view.texts[i]
    return not text[:1].isalnum() or text[:1].isdigit() or \
        view.lows[i] in view.lex.auxiliaries


def _words(view: DocView, a: int, b: int, *, forward: bool) -> str | None:
    """The words of an unnamed source, up to the next punctuation."""
    toks: list[int] = []
    rng = range(a, b) if forward else range(b - 1, a - 1, -1)
    for i in rng:
        if _source_ends(view, i):
            break
        toks.append(i)
    if not toks:
        return None
    lo, hi = min(toks), max(toks) + 1
    if hi - lo == 1 and (view.has(lo, "reported") or view.has(lo, "not_name")):
        return None
    return view.span_text(lo, hi)


def evidence(view: DocView, res: Resolution, k: int, toks: tuple[int, ...],
             confidence: float, modal: Modal | None = None) -> Evidence:
    """Evidence for a fact in sentence ``k``: the sentence, its offsets and modality."""
    text, start, end = view.sentence_text(k)
    modal = modal or modality_of(view, res, k, toks)
    return Evidence(sentence=text, start=start, end=end, modality=modal.modality,  # type: ignore[arg-type]
                    attributed_to=modal.attributed_to,
                    attributed_to_text=modal.attributed_to_text, confidence=confidence)
