"""Stakes held in a group of firms whose members are named after "including" or "such as" (round 9, recall).

"Tarn, which holds stakes in a number of businesses including the carrier Vell and Brisk": Tarn
owns part of each firm named. The ownership rules read "a stake in Vell" but not the members of a
group. Phrasings are written for these tests (invented names); the near-misses name firms that are
not held (rivals, customers).
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Kelvor Holdings", "Company", ["Kelvor"]), ("Tarn Cable", "Company"), ("Brisk Live", "Company"),
        ("Sable Radio", "Company")]


@pytest.mark.parametrize("text, held", [
    ("Kelvor, which holds stakes in a range of businesses including cable operator Tarn Cable and the events "
     "group Brisk Live, made an offer.", ["tarn-cable", "brisk-live"]),
    ("Kelvor Holdings holds stakes in several firms, including Tarn Cable.", ["tarn-cable"]),
    ("Kelvor Holdings owns shares in broadcasters such as Sable Radio and Brisk Live.", ["sable-radio", "brisk-live"]),
    ("Kelvor Holdings owns several companies, including Tarn Cable and Sable Radio.", ["tarn-cable", "sable-radio"]),
])
def test_the_named_members_of_a_group_of_held_firms_are_owned(nlp, text, held):
    rels = relations(nlp, text, CAST)
    for k in held:
        assert ("kelvor-holdings", "owns", k) in rels, (text, k)


@pytest.mark.parametrize("text", [
    "Kelvor Holdings holds stakes in several firms that compete with Tarn Cable.",
    "Kelvor Holdings sells cable boxes to companies including Tarn Cable and Brisk Live.",
])
def test_firms_named_beside_a_stake_but_not_held_are_not_owned(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[1] == "owns"], text
