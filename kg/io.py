"""Reading articles (file, folder, JSON Lines, stdin) and writing output files atomically.

Input formats (`read_articles`):

- A plain-text or Markdown article, optionally headed by front matter: `key: value` lines ended
  by a line `---` (an opening `---` line is allowed too). Keys: `title`, `source`, `url`,
  `published` (an ISO date, `2025-02-18`; an ISO date-time keeps its date). Keys are
  case-insensitive. An unknown key is an error, not a warning: front matter is written by hand,
  and a typo such as `pubished:` would otherwise silently drop the date every relative date in
  the article is resolved against. Lines that do not look like front matter are the body.
- A folder: every `*.txt`, `*.md`, `*.html` and `*.jsonl` below it (recursively), sorted by path,
  or the files matching `glob` patterns instead. Dot files and folders and the files a folder of
  articles usually carries beside them (README, SOURCES*, LICENSE, CHANGELOG) are skipped, each
  with a one-line note through `on_note`; name such a file directly to read it.
- A web page (`https://...`), a saved page (`*.html`) or an RSS/Atom feed (URL or `*.rss`,
  `*.atom`, `*.xml` file): read by kg.web (trafilatura, feedparser).
- JSON Lines (`*.jsonl`, or gzipped `*.jsonl.gz`, both read as a stream): one object per line
  with `text` and optional `title`, `source`, `url`, `published`. Other keys are ignored
  (machine-made records often carry extra metadata). Blank lines are skipped.
- `-`: standard input, one article with optional front matter, or JSON Lines when its first
  line is a JSON object.

Every article gets a human name (`article_names`): its title is the front matter's, else its
first line when that reads as a headline, else the file name; its source is the front matter's,
else the web site's name, else the name of the folder the file is in.

Encodings: UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded. Anything else
(Latin-1, Windows-1252, UTF-16 without a BOM) is an error that says how to convert the file:
guessing an 8-bit encoding would silently corrupt names, and names become entity IRIs.

Text hygiene: every article's text and metadata pass through `clean_text` (control and
invisible characters removed, odd spaces and separators normalised, typographic apostrophes
inside words made straight) before anything parses
them; `Article.text` is the cleaned text and all offsets point into it.

Errors: every problem is an `InputError` naming the file (and line) and what to do. For a folder
or JSON Lines file the bad articles are reported one by one through `on_error` and the good ones
are still yielded; `strict=True` (or no `on_error`) raises at the first bad one instead.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import json
import os
import re
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, UsageError
from kg.models import Article

if TYPE_CHECKING:
    from kg.web import FetchOptions

DEFAULT_MAX_BYTES = 5_000_000
"""Largest article accepted by default (5 MB of text is far beyond any news article)."""

FRONT_MATTER_KEYS = ("title", "source", "url", "published")
ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
FOLDER_PATTERNS = ("*.txt", "*.md", "*.html", "*.jsonl")  # a folder's articles unless `glob` says otherwise
# Name prefixes (any case) of files that sit beside articles in a folder but are not articles.
NOT_ARTICLES = ("README", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG")

_FRONT_MATTER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*?)\s*$")
_FRONT_MATTER_END = "---"
_MAX_FRONT_MATTER_LINES = 40  # front matter is a short header; a longer run of "x: y" lines is body

ErrorCallback = Callable[[InputError], None]
NoteCallback = Callable[[str], None]


# --------------------------------------------------------------------------------------------
# Article ids


def article_id(text: str, url: str | None = None) -> str:
    """The stable id of an article: a slug of its URL when it has one, else sha1(text)[:16].

    The id names the article's IRI and named graph, so re-ingesting the same article (same URL,
    or same text without a URL) replaces its own graph instead of adding a second copy.
    """
    if url and url.strip():
        return _url_slug(url.strip())
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _url_slug(url: str, limit: int = 80) -> str:
    without_scheme = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", url)
    without_scheme = re.sub(r"^www\.", "", without_scheme, flags=re.IGNORECASE)
    folded = unicodedata.normalize("NFKD", without_scheme).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    lossy = len(slug) > limit or not slug or folded != without_scheme
    slug = slug[:limit].rstrip("-")
    if lossy:
        # Two URLs that differ only in what was cut or folded away must not share an id.
        digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else digest
    return slug


# --------------------------------------------------------------------------------------------
# Text hygiene

# Line and page breaks written as control characters or Unicode separators become newlines.
_BREAKS = {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n", "\x85": "\n",
           "\u2028": "\n", "\u2029": "\n\n"}
# Invisible characters: zero-width space, joiners, direction marks and overrides, word joiner,
# invisible operators, a byte-order mark inside the text, soft hyphen, Mongolian vowel separator.
_INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_UNWANTED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + _INVISIBLE + "]"
)
_TYPOGRAPHIC_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)")
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def clean_text(text: str) -> str:
    """`text` without control or invisible characters, as it goes to spaCy and into the graph.

    Tab and newline stay. Vertical tab, form feed, the information separators, NEL and the
    Unicode line and paragraph separators become line breaks; no-break and other typographic
    spaces become a plain space; every other control character (C0, DEL, C1) and invisible
    format character (zero-width space and joiners, word joiner, direction marks and
    overrides, soft hyphen, a BOM inside the text) is removed, except that a zero-width space
    between a lower-case and an upper-case letter ("Pony\u200bMa") becomes a space, the word
    break it stood for. Names in the graph are then what a reader sees ("Jack Ma", not
    "Jack Ma\\b"), and no label can carry a terminal escape sequence.

    A typographic apostrophe inside a word ("Okafor\u2019s", "it\u2019s", "O\u2019Neill") becomes
    the typewriter one. The statistical tagger learned names from text with straight
    apostrophes: given "Okafor\u2019s Union for Renewal" it reads one organisation named
    "Okafor\u2019s Union for Renewal", given "Okafor's" it reads the owner and the union apart.
    The character count is unchanged. Closing single quotation marks (a \u2019 not followed by
    a letter) stay as written.
    """
    if _UNWANTED.search(text) is not None:
        text = _UNWANTED.sub(_replacement, text)
    return _TYPOGRAPHIC_APOSTROPHE.sub("'", _ODD_SPACES.sub(" ", text))


def printable(text: str) -> str:
    """`text` safe to print on a terminal: every control or invisible character but newline and
    tab is shown as a `\\uXXXX` escape (ESC as `\\u001b`), so a label cannot move the cursor,
    set the window title or reverse the text around it. The escape is also valid inside JSON,
    Turtle and N-Triples strings, so formatted results stay parseable."""
    return _UNWANTED.sub(_escaped, text)


def _escaped(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def _replacement(match: re.Match) -> str:
    char = match.group()
    if char in _BREAKS:
        return _BREAKS[char]
    if char == "\u200b":
        text, at = match.string, match.start()
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if before.islower() and after.isupper():
            return " "
    return ""


# --------------------------------------------------------------------------------------------
# Decoding and front matter


def decode_text(data: bytes, path: str) -> str:
    """Bytes of a text file -> str, or an InputError saying how to fix the file.

    UTF-8 (BOM optional) and UTF-16 with a BOM are accepted; NUL bytes outside UTF-16 mean a
    binary file. Newlines are normalised to `\\n` so offsets do not depend on the platform.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                "starts with a UTF-16 byte-order mark but is not valid UTF-16; save it as UTF-8", path=path
            ) from None
    else:
        if b"\x00" in data:
            raise InputError("is a binary file (it contains NUL bytes); give a UTF-8 text file", path=path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise InputError(
                "is not UTF-8 (perhaps Latin-1 or Windows-1252); convert it, e.g. "
                "`iconv -f latin1 -t utf-8 FILE > FILE.utf8`",
                path=path,
                line=line,
            ) from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError("contains NUL characters; give a plain text file", path=path)
    return text


def parse_published(value: str, path: str | None = None, line: int | None = None) -> date:
    """An ISO date (`2025-02-18`) or date-time (its date); anything else is an InputError."""
    value = value.strip().strip("\"'")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]", value):
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    raise InputError(
        f"published {value!r} is not an ISO date; write it as YYYY-MM-DD, e.g. published: 2025-02-18",
        path=path,
        line=line,
    )


