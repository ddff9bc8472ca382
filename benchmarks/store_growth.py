"""Benchmark: how an Oxigraph store grows, 1,000 synthetic articles at a time.

Each batch is a TriG file of article graphs shaped like kg's (see query_scale.py), loaded with
`kg.store.load_files` (replace-by-article transactions, as `kg load` does). For every batch it
prints the load time, articles/s, quads in the store, size on disk, the time of a saved query
over the whole store, and the time to ingest the same batch again (which must change nothing).

    python benchmarks/store_growth.py                          # 5 batches of 1,000 articles
    python benchmarks/store_growth.py --batches 2 --size 50    # CI smoke test
    python benchmarks/store_growth.py --batches 50 --every 5   # 50,000 articles (docs/SCALING.md)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from query_scale import ID, article_triples


def write_batch(path: Path, first: int, count: int, actors: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(first, first + count):
            body = "\n".join(dict.fromkeys(article_triples(n, actors)))
            out.write(f"<{ID}graph/a{n:07d}> {{\n{body}\n}}\n")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--size", type=int, default=1000, help="articles per batch")
    parser.add_argument("--every", type=int, default=1, help="time the query and the reload every N batches")
    args = parser.parse_args()

    from kg.query import run_query
    from kg.store import load_files, open_store

    actors = max(200, args.batches * args.size // 4)
    # RocksDB's background threads may still write into the store while the folder is removed
    # (seen on a busy machine: "Directory not empty"); close the store first and let cleanup retry.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        store_dir = folder / "store"
        store = open_store(store_dir)
        print(f"{'articles':>8} {'load s':>7} {'art/s':>6} {'quads':>10} {'MB':>7} {'query s':>7} {'reload s':>8}")
        for batch in range(args.batches):
            path = folder / f"batch{batch}.trig"
            write_batch(path, batch * args.size, args.size, actors)
            started = time.perf_counter()
            report = load_files([path], store)
            load_s = time.perf_counter() - started
            assert len(report.added) == args.size, report.summary()
            if (batch + 1) % args.every and batch + 1 != args.batches:
                path.unlink()
                continue
            started = time.perf_counter()
            pairs = run_query("people-met", store=store, params={"person": "Actor 7"})
            query_s = time.perf_counter() - started
            started = time.perf_counter()
            again = load_files([path], store)
            reload_s = time.perf_counter() - started
            assert len(again.unchanged) == args.size and again.triples == 0, again.summary()
            quads = len(store)
            print(f"{(batch + 1) * args.size:>8} {load_s:>7.2f} {args.size / load_s:>6.0f} {quads:>10,} "
                  f"{folder_size(store_dir) / 1e6:>7.1f} {query_s:>7.2f} {reload_s:>8.2f}  ({len(pairs.rows)} meeting pairs)")
            path.unlink()
        del store  # the last reference: closes RocksDB before the folder goes
    return 0


if __name__ == "__main__":
    sys.exit(main())
