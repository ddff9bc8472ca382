"""Terms the small model tags as names but that name no actor stay out also when written with dots,
as some broadcasters write them ("the new C.E.O.", "the G.D.P. grew"), and a free trade agreement
("the FTA") or a cash machine ("an ATM") is no actor (kg.extract.noise.is_noise, NOT_ENTITIES).
A dotted name of a country ("the U.S.A.") is still one."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, term", [
    ("The board named a new C.E.O. for the bank last week.", "C.E.O."),
    ("Officials say the G.D.P. grew three percent last year.", "G.D.P."),
    ("The FTA was signed in 2004 by Peru and Thailand.", "FTA"),
    ("Shoppers can use any ATM to withdraw cash without a fee.", "ATM"),
])
def test_a_term_is_no_entity(tmp_path, text, term):
    assert term not in article_entity_types(tmp_path, text)


def test_a_dotted_country_is_still_an_entity(tmp_path):
    types = article_entity_types(tmp_path, "The U.S.A. and Canada signed the deal on Monday.")
    assert "United States" in types, types
