"""Reading articles (files, front matter, folders, JSON Lines, stdin, encodings) and atomic writes."""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.io import article_id, atomic_write, read_articles

BODY = "The finance minister met bank executives on Monday."


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def read_one(path: Path, **kwargs):
    articles = list(read_articles(path, **kwargs))
    assert len(articles) == 1
    return articles[0]


def error_of(path, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        list(read_articles(path, **kwargs))
    return caught.value


# --- front matter -----------------------------------------------------------------------------


def test_front_matter_fields_are_read_and_body_is_the_rest(tmp_path):
    path = write(
        tmp_path / "a.txt",
        "title: Minister meets bankers\nsource: Example Wire\nurl: https://example.com/news/minister-meets\n"
        f"published: 2024-05-02\n---\n{BODY}\n",
    )
    article = read_one(path)
    assert article.title == "Minister meets bankers"
    assert article.source == "Example Wire"
    assert article.url == "https://example.com/news/minister-meets"
    assert article.published == date(2024, 5, 2)
    assert article.text == BODY
    assert article.path == str(path)


def test_front_matter_keys_are_case_insensitive_and_may_open_with_dashes(tmp_path):
    path = write(tmp_path / "a.md", f"---\nTitle: Budget day\nPublished: 2023-11-30\n---\n{BODY}")
    article = read_one(path)
    assert (article.title, article.published, article.text) == ("Budget day", date(2023, 11, 30), BODY)


def test_iso_datetime_keeps_its_date(tmp_path):
    article = read_one(write(tmp_path / "a.txt", f"published: 2024-02-29T08:15:00Z\n---\n{BODY}"))
    assert article.published == date(2024, 2, 29)


def test_text_that_only_looks_like_a_header_is_body(tmp_path):
    text = "WASHINGTON: The central bank held rates.\nAnalysts expected the move."
    article = read_one(write(tmp_path / "a.txt", text))
    assert article.text == text
    assert article.title == "a.txt"  # no front matter, no headline: the file name


def test_a_dash_line_after_ordinary_prose_is_not_front_matter(tmp_path):
    text = "The regulator fined the bank.\n---\nMore text follows."
    assert read_one(write(tmp_path / "a.txt", text)).text == text


def test_unknown_front_matter_key_is_an_error_naming_the_key_and_line(tmp_path):
    error = error_of(write(tmp_path / "a.txt", f"title: T\npubished: 2024-01-01\n---\n{BODY}"))
    assert error.line == 2
    assert "pubished" in error.message and "published" in error.message
    assert str(error).startswith(str(tmp_path / "a.txt") + ":2: ")


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "02/03/2024", "2024-02-30"])
def test_invalid_published_date_is_an_error(tmp_path, value):
    error = error_of(write(tmp_path / "a.txt", f"published: {value}\n---\n{BODY}"))
    assert error.line == 1
    assert "YYYY-MM-DD" in error.message


def test_unclosed_front_matter_is_an_error(tmp_path):
    error = error_of(write(tmp_path / "a.txt", f"---\ntitle: T\n{BODY}"))
    assert "not closed" in error.message


def test_front_matter_without_body_is_an_error(tmp_path):
    assert "no article text" in error_of(write(tmp_path / "a.txt", "title: T\n---\n\n")).message


# --- article ids ----------------------------------------------------------------------------------


def test_id_is_a_hash_of_the_text_without_url():
    assert article_id(BODY) == article_id(BODY)
    assert article_id(BODY) != article_id(BODY + " Shares fell.")
    assert len(article_id(BODY)) == 16 and all(c in "0123456789abcdef" for c in article_id(BODY))


def test_id_is_a_slug_of_the_url_when_there_is_one():
    assert article_id(BODY, "https://www.example.com/2024/05/Minister_Meets?x=1") == "example-com-2024-05-minister-meets-x-1"
    assert article_id("other text", "https://example.com/a") == article_id(BODY, "https://example.com/a")


