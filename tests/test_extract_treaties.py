"""Treaties: type from the wording, parties from the sentence, one per type and party set."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import read_inputs
from kg.records import Document, Extraction, Treaty


def run(text: str, lang: str) -> Extraction:
    return extract(Document(text=text, lang=lang, source="test"))


def party_sets(ex: Extraction) -> list[set[str]]:
    """The party labels of every treaty, in order."""
    label = {e.key: e.label for e in ex.entities}
    return [{label[p] for p in t.parties} for t in ex.treaties]


def described(ex: Extraction) -> list[tuple[str, frozenset[str]]]:
    """(type, party labels) of every treaty."""
    label = {e.key: e.label for e in ex.entities}
    return [(t.treaty_type, frozenset(label[p] for p in t.parties)) for t in ex.treaties]


@pytest.mark.parametrize(
    ("lang", "text", "ttype", "parties"),
    [
        ("de", "Russland und Nordkorea schlossen einen Beistandspakt.", "MutualDefense",
         {"Russland", "Nordkorea"}),
        # a defence partnership is a security agreement; "Moldau" is the state
        ("de", "Moldaus Präsidentin Maia Sandu unterzeichnete in Brüssel eine Sicherheits- und "
               "Verteidigungspartnerschaft mit der EU.", "SecurityAgreement",
         {"Republik Moldau", "Europäische Union"}),
        ("en", "Moldova signed a security and defence partnership with the EU.",
         "SecurityAgreement", {"Moldova", "European Union"}),
        # a purchase between two states is a trade agreement
        ("de", "Griechenland hat 24 Rafale aus Frankreich gekauft.", "Trade",
         {"Griechenland", "Frankreich"}),
        ("en", "Poland bought 250 Abrams tanks from the United States.", "Trade",
         {"Poland", "United States"}),
        # a partnership that comes with a mutual defence pledge is a defence pact
        ("en", "Britain and Germany sign a friendship treaty with a mutual defence pledge.",
         "MutualDefense", {"United Kingdom", "Germany"}),
        ("de", "Polen hat mit der Ukraine ein Sicherheitsabkommen unterzeichnet.",
         "SecurityAgreement", {"Polen", "Ukraine"}),
        ("de", "Die Türkei hat den Beitritt Schwedens zur Nato ratifiziert.", "Alliance",
         {"Schweden", "NATO"}),
        ("de", "Zwischen Israel und der Hamas gilt seit Sonntag ein Waffenstillstand.",
         "Ceasefire", {"Israel", "Hamas"}),
        ("de", "Armenien und Aserbaidschan paraphierten ein Friedensabkommen.", "PeaceAgreement",
         {"Armenien", "Aserbaidschan"}),
        ("en", "Japan and the Philippines signed a reciprocal access agreement on defence.",
         "SecurityAgreement", {"Japan", "Philippines"}),
        ("en", "China and Russia declared a comprehensive strategic partnership.",
         "StrategicPartnership", {"China", "Russia"}),
        ("en", "Poland signed a purchase deal with South Korea for K2 tanks.", "Trade",
         {"Poland", "South Korea"}),
        ("en", "The United States and Russia agreed to extend the New START treaty.",
         "ArmsControl", {"United States", "Russia"}),
        # a memorandum typed by its content (security words in the sentence before)
        ("de", "Die Türkei warf Schweden vor, Terroristen zu schützen. Ein Memorandum zwischen "
               "der Türkei, Finnland und Schweden sollte das lösen.", "SecurityAgreement",
         {"Türkei", "Finnland", "Schweden"}),
    ],
)
def test_treaty_type_and_parties(lang: str, text: str, ttype: str, parties: set[str]) -> None:
    assert (ttype, frozenset(parties)) in described(run(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the coordinated subject of the signing verb, not a state named later
        ("en", "Japan, Philippines sign defence pact as China tensions rise",
         {("SecurityAgreement", frozenset({"Japan", "Philippines"}))}),
        # two clauses, two treaties
        ("en", "Manila has a similar deal with Australia, and the United States has rotated "
               "troops through Philippine bases under a 2014 defence cooperation agreement.",
         {("SecurityAgreement", frozenset({"Philippines", "Australia"})),
          ("SecurityAgreement", frozenset({"United States", "Philippines"}))}),
        # "Vertrag über ...": one treaty; mutual assistance in the sentence makes it firmer
        ("de", "Russland und Nordkorea schlossen einen Vertrag über eine umfassende "
               "strategische Partnerschaft, der gegenseitigen Beistand vorsieht.",
         {("MutualDefense", frozenset({"Russland", "Nordkorea"}))}),
        ("de", "Russland und Iran unterzeichneten einen Vertrag über eine umfassende "
               "strategische Partnerschaft.",
         {("StrategicPartnership", frozenset({"Russland", "Iran"}))}),
        # the whole coordination that signs "with" someone
        ("en", "Niger moved closer to Mali and Burkina Faso, which signed a mutual defence "
               "pact with Niger.",
         {("MutualDefense", frozenset({"Mali", "Burkina Faso", "Niger"}))}),
        # mediators are no parties
        ("de", "Waffenruhe in Gaza: Katar und Ägypten vermitteln", set()),
        # agreements (plural) with a list: one with each
        ("en", "Niger cancelled its military agreements with Paris and Washington.",
         {("SecurityAgreement", frozenset({"Niger", "France"})),
          ("SecurityAgreement", frozenset({"Niger", "United States"}))}),
        # monitors, hosts and the country of the venue are no parties; a "treaty ally" is
        # a kind of ally
        ("en", "The truce was agreed in Putrajaya, Malaysia, at talks hosted by Malaysian Prime "
               "Minister Anwar Ibrahim between Thailand and Cambodia.",
         {("Ceasefire", frozenset({"Thailand", "Cambodia"}))}),
        ("en", "Military observers led by Malaysia arrived to monitor a ceasefire between "
               "Thailand and Cambodia.", {("Ceasefire", frozenset({"Thailand", "Cambodia"}))}),
        ("en", "China is Cambodia's closest ally, while Thailand is a long-standing US treaty "
               "ally.", set()),
        # where it was signed or what it is named for is no party either
        ("de", "Die Regierung in Kinshasa und die M23 unterzeichneten in der katarischen "
               "Hauptstadt Doha eine Waffenruhe.",
         {("Ceasefire", frozenset({"M23", "Demokratische Republik Kongo"}))}),
        ("de", "Kongo und Ruanda schlossen im Juni einen Friedensvertrag. Das Abkommen von "
               "Washington hat wenig geändert.",
         {("PeaceAgreement", frozenset({"Ruanda", "Demokratische Republik Kongo"}))}),
        # "beide Länder": the two states named before
        ("de", "Russland verlegt Atomwaffen nach Belarus. Beide Länder hatten im Mai ein "
               "Abkommen unterzeichnet.", {("Other", frozenset({"Russland", "Belarus"}))}),
        # a German genitive before "Beitritt" is the joining state, no treaty's name
        ("de", "Die Türkei hat Finnlands Beitritt zur Nato ratifiziert.",
         {("Alliance", frozenset({"Finnland", "NATO"}))}),
        # a treaty named for a capital is no treaty of that capital's state, and an
        # accession word with no alliance in sight joins nothing
        ("de", "Nach ihrem Beitritt haben Estland, Lettland und Litauen das "
               "Ottawa-Übereinkommen verlassen.",
         {("Other", frozenset({"Estland", "Lettland", "Litauen"}))}),
        # a state inside a relative clause is not the one that joined
        ("de", "Sein Land, das eine lange Grenze mit Russland teilt, war im April 2023 der Nato "
               "beigetreten.", set()),
        # "It" opening a sentence is the actor the sentence before opened with
        ("en", "Turkey has become one of Somalia's closest partners. It trains Somali "
               "soldiers and in February signed a defence cooperation agreement with the "
               "Somali government.",
         {("SecurityAgreement", frozenset({"Turkey", "Somalia"}))}),
        # the states of the officials who signed, not of those who named the deal
        ("en", "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud "
               "signed what Turkish officials called the \"Ankara Declaration\".",
         {("Other", frozenset({"Ethiopia", "Somalia"}))}),
        # joining an alliance with a separable verb is an accession
        ("de", "Togo tritt der Allianz der Sahelstaaten bei.",
         {("Alliance", frozenset({"Togo", "Allianz der Sahelstaaten"}))}),
        # the subject before a relative clause, not a state named inside it
        ("en", "North Korea, which has sent troops to fight for Russia against Ukraine, signed "
               "a mutual defence treaty with Moscow in 2024.",
         {("MutualDefense", frozenset({"North Korea", "Russia"}))}),
        # a group a state's genitive names is the party, not the state
        ("en", "Saudi Arabia and Yemen's Houthi movement on Sunday signed a ceasefire.",
         {("Ceasefire", frozenset({"Saudi Arabia", "Houthis"}))}),
        ("de", "Saudi-Arabien und Jemens Huthi-Miliz haben am Sonntag eine Waffenruhe "
               "unterzeichnet.", {("Ceasefire", frozenset({"Saudi-Arabien", "Huthi"}))}),
        # the state that holds the meeting place is no party
        ("de", "Die Präsidenten Armeniens und Aserbaidschans haben in Castries auf dem "
               "Inselstaat St. Lucia ein Friedensabkommen unterzeichnet.",
         {("PeaceAgreement", frozenset({"Armenien", "Aserbaidschan"}))}),
        # "between the two NATO allies": the pair named before, not the alliance
        ("en", "Norway rejected the criticism from the United States. Under a 1950 defence "
               "agreement between the two NATO allies, US forces may use Norwegian bases.",
         {("SecurityAgreement", frozenset({"Norway", "United States"}))}),
        # "his country's partnership with X": the speaker's state
        ("en", "Romanian President Nicusor Dan said his country's strategic partnership with "
               "the United States was not in question.",
         {("StrategicPartnership", frozenset({"Romania", "United States"}))}),
        ("de", "Der rumänische Präsident Nicușor Dan sagte, die strategische Partnerschaft "
               "seines Landes mit den USA stehe nicht in Frage.",
         {("StrategicPartnership", frozenset({"Rumänien", "USA"}))}),
        # a treaty of a bloc whose adjective names a continent, not a state
        ("de", "Frankreich lehnt das Freihandelsabkommen zwischen der EU und dem "
               "südamerikanischen Staatenbund Mercosur ab.",
         {("Trade", frozenset({"Europäische Union", "Mercosur"}))}),
        # a ceasefire still to come, and one not sought
        ("en", "Ten countries pledged troops for the day a ceasefire or peace deal takes "
               "effect, France said.", set()),
        ("de", "Einen Nato-Beitritt strebe Chișinău nicht an, betonte der Minister.", set()),
    ],
)
def test_who_the_parties_are(lang: str, text: str,
                             expected: set[tuple[str, frozenset[str]]]) -> None:
    assert set(described(run(text, lang))) == expected


def test_one_treaty_however_many_sentences_name_it() -> None:
    text = ("Russland und Nordkorea unterzeichneten einen Beistandspakt. Der Vertrag tritt "
            "sofort in Kraft. Dieser Pakt verpflichtet beide Staaten zu Hilfe. Moskau "
            "ratifizierte das Abkommen im November.")
    ex = run(text, "de")
    (treaty,) = ex.treaties
    assert treaty.treaty_type == "MutualDefense"
    assert len(treaty.evidence) == 4
    for ev in treaty.evidence:
        assert text[ev.start : ev.end] == ev.sentence


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die EU und die Republik Moldau haben eine Sicherheits- und "
               "Verteidigungspartnerschaft unterzeichnet. Moldau sei das erste Land, das eine "
               "solche Partnerschaft mit der EU unterzeichne, schrieb Borrell."),
        ("de", "Als erstes Land hat die Republik Moldau mit der EU eine Partnerschaft für "
               "Sicherheit und Verteidigung vereinbart. Die EU und die Republik Moldau haben "
               "eine Sicherheits- und Verteidigungspartnerschaft unterzeichnet."),
    ],
)
def test_such_a_partnership_of_the_same_parties_is_the_one_named(lang: str, text: str) -> None:
    (treaty,) = run(text, lang).treaties
    assert treaty.treaty_type == "SecurityAgreement"


def test_generic_mention_with_the_same_parties_joins_the_typed_treaty() -> None:
    text = ("Nordkorea und Russland ratifizierten einen Verteidigungsvertrag. "
            "Ein historisches Abkommen zwischen Nordkorea und Russland, sagen Beobachter.")
    (treaty,) = run(text, "de").treaties
    assert treaty.treaty_type == "MutualDefense"


def test_a_planned_purchase_under_a_pact_is_no_trade_agreement_of_its_own() -> None:
    text = ("The three states signed a security pact. Under it, Australia is to buy three "
            "submarines from the United States in the 2030s.")
    assert not any(t == "Trade" for t, _ in described(run(text, "en")))


def test_a_treaty_needs_two_parties() -> None:
    assert run("Das Abkommen wurde gestern unterzeichnet.", "de").treaties == ()
    assert run("Ungarn unterzeichnete ein Abkommen.", "de").treaties == ()


def test_hypothetical_mention_creates_no_treaty() -> None:
    assert run("Polen und Litauen könnten ein Sicherheitsabkommen schließen.", "de").treaties == ()


def test_signers_and_ratifiers() -> None:
    text = ("Der polnische Präsident Andrzej Duda und der ukrainische Präsident Wolodymyr "
            "Selenskyj unterzeichneten ein Sicherheitsabkommen zwischen Polen und der Ukraine. "
            "Das polnische Parlament ratifizierte den Vertrag.")
    ex = run(text, "de")
    (treaty,) = ex.treaties
    label = {e.key: e.label for e in ex.entities}
    assert {label[k] for k in treaty.signed_by} >= {"Andrzej Duda", "Wolodymyr Selenskyj"}
    assert "polnische Parlament" in {label[k] for k in treaty.ratified_by}
    assert isinstance(treaty, Treaty)


def test_accession_and_membership_give_one_alliance_treaty() -> None:
    text = ("Finnland ist seit April Mitglied der Nato. Der Beitritt war lange umstritten. "
            "Finnland war als 31. Mitglied in das Bündnis aufgenommen worden.")
    assert described(run(text, "de")) == [("Alliance", frozenset({"Finnland", "NATO"}))]


def test_membership_without_accession_is_no_treaty() -> None:
    text = "Estonia, a NATO member since 2004, borders Russia."
    assert run(text, "en").treaties == ()


@pytest.mark.parametrize(
    ("lang", "text", "pairs"),
    [
        ("en", "The United States is bound to Canada and Mexico by separate defence treaties.",
         {frozenset({"United States", "Canada"}), frozenset({"United States", "Mexico"})}),
        ("de", "Japan hat bereits ähnliche Abkommen mit Australien und Großbritannien "
               "geschlossen.", {frozenset({"Japan", "Australien"}),
                                frozenset({"Japan", "Vereinigtes Königreich"})}),
        # plural treaties between a pair and the one state outside it
        ("en", "Both Japan and South Korea are bound to the United States by mutual defence "
               "treaties.", {frozenset({"United States", "Japan"}),
                             frozenset({"United States", "South Korea"})}),
        ("de", "Japan und Südkorea sind durch Verteidigungsverträge mit den USA verbunden.",
         {frozenset({"USA", "Japan"}), frozenset({"USA", "Südkorea"})}),
        # ... but not when all three are listed together
        ("en", "Japan, South Korea and the United States signed security agreements.",
         {frozenset({"Japan", "South Korea", "United States"})}),
    ],
)
def test_separate_deals_with_a_list_are_bilateral(lang: str, text: str,
                                                  pairs: set[frozenset[str]]) -> None:
    assert {parties for _, parties in described(run(text, lang))} == pairs


def test_a_list_without_a_separate_word_is_one_treaty() -> None:
    found = described(run("Japan, Australien und Indien unterzeichneten ein Abkommen.", "de"))
    assert [parties for _, parties in found] == [frozenset({"Japan", "Australien", "Indien"})]


def test_a_protocol_is_a_treaty_word() -> None:
    found = described(run("Grundlage ist ein Protokoll über militärische Zusammenarbeit, das "
                          "Ägypten und Somalia in Kairo unterzeichnet hatten.", "de"))
    assert [parties for _, parties in found] == [frozenset({"Ägypten", "Somalia"})]


def test_a_threatened_truce_is_still_a_truce() -> None:
    from kg.extract import extract
    from kg.records import Document

    ex = extract(Document(text="The strikes threaten a truce between Israel and Hamas.",
                          lang="en", source="test"))
    assert [(t.treaty_type, t.evidence[0].modality) for t in ex.treaties] == [
        ("Ceasefire", "Asserted")]


def _treaties(text: str, lang: str) -> list[tuple[str, frozenset[str]]]:
    from kg.extract import extract
    from kg.records import Document

    ex = extract(Document(text=text, lang=lang, source="test"))
    label = {e.key: e.label for e in ex.entities}
    return [(t.treaty_type, frozenset(label[p] for p in t.parties)) for t in ex.treaties]


def test_a_parliament_approving_a_pact_makes_its_state_a_party_and_similar_pacts_share_a_type(
) -> None:
    found = _treaties(
        "Finland's parliament on Monday approved a defence cooperation agreement with the "
        "United States, including sites close to its border with Russia. The United States "
        "signed similar agreements with Sweden and Denmark.", "en")
    assert ("SecurityAgreement", frozenset({"Finland", "United States"})) in found
    assert ("SecurityAgreement", frozenset({"Sweden", "United States"})) in found
    assert ("SecurityAgreement", frozenset({"Denmark", "United States"})) in found
    assert not any("Russia" in parties for _t, parties in found)


def test_a_deal_in_a_headline_with_actors_in_other_clauses_has_no_parties() -> None:
    found = _treaties("Streit um Hafendeal: Ägypten schickt Waffen nach Somalia, Äthiopien warnt\n"
                      "Es ist die erste Lieferung, seit Ägypten und Somalia im August ein "
                      "Abkommen über militärische Zusammenarbeit geschlossen haben.", "de")
    assert found == [("SecurityAgreement", frozenset({"Ägypten", "Somalia"}))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # apposition: the actor it describes is the other party
        ("en", "Japan, bound to the United States by a 1960 mutual defence treaty, protested "
         "against Chinese patrols near disputed islands.",
         ("MutualDefense", frozenset({"Japan", "United States"}))),
        # an alliance described as a pact is no party to it
        ("en", "Chad, Niger and Mali have formed the Sahel Defence League, a mutual defence "
         "pact.", ("MutualDefense", frozenset({"Chad", "Niger", "Mali"}))),
        # a named agreement with one party takes the partner the sentence before named
        ("de", "Norwegen will enger mit den Vereinigten Staaten zusammenarbeiten. Das "
         "norwegische Parlament stimmte am Dienstag dem Defence Cooperation Agreement zu.",
         ("SecurityAgreement", frozenset({"Norwegen", "USA"}))),
    ],
    ids=["apposition", "pact-is-no-party", "partner-before"],
)
def test_the_one_treaty_and_its_parties(lang: str, text: str,
                                        expected: tuple[str, frozenset[str]]) -> None:
    assert described(run(text, lang)) == [expected]


def test_an_english_treaty_name_in_german_text_is_a_treaty_not_an_organization() -> None:
    ex = run("Das norwegische Parlament billigte das Defence Cooperation Agreement mit den "
             "USA.", "de")
    assert described(ex) == [("SecurityAgreement", frozenset({"Norwegen", "USA"}))]
    assert not any("Agreement" in e.label for e in ex.entities)


def test_similar_agreements_with_a_later_list_are_bilateral() -> None:
    ex = run("Estland unterzeichnete ein Sicherheitsabkommen mit Großbritannien. Ähnliche "
             "Abkommen hatte Großbritannien im Mai auch mit Lettland und Litauen geschlossen.",
             "de")
    found = described(ex)
    assert ("SecurityAgreement", frozenset({"Lettland", "Vereinigtes Königreich"})) in found
    assert ("SecurityAgreement", frozenset({"Litauen", "Vereinigtes Königreich"})) in found


def test_the_three_countries_are_the_three_states_named_last() -> None:
    ex = run("Ghana, Togo und Benin kündigten ihre Abkommen mit der EU. Im März schlossen die "
             "drei Länder einen Beistandspakt.", "de")
    assert ("MutualDefense", frozenset({"Ghana", "Togo", "Benin"})) in described(ex)


def test_the_agreement_is_the_one_the_sentence_before_reached() -> None:
    ex = run("India and Bhutan have agreed that Indian engineers will leave the border road by "
             "May. The agreement comes weeks after Chinese patrols moved into a valley that "
             "still hosts Indian forces.", "en")
    assert [p for _t, p in described(ex)] == [frozenset({"India", "Bhutan"})]


def test_an_agreement_that_allowed_troops_is_a_fact_not_a_hypothesis() -> None:
    ex = run("In March Chad revoked a 2019 agreement with France that allowed French troops "
             "to operate in the country.", "en")
    assert ex.treaties and ex.treaties[0].evidence[0].modality == "Asserted"


def test_plural_governments_stand_for_no_single_state() -> None:
    ex = run("The United States criticised the junta. Niger, Mali and Burkina Faso, all "
             "ruled by juntas, have since formed the Sahel Defence League, a mutual defence "
             "pact.", "en")
    assert ("MutualDefense", frozenset({"Niger", "Mali", "Burkina Faso"})) in described(ex)


def test_a_plain_treaty_word_without_agreement_speaks_of_the_treaty_already_named() -> None:
    ex = run("Russia and Belarus signed a mutual defence treaty on Friday. By writing nuclear "
             "escalation into a treaty, the Kremlin raises the stakes on NATO's eastern flank.",
             "en")
    assert described(ex) == [("MutualDefense", frozenset({"Russia", "Belarus"}))]
    assert len(ex.treaties[0].evidence) == 2


def test_a_state_leading_an_organization_is_no_party_to_its_treaties() -> None:
    ex = run("Armenia and Russia are bound by a 1997 treaty, and both belong to the Russian-led "
             "Collective Security Treaty Organization.", "en")
    assert all("Collective Security Treaty Organization" not in p for _t, p in described(ex))


def test_a_treaty_of_a_state_with_another_names_both() -> None:
    ex = run("Russland und Iran unterzeichneten einen Partnerschaftsvertrag. Einen "
             "Beistandsartikel wie im Vertrag Russlands mit Belarus enthält das Dokument nicht.",
             "de")
    assert frozenset({"Russland", "Belarus"}) in [p for _t, p in described(ex)]


def test_a_state_the_sentence_before_only_criticised_is_no_partner() -> None:
    ex = run("Polen kritisierte Russland scharf. Das polnische Parlament billigte das Defence "
             "Cooperation Agreement.", "de")
    assert not any("Russland" in p for _t, p in described(ex))


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("de", "Polen und Litauen unterzeichneten in Warschau eine gemeinsame Erklärung über "
         "Sicherheit.", {"Polen", "Litauen"}),
        ("en", "Kenya and Uganda signed a joint declaration on security cooperation.",
         {"Kenya", "Uganda"}),
    ],
)
def test_a_signed_declaration_is_an_agreement(lang: str, text: str, parties: set[str]) -> None:
    assert described(run(text, lang)) == [("SecurityAgreement", frozenset(parties))]


def test_a_declaration_nobody_signs_is_no_agreement() -> None:
    text = ("Polen und Litauen kritisierten Russland in einer gemeinsamen Erklärung. "
            "Kenya and Uganda said in a joint declaration that the talks had failed.")
    assert described(run(text, "de")) == []


def test_the_three_states_are_the_three_the_text_listed() -> None:
    text = ("Die Türkei, Aserbaidschan und Pakistan rücken zusammen. Indien kritisierte das "
            "Treffen, ebenso Armenien. Die Außenminister der drei Staaten unterzeichneten "
            "ein Sicherheitsabkommen.")
    assert described(run(text, "de")) == [
        ("SecurityAgreement", frozenset({"Türkei", "Aserbaidschan", "Pakistan"}))]


def test_a_treaty_called_by_its_name_exists_whatever_would_invoke_it() -> None:
    text = ("Biden said an attack on Philippine vessels would invoke the 1951 Mutual Defense "
            "Treaty between the US and the Philippines.")
    assert described(run(text, "en")) == [
        ("MutualDefense", frozenset({"United States", "Philippines"}))]


def test_a_hypothetical_unnamed_treaty_is_still_no_treaty() -> None:
    assert described(run("Japan and Vietnam would sign a defence agreement.", "en")) == []


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("de", "Einen Beistandspakt, wie ihn Russland mit Nordkorea geschlossen hat, gibt es "
         "zwischen China und Indien nicht.", {"Russland", "Nordkorea"}),
        ("en", "A mutual defence pact, which Mali signed with Niger last year, worries Ghana "
         "and Togo.", {"Mali", "Niger"}),
    ],
)
def test_the_parties_of_a_relative_clause_that_agreed_on_the_treaty(
        lang: str, text: str, parties: set[str]) -> None:
    assert described(run(text, lang)) == [("MutualDefense", frozenset(parties))]


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("en", "Under a memorandum signed by Turkey, Sweden and Finland on the sidelines of the "
         "NATO summit in Madrid, Stockholm tightened its laws.", {"Turkey", "Sweden", "Finland"}),
        ("de", "Beim Nato-Gipfel in Vilnius unterzeichneten Schweden und die Türkei ein "
         "Sicherheitsabkommen.", {"Schweden", "Türkei"}),
    ],
)
def test_the_host_of_a_summit_is_no_party(lang: str, text: str, parties: set[str]) -> None:
    assert [p for _, p in described(run(text, lang))] == [frozenset(parties)]


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("de", "Frankreich und Indien vertiefen ihre Zusammenarbeit. Ende April unterzeichneten "
         "Vertreter beider Regierungen einen Vertrag über 26 Kampfflugzeuge.",
         {"Frankreich", "Indien"}),
        ("en", "Greece signed a deal for 20 fighter jets with the United States.",
         {"Greece", "United States"}),
    ],
)
def test_a_contract_for_a_number_of_weapons_is_trade(lang: str, text: str,
                                                     parties: set[str]) -> None:
    assert described(run(text, lang)) == [("Trade", frozenset(parties))]


def test_the_hosts_of_talks_are_no_parties_to_what_the_talks_produced() -> None:
    text = ("Talks in Jeddah, hosted by Saudi Arabia and the United States, produced a "
            "ceasefire later that month.")
    assert described(run(text, "en")) == []


def test_a_political_party_is_no_party_to_an_accession() -> None:
    ex = run("Orbán says his government backs Finnish membership, but his Fidesz party has "
             "delayed the vote.", "en")
    label = {e.key: e.label for e in ex.entities}
    assert not [t for t in ex.treaties if "Fidesz" in {label[p] for p in t.parties}]


def test_a_mediator_named_in_a_phrase_is_no_party_but_the_signers_are() -> None:
    ex = extract(Document(text="Im Juni unterzeichneten die Außenminister Kongos und Ruandas "
                               "unter Vermittlung der USA ein Friedensabkommen.",
                          lang="de", source="t"))
    label = {e.key: e.label for e in ex.entities}
    assert [(t.treaty_type, {label[p] for p in t.parties}) for t in ex.treaties] == [
        ("PeaceAgreement", {"Demokratische Republik Kongo", "Ruanda"})]


def test_what_a_treaty_lacks_gives_it_no_type() -> None:
    ex = extract(Document(text="Partnerschaft ohne Beistandspflicht: Russland und Iran "
                               "unterzeichnen einen Vertrag.", lang="de", source="t"))
    assert [t.treaty_type for t in ex.treaties] != ["MutualDefense"]
    assert not [r for r in ex.relations if r.predicate == "alliedWith"]


def test_its_treaty_is_its_owners_not_the_last_one_named() -> None:
    ex = extract(Document(text="Vietnam and the Philippines signed a memorandum on incident "
                               "prevention. The United States, a treaty ally of the Philippines, "
                               "has said its 1951 Mutual Defense Treaty covers armed attacks.",
                          lang="en", source="t"))
    label = {e.key: e.label for e in ex.entities}
    found = {(t.treaty_type, frozenset(label[p] for p in t.parties)) for t in ex.treaties}
    assert ("MutualDefense", frozenset({"United States", "Philippines"})) in found
    assert ("MutualDefense", frozenset({"Vietnam", "Philippines"})) not in found


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        # a parliament approving a treaty makes its state the party
        ("de", "Russland und Iran wollen enger zusammenarbeiten. Die Duma billigt den Vertrag "
               "mit Iran.", {"Russland", "Iran"}),
        # a pact between the two nations binds the two named before
        ("en", "Nearly 600 Japanese soldiers have arrived in Australia since a reciprocal "
               "access pact between the two nations took effect, as both face China's growing "
               "military reach.", {"Japan", "Australia"}),
        # a headline's verb ends a treaty's name
        ("en", "North Korea Ratifies Defense Pact With Russia", {"North Korea", "Russia"}),
        # a firm named in the deal is no party to it
        ("en", "The two governments, Russia and Myanmar, signed an agreement for Russia's state "
               "nuclear company Rosatom to build a plant.", {"Russia", "Myanmar"}),
    ],
)
def test_who_is_a_party(lang: str, text: str, parties: set[str]) -> None:
    ex = extract(Document(text=text, lang=lang, source="t"))
    assert party_sets(ex) == [parties]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Macron said France, together with Britain, was ready to lead a reassurance force "
           "once a ceasefire is reached."),
    ("de", "Frankreich und Großbritannien wollen eine Truppe führen, sobald ein "
           "Waffenstillstand erreicht ist."),
    ("en", "Warsaw and Amsterdam requested consultations under Article 4 of the North Atlantic "
           "Treaty."),
    ("de", "Polen und die Niederlande beantragten Konsultationen nach Artikel 4 des "
           "Nordatlantikvertrags."),
    ("de", "Zwei Jahre nach dem Nato-Beitritt Finnlands baut Russland seine Truppen aus."),
    ("en", "Sweden is stepping up its role barely two years after joining the alliance."),
])
def test_a_treaty_still_to_come_cited_or_long_past_is_no_treaty_here(lang: str, text: str
                                                                       ) -> None:
    assert not run(text, lang).treaties


def test_similar_agreements_after_a_treaty_are_new_ones_of_its_type() -> None:
    text = ("Litauen und die Ukraine haben ein Sicherheitsabkommen unterzeichnet. Ähnliche "
            "Vereinbarungen hat die Ukraine bereits mit mehr als 25 Staaten geschlossen, "
            "darunter Deutschland, Frankreich und Großbritannien.")
    found = set(described(run(text, "de")))
    for other in ("Deutschland", "Frankreich", "Vereinigtes Königreich"):
        assert ("SecurityAgreement", frozenset({"Ukraine", other})) in found


@pytest.mark.parametrize(("lang", "text", "ttype"), [
    ("de", "Südkorea und die Philippinen unterzeichneten ein Abkommen über gegenseitigen "
           "Truppenzugang.", "SecurityAgreement"),
    ("de", "Russland und Nordkorea unterzeichneten einen Vertrag über gegenseitigen Beistand.",
     "MutualDefense"),
    ("en", "Japan and the Philippines signed a reciprocal access agreement.",
     "SecurityAgreement"),
    ("de", "Nach mehr als zehn Jahren hat die Verlegung von US-Marineinfanteristen nach Guam "
           "begonnen. Grundlage ist ein Abkommen, das Washington und Tokio 2012 geschlossen "
           "hatten.", "SecurityAgreement"),
])
def test_mutual_needs_defence_and_troops_make_a_security_agreement(lang: str, text: str,
                                                                     ttype: str) -> None:
    assert {t for t, _p in described(run(text, lang))} == {ttype}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # signers the text gives no office speak for the states the gazetteer knows they lead
    ("en", "Russia and North Korea are close. Under a mutual defence treaty signed by Vladimir "
           "Putin and Kim Jong Un in Pyongyang in June 2024, each side must help the other.",
     {("MutualDefense", frozenset({"Russia", "North Korea"}))}),
    # the signers' states, not a state the memorandum is about
    ("en", "Japan's defence minister Shinjiro Koizumi warned. Last month Koizumi and his South "
           "Korean counterpart, Ahn Gyu-back, signed a memorandum in Seoul on sharing "
           "intelligence about North Korean troop movements.",
     {("SecurityAgreement", frozenset({"Japan", "South Korea"}))}),
    # an agreement with no treaty word, between the verb's coordinated subject
    ("de", "Japan, Südkorea und die USA vereinbarten inzwischen, ihre Geheimdienstinformationen "
           "zu Nordkoreas Rüstungskooperation mit Russland enger auszutauschen.",
     {("SecurityAgreement", frozenset({"Japan", "Südkorea", "USA"}))}),
    ("en", "Russia and Ukraine agreed on Tuesday to exchange prisoners.",
     {("Other", frozenset({"Russia", "Ukraine"}))}),
])
def test_parties_from_signers_and_agreeing_subjects(lang: str, text: str,
                                                    expected: set[tuple[str, frozenset[str]]]
                                                    ) -> None:
    assert set(described(run(text, lang))) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an old membership and an aspiration are no accession; leaving is none either
    ("de", "Schweden ist der Nato beigetreten. Die Türkei ist seit 1952 Mitglied der Nato.",
     {("Alliance", frozenset({"Schweden", "NATO"}))}),
    ("en", "Sweden joined NATO. Canada, a founding member of NATO, leads the brigade.",
     {("Alliance", frozenset({"Sweden", "NATO"}))}),
    ("de", "Schweden ist der Nato beigetreten. Georgien strebt den Nato-Beitritt an.",
     {("Alliance", frozenset({"Schweden", "NATO"}))}),
    ("de", "Der Premierminister sucht die Nähe zur EU und zu den USA und hat die Mitgliedschaft "
           "seines Landes in der von Russland geführten OVKS eingefroren.", set()),
    # the mediator is no party, also with "mit"
    ("de", "Die USA hatten im Mai 2025 unter Vermittlung Omans eine Waffenruhe mit den Huthis "
           "vereinbart.", {("Ceasefire", frozenset({"USA", "Huthi"}))}),
])
def test_accession_membership_and_mediators(lang: str, text: str,
                                            expected: set[tuple[str, frozenset[str]]]) -> None:
    assert set(described(run(text, lang))) == expected


def test_an_accession_months_ago_is_still_news() -> None:
    found = set(described(run("Gut drei Monate nach dem Beitritt zur Nato hat Schweden den Weg "
                              "freigemacht.", "de")))
    assert found == {("Alliance", frozenset({"Schweden", "NATO"}))}


def test_separate_treaties_after_an_agreement_are_no_reference_to_it() -> None:
    text = ("The leaders of the United States, Japan and South Korea agreed on Friday to consult "
            "each other. Washington is already bound to Tokyo and Seoul by separate mutual "
            "defence treaties.")
    found = set(described(run(text, "en")))
    assert ("MutualDefense", frozenset({"United States", "South Korea"})) in found


def test_a_cessation_of_hostilities_is_a_ceasefire_of_both_parties_not_the_speaker() -> None:
    text = ("Die äthiopische Regierung und die TPLF haben sich auf eine dauerhafte Einstellung der "
            "Kampfhandlungen geeinigt. „Beide Parteien haben sich offiziell auf eine Einstellung "
            "der Feindseligkeiten geeinigt“, sagte der AU-Sondergesandte, Nigerias früherer "
            "Präsident Olusegun Obasanjo.")
    (treaty,) = run(text, "de").treaties
    assert treaty.treaty_type == "Ceasefire"
    labels = {e.key: e.label for e in run(text, "de").entities}
    assert {labels[p] for p in treaty.parties} == {"Äthiopien", "Volksbefreiungsfront von Tigray"}


def test_a_call_for_a_cessation_of_hostilities_is_no_treaty() -> None:
    assert not run("Guterres forderte eine Einstellung der Kampfhandlungen zwischen Äthiopien und "
                   "der TPLF.", "de").treaties


def test_who_welcomes_or_criticises_the_agreement_is_no_party() -> None:
    ex = run("European Union leaders, who have imposed sanctions on Russia over the crisis, "
             "welcomed the agreement.", "en")
    assert not ex.treaties
    ex = run("Die EU begrüßte das Abkommen zwischen Armenien und Aserbaidschan.", "de")
    labels = {e.key: e.label for e in ex.entities}
    assert [{labels[p] for p in t.parties} for t in ex.treaties] == [{"Armenien",
                                                                      "Aserbaidschan"}]


def test_the_agreement_a_capital_alone_names_has_that_state_as_party() -> None:
    text = ("Kyiv says the pact will last a century. The partnership builds on a bilateral "
            "security agreement that Britain's Rishi Sunak signed in Kyiv in January 2024.")
    ex = run(text, "en")
    labels = {e.key: e.label for e in ex.entities}
    assert {"United Kingdom", "Ukraine"} in [{labels[p] for p in t.parties} for t in ex.treaties]


def test_the_capital_a_treaty_is_signed_in_is_no_party() -> None:
    text = ("Pretoria hosted the talks. The war ended with the Cessation of Hostilities Agreement "
            "signed in Pretoria by Redwan Hussien for the Ethiopian government and Getachew Reda "
            "for the TPLF.")
    ex = run(text, "en")
    labels = {e.key: e.label for e in ex.entities}
    assert [{labels[p] for p in t.parties} for t in ex.treaties] == [
        {"Ethiopia", "Tigray People's Liberation Front"}]



@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Merkel und Macron haben einen neuen Freundschaftsvertrag zwischen Deutschland und "
               "Frankreich unterzeichnet. Kernstück des Vertrags ist eine Beistandsklausel."),
        ("en", "Germany and France signed a new friendship treaty. At its core is a mutual defence "
               "clause."),
    ],
)
def test_a_defence_clause_belongs_to_the_treaty_just_named(lang: str, text: str) -> None:
    (treaty,) = run(text, lang).treaties
    assert treaty.treaty_type == "MutualDefense"


@pytest.mark.parametrize("text", [
    "Russland und die Ukraine haben sich nicht auf eine Waffenruhe geeinigt.",
    "Russland und die Ukraine konnten sich nicht auf eine Waffenruhe einigen.",
])
def test_a_negated_agreement_is_no_treaty(text: str) -> None:
    assert described(run(text, "de")) == []


def test_states_that_agree_on_something_reflexively_made_an_agreement() -> None:
    ex = run("Die USA und der Irak haben sich auf ein Ende des Militäreinsatzes der Koalition "
             "verständigt.", "de")
    assert [p for _t, p in described(ex)] == [frozenset({"USA", "Irak"})]


def test_the_attacker_in_a_war_noun_is_no_party_to_a_treaty() -> None:
    ex = run("Kurz vor dem zweiten Jahrestag des russischen Überfalls hat Dänemark mit der "
             "Ukraine ein Sicherheitsabkommen geschlossen.", "de")
    assert described(ex) == [("SecurityAgreement", frozenset({"Dänemark", "Ukraine"}))]


def test_the_two_allies_are_the_pair_named_before() -> None:
    ex = run("The Philippines and the United States expanded their defence cooperation "
             "agreement on Monday. Austin said the two allies were modernising an alliance that "
             "dates back to their 1951 Mutual Defense Treaty.", "en")
    assert ("MutualDefense", frozenset({"Philippines", "United States"})) in described(ex)


def test_a_treaty_named_otherwise_is_another_treaty_of_the_pair() -> None:
    ex = run("Indien und Pakistan haben eine Waffenruhe vereinbart. Das Indus-Abkommen über die "
             "Aufteilung des Flusswassers bleibt ausgesetzt, teilte Neu-Delhi mit. Pakistan "
             "drohte, auch das Simla-Abkommen von 1972 aufzukündigen.", "de")
    pair = frozenset({"Indien", "Pakistan"})
    assert sorted(t for t, p in described(ex) if p == pair) == ["Ceasefire", "Other", "Other"]
    assert sorted(t.name or "" for t in ex.treaties) == ["", "Indus", "Simla"]


def test_a_pact_signed_in_another_year_is_another_pact() -> None:
    ex = run("India and the United States signed a satellite data agreement on Tuesday. India "
             "signed a logistics exchange pact with the United States in 2016 and a "
             "communications pact in 2018.", "en")
    assert len(ex.treaties) == 3
    # the same year again is the same pact
    ex = run("India signed a logistics pact with the United States in 2016. The pact of 2016 "
             "lets each side use the other's bases.", "en")
    assert len(ex.treaties) == 1


def test_the_host_of_a_summit_is_no_party_also_with_a_genitive() -> None:
    ex = run("The partnership builds on a bilateral security agreement, the first of a series "
             "of deals that Group of Seven countries pledged at NATO's summit in Vilnius.", "en")
    assert all("NATO" not in p for _t, p in described(ex))


def test_a_path_to_membership_is_no_accession() -> None:
    ex = run("Britain supports Ukraine's irreversible path to NATO membership.", "en")
    assert not [p for t, p in described(ex) if t == "Alliance"]


def test_similar_treaties_of_a_list_are_each_with_the_one_outside_it() -> None:
    ex = run("Dänemark hat mit der Ukraine ein Sicherheitsabkommen geschlossen. Mit ähnlichen "
             "Abkommen hatten sich zuvor bereits Großbritannien, Deutschland und Frankreich zu "
             "langfristiger Hilfe für Kiew verpflichtet.", "de")
    assert {p for _t, p in described(ex)} == {
        frozenset({"Dänemark", "Ukraine"}), frozenset({"Vereinigtes Königreich", "Ukraine"}),
        frozenset({"Deutschland", "Ukraine"}), frozenset({"Frankreich", "Ukraine"})}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland warnt vor einem möglichen Nato-Beitritt Georgiens."),
    ("en", "Talks on a possible peace deal between Russia and Ukraine stalled."),
])
def test_a_possible_treaty_is_none(lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_the_sides_of_a_quarrel_are_no_parties_and_a_bilateral_agreement_refers_back() -> None:
    ex = run("Egypt flies arms to Somalia under new defence pact. "
             "Two Egyptian military aircraft landed in Mogadishu, the first delivery under a "
             "defence pact that has sharpened tensions between Somalia and neighbouring "
             "Ethiopia. Cairo had offered up to 5,000 troops for the new AU mission and a "
             "further 5,000 to be deployed under the bilateral agreement.", "en")
    assert [p for _t, p in described(ex)] == [frozenset({"Egypt", "Somalia"})]


def test_seeking_to_join_is_no_accession() -> None:
    ex = run("Sisi said Egypt would seek to join a new African Union force.", "en")
    assert not [p for t, p in described(ex) if t == "Alliance"]


def test_the_host_city_of_an_accession_summit_is_no_member() -> None:
    ex = run("Am Donnerstag war Belarus beim Gipfeltreffen in der kasachischen Hauptstadt Astana "
             "als zehntes Vollmitglied in die Shanghaier Organisation für Zusammenarbeit "
             "aufgenommen worden.", "de")
    assert [p for _t, p in described(ex)] == [
        frozenset({"Belarus", "Shanghaier Organisation für Zusammenarbeit"})]


def test_a_pair_word_as_subject_with_a_state_joined_to_it() -> None:
    ex = run("The junta's spokesman announced that Niger was breaking off relations in total "
             "solidarity with Mali. Both countries, together with Burkina Faso, signed a mutual "
             "defence pact last year, the founding charter of the Alliance of Sahel States, and "
             "have since turned away from France and towards Russia.", "en")
    assert described(ex) == [("MutualDefense", frozenset({"Niger", "Mali", "Burkina Faso"}))]


def test_both_governments_agreed_on_something() -> None:
    ex = run("Kongos Präsident Félix Tshisekedi sucht die Nähe zu Uganda; im Juni hatten beide "
             "Regierungen zudem den Bau von Straßen im Osten des Landes vereinbart, den Uganda "
             "mitfinanziert.", "de")
    assert [p for _t, p in described(ex)] == [
        frozenset({"Demokratische Republik Kongo", "Uganda"})]


def test_joining_the_bloc_named_before() -> None:
    ex = run("Kenya leads the East African Community force. The Democratic Republic of Congo "
             "joined the seven-nation bloc only this year.", "en")
    assert ("Alliance", frozenset({"Democratic Republic of the Congo",
                                   "East African Community"})) in described(ex)


def test_who_recognises_a_side_is_no_party() -> None:
    ex = run("The UN-recognised government in Tripoli and the Libyan National Army of commander "
             "Khalifa Haftar signed a permanent ceasefire in Geneva on Friday.", "en")
    assert all("United Nations" not in p for _t, p in described(ex))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ethiopia and Eritrea fought a war. US envoy Jeffrey Feltman and the African Union's "
           "envoy, Olusegun Obasanjo, are pressing both sides for a ceasefire."),
    ("en", "The UN called for a ceasefire between Russia and Ukraine."),
    ("de", "Die UN fordert eine Waffenruhe zwischen Russland und der Ukraine."),
    # an adjective between the urging and the truce
    ("de", "Washington drängt beide Kriegsparteien seit Monaten zu einer 30-tägigen Feuerpause, "
           "die der Kreml bislang ablehnt."),
])
def test_a_treaty_called_for_is_none(lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_the_actors_of_a_that_clause_are_the_parties_not_the_clause_around_it() -> None:
    ex = run("The United Nations is struggling to shore up a truce for the port of Berbera that "
             "Somalia and Somaliland agreed in Djibouti a year ago.", "en")
    assert [p for _t, p in described(ex)] == [frozenset({"Somalia", "Somaliland"})]


def test_the_two_countries_are_the_two_states_their_sentence_names() -> None:
    ex = run("Russia operates its own air base at Kant, near Bishkek. In 2012, during a visit by "
             "President Vladimir Putin, the two countries signed an agreement extending "
             "Russia's lease, and Moscow wrote off $500 million of Kyrgyz debt.", "en")
    assert [p for _t, p in described(ex)] == [frozenset({"Russia", "Kyrgyzstan"})]


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("en", "A year ago Solomon Islands, PNG's eastern neighbour, signed a security agreement "
           "with Beijing.", {"Solomon Islands", "China"}),
    ("en", "Turkey, a NATO member since 1952, signed a defence agreement with Russia.",
     {"Turkey", "Russia"}),
    ("de", "Polen, ein Nachbar der Ukraine, unterzeichnete ein Sicherheitsabkommen mit "
           "Deutschland.", {"Polen", "Deutschland"}),
])
def test_an_apposition_describing_a_party_names_none(lang: str, text: str,
                                                      parties: set[str]) -> None:
    assert [p for _t, p in described(run(text, lang))] == [frozenset(parties)]


def test_the_actor_before_the_partners_of_a_verb_final_clause_is_a_party() -> None:
    ex = run("Das Atomabkommen, das Iran 2015 in Wien mit den USA, Russland und China "
             "geschlossen hatte, begrenzte das Atomprogramm.", "de")
    assert [p for _t, p in described(ex)] == [frozenset({"Iran", "USA", "Russland", "China"})]


def test_a_seat_of_government_makes_its_state_a_party() -> None:
    ex = run("Die Bundeswehr übernimmt die Brigade. Grundlage ist eine Vereinbarung, die Berlin "
             "und Den Haag 2013 geschlossen hatten.", "de")
    assert [p for _t, p in described(ex)] == [frozenset({"Deutschland", "Niederlande"})]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Erst kurz zuvor hatten Deutschland und Frankreich mit der Ukraine jeweils "
           "bilaterale Sicherheitsabkommen unterzeichnet."),
    ("en", "Germany and France have each signed separate security agreements with Ukraine."),
])
def test_each_of_a_coordination_signs_its_own_treaty_with_the_party_outside_it(
        lang: str, text: str) -> None:
    got = sorted(sorted(p) for _t, p in described(run(text, lang)))
    ua = "Ukraine"
    de, fr = ("Deutschland", "Frankreich") if lang == "de" else ("Germany", "France")
    assert got == sorted([sorted({de, ua}), sorted({fr, ua})])


def test_the_actors_of_an_under_which_clause_are_the_parties_not_the_speaker() -> None:
    ex = run("Mohammed bin Salman said the kingdom might one day sign the Abraham Accords, "
             "under which the United Arab Emirates normalised relations with Israel in 2020.",
             "en")
    assert [p for _t, p in described(ex)] == [frozenset({"United Arab Emirates", "Israel"})]


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("en", "Yemen's internationally recognised government and the separatist Southern "
           "Transitional Council (STC) signed an agreement in Riyadh on Tuesday.",
     {"Yemen", "Southern Transitional Council"}),
    ("en", "Ankara says its presence rests on a security accord it signed with the GNA.",
     {"Turkey", "Government of National Accord"}),
])
def test_a_rival_government_or_separatist_council_the_gazetteer_knows_is_a_party(
        lang: str, text: str, parties: set[str]) -> None:
    assert [p for _t, p in described(run(text, lang))] == [frozenset(parties)]


def test_both_governments_in_a_relative_clause_are_the_pair_named_before() -> None:
    ex = run("Burundi ist nach einem Streit mit Mogadischu nicht mehr dabei. Neu hinzukommen soll "
             "Ägypten. Kairo hat zugesagt, Soldaten zu entsenden – den Rest auf Grundlage eines "
             "Verteidigungsabkommens, das beide Regierungen im Sommer geschlossen hatten.", "de")
    assert [p for _t, p in described(ex)] == [frozenset({"Ägypten", "Somalia"})]


def test_a_treaty_owned_by_the_country_refers_back_and_makes_none() -> None:
    ex = run("Western members struck any mention of the envoy overseeing the country's peace "
             "deal to head off a Russian veto on Bosnia.", "en")
    assert described(ex) == []


def test_a_treaty_whose_relative_clause_names_other_parties_is_another_treaty() -> None:
    ex = run("Australien und Indonesien unterzeichneten ein Verteidigungsabkommen. Der neue "
             "Vertrag ähnelt dem Truppenstatut, das Australien 2022 mit Japan unterzeichnet "
             "hatte.", "de")
    # sorted by the parties' names: a frozenset's str order depends on how it was built
    assert sorted(described(ex), key=lambda t: (t[0], sorted(t[1]))) == [
        ("SecurityAgreement", frozenset({"Australien", "Indonesien"})),
        ("SecurityAgreement", frozenset({"Australien", "Japan"}))]


def test_a_hedge_in_an_under_which_clause_leaves_the_deal_asserted() -> None:
    ex = run("The SDF said it had reached a deal with the Syrian government under which the "
             "Syrian army would deploy along the border.", "en")
    assert [(t.treaty_type, t.evidence[0].modality) for t in ex.treaties] == [("Other",
                                                                               "Asserted")]


def test_a_typed_word_and_treaty_side_by_side_are_one_treaty() -> None:
    ex = run("China's President Xi Jinping met Russia's President Vladimir Putin. Xi and Putin "
             "signed a partnership treaty in February 2022.", "en")
    assert described(ex) == [("StrategicPartnership", frozenset({"China", "Russia"}))]


def test_the_body_a_treaty_creates_is_no_party() -> None:
    ex = run("Russia and Belarus are formally allied under a 1999 treaty creating the so-called "
             "Union State.", "en")
    assert [p for _t, p in described(ex)] == [frozenset({"Russia", "Belarus"})]


@pytest.mark.parametrize(("text", "parties"), [
    # "einigten sich ... auf": the reflexive agreement with its object later
    ("Venezuela und Kolumbien einigten sich am Montag in Quito auf die Rückkehr ihrer "
     "Botschafter.", {"Venezuela", "Kolumbien"}),
    # the verb before its coordinated subject
    ("Nach fünf Stunden Gespräch vereinbaren Venezuela und Kolumbien die Rückkehr ihrer "
     "Botschafter.", {"Venezuela", "Kolumbien"}),
    # one official signs with another: their states, as the text gives their offices
    ("Argentiniens Präsidentin Cristina Kirchner empfing Chinas Präsidenten Xi Jinping. "
     "Anfang Februar unterzeichnete Kirchner mit Xi eine Reihe weiterer Vereinbarungen.",
     {"Argentinien", "China"}),
])
def test_agreements_by_reflexive_inverted_or_signing_with(text: str, parties: set[str]) -> None:
    ex = run(text, "de")
    assert parties in party_sets(ex)


def test_agreeing_on_nothing_is_no_treaty() -> None:
    assert run("Damit vereinbarten Russland und China nichts.", "de").treaties == ()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a charter is a treaty word
    ("en", "The foreign ministers of Egypt, Jordan and Sudan signed the founding charter of "
           "the council in Riyadh.", ("Other", {"Egypt", "Jordan", "Sudan"})),
    # the states of the two leaders named before
    ("en", "Mongolian President Ukhnaagiin Khurelsukh greeted Russian President Vladimir "
           "Putin. The two leaders watched as officials signed agreements on fuel supplies.",
     (None, {"Russia", "Mongolia"})),
    # after a fronted phrase the subject follows the verb, a union's president with it
    ("de", "Beim Gipfel im usbekischen Samarkand vereinbarten EU-Ratspräsident António Costa "
           "und die Präsidenten Kasachstans und Kirgistans eine strategische Partnerschaft.",
     ("StrategicPartnership", {"Europäische Union", "Kasachstan", "Kirgisistan"})),
])
def test_treaty_parties_4(lang: str, text: str, expected: tuple[str | None, set[str]]) -> None:
    found = described(run(text, lang))
    ttype, parties = expected
    assert any(p == frozenset(parties) and (ttype is None or t == ttype) for t, p in found)


def test_a_term_an_agreement_provides_for_is_no_treaty_of_its_own() -> None:
    found = described(run("Israel and Hamas signed a deal in Cairo. The deal provides for a "
                          "ceasefire and an exchange of prisoners.", "en"))
    assert len(found) == 1


def test_a_named_agreement_is_the_deal_just_reported() -> None:
    found = described(run(
        "Houthi rebels signed a United Nations-brokered deal with President Abd-Rabbu Mansour "
        "Hadi of Yemen. The Peace and National Partnership Agreement, signed at the palace in "
        "the presence of Hadi and U.N. envoy Jamal Benomar, ends a week of fighting.", "en"))
    assert len(found) == 1


def test_the_two_countries_named_together_signed_it() -> None:
    found = described(run(
        "Turkey and Armenia agreed to open their border. Ankara closed it in solidarity with "
        "Azerbaijan, which was fighting Armenian forces. Talks collapsed after the two "
        "countries signed the Zurich Protocols in 2009.", "en"))
    assert ("Other", frozenset({"Turkey", "Armenia"})) in found or any(
        p == frozenset({"Turkey", "Armenia"}) for _t, p in found)
    assert not any(p == frozenset({"Azerbaijan", "Armenia"}) for _t, p in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sudan's army and the RSF remain far apart on a truce, officials said."),
    ("en", "Talks in Jeddah will now focus on a ceasefire between Sudan's army and the RSF."),
    ("de", "Israel und die Hamas haben noch keine Waffenruhe vereinbart."),
])
def test_a_truce_not_agreed_is_no_treaty(lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_the_signers_states_are_the_parties_of_the_two_governments() -> None:
    # "the two governments" next to a third state; the signers say which two
    text = ("US Secretary of State Marco Rubio warned Venezuela that an attack on Guyana would end "
            "badly, as the two governments signed a security agreement. The agreement, signed "
            "by Rubio and Guyana's foreign minister, Hugh Todd, expands training.")
    parties = {p for _t, p in described(run(text, "en"))}
    assert parties == {frozenset({"United States", "Guyana"})}


def test_an_old_dated_treaty_is_not_the_new_deal() -> None:
    text = ("The United States and Panama signed a security memorandum on Wednesday. Under the "
            "1977 neutrality treaty, the United States may defend the canal. Officials expect "
            "more visits in 2025.")
    assert len(described(run(text, "en"))) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Mali, Burkina Faso und Niger hatten im September die „Allianz der Sahelstaaten“ "
               "gegründet."),
        ("de", "Gemeinsam mit Burkina Faso haben Mali und Niger die Allianz der Sahelstaaten "
               "gegründet."),
        ("en", "Mali, Burkina Faso and Niger founded the Alliance of Sahel States in September."),
    ],
)
def test_the_founders_of_an_alliance_are_parties_of_one_pact(lang: str, text: str) -> None:
    found = described(run(text, lang))
    assert [parties for _t, parties in found] == [frozenset(
        {"Mali", "Burkina Faso", "Niger"})], found


def test_a_negation_about_a_reported_membership_keeps_it() -> None:
    text = ("Finland joined NATO on Tuesday. President Sauli Niinistö said the membership did "
            "not target anyone.")
    found = run(text, "en").treaties
    assert len(found) == 1 and len(found[0].evidence) == 2


@pytest.mark.parametrize(
    ("lang", "text", "older_type"),
    [
        ("en", "China and the Solomon Islands signed a policing agreement on Monday. The new "
               "deal builds on a security pact the two countries signed in April 2022.",
         "SecurityAgreement"),
        ("en", "Britain and Germany signed a friendship treaty on Thursday. The treaty builds "
               "on the Trinity House agreement, a defence accord signed last October by "
               "Defence Secretary John Healey and his German counterpart Boris Pistorius.",
         "SecurityAgreement"),
        ("de", "Deutschland und Frankreich unterzeichneten einen Freundschaftsvertrag. Der "
               "Vertrag ersetzt ein Sicherheitsabkommen aus dem Jahr 1963.",
         "SecurityAgreement"),
    ],
)
def test_the_treaty_a_new_one_builds_on_is_another_one(lang: str, text: str,
                                                       older_type: str) -> None:
    """"builds on"/"replaces"/"ersetzt": two treaties of one pair, the older one typed by
    its own words, and its signers not the new treaty's."""
    ex = run(text, lang)
    assert len(ex.treaties) == 2, described(ex)
    assert len({t.parties for t in ex.treaties}) == 1
    newer, older = sorted(ex.treaties, key=lambda t: t.evidence[0].start)
    assert older.treaty_type == older_type
    assert not set(newer.signed_by) & set(older.signed_by)


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        ("de", "Griechenland und die Türkei unterzeichneten eine Erklärung über gute "
               "Nachbarschaft. Daneben unterzeichneten Minister beider Regierungen rund 15 "
               "Abkommen, unter anderem zu Handel und Tourismus.", "Trade"),
        ("de", "Deutschland und Indien vereinbarten eine strategische Partnerschaft. Beide "
               "Regierungen unterzeichneten zudem ein Abkommen über militärische "
               "Zusammenarbeit.", "SecurityAgreement"),
        ("en", "India and the United States declared a strategic partnership. The two "
               "countries also signed an agreement on defence cooperation.", "SecurityAgreement"),
    ],
)
def test_one_more_agreement_of_the_same_pair_is_a_second_treaty(lang: str, text: str,
                                                                second: str) -> None:
    """"zudem ein Abkommen über ...", "rund 15 Abkommen", "also signed an agreement on ...":
    a further treaty of the same two states, typed by what it is about."""
    found = described(run(text, lang))
    assert len(found) == 2, found
    assert found[1][0] == second and found[0][1] == found[1][1]