def split_front_matter(text: str, path: str | None = None) -> tuple[dict[str, tuple[str, int]], str, int]:
    """Split `text` into (front matter {key: (value, line)}, body, line number the body starts at).

    Text is front matter only when its first lines are all `key: value` lines (after an optional
    opening `---`) and a `---` line ends them; otherwise the whole text is the body, so an
    article that merely starts with "WASHINGTON: ..." is not mistaken for a header.
    """
    lines = text.split("\n")
    start = 0
    if lines and lines[0].strip() == _FRONT_MATTER_END:
        start = 1
    fields: dict[str, tuple[str, int]] = {}
    for index in range(start, min(len(lines), start + _MAX_FRONT_MATTER_LINES + 1)):
        line = lines[index]
        if line.strip() == _FRONT_MATTER_END:
            if not fields and start == 0:
                return {}, text, 1
            body = "\n".join(lines[index + 1 :])
            return fields, body, index + 2
        if not line.strip():
            continue
        match = _FRONT_MATTER_LINE.match(line)
        if not match:
            break
        key = match.group(1).lower()
        if key in fields:
            raise InputError(f"front matter repeats the key {key!r}; keep one", path=path, line=index + 1)
        fields[key] = (match.group(2), index + 1)
    if start == 1:
        raise InputError(
            "front matter opened with '---' is not closed; end it with a '---' line", path=path, line=1
        )
    return {}, text, 1


