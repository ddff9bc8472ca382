"""Round 21, from a probe article opened for study; sentences written for these tests.

"the Forum for China-Africa Cooperation (FOCAC)": a hyphen with no spaces joins two capitalised
words of one institution's name, so the name runs on past the place before the hyphen (and the
short form in parentheses is that name's); "Summit" after it names the body's meeting, not the body.
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, name", [
    ("The Forum for China-Africa Cooperation (FOCAC) met in Dakar on Monday.", "Forum for China-Africa Cooperation"),
    ("Officials of the Centre for Japan-Korea Trade met in Seoul.", "Centre for Japan-Korea Trade"),
    ("The Agency for France-Germany Youth Exchange funded the program.", "Agency for France-Germany Youth Exchange"),
    ("The two-day Forum for Russia-Africa Cooperation Summit opened in Sochi on Friday.",
     "Forum for Russia-Africa Cooperation"),
])
def test_a_hyphen_joins_words_of_one_body_name(nlp, text, name):
    types = entity_types(nlp, text)
    assert name in types, types


def test_a_spaced_dash_ends_the_name(nlp):
    types = entity_types(nlp, "The Bank of Chile - a state lender - raised rates on Monday.")
    assert not any(n.startswith("Bank of Chile -") or n.startswith("Bank of Chile-") for n in types), types
