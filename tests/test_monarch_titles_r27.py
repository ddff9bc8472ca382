"""An emir or a sultan holds a post in his country as a king does: "Qatar's emir, X,", "the emir of
Kuwait, X," "Oman's sultan, X," (kg.extract.patterns.TITLE_HEADS)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, country", [
    ("Qatar's emir, Sheikh Fahad bin Saud, called for calm in the Gulf.", "Fahad bin Saud", "Qatar"),
    ("Oman's sultan, Haitham al-Said, signed the new budget on Sunday.", "Haitham al-Said", "Oman"),
    ("Bahrain's emir, Isa al-Rumaihi, opened the new port.", "Isa al-Rumaihi", "Bahrain"),
])
def test_the_emir_holds_a_post_in_his_country(tmp_path, text, person, country):
    assert (person, country) in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_guest_of_the_emir_holds_no_post_there(tmp_path):
    text = "Qatar's emir, Sheikh Fahad bin Saud, received Norwegian envoy Lars Dahl in Doha."
    assert not any(p == "Lars Dahl" and c == "Qatar" for p, c in relation_pairs(tmp_path, text, "holdsPosition"))
