"""kg.ingest: every input format, encodings, and the errors a user can run into."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import KNOWN_EXTENSIONS, read_inputs, sniff_format
from kg.records import Document

DE_TEXT = (
    "Bundeswehr verlegt Soldaten nach Litauen\n\n"
    "Die Bundesregierung hat beschlossen, eine Brigade dauerhaft in Litauen zu stationieren. "
    "Der Verteidigungsminister sagte, die Soldaten sollen bis zum Jahr 2027 einsatzbereit sein."
)
EN_TEXT = (
    "Finland joins the alliance\n\n"
    "Finland became a member of the North Atlantic Treaty Organization on Tuesday. "
    "The foreign minister handed over the documents at a ceremony in Brussels."
)
PAGE = """<!DOCTYPE html>
<html><head><title>Finland joins NATO | Example News</title>
<meta property="article:published_time" content="2023-04-04T12:00:00Z"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li>Subscribe to our newsletter</li></ul></nav>
<article><h1>Finland joins NATO</h1>
<p>Finland became the thirty-first member of the North Atlantic Treaty Organization on
Tuesday, doubling the length of the alliance's border with Russia.</p>
<p>The foreign minister handed the accession documents to the United States in Brussels,
where the flag of Finland was raised outside the headquarters.</p></article>
<footer><p>Copyright Example News. All rights reserved. Privacy policy. Cookie settings.</p>
</footer></body></html>
"""


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _read(*inputs: str | Path, lang: str | None = None) -> list[Document]:
    return list(read_inputs(list(inputs), lang=lang))


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "text", "lang"),
    [("de.txt", DE_TEXT, "de"), ("en.txt", EN_TEXT, "en"), ("notes.md", EN_TEXT, "en")],
)
def test_text_file_is_one_document_with_detected_language(
    tmp_path: Path, name: str, text: str, lang: str
) -> None:
    path = _write(tmp_path / name, text)
    (doc,) = _read(path)
    assert doc.text == text
    assert doc.lang == lang
    assert doc.source == str(path)
    assert doc.title == text.split("\n", 1)[0]


def test_lang_option_overrides_detection(tmp_path: Path) -> None:
    (doc,) = _read(_write(tmp_path / "a.txt", EN_TEXT), lang="de")
    assert doc.lang == "de"


def test_unsupported_lang_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unsupported language"):
        _read(_write(tmp_path / "a.txt", EN_TEXT), lang="fr")


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings_are_decoded(tmp_path: Path, encoding: str) -> None:
    text = "Außenministerin über Grüße aus Köln: Brücke zwischen Bündnispartnern."
    (doc,) = _read(_write(tmp_path / "old.txt", text.encode(encoding)))
    assert doc.text == text


def test_cp1252_quotes_are_decoded(tmp_path: Path) -> None:
    raw = "Er sagte: \u201eWir stehen zu unseren Verb\u00fcndeten\u201c.".encode("cp1252")
    (doc,) = _read(_write(tmp_path / "q.txt", raw))
    assert "\u201eWir" in doc.text


def test_utf8_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    (doc,) = _read(_write(tmp_path / "w.txt", "\ufeffTitle line\r\nBody text here.\r\n".encode()))
    assert doc.text == "Title line\nBody text here.\n"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        bytes(range(1, 32)) * 20,
    ],
    ids=["nul-bytes", "control-characters"],
)
def test_binary_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        _read(_write(tmp_path / "image.txt", content))


@pytest.mark.parametrize("content", [b"", b"  \n\n\t "], ids=["empty", "whitespace"])
def test_empty_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        _read(_write(tmp_path / "empty.txt", content))


def test_unknown_extension_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        _read(_write(tmp_path / "article.pdf", "text"))
    message = str(info.value)
    assert "'.pdf'" in message
    assert all(ext in message for ext in KNOWN_EXTENSIONS)


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        _read(tmp_path / "nowhere.txt")


def test_html_keeps_the_article_and_drops_boilerplate(tmp_path: Path) -> None:
    (doc,) = _read(_write(tmp_path / "page.html", PAGE))
    assert doc.title == "Finland joins NATO"
    assert "thirty-first member" in doc.text
    assert "accession documents" in doc.text
    for boilerplate in ("Subscribe", "Copyright", "Cookie", "Sport"):
        assert boilerplate not in doc.text
    assert doc.lang == "en"
    assert doc.date == "2023-04-04"


def test_html_without_article_text_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article text"):
        _read(_write(tmp_path / "blank.htm", "<html><body><nav></nav></body></html>"))


def test_jsonl_gives_one_document_per_line(tmp_path: Path) -> None:
    lines = [
        {"text": DE_TEXT, "title": "Litauen", "url": "https://example.org/a", "date": "2023-06-26"},
        {"text": EN_TEXT},
    ]
    path = _write(tmp_path / "news.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second = _read(path)
    assert (first.title, first.url, first.date, first.lang) == (
        "Litauen", "https://example.org/a", "2023-06-26", "de"
    )
    assert first.source == "https://example.org/a"
    assert second.lang == "en"
    assert second.source == f"{path}:2"


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"title": "no text"}', "text"),
        ('{"text": "  "}', "text"),
        ('{"text": "Some words.", "date": 2023}', "date"),
    ],
)
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, line: str, why: str) -> None:
    path = _write(tmp_path / "bad.jsonl", json.dumps({"text": EN_TEXT}) + "\n" + line + "\n")
    with pytest.raises(InputError, match=why) as info:
        _read(path)
    assert str(info.value).startswith(f"{path}:2:")


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", EN_TEXT)
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    _write(tmp_path / "sub" / "deeper" / "c.md", DE_TEXT + " Ende.")
    _write(tmp_path / "a.txt", DE_TEXT)
    _write(tmp_path / "notes.pdf", "ignored")
    _write(tmp_path / "image.png", b"\x89PNG\x00")
    docs = _read(tmp_path)
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == [
        "a.txt", "b.txt", "sub/deeper/c.md"
    ]


def test_directory_without_inputs_is_rejected(tmp_path: Path) -> None:
    _write(tmp_path / "notes.pdf", "ignored")
    with pytest.raises(InputError, match="no input files"):
        _read(tmp_path)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (EN_TEXT, "text"),
        (PAGE, "html"),
        ("  <html><body><p>x</p></body></html>", "html"),
        ('{"text": "a"}\n\n{"text": "b"}\n', "jsonl"),
        ('{"text": "a"}\nplain line\n', "text"),
        ("{ not json at all }", "text"),
    ],
)
def test_sniff_format(data: str, kind: str) -> None:
    assert sniff_format(data) == kind


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, DE_TEXT.encode("latin-1"))
    (doc,) = _read("-")
    assert doc.source == "<stdin>"
    assert doc.text == DE_TEXT
    assert doc.lang == "de"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"text": EN_TEXT}), json.dumps({"text": DE_TEXT})]
    _stdin(monkeypatch, "\n".join(lines).encode())
    docs = _read("-")
    assert [d.lang for d in docs] == ["en", "de"]
    assert [d.source for d in docs] == ["<stdin>:1", "<stdin>:2"]


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, PAGE.encode())
    (doc,) = _read("-")
    assert doc.title == "Finland joins NATO"
    assert "Cookie" not in doc.text


def test_empty_stdin_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"")
    with pytest.raises(InputError, match="<stdin>: empty"):
        _read("-")


def test_same_text_gives_same_document_hash(tmp_path: Path) -> None:
    a = _read(_write(tmp_path / "a.txt", EN_TEXT))[0]
    b = _read(_write(tmp_path / "b.txt", EN_TEXT))[0]
    assert a.sha256 == b.sha256
    assert a.source != b.source
