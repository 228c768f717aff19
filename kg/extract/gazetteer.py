"""The gazetteer: states, capitals, demonyms, organizations, places and persons by name.

The data lives as Turtle in ``ontologies/gazetteer/`` (see its README). Loading parses it
once with pyoxigraph, generates inflected and derived surface forms (genitive -s, demonym
endings, region names) from ``forms.json``, and caches the compiled result as a pickle
under the user's cache directory, keyed by the data files' hashes, so later loads are fast.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.paths import GAZETTEER_DIR

__all__ = ["GazEntry", "Gazetteer", "Surface", "load_gazetteer", "normalize"]

KG = "https://w3id.org/newskg/ontology#"
GZ = "https://w3id.org/newskg/gazetteer#"
RES_WD = "https://w3id.org/newskg/resource/wd/"
RES_GZ = "https://w3id.org/newskg/resource/gz/"
WIKIDATA = "http://www.wikidata.org/entity/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"

KINDS = ("State", "Organization", "Person", "Place")
FORMS = (
    "name",
    "inflected",
    "abbrev",
    "demonym_adj",
    "demonym_noun",
    "capital",
    "capital_adj",
    "seat",
    "alias",
    "region",
)
# Bump when the compiled layout or the surface rules change, so stale caches are rebuilt.
_COMPILER_VERSION = "15"


@dataclass(frozen=True)
class GazEntry:
    """One known actor or place, with its canonical label per language and background facts.

    ``state`` on a capital or seat is the state it stands for; on a city or region it is the
    country it lies in (background only, never a fact to emit). ``role`` is a background
    note on persons such as ``"leader:wd:Q159"``.
    """

    id: str
    kind: str
    labels: dict[str, str] = field(hash=False)
    wikidata: str | None
    state: str | None = None
    capital_of: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    role: str | None = None
    macro_region: bool = False
    monarchy: bool = False


@dataclass(frozen=True)
class Surface:
    """One way an entry is written in text, in one language (``"*"`` for any)."""

    text: str
    entry: str
    lang: str
    form: str
    case_sensitive: bool = False


def normalize(text: str) -> str:
    """The lookup key of a text: casefolded with whitespace collapsed to single spaces."""
    return " ".join(text.split()).casefold()


_Row = tuple[str, str, str, str, bool]  # a Surface as plain data: cheap to pickle and load


class Gazetteer:
    """All gazetteer entries and their surface forms, indexed for exact lookup."""

    def __init__(
        self,
        entries: dict[str, GazEntry],
        rows: list[_Row],
        index: dict[str, list[int]] | None = None,
    ) -> None:
        self.entries = entries
        self._rows = rows
        if index is None:
            index = defaultdict(list)
            for i, row in enumerate(rows):
                index[normalize(row[0])].append(i)
            index = dict(index)
        self._index = index
        self._by_lang: dict[str, list[Surface]] = {}
        self._person_tails: dict[str, str | None] | None = None

    def surfaces(self, lang: str) -> list[Surface]:
        """Every surface usable in ``lang``: the language's own and the untagged (``"*"``)."""
        if lang not in self._by_lang:
            self._by_lang[lang] = [Surface(*r) for r in self._rows if r[2] in (lang, "*")]
        return self._by_lang[lang]

    def lookup(self, text: str, lang: str) -> list[Surface]:
        """Surfaces written as ``text`` (casefolded, spaces collapsed; abbreviations exactly).

        One surface per entry, best first: states, organizations, persons, capitals and
        seats, then other places by population.
        """
        exact = " ".join(text.split())
        out = []
        entries: set[str] = set()
        for i in self._index.get(normalize(text), ()):
            row = self._rows[i]
            if row[1] in entries or row[2] not in (lang, "*"):
                continue
            if not row[4] or row[0] == exact:
                out.append(Surface(*row))
                entries.add(row[1])
        return out

    def entry(self, id: str) -> GazEntry:
        """The entry with this id (``"wd:Q423"`` or ``"gz:<slug>"``); KeyError if unknown."""
        return self.entries[id]

    def person_by_tail(self, name: str) -> str | None:
        """The one known person whose name of three or more words ends with ``name`` (two
        words or more): "Tayyip Erdogan" is "Recep Tayyip Erdogan"."""
        if self._person_tails is None:
            tails: dict[str, str | None] = {}
            for row in self._rows:
                entry = self.entries.get(row[1])
                words = row[0].split()
                if entry is None or entry.kind != "Person" or len(words) < 3:
                    continue
                for n in range(1, len(words) - 1):
                    tail = normalize(" ".join(words[n:]))
                    if tails.get(tail, row[1]) != row[1]:
                        tails[tail] = None  # two persons share it: no guess
                    elif tail not in tails:
                        tails[tail] = row[1]
            self._person_tails = tails
        words = name.split()
        return self._person_tails.get(normalize(name)) if len(words) >= 2 else None

    def __len__(self) -> int:
        return len(self.entries)


