"""Long articles: kg.chunks splits the text and joins the chunks' facts; kg.pipeline uses it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg.chunks import chunk_spans, join_facts
from kg.cli import app
from kg.models import Article, Entity, Event, Evidence, Facts, Mention, Participant, Quote, Relation
from kg.pipeline import extract_facts

# --------------------------------------------------------------------------------- splitting


def _covers(text: str, spans: list[tuple[int, int]], limit: int) -> None:
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e - s <= limit for s, e in spans)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


def test_a_short_text_is_one_chunk():
    assert chunk_spans("Mills closed.", limit=100) == [(0, 13)]


def test_chunks_end_at_paragraph_breaks_when_there_are_some():
    paragraphs = [f"Paragraph {i} says the port of Dunmere reopened after a strike." for i in range(40)]
    text = "\n\n".join(paragraphs)
    spans = chunk_spans(text, limit=300)
    _covers(text, spans, 300)
    assert len(spans) > 5
    for _, end in spans[:-1]:
        assert text[end - 2 : end] == "\n\n" and text[end] == "P"


def test_without_paragraphs_chunks_end_after_a_sentence_then_at_a_space():
    sentences = " ".join(f"Copper rose {i} cents on the exchange today." for i in range(50))
    spans = chunk_spans(sentences, limit=200)
    _covers(sentences, spans, 200)
    assert all(sentences[e - 2 : e] == ". " for _, e in spans[:-1])
    words = "tin " * 300
    spans = chunk_spans(words, limit=70)
    _covers(words, spans, 70)
    assert all(words[e - 1] == " " for _, e in spans[:-1])


def test_a_run_without_any_space_is_cut_at_the_limit():
    text = "x" * 1000
    spans = chunk_spans(text, limit=300)
    _covers(text, spans, 300)
    assert [e - s for s, e in spans] == [300, 300, 300, 100]


# --------------------------------------------------------------------------------- joining

ARTICLE = Article(id="long", text="")


def _entity(key: str, name: str, etype: str, starts: list[int], aliases=(), gazetteer_id=None) -> Entity:
    mentions = [Mention(name, s, s + len(name), s, s + 40) for s in starts]
    return Entity(key=key, name=name, type=etype, aliases=list(aliases), mentions=mentions, gazetteer_id=gazetteer_id)


def _evidence(start: int) -> Evidence:
    return Evidence("a sentence", start, start + 10)


def test_join_moves_offsets_from_the_chunk_to_the_article():
    first = Facts(ARTICLE, entities=[_entity("company/orvalle-glass", "Orvalle Glass", "Company", [5])])
    second = Facts(ARTICLE, entities=[_entity("company/orvalle-glass", "Orvalle Glass", "Company", [7])],
                   relations=[], quotes=[Quote("company/orvalle-glass", "We grow.", _evidence(3))])
    joined = join_facts(ARTICLE, [(0, first), (1000, second)])
    (entity,) = joined.entities
    assert [(m.start, m.sentence_start) for m in entity.mentions] == [(5, 5), (1007, 1007)]
    assert joined.quotes[0].evidence.start == 1003 and joined.article is ARTICLE


def test_a_surname_alone_in_one_chunk_joins_the_full_name_of_another():
    first = Facts(ARTICLE, entities=[_entity("person/ines-duarte", "Ines Duarte", "Person", [0])])
    second = Facts(
        ARTICLE,
        entities=[_entity("person/duarte", "Duarte", "Person", [10]), _entity("place/dunmere", "Dunmere", "Place", [30])],
        relations=[Relation("person/duarte", "holdsPosition", "place/dunmere", _evidence(0), title="mayor")],
        quotes=[Quote("person/duarte", "We will rebuild.", _evidence(0))],
    )
    joined = join_facts(ARTICLE, [(0, first), (500, second)])
    assert sorted(e.key for e in joined.entities) == ["person/ines-duarte", "place/dunmere"]
    person = next(e for e in joined.entities if e.type == "Person")
    assert person.name == "Ines Duarte" and person.aliases == ["Duarte"] and len(person.mentions) == 2
    assert joined.relations[0].subject == "person/ines-duarte"
    assert joined.quotes[0].speaker == "person/ines-duarte"


def test_a_surname_that_fits_two_people_is_dropped_with_its_facts():
    first = Facts(ARTICLE, entities=[_entity("person/ines-duarte", "Ines Duarte", "Person", [0]),
                                     _entity("person/paulo-duarte", "Paulo Duarte", "Person", [20])])
    second = Facts(ARTICLE, entities=[_entity("person/duarte", "Duarte", "Person", [10])],
                   quotes=[Quote("person/duarte", "Not yet.", _evidence(0))])
    joined = join_facts(ARTICLE, [(0, first), (500, second)])
    assert sorted(e.key for e in joined.entities) == ["person/ines-duarte", "person/paulo-duarte"]
    assert joined.quotes == []


def test_forms_a_chunk_kept_apart_stay_apart():
    # the second chunk names both and its entity resolution kept them apart: the join agrees
    first = Facts(ARTICLE, entities=[_entity("company/vela", "Vela", "Company", [0])])
    second = Facts(ARTICLE, entities=[_entity("company/vela", "Vela", "Company", [0]),
                                      _entity("company/vela-egypt-holdings", "Vela Egypt Holdings", "Company", [30])])
    joined = join_facts(ARTICLE, [(0, first), (500, second)])
    assert sorted(e.key for e in joined.entities) == ["company/vela", "company/vela-egypt-holdings"]


def test_a_short_organisation_name_and_an_acronym_join_their_long_form():
    first = Facts(ARTICLE, entities=[_entity("governmentbody/port-authority-of-dunmere", "Port Authority of Dunmere",
                                             "GovernmentBody", [0])])
    second = Facts(ARTICLE, entities=[_entity("organization/port-authority", "Port Authority", "Organization", [4]),
                                      _entity("governmentbody/pad", "PAD", "GovernmentBody", [40])])
    joined = join_facts(ARTICLE, [(0, first), (500, second)])
    (entity,) = joined.entities
    assert entity.key == "governmentbody/port-authority-of-dunmere"
    assert set(entity.aliases) == {"Port Authority", "PAD"}


def test_one_name_typed_differently_in_two_chunks_is_one_entity():
    first = Facts(ARTICLE, entities=[_entity("company/brightwater", "Brightwater", "Company", [0, 50, 90])])
    second = Facts(ARTICLE, entities=[_entity("organization/brightwater", "Brightwater", "Organization", [3])])
    (entity,) = join_facts(ARTICLE, [(0, first), (500, second)]).entities
    assert entity.key == "company/brightwater" and len(entity.mentions) == 4


def test_relations_are_kept_once_and_events_numbered_again():
    people = [_entity("person/ana-ruiz", "Ana Ruiz", "Person", [0]),
              _entity("company/orvalle-glass", "Orvalle Glass", "Company", [20])]

    def chunk(confidence: float) -> Facts:
        meeting = Event("event-1", "Meeting", [Participant("person/ana-ruiz", "attendee")], _evidence(0),
                        date="2023-09-01")
        visit = Event("event-2", "Meeting", [Participant("company/orvalle-glass", "attendee")], _evidence(5))
        return Facts(ARTICLE, entities=people,
                     relations=[Relation("person/ana-ruiz", "founded", "company/orvalle-glass", _evidence(0),
                                         confidence=confidence)],
                     events=[meeting, visit])

    joined = join_facts(ARTICLE, [(0, chunk(0.6)), (800, chunk(0.9))])
    (relation,) = joined.relations
    assert relation.confidence == 0.9 and relation.evidence.start == 800
    assert [e.key for e in joined.events] == ["event-1", "event-2"]  # the same two events told twice


# --------------------------------------------------------------------------------- the pipeline

PARAGRAPHS = [
    "The finance minister Ana Ruiz met the chief executive of Orvalle Glass, Tomas Brandt, in Dunmere on Monday.",
    "Ruiz said the government would cut export duties on glass next year.",
    "Orvalle Glass shares rose 4% after the meeting, while the Dunmere Composite index fell 1%.",
    '"We are ready to invest," Brandt told the Dunmere Herald.',
]


@pytest.fixture()
def small_max_length(nlp):
    """spaCy's limit lowered so that a few paragraphs are a 'long' article (restored after)."""
    before = nlp.max_length
    nlp.max_length = 400
    yield nlp
    nlp.max_length = before


