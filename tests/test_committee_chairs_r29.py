"""In a hearing's story that names one committee and no firm, "Chairman X" chairs that committee,
as in an agency's release he chairs its commission (kg.extract.relations._org_for_bare_title,
COMMITTEE_WORDS); where a firm is named, the firm's chairman is still read first."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, committee", [
    ("The House Committee on Financial Services heard the central bank's governor on Tuesday. "
     "Chairman Maxine Waters asked her about rates.", "Maxine Waters", "House Committee on Financial Services"),
    ("The Senate Agriculture Committee met on Monday to discuss farm subsidies. Chairman Pat Roberts "
     "said the bill would pass.", "Pat Roberts", "Senate Agriculture Committee"),
    ("The Senate Finance Committee questioned trade officials on Wednesday. Chairman Ron Wyden said "
     "the tariffs hurt farmers.", "Ron Wyden", "Senate Finance Committee"),
])
def test_chairman_x_chairs_the_one_committee_named(tmp_path, text, person, committee):
    assert (person, committee) in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_firms_chairman_is_still_the_firms(tmp_path):
    text = ("The Senate Finance Committee questioned Halvard Bank on Wednesday. Chairman Ana Ruiz said "
            "Halvard Bank had done nothing wrong.")
    assert ("Ana Ruiz", "Senate Finance Committee") not in relation_pairs(tmp_path, text, "holdsPosition")
