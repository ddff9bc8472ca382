"""Web pages and feeds (kg.web): pages served from 127.0.0.1 and the same pages as files, RSS and
Atom feeds, polite retries, one-line errors when a server cannot be reached.

The pages and feeds are fictional, written for these tests. The server runs in a thread on
127.0.0.1, answers only the paths the test gives it, and shuts itself down after a minute even if
a test forgets to.
"""

from __future__ import annotations

import http.server
import socket
import threading
from datetime import date

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.io import read_articles
from kg.web import FetchOptions, fetch, read_url

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Tagus Steel wins export licence | Lisbon Ledger</title>
<meta property="og:title" content="Tagus Steel wins export licence">
<meta property="og:site_name" content="Lisbon Ledger">
<meta property="article:published_time" content="2024-06-12T08:30:00Z">
{canonical}
</head><body>
<nav><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/login">Sign in</a></nav>
<article>
<h1>Tagus Steel wins export licence</h1>
<p>The trade ministry granted Tagus Steel a licence to export rolled steel to three new markets on Tuesday,
economy minister Carla Neves told reporters in the capital.</p>
<p>"This licence opens doors that stayed shut for a decade," Neves said, adding that the ministry would
review the licence again next spring.</p>
<p>Shares of Tagus Steel climbed 4 percent in afternoon trading after the announcement was made public.</p>
</article>
<footer>Subscribe to the Lisbon Ledger newsletter. All rights reserved.</footer>
</body></html>
"""

SECOND_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour board approves new container terminal</title>
</head><body><article><h1>Harbour board approves new container terminal</h1>
<p>The harbour board of Porto Azul approved a new container terminal on Wednesday after a year of hearings,
its chair Rui Matos said in a statement to shareholders.</p>
<p>Construction is expected to begin in the autumn and to take roughly three years, the board said.</p>
</article></body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lisbon Ledger: markets</title><link>{base}/</link>
<description>Markets news</description>
<item><title>Tagus Steel wins export licence</title><link>{base}/steel.html</link>
<pubDate>Wed, 12 Jun 2024 08:30:00 GMT</pubDate></item>
<item><title>Harbour board approves new container terminal</title><link>{base}/harbour.html</link>
<pubDate>Thu, 13 Jun 2024 10:00:00 GMT</pubDate></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Porto Azul wire</title><id>urn:test:feed</id>
<updated>2024-06-13T10:00:00Z</updated>
<entry><title>Harbour board approves new container terminal</title><id>urn:test:1</id>
<link href="{base}/harbour.html"/><updated>2024-06-13T10:00:00Z</updated></entry>
<entry><title>A page that is gone</title><id>urn:test:2</id>
<link href="{base}/gone.html"/><updated>2024-06-14T10:00:00Z</updated></entry>
</feed>
"""