def test_long_or_non_ascii_urls_keep_distinct_ids():
    base = "https://example.com/" + "very-long-path-" * 10
    first, second = article_id(BODY, base + "one"), article_id(BODY, base + "two")
    assert first != second and len(first) <= 90
    assert article_id(BODY, "https://example.com/é") != article_id(BODY, "https://example.com/e")


def test_same_file_read_twice_gives_the_same_id(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    assert read_one(path).id == read_one(path).id == article_id(BODY)


# --- encodings and bad files -------------------------------------------------------------------


def test_utf8_with_bom_and_crlf_newlines(tmp_path):
    path = write(tmp_path / "a.txt", codecs.BOM_UTF8 + "title: T\r\n---\r\nLine one.\r\nLine two.".encode())
    article = read_one(path)
    assert article.title == "T" and article.text == "Line one.\nLine two."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path, encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    path = write(tmp_path / "a.txt", bom + f"title: Zürich talks\n---\n{BODY}".encode(encoding))
    article = read_one(path)
    assert article.title == "Zürich talks" and article.text == BODY


def test_latin1_is_an_error_that_says_how_to_convert(tmp_path):
    path = write(tmp_path / "a.txt", "Line one.\nThe Banco de España fined the lender.".encode("latin-1"))
    error = error_of(path)
    assert error.line == 2
    assert "not UTF-8" in error.message and "iconv" in error.message


def test_binary_file_is_an_error(tmp_path):
    assert "binary" in error_of(write(tmp_path / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")).message


def test_empty_and_whitespace_files_are_errors(tmp_path):
    assert "empty" in error_of(write(tmp_path / "a.txt", b"")).message
    assert "empty" in error_of(write(tmp_path / "b.txt", b"  \n\n ")).message


def test_missing_file_is_an_error_naming_it(tmp_path):
    error = error_of(tmp_path / "nope.txt")
    assert error.path == str(tmp_path / "nope.txt") and "no such file" in error.message


def test_article_over_the_size_limit_is_an_error(tmp_path):
    path = write(tmp_path / "a.txt", BODY * 10)
    assert read_one(path, max_bytes=len(BODY) * 10).text == BODY * 10
    error = error_of(path, max_bytes=100)
    assert "limit" in error.message and "--max-bytes" in error.message


# --- folders ----------------------------------------------------------------------------------


def test_folder_reads_txt_and_md_recursively_sorted_skipping_others(tmp_path):
    write(tmp_path / "b.txt", "Second article.")
    write(tmp_path / "a.md", "First article.")
    write(tmp_path / "sub" / "c.txt", "Third article.")
    write(tmp_path / "notes.json", "{}")
    write(tmp_path / ".hidden" / "d.txt", "Hidden article.")
    write(tmp_path / ".e.txt", "Hidden file.")
    texts = [a.text for a in read_articles(tmp_path)]
    assert texts == ["First article.", "Second article.", "Third article."]


def test_folder_with_bad_articles_yields_the_good_and_reports_each_bad(tmp_path):
    write(tmp_path / "1.txt", "Good one.")
    write(tmp_path / "2.txt", b"")
    write(tmp_path / "3.txt", b"\x00\x01binary")
    write(tmp_path / "4.txt", "Good two.")
    errors: list[InputError] = []
    texts = [a.text for a in read_articles(tmp_path, on_error=errors.append)]
    assert texts == ["Good one.", "Good two."]
    assert [Path(e.path).name for e in errors] == ["2.txt", "3.txt"]


def test_strict_stops_at_the_first_bad_article(tmp_path):
    write(tmp_path / "1.txt", "Good one.")
    write(tmp_path / "2.txt", b"")
    write(tmp_path / "3.txt", "Good two.")
    seen = []
    with pytest.raises(InputError) as caught:
        for article in read_articles(tmp_path, strict=True, on_error=lambda e: None):
            seen.append(article.text)
    assert seen == ["Good one."] and caught.value.path.endswith("2.txt")


def test_without_callback_the_first_error_is_raised(tmp_path):
    write(tmp_path / "1.txt", b"")
    with pytest.raises(InputError):
        list(read_articles(tmp_path))


def test_missing_input_among_several_is_reported_and_the_rest_read(tmp_path):
    good = write(tmp_path / "a.txt", BODY)
    errors = []
    articles = list(read_articles([tmp_path / "missing.txt", good], on_error=errors.append))
    assert [a.text for a in articles] == [BODY] and len(errors) == 1


def test_empty_folder_is_an_error(tmp_path):
    assert "no *.txt, *.md, *.html, *.jsonl" in error_of(tmp_path).message


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_records_with_metadata(tmp_path):
    lines = [
        {"text": "First report.", "title": "One", "url": "https://example.org/one", "published": "2024-01-05"},
        {"text": "Second report.", "source": "Wire", "extra": 1},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n\n")
    first, second = read_articles(path)
    assert (first.title, first.id, first.published) == ("One", "example-org-one", date(2024, 1, 5))
    assert (second.text, second.source, second.id) == ("Second report.", "Wire", article_id("Second report."))


def test_jsonl_bad_lines_are_reported_with_their_line_numbers(tmp_path):
    content = "\n".join([
        json.dumps({"text": "Good one."}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a list"]),
        json.dumps({"text": "Bad date.", "published": "May 5"}),
        json.dumps({"text": "Good two."}),
    ])
    errors: list[InputError] = []
    texts = [a.text for a in read_articles(write(tmp_path / "a.jsonl", content), on_error=errors.append)]
    assert texts == ["Good one.", "Good two."]
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert "not valid JSON" in errors[0].message and '"text"' in errors[1].message


def test_empty_jsonl_is_an_error(tmp_path):
    assert "empty" in error_of(write(tmp_path / "a.jsonl", b"")).message


def test_jsonl_text_over_the_limit_is_reported(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "short"}))
    errors = []
    assert [a.text for a in read_articles(path, max_bytes=100, on_error=errors.append)] == ["short"]
    assert errors[0].line == 1 and "limit" in errors[0].message


# --- stdin ------------------------------------------------------------------------------------


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_article_with_front_matter(monkeypatch):
    fake_stdin(monkeypatch, f"title: Piped\n---\n{BODY}".encode())
    article = read_one("-")
    assert (article.title, article.text, article.path) == ("Piped", BODY, "<stdin>")


def test_stdin_jsonl(monkeypatch):
    fake_stdin(monkeypatch, (json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."})).encode())
    assert [a.text for a in read_articles("-")] == ["One.", "Two."]


def test_empty_stdin_is_an_error(monkeypatch):
    fake_stdin(monkeypatch, b"")
    assert error_of("-").path == "<stdin>"


# --- atomic writes ----------------------------------------------------------------------------


def test_atomic_write_creates_parents_and_writes_text_or_bytes(tmp_path):
    target = tmp_path / "deep" / "er" / "out.ttl"
    atomic_write(target, "héllo")
    assert target.read_bytes() == "héllo".encode()
    atomic_write(target, b"\x00bytes")
    assert target.read_bytes() == b"\x00bytes"
    assert os.listdir(target.parent) == ["out.ttl"]


def test_atomic_write_failure_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = write(tmp_path / "out.ttl", "old content")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(InputError) as caught:
        atomic_write(target, "new content")
    assert "No space left" in caught.value.message
    assert target.read_text() == "old content"
    assert os.listdir(tmp_path) == ["out.ttl"]


def test_atomic_write_interrupted_leaves_the_old_file(tmp_path, monkeypatch):
    target = write(tmp_path / "out.ttl", "old content")

    def interrupted_fsync(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted_fsync)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new content")
    assert target.read_text() == "old content"
    assert os.listdir(tmp_path) == ["out.ttl"]


def test_atomic_write_to_a_folder_is_an_error(tmp_path):
    with pytest.raises(InputError):
        atomic_write(tmp_path, "data")


def test_atomic_write_into_a_device_writes_through_and_keeps_the_device(tmp_path):
    import stat

    from kg.io import atomic_write

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    atomic_write(fifo, b"graph data")
    reader.join(timeout=10)
    assert received == [b"graph data"]
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the FIFO must not be replaced by a plain file"
