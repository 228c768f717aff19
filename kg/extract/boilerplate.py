"""Page boilerplate in plain text: tag lists, share bars, newsletter and shop promotions,
navigation. Such lines yield nothing; this module finds them.

Markers are data (``boilerplate`` in ontologies/lexicon/<lang>.json); the shape tests
(separator lists, short bullet lines, lists of short names, a tail after a share bar) are
language-neutral.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_BULLET = re.compile(r"^\s*(?:[-–—*•·▪►>+]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|#\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:\"“”»«)]\s*$")
# Items of a separator list or a tag list are at most this many words long.
_MAX_ITEM_WORDS = 4
# A byline ("Von Anna Schmidt", "By Jane Doe") is at most this many words.
_BYLINE_WORDS = 7
# A line after a tail marker (share bar, tag list) is boilerplate unless it is a real
# paragraph of at least this many words ending in a full stop.
_TAIL_PARAGRAPH_WORDS = 40


@dataclass(frozen=True)
class BoilerplateRules:
    """Markers of one language (lower-cased) from the lexicon's ``boilerplate`` section."""

    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    bylines: tuple[str, ...]
    tail_markers: tuple[str, ...]
    social: frozenset[str]
    separators: tuple[str, ...]
    credits: tuple[str, ...] = ()

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> BoilerplateRules:
        """Rules from a lexicon ``boilerplate`` section."""

        def low(key: str) -> tuple[str, ...]:
            return tuple(str(x).lower() for x in section.get(key, []))

        return cls(
            prefixes=low("prefixes"),
            contains=low("contains"),
            bylines=low("bylines"),
            tail_markers=low("tail_markers"),
            social=frozenset(low("social")),
            separators=tuple(section.get("separators", [])),
            credits=low("credits"),
        )


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of every line of ``text``, without the newline."""
    start = 0
    for part in text.split("\n"):
        yield start, start + len(part)
        start += len(part) + 1


def boilerplate_lines(text: str, rules: BoilerplateRules) -> list[tuple[int, int]]:
    """Offsets of the lines of ``text`` that are page furniture, not article content."""
    out: list[tuple[int, int]] = []
    in_tail = False
    for start, end in lines(text):
        line = text[start:end].strip()
        if not line:
            continue
        verdict, tail = classify_line(line, rules)
        if tail:
            in_tail = True
        elif in_tail and not verdict and _is_prose(line):
            in_tail = False  # "Mehr zum Thema: ..." mid-article, then the story goes on
        if verdict or (in_tail and not _is_paragraph(line)):
            out.append((start, end))
            continue
        credit = _credit_start(text[start:end], rules.credits)
        if credit is not None:
            out.append((start + credit, end))  # "... auf der Insel. Foto: Petros K./AP"
    return out


def _credit_start(line: str, credits: tuple[str, ...]) -> int | None:
    """Where a photo credit that closes a caption line begins ("Foto: X/AP" after the
    caption's last sentence), or None."""
    low = line.lower()
    best = None
    for marker in credits:
        i = low.rfind(marker)
        if i > 0 and low[:i].rstrip().endswith((".", "!", "?", ")")) and \
                (best is None or i < best):
            best = i
    return best


def classify_line(line: str, rules: BoilerplateRules) -> tuple[bool, bool]:
    """(is boilerplate, starts a boilerplate tail) for one stripped line."""
    body = _BULLET.sub("", line).strip()
    low = body.lower()
    if not low:
        return True, False
    tail = any(low.startswith(m) for m in rules.tail_markers)
    if tail or any(low.startswith(p) for p in rules.prefixes):
        return True, tail
    words = _WORD.findall(body)
    if len(words) <= 40 and any(_starts_word(low, m) for m in rules.contains):
        return True, False
    if len(words) <= _BYLINE_WORDS and _is_byline(body, low, rules.bylines):
        return True, False  # "Ein Kommentar von Anna Schmidt", "By Jane Doe"
    if _is_separator_list(body, rules.separators):
        return True, False
    if _is_social_bar(words, rules.social):
        return True, True
    if _BULLET.match(line) and _is_short_label(body, words):
        return True, False
    if _is_name_list(body):
        return True, False
    if words and all(w.startswith("#") for w in words):
        return True, False
    return False, False


def _starts_word(low: str, marker: str) -> bool:
    """Whether ``marker`` occurs in ``low`` at the start of a word: "abo " is in "Abo für
    5 Euro", not in "Malabo (dpa)"."""
    i = low.find(marker)
    while i >= 0:
        if i == 0 or not low[i - 1].isalnum():
            return True
        i = low.find(marker, i + 1)
    return False


def _is_byline(body: str, low: str, prefixes: tuple[str, ...]) -> bool:
    """A byline marker followed by nothing but one or two names."""
    for marker in prefixes:
        if low.startswith(marker):
            rest = body[len(marker):].replace(",", " ").split()
            names = [w for w in rest if w.lower() not in ("und", "and", "&")]
            return 1 <= len(names) <= 5 and all(w[:1].isupper() and w.isalpha() for w in names)
    return False


def _is_prose(line: str) -> bool:
    """Sentences, not a teaser headline: at least two of them, or one long one, ending in a
    full stop (teasers and link lists after a marker have no final full stop)."""
    words = len(_WORD.findall(line))
    stops = len(re.findall(r"[.!?…][\"“”»«)]?(?:\s|$)", line))
    return line.rstrip().endswith((".", ".“", ".\"", ".”", "!", "?")) and (
        words >= 25 or stops >= 2 and words >= 12)


def _is_paragraph(line: str) -> bool:
    """A long line that ends like prose: real content even after a share bar."""
    return len(_WORD.findall(line)) >= _TAIL_PARAGRAPH_WORDS and bool(_SENTENCE_END.search(line))


def _is_separator_list(body: str, separators: tuple[str, ...]) -> bool:
    """"A · B · C", "Facebook | X | E-Mail": three or more short items."""
    for sep in separators:
        if body.count(sep) >= 2:
            # "/" and "|" separate items only with spaces around ("</b>" is markup)
            pattern = rf"\s*{re.escape(sep)}\s*" if sep in "·•" else rf"\s+{re.escape(sep)}\s+"
            items = [x.strip() for x in re.split(pattern, body)]
            items = [x for x in items if x]
            if len(items) >= 3 and all(len(x.split()) <= _MAX_ITEM_WORDS for x in items):
                return True
    return False


def _is_social_bar(words: list[str], social: frozenset[str]) -> bool:
    """A line made mostly of network names ("Facebook X LinkedIn Email")."""
    if not words or len(words) > 12:
        return False
    hits = sum(1 for w in words if w.lower().strip(":") in social)
    return hits >= 2 and hits * 2 >= len(words)


def _is_short_label(body: str, words: list[str]) -> bool:
    """A bullet with a few capitalized words and no sentence: a navigation or tag item."""
    if not words or len(words) > 3 or _SENTENCE_END.search(body.rstrip(":")):
        return False
    return all(w[0].isupper() or w[0] == "#" or w[0].isdigit() for w in words)


def _is_name_list(body: str) -> bool:
    """"Nato, Schweden, Finnland, Türkei": a comma list of short capitalized items only."""
    if body.endswith((".", "!", "?")):
        return False
    items = [x.strip() for x in body.split(",")]
    if len(items) < 4:
        return False
    for item in items:
        parts = item.split()
        if not parts or len(parts) > 3 or not all(p[0].isupper() for p in parts):
            return False
    return True
