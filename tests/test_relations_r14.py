"""Relations: two precision fixes of round 14 (constructions that recur in diplomacy and deal news).

- a state office whose holder's country is not written is not the country the holder travels to:
  "Trade Minister X flew to the U.S.", "Finance Minister X is on a visit to the U.S.", "Deputy
  Prime Minister X is on an official trip to the U.S.", "President X will visit the U.S." (the
  destination, as the object of "to" after a verb of going or of "visit", is not the office's
  country); a country named otherwise in the sentence still is ("Trade Minister X said that the
  U.S. would cut tariffs");
- two title holders written side by side, each with a title of their own ("Peru's trade minister
  A and Chile's trade minister B met", "Chile's foreign minister A and Peru foreign minister B"):
  the second holds only the post written before the second name, not the first holder's; a
  plural title over a list of names ("Orvel Dairy's co-founders, A and B,") is still each one's.

Every name is invented (countries are real, as the country test needs); the entity table is
given by hand, so a failure names the relation rule.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Tomas Brell", "Person"), ("Ivo Pelt", "Person"),
        ("Orvel Dairy", "Company"), ("Kelso Foods", "Company"), ("Chile", "Place"), ("Peru", "Place"),
        ("U.S.", "Place")]

AFTER = " Chile wants lower tariffs. Chile exports copper. Chile sells wine. The U.S. imports copper."


# --- a destination is not the office's country -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trade Minister Omar Tass flew to the U.S. on Monday for talks on tariffs.",
    "Finance Minister Omar Tass is on a visit to the U.S. this week.",
    "Deputy Prime Minister Omar Tass is on an official trip to the U.S. this week.",
    "President Omar Tass will visit the U.S. next month.",
])
def test_destination_is_not_the_office_country(nlp, text):
    rels = relations(nlp, text + AFTER, CAST)
    assert ("omar-tass", "holdsPosition", "u-s") not in rels


def test_country_travelled_to_is_not_the_office_country(nlp):
    text = "Trade Minister Omar Tass traveled to Peru on Monday for talks on tariffs." + \
        " Chile wants lower tariffs. Chile exports copper. Chile sells wine. Peru imports copper."
    assert ("omar-tass", "holdsPosition", "peru") not in relations(nlp, text, CAST)


@pytest.mark.parametrize("text", [
    "Trade Minister Omar Tass said on Monday that the U.S. would cut tariffs.",
    "Trade Minister Omar Tass of the U.S. flew to Peru on Monday.",
])
def test_country_not_travelled_to_still_holds(nlp, text):
    rels = relations(nlp, text + " The U.S. wants lower tariffs. The U.S. exports copper. Chile sells wine.", CAST)
    assert ("omar-tass", "holdsPosition", "u-s") in rels


# --- side-by-side title holders ---------------------------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Peru's trade minister Omar Tass and Chile's trade minister Vera Lind met in Lima.", "peru", "chile"),
    ("Chile's finance minister Vera Lind and Peru's finance minister Omar Tass agreed on a loan.", "chile", "peru"),
    ("Chile's foreign minister Vera Lind and Peru foreign minister Omar Tass signed the treaty.", "chile", "peru"),
    ("Chile's labour minister Vera Lind and Peru's labour minister Omar Tass held talks on Friday.", "chile", "peru"),
])
def test_second_holder_keeps_only_own_title(nlp, text, first, second):
    rels = relations(nlp, text, CAST)
    names = [n for n in ("omar-tass", "vera-lind") if (n, "holdsPosition", first) in rels]
    assert len(names) == 1
    other = "vera-lind" if names[0] == "omar-tass" else "omar-tass"
    assert (other, "holdsPosition", second) in rels
    assert (other, "holdsPosition", first) not in rels


@pytest.mark.parametrize("text, predicate", [
    ("Orvel Dairy's co-founders, Tomas Brell and Ivo Pelt, spoke to reporters.", "founded"),
    ("Orvel Dairy's directors, Tomas Brell and Ivo Pelt, resigned on Monday.", "holdsPosition"),
])
def test_plural_title_over_a_list_is_each_ones(nlp, text, predicate):
    rels = relations(nlp, text, CAST)
    assert ("tomas-brell", predicate, "orvel-dairy") in rels
    assert ("ivo-pelt", predicate, "orvel-dairy") in rels
