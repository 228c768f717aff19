"""Extraction (spaCy only): a ``Document`` in, an ``Extraction`` of entities, relations,
treaties and deployments out. Import is cheap; models and data load on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.records import Document, Extraction

__all__ = ["extract", "load_nlp"]


def extract(doc: Document, *, model: str | None = None) -> Extraction:
    """Entities, relations, treaties and deployments stated in ``doc``."""
    from kg.extract.pipeline import extract as _extract

    return _extract(doc, model=model)


def load_nlp(lang: str, model: str | None = None) -> Language:
    """The cached spaCy pipeline for ``lang`` (optionally on a trained ``model``)."""
    from kg.extract.pipeline import load_nlp as _load_nlp

    return _load_nlp(lang, model)


def __getattr__(name: str) -> Any:
    raise AttributeError(name)
