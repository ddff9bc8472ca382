"""Shared fixtures. The spaCy pipeline is loaded once per test session (it takes seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The sample article bundled with the package (fictional, written for kg; CC0)."""
    from kg.resources import data_file

    return data_file("sample.txt")
