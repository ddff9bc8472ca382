"""An expert, like an analyst or an economist, holds a post where "at" or "with" says they work:
"business expert X at Y University", "X is a trade expert at Y" (kg.extract.patterns TITLE_HEADS,
kg.extract.entity_lexicon AFFILIATION_NOUNS). Experts unnamed hold nothing."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, body", [
    ("That is not much for a firm of its size, notes business expert Lena Ortiz at Marlow University.",
     "Lena Ortiz", "Marlow University"),
    ("Lena Ortiz is a China trade expert at Capital Economics in Singapore.", "Lena Ortiz", "Capital Economics"),
    ("Energy expert Tom Brandt at the Brookings Institution expects oil prices to rise.", "Tom Brandt",
     "Brookings Institution"),
])
def test_an_expert_holds_a_post_where_they_work(tmp_path, text, person, body):
    assert (person, body) in relation_pairs(tmp_path, text, "holdsPosition")


def test_unnamed_experts_hold_nothing(tmp_path):
    assert relation_pairs(tmp_path, "Experts at the World Bank say growth will slow.", "holdsPosition") == set()
