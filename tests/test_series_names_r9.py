"""Series of fields in names and titles: a body named for a series written with the serial comma
("the Bureau of Mines, Energy, and Water") is one name, and the portfolios of a minister's title
("Health, Labour and Welfare Minister X") are no entities. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, body", [
    ("Inspectors from the Bureau of Timber, Fisheries, and Wildlife (BTFW) closed the mill.",
     "Bureau of Timber, Fisheries, and Wildlife"),
    ("The Ministry of Commerce, Industry, and Energy said exports fell in May.",
     "Ministry of Commerce, Industry, and Energy"),
    ("Officials of the Department of Mines, Energy, and Water signed the deal on Friday.",
     "Department of Mines, Energy, and Water"),
])
def test_a_body_named_for_a_series_with_the_serial_comma_is_one_name(nlp, text, body):
    found = entity_types(nlp, text)
    assert found.get(body) == "GovernmentBody", found
    assert len([t for t in found.values() if t != "Place"]) <= 2, found


@pytest.mark.parametrize("text, person", [
    ("Agriculture, Fisheries, and Food Minister Ana Lund said the ban would end.", "Ana Lund"),
    ("On Monday, Health, Labour and Welfare Minister Kenji Oda resigned.", "Kenji Oda"),
    ("Industry, Trade and Energy Minister Rui Vale said exports rose.", "Rui Vale"),
])
def test_the_portfolios_of_a_ministers_title_are_no_entities(nlp, text, person):
    assert entity_types(nlp, text) == {person: "Person"}


def test_countries_before_a_plural_title_stay(nlp):
    found = entity_types(nlp, "Trade ministers of Ghana, Togo and Benin met in Lome.")
    assert {"Ghana", "Togo", "Benin"} <= set(found), found
