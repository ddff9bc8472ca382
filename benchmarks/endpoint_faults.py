"""Benchmark: the load-and-fault probe of `kg serve` and the store, with figures.

Builds a store of synthetic articles (shaped like kg's, see query_scale.py), starts the real
`kg serve` on 127.0.0.1 and measures what a hostile or careless client can do to it:

- SERVICE to a local listener: status, and how many requests reached the listener (goal 0);
- a 2 MB POST body: status (goal 413);
- four concurrent cross-join COUNTs: statuses, then the server's CPU use in the seconds after
  their timeout (goal: idle within 3 s);
- `SELECT * {?a ?b ?c . ?d ?e ?f} ORDER BY ?c ?f`: status, then a simple query still answers;
- many clients at once: requests/s, median and 99th-percentile latency, failures;
- idle connections held open: latency of a normal query beside them;
- `kg load` while serving: how long until the endpoint shows the new articles (goal < 5 s),
  and `kg query --store` during the load (goal: no errors, only whole articles);
- `kg load` killed with SIGKILL mid-run: article graphs whole or absent, a rerun completes.

    python benchmarks/endpoint_faults.py                                   # 1,000 articles
    python benchmarks/endpoint_faults.py --articles 40 --clients 4 --requests 3   # CI smoke test
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from query_scale import ID
from store_growth import write_batch

KG = [sys.executable, "-c", "from kg.cli import main; main()"]
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CROSS_SORT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
SIMPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Article }"
TICK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, query: str, timeout: float = 120) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url + "?query=" + urllib.parse.quote(query), timeout=timeout) as response:
            return response.status, response.read(), time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read(), time.perf_counter() - started
    except (urllib.error.URLError, OSError) as error:
        return 0, str(error).encode(), time.perf_counter() - started


def post(url: str, data: bytes, timeout: float = 120) -> int:
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/sparql-query"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return 0


def process_tree(pid: int) -> list[int]:
    """The pid and its children (kg serve's query workers)."""
    children = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(entry.name))
    return [pid, *children]


def cpu_ticks(pids: list[int]) -> dict[int, int]:
    ticks = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks[pid] = int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return ticks


def cpu_percent(pid: int, seconds: float) -> float:
    """CPU use of the server and its workers over the next `seconds` (100 = one core)."""
    before = cpu_ticks(process_tree(pid))
    time.sleep(seconds)
    after = cpu_ticks(list(before))
    used = sum(after[p] - before[p] for p in after)
    return 100.0 * used / TICK / seconds


def resident_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total / 1e6