def article_from_text(text: str, path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """An Article from the decoded text of one file (front matter + body)."""
    fields, body, _ = split_front_matter(text, path)
    return article_from_fields(body, fields, path, max_bytes=max_bytes)


def article_from_fields(body: str, fields: dict[str, tuple[str, int]], path: str, *, defaults: dict | None = None,
                        max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """An Article from its text and front matter (as `split_front_matter` gives it).

    `defaults` (title, source, url, published: what a web page says about itself) fill in
    what the front matter leaves out.
    """
    meta: dict[str, object] = dict(defaults or {})
    for key, (value, line) in fields.items():
        if key not in FRONT_MATTER_KEYS:
            raise InputError(
                f"unknown front matter key {key!r}; use only {', '.join(FRONT_MATTER_KEYS)}",
                path=path,
                line=line,
            )
        if key == "published":
            meta[key] = (parse_published(value, path, line) if value else None) or meta.get(key)
        else:
            meta[key] = value or meta.get(key)
    return _make_article(body, meta, path, max_bytes=max_bytes)


def _make_article(body: str, meta: dict, path: str, *, line: int | None = None, max_bytes: int) -> Article:
    # Offsets in the graph (evidence, mentions) are offsets into this cleaned text, which is
    # the text kept as Article.text; see docs/DESIGN.md.
    text = clean_text(body).strip()
    meta = {key: clean_text(value).strip() or None if isinstance(value, str) else value for key, value in meta.items()}
    if not text:
        what = "has front matter but no article text" if meta else "is empty"
        raise InputError(f"{what}; give the article text", path=path, line=line)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InputError(
            f"article is {size:,} bytes, over the {max_bytes:,}-byte limit; split it or raise --max-bytes",
            path=path,
            line=line,
        )
    url = meta.get("url")
    return article_names(Article(
        id=article_id(text, url),
        text=text,
        title=meta.get("title"),
        source=meta.get("source"),
        url=url,
        published=meta.get("published"),
        path=path,
    ), line=line)


# --------------------------------------------------------------------------------------------
# Article names

_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 24
_CLOSING_QUOTES = "\"'\u201d\u2019)"


def headline(text: str) -> str | None:
    """The article's first line when it reads as a headline, else None.

    A headline is a short line (at most 24 words) followed by more text, starting with a capital,
    a digit or a quote, and not ending like a sentence (`.`, `,`, `;`, `:`); a Markdown `#` is
    dropped. A byline ("By ...") or a one-line article is not a headline.
    """
    first, _, rest = text.strip().partition("\n")
    line = " ".join(first.strip().lstrip("#").split())
    if not rest.strip() or not line or len(line) > _HEADLINE_MAX_CHARS:
        return None
    words = line.split()
    if len(words) < 2 or len(words) > _HEADLINE_MAX_WORDS or words[0].lower() == "by":
        return None
    if line.rstrip(_CLOSING_QUOTES)[-1:] in ("", ".", ",", ";", ":"):
        return None
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'\u201c\u2018"):
        return None
    return line


def article_names(article: Article, line: int | None = None) -> Article:
    """Fill in the title, source and file name an article read from `article.path` lacks.

    Title: the front matter's, else the headline (`headline`), else the file name (with
    `line N` for a JSON Lines record). Source: the front matter's, else the name of the folder
    the file is in. Standard input gets a headline title only; web pages are named by kg.web.
    """
    path = article.path
    local = bool(path) and path != "<stdin>" and "://" not in path
    if local and article.file_name is None:
        article.file_name = Path(path).name
    if not article.title:
        article.title = headline(article.text)
    if not article.title and local:
        article.title = f"{Path(path).name} line {line}" if line is not None else Path(path).name
    if not article.source and local:
        article.source = Path(path).resolve().parent.name or None
    return article


# --------------------------------------------------------------------------------------------
# JSON Lines


def _article_from_record(record: object, path: str, line: int, max_bytes: int) -> Article:
    if not isinstance(record, dict):
        raise InputError("is not a JSON object; write one {\"text\": ...} object per line", path=path, line=line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("has no \"text\" string; every line needs the article text", path=path, line=line)
    meta: dict[str, object] = {}
    for key in ("title", "source", "url"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"\"{key}\" must be a string", path=path, line=line)
        meta[key] = value or None
    published = record.get("published")
    if published is not None and published != "":
        if not isinstance(published, str):
            raise InputError("\"published\" must be an ISO date string (YYYY-MM-DD)", path=path, line=line)
        meta["published"] = parse_published(published, path, line)
    if "\x00" in text:
        raise InputError("\"text\" contains NUL characters; give plain text", path=path, line=line)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _make_article(text, meta, path, line=line, max_bytes=max_bytes)


def _read_jsonl_lines(lines: Iterable[bytes], path: str, max_bytes: int, report: ErrorCallback) -> Iterator[Article]:
    for number, raw in enumerate(lines, start=1):
        try:
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            if len(raw) > max_bytes * 6 + 1024:  # a JSON escape is at most 6 bytes a character; text is checked exactly below
                raise InputError(
                    f"line is {len(raw):,} bytes, over the {max_bytes:,}-byte article limit; "
                    "split it or raise --max-bytes",
                    path=path,
                    line=number,
                )
            try:
                line_text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(
                    "is not UTF-8; convert the file, e.g. `iconv -f latin1 -t utf-8`", path=path, line=number
                ) from None
            line_text = line_text.rstrip("\r\n")  # so an error at the end is not "line 2, column 1"
            try:
                record = json.loads(line_text)
            except json.JSONDecodeError as error:
                where = f"column {error.pos + 1}"
                if error.pos >= len(line_text.rstrip()):
                    where += ", the end of the line: is a closing } or \" missing?"
                raise InputError(
                    f"is not valid JSON ({error.msg} at {where}); write one JSON object per line",
                    path=path,
                    line=number,
                ) from None
            yield _article_from_record(record, path, number, max_bytes)
        except InputError as error:
            report(error)


def _read_jsonl_file(file: Path, path: str, max_bytes: int, report: ErrorCallback) -> Iterator[Article]:
    import gzip
    import zlib

    try:
        handle = gzip.open(file, "rb") if path.lower().endswith(".gz") else open(file, "rb")
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror}); check the path and permissions", path=path) from None
    try:
        yield from _read_jsonl_handle(handle, path, max_bytes, report)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise InputError(f"is not a complete gzip file ({error}); check the download", path=path) from None


def _read_jsonl_handle(handle, path: str, max_bytes: int, report: ErrorCallback) -> Iterator[Article]:
    with handle:
        if handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            raise InputError("is UTF-16; JSON Lines must be UTF-8 (convert it with iconv)", path=path)
        handle.seek(0)
        seen_content = False

        def lines() -> Iterator[bytes]:
            nonlocal seen_content
            for raw in handle:
                if raw.strip():
                    seen_content = True
                yield raw

        yield from _read_jsonl_lines(lines(), path, max_bytes, report)
        if not seen_content:
            raise InputError("is empty; give one JSON object per line", path=path)


# --------------------------------------------------------------------------------------------
# Files and folders


def _read_text_file(file: Path, path: str, max_bytes: int) -> Article:
    try:
        size = file.stat().st_size
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror}); check the path and permissions", path=path) from None
    if size == 0:
        raise InputError("is empty; give the article text", path=path)
    # Front matter and a BOM add a little; four times the limit leaves room for UTF-16 text.
    if size > max_bytes * 4 + 65536:
        raise InputError(
            f"is {size:,} bytes, over the {max_bytes:,}-byte article limit; split it or raise --max-bytes",
            path=path,
        )
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror}); check the path and permissions", path=path) from None
    return article_from_text(decode_text(data, path), path, max_bytes=max_bytes)


