"""A post whose portfolio joins two fields with "and" is one title, not two: "Housing and Urban
Development Secretary X" is a cabinet secretary of the country the text is about (as "Commerce
Secretary X" is), and "Energy and Mines Minister Y" keeps its whole title (a part with no title
word is no title of its own) (kg.extract.relations._joined_portfolio_start, _joined_portfolio,
_TitleMatch.add)."""

import pytest
from helpers import article_facts, relation_pairs


@pytest.mark.parametrize("text, person", [
    ("The United States will build more homes. Housing and Urban Development Secretary Ada Moss spoke on Monday.",
     "Ada Moss"),
    ("The United States will widen insurance. Health and Human Services Secretary Ruth Kane spoke on Friday.",
     "Ruth Kane"),
    ("The United States plans new hospitals. Health and Human Services Secretary Ruth Kane visited Ohio.",
     "Ruth Kane"),
])
def test_a_joined_portfolio_secretary_serves_the_country(tmp_path, text, person):
    assert (person, "United States") in relation_pairs(tmp_path, text, "holdsPosition")


def _titles(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return {(names[r["subject"]], r.get("title")) for r in facts["relations"] if r["predicate"] == "holdsPosition"}


def test_the_whole_portfolio_is_the_title(tmp_path):
    text = "Peru sells copper abroad. Energy and Mines Minister Luis Soto said exports would grow."
    assert ("Luis Soto", "Energy and Mines Minister") in _titles(tmp_path, text)
