"""A surname written with a hyphen belongs to the name whole ("Ellen Johnson-Sirleaf"): the model
had tagged the name up to the hyphen and the rest was lost (kg.extract.candidates._surnames_left_out);
a hyphen before a lower-case word ("the Johnson-led coalition") joins nothing."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, person", [
    ("President Ellen Johnson-Sirleaf met the delegation on Monday.", "Ellen Johnson-Sirleaf"),
    ("Vice President Naledi Mbeki-Dlamini opened the new container port in Durban.", "Naledi Mbeki-Dlamini"),
    ("Finance Minister Carla Mendes-Barros presented the budget to parliament.", "Carla Mendes-Barros"),
])
def test_a_hyphenated_surname_is_part_of_the_name(tmp_path, text, person):
    assert article_entity_types(tmp_path, text).get(person) == "Person"


def test_a_hyphen_before_a_lower_case_word_joins_nothing(tmp_path):
    types = article_entity_types(tmp_path, "The Ellen Johnson-led coalition won the vote in Monrovia.")
    assert not any(name.endswith("-led") for name in types)