def _glob_match(relative: str, patterns: Iterable[str]) -> bool:
    # A pattern with a `/` is matched against the path below the folder, else against the name.
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(relative if "/" in pattern else name, pattern) for pattern in patterns)


def folder_files(folder: Path, glob: Iterable[str] | None = None, on_note: NoteCallback | None = None) -> list[Path]:
    """The article files below `folder`, sorted by path (see the module docstring).

    `glob` patterns (`*.txt`, `2024/*.md`; case-insensitive) replace FOLDER_PATTERNS. Skipped
    dot entries and README/SOURCES/LICENSE/CHANGELOG files are reported through `on_note`.
    """
    patterns = [p.lower() for p in (glob or FOLDER_PATTERNS)]
    note = on_note or (lambda message: None)
    files = []
    for root, dirs, names in os.walk(folder):
        for hidden in sorted(d for d in dirs if d.startswith(".")):
            note(f"{Path(root) / hidden}/: skipped (a hidden folder)")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            relative = path.relative_to(folder).as_posix()
            if not _glob_match(relative.lower(), patterns):
                continue
            if name.startswith("."):
                note(f"{path}: skipped (a hidden file)")
            elif name.upper().startswith(NOT_ARTICLES):
                note(f"{path}: skipped (README, SOURCES, LICENSE and CHANGELOG files are not articles; name the file to read it)")
            else:
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def _read_stdin(max_bytes: int, report: ErrorCallback) -> Iterator[Article]:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    if not data.strip():
        raise InputError("is empty; pipe the article text in", path="<stdin>")
    first = data.lstrip()[:1]
    if first == b"{":
        first_line = data.lstrip().split(b"\n", 1)[0]
        try:
            is_jsonl = isinstance(json.loads(first_line), dict)
        except (json.JSONDecodeError, UnicodeDecodeError):
            is_jsonl = False
        if is_jsonl:
            yield from _read_jsonl_lines(data.split(b"\n"), "<stdin>", max_bytes, report)
            return
    if len(data) > max_bytes * 4 + 65536:
        raise InputError(
            f"is {len(data):,} bytes, over the {max_bytes:,}-byte article limit; split it or raise --max-bytes",
            path="<stdin>",
        )
    yield article_from_text(decode_text(data, "<stdin>"), "<stdin>", max_bytes=max_bytes)


