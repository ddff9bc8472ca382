"""Who owns what a shareholder noun or a person's own fund names: "the top shareholder in Z's
rival, Y" holds Y, not Z; "her hedge fund, Y" is hers, as "her company, Y" is
(kg.extract.relations._described_or_named, _own_companies)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, owner, owned, not_owned", [
    ("Brandt Holdings is already the top shareholder in Marlow's rival, Kessel Foods.",
     "Brandt Holdings", "Kessel Foods", "Marlow"),
    ("Vantor Capital became the largest shareholder in Ostra Bank's competitor, Fenwick Bank, last year.",
     "Vantor Capital", "Fenwick Bank", "Ostra Bank"),
    ("Orla Group remains the biggest shareholder in Tarn Air's parent, Skyfold Holdings.",
     "Orla Group", "Skyfold Holdings", "Tarn Air"),
])
def test_the_firm_set_off_is_the_one_held(tmp_path, text, owner, owned, not_owned):
    owns = relation_pairs(tmp_path, text, "owns")
    assert (owner, owned) in owns
    assert (owner, not_owned) not in owns


@pytest.mark.parametrize("text, owner, fund", [
    ("Prosecutors say Dara Quill traded on tips through her hedge fund, Larkspur Partners.", "Dara Quill", "Larkspur Partners"),
    ("Investors sued Victor Hale and his investment fund, Granite Peak Capital, in May.", "Victor Hale", "Granite Peak Capital"),
    ("Regulators fined Lena Voss and her fund, Northgate Opportunities LP, last week.", "Lena Voss", "Northgate Opportunities LP"),
])
def test_a_persons_own_fund_is_owned(tmp_path, text, owner, fund):
    assert (owner, fund) in relation_pairs(tmp_path, text, "owns")
