"""A firm's name that opens a sentence as the owner of a post ("Orvik Bank's chief executive, X,
said ...") keeps its first word, which the small model may leave out at a sentence's start
(kg.extract.candidates._firm_word_joined_to_its_name), so the post is the firm's. And the learned
reader never gives a post whose owner is written before it ("Y's chief economist") to another
body named later in the sentence (kg.extract.relmodel)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, firm, other", [
    ("Orvik Bank's chief executive, Lars Dahl, said the EU's veto of their planned tie-up was a mistake.",
     "Lars Dahl", "Orvik Bank", "European Union"),
    ("Orvik Bank's chief economist, Siv Holm, told the IMF that growth would slow.",
     "Siv Holm", "Orvik Bank", "International Monetary Fund"),
    ("Orvik Bank's senior strategist, Ann Lie, said the World Bank forecast was too rosy.",
     "Ann Lie", "Orvik Bank", "World Bank"),
])
def test_the_post_is_the_firm_that_opens_the_sentence(tmp_path, text, person, firm, other):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, firm) in held
    assert (person, other) not in held


@pytest.mark.parametrize("text, person, other", [
    ("Orvik's chief economist, Siv Holm, told the IMF that growth would slow.", "Siv Holm", "International Monetary Fund"),
    ("Orvik's president, Tor Aasen, thanked the Finance Ministry for its help.", "Tor Aasen", "Finance Ministry"),
    ("Orvik's chief executive, Lars Dahl, urged the European Central Bank to act.", "Lars Dahl", "European Central Bank"),
])
def test_a_post_with_an_owner_written_before_it_is_no_later_bodys(tmp_path, text, person, other):
    assert (person, other) not in relation_pairs(tmp_path, text, "holdsPosition")
