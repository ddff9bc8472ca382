"""kg.pipeline: read -> nlp.pipe -> extract -> graph, with progress, failures and duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.extract
from kg.errors import InputError
from kg.graph import graph_iri, serialize
from kg.io import article_id
from kg.pipeline import ExtractionReport, build_dataset, extract_facts

ARTICLES = {
    "a.txt": "published: 2024-04-02\n---\nThe trade minister Ana Lima met steel executives in Lisbon on Monday.",
    "b.txt": "Shares of Redwood Mining fell 3% after the regulator opened a probe.",
    "c.md": "title: Bank chief speaks\n---\n\"Rates will stay high,\" said Paul Grant, the governor of the central bank.",
}


@pytest.fixture()
def folder(tmp_path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def body(name: str) -> str:
    return ARTICLES[name].split("---\n", 1)[-1]


def named_graphs(dataset) -> set:
    return {g.identifier for g in dataset.graphs() if len(g)}


def test_build_dataset_makes_one_named_graph_per_article(folder, nlp):
    dataset, report = build_dataset([folder], nlp=nlp)
    expected = {graph_iri(article_id(body(name))) for name in ARTICLES}
    assert expected <= named_graphs(dataset)
    assert report.articles == 3 and report.failed == 0
    assert report.tokens > 20 and report.model and report.model.endswith("3.8.0")


def test_report_counts_what_extraction_found(folder, nlp):
    report = ExtractionReport()
    facts = list(extract_facts([folder], nlp=nlp, report=report))
    assert report.entities == sum(len(f.entities) for f in facts)
    assert report.relations == sum(len(f.relations) for f in facts)
    assert report.events == sum(len(f.events) for f in facts)
    assert report.quotes == sum(len(f.quotes) for f in facts)
    assert [f.model for f in facts] == [report.model] * 3


def test_progress_is_reported_per_article_with_the_total(folder, nlp):
    calls = []
    build_dataset([folder], nlp=nlp, progress=lambda done, total, article: calls.append((done, total, Path(article.path).name)))
    assert calls == [(1, 3, "a.txt"), (2, 3, "b.txt"), (3, 3, "c.md")]


def test_bad_articles_are_reported_and_the_good_ones_kept(folder, nlp):
    (folder / "d.txt").write_bytes(b"")
    (folder / "e.txt").write_text("published: someday\n---\nText.", encoding="utf-8")
    errors = []
    dataset, report = build_dataset([folder], nlp=nlp, on_error=errors.append)
    assert report.articles == 3 and report.failed == 2
    assert [Path(e.path).name for e in errors] == ["d.txt", "e.txt"] == [Path(e.path).name for e in report.failures]
    assert "2 failed" in report.summary()


def test_strict_or_no_callback_raises_at_the_first_bad_article(folder, nlp):
    (folder / "b.txt").write_bytes(b"\x00\x00")
    with pytest.raises(InputError, match="binary"):
        build_dataset([folder], nlp=nlp, strict=True, on_error=lambda e: None)
    with pytest.raises(InputError, match="binary"):
        build_dataset([folder], nlp=nlp)


def test_the_same_article_twice_is_extracted_once(folder, nlp):
    (folder / "copy.txt").write_text(ARTICLES["b.txt"], encoding="utf-8")
    _, report = build_dataset([folder], nlp=nlp, on_error=lambda e: None)
    assert report.articles == 3 and [Path(p).name for p in report.duplicates] == ["copy.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_extraction_crash_fails_only_its_article(folder, nlp, monkeypatch, jobs):
    real_extract = kg.extract.extract

    def fragile_extract(doc, article, model=None):
        if "Redwood" in article.text:
            raise ValueError("boom")
        return real_extract(doc, article, model=model)

    monkeypatch.setattr(kg.extract, "extract", fragile_extract)
    errors = []
    _, report = build_dataset([folder], nlp=nlp, on_error=errors.append, jobs=jobs)
    assert report.articles == 2 and len(errors) == 1
    assert errors[0].path.endswith("b.txt") and "ValueError: boom" in errors[0].message


def test_same_input_gives_byte_identical_turtle(folder, nlp):
    first, _ = build_dataset([folder], nlp=nlp)
    second, _ = build_dataset([folder], nlp=nlp)
    assert serialize(first, "ttl") == serialize(second, "ttl")


def test_worker_processes_give_the_same_graph_in_the_same_order(folder, nlp):
    for index in range(6):
        (folder / f"extra-{index}.txt").write_text(f"The regulator fined Firm{index} Holdings on Tuesday.", encoding="utf-8")
    order_one, order_two = [], []
    one, _ = build_dataset([folder], nlp=nlp, jobs=1, progress=lambda d, t, a: order_one.append(a.path))
    two, report = build_dataset([folder], nlp=nlp, jobs=2, progress=lambda d, t, a: order_two.append(a.path))
    assert report.articles == 9 and report.tokens > 50
    assert order_one == order_two
    assert serialize(one, "nt") == serialize(two, "nt")


def test_summary_line_names_every_count():
    report = ExtractionReport(articles=2, entities=1, relations=3, events=0, quotes=1)
    assert report.summary() == "2 articles: 1 entity, 3 relations, 0 events, 1 quote; 0 failed"


def test_background_parser_gives_the_same_docs_as_parsing_in_process(nlp):
    from kg.pipeline import _parse_in_background

    texts = [body(name) for name in ARTICLES] * 2

    def annotations(doc):
        return [(t.text, t.idx, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.ent_id_, t.is_sent_start) for t in doc]

    background = [annotations(doc) for doc in _parse_in_background(nlp, texts, batch_size=2)]
    assert background == [annotations(doc) for doc in nlp.pipe(texts)]


def test_background_parser_is_stopped_when_the_caller_stops_early(nlp):
    from kg.pipeline import _parse_in_background

    import multiprocessing

    docs = _parse_in_background(nlp, [body("a.txt")] * 12, batch_size=2)
    first = next(docs)
    assert len(multiprocessing.active_children()) == 1
    docs.close()  # what happens when --strict stops at a bad article
    assert first.text == body("a.txt")
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_an_error_not_a_hang(folder, nlp, monkeypatch):
    import os

    from kg.errors import ModelError

    real_extract = kg.extract.extract

    def dying_extract(doc, article, model=None):
        if "Redwood" in article.text:
            os._exit(3)  # what the kernel's out-of-memory killer does to a worker
        return real_extract(doc, article, model=model)

    monkeypatch.setattr(kg.extract, "extract", dying_extract)
    with pytest.raises(ModelError, match="worker process died"):
        build_dataset([folder], nlp=nlp, jobs=2, on_error=lambda e: None)


def test_strict_stops_worker_processes_at_the_first_failure(folder, nlp, monkeypatch):
    real_extract = kg.extract.extract

    def fragile_extract(doc, article, model=None):
        if "Redwood" in article.text:
            raise ValueError("boom")
        return real_extract(doc, article, model=model)

    monkeypatch.setattr(kg.extract, "extract", fragile_extract)
    with pytest.raises(InputError, match="ValueError: boom"):
        build_dataset([folder], nlp=nlp, jobs=2, strict=True, on_error=lambda e: None)