def test_an_article_longer_than_spacys_limit_is_extracted_in_chunks(nlp, small_max_length):
    text = "\n\n".join(PARAGRAPHS * 3)
    assert len(text) > 2 * nlp.max_length
    (facts,) = extract_facts([Article(id="long", text=text)], nlp=nlp)
    names = {e.name for e in facts.entities}
    assert {"Ana Ruiz", "Orvalle Glass", "Tomas Brandt"} <= names
    assert "Ruiz" not in names and "Brandt" not in names  # lone surnames joined their full names
    for entity in facts.entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text
    for fact in [*facts.relations, *facts.events, *facts.quotes]:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.sentence
    assert any(e.mentions[-1].start > 2 * nlp.max_length for e in facts.entities)


def test_a_folder_with_one_oversized_article_still_writes_the_others(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PARAGRAPHS[0] + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("\n\n".join(PARAGRAPHS * 20) + "\n", encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "--max-bytes", "2000"])
    assert result.exit_code == 1
    assert "b.txt" in result.stderr and "--max-bytes" in result.stderr
    assert "1 article:" in result.stderr and "1 failed" in result.stderr
    assert "Ana Ruiz" in out.read_text(encoding="utf-8")


def test_workers_and_cluster_batches_join_a_long_article_the_same_way(nlp, small_max_length):
    from kg.pipeline import extract_chunk

    text = "\n\n".join(PARAGRAPHS * 3)
    article = Article(id="long", text=text)
    (here,) = extract_facts([article], nlp=nlp)
    (workers,) = extract_facts([article], nlp=nlp, jobs=2)
    ((same_article, tokens, batch, problem),) = extract_chunk(nlp, "test model", [article])
    assert problem is None and same_article is article and tokens > 100
    for other in (workers, batch):
        assert [(e.key, len(e.mentions)) for e in other.entities] == [(e.key, len(e.mentions)) for e in here.entities]
        assert [(r.subject, r.predicate, r.object) for r in other.relations] == \
            [(r.subject, r.predicate, r.object) for r in here.relations]