# ---------------------------------------------------------------------------- loading


def data_files(directory: Path = GAZETTEER_DIR) -> list[Path]:
    """The files the gazetteer is compiled from, in a stable order."""
    files = sorted(directory.glob("*.ttl")) + sorted(directory.glob("*.json"))
    return [f for f in files if f.is_file()]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def _fingerprint(files: Iterable[Path]) -> str:
    digest = hashlib.sha256(_COMPILER_VERSION.encode())
    for f in files:
        digest.update(f.name.encode())
        digest.update(hashlib.sha256(f.read_bytes()).digest())
    return digest.hexdigest()[:24]


def load_gazetteer_from(directory: Path, *, use_cache: bool = True) -> Gazetteer:
    """Load (and cache) the gazetteer compiled from the data files in ``directory``."""
    files = data_files(directory)
    key = _fingerprint(files)
    cache_file = _cache_dir() / f"gazetteer-{key}.pickle"
    if use_cache and cache_file.is_file():
        try:
            with cache_file.open("rb") as fh:
                entries, rows, index = pickle.load(fh)
            return Gazetteer(entries, rows, index)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass  # a damaged or foreign cache is rebuilt below
    entries, surfaces = compile_gazetteer(files)
    gazetteer = Gazetteer(entries, [_row(s) for s in surfaces])
    if use_cache:
        _write_cache(cache_file, (entries, gazetteer._rows, gazetteer._index))
    return gazetteer


def _row(s: Surface) -> _Row:
    return (s.text, s.entry, s.lang, s.form, s.case_sensitive)


def _write_cache(path: Path, payload: object) -> None:
    """Write the cache atomically; a read-only home just means no cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer from ``ontologies/gazetteer/``, loaded once per process."""
    return load_gazetteer_from(GAZETTEER_DIR)


# ---------------------------------------------------------------------------- compiling


@dataclass
class _Node:
    """Everything the Turtle says about one subject, before it becomes an entry."""

    types: set[str] = field(default_factory=set)
    pref: list[tuple[str, str]] = field(default_factory=list)
    alt: list[tuple[str, str]] = field(default_factory=list)
    abbrev: list[tuple[str, str]] = field(default_factory=list)
    inflected: list[tuple[str, str]] = field(default_factory=list)
    unsafe: set[str] = field(default_factory=set)
    demonym_adj: list[tuple[str, str]] = field(default_factory=list)
    demonym_noun: list[tuple[str, str]] = field(default_factory=list)
    region_name: list[tuple[str, str]] = field(default_factory=list)
    same_as: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    country: str | None = None
    capital_of: str | None = None
    seat_of: str | None = None
    role: str | None = None
    genitive: bool = True
    macro_region: bool = False
    monarchy: bool = False


def _short(iri: str) -> str:
    """The entry id of a resource IRI: ``wd:Q423`` or ``gz:<slug>``."""
    if iri.startswith(RES_WD):
        return "wd:" + iri[len(RES_WD) :]
    if iri.startswith(RES_GZ):
        return "gz:" + iri[len(RES_GZ) :]
    return iri


def _read_nodes(files: Iterable[Path]) -> dict[str, _Node]:
    """Parse every Turtle file and gather the triples per subject (the files' union)."""
    import pyoxigraph as ox

    nodes: dict[str, _Node] = defaultdict(_Node)
    for path in files:
        if path.suffix != ".ttl":
            continue
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            subj = quad.subject
            if not isinstance(subj, ox.NamedNode):
                continue
            node = nodes[subj.value]
            pred = quad.predicate.value
            obj = quad.object
            if isinstance(obj, ox.Literal):
                _add_literal(node, pred, obj.value, obj.language or "*", obj.datatype.value)
            elif isinstance(obj, ox.NamedNode):
                _add_link(node, pred, obj.value)
    return nodes


