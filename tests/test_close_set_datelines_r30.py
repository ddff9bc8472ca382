"""A release's dateline with its em dash set close ("Washington, D.C.—Today, the Bureau ...") is
a dateline: the capital names where the release was filed, not a government that acts in it
(kg.extract.candidates._TITLE_CASE_PLACE_DATELINE)."""

import pytest
from helpers import article_entity_types, typed_events


@pytest.mark.parametrize("text, city", [
    ("Washington, D.C.—On Friday the Federal Maritime Commission issued new rules for container carriers.",
     "Washington"),
    ("Ottawa, Ontario—The Competition Bureau opened a review of airline fares in the north.", "Ottawa"),
])
def test_a_close_set_dateline_names_no_actor(tmp_path, text, city):
    types = article_entity_types(tmp_path, text)
    assert city not in types and "U.S. government" not in types and "Canadian government" not in types
    assert all(len({k for k, r in parts if r == "actor"}) == 1 for _, parts in typed_events(tmp_path, text))


def test_a_capital_in_the_body_still_stands_for_its_government(tmp_path):
    text = "The talks went well, officials said. Washington announced new tariffs on steel on Friday."
    assert article_entity_types(tmp_path, text).get("U.S. government") == "GovernmentBody"
