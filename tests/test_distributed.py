"""Corpus runs on a Dask cluster and into a store (kg.distributed, `kg extract --dask/--store`).

A LocalCluster of two single-threaded workers stands in for a cluster: the output must be the
bytes a local run writes, a worker killed mid-run must not lose an article, and a run killed
with SIGKILL must resume into a store that holds every article exactly once.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError, UsageError

distributed = pytest.importorskip("distributed", reason="the cluster extra (pip install '.[cluster]') is not installed")

runner = CliRunner()

# Short articles written for these tests: who leads which firm, who met whom, a quote, a move.
PEOPLE = ["Marta Quell", "Oren Vasko", "Ines Trujo", "Pavel Dorn", "Lena Okafor", "Tomas Reyk", "Hana Sora",
          "Ivo Brandt", "Nadia Ferro", "Caleb Worth"]
FIRMS = ["Brightwater Mining", "Tallis Freight", "Corvid Analytics", "Sable Grid", "Halden Foods",
         "Merrow Telecom", "Quarry Point Bank", "Ostrava Rail", "Pellucid Labs", "Wexford Steel"]
TEMPLATE = (
    "{person}, the chief executive of {firm}, met Treasury Secretary Janet Yellen in Washington on "
    "Tuesday to discuss export rules. \"We expect a clear answer within weeks,\" {person} told reporters "
    "after the talks. Shares of {firm} rose 4% in New York trading on the news. {firm} said it would "
    "invest in two new plants in Ohio next year."
)


def article(n: int) -> dict:
    return {
        "title": f"{FIRMS[n]} chief meets Yellen",
        "url": f"https://news.example.org/2024/{n:03d}-{FIRMS[n].lower().replace(' ', '-')}",
        "published": f"2024-05-{n + 1:02d}",
        "text": TEMPLATE.format(person=PEOPLE[n], firm=FIRMS[n]),
    }


def write_text_article(folder: Path, n: int) -> None:
    a = article(n)
    header = f"title: {a['title']}\nurl: {a['url']}\npublished: {a['published']}\n---\n"
    (folder / f"story-{n:02d}.txt").write_text(header + a["text"] + "\n", encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path) -> list[str]:
    """A folder of 5 articles and a gzipped JSON Lines shard of 3, one repeating a folder article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(5):
        write_text_article(folder, n)
    shard = tmp_path / "shard-000.jsonl.gz"
    with gzip.open(shard, "wt", encoding="utf-8") as out:
        for n in (5, 2, 6):  # article 2 is in the folder already: the same id, extracted once
            out.write(json.dumps(article(n)) + "\n")
    return [str(folder), str(shard)]


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes (as `--dask local:2` starts), shared by the tests."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as local:
        yield local


def store_quads(folder: Path) -> set[str]:
    from kg.store import open_store

    return {str(q) for q in open_store(folder, read_only=True)}


def store_graphs(folder: Path) -> list[str]:
    """The store's article graphs (not id:entities, the one graph of entity descriptions)."""
    from kg.store import article_graphs, entities_graph, open_store

    return [g for g in article_graphs(open_store(folder, read_only=True)) if g != entities_graph()]


def test_dask_local_2_writes_the_bytes_of_a_local_run(corpus, tmp_path, nlp):
    local = runner.invoke(app, ["extract", *corpus, "-o", str(tmp_path / "local.trig")])
    assert local.exit_code == 0, local.output
    on_cluster = runner.invoke(app, ["extract", *corpus, "--dask", "local:2", "-o", str(tmp_path / "dask.trig")])
    assert on_cluster.exit_code == 0, on_cluster.output
    assert "7 articles" in on_cluster.stderr and "1 duplicate skipped" in on_cluster.stderr
    assert (tmp_path / "dask.trig").read_bytes() == (tmp_path / "local.trig").read_bytes()


def test_a_worker_killed_mid_run_loses_no_article(corpus, tmp_path, cluster, nlp):
    from kg.distributed import extract_corpus
    from kg.graph import serialize
    from kg.pipeline import build_dataset

    with distributed.Client(cluster) as client:
        pids = sorted(client.run(os.getpid).values())
    killed = []

    def kill_a_worker(done, total, article):
        if not killed:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    dataset, report = extract_corpus(corpus, address=cluster.scheduler_address, progress=kill_a_worker,
                                     batch_size=1, on_error=lambda error: None)
    assert killed and report.failures == [] and report.articles == 7
    expected, _ = build_dataset(corpus, nlp=nlp)
    assert serialize(dataset, "trig") == serialize(expected, "trig")