def _add_literal(node: _Node, pred: str, value: str, lang: str, datatype: str) -> None:
    lists = {
        SKOS + "prefLabel": node.pref,
        SKOS + "altLabel": node.alt,
        GZ + "abbreviation": node.abbrev,
        GZ + "inflectedLabel": node.inflected,
        GZ + "demonymAdjective": node.demonym_adj,
        GZ + "demonymNoun": node.demonym_noun,
        GZ + "regionName": node.region_name,
    }
    if pred in lists:
        lists[pred].append((value, lang))
    elif pred == GZ + "unsafeLabel":
        node.unsafe.add(normalize(value))
    elif pred == GEO + "lat":
        node.lat = float(value)
    elif pred == GEO + "long":
        node.lon = float(value)
    elif pred == GZ + "population":
        node.population = int(value)
    elif pred == GZ + "role":
        node.role = value
    elif pred == GZ + "genitive":
        node.genitive = value.strip().lower() in ("true", "1")
    elif pred == GZ + "macroRegion":
        node.macro_region = value.strip().lower() in ("true", "1")
    elif pred == GZ + "monarchy":
        node.monarchy = value.strip().lower() in ("true", "1")


def _add_link(node: _Node, pred: str, value: str) -> None:
    if pred == RDF_TYPE and value.startswith(KG):
        node.types.add(value[len(KG) :])
    elif pred == OWL_SAMEAS and value.startswith(WIKIDATA):
        node.same_as = value[len(WIKIDATA) :]
    elif pred in (GZ + "country", GZ + "state"):
        node.country = _short(value)
    elif pred == GZ + "capitalOf":
        node.capital_of = _short(value)
    elif pred == GZ + "seatOf":
        node.seat_of = _short(value)
    elif pred == GZ + "role":
        node.role = _short(value)


def _kind(node: _Node) -> str | None:
    for kind in KINDS:
        if kind in node.types:
            return kind
    return None


def _labels(node: _Node) -> dict[str, str]:
    """Canonical label per language; ``de`` and ``en`` fall back on each other or untagged."""
    labels: dict[str, str] = {}
    for text, lang in node.pref:
        labels.setdefault(lang, text)
    fallback = labels.get("*") or labels.get("en") or labels.get("de")
    if fallback is None and node.alt:
        fallback = node.alt[0][0]
    if fallback is not None:
        for lang in ("de", "en"):
            labels.setdefault(lang, labels.get("*") or fallback)
    labels.pop("*", None)
    return labels


def compile_gazetteer(files: list[Path]) -> tuple[dict[str, GazEntry], list[Surface]]:
    """Turn the data files into entries and every surface form they license."""
    forms = _read_json(files, "forms.json")
    stop = _read_json(files, "stoplist.json")
    stopped = {
        lang: {normalize(w) for w in _str_list(stop.get("*")) + _str_list(stop.get(lang))}
        for lang in ("de", "en", "*")
    }
    nodes = _read_nodes(files)
    entries: dict[str, GazEntry] = {}
    for iri, node in nodes.items():
        kind = _kind(node)
        labels = _labels(node)
        if kind is None or not labels:
            continue
        eid = _short(iri)
        wikidata = node.same_as or (eid[3:] if eid.startswith("wd:") else None)
        capital_of = node.capital_of or node.seat_of
        entries[eid] = GazEntry(
            id=eid,
            kind=kind,
            labels=labels,
            wikidata=wikidata,
            state=capital_of or node.country,
            capital_of=capital_of,
            lat=node.lat,
            lon=node.lon,
            population=node.population,
            role=node.role,
            macro_region=node.macro_region,
            monarchy=node.monarchy,
        )
    surfaces: list[Surface] = []
    for iri, node in nodes.items():
        eid = _short(iri)
        if eid in entries:
            surfaces.extend(_surfaces_of(eid, entries[eid], node, forms, stopped))
    surfaces.extend(_compass_adjectives(nodes, entries, forms, surfaces))
    surfaces = _dedupe(surfaces, entries)
    return entries, surfaces