def test_the_same_agreement_again_is_no_second_treaty() -> None:
    text = ("Poland and Ukraine signed a security agreement on Monday. The agreement was "
            "welcomed in Kyiv; the two countries signed it after months of talks.")
    assert len(run(text, "en").treaties) == 1


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        # the seller after articles and adjectives, and a maker as the seller
        ("de", "Die Raketen, die Oslo bereits bei den USA bestellt hat, kommen später.",
         {"Norwegen", "USA"}),
        ("de", "Im Jahr 2021 hatte Ägypten 30 Jets beim französischen Hersteller Dassault "
               "Aviation bestellt.", {"Ägypten", "Dassault Aviation"}),
        ("en", "Last year Warsaw ordered 96 helicopters from the United States.",
         {"Poland", "United States"}),
        # a contract is a trade agreement, and so is a treaty about tanks
        ("en", "Qatar signed a contract with Dassault Aviation for 12 more jets.",
         {"Qatar", "Dassault Aviation"}),
        ("de", "Rumänien hat einen Rüstungsvertrag mit Südkorea abgeschlossen.",
         {"Rumänien", "Südkorea"}),
    ],
)
def test_an_arms_purchase_is_a_trade_agreement(lang: str, text: str,
                                               parties: set[str]) -> None:
    """Orders and contracts for weapons: the buyer and the state or company that sells."""
    found = described(run(text, lang))
    assert [t for t, _ in found] == ["Trade"], found
    assert found[0][1] == parties, found


