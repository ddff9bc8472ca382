"""Smoke runs of the benchmark scripts at small sizes, so CI proves they still run.

The figures themselves are measured by hand at full size (see the README); no timing is
asserted here, only that each script runs to the end and prints its figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

SMALL_RUNS = {
    "endpoint_faults.py": ["--articles", "40", "--clients", "4", "--requests", "3", "--idle", "5",
                           "--timeout", "1", "--max-memory", "256M"],
    "extract_throughput.py": ["--articles", "6", "--jobs", "1", "--repeat", "1"],
    "cluster_throughput.py": ["--articles", "3", "--modes", "single,jobs1,dask2"],
    "large_article.py": ["--sizes", "0.06"],
    "reader_crossfit.py": ["--eval", "no-evaluation-data", "--folds", "round18/studied,round19/held-out", "--limit", "2",
                           "--thresholds", "0.9"],
    "query_scale.py": ["--triples", "2000", "--repeat", "1"],
    "store_growth.py": ["--batches", "2", "--size", "5"],
    "viz_scale.py": ["--nodes", "60", "--no-browser"],
    "viz_screenshots.py": ["--nodes", "60", "-o", "shots"],
}


def test_every_benchmark_has_a_smoke_run():
    assert sorted(p.name for p in BENCHMARKS.glob("*.py")) == sorted(SMALL_RUNS)


@pytest.mark.parametrize("script", sorted(SMALL_RUNS))
def test_benchmark_runs_small_and_prints_figures(script, tmp_path):
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *SMALL_RUNS[script]],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert any(ch.isdigit() for ch in result.stdout), result.stdout
