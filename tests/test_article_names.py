"""Articles have human names (title, source, file name) and folders hold only articles: headline
titles, file-name and folder-name fallbacks, skipped README/SOURCES/dot files, --glob, and
`kg remove` / `kg explain` by those names. Articles here are fictional, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.io import folder_files, headline, read_articles
from kg.store import find_article_graphs, load_files, open_store

runner = CliRunner()
ID = "https://w3id.org/polecon-kg/id/"

STEEL = "Tagus Steel names new chief executive\n\nTagus Steel named Ines Rocha as its chief executive on Monday.\n"
HARBOUR = ("Harbour board approves container terminal\n\n"
           "The harbour board of Porto Azul approved a new container terminal on Wednesday, its chair Rui Matos said.\n")


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def folder(tmp_path) -> Path:
    news = tmp_path / "wire"
    news.mkdir()
    (news / "steel.txt").write_text(STEEL, encoding="utf-8")
    (news / "harbour.md").write_text(HARBOUR, encoding="utf-8")
    (news / "SOURCES.md").write_text("# Sources\n\n- steel.txt: written for a test\n", encoding="utf-8")
    (news / "README").write_text("Notes about this folder.\n", encoding="utf-8")
    (news / ".draft.txt").write_text("Unfinished draft text.\n", encoding="utf-8")
    (news / ".git").mkdir()
    (news / ".git" / "x.txt").write_text("not an article\n", encoding="utf-8")
    return news


@pytest.mark.parametrize("text, expected", [
    ("Tagus Steel names new chief executive\n\nBody text.", "Tagus Steel names new chief executive"),
    ("# Minister resigns over port deal\nBody text.", "Minister resigns over port deal"),
    ("Will the central bank cut rates?\nBody text.", "Will the central bank cut rates?"),
    ("The minister resigned on Monday.\nMore text.", None),  # a sentence, not a headline
    ("The minister told reporters:\n\"We will go on.\"", None),  # a line that leads into the next
    ("By Ana Costa\nThe minister resigned.", None),  # a byline
    ("Minister resigns over port deal", None),  # a one-line article is all body
    ("the minister resigned quietly\nMore text.", None),  # starts lower-case
])
def test_headline(text, expected):
    assert headline(text) == expected


def test_titles_fall_back_to_the_headline_then_the_file_name(tmp_path):
    (tmp_path / "with-headline.txt").write_text(STEEL, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Tagus Steel named Ines Rocha as its chief executive.\n", encoding="utf-8")
    (tmp_path / "fm.txt").write_text("title: Given title\nsource: Given source\n---\n" + STEEL, encoding="utf-8")
    by_file = {a.file_name: a for a in read_articles([tmp_path])}
    assert by_file["with-headline.txt"].title == "Tagus Steel names new chief executive"
    assert by_file["plain.txt"].title == "plain.txt"
    assert (by_file["fm.txt"].title, by_file["fm.txt"].source) == ("Given title", "Given source")
    assert by_file["plain.txt"].source == tmp_path.name  # the folder the file is in
    # the text is never changed by naming it: the headline stays the first line
    assert by_file["with-headline.txt"].text == STEEL.strip()


def test_jsonl_records_without_titles_are_named_by_headline_or_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "Tagus Steel names new chief\\n\\nBody text here."}\n{"text": "Just one sentence."}\n',
                    encoding="utf-8")
    assert [a.title for a in read_articles([path])] == ["Tagus Steel names new chief", "batch.jsonl line 2"]


def test_a_folder_skips_readme_sources_and_dot_files_with_a_note(folder):
    notes: list[str] = []
    files = folder_files(folder, on_note=notes.append)
    assert [f.name for f in files] == ["harbour.md", "steel.txt"]
    assert len(notes) == 3 and all("\n" not in n for n in notes)
    assert any("SOURCES.md" in n for n in notes) and any(".draft.txt" in n for n in notes)
    assert any(".git/" in n for n in notes)
    # README has no suffix the default patterns read; a glob that takes every file still skips it
    everything: list[str] = []
    assert "README" not in [f.name for f in folder_files(folder, ["*"], everything.append)]
    assert any("README: skipped" in n for n in everything)


def test_glob_chooses_a_folders_files(folder):
    assert [f.name for f in folder_files(folder, ["*.md"])] == ["harbour.md"]
    assert [a.file_name for a in read_articles([folder], glob=["steel.*"])] == ["steel.txt"]


def test_a_named_file_is_read_even_when_a_folder_would_skip_it(folder):
    (article,) = read_articles([folder / "SOURCES.md"])
    assert article.file_name == "SOURCES.md"


def test_kg_extract_of_a_folder_lists_two_named_articles(folder, tmp_path, nlp):
    out = tmp_path / "g.ttl"
    result = kg("extract", folder, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "SOURCES.md: skipped" in result.stderr
    listed = kg("query", "articles", "-g", out, "--format", "csv")
    assert listed.exit_code == 0, listed.stderr
    rows = sorted(line.split(",")[1:3] for line in listed.stdout.splitlines()[1:])
    assert rows == [["Harbour board approves container terminal", "wire"],
                    ["Tagus Steel names new chief executive", "wire"]]


def test_kg_remove_and_explain_by_title_file_name_or_url(folder, tmp_path, nlp):
    (folder / "web.txt").write_text("url: https://news.example.org/port-deal\n---\n"
                                    "Port deal signed\n\nThe harbour board of Porto Azul signed the deal on Friday.\n",
                                    encoding="utf-8")
    graph, store = tmp_path / "g.trig", tmp_path / "store"
    assert kg("extract", folder, "-o", graph).exit_code == 0
    load_files([graph], store)
    oxstore = open_store(store)
    assert find_article_graphs(oxstore, "steel.txt") == find_article_graphs(oxstore, "Tagus Steel names new chief executive")
    assert find_article_graphs(oxstore, "https://news.example.org/port-deal") == [ID + "graph/news-example-org-port-deal"]
    del oxstore
    explained = kg("explain", "Tagus Steel", "--store", store)
    assert explained.exit_code == 0, explained.stderr
    assert "'Tagus Steel names new chief executive'" in explained.stdout
    for name in ("Harbour board approves container terminal", "steel.txt", "https://news.example.org/port-deal"):
        result = kg("remove", name, "--store", store)
        assert result.exit_code == 0, result.stderr
    listed = kg("query", "articles", "--store", store, "--format", "csv")
    assert listed.stdout.splitlines()[1:] == []
    wrong = kg("remove", "Harbour board approves", "--store", store)
    assert wrong.exit_code == 1 and len(wrong.stderr.strip().splitlines()) == 1


def test_glob_applies_to_store_runs_too(folder, tmp_path, nlp):
    store = tmp_path / "store"
    result = kg("extract", folder, "--store", store, "--glob", "steel.*")
    assert result.exit_code == 0, result.stderr
    listed = kg("query", "articles", "--store", store, "--format", "csv")
    assert [line.split(",")[1] for line in listed.stdout.splitlines()[1:]] == ["Tagus Steel names new chief executive"]


def test_a_store_run_notes_each_skipped_file_once(folder, tmp_path, nlp):
    result = kg("extract", folder, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("SOURCES.md: skipped") == 1