def test_a_treaty_about_weapons_is_typed_as_trade() -> None:
    found = described(run("Polen und Südkorea unterzeichneten einen Vertrag über 180 "
                          "Kampfpanzer.", "de"))
    assert found == [("Trade", frozenset({"Polen", "Südkorea"}))]


def test_both_governments_are_the_pair_a_paragraph_names() -> None:
    """"beide Regierungen" after a paragraph that names one of the pair only in passing in
    the sentences just before: the two states named last within five sentences."""
    text = ("Belgien zieht seine Soldaten aus Benin ab. Anders als andere Staaten hat Benin "
            "nie mit Brüssel gebrochen. Der Präsident hatte im Mai gewählt werden lassen. "
            "Die Afrikanische Union lobte Benin dafür. Die Wahl verlief ruhig. Das 2012 von "
            "beiden Regierungen unterzeichnete Abkommen über eine Verteidigungspartnerschaft "
            "bleibe in Kraft.")
    assert described(run(text, "de")) == [("SecurityAgreement", frozenset({"Belgien", "Benin"}))]


def test_an_indefinite_ceasefire_of_unknown_parties_is_not_the_treaty_before() -> None:
    ex = run("Laos und Vietnam unterzeichneten im Oktober eine Absichtserklärung. Im Januar "
             "hatten die Rebellen in Hanoi unter Pekings Vermittlung eine Waffenruhe vereinbart.",
             "de")
    assert [t for t, _ in described(ex)] == ["Other"]
    assert not any(r.predicate == "inConflictWith" for r in ex.relations)


