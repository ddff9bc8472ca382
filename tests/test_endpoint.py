"""SPARQL over HTTP against real servers on loopback: `oxigraph serve` (push, query, compare with
the local store) and `kg serve` (answers queries, refuses updates, limits and times out)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.endpoint import make_server, sparql_query
from kg.errors import EndpointError
from kg.query import run_query
from kg.store import load_files
from test_query import FIXTURE_QUADS, FIXTURE_TRIG, write_fixture

runner = CliRunner()
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {process.stderr.read().decode()[:500]}")
        try:
            urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=1).read()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not come up")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture()
def graph(tmp_path):
    return write_fixture(tmp_path)


@pytest.fixture()
def local_store(graph, tmp_path):
    store = tmp_path / "local-store"
    load_files([graph], store)
    return store


@pytest.fixture()
def oxigraph_server(tmp_path):
    """`oxigraph serve` on a free loopback port with a temporary store; (query URL, store URL)."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/query", process)
        yield base + "/query", base + "/store"
    finally:
        stop(process)


def answers(query: str, **source) -> dict:
    result = run_query(query, **source)
    if result.form == "select":
        return {"vars": result.variables, "rows": sorted(tuple(str(t) for t in row) for row in result.rows)}
    return {"boolean": result.boolean}


# ---------------------------------------------------------------- oxigraph serve


def test_push_then_query_gives_the_local_store_answer(graph, local_store, oxigraph_server):
    query_url, store_url = oxigraph_server
    pushed = kg("push", graph, "--endpoint", store_url)
    assert pushed.exit_code == 0, pushed.output
    assert "pushed 2 graph(s)" in pushed.stderr
    for query, params in [
        (COUNT, {}),
        ("positions", {}),
        ("people-met", {}),
        ("quotes", {"person": "Xi Jinping"}),
        ("co-occurrence", {"actor": "jack ma"}),
        ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", {}),
    ]:
        remote = answers(query, endpoint=query_url, params=params)
        local = answers(query, store=local_store, params=params)
        assert remote == local, query
        assert remote["rows"], query
    cli = kg("query", "positions", "--endpoint", query_url, "--format", "csv")
    assert cli.exit_code == 0
    assert cli.stdout.splitlines()[1] == "Pony Ma,CEO,,Tencent,,,summit"


def test_pushing_again_replaces_article_graphs(graph, local_store, tmp_path, oxigraph_server):
    query_url, store_url = oxigraph_server
    assert kg("push", "--store", local_store, "--endpoint", store_url).exit_code == 0
    assert kg("push", "--store", local_store, "--endpoint", store_url).exit_code == 0
    assert run_query(COUNT, endpoint=query_url).rows[0][0].value == str(FIXTURE_QUADS)
    changed = tmp_path / "changed.trig"
    changed.write_text(FIXTURE_TRIG.replace("remove all kinds of obstacles", "open the door"), encoding="utf-8")
    assert kg("push", changed, "--endpoint", store_url).exit_code == 0
    quotes = [r["quote"] for r in run_query("quotes", endpoint=query_url).records()]
    assert quotes == ["we will cooperate", "open the door"]
    assert run_query(COUNT, endpoint=query_url).rows[0][0].value == str(FIXTURE_QUADS)


def test_hostile_parameter_stays_a_value_at_the_endpoint(graph, oxigraph_server):
    query_url, store_url = oxigraph_server
    kg("push", graph, "--endpoint", store_url)
    for hostile in ['Xi" } ?s ?p ?o {"', "x' } UNION { ?q kg:quoteText ?quote } #"]:
        assert run_query("quotes", endpoint=query_url, params={"person": hostile}).rows == []


def test_endpoint_error_answer_is_one_line(oxigraph_server):
    query_url, _ = oxigraph_server
    with pytest.raises(EndpointError, match="HTTP 400"):
        sparql_query(query_url, "SELECT ?x WHERE { ?x ?p ?o } GROUP BY")


def test_unreachable_endpoint_is_a_clear_error():
    url = f"http://127.0.0.1:{free_port()}/query"
    result = kg("query", COUNT, "--endpoint", url)
    assert result.exit_code == 1
    assert "cannot reach" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert kg("query", COUNT, "--endpoint", "ftp://example.org/").exit_code == 2
    assert kg("push", "--endpoint", url).exit_code == 2  # neither files nor --store


# ---------------------------------------------------------------- kg serve


def test_kg_serve_answers_queries_and_refuses_updates(local_store):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(local_store), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_until_up(url, process)
        assert answers("positions", endpoint=url) == answers("positions", store=local_store)
        assert run_query(COUNT, endpoint=url).rows[0][0].value == str(FIXTURE_QUADS)
        get = urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK { ?s a kg:Quote }"), timeout=5)
        assert json.loads(get.read()) == {"head": {}, "boolean": True}
        for method, target, body, content_type in [
            ("POST", url, urllib.parse.urlencode({"query": "DELETE WHERE { ?s ?p ?o }"}), "application/x-www-form-urlencoded"),
            ("POST", url.replace("/query", "/update"), urllib.parse.urlencode({"update": "CLEAR ALL"}), "application/x-www-form-urlencoded"),
            ("POST", url, "DROP ALL", "application/sparql-update"),
            ("PUT", url, "<http://a> <http://b> <http://c> .", "application/n-triples"),
        ]:
            request = urllib.request.Request(target, data=body.encode(), method=method, headers={"Content-Type": content_type})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=5)
            assert refused.value.code == 403, (method, target, body)
        assert run_query(COUNT, endpoint=url).rows[0][0].value == str(FIXTURE_QUADS)
    finally:
        stop(process)


@pytest.fixture()
def served(local_store):
    """make_server in a thread, with a small limit and a short timeout."""
    servers = []

    def start(**options):
        server = make_server(local_store, port=0, **options)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        host, port = server.server_address[:2]
        return f"http://{host}:{port}/query"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_serve_binds_loopback_by_default(served):
    assert served().startswith("http://127.0.0.1:")


def test_serve_result_limit(served):
    url = served(limit=3)
    request = urllib.request.Request(url + "?query=" + urllib.parse.quote("SELECT ?s WHERE { ?s ?p ?o }"), headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.headers["X-Kg-Truncated"] == "true"
        assert len(response.read().decode().splitlines()) == 1 + 3


def test_serve_query_timeout(served):
    url = served(timeout=0.05)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(urllib.error.HTTPError) as timed_out:
        urllib.request.urlopen(url + "?query=" + urllib.parse.quote(slow), timeout=30)
    assert timed_out.value.code == 503


def test_serve_malformed_query_is_400(served):
    url = served()
    with pytest.raises(EndpointError, match="HTTP 400"):
        sparql_query(url, "SELECT WHERE {", union=False)


def test_serve_refuses_foreign_host_names(served):
    """A page that rebinds its DNS name to 127.0.0.1 gets 403, and no CORS header is sent."""
    url = served()
    query = "?query=" + urllib.parse.quote("ASK {}")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(url + query, headers={"Host": "evil.example"}), timeout=5)
    assert refused.value.code == 403
    with urllib.request.urlopen(url + query, timeout=5) as response:
        assert response.headers.get("Access-Control-Allow-Origin") is None
        assert json.loads(response.read())["boolean"] is True
