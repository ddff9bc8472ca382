"""The bundled files are found, in a checkout and in an installed wheel alike."""

from kg.resources import data_file, ontology_file, queries_dir


def test_ontology_files_are_found():
    for name in ("kg.ttl", "shapes.ttl", "gazetteer.ttl"):
        path = ontology_file(name)
        assert path.is_file(), path
        assert path.read_text(encoding="utf-8").strip()


def test_saved_queries_are_found():
    assert len(list(queries_dir().glob("*.rq"))) >= 8


def test_sample_article_is_bundled():
    text = data_file("sample.txt").read_text(encoding="utf-8")
    assert text.startswith("title:") and "\n---\n" in text