def test_a_mediator_named_in_the_genitive_is_no_party() -> None:
    ex = run("Laos und Thailand haben unter Pekings Vermittlung eine Waffenruhe vereinbart.",
             "de")
    assert described(ex) == [("Ceasefire", frozenset({"Laos", "Thailand"}))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The United States is not a party to the treaty with Colombia."),
        ("de", "Die USA sind kein Vertragsstaat des Abkommens mit Kolumbien."),
    ],
)
def test_a_state_that_is_no_party_makes_no_treaty(lang: str, text: str) -> None:
    assert not run(text, lang).treaties


def test_an_understanding_with_a_state_is_an_agreement_but_sharing_one_is_not() -> None:
    ex = run("The US reached an understanding with Damascus on border security.", "en")
    assert [parties for _, parties in described(ex)] == [frozenset({"United States", "Syria"})]
    assert not run("Russia and China share an understanding of the threat.", "en").treaties


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland und die Ukraine vereinbarten einen Gefangenenaustausch."),
    # a headline: the object noun bare, a denied truce after the dash is another thing
    ("de", "Erste Gespräche: Russland und Ukraine vereinbaren Gefangenenaustausch – aber keine "
           "Waffenruhe"),
])
def test_states_that_agree_on_a_thing_make_an_agreement(lang: str, text: str) -> None:
    assert [t.treaty_type for t in run(text, lang).treaties] == ["Other"]


