""""The bank" refers back to a lender of many states named a bank ("the World Bank", "the
Inter-American Development Bank"), an organisation rather than a firm, as it does to a firm's
bank; a post "of the bank" or the bank's post is then that lender's
(kg.extract.coreference.description_mentions, _lender_by_name)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, lender", [
    ("The World Bank cut its growth forecast. Marta Ilves, the bank's chief economist, blamed high rates.",
     "Marta Ilves", "World Bank"),
    ("The Asian Development Bank lent $2 billion to Laos. Kenji Ota is a vice president of the bank.",
     "Kenji Ota", "Asian Development Bank"),
    ("The Inter-American Development Bank approved the loan. The bank's president, Rosa Vidal, signed it.",
     "Rosa Vidal", "Inter-American Development Bank"),
])
def test_the_bank_is_the_lender_of_many_states(tmp_path, text, person, lender):
    assert (person, lender) in relation_pairs(tmp_path, text, "holdsPosition")


def test_the_bank_is_not_a_body_of_another_name(tmp_path):
    text = "The World Trade Organization ruled on Monday. Marta Ilves, the bank's chief economist, praised it."
    assert not {p for p in relation_pairs(tmp_path, text, "holdsPosition") if p[0] == "Marta Ilves"}