class _Server:
    """A tiny HTTP server on 127.0.0.1 for the routes given: path -> (status, content type, body)."""

    def __init__(self):
        self.routes: dict[str, list[tuple[int, str, bytes]]] = {}
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests.append((self.path, self.headers.get("User-Agent", "")))
                answers = outer.routes.get(self.path)
                status, ctype, body = (answers.pop(0) if len(answers) > 1 else answers[0]) if answers else \
                    (404, "text/plain", b"not found")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if status == 503:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.stopper = threading.Timer(60.0, self.httpd.shutdown)  # bounded: never outlives a stuck test

    def serve(self, path: str, body: str, ctype: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.routes.setdefault(path, []).append((status, ctype, body.encode("utf-8")))
        return self.base + path

    def __enter__(self):
        self.thread.start()
        self.stopper.start()
        return self

    def __exit__(self, *exc):
        self.stopper.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server():
    with _Server() as running:
        yield running


FAST = FetchOptions(timeout=5.0, retries=2, pause=0.01)


def test_a_served_page_and_the_same_page_as_a_file_have_the_pages_title_and_date(server, tmp_path):
    url = server.serve("/steel.html", PAGE.format(canonical=""))
    (online,) = list(read_url(url, options=FAST))
    saved = tmp_path / "steel.html"
    saved.write_text(PAGE.format(canonical=""), encoding="utf-8")
    (offline,) = list(read_articles([saved]))
    for article in (online, offline):
        assert article.title == "Tagus Steel wins export licence"
        assert article.published == date(2024, 6, 12)
        assert article.source == "Lisbon Ledger"
        assert "granted Tagus Steel a licence" in article.text
        assert "Sign in" not in article.text and "newsletter" not in article.text  # boilerplate left out
    assert online.url == url and offline.url is None
    assert offline.file_name == "steel.html"


def test_the_pages_canonical_url_names_the_article(server, tmp_path):
    canonical = '<link rel="canonical" href="https://ledger.example.org/markets/tagus-licence">'
    url = server.serve("/steel.html?utm_source=feed", PAGE.format(canonical=canonical))
    (article,) = list(read_url(url, options=FAST))
    assert article.url == "https://ledger.example.org/markets/tagus-licence"
    assert article.id == "ledger-example-org-markets-tagus-licence"


def test_front_matter_on_a_saved_page_wins_over_its_metadata(tmp_path):
    saved = tmp_path / "page.html"
    saved.write_text("title: Licence granted\npublished: 2024-06-13\n---\n" + PAGE.format(canonical=""), encoding="utf-8")
    (article,) = list(read_articles([saved]))
    assert article.title == "Licence granted" and article.published == date(2024, 6, 13)
    assert article.source == "Lisbon Ledger"


def test_an_rss_feed_ingests_each_items_page(server):
    server.serve("/steel.html", PAGE.format(canonical=""))
    server.serve("/harbour.html", SECOND_PAGE)
    feed = server.serve("/feed.rss", RSS.format(base=server.base), "application/rss+xml")
    articles = list(read_url(feed, options=FAST))
    assert [a.title for a in articles] == ["Tagus Steel wins export licence", "Harbour board approves new container terminal"]
    # the harbour page has no date of its own: the item's date stands in
    assert [a.published for a in articles] == [date(2024, 6, 12), date(2024, 6, 13)]
    assert articles[1].source == "Lisbon Ledger: markets"


def test_an_atom_feed_file_reports_a_missing_page_and_keeps_the_rest(server, tmp_path):
    server.serve("/harbour.html", SECOND_PAGE)
    feed = tmp_path / "wire.atom"
    feed.write_text(ATOM.format(base=server.base), encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_articles([feed], on_error=errors.append, fetch=FAST))
    assert [a.title for a in articles] == ["Harbour board approves new container terminal"]
    assert len(errors) == 1 and "404" in errors[0].message and errors[0].path.endswith("/gone.html")


def test_retries_a_busy_server_politely_and_says_who_asks(server):
    server.serve("/busy.html", "busy", "text/plain", status=503)
    url = server.serve("/busy.html", SECOND_PAGE)
    pauses: list[float] = []
    page = fetch(url, FetchOptions(user_agent="kg-test/1.0", retries=2, pause=0.01), sleep=pauses.append)
    assert b"container terminal" in page.data
    assert pauses == [0.01]
    assert [ua for path, ua in server.requests] == ["kg-test/1.0", "kg-test/1.0"]


def test_a_server_that_stays_busy_is_an_error_after_the_retries(server):
    server.serve("/down.html", "down", "text/plain", status=503)
    with pytest.raises(InputError) as caught:
        fetch(server.base + "/down.html", FetchOptions(retries=2, pause=0.01), sleep=lambda s: None)
    assert "503" in caught.value.message
    assert len(server.requests) == 3


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_servers_give_one_line_errors(tmp_path):
    runner = CliRunner()
    for url, expected in [(f"http://127.0.0.1:{_closed_port()}/a.html", "cannot reach 127.0.0.1"),
                          ("https://news.invalid/story", "cannot find the host news.invalid")]:
        result = runner.invoke(app, ["extract", url, "-o", str(tmp_path / "g.ttl"), "--timeout", "3"])
        assert result.exit_code == 1
        lines = result.stderr.strip().splitlines()
        assert lines[0].startswith(f"kg: error: {url}") and expected in lines[0], result.stderr
        assert not (tmp_path / "g.ttl").exists()


def test_kg_extract_reads_a_url_and_sends_the_user_agent(server, tmp_path, nlp):
    import pyoxigraph as ox

    url = server.serve("/steel.html", PAGE.format(canonical=""))
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(app, ["extract", url, "-o", str(out), "--user-agent", "newsroom-bot/2"])
    assert result.exit_code == 0, result.stderr
    assert server.requests == [("/steel.html", "newsroom-bot/2")]
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TURTLE)
    rows = list(store.query("SELECT ?t ?d WHERE { ?a <http://purl.org/dc/terms/title> ?t ; "
                            "<https://schema.org/datePublished> ?d }"))
    assert [(r["t"].value, r["d"].value) for r in rows] == [("Tagus Steel wins export licence", "2024-06-12")]


def test_a_store_run_fetches_each_page_once(server, tmp_path, nlp):
    # A --store (or --dask) run reads its inputs twice, ids first; a web page is fetched once.
    url = server.serve("/steel.html", PAGE.format(canonical=""))
    result = CliRunner().invoke(app, ["extract", url, "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.stderr
    assert "1 article" in result.stderr
    assert [path for path, _ in server.requests] == ["/steel.html"]