def test_a_guessed_office_makes_no_treaty_party() -> None:
    # the Maldivian defence minister is never given a state; the story names India first and
    # most, so he is guessed to be India's: that guess must not make India a party to the
    # agreement he signs with China
    doc = next(iter(read_inputs([str(Path(__file__).parent / "data/eval/f-de-01.txt")])))
    ex = extract(doc)
    label = {e.key: e.label for e in ex.entities}
    parties = [{label[p] for p in t.parties} for t in ex.treaties]
    assert {"China", "Indien"} not in parties
    assert {"Indien", "Malediven"} in parties


def test_the_signers_named_after_a_treaty_are_its_parties_not_the_host_of_the_talks() -> None:
    ex = run("Norway's move carries particular symbolism: it hosted the secret talks that "
             "produced the Oslo Accords, signed by Israel and the Palestine Liberation "
             "Organization in 1993.", "en")
    assert party_sets(ex) == [
        {"Israel", "Palestine Liberation Organization"}]


def test_both_states_reach_back_to_the_state_the_text_dwells_on() -> None:
    ex = run("Ecuadorianische Polizisten stürmten die Botschaft in Quito. Ecuador verteidigte das. "
             "Glas sei ein Straftäter. Ihm stehe kein Asyl zu. Die Polizei habe richtig "
             "gehandelt. Das sagte die Regierung. Mexiko habe den Schutz missbraucht. Mexikos "
             "Außenministerin widersprach. Beide Staaten sind Vertragsparteien des Wiener "
             "Übereinkommens über diplomatische Beziehungen.", "de")
    assert party_sets(ex) == [{"Ecuador", "Mexiko"}]


