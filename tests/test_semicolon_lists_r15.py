"""Relations: a list of officials written with semicolons (round 15).

Sanctions and appointment notices list people item by item, each item a title and a name:
"the governor of A, X, who ...; the governor of B and former minister Y; Z, governor of C". Each
item is one holder with its own title, so a title of the next item is never given to the person
named in the item before ("X holds the governorship of B"). A title and a name in one item, and
items parted by commas only, keep their links. Every name is invented; the entity table is given
by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Ivo Pelt", "Person"), ("Omar Tass", "Person"), ("Vera Lind", "Person"), ("Tomas Brell", "Person"),
        ("Ana Ruiz", "Person"), ("Tarnville", "Place"), ("Dorsk", "Place"), ("Kelso", "Place"),
        ("Orvel Mining", "Company"), ("Kelso Foods", "Company"), ("Tarn Shipping", "Company"),
        ("Pelland Port Authority", "GovernmentBody"), ("Dorsk Customs", "GovernmentBody"),
        ("Velmora Coast Guard", "GovernmentBody")]


@pytest.mark.parametrize("text, person, wrong", [
    ("The sanctions target the mayor of Tarnville, Ivo Pelt, who is also a retired general; the mayor of "
     "Dorsk and former police chief Omar Tass; and Vera Lind, mayor of Kelso.", "ivo-pelt", "dorsk"),
    ("The order names the mayor of Kelso, Tomas Brell, who once ran a bank; the mayor of Dorsk and former "
     "banker Ana Ruiz; and Vera Lind, mayor of Tarnville.", "tomas-brell", "dorsk"),
    ("The new list includes the director of Orvel Mining, Tomas Brell, who is also a former senator; the "
     "director of Kelso Foods and former minister of trade Ana Ruiz; and Vera Lind, director of Tarn "
     "Shipping.", "vera-lind", "orvel-mining"),
    ("The penalties hit the head of the Pelland Port Authority, Ivo Pelt, who is also a former army "
     "colonel; the head of Dorsk Customs and former minister of finance Omar Tass; Vera Lind, head of "
     "the Velmora Coast Guard.", "ivo-pelt", "dorsk"),
])
def test_a_title_of_the_next_item_is_not_the_person_before(nlp, text, person, wrong):
    rels = relations(nlp, text, CAST)
    assert (person, "holdsPosition", wrong) not in rels, sorted(rels)


@pytest.mark.parametrize("text, person, org", [
    # an item's own title and name still link
    ("The sanctions target the mayor of Tarnville, Ivo Pelt, who is also a retired general; the mayor of "
     "Dorsk and former police chief Omar Tass; and Vera Lind, mayor of Kelso.", "vera-lind", "kelso"),
    ("The sanctions target the mayor of Tarnville, Ivo Pelt, who is also a retired general; the mayor of "
     "Dorsk and former police chief Omar Tass; and Vera Lind, mayor of Kelso.", "ivo-pelt", "tarnville"),
    ("The new list includes the director of Orvel Mining, Tomas Brell, who is also a former senator; the "
     "director of Kelso Foods and former minister of trade Ana Ruiz; and Vera Lind, director of Tarn "
     "Shipping.", "tomas-brell", "orvel-mining"),
    # a list with commas only is not split by this rule
    ("Omar Tass, the mayor of Dorsk, met Vera Lind, the mayor of Kelso, on Monday.", "omar-tass", "dorsk"),
])
def test_an_items_own_title_still_links(nlp, text, person, org):
    rels = relations(nlp, text, CAST)
    assert (person, "holdsPosition", org) in rels, sorted(rels)
