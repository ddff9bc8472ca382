"""SPARQL 1.1 over HTTP: query a remote endpoint, push article graphs, serve a local store.

- `sparql_query(url, text)`: SPARQL 1.1 Protocol (POST, form-encoded), results read by pyoxigraph.
- `push_graphs(url, graphs)`: Graph Store HTTP Protocol, one `PUT ?graph=IRI` per article, so a
  re-pushed article replaces its graph on the server and nothing else. Works with Oxigraph
  (`/store`), Fuseki (`/DATASET/data`), GraphDB and Virtuoso graph-store URLs.
- `make_server(store)`: a read-only SPARQL endpoint over an Oxigraph store folder (http.server),
  bound to 127.0.0.1 unless told otherwise. Queries run in worker processes that are killed
  and replaced when a query passes its timeout or the memory budget; SERVICE is refused; request
  bodies, request time and connections are bounded; writes by `kg load` show up without restart.

Only the standard library's urllib and http.server are used: no extra dependency.
"""

from __future__ import annotations

import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
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
#
# The server process only reads HTTP and checks requests; each query runs in a worker process
# of a small pool, so a query that runs past the timeout or past the memory budget is stopped
# by killing its worker (its CPU and memory come back at once) and a fresh worker takes its
# place. Workers open the store read-only (no lock) and re-open it when its files change, so a
# `kg load` or `kg remove` while serving shows up at the next query.

DEFAULT_MAX_BODY = 1_000_000  # bytes of a POST body; larger bodies get 413
DEFAULT_HEADER_TIMEOUT = 10.0  # seconds to send the request line, headers and body
DEFAULT_MAX_CONNECTIONS = 64  # connections handled at once; more wait (then get 503)
LISTEN_BACKLOG = 1024  # connections the kernel queues while all handlers are busy
SLOT_WAIT = 5.0  # seconds a new connection waits for a free handler before 503
MEMORY_POLL = 0.05  # seconds between two looks at the workers' memory
WORKER_START_WAIT = 120.0  # seconds a new query worker may take to start and open the store
_DRAIN_LIMIT = 64_000_000  # most bytes of an oversized body read and dropped so the 413 arrives


