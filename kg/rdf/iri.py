"""Stable IRIs for everything kg writes: same record in, same IRI out, in every run.

Layout (docs/DESIGN.md): ``res:wd/Q…`` for Wikidata-linked entities, ``res:<kind>/<slug>``
otherwise, ``res:doc/<hash>``, ``res:treaty/<type>/<parties>``, and hashed IRIs for
deployments and assertions. No randomness and no blank nodes, so graphs merge by union.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from rdflib import URIRef

from kg.rdf.namespace import RES
from kg.records import Deployment, Document, Entity

_WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 80
# Latin letters that Unicode decomposition does not reduce to ASCII.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
    }
)


def _hex16(*parts: object) -> str:
    """First 16 hex digits of the SHA-256 of the parts (unit-separator joined)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def slug(text: str) -> str:
    """ASCII-folded, lowercase, hyphenated form of ``text`` for an IRI path segment.

    Text with no Latin letters or digits (e.g. Cyrillic) gets ``u-<hash>`` so it stays
    unique and stable; very long text is cut and suffixed with a hash.

    >>> slug("Friedrich Merz")
    'friedrich-merz'
    >>> slug("Straße nach Kyjiw")
    'strasse-nach-kyjiw'
    """
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    result = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if not result:
        return "u-" + _hex16(text)[:12]
    if len(result) > _MAX_SLUG:
        result = result[:_MAX_SLUG].rstrip("-") + "-" + _hex16(text)[:8]
    return result


def wikidata_id(value: str) -> str:
    """The bare ``Q…`` id from ``Q42``, ``wd:Q42`` or a Wikidata entity IRI (ValueError if not)."""
    qid = value.strip().rsplit("/", 1)[-1]
    qid = qid.removeprefix("wd:")
    if not _WIKIDATA_ID.match(qid):
        raise ValueError(f"not a Wikidata id: {value!r}")
    return qid


def entity_iri(entity: Entity) -> URIRef:
    """``res:wd/Q…`` when linked to Wikidata, else ``res:<kind>/<slug of label>``."""
    if entity.wikidata:
        return RES["wd/" + wikidata_id(entity.wikidata)]
    return RES[f"{entity.kind.lower()}/{slug(entity.label)}"]


def document_iri(doc: Document) -> URIRef:
    """``res:doc/<first 16 hex of the text's sha256>``: the same text is the same document."""
    return RES["doc/" + doc.sha256[:16]]


def local_name(iri: str) -> str:
    """The last path segment of an IRI (``Q183`` for ``res:wd/Q183``)."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def treaty_iri(treaty_type: str, party_iris: Iterable[str]) -> URIRef:
    """``res:treaty/<type>/<sorted party local names joined by "--">``.

    The same type and parties give the same treaty in every document, so they merge.
    """
    names = sorted({local_name(str(p)) for p in party_iris})
    if not names:
        raise ValueError("a treaty IRI needs at least one party")
    return RES[f"treaty/{treaty_type}/{'--'.join(names)}"]


def deployment_iri(
    doc: Document, dep: Deployment, actor_iri: str, location_iris: Iterable[str]
) -> URIRef:
    """``res:deployment/<hash>`` of document, actor, locations, evidence start and count."""
    locations = ",".join(sorted(str(i) for i in location_iris))
    digest = _hex16(doc.sha256, actor_iri, locations, dep.evidence.start, dep.count)
    return RES["deployment/" + digest]


def assertion_iri(
    doc: Document, subject_iri: str, predicate_iri: str, object_iri: str, start: int
) -> URIRef:
    """``res:assertion/<hash>`` of document, subject, predicate, object and evidence start."""
    digest = _hex16(doc.sha256, subject_iri, predicate_iri, object_iri, start)
    return RES["assertion/" + digest]
