"""The field of a title written with "for" names no body, wherever the title stands.

"Under Secretary for Sanctions and Financial Crime" after its holder's name gave two
firms, "Sanctions" and "Financial Crime", and the holder a post in one of them. The
capitalised dictionary words after a title and "for" are the post's field; a place or a body
the gazetteer knows in that position is still an entity. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kg.pipeline import extract_facts
from helpers import entity_types


@pytest.mark.parametrize("text, holder, field", [
    ("\u201cThe rules reflect our resolve,\u201d said Dana K. Ormond, Acting Under Secretary for Sanctions "
     "and Financial Crime.", "Dana K. Ormond", "Sanctions"),
    ("\u201cWe acted fast,\u201d said Piet Laan, Director for Consumer Protection at the agency.",
     "Piet Laan", "Consumer Protection"),
    ("The order was signed by Ivo Tal, Commissioner for Financial Stability, on Friday.",
     "Ivo Tal", "Financial Stability"),
    ("Tom Reyes, the Assistant Secretary for Export Enforcement, said the firm lied.",
     "Tom Reyes", "Export Enforcement"),
])
def test_the_field_after_a_title_is_no_entity(nlp, text, holder, field):
    found = entity_types(nlp, text)
    assert found.get(holder) == "Person"
    assert not any(field in name for name in found)


@pytest.mark.parametrize("text, kept", [
    ("Ola Berg, the Special Envoy for Iran, met officials in Geneva.", "Iran"),
    ("Mara Quist, Minister for Trade, flew to Brazil on Monday.", "Brazil"),
    ("Funds for Goldman Sachs staff were frozen by the court.", "Goldman Sachs"),
])
def test_places_and_known_bodies_stay(nlp, text, kept):
    assert kept in entity_types(nlp, text)


@pytest.mark.parametrize("text, employer", [
    ("Nell Hart, general counsel for Pacific Steel Works, declined to comment.", "Pacific Steel Works"),
    ("Ivo Sand, a director for Northern Airlines, said fares would rise.", "Northern Airlines"),
    ("Bo Lindh, the chief economist for Standard Mutual, expects a cut.", "Standard Mutual"),
])
def test_an_employer_after_a_lower_case_title_stays(nlp, text, employer):
    assert employer in entity_types(nlp, text)


@pytest.mark.parametrize("text, firm", [
    ("Nell Hart, general counsel for Pacific Steel Works, declined to comment.", "Pacific Steel Works"),
    ("Rui Costa, director for Summit Energy Partners, sold shares.", "Summit Energy Partners"),
    ("Cal Noor, chief counsel for Golden Harvest Mills, filed the appeal.", "Golden Harvest Mills"),
])
def test_a_firm_after_a_lower_case_title_is_not_cut_to_a_holder(nlp, text, firm):
    found = entity_types(nlp, text)
    assert firm in found
    assert found[firm] != "Person"


# --- the post of an under secretary whose field follows the title ------------------------------------

def _posts(nlp, tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    (facts,) = extract_facts([path], nlp=nlp)
    names = {e.key: e.name for e in facts.entities}
    return {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "holdsPosition"}


@pytest.mark.parametrize("text, holder, department", [
    ("The Department of Commerce today added nine firms to its list. \u201cThe list protects us,\u201d said "
     "Rhea Voss, Under Secretary for Trade and Export Control.", "Rhea Voss", "Department of Commerce"),
    ("The Department of the Treasury today named four banks. \u201cWe will keep acting,\u201d said Dana K. "
     "Ormond, Acting Under Secretary for Sanctions and Financial Crime.", "Dana K. Ormond", "Department of the Treasury"),
    ("The Department of State today barred two shippers. Ivo Marr, Under Secretary for Economic Growth, "
     "said the ban would stand.", "Ivo Marr", "Department of State"),
])
def test_an_under_secretary_for_a_field_holds_the_departments_post(nlp, tmp_path, text, holder, department):
    posts = _posts(nlp, tmp_path, text)
    assert any(h == holder and department in org for h, org in posts), posts


# --- a minister's or secretary's portfolio after "of" ---------------------------------------------

@pytest.mark.parametrize("text, holder, portfolio", [
    ("The minister of Mines and Energy, Tomas Okoye, signed the deal.", "Tomas Okoye", "Mines and Energy"),
    ("The secretary of Agriculture and Fisheries, Pedro Lumbala, met farmers.", "Pedro Lumbala",
     "Agriculture and Fisheries"),
    ("The Varnian minister of Industry and Trade, Lesa Mubanga, has been in the capital since Monday.",
     "Lesa Mubanga", "Industry and Trade"),
    ("Tarn's minister for Lands and Housing, Grace Wanjiru, resigned on Friday.", "Grace Wanjiru", "Lands and Housing"),
])
def test_a_ministers_portfolio_is_no_body_and_no_part_of_the_name(nlp, text, holder, portfolio):
    found = entity_types(nlp, text)
    assert found.get(holder) == "Person", found
    assert not any(portfolio in name for name in found)


@pytest.mark.parametrize("text, body", [
    ("Ivo Sand, the secretary of Northern Farmers Union, backed the strike.", "Northern Farmers Union"),
    ("Ana Ruiz, a former secretary of Kelvo Holdings, testified.", "Kelvo Holdings"),
])
def test_a_body_after_secretary_of_stays(nlp, text, body):
    assert body in entity_types(nlp, text)
