"""Web pages and feeds as articles: `https://...` URLs, saved `.html` pages, RSS and Atom feeds.

A page's main text, title, publication date, site name and URL come from the page itself
through trafilatura (its metadata: `<title>`, OpenGraph and schema.org tags, `<link
rel=canonical>`, `<time>`); the date only from the page's markup, never guessed from its text.
A saved page may still start with front matter (`title: ...` lines ended by `---`), which wins
over the page's metadata, as for text files.

A feed (URL or `.rss`/`.atom`/`.xml` file) is read with feedparser; each item's page is fetched
and read as above, the item's own title and date standing in for what the page lacks. A page
that cannot be fetched is reported (`report`) and the other items are still read.

Fetching is polite: one request at a time, a `User-Agent` that says who asks, a timeout, and a
few retries with growing pauses (honouring `Retry-After`) for answers that say "try later"
(429, 5xx) or a dropped connection. Every failure is one `InputError` naming the URL.
"""

from __future__ import annotations

import email.utils
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg import __version__
from kg.errors import InputError
from kg.io import (
    DEFAULT_MAX_BYTES,
    FEED_SUFFIXES,
    article_from_fields,
    decode_text,
    parse_published,
    split_front_matter,
)
from kg.models import Article

__all__ = ["DEFAULT_USER_AGENT", "FetchOptions", "article_from_html", "fetch", "read_url", "read_web_file"]

DEFAULT_USER_AGENT = f"kg/{__version__} (political-economy knowledge graph; +https://w3id.org/polecon-kg)"
_RETRY_STATUS = {429, 500, 502, 503, 504}
_MAX_RETRY_PAUSE = 30.0  # a Retry-After longer than this is not waited for
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


@dataclass(frozen=True)
class FetchOptions:
    """How URLs are fetched: who asks, how long to wait, how often to try again."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0  # seconds for connecting and for each read
    retries: int = 2  # further attempts after a 429, a 5xx or a dropped connection
    pause: float = 1.0  # seconds before the first retry; doubled for each further one


@dataclass(frozen=True)
class Page:
    """What a fetch brought back."""

    url: str  # after redirects
    data: bytes
    content_type: str  # media type, lower-case, without parameters


def fetch(url: str, options: FetchOptions | None = None, *, limit: int | None = None,
          sleep: Callable[[float], None] = time.sleep) -> Page:
    """GET `url` with retries; an InputError naming the URL when it cannot be had."""
    options = options or FetchOptions()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise InputError("is not an http:// or https:// URL", path=url)
    request = urllib.request.Request(url, headers={
        "User-Agent": options.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5",
    })
    host = urlsplit(url).hostname or url
    attempt = 0
    while True:
        pause = options.pause * (2 ** attempt)
        try:
            with urllib.request.urlopen(request, timeout=options.timeout) as response:
                data = response.read(limit + 1) if limit is not None else response.read()
                if limit is not None and len(data) > limit:
                    raise InputError(f"page is over {limit:,} bytes; save the part you need and give the file", path=url)
                content_type = (response.headers.get_content_type() or "").lower()
                return Page(response.geturl() or url, data, content_type)
        except urllib.error.HTTPError as error:
            if error.code in _RETRY_STATUS and attempt < options.retries:
                pause = max(pause, _retry_after(error.headers.get("Retry-After")) or 0.0)
                if pause <= _MAX_RETRY_PAUSE:
                    attempt += 1
                    sleep(pause)
                    continue
            raise InputError(f"the server answered {error.code} {error.reason}; check the URL", path=url) from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, socket.gaierror):
                raise InputError(f"cannot find the host {host} (offline, or a typo in the address?)", path=url) from None
            if attempt < options.retries and not isinstance(reason, (ConnectionRefusedError, str)):
                attempt += 1
                sleep(pause)
                continue
            what = getattr(reason, "strerror", None) or str(reason)
            raise InputError(f"cannot reach {host} ({what}); check the address and your connection", path=url) from None
        except (TimeoutError, socket.timeout, ConnectionError) as error:
            if attempt < options.retries:
                attempt += 1
                sleep(pause)
                continue
            what = "timed out" if isinstance(error, (TimeoutError, socket.timeout)) else "connection dropped"
            raise InputError(
                f"{host} {what} after {options.retries + 1} tries; try again later or raise --timeout", path=url
            ) from None


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# --------------------------------------------------------------------------- pages


def _site_name(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return re.sub(r"^www\.", "", host) if host else None


def article_from_html(html: str | bytes, path: str, *, url: str | None = None, front_matter: dict | None = None,
                      site: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """An Article from a web page: main text, title, date, site name and URL from the page.

    `url` is where the page was fetched from (the page's own canonical URL wins); front matter
    fields (as from `kg.io.split_front_matter`) win over both. The source is the page's site
    name, else `site` (a feed's title), else the host name.
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or not (document.text or "").strip():
        raise InputError("has no article text that trafilatura could find; save the text as a .txt file", path=path)
    page_url = _canonical(document.url) or url
    published = None
    if document.date:
        try:
            published = parse_published(document.date)
        except InputError:
            published = None  # a page's odd date markup is not the reader's fault
    page = {
        "title": _one_line(document.title),
        "source": _own_site_name(document) or site or _site_name(page_url),
        "url": page_url,
        "published": published,
    }
    return article_from_fields(document.text, front_matter or {}, path, defaults=page, max_bytes=max_bytes)


def _own_site_name(document) -> str | None:
    # trafilatura falls back to the host name; that is a last resort here, after a feed's title.
    name = _one_line(document.sitename)
    hosts = {document.hostname, urlsplit(document.url or "").netloc} - {None, ""}
    return None if name is None or name in hosts or _site_name(f"http://{name}") in hosts else name


def _canonical(url: str | None) -> str | None:
    return url if url and re.match(r"(?i)https?://", url) else None


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _looks_like_feed(data: bytes, content_type: str = "") -> bool:
    if content_type in _FEED_TYPES:
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)


def read_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, report: Callable[[InputError], None] | None = None,
             options: FetchOptions | None = None, site: str | None = None) -> Iterator[Article]:
    """The article at `url`, or every item's article when `url` is an RSS or Atom feed."""
    page = fetch(url, options, limit=_page_limit(max_bytes))
    if _looks_like_feed(page.data, page.content_type):
        yield from _feed_articles(page.data, url, max_bytes=max_bytes, report=report, options=options)
        return
    yield article_from_html(page.data, url, url=page.url, site=site, max_bytes=max_bytes)


