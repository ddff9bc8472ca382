"""A plural title over a list of countries or bodies, then as many people, pairs them in order:
"the presidents of A and B, X and Y" makes X president of A and Y president of B, and neither of
the other's (kg.extract.relations._respective_holders)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, pairs", [
    ("The presidents of Ecuador and Uruguay, Luis Mendoza and Carla Ibarra, called for a common market.",
     {("Luis Mendoza", "Ecuador"), ("Carla Ibarra", "Uruguay")}),
    ("The chief executives of Ford and Toyota, Mark Hollis and Kenji Sato, met on Monday in Detroit.",
     {("Mark Hollis", "Ford"), ("Kenji Sato", "Toyota")}),
    ("The leaders of gas-rich Norway, Denmark and Finland, Erik Sandvik, Mette Lunde and Olli Virtanen, "
     "opened the forum.",
     {("Erik Sandvik", "Norway"), ("Mette Lunde", "Denmark"), ("Olli Virtanen", "Finland")}),
    ("Spain and Italy signed the pact. The Spanish and Italian trade ministers, Carmen Vidal and Marco Lenti, "
     "spoke afterwards.", {("Carmen Vidal", "Spain"), ("Marco Lenti", "Italy")}),
])
def test_each_person_holds_the_title_in_the_holder_named_in_their_place(tmp_path, text, pairs):
    found = relation_pairs(tmp_path, text, "holdsPosition")
    assert pairs <= found
    people, holders = {p for p, _ in pairs}, {h for _, h in pairs}
    assert {(p, h) for p in people for h in holders} & found == pairs


@pytest.mark.parametrize("text", [
    "The presidents of Ecuador and Uruguay met Carla Ibarra on Friday.",
    "The presidents of Ecuador and Uruguay, along with Carla Ibarra, spoke at the summit.",
])
def test_lists_that_do_not_pair_give_no_posts(tmp_path, text):
    assert not {p for p in relation_pairs(tmp_path, text, "holdsPosition") if p[0] == "Carla Ibarra"}
