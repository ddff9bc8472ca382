"""Round 19, from a fourth judged audit; sentences written for these tests.

"The indictment charges X, the former vice president of sales and marketing of Tarn Lines": the
firm named after a title's field ("of sales and marketing") only says where the person worked; the
person is charged, not the firm (as with "the former director of Tarn Lines").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, firm", [
    ("The indictment charges Lena Varga, the former senior vice president of marketing and sales of Oran Shipping, "
     "with fraud.", "Lena Varga", "Oran Shipping"),
    ("The indictment charges Ivo Pelt, the former manager of pricing of Vell Lines, with price fixing.", "Ivo Pelt",
     "Vell Lines"),
    ("The indictment charges Rui Vale, the former director of sales and marketing of Marrow Freight, with bid "
     "rigging.", "Rui Vale", "Marrow Freight"),
])
def test_the_firm_after_a_titles_field_is_not_charged(read_events, text, person, firm):
    found = read_events("Markets rose.\n" + text)
    assert ("RegulatoryAction", person, "target") in found, found
    assert ("RegulatoryAction", firm, "target") not in found, found
