"""The Oxigraph store: kg load (replace by article, idempotent), kg remove, Turtle split by
article, a killed ingest leaves every article graph whole, kg explain."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.store import explain_entity, iter_graphs_for_push, load_files, open_store, split_by_article
from test_query import FIXTURE_QUADS, FIXTURE_TRIG, write_fixture

runner = CliRunner()
ID = "https://w3id.org/polecon-kg/id/"
SUMMIT, PROBE = ID + "graph/summit", ID + "graph/probe"


def kg(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def quads(store_dir: Path, graph: str | None = None) -> set[str]:
    store = open_store(store_dir, read_only=True)
    name = ox.NamedNode(graph) if graph else None
    return {str(q) for q in store.quads_for_pattern(None, None, None, name)}


def as_graphs(store_dir: Path) -> dict[str, Graph]:
    """Each named graph of a store as an rdflib Graph, for `isomorphic`."""
    store = open_store(store_dir, read_only=True)
    graphs = {}
    for name in store.named_graphs():
        triples = "".join(f"{q.triple} .\n" for q in store.quads_for_pattern(None, None, None, name))
        graphs[name.value] = Graph().parse(data=triples, format="nt")
    return graphs


def same_store(a: dict[str, Graph], b: dict[str, Graph]) -> bool:
    return a.keys() == b.keys() and all(isomorphic(a[g], b[g]) for g in a)


@pytest.fixture()
def graph(tmp_path):
    return write_fixture(tmp_path)


@pytest.fixture()
def turtle(graph, tmp_path):
    """The fixture as one union graph in Turtle, as `kg extract -o graph.ttl` writes it."""
    store = ox.Store()
    store.load(path=str(graph))
    path = tmp_path / "graph.ttl"
    ox.serialize([q.triple for q in store], output=str(path), format=ox.RdfFormat.TURTLE)
    return path


def test_load_keeps_article_graphs_and_loading_twice_changes_nothing(graph, tmp_path):
    store = tmp_path / "store"
    first = kg("load", graph, "--store", store)
    assert first.exit_code == 0, first.output
    assert "2 article graph(s) added" in first.stderr
    before = as_graphs(store)
    assert len(quads(store)) == FIXTURE_QUADS
    second = kg("load", graph, "--store", store)
    assert second.exit_code == 0
    assert "2 unchanged" in second.stderr and "0 triples written" in second.stderr
    assert same_store(before, as_graphs(store))
    assert len(quads(store)) == FIXTURE_QUADS


def test_a_changed_article_replaces_its_graph_and_nothing_else(graph, tmp_path):
    store = tmp_path / "store"
    load_files([graph], store)
    probe_before = quads(store, PROBE)
    changed = tmp_path / "changed.trig"
    changed.write_text(FIXTURE_TRIG.replace("remove all kinds of obstacles", "open the door"), encoding="utf-8")
    report = load_files([changed], store)
    assert report.replaced == [SUMMIT] and report.unchanged == [PROBE]
    assert quads(store, PROBE) == probe_before
    summit = "\n".join(quads(store, SUMMIT))
    assert "open the door" in summit and "remove all kinds of obstacles" not in summit
    assert len(quads(store)) == FIXTURE_QUADS


def test_turtle_is_split_into_article_graphs(turtle, tmp_path):
    store = tmp_path / "store"
    report = load_files([turtle], store)
    assert sorted(report.added) == [PROBE, SUMMIT]
    probe, summit = "\n".join(quads(store, PROBE)), "\n".join(quads(store, SUMMIT))
    assert "governmentbody/samr" in probe and "governmentbody/samr" not in summit
    assert "quote/q1" in summit and "quote/q1" not in probe
    assert "role/ceo" in summit  # reached only through the position fact
    # the founded shortcut follows its assertion's article, not every article Jack Ma is in
    assert "ontology#founded> <https://w3id.org/polecon-kg/id/company/alibaba>" in summit
    assert "ontology#founded>" not in probe.replace("rdf-syntax-ns#predicate> <https://w3id.org/polecon-kg/ontology#founded>", "")
    assert load_files([turtle], store).unchanged == [PROBE, SUMMIT]


def test_split_without_articles_goes_to_the_default_graph():
    triples = [ox.Triple(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal("c"))]
    assert split_by_article(triples) == {None: triples}


def test_remove_drops_one_article(graph, tmp_path):
    store = tmp_path / "store"
    load_files([graph], store)
    summit_before = quads(store, SUMMIT)
    result = kg("remove", "probe", "--store", store)
    assert result.exit_code == 0, result.output
    assert quads(store, PROBE) == set()
    assert quads(store, SUMMIT) == summit_before
    again = kg("remove", "probe", "--store", store)
    assert again.exit_code == 1
    assert again.stderr.startswith("kg: error: no article 'probe'")
    assert len(again.stderr.strip().splitlines()) == 1


def test_a_bad_file_in_a_batch_changes_nothing(graph, tmp_path):
    store = tmp_path / "store"
    bad = tmp_path / "bad.trig"
    bad.write_text("<http://a> { <http://s> <http://p> }", encoding="utf-8")
    result = kg("load", graph, bad, "--store", store)
    assert result.exit_code == 1
    assert str(bad) in result.stderr
    assert not (store / "CURRENT").exists() or quads(store) == set()


def test_query_a_store(graph, tmp_path):
    store = tmp_path / "store"
    load_files([graph], store)
    result = kg("query", "positions", "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == "Pony Ma,CEO,,Tencent,,,summit"
    missing = kg("query", "positions", "--store", tmp_path / "nowhere")
    assert missing.exit_code == 1 and "kg load" in missing.stderr


def test_store_path_that_is_a_file_is_refused(graph, tmp_path):
    result = kg("load", graph, "--store", graph)
    assert result.exit_code == 1
    assert "not a store folder" in result.stderr


def test_push_graphs_one_per_article(graph, tmp_path):
    store = tmp_path / "store"
    load_files([graph], store)
    from_store = dict(iter_graphs_for_push(store=store))
    from_file = dict(iter_graphs_for_push([graph]))
    assert sorted(from_store) == sorted(from_file) == [PROBE, SUMMIT]
    assert set(from_store[PROBE].decode().splitlines()) == set(from_file[PROBE].decode().splitlines())


def test_explain_shows_names_articles_and_reasons(graph, tmp_path):
    store = tmp_path / "store"
    load_files([graph], store)
    [jack] = explain_entity("jack ma", store=store)
    assert jack.iri == ID + "person/jack-ma"
    assert [a.article for a in jack.articles] == [ID + "article/probe", ID + "article/summit"]
    probe = jack.articles[0]
    assert probe.names == ["Jack Ma", "Ma"] and "same canonical name" in probe.reason
    [samr] = explain_entity("SAMR", [graph])
    assert samr.aliases == ["SAMR"]
    result = kg("explain", "person/jack-ma", "-g", graph)
    assert result.exit_code == 0
    assert "id:article/summit" in result.stdout and "id:article/probe" in result.stdout
    unknown = kg("explain", "Nobody Atall", "-g", graph)
    assert unknown.exit_code == 1 and "no entity" in unknown.stderr
    misspelt = kg("explain", "Jack Mma", "-g", graph)
    assert misspelt.exit_code == 1 and "did you mean 'Jack Ma'" in misspelt.stderr


def _article_trig(n: int, facts: int) -> str:
    lines = [f"<{ID}graph/a{n}> {{", f"<{ID}article/a{n}> a <https://w3id.org/polecon-kg/ontology#Article> ."]
    for i in range(facts):
        lines.append(f'<{ID}quote/a{n}-{i}> <https://w3id.org/polecon-kg/ontology#quoteText> "quote {i} of article {n}" .')
    lines.append("}")
    return "\n".join(lines) + "\n"


def test_a_killed_ingest_leaves_every_article_graph_whole(tmp_path):
    """Kill `kg load` mid-run: each article graph is then either absent or complete."""
    articles, facts = 120, 120  # 14,400 quads: two transactions
    files = []
    for n in range(articles):
        path = tmp_path / f"a{n}.trig"
        path.write_text(_article_trig(n, facts), encoding="utf-8")
        files.append(str(path))
    def command(store: Path) -> list[str]:
        return [sys.executable, "-c", "from kg.cli import main; main()", "load", "--store", str(store), *files]

    def logged(store: Path) -> int:
        return sum(p.stat().st_size for p in store.glob("*.log")) if store.is_dir() else 0

    # A full run first, to learn how much write-ahead log the whole load writes.
    subprocess.run(command(tmp_path / "full"), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    half = logged(tmp_path / "full") // 2
    store = tmp_path / "store"
    process = subprocess.Popen(command(store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill when half of that log is written: mid-run, whatever the speed of the machine.
    while process.poll() is None and logged(store) < half:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    oxstore = open_store(store, read_only=True)
    sizes = {}
    for g in oxstore.named_graphs():
        sizes[g.value] = sum(1 for _ in oxstore.quads_for_pattern(None, None, None, g))
    assert all(size == facts + 1 for size in sizes.values()), sorted(set(sizes.values()))
    print(f"killed with {len(sizes)} of {articles} article graphs written")
    del oxstore
    # Running the load again completes the store.
    report = load_files(files, store)
    assert len(report.added) + len(report.unchanged) == articles
    assert len(report.unchanged) == len(sizes)


# ---------------------------------------------------------------- readers, writers and failing disks


def test_a_second_writer_is_told_who_holds_the_store(graph, tmp_path, monkeypatch):
    import kg.store as kg_store

    store = tmp_path / "store"
    load_files([graph], store)
    monkeypatch.setattr(kg_store, "WRITE_LOCK_WAIT", 0.3)
    writer = ox.Store(str(store))  # another writer holds the lock
    try:
        result = kg("load", graph, "--store", store)
        assert result.exit_code == 1
        assert len(result.stderr.strip().splitlines()) == 1
        assert "`kg load` or `kg remove`" in result.stderr and "kg serve" not in result.stderr
        reading = kg("query", "positions", "--store", store, "--format", "csv")  # readers take no lock
        assert reading.exit_code == 0 and "Pony Ma,CEO,,Tencent,,,summit" in reading.stdout
    finally:
        del writer


def test_storage_errors_are_one_line_saying_what_to_do():
    import errno

    from kg.store import storage_failure

    full = storage_failure(OSError("IO error: No space left on device: While appending to file: /s/000008.log"), "/s", "loading")
    assert "disk holding the store is full" in str(full) and "run the command again" in str(full)
    assert "free some space" in str(storage_failure(OSError(errno.ENOSPC, "No space left on device"), "/s", "loading"))
    assert "ulimit -n" in str(storage_failure(OSError(errno.EMFILE, "Too many open files"), "/s", "loading"))
    assert "permission" in str(storage_failure(PermissionError(errno.EACCES, "Permission denied"), "/s", "loading"))
    for error in (full, storage_failure(OSError("IO error: something\nelse"), "/s", "reading")):
        assert "\n" not in str(error)


def test_a_load_that_hits_a_file_size_limit_fails_in_one_line(graph, tmp_path):
    """A write that the system refuses (here a 64 kB file-size limit, like a full disk) is one line."""
    store = tmp_path / "store"
    limited = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))\n"
        "from kg.cli import main\n"
        f"sys.argv = ['kg', 'load', '--store', {str(store)!r}, {str(graph)!r}]\n"
        "main()\n"
    )
    big = tmp_path / "big.trig"
    big.write_text(FIXTURE_TRIG + _article_trig(0, 3000), encoding="utf-8")
    limited = limited.replace(repr(str(graph)), repr(str(big)))
    result = subprocess.run([sys.executable, "-c", limited], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "file size limit" in lines[0] and "ulimit -f" in lines[0]


def test_queries_during_a_load_see_whole_committed_articles(tmp_path):
    """`kg query --store` while `kg load` writes: every answer is a committed state (whole
    article graphs), never a storage error."""
    articles, facts = 400, 150  # 60,400 quads: several transactions and flushes
    path = tmp_path / "many.trig"
    path.write_text("".join(_article_trig(n, facts) for n in range(articles)), encoding="utf-8")
    store = tmp_path / "store"
    load_files([write_fixture(tmp_path)], store)  # the store exists before the load starts
    base = FIXTURE_QUADS
    process = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "load", "--store", str(store), str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = []
    try:
        for _ in range(400):  # bounded: stops when the load ends
            finished = process.poll() is not None
            result = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv")
            assert result.exit_code == 0, result.stderr
            seen.append(int(result.stdout.splitlines()[1]))
            if finished:
                break
    finally:
        process.wait(timeout=300)
    assert process.returncode == 0, process.stderr.read()
    assert all((n - base) % (facts + 1) == 0 for n in seen), sorted(set(seen))
    assert seen[-1] == base + articles * (facts + 1)
    print(f"{len(seen)} queries during the load saw {len(set(seen))} committed states")