def _read_json(files: list[Path], name: str) -> dict[str, object]:
    for f in files:
        if f.name == name:
            data = json.loads(f.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
    return {}


def _lang_forms(forms: dict[str, object], lang: str) -> dict[str, object]:
    value = forms.get(lang, {})
    return value if isinstance(value, dict) else {}


def _str_list(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _surfaces_of(
    eid: str,
    entry: GazEntry,
    node: _Node,
    forms: dict[str, object],
    stopped: dict[str, set[str]],
) -> list[Surface]:
    """Every surface form of one entry, the generated ones included.

    One-word names in the stop list (for their language) or marked gz:unsafeLabel are
    left out: they are ordinary words and would match everywhere.
    """
    out: list[Surface] = []

    def add(text: str, lang: str, form: str, case_sensitive: bool = False) -> None:
        text = " ".join(text.split())
        key = text.casefold()
        if not text or key in node.unsafe:
            return
        if " " not in key and key in stopped.get(lang, stopped["*"]):
            return
        out.append(Surface(text, eid, lang, form, case_sensitive))

    if node.seat_of:
        name_form, alias_form = "seat", "seat"
    elif node.capital_of:
        name_form, alias_form = "capital", "capital"
    else:
        name_form, alias_form = "name", "alias"

    names: list[tuple[str, str]] = []  # the names that take a genitive
    for text, lang in node.pref:
        add(text, lang, name_form)
        names.append((text, lang))
    for text, lang in node.alt:
        # GeoNames' untagged alternates of a capital ("Tiran" for Tirana) name the city,
        # never its state: only curated names act for the government
        add(text, lang, "alias" if lang == "*" and node.capital_of else alias_form)
        if lang != "*" or entry.kind == "Person":  # not GeoNames' untagged alternates
            names.append((text, lang))
    for text, lang in node.abbrev:
        add(text, lang, "abbrev", case_sensitive=True)
    for text, lang in node.inflected:
        add(text, lang, "inflected")

    # German genitive -s (Russlands, Moskaus, Putins, des Pentagons) on one-word names, and
    # on the last word of a state's or place's name (Costa Ricas, Sri Lankas, Burkina Fasos).
    if node.genitive:
        for lang in ("de",):
            spec = _lang_forms(forms, lang)
            suffix = spec.get("genitive_suffix")
            blocked = tuple(_str_list(spec.get("genitive_blocked_endings")))
            if not isinstance(suffix, str) or not suffix:
                continue
            for text, tlang in names:
                if tlang not in (lang, "*") or normalize(text) in node.unsafe:
                    continue
                if " " in text and (entry.kind not in ("State", "Place")
                                    or not text.rsplit(" ", 1)[1][:1].isupper()):
                    continue
                if text.endswith(blocked) or not text[:1].isupper():
                    continue
                if entry.kind == "Organization" and (
                        " " in text or not text[-1:].islower() or text[-1] in "aeiouy"):
                    continue  # "des Pentagons", "des Kremls"; not "die Nato", "der UN"
                add(text + suffix, lang, "inflected")

    # German weak adjective forms of a name that opens with adjectives ("der Türkischen
    # Republik Nordzypern", "im Roten Meer").
    if entry.kind in ("State", "Place"):
        for lang in ("de",):
            weak = _lang_forms(forms, lang).get("weak_adjective_suffix")
            if not isinstance(weak, str) or not weak:
                continue
            for text, tlang in names:
                words = text.split()
                lead = 0
                while lead < len(words) - 1 and words[lead][:1].isupper() and \
                        len(words[lead]) > 3 and words[lead].endswith("e"):
                    lead += 1
                if tlang == lang and lead:
                    add(" ".join([w + weak for w in words[:lead]] + words[lead:]), lang,
                        "inflected")

    # A capital's German adjective ("die Kiewer Regierung", "Pariser Diplomaten") names the
    # capital as its plain name does: the state where it acts, the city where it is a site.
    if node.capital_of:
        for text, lang in node.pref + node.alt:
            suffix = _lang_forms(forms, lang).get("capital_adjective_suffix") if lang != "*" \
                else None
            if isinstance(suffix, str) and suffix and " " not in text and "-" not in text \
                    and text[:1].isupper() and text[-1:].lower() not in "aeiouy":
                add(text + suffix, lang, "capital_adj")

    # Demonyms stand for the state they belong to.
    for stem, lang in node.demonym_adj:
        endings = _str_list(_lang_forms(forms, lang).get("adjective_endings")) or [""]
        for ending in endings:
            add(stem + ending, lang, "demonym_adj")
        nouns = _lang_forms(forms, lang).get("adjective_nouns")
        if isinstance(nouns, dict):
            for tail, suffix in nouns.items():
                if stem.endswith(tail) and isinstance(suffix, str):
                    add(stem + suffix, lang, "demonym_noun")  # "Papua New Guineans"
    for noun, lang in node.demonym_noun:
        add(noun, lang, "demonym_noun")
        suffixes = _lang_forms(forms, lang).get("noun_suffixes")
        if isinstance(suffixes, dict):
            for tail, extra in suffixes.items():
                if noun.endswith(tail):
                    for suffix in _str_list(extra):
                        add(noun + suffix, lang, "demonym_noun")

    # "U.N. Security Council" for "UN Security Council": the dotted abbreviation of
    # agency style opening a multi-word name.
    for text, lang in names:
        dotted = _lang_forms(forms, lang).get("dotted_prefixes")
        if isinstance(dotted, dict):
            for plain, with_dots in dotted.items():
                if text.startswith(plain):
                    for short in [with_dots] if isinstance(with_dots, str) \
                            else _str_list(with_dots):
                        add(short + text[len(plain):], lang, alias_form)

    # Regions named after their main city (Region Kursk, Kursk Oblast).
    for city, lang in node.region_name:
        langs = ("de", "en") if lang == "*" else (lang,)
        for rlang in langs:
            for pattern in _str_list(_lang_forms(forms, rlang).get("region_patterns")):
                add(pattern.replace("{}", city), rlang, "region")
    return out


_KIND_RANK = {"State": 0, "Organization": 1, "Person": 2, "Place": 3}
_FORM_RANK = {form: i for i, form in enumerate(FORMS)}


def _rank(s: Surface, entries: dict[str, GazEntry]) -> tuple[int, int, int, int]:
    e = entries[s.entry]
    place_rank = 0 if e.capital_of else (1 if e.population is None else 2)
    return (_KIND_RANK.get(e.kind, 9), place_rank, -(e.population or 0), _FORM_RANK[s.form])


def _compass_adjectives(nodes: dict[str, _Node], entries: dict[str, GazEntry],
                        forms: dict[str, object], have: list[Surface]) -> list[Surface]:
    """A compass word joined to a state's demonym ("ostukrainischen", "nordsyrische")
    stands for that state, unless the joined word is a name of its own ("nordkoreanisch"
    is North Korea's, not Korea's)."""
    taken = {normalize(s.text) for s in have}
    out: list[Surface] = []
    for iri, node in nodes.items():
        eid = _short(iri)
        if eid not in entries:
            continue
        for stem, lang in node.demonym_adj:
            spec = _lang_forms(forms, lang)
            endings = _str_list(spec.get("adjective_endings")) or [""]
            for prefix in _str_list(spec.get("compass_adjective_prefixes")):
                for ending in endings:
                    text = prefix + stem + ending
                    if normalize(text) not in taken:
                        out.append(Surface(text, eid, lang, "demonym_adj", False))
    return out


def _dedupe(surfaces: list[Surface], entries: dict[str, GazEntry]) -> list[Surface]:
    """One surface per (text as matched, entry, language), best ranked first."""
    surfaces.sort(key=lambda s: _rank(s, entries))
    # An untagged surface is redundant once both languages have the same text themselves.
    tagged: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in surfaces:
        if s.lang != "*":
            tagged[(normalize(s.text), s.entry)].add(s.lang)
    seen: set[tuple[str, str, str]] = set()
    out: list[Surface] = []
    for s in surfaces:
        text = s.text if s.case_sensitive else normalize(s.text)
        key = (text, s.entry, s.lang)
        covered = s.lang == "*" and {"de", "en"} <= tagged.get((normalize(s.text), s.entry), set())
        if key in seen or covered:
            continue
        seen.add(key)
        out.append(s)
    return out
