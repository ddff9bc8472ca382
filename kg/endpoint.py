"""SPARQL 1.1 over HTTP: query a remote endpoint, push article graphs, serve a local store.

- `sparql_query(url, text)`: SPARQL 1.1 Protocol (POST, form-encoded), results read by pyoxigraph.
- `push_graphs(url, graphs)`: Graph Store HTTP Protocol, one `PUT ?graph=IRI` per article, so a
  re-pushed article replaces its graph on the server and nothing else. Works with Oxigraph
  (`/store`), Fuseki (`/DATASET/data`), GraphDB and Virtuoso graph-store URLs.
- `make_server(store)`: a small read-only SPARQL endpoint over an Oxigraph store (http.server),
  bound to 127.0.0.1 unless told otherwise, with a query timeout and a result limit.

Only the standard library's urllib and http.server are used: no extra dependency.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterable

from kg.errors import EndpointError, KgError, QueryError, UsageError

USER_AGENT = "kg (polecon knowledge graph)"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMIT = 10_000

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
_RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


def _check_url(url: str) -> None:
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise UsageError(f"endpoint {url!r} is not an http(s) URL; for example http://127.0.0.1:7878/query")


def _open(request: urllib.request.Request, url: str, timeout: float) -> tuple[bytes, str]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        body = error.read(500).decode("utf-8", "replace")
        detail = " ".join(body.split())[:200]
        raise EndpointError(f"{url} answered HTTP {error.code} {error.reason}: {detail or 'no detail'}") from None
    except urllib.error.URLError as error:
        raise EndpointError(f"cannot reach {url} ({error.reason}); is the SPARQL server running?") from None
    except (TimeoutError, OSError) as error:
        raise EndpointError(f"cannot reach {url} ({error}); is the SPARQL server running?") from None


def _post_query(url: str, fields: list[tuple[str, str]], accept: str, timeout: float) -> tuple[bytes, str]:
    data = urllib.parse.urlencode(fields).encode("utf-8")
    request = urllib.request.Request(
        url, data=data, method="POST",
        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded", "User-Agent": USER_AGENT},
    )
    return _open(request, url, timeout)


def named_graphs(url: str, timeout: float = DEFAULT_TIMEOUT) -> list[str]:
    """The named graphs an endpoint holds (one per article when kg pushed them)."""
    import pyoxigraph as ox

    body, _ = _post_query(url, [("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")], "application/sparql-results+json", timeout)
    try:
        answer = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        return sorted(s[0].value for s in answer if s[0] is not None)
    except (SyntaxError, ValueError):
        return []


def sparql_query(url: str, text: str, timeout: float = DEFAULT_TIMEOUT, union: bool = True):
    """Run a query on a SPARQL 1.1 endpoint; a kg.query.QueryResult.

    With `union` (and no FROM clause in the query) the endpoint's named graphs are passed as
    `default-graph-uri` and `named-graph-uri`, so the default graph is the union of the article
    graphs, as it is for local graphs and stores, on any SPARQL 1.1 server.
    """
    import pyoxigraph as ox

    from kg.query import QueryResult, has_dataset_clause, prefixes, query_form, result_from_pyoxigraph

    _check_url(url)
    # The project prefixes are declared first; PREFIX lines in the query itself override them.
    prologue = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes().items())
    form = query_form(text)
    graph_answer = form in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples" if graph_answer else "application/sparql-results+json"
    fields = [("query", prologue + text)]
    if union and not has_dataset_clause(text):
        graphs = named_graphs(url, timeout)
        fields += [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]
    body, content_type = _post_query(url, fields, accept, timeout)
    try:
        if graph_answer:
            fmt = ox.RdfFormat.from_media_type(content_type.split(";")[0].strip()) or ox.RdfFormat.N_TRIPLES
            return QueryResult("graph", triples=[q.triple for q in ox.parse(body, format=fmt)])
        return result_from_pyoxigraph(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
    except (SyntaxError, ValueError) as error:
        raise EndpointError(f"{url} sent an answer that is not SPARQL results ({' '.join(str(error).split())[:200]})") from None


def push_graphs(url: str, graphs: Iterable[tuple[str | None, bytes]], timeout: float = DEFAULT_TIMEOUT) -> list[str]:
    """PUT each (graph IRI, N-Triples) to a Graph Store Protocol URL; the graph IRIs pushed.

    PUT replaces the named graph on the server, so pushing an article twice leaves one copy.
    `None` stands for the default graph (`?default`).
    """
    _check_url(url)
    pushed = []
    separator = "&" if "?" in url else "?"
    for graph, data in graphs:
        target = f"{url}{separator}default" if graph is None else f"{url}{separator}{urllib.parse.urlencode({'graph': graph})}"
        request = urllib.request.Request(
            target, data=data, method="PUT",
            headers={"Content-Type": "application/n-triples", "User-Agent": USER_AGENT},
        )
        _open(request, url, timeout)
        pushed.append(graph or "(default graph)")
    return pushed


# --------------------------------------------------------------------------- kg serve


class _Timeout(Exception):
    pass


def _answer(store, text: str, fmt: str, limit: int, deadline: float) -> tuple[bytes, str, bool]:
    """Run a read-only query; (body, content type, truncated). Checks the deadline per row."""
    import pyoxigraph as ox

    from kg.query import QueryResult, format_result, is_update, prefixes

    if is_update(text):
        raise QueryError("this endpoint is read-only; updates are refused")
    try:
        answer = store.query(text, use_default_graph_as_union=True, prefixes=prefixes())
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {' '.join(str(error).split())}") from None
    truncated = False
    if isinstance(answer, ox.QueryBoolean):
        result = QueryResult("ask", boolean=bool(answer))
    elif isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = []
        for solution in answer:
            if time.monotonic() > deadline:
                raise _Timeout()
            if len(rows) >= limit:
                truncated = True
                break
            rows.append(tuple(solution[i] for i in range(len(names))))
        result = QueryResult("select", variables=names, rows=rows)
    else:
        triples = []
        for triple in answer:
            if time.monotonic() > deadline:
                raise _Timeout()
            if len(triples) >= limit:
                truncated = True
                break
            triples.append(triple)
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), "application/n-triples", truncated
    return format_result(result, fmt).encode("utf-8"), _RESULT_TYPES[fmt], truncated


def _result_format(accept: str, requested: str | None) -> str:
    if requested in _RESULT_TYPES:
        return requested
    accept = accept or ""
    for fmt, media_type in (("csv", "text/csv"), ("tsv", "text/tab-separated-values")):
        if media_type in accept and "json" not in accept:
            return fmt
    return "json"


def make_server(store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
                limit: int = DEFAULT_LIMIT) -> ThreadingHTTPServer:
    """A read-only SPARQL 1.1 query endpoint at http://HOST:PORT/query over `store`.

    `store` is a folder or an open pyoxigraph Store. GET `?query=` and POST (form or
    application/sparql-query) are answered; updates get 403. A query running longer than
    `timeout` seconds gets 503, and at most `limit` rows are sent (header `X-Kg-Truncated`).
    No CORS header is sent and, on loopback, only loopback Host names are answered, so web
    pages open in the user's browser cannot read the store.
    The caller runs `serve_forever()` and `server_close()`.
    """
    if limit < 1 or timeout <= 0:
        raise UsageError("--limit must be at least 1 and --timeout positive")
    if isinstance(store, (str, Path)):
        from kg.store import open_store

        store = open_store(store, read_only=True)
    oxstore = store

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, format, *args):  # noqa: A002 - http.server's signature
            pass  # quiet by default: the CLI says where it listens

        def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8", extra=None):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _query(self, text: str | None, requested: str | None):
            if not text:
                self._send(400, b"missing query: pass ?query=SPARQL\n")
                return
            fmt = _result_format(self.headers.get("Accept", ""), requested)
            outcome: dict = {}

            def work():
                try:
                    outcome["ok"] = _answer(oxstore, text, fmt, limit, time.monotonic() + timeout)
                except _Timeout:
                    outcome["timeout"] = True
                except QueryError as error:
                    outcome["error"] = error
                except Exception as error:  # noqa: BLE001 - any engine failure is the client's 500
                    outcome["crash"] = error

            # The query runs in a worker so a slow one cannot hold the answer past the timeout.
            worker = threading.Thread(target=work, daemon=True)
            worker.start()
            worker.join(timeout)
            if "ok" in outcome:
                body, content_type, truncated = outcome["ok"]
                self._send(200, body, content_type, {"X-Kg-Truncated": "true"} if truncated else None)
            elif "error" in outcome:
                error = outcome["error"]
                status = 403 if "read-only" in str(error) else 400
                self._send(status, (str(error) + "\n").encode("utf-8"))
            elif "crash" in outcome:
                self._send(500, f"query failed: {outcome['crash']}\n".encode("utf-8"))
            else:
                self._send(503, f"query timed out after {timeout:g} s\n".encode("utf-8"))

        def _host_allowed(self) -> bool:
            # On a loopback address, answer only requests addressed to loopback names: a web
            # page that rebinds its own domain name to 127.0.0.1 cannot read the store.
            if host not in _LOOPBACK:
                return True
            host_header = self.headers.get("Host") or ""
            if host_header.startswith("["):  # [::1]:7878
                name = host_header.split("]")[0] + "]"
            else:
                name = host_header.rsplit(":", 1)[0]
            return name in _LOOPBACK

        def do_GET(self):  # noqa: N802 - http.server's naming
            if not self._host_allowed():
                self._send(403, b"forbidden host\n")
                return
            parsed = urllib.parse.urlparse(self.path)
            if parsed.path not in ("/query", "/sparql", "/"):
                self._send(404, b"not found: the SPARQL endpoint is /query\n")
                return
            args = urllib.parse.parse_qs(parsed.query)
            if parsed.path == "/" and "query" not in args:
                self._send(200, b"kg read-only SPARQL endpoint: GET or POST /query?query=...\n")
                return
            self._query((args.get("query") or [None])[0], (args.get("format") or [None])[0])

        do_HEAD = do_GET

        def do_POST(self):  # noqa: N802
            if not self._host_allowed():
                self._send(403, b"forbidden host\n")
                return
            parsed = urllib.parse.urlparse(self.path)
            if parsed.path in ("/update", "/store", "/data"):
                self._send(403, b"this endpoint is read-only; updates are refused\n")
                return
            if parsed.path not in ("/query", "/sparql", "/"):
                self._send(404, b"not found: the SPARQL endpoint is /query\n")
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if content_type == "application/sparql-query":
                text, requested = body, None
            else:
                args = urllib.parse.parse_qs(body)
                text, requested = (args.get("query") or [None])[0], (args.get("format") or [None])[0]
            if content_type == "application/sparql-update" or (content_type != "application/sparql-query" and "update" in args):
                self._send(403, b"this endpoint is read-only; updates are refused\n")
                return
            self._query(text, requested)

        def _refuse(self):
            self._send(403, b"this endpoint is read-only\n")

        do_PUT = do_DELETE = do_PATCH = _refuse

    try:
        return ThreadingHTTPServer((host, port), Handler)
    except OSError as error:
        raise KgError(f"cannot listen on {host}:{port} ({error.strerror or error}); choose another --port") from None


def serve(store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
          limit: int = DEFAULT_LIMIT, ready=None) -> None:
    """Serve `store` read-only until interrupted. `ready(url)` is called once it listens."""
    server = make_server(store, host, port, timeout, limit)
    try:
        if ready is not None:
            bound_host, bound_port = server.server_address[:2]
            ready(f"http://{bound_host}:{bound_port}/query")
        server.serve_forever()
    finally:
        server.server_close()


def results_json(body: bytes) -> dict:
    """Parse a SPARQL JSON results body (for library users and tests)."""
    return json.loads(body.decode("utf-8"))
