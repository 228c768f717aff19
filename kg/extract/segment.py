"""Sentence boundaries for news text: one paragraph per line, headlines without a final
stop, bullets, quotes, abbreviations ("z. B."), ordinals and dates ("7. März").

Works on a tokenized ``Doc`` and returns one flag per token (does a sentence start here?),
so the component in ``components.py`` only copies the flags into ``token.is_sent_start``.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

# Tokens that end a sentence when the next token may start one.
_TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", ";"})
# Closing marks that stay with the sentence they close.
_CLOSERS = frozenset({'"', "“", "”", "»", "«", "'", "’", ")", "]", "‘", "›"})
# Opening marks that may start a sentence.
_OPENERS = frozenset({'"', "„", "“", "«", "»", "'", "‚", "(", "[", "‘", "›", "‹", "–", "—", "-"})
# A sentence longer than this many tokens is cut, at the last comma-like mark if any.
MAX_SENTENCE_TOKENS = 150
_SOFT_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")"})


def sentence_starts(
    doc: Doc, abbreviations: Collection[str], max_tokens: int = MAX_SENTENCE_TOKENS,
    *, ordinal_before: Collection[str] = (),
) -> list[bool]:
    """One flag per token: True where a sentence starts (never on a whitespace token).

    ``ordinal_before`` lists words after which "102." is an ordinal ("seine 102.
    Militärbasis"), not a number ending a sentence.
    """
    n = len(doc)
    starts = [False] * n
    expect = True  # the next non-space token starts a sentence
    length = 0
    last_soft = -1
    for i in range(n):
        tok = doc[i]
        if tok.is_space:
            if "\n" in tok.text:
                expect = True
            continue
        if expect or starts[i]:
            starts[i] = True
            expect = False
            length = 0
            last_soft = -1
        length += 1
        text = tok.text
        if text in _SOFT_BREAKS:
            last_soft = i
        if length >= max_tokens:
            cut = last_soft + 1 if last_soft > i - max_tokens // 2 else i + 1
            if cut <= i:
                starts[cut] = True
                length = i - cut + 1
            else:
                expect = True
            last_soft = -1
        if "\n" in tok.whitespace_:
            expect = True
        elif text in _TERMINALS or (len(text) > 1 and text[-1] in "!?" and not text[0].isalnum()):
            if text == "." and _split_ordinal(doc, i, ordinal_before):
                continue
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            if j < n and _may_start(doc, j, text):
                _mark_next(doc, starts, j)
        elif len(text) > 1 and text.endswith(".") and i + 1 < n:
            if _abbrev_ends_sentence(doc, i, abbreviations):
                _mark_next(doc, starts, i + 1)
    return starts


def _mark_next(doc: Doc, starts: list[bool], j: int) -> None:
    """Mark the first non-space token at or after ``j`` as a sentence start."""
    n = len(doc)
    while j < n and doc[j].is_space:
        j += 1
    if j < n:
        starts[j] = True


def _may_start(doc: Doc, j: int, terminal: str) -> bool:
    """Whether token ``j`` (after a terminal mark) can open a new sentence."""
    while j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j += 1
    if j >= len(doc):
        return False
    text = doc[j].text
    first = text[0]
    if terminal == ";":
        return False
    if first.isupper() or first.isdigit() or text in _OPENERS:
        return True
    return first in "#@*•·"


def _abbrev_ends_sentence(doc: Doc, i: int, abbreviations: Collection[str]) -> bool:
    """A token with a glued period ("2022.", "usw.") ends a sentence unless it is an
    abbreviation, an initial or an ordinal before a name, month or number."""
    text = doc[i].text
    low = text.lower()
    nxt = doc[i + 1]
    if not doc[i].whitespace_ and not nxt.is_space:
        return False
    if low in abbreviations or (len(text) == 2 and text[0].isalpha()):
        return False
    if text[:-1].isdigit():
        # "7. März", "31. Mitglied": an ordinal; a year with a stop is rare in German news
        return False
    if nxt.is_space:
        return "\n" not in nxt.text and _may_start(doc, i + 1, ".")
    return nxt.text[:1].isupper() or nxt.text in _OPENERS


def _split_ordinal(doc: Doc, i: int, ordinal_before: Collection[str]) -> bool:
    """A stop glued to a short number after an article or possessive ("seine 102.
    Militärbasis", "am 1. August"): an ordinal the tokenizer split off."""
    if i < 2 or not ordinal_before:
        return False
    num = doc[i - 1]
    return (num.text.isdigit() and len(num.text) <= 3 and not num.whitespace_
            and doc[i - 2].text.lower() in ordinal_before)