KILL_AFTER_3 = """
import os, signal, sys
from kg.distributed import extract_corpus

def progress(done, total, article):
    if done == 3:
        os.kill(os.getpid(), signal.SIGKILL)

extract_corpus(sys.argv[3:], address=sys.argv[1], store=sys.argv[2], progress=progress, batch_size=2)
"""


def test_a_run_killed_with_sigkill_resumes_with_every_article_once(corpus, tmp_path, cluster):
    address = cluster.scheduler_address
    killed = subprocess.run([sys.executable, "-c", KILL_AFTER_3, address, str(tmp_path / "S"), *corpus],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert len(store_graphs(tmp_path / "S")) == 3  # written before progress counted them

    resumed = runner.invoke(app, ["extract", *corpus, "--dask", address, "--store", str(tmp_path / "S")])
    assert resumed.exit_code == 0, resumed.output
    assert "4 articles" in resumed.stderr and "3 already in the store" in resumed.stderr

    whole = runner.invoke(app, ["extract", *corpus, "--dask", address, "--store", str(tmp_path / "W")])
    assert whole.exit_code == 0, whole.output
    assert len(store_graphs(tmp_path / "S")) == 7
    assert store_quads(tmp_path / "S") == store_quads(tmp_path / "W")


def test_a_local_store_run_skips_unchanged_articles_and_replaces_changed_ones(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        write_text_article(folder, n)
    store = tmp_path / "store"
    first = runner.invoke(app, ["extract", str(folder), "--store", str(store)])
    assert first.exit_code == 0 and "3 articles" in first.stderr, first.output
    before = store_quads(store)

    again = runner.invoke(app, ["extract", str(folder), "--store", str(store)])
    assert again.exit_code == 0 and "0 articles" in again.stderr and "3 already in the store" in again.stderr
    assert store_quads(store) == before

    story = folder / "story-01.txt"
    story.write_text(story.read_text(encoding="utf-8").replace("meets Yellen", "meets Yellen again"), encoding="utf-8")
    changed = runner.invoke(app, ["extract", str(folder), "--store", str(store)])
    assert "1 article:" in changed.stderr and "2 already in the store" in changed.stderr, changed.output
    after = store_quads(store)
    assert len(store_graphs(store)) == 3
    titles = {q for q in after if "/title>" in q}
    assert len(titles) == 3 and any("meets Yellen again" in q for q in titles)


def test_the_stored_graph_carries_the_content_hash(tmp_path, nlp):
    from kg.distributed import content_hash
    from kg.io import read_articles

    folder = tmp_path / "articles"
    folder.mkdir()
    write_text_article(folder, 4)
    result = runner.invoke(app, ["extract", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    (read,) = read_articles(folder)
    assert any(f'"{content_hash(read)}"' in q and "contentHash" in q for q in store_quads(tmp_path / "store"))


def test_gzipped_json_lines_shards_are_read_as_a_stream(corpus):
    from kg.io import read_articles

    articles = list(read_articles(corpus[1]))
    assert [a.title for a in articles] == [article(n)["title"] for n in (5, 2, 6)]


def test_a_truncated_gzip_shard_is_one_line_of_error(tmp_path):
    shard = tmp_path / "broken.jsonl.gz"
    data = gzip.compress((json.dumps(article(0)) + "\n").encode("utf-8"))
    shard.write_bytes(data[: len(data) // 2])
    result = runner.invoke(app, ["extract", str(shard), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "not a complete gzip file" in result.stderr and "Traceback" not in result.output


def test_without_the_cluster_extra_dask_says_what_to_install(tmp_path, monkeypatch, corpus):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    result = runner.invoke(app, ["extract", *corpus, "--dask", "local:2", "-o", str(tmp_path / "g.trig")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "kg: error: --dask needs dask.distributed, which is not installed; install it with pip install 'polecon-kg[cluster]' (or '.[cluster]' in a kg checkout)"
    ]


@pytest.mark.parametrize("address", ["local:0", "local:two", "local", ""])
def test_a_bad_dask_address_is_a_usage_error(address):
    from kg.distributed import parse_address

    with pytest.raises(UsageError):
        parse_address(address)


def test_store_and_output_together_are_refused(corpus, tmp_path):
    result = runner.invoke(app, ["extract", *corpus, "--store", str(tmp_path / "s"), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 2 and "not both" in result.stderr


def test_an_unreachable_scheduler_is_one_line_of_error(corpus, tmp_path):
    from kg.distributed import dask_client

    with pytest.raises(KgError, match="cannot reach the Dask scheduler"):
        with dask_client("tcp://127.0.0.1:9", timeout="2s"):
            pass


class CrashOnMarkedArticles(distributed.WorkerPlugin):
    """A worker plugin that makes every worker process die (as on a segfault or the OOM killer)
    when it is given an article whose text holds MARK; Dask starts a fresh worker, and the
    plugin is set up on that one too, so the article kills a worker on every try."""

    MARK = "Zorbulated"

    def setup(self, worker) -> None:
        import kg.pipeline

        real = kg.pipeline.extract_chunk

        def extract_chunk(nlp, label, chunk):
            if any(self.MARK in article.text for article in chunk):
                os._exit(70)
            return real(nlp, label, chunk)

        kg.pipeline.extract_chunk = extract_chunk


def test_an_article_that_kills_its_worker_on_every_try_is_reported_and_the_rest_are_kept(corpus, tmp_path):
    import cloudpickle
    import dask

    from kg.distributed import extract_corpus

    poison = tmp_path / "articles" / "story-02.txt"
    poison.write_text(poison.read_text(encoding="utf-8").replace("export rules", "Zorbulated export rules"),
                      encoding="utf-8")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    errors = []
    # Dask retries a task whose worker died `allowed-failures` times; kept low so the test is quick.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                      silence_logs=50) as local, distributed.Client(local) as client:
            client.register_plugin(CrashOnMarkedArticles(), name="crash-on-marked-articles")
            dataset, report = extract_corpus(corpus, address=local.scheduler_address, batch_size=3,
                                             on_error=errors.append)
    # Seven distinct articles: the poisoned one (in the folder, and again in the shard under the
    # same id) fails with a reason; the six others, including those batched with it, are kept.
    assert report.articles == 6
    assert len(report.failures) == 1 and len(errors) == 1
    assert "worker failed on every try" in errors[0].message and "story-02" in str(errors[0].path)
    titles = {str(o) for o in dataset.objects() if "chief meets Yellen" in str(o)}
    assert len(titles) == 6 and f"{article(2)['title']}" not in titles


class KilledHere(BaseException):
    """Stands for a kill -9 at one point of a run (BaseException: nothing may catch it)."""


class StoreKilledAtWrite:
    """An Oxigraph store whose process 'dies' at its `fatal`-th write (extend or update)."""

    def __init__(self, store, fatal: int):
        self._store, self._fatal, self._writes = store, fatal, 0

    def _write(self, name):
        def write(*args, **kwargs):
            self._writes += 1
            if self._writes == self._fatal:
                raise KilledHere()
            return getattr(self._store, name)(*args, **kwargs)
        return write

    def __getattr__(self, name):
        return self._write(name) if name in ("extend", "update", "bulk_extend") else getattr(self._store, name)

    def __contains__(self, quad):
        return quad in self._store

    def __iter__(self):
        return iter(self._store)


def test_a_run_killed_between_the_writes_of_one_article_resumes_to_the_whole_store(tmp_path, monkeypatch, nlp):
    import gc

    import kg.store
    from kg.distributed import extract_corpus

    folder = tmp_path / "articles"
    folder.mkdir()
    write_text_article(folder, 3)
    extract_corpus([folder], store=tmp_path / "W")
    whole = store_quads(tmp_path / "W")

    real_open = kg.store.open_store
    # Each article is two writes (its entities' descriptions, its graph): die at the second.
    monkeypatch.setattr(kg.store, "open_store", lambda path, read_only=False: StoreKilledAtWrite(real_open(path), 2))
    with pytest.raises(KilledHere):
        extract_corpus([folder], store=tmp_path / "S")
    monkeypatch.setattr(kg.store, "open_store", real_open)
    gc.collect()  # the 'killed' run's store handle goes, and with it the write lock

    _, report = extract_corpus([folder], store=tmp_path / "S")
    assert report.articles == 1 and report.unchanged == 0  # the article was not marked done
    assert store_quads(tmp_path / "S") == whole


def test_a_script_without_a_main_guard_is_told_how_to_start_local_workers(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_text_article(folder, 1)
    script = tmp_path / "run_without_guard.py"
    script.write_text("from kg.distributed import extract_corpus\n"
                      f"extract_corpus([{str(folder)!r}], address='local:1')\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("kg.errors.KgError: could not start 1 local Dask worker")
    assert 'if __name__ == "__main__":' in result.stderr.strip().splitlines()[-1]
