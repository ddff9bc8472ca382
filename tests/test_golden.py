"""Golden file: the bundled sample article through nlp -> extract -> graph equals tests/golden/sample.ttl.

When a change to extraction or the RDF model is intended, regenerate the golden file with

    KG_UPDATE_GOLDEN=1 pytest tests/test_golden.py

and review the diff of tests/golden/sample.ttl before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.extract import extract
from kg.graph import facts_to_dataset, serialize, union_graph
from kg.io import read_articles
from kg.nlp import model_label
from kg.validate import validate_graph

GOLDEN = Path(__file__).parent / "golden" / "sample.ttl"


@pytest.fixture(scope="module")
def sample_graph(nlp, sample_path) -> bytes:
    (article,) = list(read_articles([sample_path]))
    facts = extract(nlp(article.text), article, model=model_label(nlp))
    return serialize(facts_to_dataset([facts]), "ttl")


def test_sample_article_matches_the_golden_graph(sample_graph):
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(sample_graph)
    assert GOLDEN.is_file(), "no golden file yet: run KG_UPDATE_GOLDEN=1 pytest tests/test_golden.py"
    expected = Graph().parse(GOLDEN, format="turtle")
    actual = Graph().parse(data=sample_graph.decode("utf-8"), format="turtle")
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        def show(triples: Graph) -> list[str]:
            return sorted(" ".join(term.n3(expected.namespace_manager) for term in t) for t in triples)[:20]

        lines = [f"+ {t}" for t in show(only_actual)] + [f"- {t}" for t in show(only_expected)]
        pytest.fail(
            "the sample article's graph changed; if intended, run KG_UPDATE_GOLDEN=1 pytest tests/test_golden.py\n"
            + "\n".join(lines)
        )


def test_golden_graph_conforms_to_the_shapes():
    report = validate_graph(Graph().parse(GOLDEN, format="turtle"))
    assert report.conforms, [str(v) for v in report.violations]


def test_golden_file_is_exactly_what_serialize_writes(sample_graph):
    # The golden file is kg's own byte-exact output, so it also pins deterministic serialisation.
    reserialised = serialize(union_graph(Graph().parse(GOLDEN, format="turtle")), "ttl")
    assert reserialised == GOLDEN.read_bytes()
