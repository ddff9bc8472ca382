"""`kg extract`, `kg demo` and `kg eval` through Typer's CliRunner: exit codes, stderr, files."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

import kg.graph
from kg.cli import app

ARTICLE = "published: 2024-06-11\n---\nThe economy minister Carla Neves met the chief executive of Tagus Steel on Monday.\n"


@pytest.fixture(autouse=True)
def _loaded_model(nlp):
    """Load the pipeline once for the session; the CLI reuses kg.nlp's per-process cache."""
    return nlp


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def triples(path: Path, fmt=ox.RdfFormat.TURTLE) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=fmt))


def test_extract_writes_turtle_and_a_summary(runner, article, tmp_path):
    out = tmp_path / "out" / "graph.ttl"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert triples(out) > 5
    assert "1 article:" in result.stderr and "0 failed" in result.stderr and str(out) in result.stderr
    assert result.stdout == ""


def test_extract_default_output_is_output_graph_ttl(runner, article, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["extract", str(article)]).exit_code == 0
    assert triples(tmp_path / "output" / "graph.ttl") > 5


def test_extract_to_stdout(runner, article):
    result = runner.invoke(app, ["extract", str(article), "-o", "-", "--format", "nt"])
    assert result.exit_code == 0
    parsed = list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_TRIPLES))
    assert len(parsed) > 5


@pytest.mark.parametrize(
    ("args", "name", "fmt"),
    [
        (["--format", "trig"], "g.out", ox.RdfFormat.TRIG),
        ([], "g.trig", ox.RdfFormat.TRIG),
        ([], "g.nt", ox.RdfFormat.N_TRIPLES),
        (["-f", "jsonld"], "g.jsonld", ox.RdfFormat.JSON_LD),
    ],
)
def test_extract_formats(runner, article, tmp_path, args, name, fmt):
    out = tmp_path / name
    assert runner.invoke(app, ["extract", str(article), "-o", str(out), *args]).exit_code == 0
    assert triples(out, fmt) > 5


def test_extract_twice_gives_byte_identical_output(runner, article, tmp_path):
    first, second = tmp_path / "1.ttl", tmp_path / "2.ttl"
    runner.invoke(app, ["extract", str(article), "-o", str(first)])
    runner.invoke(app, ["extract", str(article), "-o", str(second)])
    assert first.read_bytes() == second.read_bytes()


def test_extract_stdin(runner, tmp_path):
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["extract", "-", "-o", str(out)], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert triples(out) > 5


def test_folder_with_a_bad_article_writes_the_good_ones_and_exits_1(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"")
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert f"kg: error: {folder / 'bad.txt'}: is empty" in result.stderr
    assert "1 article:" in result.stderr and "1 failed" in result.stderr
    assert triples(out) > 5


def test_failed_extract_leaves_an_existing_output_byte_identical(runner, tmp_path):
    out = tmp_path / "g.ttl"
    out.write_bytes(b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
    before = out.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_text("published: not-a-date\n---\nText.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_bytes() == before


def test_strict_stops_and_writes_nothing(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00binary")
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--strict"])
    assert result.exit_code == 1 and "binary" in result.stderr
    assert not out.exists()


def test_interrupted_extract_leaves_an_existing_output_byte_identical(runner, article, tmp_path, monkeypatch):
    out = tmp_path / "g.ttl"
    out.write_text("old graph\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.graph, "serialize", interrupted)
    result = runner.invoke(app, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 130  # Typer turns an interrupt into exit status 130
    assert out.read_text(encoding="utf-8") == "old graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "g.ttl"]


def test_max_bytes_limits_article_size(runner, article, tmp_path):
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "g.ttl"), "--max-bytes", "20"])
    assert result.exit_code == 1 and "--max-bytes" in result.stderr


def test_unknown_model_is_one_line_error(runner, article, tmp_path):
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "g.ttl"), "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error:") and "no_such_model_xyz" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_demo_writes_graph_and_html_and_answers_a_query(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert triples(tmp_path / "output" / "graph.ttl") > 20
    html = (tmp_path / "output" / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert "Positions held" in result.stdout and "1 article:" in result.stderr


# --- kg eval ----------------------------------------------------------------------------------


def test_eval_with_no_path_scores_the_bundled_examples(runner, examples_dir):
    result = runner.invoke(app, ["eval"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[0] == "article" and "overall" in lines[0].split()
    names = [line.split()[0] for line in lines[2:-4]]  # then a rule, the mean and the two pooled rows
    assert names == sorted(path.name.removesuffix(".txt") for path in examples_dir.glob("*.txt"))
    mean = lines[-3]
    assert mean.startswith(f"mean ({len(names)})")
    overall = lines[0].split().index("overall")
    assert float(mean.split()[overall + 1]) > 0.3  # extraction found much of what is annotated


def test_eval_json_reports_the_library_scores(runner, examples_dir):
    from kg.evaluate import evaluate

    article_path = sorted(examples_dir.glob("*.txt"))[0]
    (article,) = evaluate([article_path]).articles
    assert article.predicted["entities"], "extraction found nothing to score"
    result = runner.invoke(app, ["eval", str(article_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"][0]["overall"] == article.scores["overall"] == data["mean"]["overall"]


def test_eval_agrees_with_the_reference_scorer(examples_dir, reference_scorer):
    """The same predicted facts scored by kg.evaluate and by shared/eval/score.py."""
    from kg.evaluate import evaluate, read_gold

    report = evaluate([examples_dir])
    assert len(report.articles) >= 3
    for article in report.articles:
        gold = read_gold(Path(article.gold_path))
        assert article.scores == reference_scorer.score(gold, article.predicted), article.name


def test_eval_table_lists_the_seed_and_dev_articles(runner, shared_eval):
    result = runner.invoke(app, ["eval", str(shared_eval / "seed.txt"), str(shared_eval / "dev" / "d01_treasury_russia_sanctions.txt")])
    assert result.exit_code == 0, result.output
    names = [line.split()[0] for line in result.stdout.splitlines()[2:-4]]
    assert names == ["seed", "d01_treasury_russia_sanctions"]


def test_eval_missing_gold_is_one_line_error(runner, tmp_path):
    (tmp_path / "x.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path / "x.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"kg: error: {tmp_path / 'x.txt'}: has no gold annotation beside it (expected x.gold.json)"


def test_progress_bar_shows_count_rate_and_eta(capsys):
    import io

    from rich.console import Console

    from kg.cli.extract import ProgressBar

    terminal = io.StringIO()
    progress = ProgressBar(enabled=True, console=Console(file=terminal, force_terminal=True, width=100))
    for done in (1, 2, 3):
        progress(done, 3)
    drawn = terminal.getvalue()
    assert "extracting" in drawn and "3/3" in drawn and "articles/s" in drawn and "ETA" in drawn
    assert progress._bar is None  # finished: the bar is closed
    silent = ProgressBar(enabled=False)
    silent(1, 3)
    silent.close()
    assert capsys.readouterr().err == ""


def test_jobs_do_not_change_the_output(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for index, minister in enumerate(["Carla Neves", "Rui Matos", "Ana Lima", "Joao Reis", "Rita Sousa"]):
        (folder / f"{index}.txt").write_text(f"The economy minister {minister} met bankers on Monday.", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"g{jobs}.ttl"
        result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--jobs", jobs])
        assert result.exit_code == 0 and "5 articles:" in result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
