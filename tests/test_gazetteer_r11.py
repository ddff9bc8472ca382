"""Bodies that market and business reports cite often, known by name: a research body, trade
associations, news agencies, newspapers, an index provider, stock exchanges, and an index's
former names. Their words alone mislead the typing ("Board" reads as a government board, an
agency's initials as a firm, "CNX Nifty" as a person). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.models import Article


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("form, kind", [
    ("Conference Board", "Organization"),
    ("The Conference Board", "Organization"),
    ("Institute for Supply Management", "Organization"),
    ("National Association of Realtors", "Organization"),
    ("University of Michigan", "EducationalInstitution"),
    ("IANS", "MediaOutlet"),
    ("Asian News International", "MediaOutlet"),
    ("El Pais", "MediaOutlet"),
    ("Folha de S.Paulo", "MediaOutlet"),
    ("MSCI", "Company"),
    ("JSE", "Organization"),
    ("Tadawul", "Organization"),
    ("S&P CNX Nifty", "MarketIndex"),
    ("CNX Nifty", "MarketIndex"),
])
def test_often_cited_bodies_are_known(gaz, form, kind):
    entry = gaz.lookup(form)
    assert entry is not None and entry.type == kind


@pytest.mark.parametrize("text, name, kind", [
    ("The Conference Board said its confidence index slipped in May.", "Conference Board", "Organization"),
    ("Mumbai's S&P CNX Nifty fell 0.4 percent to 5,210 points on Monday.", "S&P CNX Nifty", "MarketIndex"),
    ("Inflation stayed high, IANS reported, citing officials in Delhi.", "IANS", "MediaOutlet"),
])
def test_known_in_a_sentence(nlp, text, name, kind):
    found = {e.name: e.type for e in resolve_entities(nlp(text), Article(id="t", text=text))}
    assert found.get(name) == kind, found