def test_a_semicolon_ends_the_parties_a_treaty_clause_can_take() -> None:
    ex = run("South Africa's contingent heads home; Tanzania to keep troops under bilateral deal",
             "en")
    assert not ex.treaties


def test_praise_of_a_strong_partnership_is_no_agreement() -> None:
    ex = run("Somali President Hassan Sheikh Mohamud welcomed the strikes as a sign of a "
             "\"strong partnership\" between Somalia and the United States.", "en")
    assert not ex.treaties


def test_ordering_troops_withdrawn_is_no_purchase() -> None:
    assert not run("Officials in Warsaw remember 2020, when Trump ordered nearly 12,000 soldiers "
                   "withdrawn from Germany.", "en").treaties
    assert run("Poland ordered 250 Abrams tanks from the United States.", "en").treaties


@pytest.mark.parametrize(("lang", "text", "parties"), [
    # an armed group no gazetteer knows is a party to the truce it agrees
    ("de", "Im Süden kämpft die Armee seit Monaten. Unter Vermittlung Katars haben sich "
           "Tschads Regierung und die sogenannte Sahel-Befreiungs-Allianz auf eine Waffenruhe "
           "geeinigt.", {"Tschad", "Sahel-Befreiungs-Allianz"}),
    ("en", "Nigeria's government and the Niger Delta Liberation Army (NDLA) agreed a ceasefire "
           "in Abuja on Monday.", {"Nigeria", "Niger Delta Liberation Army"}),
    # the mediators named after "with the mediation of" end at the comma after their pair
    ("en", "With the mediation of Qatar and Egypt, Israel and Hamas agreed to a ceasefire.",
     {"Israel", "Hamas"}),
])
def test_a_truce_takes_the_armed_group_and_not_the_mediators(lang: str, text: str,
                                                             parties: set[str]) -> None:
    ex = run(text, lang)
    assert party_sets(ex) == [parties]



