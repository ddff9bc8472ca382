"""A person named after the post and its body, set off by commas ("The executive director of
Chile's Mining Council, Pablo Reyes, said") is a person even where the model tags no name there
(kg.extract.missed_names._speaks_or_is_described), and holds that post."""

import pytest
from helpers import article_entity_types, relation_pairs


@pytest.mark.parametrize("text, person, body", [
    ("The executive director of Bolivia's Mining Chamber, Pablo Arce, told radio that costs rose.",
     "Pablo Arce", "Mining Chamber"),
    ("The secretary general of the Andean Freight Council, Lucia Paredes, warned of delays.",
     "Lucia Paredes", "Andean Freight Council"),
    ("The president of Ecuador's Banana Exporters Association, Jorge Vera, said prices fell.",
     "Jorge Vera", "Banana Exporters Association"),
])
def test_the_holder_named_after_a_post_of_a_body_is_a_person_holding_it(tmp_path, text, person, body):
    assert article_entity_types(tmp_path, text).get(person) == "Person"
    assert (person, body) in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_firm_named_after_a_description_is_no_person(tmp_path):
    types = article_entity_types(tmp_path, "Shares in the maker of the Volta scooter, Orvik Motors, fell.")
    assert types.get("Orvik Motors") != "Person", types
