"""The Python API (kg.api): `kg.extract`, `kg.load`, `kg.open_store` and one KnowledgeGraph object.

The README's Python example is run here exactly as written (extracted from README.md).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

import kg
from kg.errors import InputError, KgError, UsageError
from kg.graph import new_dataset, union_graph

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (
    "published: 2024-06-11\n---\n"
    "The economy minister Carla Neves met the chief executive of Tagus Steel, Rui Matos, on Monday.\n"
    '"We will keep the furnaces lit," Matos said.\n'
)


@pytest.fixture(autouse=True)
def _loaded_model(nlp):
    """Load the pipeline once for the session; kg.extract reuses kg.nlp's per-process cache."""
    return nlp


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> kg.KnowledgeGraph:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "steel.txt").write_text(ARTICLE, encoding="utf-8")
    return kg.extract([folder])


def test_import_kg_loads_nothing_heavy():
    code = "import sys, kg; print(sorted(m for m in ('spacy', 'rdflib', 'pyoxigraph', 'typer', 'kg.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_extract_gives_a_knowledge_graph_with_its_report(graph):
    assert isinstance(graph, kg.KnowledgeGraph)
    assert graph.report.articles == 1 and graph.report.failed == 0
    assert len(graph) > 20 and "in memory" in repr(graph)


def test_kg_extract_is_callable_and_still_the_extraction_package(tmp_path):
    import kg.extract  # the subpackage, imported the usual way

    from kg.extract import extract as extract_one_doc

    assert kg.extract.extract is extract_one_doc  # the extractor of one parsed article
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert isinstance(kg.extract(str(path)), kg.KnowledgeGraph)  # one path, not a list, works too


def test_query_gives_a_list_of_dicts_with_bound_parameters(graph):
    rows = graph.query("positions", person="Rui Matos")
    assert isinstance(rows, list) and isinstance(rows, kg.Rows)
    assert [(r["name"], r["organisation"]) for r in rows] == [("Rui Matos", "Tagus Steel")]
    assert rows.columns[0] == "name" and "person" not in rows.columns  # parameter columns dropped
    assert graph.query("positions", params={"person": "Nobody Here"}) == []
    assert graph.query("ASK { ?p a kg:Person }") is True
    described = graph.query("CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }")
    assert {r["predicate"] for r in described} == {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}


def test_query_mistakes_are_usage_errors_that_teach(graph):
    with pytest.raises(UsageError, match="has no parameter 'actor'; it takes: min_confidence, org, person"):
        graph.query("positions", actor="Rui Matos")
    with pytest.raises(UsageError, match="did you mean positions"):
        graph.query("posittions")
    with pytest.raises(UsageError, match="has no parameter 'persn'; did you mean 'person'"):
        graph.query("positions", persn="Rui Matos")


def test_to_pandas_gives_a_data_frame_or_says_what_to_install(graph):
    rows = graph.query("positions")
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(KgError, match="pip install pandas"):
            rows.to_pandas()
    else:
        frame = rows.to_pandas()
        assert list(frame.columns) == rows.columns and len(frame) == len(rows)


def test_facts_and_networkx_are_what_the_library_gives(graph):
    from kg.analytics import to_networkx
    from kg.facts import graph_to_facts

    assert graph.facts() == graph_to_facts(graph.dataset)
    (facts,) = graph.facts()
    assert {e["name"] for e in facts["entities"]} >= {"Carla Neves", "Rui Matos", "Tagus Steel"}
    network = graph.to_networkx()
    assert sorted(network.nodes) == sorted(to_networkx(graph.dataset).nodes)


def test_save_load_and_open_store_give_the_same_answers(graph, tmp_path):
    from kg.store import load_files

    trig = graph.save(tmp_path / "g.trig")
    assert trig.read_bytes().startswith(b"@prefix")
    graph.save(tmp_path / "g.graphml")
    assert b"<graphml" in (tmp_path / "g.graphml").read_bytes()
    loaded = kg.load(trig)
    assert isomorphic(union_graph(loaded.dataset), union_graph(graph.dataset))
    load_files([trig], tmp_path / "store")
    stored = kg.open_store(tmp_path / "store")
    assert type(loaded) is type(stored) is kg.KnowledgeGraph
    rows = graph.query("positions")
    assert loaded.query("positions") == stored.query("positions") == rows
    assert stored.facts() == graph.facts()
    assert len(stored) == len(loaded) and "store" in repr(stored)


def test_save_needs_a_known_suffix(graph, tmp_path):
    with pytest.raises(UsageError, match="cannot tell the format"):
        graph.save(tmp_path / "g.xyz")
    assert not (tmp_path / "g.xyz").exists()


def test_open_store_on_a_folder_that_is_no_store_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no store here"):
        kg.open_store(tmp_path)


def test_viz_writes_the_offline_page_and_jupyter_shows_it_inline(graph, tmp_path):
    page = graph.viz(tmp_path / "g.html").read_text(encoding="utf-8")
    assert page == graph.to_html() and "Tagus Steel" in page
    inline = graph._repr_html_()
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" style="[^"]*" title="[^"]*"></iframe>', inline)
    assert match, inline[:200]
    assert html.unescape(match.group(1)) == page


def test_an_empty_graph_shows_a_sentence_not_a_traceback():
    empty = kg.KnowledgeGraph(new_dataset())
    assert "no entities to draw" in empty._repr_html_()


def test_extract_strict_raises_and_lenient_lists_failures(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError):
        kg.extract([good, bad])
    lenient = kg.extract([good, bad], strict=False)
    assert lenient.report.articles == 1 and lenient.report.failed == 1


def test_run_query_accepts_in_memory_graphs(graph):
    """The reported bug: run_query(..., graphs=[dataset]) said it could not tell the RDF format."""
    from kg.query import run_query

    expected = graph.query("positions")
    assert run_query("positions", graphs=[graph.dataset]).records() == expected
    assert run_query("positions", graphs=graph.dataset).records() == expected


def test_the_readmes_python_example_runs_as_written(tmp_path, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    (example,) = [b for b in blocks if "kg.extract(" in b]
    # The example reads the bundled sample by its path in the repository and writes under output/.
    sample = tmp_path / "kg" / "data" / "sample.txt"
    sample.parent.mkdir(parents=True)
    shutil.copy(kg.resources.data_file("sample.txt"), sample)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(example, "README.md", "exec"), namespace)  # noqa: S102 - the README's own code
    assert (tmp_path / "output" / "graph.html").is_file() and (tmp_path / "output" / "store").is_dir()
    assert namespace["rows"][0]["title"] == "President"
