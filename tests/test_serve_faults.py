"""`kg serve` against hostile clients: federation (SERVICE) to a listener that records hits,
oversized and malformed requests, slow clients, too many connections, runaway queries stopped
by timeout or memory budget, and writes made while serving.

Every server here binds 127.0.0.1; every socket has a timeout and every loop a bound.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.endpoint
from kg.endpoint import check_federation, make_server, parse_size
from kg.errors import QueryError, UsageError
from kg.store import load_files, remove_article
from test_query import FIXTURE_QUADS, write_fixture

ID = "https://w3id.org/polecon-kg/id/"
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CROSS_SORT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


# ---------------------------------------------------------------- helpers


class Listener:
    """An HTTP server on 127.0.0.1 standing for a service only the host can reach; it records
    every request and answers like a SPARQL endpoint, so a leak would also return data."""

    def __init__(self):
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                hits.append(self.path)
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = json.dumps({"head": {"vars": ["x"]},
                                   "results": {"bindings": [{"x": {"type": "literal", "value": "internal"}}]}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/internal"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def listener():
    hits = Listener()
    yield hits
    hits.close()


@pytest.fixture()
def store(tmp_path):
    folder = tmp_path / "store"
    load_files([write_fixture(tmp_path)], folder)
    return folder


@pytest.fixture()
def big_store(tmp_path):
    """3,000 quads: enough that a three-way cross join runs for hours and a sorted two-way one
    needs gigabytes."""
    lines = [f"<{ID}graph/bulk> {{"]
    lines += [f'<{ID}thing/{i}> <{ID}p{i % 7}> "value {i}" .' for i in range(3000)]
    path = tmp_path / "bulk.trig"
    path.write_text("\n".join(lines) + "\n}\n", encoding="utf-8")
    folder = tmp_path / "big-store"
    load_files([path], folder)
    return folder


@pytest.fixture()
def serve():
    """make_server in a thread; yields start(store, **options) -> (query URL, server)."""
    servers = []

    def start(folder, **options):
        options.setdefault("workers", 2)
        server = make_server(folder, port=0, **options)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/query", server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def get(url: str, query: str, timeout: float = 60) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url + "?query=" + urllib.parse.quote(query), timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def post(url: str, data: bytes, content_type: str = "application/sparql-query", timeout: float = 60) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def count(url: str) -> int:
    status, body = get(url, COUNT)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def raw(url: str, request: bytes, read_timeout: float = 30) -> bytes:
    """Send raw bytes to the server; everything it answers before closing (bounded by the timeout)."""
    port = urllib.parse.urlparse(url).port
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as conn:
        conn.sendall(request)
        answer = b""
        while len(answer) < 1_000_000:
            chunk = conn.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer


def status_of(answer: bytes) -> int:
    """The status of a raw answer; an HTTP/0.9-style answer (no status line) says it in its page."""
    if answer.startswith(b"HTTP/"):
        return int(answer.split(b" ", 2)[1])
    match = re.search(rb"Error code: (\d+)", answer)
    return int(match.group(1)) if match else 0


# ---------------------------------------------------------------- federation


def spellings(target: str) -> dict[str, str]:
    """SERVICE calls as a client could spell them; each reaches `target` if the engine runs it."""
    base, name = target.rsplit("/", 1)
    return {
        "plain": f"SELECT * WHERE {{ SERVICE <{target}> {{ ?x ?y ?z }} }}",
        "lower case": f"select * where {{ service <{target}> {{ ?x ?y ?z }} }}",
        "silent": f"SELECT * WHERE {{ SERVICE SILENT <{target}> {{ ?x ?y ?z }} }}",
        "no spaces": f"SELECT*{{SERVICE<{target}>{{?x ?y ?z}}}}",
        "glued silent": f"SELECT*{{SERVICESILENT<{target}>{{?x ?y ?z}}}}",
        "prefixed name": f"PREFIX e: <{base}/> SELECT * WHERE {{ SERVICE e:{name} {{ ?x ?y ?z }} }}",
        "keyword then colon": f"PREFIX : <{base}/> SELECT * WHERE {{ SERVICE:{name} {{ ?x ?y ?z }} }}",
        "relative to BASE": f"BASE <{base}/> SELECT * WHERE {{ SERVICE <{name}> {{ ?x ?y ?z }} }}",
        "in OPTIONAL": f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{target}> {{ ?x ?y ?z }} }} }}",
        "in FILTER EXISTS": f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{target}> {{ ?x ?y ?z }} }} }}",
        "in a subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{target}> {{ ?x ?y ?z }} }} }} }}",
        "ASK": f"ASK {{ SERVICE <{target}> {{ ?x ?y ?z }} }}",
        "CONSTRUCT": f"CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{target}> {{ ?x ?y ?z }} }}",
        "comment between": f"SELECT * WHERE {{ SERVICE # a comment\n <{target}> {{ ?x ?y ?z }} }}",
        "tabs and CRLF": f"SELECT * WHERE {{\r\n\tSERVICE\t<{target}>\r\n{{ ?x ?y ?z }} }}",
        "after VALUES": f"SELECT * WHERE {{ VALUES ?q {{ UNDEF }}SERVICE<{target}>{{ ?x ?y ?z }} }}",
        "after a literal": f'SELECT * WHERE {{ ?s ?p ?o . FILTER(?o != "x")SERVICE<{target}>{{ ?x ?y ?z }} }}',
        "escaped # in a name": f"PREFIX e: <http://e.example/> SELECT * WHERE {{ ?s ?p ?o . ?s ?p e:a\\# SERVICE <{target}> {{ ?x ?y ?z }} }}",
        "escaped quote in a name": f"PREFIX e: <http://e.example/> SELECT * WHERE {{ ?s ?p e:a\\' . SERVICE <{target}> {{ ?x ?y ?z }} FILTER(?s != 'q') }}",
        "IRI with a quote": f"SELECT * WHERE {{ ?s ?p <http://x.example/a'> . SERVICE <{target}> {{ ?x ?y ?z }} FILTER(?s != 'q') }}",
        "less-than operators": f"SELECT * WHERE {{ ?s ?p ?o FILTER(?o<?p)SERVICE<{target}>{{?x ?y ?z}} FILTER(?o>?p) }}",
        "unicode escape": "SELECT * WHERE { \\u0053ERVICE <" + target + "> { ?x ?y ?z } }",
    }


def test_the_federation_check_catches_every_spelling_the_engine_runs(listener):
    """Run each spelling on pyoxigraph itself: whichever reaches the listener must be refused."""
    engine = ox.Store()
    engine.add(ox.Quad(ox.NamedNode("http://s.example/"), ox.NamedNode("http://p.example/"), ox.Literal("o")))
    reached = []
    for name, query in spellings(listener.url).items():
        before = len(listener.hits)
        try:
            answer = engine.query(query)
            bool(answer) if isinstance(answer, ox.QueryBoolean) else list(answer)
        except (SyntaxError, RuntimeError, OSError):
            pass
        if len(listener.hits) > before:
            reached.append(name)
        with pytest.raises(QueryError, match="SERVICE"):
            check_federation(query)
    assert len(reached) >= 10, reached  # the listener works: most spellings do reach it


def test_words_that_only_look_like_service_are_allowed():
    for query in [
        'SELECT ?l WHERE { ?x rdfs:label ?l FILTER(CONTAINS(?l, "Civil Service")) }',
        "SELECT ?service WHERE { ?service ?p ?o }",
        "SELECT * WHERE { ?s <http://example.org/service> ?o }  # SERVICE in a comment",
        "SELECT * WHERE { ?s ?p '''a SERVICE <http://x> {}''' }",
    ]:
        check_federation(query)
    with pytest.raises(QueryError, match="write that IRI in full"):
        check_federation("PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:p ?o }")


def test_serve_refuses_service_before_running_it(store, serve, listener):
    url, _ = serve(store)
    for name, query in spellings(listener.url).items():
        status, body = get(url, query)
        assert status == 400, (name, body)
        assert b"SERVICE" in body and b"refused" in body, body
        status, _ = post(url, query.encode("utf-8"))
        assert status == 400, name
        status, _ = post(url, urllib.parse.urlencode({"query": query}).encode(), "application/x-www-form-urlencoded")
        assert status == 400, name
    assert listener.hits == []
    assert count(url) == FIXTURE_QUADS  # the server still answers


def test_allow_service_lets_exactly_the_named_url_through(store, serve, listener):
    url, _ = serve(store, allow_service=[listener.url])
    status, body = get(url, f"SELECT ?x WHERE {{ SERVICE <{listener.url}> {{ ?x ?y ?z }} }}")
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"] == [{"x": {"type": "literal", "value": "internal"}}]
    assert len(listener.hits) == 1
    other = listener.url + "/../other"
    status, body = get(url, f"SELECT ?x WHERE {{ SERVICE <{other}> {{ ?x ?y ?z }} }}")
    assert status == 400 and other.encode() in body
    assert len(listener.hits) == 1


# ---------------------------------------------------------------- request size and shape


def test_a_large_body_gets_413_and_nothing_is_read_into_a_query(store, serve):
    url, _ = serve(store)
    query = b"SELECT * WHERE { ?s ?p ?o } # " + b"x" * 2_000_000
    status, body = post(url, query)
    assert status == 413 and b"request body over" in body
    status, _ = post(url, b"SELECT * WHERE { ?s ?p ?o } # " + b"x" * 900_000)
    assert status == 200  # under the limit, a long comment is still fine
    assert count(url) == FIXTURE_QUADS


def test_bodies_without_a_usable_length_are_refused(store, serve):
    url, _ = serve(store)
    path = "/query"
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
    assert status_of(raw(url, (head + "Transfer-Encoding: chunked\r\n\r\n5\r\nASK {\r\n0\r\n\r\n").encode())) == 411
    assert status_of(raw(url, (head + "\r\nASK {}").encode())) == 411
    assert status_of(raw(url, (head + "Content-Length: -5\r\n\r\n").encode())) == 400
    assert status_of(raw(url, (head + "Content-Length: 6\r\nContent-Length: 60\r\n\r\nASK {}").encode())) == 400
    assert status_of(raw(url, (head + "Content-Length: 2000000\r\n\r\n").encode())) == 413


def test_hostile_requests_get_an_error_and_the_server_keeps_answering(store, serve):
    url, _ = serve(store)
    hostile = {
        "garbage request line": b"\x00\x01\x02 nonsense\r\n\r\n",
        "unknown version": b"GET /query HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
        "70 kB URL": b"GET /query?query=" + b"A" * 70_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "200 headers": b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\n",
        "70 kB header": b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"y" * 70_000 + b"\r\n\r\n",
        "absolute URI to elsewhere": b"GET http://example.org/query?query=ASK%7B%7D HTTP/1.1\r\nHost: example.org\r\n\r\n",
        "no Host header": b"GET /query?query=ASK%7B%7D HTTP/1.1\r\n\r\n",
        "bytes that are not UTF-8": b"GET /query?query=%FF%FE%80 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "broken percent escapes": b"GET /query?query=%G0%%%2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "update through GET": b"GET /query?update=DROP%20ALL HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "update as a query": b"GET /query?query=CLEAR%20ALL HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "DELETE": b"DELETE /store HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "TRACE": b"TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "CONNECT": b"CONNECT example.org:443 HTTP/1.1\r\nHost: example.org\r\n\r\n",
        "path traversal": b"GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    }
    for name, request in hostile.items():
        answer = raw(url, request)
        status = status_of(answer)
        assert 400 <= status < 600, (name, answer[:200])
        assert b"root:" not in answer
    # HTTP/0.9 has no status line and no Host header: the answer is the refusal alone.
    assert raw(url, b"GET /query?query=ASK%7B%7D\r\n\r\n") == b"forbidden host\n"
    assert count(url) == FIXTURE_QUADS


def test_slow_and_idle_clients_are_cut_off_at_the_request_deadline(store, serve):
    url, _ = serve(store, header_timeout=0.5)
    port = urllib.parse.urlparse(url).port
    for partial in [b"", b"GET /query?query=ASK", b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nASK"]:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(partial)
            assert conn.recv(65536) == b""  # closed by the server (our own timeout would raise)
    assert count(url) == FIXTURE_QUADS


def test_connections_are_bounded(store, serve, monkeypatch):
    monkeypatch.setattr(kg.endpoint, "SLOT_WAIT", 0.2)
    url, _ = serve(store, max_connections=2, header_timeout=30)
    port = urllib.parse.urlparse(url).port
    idle = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(2)]
    try:
        answer = raw(url, b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert status_of(answer) == 503 and b"too many connections" in answer
    finally:
        for conn in idle:
            conn.close()
    for _ in range(50):  # the two handlers notice the closed sockets and free their slots
        if status_of(raw(url, b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")) == 200:
            break
    else:
        pytest.fail("the server did not recover its connection slots")


# ---------------------------------------------------------------- runaway queries


def test_a_timed_out_query_is_stopped_and_its_worker_replaced(big_store, serve):
    url, server = serve(big_store, timeout=1.0, workers=1)
    [before] = server.workers.pids()
    status, body = get(url, CROSS_COUNT)
    assert status == 503 and b"timed out" in body and b"stopped" in body
    assert before not in server.workers.pids()
    assert not Path(f"/proc/{before}").exists()  # killed and reaped: its CPU is back
    assert count(url) == 3000  # a fresh worker answers
    assert server.workers.stopped["timeout"] == 1


def test_a_query_over_the_memory_budget_is_stopped(big_store, serve):
    url, server = serve(big_store, timeout=120, workers=1, max_memory=parse_size("200M"))
    [before] = server.workers.pids()
    status, body = get(url, CROSS_SORT, timeout=180)
    assert status == 503 and b"memory budget" in body and b"200.0 MiB" in body
    assert not Path(f"/proc/{before}").exists()
    assert count(url) == 3000
    assert server.workers.stopped["memory"] == 1


def test_memory_sizes_are_read_like_people_write_them():
    assert parse_size("512M") == 512 * 1024**2
    assert parse_size("2G") == parse_size("2GB") == parse_size("2GiB") == 2 * 1024**3
    assert parse_size("1000") == 1000
    with pytest.raises(UsageError, match="512M"):
        parse_size("lots")
    with pytest.raises(UsageError, match="at least 64M"):
        make_server(".", port=0, max_memory=1000)


# ---------------------------------------------------------------- writes while serving


def test_serve_sees_loads_and_removals_without_a_restart(store, serve, tmp_path):
    url, _ = serve(store)
    assert count(url) == FIXTURE_QUADS
    extra = tmp_path / "extra.trig"
    extra.write_text(f'<{ID}graph/extra> {{ <{ID}article/extra> a <https://w3id.org/polecon-kg/ontology#Article> . }}\n',
                     encoding="utf-8")
    load_files([extra], store)  # serve takes no lock: the load goes ahead while it runs
    assert count(url) == FIXTURE_QUADS + 1
    status, body = get(url, f"ASK {{ <{ID}article/extra> a kg:Article }}")
    assert json.loads(body)["boolean"] is True
    remove_article("extra", store)
    assert count(url) == FIXTURE_QUADS
    remove_article("probe", store)
    assert count(url) < FIXTURE_QUADS


def test_serve_needs_an_existing_store(tmp_path):
    from kg.errors import InputError

    with pytest.raises(InputError, match="no store here"):
        make_server(tmp_path / "nowhere", port=0)


def test_cli_serve_options_are_checked(store):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    bad_size = runner.invoke(app, ["serve", "--store", str(store), "--max-memory", "lots"])
    assert bad_size.exit_code == 2 and "512M" in bad_size.stderr
    bad_url = runner.invoke(app, ["serve", "--store", str(store), "--allow-service", "file:///etc/passwd"])
    assert bad_url.exit_code == 2 and "not an http(s) URL" in bad_url.stderr


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError):
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process trees from Linux /proc")
def test_killing_the_server_stops_a_running_query(big_store):
    """kill -9 of `kg serve` mid-query leaves no worker computing for nobody."""
    import signal
    import subprocess
    import sys
    import time

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(big_store),
         "--port", str(port), "--timeout", "600", "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(300):
            if server.poll() is None and get_or_none(url, "ASK {}") == 200:
                break
            time.sleep(0.1)
        [worker] = children(server.pid)
        threading.Thread(target=get_or_none, args=(url, CROSS_COUNT), daemon=True).start()
        for _ in range(100):  # the worker takes the query
            if cpu_ticks(worker) > 0 and busy(worker):
                break
            time.sleep(0.05)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        for _ in range(200):
            if not Path(f"/proc/{worker}").exists() or state(worker) == "Z":
                break
            time.sleep(0.05)
        assert not Path(f"/proc/{worker}").exists() or state(worker) == "Z", "the worker outlived the server"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_or_none(url: str, query: str) -> int | None:
    try:
        return get(url, query, timeout=600)[0]
    except OSError:
        return None


def stat_fields(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def state(pid: int) -> str:
    try:
        return stat_fields(pid)[0]
    except OSError:
        return "gone"


def cpu_ticks(pid: int) -> int:
    fields = stat_fields(pid)
    return int(fields[11]) + int(fields[12])


def busy(pid: int) -> bool:
    return state(pid) == "R"
