"""Modality and attribution on relations, treaty mentions and deployments."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document, Evidence, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Document(text=text, lang=lang, source="test"))


def evidences(ex: Extraction) -> list[Evidence]:
    out = [d.evidence for d in ex.deployments] + [r.evidence for r in ex.relations]
    return out + [e for t in ex.treaties for e in t.evidence]


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [
        ("de", "Laut Geheimdienst sollen 5.000 russische Soldaten in Belarus stationiert sein.",
         "Reported"),
        ("de", "Dem Pentagon zufolge sind 2.000 US-Soldaten in Polen eingetroffen.", "Reported"),
        ("en", "About 1,500 Chinese troops are reportedly stationed in Djibouti.", "Reported"),
        ("en", "According to Kyiv, 3,000 Belarusian troops are stationed in Russia.", "Reported"),
        ("de", "Sollten Nato-Truppen in die Ukraine verlegt werden, würde Moskau reagieren.",
         "Hypothetical"),
        ("en", "If NATO sent troops to Ukraine, Russia could escalate.", "Hypothetical"),
        ("de", "Die Regierung dementiert, dass türkische Soldaten in Libyen stationiert sind.",
         "Denied"),
        ("en", "Beijing denies that Chinese troops are stationed in Cambodia.", "Denied"),
        ("de", "3.000 britische Soldaten sind in Estland stationiert.", "Asserted"),
        # "würden" in reported speech that a verb of saying closes is no conditional
        ("de", "Etwa 1.200 US-Soldaten würden nach Jordanien verlegt, teilte Pentagon-Sprecher "
               "Sean Parnell am Montag mit.", "Asserted"),
        ("de", "Die Präsenz von 1.000 US-Soldaten in Polen würde die Lage verschärfen, sagte "
               "der Minister.", "Hypothetical"),
        ("de", "Wenn nötig, würden 1.000 US-Soldaten nach Polen verlegt, sagte der Minister.",
         "Hypothetical"),
        # "would" under a plan states the plan; any plan that would be a concern does not
        ("en", "Under the new plan, around 700 US Marines would rotate through Norway from next "
               "year.", "Asserted"),
        ("en", "Peskov said any plan to set up British military bases on Ukrainian territory "
               "would be a matter of concern.", "Hypothetical"),
        # a report with its "that" left out
        ("en", "It said about 200 Serbian soldiers would travel to Hungary in the autumn for a "
               "joint exercise.", "Reported"),
    ],
)
def test_deployment_modality(lang: str, text: str, modality: str) -> None:
    ex = run(text, lang)
    assert ex.deployments, text
    assert {d.evidence.modality for d in ex.deployments} == {modality}


@pytest.mark.parametrize(
    ("lang", "text", "source", "words"),
    [
        # a named source is the entity
        ("en", "According to Ukraine, 3,000 Belarusian troops are stationed in Russia.",
         "Ukraine", None),
        ("de", "Laut Polen sollen 3.000 belarussische Soldaten in Russland stationiert sein.",
         "Polen", None),
        # a capital stands for its state
        ("de", "Rund 11.000 nordkoreanische Soldaten sind laut Seoul in Kursk.", "Südkorea",
         None),
        # an unnamed source keeps its words
        ("de", "Westlichen Geheimdiensten zufolge sind 3.000 belarussische Soldaten in Russland.",
         None, "Westlichen Geheimdiensten"),
        # up to its verb, not into the fact
        ("de", "Laut einem internen Bericht sind 90 dänische Soldaten in Estland.", None,
         "einem internen Bericht"),
    ],
)
def test_attribution(lang: str, text: str, source: str | None, words: str | None) -> None:
    ex = run(text, lang)
    label = {e.key: e.label for e in ex.entities}
    (dep,) = ex.deployments
    assert dep.evidence.modality == "Reported"
    if source:
        assert dep.evidence.attributed_to and label[dep.evidence.attributed_to] == source
    else:
        assert dep.evidence.attributed_to_text == words


def test_role_relations_stay_asserted_in_a_hedged_sentence() -> None:
    text = "Der türkische Präsident Recep Tayyip Erdoğan soll Berichten zufolge zugestimmt haben."
    ex = run(text, "de")
    (rel,) = [r for r in ex.relations if r.predicate == "leaderOf"]
    assert rel.evidence.modality == "Asserted"


def test_month_may_is_no_hypothetical_cue() -> None:
    ex = run("In May 2025, 5,000 German soldiers were stationed in Lithuania.", "en")
    assert {d.evidence.modality for d in ex.deployments} == {"Asserted"}


def test_confidence_is_set_per_rule_kind() -> None:
    text = ("Der litauische Präsident Gitanas Nausėda begrüßte, dass 4.800 deutsche Soldaten "
            "in Litauen stationiert werden.")
    for ev in evidences(run(text, "de")):
        assert 0.0 < ev.confidence <= 1.0


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [("en", "About 600 Indian troops are stationed in Bhutan near a disputed plateau.",
      "Asserted"),
     ("en", "Beijing disputed reports that 600 Chinese troops are stationed in Cambodia.",
      "Denied")],
)
def test_a_denial_participle_used_as_an_adjective_denies_nothing(lang: str, text: str,
                                                                 modality: str) -> None:
    ex = run(text, lang)
    assert ex.deployments and {d.evidence.modality for d in ex.deployments} == {modality}


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [
        ("en", "US widens sanctions on Iran's network as Tehran denies arming Houthis.",
         "Asserted"),
        ("de", "Die USA verhängen Sanktionen gegen Iran, während Teheran Waffenlieferungen an "
         "die Huthi bestreitet.", "Asserted"),
    ],
)
def test_a_denial_in_a_contrasting_clause_denies_something_else(lang: str, text: str,
                                                                modality: str) -> None:
    ex = extract(Document(text=text, lang=lang, source="test"))
    assert [(r.predicate, r.evidence.modality) for r in ex.relations] == [("sanctions", modality)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukraine says Russian troops are in Transnistria, while Moscow denies it."),
        ("de", "Kiew meldet russische Soldaten in Transnistrien, während Moskau dies bestreitet."),
    ],
)
def test_a_contrasting_denial_that_points_back_denies_the_fact(lang: str, text: str) -> None:
    ex = extract(Document(text=text, lang=lang, source="test"))
    assert [d.evidence.modality for d in ex.deployments] == ["Denied"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Eine ständige Stationierung französischer Kriegsschiffe in indischen Häfen sei "
         "dagegen nicht geplant, hieß es."),
        ("en", "A spokesperson said any Chinese military presence in Uzbekistan was out of the "
         "question."),
    ],
)
def test_a_stationing_not_planned_or_out_of_the_question_is_denied(lang: str, text: str) -> None:
    ex = extract(Document(text=text, lang=lang, source="test"))
    assert [d.evidence.modality for d in ex.deployments] == ["Denied"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Befreiungsbewegung Polisario, die von Algerien unterstützt wird, wies die "
               "Resolution zurück."),
        ("en", "The Polisario Front, which is backed by Algeria, rejected the resolution."),
    ],
)
def test_a_fact_in_a_relative_clause_is_not_what_the_main_clause_denies(lang: str,
                                                                         text: str) -> None:
    ex = extract(Document(text=text, lang=lang, source="test"))
    modalities = {r.evidence.modality for r in ex.relations if r.predicate == "supports"}
    assert modalities == {"Asserted"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "French president Emmanuel Macron has floated a European mission to train and "
           "support the Lebanese army in Lebanon."),
    ("de", "Frankreich hat eine europäische Ausbildungsmission mit 500 Soldaten im Libanon "
           "vorgeschlagen."),
])
def test_a_mission_floated_or_proposed_is_no_deployment(lang: str, text: str) -> None:
    ex = run(text, lang)
    assert ex.deployments
    assert all(d.evidence.modality == "Hypothetical" for d in ex.deployments)
