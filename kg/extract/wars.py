"""Wars the news names without their sides ("der Krieg in der Ukraine", "the Gaza war").

``ontologies/gazetteer/wars.json`` lists, per war, its two sides (gazetteer entry ids) and
its names per language; a document that names both sides and the war states that they fight.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from kg.paths import GAZETTEER_DIR


@dataclass(frozen=True)
class War:
    """One war: the entry ids of its two sides and a pattern over its names."""

    sides: tuple[str, str]
    pattern: re.Pattern[str]


@functools.cache
def _wars_data() -> list[dict]:
    """``wars.json`` as read, once per process."""
    return list(json.loads((GAZETTEER_DIR / "wars.json").read_text(encoding="utf-8"))["wars"])


@functools.cache
def load_wars(lang: str) -> tuple[War, ...]:
    """The wars of ``wars.json`` with their names in ``lang`` (none in other languages)."""
    out = []
    for war in _wars_data():
        names = sorted(war["names"].get(lang, []), key=len, reverse=True)
        if names and len(war["sides"]) == 2:
            alternatives = "|".join(re.escape(n) for n in names)
            out.append(War(sides=(war["sides"][0], war["sides"][1]),
                           pattern=re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")))
    return tuple(out)
