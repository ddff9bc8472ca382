"""Who replaces or succeeds the holder of a post takes the post (round 9, recall).

"Tarn's chief executive X resigned. She was replaced by Z", "X stepped down and was succeeded by Z",
"Z succeeds X, Tarn's longtime chief executive": the rules read X's post but gave Z none, as the verb
names no title ("Z replaced X as CEO of Tarn" was read). Phrasings are written for these tests
(invented names); the near-misses: a replacement far from the post, a predecessor with two posts.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Kelvor Oil", "Company"), ("Tarn Bank", "Company")]


@pytest.mark.parametrize("text", [
    "Kelvor Oil's chief executive Vera Lind resigned on Friday. She was replaced by Omar Tass.",
    "Kelvor Oil chief executive Vera Lind stepped down in May and was succeeded by Omar Tass.",
    "Omar Tass succeeds Vera Lind, Kelvor Oil's longtime chief executive.",
    "Vera Lind, the chairwoman of Kelvor Oil, retired last year. In January Omar Tass replaced Vera Lind.",
])
def test_the_successor_of_a_post_holder_holds_the_post(nlp, text):
    assert ("omar-tass", "holdsPosition", "kelvor-oil") in relations(nlp, text, CAST), text


def test_a_replacement_far_from_the_post_gives_nothing(nlp):
    text = ("Vera Lind is the chairwoman of Kelvor Oil. The firm sold two fields in May. Prices fell. "
            "At the weekend tennis match, Omar Tass replaced Vera Lind in the second set.")
    assert ("omar-tass", "holdsPosition", "kelvor-oil") not in relations(nlp, text, CAST)


def test_a_predecessor_with_two_posts_gives_nothing(nlp):
    text = "Vera Lind chairs Kelvor Oil and is a director of Tarn Bank. Omar Tass replaced her."
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == "omar-tass" and k[1] == "holdsPosition"]
