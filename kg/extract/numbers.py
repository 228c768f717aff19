"""Troop numbers as the text writes them, in the language's number format, with their
qualifier: "mindestens 11.000" (AtLeast), "about 4,800" (About), "bis zu 500" (AtMost),
"zwei Millionen" (Exact), "Tausende" (no number).

"fast 11.000" / "nearly 11,000" count as AtMost: the true figure is said to be a little
below the number given. Separators, number words, scales and qualifiers are lexicon data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon
from kg.extract.view import DocView

_DIGITS = re.compile(r"^\d+$")


@dataclass(frozen=True)
class Count:
    """A number read from text: ``value`` None for vague quantities ("Tausende")."""

    value: int | None
    qualifier: str | None
    start: int  # first token (qualifier included)
    end: int  # token after the number


@dataclass(frozen=True)
class NumberFormat:
    """How one language writes numbers."""

    thousands: str
    decimal: str
    words: dict[str, int]
    scales: dict[str, int]
    vague: frozenset[str]
    year_context: frozenset[str]


_FORMATS: dict[str, NumberFormat] = {}


def number_format(lex: Lexicon) -> NumberFormat:
    """The number format of a lexicon's language (cached)."""
    fmt = _FORMATS.get(lex.lang)
    if fmt is None:
        fmt = _FORMATS[lex.lang] = _read_format(lex)
    return fmt


def _read_format(lex: Lexicon) -> NumberFormat:
    data = lex.section("numbers")
    return NumberFormat(
        thousands=data.get("thousands_sep", ","),
        decimal=data.get("decimal_sep", "."),
        words={k.lower(): int(v) for k, v in data.get("words", {}).items()},
        scales={k.lower(): int(v) for k, v in data.get("scales", {}).items()},
        vague=frozenset(w.lower() for w in data.get("vague", [])),
        year_context=frozenset(w.lower() for w in data.get("year_context", [])),
    )


def parse_number(text: str, fmt: NumberFormat) -> float | None:
    """The value of one number token in the language's format ("11.000", "4,800", "1,5",
    "zwei"), or None."""
    low = text.lower()
    if low in fmt.words:
        return float(fmt.words[low])
    if _DIGITS.match(text):
        return float(text)
    t, d = re.escape(fmt.thousands), re.escape(fmt.decimal)
    if re.fullmatch(rf"\d{{1,3}}(?:{t}\d{{3}})+", text):
        return float(text.replace(fmt.thousands, ""))
    if re.fullmatch(rf"\d+{d}\d+", text):
        return float(text.replace(fmt.decimal, "."))
    # Thin spaces and apostrophes as thousands separators ("11 000", "11'000").
    if re.fullmatch(r"\d{1,3}(?:[\u202f\u2009'’]\d{3})+", text):
        return float(re.sub(r"\D", "", text))
    return None


_CURRENCY = frozenset("$€£¥₽")
_QUOTE_MARKS = frozenset({"“", "”", "„", '"', "»", "«", "‘", "’"})
_GROUP_SPACES = frozenset({"\u202f", "\u2009", "\u00a0"})
_DOTTED = re.compile(r"^(?:[^\W\d_]\.){2,3}$")  # "U.S.", "U.K."


def count_before(view: DocView, end: int, lower: int) -> Count | None:
    """The number (and its qualifier) that ends right before token ``end``: the count of
    the noun at ``end``. Adjectives may stand between ("11.000 nordkoreanische")."""
    fmt = number_format(view.lex)
    j = end - 1
    skipped = 0
    while j >= lower and skipped < 6:
        low = view.lows[j]
        if low in fmt.vague:
            return Count(None, None, j, j + 1)
        if parse_number(view.texts[j], fmt) is not None or low in fmt.scales:
            break
        if skipped >= 3 and not (view.is_lower_word(j) or view.has(j, "coord")):
            return None  # "about 300 additional navy and border guard personnel" only
        if view.has(j, "weapon") or view.has(j, "arms_item"):
            return None  # "500 tanks and troops": the number counts the tanks
        if view.lex.lang == "de" and view.is_cap(j) and view.texts[j].isalpha() and \
                view.lows[j] not in fmt.scales and not view.has(j, "qualifier"):
            return None  # "zwei Enthaltungen für die Entsendung": a German noun counts itself
        if view.texts[j].isalpha() or _DOTTED.match(view.texts[j]):
            j -= 1  # "11.000 nordkoreanische", "900 U.S. troops"
            skipped += 1
            continue
        if view.texts[j] == "-" or view.texts[j] in _QUOTE_MARKS:
            j -= 1  # "„mindestens 4.000“ Angehörige"
            continue
        return None
    else:
        return None
    return _read_back(view, fmt, j, lower)


