"""A place named by a place noun and an "of" phrase ("the city of Solo", "the southern Chinese city
of Foshan", "the Alpine resort of Megeve") is the place where a firm is based or a body sits
(kg.extract.relations._place_key), and the nationality word before the noun places it in its
country (when the article names the country)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, thing, place", [
    ("Harlow Motors, based in the northern Italian city of Turin, is the country's third largest carmaker.",
     "Harlow Motors", "Turin"),
    ("Tarn Foods, a dairy company in the town of Gouda, recalled its cheese.", "Tarn Foods", "Gouda"),
    ("Kivu Mining, headquartered in the eastern province of Kivu Nord, halted output.", "Kivu Mining", "Kivu Nord"),
])
def test_a_firm_is_in_the_place_the_of_phrase_names(tmp_path, text, thing, place):
    assert (thing, place) in relation_pairs(tmp_path, text, "locatedIn")


@pytest.mark.parametrize("text, town, country", [
    ("China's exports rose. Meidi Appliances, which is based in the southern Chinese city of Foshan, makes fans.", "Foshan", "China"),
    ("Spain hosted the talks. Ministers gathered at the Spanish Mediterranean Sea resort of Marbella.", "Marbella", "Spain"),
    ("Officials in Italy said the plant in the northern Italian city of Turin will close.", "Turin", "Italy"),
])
def test_the_nationality_word_places_the_town_in_its_country(tmp_path, text, town, country):
    assert (town, country) in relation_pairs(tmp_path, text, "locatedIn")


def test_a_place_inside_the_description_is_not_the_one_named(tmp_path):
    text = "Spain hosted the talks. Ministers gathered at the Spanish Mediterranean Sea resort of Marbella."
    assert ("Mediterranean Sea", "Spain") not in relation_pairs(tmp_path, text, "locatedIn")
