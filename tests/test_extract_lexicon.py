"""The per-language lexicons are data: every key said once, so no entry silently hides one."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from kg.extract.lexicon import LEXICON_DIR


def _duplicates(path: str) -> list[str]:
    found: list[str] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        counts = Counter(key for key, _ in pairs)
        found.extend(key for key, n in counts.items() if n > 1)
        return dict(pairs)

    with open(path, encoding="utf-8") as f:
        json.load(f, object_pairs_hook=hook)
    return found


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_lexicon_key_is_given_twice(lang: str) -> None:
    # json keeps the last of two equal keys: the first list would be dead data
    assert _duplicates(str(LEXICON_DIR / f"{lang}.json")) == []
