"""Deployments: whose forces, where, how many, for whom, and what is no deployment."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Document(text=text, lang=lang, source="test"))


def described(ex: Extraction) -> list[tuple[str, frozenset[str], int | None, str | None]]:
    """(actor label, location labels, count, qualifier) of every deployment."""
    label = {e.key: e.label for e in ex.entities}
    return [(label[d.actor], frozenset(label[x] for x in d.locations), d.count, d.qualifier)
            for d in ex.deployments]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "places", "count", "qualifier"),
    [
        # demonym actor, two levels of place, German number, hedge
        ("de", "Mindestens 3.000 russische Soldaten sollen in der belarussischen Region Gomel "
               "stationiert sein.", "Russland", {"Belarus"}, 3000, "AtLeast"),
        # subject actor, English number
        ("en", "Germany is stationing about 4,800 soldiers in Lithuania.", "Germany",
         {"Lithuania"}, 4800, "About"),
        # compound actor ("Wagner-Kämpfer")
        ("de", "Die Söldnertruppe Wagner ist in Libyen aktiv. Rund 1.200 Wagner-Kämpfer sind "
               "dort im Einsatz.", "Wagner-Gruppe", {"Libyen"}, 1200, "About"),
        # exact count, English
        ("en", "The United States keeps 28,500 troops in South Korea.", "United States",
         {"South Korea"}, 28500, "Exact"),
        # "mehr als"
        ("de", "Mehr als 2.000 französische Soldaten sind in Estland stationiert.", "Frankreich",
         {"Estland"}, 2000, "AtLeast"),
        # vague number: no count
        ("de", "Tausende nordkoreanische Soldaten kämpfen in Russland.", "Nordkorea",
         {"Russland"}, None, None),
        # planned stationing counts
        ("en", "Britain will send 900 troops to Estonia next year.", "United Kingdom",
         {"Estonia"}, 900, "Exact"),
        # the host is where: "X hosts N [demonym] troops"
        ("en", "Italy hosts some 12,000 American troops at several bases.", "United States",
         {"Italy"}, 12000, "About"),
        # a base with an owner; the host is where when no place is named
        ("de", "Kirgisistan beherbergt einen russischen Militärstützpunkt.", "Russland",
         {"Kirgisistan"}, None, None),
        # ... and an unknown town after "in" is a place
        ("de", "Kirgisistan beherbergt einen russischen Militärstützpunkt in Kant.", "Russland",
         {"Kant"}, None, None),
        ("en", "Armenia hosts a Russian military base in Gyumri.", "Russia", {"Gyumri"}, None,
         None),
        # a part of a force "among them" takes the force's place
        ("en", "Some 9,000 troops joined the exercise across Romania, among them 2,000 French "
               "soldiers.", "France", {"Romania"}, 2000, "Exact"),
        # a capitalized adjective inside the place ("in der Autonomen Region X")
        ("de", "Laut Abgeordneten sind in der Autonomen Region Kurdistan weiterhin rund 4.000 "
               "türkische Soldaten stationiert.", "Türkei", {"Kurdistan"}, 4000, "About"),
        # a region written as compass word + state
        ("de", "Der Irak protestiert. Im Nordirak sind rund 4.000 türkische Soldaten "
               "stationiert.", "Türkei", {"Nordirak"}, 4000, "About"),
        # the place a relative "where"/"wo" clause hangs on
        ("en", "The base lies south-east of Darwin, where about 2,500 US Marines rotate "
               "through each year.", "United States", {"Darwin"}, 2500, "About"),
        ("de", "Frankreich zog ab. Die Truppen flogen nach Gao, wo rund 1.000 französische "
               "Soldaten stationiert waren.", "Frankreich", {"Gao"}, 1000, "About"),
        # a relative clause's force belongs to the name it hangs on
        ("de", "Im Land steht die Söldnertruppe Wagner, die rund 1.500 Kämpfer in Mali "
               "stationiert hat.", "Wagner-Gruppe", {"Mali"}, 1500, "About"),
        # "weitere N" with no force word continues the force named before
        ("de", "Rund 900 türkische Soldaten sind in Katar stationiert. Weitere 300 will Ankara "
               "nach Somalia schicken.", "Türkei", {"Somalia"}, 300, "Exact"),
        ("en", "About 2,000 French troops serve in Chad. Another 600 are stationed in Gabon.",
         "France", {"Gabon"}, 600, "Exact"),
        # a coordinated list of parts, each with its origin
        ("en", "Some 3,500 soldiers serve at the base in Latvia, including some 600 from Spain "
               "and about 250 from Italy.", "Italy", {"Latvia"}, 250, "About"),
        # a place as host, the sentence's subject over an apposition
        ("en", "Camp Lemonnier, next to the airport, is home to about 4,000 US personnel.",
         "United States", {"Camp Lemonnier"}, 4000, "About"),
        # "the kingdom": the state the story is about
        ("de", "Saudi-Arabien und Pakistan sind enge Partner. Derzeit sollen rund 1.500 "
               "pakistanische Soldaten im Königreich stationiert sein.", "Pakistan",
         {"Saudi-Arabien"}, 1500, "About"),
        # "said it would deploy": a reported plan, not a conditional
        ("en", "Britain said it would deploy around 200 soldiers to Kosovo.", "United Kingdom",
         {"Kosovo"}, 200, "About"),
        # "darunter N aus X": a part with an origin and no force word of its own
        ("de", "In Rumänien üben rund 8.000 Soldaten, darunter etwa 1.500 aus Frankreich.",
         "Frankreich", {"Rumänien"}, 1500, "About"),
        # a withdrawal says where the forces had been: "aus X", "from X", "verlassen X"
        ("de", "Frankreich hat seine zuletzt rund 2.000 Soldaten aus Mali abgezogen.",
         "Frankreich", {"Mali"}, 2000, "About"),
        ("en", "Russia withdrew about 2,000 soldiers from Armenia.", "Russia", {"Armenia"},
         2000, "About"),
        ("de", "Die letzten 90 indischen Soldaten haben die Malediven verlassen.", "Indien",
         {"Malediven"}, 90, "Exact"),
        ("en", "The last 1,000 US troops left Niger in August.", "United States", {"Niger"},
         1000, "Exact"),
        # a relative clause on a base names the place before it
        ("de", "Frankreich zog ab, die USA räumten ihre Drohnenbasis bei Agadez, auf der zuvor "
               "etwa 1.000 amerikanische Soldaten stationiert waren.", "USA", {"Agadez"}, 1000,
         "About"),
        # "N of them", "davon N": the force of the sentence before
        ("en", "Pakistani troops are no strangers to the kingdom. Some 1,600 of them are "
               "stationed in Saudi Arabia on a training mission.", "Pakistan", {"Saudi Arabia"},
         1600, "About"),
        ("de", "Britische Soldaten führen die Kampfgruppe in Estland. Davon sind rund 900 in "
               "Tapa stationiert.", "Vereinigtes Königreich", {"Tapa"}, 900, "About"),
        # an unknown name after "to" where troops are moved is the place they go to
        ("en", "Thailand moved some 1,600 troops to Surin.", "Thailand", {"Surin"}, 1600,
         "About"),
        # a dash apposition restates units in troops; the number of units is no count
        ("en", "Thailand and Cambodia clashed. The Royal Thai Army said it had moved two "
               "battalions — some 1,600 soldiers — into Surin.", "Thailand", {"Surin"}, 1600,
         "About"),
        ("en", "Thailand said it had moved two battalions into Surin.", "Thailand", {"Surin"},
         None, None),
        # "N of them" after a sentence whose other force words are someone else's
        ("en", "Pakistani troops are no strangers to the kingdom. Some 1,600 of them are "
               "stationed in Saudi Arabia, and Pakistani officers trained the Saudi army.",
         "Pakistan", {"Saudi Arabia"}, 1600, "About"),
        # who lives in a region is not where troops go; "des Landes" is the country named
        ("de", "Die Nato verstärkt ihre Präsenz im Kosovo. Die Türkei wird rund 500 Soldaten "
               "in den mehrheitlich serbisch bewohnten Norden des Landes verlegen.", "Türkei",
         {"Kosovo"}, 500, "About"),
        # "aus 29 Staaten" counts contributors; "die Allianz" is the alliance, not a mission
        ("de", "Die Nato verstärkt ihre Präsenz im Kosovo. Die Türkei unterstützt die "
               "Kfor-Mission. Insgesamt hat die Allianz damit mehr als 4.500 Soldaten aus 29 "
               "Staaten im Kosovo stationiert.", "NATO", {"Kosovo"}, 4500, "AtLeast"),
        # "280 von ihnen" are part of the force named before in the same sentence
        ("de", "Der Bundestag verlängerte das Mandat für bis zu 400 deutsche Soldaten; derzeit "
               "sind rund 280 von ihnen vor Ort in Pristina.", "Deutschland", {"Pristina"}, 280,
         "About"),
        # "in the south" with no name after it: a part of the country the text is about
        ("en", "Israel and Lebanon agreed a ceasefire. Some 10,000 UNIFIL peacekeepers are "
               "still deployed in the south.", "UNIFIL", {"Lebanon"}, 10000, "About"),
        ("de", "Mali kämpft gegen Dschihadisten. Rund 1.000 russische Söldner sind im Norden "
               "stationiert.", "Russland", {"Mali"}, 1000, "About"),
        # a state's army reporting troops nobody else owns reports its own; "south of the X"
        ("en", "Israel and Lebanon agreed a ceasefire. According to the Lebanese army, about "
               "6,000 troops have since been deployed south of the Litani River.", "Lebanon",
         {"Litani River"}, 6000, "About"),
        # a peacekeeping mission deploys under its own name
        ("en", "Some 10,000 UNIFIL peacekeepers are deployed in southern Lebanon.", "UNIFIL",
         {"Lebanon"}, 10000, "About"),
        ("en", "Kenya contributed about 800 police officers to the mission in Haiti.", "Kenya",
         {"Haiti"}, 800, "About"),
        # groups of three split by a space, a scale word alone, a figure in quotation marks
        ("de", "Burundi hat rund 10 000 Soldaten in Süd-Kivu stationiert.", "Burundi",
         {"Süd-Kivu"}, 10000, "About"),
        ("de", "Bis Ende Januar verließen rund tausend französische Soldaten den Stützpunkt in "
               "N'Djamena.", "Frankreich", {"N'Djamena"}, 1000, "About"),
        ("de", "Ruanda hat „mindestens 4.000“ Soldaten in Nord-Kivu stationiert.", "Ruanda",
         {"Nord-Kivu"}, 4000, "AtLeast"),
        # the states of the USA, and "the states/provinces of X"
        ("en", "The Pentagon has stationed roughly 8,000 US troops in the states of California, "
               "Arizona, New Mexico and Texas.", "United States",
         {"California", "Arizona", "New Mexico", "Texas"}, 8000, "About"),
        ("de", "Rund 8.000 US-Soldaten sind in Kalifornien und Texas stationiert.", "USA",
         {"Kalifornien", "Texas"}, 8000, "About"),
        # "unterhält"/"maintains" keeps troops somewhere
        ("de", "Großbritannien unterhält auf den Falklandinseln, die Argentinien beansprucht, "
               "rund 1.200 Soldaten.", "Vereinigtes Königreich", {"Falklandinseln"}, 1200,
         "About"),
        # a fleet a state's genitive owns deploys for the state; officers are a force
        ("en", "Russia's Pacific Fleet sent two corvettes and around 400 sailors to Chabahar.",
         "Russia", {"Chabahar"}, 400, "About"),
        ("en", "Britain sent some 35 staff officers to Kyiv.", "United Kingdom", {"Kyiv"}, 35,
         "About"),
        # advisers working with a state's army are in that state
        ("en", "Turkey, Azerbaijan's closest ally, has had military advisers working with the "
               "Azerbaijani army since the 2020 war.", "Turkey", {"Azerbaijan"}, None, None),
        # a brigade a state sets up, the relative clause's count, "im Land" not the actor
        ("de", "In Litauen baut Deutschland eine Panzerbrigade auf, die bis 2027 auf rund "
               "4.800 Soldaten anwachsen soll.", "Deutschland", {"Litauen"}, 4800, "About"),
        ("de", "Litauen freut sich. Deutschland baut im Land die Panzerbrigade 45 auf, die bis "
               "2027 rund 4.800 Soldaten umfassen soll.", "Deutschland", {"Litauen"}, 4800,
         "About"),
        # the object of "with" is not who moves the troops
        ("en", "Poland shut its border crossings with Belarus and moved some 40,000 troops to "
               "its eastern frontier.", "Poland", {"Poland"}, 40000, "About"),
        # a source named right before the figure is no part of the force
        ("de", "Derzeit sind laut Einsatzführungskommando 28 deutsche Soldaten in Bosnien "
               "stationiert.", "Deutschland", {"Bosnien und Herzegowina"}, 28, "Exact"),
        # a company is a unit: whose and where, but no head count
        ("de", "Auch Italien, Ungarn und Rumänien wollen jeweils eine zusätzliche Kompanie "
               "nach Bosnien schicken.", "Rumänien", {"Bosnien und Herzegowina"}, None, None),
        # forces sent to their own border; to a border another state's adjective names
        ("en", "Poland has moved some 3,000 soldiers to its border with Belarus.", "Poland",
         {"Poland"}, 3000, "About"),
        ("de", "Algerien hat 2.000 Soldaten an die Grenze zu Mali verlegt.", "Algerien",
         {"Algerien"}, 2000, "Exact"),
        # a state's forces at a neighbour's border stand on its own side
        ("de", "Deutschland schickt 500 Soldaten an die polnische Grenze.", "Deutschland",
         {"Deutschland"}, 500, "Exact"),
        # troops sent to fight for a state are in its war; advisers in the state they advise
        ("en", "North Korea has sent thousands of troops to fight for Russia against Ukraine.",
         "North Korea", {"Russia"}, None, None),
        ("de", "Australien wird mehr als 80 Polizeiberater entsenden, die die Regierung "
               "Vanuatus beim Aufbau einer Eingreiftruppe unterstützen sollen.", "Australien",
         {"Vanuatu"}, 80, "AtLeast"),
        # every state of a coordinated subject, also after "und die"
        ("de", "Albanien, Griechenland und die USA stellen Soldaten für die Kampfgruppe in "
               "Bulgarien.", "Griechenland", {"Bulgarien"}, None, None),
        # the force a state's demonym owns, named after the troops: the state's forces
        ("de", "Etwa 1.500 Kämpfer des russischen Afrikakorps sind in Mali stationiert.",
         "Russland", {"Mali"}, 1500, "About"),
        # a state credited as the source sits nowhere: "in Kursk" is where the troops are
        ("de", "Rund 11.000 nordkoreanische Soldaten sind laut Seoul in Kursk.", "Nordkorea",
         {"Kursk"}, 11000, "About"),
        # National Guard members are troops; a state body's troops sent to a border the
        # genitive names
        ("de", "Mexiko wird 10.000 Angehörige der Nationalgarde an die Grenze zu den Vereinigten "
               "Staaten verlegen.", "Mexiko", {"Mexiko"}, 10000, "Exact"),
        ("de", "Mexiko schickt 10.000 Nationalgardisten an die Grenze.", "Mexiko", {"Mexiko"},
         10000, "Exact"),
        ("en", "Mexico will send 10,000 National Guard troops to the border.", "Mexico",
         {"Mexico"}, 10000, "Exact"),
        ("de", "Das Pentagon hatte rund 1.500 zusätzliche Soldaten an die Südgrenze der USA "
               "beordert.", "USA", {"USA"}, 1500, "About"),
        # "transferred to the US territory of Guam": the territory after its head word
        ("en", "The United States has begun moving Marines from Okinawa to the US territory of "
               "Guam. About 100 Marines were transferred to Guam over the weekend.",
         "United States", {"Guam"}, 100, "About"),
        # a total broken down after a dash: each figure with its place
        ("en", "Japan and South Korea together host more than 80,000 U.S. troops - about 28,500 "
               "in South Korea and roughly 54,000 in Japan.", "United States", {"South Korea"},
         28500, "About"),
        # a force whose name ends in its force word; "N more" of the force just named, sent
        # "from their base in Germany" (where they come from) to where it stands
        ("en", "Britain sent 350 Royal Marines from 45 Commando to Poland last month.",
         "United Kingdom", {"Poland"}, 350, "Exact"),
        ("en", "Britain had about 900 soldiers in Estonia before the invasion. Around 850 more, "
               "drawn mainly from the 1st Battalion, are being sent from their base in Germany.",
         "United Kingdom", {"Estonia"}, 850, "About"),
        # a warship sent somewhere is a deployment of its state
        ("de", "Großbritannien kündigte an, das Patrouillenschiff HMS Trent nach Guyana zu "
               "entsenden.", "Vereinigtes Königreich", {"Guyana"}, None, None),
        # "at the base": the base named last
        ("en", "There, the United States operates Pituffik Space Base under a 1951 agreement with "
               "Denmark. Around 150 US military personnel are stationed at the base, according to "
               "Danish officials.", "United States", {"Pituffik Space Base"}, 150, "About"),
        # a change of strength "from X to Y" starts from X
        ("en", "The deal concerns Afghanistan. Washington will reduce its forces in the country "
               "from about 13,000 to 8,600 within 135 days.", "United States", {"Afghanistan"},
         13000, "About"),
        ("de", "Die EU will ihre Truppe in Bosnien von rund 600 auf 1.100 Soldaten aufstocken.",
         "Europäische Union", {"Bosnien und Herzegowina"}, 600, "About"),
        # military engineers are troops
        ("de", "Rund 1.000 nordkoreanische Pioniere sollen in der Region Kursk Minen räumen.",
         "Nordkorea", {"Region Kursk"}, 1000, "About"),
        # standing ready is being there
        ("de", "In Lappland sollen bis zu 1.200 schwedische Soldaten bereitstehen.", "Schweden",
         {"Lappland"}, 1200, "AtMost"),
        # "in the area": the place named before
        ("en", "The truce does not cover the Red Sea. Washington still has some 2,500 sailors "
               "and marines aboard warships in the area.", "United States", {"Red Sea"}, 2500,
         "About"),
        # a hedge between the force and its place; "reported in" is where they are
        ("en", "About 3,000 Russian soldiers are said to be in the Gomel region.", "Russia",
         {"Gomel Region"}, 3000, "About"),
        ("en", "Some 1,200 Chadian soldiers are reported in Niger's Tillabéri region.", "Chad",
         {"Tillabéri"}, 1200, "About"),
        # "border states of X and Y": the places named after the region noun
        ("en", "Colombia has deployed 8,000 troops to its eastern border provinces of Arauca "
               "and Vichada.", "Colombia", {"Arauca", "Vichada"}, 8000, "Exact"),
        ("de", "Peru ließ Tausende Soldaten in die Grenzprovinzen Tumbes und Piura verlegen.",
         "Peru", {"Tumbes", "Piura"}, None, None),
        # a state giving the figure for troops no other state is named with
        ("de", "Nach argentinischen Angaben wurden in der Provinz Salta mehrere Hundert "
               "Soldaten stationiert.", "Argentinien", {"Salta"}, None, None),
        # "members of" a force, counted
        ("en", "Mexico will send 10,000 members of the National Guard to Tijuana.", "Mexico",
         {"Tijuana"}, 10000, "Exact"),
        # a border named before the force, the neighbour after "zu" is no actor
        ("de", "Peru hat an der Grenze zu Ecuador 6.000 Soldaten zusammengezogen.", "Peru",
         {"Peru"}, 6000, "Exact"),
        # "concentrated ... around"
        ("en", "Russia has concentrated some 50,000 troops around the city of Kupiansk.",
         "Russia", {"Kupiansk"}, 50000, "About"),
    ],
)
def test_deployment(lang: str, text: str, actor: str, places: set[str], count: int | None,
                    qualifier: str | None) -> None:
    found = described(run(text, lang))
    hits = [d for d in found if d[0] == actor and places <= d[1]]
    assert hits, found
    assert (count, qualifier) in {(d[2], d[3]) for d in hits}


def test_a_count_in_a_later_sentence_joins_the_earlier_deployment() -> None:
    text = ("Im Frühjahr landeten die ersten türkischen Soldaten in Somalia. "
            "Beobachter schätzten ihre Zahl auf rund 500.")
    assert ("Türkei", frozenset({"Somalia"}), 500, "About") in described(run(text, "de"))


def test_places_from_the_next_sentence_complete_a_deployment() -> None:
    text = ("The brigade is to number about 5,000 Dutch soldiers. "
            "They will be based at Rukla in central Lithuania.")
    found = described(run(text, "en"))
    assert any(d[0] == "Netherlands" and "Lithuania" in d[1] and d[2] == 5000 for d in found)


def test_a_figure_without_a_place_joins_the_same_actors_deployment() -> None:
    text = ("Nordkorea hat weitere Truppen nach Russland entsandt. Insgesamt sollen rund "
            "14.000 Soldaten aus dem abgeschotteten Land an der Seite Russlands kämpfen.")
    assert ("Nordkorea", frozenset({"Russland"}), 14000, "About") in described(run(text, "de"))


def test_an_organization_after_the_force_is_its_actor() -> None:
    text = "Hundreds of Russian mercenaries from the Wagner Group have arrived in Mali."
    assert [d[0] for d in described(run(text, "en"))] == ["Wagner Group"]


def test_places_after_a_conjunction_are_not_where_the_forces_are() -> None:
    text = "Wagner fighters deployed to Mali as Moscow expands its Africa footprint"
    found = described(run(text, "en"))
    assert found and all(d[1] == frozenset({"Mali"}) for d in found)


def test_the_clause_subject_beats_an_earlier_deployment() -> None:
    text = ("Germany will lead a new brigade in Lithuania, while Canada will expand the "
            "battlegroup it leads in Latvia.")
    found = described(run(text, "en"))
    assert ("Canada", frozenset({"Latvia"}), None, None) in found
    assert not any(d[0] == "Germany" and "Latvia" in d[1] for d in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # without a stationing word only a place attached to the force counts
        ("de", "Warschau kauft Panzer in Südkorea und will die Zahl seiner Soldaten erhöhen.",
         []),
        ("de", "Frankreich hat noch 1.500 Soldaten in Niger.",
         [("Frankreich", frozenset({"Niger"}), 1500, "Exact")]),
    ],
)
def test_places_need_a_stationing_word_or_attachment(
        lang: str, text: str, expected: list[tuple[str, frozenset[str], int, str]]) -> None:
    assert described(run(text, lang)) == expected


def test_an_army_that_only_speaks_is_no_deployment() -> None:
    text = "Die ukrainische Armee meldete schwere Gefechte im Gebiet Charkiw."
    assert described(run(text, "de")) == []


def test_each_source_keeps_its_own_figure() -> None:
    text = ("Kiew zufolge sind 12.000 nordkoreanische Soldaten in Russland. "
            "Seoul spricht von 11.000 nordkoreanischen Soldaten in Russland.")
    counts = {d[2] for d in described(run(text, "de")) if d[0] == "Nordkorea"}
    assert counts == {12000, 11000}


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("de", "Rund 11.000 nordkoreanische Soldaten sind laut Seoul in Kursk. Die Ukraine geht "
               "von 12.000 aus.", "Ukraine"),
        ("de", "Laut Pentagon sind 11.000 nordkoreanische Soldaten in Kursk, nach ukrainischen "
               "Angaben sind es 12.000.", "Ukraine"),
        ("de", "Rund 11.000 nordkoreanische Soldaten sind in Kursk. Kiew spricht von 12.000 Mann.",
         "Ukraine"),
        ("en", "Some 11,000 North Korean troops are in Kursk, according to Seoul, while Kyiv "
               "says 12,000.", "Ukraine"),
    ],
)
def test_a_second_sources_bare_figure_is_a_deployment_of_its_own(lang: str, text: str,
                                                                 source: str) -> None:
    ex = run(text, lang)
    label = {e.key: e.label for e in ex.entities}
    found = {(label[d.actor], d.count, label.get(d.evidence.attributed_to or ""))
             for d in ex.deployments if {label[x] for x in d.locations} == {"Kursk"}}
    assert {c for _, c, _ in found} == {11000, 12000}, found
    assert (label["wd:Q423"], 12000, source) in found


def test_a_figure_that_counts_nothing_else_or_a_year_is_no_second_figure() -> None:
    ex = run("Rund 11.000 nordkoreanische Soldaten sind in Kursk, sagte er. Der Vertrag gilt "
             "bis 2030, sagte er. Die Ukraine spricht von 3.000 Toten.", "de")
    assert [d.count for d in ex.deployments] == [11000]


def test_support_of_the_side_fought_for() -> None:
    text = ("Nordkoreanische Soldaten kämpfen in der Region Kursk an der Seite russischer "
            "Streitkräfte.")
    ex = run(text, "de")
    label = {e.key: e.label for e in ex.entities}
    (dep,) = ex.deployments
    assert label[dep.actor] == "Nordkorea"
    assert dep.in_support_of and label[dep.in_support_of] == "Russland"
    assert any(r.predicate == "supports" for r in ex.relations)


@pytest.mark.parametrize(
    ("lang", "text", "actor", "host"),
    [
        ("de", "Rund 200 russische Militärausbilder sind in Mali eingetroffen.", "Russland",
         "Mali"),
        ("en", "Some 1,600 Pakistani troops are stationed in Saudi Arabia on a training "
               "mission.", "Pakistan", "Saudi Arabia"),
    ],
)
def test_trainers_and_training_missions_support_their_host(lang: str, text: str, actor: str,
                                                           host: str) -> None:
    ex = run(text, lang)
    label = {e.key: e.label for e in ex.entities}
    assert [(label[d.actor], label[d.in_support_of]) for d in ex.deployments
            if d.in_support_of] == [(actor, host)]
    assert (actor, "supports", host) in {(label[r.subject], r.predicate, label[r.object])
                                         for r in ex.relations}


def test_the_seat_of_the_deciding_government_is_no_place_of_the_troops() -> None:
    ex = run("Die Regierung in Stockholm beschloss, rund 150 Soldaten auf Gotland zu "
             "stationieren.", "de")
    labels = {e.key: e.label for e in ex.entities}
    assert [{labels[x] for x in d.locations} for d in ex.deployments] == [{"Gotland"}]


def test_a_german_noun_between_counts_its_own_number() -> None:
    ex = run("Das Parlament stimmte mit 143 zu 30 Stimmen bei zwei Enthaltungen für die Entsendung "
             "eines Kontingents der ungarischen Streitkräfte in den Tschad.", "de")
    assert [d.count for d in ex.deployments] == [None]


def test_troops_training_a_named_group_support_that_group() -> None:
    ex = run("About 900 American troops in Syria train fighters of the Syrian Free Army, a rebel "
             "group.", "en")
    label = {e.key: e.label for e in ex.entities}
    assert "Syrian Free Army" in {label.get(d.in_support_of or "") for d in ex.deployments}


def test_soldiers_without_a_training_word_support_nobody() -> None:
    ex = run("About 1,500 Russian soldiers are deployed in eastern Ukraine.", "en")
    assert ex.deployments and not [d for d in ex.deployments if d.in_support_of]


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [
        ("de", "Russland bestreitet, Truppen in Transnistrien stationiert zu haben.", "Denied"),
        ("en", "Moscow denies that its troops are deployed in Transnistria.", "Denied"),
        # a separable denial verb ("wies ... zurück")
        ("de", "Kairo wies Berichte zurück, wonach ägyptische Soldaten in Somalia stationiert "
               "seien.", "Denied"),
        ("de", "Würden französische Truppen in die Ukraine geschickt, wäre das eine Eskalation.",
         "Hypothetical"),
        ("en", "Could British troops be sent to Ukraine?", "Hypothetical"),
        ("en", "Britain would send troops to Ukraine if asked.", "Hypothetical"),
        # a plan someone announced is no conditional
        ("en", "Britain said it would deploy around 200 soldiers to Kosovo.", "Asserted"),
        ("en", "Denmark's minister said on Tuesday that some 1,000 Danish personnel would be "
               "deployed to Greenland.", "Asserted"),
        # ... but "would" governing another verb stays a conditional
        ("en", "Analysts said that a war would force Japan to send 500 troops to Korea.",
         "Hypothetical"),
        ("de", "Berichten zufolge sind iranische Berater in Syrien stationiert.", "Reported"),
        ("en", "Some 500 Chinese police officers are reportedly deployed in the Solomon Islands.",
         "Reported"),
        # a permission is no deployment yet
        ("de", "Japanische Soldaten dürfen künftig auf den Philippinen üben.", "Hypothetical"),
        ("en", "Japanese troops can now train in the Philippines.", "Hypothetical"),
    ],
)
def test_modality_of_deployments(lang: str, text: str, modality: str) -> None:
    ex = run(text, lang)
    assert ex.deployments
    assert {d.evidence.modality for d in ex.deployments} == {modality}


def test_a_name_after_to_is_no_place_when_nobody_moves() -> None:
    ex = run("The minister said to Tamm that troops were sent.", "en")
    assert not any(e.label == "Tamm" and e.kind == "Place" for e in ex.entities)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # own forces at home without any movement: no deployment
        ("de", "Malische Soldaten sollen im Zentrum Malis mindestens 300 Menschen getötet haben."),
        # weapons without troops
        ("en", "Poland bought 250 Abrams tanks from the United States."),
        # stationing weapons is no troop deployment
        ("en", "The United States will begin stationing long-range missiles in Germany."),
        ("de", "Russland beginnt mit der Stationierung von Atomwaffen in Belarus."),
        # the side supported is no deployment of its own
        ("de", "Iranische Berater helfen in Syrien an der Seite syrischer Streitkräfte."),
        # the speaker's city is not where the bases are
        ("de", "„Moskau hat seinen Verbündeten verloren, aber nicht seine Stützpunkte“, sagt "
               "der Experte Niklas Albers vom Carnegie Center in Berlin."),
        # hosting talks is no base
        ("en", "Qatar hosts talks between American and Iranian envoys."),
        # a former base is nobody's deployment now
        ("en", "Most of them will be around Nuuk and the former US air base at Kangerlussuaq."),
    ],
)
def test_what_is_no_deployment(lang: str, text: str) -> None:
    found = described(run(text, lang))
    if lang == "de" and "Iranische" in text:
        assert [d[0] for d in found] == ["Iran"]
    else:
        assert found == []


def test_civilian_employees_give_no_count() -> None:
    text = "Germany is stationing 4,800 soldiers and 200 civilian employees in Lithuania."
    counts = {d[2] for d in described(run(text, "en"))}
    assert 200 not in counts


def test_a_base_named_again_is_no_new_deployment() -> None:
    text = ("France had stationed about 1,500 troops in Niger. The final convoy left the air "
            "base in Niamey for Chad.")
    found = described(run(text, "en"))
    assert [(d[0], d[1]) for d in found] == [("France", frozenset({"Niger"}))]


def test_a_year_before_the_force_is_no_count_and_the_next_sentence_gives_it() -> None:
    ex = run("In Transnistrien sind seit dem Ende des Bürgerkriegs 1992 russische Truppen "
             "stationiert. Nach westlichen Schätzungen handelt es sich um rund 1.500 Soldaten.",
             "de")
    assert described(ex) == [("Russland", frozenset({"Transnistrien"}), 1500, "About")]


def test_the_alliance_as_the_subject_is_the_alliance_named_before() -> None:
    ex = run("NATO said it would reinforce its mission in Kosovo. The alliance has about 4,500 "
             "troops in the country.", "en")
    assert ("NATO", frozenset({"Kosovo"}), 4500, "About") in described(ex)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "Belgrad werde keine Soldaten in den Kosovo schicken, sagte Vučić."),
     ("en", "There are no US troops in Niger.")],
)
def test_no_soldiers_is_a_denial(lang: str, text: str) -> None:
    ex = run(text, lang)
    assert ex.deployments
    assert all(d.evidence.modality == "Denied" for d in ex.deployments)


def test_no_more_than_is_a_figure_not_a_denial() -> None:
    ex = run("Britain will send no more than 500 troops to Estonia.", "en")
    assert [d.evidence.modality for d in ex.deployments] == ["Asserted"]
    assert described(ex)[0][:3] == ("United Kingdom", frozenset({"Estonia"}), 500)


def test_the_capital_in_apposition_and_the_capital_named_again() -> None:
    ex = run("Solomon Islands signed a policing pact with China. "
             "Chinese police advisers have been stationed in the capital, Honiara, on the "
             "island of Guadalcanal, since 2022. Fiji, Papua New Guinea and New Zealand also "
             "sent police and troops to the capital. Some Australian personnel remain in the "
             "country on rotation.", "en")
    found = {(actor, places) for actor, places, _c, _q in described(ex)}
    # the capital, and the state it lies in, which the story names
    # Guadalcanal is a province of the Solomon Islands (regions.ttl): known by its name
    assert ("China", frozenset({"Honiara", "Guadalcanal", "Solomon Islands"})) in found
    for state in ("Fiji", "Papua New Guinea", "New Zealand"):
        assert (state, frozenset({"Honiara", "Solomon Islands"})) in found
    assert ("Australia", frozenset({"Solomon Islands"})) in found
    assert {e.label: e.kind for e in ex.entities}["Honiara"] == "Place"


def test_service_members_as_a_force_word() -> None:
    ex = run("Indien hatte zuletzt 88 Militärangehörige auf die Malediven verlegt.", "de")
    assert described(ex) == [("Indien", frozenset({"Malediven"}), 88, "Exact")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Washington keeps about 2,500 troops in Iraq and some 900 in Syria."),
     ("de", "Die USA haben rund 2.500 Soldaten im Irak und etwa 900 in Syrien stationiert.")],
)
def test_each_figure_with_its_own_place_is_a_deployment_of_its_own(lang: str, text: str
                                                                    ) -> None:
    found = {(places, count) for _a, places, count, _q in described(run(text, lang))}
    assert sorted(count for _p, count in found) == [900, 2500]
    assert all(len(places) == 1 for places, _c in found)


def test_weapons_deployed_are_no_troops() -> None:
    ex = run("The US Army flew its Typhon missile system to Laoag, the first deployment of the "
             "launcher in the Indo-Pacific.", "en")
    assert ex.deployments == ()


@pytest.mark.parametrize(
    ("lang", "text", "actor", "place"),
    [("en", "American troops are a familiar sight in Lapland. Nearly 1,200 US soldiers and "
            "Marines took part in exercises there this spring.", "United States", "Lapland"),
     ("de", "Rund 1.200 US-Soldaten haben im Frühjahr an Übungen in Lappland teilgenommen.",
      "USA", "Lappland")],
)
def test_taking_part_in_exercises_is_being_there(lang: str, text: str, actor: str, place: str
                                                 ) -> None:
    assert (actor, frozenset({place}), 1200) in {d[:3] for d in described(run(text, lang))}


def test_a_threat_to_a_state_is_no_destination_and_the_nordic_country_is_the_one_named() -> None:
    ex = run("Finland approved the pact with the United States. The growing US presence in the "
             "Nordic country poses a threat to Russia.", "en")
    assert [d[:2] for d in described(ex)] == [("United States", frozenset({"Finland"}))]


def test_a_country_word_after_an_adjective_is_the_country_named_before() -> None:
    ex = run("Mali liegt im Sahel. Frankreich hat 1.000 Soldaten in dem westafrikanischen Land "
             "stationiert.", "de")
    assert described(ex) == [("Frankreich", frozenset({"Mali"}), 1000, "Exact")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "The deaths of three American soldiers in a drone attack have renewed questions "
            "about the outpost in Jordan."),
     ("de", "Bei dem Angriff wurden drei getötete US-Soldaten in Jordanien gezählt.")],
)
def test_the_dead_are_no_deployment(lang: str, text: str) -> None:
    assert all(d[2] != 3 for d in described(run(text, lang)))


def test_a_dotted_abbreviation_between_figure_and_force() -> None:
    ex = run("Overall, the Pentagon says about 900 U.S. troops are in Syria.", "en")
    assert described(ex) == [("United States", frozenset({"Syria"}), 900, "About")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "Eine Entsendung von Bundeswehrsoldaten in die Ukraine schloss die Bundesregierung "
            "aus."),
     ("en", "Britain ruled out sending troops to Ukraine.")],
)
def test_ruling_out_is_a_denial(lang: str, text: str) -> None:
    ex = run(text, lang)
    assert ex.deployments and all(d.evidence.modality == "Denied" for d in ex.deployments)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [("de", "Russische Truppen stehen seit 2008 in beiden Regionen. Rund 3.500 Soldaten gehören "
            "zur 7. Militärbasis. Sie ist in Gudauta stationiert, einer Kleinstadt an der Küste.",
      ("Russland", frozenset({"Gudauta"}), 3500)),
     ("en", "Under a defence partnership, roughly 80 French soldiers will stay on. They are to "
            "remain in Abidjan to train local units, officials said.",
      ("France", frozenset({"Abidjan"}), 80)),
     ("de", "Etwa 4.800 Soldaten sollen es bis 2027 werden. Stationiert werden sie in "
            "Litauen, das seit Langem auf eine deutsche Präsenz gedrängt hatte.",
      ("Deutschland", frozenset({"Litauen"}), 4800))],
)
def test_a_figure_then_a_pronoun_with_the_place_in_the_next_sentence(
        lang: str, text: str, expected: tuple[str, frozenset[str], int]) -> None:
    assert expected in {d[:3] for d in described(run(text, lang))}


def test_a_states_named_force_deploys_for_the_state() -> None:
    ex = run("U.S. Defense Secretary Pete Hegseth welcomed the rotation. The first U.S. Marines "
             "of this year's rotation have arrived in Australia's Northern Territory.", "en")
    # the state and, after its genitive, the territory inside it
    assert ("United States", frozenset({"Australia", "Northern Territory"})) in {
        d[:2] for d in described(ex)}


def test_the_number_a_force_is_brought_to_is_its_count() -> None:
    ex = run("A third plane landed on Friday, bringing the number of Rwandan soldiers in "
             "Mozambique to about 2,500.", "en")
    assert [(d.count, d.qualifier) for d in ex.deployments] == [(2500, "About")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "The stronger the American military presence in Europe, the safer Norway is."),
     ("de", "Russland verstärkt seine militärische Präsenz in Westafrika.")],
)
def test_a_presence_in_a_continent_or_macro_region_is_no_deployment(lang: str,
                                                                   text: str) -> None:
    assert run(text, lang).deployments == ()


def test_a_figure_in_a_macro_region_is_still_a_deployment() -> None:
    ex = run("About 100,000 US troops are stationed in Europe.", "en")
    assert [d.count for d in ex.deployments] == [100000]


@pytest.mark.parametrize(
    ("text", "actor"),
    [("Deutschland verstärkt die Ostflanke. Die Bundeswehr stationiert 4.800 Soldaten in "
      "Litauen.", "Deutschland"),
     ("Die Bundeswehr stationiert 4.800 Soldaten in Litauen.", "Bundeswehr")],
)
def test_a_states_armed_forces_deploy_for_the_state_the_text_names(text: str,
                                                                    actor: str) -> None:
    ex = run(text, "de")
    label = {e.key: e.label for e in ex.entities}
    assert [label[d.actor] for d in ex.deployments] == [actor]


def test_troops_in_a_relative_clause_on_a_base_belong_to_its_owner() -> None:
    ex = run("In Gjumri im Norden Armeniens unterhält Moskau seine 102. Militärbasis, auf der "
             "rund 3.000 Soldaten stationiert sind.", "de")
    label = {e.key: e.label for e in ex.entities}
    assert [(label[d.actor], d.count) for d in ex.deployments] == [("Russland", 3000)]
    assert "Gyumri" in {label[x] for x in ex.deployments[0].locations}


def test_there_is_the_neighbouring_country_named_before() -> None:
    text = ("Zuletzt waren noch rund 60 deutsche Soldaten in Niamey stationiert. Der Stützpunkt "
            "diente dem größeren Einsatz im Nachbarland Mali. Dort waren zeitweise mehr als "
            "1.000 deutsche Soldaten stationiert.")
    deps = described(run(text, "de"))
    assert ("Deutschland", frozenset({"Mali"}), 1000, "AtLeast") in deps
    assert not [d for d in deps if d[2] == 1000 and d[1] != frozenset({"Mali"})]


def test_an_uncounted_mention_near_the_counted_deployment_is_the_same_one() -> None:
    text = ("Kenya has sent police officers to Haiti. About 400 Kenyan police officers "
            "arrived in Haiti on Tuesday.")
    assert described(run(text, "en")) == [("Kenya", frozenset({"Haiti"}), 400, "About")]


@pytest.mark.parametrize(
    ("lang", "text", "mission"),
    [
        ("de", "Im Rahmen der UN-Mission MINUSMA sind rund 1.000 deutsche Soldaten in Mali "
         "stationiert.", "MINUSMA"),
        ("en", "Kenya has about 3,000 troops in Somalia as part of an African Union force.",
         "African Union"),
    ],
)
def test_forces_serving_in_a_mission_serve_it_without_their_state_supporting_it(
        lang: str, text: str, mission: str) -> None:
    ex = run(text, lang)
    label = {e.key: e.label for e in ex.entities}
    assert [label[d.in_support_of] for d in ex.deployments if d.in_support_of] == [mission]
    assert not [r for r in ex.relations if r.predicate == "supports"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wie das Bündnis am Dienstag in Brüssel mitteilte, wird die Türkei ein Bataillon "
               "schicken."),
        ("en", "The ministry said in Ankara that Turkey will send 500 troops to Kosovo."),
    ],
)
def test_where_someone_spoke_is_not_where_the_troops_go(lang: str, text: str) -> None:
    found = described(run(text, lang))
    assert not any({"Brüssel", "Ankara"} & d[1] for d in found), found


def test_forces_firing_across_a_border_are_no_deployment() -> None:
    found = described(run("Cambodian forces fired rockets into Thai villages.", "en"))
    assert found == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Afrikanische Union schickt eine Eingreiftruppe nach Somalia. Das größte "
               "Kontingent stellt Äthiopien mit 2.000 Soldaten. Uganda entsendet 800 Mann.",
         {("Äthiopien", frozenset({"Somalia"}), 2000, "Exact"),
          ("Uganda", frozenset({"Somalia"}), 800, "Exact")}),
        ("en", "The African Union will send a new peacekeeping force to Somalia. Egypt will "
               "contribute 1,000 troops, and Kenya is sending 400 soldiers.",
         {("Egypt", frozenset({"Somalia"}), 1000, "Exact"),
          ("Kenya", frozenset({"Somalia"}), 400, "Exact")}),
    ],
)
def test_contingents_for_a_force_just_sent_serve_where_it_goes(
        lang: str, text: str, expected: set[tuple[str, frozenset[str], int, str]]) -> None:
    assert expected <= set(described(run(text, lang)))


def test_a_figure_for_the_place_a_force_was_sent_to_is_its_count() -> None:
    ex = run("Die Ecowas schickt eine Eingreiftruppe nach Gambia. Rund 1.200 Soldaten sollen "
             "in den Süden Gambias verlegt werden.", "de")
    assert [(d[0], d[2]) for d in described(ex)] == [
        ("Wirtschaftsgemeinschaft Westafrikanischer Staaten", 1200)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a state criticising a deployment sends nobody
        ("en", "Germany will station 4,000 soldiers in Lithuania. The Kremlin has criticised "
               "the deployment."),
        # "Mann" is a force only after a figure
        ("de", "Deutschland schickt 300 Soldaten nach Litauen. Der Mann aus Russland wurde "
               "festgenommen."),
    ],
)
def test_no_borrowed_place_without_forces_of_ones_own(lang: str, text: str) -> None:
    actors = {d[0] for d in described(run(text, lang))}
    assert actors == {"Germany"} or actors == {"Deutschland"}


def test_advisers_working_alongside_a_host_army_support_its_state() -> None:
    ex = run("Papua New Guinea signed the pact. About 50 Australian military advisers already "
             "work alongside the PNG Defence Force in Lae.", "en")
    label = {e.key: e.label for e in ex.entities}
    assert [(label[d.actor], d.count, label.get(d.in_support_of or ""))
            for d in ex.deployments] == [("Australia", 50, "Papua New Guinea")]


def test_contributors_to_a_patrol_serve_where_the_unowned_force_was_placed() -> None:
    ex = run("Die Fregatte „Hessen“ soll mit rund 230 Soldaten an Bord ab Juni in der Ostsee "
             "patrouillieren. Dänemark beteiligt sich laut dem Verteidigungsministerium in "
             "Kopenhagen mit etwa 90 Soldaten.", "de")
    assert described(ex) == [("Dänemark", frozenset({"Ostsee"}), 90, "About")]


def test_exercise_participants_stand_where_the_exercise_was_placed() -> None:
    ex = run("The United States will send a missile battery to the Batanes islands during this "
             "year's Balikatan exercises. About 9,000 American service members and some 250 "
             "Australian personnel are taking part in the drills.", "en")
    assert {(d[0], d[2]) for d in described(ex)} >= {("United States", 9000),
                                                      ("Australia", 250)}
    assert all(d[1] == frozenset({"Batanes islands"}) for d in described(ex))


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # the place after a reporting source is where the source sits
        ("en", "About 500 US troops remain in Syria, according to officials in Washington.",
         {"Syria"}),
        # ... but not when the clause goes on after the attribution
        ("de", "Laut Berichten sind in Syrien 3.000 russische Soldaten stationiert.",
         {"Syrien"}),
        # a number between the preposition and the place
        ("en", "The 76 Indian military personnel stationed on three Maldivian islands will "
               "leave.", {"Maldives"}),
    ],
)
def test_where_reported_forces_stand(lang: str, text: str, places: set[str]) -> None:
    assert [set(d[1]) for d in described(run(text, lang))] == [places]


def test_a_force_near_a_states_border_is_not_in_that_state() -> None:
    ex = run("A Canadian-led NATO brigade near Russia's border is edging toward its full "
             "strength of 2,200 Canadian troops.", "en")
    assert not [d for d in described(ex) if "Russia" in d[1]]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the place after the side they fight on is still theirs ("gekämpft" stations them)
        ("de", "Bis zu 4.000 ruandische Soldaten sollen an der Seite der Rebellen im Ostkongo "
               "gekämpft haben.", ("Ruanda", frozenset({"Ostkongo"}), 4000, "AtMost")),
        # "service members" are a force, not an "American service" agency
        ("en", "About 9,000 American service members are stationed in Qatar.",
         ("United States", frozenset({"Qatar"}), 9000, "About")),
    ],
)
def test_forces_by_wording_2(lang: str, text: str,
                             expected: tuple[str, frozenset[str], int, str]) -> None:
    assert described(run(text, lang)) == [expected]


def test_a_relative_clause_does_not_name_the_deploying_state() -> None:
    text = ("Russia, which fought a five-day war with Georgia in 2008, keeps roughly 4,000 "
            "troops in Abkhazia.")
    assert [d[0] for d in described(run(text, "en"))] == ["Russia"]


def test_a_year_after_a_determiner_is_no_troop_count() -> None:
    text = ("US forces train at sites covered by the Enhanced Defense Cooperation Agreement, a "
            "2014 pact that gives US forces access to bases in the Philippines.")
    assert 2014 not in {d[2] for d in described(run(text, "en"))}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a contingent a few sentences on serves where the mission stands
        ("de", "Die Vereinten Nationen haben eine Polizeimission nach Haiti entsandt. Sie soll "
               "die Banden zurückdrängen. Finanziert wird sie aus freiwilligen Beiträgen. Den "
               "Kern bilden etwa 730 kenianische Polizisten.",
         ("Kenia", frozenset({"Haiti"}), 730, "About")),
        # "the country" is where the text put things, not whose people it names
        ("en", "China's navy has expanded its base in Djibouti. Chinese officials said Chinese "
               "ships need it, Chinese engineers built a pier and Chinese sailors guard it. "
               "France keeps about 1,500 soldiers in the country.",
         ("France", frozenset({"Djibouti"}), 1500, "About")),
    ],
)
def test_a_place_from_the_sentences_around(
        lang: str, text: str, expected: tuple[str, frozenset[str], int, str]) -> None:
    assert expected in described(run(text, lang))


def test_money_is_no_troop_count() -> None:
    text = ("Rwanda has about 4,000 soldiers and police officers in the province of Cabo "
            "Delgado. Kagame sent the first contingent in July of that year at Mozambique's "
            "request. The European Union has contributed 40 million euros to the Rwandan "
            "mission.")
    assert {d[2] for d in described(run(text, "en"))} <= {4000, None}


def test_there_is_the_place_named_earlier_in_the_sentence() -> None:
    text = ("US-Soldaten sind in Kogălniceanu stationiert. Frankreich, das den Nato-Verband in "
            "Cincu führt, hat dort etwa 1.300 Soldaten stationiert.")
    found = described(run(text, "de"))
    assert any(d[0] == "Frankreich" and "Cincu" in d[1] and d[2] == 1300 for d in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Russian troops are deployed in Mali, Burkina Faso and the Central African "
               "Republic.", "Russia"),
        ("de", "Russische Einheiten sind unter anderem in Mali, Burkina Faso und der "
               "Zentralafrikanischen Republik im Einsatz.", "Russland"),
    ],
)
def test_every_state_of_a_listed_location_is_a_place_of_the_deployment(
        lang: str, text: str, actor: str) -> None:
    found = described(run(text, lang))
    assert any(d[0] == actor and len(d[1]) == 3 for d in found), found
    # a comma that ends the clause ends the list
    assert [d[1] for d in described(run("Deutsche Soldaten sind in Mali, Russland liefert "
                                        "Waffen.", "de"))] == [frozenset({"Mali"})]


def test_who_reports_in_an_as_clause_deploys_nothing() -> None:
    text = ("Wie das japanische Verteidigungsministerium am Dienstag mitteilte, sind rund 800 "
            "Marines nach Guam umgezogen.")
    assert not any(d[0] == "Japan" for d in described(run(text, "de")))


def test_there_skips_a_relative_clause_about_the_place() -> None:
    text = ("Auf den Inseln Kinmen und Matsu, die nur wenige Kilometer vor der chinesischen "
            "Küste liegen, wurden die Garnisonen verstärkt: Dort sollen inzwischen mehr als "
            "3.000 taiwanische Soldaten stationiert sein.")
    found = described(run(text, "de"))
    assert any(d[0] == "Taiwan" and "Matsu" in d[1] and d[2] == 3000 for d in found), found
    assert not any("China" in d[1] for d in found), found


def test_in_the_area_is_not_a_place_from_a_quote() -> None:
    text = ('Poland asked for help. "Protecting Rzeszów means protecting the lifeline to '
            'Ukraine," the minister said. The Dutch contingent joins a growing presence in the '
            'area.')
    assert not any("Ukraine" in d[1] for d in described(run(text, "en")))


@pytest.mark.parametrize(("lang", "text"), [
    # forces in an attack are no stationing
    ("de", "Die Lage ist angespannt nach einem Angriff serbischer Paramilitärs auf kosovarische "
           "Polizisten im Dorf Banjska."),
    # "Rafale fighters" are jets, not combatants
    ("en", "France sent Rafale fighters to Poland."),
])
def test_attackers_and_jets_are_no_deployment(lang: str, text: str) -> None:
    assert not described(run(text, lang))


def test_an_offer_to_send_is_hypothetical() -> None:
    ex = run("France has offered to send 300 soldiers to Poland.", "en")
    assert {d.evidence.modality for d in ex.deployments} == {"Hypothetical"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the attacked state and the attacker's demonym are not where the troops go
    ("de", "Nach dem russischen Angriff auf die Ukraine haben die USA 3.000 Soldaten nach Polen "
           "verlegt.", [("USA", frozenset({"Polen"}), 3000, "Exact")]),
    ("en", "After Russia's invasion of Ukraine, the US sent 3,000 troops to Poland.",
     [("United States", frozenset({"Poland"}), 3000, "Exact")]),
    # a genitive in an apposition to the subject: not an actor, but "the country"
    ("en", "Germany sent jets. The United States, Poland's most important ally, has about "
           "10,000 troops stationed in the country.",
     [("United States", frozenset({"Poland"}), 10000, "About")]),
])
def test_who_and_where_around_attacks_and_appositions(lang: str, text: str, expected: list
                                                      ) -> None:
    assert described(run(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Russia's intelligence service claimed that some 2,000 French soldiers were fighting "
           "in Ukraine. The French armed forces ministry denied the report.", "Denied"),
    ("de", "Laut Geheimdienst sollen 2.000 französische Soldaten in der Ukraine kämpfen. Paris "
           "dementierte das.", "Denied"),
    ("de", "Laut Geheimdienst sollen 2.000 französische Soldaten in der Ukraine kämpfen. Paris "
           "bestätigte das.", "Reported"),
])
def test_a_report_the_next_sentence_denies_is_denied(lang: str, text: str, modality: str
                                                     ) -> None:
    assert {d.evidence.modality for d in run(text, lang).deployments} == {modality}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # civilians coordinated after the soldiers do not cancel them
    ("de", "Die USA unterhalten einen Stützpunkt in Dschibuti, dort sind mehr als 4.000 Soldaten "
           "und zivile Mitarbeiter untergebracht.",
     [("USA", frozenset({"Dschibuti"}), 4000, "AtLeast")]),
    # soldiers "there" belong to whoever runs the base named just before
    ("de", "China betreibt einen Marinestützpunkt beim Hafen Doraleh. Dort sollen rund 2.000 "
           "Soldaten stationiert sein.", [("China", frozenset({"Hafen Doraleh"}), 2000, "About")]),
])
def test_whose_soldiers_at_a_base(lang: str, text: str, expected: list) -> None:
    assert described(run(text, lang)) == expected


def test_exercise_names_are_no_places_and_islands_are() -> None:
    text = ("Some 3,600 Australian personnel took part in Exercise Alon on Palawan and in "
            "northern Luzon. Around 1,200 Philippine marines and up to 150 US Marines joined.")
    found = described(run(text, "en"))
    assert ("Australia", frozenset({"Palawan", "Luzon"}), 3600, "About") in found
    # "up to 150 US Marines": the count's "to" puts nobody in the United States
    assert not any("United States" in d[1] for d in found), found


def test_the_country_is_the_one_whose_forces_the_sentence_names() -> None:
    ex = run("The United States and the Taliban signed an agreement in Doha, the Qatari capital. "
             "Talks were held in Doha again. Qatar hosted them. Doha welcomed it. Qatar's emir "
             "spoke. The NATO-led mission, which trains and advises Afghan forces, has about "
             "16,000 personnel in the country, among them roughly 1,300 German soldiers.", "en")
    places = {(a, p) for a, p, _c, _q in described(ex)}
    assert ("Germany", frozenset({"Afghanistan"})) in places


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "More than 2,400 American service members have been killed in the conflict."),
    ("de", "Bei dem Anschlag sind 13 amerikanische Soldaten getötet worden."),
])
def test_the_dead_are_no_deployment_also_after_auxiliaries(lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_warships_sailing_through_a_strait_are_deployed_there() -> None:
    ex = run("Two German navy vessels sailed through the Taiwan Strait on Friday.", "en")
    assert [(a, p) for a, p, _c, _q in described(ex)] == [
        ("Germany", frozenset({"Taiwan Strait"}))]
    assert described(run("The tanker sailed to Rotterdam.", "en")) == []


def test_a_demonym_of_no_force_does_not_name_the_country() -> None:
    ex = run("Nach der Tötung des iranischen Generals Soleimani durch einen US-Drohnenangriff hat "
             "das irakische Parlament die Regierung aufgefordert, die Präsenz ausländischer "
             "Truppen im Land zu beenden.", "de")
    assert all("Iran" not in p for _a, p, _c, _q in described(ex))


def test_a_ships_prefix_says_whose_ship_it_is() -> None:
    ex = run("Venezuela protested. The United States sent more ships. On Sunday the destroyer "
             "USS Gravely docked in Port of Spain for joint exercises.", "en")
    assert ("United States", frozenset({"Port of Spain"})) in {
        (a, p) for a, p, _c, _q in described(ex)}


def test_a_base_named_like_a_ship_does_not_change_whose_forces_they_are() -> None:
    ex = run("From 2027 Britain will rotate its submarines through HMAS Stirling, a naval base "
             "near Perth in Australia.", "en")
    assert {a for a, _p, _c, _q in described(ex)} == {"United Kingdom"}


@pytest.mark.parametrize(("lang", "text", "host", "contributors"), [
    ("de", "Die Nato baut ihre Präsenz in der Slowakei aus. Das Parlament billigte die "
           "Stationierung von bis zu 2.100 Soldaten. Führungsnation wird Tschechien, beteiligen "
           "wollen sich unter anderem Deutschland, die Niederlande, die USA, Polen und Slowenien.",
     "Slowakei", {"Deutschland", "Niederlande", "USA", "Polen", "Slowenien"}),
    ("en", "NATO will send troops to Poland. Rutte said Denmark, France, Britain and Germany had "
           "already committed forces, with more allies expected to follow.",
     "Poland", {"Denmark", "France", "United Kingdom", "Germany"}),
    ("de", "Österreich hat 500 Soldaten nach Bosnien verlegt. Die Soldaten stammen nach Angaben "
           "der Mission aus Österreich, Bulgarien, Rumänien und der Slowakei.",
     "Bosnien und Herzegowina", {"Bulgarien", "Rumänien", "Slowakei"}),
    # the contributors named in the sentence that reports the force, or in the next one
    ("en", "At its peak UNMIL had more than 15,000 troops in Liberia, with Nigeria, "
           "Pakistan and Ghana among the main contributors.",
     "Liberia", {"Nigeria", "Pakistan", "Ghana"}),
    ("de", "Die Minusma hatte zuletzt 20.000 Soldaten in Mali. Zu den wichtigsten "
           "Truppenstellern gehörten Tschad, Bangladesch und Ägypten.",
     "Mali", {"Tschad", "Bangladesch", "Ägypten"}),
])
def test_states_listed_as_taking_part_deploy_where_the_force_stands(
        lang: str, text: str, host: str, contributors: set[str]) -> None:
    said = {a for a, p, _c, _q in described(run(text, lang)) if p == frozenset({host})}
    assert contributors <= said


def test_a_state_taking_part_in_a_named_mission_goes_where_the_mission_is() -> None:
    ex = run("Die Nato verstärkt ihre Präsenz in der Ostsee. Die Mission soll Kabel schützen. "
             "Experten sind skeptisch. Die Lage ist angespannt. Die Kosten sind hoch. Die "
             "estnische Marine schickte ein Patrouillenschiff in den Finnischen Meerbusen. "
             "Schweden kündigte an, sich mit Kriegsschiffen an der Nato-Mission zu beteiligen.",
             "de")
    assert ("Schweden", frozenset({"Ostsee"})) in {(a, p) for a, p, _c, _q in described(ex)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Moscow has said it will not accept Western soldiers in Ukraine under any "
           "circumstances."),
    ("de", "Macron hat mit Überlegungen zur Entsendung westlicher Bodentruppen in die Ukraine "
           "eine Debatte ausgelöst."),
])
def test_western_or_foreign_troops_are_nobodys_deployment(lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_a_states_and_allied_troops_are_the_states() -> None:
    ex = run("American and allied troops remain in Afghanistan.", "en")
    assert [(a, p) for a, p, _c, _q in described(ex)] == [
        ("United States", frozenset({"Afghanistan"}))]


def test_two_men_shaking_hands_are_no_force() -> None:
    ex = run("The United States sent troops to Afghanistan. In Doha the two men shook hands.",
             "en")
    assert all(c != 2 for _a, _p, c, _q in described(ex))


def test_ships_sent_to_an_exercise_go_where_it_takes_place() -> None:
    ex = run("Vor der Küste hat ein gemeinsames Marinemanöver begonnen. Die Übung soll zehn Tage "
             "dauern. Schauplatz sind die Gewässer vor Durban. Die russische Marine hat eine "
             "Fregatte entsandt, China einen Zerstörer.", "de")
    assert {(a, p) for a, p, _c, _q in described(ex)} == {
        ("Russland", frozenset({"Durban"})), ("China", frozenset({"Durban"}))}


def test_a_genitive_owner_of_an_object_is_no_subject() -> None:
    ex = run("Britain has led NATO's multinational battlegroup in Estonia since 2017 and had "
             "about 900 soldiers in the country before the invasion.", "en")
    assert ("United Kingdom", 900) in {(a, c) for a, _p, c, _q in described(ex)}


def test_states_naming_a_border_own_no_force() -> None:
    ex = run("The outpost sits where the borders of Oman, Yemen and Saudi Arabia meet and houses "
             "about 350 Army and Air Force personnel, according to officials.", "en")
    assert not {d[0] for d in described(ex)} & {"Oman", "Yemen", "Saudi Arabia"}
    # the services before "personnel" are no organization's name
    assert "Army and Air Force" not in {e.label for e in ex.entities}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a definite force somewhere, after the verb "could" governs: it is there
        ("The row could complicate supply lines for the roughly 9,000 U.S. troops in Iraq.",
         "Asserted"),
        # the hypothetical verb moves the force: no fact
        ("Washington could send the 3,000 troops to Poland.", "Hypothetical"),
        ("If talks fail, the 2,000 French troops in Mali could be withdrawn.", "Hypothetical"),
    ],
)
def test_a_definite_force_after_a_hypothetical_verb(text: str, modality: str) -> None:
    ex = run(text, "en")
    assert [d.evidence.modality for d in ex.deployments] == [modality]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "place"),
    [
        # a relative clause stands on the base it hangs on, not on the city it lies near
        ("de", "Zudem soll der Stützpunkt Baschika nordöstlich von Mossul, auf dem seit Jahren "
               "türkische Soldaten stationiert sind, umgebaut werden.", "Türkei",
         "Stützpunkt Baschika"),
        ("en", "Turkey keeps the Bashiqa base northeast of Mosul, where about 2,000 Turkish "
               "troops are stationed.", "Turkey", "Bashiqa base"),
        # a genitive people owns the presence ("die Präsenz der Türken")
        ("de", "Bagdad hatte die Präsenz der Türken in Baschika lange kritisiert.", "Türkei",
         "Baschika"),
        ("en", "Baghdad criticised the presence of the Turks in Bashiqa.", "Turkey", "Bashiqa"),
    ],
)
def test_where_and_whose_in_relative_clauses_and_genitives(lang: str, text: str, actor: str,
                                                           place: str) -> None:
    assert [(d[0], d[1]) for d in described(run(text, lang))] == [(actor, frozenset({place}))]


def test_a_capital_near_a_base_is_not_where_the_troops_are() -> None:
    ex = run("Washington schickt Verstärkung. Auf dem Stützpunkt Al Dhafra südöstlich der "
             "Hauptstadt sind etwa 2700 US-Soldaten stationiert.", "de")
    assert all("Washington" not in d[1] for d in described(ex))


def test_a_genitive_apposition_is_no_owner_of_the_force() -> None:
    ex = run("The Saudi-led coalition fights on. The UAE, the coalition's other main member, "
             "announced a drawdown of its own forces in Yemen.", "en")
    assert [d[0] for d in described(ex)] == ["United Arab Emirates"]


@pytest.mark.parametrize(
    ("lang", "text", "first", "contributors", "place"),
    [
        ("de", "Die EU schickt 500 Reservisten nach Bosnien-Herzegowina. Die Soldaten stammen "
               "aus Österreich, Bulgarien, Rumänien und der Slowakei.", "Europäische Union",
         {"Österreich", "Bulgarien", "Rumänien", "Slowakei"}, "Bosnien und Herzegowina"),
        ("en", "The EU is sending 500 reservists to Bosnia-Herzegovina. The soldiers come from "
               "Austria, Bulgaria, Romania and Slovakia.", "European Union",
         {"Austria", "Bulgaria", "Romania", "Slovakia"}, "Bosnia & Herzegovina"),
    ],
)
def test_a_force_named_again_with_the_states_it_comes_from(
        lang: str, text: str, first: str, contributors: set[str], place: str) -> None:
    found = described(run(text, lang))
    assert found[0][:3] == (first, frozenset({place}), 500)
    assert {d[0] for d in found[1:]} == contributors
    assert all(d[1] == frozenset({place}) for d in found)


def test_a_place_brings_the_state_it_lies_in_only_when_the_story_names_that_state() -> None:
    ex = run("About 400 Kenyan police officers arrived in Port-au-Prince.", "en")
    assert [d[:2] for d in described(ex)] == [("Kenya", frozenset({"Port-au-Prince"}))]
    ex = run("Kenya's parliament approved the mission. About 400 Kenyan police officers arrived "
             "in Port-au-Prince, the capital of Haiti.", "en")
    assert ("Kenya", frozenset({"Port-au-Prince", "Haiti"})) in {d[:2] for d in described(ex)}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Zum System gehören ein Radar im türkischen Kürecik sowie Zerstörer der "
               "US-Marine, die im spanischen Rota stationiert sind.", "Rota"),
        ("en", "The shield includes a radar in Turkey and four U.S. Navy destroyers, which are "
               "based at Rota in Spain.", "Rota"),
    ],
)
def test_a_relative_clause_on_the_force_says_where_it_is(lang: str, text: str,
                                                         place: str) -> None:
    found = described(run(text, lang))
    assert found and all(place in d[1] and not {"Kürecik", "Turkey"} & d[1] for d in found)


def test_an_article_after_a_comma_opens_no_relative_clause() -> None:
    found = described(run("Ein Teil der US-Soldaten geht nach Italien, das Kommando soll "
                          "Stuttgart verlassen.", "de"))
    assert ("USA", frozenset({"Italien"})) in {d[:2] for d in found}


@pytest.mark.parametrize(("lang", "text", "actor", "place", "count"), [
    ("en", "The U.N. Mission in Liberia, or UNMIL, was set up in 2003. At its peak UNMIL had "
           "some 15,000 peacekeepers in Liberia.", "UNMIL", "Liberia", 15000),
    ("de", "Die UN-Mission Unamid hatte zuletzt rund 6.000 Soldaten in Darfur stationiert.",
     "UNAMID", "Darfur", 6000),
    ("de", "Die Multinationale Beobachtertruppe (MFO) zählt derzeit rund 1.100 Soldaten auf der "
           "Sinai-Halbinsel.", "Multinationale Beobachtertruppe", "Sinai-Halbinsel", 1100),
])
def test_a_peacekeeping_mission_deploys_under_its_own_name(
        lang: str, text: str, actor: str, place: str, count: int) -> None:
    assert (actor, frozenset({place}), count) in {
        (a, p, c) for a, p, c, _q in described(run(text, lang))}


@pytest.mark.parametrize(("lang", "text", "mission", "place", "count"), [
    ("en", "The U.N. Mission in Liberia, or UNMIL, was set up in 2003. At its peak the U.N. "
           "mission had more than 15,000 troops in Liberia.", "UNMIL", "Liberia", 15000),
    # the organization's mission named by a description, its figure four sentences later
    ("de", "Die gemeinsame Friedensmission der Vereinten Nationen und der Afrikanischen Union in "
           "Darfur ist Geschichte. Seit Januar ist die Unamid nicht mehr zuständig. Der "
           "Sicherheitsrat hatte das beschlossen. Alle Blauhelme sollen gehen. Nach UN-Angaben "
           "waren zuletzt noch rund 6.000 Soldaten in Darfur stationiert.",
     "UNAMID", "Darfur", 6000),
])
def test_the_organizations_mission_is_the_one_mission_the_text_names(
        lang: str, text: str, mission: str, place: str, count: int) -> None:
    found = described(run(text, lang))
    assert any(a == mission and place in p and c == count for a, p, c, _q in found)
    assert not any(a in ("United Nations", "Vereinte Nationen") for a, _p, _c, _q in found)


def test_with_two_missions_named_the_organization_stays_the_actor() -> None:
    found = described(run("UNMIL and UNOCI worked side by side. At its peak the U.N. mission had "
                          "more than 15,000 troops in Liberia.", "en"))
    assert not any(a in ("UNMIL", "UNOCI") and c == 15000 for a, _p, c, _q in found)


@pytest.mark.parametrize(("lang", "text", "actor", "place"), [
    ("de", "Ägypten schickte mehrere Kriegsschiffe in Richtung Golf von Aden.", "Ägypten",
     "Golf von Aden"),
    ("en", "Egypt sent several warships towards the Gulf of Aden.", "Egypt", "Gulf of Aden"),
    # forces pulled out "von" a place had been there
    ("de", "Die USA hatten ihre letzten rund 100 Spezialkräfte vom Stützpunkt Al-Anad "
           "abgezogen.", "USA", "Stützpunkt Al-Anad"),
])
def test_the_place_forces_head_for_or_were_pulled_out_of(
        lang: str, text: str, actor: str, place: str) -> None:
    assert any(a == actor and place in p for a, p, _c, _q in described(run(text, lang)))


def test_the_capital_leading_an_alliance_is_no_place_its_troops_left() -> None:
    found = described(run("Die OVKS hatte Truppen nach Kasachstan geschickt. Nun sind die letzten "
                          "Soldaten des von Moskau geführten Bündnisses abgezogen.", "de"))
    assert not any("Russland" in p for _a, p, _c, _q in found)


def test_the_council_renewing_a_forces_mandate_does_not_send_it() -> None:
    found = described(run("The U.N. Security Council on Wednesday extended the mandate of the "
                          "European Union's peacekeeping force in Bosnia and Herzegovina.", "en"))
    assert [a for a, _p, _c, _q in found] == ["European Union"]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "places", "count"),
    [
        # a person in office as the subject acts for the state the text says he serves
        ("de", "Indiens Premierminister Narendra Modi sprach in Delhi. Modi hatte 5.000 Soldaten "
               "nach Kaschmir verlegt.", "Indien", {"Kaschmir"}, 5000),
        ("de", "Die Regierung von Premierminister Narendra Modi hatte rund 100 Kompanien in den "
               "indischen Teil Kaschmirs verlegt – nach Medienberichten etwa 10.000 Mann.",
         "Indien", {"Kaschmir"}, 10000),
        # "the Indian part of Kashmir": the place the part belongs to
        ("en", "India moved 5,000 troops to the Indian part of Kashmir.", "India", {"Kashmir"},
         5000),
    ],
)
def test_persons_in_office_and_parts_of_places(lang: str, text: str, actor: str,
                                               places: set[str], count: int) -> None:
    found = described(run(text, lang))
    assert any(d[0] == actor and places <= d[1] and d[2] == count for d in found), found


def test_a_person_without_a_stated_office_deploys_for_no_state() -> None:
    assert described(run("Premierminister Narendra Modi hatte 5.000 Soldaten nach Kaschmir "
                         "verlegt.", "de")) == []


@pytest.mark.parametrize(
    ("lang", "text", "actor", "place"),
    [
        # "the kingdom" is the kingdom the text named, not the republic named last
        ("en", "Saudi Arabia asked Pakistan for help against the rebels in Yemen. Pakistani "
               "officers have served in the kingdom as trainers for decades.", "Pakistan",
         "Saudi Arabia"),
        # a clause opening with "Das Königreich"/"the kingdom" deploys for that state
        ("de", "Saudi-Arabien führt die Koalition im Jemen an. Das Königreich hat 10.000 "
               "Soldaten nach Bahrain verlegt.", "Saudi-Arabien", "Bahrain"),
        ("en", "Iran and Saudi Arabia traded accusations. The kingdom has sent 10,000 troops to "
               "Bahrain.", "Saudi Arabia", "Bahrain"),
    ],
)
def test_the_kingdom_is_a_kingdom_the_text_named(lang: str, text: str, actor: str,
                                                 place: str) -> None:
    found = described(run(text, lang))
    assert any(d[0] == actor and place in d[1] for d in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "place"),
    [
        # taking up positions is being there; a temple is a place
        ("de", "Die Kämpfe brachen nahe dem umstrittenen Tempel Ta Muen Thom aus. "
               "Kambodschanische Soldaten hatten dort Stellung bezogen.", "Kambodscha",
         "Tempel Ta Muen Thom"),
        ("en", "Fighting broke out near the Preah Vihear temple. Cambodian troops had taken up "
               "positions there.", "Cambodia", "Preah Vihear"),  # the province's name
    ],
)
def test_positions_taken_up_there(lang: str, text: str, actor: str, place: str) -> None:
    found = described(run(text, lang))
    assert any(d[0] == actor and place in d[1] for d in found), found


@pytest.mark.parametrize(("lang", "text", "actor", "places"), [
    # a state's forces named as an organization, no count
    ("de", "Die ugandische Armee ist in Ituri stationiert.", "Uganda", {"Ituri"}),
    ("de", "Russische Streitkräfte sind in Transnistrien stationiert.", "Russland",
     {"Transnistrien"}),
    # forces reinforced in a region of their own state: moved there, so deployed
    ("de", "Brasilien verstärkte die Truppen im Bundesstaat Roraima.", "Brasilien", {"Roraima"}),
])
def test_state_forces_and_reinforcements(lang: str, text: str, actor: str,
                                         places: set[str]) -> None:
    assert any(a == actor and set(p) >= places for a, p, _, _ in described(run(text, lang)))


def test_an_apposition_does_not_split_the_clause() -> None:
    ex = run("Ugandan troops have been fighting the Allied Democratic Forces (ADF), an Islamist "
             "militia, alongside Congolese soldiers in North Kivu.", "en")
    assert any(a == "Uganda" and "North Kivu" in p for a, p, _, _ in described(ex))


def test_the_government_that_asked_for_troops_does_not_send_them() -> None:
    ex = run("Das Außenministerium in Moskau teilte mit, man habe auf Bitten der "
             "zentralafrikanischen Regierung 300 Ausbilder in das Land geschickt.", "de")
    assert not any(a == "Zentralafrikanische Republik" for a, _, _, _ in described(ex))


@pytest.mark.parametrize(("lang", "text", "actor", "places", "support"), [
    # a place in a region, then "wo": the place
    ("de", "Die letzte Basis ist Dschibuti am Horn von Afrika, wo rund 1.500 französische "
           "Soldaten stationiert sind.", "Frankreich", {"Dschibuti"}, None),
    # a foreign force beside them is no one they support; the host's own forces are
    ("de", "Deutsche Patriot-Staffeln sind gemeinsam mit niederländischen Einheiten in der "
           "Slowakei stationiert.", "Deutschland", {"Slowakei"}, None),
    ("en", "Kenyan soldiers fight alongside Somali troops in Somalia.", "Kenya", {"Somalia"},
     "Somalia"),
])
def test_where_and_beside_whom(lang: str, text: str, actor: str, places: set[str],
                               support: str | None) -> None:
    ex = run(text, lang)
    label = {e.key: e.label for e in ex.entities}
    found = [(label[d.actor], {label[x] for x in d.locations},
              label.get(d.in_support_of or "")) for d in ex.deployments]
    assert (actor, places, support) in [(a, p, s or None) for a, p, s in found]


def test_strengthening_deterrence_moves_no_troops() -> None:
    ex = run("Die neue Brigade soll die Abschreckung an der Grenze zu Belarus verstärken.", "de")
    assert ex.deployments == ()


def test_a_force_reinforcing_itself_with_soldiers_is_deployed() -> None:
    ex = run("Die Schutztruppe EUFOR verstärkt sich in Bosnien-Herzegowina mit rund 500 "
             "zusätzlichen Soldaten.", "de")
    assert any(c == 500 for _, _, c, _ in described(ex))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the host of bases, and the states whose bases they are, named in the genitive
    ("de", "Dschibuti liegt an der Meerenge Bab al-Mandab und beherbergt Militärstützpunkte "
           "der USA und Frankreichs.",
     {("USA", frozenset({"Dschibuti"})), ("Frankreich", frozenset({"Dschibuti"}))}),
    ("en", "Djibouti hosts military bases of the United States, France and Japan.",
     {("United States", frozenset({"Djibouti"})), ("France", frozenset({"Djibouti"})),
      ("Japan", frozenset({"Djibouti"}))}),
    # a mission's troops from several states: the mission (where its name says) and each
    ("en", "Kenya sent troops into Somalia and joined the African Union Mission in Somalia "
           "(AMISOM) in 2012. AMISOM, which has some 22,000 troops from Uganda, Burundi and "
           "Ethiopia, backs the government.",
     {("AMISOM", frozenset({"Somalia"})), ("Uganda", frozenset({"Somalia"})),
      ("Burundi", frozenset({"Somalia"})), ("Ethiopia", frozenset({"Somalia"}))}),
    # "in beiden Ländern": the two states named last
    ("de", "Kirgistan und Tadschikistan liefern sich Gefechte. Russland unterhält in beiden "
           "Ländern Militärstützpunkte.",
     {("Russland", frozenset({"Kirgisistan", "Tadschikistan"}))}),
    # "there": the regions the sentence names; the subject, not the regions
    ("en", "Russia recognized the breakaway regions of Abkhazia and South Ossetia and has "
           "stationed thousands of soldiers there.",
     {("Russia", frozenset({"South Ossetia"}))}),
])
def test_hosts_missions_and_pairs(lang: str, text: str,
                                  expected: set[tuple[str, frozenset[str]]]) -> None:
    assert expected <= {(a, p) for a, p, _c, _q in described(run(text, lang))}


def test_a_sender_giving_its_own_figure_counts_its_deployment() -> None:
    found = described(run("Kenya sent its forces into Somalia in 2011. Kenya says about 4,000 "
                          "of its soldiers serve in the mission.", "en"))
    assert ("Kenya", frozenset({"Somalia"}), 4000, "About") in found


def test_a_contributor_by_pronoun_serves_where_the_mission_is() -> None:
    found = described(run(
        "Georgia has sought to prove its worth to the alliance: with about 870 troops, it is "
        "the largest contributor to NATO's Resolute Support mission in Afghanistan.", "en"))
    assert ("Georgia", frozenset({"Afghanistan"}), 870, "About") in found


def test_a_states_own_forces_at_home_are_no_deployment() -> None:
    ex = run("The decision comes as Washington weighs a request from Ukraine, whose forces "
             "have been fighting separatists in the country's east.", "en")
    assert ex.deployments == ()


def test_leaders_supported_by_troops_are_their_states() -> None:
    ex = run("Uganda sent troops to South Sudan in 2013 to support President Salva Kiir.", "en")
    label = {e.key: e.label for e in ex.entities}
    assert [label.get(d.in_support_of or "") for d in ex.deployments] == ["South Sudan"]


def test_units_of_a_compound_are_a_force() -> None:
    found = described(run("Ägyptische Kommandoeinheiten seien in den Sudan verlegt worden.", "de"))
    assert [(a, p) for a, p, _c, _q in found] == [("Ägypten", frozenset({"Sudan"}))]


def test_troops_called_in_serve_in_the_callers_state() -> None:
    found = described(run(
        "Kazakh President Kassym-Jomart Tokayev met Putin. Kazakhstan belongs to the Collective "
        "Security Treaty Organization, and in January 2022 Tokayev called in more than 2,000 "
        "troops from the bloc to quell unrest.", "en"))
    assert ("Collective Security Treaty Organization", frozenset({"Kazakhstan"}), 2000,
            "AtLeast") in found


def test_the_country_as_subject_after_the_force() -> None:
    found = described(run(
        "Georgien gilt als enger Partner der Nato. Mit mehr als 800 Soldaten stellt das Land "
        "eines der größten Kontingente der Ausbildungsmission „Resolute Support“ in "
        "Afghanistan.", "de"))
    assert ("Georgien", frozenset({"Afghanistan"}), 800, "MoreThan") in found or any(
        a == "Georgien" and p == frozenset({"Afghanistan"}) and c == 800
        for a, p, c, _q in found)


def test_regions_named_after_their_noun_are_no_subject() -> None:
    found = described(run(
        "Russland hat die abtrünnigen georgischen Gebiete Abchasien und Südossetien als "
        "unabhängig anerkannt und dort mehrere Tausend Soldaten stationiert.", "de"))
    assert {a for a, _p, _c, _q in found} == {"Russland"}


def test_forces_that_strike_or_a_verb_after_to_are_not_stationed() -> None:
    # an attack is no stationing; "to counter China" names no place
    text = ("US forces have since struck two boats which had left Venezuela. Panama lets US "
            "troops rotate through former bases as Hegseth vows to counter China.")
    assert not any(loc in {"Venezuela", "China"} for _a, locs, _c, _q in described(run(text, "en"))
                   for loc in locs)


def test_a_force_named_after_a_contingent_is_not_the_sources_state() -> None:
    text = ("According to Panamanian officials, a contingent of some 200 US Marines is "
            "already in Panama.")
    found = described(run(text, "en"))
    assert ("United States", frozenset({"Panama"}), 200, "About") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Oslo announced a package worth 10 billion crowns, including three new naval vessels.",
        "Kyiv would regard the use of Russian naval vessels outside the eastern Black Sea as a "
        "threat.",
    ],
)
def test_ships_without_a_verb_that_sends_them_are_no_deployment(text: str) -> None:
    assert described(run(text, "en")) == []


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("A Spanish patrol vessel, currently deployed to the Gulf of Guinea as part of an EU "
         "mission, was standing by off Bioko.", "Spain", "Gulf of Guinea"),
        ("About 500 French soldiers, stationed in Chad since 2019, left on Friday.", "France",
         "Chad"),
    ],
)
def test_a_participle_in_apposition_says_where_the_force_is(text: str, actor: str,
                                                            place: str) -> None:
    found = described(run(text, "en"))
    assert any(a == actor and place in where for a, where, _n, _s in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("de", "Deutschland hilft Litauen. Rund 300 Soldaten der Bundeswehr sind am "
               "Flughafen von Kaunas stationiert.", "Deutschland"),
        ("en", "Britain is sending more help: about 600 Royal Marines are training at a camp "
               "in northern Finland.", "United Kingdom"),
    ],
)
def test_a_states_own_armed_force_deploys_for_that_state(lang: str, text: str,
                                                         actor: str) -> None:
    """"Soldaten der Bundeswehr", "Royal Marines": the forces are the state's (the gold
    actor is whose forces they are), when the text names the state."""
    found = described(run(text, lang))
    assert [d[0] for d in found] == [actor], found


def test_a_total_of_several_contingents_is_nobodys_count() -> None:
    text = ("The drill is held at the Green Valley Training Area in Kenya. Uganda and "
            "Tanzania have each sent a battalion. In all, roughly 2,000 troops are involved.")
    found = described(run(text, "en"))
    assert {d[0] for d in found} == {"Uganda", "Tanzania"}, found
    assert all(d[2] is None for d in found), found


def test_the_base_is_the_one_a_paragraph_earlier() -> None:
    """"posted to the base": the base named five sentences before is still the one meant."""
    text = ("The training centre opened last year at the 57th Air Base near Constanța. "
            "Pilots from several countries train there. The ministry said the jets are new. "
            "The minister praised the crews. Officials gave no numbers. A team of Dutch "
            "instructors has been posted to the base.")
    found = described(run(text, "en"))
    assert [(d[0], "57th Air Base" in d[1]) for d in found] == [("Netherlands", True)], found


def test_help_sent_to_a_state_says_where_the_next_contingents_go() -> None:
    """"Several allies sent help to X. Germany dispatched some 40 soldiers": the sentence
    before names where these forces went."""
    text = ("Before the summit several partners sent help to Estonia. Finland dispatched "
            "about 30 soldiers with radar equipment. Latvia contributed around 20 personnel.")
    found = described(run(text, "en"))
    assert {(d[0], d[2]) for d in found} == {("Finland", 30), ("Latvia", 20)}, found
    assert all(d[1] == {"Estonia"} for d in found), found


def test_the_source_a_figure_is_credited_to_does_not_deploy() -> None:
    found = described(run("According to Finland's border guard, Russia has massed about 5,000 "
                          "troops near Vyborg.", "en"))
    assert [(actor, count) for actor, _, count, _ in found] == [("Russia", 5000)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # veterans and hired men are no force a state sends
        ("en", "Hundreds of ex-soldiers from Peru are fighting in Sudan."),
        ("de", "Ehemalige Soldaten aus Peru kämpfen im Sudan."),
        ("en", "The convention bans the recruitment, use and training of mercenaries in Libya."),
        ("de", "In Nepal wurden Hunderte Männer als Söldner für den Einsatz in Russland "
               "angeworben."),
    ],
)
def test_veterans_and_recruits_are_no_deployment(lang: str, text: str) -> None:
    assert not run(text, lang).deployments


def test_the_force_of_the_one_mission_serves_where_its_name_says() -> None:
    ex = run("SADC extended the SADC Mission in the Comoros, known as SAMICO, as the Comoros "
             "prepare for a vote. The force now numbers about 600 personnel.", "en")
    assert ("SADC Mission in the Comoros", frozenset({"Comoros"}), 600, "About") in described(ex)


def test_contingents_brought_home_stand_nowhere() -> None:
    ex = run("In Mali, where MINUSMA deploys 12,000 troops, cuts loom. Contributors such as Chad "
             "and Togo will be paid for bringing their contingents home.", "en")
    assert {actor for actor, _, _, _ in described(ex)} == {"MINUSMA"}


def test_missions_from_one_state_to_another_name_a_range() -> None:
    assert not run("Cuts will hit missions from Lebanon to South Sudan.", "en").deployments
    ex = run("The deployment of 1,000 troops from Chad to Mali began.", "en")
    assert [(actor, places) for actor, places, _, _ in described(ex)] == [
        ("Chad", frozenset({"Mali"}))]


def test_the_mission_a_relative_clause_hangs_on_has_the_troops() -> None:
    ex = run("Die UN-Mission MINUSMA war seit 2013 in Mali. Die Mission, die zuletzt rund 12.000 "
             "Soldaten in dem Land im Einsatz hatte, muss gehen.", "de")
    assert ("MINUSMA", frozenset({"Mali"}), 12000, "About") in described(ex)


@pytest.mark.parametrize(
    ("lang", "text", "helper", "helped"),
    [
        ("en", "Kenya has deployed 300 police officers in Haiti under a security agreement "
               "with Port-au-Prince.", "Kenya", "Haiti"),
        ("de", "Ruanda hat im Rahmen eines bilateralen Abkommens mit Mali 500 Soldaten nach "
               "Mali entsandt.", "Ruanda", "Mali"),
    ],
)
def test_forces_sent_under_a_treaty_with_the_host_serve_the_host(
        lang: str, text: str, helper: str, helped: str) -> None:
    ex = run(text, lang)
    label = {e.key: e.label for e in ex.entities}
    assert [(label[d.actor], label[d.in_support_of or ""]) for d in ex.deployments] == [
        (helper, helped)]
    assert (helper, "supports", helped) in {
        (label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


def test_the_state_that_leads_an_alliance_formation_sends_its_troops() -> None:
    found = described(run("France leads a NATO battlegroup of about 1,500 troops in Cincu, "
                          "Romania.", "en"))
    assert found == [("France", frozenset({"Cincu", "Romania"}), 1500, "About")]


def test_a_state_leading_an_alliance_compound_formation() -> None:
    found = described(run("Deutschland führt den Nato-Gefechtsverband in Litauen.", "de"))
    assert [(actor, places) for actor, places, _, _ in found] == [
        ("Deutschland", frozenset({"Litauen"}))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # no place named: where the host's forces they work alongside are
    ("en", "Germany sent 40 soldiers to work alongside Belgian forces.",
     ("Germany", frozenset({"Belgium"}), 40)),
    # a body sent to a border a demonym names: that state's border
    ("de", "Frontex entsendet 50 Grenzbeamte an die finnische Ostgrenze.",
     ("Frontex", frozenset({"Finnland"}), 50)),
    # an agency's officers are its force
    ("de", "Die Grenzschutzagentur Frontex entsendet 50 Beamte sowie Patrouillenfahrzeuge an die "
           "finnische Ostgrenze.", ("Frontex", frozenset({"Finnland"}), 50)),
])
def test_a_place_implied_by_the_hosts_forces_or_border(
        lang: str, text: str, expected: tuple[str, frozenset[str], int]) -> None:
    assert [d[:3] for d in described(run(text, lang))] == [expected]


def test_an_alliance_compound_names_no_deploying_body() -> None:
    ex = run("Frankreich führt die multinationale Nato-Kampfgruppe im zentralrumänischen Cincu, "
             "wo rund 1.500 Soldaten stationiert sind.", "de")
    assert "Nato-Kampfgruppe" not in {e.label for e in ex.entities}
    assert [d[0] for d in described(ex)] == ["Frankreich"]


def test_forces_sent_at_a_leaders_request_support_his_state() -> None:
    ex = run("South Sudan's President Salva Kiir met envoys. Uganda has deployed special forces "
             "to Juba at the request of President Salva Kiir.", "en")
    label = {e.key: e.label for e in ex.entities}
    assert [(label[d.actor], label[d.in_support_of or ""]) for d in ex.deployments
            if d.in_support_of] == [("Uganda", "South Sudan")]


def test_a_deployment_nouns_demonym_complement_is_whose_troops_not_where() -> None:
    ex = run("Peru rief um Hilfe. Der peruanische Kongress hat den Weg für einen Einsatz "
             "US-amerikanischer Soldaten im Land freigemacht.", "de")
    label = {e.key: e.label for e in ex.entities}
    said = {(label[d.actor], tuple(label[x] for x in d.locations)) for d in ex.deployments}
    assert ("Peru", ("USA",)) not in said


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ecuadorianische Polizisten nehmen Ex-Vizepräsident Glas in mexikanischer Vertretung "
           "fest."),
    ("en", "Ecuadorian police stormed the Mexican embassy in Quito."),
])
def test_police_in_a_foreign_embassy_are_not_deployed_in_that_state(lang: str, text: str
                                                                      ) -> None:
    ex = run(text, lang)
    label = {e.key: e.label for e in ex.entities}
    assert not [d for d in ex.deployments
                if {label[x] for x in d.locations} & {"Mexiko", "Mexico"}]


def test_a_count_with_more_after_it_continues_the_placed_force() -> None:
    ex = run("Im Irak sind derzeit noch rund 2.500 US-Soldaten stationiert. Im benachbarten "
             "Syrien, wo die Miliz wieder erstarkt sein soll, sind laut Pentagon etwa 2.000 "
             "weitere im Einsatz.", "de")
    label = {e.key: e.label for e in ex.entities}
    said = {(label[d.actor], tuple(label[x] for x in d.locations), d.count) for d in ex.deployments}
    assert ("USA", ("Syrien",), 2000) in said


def test_a_rebel_group_named_for_its_state_is_at_home_there() -> None:
    ex = run("In Syria's Idlib province, Turkish troops train fighters of the Syrian National "
             "Liberation Front, a rebel group that patrols the front line.", "en")
    said = described(ex)
    assert [d for d in said if d[0] == "Turkey"]
    assert not [d for d in said if d[0] == "Syrian National Liberation Front"]
    assert all(e.label != "Syria" or e.kind == "State" for e in ex.entities)


def test_the_force_an_accuser_names_in_the_dative_is_not_the_accusers() -> None:
    ex = run("Die Rebellengruppe KNU warf dem Militär vor, Dörfer in ihrem Gebiet bombardiert zu "
             "haben. Laut Berichten verlegt die Armee Tausende Soldaten in den Karen-Staat.", "de")
    assert not [d for d in described(ex) if d[0] in ("KNU", "Rebellengruppe KNU")]


@pytest.mark.parametrize(("lang", "text", "actor", "place"), [
    ("en", "The United States has about 2,500 troops in Iraq. Another 900 are in Syria.",
     "United States", "Syria"),
    ("de", "Die USA haben rund 2.500 Soldaten im Irak. Weitere 900 sind in Syrien.", "USA",
     "Syrien"),
])
def test_another_count_with_a_copula_and_a_place_continues_the_force(
        lang: str, text: str, actor: str, place: str) -> None:
    assert (actor, frozenset({place}), 900, "Exact") in described(run(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Türkei entsandte zwei Fregatten nach Zypern."),
    ("en", "Turkey dispatches two frigates to Cyprus."),
])
def test_warships_sent_in_the_past_tense_are_deployed(lang: str, text: str) -> None:
    assert [d[0] for d in described(run(text, lang))] == ["Türkei" if lang == "de" else "Turkey"]


def test_a_count_goes_to_the_same_actors_force_the_sentence_goes_on_to_place() -> None:
    ex = run("Ghana also keeps more than 1,000 soldiers with UNIFIL, the peacekeeping force in "
             "southern Lebanon.", "en")
    assert ("Ghana", frozenset({"Lebanon"}), 1000, "AtLeast") in described(ex)


def whose_where(ex: Extraction) -> set[tuple[str, frozenset[str], int | None]]:
    return {(actor, places, count) for actor, places, count, _q in described(ex)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # troops no actor of their sentence owns: the state that opened the sentence before
    ("de", "Finnland verstärkt den Schutz seiner Häfen. Rund 1.200 Soldaten der Reserve sollen "
           "an den Hafenanlagen Kotka und Hamina stationiert sein.",
     ("Finnland", frozenset({"Kotka", "Hamina"}), 1200)),
    # after a dateline, a demonym subject
    ("en", "ANKARA (Reuters) - Turkish tanks crossed into the area of Afrin on Sunday. Two "
           "more battalions were moved to the town of Azaz.",
     ("Turkey", frozenset({"town of Azaz"}), None)),
    # an area word after a definite article points back to the place named last
    ("de", "In der Region Tindouf kam es zu Gefechten. Rund 2.400 Blauhelmsoldaten der MINURSO "
           "sind in dem etwa 20.000 Quadratkilometer großen Gebiet stationiert.",
     ("MINURSO", frozenset({"Tindouf"}), 2400)),
    # the sentence opens with where the scene is
    ("en", "On Rota Island, the largest of the group, a garrison of several hundred American "
           "troops is stationed along with fighter jets.",
     ("United States", frozenset({"Rota Island"}), None)),
    # minehunters are warships a verb sends
    ("en", "Britain is sending two minehunters to the Baltic Sea.",
     ("United Kingdom", frozenset({"Baltic Sea"}), None)),
    # forces that control territory are there
    ("en", "Ugandan forces control about 500 square kilometres of territory in Congo's Ituri "
           "province.",
     ("Uganda", frozenset({"Ituri", "Democratic Republic of the Congo"}), None)),
])
def test_where_forces_are_when_their_sentence_does_not_say_it_all(
        lang: str, text: str, expected: tuple[str, frozenset[str], int | None]) -> None:
    assert expected in whose_where(run(text, lang))


def test_a_border_area_without_a_neighbour_is_the_actors_own() -> None:
    ex = run("Russland hat vor Charkiw 30.000 Soldaten zusammengezogen. Laut ukrainischen Medien "
             "sollen zwei zusätzliche Brigaden in das Grenzgebiet verlegt worden sein.", "de")
    # (the Ukrainian media report it; the brigades are Russia's, as the sentence before says)
    assert ("Russland", frozenset({"Russland"}), None) in whose_where(ex)
    assert not [d for d in described(ex) if d[0] == "Ukraine"]


def test_reinforcements_sent_to_the_border_are_a_deployment() -> None:
    ex = run("Auch Algerien soll Verstärkung an die Grenze zu Mali geschickt haben.", "de")
    assert [d[0] for d in described(ex)] == ["Algerien"]


def test_the_port_a_force_left_is_not_where_it_is() -> None:
    ex = run("DARWIN — The British carrier HMS Prince of Wales arrived in Darwin on Sunday. The "
             "group, which left Portsmouth in April, numbers some 4,000 personnel.", "en")
    assert all("Portsmouth" not in places for _a, places, _c, _q in described(ex))


def test_a_possessed_area_is_no_anaphor() -> None:
    ex = run("Die Junta wirft Benin vor, französische Soldaten auf seinem Gebiet zu beherbergen.",
             "de")
    assert all(places <= {"Benin"} for _a, places, _c, _q in described(ex))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die israelische Armee hat die vollständige Kontrolle über den sogenannten "
           "Philadelphi-Korridor übernommen.", ("Israel", frozenset({"Philadelphi-Korridor"}),
                                                None)),
    ("en", "Russian forces took control of the town of Bakhmut.",
     ("Russia", frozenset({"Bakhmut"}), None)),
    ("en", "Sweden named Gotland a priority. Under the plan, the alliance sent frigates to the "
           "Baltic Sea. Sweden has sent warships to the region.",
     ("Sweden", frozenset({"Baltic Sea"}), None)),
])
def test_forces_that_take_control_or_go_to_the_region(
        lang: str, text: str, expected: tuple[str, frozenset[str], int | None]) -> None:
    assert expected in whose_where(run(text, lang))


def actors_in(ex: Extraction) -> set[tuple[str, frozenset[str]]]:
    """(actor label, location labels) of every deployment."""
    return {(a, p) for a, p, _c, _q in described(ex)}


def test_states_a_relative_clause_hangs_on_each_have_troops_there() -> None:
    said = actors_in(run("Kenia zieht Polizisten aus Haiti ab. Guatemala und El Salvador, die "
                         "bereits Soldaten in Haiti haben, wollen aufstocken.", "de"))
    assert ("Guatemala", frozenset({"Haiti"})) in said
    assert ("El Salvador", frozenset({"Haiti"})) in said


@pytest.mark.parametrize(("lang", "text", "actor", "place"), [
    ("en", "KFOR has about 4,600 troops in Kosovo. Italy, Turkey and Hungary also field "
           "sizeable contingents.", "Hungary", "Kosovo"),
    ("en", "Ireland has 340 troops in south Lebanon. The battalion also includes soldiers "
           "from Poland and Malta.", "Malta", "Lebanon"),
    ("de", "Irland hat 340 Soldaten im Südlibanon. Das Bataillon umfasst auch Soldaten aus "
           "Polen und Malta.", "Malta", "Südlibanon"),
])
def test_contingents_fielded_or_included_stand_where_the_force_stands(
        lang: str, text: str, actor: str, place: str) -> None:
    assert (actor, frozenset({place})) in actors_in(run(text, lang))


def test_the_enemy_of_a_campaign_is_neither_the_frame_nor_the_subject() -> None:
    ex = run("Britain keeps about 400 soldiers in Iraq as part of the campaign against the "
             "Islamic State group.", "en")
    label = {e.key: e.label for e in ex.entities}
    assert [(label[d.actor], d.in_support_of) for d in ex.deployments] == [
        ("United Kingdom", None)]
    said = actors_in(run("The US-led coalition fighting the Islamic State group is to keep "
                         "its mission in Iraq until September.", "en"))
    assert not any(actor == "Islamic State" for actor, _ in said)


@pytest.mark.parametrize(("lang", "text", "actor", "place"), [
    # a state named inside "zwischen X und Y" or after "für" is no subject
    ("de", "Nigeria hat seit dem Abkommen zwischen Tschad und Kamerun Tausende Soldaten nach "
           "Maiduguri verlegt.", "Nigeria", "Maiduguri"),
    ("de", "Schon heute unterhält Spanien neben seinen Blauhelmen eine Ausbildungsmission für "
           "die irakischen Streitkräfte mit gut 80 Ausbildern in Bagdad.", "Spanien", "Bagdad"),
])
def test_an_object_of_between_or_for_does_not_send_the_troops(
        lang: str, text: str, actor: str, place: str) -> None:
    said = actors_in(run(text, lang))
    assert any(a == actor and place in p for a, p in said), said
    assert all(a == actor for a, _ in said), said


def test_contributors_to_a_mission_stand_where_its_relative_clause_stations_it() -> None:
    said = actors_in(run("Irland stellt mit rund 340 Soldaten eines der größten Kontingente "
                         "der Mission, die seit 1978 im Südlibanon stationiert ist.", "de"))
    assert ("Irland", frozenset({"Südlibanon", "Libanon"})) in said or \
        ("Irland", frozenset({"Südlibanon"})) in said


def test_a_states_army_moved_within_its_own_country_is_its_deployment_there() -> None:
    said = actors_in(run("Der Chef der libanesischen Armee traf den Minister. Die Armee hat seit "
                         "der Waffenruhe zwischen Israel und dem Libanon Tausende Soldaten in "
                         "den Süden verlegt.", "de"))
    assert ("Libanon", frozenset({"Libanon"})) in said
    assert not any(a == "Israel" for a, _ in said)


@pytest.mark.parametrize(("lang", "text", "actor", "place"), [
    ("en", "France has seconded a military adviser to Armenia.", "France", "Armenia"),
    ("de", "Frankreich hat einen Militärberater nach Armenien abgestellt.", "Frankreich",
     "Armenien"),
])
def test_a_single_military_adviser_seconded_is_a_deployment(
        lang: str, text: str, actor: str, place: str) -> None:
    assert (actor, frozenset({place})) in actors_in(run(text, lang))


def test_a_states_forces_serving_in_a_unit_stand_where_the_sentence_places_the_unit() -> None:
    ex = run("Ireland's defence minister condemned the attack. About 340 members of the Irish "
             "Defence Forces serve with Unifil, most of them at Camp Shamrock near the village "
             "of At Tiri, as part of a joint battalion in southern Lebanon.", "en")
    assert ("Ireland", frozenset({"Lebanon"}), 340, "About") in described(ex)


@pytest.mark.parametrize(("lang", "text", "actors", "place"), [
    ("en", "Irish and Polish soldiers are stationed in southern Lebanon.",
     {"Ireland", "Poland"}, "Lebanon"),
    ("en", "US, British and French troops are deployed in Iraq.",
     {"United States", "United Kingdom", "France"}, "Iraq"),
    ("de", "Amerikanische, britische und französische Soldaten sind im Irak stationiert.",
     {"USA", "Vereinigtes Königreich", "Frankreich"}, "Irak"),
    # the host's own soldiers beside the guests are at home, no deployment
    ("en", "Serbian and Hungarian soldiers held joint exercises in northern Serbia.",
     {"Hungary"}, "Serbia"),
])
def test_coordinated_demonyms_before_a_force_each_deploy(
        lang: str, text: str, actors: set[str], place: str) -> None:
    said = actors_in(run(text, lang))
    assert {a for a, p in said if place in p} == actors, said


def test_each_listed_contributor_has_the_figure_each_gives() -> None:
    ex = run("UNIFIL has 10,000 troops in Lebanon. The largest contingents come from Indonesia, "
             "Italy and India, each with more than 850 troops, according to UN figures.", "en")
    for state in ("Indonesia", "Italy", "India"):
        assert (state, frozenset({"Lebanon"}), 850, "AtLeast") in described(ex)


def test_a_news_agency_or_a_firm_deploys_no_forces() -> None:
    said = actors_in(run("North Korea's defence minister warned in a statement carried by KCNA "
                         "against any deployment in South Korea.", "en"))
    assert not any(a == "Korean Central News Agency" for a, _ in said), said


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The deal required Hezbollah to pull its fighters back north of the Litani River."),
    ("en", "Hezbollah withdrew its fighters north of the Litani River."),
    ("de", "Die Hisbollah zog ihre Kämpfer nördlich des Litani zurück."),
])
def test_forces_pulled_back_beyond_a_line_stand_nowhere_named(lang: str, text: str) -> None:
    assert actors_in(run(text, lang)) == set()


def test_forces_deployed_south_of_a_river_stand_there() -> None:
    said = actors_in(run("The Lebanese army deployed 10,000 soldiers south of the Litani "
                         "River.", "en"))
    assert ("Lebanon", frozenset({"Litani River"})) in said


@pytest.mark.parametrize(("lang", "text", "states"), [
    ("en", "ECOWAS decided to end its mission in Guinea-Bissau. The mission, made up of troops "
           "from Nigeria, Senegal and Ghana, numbered around 600 soldiers.",
     {"Nigeria", "Senegal", "Ghana"}),
    ("de", "Die Ecowas beendet ihre Mission in Guinea-Bissau. Die Mission, bestehend aus Truppen "
           "aus Nigeria, Senegal und Ghana, zählte rund 600 Soldaten.",
     {"Nigeria", "Senegal", "Ghana"}),
])
def test_contributors_to_the_force_named_before_serve_where_it_serves(
        lang: str, text: str, states: set[str]) -> None:
    placed = {actor for actor, places, _n, _q in described(run(text, lang))
              if any("Guinea-Bissau" in p for p in places)}
    assert states <= placed, described(run(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Nato stockt ihre Schutztruppe KFOR auf. Die Nato-geführte Mission ist seit 1999 "
           "im Kosovo stationiert und zählt derzeit rund 4.500 Soldaten."),
    ("en", "NATO is reinforcing the KFOR peacekeeping force. The NATO-led mission has about "
           "4,500 troops in Kosovo."),
])
def test_the_led_mission_is_the_mission_named_before(lang: str, text: str) -> None:
    found = described(run(text, lang))
    assert any(actor in ("KFOR", "Kosovo Force") and n == 4500 for actor, _p, n, _q in found), \
        found


def test_units_moved_to_the_area_of_unknown_towns() -> None:
    ex = run("Die serbische Armee soll gepanzerte Einheiten in die Gegend von Raška und Novi "
             "Pazar verlegt haben.", "de")
    places = {x for _a, p, _n, _q in described(ex) for x in p}
    assert "Novi Pazar" in places and any("Raška" in x for x in places), described(ex)
    aliases = {a for e in ex.entities for a in e.aliases}
    assert "von Raška" not in aliases and "Raška" in aliases


def test_a_known_fleet_deploys_for_its_state() -> None:
    ex = run("Russland baut seine Präsenz aus. Erstmals haben Einheiten der Schwarzmeerflotte "
             "im Hafen von Otschamtschire festgemacht.", "de")
    assert [actor for actor, _p, _n, _q in described(ex)] == ["Russland"]


def test_trainers_in_a_capital_support_its_state() -> None:
    ex = run("Russische Ausbilder in Niamey: Moskau füllt die Lücke in Niger", "de")
    assert [d.in_support_of for d in ex.deployments] == ["wd:Q1032"]


def test_the_supported_government_in_the_second_conjunct_of_a_relative_clause() -> None:
    ex = run("In Mali sollen etwa 2.500 russische Kämpfer stationiert sein, die dem "
             "sogenannten Afrikakorps angehören und die Militärregierung in Bamako "
             "unterstützen.", "de")
    assert [(a, n) for a, _p, n, _q in described(ex)] == [("Russland", 2500)]
    assert [d.in_support_of for d in ex.deployments] == ["wd:Q912"]


def test_a_verb_between_a_place_word_and_a_people_noun_is_no_adjective() -> None:
    ex = run("Auch Chinas Präsenz auf der Insel beunruhigt die Amerikaner.", "de")
    assert not any("USA" in places for _a, places, _n, _q in described(ex)), described(ex)


@pytest.mark.parametrize("text", [
    "Mitten im Konflikt läuft ein russischer Marineverband in Kuba ein.",
    "Am Mittwoch ist ein russischer Flottenverband in Kuba eingelaufen.",
])
def test_a_naval_group_that_puts_in(text: str) -> None:
    assert [(a, p) for a, p, _n, _q in described(run(text, "de"))] == [
        ("Russland", frozenset({"Kuba"}))]


def test_a_place_anaphor_stands_where_the_force_just_reported_stands() -> None:
    ex = run("Das Zentrum liegt in Kirjat Gat, rund 20 Kilometer vom Gazastreifen entfernt. "
             "Rund 200 amerikanische Soldaten arbeiten dort. Die Leitung hat ein General. "
             "„Wir bleiben“, sagte er. Inzwischen sind auch Verbindungsoffiziere aus rund 20 "
             "weiteren Staaten vor Ort, darunter Frankreich, Jordanien und Kanada.", "de")
    found = {(a, frozenset(p)) for a, p, _n, _q in described(ex)}
    # a distance's landmark is nowhere the soldiers are
    assert ("USA", frozenset({"Kirjat Gat"})) in found, found
    # a force from many states, the states named after "darunter"
    for state in ("Frankreich", "Jordanien", "Kanada"):
        assert (state, frozenset({"Kirjat Gat"})) in found, found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die USA und Bahrain vertiefen ihre Zusammenarbeit. In Bahrain ist die 5. "
           "US-Flotte stationiert.", ("USA", "Bahrain")),
    ("en", "The United States said the Fifth Fleet is stationed in Bahrain.",
     ("United States", "Bahrain")),
])
def test_a_states_named_unit_deploys_where_a_verb_places_it(lang: str, text: str,
                                                           expected: tuple[str, str]) -> None:
    found = [(a, p) for a, p, _n, _q in described(run(text, lang))]
    assert found == [(expected[0], frozenset({expected[1]}))], found


def test_a_unit_that_announces_is_no_deployment() -> None:
    ex = run("The US Southern Command announced that the submarine USS Helena had arrived at "
             "Guantánamo Bay, the American naval base at Cuba's eastern tip.", "en")
    assert [p for _a, p, _n, _q in described(ex)] == [frozenset({"Guantánamo Bay"})]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Zugleich beherbergen Katar, Bahrain und die Emirate große US-Stützpunkte."),
    ("de", "Katar, Bahrain und die Emirate beherbergen große US-Stützpunkte."),
    ("en", "Qatar, Bahrain and the UAE host large numbers of US troops."),
])
def test_each_of_several_hosts_hosts_the_force(lang: str, text: str) -> None:
    hosts = {next(iter(p)) for _a, p, _n, _q in described(run(text, lang))}
    assert len(hosts) == 3, hosts


def test_a_direction_after_a_named_place_is_that_places_part() -> None:
    ex = run("Egypt mediates. Israeli forces pulled back, leaving them in control of most of "
             "Rafah in the south.", "en")
    assert not any("Egypt" in p for _a, p, _n, _q in described(ex)), described(ex)


@pytest.mark.parametrize("text", [
    "About 90 French soldiers spent two weeks in Umroi for the Shakti exercise.",
    "About 90 French soldiers were sent to Umroi for two weeks.",
])
def test_a_stay_in_an_unknown_town_for_a_while(text: str) -> None:
    assert [(a, p, n) for a, p, n, _q in described(run(text, "en"))] == [
        ("France", frozenset({"Umroi"}), 90)]


def test_a_place_anaphor_inside_a_quote_is_the_speakers() -> None:
    ex = run("Die Bundeswehr hat Soldaten nach Litauen geschickt. Die Lage ist ruhig. "
             "„Unsere 200 Soldaten bleiben dort, solange es nötig ist“, sagte ein Offizier "
             "aus Polen.", "de")
    assert [(a, p) for a, p, n, _q in described(ex) if n == 200] == [], described(ex)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Rund 250 zusätzliche Soldaten aus der Türkei und etwa 130 aus Rumänien sind im "
           "Kosovo stationiert."),
    ("en", "Some 250 soldiers from Turkey and about 130 from Romania arrived in Kosovo."),
])
def test_a_second_figure_from_a_second_state_is_its_own_deployment(lang: str,
                                                                  text: str) -> None:
    found = sorted((n, len(p)) for _a, p, n, _q in described(run(text, lang)))
    assert found == [(130, 1), (250, 1)], described(run(text, lang))
    assert len({a for a, _p, _n, _q in described(run(text, lang))}) == 2


def test_a_placed_figure_with_no_owner_goes_to_the_owned_force_just_named() -> None:
    ex = run("Muizzu hatte kurz nach Amtsantritt den Abzug der indischen Soldaten verlangt. Rund "
             "80 Militärangehörige waren bis dahin auf den Malediven stationiert.", "de")
    assert [(a, p, n) for a, p, n, _q in described(ex)] == [
        ("Indien", frozenset({"Malediven"}), 80)]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Indien und China haben sich geeinigt. Seitdem haben beide Staaten in Ost-Ladakh "
           "jeweils rund 50.000 Soldaten stationiert."),
    ("en", "India and China reached a deal. Both countries have stationed about 50,000 troops "
           "each in eastern Ladakh."),
])
def test_both_states_of_a_pair_each_deploy(lang: str, text: str) -> None:
    found = described(run(text, lang))
    assert len({a for a, _p, _n, _q in found}) == 2 and {n for _a, _p, n, _q in found} == {50000}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the clause's subject owns the units its recruits serve in
    ("de", "Nach Angaben Kiews setzt die russische Armee die Ghanaer vor allem in Sturmeinheiten "
           "in den Gebieten Luhansk und Cherson ein.",
     [("Russland", frozenset({"Luhansk", "Cherson", "Ukraine"}))]),
    # a separable stationing verb moves a state's own forces within it
    ("de", "Die ukrainische Armee setzt die Legionäre vor allem in der Region Sumy ein.",
     [("Ukraine", frozenset({"Region Sumy"}))]),
])
def test_recruits_serve_where_the_army_sends_them(lang: str, text: str,
                                                  expected: list[tuple[str, frozenset[str]]]
                                                  ) -> None:
    assert [(a, p) for a, p, _n, _q in described(run(text, lang))] == expected


@pytest.mark.parametrize(("lang", "text"), [
    # serving in a force says nothing of where, and borrows no place from before
    ("de", "Russland soll Tausende Soldaten in die Region Belgorod verlegt haben. Als Gurkhas "
           "dienen bis heute Tausende Nepalesen in den Streitkräften der beiden Länder."),
    ("en", "The Russian embassy in Paris said all foreigners serving in the Russian armed forces "
           "had joined voluntarily."),
    # those fighting for a state are not the men the police rescued
    ("en", "Uganda says 90 citizens were lured to fight for Russia as police rescue 14 men."),
])
def test_serving_in_a_force_or_rescued_men_are_no_deployment(lang: str, text: str) -> None:
    found = described(run(text, lang))
    assert all(a not in ("Nepal", "Russia", "Uganda") for a, _p, _n, _q in found), found


def test_forces_sent_after_their_training_support_nobody() -> None:
    ex = run("Die russische Armee soll die Rekruten nach kaum zwei Wochen Ausbildung in die "
             "ostukrainische Region Luhansk geschickt haben.", "de")
    assert [d.in_support_of for d in ex.deployments] == [None]


def test_soldiers_whose_apposition_says_they_were_recruited_are_still_deployed() -> None:
    ex = run("Around 200 former Peruvian soldiers, recruited by a private security firm, have been "
             "fighting alongside the RSF in Kordofan.", "en")
    assert [(a, n) for a, _p, n, _q in described(ex)] == [("Peru", 200)]


def test_the_camp_named_a_paragraph_before_is_where_forces_in_the_camp_are() -> None:
    text = ("Auf dem Gelände von Camp Falcon bei Garoowe stehen 500 Rekruten. Sie haben eine "
            "Ausbildung abgeschlossen. Der Präsident nahm die Parade ab. Er lobte die Ausbilder. "
            "„Wir sind dankbar“, sagte er. Das Lager wurde 2019 eröffnet. Tausende Soldaten "
            "wurden dort ausgebildet. Etwa 150 kenianische Ausbilder sind derzeit in dem Lager "
            "stationiert.")
    found = [(a, p, n) for a, p, n, _q in described(run(text, "de"))]
    assert ("Kenia", frozenset({"Camp Falcon"}), 150) in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Ukraine kann ihre Minenjagdboote bislang nicht ins Schwarze Meer verlegen."),
    ("en", "Britain has not sent troops to Ukraine."),
])
def test_a_negated_stationing_verb_denies_the_deployment(lang: str, text: str) -> None:
    assert [d.evidence.modality for d in run(text, lang).deployments] == ["Denied"]


@pytest.mark.parametrize(("lang", "text"), [
    # the negation governs another verb, before a clause of its own
    ("en", "Hezbollah has signaled it will not give up its arsenal while Israeli troops remain "
           "in Lebanon."),
    # a presence "not up for debate" is affirmed
    ("de", "Russland unterhält in Gjumri eine Militärbasis. Kremlsprecher Dmitri Peskow "
           "betonte, die Präsenz in Gjumri stehe nicht zur Debatte."),
])
def test_a_negation_of_another_predicate_denies_nothing(lang: str, text: str) -> None:
    assert {d.evidence.modality for d in run(text, lang).deployments} == {"Asserted"}


def test_an_accusation_the_next_sentence_rejects_is_denied() -> None:
    ex = run("Nigers Machthaber Abdourahamane Tiani wirft Benin vor, französischen Soldaten in "
             "der Region Atacora Stützpunkte zur Verfügung zu stellen. Benin weist das "
             "entschieden zurück.", "de")
    assert all(d.evidence.modality == "Denied" for d in ex.deployments), ex.deployments


@pytest.mark.parametrize(("lang", "text", "fact"), [
    # trainers whose relative clause names the trainees' state: they are there
    ("de", "Zudem entsendet Rumänien rund 40 Militärausbilder, die moldauische Soldaten im "
           "Umgang mit Flugabwehrsystemen schulen sollen.", ("Rumänien", "Republik Moldau", 40)),
    # the state a "-led" compound names leads the force
    ("en", "The French-led NATO battlegroup in Romania rehearses a rapid build-up.",
     ("France", "Romania", None)),
    # a bare army word opening the clause is the army of the state the text is about,
    # moving troops inside it
    ("de", "Präsident Patrice Talon ordnete in Benin eine Staatstrauer an. Der Generalstab "
           "kündigte an, weitere 2.000 Soldaten in die Departements Alibori und Atacora zu "
           "verlegen.", ("Benin", "Atacora", 2000)),
    ("en", "A state of emergency has been in force in the Savanes region of Togo since June "
           "2022, and the army has deployed troops there under Operation Koundjoaré.",
     ("Togo", "Savanes region", None)),
])
def test_trainers_led_forces_and_a_bare_army(lang: str, text: str,
                                             fact: tuple[str, str, int | None]) -> None:
    found = [(a, p, n) for a, places, n, _q in described(run(text, lang)) for p in places]
    assert fact in found, found


def test_contingents_from_states_beside_a_force_are_deployed_with_it() -> None:
    found = described(run("France keeps about 1,000 troops in Romania, alongside contingents "
                          "from Belgium, Luxembourg and Spain, the ministry said.", "en"))
    assert {a for a, _p, _n, _q in found} == {"France", "Belgium", "Luxembourg", "Spain"}


@pytest.mark.parametrize(("lang", "text"), [
    # troops from allied states, counted by the host's ministry, are not the host's
    ("en", "About 5,000 troops from nine allied countries are taking part in drills at the "
           "Cincu range in central Romania, according to the Romanian Defence Ministry."),
    # the soldiers a German training verb governs are trained, not sent
    ("de", "Russische Ausbilder sind in Niger eingetroffen. Sie sollen nigrische Soldaten an "
           "Luftabwehrsystemen schulen, die Moskau im Frühjahr geliefert hat."),
    # the army a bare word names moves no troops abroad
    ("en", "President Patrice Talon declared mourning in Benin. The army has sent 2,000 troops "
           "to Mali."),
])
def test_no_deployment_for_allied_troops_trainees_or_a_bare_army_abroad(
        lang: str, text: str) -> None:
    found = described(run(text, lang))
    assert all(a not in ("Romania", "Niger", "Benin") for a, _p, _n, _q in found), found


def test_a_capacity_is_no_deployment() -> None:
    ex = run("Romania is expanding the Mihail Kogălniceanu air base near Constanța. Once "
             "completed, the base is expected to be able to host up to 10,000 NATO personnel, "
             "according to the Romanian Defense Ministry.", "en")
    assert [d.evidence.modality for d in ex.deployments] == ["Hypothetical"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "India will upgrade its technical mission in Kabul to a full embassy."),
    ("de", "Indien unterhält eine diplomatische Mission in Kabul."),
])
def test_a_diplomatic_mission_is_no_force(lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_the_subject_of_a_relative_clause_owns_the_base_in_it() -> None:
    ex = run("Für Katar steht viel auf dem Spiel. Das Emirat, in dem die Vereinigten Staaten auf "
             "dem Stützpunkt Al Udeid ihre größte Militärbasis in der Region unterhalten, galt "
             "lange als wichtigster Kanal zur Hamas.", "de")
    assert [a for a, _p, _n, _q in described(ex)] == ["USA"]


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("de", "In der Region sind schätzungsweise 40.000 US-Soldaten stationiert. Der größte "
           "Stützpunkt ist Al-Udeid in Katar mit etwa 10.000 Soldaten.", ("USA", "Katar", 10000)),
    ("en", "About 40,000 US troops are deployed in the Middle East. The largest base is Al Udeid "
           "in Qatar, with about 10,000 troops.", ("United States", "Qatar", 10000)),
])
def test_troops_counted_with_a_base_are_those_just_placed(
        lang: str, text: str, fact: tuple[str, str, int]) -> None:
    found = [(a, p, n) for a, places, n, _q in described(run(text, lang)) for p in places]
    assert fact in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # forces in clashes fight; they are not stationed
    ("en", "PESHAWAR, Pakistan, Oct 12 (Reuters) - Pakistan said on Sunday 23 of its soldiers "
           "were killed and 29 wounded in overnight clashes with Afghan Taliban forces along the "
           "two countries' mountainous border."),
    # the presence of militants the text names as nobody's forces
    ("en", "Beijing's deeper worry is the presence in Afghanistan of Uyghur militants linked to "
           "the ETIM."),
])
def test_forces_in_clashes_and_a_presence_of_others_are_no_deployment(
        lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_a_presence_in_a_place_of_named_forces_is_theirs() -> None:
    found = described(run("The presence in Syria of Russian troops worries Israel.", "en"))
    assert [(a, p) for a, p, _n, _q in found] == [("Russia", frozenset({"Syria"}))]


def test_troops_that_prop_up_a_government_are_in_its_country() -> None:
    ex = run("Die Ecowas hat die Entsendung von Teilen ihrer Bereitschaftstruppe angeordnet. "
             "Soldaten aus Nigeria, Sierra Leone, der Elfenbeinküste und Ghana sollen die "
             "beninische Regierung dabei unterstützen, die Ordnung zu wahren.", "de")
    found = {(a, p) for a, places, _n, _q in described(ex) for p in places}
    assert {("Nigeria", "Benin"), ("Ghana", "Benin")} <= found, found
    assert all(d.in_support_of != d.actor for d in ex.deployments)


def test_a_persons_adviser_is_no_force_and_a_treaty_that_rules_out_a_presence_denies_it() -> None:
    ex = run("Aserbaidschan und Armenien verhandeln. Der außenpolitische Berater von Präsident "
             "Ilham Alijew, Hikmet Hadschijew, verwies "
             "darauf, dass der Vertrag die Präsenz von Kräften dritter Staaten an der Grenze "
             "ausschließe.", "de")
    assert [d.evidence.modality for d in ex.deployments] == ["Denied"], ex.deployments


def test_the_demonym_of_other_forces_hosts_nothing() -> None:
    ex = run("Russian instructors arrived in Niger in April. The agreement comes weeks after "
             "Russian military personnel moved into an air base near the capital that still "
             "hosts US forces.", "en")
    found = {(a, p) for a, places, _n, _q in described(ex) for p in places}
    assert ("United States", "Russia") not in found, found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a presence given as the reason stands nowhere; the verb's forces go to the voivodeship
    ("de", "Im Sommer 2023 hatte die polnische Regierung wegen der Wagner-Präsenz zusätzlich "
           "rund 1.000 Soldaten in die Woiwodschaft Podlachien verlegt.",
     {("Polen", "Woiwodschaft Podlachien")}),
    ("en", "Because of the Russian presence, Poland sent 1,000 troops to the Podlaskie "
           "Voivodeship.", {("Poland", "Podlaskie")}),
    ("de", "Wegen der russischen Präsenz haben die Polen 1.000 Soldaten in die Woiwodschaft "
           "Podlachien verlegt.", {("Polen", "Woiwodschaft Podlachien")}),
    # a presence with its place right after it is still one
    ("de", "Wegen der russischen Präsenz in Transnistrien ist Moldau besorgt.",
     {("Russland", "Transnistrien")}),
])
def test_a_presence_given_as_a_reason_places_nobody(lang: str, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    found = {(a, p) for a, places, _n, _q in described(run(text, lang)) for p in places}
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "MINUSCA ist seit 2014 in der Zentralafrikanischen Republik im Einsatz.",
     {("MINUSCA", "Zentralafrikanische Republik")}),
    ("de", "Die Mission MONUSCO ist seit 1999 im Kongo stationiert.",
     {("MONUSCO", "Demokratische Republik Kongo")}),
    ("en", "UNIFIL has been deployed in southern Lebanon since 1978.",
     {("UNIFIL", "Lebanon")}),
    # the mission's soldiers are its force: one deployment, not a second for the name
    ("de", "Soldaten der Mission UNIFIL sind im Südlibanon stationiert.",
     {("UNIFIL", "Südlibanon")}),
])
def test_a_named_mission_a_stationing_verb_places_is_a_force(
        lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    ex = run(text, lang)
    found = {(a, p) for a, places, _n, _q in described(ex) for p in places}
    assert found == expected
    assert len(ex.deployments) == 1


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Dutch fighter jets are stationed in Poland.", {("Netherlands", "Poland")}),
    ("de", "Die Bundeswehr hat vier Eurofighter-Kampfjets nach Polen verlegt.",
     {("Bundeswehr", "Polen")}),
])
def test_fighter_jets_a_verb_stations_are_a_force(lang: str, text: str,
                                                  expected: set[tuple[str, str]]) -> None:
    found = {(a, p) for a, places, _n, _q in described(run(text, lang)) for p in places}
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a state's own forces at a neighbour's border stand on its own side
    ("en", "India sends more troops to the Myanmar border.", {("India", "India")}),
    ("de", "Polen schickt 5.000 Soldaten an die belarussische Grenze.", {("Polen", "Polen")}),
    # a body has no side of its own: the border the demonym names
    ("de", "Frontex entsendet 50 Beamte an die finnische Ostgrenze.", {("Frontex", "Finnland")}),
    # a border region lies inside the state that names it
    ("de", "Pjöngjang entsendet Pioniere in die russische Grenzregion.",
     {("Nordkorea", "Russland")}),
])
def test_forces_sent_to_a_named_border(lang: str, text: str,
                                       expected: set[tuple[str, str]]) -> None:
    found = {(a, p) for a, places, _n, _q in described(run(text, lang)) for p in places}
    assert found == expected


def test_the_uns_peacekeeping_force_is_the_one_mission_the_text_names() -> None:
    ex = run("The United Nations is to cut its peacekeeping force in Cyprus by almost a fifth. "
             "The force, known as Unficyp, has patrolled the buffer zone since 1974.", "en")
    assert {a for a, _p, _n, _q in described(ex)} == {"UNFICYP"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "UNFICYP ist seit 1964 auf Zypern im Einsatz und zählt derzeit etwa 800 Soldaten, "
           "unter anderem aus Argentinien, Großbritannien und der Slowakei."),
    ("en", "UNFICYP, which has about 800 troops, mainly from Argentina, Britain and Slovakia, "
           "patrols the buffer zone in Cyprus."),
])
def test_a_missions_troops_mainly_from_listed_states(lang: str, text: str) -> None:
    found = described(run(text, lang))
    counted = {(a, n) for a, _p, n, _q in found}
    assert ("UNFICYP", 800) in counted
    # each contributor serves there too, with no figure of its own
    assert sum(1 for a, _p, n, _q in found if a != "UNFICYP" and n is None) == 3


@pytest.mark.parametrize(("lang", "text", "actor", "places", "count"), [
    # a time phrase about an attack does not make the troops attackers
    ("de", "Pakistan hat nach dem Anschlag 1.200 Soldaten in Karatschi stationiert.",
     "Pakistan", {"Karachi"}, 1200),
    # a state's army that the text names acts for the state
    ("de", "Im Distrikt Bajaur hat die pakistanische Armee eine Offensive begonnen. Die Armee "
     "verlegte daraufhin nach Angaben lokaler Beamter zusätzliche Infanteriebataillone nach "
     "Bajaur.", "Pakistan", {"Distrikt Bajaur"}, None),
    # a bare "the army" is the army of the state the text names as an actor, and may move
    # troops to a district the gazetteer does not know
    ("en", "Pakistan army says 2,000 militants killed. Pakistan's military says it killed "
     "2,000 militants, many of them operating from sanctuaries in Afghanistan. The Taliban "
     "authorities in Kabul deny it. In the Kurram district, the army has deployed around "
     "4,000 additional troops.", "Pakistan", {"Kurram district"}, 4000),
    # "the town": the town named last, not the sea beside it
    ("en", "Much of the concern centres on Gwadar, the port on the Arabian Sea. Since "
     "militants stormed the Gwadar Port Authority complex, Pakistan has moved an additional "
     "1,500 troops into the town.", "Pakistan", {"Gwadar"}, 1500),
    # the owner after a truncated compound ("Luft- und Weltraumstreitkräfte")
    ("de", "Um indonesische Piloten einzuweisen, sollen rund 30 Ausbilder der französischen "
     "Luft- und Weltraumstreitkräfte in Pekanbaru stationiert werden.", "Frankreich",
     {"Pekanbaru", "Indonesien"}, 30),
    # the country word as the subject after the verb
    ("de", "Singapur ist klein. Berichten zufolge schickt der Stadtstaat Truppen nach Taiwan.",
     "Singapur", {"Taiwan"}, None),
])
def test_forces_at_home_and_their_owners(lang: str, text: str, actor: str, places: set[str],
                                         count: int | None) -> None:
    found = [(a, p, c) for a, p, c, _ in described(run(text, lang))]
    assert (actor, frozenset(places), count) in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "QUETTA, Pakistan (Reuters) - A suicide bomber blew himself up at the main railway "
     "station in Quetta on Saturday, killing at least 26 people, more than half of them "
     "soldiers, officials said."),
    ("de", "Die TTP hat ihre Angriffe auf Polizei und Armee in der Provinz Khyber Pakhtunkhwa "
     "massiv ausgeweitet."),
])
def test_the_dead_and_the_attacked_are_no_deployment(lang: str, text: str) -> None:
    assert described(run(text, lang)) == []


def test_an_airport_is_not_the_island_it_is_named_after() -> None:
    ex = run("About 400 Saudi soldiers landed at Socotra airport on Sunday. The UAE has "
             "maintained a presence on Socotra since 2018.", "en")
    labels = {e.label for e in ex.entities}
    assert {"Socotra airport", "Socotra"} <= labels, labels
    found = [(a, p) for a, p, _, _ in described(ex)]
    assert ("United Arab Emirates", frozenset({"Socotra"})) in found, found


def test_a_contingent_of_a_demonyms_marines_is_that_states() -> None:
    found = [(a, p) for a, p, _, _ in described(run(
        "In late March, Chinese coast guard vessels fired water cannon at a Philippine supply "
        "boat heading to Second Thomas Shoal, where a small contingent of Filipino marines is "
        "stationed.", "en"))]
    assert found == [("Philippines", frozenset({"Second Thomas Shoal"}))], found


@pytest.mark.parametrize(("lang", "text", "actor", "places", "count"), [
    # the news agency that reports a passive sentence is not its subject
    ("de", "Saudi-Arabien hat seine Truppenpräsenz an der Grenze zum Jemen deutlich verstärkt. "
     "Wie zwei Regierungsbeamte der Nachrichtenagentur Reuters sagten, wurden seit Mitte "
     "Januar rund 15.000 zusätzliche Soldaten in die Grenzprovinzen Dschasan und Nadschran "
     "verlegt.", "Saudi-Arabien", {"Dschasan", "Nadschran"}, 15000),
    # "die vom Iran unterstützte Miliz": the group, not its backer
    ("de", "Die Huthi rüsten auf. Die vom Iran unterstützte Miliz soll in den vergangenen "
     "Wochen Tausende Kämpfer in die Provinzen Saada und Dschauf geschickt haben.", "Huthi",
     {"Saada", "Dschauf"}, None),
    # a border the subject's possessive names is its own
    ("en", "Saudi Arabia, for its part, wants guarantees for its roughly 1,300-kilometer "
     "southern border, where it keeps tens of thousands of troops.", "Saudi Arabia",
     {"Saudi Arabia"}, None),
    # "Fighters from" a named force
    ("en", "Fighters from the Nation's Shield Forces deployed at checkpoints in Crater and "
     "Khor Maksar, witnesses said.", "Nation's Shield Forces", {"Crater", "Khor Maksar"},
     None),
])
def test_subjects_behind_sources_attributes_and_possessives(
        lang: str, text: str, actor: str, places: set[str], count: int | None) -> None:
    found = [(a, p, c) for a, p, c, _ in described(run(text, lang))]
    assert (actor, frozenset(places), count) in found, found


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("de", "Die Huthi rüsten auf. Erst vor wenigen Wochen hatten von Saudi-Arabien "
     "unterstützte Regierungstruppen die Kontrolle über Aden im Jemen zurückgewonnen.",
     "Saudi-Arabien"),
    ("de", "Singapur schickt Truppen nach Taiwan. „Wer die Truppen eines anderen Landes bei sich "
     "üben lässt, geht eine Bindung ein“, sagt ein Experte.", None),
])
def test_a_backer_or_another_country_owns_no_force(lang: str, text: str,
                                                   wrong: str | None) -> None:
    found = described(run(text, lang))
    if wrong is None:
        assert len(found) == 1, found  # the quote's generic troops add nothing
    else:
        assert not [d for d in found if d[0] == wrong], found
