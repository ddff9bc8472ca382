"""Round 24; sentences written for these tests.

A person's companies named in a list beside the plural noun ("X and his companies, A and B") are
each owned by the person, as a single "his company, A" is; the parser may hang the list on the
noun anywhere, so it is read in the words. After the singular noun only the first name is the company.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, owner, firms", [
    ("The CFTC charged Derek Holt and his companies, Alder Metals Corp. and Birch Trading Inc., with fraud.",
     "Derek Holt", {"Alder Metals Corp.", "Birch Trading Inc."}),
    ("Mark Tully and his firms, Evergreen Homes Inc. and Lakeside Builders LLC, agreed to pay a fine.",
     "Mark Tully", {"Evergreen Homes Inc.", "Lakeside Builders LLC"}),
    ("Peter Lang and his businesses, Corvo Capital LLC (Corvo) and Teal Advisors Inc., settled the case.",
     "Peter Lang", {"Corvo Capital LLC", "Teal Advisors Inc."}),
])
def test_each_listed_company_is_the_persons(tmp_path, text, owner, firms):
    owned = {f for o, f in relation_pairs(tmp_path, text, "owns") if o == owner}
    assert firms <= owned, owned


def test_after_his_company_only_the_first_name_is_his(tmp_path):
    text = "Mark Tully, his company, Evergreen Homes Inc., and Lakeside Builders LLC agreed to pay a fine."
    owned = {f for o, f in relation_pairs(tmp_path, text, "owns") if o == "Mark Tully"}
    assert owned == {"Evergreen Homes Inc."}, owned