def is_web_address(item: str) -> bool:
    """Whether an input names a web page or feed (http:// or https://) rather than a file."""
    return re.match(r"(?i)https?://", item) is not None


def _read_one_input(item: str | Path, max_bytes: int, report: ErrorCallback, glob: Iterable[str] | None = None,
                    on_note: NoteCallback | None = None, fetch: "FetchOptions | None" = None) -> Iterator[Article]:
    if str(item) == "-":
        yield from _read_stdin(max_bytes, report)
        return
    path = str(item)
    if is_web_address(path):
        from kg.web import read_url

        yield from read_url(path, max_bytes=max_bytes, report=report, options=fetch)
        return
    file = Path(item)
    if not file.exists():
        raise InputError("no such file or folder; check the path (web pages need http:// or https://)", path=path)
    if file.is_dir():
        files = folder_files(file, glob, on_note)
        if not files:
            wanted = ", ".join(glob or FOLDER_PATTERNS)
            raise InputError(f"folder has no {wanted} files; put articles in it or name the files", path=path)
        for child in files:
            try:
                yield from _read_file(child, str(child), max_bytes, report, fetch)
            except InputError as error:
                report(error)
        return
    yield from _read_file(file, path, max_bytes, report, fetch)


def _read_file(file: Path, path: str, max_bytes: int, report: ErrorCallback,
               fetch: "FetchOptions | None") -> Iterator[Article]:
    suffix = file.suffix.lower()
    if file.name.lower().endswith(JSONL_SUFFIXES):
        yield from _read_jsonl_file(file, path, max_bytes, report)
    elif suffix in HTML_SUFFIXES or suffix in FEED_SUFFIXES:
        from kg.web import read_web_file

        yield from read_web_file(file, path, max_bytes=max_bytes, report=report, options=fetch)
    else:
        yield _read_text_file(file, path, max_bytes)


