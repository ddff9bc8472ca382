"""Who heads, runs or leads a body described and then named ("a consulting firm called the
Meridian Group", "a fund known as Y") holds a post in the named body
(kg.extract.relations._named_by_participle)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, body", [
    ('"Far too slow," said Maria Lopez, who heads a consulting firm called the Meridian Group.',
     "Maria Lopez", "Meridian Group"),
    ("Tom Baker, who runs a small brokerage named Castle Trading, disagreed.", "Tom Baker", "Castle Trading"),
    ("Ann Lee runs a hedge fund known as Birch Hill Partners.", "Ann Lee", "Birch Hill Partners"),
    ("Ruth Kim leads a group called the Coalition for Fair Trade.", "Ruth Kim", "Coalition for Fair Trade"),
])
def test_the_head_of_a_body_named_after_its_description_holds_a_post_in_it(tmp_path, text, person, body):
    assert (person, body) in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_body_named_beside_what_one_heads_is_not_headed(tmp_path):
    # the team is headed; the firm it advises is only named
    text = "Ann Lee heads a team that advises a fund called Birch Hill Partners."
    assert ("Ann Lee", "Birch Hill Partners") not in relation_pairs(tmp_path, text, "holdsPosition")
