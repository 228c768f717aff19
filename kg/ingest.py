"""Read articles from files, directories and stdin into ``Document`` records.

Formats: plain text (``.txt``, ``.md``), HTML (``.html``, ``.htm``; the main text is
extracted, page boilerplate dropped) and JSONL (``.jsonl``: one article per line with
``text`` and optional ``title``, ``url``, ``date``, ``lang``). ``"-"`` reads stdin and
sniffs which of the three it is. The language of each document is detected among
``SUPPORTED_LANGUAGES`` unless the caller fixes it.
"""

from __future__ import annotations

import json
import logging
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.records import Document

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en")
TEXT_EXTENSIONS = (".txt", ".md")
HTML_EXTENSIONS = (".html", ".htm")
JSONL_EXTENSIONS = (".jsonl",)
KNOWN_EXTENSIONS: tuple[str, ...] = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS
STDIN_SOURCE = "<stdin>"

# Share of non-text characters above which a decoded file counts as binary.
_MAX_CONTROL_SHARE = 0.02
# Language identification reads at most this many characters of a document.
_LANGID_CHARS = 4000
_MAX_TITLE_CHARS = 200


def read_inputs(
    inputs: Sequence[str | Path], *, lang: str | None = None
) -> Iterator[Document]:
    """Yield one ``Document`` per article in ``inputs`` (files, directories or ``"-"``).

    Raises ``InputError`` for a missing, empty, binary or unknown-format input.
    """
    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise InputError(
            f"unsupported language {lang!r} (supported: {', '.join(SUPPORTED_LANGUAGES)})"
        )
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(lang)
            continue
        for path in _expand(item):
            yield from _read_file(path, lang)


def detect_language(text: str) -> str:
    """The most likely of ``SUPPORTED_LANGUAGES`` for ``text`` (py3langid, restricted)."""
    label, _score = _identifier().classify(text[:_LANGID_CHARS])
    return str(label)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid classifier limited to our languages, loaded once on first use."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def _expand(item: str | Path) -> list[Path]:
    """The files an input names: itself, or every known file under a directory (sorted)."""
    path = Path(item)
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_EXTENSIONS
        )
        if not files:
            raise InputError(f"{item}: no input files ({_known()}) in directory")
        return files
    if not path.exists():
        raise InputError(f"{item}: no such file or directory")
    if path.suffix.lower() not in KNOWN_EXTENSIONS:
        kind = path.suffix or "(none)"
        raise InputError(f"{item}: unknown file type {kind!r} (known: {_known()})")
    return [path]


def _known() -> str:
    return ", ".join(KNOWN_EXTENSIONS)


def _read_file(path: Path, lang: str | None) -> Iterator[Document]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    text = _decode(data, source)
    suffix = path.suffix.lower()
    if suffix in JSONL_EXTENSIONS:
        yield from _parse_jsonl(text, source, lang)
    elif suffix in HTML_EXTENSIONS:
        yield _parse_html(text, source, lang)
    else:
        yield _make_document(text, source, lang)


def _read_stdin(lang: str | None) -> Iterator[Document]:
    """Read stdin once and parse it as JSONL, HTML or text, whichever it looks like."""
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    text = _decode(data, STDIN_SOURCE)
    kind = sniff_format(text)
    if kind == "jsonl":
        yield from _parse_jsonl(text, STDIN_SOURCE, lang)
    elif kind == "html":
        yield _parse_html(text, STDIN_SOURCE, lang)
    else:
        yield _make_document(text, STDIN_SOURCE, lang)


def sniff_format(text: str) -> str:
    """``"jsonl"`` if every non-empty line is a JSON object, ``"html"`` if it opens like
    a page, else ``"text"``."""
    head = text.lstrip().lower()
    if head.startswith(("<!doctype", "<html")):
        return "html"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(_is_json_object(line) for line in lines):
        return "jsonl"
    return "text"


def _is_json_object(line: str) -> bool:
    stripped = line.strip()
    if not stripped.startswith("{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except ValueError:
        return False


def _decode(data: bytes, source: str) -> str:
    """UTF-8 text, else Windows-1252/Latin-1 text; binary data is an ``InputError``."""
    if not data.strip():
        raise InputError(f"{source}: empty input")
    if b"\x00" in data:
        raise InputError(f"{source}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(f"{source}: binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(text: str) -> float:
    """Share of characters that no text file holds (control and unassigned code points)."""
    bad = sum(
        1
        for ch in text
        if ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
    )
    return bad / len(text)


def _make_document(
    text: str,
    source: str,
    lang: str | None,
    *,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
) -> Document:
    """A ``Document`` for ``text``; a text without a given title takes its first line."""
    if not text.strip():
        raise InputError(f"{source}: empty text")
    if title is None:
        first = text.strip().split("\n", 1)[0].strip()
        title = first if 0 < len(first) <= _MAX_TITLE_CHARS else None
    return Document(
        text=text,
        lang=lang or detect_language(text),
        source=source,
        title=title,
        date=date,
        url=url,
    )


def _parse_html(html: str, source: str, lang: str | None) -> Document:
    """The main text and title of a web page, boilerplate (navigation, footer) dropped."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    meta = _page_fields(trafilatura, html)
    if not (meta.get("text") or "").strip():
        meta = _page_fields(trafilatura, html, favor_recall=True)
    text = meta.get("text") or ""
    if not text.strip():
        raise InputError(f"{source}: no article text found in HTML")
    title = meta.get("title") or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return _make_document(
        text, source, lang, title=title, date=meta.get("date") or None, url=meta.get("url") or None
    )


def _page_fields(trafilatura: Any, html: str, **extra: Any) -> dict[str, Any]:
    """Trafilatura's text and metadata of a page as a dict (empty when it finds nothing)."""
    # Dates only from page metadata: a guessed date ("(c) 2023" in a footer) is worse than none.
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
        **extra,
    )
    return dict(found.as_dict()) if found is not None else {}


def _parse_jsonl(text: str, source: str, lang: str | None) -> Iterator[Document]:
    """One document per non-empty line; a line that is not an article is an error."""
    found = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object with a \"text\" field")
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            raise InputError(f"{where}: missing or empty \"text\" field")
        fields = {k: record.get(k) for k in ("title", "url", "date", "lang")}
        for key, value in fields.items():
            if value is not None and not isinstance(value, str):
                raise InputError(f"{where}: field {key!r} must be a string")
        doc_lang = lang or fields["lang"]
        if doc_lang is not None and doc_lang not in SUPPORTED_LANGUAGES:
            raise InputError(f"{where}: unsupported language {doc_lang!r}")
        found = True
        yield _make_document(
            body.replace("\r\n", "\n"),
            fields["url"] or where,
            doc_lang,
            title=fields["title"],
            date=fields["date"],
            url=fields["url"],
        )
    if not found:
        raise InputError(f"{source}: no articles in JSONL input")
