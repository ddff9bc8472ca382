"""A person holds a title for one country: a country only guessed from the story's context ("a
trip to Japan by President Bush" beside "the Japanese cabinet") gives way to the one the
gazetteer or the text gives the same person for the same title
(kg.extract.relations._one_country_per_held_title)."""

from helpers import relation_pairs


def test_a_guessed_country_gives_way_to_the_known_one(tmp_path):
    text = ("The United States welcomed the step. Lawmakers say the Japanese cabinet erred, bowing to pressure "
            "to ensure a trouble-free trip to Japan by President Bush last year.")
    pairs = relation_pairs(tmp_path, text, "holdsPosition")
    assert ("Bush", "United States") in pairs
    assert ("Bush", "Japan") not in pairs


def test_a_guessed_country_stays_where_nothing_else_is_known(tmp_path):
    text = "Japan lifted its ban on beef imports on Monday. Prime Minister Ilse Varga said the decision was overdue."
    assert ("Ilse Varga", "Japan") in relation_pairs(tmp_path, text, "holdsPosition")
