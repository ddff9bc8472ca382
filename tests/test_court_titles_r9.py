"""A country's name that opens a judge's, a prosecutor's or a court's title ("U.S. District
Judge", "U.S. Attorney", "U.S. Magistrate Judge") is part of that title: the country is not an
actor of the story unless the article names it elsewhere. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def names(nlp, text):
    return {e.name for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text", [
    "U.S. District Judge Marta Quell sentenced Tobin Reyes to four years in prison on Monday.",
    "The plea was entered before U.S. Magistrate Judge Orla Benn in Tucson.",
    "\"Greed is not a business plan,\" said U.S. Attorney Dana Whitlow.",
    "After a two-day hearing, U.S. Bankruptcy Judge Ivo Strand approved the sale.",
    "Acting U.S. Attorney Rhea Castel announced the charges against the Pellworth Group.",
])
def test_the_country_in_a_court_officers_title_is_no_entity(nlp, text):
    found = names(nlp, text)
    assert "United States" not in found, found


@pytest.mark.parametrize("text", [
    # the country is named in its own right as well
    "U.S. Attorney Dana Whitlow said the scheme cost investors across the United States millions.",
    "U.S. District Judge Marta Quell said the U.S. economy had been slow to recover.",
    # a minister's title, not a court officer's
    "U.S. Attorney General Noor Patel met the Brazilian justice minister on Tuesday.",
    # the country itself, before a lower-case word
    "Shares of U.S. banks fell as U.S. district courts weighed the cases.",
])
def test_the_country_stays_when_named_apart_from_a_court_title(nlp, text):
    assert "United States" in names(nlp, text)
