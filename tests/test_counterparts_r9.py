"""A counterpart holds the same title in the country its demonym names (round 9, recall).

"Chile's President X met her Peruvian counterpart, Y": Y is Peru's president. Ministers and heads of
state meeting are a staple of political and trade news. Phrasings are written for these tests
(invented names); the near-misses: a counterpart of someone whose post in a country is not read (a
firm's chief), and a counterpart with no country named.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Chile", "Place"), ("Peru", "Place"),
        ("Kelvor Oil", "Company")]


@pytest.mark.parametrize("text, title", [
    ("Chile's President Vera Lind and her Peruvian counterpart, Omar Tass, met in Lima.", "President"),
    ("Trade Minister Vera Lind of Chile met her Peruvian counterpart Omar Tass on Monday.", "Trade Minister"),
    ("The Chilean trade minister, Vera Lind, flew in to sign the pact with her Peruvian counterpart, Omar Tass.",
     "trade minister"),
])
def test_a_counterpart_holds_the_title_in_the_demonyms_country(nlp, text, title):
    rels = relations(nlp, text, CAST)
    assert rels[("omar-tass", "holdsPosition", "peru")].title == title


@pytest.mark.parametrize("text", [
    "Kelvor Oil chief Vera Lind met her Peruvian counterpart Omar Tass.",
    "Chile's President Vera Lind spoke by phone with her counterpart, Omar Tass.",
])
def test_no_country_post_or_no_country_gives_the_counterpart_nothing(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[0] == "omar-tass" and k[1] == "holdsPosition" and k[2] in ("peru", "chile")], text
