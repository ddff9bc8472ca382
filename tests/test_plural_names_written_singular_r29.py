"""A firm whose name ends in "s", written with its apostrophe before that "s" ("Vessia Airline's
pilots" for "Vessia Airlines' pilots"), is the firm the text also names whole, not a second firm
(kg.extract.aliases.join_plural_names_written_singular); its acronym then has one firm to stand
for."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, firm, misread", [
    ("Vessia Airlines has cut its routes. Vessia Airline's pilots went on strike on Monday.",
     "Vessia Airlines", "Vessia Airline"),
    ("Kestrava Motors reported a loss. Analysts said Kestrava Motor's new trucks sold slowly.",
     "Kestrava Motors", "Kestrava Motor"),
    ("Ostrava Steel Works laid off 300 people. Ostrava Steel Work's owners blamed cheap imports.",
     "Ostrava Steel Works", "Ostrava Steel Work"),
])
def test_the_misplaced_apostrophe_names_the_same_firm(tmp_path, text, firm, misread):
    types = article_entity_types(tmp_path, text)
    assert firm in types and misread not in types


def test_the_acronym_then_stands_for_the_one_firm(tmp_path):
    text = ("Vessia Airlines has filed for bankruptcy. Vessia Airline's debts are large, and VA will keep "
            "flying while the courts decide.")
    types = article_entity_types(tmp_path, text)
    assert "VA" not in types and "Vessia Airline" not in types


def test_a_name_written_only_with_the_apostrophe_stays_as_written(tmp_path):
    text = "Kestrava Motor's new trucks sold slowly, analysts said on Monday."
    assert "Kestrava Motor" in article_entity_types(tmp_path, text)