@pytest.mark.parametrize(("lang", "text", "parties"), [
    # a bare government word is the story's state; the rebel word the group so introduced
    ("de", "Boliviens Präsident Luis Arce hat die Gespräche mit der Guerillagruppe MRL "
           "ausgesetzt. Peru bot Vermittlung an. Im Juni unterzeichneten Regierung und Guerilla "
           "in Havanna einen Waffenstillstand.", {"Bolivien", "MRL"}),
    ("en", "Chad's army is fighting the rebel group FACT. Chad is torn. The government and the "
           "rebels signed a ceasefire in Doha.", {"Chad", "FACT"}),
])
def test_government_and_rebels_are_the_story_state_and_the_group(lang: str, text: str,
                                                                 parties: set[str]) -> None:
    ex = run(text, lang)
    assert party_sets(ex) == [parties]


def test_an_agreement_signed_by_two_states_stands_under_a_hedged_clause() -> None:
    ex = run("He said Kenya, whose soldiers have been stationed along the Nile border, would "
             "keep two battalions in the province under a bilateral agreement signed by "
             "Nairobi and Kampala in May.", "en")
    assert party_sets(ex) == [{"Kenya", "Uganda"}]
    assert ex.treaties[0].evidence[0].modality == "Asserted"
    assert not run("Kenya would sign an agreement with Uganda.", "en").treaties


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("de", "Nordkorea und Südkorea stehen sich gegenüber. Ein Militärabkommen, das Nord und Süd "
           "2018 geschlossen hatten, hatte Pjöngjang im November aufgekündigt.",
     {"Nordkorea", "Südkorea"}),
    ("en", "North Korea fired missiles at South Korea. A 2018 military agreement that North and "
           "South signed is dead.", {"North Korea", "South Korea"}),
])
def test_north_and_south_are_the_two_states_so_named(lang: str, text: str,
                                                     parties: set[str]) -> None:
    ex = run(text, lang)
    assert parties in party_sets(ex)


def test_the_state_behind_a_proposal_for_a_truce_is_no_party() -> None:
    ex = run("Hamas-Führer berieten in Doha über einen US-Vorschlag für eine Waffenruhe mit "
             "Israel.", "de")
    label = {e.key: e.label for e in ex.entities}
    assert all("USA" not in {label[p] for p in t.parties} for t in ex.treaties)


def test_both_states_renewing_the_agreement_are_its_parties_not_the_last_treatys() -> None:
    ex = run("Israel und die Hamas verhandeln über eine Waffenruhe. Katar gilt als enger "
             "Verbündeter der USA. Erst 2024 hatten beide Staaten die Vereinbarung über die "
             "amerikanische Militärpräsenz um zehn Jahre verlängert.", "de")
    assert {"Katar", "USA"} in party_sets(ex)


@pytest.mark.parametrize(("lang", "text", "parties"), [
    # who an agreement's terms name is no party
    ("en", "Britain and Norway are negotiating an agreement under which their navies would "
           "jointly hunt Russian submarines.", [{"United Kingdom", "Norway"}]),
    # treaties in general
    ("de", "Ankara stört sich daran, dass Griechenland Soldaten auf den Inseln stationiert "
           "hat – aus türkischer Sicht ein Verstoß gegen internationale Verträge.", []),
    # the boats of coordinated demonyms
    ("de", "Senegal lässt das Fischereiabkommen mit der EU auslaufen. Das 2019 unterzeichnete "
           "Protokoll erlaubte vor allem spanischen und französischen Thunfischfängern, vor der "
           "Küste zu fischen.", [{"Senegal", "Europäische Union"}]),
])
def test_terms_generic_treaties_and_boats_are_no_parties(lang: str, text: str,
                                                        parties: list[set[str]]) -> None:
    ex = run(text, lang)
    assert party_sets(ex) == parties


def test_states_that_made_peace_have_a_peace_agreement() -> None:
    ex = run("Neighbouring Egypt, which made peace with Israel in 1979, condemned the raid.", "en")
    assert ("PeaceAgreement", frozenset({"Egypt", "Israel"})) in described(ex)


def test_the_splm_is_a_known_party() -> None:
    ex = run("Nach einem Abkommen, das die Regierung in Khartum und die SPLM 2005 unterzeichnet "
             "hatten, endete der Krieg.", "de")
    assert {"Sudan", "SPLM"} in party_sets(ex)


def test_a_member_named_beside_an_accession_has_no_accession_treaty() -> None:
    ex = run("Turkey's parliament approved Sweden's accession to NATO. That leaves "
             "Hungary as the only member of the alliance yet to give its consent. Neighbouring "
             "Norway, a NATO member, welcomed the vote.", "en")
    sets = party_sets(ex)
    assert {"Sweden", "NATO"} in sets
    assert {"Hungary", "NATO"} not in sets and {"Norway", "NATO"} not in sets


def test_an_accession_word_names_its_own_alliance() -> None:
    ex = run("Ungarn ist Mitglied von Nato und EU, Montenegro verhandelt seit 2012 über einen "
             "EU-Beitritt.", "de")
    assert {"Montenegro", "Europäische Union"} in party_sets(ex)
    assert {"Montenegro", "NATO"} not in party_sets(ex)


def test_german_states_that_made_peace_have_a_peace_agreement() -> None:
    ex = run("Jordanien, das 1994 Frieden mit Israel geschlossen hatte, verurteilte den Einsatz. "
             "Die Menschen in der Region wünschen sich Frieden.", "de")
    assert described(ex) == [("PeaceAgreement", frozenset({"Israel", "Jordanien"}))]


def test_the_two_heads_of_government_are_the_pair_of_their_states() -> None:
    said = party_sets(run(
        "Indiens Premierminister Narendra Modi hat den russischen Präsidenten Wladimir Putin in "
        "Neu-Delhi empfangen. Es ist Putins erster Besuch seit dem Beginn des Angriffskriegs "
        "gegen die Ukraine. Zum Abschluss des Gipfels verabschiedeten die beiden Regierungschefs "
        "eine Erklärung, in der sie sich auf ein \"Programm für die wirtschaftliche "
        "Zusammenarbeit bis 2030\" verständigten.", "de"))
    assert {"Indien", "Russland"} in said
    assert {"Russland", "Ukraine"} not in said


def test_an_agreement_about_another_thing_is_another_treaty() -> None:
    ex = run("Indien und Russland unterzeichneten ein Abkommen über die Mobilität von "
             "Arbeitskräften. Die russische Staatsduma hatte zuvor ein Abkommen über logistische "
             "Unterstützung der Streitkräfte ratifiziert.", "de")
    assert party_sets(ex) == [{"Indien", "Russland"}, {"Indien", "Russland"}]


def test_the_same_agreement_named_again_is_one_treaty() -> None:
    ex = run("Indien und Russland unterzeichneten ein Abkommen über die Mobilität von "
             "Arbeitskräften. Die russische Staatsduma hatte das Abkommen über die Mobilität "
             "bereits ratifiziert.", "de")
    assert party_sets(ex) == [{"Indien", "Russland"}]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian border guards patrol Armenia's frontiers with Iran and Turkey under a 1992 "
           "treaty."),
    ("de", "Russische Grenzschützer sichern auf Grundlage eines Abkommens von 1992 die "
           "armenischen Grenzen zur Türkei und zum Iran."),
    ("de", "Russische Grenzschützer sichern auf Grundlage eines Abkommens von 1992 die "
           "armenischen Außengrenzen zur Türkei und zum Iran."),
])
def test_states_named_as_neighbours_along_a_border_are_no_parties(lang: str, text: str) -> None:
    assert party_sets(run(text, lang)) == [{"Russia" if lang == "en" else "Russland",
                                            "Armenia" if lang == "en" else "Armenien"}]


