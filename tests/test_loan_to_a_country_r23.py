"""Round 23; sentences written for these tests.

A loan approved or given to a country, with the "to" phrase hung on the verb by the small parser
("the World Bank approved a $500 million loan to Kenya", "the IMF gave a $3 billion loan to Egypt",
"the fund extended a new loan to Ghana"), is the lender's investment in that country. A loan to a
person is no lending to a state.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _investments(tmp_path, text):
    return event_parts(tmp_path, text, "Investment")


@pytest.mark.parametrize("text, lender, country", [
    ("The World Bank approved a $500 million loan to Kenya on Thursday.", "World Bank", "Kenya"),
    ("The IMF gave a $3 billion loan to Egypt last year.", "International Monetary Fund", "Egypt"),
    ("The World Bank extended a new loan to Ghana in May.", "World Bank", "Ghana"),
])
def test_a_loan_given_to_a_country_is_the_lenders_investment(tmp_path, text, lender, country):
    events = _investments(tmp_path, text)
    assert any({(lender, "actor"), (country, "target")} <= e for e in events), events


def test_a_loan_to_a_person_is_no_lending_to_a_state(tmp_path):
    assert not _investments(tmp_path, "The World Bank approved a loan to its former president, Ann Hale.")
