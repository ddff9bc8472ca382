#!/usr/bin/env python3
"""One long article: time and peak memory of `kg extract` as the article grows.

    python benchmarks/large_article.py [--sizes 0.5,1,2] [--jobs 1]

For each size (in MB of UTF-8 text) writes one article built from the bundled sample's
sentences (paragraphs of three to five, names swapped with a fixed seed) and runs the whole
`kg extract ARTICLE -o OUT.ttl` CLI on it as a separate process. Prints, per size: wall-clock
and CPU seconds, seconds per MB, the peak resident memory of the largest process (`kg` or its
parser process, from `wait4`) and of all its processes together (sampled every 0.1 s), and
the triples written. Long articles are parsed and extracted in chunks (kg.chunks), so seconds
per MB and peak memory should stay flat as the size grows; the goal for 2 MB is under a
minute and under 1.5 GB on the project's 2-core machine. `--sizes 0.06` is the CI smoke run
(two chunks).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from extract_throughput import FIRMS, FIRST, LAST, kg_command, sentences_of

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def build_article(path: Path, size: int, seed: int = 11) -> None:
    """An article of about `size` bytes: paragraphs of the sample's sentences, names varied."""
    from kg.resources import data_file

    pool = sentences_of(data_file("sample.txt"))
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 5)))
        paragraph = paragraph.replace("Marta Alvarez", f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        paragraph = paragraph.replace("Northwind Systems", rng.choice(FIRMS))
        paragraphs.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
    path.write_text("title: A very long report\npublished: 2024-03-13\n---\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")


def _session_rss(session: int) -> int:
    """Bytes resident in every process of a session (the kg process and its children)."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            if int(fields[3]) != session:  # fields after the name: state ppid pgrp session ...
                continue
            with open(f"/proc/{entry}/statm", "rb") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
    return total


def measure(command: list[str]) -> dict:
    """Run `command` in its own session; wall and CPU seconds, peak RSS (largest process, all)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    peak_all = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_all
        while not done.is_set():
            peak_all = max(peak_all, _session_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"command failed ({process.returncode}): {' '.join(command)}\n{stderr[-2000:]}")
    return {
        "seconds": elapsed,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,  # kilobytes on Linux
        "peak_all_mb": peak_all / 2**20,
        "summary": stderr.strip().splitlines()[-1] if stderr.strip() else "",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.5,1,2", help="Comma-separated article sizes in MB.")
    parser.add_argument("--jobs", type=int, default=1, help="kg extract --jobs.")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: what kg would load).")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]

    print(f"{'MB':>5}  {'wall s':>7}  {'cpu s':>7}  {'s/MB':>6}  {'peak MB':>8}  {'all MB':>7}  kg summary")
    with tempfile.TemporaryDirectory(prefix="kg-large-") as tmp:
        for size in sizes:
            article, out = Path(tmp) / "long.txt", Path(tmp) / "long.ttl"
            build_article(article, int(size * 1_000_000))
            mb = article.stat().st_size / 1_000_000
            command = [*kg_command(), "extract", str(article), "-o", str(out), "--jobs", str(args.jobs)]
            if args.model:
                command += ["--model", args.model]
            m = measure(command)
            print(f"{mb:>5.2f}  {m['seconds']:>7.1f}  {m['cpu']:>7.1f}  {m['seconds'] / mb:>6.1f}  "
                  f"{m['peak_mb']:>8.0f}  {m['peak_all_mb']:>7.0f}  {m['summary']}", flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(--jobs {args.jobs}; load average {load:.1f} on {os.cpu_count()} cpus at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