def default_max_memory() -> int:
    """A quarter of the machine's physical memory (1 GiB when that cannot be read)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 4
    except (AttributeError, ValueError, OSError):
        return 1 << 30


def default_workers() -> int:
    """Query worker processes: one per core, between 2 and 4."""
    return max(2, min(4, os.cpu_count() or 2))


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """'512M', '2G', '1.5GB', '1000000' -> bytes (K, M, G, T are powers of 1024)."""
    match = _SIZE.fullmatch(text or "")
    if not match:
        raise UsageError(f"cannot read {text!r} as a memory size; write for example 512M or 2G")
    number, unit = float(match.group(1)), match.group(2).lower()
    return int(number * 1024 ** " kmgt".index(unit or " "))


def human_size(size: float) -> str:
    """Bytes as '512.0 MiB', '2.0 GiB'."""
    for unit in ("B", "KiB", "MiB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


# SPARQL federation (SERVICE) makes the server send requests to any URL a client names, so it
# is refused unless the URL is allowed. The check is lexical and errs on the side of refusing:
# after the \u escapes are decoded (SPARQL decodes them before parsing), strings, IRIs,
# comments, variables and escaped name characters are masked, and any "service" left, even
# inside a prefixed name or glued to other words, must be the keyword SERVICE followed by an
# allowed <IRI>. The masks follow the SPARQL grammar's terminals, so nothing the query engine
# reads as a keyword can hide inside a masked region.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ECHAR = r"""\\[tbnrf\\"']"""
_NOT_CODE = re.compile(
    r"'''(?:(?:'|'')?(?:[^'\\]|" + _ECHAR + r"))*'''"
    + r'|"""(?:(?:"|"")?(?:[^"\\]|' + _ECHAR + r'))*"""'
    + r"|'(?:[^'\\\n\r]|" + _ECHAR + r")*'"
    + r'|"(?:[^"\\\n\r]|' + _ECHAR + r')*"'
    + r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    + r"|#[^\n\r]*"
    + r"|[?$][A-Za-z0-9_]+"
    + r"|\\.",
    re.DOTALL,
)
_SERVICE_WORD = re.compile("service", re.IGNORECASE)
_SERVICE_CALL = re.compile(r"SERVICE\s+(?:SILENT\s+)?<([^<>\s]*)>", re.IGNORECASE)
_NAME_CHAR = re.compile(r"[\w:.\-\\]")


def _decode_codepoints(text: str) -> str:
    def char(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group()

    return _CODEPOINT.sub(char, text)


def check_federation(text: str, allowed: Iterable[str] = ()) -> None:
    """Refuse a query that uses SPARQL federation (SERVICE) except towards `allowed` URLs.

    Raises QueryError (HTTP 400) naming the refused service. A prefixed name containing
    "service" is refused too (write that IRI in full): telling it apart from the keyword in
    every spelling the query engine accepts is not worth the risk.
    """
    allowed = set(allowed)
    decoded = _decode_codepoints(text)
    code = list(decoded)
    for match in _NOT_CODE.finditer(decoded):
        code[match.start():match.end()] = " " * (match.end() - match.start())
    masked = "".join(code)
    for match in _SERVICE_WORD.finditer(masked):
        start = match.start()
        call = _SERVICE_CALL.match(decoded, start)
        glued = start > 0 and _NAME_CHAR.match(decoded[start - 1])
        if call and not glued and call.group(1) in allowed:
            continue
        target = f" to <{call.group(1)}>" if call else ""
        hint = ("; start `kg serve --allow-service URL` for a service you trust" if call
                else "; a prefixed name containing 'service' counts too: write that IRI in full")
        raise QueryError(
            f"SPARQL federation (SERVICE{target}) is refused: it would make this server send requests to "
            f"other hosts{hint}"
        )


def _answer(store, text: str, fmt: str, limit: int, allowed: Iterable[str] = ()) -> tuple[bytes, str, bool]:
    """Run a read-only query on an open store; (body, content type, truncated)."""
    import pyoxigraph as ox

    from kg.query import QueryResult, format_result, is_update, prefixes

    if is_update(text):
        raise QueryError("this endpoint is read-only; updates are refused")
    check_federation(text, allowed)
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
            if len(rows) >= limit:
                truncated = True
                break
            rows.append(tuple(solution[i] for i in range(len(names))))
        result = QueryResult("select", variables=names, rows=rows)
    else:
        triples = []
        for triple in answer:
            if len(triples) >= limit:
                truncated = True
                break
            triples.append(triple)
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), "application/n-triples", truncated
    return format_result(result, fmt).encode("utf-8"), _RESULT_TYPES[fmt], truncated


def _worker_main(conn, store_path: str, allowed: tuple[str, ...]) -> None:
    """A query worker: answers (text, format, limit) requests over a read view of the store.

    Before each query it compares the store's fingerprint with the one its view was opened at
    and re-opens the view when a writer has committed since. If the re-open fails while a
    writer is busy, the previous view (the last state it could read) answers.
    """
    from kg.query import prefixes
    from kg.store import open_read_view, store_version

    prefixes()  # read the project prefixes now, not during the first query
    view, version = None, None
    try:
        version = store_version(store_path)
        view = open_read_view(store_path)
    except KgError:
        pass  # said again, to the client, at the first query
    try:
        conn.send(("ready", None))
    except (OSError, ValueError):
        return
    while True:
        try:
            text, fmt, limit = conn.recv()
        except (EOFError, OSError):
            return
        try:
            current = store_version(store_path)
            if view is None or current != version:
                try:
                    view, version = open_read_view(store_path, wait=None if view is None else 2.0), current
                except KgError:
                    if view is None:
                        raise
            reply = ("ok", _answer(view, text, fmt, limit, allowed))
        except QueryError as error:
            reply = ("error", str(error))
        except KgError as error:
            reply = ("unavailable", str(error))
        except Exception as error:  # noqa: BLE001 - any engine failure is the client's 500
            reply = ("crash", " ".join(str(error).split())[:300])
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when the server dies (Linux), even mid-query."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return  # not Linux: a worker still exits when its connection closes, after its query
    if os.getppid() != parent:  # the server died before the line above
        os._exit(0)


def worker_process() -> None:
    """Entry point of a worker process: `python -c "..." FD STORE ALLOWED-JSON PARENT-PID`."""
    import signal
    from multiprocessing.connection import Connection

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    fd, store_path, allowed, parent = int(sys.argv[1]), sys.argv[2], tuple(json.loads(sys.argv[3])), int(sys.argv[4])
    _die_with_parent(parent)
    _worker_main(Connection(fd), store_path, allowed)


def resident_bytes(pid: int) -> int:
    """Resident memory of a process (Linux /proc; 0 where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class _Worker:
    def __init__(self, process: subprocess.Popen, conn):
        self.process = process
        self.conn = conn
        self.busy = False
        self.ready = False  # it has started and opened the store
        self.stopped: str | None = None  # why the pool killed it: "timeout" or "memory"

    def alive(self) -> bool:
        return self.process.poll() is None


class QueryWorkers:
    """A pool of query worker processes over one store folder.

    `run()` hands a query to an idle worker and waits for its answer. A query still running at
    its timeout, or whose worker is the largest when the busy workers together hold more than
    `max_memory` bytes of resident memory, is stopped by killing its worker; a new worker
    replaces it. Workers are plain child processes (`python -c`, talking over a socket pair),
    so nothing of the caller's program is re-imported or forked in them.
    """

    def __init__(self, store: Path | str, size: int, max_memory: int, allowed: Iterable[str] = ()):
        if size < 1:
            raise UsageError("--workers must be at least 1")
        self.store = str(store)
        self.max_memory = max_memory
        self.allowed = tuple(allowed)
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = threading.Event()
        self.stopped = {"timeout": 0, "memory": 0, "died": 0}
        self._spawner = ThreadPoolExecutor(1, thread_name_prefix="kg-serve-spawner")
        for _ in range(size):
            self._idle.put(self._start())
        self._watcher = threading.Thread(target=self._watch_memory, name="kg-serve-memory", daemon=True)
        self._watcher.start()

    def _start(self) -> _Worker:
        # Workers are started from one long-lived thread: the kernel's parent-death signal is
        # tied to the thread that started a child, and handler threads come and go.
        return self._spawner.submit(self._spawn).result()

    def _spawn(self) -> _Worker:
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", "from kg.endpoint import worker_process; worker_process()",
                 str(theirs.fileno()), self.store, json.dumps(self.allowed), str(os.getpid())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env,
            )
        finally:
            theirs.close()
        worker = _Worker(process, Connection(ours.detach()))
        with self._lock:
            self._workers.add(worker)
        return worker

    def _stop(self, worker: _Worker, reason: str) -> None:
        """Kill a worker (the caller holds self._lock); run() then sees its connection close."""
        if worker.stopped is None:
            worker.stopped = reason
            worker.process.kill()

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.wait()
        worker.conn.close()
        with self._lock:
            self._workers.discard(worker)
        if not self._closed.is_set():
            try:
                self._idle.put(self._start())
            except RuntimeError:  # closed meanwhile: the spawner no longer takes work
                pass

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and benchmarks)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.alive()]

    def run(self, text: str, fmt: str, limit: int, timeout: float) -> tuple:
        """Run a query: (kind, payload) with kind "ok" (payload (body, type, truncated)),
        "error" or "unavailable" or "crash" (payload a message), or "timeout", "memory",
        "busy" (no worker free within the timeout), "died" (payload None)."""
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return ("busy", None)
        if not worker.ready:
            # A new worker's start (interpreter, imports, opening the store) is not the
            # query's time: wait for it apart from the timeout.
            try:
                worker.ready = worker.conn.poll(WORKER_START_WAIT) and worker.conn.recv()[0] == "ready"
            except (EOFError, OSError):
                worker.ready = False
        if not worker.ready or not worker.alive():
            self.stopped["died"] += 1
            self._replace(worker)
            return ("died", None)
        with self._lock:
            worker.busy = True
        reply = None
        try:
            worker.conn.send((text, fmt, limit))
            if worker.conn.poll(timeout):
                reply = worker.conn.recv()
            else:
                with self._lock:
                    self._stop(worker, "timeout")
        except (EOFError, OSError):
            pass
        with self._lock:
            worker.busy = False
            reason = worker.stopped
        if reason is not None or reply is None:
            reason = reason or "died"
            self.stopped[reason] += 1
            self._replace(worker)
            return reply if reply is not None else (reason, None)
        self._idle.put(worker)
        return reply

    def _watch_memory(self) -> None:
        while not self._closed.wait(MEMORY_POLL):
            with self._lock:
                busy = [w for w in self._workers if w.busy and w.stopped is None]
                if not busy:
                    continue
                sizes = {w: resident_bytes(w.process.pid) for w in busy}
                if sum(sizes.values()) > self.max_memory:
                    self._stop(max(sizes, key=sizes.get), "memory")

    def close(self) -> None:
        """Stop every worker."""
        self._closed.set()
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            worker.process.kill()
        for worker in workers:
            worker.process.wait()
            worker.conn.close()
        self._spawner.shutdown()


def _result_format(accept: str, requested: str | None) -> str:
    if requested in _RESULT_TYPES:
        return requested
    accept = accept or ""
    for fmt, media_type in (("csv", "text/csv"), ("tsv", "text/tab-separated-values")):
        if media_type in accept and "json" not in accept:
            return fmt
    return "json"


class EndpointServer(ThreadingHTTPServer):
    """An HTTP server with a bounded number of handler threads, a deadline for reading each
    request (header and idle timeout), a listen backlog, and a pool of query workers."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address, handler, workers: QueryWorkers, max_connections: int, header_timeout: float):
        self.workers = workers
        self.header_timeout = header_timeout
        self._slots = threading.BoundedSemaphore(max_connections)
        self._deadlines: dict = {}
        self._deadline_lock = threading.Lock()
        self._closing = threading.Event()
        super().__init__(address, handler)
        threading.Thread(target=self._reap, name="kg-serve-deadlines", daemon=True).start()

    def watch(self, connection, seconds: float) -> None:
        """Shut `connection` down if it is still being read `seconds` from now."""
        with self._deadline_lock:
            self._deadlines[connection] = time.monotonic() + seconds

    def unwatch(self, connection) -> None:
        with self._deadline_lock:
            self._deadlines.pop(connection, None)

    def _reap(self) -> None:
        # A connection still sending its request at its deadline is shut down; the handler's
        # blocked read then returns and its thread ends (slow or idle clients hold nothing).
        while not self._closing.wait(0.2):
            now = time.monotonic()
            with self._deadline_lock:
                expired = [c for c, deadline in self._deadlines.items() if deadline <= now]
                for connection in expired:
                    del self._deadlines[connection]
            for connection in expired:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def process_request(self, request, client_address):
        if not self._slots.acquire(timeout=SLOT_WAIT):
            self._refuse_busy(request)
            return
        self.watch(request, self.header_timeout)
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.unwatch(request)
            self._slots.release()
            raise

    def _refuse_busy(self, request) -> None:
        """Answer 503 without a handler thread. The request already received is read and
        dropped first: closing a socket with unread data resets the connection, and the
        client would see the reset instead of the 503."""
        body = b"too many connections; try again\n"
        try:
            request.setblocking(False)
            try:
                while request.recv(65536):
                    pass
            except (BlockingIOError, InterruptedError):
                pass
            request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                            b"Retry-After: 1\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
        except OSError:
            pass
        self.shutdown_request(request)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.unwatch(request)
            self._slots.release()

    def server_close(self):
        self._closing.set()
        super().server_close()
        self.workers.close()


def make_server(store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
                limit: int = DEFAULT_LIMIT, *, max_memory: int | None = None, workers: int | None = None,
                allow_service: Iterable[str] = (), max_body: int = DEFAULT_MAX_BODY,
                header_timeout: float = DEFAULT_HEADER_TIMEOUT,
                max_connections: int = DEFAULT_MAX_CONNECTIONS) -> EndpointServer:
    """A read-only SPARQL 1.1 query endpoint at http://HOST:PORT/query over the store folder `store`.

    GET `?query=` and POST (form or application/sparql-query) are answered; updates get 403,
    SERVICE (federation) gets 400 unless its URL is in `allow_service`. Each query runs in a
    worker process: one running longer than `timeout` seconds, or pushing the busy workers past
    `max_memory` bytes (default a quarter of the machine's memory), is stopped and gets 503.
    At most `limit` rows are sent (header `X-Kg-Truncated`). A POST body over `max_body` bytes
    gets 413; a client has `header_timeout` seconds to send its whole request; at most
    `max_connections` are handled at once. Queries see what `kg load`/`kg remove` committed,
    from the next query on. No CORS header is sent and, on loopback, only loopback Host names
    are answered, so web pages open in the user's browser cannot read the store.
    The caller runs `serve_forever()` and `server_close()` (which stops the workers).
    """
    from kg.query import is_update
    from kg.store import open_read_view

    if limit < 1 or timeout <= 0:
        raise UsageError("--limit must be at least 1 and --timeout positive")
    if max_memory is not None and max_memory < 64 * 1024 * 1024:
        raise UsageError("--max-memory must be at least 64M (each query worker needs some to start)")
    for url in allow_service:
        _check_url(url)
    if not isinstance(store, (str, Path)):
        raise UsageError("kg serve needs a store folder: queries run in worker processes that open it")
    open_read_view(store)  # no store, or an unreadable one, fails here in one line
    allowed = tuple(allow_service)
    pool = QueryWorkers(store, workers or default_workers(), max_memory or default_max_memory(), allowed)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        timeout = header_timeout  # per socket operation; the request as a whole has a deadline too

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
            self.server.unwatch(self.connection)  # the request is read; the query has its own timeout
            if not text:
                self._send(400, b"missing query: pass ?query=SPARQL\n")
                return
            if is_update(text):
                self._send(403, b"this endpoint is read-only; updates are refused\n")
                return
            try:
                check_federation(text, allowed)
            except QueryError as error:
                self._send(400, (str(error) + "\n").encode("utf-8"))
                return
            fmt = _result_format(self.headers.get("Accept", ""), requested)
            kind, payload = pool.run(text, fmt, limit, timeout)
            if kind == "ok":
                body, content_type, truncated = payload
                self._send(200, body, content_type, {"X-Kg-Truncated": "true"} if truncated else None)
            elif kind == "error":
                self._send(403 if "read-only" in payload else 400, (payload + "\n").encode("utf-8"))
            elif kind == "timeout":
                self._send(503, f"query timed out after {timeout:g} s and was stopped\n".encode("utf-8"))
            elif kind == "memory":
                self._send(503, (f"query stopped: the query workers went over the memory budget "
                                 f"({human_size(pool.max_memory)}, kg serve --max-memory)\n").encode("utf-8"))
            elif kind == "busy":
                self._send(503, b"all query workers are busy; try again\n", extra={"Retry-After": "1"})
            elif kind == "unavailable":
                self._send(503, (payload + "\n").encode("utf-8"))
            elif kind == "died":
                self._send(500, b"the query worker died; try again\n")
            else:
                self._send(500, f"query failed: {payload}\n".encode("utf-8"))

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
            if "update" in args:
                self._send(403, b"this endpoint is read-only; updates are refused\n")
                return
            if parsed.path == "/" and "query" not in args:
                self._send(200, b"kg read-only SPARQL endpoint: GET or POST /query?query=...\n")
                return
            self._query((args.get("query") or [None])[0], (args.get("format") or [None])[0])

        do_HEAD = do_GET

        def _read_body(self) -> bytes | None:
            """The POST body, or None once 411/400/413 is answered (or the client went away)."""
            if self.headers.get("Transfer-Encoding"):
                self._send(411, b"send the body with a Content-Length header (chunked bodies are not accepted)\n")
                return None
            lengths = self.headers.get_all("Content-Length") or []
            if not lengths:
                self._send(411, b"a POST needs a Content-Length header\n")
                return None
            try:
                length = int(lengths[0])
                if length < 0 or len(set(lengths)) != 1:
                    raise ValueError(lengths)
            except ValueError:
                self._send(400, b"bad Content-Length header\n")
                return None
            if length > max_body:
                self._send(413, f"request body over {max_body:,} bytes; send a shorter query\n".encode("utf-8"))
                self._drain(length)
                return None
            body = self.rfile.read(length)
            return body if len(body) == length else None

        def _drain(self, length: int) -> None:
            # Read (and drop) what the client is still sending, so that it reads our 413 rather
            # than a reset connection; bounded in bytes and by the request deadline.
            left = min(length, _DRAIN_LIMIT)
            try:
                self.wfile.flush()
                while left > 0:
                    chunk = self.rfile.read1(min(left, 65536))
                    if not chunk:
                        break
                    left -= len(chunk)
            except OSError:
                pass

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
            raw = self._read_body()
            if raw is None:
                return
            body = raw.decode("utf-8", "replace")
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if content_type == "application/sparql-query":
                text, requested, args = body, None, {}
            else:
                args = urllib.parse.parse_qs(body)
                text, requested = (args.get("query") or [None])[0], (args.get("format") or [None])[0]
            if content_type == "application/sparql-update" or "update" in args:
                self._send(403, b"this endpoint is read-only; updates are refused\n")
                return
            self._query(text, requested)

        def _refuse(self):
            self._send(403, b"this endpoint is read-only\n")

        do_PUT = do_DELETE = do_PATCH = _refuse

    try:
        return EndpointServer((host, port), Handler, pool, max_connections, header_timeout)
    except OSError as error:
        pool.close()
        raise KgError(f"cannot listen on {host}:{port} ({error.strerror or error}); choose another --port") from None


def serve(store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
          limit: int = DEFAULT_LIMIT, ready=None, **options) -> None:
    """Serve `store` read-only until interrupted. `ready(url)` is called once it listens;
    `options` are make_server's (max_memory, workers, allow_service, ...)."""
    server = make_server(store, host, port, timeout, limit, **options)
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
