"""Relations: a firm's name before a title of two words after "as" (round 15).

"X resigned as Tarn Mining chief executive", "X will step down as Tarn Mining chief executive",
"X would resign as Tarn Mining chief financial officer": the parser hangs the name on the title
as nmod (not compound) when an adjective ("chief") stands between, and the post was lost. The
name is where the title is held when it is one name ending right before the title's own
modifiers; not when the nmod covers other names ("Velmora Commission president A and Velmora
Council president B": B's post is the Council's only). Every name is invented; the entity table
is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Maria Santos", "Person"), ("Ivo Pelt", "Person"), ("Orvel Mining", "Company"),
        ("Velmora Commission", "Organization"), ("Velmora Council", "Organization")]


@pytest.mark.parametrize("text", [
    "Shares of Orvel Mining fell. Maria Santos resigned as Orvel Mining chief executive on Monday.",
    "Shares of Orvel Mining fell. Maria Santos will step down as Orvel Mining chief executive in May.",
    "Shares of Orvel Mining fell. Maria Santos said on Monday she would resign as Orvel Mining chief executive.",
])
def test_a_name_before_a_two_word_title_after_as_is_the_holder(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("maria-santos", "holdsPosition", "orvel-mining") in rels, sorted(rels)


def test_a_name_list_before_a_title_is_not_one_holder(nlp):
    text = ("Velmora Commission president Ivo Pelt and Velmora Council president Maria Santos signed "
            "the accord on Wednesday in a short ceremony.")
    rels = relations(nlp, text, CAST)
    assert ("maria-santos", "holdsPosition", "velmora-commission") not in rels, sorted(rels)
