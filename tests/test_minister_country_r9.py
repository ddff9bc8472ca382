"""A minister's country when the sentence names another country by its demonym only (round 9, precision).

"Turkish banks hit by U.S. sanctions asked for help, Finance Minister X said": the sentence names the
United States and, by its demonym alone, Turkey. When the article names no Turkey, the rules used to
make X the U.S.'s finance minister. A demonym of a country the article does not name is now another
candidate, so no country is given. Phrasings are written for these tests (invented names); the
near-miss is the same sentence in an article that names the demonym's country.
"""

from __future__ import annotations

import pytest

from test_relations import relations

PEOPLE = [("Vera Lind", "Person"), ("Omar Tass", "Person"), ("Ian Holt", "Person")]
US = ("United States", "Place", ["U.S."])


@pytest.mark.parametrize("text", [
    "Turkish banks hit by U.S. sanctions have asked for support, Finance Minister Omar Tass told reporters.",
    "Brazilian exporters hurt by U.S. tariffs want cheaper credit, Trade Minister Vera Lind said on Monday.",
    "Japanese carmakers facing U.S. duties asked the government for aid, Economy Minister Ian Holt said.",
])
def test_a_minister_beside_an_unnamed_countrys_demonym_is_not_the_us_minister(nlp, text):
    rels = relations(nlp, text, PEOPLE + [US])
    assert not [k for k in rels if k[1] == "holdsPosition" and k[2] == "united-states"], text


def test_the_demonyms_country_named_in_the_article_is_the_ministers(nlp):
    text = ("Brazil has been hit hard. Brazilian exporters want cheaper credit from the government, "
            "Trade Minister Vera Lind said on Monday.")
    rels = relations(nlp, text, PEOPLE + [US, ("Brazil", "Place")])
    assert ("vera-lind", "holdsPosition", "brazil") in rels
