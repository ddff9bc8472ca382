"""Whoever a criticism event says criticises a named target has criticised it, as a relation too,
whichever construction told it ("X, a fierce critic of Y", "X voiced concern about Y's record",
"X called the decision by Y a blunder") (kg.extract.relations.criticisms_told_as_events)."""

import pytest
from helpers import article_facts, relation_pairs


@pytest.mark.parametrize("text, critic, target", [
    ("The visit is meant to reassure allies worried by Premier Lena Ostrova, a fierce critic of the Halden government.",
     "Lena Ostrova", "Halden"),
    ("Senator Paula Greer called the decision by Norvik Airlines a serious mistake.", "Paula Greer", "Norvik Airlines"),
    ("Labor Minister Hugo Brandt called the layoffs at Castell Steel a costly mistake.", "Hugo Brandt", "Castell Steel"),
])
def test_the_critic_criticized_the_target(tmp_path, text, critic, target):
    assert (critic, target) in relation_pairs(tmp_path, text, "criticized")


def test_a_pair_the_relation_readers_found_is_told_once(tmp_path):
    text = "Senator Paula Greer sharply criticized Norvik Airlines on Monday."
    facts, names = article_facts(tmp_path, text)
    pairs = [(names[r["subject"]], names[r["object"]]) for r in facts["relations"] if r["predicate"] == "criticized"]
    assert pairs == [("Paula Greer", "Norvik Airlines")]


def test_praise_gives_no_criticism_relation(tmp_path):
    text = "Senator Paula Greer praised the decision by Norvik Airlines to add routes."
    assert not relation_pairs(tmp_path, text, "criticized")