def test_a_content_word_inside_an_english_name_types_no_treaty() -> None:
    ex = run("Construction begins on the Route for International Peace and Prosperity. Russian "
             "border guards patrol the border of Armenia under a 1992 treaty.", "en")
    assert [t for t, _ in described(ex)] != ["PeaceAgreement"]
    ex = run("The talks focused on peace. Russia and Armenia signed an agreement.", "en")
    assert [t for t, _ in described(ex)] == ["PeaceAgreement"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Central African Republic has diversified its partners. Rwanda maintains troops "
           "in the country under a bilateral defence agreement signed in 2019, and the UN "
           "mission MINUSCA has some 14,000 personnel deployed.",
     {"Rwanda", "Central African Republic"}),
    ("de", "Die Zentralafrikanische Republik hat ihre Partner breiter aufgestellt. Ruanda hat "
           "auf Grundlage eines Verteidigungsabkommens von 2019 Soldaten im Land, und die "
           "UN-Mission Minusca hat 14.000 Blauhelme dort.",
     {"Ruanda", "Zentralafrikanische Republik"}),
])
def test_troops_in_the_country_under_an_agreement_make_its_host_a_party(
        lang: str, text: str, expected: set[str]) -> None:
    assert party_sets(run(text, lang)) == [expected]


def test_a_headline_verb_of_sealing_bounds_the_parties() -> None:
    ex = run("Poland and Romania seal defence pact as Warsaw hits out at 'Minsk alliance'", "en")
    assert party_sets(ex) == [{"Poland", "Romania"}]


def test_a_purchase_by_it_is_the_states_the_text_is_about() -> None:
    ex = run("Greece is a member of NATO. But it has modernised its navy. In 2021 it agreed to "
             "buy 18 Rafale jets from France, and it already flies American F-16 jets.", "en")
    assert ("Trade", frozenset({"Greece", "France"})) in described(ex)
    assert not any("United States" in parties for _t, parties in described(ex))


def test_the_signers_after_the_treaty_word_are_its_parties() -> None:
    ex = run("Serbia and Hungary signed a defence agreement. The deal is Belgrade's answer to "
             "a joint declaration signed in Zagreb in March by the defence ministers of Albania, "
             "Croatia and Kosovo.", "en")
    assert {"Albania", "Croatia", "Kosovo"} in party_sets(ex)
    assert {"Serbia", "Hungary"} in party_sets(ex)


def test_a_reference_goes_to_the_treaty_of_the_states_it_names() -> None:
    ex = run("Serbia and Hungary signed a military cooperation agreement on Tuesday. In 2024 "
             "Serbia agreed to buy 12 Rafale jets from France. Kosovo said the Serbian-Hungarian "
             "pact was a threat.", "en")
    counts = {frozenset(party_sets(ex)[i]): len(t.evidence) for i, t in enumerate(ex.treaties)}
    assert counts[frozenset({"Serbia", "Hungary"})] == 2
    assert counts[frozenset({"Serbia", "France"})] == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shoigu, the secretary of Russia's Security Council, will visit Cuba next. In "
           "Managua, Shoigu met Nicaragua's president Daniel Ortega. The two sides signed a "
           "memorandum on security cooperation."),
    ("de", "Der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, reist danach nach "
           "Kuba. In Managua traf Schoigu den nicaraguanischen Präsidenten Daniel Ortega. "
           "Beide Seiten unterzeichneten ein Sicherheitsabkommen."),
])
def test_the_two_sides_of_a_meeting_sign_together(lang: str, text: str) -> None:
    labels = [frozenset(p) for p in party_sets(run(text, lang))]
    assert len(labels) == 1 and any("Nicaragua" in x for x in labels[0]) and \
        any(x in ("Russia", "Russland") for x in labels[0]), labels


def test_a_clause_the_treaty_lacks_gives_no_type() -> None:
    ex = run("Der Vertrag über eine umfassende strategische Partnerschaft zwischen Russland und "
             "dem Iran ist in Kraft getreten. Eine Beistandsklausel enthält das Dokument "
             "jedoch nicht.", "de")
    assert described(ex) == [("StrategicPartnership", frozenset({"Russland", "Iran"}))]


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("de", "Seit Mai gilt ein Freihandelsabkommen zwischen Iran und der von Moskau "
           "dominierten Eurasischen Wirtschaftsunion.", {"Iran", "Eurasische Wirtschaftsunion"}),
    ("en", "Iran signed a free trade agreement with the Eurasian Economic Union.",
     {"Iran", "Eurasian Economic Union"}),
])
def test_the_leader_in_a_participle_before_a_party_is_none(lang: str, text: str,
                                                           parties: set[str]) -> None:
    assert party_sets(run(text, lang)) == [parties]


def test_the_makers_nationality_buys_nothing() -> None:
    ex = run("Die Malediven suchen Partner. Bei dem türkischen Hersteller Baykar kaufte die "
             "Regierung zudem Kampfdrohnen vom Typ Bayraktar TB2.", "de")
    assert not any("Türkei" in parties for parties in party_sets(ex)), described(ex)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Hunderte Kubaner haben Verträge mit der russischen Armee unterschrieben, sagte der "
           "Botschafter Kubas."),
    ("en", "Dozens of Nepalis have signed contracts with the Russian military, Nepal's foreign "
           "ministry said."),
])
def test_a_recruits_contract_with_an_army_is_no_treaty(lang: str, text: str) -> None:
    assert not run(text, lang).treaties


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der kasachische Präsident Tokajew war zu Gast. Grundlage der Beziehungen ist die "
           "Astana-Erklärung, die Tokajew und der usbekische Präsident Mirsijojew im Mai "
           "2022 unterzeichnet hatten."),
    ("de", "Der kasachische Präsident Tokajew war zu Gast. Grundlage ist das Abkommen, das "
           "Tokajew und der usbekische Präsident Mirsijojew unterzeichnet hatten."),
])
def test_a_relative_clause_of_signers_makes_the_treaty_and_its_parties(lang: str,
                                                                       text: str) -> None:
    assert party_sets(run(text, lang)) == [{"Kasachstan", "Usbekistan"}]


def test_a_contract_with_a_ministry_of_no_state_is_no_treaty() -> None:
    ex = run("Moskau bot Ausländern einen Einjahresvertrag mit dem Verteidigungsministerium an.",
             "de")
    assert not ex.treaties


def test_the_three_nato_states_are_the_three_named_before_not_nato() -> None:
    ex = run("Rumänien, Bulgarien und die Türkei suchen gemeinsam nach Treibminen. Die drei "
             "Nato-Staaten hatten die Vereinbarung über den Verband im Januar 2024 in Istanbul "
             "unterzeichnet.", "de")
    assert party_sets(ex) == [{"Rumänien", "Bulgarien", "Türkei"}]


def test_a_minister_and_his_counterpart_sign_for_two_states() -> None:
    ex = run("Moldau rückt militärisch enger an das Nachbarland Rumänien heran. "
             "Verteidigungsminister Anatolie Nosatîi und sein rumänischer Kollege Radu Miruță "
             "unterzeichneten in Chişinău ein Abkommen über den Austausch von Radardaten.", "de")
    assert party_sets(ex) == [{"Republik Moldau", "Rumänien"}]


def test_a_partner_of_another_noun_is_no_party() -> None:
    ex = run("New defence pact with UK follows closer ties with Turkey, as Nigeria battles "
             "insurgents in the north-east.", "en")
    assert all("Turkey" not in parties for parties in party_sets(ex)), party_sets(ex)


def test_founding_states_listed_beside_an_alliance_join_nothing() -> None:
    ex = run("Foreign Minister Robert Dussey has said joining the Alliance of Sahel States, "
             "formed by Mali, Burkina Faso and Niger, would be in the interest of Togo.", "en")
    assert all("Mali" not in parties for parties in party_sets(ex)), party_sets(ex)


def test_a_parliament_owned_by_a_genitive_ratifies_for_its_state() -> None:
    ex = run("The Defence and Economic Cooperation Framework Agreement was signed in Ankara in "
             "February 2024 and ratified later that year by the Somali parliament and Turkey's "
             "Grand National Assembly.", "en")
    assert party_sets(ex) == [{"Somalia", "Turkey"}]


def test_a_deputy_commander_of_an_armed_group_signs_for_it() -> None:
    ex = run("Ende Februar war Russlands Vize-Verteidigungsminister Junus-Bek Jewkurow in "
             "Bengasi. Er sprach mit Saddam Haftar, dem stellvertretenden Oberbefehlshaber der "
             "Libyschen Nationalarmee (LNA). Jewkurow und Saddam Haftar unterzeichneten demnach "
             "ein Abkommen über die Ausbildung libyscher Offiziere.", "de")
    assert party_sets(ex) == [{"Russland", "Libysche Nationalarmee"}]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the demonym of the city where they met is no party
    ("de", "Nach Gesprächen im südchinesischen Kunming haben sich Myanmars Militärregierung "
           "und die Rebellenarmee TNLA auf eine Waffenruhe verständigt.",
     [{"Myanmar", "TNLA"}]),
    # the mediator and its envoy in apposition are no party; the sides after "between" are,
    # and the demonym of a border is where, not who
    ("en", "China's envoy, Deng Xijun, has brokered ceasefires between Myanmar's military "
           "government and several armed groups in northern Shan State, including the Kachin "
           "Independence Army.", [{"Myanmar", "Kachin Independence Army"}]),
    ("en", "Deng Xijun has brokered a ceasefire between Myanmar's military government and the "
           "Kachin Independence Army along the Chinese border.",
     [{"Myanmar", "Kachin Independence Army"}]),
])
def test_places_and_mediators_around_a_ceasefire_are_no_parties(
        lang: str, text: str, expected: list[set[str]]) -> None:
    assert party_sets(run(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Litauen, Lettland und Estland hatten Anfang 2024 vereinbart, gemeinsam eine "
           "„Baltische Verteidigungslinie“ mit Hunderten Bunkern zu errichten."),
    ("en", "Lithuania, Latvia and Estonia had in January agreed to build a joint defence line."),
])
def test_a_subject_before_the_auxiliary_agrees(lang: str, text: str) -> None:
    assert len(party_sets(run(text, lang))) == 1
    assert len(party_sets(run(text, lang))[0]) == 3


def test_to_deal_with_someone_is_no_deal() -> None:
    ex = run("\"If the Arakan Army takes it, Beijing will have to deal with them directly,\" "
             "said an analyst.", "en")
    assert not ex.treaties, ex.treaties


def test_a_weekday_between_the_contract_and_its_partner() -> None:
    ex = run("Malaysia signed a contract on Wednesday with Korea Aerospace Industries (KAI) for "
             "10 more FA-50 light combat aircraft.", "en")
    assert party_sets(ex) == [{"Malaysia", "Korea Aerospace Industries"}], party_sets(ex)
