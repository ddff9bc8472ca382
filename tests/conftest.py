"""Shared fixtures. The spaCy pipeline is loaded once per test session (it takes seconds).

Evaluation data comes in two kinds:
- `examples_dir`: the annotated examples bundled with the package (kg/data/examples, fictional,
  written for kg). Always there, so `kg eval` and the scorer are tested from a bare clone.
- `shared_eval` / `reference_scorer`: the project's seed and dev articles and its reference scorer
  in ../shared/eval, which exist only beside the development checkout. Tests that need them skip,
  saying why, when they are absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"
SHARED_EVAL_ABSENT = f"needs the project's evaluation data in {SHARED_EVAL} (not part of the repository)"


def shared_eval_or_skip() -> Path:
    """../shared/eval, or skip the calling test when it is not beside the repository."""
    if not (SHARED_EVAL / "score.py").is_file():
        pytest.skip(SHARED_EVAL_ABSENT)
    return SHARED_EVAL


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The sample article bundled with the package (fictional, written for kg; CC0)."""
    from kg.resources import data_file

    return data_file("sample.txt")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The annotated examples bundled with the package: name.txt beside name.gold.json."""
    from kg.resources import examples_dir

    return examples_dir()


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    return shared_eval_or_skip()


@pytest.fixture(scope="session")
def reference_scorer():
    """shared/eval/score.py, the project's reference scorer, loaded from beside the repository."""
    path = shared_eval_or_skip() / "score.py"
    spec = importlib.util.spec_from_file_location("reference_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def read_events(tmp_path):
    """A reader of the events (type, participant name, role) the whole pipeline finds in a text,
    written as a one-article file with front matter."""
    import kg

    def read(text: str) -> set[tuple[str, str | None, str]]:
        path = tmp_path / "a.txt"
        path.write_text("title: t\npublished: 2025-03-11\n---\n" + text + "\n")
        out = set()
        for f in kg.extract([str(path)]).facts():
            names = {e["id"]: e["name"] for e in f["entities"]}
            out |= {(e["type"], names.get(p["entity"]), p["role"]) for e in f["events"] for p in e["participants"]}
        return out

    return read