def read_web_file(file: Path, path: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  report: Callable[[InputError], None] | None = None,
                  options: FetchOptions | None = None) -> Iterator[Article]:
    """A saved page (`.html`, optional front matter first) or a feed file (its items are fetched)."""
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror}); check the path and permissions", path=path) from None
    if not data.strip():
        raise InputError("is empty; give a saved web page", path=path)
    if len(data) > _page_limit(max_bytes):
        raise InputError(f"is {len(data):,} bytes, over the page limit; raise --max-bytes", path=path)
    if file.suffix.lower() in FEED_SUFFIXES or _looks_like_feed(data):
        yield from _feed_articles(data, path, max_bytes=max_bytes, report=report, options=options)
        return
    text = decode_text(data, path)
    fields, body, _ = split_front_matter(text, path)
    yield article_from_html(body if fields else text, path, front_matter=fields, max_bytes=max_bytes)


def _page_limit(max_bytes: int) -> int:
    # Markup, scripts and styles outweigh the text several times over.
    return max_bytes * 4 + 65536


# --------------------------------------------------------------------------- feeds


def _feed_articles(data: bytes, where: str, *, max_bytes: int, report: Callable[[InputError], None] | None,
                   options: FetchOptions | None) -> Iterator[Article]:
    import feedparser

    feed = feedparser.parse(data)
    entries = [e for e in feed.entries if e.get("link")]
    if not entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise InputError(f"is not an RSS or Atom feed with item links{problem}", path=where)
    feed_title = _one_line(feed.feed.get("title"))
    for entry in entries:
        link = entry["link"]
        try:
            for article in read_url(link, max_bytes=max_bytes, report=report, options=options, site=feed_title):
                article.title = article.title or _one_line(entry.get("title"))
                if article.published is None:
                    article.published = _entry_date(entry)
                yield article
        except InputError as error:
            if report is None:
                raise
            report(error)


def _entry_date(entry):
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    from datetime import date

    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