def read_articles(
    inputs: str | Path | Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    on_error: ErrorCallback | None = None,
    glob: Iterable[str] | None = None,
    on_note: NoteCallback | None = None,
    fetch: "FetchOptions | None" = None,
) -> Iterator[Article]:
    """Every article in `inputs` (files, folders, `.jsonl`, `.html` and feed files, web page and
    feed URLs, `-` for stdin), in order.

    A bad article (or a bad input path) is passed to `on_error` and skipped, so the good ones are
    still read; with `strict=True`, or when no `on_error` is given, the first one is raised.
    Only `InputError` is ever raised. `glob` chooses a folder's files; `on_note` hears about the
    files a folder holds that were skipped; `fetch` (kg.web.FetchOptions) sets the user agent,
    timeout and retries for URLs.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if max_bytes <= 0:
        raise InputError(f"--max-bytes must be positive, not {max_bytes}")

    def report(error: InputError) -> None:
        if strict or on_error is None:
            raise error
        on_error(error)

    for item in inputs:
        try:
            yield from _read_one_input(item, max_bytes, report, glob, on_note, fetch)
        except InputError as error:
            if strict or on_error is None:
                raise
            on_error(error)


# --------------------------------------------------------------------------------------------
# Writing


def refuse_output_over_input(output: str | Path | None, inputs: Iterable[str | Path | None]) -> None:
    """Raise UsageError when writing `output` would replace one of `inputs`.

    Every command that writes calls this before it reads anything, so `kg extract a.txt -o a.txt`
    cannot turn an article into Turtle. The output is refused when it is the same file as an
    input (same device and inode, so symlinks and hard links count) or lies inside an input
    folder. `-` (stdout/stdin) and None are never files; inputs that do not exist cannot be
    overwritten and are ignored (a saved query's name, inline SPARQL).
    """
    if output is None or str(output) == "-":
        return
    out_stat = _stat_or_none(output)
    out_real = os.path.realpath(output)
    for item in inputs:
        if item is None or str(item) == "-":
            continue
        in_stat = _stat_or_none(item)
        if in_stat is None:
            continue
        if stat.S_ISDIR(in_stat.st_mode):
            folder = os.path.realpath(item)
            if out_real == folder or out_real.startswith(folder.rstrip(os.sep) + os.sep):
                raise UsageError(
                    f"is inside the input folder {item}; write the output outside it", path=str(output)
                )
        elif out_stat is not None and (out_stat.st_dev, out_stat.st_ino) == (in_stat.st_dev, in_stat.st_ino):
            same = "is also an input" if str(item) == str(output) else f"is the same file as the input {item}"
            raise UsageError(f"{same}; writing would replace it, so give another output file", path=str(output))


def _stat_or_none(path: str | Path) -> os.stat_result | None:
    try:
        return os.stat(path)  # follows symlinks: a link to an input is that input
    except (OSError, ValueError):  # missing, unreadable, or not a possible path (inline SPARQL)
        return None


def atomic_write(path: str | Path, data: bytes | str) -> Path:
    """Write `data` to `path` so that readers see the old file or the new one, never a half.

    The data goes to a temporary file in the same folder, is flushed to disk, and replaces the
    target with `os.replace`; parent folders are created. On any failure (including an
    interrupt) the temporary file is removed and an existing target is left untouched.
    """
    target = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create the folder {target.parent} ({error.strerror})", path=str(path)) from None
    if target.is_dir():
        raise InputError("is a folder; give a file name for the output", path=str(path))
    if target.exists() and not target.is_file():
        # A device, pipe or socket (/dev/null, /dev/stdout, a FIFO): renaming over it would
        # replace the device with a plain file, so write straight into it instead.
        try:
            with open(target, "wb") as handle:
                handle.write(data)
        except OSError as error:
            raise InputError(f"cannot be written ({error.strerror})", path=str(path)) from None
        return target
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise InputError(f"cannot write here ({error.strerror}); check permissions", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the permissions of the file being replaced (mkstemp creates 0600).
            os.chmod(tmp_name, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException as error:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise InputError(f"cannot be written ({error.strerror}); check space and permissions", path=str(path)) from None
        raise
    return target
