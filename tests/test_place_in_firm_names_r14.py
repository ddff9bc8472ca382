"""A firm named by a known place and one more proper noun, which the small model leaves untagged
while the gazetteer tags the place (round 14).

"State-owned Qatar Lumen asked for a delay", "break up Ghana Tellex", "chief executive of
BrightPath Japan", "CEO of NovaCrest Brazil": the place and the word it modifies (or, when the
word is in no dictionary, the word that modifies it) are one firm's name of two words. Not: a
day, a title or a compass point next to the place ("Japan Tuesday said", "Kenya President X"), a
dictionary word before the place ("Global Britain"), a law ("the U.S. Constitution"), a place
inside a hyphenated word ("Euro-Asia Tarvex"), nor a longer run of capitalised words.

Sentences written for these tests; the firms are invented."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, firm", [
    ("Officials said the state-owned Qatar Lumen asked for a delay in repaying its debts.", "Qatar Lumen"),
    ("The proposals would break up Ghana Tellex into three firms.", "Ghana Tellex"),
    ("Lena Ortiz, chief executive of BrightPath Japan, praised the move.", "BrightPath Japan"),
    ("Omar Haddad, CEO of NovaCrest Brazil, said sales rose.", "NovaCrest Brazil"),
])
def test_a_place_and_one_proper_noun_name_a_firm(nlp, text, firm):
    found = entity_types(nlp, text)
    assert found.get(firm) == "Company", found


@pytest.mark.parametrize("text, place", [
    ("Japan Tuesday said it would retaliate against the levies.", "Japan"),
    ("The speech praised Global Britain as an open trading nation.", "Britain"),
    ("Officials said Kenya President Tomas Ruel would sign the bill.", "Kenya"),
    ("Orvell argued that the levy breaks the U.S. Constitution in two ways.", "United States"),
])
def test_a_day_a_title_or_a_dictionary_word_beside_a_place_makes_no_firm(nlp, text, place):
    found = entity_types(nlp, text)
    assert found.get(place) == "Place", found
    assert not any(place in name and name != place for name in found)


def test_a_place_inside_a_hyphenated_word_makes_no_firm_with_the_next_word(nlp):
    found = entity_types(nlp, "Shares in Euro-Asia Tarvex (Holdings) fell 12 per cent on Monday.")
    assert "Asia Tarvex" not in found, found
