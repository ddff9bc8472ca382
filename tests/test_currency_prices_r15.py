"""A share price glued to a dollar written in mixed case is no name (round 15).

Asian market reports write a country's dollar with a capital and a small letter before the "$"
("Sg$22.86", "Tw$127.0", "Nt$31.5"), as others write "HK$2.72": the price is no firm, person or
place, whatever label the model gave it; the firms whose prices they are stay.

Sentences written for these tests; every firm name is invented."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, price, firm", [
    ("Velmora Air declined 0.1% to Sg$10.00, and Orlen Chips rose 0.8% to Tw$127.0.", "Tw$127.0", "Velmora Air"),
    ("Orlen Chips rose 0.8% to Tw$127.0 and Velmora Air declined 0.1% to Sg$10.00.", "Sg$10.00", "Orlen Chips"),
    ("Kestria Optics, the island's biggest lens maker, gained 2% to Nt$31.5 in Taipei.", "Nt$31.5", "Kestria Optics"),
])
def test_a_price_in_a_mixed_case_dollar_is_no_name(nlp, text, price, firm):
    found = entity_types(nlp, text)
    assert price not in found and firm in found, found


def test_a_name_with_a_dollar_sign_inside_stays(nlp):
    found = entity_types(nlp, "Shares of Velmora Air fell after Ka$h Records sued it in Orlen.")
    assert "Velmora Air" in found, found
