"""Where kg finds its ontology, shapes and gazetteer/lexicon data files.

A checkout (or editable install) reads them from ``ontologies/`` beside the package; a built
wheel carries the same files inside the package as ``kg/ontologies``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _ontology_dir() -> Path:
    """The packaged copy when installed from a wheel, else the checkout's ``ontologies/``."""
    packaged = PACKAGE_DIR / "ontologies"
    if (packaged / "kg.ttl").is_file():
        return packaged
    return PACKAGE_DIR.parent / "ontologies"


ONTOLOGY_DIR = _ontology_dir()
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
GAZETTEER_DIR = ONTOLOGY_DIR / "gazetteer"
LEXICON_DIR = ONTOLOGY_DIR / "lexicon"
