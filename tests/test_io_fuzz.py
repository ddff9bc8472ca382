"""Property tests: whatever bytes or front matter a user gives, reading raises only InputError,
metadata round-trips, and article ids are stable and IRI-safe."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.io import article_id, clean_text, read_articles

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Printable text without line breaks and without surrounding whitespace: a front matter value.
# A value with at least one visible character: one made only of invisible format characters
# (a soft hyphen, a zero-width space) is cleaned away and read as empty, as it should be
# (test_an_article_of_invisible_characters_is_empty).
value_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40
).map(str.strip).filter(lambda s: any(unicodedata.category(c)[0] in "LNPS" for c in s))
body_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300)


def read_all(data: bytes, name: str = "a.txt", **kwargs):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        errors: list[InputError] = []
        try:
            articles = list(read_articles(path, on_error=errors.append, **kwargs))
        except InputError as error:
            errors.append(error)
            articles = []
        return articles, errors


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_give_articles_or_input_errors_only(data):
    articles, errors = read_all(data)
    assert len(articles) + len(errors) == 1
    for article in articles:
        assert article.text and article.text == article.text.strip()
        assert ID.match(article.id)
    for error in errors:
        assert "\n" not in str(error) and str(error).startswith(str(error.path))


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_as_jsonl_give_articles_or_input_errors_only(data):
    articles, errors = read_all(data, "a.jsonl")
    for article in articles:
        assert article.text and ID.match(article.id)
    for error in errors:
        assert "\n" not in str(error)


@SETTINGS
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "title": value_text,
            "source": value_text,
            "url": value_text,
            "published": st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
        },
    ).filter(bool),
    body_text,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    st.booleans(),
)
def test_front_matter_round_trips_and_ids_are_stable(fields, body, encoding, opening_dashes):
    header = "".join(f"{key}: {value.isoformat() if isinstance(value, date) else value}\n" for key, value in fields.items())
    text = ("---\n" if opening_dashes else "") + header + "---\n" + body
    articles, errors = read_all(text.encode(encoding))
    # what is read is the text cleaned of control and invisible characters (kg.io.clean_text)
    expected_body = clean_text(body.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not expected_body or "\x00" in body:
        assert not articles and len(errors) == 1
        return
    assert not errors, errors
    (article,) = articles
    assert article.text == expected_body
    expected = {key: clean_text(value).strip() or None if isinstance(value, str) else value
                for key, value in fields.items()}
    for key in ("title", "source", "url"):
        if expected.get(key):
            assert getattr(article, key) == expected[key]
    assert article.url == expected.get("url")
    assert article.title and article.source  # every file's article has a name: headline or file, folder
    assert article.published == fields.get("published")
    assert ID.match(article.id)
    assert article.id == article_id(expected_body, expected.get("url"))
    again, _ = read_all(text.encode("utf-8"))
    assert again[0].id == article.id


@SETTINGS
@given(st.lists(st.fixed_dictionaries({"text": body_text}, optional={"title": value_text, "url": value_text}), max_size=5))
def test_jsonl_records_round_trip(records):
    data = "\n".join(json.dumps(record) for record in records).encode()
    articles, errors = read_all(data, "a.jsonl")
    readable = [r for r in records if clean_text(r["text"]).strip() and "\x00" not in r["text"]]
    if not records:
        assert not articles and len(errors) == 1  # an empty file
        return
    assert [a.text for a in articles] == [clean_text(r["text"].replace("\r\n", "\n")).strip() for r in readable]
    assert len(errors) == len(records) - len(readable)
    given = [clean_text(r.get("title") or "").strip() or None for r in readable]
    assert all(a.title == title for a, title in zip(articles, given) if title)
    assert all(a.title for a in articles)  # a record without a title is named by its headline or line


@SETTINGS
@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=200)))
def test_article_id_is_deterministic_and_iri_safe(text, url):
    first = article_id(text, url)
    assert first == article_id(text, url)
    assert ID.match(first) and len(first) <= 90


WORDS = ["The", "minister", "Ana", "Lima", "met", "Redwood", "Bank", "CEO", "said", "\u201cwe", "will", "grow\u201d",
         "on", "Monday", ".", ",", "shares", "fell", "3%", "Z\u00fcrich", "\u05e9\u05dc\u05d5\u05dd", "\U0001f680",
         "<b>", "\"", "'s", "\\", "{", "}", "Inc."]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.fixed_dictionaries({}, optional={"title": value_text, "source": value_text, "url": value_text}),
    st.lists(st.one_of(st.sampled_from(WORDS), value_text), min_size=1, max_size=40),
)
def test_any_front_matter_and_snippet_give_turtle_an_independent_parser_reads(nlp, fields, words):
    """Whatever the title, source, URL and text, the graph kg writes parses in pyoxigraph,
    and its Turtle and N-Triples hold the same triples."""
    import pyoxigraph as ox

    from kg.graph import serialize
    from kg.pipeline import build_dataset

    header = "".join(f"{key}: {value}\n" for key, value in fields.items())
    articles, errors = read_all(f"{header}---\n{' '.join(words)}".encode("utf-8") if header else " ".join(words).encode())
    assert not errors, errors
    dataset, report = build_dataset(articles, nlp=nlp)
    assert report.articles == 1
    turtle = set(ox.parse(serialize(dataset, "ttl"), format=ox.RdfFormat.TURTLE))
    ntriples = set(ox.parse(serialize(dataset, "nt"), format=ox.RdfFormat.N_TRIPLES))
    assert turtle == ntriples and len(turtle) >= 5


@pytest.mark.parametrize("text", ["\u00ad", "\u200b \u200b", "\ufeff\u2060\n\u00ad"])
def test_an_article_of_invisible_characters_is_empty(text):
    """Soft hyphens and zero-width characters are cleaned away, so nothing is left to read."""
    articles, errors = read_all(text.encode("utf-8"))
    assert articles == [] and len(errors) == 1 and "is empty" in str(errors[0])