def count_after(view: DocView, start: int, upper: int) -> Count | None:
    """The first number at or after ``start`` (before ``upper``), with its qualifier:
    "ihre Zahl auf rund 1.000", "put their number at about 1,000"."""
    fmt = number_format(view.lex)
    for j in range(start, min(upper, start + 5)):
        if parse_number(view.texts[j], fmt) is not None:
            k = j
            while k + 1 < upper and (view.lows[k + 1] in fmt.scales
                                     or parse_number(view.texts[k + 1], fmt) is not None):
                k += 1
            return _read_back(view, fmt, k, start)
    return None


def _read_back(view: DocView, fmt: NumberFormat, j: int, lower: int) -> Count | None:
    """Read a number whose last token is ``j`` (scales and qualifier before it)."""
    end = j + 1
    scale = 1
    if view.lows[j] in fmt.scales and j > lower and \
            parse_number(view.texts[j - 1], fmt) is not None:
        scale = fmt.scales[view.lows[j]]
        j -= 1
    value = parse_number(view.texts[j], fmt)
    if value is None and view.lows[j] in fmt.scales:
        value = float(fmt.scales[view.lows[j]])  # "rund tausend Soldaten": the scale alone
    if value is None:
        return None
    j, value = _space_grouped(view, j, value, lower)
    start = j
    if not view.texts[j][:1].isdigit() and j > 0 and view.lows[j - 1] in fmt.vague:
        return Count(None, None, j - 1, end)  # "mehrere hundert", "several thousand"
    if scale == 1 and _looks_like_year(view, fmt, j, value):
        return None
    if end < len(view.texts) and view.has(end, "unit_word") or \
            start > 0 and view.texts[start - 1] in _CURRENCY or view.texts[start][:1] in _CURRENCY:
        return None  # "40 million euros to the mission", "$6.5bn": money, not troops
    qualifier = None
    if start > lower and view.texts[start - 1] in _QUOTE_MARKS:
        start -= 1  # the qualifier before the opening quote: mindestens „4.000“
    hit = view.phrase_ending(start, "qualifier")
    if hit is not None and hit[0] >= lower - 3:
        qualifier = hit[1]
        start = hit[0]
    total = int(round(value * scale))
    if total <= 0:
        return None
    return Count(total, qualifier or "Exact", start, end)


def _space_grouped(view: DocView, j: int, value: float, lower: int) -> tuple[int, float]:
    """(first token, value) of a number whose groups of three the tokenizer split at a space
    ("rund 10 000 Soldaten", "11 000"): token ``j`` is its last group."""
    last = j
    while re.fullmatch(r"\d{3}", view.texts[j]):
        k = j - 1
        if k > lower and view.texts[k] in _GROUP_SPACES:
            k -= 1  # a thin space the tokenizer kept as a token
        if k < lower or not re.fullmatch(r"\d{1,3}", view.texts[k]) or \
                len(view.text[view.ends[k]:view.idx[j]]) > 1:
            break
        j = k
    if j == last:
        return j, value
    return j, float(re.sub(r"\D", "", view.text[view.idx[j]:view.ends[last]]))


def _looks_like_year(view: DocView, fmt: NumberFormat, j: int, value: float) -> bool:
    text = view.texts[j]
    if not (_DIGITS.match(text) and len(text) == 4 and 1800 <= value <= 2100):
        return False
    if j == 0:
        return False
    prev = view.texts[j - 1]
    # "seit Ende des Bürgerkriegs 1992 russische Truppen": a count never follows a noun
    after_noun = prev[:1].isupper() and prev.isalpha() and view.sent_of[j - 1] == view.sent_of[
        j] and view.sents[view.sent_of[j]][0] != j - 1
    # "a 2014 pact", "its 1960 status of forces agreement": a determiner, then no force
    determined = (view.has(j - 1, "def_article") or view.has(j - 1, "possessive")
                  or view.has(j - 1, "indef_article")) \
        and j + 1 < len(view.texts) and not view.has(j + 1, "force")
    return view.lows[j - 1] in fmt.year_context or after_noun or determined
