"""The frozen dataclasses that extraction produces and the RDF layer consumes.

This module is the one seam between the NLP side (``kg.extract``) and the RDF side
(``kg.rdf``): neither imports the other, both import this. Everything here is plain data:
strings, ints, tuples. Character offsets always index ``Document.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["Person", "State", "Organization", "Place"]
Modality = Literal["Asserted", "Reported", "Hypothetical", "Denied"]
CountQualifier = Literal["About", "AtLeast", "AtMost", "Exact"]
RelationPredicate = Literal[
    "leaderOf",
    "officialOf",
    "affiliatedWith",
    "alliedWith",
    "inConflictWith",
    "supports",
    "sanctions",
    "locatedIn",
]
TreatyType = Literal[
    "MutualDefense",
    "Alliance",
    "SecurityAgreement",
    "StrategicPartnership",
    "Ceasefire",
    "PeaceAgreement",
    "ArmsControl",
    "Trade",
    "Other",
]

ENTITY_KINDS: tuple[str, ...] = ("Person", "State", "Organization", "Place")
MODALITIES: tuple[str, ...] = ("Asserted", "Reported", "Hypothetical", "Denied")
COUNT_QUALIFIERS: tuple[str, ...] = ("About", "AtLeast", "AtMost", "Exact")
RELATION_PREDICATES: tuple[str, ...] = (
    "leaderOf",
    "officialOf",
    "affiliatedWith",
    "alliedWith",
    "inConflictWith",
    "supports",
    "sanctions",
    "locatedIn",
)
SYMMETRIC_PREDICATES: frozenset[str] = frozenset({"alliedWith", "inConflictWith"})
TREATY_TYPES: tuple[str, ...] = (
    "MutualDefense",
    "Alliance",
    "SecurityAgreement",
    "StrategicPartnership",
    "Ceasefire",
    "PeaceAgreement",
    "ArmsControl",
    "Trade",
    "Other",
)


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the UTF-8 text: the identity of a document's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One article as ingested: its text and where it came from.

    ``lang`` is an ISO 639-1 code (``"de"``, ``"en"``); ``source`` is a path, URL or
    ``"<stdin>"``. ``sha256`` identifies the content, so the same text read twice is the
    same document.
    """

    text: str
    lang: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", content_hash(self.text))


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence (with offsets into the document) and how sure.

    ``attributed_to`` is the key of the entity the text credits with the claim
    ("laut Geheimdienst", "said Biden"), when the text names one.
    """

    sentence: str
    start: int
    end: int
    modality: Modality = "Asserted"
    attributed_to: str | None = None
    attributed_to_text: str | None = None
    confidence: float = 0.8


@dataclass(frozen=True)
class Entity:
    """One real-world actor or place mentioned in a document.

    ``key`` identifies it within one extraction and is what relations point at. An entity
    linked to Wikidata has ``key == "wd:" + wikidata`` so that keys agree across documents.
    ``aliases`` are every surface form seen in the text (the label among them).
    """

    key: str
    kind: EntityKind
    label: str
    label_lang: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Relation:
    """An actor relation between two entity keys, with the evidence it came from."""

    subject: str
    predicate: RelationPredicate
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class Treaty:
    """An agreement between actors, merged over every sentence of a document that names it.

    ``parties``, ``signed_by`` and ``ratified_by`` are entity keys (sorted, unique).
    ``evidence`` has one item per sentence that mentions the treaty.
    """

    treaty_type: TreatyType
    parties: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    signed_by: tuple[str, ...] = ()
    ratified_by: tuple[str, ...] = ()
    name: str | None = None


@dataclass(frozen=True)
class Deployment:
    """Forces of ``actor`` stationed in or sent to ``locations``, as one sentence reports it.

    ``count`` is the number the text gives (``None`` for "Tausende" or no number) with its
    ``qualifier``; each source's figure stays a deployment of its own.
    """

    actor: str
    locations: tuple[str, ...]
    evidence: Evidence
    count: int | None = None
    qualifier: CountQualifier | None = None
    in_support_of: str | None = None
    force: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document: the unit that ``kg.rdf`` turns into triples."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    treaties: tuple[Treaty, ...] = ()
    deployments: tuple[Deployment, ...] = ()
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def entity(self, key: str) -> Entity | None:
        """The entity with this key, or None."""
        for e in self.entities:
            if e.key == key:
                return e
        return None
