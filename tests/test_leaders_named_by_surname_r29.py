"""A leader named by title and surname alone: the surname after a capitalised title is a person
even among capitalised words ("President Bush met Prime Minister Blair", kg.extract.noise.is_noise),
and a surname the gazetteer cannot link to one person still tells the country when every
politician it knows by that surname served one country (kg.extract.relations._known_country,
_surname_country): "President Bush" is a president of the United States."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, people", [
    ("President Bush met Prime Minister Blair at Camp David on Saturday.", {"Bush", "Blair"}),
    ("Chancellor Merkel welcomed President Sarkozy to Berlin on Tuesday.", {"Merkel", "Sarkozy"}),
    ("Senator Grassley questioned Secretary Paulson in the Senate on Thursday.", {"Grassley", "Paulson"}),
])
def test_a_surname_after_a_title_is_a_person_among_capitals(tmp_path, text, people):
    types = article_entity_types(tmp_path, text)
    assert {p for p in people if any(p in name and t == "Person" for name, t in types.items())} == people


@pytest.mark.parametrize("text", [
    "Chile and the United States resumed trade talks on Monday. Negotiators want a deal before June, "
    "when President Bush loses the power to send trade deals to Congress for a quick vote.",
    "The United States and Peru signed the trade pact in Lima. President Bush praised the pact, and "
    "Peru's farmers welcomed it.",
])
def test_a_surname_every_known_leader_shares_tells_the_country(tmp_path, text):
    assert ("Bush", "United States") in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_surname_written_first_tells_nothing(tmp_path):
    # (a Korean name is written surname first: "Kim" is no last word of a known leader's name)
    text = "South Korea sent rice to North Korea on Friday. President Kim said the aid would continue."
    assert ("Kim", "North Korea") not in relation_pairs(tmp_path, text, "holdsPosition")
