"""Relations from constructions that recur in held-out news and the rules used to miss or misread
(round 11).

- a title beside a name whose organisation follows a few lower-case words saying what it is
  ("economist X of the credit rating agency Y", "X, an analyst at investment bank Y"); the
  descriptive noun before the name is no reference back to a body named earlier (it introduces
  the name after it);

Every name is invented; the entity table is given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person"),
        ("Orvel Ratings", "Company"), ("Dantry", "Company"), ("Kelso Board", "GovernmentBody"),
        ("Chile", "Place"), ("Ostrava", "Place")]


# --- a descriptor between "of"/"at" and the organisation ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kelso Board moves are welcome, according to economist Vera Lind of the credit rating agency Orvel Ratings.",
    "The Kelso Board held rates, said analyst Vera Lind of the ratings firm Orvel Ratings.",
    "The Kelso Board surprised markets, said Vera Lind, a strategist at investment bank Orvel Ratings.",
    "Vera Lind, chief economist at the research firm Orvel Ratings, said the Kelso Board acted late.",
])
def test_title_of_described_organisation(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "orvel-ratings") in rels
    assert ("vera-lind", "holdsPosition", "kelso-board") not in rels


@pytest.mark.parametrize("text", [
    # a capitalised word between is a name of something else, not a descriptor
    "The Kelso Board acted, said economist Vera Lind of the Ostrava Orvel Ratings office.",
    # a verb phrase between "of" and the firm is no descriptor of it
    "Economist Vera Lind of the board said that Orvel Ratings agreed.",
])
def test_no_title_across_other_words(nlp, text):
    rels = relations(nlp, text, CAST)
    assert ("vera-lind", "holdsPosition", "kelso-board") not in rels
