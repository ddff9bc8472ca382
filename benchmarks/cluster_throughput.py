#!/usr/bin/env python3
"""Cluster throughput: `kg extract` locally (--jobs 1, --jobs 2) against `--dask local:2`.

    python benchmarks/cluster_throughput.py [--articles 2000] [--modes jobs1,jobs2,dask2] [FILE...]

Generates distinct articles at run time (sentences of the bundled sample and of any FILEs
given, recombined with a fixed seed, each with its own headline and URL; nothing is
committed), then runs the whole `kg extract FOLDER -o OUT.trig` CLI once per mode, model load
and cluster start included. Prints articles/s, the speed-up over `--jobs 1`, and the peak
resident memory of the kg process and of its largest worker process (polled with psutil, which
Dask brings), and checks that every mode wrote the same bytes. `--articles 6` is the CI
smoke run.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extract_throughput import build_corpus, kg_command

MODES = {"single": ["--jobs", "1"], "jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"], "dask2": ["--dask", "local:2"]}
# `single` is `--jobs 1` held to one CPU (sched_setaffinity), so it parses and extracts in one
# process, one after the other: the single-process run. Plain `--jobs 1` on two or more CPUs
# parses in a forked background process while it extracts, which already keeps two CPUs busy.
ONE_CPU = {"single"}


def make_corpus(folder: Path, count: int, sources: list[Path]) -> None:
    """`count` articles with distinct texts, headlines and URLs."""
    build_corpus(folder, count, sources)
    for index, path in enumerate(sorted(folder.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        header, body = text.split("\n---\n", 1)
        header = header.replace(f"title: Benchmark article {index}", f"title: Markets and ministers, report {index:05d}")
        path.write_text(f"{header}\nurl: https://bench.example.org/news/{index:05d}\n---\n{body}", encoding="utf-8")


def run_measured(command: list[str], one_cpu: bool = False) -> tuple[float, float, int, int, int]:
    """Run `command` (held to one CPU with `one_cpu`); (seconds, CPU seconds of it and its
    descendants, peak RSS of the process, of its largest descendant, descendant count)."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    first_cpu = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    pin = (lambda: os.sched_setaffinity(0, {first_cpu})) if one_cpu and first_cpu is not None else None
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=pin)
    root = psutil.Process(process.pid)
    peaks: dict[int, int] = {}
    while process.poll() is None:
        try:
            family = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            family = []
        for member in family:
            try:
                peaks[member.pid] = max(peaks.get(member.pid, 0), member.memory_info().rss)
            except psutil.NoSuchProcess:
                pass
        time.sleep(0.1)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stderr = process.stderr.read()
    if process.returncode != 0:
        sys.exit(f"command failed ({process.returncode}): {' '.join(command)}\n{stderr}")
    main = peaks.pop(process.pid, 0)
    return elapsed, cpu, main, max(peaks.values(), default=0), len(peaks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="More articles to draw sentences from.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--modes", default=",".join(MODES),
                        help=f"Comma-separated, of {', '.join(MODES)} (single: --jobs 1 held to one CPU).")
    args = parser.parse_args(argv)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        parser.error(f"unknown mode(s) {', '.join(unknown)}; use {', '.join(MODES)}")

    with tempfile.TemporaryDirectory(prefix="kg-cluster-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        make_corpus(folder, args.articles, args.files)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        print(f"corpus: {args.articles} articles, {words} words; cpus {os.cpu_count()}; "
              f"load average {os.getloadavg()[0]:.1f} at the start")
        print(f"{'kg extract ...':<24} {'s':>7} {'art/s':>6} {'vs single':>9} {'vs jobs1':>8} {'cpu ms/art':>10} "
              f"{'kg MB':>6} {'worker MB':>9} {'procs':>5}")
        outputs: dict[str, bytes] = {}
        rates: dict[str, float] = {}
        for mode in modes:
            out = Path(tmp) / f"{mode}.trig"
            elapsed, cpu, main_rss, worker_rss, procs = run_measured(
                [*kg_command(), "extract", str(folder), "-o", str(out), *MODES[mode]], one_cpu=mode in ONE_CPU)
            rates[mode] = args.articles / elapsed
            outputs[mode] = out.read_bytes()
            label = " ".join(MODES[mode]) + (" (1 cpu)" if mode in ONE_CPU else "")
            over = {base: f"{rates[mode] / rates[base]:.2f}x" if base in rates else "-" for base in ("single", "jobs1")}
            print(f"{label:<24} {elapsed:>7.1f} {rates[mode]:>6.1f} {over['single']:>9} {over['jobs1']:>8} "
                  f"{cpu * 1000 / args.articles:>10.0f} {main_rss / 1e6:>6.0f} {worker_rss / 1e6:>9.0f} {procs:>5}")
        same = len(set(outputs.values())) == 1
        print(f"same bytes in every mode: {'yes' if same else 'NO'}; "
              f"load average {os.getloadavg()[0]:.1f} at the end (other processes share these cpus)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