class Listener:
    """Stands for a service only the host can reach; counts the requests that reach it."""

    def __init__(self):
        self.hits = 0
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802
                listener.hits += 1
                self.send_response(500)
                self.end_headers()

            do_GET = do_POST

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/internal"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles in the store before the probe")
    parser.add_argument("--clients", type=int, default=2000, help="concurrent clients in the throughput probe")
    parser.add_argument("--requests", type=int, default=1, help="requests per client")
    parser.add_argument("--idle", type=int, default=50, help="idle connections held open beside a query")
    parser.add_argument("--timeout", type=float, default=5.0, help="kg serve --timeout")
    parser.add_argument("--max-memory", default="512M", help="kg serve --max-memory")
    args = parser.parse_args()

    from kg.store import load_files

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = folder / "store"
        first = folder / "first.trig"
        write_batch(first, 0, args.articles, max(50, args.articles // 4))
        started = time.perf_counter()
        load_files([first], store)
        print(f"store: {args.articles} articles loaded in {time.perf_counter() - started:.1f} s")

        port = free_port()
        server = subprocess.Popen(
            [*KG, "serve", "--store", str(store), "--port", str(port), "--timeout", str(args.timeout),
             "--max-memory", args.max_memory, "--workers", "2"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        url = f"http://127.0.0.1:{port}/query"
        try:
            for _ in range(200):
                if get(url, "ASK {}", timeout=2)[0] == 200:
                    break
                if server.poll() is not None:
                    raise SystemExit(f"kg serve exited: {server.stderr.read().decode()[:500]}")
                time.sleep(0.1)
            probe(args, url, server.pid, store, folder)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


def probe(args, url: str, server_pid: int, store: Path, folder: Path) -> None:
    listener = Listener()
    status = get(url, f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")[0]
    print(f"SERVICE to a local listener: HTTP {status}, {listener.hits} request(s) reached it")

    print(f"2 MB request body: HTTP {post(url, b'ASK {} #' + b'x' * 2_000_000)}")

    with ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(lambda _: get(url, CROSS_COUNT)[0], range(4)))
    after = [cpu_percent(server_pid, 0.5) for _ in range(6)]
    idle_at = next((0.5 * (i + 1) for i, cpu in enumerate(after) if cpu < 10), None)
    print(f"4 cross-join COUNTs: HTTP {sorted(statuses)}; CPU after, per 0.5 s: "
          f"{' '.join(f'{c:.0f}%' for c in after)}; idle (<10%) after {idle_at} s")

    peak = 0.0
    sorting = ThreadPoolExecutor(1).submit(get, url, CROSS_SORT)
    while not sorting.done():
        peak = max(peak, resident_mb(process_tree(server_pid)))
        time.sleep(0.02)
    status, body, seconds = sorting.result()
    simple, _, simple_s = get(url, SIMPLE)
    print(f"ORDER BY cross join: HTTP {status} after {seconds:.1f} s ({body.decode(errors='replace').strip()[:60]}); "
          f"then a simple query: HTTP {simple} "
          f"in {simple_s * 1000:.0f} ms; server and workers at most {peak:.0f} MB resident, now "
          f"{resident_mb(process_tree(server_pid)):.0f} MB")

    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()

    def client(_):
        nonlocal failures
        for _ in range(args.requests):
            status, _, seconds = get(url, SIMPLE)
            with lock:
                latencies.append(seconds)
                failures += status != 200

    started = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(client, range(args.clients)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"{args.clients} clients x {args.requests} requests: {len(latencies) / elapsed:.0f} req/s, "
          f"median {statistics.median(latencies) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, {failures} not 200")

    port = urllib.parse.urlparse(url).port
    idle = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(args.idle)]
    status, _, seconds = get(url, SIMPLE)
    for conn in idle:
        conn.close()
    print(f"{args.idle} idle connections held open: a query beside them HTTP {status} in {seconds * 1000:.0f} ms")

    load_while_serving(args, url, store, folder)
    killed_load(args, store, folder)


def load_while_serving(args, url: str, store: Path, folder: Path) -> None:
    extra = max(10, args.articles // 2)
    batch = folder / "second.trig"
    write_batch(batch, args.articles, extra, max(50, args.articles // 4))
    last = f"<{ID}article/a{args.articles + extra - 1:07d}>"
    loader = subprocess.Popen([*KG, "load", "--store", str(store), str(batch)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    readers, reader_errors, states = 0, 0, set()
    while loader.poll() is None and readers < 1000:
        result = subprocess.run([*KG, "query", SIMPLE, "--store", str(store), "--format", "csv"], capture_output=True, text=True)
        readers += 1
        if result.returncode != 0:
            reader_errors += 1
        else:
            states.add(int(result.stdout.splitlines()[1]))
    loaded = time.perf_counter()
    visible = None
    for _ in range(200):
        status, body, _ = get(url, f"ASK {{ {last} a kg:Article }}")
        if status == 200 and json.loads(body)["boolean"]:
            visible = time.perf_counter() - loaded
            break
        time.sleep(0.05)
    print(f"kg load of {extra} articles while serving: exit {loader.returncode}; visible through the endpoint "
          f"{'after %.2f s' % visible if visible is not None else 'NOT within 10 s'}; {readers} `kg query --store` "
          f"during the load: {reader_errors} errors, {len(states)} committed states seen")


def killed_load(args, store: Path, folder: Path) -> None:
    count = max(20, args.articles // 2)
    batch = folder / "third.trig"
    write_batch(batch, 10 * args.articles + 1000, count, max(50, args.articles // 4))
    def logged(folder: Path) -> int:
        total = 0
        for p in folder.glob("*.log") if folder.is_dir() else ():
            try:
                total += p.stat().st_size
            except FileNotFoundError:
                pass  # the writer dropped an old log between the listing and the stat
        return total

    # A first load into a scratch store shows how much write-ahead log the batch writes; the
    # real one is killed when it has written about half of that: mid-run, whatever the speed.
    scratch = folder / "scratch-store"
    dry = subprocess.Popen([*KG, "load", "--store", str(scratch), str(batch)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    most = 0
    while dry.poll() is None:
        most = max(most, logged(scratch))
        time.sleep(0.005)
    loader = subprocess.Popen([*KG, "load", "--store", str(store), str(batch)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = logged(store)
    while loader.poll() is None:
        size = logged(store)
        base = min(base, size)  # the writer may drop old logs as it opens
        if size - base >= most // 2:
            break
        time.sleep(0.005)
    loader.send_signal(signal.SIGKILL)
    loader.wait()
    from kg.store import open_read_view

    view = open_read_view(store)
    first = f"{ID}graph/a{10 * args.articles + 1000:07d}"
    sizes = {g.value: sum(1 for _ in view.quads_for_pattern(None, None, None, g)) for g in view.named_graphs()
             if g.value >= first}
    del view
    rerun = subprocess.run([*KG, "load", "--store", str(store), str(batch)], capture_output=True, text=True)
    view = open_read_view(store)
    complete = {g.value: sum(1 for _ in view.quads_for_pattern(None, None, None, g)) for g in view.named_graphs()
                if g.value >= first}
    whole = all(complete.get(g) == n for g, n in sizes.items())
    print(f"kg load killed mid-run: {len(sizes)} of {count} new article graphs written, "
          f"{'each whole' if whole else 'SOME PARTIAL'}; rerun exit {rerun.returncode}, {len(complete)} of {count} there")


if __name__ == "__main__":
    sys.exit(main())
